//! Sync-safe saving with the real store thread on a temporary folder (issue 12): a change made
//! outside Stepwise (as a sync tool makes it: written elsewhere, renamed over the file) is merged
//! and shown, never overwritten; an unreadable one is left as it is; conflict copies are offered
//! for import; a store thread that fails is replaced and saving goes on.
//!
//! The outside changes here only add items (an exposure, a journal entry), so the assertions
//! hold for any merge by id.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;

use common::{App, T0, launch, one_ladder, open, repaint_delay, settle, wait_for};
use stepwise::Command;
use stepwise::app::jobs::Fault;
use stepwise::clock::{ManualClock, Stopwatch};
use stepwise::model::edit::{self, LadderEdit};
use stepwise::model::{EntryId, ExposureBuilder, JournalEntry, Library, Timestamp};
use stepwise::store::{self, FileLock};
use stepwise::view::{AppView, Doc, ImportState, NoticeKind};

fn library() -> Library {
    one_ladder("Talking to strangers", "being judged", &[("Say hello to a neighbour", 3), ("Ask for directions", 5)])
}

/// `library` with one more exposure (id `id`) on its first step.
fn with_exposure(mut library: Library, id: u64) -> Library {
    let exposure = ExposureBuilder::on(&library.ladders[0], 0).id(id).at(Timestamp::from_unix_secs(T0 - 3_600)).build();
    library.exposures_mut().push(exposure);
    library
}

/// `library` with one more journal entry.
fn with_entry(mut library: Library, id: u64, text: &str) -> Library {
    let written = Timestamp::from_unix_secs(T0 - 600);
    library.journal_mut().push(JournalEntry { id: EntryId(id), written, text: text.to_owned(), ladder: None });
    library
}

fn path_of(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("library.ron")
}

fn notices(app: &AppView<'_>) -> Vec<String> {
    app.notices.iter().map(|n| n.text.clone()).collect()
}

fn has_exposure(app: &AppView<'_>, id: u64) -> bool {
    app.library().is_some_and(|l| l.exposures.iter().any(|e| e.id.0 == id))
}

fn has_entry(app: &AppView<'_>, text: &str) -> bool {
    app.library().is_some_and(|l| l.journal.iter().any(|j| j.text == text))
}

