//! Unit tests of `breathing`, with pinned time.

// Exact float comparisons are the point here: the maths is done in whole milliseconds.
#![allow(clippy::float_cmp)]

use super::*;
use crate::model::{PatternId, default_breath_patterns};
use crate::sample::Rng;

fn pattern(secs: [u8; 4]) -> BreathPattern {
    BreathPattern {
        id: PatternId(99),
        name: "Test".to_owned(),
        inhale_secs: secs[0],
        hold_in_secs: secs[1],
        exhale_secs: secs[2],
        hold_out_secs: secs[3],
        changed: crate::model::PatternChanged::default(),
    }
}

fn preset(name_start: &str) -> BreathPattern {
    default_breath_patterns().into_iter().find(|p| p.name.starts_with(name_start)).expect("preset exists")
}

/// Checks the instant 1 ms before and exactly at each boundary of `p`'s phases, given as
/// (boundary second, phase ending there, its length, phase starting there).
fn check_boundaries(p: &BreathPattern, boundaries: &[(f64, Phase, f64, Phase)]) {
    for &(at, before, before_len, after) in boundaries {
        let (phase, fraction) = phase_at(p, at - 0.001);
        assert_eq!(phase, before, "{} just before {at}", p.name);
        assert_eq!(fraction, (before_len * 1000.0 - 1.0) / (before_len * 1000.0), "{} just before {at}", p.name);
        let position = position_at(p, at - 0.001);
        assert_eq!(position.secs_left_in_phase, 0.001);
        assert_eq!(phase_at(p, at), (after, 0.0), "{} at {at}", p.name);
    }
}

#[test]
fn labels_are_plain_ascii() {
    let en = crate::i18n::Lang::english();
    let label = |phase: Phase| crate::i18n::tr_in(en, phase.message_id(), &[]);
    assert_eq!(label(Phase::Inhale), "Breathe in");
    assert_eq!(label(Phase::HoldIn), "Hold");
    assert_eq!(label(Phase::Exhale), "Breathe out");
    assert_eq!(label(Phase::HoldOut), "Hold");
    assert!(Phase::ALL.iter().all(|p| label(*p).is_ascii()));
    // `label` is the message in the language in use.
    assert!(Phase::ALL.iter().all(|p| p.label() == crate::i18n::tr(p.message_id())));
}

#[test]
fn labels_and_problems_read_in_italian() {
    let it = crate::i18n::Lang::from_tag("it").expect("Stepwise has Italian");
    let label = |phase: Phase| crate::i18n::tr_in(it, phase.message_id(), &[]);
    assert_eq!(label(Phase::Inhale), "Inspira");
    assert_eq!(label(Phase::HoldIn), "Trattieni");
    assert_eq!(label(Phase::Exhale), "Espira");
    assert_eq!(label(Phase::HoldOut), "Trattieni");
    let args = [("max", crate::i18n::Arg::from(MAX_PHASE_SECS)), ("secs", crate::i18n::Arg::from(21_u8))];
    assert_eq!(
        crate::i18n::tr_in(it, "breathe-error-inhale-too-long", &args),
        "L'inspirazione può durare al massimo 20 secondi, non 21."
    );
    assert_eq!(
        crate::i18n::tr_in(crate::i18n::Lang::english(), "breathe-error-hold-out-too-long", &args),
        "Holding out can last at most 20 seconds, not 21."
    );
    assert_eq!(
        crate::i18n::tr_in(it, "breathe-error-no-breath", &[]),
        "L'inspirazione o l'espirazione deve durare almeno 1 secondo."
    );
}

#[test]
fn cycle_lengths_of_presets() {
    assert_eq!(cycle_millis(&preset("Box")), 16_000);
    assert_eq!(cycle_millis(&preset("Long exhale")), 14_000);
    assert_eq!(cycle_millis(&preset("Relaxing")), 19_000);
}

#[test]
fn box_boundaries_are_exact() {
    use Phase::{Exhale, HoldIn, HoldOut, Inhale};
    let p = preset("Box");
    assert_eq!(phase_at(&p, 0.0), (Inhale, 0.0));
    check_boundaries(
        &p,
        &[
            (4.0, Inhale, 4.0, HoldIn),
            (8.0, HoldIn, 4.0, Exhale),
            (12.0, Exhale, 4.0, HoldOut),
            (16.0, HoldOut, 4.0, Inhale),
            (32.0, HoldOut, 4.0, Inhale),
        ],
    );
    assert_eq!(position_at(&p, 16.0).cycle, 1);
    assert_eq!(position_at(&p, 15.999).cycle, 0);
}

