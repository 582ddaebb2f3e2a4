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

    /// The words shown to the person during this phase, in the language in use.
    #[must_use]
    pub fn label(self) -> String {
        crate::t!(self.message_id())
    }

    /// The message id of [`Self::label`].
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Phase::Inhale => "breathe-phase-inhale",
            Phase::HoldIn | Phase::HoldOut => "breathe-phase-hold",
            Phase::Exhale => "breathe-phase-exhale",
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
/// lasts at least one second. The error names the first problem in plain words, in the
/// language in use.
pub fn validate_pattern(inhale: u8, hold_in: u8, exhale: u8, hold_out: u8) -> Result<(), String> {
    let phases = [
        ("breathe-error-inhale-too-long", inhale),
        ("breathe-error-hold-in-too-long", hold_in),
        ("breathe-error-exhale-too-long", exhale),
        ("breathe-error-hold-out-too-long", hold_out),
    ];
    for (message, secs) in phases {
        if secs > MAX_PHASE_SECS {
            return Err(crate::t!(message, max = MAX_PHASE_SECS, secs = secs));
        }
    }
    if inhale == 0 && exhale == 0 {
        return Err(crate::t!("breathe-error-no-breath"));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
