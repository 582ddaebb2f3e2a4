//! The only place that reads the system clock. Everything else receives the time from here
//! (the app) or as an argument (model, coach, store), so tests can pin it.

use std::sync::Mutex;

use chrono::{DateTime, Utc};

use crate::model::Timestamp;

/// A source of wall-clock time, and of monotonic time for scheduling.
pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> DateTime<Utc>;

    /// Seconds since an arbitrary start, never going backwards (unlike the wall clock, which
    /// jumps when it is corrected or the computer wakes). Used to schedule saves.
    fn monotonic_secs(&self) -> f64;

    /// The current time in whole seconds, as stored in the library.
    fn timestamp(&self) -> Timestamp {
        Timestamp::from_utc(self.now())
    }
}

/// The real clock.
#[derive(Debug)]
pub struct SystemClock {
    start: std::time::Instant,
}

impl SystemClock {
    #[allow(clippy::disallowed_methods)] // The one sanctioned read of the monotonic clock.
    #[must_use]
    pub fn new() -> Self {
        Self { start: std::time::Instant::now() }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)] // The one sanctioned read of the system clock.
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn monotonic_secs(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}

/// A clock that only moves when told to; for tests.
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<Utc>>, DateTime<Utc>);

impl ManualClock {
    #[must_use]
    pub fn new(start: DateTime<Utc>) -> Self {
        Self(Mutex::new(start), start)
    }

    pub fn advance_secs(&self, secs: f64) {
        let delta = chrono::Duration::milliseconds((secs * 1000.0).round() as i64);
        let mut now = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *now += delta;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn monotonic_secs(&self) -> f64 {
        (self.now() - self.1).as_seconds_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_advanced() {
        let start = Timestamp::from_unix_secs(1_790_000_000).utc();
        let clock = ManualClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance_secs(1.5);
        assert_eq!((clock.now() - start).num_milliseconds(), 1500);
        assert_eq!(clock.timestamp().unix_secs(), 1_790_000_001);
    }
}

/// Measures how long something took (for save timings and benchmarks).
#[derive(Debug, Clone, Copy)]
pub struct Stopwatch(std::time::Instant);

impl Stopwatch {
    #[allow(clippy::disallowed_methods)] // The one sanctioned read of the monotonic clock.
    #[must_use]
    pub fn start() -> Self {
        Self(std::time::Instant::now())
    }

    #[must_use]
    pub fn elapsed_secs(&self) -> f64 {
        self.0.elapsed().as_secs_f64()
    }
}
