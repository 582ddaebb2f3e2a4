//! The `stepwise` binary itself: its command-line answers, and what it says when no window can
//! be opened (here: no display at all), so a double-click never seems to do nothing.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::process::{Command, Output, Stdio};

/// Runs the binary in English, whatever the language of the machine running the tests.
fn stepwise(args: &[&str]) -> Output {
    stepwise_in("C.UTF-8", args)
}

/// Runs the binary with the system language `locale` (as a desktop session sets it).
fn stepwise_in(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stepwise"))
        .args(args)
        // No display (on Linux, where the window then cannot open), and never a dialog waiting
        // for a click.
        .env("STEPWISE_NO_DIALOG", "1")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        // The language: LANGUAGE would come first, then LC_ALL, LC_MESSAGES and LANG.
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn help_version_and_check_answer_on_the_terminal() {
    let help = stepwise(&["--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--check"));

    let version = stepwise(&["--version"]);
    assert_eq!(String::from_utf8_lossy(&version.stdout).trim(), format!("stepwise {}", env!("CARGO_PKG_VERSION")));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    stepwise::store::save(&path, &stepwise::templates::starter_library()).unwrap();
    let check = stepwise(&["--check", path.to_str().unwrap()]);
    assert!(check.status.success());
    assert!(String::from_utf8_lossy(&check.stdout).starts_with("OK: 4 ladders, 0 exposures"));

    std::fs::write(&path, "hello").unwrap();
    let check = stepwise(&["--check", path.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stderr).contains("is not a Stepwise progress file"));

    let wrong = stepwise(&["--frobnicate"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(!wrong.stderr.is_empty());
}

/// Linux (and other systems whose language comes from `LC_ALL` and `LANG`): the system's language
/// is Stepwise's from the start, so the terminal answers in Italian.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn an_italian_system_gets_italian_answers() {
    let help = stepwise_in("it_IT.UTF-8", &["--help"]);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Uso:") && text.contains("stepwise --check PERCORSO"), "{text}");
    assert!(!text.contains("Usage:"), "{text}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    stepwise::store::save(&path, &stepwise::templates::starter_library()).unwrap();
    let check = stepwise_in("it_IT.UTF-8", &["--check", path.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&check.stdout).starts_with("OK: 4 scale, 0 esposizioni"));
    std::fs::write(&path, "hello").unwrap();
    let check = stepwise_in("it_IT.UTF-8", &["--check", path.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&check.stderr).contains("non è un file dei progressi di Stepwise"));

    let wrong = stepwise_in("it_IT.UTF-8", &["--frobnicate"]);
    assert!(String::from_utf8_lossy(&wrong.stderr).starts_with("Opzione sconosciuta --frobnicate."));
}

/// Linux only: elsewhere a window opens without a display variable.
#[cfg(target_os = "linux")]
#[test]
fn no_window_explains_itself_and_touches_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let run = stepwise(&[path.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.starts_with(
            "Stepwise could not open its window. Your progress file was not opened or changed. No screen to show a \
             window on was found"
        ),
        "{stderr}"
    );
    // The technical detail follows, for whoever reads the terminal.
    assert!(stderr.contains("\n(") && stderr.contains("DISPLAY"), "{stderr}");
    assert!(!path.exists(), "no progress file is created when no window opened");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing at all is written");
}
