//! The breathing pacer's session state: which pattern, how long, the pausable timer, and where
//! it was opened from. Time is the app's monotonic clock, passed in; the phase shown is a pure
//! function of the elapsed seconds (`breathing::position_at`), so it never drifts.
//!
//! Every session that ran for at least a second is logged as a [`PacerSession`] with its
//! context: pacer use around an exposure is kept apart from use on its own, because it can
//! turn into a safety behaviour.

use crate::breathing::{self, PacerTimer, SessionLength};
use crate::model::{BreathPattern, Library, PacerContext, PacerId, PacerSession, PatternId, Timestamp};

/// The five senses, one prompt at a time: the prompts' message ids (shown with `t!`).
pub const GROUNDING_PROMPTS: [&str; 5] = [
    "breathe-grounding-see",
    "breathe-grounding-touch",
    "breathe-grounding-hear",
    "breathe-grounding-smell",
    "breathe-grounding-taste",
];

/// What the pacer is doing.
#[derive(Debug, Default)]
pub struct Pacer {
    /// The chosen pattern; `None` means the library's default (or the first pattern).
    pub pattern: Option<PatternId>,
    pub length: SessionLength,
    pub timer: PacerTimer,
    pub context: Option<PacerContext>,
    started_at: Option<Timestamp>,
    /// Seconds breathed in the session that just ended (the gentle end state), if any.
    pub finished_secs: Option<f64>,
    /// The 5-4-3-2-1 guide, open on this prompt.
    pub grounding: Option<usize>,
}

