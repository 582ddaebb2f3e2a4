//! Progress files in odd places, driven like a person would: a file that can only be read opens
//! read-only with a banner and is never written; a file that is a symbolic link (into a synced
//! folder, say) is saved through the link, which stays a link.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::sync::Arc;
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use stepwise::app::dialogs::QueuedDialogs;
use stepwise::store;
use stepwise::view::Doc;

mod common;
use common::{App, file_names, wait_for};

const BANNER: &str = "This progress file can only be read";

fn write_journal_entry(harness: &mut App, text: &str) {
    if harness.state().app().view().screen != stepwise::Screen::Journal {
        harness.get_by_label("Journal").click();
        harness.run();
    }
    harness.get_by_label("New journal entry").click();
    harness.run();
    harness.get_by_label("New journal entry").type_text(text);
    harness.run();
    harness.get_by_label("Add entry").click();
    harness.run();
}

/// A file marked read-only (which stops this window even when the tests run as root, who can
/// write through permission bits: the mark says "do not change this" all the same).
#[test]
fn a_read_only_file_opens_read_only_with_a_banner_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let library = common::sample(1, 2, 20);
    store::save(&path, &library).unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let before = std::fs::read(&path).unwrap();

    let dialogs = Arc::new(QueuedDialogs::default());
    let (mut harness, clock) = common::launch_with(&path, dialogs.clone());
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    assert!(harness.state().app().view().read_only);
    // The banner is on every screen, Help & safety too.
    for screen in ["Ladders", "Practice", "Breathe", "Progress", "Journal", "Help & safety"] {
        harness.get_by_label(screen).click();
        harness.run();
        harness.get_by_label_contains(BANNER);
    }
    harness.get_by_label("Read-only: nothing is saved to this file.");

    // A change stays in the window; no save is attempted, so none fails.
    write_journal_entry(&mut harness, "Practised on the train");
    assert!(harness.state().app().library().unwrap().journal.iter().any(|j| j.text == "Practised on the train"));
    for _ in 0..3 {
        clock.advance_secs(6.0);
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
        let view = harness.state().app().view();
        assert!(!view.saving && view.save_error.is_none(), "no save was attempted");
    }
    harness.run();
    assert!(harness.state().app().view().unsaved);
    assert!(harness.state().app().view().notices.is_empty(), "{:?}", harness.state().app().view().notices);
    harness.get_by_label("Read-only: your changes are kept in this window only.");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Nothing was written beside it either: no lock file, no backups folder.
    assert_eq!(file_names(dir.path()), ["library.ron"]);

    // Importing would have to save and back up first: not offered.
    harness.state_mut().app_mut().apply(stepwise::Command::ImportFile(dir.path().join("other.ron")));
    harness.run();
    assert!(harness.state().app().view().import.is_none());
    harness.get_by_label_contains("Nothing was imported: this progress file can only be read");

    // Closing with changes asks, like after a failed save; the window can stay open.
    common::press_close_button(&mut harness);
    harness.step();
    assert!(harness.state().app().view().close_blocked);
    assert!(!harness.state().app().view().quit_requested);
    harness.run();
    harness.get_by_label("Your changes are only in this window");
    harness.get_by_label("Keep the window open").click();
    harness.run();
    assert!(!harness.state().app().view().close_blocked && !harness.state().app().view().quit_requested);

    // Asked again, the change can be kept as a copy.
    let copy = dir.path().join("copy.stepwise.ron");
    dialogs.answer(Some(copy.clone()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
    harness.get_by_label("Export a copy...").click();
    harness.run();
    assert!(!harness.state().app().view().close_blocked);
    harness.get_by_label("Progress file").click();
    harness.run();
    harness.get_by_label("Choose where to save...").click();
    harness.step();
    wait_for(&mut harness, "the export", |app| app.exports_running == 0);
    assert!(store::load(&copy).unwrap().journal.iter().any(|j| j.text == "Practised on the train"));

    // And closing without it is a choice, after which nothing is written either.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
    harness.get_by_label("Close without saving them").click();
    harness.run_steps(3);
    assert!(harness.state().app().view().quit_requested);
    harness.state_mut().app_mut().shutdown();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_linked_progress_file_is_saved_through_the_link_which_stays_a_link() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let (home, sync) = (dir.path().join("home"), dir.path().join("sync"));
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&sync).unwrap();
    let link = home.join("library.ron");
    let target = sync.join("library.ron");
    // A relative link to a file that does not exist yet: created through the link.
    symlink("../sync/library.ron", &link).unwrap();
    let is_link = || std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink();

    let (mut harness, clock) = common::launch(&link);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    assert!(is_link());
    assert!(store::load(&target).is_ok(), "created at the link's target");
    // The lock lives beside the target, so a window opened on the target itself is refused.
    assert!(sync.join("library.ron.lock").exists());
    let (mut other, _) = common::launch(&target);
    wait_for(&mut other, "the refusal", |app| matches!(app.doc, Doc::Refused { .. }));
    drop(other);

    harness.get_by_label("I have read this").click();
    harness.run();
    for text in ["First entry", "Second entry", "Third entry"] {
        write_journal_entry(&mut harness, text);
        common::settle(&mut harness, &clock);
        assert!(is_link(), "still a link after saving {text:?}");
        assert!(store::load(&target).unwrap().journal.iter().any(|j| j.text == text));
    }
    assert_eq!(file_names(&home), ["library.ron"], "nothing beside the link");
    harness.state_mut().app_mut().shutdown();
    drop(harness);

    // Opened again: the day's backup is taken beside the target.
    let (mut harness, _clock) = common::launch(&link);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    assert_eq!(file_names(&home), ["library.ron"], "no backups beside the link");
    let backups = store::backup::list(&target).unwrap();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let folder = backups[0].path.parent().unwrap().canonicalize().unwrap();
    assert_eq!(folder, sync.canonicalize().unwrap().join("backups"));
    assert!(is_link());
    harness.state_mut().app_mut().shutdown();
}