#[test]
fn long_exhale_boundaries_skip_the_empty_hold() {
    use Phase::{Exhale, HoldIn, Inhale};
    let p = preset("Long exhale");
    assert_eq!(p.hold_out_secs, 0);
    check_boundaries(
        &p,
        &[
            (4.0, Inhale, 4.0, HoldIn),
            (8.0, HoldIn, 4.0, Exhale),
            (14.0, Exhale, 6.0, Inhale),
            (28.0, Exhale, 6.0, Inhale),
        ],
    );
}

#[test]
fn relaxing_boundaries_skip_the_empty_hold() {
    use Phase::{Exhale, HoldIn, Inhale};
    let p = preset("Relaxing");
    assert_eq!(p.hold_out_secs, 0);
    check_boundaries(&p, &[(4.0, Inhale, 4.0, HoldIn), (11.0, HoldIn, 7.0, Exhale), (19.0, Exhale, 8.0, Inhale)]);
}

#[test]
fn zero_length_holds_are_skipped() {
    use Phase::{Exhale, HoldOut, Inhale};
    // No hold after breathing in: breathing out follows at once.
    let p = pattern([3, 0, 5, 2]);
    assert_eq!(phase_at(&p, 2.999).0, Inhale);
    assert_eq!(phase_at(&p, 3.0), (Exhale, 0.0));
    assert_eq!(phase_at(&p, 8.0), (HoldOut, 0.0));
    assert_eq!(phase_at(&p, 10.0), (Inhale, 0.0));
    // Only breathing out.
    let p = pattern([0, 0, 5, 0]);
    assert_eq!(phase_at(&p, 0.0), (Exhale, 0.0));
    assert_eq!(phase_at(&p, 5.0), (Exhale, 0.0));
    assert_eq!(position_at(&p, 5.0).cycle, 1);
    // Breathing out and a hold, no breathing in.
    let p = pattern([0, 4, 4, 0]);
    assert_eq!(phase_at(&p, 0.0), (Phase::HoldIn, 0.0));
    assert_eq!(phase_at(&p, 8.0), (Phase::HoldIn, 0.0));
}

#[test]
fn negative_nan_and_infinite_times_are_safe() {
    let p = preset("Box");
    assert_eq!(phase_at(&p, -5.0), (Phase::Inhale, 0.0));
    assert_eq!(phase_at(&p, f64::NAN), (Phase::Inhale, 0.0));
    assert_eq!(phase_at(&p, f64::NEG_INFINITY), (Phase::Inhale, 0.0));
    let far = position_at(&p, f64::INFINITY);
    assert!((0.0..1.0).contains(&far.fraction));
    // An invalid all-zero pattern does not divide by zero.
    let empty = pattern([0, 0, 0, 0]);
    assert_eq!(cycle_millis(&empty), 0);
    assert_eq!(phase_at(&empty, 12.0), (Phase::Inhale, 0.0));
}

#[test]
fn long_runs_have_no_drift() {
    let cases: [(&str, f64, Phase, f64, f64, u64); 9] = [
        // (pattern, elapsed, phase, offset ms into it, phase ms, completed cycles)
        ("Box", 600.0, Phase::Exhale, 0.0, 4000.0, 37),
        ("Box", 36_000.0, Phase::Inhale, 0.0, 4000.0, 2250),
        ("Box", 36_000.001, Phase::Inhale, 1.0, 4000.0, 2250),
        ("Long exhale", 600.0, Phase::Exhale, 4000.0, 6000.0, 42),
        ("Long exhale", 36_000.0, Phase::HoldIn, 2000.0, 4000.0, 2571),
        ("Long exhale", 36_000.001, Phase::HoldIn, 2001.0, 4000.0, 2571),
        ("Relaxing", 600.0, Phase::Exhale, 0.0, 8000.0, 31),
        ("Relaxing", 36_000.0, Phase::Exhale, 3000.0, 8000.0, 1894),
        ("Relaxing", 36_000.001, Phase::Exhale, 3001.0, 8000.0, 1894),
    ];
    for (name, elapsed, phase, offset_ms, len_ms, cycle) in cases {
        let p = preset(name);
        let position = position_at(&p, elapsed);
        assert_eq!(position.phase, phase, "{name} at {elapsed}");
        assert_eq!(position.fraction, offset_ms / len_ms, "{name} at {elapsed}");
        assert_eq!(position.secs_left_in_phase, (len_ms - offset_ms) / 1000.0, "{name} at {elapsed}");
        assert_eq!(position.cycle, cycle, "{name} at {elapsed}");
        assert_eq!(phase_at(&p, elapsed), (position.phase, position.fraction));
    }
}

