//! A mutation fuzzer for the store's parse-and-validate path, on stable Rust (cargo-fuzz
//! needs a nightly toolchain). It starts from valid progress files, mutates them (bit flips,
//! byte and slice edits, truncation, splices of tokens that matter: versions, big numbers,
//! deep nesting, odd unicode) and feeds them to `store::format::decode_current` and
//! `store::validate`. Every input that decodes and validates is also imported into a fixed
//! local library and the local library into it (`merge::merge`, both directions); each result
//! must validate, and importing the same input again must change nothing. Any panic or failed
//! merge check is a finding: the input is written to `--out` and counted.
//!
//! `cargo run --release --example fuzz_store -- [--secs 600] [--seed 1] [--out tests/data/fuzz]`

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use stepwise::clock::Stopwatch;
use stepwise::merge::merge;
use stepwise::model::{Library, Rating, Timestamp};
use stepwise::sample::{Rng, heavy_library};
use stepwise::store;

const TOKENS: [&str; 14] = [
    "version: 2,",
    "version: 0,",
    "255",
    "256",
    "-1",
    "18446744073709551616",
    "\"\\u{0}\"",
    "((((((((",
    "]]]]",
    "Some(",
    "None",
    "\"2026-13-45T99:99:99Z\"",
    "id: 1,",
    "\u{1F600}",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut secs, mut seed, mut out) = (600.0_f64, 1_u64, PathBuf::from("tests/data/fuzz"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or("each option needs a value")?;
        match arg.as_str() {
            "--secs" => secs = value.parse()?,
            "--seed" => seed = value.parse()?,
            "--out" => out = PathBuf::from(value),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let end = Timestamp::from_unix_secs(1_795_000_000);
    let mut corpus: Vec<Vec<u8>> = vec![
        store::format::encode(&heavy_library(1, 2, 6, end))?.into_bytes(),
        store::format::encode(&heavy_library(2, 1, 0, end))?.into_bytes(),
        std::fs::read("tests/data/format_v1.ron").unwrap_or_default(),
    ];
    corpus.retain(|c| !c.is_empty());
    let local = merge_partner(end);
    store::validate::validate(&local).map_err(|problem| format!("the merge partner is invalid: {problem}"))?;
    std::panic::set_hook(Box::new(|_| {})); // findings are reported below, not as backtraces
    let mut rng = Rng::new(seed);
    let clock = Stopwatch::start();
    let (mut runs, mut parsed, mut valid, mut findings) = (0_u64, 0_u64, 0_u64, 0_u64);
    // Valid inputs whose merge kept some item twice (the conflict path), in either direction.
    let mut with_conflicts = 0_u64;
    while clock.elapsed_secs() < secs {
        let base = &corpus[rng.below(corpus.len() as u64) as usize];
        let input = mutate(base, &mut rng);
        runs += 1;
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let Ok(text) = std::str::from_utf8(&input) else { return (false, false, Ok(0)) };
            match store::format::decode_current(text) {
                Ok((library, _)) if store::validate::validate(&library).is_ok() => {
                    let checked = check_merge(&local, &library).and_then(|a| Ok(a + check_merge(&library, &local)?));
                    (true, true, checked)
                }
                Ok(_) => (true, false, Ok(0)),
                Err(_) => (false, false, Ok(0)),
            }
        }));
        let failure = match outcome {
            Ok((p, v, checked)) => {
                parsed += u64::from(p);
                valid += u64::from(v);
                // Keep some inputs that still parse as new starting points.
                if v && corpus.len() < 64 && rng.below(50) == 0 {
                    corpus.push(input.clone());
                }
                with_conflicts += u64::from(checked.as_ref().is_ok_and(|copies| *copies > 0));
                checked.err().map(|problem| ("merge", problem))
            }
            Err(_) => Some(("crash", "panic".to_owned())),
        };
        if let Some((kind, problem)) = failure {
            findings += 1;
            println!("finding {runs}: {kind}: {problem}");
            std::fs::create_dir_all(&out)?;
            std::fs::write(out.join(format!("{kind}-{seed}-{runs}.ron")), &input)?;
        }
    }
    println!(
        "fuzz_store: {runs} inputs in {:.0} s ({:.0}/s); {parsed} parsed, {valid} also valid and merged both ways ({with_conflicts} with conflicts); {findings} findings",
        clock.elapsed_secs(),
        runs as f64 / clock.elapsed_secs()
    );
    if findings > 0 {
        println!("inputs of the findings written to {}", out.display());
        std::process::exit(1);
    }
    Ok(())
}

