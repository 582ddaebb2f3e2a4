//! The Progress screen's plots, and export and import through the dialog trait.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::path::PathBuf;
use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stepwise::app::dialogs::QueuedDialogs;
use stepwise::model::Library;
use stepwise::model::edit::LadderEdit;
use stepwise::store;
use stepwise::ui::progress::WeekRange;
use stepwise::view::ImportState;

mod common;
use common::{App, open_with, wait_for};

fn library(seed: u64, ladders: usize, exposures: usize) -> Library {
    common::sample(seed, ladders, exposures)
}

/// The plot of the card `title`: its accessible name, and how many of its points are in view
/// of how many it has.
fn plot_points(harness: &App, title: &str) -> (String, usize, usize) {
    let label = harness.get_by_label_contains(&format!("{title}: ")).accesskit_node().label().unwrap_or_default();
    let counts = label.rsplit("; ").next().unwrap_or_default();
    let numbers: Vec<usize> = counts.split(' ').filter_map(|w| w.parse().ok()).collect();
    assert_eq!(numbers.len(), 2, "{label}");
    (label, numbers[0], numbers[1])
}

/// A notice is on screen (its text, and its Dismiss button that repeats the start of it).
fn shown(harness: &App, text: &str) {
    assert!(harness.query_all_by_label_contains(text).next().is_some(), "{text:?} is not shown");
}

fn to_progress(harness: &mut App) {
    harness.get_by_label("Progress").click();
    harness.run();
}

fn export_through_dialog(harness: &mut App, format: &str) {
    harness.get_by_label("Export...").click();
    harness.run();
    harness.get_by_label(format).click();
    harness.run();
    harness.get_by_label("Choose where to save...").click();
    harness.step(); // a spinner shows while the store thread writes
    wait_for(harness, "the export", |app| app.exports_running == 0);
}

const CARDS: [&str; 5] = [
    "Anxiety on each try",
    "What you predicted, and what happened",
    "Practice each week",
    "Steps mastered over time",
    "Your estimates of each step",
];

#[test]
fn progress_draws_every_plot_with_eleven_thousand_exposures() {
    let lib = library(1, 20, 11_000);
    let (_dir, mut harness, _clock) = open_with(&lib, Arc::default());
    to_progress(&mut harness);
    for card in CARDS {
        harness.get_by_label(card);
        // Each plot names its card and says how many of its points it shows: all of them, and
        // not none (an empty or misplaced plot fails here).
        let (label, shown, total) = plot_points(&harness, card);
        assert!(total > 0 && shown == total, "{label}");
    }
    // The first plot is the step practised most recently on the first ladder: every try of it.
    let ladder = &lib.ladders[0];
    let latest = lib.exposures.iter().filter(|e| e.ladder == ladder.id).max_by_key(|e| e.started).unwrap();
    let tries = lib.exposures.iter().filter(|e| e.step == latest.step).count();
    let (label, ..) = plot_points(&harness, "Anxiety on each try");
    assert!(label.contains(&format!(": {tries} tries. After-rating")), "named by its reading: {label}");
    harness.get_by_label_contains("steps mastered,");
    // The sentence above the plot, and the plot named by it for a screen reader.
    assert_eq!(harness.query_all_by_label_contains("predictions:").count(), 2);
    // Ten years of weeks are grouped into bars that fit.
    harness.get_by_label("Everything").click();
    harness.run();
    assert_eq!(harness.state().screens().progress.range, WeekRange::Everything);
    assert_eq!(harness.query_all_by_label_contains("Each bar is").count(), 2, "the sentence, and the plot named by it");
}

#[test]
fn a_ladder_without_exposures_explains_each_empty_plot() {
    let lib = library(2, 1, 0);
    let (_dir, mut harness, _clock) = open_with(&lib, Arc::default());
    to_progress(&mut harness);
    harness.get_by_label_contains("No tries of this step yet.");
    harness.get_by_label_contains("No predictions yet on this ladder.");
    harness.get_by_label_contains("Nothing recorded yet.");
    harness.get_by_label_contains("No exposures on this ladder yet.");
}

