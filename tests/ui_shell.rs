//! The app shell driven like a person would: kittest clicks by label, then the test checks the
//! model and the file on disk. No display needed.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use stepwise::clock::ManualClock;
use stepwise::model::Timestamp;
use stepwise::store::{self, FileLock};
use stepwise::view::Doc;
use stepwise::{Config, Screen, StepwiseApp};

mod common;
use common::{launch as start, wait_for};

fn temp_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    (dir, path)
}

#[test]
fn first_run_creates_the_file_and_every_screen_opens_by_label() {
    let (_dir, path) = temp_file();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());

    // The starter library was written to disk and loads.
    let on_disk = store::load(&path).unwrap();
    assert_eq!(on_disk.ladders.len(), 4);
    assert_eq!(Some(&on_disk), harness.state().app().library());
    // The welcome notice, and its Dismiss button named after it for screen readers.
    assert_eq!(harness.query_all_by_label_contains("Welcome. Your progress file was created").count(), 2);
    harness.get_by_label_contains("Dismiss: Welcome.");

    // First run: the safety page comes first, and confirming it leads on to practice, at the
    // coach's first step.
    assert_eq!(harness.state().app().view().screen, Screen::Safety);
    harness.get_by_label_contains("Before you start, please read this page once");
    harness.get_by_label("I have read this").click();
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Practice);
    harness.get_by_label("Recommended step: step 1");
    assert!(harness.state().app().library().unwrap().settings.safety_acknowledged);

    for screen in [
        Screen::Breathe,
        Screen::Progress,
        Screen::Journal,
        Screen::Settings,
        Screen::Safety,
        Screen::Practice,
        Screen::Ladders,
    ] {
        harness.get_by_label(&screen.label()).click();
        harness.run();
        assert_eq!(harness.state().app().view().screen, screen, "clicking {:?}", screen.label());
    }
    // The Ladders screen shows the selected ladder (the first one) with its steps.
    let ladder = &harness.state().app().library().unwrap().ladders[0];
    let (title, first_step) = (ladder.title.clone(), ladder.steps[0].situation.clone());
    assert_eq!(harness.get_by_label("Ladder title").value(), Some(title));
    assert_eq!(harness.get_by_label("Step 1").value(), Some(first_step));

    // Crisis help is one click away from any screen.
    harness.get_by_label("Practice").click();
    harness.run();
    harness.get_by_label("Crisis help").click();
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Safety);
    harness.get_by_label_contains("Call or text 988");
    harness.get_by_label_contains("Text HOME to 741741");
}

#[test]
fn keyboard_shortcuts_navigate() {
    let (_dir, path) = temp_file();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Breathe);
    harness.key_press(egui::Key::F1);
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Safety);
}