#[test]
fn property_random_patterns_and_times() {
    let mut rng = Rng::new(20_240_601);
    for _ in 0..2_000 {
        let mut secs = [0u8; 4];
        for s in &mut secs {
            *s = rng.below(21) as u8;
        }
        if secs[0] == 0 && secs[2] == 0 {
            secs[2 * rng.below(2) as usize] = 1 + rng.below(20) as u8;
        }
        assert!(validate_pattern(secs[0], secs[1], secs[2], secs[3]).is_ok());
        let p = pattern(secs);
        let cycle_ms = cycle_millis(&p);
        let cycle_secs = cycle_ms as f64 / 1000.0;

        // Any instant, down to the microsecond.
        let t = rng.below(100_000_000_000) as f64 / 1_000_000.0;
        let position = position_at(&p, t);
        assert!((0.0..1.0).contains(&position.fraction), "{secs:?} at {t}: {position:?}");
        let len = f64::from(phase_secs(&p, position.phase));
        assert!(len > 0.0, "{secs:?} at {t}: zero-length {:?}", position.phase);
        assert!(position.secs_left_in_phase > 0.0 && position.secs_left_in_phase <= len, "{secs:?} at {t}");
        let t_ms = (t * 1000.0).round() as u64;
        assert_eq!(position.cycle, t_ms / cycle_ms, "{secs:?} at {t}");
        assert_eq!(phase_at(&p, t), (position.phase, position.fraction));

        // Whole-millisecond instants repeat exactly a whole number of cycles later.
        let t = rng.below(100_000_000) as f64 / 1000.0;
        let k = rng.below(1_000);
        let here = position_at(&p, t);
        let later = position_at(&p, t + k as f64 * cycle_secs);
        assert_eq!(phase_at(&p, t), phase_at(&p, t + k as f64 * cycle_secs), "{secs:?} at {t} + {k} cycles");
        assert_eq!(later.secs_left_in_phase, here.secs_left_in_phase);
        assert_eq!(later.cycle, here.cycle + k);
    }
}

#[test]
fn ease_endpoints_clamping_and_monotonicity() {
    assert_eq!(ease_in_out(0.0), 0.0);
    assert_eq!(ease_in_out(1.0), 1.0);
    assert!((ease_in_out(0.5) - 0.5).abs() < 1e-12);
    assert_eq!(ease_in_out(-3.0), 0.0);
    assert_eq!(ease_in_out(7.0), 1.0);
    assert_eq!(ease_in_out(f64::NAN), 0.0);
    let mut previous = 0.0;
    for i in 1..=1000 {
        let value = ease_in_out(f64::from(i) / 1000.0);
        assert!(value > previous, "not increasing at {i}");
        previous = value;
    }
}

#[test]
fn breath_level_endpoints_and_monotonicity() {
    assert_eq!(breath_level(Phase::Inhale, 0.0), 0.0);
    assert_eq!(breath_level(Phase::Inhale, 1.0), 1.0);
    assert_eq!(breath_level(Phase::HoldIn, 0.3), 1.0);
    assert_eq!(breath_level(Phase::Exhale, 0.0), 1.0);
    assert_eq!(breath_level(Phase::Exhale, 1.0), 0.0);
    assert_eq!(breath_level(Phase::HoldOut, 0.7), 0.0);
    for i in 1..=1000 {
        let (a, b) = (f64::from(i - 1) / 1000.0, f64::from(i) / 1000.0);
        assert!(breath_level(Phase::Inhale, b) > breath_level(Phase::Inhale, a));
        assert!(breath_level(Phase::Exhale, b) < breath_level(Phase::Exhale, a));
        for phase in Phase::ALL {
            assert!((0.0..=1.0).contains(&breath_level(phase, b)));
        }
    }
    // Continuous through a whole box cycle: no jumps at the phase boundaries.
    let p = preset("Box");
    let mut previous = 0.0;
    for ms in 0..=16_000 {
        let (phase, fraction) = phase_at(&p, f64::from(ms) / 1000.0);
        let level = breath_level(phase, fraction);
        assert!((level - previous).abs() < 0.001, "jump at {ms} ms");
        previous = level;
    }
}