#[test]
fn choosing_a_step_and_a_ladder_changes_what_is_plotted() {
    let lib = library(3, 2, 200);
    let (_dir, mut harness, _clock) = open_with(&lib, Arc::default());
    to_progress(&mut harness);
    let second = &lib.ladders[1];
    harness.get_by_role_and_label(Role::ComboBox, "Ladder").click();
    harness.run();
    harness.get_by_label(second.title.as_str()).click();
    harness.run();
    assert_eq!(harness.state().screens().progress.ladder, Some(second.id));
    // The step picker starts on the step practised most recently, shown as "N. situation".
    let latest = lib.exposures.iter().filter(|e| e.ladder == second.id).max_by_key(|e| e.started).unwrap();
    let position = second.steps.iter().position(|s| s.id == latest.step).unwrap();
    let shown: String = format!("{}. {}", position + 1, second.steps[position].situation).chars().take(31).collect();
    let picker = harness.get_by_role_and_label(Role::ComboBox, "Step");
    assert!(picker.value().is_some_and(|v| v.starts_with(&shown)), "{:?}", picker.value());
    picker.click();
    harness.run();
    let step = &second.steps[if position == 2 { 3 } else { 2 }];
    let number = second.steps.iter().position(|s| s.id == step.id).unwrap() + 1;
    harness.get_by_label(format!("{number}. {}", step.situation).as_str()).click();
    harness.run();
    assert_eq!(harness.state().screens().progress.step, Some(step.id));
}

#[test]
fn export_a_summary_through_the_dialog() {
    let lib = library(4, 2, 40);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&lib, dialogs.clone());
    // Typed without an extension: the format's is added.
    dialogs.answer(Some(dir.path().join("for my therapist")));
    to_progress(&mut harness);
    export_through_dialog(&mut harness, "Summary to share (web page)");
    let asked = dialogs.asked();
    assert!(
        asked[0].starts_with("stepwise-summary-2026-11-")
            && std::path::Path::new(&asked[0]).extension().is_some_and(|e| e == "html"),
        "{asked:?}"
    );
    let html = std::fs::read_to_string(dir.path().join("for my therapist.html")).unwrap();
    assert!(html.contains(&lib.ladders[0].title) && html.contains(&lib.ladders[1].title));
    shown(&harness, "Saved the summary to");
}

#[test]
fn export_the_summary_as_markdown_text() {
    let lib = library(5, 2, 12);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&lib, dialogs.clone());
    dialogs.answer(Some(dir.path().join("notes")));
    to_progress(&mut harness);
    export_through_dialog(&mut harness, "Summary as text (Markdown)");
    assert!(std::path::Path::new(&dialogs.asked()[0]).extension().is_some_and(|e| e == "md"), "{:?}", dialogs.asked());
    let text = std::fs::read_to_string(dir.path().join("notes.md")).unwrap();
    assert!(text.contains(&lib.ladders[0].title) && text.contains(&lib.ladders[1].title));
    // The exposures as pipe tables, and no HTML.
    assert!(text.lines().any(|l| l.starts_with("| --- |")), "{text}");
    assert!(!text.contains("<table") && !text.contains("<html"));
    shown(&harness, "Saved the summary as text to");
}

#[test]
fn export_one_ladder_as_a_progress_file_and_all_exposures_as_csv() {
    let lib = library(5, 3, 90);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&lib, dialogs.clone());
    let chosen = &lib.ladders[1];
    dialogs.answer(Some(dir.path().join("one.stepwise.ron")));
    dialogs.answer(Some(dir.path().join("all.csv")));
    to_progress(&mut harness);
    harness.get_by_label("Export...").click();
    harness.run();
    harness.get_by_label("Progress file").click();
    harness.run();
    harness.get_by_label("All ladders").click();
    harness.run();
    harness.get_by_label(chosen.title.as_str()).click();
    harness.run();
    harness.get_by_label("Choose where to save...").click();
    harness.step(); // a spinner shows while the store thread writes
    wait_for(&mut harness, "the export", |app| app.exports_running == 0);
    let exported = store::load(&dir.path().join("one.stepwise.ron")).unwrap();
    assert_eq!(exported.ladders.len(), 1);
    assert_eq!(exported.ladders[0], *chosen);
    let expected = lib.exposures.iter().filter(|e| e.ladder == chosen.id).count();
    assert_eq!(exported.exposures.len(), expected);
    assert!(exported.exposures.iter().all(|e| e.ladder == chosen.id));

    export_through_dialog(&mut harness, "Spreadsheet of exposures (CSV)");
    let csv = std::fs::read_to_string(dir.path().join("all.csv")).unwrap();
    // The export dialog remembers "only chosen ladders"; the CSV has that ladder's rows + header.
    assert_eq!(csv.split("\r\n").filter(|l| !l.is_empty()).count(), expected + 1);
}

