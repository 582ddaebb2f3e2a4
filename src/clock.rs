//! The only place that reads the system clock. Everything else receives the time from here
//! (the app) or as an argument (model, coach, store), so tests can pin it. The process's CPU
//! time, which measures what a frame costs, is read here too.

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

    /// CPU time this process has used so far, in seconds, all its threads together (a software
    /// renderer's too); `None` where it cannot be read. Measures what a frame costs
    /// (`crate::frame_cost`).
    fn process_cpu_secs(&self) -> Option<f64> {
        None
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

    /// On Linux from `/proc/self/stat`, in steps of 10 ms; elsewhere `None`.
    fn process_cpu_secs(&self) -> Option<f64> {
        if cfg!(target_os = "linux") {
            let ticks = proc_stat_cpu_ticks(&std::fs::read_to_string("/proc/self/stat").ok()?)?;
            Some(ticks as f64 / PROC_TICKS_PER_SEC)
        } else {
            None
        }
    }
}

/// Linux counts CPU time in `/proc` in ticks of `USER_HZ`, which is 100 on every architecture
/// Stepwise is built for (it is fixed by the kernel's ABI, whatever the kernel's own tick rate).
const PROC_TICKS_PER_SEC: f64 = 100.0;

/// User plus system CPU ticks from the text of `/proc/<pid>/stat` (fields 14 and 15). The
/// program's name (field 2, in parentheses) may hold spaces and parentheses, so the fields are
/// counted from the last `)`.
fn proc_stat_cpu_ticks(stat: &str) -> Option<u64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    let mut fields = after_name.split_whitespace().skip(11); // fields 3 to 13
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(user + system)
}

/// A clock that only moves when told to; for tests. It has no process CPU time until
/// [`ManualClock::advance_cpu_secs`] gives it some.
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<Utc>>, DateTime<Utc>, Mutex<Option<f64>>);

impl ManualClock {
    #[must_use]
    pub fn new(start: DateTime<Utc>) -> Self {
        Self(Mutex::new(start), start, Mutex::new(None))
    }

    /// Adds `secs` to the process CPU time it reports (starting from 0).
    pub fn advance_cpu_secs(&self, secs: f64) {
        let mut cpu = self.2.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *cpu = Some(cpu.unwrap_or(0.0) + secs);
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

    fn process_cpu_secs(&self) -> Option<f64> {
        *self.2.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
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
        assert_eq!(clock.process_cpu_secs(), None);
        clock.advance_cpu_secs(0.25);
        clock.advance_cpu_secs(0.5);
        assert_eq!(clock.process_cpu_secs(), Some(0.75));
    }

    #[test]
    fn cpu_ticks_are_read_after_the_program_name() {
        // A real line (Linux 6.1), with a name holding a space and a parenthesis.
        let stat = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194304 1234 0 0 0 250 31 0 0 20 0 5 0 \
                    100 4000000 900 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";
        assert_eq!(proc_stat_cpu_ticks(stat), Some(281));
        assert_eq!(proc_stat_cpu_ticks("4242 (short) S 1 2"), None);
        assert_eq!(proc_stat_cpu_ticks("no name here"), None);
    }

    #[test]
    fn the_system_clock_reads_this_processs_cpu_time_on_linux() {
        let cpu = SystemClock::new().process_cpu_secs();
        if cfg!(target_os = "linux") {
            let secs = cpu.expect("read from /proc/self/stat");
            assert!((0.0..1.0e6).contains(&secs), "{secs}");
        } else {
            assert_eq!(cpu, None);
        }
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