#[test]
fn square_point_goes_round_the_corners() {
    assert_eq!(square_point(Phase::Inhale, 0.0), (0.0, 0.0));
    assert_eq!(square_point(Phase::Inhale, 1.0), (0.0, 1.0));
    assert_eq!(square_point(Phase::HoldIn, 0.0), (0.0, 1.0));
    assert_eq!(square_point(Phase::HoldIn, 1.0), (1.0, 1.0));
    assert_eq!(square_point(Phase::Exhale, 0.0), (1.0, 1.0));
    assert_eq!(square_point(Phase::Exhale, 1.0), (1.0, 0.0));
    assert_eq!(square_point(Phase::HoldOut, 0.0), (1.0, 0.0));
    assert_eq!(square_point(Phase::HoldOut, 1.0), (0.0, 0.0));
    assert_eq!(square_point(Phase::Inhale, 0.5), (0.0, 0.5));
    assert_eq!(square_point(Phase::HoldIn, 2.0), (1.0, 1.0));
    assert_eq!(square_point(Phase::HoldOut, f64::NAN), (1.0, 0.0));
}

#[test]
fn session_length_by_cycles_and_minutes() {
    let p = preset("Box");
    assert_eq!(SessionLength::default(), SessionLength::Minutes(2));
    assert!(!is_finished(&p, SessionLength::Cycles(3), 47.999));
    assert!(is_finished(&p, SessionLength::Cycles(3), 48.0));
    assert!(is_finished(&p, SessionLength::Cycles(0), 0.0));
    assert!(!is_finished(&p, SessionLength::Minutes(2), 119.999));
    assert!(is_finished(&p, SessionLength::Minutes(2), 120.0));
    assert!(!is_finished(&p, SessionLength::Minutes(1), f64::NAN));
    assert!(!is_finished(&p, SessionLength::Minutes(1), -100.0));
    assert!(is_finished(&pattern([0, 0, 0, 0]), SessionLength::Cycles(5), 0.0));
}

#[test]
fn timer_pause_freezes_the_phase_and_resume_continues() {
    let p = preset("Box");
    let mut timer = PacerTimer::new();
    assert!(!timer.is_running() && !timer.is_paused());
    assert_eq!(timer.elapsed_secs(50.0), 0.0);

    timer.start(100.0);
    assert!(timer.is_running());
    assert_eq!(timer.elapsed_secs(105.5), 5.5);

    timer.pause(105.5);
    assert!(timer.is_paused() && !timer.is_running());
    let frozen = phase_at(&p, timer.elapsed_secs(105.5));
    assert_eq!(frozen, (Phase::HoldIn, 0.375));
    for later in [106.0, 200.0, 10_000.0] {
        assert_eq!(timer.elapsed_secs(later), 5.5);
        assert_eq!(phase_at(&p, timer.elapsed_secs(later)), frozen);
    }
    timer.pause(500.0); // Pausing twice changes nothing.
    assert_eq!(timer.elapsed_secs(600.0), 5.5);

    timer.resume(1_000.0);
    assert!(timer.is_running());
    assert_eq!(timer.elapsed_secs(1_000.0), 5.5);
    assert_eq!(phase_at(&p, timer.elapsed_secs(1_000.0)), frozen);
    assert_eq!(timer.elapsed_secs(1_002.5), 8.0);
    assert_eq!(phase_at(&p, timer.elapsed_secs(1_002.5)), (Phase::Exhale, 0.0));
    timer.resume(2_000.0); // Resuming while running changes nothing.
    assert_eq!(timer.elapsed_secs(1_002.5), 8.0);
    // A clock reading from before the resume never goes backwards past the frozen time.
    assert_eq!(timer.elapsed_secs(900.0), 5.5);

    timer.stop();
    assert!(!timer.is_running() && !timer.is_paused());
    assert_eq!(timer.elapsed_secs(1_010.0), 0.0);
    timer.resume(1_020.0); // Resuming a stopped timer does nothing.
    assert!(!timer.is_running());

    timer.start(2_000.0);
    assert_eq!(timer.elapsed_secs(2_001.0), 1.0);
}

