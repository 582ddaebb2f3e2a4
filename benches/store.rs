//! Store benchmarks: serialise, atomic write and load (read, parse, validate) of generated
//! libraries of 1,000, 11,000 and 100,000 exposures, each repeated and reported as median and
//! range. A plain harness (no criterion), so it builds quickly and prints a table.
//!
//! `cargo bench --bench store` (or `cargo bench --bench store -- --runs 5`)

use stepwise::clock::Stopwatch;
use stepwise::model::Timestamp;
use stepwise::sample::heavy_library;
use stepwise::store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut runs = 7;
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().ok_or("--runs needs a number")?.parse()?,
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let dir = std::env::temp_dir().join(format!("stepwise-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    println!(
        "{:>10}  {:>9}  {:>28}  {:>28}  {:>28}",
        "exposures", "file MiB", "serialise ms (min-max)", "atomic write ms", "load ms"
    );
    for exposures in [1_000, 11_000, 100_000] {
        bench(&dir, exposures, runs)?;
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

fn bench(dir: &std::path::Path, exposures: usize, runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    let library = heavy_library(42, 20, exposures, Timestamp::from_unix_secs(1_795_000_000));
    let path = dir.join(format!("library-{exposures}.ron"));
    let (mut serialise, mut write, mut load) = (Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0;
    let mut load_note = String::new();
    for _ in 0..runs {
        let t = Stopwatch::start();
        let text = store::format::encode(&library)?;
        serialise.push(t.elapsed_secs());
        bytes = text.len();

        let t = Stopwatch::start();
        store::write_text(&path, &text)?;
        write.push(t.elapsed_secs());

        let t = Stopwatch::start();
        match store::load(&path) {
            Ok(back) => {
                load.push(t.elapsed_secs());
                assert_eq!(back.exposures.len(), exposures);
            }
            // Above the 64 MiB cap the file is refused before reading, by design.
            Err(e) => load_note = format!("refused: {}", e.to_string().split(';').next().unwrap_or_default()),
        }
    }
    let mib = bytes as f64 / 1_048_576.0;
    let load_text = if load.is_empty() { load_note } else { summary(load) };
    println!("{exposures:>10}  {mib:>9.2}  {:>28}  {:>28}  {:>28}", summary(serialise), summary(write), load_text);
    Ok(())
}

fn summary(mut times: Vec<f64>) -> String {
    times.sort_by(f64::total_cmp);
    format!("{:.1} ({:.1}-{:.1})", times[times.len() / 2] * 1e3, times[0] * 1e3, times[times.len() - 1] * 1e3)
}
