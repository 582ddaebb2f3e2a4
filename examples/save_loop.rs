//! Helper for `scripts/killtest.sh`: saves one of two heavy libraries (seeds 1 and 2) in a
//! loop until killed, or checks that a file holds exactly one of them.
//!
//! `cargo run --release --example save_loop -- save PATH [EXPOSURES]`
//! `cargo run --release --example save_loop -- verify PATH [EXPOSURES]` (exit 0 if it loads and
//! equals one of the two libraries, 1 otherwise)

use stepwise::model::{Library, Timestamp};
use stepwise::sample::heavy_library;
use stepwise::store;

fn library(seed: u64, exposures: usize) -> Library {
    heavy_library(seed, 20, exposures, Timestamp::from_unix_secs(1_795_000_000))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, path) = match args.as_slice() {
        [mode, path, ..] => (mode.as_str(), std::path::Path::new(path)),
        _ => return Err("usage: save_loop save|verify PATH [EXPOSURES]".into()),
    };
    let exposures = args.get(2).map_or(Ok(11_000), |n| n.parse())?;
    let (a, b) = (library(1, exposures), library(2, exposures));
    match mode {
        "save" => loop {
            store::save(path, &a)?;
            store::save(path, &b)?;
        },
        "verify" => match store::load(path) {
            Ok(loaded) if loaded == a || loaded == b => Ok(()),
            Ok(_) => {
                eprintln!("{} loads but holds neither library", path.display());
                std::process::exit(1)
            }
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1)
            }
        },
        other => Err(format!("unknown mode {other}").into()),
    }
}