impl Pacer {
    /// The pattern in use: the chosen one if it still exists, else the default, else the first.
    #[must_use]
    pub fn pattern<'a>(&self, library: &'a Library) -> Option<&'a BreathPattern> {
        let patterns = &library.settings.breathing_patterns;
        let find = |id: PatternId| patterns.iter().find(|p| p.id == id);
        self.pattern
            .and_then(find)
            .or_else(|| library.settings.default_pattern.and_then(find))
            .or_else(|| patterns.first())
    }

    #[must_use]
    pub fn is_active(&self) -> bool {
        self.timer.is_running() || self.timer.is_paused()
    }

    pub fn start(&mut self, now_secs: f64, now: Timestamp) {
        self.timer.start(now_secs);
        self.started_at = Some(now);
        self.finished_secs = None;
    }

    /// Space bar: start when stopped, pause when running, resume when paused.
    pub fn toggle(&mut self, now_secs: f64, now: Timestamp) {
        if self.timer.is_running() {
            self.timer.pause(now_secs);
        } else if self.timer.is_paused() {
            self.timer.resume(now_secs);
        } else {
            self.start(now_secs, now);
        }
    }

    /// The session's full length in seconds for `pattern`.
    #[must_use]
    pub fn length_secs(&self, pattern: &BreathPattern) -> f64 {
        match self.length {
            SessionLength::Minutes(minutes) => f64::from(minutes) * 60.0,
            SessionLength::Cycles(cycles) => f64::from(cycles) * breathing::cycle_millis(pattern) as f64 / 1000.0,
        }
    }

    /// Seconds until a running session reaches its length.
    #[must_use]
    pub fn secs_left(&self, library: &Library, now_secs: f64) -> Option<f64> {
        let pattern = self.pattern(library)?;
        self.timer.is_running().then(|| self.length_secs(pattern) - self.timer.elapsed_secs(now_secs))
    }

    /// Ends the session; returns the log entry when it ran for at least a second. A session
    /// that finished by its length is logged at that length, even if frames came late (a
    /// minimised window), so the log never shows breathing that did not happen.
    pub fn stop(&mut self, now_secs: f64, pattern: &BreathPattern, finished: bool) -> Option<PacerSession> {
        let mut elapsed = self.timer.elapsed_secs(now_secs);
        if finished {
            elapsed = elapsed.min(self.length_secs(pattern));
        }
        let pattern_name = pattern.name.as_str();
        self.timer.stop();
        let started = self.started_at.take()?;
        if finished {
            self.finished_secs = Some(elapsed);
        }
        (elapsed >= 1.0).then(|| PacerSession {
            id: PacerId::fresh(),
            started,
            duration_secs: elapsed.round().clamp(0.0, f64::from(u32::MAX)) as u32,
            pattern_name: pattern_name.to_owned(),
            context: self.context.unwrap_or(PacerContext::OnItsOwn),
        })
    }

    /// True when a running session has reached its length.
    #[must_use]
    pub fn is_due_to_finish(&self, pattern: &BreathPattern, now_secs: f64) -> bool {
        self.timer.is_running() && breathing::is_finished(pattern, self.length, self.timer.elapsed_secs(now_secs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        Library::default()
    }

    #[test]
    fn a_session_is_logged_with_its_context_and_length() {
        let lib = library();
        let mut pacer = Pacer { context: Some(PacerContext::SafetyGate), ..Pacer::default() };
        let pattern = pacer.pattern(&lib).unwrap().clone();
        assert_eq!(pattern.name, "Box 4-4-4-4");
        pacer.start(10.0, Timestamp::from_unix_secs(1_000));
        pacer.toggle(40.0, Timestamp::EPOCH); // pause after 30 s
        pacer.toggle(100.0, Timestamp::EPOCH); // resume a minute later
        assert!(!pacer.is_due_to_finish(&pattern, 150.0));
        assert!(pacer.is_due_to_finish(&pattern, 190.0), "2 minutes of breathing, pauses excluded");
        let log = pacer.stop(190.0, &pattern, true).unwrap();
        assert_eq!(log.duration_secs, 120);
        assert_eq!(log.context, PacerContext::SafetyGate);
        assert_eq!(log.started, Timestamp::from_unix_secs(1_000));
        assert_eq!(pacer.finished_secs, Some(120.0));
        assert!(!pacer.is_active());
    }

    #[test]
    fn a_session_stopped_at_once_is_not_logged() {
        let lib = library();
        let pattern = lib.settings.breathing_patterns[0].clone();
        let mut pacer = Pacer::default();
        pacer.start(5.0, Timestamp::EPOCH);
        assert!(pacer.stop(5.5, &pattern, false).is_none());
        assert!(pacer.stop(6.0, &pattern, false).is_none(), "stopping twice logs nothing");
    }

    #[test]
    fn a_finished_session_is_logged_at_its_length_even_when_frames_came_late() {
        let lib = library();
        let pattern = lib.settings.breathing_patterns[0].clone();
        let mut pacer = Pacer { length: SessionLength::Minutes(1), ..Pacer::default() };
        pacer.start(0.0, Timestamp::EPOCH);
        assert_eq!(pacer.secs_left(&lib, 20.0), Some(40.0));
        let log = pacer.stop(660.0, &pattern, true).unwrap();
        assert_eq!(log.duration_secs, 60);
        let mut cycles = Pacer { length: SessionLength::Cycles(4), ..Pacer::default() };
        assert!((cycles.length_secs(&pattern) - 64.0).abs() < 1e-9);
        cycles.start(0.0, Timestamp::EPOCH);
        assert_eq!(cycles.stop(100.0, &pattern, true).unwrap().duration_secs, 64);
    }

    #[test]
    fn a_deleted_pattern_falls_back_to_the_default_then_the_first() {
        let mut lib = library();
        let mut pacer = Pacer { pattern: Some(PatternId(999)), ..Pacer::default() };
        assert_eq!(pacer.pattern(&lib).unwrap().id, PatternId(1));
        lib.settings.default_pattern = Some(PatternId(3));
        assert_eq!(pacer.pattern(&lib).unwrap().id, PatternId(3));
        pacer.pattern = Some(PatternId(2));
        assert_eq!(pacer.pattern(&lib).unwrap().id, PatternId(2));
    }
}
