//! Times the store on a generated heavy library: serialise, atomic write, and load (read,
//! parse, validate), each repeated and reported as median and range.
//!
//! `cargo run --release --example store_timing -- [--exposures N] [--runs N]`

use stepwise::clock::Stopwatch;
use stepwise::model::Timestamp;
use stepwise::sample::heavy_library;
use stepwise::store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut exposures = 11_000;
    let mut runs = 7;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or("each option needs a value")?.parse()?;
        match arg.as_str() {
            "--exposures" => exposures = value,
            "--runs" => runs = value,
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let library = heavy_library(42, 20, exposures, Timestamp::from_unix_secs(1_795_000_000));
    let dir = tempfile_dir()?;
    let path = dir.join("heavy.ron");

    let mut serialise = Vec::new();
    let mut write = Vec::new();
    let mut load = Vec::new();
    let mut bytes = 0;
    for _ in 0..runs {
        let t = Stopwatch::start();
        let text = store::format::encode(&library)?;
        serialise.push(t.elapsed_secs());
        bytes = text.len();

        let t = Stopwatch::start();
        store::write_text(&path, &text)?;
        write.push(t.elapsed_secs());

        let t = Stopwatch::start();
        let back = store::load(&path)?;
        load.push(t.elapsed_secs());
        assert_eq!(back.exposures.len(), exposures);
    }
    println!("library: {exposures} exposures, 20 ladders, file {:.2} MiB, {runs} runs", bytes as f64 / 1_048_576.0);
    for (name, mut times) in [("serialise", serialise), ("atomic write", write), ("load (read+parse+validate)", load)] {
        times.sort_by(f64::total_cmp);
        println!(
            "{name:>28}: median {:7.1} ms  (min {:.1}, max {:.1})",
            times[times.len() / 2] * 1e3,
            times[0] * 1e3,
            times[times.len() - 1] * 1e3
        );
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

fn tempfile_dir() -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("stepwise-timing-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