#[test]
fn a_cancelled_dialog_changes_nothing() {
    let lib = library(6, 1, 10);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&lib, dialogs.clone());
    to_progress(&mut harness);
    export_through_dialog(&mut harness, "Summary to share (web page)");
    harness.get_by_label("Import...").click();
    harness.run();
    assert_eq!(dialogs.asked().len(), 2);
    assert!(harness.state().app().view().notices.is_empty());
    assert!(harness.state().app().view().import.is_none());
    let files: Vec<PathBuf> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(files.iter().all(|p| !p.to_string_lossy().ends_with(".html")), "{files:?}");
}

fn import_through_dialog(harness: &mut App) {
    harness.get_by_label("Import...").click();
    // Steps, not `run`: a spinner animates while the store thread reads the file.
    harness.step();
    wait_for(harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
}

#[test]
fn import_previews_backs_up_merges_and_undoes() {
    let here = library(7, 2, 50);
    let other = library(8, 2, 60);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, clock) = open_with(&here, dialogs.clone());
    let source = dir.path().join("from laptop.stepwise.ron");
    store::save(&source, &other).unwrap();
    dialogs.answer(Some(source.clone()));
    dialogs.answer(Some(source.clone()));
    to_progress(&mut harness);
    import_through_dialog(&mut harness);
    harness.get_by_label("Import from laptop.stepwise.ron?");
    harness.get_by_label_contains("Exposures: 60 new");
    // Nothing has changed yet.
    assert_eq!(harness.state().app().library().unwrap(), &here);
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| app.import.is_none());
    let merged = harness.state().app().library().unwrap().clone();
    assert_eq!(merged.ladders.len(), 4);
    assert_eq!(merged.exposures.len(), 110);
    let backups: Vec<String> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let backup = backups.iter().find(|n| n.contains("before-import")).expect("a backup before the import");
    assert_eq!(store::load(&dir.path().join("backups").join(backup)).unwrap(), here);
    shown(&harness, "Imported from laptop.stepwise.ron");
    common::settle(&mut harness, &clock);
    assert_eq!(store::load(&dir.path().join("library.ron")).unwrap(), merged);

    // The same file again: nothing new.
    import_through_dialog(&mut harness);
    harness.get_by_label("Everything in this file is already here. Nothing would change.");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().app().view().import.is_none());

    // Undo takes the import back.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo import").click();
    harness.run();
    // The same library, its ladder list stamped as changed now (so a synced copy that has the
    // imported ladders does not bring them back).
    let undone = harness.state().app().library().unwrap().clone();
    assert!(undone.ladder_order > here.ladder_order);
    assert_eq!(Library { ladder_order: here.ladder_order, ..undone }, here);
}

#[test]
fn an_invalid_file_is_refused_and_explained() {
    let here = library(9, 1, 20);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&here, dialogs.clone());
    let bad = dir.path().join("notes.ron");
    std::fs::write(&bad, "(version: 1, library: (ladders: [(id: 1, title: \"x\"").unwrap();
    dialogs.answer(Some(bad));
    to_progress(&mut harness);
    harness.get_by_label("Import...").click();
    harness.step();
    wait_for(&mut harness, "the file to be read", |app| app.import.is_none());
    shown(&harness, "Could not import notes.ron:");
    shown(&harness, "Nothing was changed.");
    assert_eq!(harness.state().app().library().unwrap(), &here);
}

/// A file dropped by the test, as the windowing layer would hand it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_file_dropped_on_the_window_is_previewed() {
    let here = library(10, 1, 5);
    let other = library(11, 1, 7);
    let (dir, mut harness, _clock) = open_with(&here, Arc::default());
    let source = dir.path().join("dropped.ron");
    store::save(&source, &other).unwrap();
    harness.input_mut().dropped_files.push(Arc::new(Dropped(source)));
    harness.run();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("Import dropped.ron?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().app().view().import.is_none());
    assert_eq!(harness.state().app().library().unwrap(), &here);
}

