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
    // Box breathing: a point goes round a square, one 200-point side per 4 s phase, eased. The
    // next frame comes when it has moved a point: leaving the corner, after
    // acos(1 - 2/200) / pi of the side's 4 s.
    harness.get_by_label("Breathe in");
    assert_delay(&mut harness, 0.180_214, "animates while running, slowly at the corner");
    clock.advance_secs(2.0);
    harness.step();
    assert_delay(&mut harness, 0.033, "mid-side: 30 frames a second at most");
    clock.advance_secs(3.0); // box breathing: 4 s in, then hold
    harness.step();
    harness.get_by_label("Hold");
    assert_delay(&mut harness, 0.033, "the point moves along the top while holding (a point in 18 ms)");

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

/// Asserts that, once egui has no more frames of its own to draw (a label that changed size,
/// a hover fading), the next frame is asked for `secs` from now (to the microsecond). The clock
/// does not move meanwhile.
fn assert_delay(harness: &mut common::App, secs: f64, what: &str) {
    for _ in 0..8 {
        if repaint_delay(harness) > Duration::ZERO {
            break;
        }
        harness.step();
    }
    let delay = repaint_delay(harness).as_secs_f64();
    assert!((delay - secs).abs() < 1e-6, "{what}: {delay} s instead of {secs} s");
}

/// Starts the pacer on `pattern` (a label on the Breathe screen).
fn start_pacer(pattern: &str) -> (tempfile::TempDir, common::App, std::sync::Arc<stepwise::clock::ManualClock>) {
    let (dir, mut harness, clock) = open(&library());
    harness.get_by_label("Breathe").click();
    harness.run();
    harness.get_by_label_contains(pattern).click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.step();
    harness.step();
    (dir, harness, clock)
}

#[test]
fn a_circle_holding_still_asks_for_one_frame_a_second() {
    // Relaxing 4-7-8: 4 s in, 7 s hold, 8 s out; a circle, still while holding.
    let (_dir, mut harness, clock) = start_pacer("Relaxing 4-7-8");
    clock.advance_secs(5.3);
    harness.step();
    harness.get_by_label("Hold");
    // The seconds left change at 6 s: the next frame comes 5 ms after that, then a second later.
    assert_delay(&mut harness, 0.705, "holding, at 5.3 s");
    clock.advance_secs(0.705);
    harness.step();
    assert_delay(&mut harness, 1.0, "holding, at 6.005 s");
    // Breathing out, mid-way: the radius moves a point (of 78 over 8 s, eased) in 65 ms.
    clock.advance_secs(8.995);
    harness.step();
    harness.get_by_label("Breathe out");
    assert_delay(&mut harness, 0.065_301, "breathing out, mid-way");
}

#[test]
fn the_measured_cost_of_a_frame_slows_the_pacer_to_its_cpu_budget() {
    let (_dir, mut harness, clock) = start_pacer("Box 4-4-4-4");
    clock.advance_secs(1.5);
    // Frames that cost 13 ms of CPU each (Mesa's software renderer): once a window of them has
    // used 0.1 s, frames come no more often than 13 ms / 8 % = 162.5 ms.
    for _ in 0..10 {
        clock.advance_cpu_secs(0.013);
        clock.advance_secs(0.05);
        harness.step();
    }
    assert_delay(&mut harness, 0.1625, "mid-side, where it was 33 ms");
    // Leaving the Breathe screen stops the measuring and keeps the session going: one frame,
    // when it ends (2 minutes, 2 s of it breathed).
    harness.get_by_label("Ladders").click();
    harness.step();
    assert_eq!(harness.state().app().view().screen, Screen::Ladders);
    settle(&mut harness, &clock);
    let delay = repaint_delay(&harness);
    assert!(delay > Duration::from_secs(110) && delay < Duration::from_secs(118), "{delay:?}");
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