#[test]
fn validate_pattern_explains_problems() {
    assert!(validate_pattern(4, 4, 4, 4).is_ok());
    assert!(validate_pattern(4, 0, 0, 0).is_ok());
    assert!(validate_pattern(0, 0, 6, 0).is_ok());
    assert!(validate_pattern(20, 20, 20, 20).is_ok());
    for p in default_breath_patterns() {
        assert!(validate_pattern(p.inhale_secs, p.hold_in_secs, p.exhale_secs, p.hold_out_secs).is_ok());
    }
    let err = validate_pattern(0, 4, 0, 4).unwrap_err();
    assert!(err.contains("Breathing in or breathing out"), "{err}");
    let err = validate_pattern(21, 0, 4, 0).unwrap_err();
    assert!(err.contains("Breathing in") && err.contains("20 seconds"), "{err}");
    let err = validate_pattern(4, 30, 4, 0).unwrap_err();
    assert!(err.contains("Holding in") && err.contains("30"), "{err}");
    let err = validate_pattern(4, 0, 255, 0).unwrap_err();
    assert!(err.contains("Breathing out"), "{err}");
    let err = validate_pattern(4, 0, 4, 21).unwrap_err();
    assert!(err.contains("Holding out"), "{err}");
    assert!(validate_pattern(0, 0, 0, 0).unwrap_err().contains("at least 1 second"));
}

/// The frames the pacer asks for from `from` to `to` seconds of the session, each at the
/// time [`next_frame_in`] gave at the previous one.
fn frames(p: &BreathPattern, shape: PacerShape, cost: Option<f64>, from: f64, to: f64) -> Vec<f64> {
    let mut times = vec![from];
    let mut t = from;
    loop {
        t += next_frame_in(p, shape, t, cost);
        if t >= to {
            return times;
        }
        times.push(t);
    }
}

/// Frames per phase over whole cycles (the first cycle after a start, then a steady one).
fn frames_per_phase(p: &BreathPattern, shape: PacerShape, cost: Option<f64>) -> [usize; 4] {
    let cycle = cycle_millis(p) as f64 / 1000.0;
    let mut counts = [0; 4];
    for t in frames(p, shape, cost, 0.0, 2.0 * cycle) {
        counts[Phase::ALL.iter().position(|ph| *ph == position_at(p, t).phase).unwrap()] += 1;
    }
    counts
}

#[test]
fn the_shape_follows_the_pattern_and_the_setting() {
    assert_eq!(PacerShape::of(&preset("Box"), false), PacerShape::Square);
    assert_eq!(PacerShape::of(&preset("Long exhale"), false), PacerShape::Circle);
    assert_eq!(PacerShape::of(&preset("Relaxing"), false), PacerShape::Circle);
    assert_eq!(PacerShape::of(&pattern([4, 4, 4, 0]), false), PacerShape::Circle, "a hold skipped");
    assert_eq!(PacerShape::of(&pattern([5, 5, 5, 5]), false), PacerShape::Square);
    assert_eq!(PacerShape::of(&preset("Box"), true), PacerShape::Bar);
    assert_eq!(PacerShape::of(&preset("Relaxing"), true), PacerShape::Bar);
}