#[test]
fn several_dropped_files_are_taken_one_at_a_time_and_a_busy_import_says_so() {
    let here = library(10, 1, 5);
    let (dir, mut harness, _clock) = open_with(&here, Arc::default());
    let (first, second) = (dir.path().join("first.ron"), dir.path().join("second.ron"));
    store::save(&first, &library(11, 1, 7)).unwrap();
    store::save(&second, &library(12, 1, 7)).unwrap();
    for path in [&first, &second] {
        harness.input_mut().dropped_files.push(Arc::new(Dropped(path.clone())));
    }
    harness.step();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label("Import first.ron?");
    shown(&harness, "Files are imported one at a time: first.ron is shown now; drop the other one after it.");

    // Dropping while the preview is open changes nothing and says why.
    harness.input_mut().dropped_files.push(Arc::new(Dropped(second.clone())));
    harness.run();
    shown(&harness, "second.ron was not imported: the import of first.ron is still open.");
    let Some(ImportState::Preview(preview)) = &harness.state().app().view().import else {
        panic!("the preview stays open")
    };
    assert_eq!(preview.path, first);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().app().library().unwrap(), &here);

    // The open progress file first: refused (by the store thread), and no word of the others
    // being next.
    let notices = harness.state().app().view().notices.len();
    let own = dir.path().join("library.ron");
    for path in [&own, &second] {
        harness.input_mut().dropped_files.push(Arc::new(Dropped(path.clone())));
    }
    harness.step();
    wait_for(&mut harness, "the refusal", |app| app.import.is_none());
    let added: Vec<_> = harness.state().app().view().notices[notices..].iter().map(|n| n.text.clone()).collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(added[0].contains("is the progress file open in this window"), "{added:?}");
    assert!(harness.state().app().view().import.is_none());

    // A first file that cannot be read: said, and then how to import the others.
    let notices = harness.state().app().view().notices.len();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(version: 1, library: (").unwrap();
    for path in [&bad, &second, &first] {
        harness.input_mut().dropped_files.push(Arc::new(Dropped(path.clone())));
    }
    harness.step();
    wait_for(&mut harness, "the failed read", |app| app.import.is_none());
    let added: Vec<_> = harness.state().app().view().notices[notices..].iter().map(|n| n.text.clone()).collect();
    assert_eq!(added.len(), 2, "{added:?}");
    assert!(added[0].starts_with("Could not import bad.ron:"), "{added:?}");
    assert_eq!(added[1], "Files are imported one at a time: drop the other 2 again to import them.");
}

#[cfg(unix)]
#[test]
fn exporting_over_the_open_file_is_refused() {
    let lib = library(12, 1, 5);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&lib, dialogs.clone());
    dialogs.answer(Some(dir.path().join("library.ron")));
    // An export of everything would write the same bytes, so the file's identity is compared:
    // a save replaces the file by renaming a new one over it.
    let identity = || {
        use std::os::unix::fs::MetadataExt as _;
        std::fs::metadata(dir.path().join("library.ron")).unwrap().ino()
    };
    let before = identity();
    to_progress(&mut harness);
    harness.get_by_label("Export...").click();
    harness.run();
    harness.get_by_label("Progress file").click();
    harness.get_by_label("Choose where to save...").click();
    harness.step();
    wait_for(&mut harness, "the store thread's answer", |app| app.exports_running == 0);
    shown(&harness, "is the progress file open in this window, so it was not replaced");
    assert_eq!(identity(), before, "the open file was not replaced");
    assert_eq!(store::load(&dir.path().join("library.ron")).unwrap(), lib);
}