/// The fixed local library inputs are merged with. It shares ids with the corpus (the first
/// heavy library, edited, and the v1 example file), so mutated inputs meet both equal and
/// conflicting items, not only new ones.
fn merge_partner(end: Timestamp) -> Library {
    let mut local = heavy_library(1, 2, 6, end);
    if let Some(ladder) = local.ladders.first_mut() {
        ladder.title.push_str(" (edited here)");
    }
    if let Some(exposure) = local.exposures_mut().first_mut() {
        exposure.after = Rating::saturating(exposure.after.get() + 1);
    }
    if let Some(pattern) = local.settings.breathing_patterns.first_mut() {
        pattern.inhale_secs = 5;
    }
    let v1 = std::fs::read_to_string("tests/data/format_v1.ron").unwrap_or_default();
    let decoded = store::format::decode_current(&v1);
    if decoded.is_err() {
        eprintln!(
            "warning: tests/data/format_v1.ron not read (run from the repository root); journal conflicts are not fuzzed"
        );
    }
    if let Ok((v1, _)) = decoded {
        let mut v1 = Library { in_progress: None, ..v1 };
        if let Some(entry) = v1.journal_mut().first_mut() {
            "Edited here.".clone_into(&mut entry.text);
        }
        local = merge(&local, &v1).library;
    }
    local
}

/// `imported` merged into `local` must validate and keep every local item in place, and
/// importing it again must change nothing. Returns the number of items kept twice.
fn check_merge(local: &Library, imported: &Library) -> Result<usize, String> {
    let once = merge(local, imported);
    store::validate::validate(&once.library).map_err(|problem| format!("the merged library is invalid: {problem}"))?;
    let merged = &once.library;
    if !(merged.ladders.starts_with(&local.ladders)
        && merged.exposures.starts_with(&local.exposures)
        && merged.journal.starts_with(&local.journal)
        && merged.pacer_sessions.starts_with(&local.pacer_sessions))
    {
        return Err("a local item was changed, dropped or moved".to_owned());
    }
    let again = merge(&once.library, imported);
    if again.library != once.library || again.report.changes_anything() {
        return Err(format!("importing the same input again changed the library: {}", again.report.summary()));
    }
    Ok(once.report.conflicts.len())
}

fn mutate(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut data = base.to_vec();
    for _ in 0..=rng.below(4) {
        if data.is_empty() {
            data.extend_from_slice(b"(");
        }
        let at = rng.below(data.len() as u64) as usize;
        match rng.below(7) {
            0 => data[at] ^= 1 << rng.below(8),
            1 => data[at] = rng.below(256) as u8,
            2 => {
                data.remove(at);
            }
            3 => data.truncate(at),
            4 => {
                let len = (rng.below(64) as usize).min(data.len() - at);
                let slice = data[at..at + len].to_vec();
                let to = rng.below(data.len() as u64) as usize;
                data.splice(to..to, slice);
            }
            5 => {
                let token = TOKENS[rng.below(TOKENS.len() as u64) as usize].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            _ => {
                // Replace a number with another (ratings, ids, likelihoods, seconds).
                if data[at].is_ascii_digit() {
                    let end = data[at..].iter().position(|b| !b.is_ascii_digit()).map_or(data.len(), |n| at + n);
                    let number = rng.next_u64() % [11, 101, 256, 1 << 20, u64::MAX][rng.below(5) as usize].max(1);
                    data.splice(at..end, number.to_string().bytes());
                }
            }
        }
    }
    data
}
