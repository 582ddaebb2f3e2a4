//! The breathing pacer driven like a person would, with a pinned clock.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::time::Duration;

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use stepwise::Screen;
use stepwise::model::{Library, PacerContext};

mod common;
use common::{open, repaint_delay, settle};

fn library() -> Library {
    common::one_ladder("Calls", "I fear the phone", &[("Call a shop for opening hours", 2)])
}

#[test]
fn the_pacer_repaints_only_while_running_and_space_toggles_it() {
    let (_dir, mut harness, clock) = open(&library());
    harness.key_press(Key::B);
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Breathe);
    harness.get_by_label("Ready when you are");
    assert_eq!(repaint_delay(&harness), Duration::MAX, "idle while stopped");

    harness.get_by_label("Start").click();
    harness.step();
    harness.step();
    let delay = repaint_delay(&harness);
    assert!(delay <= Duration::from_millis(stepwise::app::PACER_FRAME_MILLIS), "animates while running: {delay:?}");
    harness.get_by_label("Breathe in");
    clock.advance_secs(5.0); // box breathing: 4 s in, then hold
    harness.step();
    harness.get_by_label("Hold");

    harness.key_press(Key::Space);
    harness.step();
    assert!(harness.state().app().view().pacer.timer.is_paused());
    // `run` only returns once nothing asks for another frame: a paused pacer must settle.
    harness.run();
    assert_eq!(repaint_delay(&harness), Duration::MAX, "paused: no repaints");
    clock.advance_secs(30.0);
    harness.step();
    harness.get_by_label("Hold"); // the phase is kept while paused

    harness.key_press(Key::Space);
    harness.step();
    assert!(harness.state().app().view().pacer.timer.is_running());
    harness.get_by_label("Stop").click();
    harness.step();
    settle(&mut harness, &clock);
    assert_eq!(repaint_delay(&harness), Duration::MAX, "stopped: no repaints");

    // The session was logged, as pacer use on its own, with its real breathing time.
    let sessions = harness.state().app().library().unwrap().pacer_sessions.clone();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].context, PacerContext::OnItsOwn);
    assert_eq!(sessions[0].duration_secs, 5);
    assert_eq!(sessions[0].pattern_name, "Box 4-4-4-4");
}

#[test]
fn a_session_ends_gently_at_its_length_and_is_logged() {
    let (_dir, mut harness, clock) = open(&library());
    harness.get_by_label("Breathe").click();
    harness.run();
    harness.get_by_label("1 min").click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.step();
    clock.advance_secs(61.0);
    harness.step();
    harness.step();
    assert!(!harness.state().app().view().pacer.is_active());
    harness.get_by_label("Well done");
    let sessions = harness.state().app().library().unwrap().pacer_sessions.clone();
    assert_eq!(sessions.len(), 1);
    // The frame came a second late; the log shows the minute that was breathed.
    assert_eq!(sessions[0].duration_secs, 60);
}

#[test]
fn a_custom_pattern_can_be_created_saved_and_chosen() {
    let (_dir, mut harness, _clock) = open(&library());
    harness.get_by_label("Breathe").click();
    harness.run();
    harness.get_by_label("New pattern").click();
    harness.run();
    harness.get_by_label("Pattern name").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("Pattern name").type_text("Slow 5-5");
    harness.run();
    harness.get_by_label("Save pattern").click();
    harness.run();
    let lib = harness.state().app().library().unwrap().clone();
    let custom = lib.settings.breathing_patterns.iter().find(|p| p.name == "Slow 5-5").unwrap();
    assert_eq!((custom.inhale_secs, custom.hold_in_secs, custom.exhale_secs, custom.hold_out_secs), (4, 2, 6, 0));
    assert_eq!(harness.state().app().view().pacer.pattern(&lib).unwrap().id, custom.id);
    harness.get_by_label("Make this the default").click();
    harness.run();
    assert_eq!(harness.state().app().library().unwrap().settings.default_pattern, Some(custom.id));
}

#[test]
fn breathing_from_the_safety_gate_is_logged_as_such_and_grounding_opens() {
    let (_dir, mut harness, clock) = open(&library());
    harness.get_by_label("Practice").click();
    harness.run();
    harness.get_by_label("Begin").click();
    harness.run();
    harness.get_by_label("Now 9").click();
    harness.run();
    harness.get_by_label("Continue").click();
    harness.run();
    harness.get_by_label("Try grounding").click();
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Breathe);
    harness.get_by_label_contains("Look around and name five things");
    harness.get_by_label("Next").click();
    harness.run();
    harness.get_by_label_contains("four things you can touch");
    harness.get_by_label("Start").click();
    harness.step();
    harness.step();
    clock.advance_secs(20.0);
    harness.get_by_label("Stop").click();
    harness.step();
    let sessions = harness.state().app().library().unwrap().pacer_sessions.clone();
    assert_eq!(sessions[0].context, PacerContext::SafetyGate);
}

#[test]
fn reduced_motion_is_a_saved_setting() {
    let (_dir, mut harness, _clock) = open(&library());
    harness.get_by_label("Breathe").click();
    harness.run();
    harness.get_by_label_contains("Reduce motion").click();
    harness.run();
    assert!(harness.state().app().library().unwrap().settings.reduced_motion);
}

#[test]
fn breathing_with_an_exposure_under_way_is_logged_as_part_of_it() {
    let (_dir, mut harness, clock) = open(&library());
    harness.get_by_label("Practice").click();
    harness.run();
    harness.get_by_label("Begin").click();
    harness.run();
    harness.key_press(Key::B);
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Breathe);
    harness.get_by_label("Start").click();
    harness.step();
    harness.step();
    clock.advance_secs(10.0);
    harness.get_by_label("Stop").click();
    harness.step();
    let sessions = harness.state().app().library().unwrap().pacer_sessions.clone();
    assert_eq!(sessions[0].context, PacerContext::BeforeExposure);
}

#[test]
fn quitting_mid_session_still_logs_it() {
    let (_dir, mut harness, clock) = open(&library());
    harness.get_by_label("Breathe").click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.step();
    clock.advance_secs(30.0);
    let mut shell = harness.into_state();
    let app = shell.app_mut();
    app.shutdown();
    assert_eq!(app.library().unwrap().pacer_sessions.len(), 1);
}
