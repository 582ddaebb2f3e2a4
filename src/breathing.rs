//! The breathing pacer's timing, pure (no egui, no IO, no clock).
//!
//! A [`BreathPattern`] is a cycle of four phases (breathe in, hold, breathe out, hold), each
//! lasting a whole number of seconds; phases of zero seconds are skipped. The time since the
//! pacer started comes in as `elapsed_secs: f64` (see [`PacerTimer`] for pausing); it is turned
//! into whole milliseconds once and then reduced modulo the cycle, so the phase shown after an
//! hour is exactly the one shown after the first cycle, with no accumulated error.
//!
//! Drawing helpers: [`breath_level`] for a shape that grows and shrinks with the breath, and
//! [`square_point`] for a point travelling round a square (box breathing).

use std::f64::consts::PI;

use crate::model::BreathPattern;
use crate::model::limits::MAX_PHASE_SECS;

/// One phase of a breathing cycle, in the order they happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Inhale,
    HoldIn,
    Exhale,
    HoldOut,
}

impl Phase {
    /// The four phases in cycle order.
    pub const ALL: [Phase; 4] = [Phase::Inhale, Phase::HoldIn, Phase::Exhale, Phase::HoldOut];

    /// The words shown to the person during this phase.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Phase::Inhale => "Breathe in",
            Phase::HoldIn | Phase::HoldOut => "Hold",
            Phase::Exhale => "Breathe out",
        }
    }
}

/// How many seconds `phase` lasts in `pattern` (0 means the phase is skipped).
#[must_use]
pub fn phase_secs(pattern: &BreathPattern, phase: Phase) -> u8 {
    match phase {
        Phase::Inhale => pattern.inhale_secs,
        Phase::HoldIn => pattern.hold_in_secs,
        Phase::Exhale => pattern.exhale_secs,
        Phase::HoldOut => pattern.hold_out_secs,
    }
}

fn phase_millis(pattern: &BreathPattern, phase: Phase) -> u64 {
    u64::from(phase_secs(pattern, phase)) * 1000
}

/// The length of one whole cycle of `pattern`, in milliseconds (0 only for an invalid pattern
/// whose phases are all zero).
#[must_use]
pub fn cycle_millis(pattern: &BreathPattern) -> u64 {
    Phase::ALL.iter().map(|&phase| phase_millis(pattern, phase)).sum()
}

/// `elapsed_secs` rounded to whole milliseconds; negative or NaN counts as 0, and values too
/// large for `u64` saturate.
fn elapsed_millis(elapsed_secs: f64) -> u64 {
    if elapsed_secs.is_nan() || elapsed_secs <= 0.0 { 0 } else { (elapsed_secs * 1000.0).round() as u64 }
}

/// Where the pacer is at some instant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PacerPosition {
    /// The current phase; never one of zero length.
    pub phase: Phase,
    /// How far through the phase, in `0.0..1.0`.
    pub fraction: f64,
    /// Seconds until the next phase starts, in `(0, phase length]`.
    pub secs_left_in_phase: f64,
    /// Whole cycles completed so far.
    pub cycle: u64,
}

/// Where the pacer is `elapsed_secs` after it started (paused time excluded).
///
/// The time is rounded to whole milliseconds and reduced modulo the cycle in integers, so
/// there is no drift however long the pacer runs. An instant exactly on a boundary belongs to
/// the next phase (fraction 0). Zero-length phases are skipped. Negative or NaN `elapsed_secs`
/// counts as 0. An invalid pattern with no length at all stays at the start of
/// [`Phase::Inhale`].
#[must_use]
pub fn position_at(pattern: &BreathPattern, elapsed_secs: f64) -> PacerPosition {
    let start = PacerPosition { phase: Phase::Inhale, fraction: 0.0, secs_left_in_phase: 0.0, cycle: 0 };
    let cycle_ms = cycle_millis(pattern);
    if cycle_ms == 0 {
        return start;
    }
    let total_ms = elapsed_millis(elapsed_secs);
    let cycle = total_ms / cycle_ms;
    let mut offset_ms = total_ms % cycle_ms;
    for phase in Phase::ALL {
        let len_ms = phase_millis(pattern, phase);
        if offset_ms < len_ms {
            return PacerPosition {
                phase,
                fraction: offset_ms as f64 / len_ms as f64,
                secs_left_in_phase: (len_ms - offset_ms) as f64 / 1000.0,
                cycle,
            };
        }
        offset_ms -= len_ms;
    }
    // Not reached: offset_ms < cycle_ms, the sum of the phase lengths.
    start
}

/// The phase `elapsed_secs` after the start and the fraction `0.0..1.0` through it; see
/// [`position_at`] for the rules.
#[must_use]
pub fn phase_at(pattern: &BreathPattern, elapsed_secs: f64) -> (Phase, f64) {
    let position = position_at(pattern, elapsed_secs);
    (position.phase, position.fraction)
}

/// Smooth cosine easing: 0 at 0, 1 at 1, gentle at both ends. `t` is clamped to `0..=1`
/// (NaN counts as 0).
#[must_use]
pub fn ease_in_out(t: f64) -> f64 {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    (1.0 - (PI * t).cos()) / 2.0
}

/// How full the lungs are, in `0..=1`, for drawing a shape that grows and shrinks: eased from 0
/// to 1 while breathing in, 1 while holding in, eased from 1 to 0 while breathing out, 0 while
/// holding out.
#[must_use]
pub fn breath_level(phase: Phase, fraction: f64) -> f64 {
    match phase {
        Phase::Inhale => ease_in_out(fraction),
        Phase::HoldIn => 1.0,
        Phase::Exhale => 1.0 - ease_in_out(fraction),
        Phase::HoldOut => 0.0,
    }
}

