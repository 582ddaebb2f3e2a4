//! The breathing pacer's timing, pure (no egui, no IO, no clock).
//!
//! A [`BreathPattern`] is a cycle of four phases (breathe in, hold, breathe out, hold), each
//! lasting a whole number of seconds; phases of zero seconds are skipped. The time since the
//! pacer started comes in as `elapsed_secs: f64` (see [`PacerTimer`] for pausing); it is turned
//! into whole milliseconds once and then reduced modulo the cycle, so the phase shown after an
//! hour is exactly the one shown after the first cycle, with no accumulated error.
//!
//! Drawing helpers: [`breath_level`] for a shape that grows and shrinks with the breath, and
//! [`square_point`] for a point travelling round a square (box breathing); [`PacerShape`] says
//! which is drawn and how big, and [`next_frame_in`] when the drawing next needs a frame.

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

/// What the Breathe screen draws while the pacer runs, and how far it moves, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacerShape {
    /// A circle whose radius grows by [`CIRCLE_GROWTH`] from [`CIRCLE_MIN_RADIUS`] while
    /// breathing in and shrinks back while breathing out (eased: [`breath_level`]); it is
    /// still while holding.
    Circle,
    /// Box breathing: a point going round a square of side [`SQUARE_SIDE`], one side per phase,
    /// eased along each side ([`square_point`]); it moves in every phase.
    Square,
    /// Reduced motion: a bar [`BAR_WIDTH`] wide filling at an even pace through each phase.
    Bar,
}

/// The smallest radius of the pacer's circle, in points.
pub const CIRCLE_MIN_RADIUS: f32 = 40.0;
/// How much the circle's radius grows from empty to full lungs, in points.
pub const CIRCLE_GROWTH: f32 = 78.0;
/// The side of the box-breathing square, in points.
pub const SQUARE_SIDE: f32 = 200.0;
/// The width of the reduced-motion bar, in points.
pub const BAR_WIDTH: f32 = 280.0;

impl PacerShape {
    /// The shape drawn for `pattern`: the bar with reduced motion, else the square for box
    /// breathing (four equal phases, none skipped), else the circle.
    #[must_use]
    pub fn of(pattern: &BreathPattern, reduced_motion: bool) -> Self {
        let secs = [pattern.inhale_secs, pattern.hold_in_secs, pattern.exhale_secs, pattern.hold_out_secs];
        if reduced_motion {
            PacerShape::Bar
        } else if secs.iter().all(|s| *s > 0 && *s == secs[0]) {
            PacerShape::Square
        } else {
            PacerShape::Circle
        }
    }

    /// How far the shape travels during `phase`, in points, and whether it is eased; `None`
    /// when it is still.
    fn travel(self, phase: Phase) -> Option<(f64, bool)> {
        match (self, phase) {
            (PacerShape::Circle, Phase::HoldIn | Phase::HoldOut) => None,
            (PacerShape::Circle, Phase::Inhale | Phase::Exhale) => Some((f64::from(CIRCLE_GROWTH), true)),
            (PacerShape::Square, _) => Some((f64::from(SQUARE_SIDE), true)),
            (PacerShape::Bar, _) => Some((f64::from(BAR_WIDTH), false)),
        }
    }
}

/// The pacer's frame rate, while it runs and is on screen ([`next_frame_in`]).
pub mod frame_rate {
    /// The shortest time between frames: about 30 frames a second, reached only where the shape
    /// moves fastest and frames are cheap (a GPU).
    pub const MIN_FRAME_MILLIS: u64 = 33;
    /// The shortest time between frames with reduced motion: 10 frames a second.
    pub const REDUCED_MOTION_MIN_FRAME_MILLIS: u64 = 100;
    /// How far the shape may move from one frame to the next, in points: the next frame comes
    /// when it has moved this far (sooner only for the words).
    pub const MAX_STEP: f64 = 1.0;
    /// The share of one CPU core the pacer's frames may use, from the measured cost of a frame:
    /// the time between frames is at least that cost divided by this.
    pub const CPU_BUDGET: f64 = 0.08;
    /// However costly a frame, a moving shape gets one at least this often (seconds).
    pub const MAX_FRAME_SECS: f64 = 1.0;
    /// The words and numbers change on whole seconds of the session; the frame that shows them
    /// comes this long after (milliseconds), so it never lands just before the change.
    pub const AFTER_THE_SECOND_MILLIS: u64 = 5;
}

