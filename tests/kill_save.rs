//! Atomic save under SIGKILL: a child process saves two libraries alternately in a tight loop
//! and is killed at varied moments, 24 times. After every kill the file must load and equal one
//! of the two libraries. (`scripts/killtest.sh` runs the same check with the heavy library.)

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::process::Command;
use std::time::Duration;

use stepwise::model::{Library, Timestamp};
use stepwise::sample::heavy_library;
use stepwise::store;

const CHILD_ENV: &str = "STEPWISE_KILL_CHILD_PATH";
const KILLS: u64 = 24;

fn library(seed: u64) -> Library {
    heavy_library(seed, 6, 1_500, Timestamp::from_unix_secs(1_795_000_000))
}

/// In the child: save A and B alternately until killed. In a normal test run: does nothing.
#[test]
fn child_saver_loop() {
    let Ok(path) = std::env::var(CHILD_ENV) else { return };
    let (a, b) = (library(1), library(2));
    // Tell the parent the libraries are built: from now on the child only saves.
    std::fs::write(format!("{path}.ready"), b"").unwrap();
    loop {
        store::save(path.as_ref(), &a).unwrap();
        store::save(path.as_ref(), &b).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn sigkill_during_saves_never_leaves_an_unloadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let (a, b) = (library(1), library(2));
    store::save(&path, &a).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seen_b = false;
    for kill in 0..KILLS {
        let ready = dir.path().join("library.ron.ready");
        let _ = std::fs::remove_file(&ready);
        let mut child = Command::new(&exe)
            .args(["child_saver_loop", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child is in its save loop, then kill it at a varied moment 0-400 ms in
        // (a save of this library takes some milliseconds, so kills land before, during and
        // after the writes and renames).
        for _ in 0..6_000 {
            if ready.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis((kill * 7919) % 401));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("kill {kill}: file unloadable: {e}"));
        assert!(loaded == a || loaded == b, "kill {kill}: file holds neither library");
        seen_b |= loaded == b;
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        // A killed save may leave its temp file; it never replaces the real one. Clean up.
        for entry in leftovers {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    assert!(seen_b, "the child never completed a save; the test did not exercise anything");
}