#[test]
fn frames_come_when_the_shape_has_moved_a_point_or_the_words_change() {
    let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let (square, circle, bar) = (PacerShape::Square, PacerShape::Circle, PacerShape::Bar);
    let boxp = preset("Box");
    // Leaving a corner the point is slow: 1 point of 200 is reached after
    // acos(1 - 2/200) / pi of the 4 s side.
    assert!(close(next_frame_in(&boxp, square, 0.0, None), 0.180_214), "start");
    assert!(close(next_frame_in(&boxp, square, 4.0, None), 0.180_214), "the next side");
    // Mid-side it moves 78.5 points a second: the shortest interval, 33 ms.
    assert!(close(next_frame_in(&boxp, square, 2.0, None), 0.033));
    // Just before a corner, and just before the seconds left change: still 33 ms.
    assert!(close(next_frame_in(&boxp, square, 3.999, None), 0.033));
    assert!(close(next_frame_in(&boxp, square, 0.998, None), 0.033));
    let relaxing = preset("Relaxing");
    // 4 s in, 7 s hold (still: once a second, 5 ms after it), 8 s out.
    assert!(close(next_frame_in(&relaxing, circle, 5.3, None), 0.705));
    assert!(close(next_frame_in(&relaxing, circle, 4.0, None), 1.005));
    assert!(close(next_frame_in(&relaxing, circle, 10.5, None), 0.505), "then breathing out");
    // Breathing out, mid-way: 78 points over 8 s, eased: asin(2/78) / pi of 8 s.
    assert!(close(next_frame_in(&relaxing, circle, 15.0, None), 0.065_301));
    // Starting to breathe out: acos(1 - 2/78) / pi of 8 s.
    assert!(close(next_frame_in(&relaxing, circle, 11.0, None), 0.577_903));
    // Reduced motion: the bar moves 70 points a second, ten frames a second at most.
    assert!(close(next_frame_in(&boxp, bar, 1.0, None), 0.1));
    assert!(close(next_frame_in(&relaxing, bar, 5.3, None), 0.1), "the bar fills in holds too");
}

#[test]
fn the_measured_cost_of_a_frame_keeps_the_pacer_within_its_cpu_budget() {
    let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let boxp = preset("Box");
    let relaxing = preset("Relaxing");
    let square = PacerShape::Square;
    // 13 ms a frame (a software renderer): at most one frame every 13 / 0.08 = 162.5 ms.
    assert!(close(next_frame_in(&boxp, square, 2.0, Some(0.013)), 0.1625));
    // Slower than that already where the point is slow.
    assert!(close(next_frame_in(&boxp, square, 0.0, Some(0.013)), 0.180_214));
    // Cheap frames (a GPU): 2 ms / 0.08 = 25 ms, under the 33 ms floor.
    assert!(close(next_frame_in(&boxp, square, 2.0, Some(0.002)), 0.033));
    // A very slow renderer still shows the shape once a second.
    assert!(close(next_frame_in(&boxp, square, 2.0, Some(0.5)), 1.0));
    // A hold costs one frame a second whatever the cost.
    assert!(close(next_frame_in(&relaxing, PacerShape::Circle, 5.3, Some(0.013)), 0.705));
    // Reduced motion: 100 ms unless the budget asks for more.
    assert!(close(next_frame_in(&boxp, PacerShape::Bar, 1.0, Some(0.004)), 0.1));
    assert!(close(next_frame_in(&boxp, PacerShape::Bar, 1.0, Some(0.013)), 0.1625));
    // A cost that is not a number, or not positive, is no measure.
    for bad in [f64::NAN, f64::INFINITY, -1.0, 0.0] {
        assert!(close(next_frame_in(&boxp, square, 2.0, Some(bad)), 0.033), "{bad}");
    }
}

#[test]
fn frames_per_phase_over_two_cycles() {
    use PacerShape::{Bar, Circle, Square};
    let cases: [(&str, PacerShape, Option<f64>, [usize; 4]); 12] = [
        // Box 4-4-4-4: the point moves in every phase.
        ("Box", Square, None, [214, 214, 214, 214]),
        ("Box", Square, Some(0.005), [121, 120, 120, 120]),
        ("Box", Square, Some(0.013), [49, 50, 49, 49]),
        ("Box", Bar, None, [80, 80, 80, 80]),
        // Circles: one frame a second while holding.
        ("Long exhale", Circle, None, [159, 8, 162, 0]),
        ("Long exhale", Circle, Some(0.005), [109, 8, 144, 0]),
        ("Long exhale", Circle, Some(0.013), [49, 8, 68, 0]),
        ("Long exhale", Bar, None, [80, 80, 120, 0]),
        ("Relaxing", Circle, None, [158, 14, 160, 0]),
        ("Relaxing", Circle, Some(0.005), [109, 14, 158, 0]),
        ("Relaxing", Circle, Some(0.013), [48, 14, 86, 0]),
        ("Relaxing", Bar, None, [80, 140, 160, 0]),
    ];
    for (name, shape, cost, expected) in cases {
        assert_eq!(frames_per_phase(&preset(name), shape, cost), expected, "{name} {shape:?} {cost:?}");
    }
}