/// Steps the app for `secs` seconds of real time (the store thread looks once a second).
fn keep_stepping(harness: &mut App, secs: f64) {
    let watch = Stopwatch::start();
    while watch.elapsed_secs() < secs {
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Lets the app save and settle, then says what is on disk.
fn saved(harness: &mut App, clock: &ManualClock, path: &Path) -> Library {
    settle(harness, clock);
    store::load(path).unwrap()
}

#[test]
fn a_change_made_outside_while_idle_appears_within_seconds_with_one_notice_and_is_saved() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    // The other computer recorded an exposure and wrote in its journal; the sync tool replaces
    // the file (written beside it, renamed over it).
    let outside = with_entry(with_exposure(store::load(&path).unwrap(), 901), 902, "Went better than I feared");
    store::save(&path, &outside).unwrap();
    let watch = Stopwatch::start();
    wait_for(&mut harness, "the outside change on screen", |app| has_exposure(app, 901));
    let took = watch.elapsed_secs();
    assert!(took < 4.0, "took {took:.2} s");

    let text = "Changes from another computer were added: 1 exposure, 1 journal entry.";
    let view_notices = notices(&harness.state().app().view());
    assert_eq!(view_notices, [text], "one calm notice");
    assert_eq!(harness.state().app().view().notices[0].kind, NoticeKind::Info);
    harness.get_by_label(text);
    assert!(has_entry(&harness.state().app().view(), "Went better than I feared"));

    // The union is saved, and the window goes back to asking for nothing.
    let on_disk = saved(&mut harness, &clock, &path);
    assert_eq!(&on_disk, harness.state().app().library().unwrap());
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle again");
    keep_stepping(&mut harness, 1.5);
    assert_eq!(notices(&harness.state().app().view()).len(), 1, "nothing more to say");
}

#[test]
fn an_outside_change_that_renames_and_deletes_says_so_in_the_same_notice() {
    let two = {
        let mut library = library();
        let other = one_ladder("Phone calls", "awkward pauses", &[("Call a shop", 4)]);
        library.ladders.extend(other.ladders);
        library
    };
    let (dir, mut harness, clock) = open(&two);
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    // On the other computer: the first ladder renamed, the second deleted, one exposure added.
    let mut outside = with_exposure(store::load(&path).unwrap(), 911);
    let now = Timestamp::from_unix_secs(T0 + 60);
    let (first, second) = (outside.ladders[0].id, outside.ladders[1].id);
    edit::apply(&mut outside, &LadderEdit::Rename { ladder: first, title: "Strangers".to_owned() }, now).unwrap();
    edit::apply(&mut outside, &LadderEdit::Delete { ladder: second }, now).unwrap();
    store::save(&path, &outside).unwrap();
    wait_for(&mut harness, "the outside change on screen", |app| has_exposure(app, 911));
    let text = "Changes from another computer: 1 exposure added, 1 ladder changed, 1 ladder moved to Recently deleted.";
    assert_eq!(notices(&harness.state().app().view()), [text], "one calm notice");
    harness.get_by_label(text);
    let view = harness.state().app().view();
    let library = view.library().unwrap();
    assert_eq!((library.ladders.len(), library.ladders[0].title.as_str()), (1, "Strangers"));
}

#[test]
fn a_change_made_outside_right_before_a_save_keeps_both_changes() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    let before = store::load(&path).unwrap();
    harness
        .state_mut()
        .app_mut()
        .apply(Command::AddJournalEntry { text: "Written on this computer".to_owned(), ladder: None });
    assert!(harness.state().app().view().unsaved);
    // The other computer's version lands just before this window's save is due.
    store::save(&path, &with_exposure(before, 903)).unwrap();
    // Whichever finds the change first (the save's own look, or the look between jobs just
    // before it), the save writes the union.
    let on_disk = saved(&mut harness, &clock, &path);
    wait_for(&mut harness, "both changes on screen", |app| {
        has_exposure(app, 903) && has_entry(app, "Written on this computer") && !app.unsaved && !app.saving
    });
    assert!(on_disk.exposures.iter().any(|e| e.id.0 == 903), "the outside exposure is on disk");
    assert!(on_disk.journal.iter().any(|j| j.text == "Written on this computer"), "the local entry is on disk");
    assert_eq!(&on_disk, harness.state().app().library().unwrap());
    assert_eq!(notices(&harness.state().app().view()), ["Changes from another computer were added: 1 exposure."]);
}

#[test]
fn a_damaged_outside_file_is_left_untouched_and_the_library_saved_beside_it() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    let damaged = b"(version: 1, ladders: [ this was cut short".to_vec();
    std::fs::write(&path, &damaged).unwrap();
    wait_for(&mut harness, "the notice about the damaged file", |app| {
        notices(app).iter().any(|n| n.contains("cannot be read"))
    });
    let copies: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("(Stepwise copy "))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let copy = &copies[0];
    let copy_name = copy.file_name().unwrap().to_string_lossy().into_owned();
    let view = harness.state().app().view();
    let notice = &view.notices[0];
    assert_eq!(notice.kind, NoticeKind::Warning);
    assert!(
        notice.text.starts_with("library.ron was changed outside Stepwise and cannot be read (it is damaged at line 1")
            && notice
                .text
                .contains(&format!("it was left as it is. Your open library was saved as {copy_name} beside it")),
        "{}",
        notice.text
    );
    assert_eq!(&store::load(copy).unwrap(), harness.state().app().library().unwrap());
    assert_eq!(std::fs::read(&path).unwrap(), damaged, "byte for byte");
    harness.get_by_label(&format!("All changes saved to {copy_name}"));

    // Later changes go to that copy; the damaged file stays as it is, and no more copies appear.
    harness.state_mut().app_mut().apply(Command::AddJournalEntry { text: "Kept in the copy".to_owned(), ladder: None });
    settle(&mut harness, &clock);
    keep_stepping(&mut harness, 1.5);
    assert_eq!(std::fs::read(&path).unwrap(), damaged);
    assert!(store::load(copy).unwrap().journal.iter().any(|j| j.text == "Kept in the copy"));
    assert_eq!(common::stepwise_copies(dir.path()), 1);
    assert_eq!(harness.state().app().view().notices.len(), 1, "said once");

    // Once the file can be read again it is merged, and saves go back to it.
    store::save(&path, &with_exposure(library(), 904)).unwrap();
    wait_for(&mut harness, "the repaired file merged", |app| has_exposure(app, 904));
    assert!(notices(&harness.state().app().view()).iter().any(|n| n.starts_with("library.ron can be read again")));
    let on_disk = saved(&mut harness, &clock, &path);
    assert!(on_disk.exposures.iter().any(|e| e.id.0 == 904));
    assert!(on_disk.journal.iter().any(|j| j.text == "Kept in the copy"));
    assert!(harness.state().app().view().saving_to.is_none());
}

