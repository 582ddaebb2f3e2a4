//! The guided exposure driven like a person would, with a pinned clock.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::sync::Arc;
use std::time::Duration;

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stepwise::Screen;
use stepwise::clock::ManualClock;
use stepwise::model::{DraftStage, Ladder, Library, Outcome, Rating, Timestamp};
use stepwise::store;
use stepwise::view::PracticeMessage;

mod common;
use common::{App, repaint_delay, settle};

fn library() -> Library {
    common::one_ladder(
        "Phone calls",
        "I fear sounding awkward on the phone",
        &[
            ("Call a shop to ask its opening hours", 2),
            ("Call a friend just to say hello", 3),
            ("Call the dentist to book", 6),
        ],
    )
}

/// Opens the app on `lib`, on the Practice screen.
fn open(lib: &Library) -> (tempfile::TempDir, App, Arc<ManualClock>) {
    let (dir, mut harness, clock) = common::open(lib);
    harness.get_by_label("Practice").click();
    harness.run();
    (dir, harness, clock)
}

fn lib_of(harness: &App) -> Library {
    harness.state().app().library().unwrap().clone()
}

fn click(harness: &mut App, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn type_into(harness: &mut App, label: &str, text: &str) {
    click(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Parts 1-3: start (with `start`: "Begin" or the away-from-screen button), rate `now`, predict.
fn begin_and_predict(harness: &mut App, start: &str, now: u8, feared: &str) {
    click(harness, start);
    click(harness, &format!("Now {now}"));
    click(harness, "Continue");
    type_into(harness, "Feared outcome", feared);
    click(harness, "Continue");
}

#[test]
fn a_whole_exposure_from_choosing_to_a_saved_rating() {
    let (dir, mut harness, clock) = open(&library());
    harness.get_by_label_contains("Start with step 1");
    click(&mut harness, "Begin");
    assert_eq!(lib_of(&harness).in_progress.as_ref().unwrap().stage, DraftStage::Rate);

    click(&mut harness, "Now 3");
    click(&mut harness, "Continue");
    type_into(&mut harness, "Feared outcome", "The shop assistant will sound annoyed");
    click(&mut harness, "Continue");
    assert_eq!(lib_of(&harness).in_progress.as_ref().unwrap().stage, DraftStage::DoIt);

    click(&mut harness, "Start timer");
    harness.get_by_label("3:00 left");
    // The timer follows the clock, not frames: 100 s later it shows 1:20, whatever was drawn.
    clock.advance_secs(100.0);
    harness.run();
    harness.get_by_label("1:20 left");
    // The exposure under way is in the saved file: closing now would lose nothing.
    clock.advance_secs(1.0);
    for _ in 0..12_000 {
        harness.step();
        if !harness.state().app().view().unsaved {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let on_disk = store::load(&dir.path().join("library.ron")).unwrap();
    assert_eq!(on_disk.in_progress.unwrap().stage, DraftStage::DoIt);

    // When time is up the reflection opens by itself.
    clock.advance_secs(100.0);
    harness.run();
    harness.get_by_label_contains("Time is up");
    assert_eq!(lib_of(&harness).in_progress.as_ref().unwrap().stage, DraftStage::Reflect);

    // The reflection cannot be skipped: saving is not offered until it is complete.
    assert!(harness.get_by_label("Save exposure").accesskit_node().is_disabled());
    click(&mut harness, "After 1");
    click(&mut harness, "Peak 5");
    click(&mut harness, "No");
    type_into(&mut harness, "What I learned", "They were friendly and quick.");
    click(&mut harness, "Save exposure");

    let lib = lib_of(&harness);
    assert!(lib.in_progress.is_none());
    assert_eq!(lib.exposures.len(), 1);
    let e = &lib.exposures[0];
    assert_eq!((e.before.get(), e.peak.get(), e.after.get()), (3, 5, 1));
    assert_eq!(e.reflection.outcome, Outcome::DidNotHappen);
    assert_eq!(e.reflection.learned, "They were friendly and quick.");
    assert_eq!(e.expectancy.feared_outcome, "The shop assistant will sound annoyed");
    assert_eq!(e.ended.unix_secs() - e.started.unix_secs(), 201);
    assert!(matches!(harness.state().app().view().practice_message, Some(PracticeMessage::Saved { .. })));
    harness.get_by_label_contains("from 3 to 1");
    harness.get_by_label_contains("50 % chance");
}

#[test]
fn the_gate_blocks_at_eight_and_offers_breathing_and_crisis_lines() {
    let (_dir, mut harness, _clock) = open(&library());
    click(&mut harness, "Begin");
    click(&mut harness, "Now 8");
    click(&mut harness, "Continue");
    let lib = lib_of(&harness);
    assert!(lib.exposures.is_empty());
    assert_eq!(lib.in_progress.as_ref().unwrap().stage, DraftStage::Rate, "the exposure did not start");
    assert_eq!(lib.in_progress.as_ref().unwrap().before, None, "the rating was not recorded");
    // Only the rating is kept, for noticing ratings that stay high (never counted as a try).
    let kept: Vec<u8> = lib.gate_blocks.iter().map(|b| b.rating.get()).collect();
    assert_eq!(kept, [8]);
    harness.get_by_label_contains("Call or text 988");
    click(&mut harness, "Breathe with the pacer");
    assert_eq!(harness.state().app().view().screen, Screen::Breathe);
}

#[test]
fn the_crisis_tick_blocks_whatever_the_rating() {
    let (_dir, mut harness, _clock) = open(&library());
    click(&mut harness, "Begin");
    click(&mut harness, "Now 2");
    click(&mut harness, "I'm in crisis right now");
    click(&mut harness, "Continue");
    assert!(matches!(harness.state().app().view().practice_message, Some(PracticeMessage::Blocked(_))));
    assert_eq!(lib_of(&harness).in_progress.unwrap().stage, DraftStage::Rate);
    click(&mut harness, "Stop here for today");
    assert!(lib_of(&harness).in_progress.is_none());
    assert!(lib_of(&harness).exposures.is_empty());
    assert!(lib_of(&harness).gate_blocks.is_empty(), "a crisis is not a rating");
}

#[test]
fn a_step_above_four_needs_the_override_tick_which_is_recorded() {
    let (_dir, mut harness, _clock) = open(&library());
    harness.get_by_label("Choose another step").click();
    harness.run();
    harness.get_by_label_contains("3. Call the dentist to book").click();
    harness.run();
    harness.get_by_label_contains("Your chosen step: step 3");
    assert!(harness.get_by_label("Begin").accesskit_node().is_disabled());
    click(&mut harness, "I choose this step anyway");
    click(&mut harness, "Begin");
    assert!(lib_of(&harness).in_progress.unwrap().override_note.is_some());
}

#[test]
fn an_exposure_done_away_from_the_screen_skips_the_timer() {
    let (_dir, mut harness, _clock) = open(&library());
    begin_and_predict(&mut harness, "Log one I did away from the screen", 4, "I will stumble over my words");
    assert_eq!(lib_of(&harness).in_progress.unwrap().stage, DraftStage::Reflect);
    click(&mut harness, "After 2");
    click(&mut harness, "Peak 4");
    click(&mut harness, "Partly");
    type_into(&mut harness, "What I learned", "A stumble is not a disaster.");
    click(&mut harness, "Save exposure");
    let lib = lib_of(&harness);
    assert_eq!(lib.exposures.len(), 1);
    assert!(lib.exposures[0].away_from_screen);
}

#[test]
fn the_timer_repaints_only_while_it_runs() {
    let (_dir, mut harness, clock) = open(&library());
    begin_and_predict(&mut harness, "Begin", 3, "I will stammer");
    settle(&mut harness, &clock);
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle before the timer starts");
    click(&mut harness, "Start timer");
    settle(&mut harness, &clock);
    assert!(repaint_delay(&harness) <= Duration::from_secs(1), "ticks while running");
    click(&mut harness, "Pause");
    settle(&mut harness, &clock);
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle while paused");
    click(&mut harness, "Resume");
    clock.advance_secs(300.0);
    // Time is up: the reflection opens by itself (and is saved), then nothing ticks. A save
    // still being written (on the store thread, slower on a busy machine) lands first.
    harness.run();
    common::wait_for(&mut harness, "the save being written", |app| !app.saving);
    settle(&mut harness, &clock);
    harness.get_by_label_contains("Time is up");
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle once time is up");
}

#[test]
fn an_override_tick_counts_only_for_the_step_it_was_given_for() {
    let mut lib = library();
    let r = Rating::saturating;
    lib.ladders.push(Ladder::new(
        "Meetings",
        "I fear speaking up",
        &[("Say hello at the start of a call", r(2)), ("Ask one question in the call", r(6))],
        Timestamp::EPOCH,
    ));
    let (_dir, mut harness, _clock) = open(&lib);
    harness.get_by_label("Choose another step").click();
    harness.run();
    harness.get_by_label_contains("3. Call the dentist to book").click();
    harness.run();
    click(&mut harness, "I choose this step anyway");
    // Now another ladder and its high step: the tick given above must not carry over.
    harness.get_by_label("Ladder").click();
    harness.run();
    harness.get_by_label("Meetings").click();
    harness.run();
    harness.get_by_label_contains("2. Ask one question in the call").click();
    harness.run();
    assert!(harness.get_by_label("Begin").accesskit_node().is_disabled());
}

#[test]
fn discarding_a_reflection_asks_first() {
    let (_dir, mut harness, _clock) = open(&library());
    begin_and_predict(&mut harness, "Log one I did away from the screen", 4, "I will stumble");
    click(&mut harness, "Cancel this exposure");
    assert!(lib_of(&harness).in_progress.is_some(), "one click does not discard");
    click(&mut harness, "Keep going");
    click(&mut harness, "Cancel this exposure");
    click(&mut harness, "Discard it");
    assert!(lib_of(&harness).in_progress.is_none());
}