#[test]
fn hostile_files_are_refused_through_the_app_with_the_library_unchanged() {
    let here = library(13, 1, 10);
    let (dir, mut harness, _clock) = open_with(&here, Arc::default());
    let valid = store::format::encode(&library(14, 1, 3)).unwrap();
    let deep = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
    let newer = valid.replacen(&format!("version: {}", store::CURRENT_VERSION), "version: 99", 1);
    let rating = valid.replacen("before: ", "before: 11, _x: ", 1);
    let mut twins = library(14, 1, 3);
    let first_id = twins.exposures[0].id;
    twins.exposures_mut()[1].id = first_id;
    let duplicate = store::format::encode(&twins).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("deep.ron", deep.into_bytes()),
        ("newer.ron", newer.into_bytes()),
        ("rating.ron", rating.into_bytes()),
        ("binary.ron", vec![0xff, 0xfe, 0x00, 0x41, 0x80]),
        ("empty.ron", Vec::new()),
        ("duplicate.ron", duplicate.into_bytes()),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        harness.state_mut().app_mut().apply(stepwise::Command::ImportFile(path));
        wait_for(&mut harness, "the file to be read", |app| app.import.is_none());
        shown(&harness, &format!("Could not import {name}:"));
        let notice = &harness.state().app().view().notices.last().unwrap().text;
        assert!(notice.ends_with(". Nothing was changed.") && !notice.contains(".."), "{notice}");
        if name == "duplicate.ron" {
            assert!(notice.contains("share the id"), "{notice}");
        }
        assert_eq!(harness.state().app().library().unwrap(), &here, "{name} changed the library");
    }
    // Something else entirely is called what it is, without the parser's words.
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "hello\nbuy milk\n").unwrap();
    harness.state_mut().app_mut().apply(stepwise::Command::ImportFile(notes));
    wait_for(&mut harness, "the file to be read", |app| app.import.is_none());
    shown(&harness, "is not a Stepwise progress file");
    assert_eq!(harness.state().app().library().unwrap(), &here);
    // Larger than the size cap: refused before it is read (a sparse file, so the test is cheap).
    let big = dir.path().join("big.ron");
    std::fs::File::create(&big).unwrap().set_len(store::MAX_FILE_BYTES + 1).unwrap();
    harness.state_mut().app_mut().apply(stepwise::Command::ImportFile(big));
    wait_for(&mut harness, "the file to be read", |app| app.import.is_none());
    shown(&harness, "Could not import big.ron:");
    assert_eq!(harness.state().app().library().unwrap(), &here);
}

#[test]
fn an_edited_copy_merges_without_duplicates_and_a_clash_is_kept_visibly() {
    let here = library(15, 2, 30);
    let mut other = here.clone();
    // Renamed on the laptop (later than anything here), and one exposure hand-edited there.
    let ladder = other.ladders[0].id;
    let later = stepwise::model::Timestamp::from_unix_secs(4_000_000_000);
    let rename = LadderEdit::Rename { ladder, title: "Renamed on the laptop".to_owned() };
    stepwise::model::edit::apply(&mut other, &rename, later).unwrap();
    other.exposures_mut()[0].after = stepwise::model::Rating::new(9).unwrap();
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&here, dialogs.clone());
    let source = dir.path().join("laptop.ron");
    store::save(&source, &other).unwrap();
    dialogs.answer(Some(source.clone()));
    dialogs.answer(Some(source));
    to_progress(&mut harness);
    import_through_dialog(&mut harness);
    harness.get_by_label_contains("1 item differs between your library and the file.");
    harness.get_by_label_contains("Ladders: 1 changed by a newer edit in the file, 1 already here");
    harness.get_by_label_contains("Exposures: 30 already here, 1 different under the same id (both kept)");
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| app.import.is_none());
    let merged = harness.state().app().library().unwrap().clone();
    // No "(imported copy)": the newer title is simply taken.
    assert_eq!(merged.ladders.len(), here.ladders.len());
    assert_eq!(merged.ladder(ladder).unwrap().title, "Renamed on the laptop");
    // The clashing exposure is counted once and kept once beside it.
    assert_eq!(merged.exposures.len(), here.exposures.len());
    assert_eq!(merged.clashes.len(), 1);
    harness.get_by_label("Ladders").click();
    harness.run();
    harness.get_by_label_contains("Renamed on the laptop");
    // The same file again changes nothing.
    harness.get_by_label("Progress").click();
    harness.run();
    import_through_dialog(&mut harness);
    harness.get_by_label("Everything in this file is already here. Nothing would change.");
}

/// Reads `source` through the dialog, up to the preview.
fn preview_import(harness: &mut App, dialogs: &QueuedDialogs, source: &std::path::Path) {
    dialogs.answer(Some(source.to_owned()));
    to_progress(harness);
    import_through_dialog(harness);
}

