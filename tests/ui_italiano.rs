//! The main flows in Italian: a whole exposure, the ladder editor and an import, driven like a
//! person would, clicking by the Italian labels. The language is process-wide, so these tests
//! have a binary of their own where every app is started in Italian (`Config::language`).
//! Labels are read through the localiser (`t!`) so a reworded message does not break the flow;
//! a few are also checked word for word, so the window really speaks Italian.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stepwise::app::dialogs::QueuedDialogs;
use stepwise::clock::ManualClock;
use stepwise::i18n::Lang;
use stepwise::model::{DraftStage, Library, Outcome};
use stepwise::store;
use stepwise::t;
use stepwise::view::ImportState;

mod common;
use common::{App, click, lib_of, wait_for};

fn italian() -> Lang {
    Lang::from_tag("it").unwrap()
}

/// Opens the app in Italian on `library` (saved to a temporary file).
fn open_in_italian(library: &Library, dialogs: Arc<QueuedDialogs>) -> (tempfile::TempDir, App, Arc<ManualClock>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    store::save(&path, library).unwrap();
    let (mut harness, clock) = common::launch_configured(&path, egui::vec2(1280.0, 1400.0), |config| {
        config.dialogs = dialogs;
        config.language = Some(italian());
    });
    wait_for(&mut harness, "the library to open", |app| app.library().is_some());
    assert_eq!(harness.state().app().view().language.in_use, italian());
    (dir, harness, clock)
}

