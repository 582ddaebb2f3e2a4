//! Export and import leave the file system to the store thread: a frame never waits on a disk to
//! check where a file goes, and the library is copied for an export only after the save dialog
//! has given a path. These drive the app itself (the kittest flows are in `ui_progress.rs`).

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use stepwise::app::dialogs::{Dialogs, QueuedDialogs, SaveRequest};
use stepwise::clock::ManualClock;
use stepwise::export::ExportKind;
use stepwise::model::{Exposure, Timestamp};
use stepwise::{Command, Config, StepwiseApp, store};

mod common;

fn start(path: &Path, dialogs: Arc<dyn Dialogs>) -> StepwiseApp {
    let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(common::T0).utc()));
    let mut config = Config::with_clock(path.to_owned(), clock);
    config.dialogs = dialogs;
    let mut app = StepwiseApp::new(config, || {});
    settle(&mut app, "the file to open", |app| app.library().is_some());
    app
}

fn settle(app: &mut StepwiseApp, what: &str, done: impl Fn(&StepwiseApp) -> bool) {
    for _ in 0..12_000 {
        app.tick();
        if done(app) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("timed out waiting for {what}");
}

fn last_notice(app: &StepwiseApp) -> String {
    app.view().notices.last().map(|n| n.text.clone()).unwrap_or_default()
}

#[test]
fn exporting_over_the_open_file_is_checked_on_the_store_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    store::save(&path, &common::sample(1, 1, 5)).unwrap();
    let dialogs = Arc::new(QueuedDialogs::default());
    let mut app = start(&path, dialogs.clone());
    // The same file under another spelling: only the file system can tell.
    dialogs.answer(Some(dir.path().join(".").join("library.ron")));
    app.apply(Command::Export { kind: ExportKind::Progress, ladders: Vec::new() });
    // Handed to the store thread as it was: nothing was decided in the frame.
    assert_eq!(app.view().exports_running, 1);
    assert!(app.view().notices.is_empty(), "{:?}", app.view().notices);
    settle(&mut app, "the store thread's answer", |app| app.view().exports_running == 0);
    assert!(last_notice(&app).contains("is the progress file open in this window, so it was not replaced"));
    app.shutdown();
}

#[test]
fn a_completed_name_is_checked_on_the_store_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    store::save(&path, &common::sample(2, 1, 5)).unwrap();
    std::fs::write(dir.path().join("notes.csv"), "my own notes").unwrap();
    let dialogs = Arc::new(QueuedDialogs::default());
    let mut app = start(&path, dialogs.clone());
    dialogs.answer(Some(dir.path().join("notes")));
    app.apply(Command::Export { kind: ExportKind::Csv, ladders: Vec::new() });
    assert_eq!(app.view().exports_running, 1);
    assert!(app.view().notices.is_empty(), "{:?}", app.view().notices);
    settle(&mut app, "the store thread's answer", |app| app.view().exports_running == 0);
    assert!(last_notice(&app).contains("already exists, so nothing was exported"));
    assert_eq!(std::fs::read_to_string(dir.path().join("notes.csv")).unwrap(), "my own notes");
    app.shutdown();
}

#[test]
fn importing_the_open_file_is_checked_on_the_store_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let library = common::sample(3, 1, 5);
    store::save(&path, &library).unwrap();
    let mut app = start(&path, Arc::new(QueuedDialogs::default()));
    app.apply(Command::ImportFile(dir.path().join(".").join("library.ron")));
    assert!(app.view().import.is_some(), "being read by the store thread");
    assert!(app.view().notices.is_empty(), "{:?}", app.view().notices);
    settle(&mut app, "the store thread's answer", |app| app.view().import.is_none());
    assert!(last_notice(&app).contains("is the progress file open in this window: it is already here."));
    assert_eq!(app.library().unwrap(), &library);
    app.shutdown();
}

/// A save dialog that notes how many holders the library's exposures have when it is asked:
/// the app's library only, unless a copy of it was made before asking (the big lists are shared
/// between copies, so a copy shows up as one more holder).
#[derive(Debug, Default)]
struct CountingDialog {
    exposures: Mutex<Option<Weak<Vec<Exposure>>>>,
    holders: Mutex<Vec<usize>>,
    answer: Mutex<Option<PathBuf>>,
}

impl Dialogs for CountingDialog {
    fn save_path(&self, _request: &SaveRequest<'_>) -> Option<PathBuf> {
        let holders = self.exposures.lock().unwrap().as_ref().map_or(0, Weak::strong_count);
        self.holders.lock().unwrap().push(holders);
        self.answer.lock().unwrap().take()
    }

    fn open_path(&self, _title: &str) -> Option<PathBuf> {
        None
    }
}

#[test]
fn the_library_is_copied_for_an_export_only_after_the_dialog_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    store::save(&path, &common::sample(4, 2, 200)).unwrap();
    let dialog = Arc::new(CountingDialog::default());
    let mut app = start(&path, dialog.clone());
    *dialog.exposures.lock().unwrap() = Some(Arc::downgrade(&app.library().unwrap().exposures));
    // The app's library, and the store thread's copy of the library it last read or wrote (what
    // a change made outside is merged into): both before the dialog is asked.
    let held = Arc::strong_count(&app.library().unwrap().exposures);
    // Cancelled: nothing was copied, before or after.
    app.apply(Command::Export { kind: ExportKind::Csv, ladders: Vec::new() });
    assert_eq!(*dialog.holders.lock().unwrap(), [held], "no copy while the dialog is open");
    assert_eq!(app.view().exports_running, 0);
    // Answered: the copy is made after the dialog, and goes to the store thread.
    *dialog.answer.lock().unwrap() = Some(dir.path().join("all.csv"));
    app.apply(Command::Export { kind: ExportKind::Csv, ladders: Vec::new() });
    assert_eq!(*dialog.holders.lock().unwrap(), [held, held], "no copy while the dialog is open");
    assert_eq!(app.view().exports_running, 1);
    settle(&mut app, "the export", |app| app.view().exports_running == 0);
    assert!(dir.path().join("all.csv").exists());
    app.shutdown();
}