#[test]
fn what_is_recorded_while_the_file_is_read_or_previewed_survives_the_import() {
    let here = library(16, 1, 10);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&here, dialogs.clone());
    let source = dir.path().join("other.ron");
    store::save(&source, &library(17, 1, 12)).unwrap();
    to_progress(&mut harness);
    // The file is read from a snapshot; an entry is written before the preview arrives...
    harness.state_mut().app_mut().apply(stepwise::Command::ImportFile(source));
    let entry = |text: &str| stepwise::Command::AddJournalEntry { text: text.to_owned(), ladder: None };
    harness.state_mut().app_mut().apply(entry("Written while reading"));
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    // ...and another while the preview is open.
    harness.state_mut().app_mut().apply(entry("Written while previewing"));
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| app.import.is_none());
    let lib = harness.state().app().library().unwrap();
    for text in ["Written while reading", "Written while previewing"] {
        assert!(lib.journal.iter().any(|j| j.text == text), "{text:?} was lost");
    }
    assert_eq!(lib.exposures.len(), 22);
}

#[test]
fn a_failed_backup_imports_nothing() {
    let here = library(18, 1, 10);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&here, dialogs.clone());
    let source = dir.path().join("other.ron");
    store::save(&source, &library(19, 1, 12)).unwrap();
    // A file where the backups folder should be: no copy can be made.
    let backups = dir.path().join("backups");
    std::fs::remove_dir_all(&backups).unwrap();
    std::fs::write(&backups, "not a folder").unwrap();
    preview_import(&mut harness, &dialogs, &source);
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| app.import.is_none());
    shown(&harness, "could not be backed up");
    shown(&harness, "Nothing was imported.");
    assert_eq!(harness.state().app().library().unwrap(), &here);
}

#[test]
fn quitting_while_an_import_is_backed_up_still_saves_the_import() {
    let here = library(20, 1, 10);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&here, dialogs.clone());
    let source = dir.path().join("other.ron");
    store::save(&source, &library(21, 1, 12)).unwrap();
    preview_import(&mut harness, &dialogs, &source);
    harness.get_by_label("Import").click();
    harness.step(); // confirmed: the store thread is saving, backing up and merging
    harness.state_mut().app_mut().shutdown();
    let saved = store::load(&dir.path().join("library.ron")).unwrap();
    assert_eq!(saved.exposures.len(), 22, "the confirmed import was written before closing");
}

#[test]
fn an_export_never_silently_replaces_a_file_whose_name_was_completed() {
    let lib = library(22, 1, 5);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&lib, dialogs.clone());
    let existing = dir.path().join("notes.csv");
    std::fs::write(&existing, "my own notes").unwrap();
    // Typed "notes" in the dialog: "notes.csv" exists and was never offered for replacing.
    dialogs.answer(Some(dir.path().join("notes")));
    to_progress(&mut harness);
    export_through_dialog(&mut harness, "Spreadsheet of exposures (CSV)");
    shown(&harness, "already exists, so nothing was exported");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "my own notes");
}

#[test]
fn importing_the_record_onto_a_new_computer_leaves_out_the_unused_starter_ladders() {
    let mut fresh = stepwise::templates::starter_library_at(stepwise::model::Timestamp::from_unix_secs(common::T0));
    fresh.settings.safety_acknowledged = true;
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_with(&fresh, dialogs.clone());
    let record = library(31, 2, 20);
    let source = dir.path().join("my-record.ron");
    store::save(&source, &record).unwrap();
    dialogs.answer(Some(source));
    to_progress(&mut harness);
    import_through_dialog(&mut harness);
    harness.get_by_label_contains("starter ladders here were never used; they are left out");
    harness.get_by_label("Import").click();
    wait_for(&mut harness, "the import", |app| app.import.is_none());
    let merged = harness.state().app().library().unwrap().clone();
    let ids = |l: &Library| l.ladders.iter().map(|l| l.id).collect::<Vec<_>>();
    assert_eq!(ids(&merged), ids(&record), "only the person's ladders");
    assert_eq!(merged.exposures.len(), record.exposures.len());
}

#[test]
fn the_weekly_card_marks_the_practice_times_planned_each_week() {
    let mut lib = library(3, 1, 40);
    let (_dir, harness, _clock) = open_with(&lib, Arc::default());
    let mut harness = harness;
    to_progress(&mut harness);
    assert!(harness.query_by_label("Practice times planned that week").is_none(), "no plan, no marks");
    // A plan made three weeks before the pinned now: its weeks are marked.
    lib.settings.plan_history = vec![stepwise::model::PlanChange {
        at: stepwise::model::Timestamp::from_unix_secs(common::T0 - 21 * 86_400),
        per_week: 3,
    }];
    let (_dir, mut harness, _clock) = open_with(&lib, Arc::default());
    to_progress(&mut harness);
    harness.get_by_label("Practice times planned that week");
}