#[test]
fn a_file_from_a_newer_stepwise_is_not_replaced_by_a_save() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    let newer = b"(version: 99, something_new: [])\n".to_vec();
    std::fs::write(&path, &newer).unwrap();
    // A change right away: whichever finds the file first (a look or the save), it is kept.
    harness.state_mut().app_mut().apply(Command::AddJournalEntry { text: "Not lost".to_owned(), ladder: None });
    settle(&mut harness, &clock);
    wait_for(&mut harness, "the notice", |app| notices(app).iter().any(|n| n.contains("written by a newer Stepwise")));
    settle(&mut harness, &clock);
    assert_eq!(std::fs::read(&path).unwrap(), newer);
    let copy = harness.state().app().view().saving_to.unwrap().to_owned();
    assert!(store::load(&copy).unwrap().journal.iter().any(|j| j.text == "Not lost"));
}

#[test]
fn a_file_deleted_outside_is_written_again_by_the_next_save_without_a_word() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    std::fs::remove_file(&path).unwrap();
    keep_stepping(&mut harness, 2.5);
    assert!(!path.exists(), "not brought back by watching");
    assert!(harness.state().app().view().notices.is_empty());
    harness.state_mut().app_mut().apply(Command::AddJournalEntry { text: "Still here".to_owned(), ladder: None });
    let on_disk = saved(&mut harness, &clock, &path);
    assert_eq!(&on_disk, harness.state().app().library().unwrap());
}

const SYNCTHING_COPY: &str = "library.sync-conflict-20261202-153000-ABCDEF1.ron";

#[test]
fn a_conflict_copy_is_offered_previewed_imported_and_moved_into_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = path_of(&dir);
    store::save(&path, &library()).unwrap();
    let conflict = dir.path().join(SYNCTHING_COPY);
    store::save(&conflict, &with_exposure(library(), 905)).unwrap();
    let (mut harness, clock) = launch(&path);
    wait_for(&mut harness, "the offer", |app| app.conflict_offer.is_some());
    harness.get_by_label_contains("Syncthing left a conflict copy of library.ron beside it");

    harness.get_by_label("Review...").click();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("- Exposures: 1 new");
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| has_exposure(app, 905) && app.import.is_none());
    wait_for(&mut harness, "the copy moved", |app| {
        notices(app).iter().any(|n| n.starts_with(&format!("{SYNCTHING_COPY} was moved into the backups folder")))
    });
    assert!(!conflict.exists());
    let filed = dir.path().join("backups").join(SYNCTHING_COPY);
    assert!(store::load(&filed).unwrap().exposures.iter().any(|e| e.id.0 == 905), "kept whole, same name");
    assert!(harness.state().app().view().conflict_offer.is_none(), "not offered again");
    let on_disk = saved(&mut harness, &clock, &path);
    assert!(on_disk.exposures.iter().any(|e| e.id.0 == 905));
}

