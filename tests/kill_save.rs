//! Atomic save under SIGKILL: a child process saves two libraries alternately in a tight loop
//! and is killed at varied moments, 24 times. After every kill the file must load and equal one
//! of the two libraries. (`scripts/killtest.sh` runs the same check with the heavy library.)
//!
//! The kill moments are scaled to how long a save takes on this machine (measured first), so a
//! slow or loaded machine is exercised as well as a fast one. Every third kill waits until the
//! child has completed a save, and the last one until it has completed three (so B replaced A
//! and A replaced B again): the harness is shown to save and replace the file for real, not only
//! to be interrupted.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::path::Path;
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

fn marker(path: &Path, name: &str) -> std::path::PathBuf {
    let mut os = path.as_os_str().to_owned();
    os.push(format!(".{name}"));
    os.into()
}

/// In the child: save B and A alternately until killed. In a normal test run: does nothing.
#[test]
fn child_saver_loop() {
    let Ok(path) = std::env::var(CHILD_ENV) else { return };
    let path = Path::new(&path);
    let (a, b) = (library(1), library(2));
    // Tell the parent the libraries are built: from now on the child only saves.
    std::fs::write(marker(path, "ready"), b"").unwrap();
    // B first, then A and B in turn; after each completed save, the count of completed saves.
    for saved in 1_u64.. {
        store::save(path, if saved % 2 == 1 { &b } else { &a }).unwrap();
        std::fs::write(marker(path, "saved"), saved.to_string()).unwrap();
    }
}

/// How many saves the child has completed (0 until its first).
fn saves_completed(path: &Path) -> u64 {
    std::fs::read_to_string(marker(path, "saved")).ok().and_then(|t| t.parse().ok()).unwrap_or(0)
}

/// The median time of three saves of `library` next to `dir`'s file, in milliseconds.
#[allow(clippy::disallowed_methods)] // the test scales its kill moments to this machine's speed
fn save_millis(dir: &Path, library: &Library) -> u64 {
    let probe = dir.join("probe.ron");
    let mut times: Vec<u128> = (0..3)
        .map(|_| {
            let start = std::time::Instant::now();
            store::save(&probe, library).unwrap();
            start.elapsed().as_millis()
        })
        .collect();
    times.sort_unstable();
    std::fs::remove_file(&probe).unwrap();
    u64::try_from(times[1]).unwrap().max(1)
}

/// Waits (generously: a loaded CI machine may be slow) until `done`, failing at once if the
/// child stops on its own.
fn wait_until(child: &mut std::process::Child, what: &str, done: impl Fn() -> bool) {
    for _ in 0..24_000 {
        if done() {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the saving child exited ({status}) before {what}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("timed out waiting until {what}");
}

#[cfg(unix)]
#[test]
fn sigkill_during_saves_never_leaves_an_unloadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let (a, b) = (library(1), library(2));
    let save_ms = save_millis(dir.path(), &b);
    store::save(&path, &a).unwrap();
    let exe = std::env::current_exe().unwrap();
    let (mut seen_a, mut seen_b, mut most_saves) = (0, 0, 0);
    for kill in 0..KILLS {
        let (ready, saved) = (marker(&path, "ready"), marker(&path, "saved"));
        let _ = std::fs::remove_file(&ready);
        let _ = std::fs::remove_file(&saved);
        let mut child = Command::new(&exe)
            .args(["child_saver_loop", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child is in its save loop (every third kill: until it has finished a
        // save; the last: three), then kill it at a varied moment within about four saves, so
        // kills land before, during and after the writes and renames.
        let needed = match kill {
            _ if kill == KILLS - 1 => 3,
            _ if kill % 3 == 0 => 1,
            _ => 0,
        };
        wait_until(&mut child, &format!("{needed} completed saves"), || {
            ready.exists() && saves_completed(&path) >= needed
        });
        let offset = if kill == KILLS - 1 { 0 } else { (kill * 7919) % 1000 * save_ms * 4 / 1000 };
        std::thread::sleep(Duration::from_millis(offset));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("kill {kill}: file unloadable: {e}"));
        assert!(loaded == a || loaded == b, "kill {kill}: file holds neither library");
        most_saves = most_saves.max(saves_completed(&path));
        if loaded == b {
            seen_b += 1;
        } else {
            seen_a += 1;
        }
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
    eprintln!(
        "a save took {save_ms} ms; after {KILLS} kills the file held A {seen_a} times, B {seen_b} times; \
         at most {most_saves} saves completed before a kill"
    );
    // The last kill waited for three completed saves: the file was replaced for real, repeatedly.
    assert!(most_saves >= 3, "the harness never saw repeated completed saves");
}