#[test]
fn a_change_is_saved_in_the_background_and_shutdown_waits_for_it() {
    let (_dir, path) = temp_file();
    let (mut harness, clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    // A first run opens on the safety page.
    harness.get_by_label("I have read this").click();
    harness.run();
    assert!(harness.state().app().library().unwrap().settings.safety_acknowledged);
    assert!(harness.state().app().view().unsaved);
    assert!(!store::load(&path).unwrap().settings.safety_acknowledged, "not saved before the delay");

    clock.advance_secs(1.0);
    wait_for(&mut harness, "the save", |app| !app.unsaved);
    assert!(store::load(&path).unwrap().settings.safety_acknowledged);
    harness.get_by_label("All changes saved");

    // A change made just before quitting is saved by shutdown, without waiting for the delay.
    let mut shell = harness.into_state();
    let app = shell.app_mut();
    app.apply(stepwise::Command::AddJournalEntry { text: "Written just before closing".to_owned(), ladder: None });
    assert!(app.view().unsaved, "the entry is a change to the data");
    app.shutdown();
    assert!(!app.view().unsaved);
    let saved = store::load(&path).unwrap();
    assert!(saved.journal.iter().any(|e| e.text == "Written just before closing"), "shutdown wrote the last change");
}

#[test]
fn quitting_right_after_a_change_saves_it() {
    let (_dir, path) = temp_file();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    let mut shell = harness.into_state();
    let app = shell.app_mut();
    app.apply(stepwise::Command::AcknowledgeSafety);
    app.shutdown();
    assert!(store::load(&path).unwrap().settings.safety_acknowledged);
}

#[test]
fn a_damaged_file_is_kept_until_the_person_chooses_a_backup() {
    let (dir, path) = temp_file();
    let good = stepwise::templates::starter_library();
    store::save(&path, &good).unwrap();
    store::backup::take_daily(&path, Timestamp::from_unix_secs(1_794_000_000)).unwrap();
    let damaged = b"(version: 1, library: (ladders: [ (id: 1, title: \"half".to_vec();
    std::fs::write(&path, &damaged).unwrap();

    let (mut harness, clock) = start(&path);
    wait_for(&mut harness, "the damaged state", |app| matches!(app.doc, Doc::Damaged { .. }));
    harness.get_by_label_contains("could not be read at line 1");
    // Time passes; nothing is written.
    clock.advance_secs(10.0);
    harness.run();
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(std::fs::read(&path).unwrap(), damaged, "the damaged file must stay byte-identical");

    harness.get_by_label("Open the newest backup").click();
    harness.run();
    assert_eq!(harness.state().app().library(), Some(&good));
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the save", |app| !app.unsaved);
    assert_eq!(store::load(&path).unwrap(), good);
    // The damaged bytes were kept as a copy.
    let kept = store::backup::list(&path)
        .unwrap()
        .into_iter()
        .find(|b| b.reason == store::backup::Reason::Damaged)
        .expect("a copy of the damaged file");
    assert_eq!(std::fs::read(kept.path).unwrap(), damaged);
    drop(dir);
}

#[test]
fn another_document_opened_with_stepwise_is_left_alone_but_a_garbled_progress_file_offers_its_backup() {
    // Someone's notes, opened with Stepwise by mistake: refused, never replaced, no way to.
    let (dir, path) = temp_file();
    let notes = b"Things to ask at the appointment:\n- sleep\n".to_vec();
    std::fs::write(&path, &notes).unwrap();
    let (mut harness, clock) = start(&path);
    wait_for(&mut harness, "the refusal", |app| matches!(app.doc, Doc::Refused { .. }));
    harness.get_by_label("This file cannot be used here");
    harness.get_by_label_contains("is not a Stepwise progress file");
    assert!(harness.query_by_label("Start again with the starter ladders").is_none());
    clock.advance_secs(10.0);
    harness.run();
    let mut shell = harness.into_state();
    let app = shell.app_mut();
    app.shutdown();
    assert_eq!(std::fs::read(&path).unwrap(), notes, "the document stays byte-identical");
    assert!(!dir.path().join("backups").exists(), "nothing is written beside it");

    // The same bytes where a progress file with backups was: damaged, and its backup offered.
    let (_dir, path) = temp_file();
    store::save(&path, &stepwise::templates::starter_library()).unwrap();
    store::backup::take_daily(&path, Timestamp::from_unix_secs(1_794_000_000)).unwrap();
    std::fs::write(&path, &notes).unwrap();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the damaged state", |app| matches!(app.doc, Doc::Damaged { .. }));
    harness.get_by_label("Open the newest backup");

    // A file emptied by a save cut short says so, and offers the backup too.
    std::fs::write(&path, [0_u8; 4096]).unwrap();
    drop(harness);
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the damaged state", |app| matches!(app.doc, Doc::Damaged { .. }));
    harness.get_by_label_contains("is empty: there is nothing in it to read");
    harness.get_by_label("Open the newest backup");
}

#[test]
fn a_second_window_on_the_same_file_is_refused() {
    let (_dir, path) = temp_file();
    store::save(&path, &stepwise::templates::starter_library()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let _other_window = FileLock::acquire(&path).unwrap();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the refusal", |app| matches!(app.doc, Doc::Refused { .. }));
    harness.get_by_label_contains("already open in another Stepwise window");
    let mut shell = harness.into_state();
    let app = shell.app_mut();
    app.shutdown();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_failed_save_is_shown_kept_in_memory_and_retried() {
    let (_dir, path) = temp_file();
    let (mut harness, clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    // Something (a sync tool, a mistake) puts a folder where the file was: saves must fail.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("keep.txt"), b"x").unwrap();

    // A first run opens on the safety page.
    harness.get_by_label("I have read this").click();
    harness.run();
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the failed save", |app| app.save_error.is_some());
    harness.get_by_label_contains("Not saved yet");
    assert!(harness.state().app().library().unwrap().settings.safety_acknowledged, "the change stays in memory");

    // The obstacle goes away; the retry succeeds without any action from the person.
    std::fs::remove_dir_all(&path).unwrap();
    clock.advance_secs(6.0);
    wait_for(&mut harness, "the retried save", |app| !app.unsaved);
    assert!(harness.state().app().view().save_error.is_none());
    assert!(store::load(&path).unwrap().settings.safety_acknowledged);
    harness.get_by_label("All changes saved");
}

#[test]
fn the_damaged_file_is_never_replaced_until_a_copy_of_it_is_kept() {
    let (dir, path) = temp_file();
    let damaged = b"(version: 1, library: (ladders: [".to_vec();
    std::fs::write(&path, &damaged).unwrap();
    // A file where the backups folder should be: copying the damaged file must fail.
    std::fs::write(dir.path().join("backups"), b"not a folder").unwrap();

    let (mut harness, clock) = start(&path);
    wait_for(&mut harness, "the damaged state", |app| matches!(app.doc, Doc::Damaged { .. }));
    harness.get_by_label("Start again with the starter ladders").click();
    harness.run();
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the failed save", |app| app.save_error.is_some());
    harness.get_by_label_contains("Could not keep a copy of the damaged file");
    // The retry must also insist on the copy first.
    clock.advance_secs(6.0);
    harness.run();
    std::thread::sleep(Duration::from_millis(100));
    wait_for(&mut harness, "the retry", |app| !app.saving);
    assert_eq!(std::fs::read(&path).unwrap(), damaged, "never replaced without a copy");

    // Once the backups folder can be made, the copy is kept and then the file is replaced.
    std::fs::remove_file(dir.path().join("backups")).unwrap();
    clock.advance_secs(6.0);
    wait_for(&mut harness, "the save", |app| !app.unsaved);
    assert_eq!(store::load(&path).unwrap().ladders.len(), 4);
    let kept = store::backup::list(&path).unwrap();
    assert!(kept.iter().any(|b| std::fs::read(&b.path).unwrap() == damaged));
}

#[test]
fn closing_with_unsaved_changes_after_a_failed_save_asks_first() {
    let (_dir, path) = temp_file();
    let (mut harness, clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("x"), b"x").unwrap();
    harness.state_mut().app_mut().apply(stepwise::Command::AcknowledgeSafety);
    clock.advance_secs(1.0);
    wait_for(&mut harness, "the failed save", |app| app.save_error.is_some());

    // The window's close button is held back the same way as Ctrl+Q.
    common::press_close_button(&mut harness);
    harness.step();
    assert!(harness.state().app().view().close_blocked, "the close button asks first");
    assert!(!harness.state().app().view().quit_requested);
    harness.run();
    harness.get_by_label("Your latest changes are not saved yet");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    harness.run();
    assert!(harness.state().app().view().close_blocked);
    assert!(!harness.state().app().view().quit_requested);
    harness.get_by_label("Your latest changes are not saved yet");
    harness.get_by_label("Close without saving them").click();
    // The window is closing now, so the harness never settles: step instead of run.
    harness.run_steps(3);
    assert!(harness.state().app().view().quit_requested);
}

#[test]
fn a_damaged_file_shows_its_page_whatever_screen_was_open_last() {
    let (_dir, path) = temp_file();
    std::fs::write(&path, b"(version: 1,").unwrap();
    let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(1_795_000_000).utc()));
    let mut app = StepwiseApp::new(Config::with_clock(path.clone(), clock), || {});
    app.apply(stepwise::Command::Navigate(Screen::Safety)); // as restored from the last session's preferences
    for _ in 0..24_000 {
        app.tick();
        if !app.is_loading() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(matches!(app.view().doc, Doc::Damaged { .. }));
    assert_eq!(app.view().screen, Screen::Ladders);
}

#[test]
fn an_idle_window_asks_for_no_repaints_on_any_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    let mut library = stepwise::sample::heavy_library(5, 4, 400, Timestamp::from_unix_secs(1_795_000_000));
    library.settings.safety_acknowledged = true;
    store::save(&path, &library).unwrap();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    for screen in Screen::ALL {
        harness.state_mut().app_mut().apply(stepwise::Command::Navigate(screen));
        // `run` returns only once nothing asks for an immediate frame; then nothing may be
        // scheduled either (a save, a timer, an animation).
        harness.run();
        let delay =
            harness.output().viewport_output.get(&egui::ViewportId::ROOT).map_or(Duration::MAX, |v| v.repaint_delay);
        assert_eq!(delay, Duration::MAX, "{screen:?} keeps asking for frames");
    }
}

#[test]
fn the_view_menu_changes_text_size_and_colours_and_touches_no_data() {
    let (dir, path) = temp_file();
    let (mut harness, _clock) = start(&path);
    wait_for(&mut harness, "the file to open", |app| app.library().is_some());
    let before = harness.state().app().library().unwrap().clone();

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Colours: light").click();
    harness.run();
    assert_eq!(harness.ctx.options(|o| o.theme_preference), egui::ThemePreference::Light);
    assert_eq!(harness.ctx.theme(), egui::Theme::Light, "the light colours are in use");

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Colours: dark").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Larger text Ctrl++").click();
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.1).abs() < 1e-4, "zoom {}", harness.ctx.zoom_factor());
    // The keys do the same.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.2).abs() < 1e-4, "zoom {}", harness.ctx.zoom_factor());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Usual size (now 120 %) Ctrl+0").click();
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-4);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert!((harness.ctx.zoom_factor() - 0.9).abs() < 1e-4, "zoom {}", harness.ctx.zoom_factor());

    // A window preference, not part of the progress file.
    assert_eq!(harness.state().app().library().unwrap(), &before);
    assert!(!harness.state().app().view().unsaved);
    drop(dir);
}