#[test]
fn a_conflict_copy_appearing_while_open_is_offered_once_and_not_again_after_not_now() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    assert!(harness.state().app().view().conflict_offer.is_none());
    let dropbox = dir.path().join("library (Sam's conflicted copy 2026-12-02).ron");
    store::save(&dropbox, &with_exposure(library(), 906)).unwrap();
    wait_for(&mut harness, "the offer", |app| app.conflict_offer.is_some());
    harness.get_by_label_contains("Dropbox left a conflict copy of library.ron");
    assert_eq!(repaint_delay(&harness), Duration::MAX, "an offer asks for no frames");
    harness.get_by_label("Not now").click();
    harness.run();
    assert!(harness.state().app().view().conflict_offer.is_none());
    // A new file in the folder makes the store thread list it again: still not offered.
    std::fs::write(dir.path().join("notes.txt"), b"x").unwrap();
    keep_stepping(&mut harness, 2.5);
    assert!(harness.state().app().view().conflict_offer.is_none());
    assert!(dropbox.exists(), "left where it is");
    assert!(!has_exposure(&harness.state().app().view(), 906));

    // Cancelling the preview is "not now" too.
    let second = dir.path().join(SYNCTHING_COPY);
    store::save(&second, &with_exposure(library(), 907)).unwrap();
    wait_for(&mut harness, "the second offer", |app| app.conflict_offer.is_some());
    harness.get_by_label("Review...").click();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("Cancel").click();
    keep_stepping(&mut harness, 2.5);
    let view = harness.state().app().view();
    assert!(view.conflict_offer.is_none() && view.import.is_none());
    assert!(second.exists() && !has_exposure(&view, 907));
}

#[test]
fn a_conflict_copy_holding_nothing_new_is_moved_into_backups_when_its_preview_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = path_of(&dir);
    store::save(&path, &library()).unwrap();
    let conflict = dir.path().join(SYNCTHING_COPY);
    std::fs::copy(&path, &conflict).unwrap();
    let (mut harness, _clock) = launch(&path);
    wait_for(&mut harness, "the offer", |app| app.conflict_offer.is_some());
    harness.get_by_label("Review...").click();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("Close").click();
    wait_for(&mut harness, "the copy moved", |_| dir.path().join("backups").join(SYNCTHING_COPY).exists());
    assert!(!conflict.exists());
}

const STEPWISE_COPY: &str = "library (Stepwise copy 2026-11-30 0915).ron";

#[test]
fn a_stepwise_copy_left_by_an_earlier_run_is_offered_imported_and_moved_into_backups() {
    // Last time, library.ron could not be read for a while and the work went to a copy beside it;
    // now the file opens fine.
    let dir = tempfile::tempdir().unwrap();
    let path = path_of(&dir);
    store::save(&path, &library()).unwrap();
    let copy = dir.path().join(STEPWISE_COPY);
    store::save(&copy, &with_exposure(library(), 909)).unwrap();
    let (mut harness, clock) = launch(&path);
    wait_for(&mut harness, "the offer", |app| app.conflict_offer.is_some());
    harness.get_by_label_contains(&format!(
        "{STEPWISE_COPY} is the copy Stepwise saved beside library.ron while library.ron could not be read."
    ));

    harness.get_by_label("Review...").click();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("- Exposures: 1 new");
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| has_exposure(app, 909) && app.import.is_none());
    wait_for(&mut harness, "the copy moved", |app| {
        notices(app).iter().any(|n| n.starts_with(&format!("{STEPWISE_COPY} was moved into the backups folder")))
    });
    assert!(!copy.exists());
    assert!(store::load(&dir.path().join("backups").join(STEPWISE_COPY)).is_ok(), "kept whole, same name");
    assert!(harness.state().app().view().conflict_offer.is_none());
    assert!(saved(&mut harness, &clock, &path).exposures.iter().any(|e| e.id.0 == 909));
}