fn type_into(harness: &mut App, label: &str, text: &str) {
    click(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn telefonate() -> Library {
    common::one_ladder(
        "Telefonate",
        "Ho paura di sembrare impacciato al telefono",
        &[
            ("Chiamare un negozio per chiedere l'orario", 2),
            ("Chiamare un amico solo per salutarlo", 3),
            ("Chiamare il dentista per prenotare", 6),
        ],
    )
}

#[test]
fn a_whole_exposure_in_italian() {
    let (_dir, mut harness, clock) = open_in_italian(&telefonate(), Arc::default());
    // The tabs and the buttons speak Italian.
    assert_eq!(t!("shell-screen-practice"), "Esercizio");
    assert_eq!(t!("practice-begin"), "Inizia");
    click(&mut harness, "Esercizio");
    click(&mut harness, "Inizia");
    assert_eq!(lib_of(&harness).in_progress.as_ref().unwrap().stage, DraftStage::Rate);

    click(&mut harness, &format!("{} 3", t!("practice-rating-now")));
    click(&mut harness, &t!("practice-continue"));
    type_into(&mut harness, &t!("practice-feared-name"), "La commessa risponderà scocciata");
    click(&mut harness, &t!("practice-continue"));
    assert_eq!(lib_of(&harness).in_progress.as_ref().unwrap().stage, DraftStage::DoIt);

    click(&mut harness, &t!("practice-start-timer"));
    harness.get_by_label("Mancano 3:00");
    clock.advance_secs(100.0);
    harness.run();
    harness.get_by_label("Mancano 1:20");
    clock.advance_secs(101.0);
    harness.run();
    harness.get_by_label_contains("Il tempo è scaduto");

    click(&mut harness, &format!("{} 1", t!("practice-rating-after")));
    click(&mut harness, &format!("{} 5", t!("practice-rating-peak")));
    type_into(&mut harness, &t!("practice-learned-name"), "È stata gentile e veloce, perché no?");
    // "Did it happen?" answered No.
    click(&mut harness, &t!("model-outcome-no"));
    click(&mut harness, "Salva l'esposizione");

    let lib = lib_of(&harness);
    assert!(lib.in_progress.is_none());
    let e = &lib.exposures[0];
    assert_eq!((e.before.get(), e.peak.get(), e.after.get()), (3, 5, 1));
    assert_eq!(e.reflection.outcome, Outcome::DidNotHappen);
    assert_eq!(e.reflection.learned, "È stata gentile e veloce, perché no?");
    assert_eq!(e.expectancy.feared_outcome, "La commessa risponderà scocciata");
}

#[test]
fn the_ladder_editor_in_italian() {
    let (_dir, mut harness, _clock) = open_in_italian(&telefonate(), Arc::default());
    click(&mut harness, "Scale");
    // A step row is named in Italian, for the eye and for a screen reader.
    harness.get_by_label("Gradino 2");
    click(&mut harness, "Sposta giù il gradino 1");
    let steps: Vec<String> = lib_of(&harness).ladders[0].steps.iter().map(|s| s.situation.clone()).collect();
    assert_eq!(steps[0], "Chiamare un amico solo per salutarlo");

    // A new step typed with accents.
    type_into(&mut harness, &t!("ladders-add-field"), "Chiedere un'informazione allo sportello dell'ASL, già in fila");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(lib_of(&harness).ladders[0].steps.len(), 4);
    assert_eq!(
        lib_of(&harness).ladders[0].steps[3].situation,
        "Chiedere un'informazione allo sportello dell'ASL, già in fila"
    );

    // Undo names the change in Italian in the Edit menu.
    harness.key_press(Key::Escape);
    harness.run();
    click(&mut harness, &t!("shell-menu-edit"));
    let undo = t!("shell-undo-action", action = t!("ladders-undo-add-step"));
    assert!(undo.starts_with("Annulla"), "{undo}");
    harness.get_by_label_contains(&undo).click();
    harness.run();
    assert_eq!(lib_of(&harness).ladders[0].steps.len(), 3);

    // The template gallery shows the Italian templates; a copy is the person's own ladder.
    click(&mut harness, &t!("ladders-from-template"));
    click(&mut harness, "Telefonate");
    harness.get_by_label_contains("pizzeria");
    click(&mut harness, &t!("ladders-gallery-use"));
    let lib = lib_of(&harness);
    assert_eq!(lib.ladders.len(), 2);
    assert_eq!(lib.ladders[1].title, "Telefonate");
    assert!(lib.ladders[1].steps.iter().any(|s| s.situation.contains("pizzeria")));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(lib_of(&harness).ladders.len(), 1);
}

#[test]
fn an_import_in_italian() {
    let here = common::sample(7, 2, 50);
    let other = common::sample(8, 2, 60);
    let dialogs = Arc::new(QueuedDialogs::default());
    let (dir, mut harness, _clock) = open_in_italian(&here, dialogs.clone());
    let source = dir.path().join("dal portatile.stepwise.ron");
    store::save(&source, &other).unwrap();
    dialogs.answer(Some(source));
    click(&mut harness, "Progressi");
    harness.get_by_label(&t!("transfer-import-button")).click();
    harness.step();
    wait_for(&mut harness, "the preview", |app| matches!(app.import, Some(ImportState::Preview(_))));
    harness.get_by_label(&t!("transfer-preview-heading", name = "dal portatile.stepwise.ron"));
    harness.get_by_label_contains(&t!("transfer-preview-intro"));
    // Nothing has changed yet.
    assert_eq!(harness.state().app().library().unwrap(), &here);
    harness.get_by_label(&t!("transfer-import-confirm")).click();
    wait_for(&mut harness, "the import", |app| app.import.is_none());
    let merged = lib_of(&harness);
    assert_eq!(merged.ladders.len(), 4);
    assert_eq!(merged.exposures.len(), 110);
    // The notice says what happened, in Italian.
    let notices: Vec<String> = harness.state().app().view().notices.iter().map(|n| n.text.clone()).collect();
    assert!(notices.iter().any(|n| n.contains("dal portatile.stepwise.ron")), "{notices:?}");
    assert!(notices.iter().all(|n| !n.contains("Imported from")), "{notices:?}");
    assert!(!harness.get_by_label(&t!("transfer-import-button")).accesskit_node().is_disabled());
}