/// Where the drawing is at `t`, in points along its path within the phase.
fn drawn_at(p: &BreathPattern, shape: PacerShape, t: f64) -> f64 {
    let position = position_at(p, t);
    match shape {
        PacerShape::Circle => f64::from(CIRCLE_GROWTH) * breath_level(position.phase, position.fraction),
        PacerShape::Square => f64::from(SQUARE_SIDE) * ease_in_out(position.fraction),
        PacerShape::Bar => f64::from(BAR_WIDTH) * position.fraction,
    }
}

#[test]
fn property_the_words_are_never_late_and_the_shape_never_jumps() {
    let mut rng = Rng::new(20_261_202);
    let mut patterns = vec![preset("Box"), preset("Long exhale"), preset("Relaxing")];
    for _ in 0..12 {
        let mut secs = [0u8; 4];
        for s in &mut secs {
            *s = rng.below(9) as u8;
        }
        secs[0] = secs[0].max(1);
        patterns.push(pattern(secs));
    }
    for p in &patterns {
        for reduced in [false, true] {
            let shape = PacerShape::of(p, reduced);
            for cost in [None, Some(0.005), Some(0.013), Some(0.2)] {
                let shortest = if reduced { 0.1 } else { 0.033 };
                let floor = cost.map_or(shortest, |c: f64| (c / frame_rate::CPU_BUDGET).clamp(shortest, 1.0));
                let end = 2.0 * cycle_millis(p) as f64 / 1000.0;
                let times = frames(p, shape, cost, 0.0, end);
                let shown_ms: Vec<u64> = times.iter().map(|t| elapsed_millis(*t)).collect();
                // Every whole second (a change of the words) is shown within the margin, or
                // within the shortest interval the cost allows.
                for second in 1..end as u64 {
                    let first = shown_ms.iter().find(|ms| **ms >= second * 1000);
                    let late = first.map_or(u64::MAX, |ms| ms - second * 1000);
                    let allowed = ((floor * 1000.0).round() as u64).max(5) + 1;
                    assert!(
                        late <= allowed,
                        "{secs:?} {shape:?} {cost:?}: second {second} shown {late} ms late",
                        secs = [p.inhale_secs, p.hold_in_secs, p.exhale_secs, p.hold_out_secs]
                    );
                }
                // Within a phase the shape moves at most a point from frame to frame (give or
                // take the millisecond the time is rounded to), unless the frames are already
                // as far apart as the cost or the floor allows.
                for pair in times.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    let (pa, pb) = (position_at(p, a), position_at(p, b));
                    if (pa.phase, pa.cycle) != (pb.phase, pb.cycle) {
                        continue;
                    }
                    let moved = (drawn_at(p, shape, b) - drawn_at(p, shape, a)).abs();
                    assert!(
                        moved <= frame_rate::MAX_STEP * 1.1 || (b - a) <= floor + 1e-9,
                        "{shape:?} {cost:?} moved {moved} between {a} and {b}"
                    );
                }
            }
        }
    }
}

#[test]
fn property_waits_are_finite_and_bounded() {
    let mut rng = Rng::new(7_001);
    for _ in 0..2_000 {
        let mut secs = [0u8; 4];
        for s in &mut secs {
            *s = rng.below(21) as u8;
        }
        let p = pattern(secs);
        let t = rng.below(10_000_000) as f64 / 1000.0;
        let cost = [None, Some(0.001), Some(0.02), Some(3.0), Some(f64::NAN)][rng.below(5) as usize];
        for reduced in [false, true] {
            let wait = next_frame_in(&p, PacerShape::of(&p, reduced), t, cost);
            let shortest = if reduced { 0.1 } else { 0.033 };
            assert!(wait.is_finite() && wait >= shortest - 1e-12 && wait <= 1.005 + 1e-12, "{secs:?} at {t}: {wait}");
        }
    }
    // All-zero (invalid) patterns and odd times are safe too.
    for t in [f64::NAN, -3.0, f64::INFINITY] {
        let wait = next_frame_in(&pattern([0, 0, 0, 0]), PacerShape::Circle, t, None);
        assert!(wait.is_finite() && wait >= 0.033, "{t}: {wait}");
    }
}