/// The inverse of [`ease_in_out`] on `0..=1`: the `t` at which the easing reaches `y`
/// (clamped to `0..=1`).
fn ease_in_out_inverse(y: f64) -> f64 {
    (1.0 - 2.0 * y.clamp(0.0, 1.0)).acos() / PI
}

/// Seconds from `elapsed_secs` until the running pacer needs its next frame, drawing `shape`
/// for `pattern`; `frame_cost_secs` is the measured CPU cost of a frame, if known.
///
/// - The words and numbers (the phase, the seconds left, the time so far, the breath) change
///   only on whole seconds of the session, since every phase lasts whole seconds: a frame comes
///   [`frame_rate::AFTER_THE_SECOND_MILLIS`] after each. While the shape is still (the circle
///   during a hold) that is all: one frame a second.
/// - While the shape moves, the next frame comes when it has moved [`frame_rate::MAX_STEP`]
///   points (exactly, through the easing), or at the next whole second if that is sooner.
/// - Never sooner than [`frame_rate::MIN_FRAME_MILLIS`] (with reduced motion
///   [`frame_rate::REDUCED_MOTION_MIN_FRAME_MILLIS`]), nor than `frame_cost_secs /`
///   [`frame_rate::CPU_BUDGET`], this last capped at [`frame_rate::MAX_FRAME_SECS`].
#[must_use]
pub fn next_frame_in(
    pattern: &BreathPattern,
    shape: PacerShape,
    elapsed_secs: f64,
    frame_cost_secs: Option<f64>,
) -> f64 {
    use frame_rate::{AFTER_THE_SECOND_MILLIS, CPU_BUDGET, MAX_FRAME_SECS, MAX_STEP};
    let next_second_ms = 1000 - elapsed_millis(elapsed_secs) % 1000 + AFTER_THE_SECOND_MILLIS;
    let next_second = next_second_ms as f64 / 1000.0;
    let position = position_at(pattern, elapsed_secs);
    let wait = match shape.travel(position.phase) {
        None => next_second,
        Some((travel, eased)) => {
            let phase_len = f64::from(phase_secs(pattern, position.phase));
            let f = position.fraction;
            let step = MAX_STEP / travel;
            let next_f = if eased { ease_in_out_inverse(ease_in_out(f) + step) } else { f + step };
            ((next_f.min(1.0) - f) * phase_len).min(next_second)
        }
    };
    let shortest_ms = match shape {
        PacerShape::Bar => frame_rate::REDUCED_MOTION_MIN_FRAME_MILLIS,
        PacerShape::Circle | PacerShape::Square => frame_rate::MIN_FRAME_MILLIS,
    };
    let within_budget = frame_cost_secs.filter(|c| c.is_finite() && *c > 0.0).map_or(0.0, |c| c / CPU_BUDGET);
    wait.max(shortest_ms as f64 / 1000.0).max(within_budget.min(MAX_FRAME_SECS))
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
                assert!(
                    wait.is_finite() && wait >= shortest - 1e-12 && wait <= 1.005 + 1e-12,
                    "{secs:?} at {t}: {wait}"
                );
            }
        }
        // All-zero (invalid) patterns and odd times are safe too.
        for t in [f64::NAN, -3.0, f64::INFINITY] {
            let wait = next_frame_in(&pattern([0, 0, 0, 0]), PacerShape::Circle, t, None);
            assert!(wait.is_finite() && wait >= 0.033, "{t}: {wait}");
        }
    }
}