#[test]
fn a_damaged_file_names_the_stepwise_copy_beside_it_and_offers_it_once_a_library_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = path_of(&dir);
    let damaged = b"(version: 2, ladders: [ this was cut short".to_vec();
    std::fs::write(&path, &damaged).unwrap();
    let copy = dir.path().join(STEPWISE_COPY);
    store::save(&copy, &with_exposure(library(), 910)).unwrap();
    let (mut harness, clock) = launch(&path);
    wait_for(&mut harness, "the damaged state", |app| matches!(app.doc, Doc::Damaged { .. }));
    harness.get_by_label_contains(&format!(
        "Stepwise also found the copy it saved beside this file while the file could not be read: {STEPWISE_COPY}."
    ));
    // No offer over the damaged screen, however long it waits.
    keep_stepping(&mut harness, 1.5);
    assert!(harness.state().app().view().conflict_offer.is_none());

    harness.get_by_label("Start again with the starter ladders").click();
    wait_for(&mut harness, "the offer", |app| app.conflict_offer.is_some());
    harness.get_by_label_contains(&format!("{STEPWISE_COPY} is the copy Stepwise saved beside library.ron"));
    harness.get_by_label("Review...").click();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| has_exposure(app, 910) && app.import.is_none());
    wait_for(&mut harness, "the copy moved", |_| dir.path().join("backups").join(STEPWISE_COPY).exists());
    assert!(saved(&mut harness, &clock, &path).exposures.iter().any(|e| e.id.0 == 910));
}

#[test]
fn the_copy_this_window_saved_is_not_offered_to_it_even_by_a_restarted_store_thread() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    std::fs::write(&path, b"(version: 2, ladders: [ this was cut short").unwrap();
    wait_for(&mut harness, "the copy", |app| app.saving_to.is_some());
    // The store thread stops; the new one finds the file still unreadable, saves to a new copy,
    // and lists the first one beside it.
    assert!(harness.state().app().inject_worker_fault(Fault::DieAtNextJob));
    harness.state_mut().app_mut().apply(Command::AddJournalEntry { text: "After".to_owned(), ladder: None });
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the restart", |app| notices(app).iter().any(|n| n.contains("was started again")));
    settle(&mut harness, &clock);
    keep_stepping(&mut harness, 1.5);
    assert_eq!(common::stepwise_copies(dir.path()), 2, "the new thread saves to a copy of its own");
    assert!(harness.state().app().view().conflict_offer.is_none(), "its content is this window's");
}

#[test]
fn a_save_that_panics_is_shown_retried_and_lands_on_disk() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    assert!(harness.state().app().inject_worker_fault(Fault::PanicInNextSave));
    harness.state_mut().app_mut().apply(Command::AddJournalEntry { text: "Saved in the end".to_owned(), ladder: None });
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the failed save", |app| app.save_error.is_some());
    let error = harness.state().app().view().save_error.unwrap().to_owned();
    assert!(error.starts_with("Stepwise hit an internal error while saving"), "{error}");
    harness.get_by_label_contains("Not saved yet: Stepwise hit an internal error while saving");
    // Retried as failed saves are.
    clock.advance_secs(6.0);
    wait_for(&mut harness, "the retried save", |app| !app.unsaved && !app.saving && app.save_error.is_none());
    assert!(store::load(&path).unwrap().journal.iter().any(|j| j.text == "Saved in the end"));
}

#[test]
fn a_store_thread_that_stops_is_restarted_and_the_save_it_lost_lands_on_disk() {
    let (dir, mut harness, clock) = open(&library());
    settle(&mut harness, &clock);
    let path = path_of(&dir);
    assert!(harness.state().app().inject_worker_fault(Fault::DieAtNextJob));
    harness.state_mut().app_mut().apply(Command::AddJournalEntry { text: "Not lost".to_owned(), ladder: None });
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the notice", |app| notices(app).iter().any(|n| n.contains("was started again")));
    harness.get_by_label_contains("Stepwise's file worker stopped unexpectedly");
    // Never "Saving..." forever: the lost save counts as failed and is tried again.
    wait_for(&mut harness, "the save", |app| !app.unsaved && !app.saving && app.save_error.is_none());
    assert!(store::load(&path).unwrap().journal.iter().any(|j| j.text == "Not lost"));
    // The new thread holds the file: another window could not take it.
    assert!(matches!(FileLock::acquire(&path), Err(store::StoreError::Locked { .. })));
    // And it still watches the file.
    let outside = with_exposure(store::load(&path).unwrap(), 908);
    store::save(&path, &outside).unwrap();
    wait_for(&mut harness, "the outside change", |app| has_exposure(app, 908));
}