/// A point travelling round the unit square, one side per phase, for box breathing. `(0, 0)` is
/// the bottom-left corner: breathing in goes up the left side, holding in along the top to the
/// right, breathing out down the right side and holding out along the bottom back to the left.
/// `fraction` is clamped to `0..=1` (NaN counts as 0).
#[must_use]
pub fn square_point(phase: Phase, fraction: f64) -> (f64, f64) {
    let f = if fraction.is_nan() { 0.0 } else { fraction.clamp(0.0, 1.0) };
    match phase {
        Phase::Inhale => (0.0, f),
        Phase::HoldIn => (f, 1.0),
        Phase::Exhale => (1.0, 1.0 - f),
        Phase::HoldOut => (1.0 - f, 0.0),
    }
}

/// How long a pacer session lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionLength {
    /// This many whole breathing cycles.
    Cycles(u32),
    /// This many minutes.
    Minutes(u32),
}

impl Default for SessionLength {
    fn default() -> Self {
        SessionLength::Minutes(2)
    }
}

/// Whether a session of `length` is over `elapsed_secs` after it started: after that many whole
/// cycles (counted as in [`position_at`]), or once `elapsed_secs >= minutes * 60`. Negative or
/// NaN `elapsed_secs` counts as 0. An invalid pattern with no length has nothing to pace, so a
/// cycle-counted session with it is finished at once.
#[must_use]
pub fn is_finished(pattern: &BreathPattern, length: SessionLength, elapsed_secs: f64) -> bool {
    match length {
        SessionLength::Cycles(cycles) => {
            cycle_millis(pattern) == 0 || position_at(pattern, elapsed_secs).cycle >= u64::from(cycles)
        }
        SessionLength::Minutes(minutes) => {
            let elapsed = if elapsed_secs.is_nan() { 0.0 } else { elapsed_secs.max(0.0) };
            elapsed >= f64::from(minutes) * 60.0
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum TimerState {
    #[default]
    Stopped,
    /// Running since `since`, with `banked` seconds from before the last pause.
    Running { since: f64, banked: f64 },
    /// Paused with `banked` seconds elapsed.
    Paused { banked: f64 },
}

/// A stopwatch for the pacer that can pause without losing the phase. It never reads the
/// clock: every call takes the caller's monotonic time `now_secs`. While paused the elapsed
/// time is frozen, so [`phase_at`] of it keeps showing the same phase; resuming continues from
/// there. A `now_secs` earlier than the last start or resume adds nothing (never negative).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PacerTimer {
    state: TimerState,
}

impl PacerTimer {
    /// A stopped timer with nothing elapsed.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts from zero at `now_secs` (restarting if it was already running or paused).
    pub fn start(&mut self, now_secs: f64) {
        self.state = TimerState::Running { since: now_secs, banked: 0.0 };
    }

    /// Freezes the elapsed time at `now_secs`. Does nothing unless running.
    pub fn pause(&mut self, now_secs: f64) {
        if let TimerState::Running { .. } = self.state {
            self.state = TimerState::Paused { banked: self.elapsed_secs(now_secs) };
        }
    }

    /// Continues from the frozen elapsed time at `now_secs`. Does nothing unless paused.
    pub fn resume(&mut self, now_secs: f64) {
        if let TimerState::Paused { banked } = self.state {
            self.state = TimerState::Running { since: now_secs, banked };
        }
    }

    /// Stops and forgets the elapsed time (read [`Self::elapsed_secs`] first if it is needed).
    pub fn stop(&mut self) {
        self.state = TimerState::Stopped;
    }

    /// Seconds elapsed at `now_secs`, excluding paused time; 0 when stopped.
    #[must_use]
    pub fn elapsed_secs(&self, now_secs: f64) -> f64 {
        match self.state {
            TimerState::Stopped => 0.0,
            // `f64::max` ignores a NaN difference, so a NaN `now_secs` adds nothing.
            TimerState::Running { since, banked } => banked + (now_secs - since).max(0.0),
            TimerState::Paused { banked } => banked,
        }
    }

    /// Started and not paused.
    #[must_use]
    pub fn is_running(&self) -> bool {
        matches!(self.state, TimerState::Running { .. })
    }

    /// Started and currently paused.
    #[must_use]
    pub fn is_paused(&self) -> bool {
        matches!(self.state, TimerState::Paused { .. })
    }
}

/// Checks the seconds of a custom pattern: each phase 0-20 seconds, and breathing in or out
/// lasts at least one second. The error names the first problem in plain words.
pub fn validate_pattern(inhale: u8, hold_in: u8, exhale: u8, hold_out: u8) -> Result<(), String> {
    let phases =
        [("Breathing in", inhale), ("Holding in", hold_in), ("Breathing out", exhale), ("Holding out", hold_out)];
    for (name, secs) in phases {
        if secs > MAX_PHASE_SECS {
            return Err(format!("{name} can last at most {MAX_PHASE_SECS} seconds, not {secs}."));
        }
    }
    if inhale == 0 && exhale == 0 {
        return Err("Breathing in or breathing out needs to last at least 1 second.".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
        assert_eq!(Phase::Inhale.label(), "Breathe in");
        assert_eq!(Phase::HoldIn.label(), "Hold");
        assert_eq!(Phase::Exhale.label(), "Breathe out");
        assert_eq!(Phase::HoldOut.label(), "Hold");
        assert!(Phase::ALL.iter().all(|p| p.label().is_ascii()));
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
}
