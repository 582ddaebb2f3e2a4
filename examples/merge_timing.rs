//! Times `merge::merge` on heavy libraries (11,000 exposures each): two different libraries,
//! a library with itself, and a library with an edited copy of itself (conflicts).
//!
//! `cargo run --release --example merge_timing [-- --runs 20]`

use stepwise::clock::Stopwatch;
use stepwise::merge::merge;
use stepwise::model::{Rating, Timestamp};
use stepwise::sample::heavy_library;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut runs = 20_usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().ok_or("--runs needs a number")?.parse()?,
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let end = Timestamp::from_unix_secs(1_795_000_000);
    let a = heavy_library(1, 20, 11_000, end);
    let b = heavy_library(2, 20, 11_000, end);
    let mut edited = a.clone();
    for (i, exposure) in edited.exposures_mut().iter_mut().enumerate() {
        if i % 10 == 0 {
            exposure.after = Rating::saturating(exposure.after.get() + 1);
        }
    }
    edited.ladders[0].title.push_str(" (renamed)");
    for (name, local, imported) in [("a + b", &a, &b), ("a + a", &a, &a), ("a + edited a", &a, &edited)] {
        let mut times = Vec::with_capacity(runs);
        let mut summary = String::new();
        for _ in 0..runs.max(1) {
            let clock = Stopwatch::start();
            let merged = merge(local, imported);
            times.push(clock.elapsed_secs() * 1_000.0);
            summary = merged.report.summary();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{name}: median {:.2} ms, max {:.2} ms over {} runs; {summary}",
            times[times.len() / 2],
            times[times.len() - 1],
            times.len()
        );
    }
    Ok(())
}
