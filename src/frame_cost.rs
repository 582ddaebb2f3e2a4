//! What a frame costs in CPU time, measured, so an animation can choose a frame rate that stays
//! under a CPU budget. Pure: the readings are passed in.
//!
//! The process's total CPU time (all threads: the renderer's too) is read at the start of each
//! frame ([`crate::clock::Clock::process_cpu_secs`]); over a window of frames, the CPU time used
//! divided by the number of frames is the cost of a frame. It includes what happens between the
//! frames, which is next to nothing while only the animation runs.
//!
//! eframe's own figure (`Frame::info().cpu_usage`) is not used: its stopwatch is paused around
//! `swap_buffers`, and that is where Mesa's software renderer (llvmpipe) does its rasterising,
//! on threads of its own. Under Xvfb it reported 1.8-2.7 ms a frame while the process used
//! 7-20 ms (`BENCHMARKS.md`).

/// A window closes once its frames used this much CPU time: the CPU clock moves in steps of
/// 10 ms on Linux, so the cost is then known to within 10 %.
pub const WINDOW_MIN_CPU_SECS: f64 = 0.1;
/// ...and once it holds at least this many frames, so one slow frame is not the whole measure.
pub const WINDOW_MIN_FRAMES: u32 = 4;
/// A window also closes after this many frames, however little CPU they used: such frames are
/// cheap, and how cheap no longer matters.
pub const WINDOW_MAX_FRAMES: u32 = 60;

/// Measures the CPU cost of a frame over windows of frames; keeps the last measure.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FrameMeter {
    /// The process's CPU time when the open window started, and the frames since.
    window: Option<(f64, u32)>,
    cost_secs: Option<f64>,
}

impl FrameMeter {
    /// A frame starts, and the process has used `process_cpu_secs` of CPU time so far. A
    /// reading that is not a number or goes backwards starts a new window.
    pub fn frame(&mut self, process_cpu_secs: f64) {
        let Some((start, frames)) = self.window else {
            self.window = process_cpu_secs.is_finite().then_some((process_cpu_secs, 0));
            return;
        };
        let used = process_cpu_secs - start;
        if !(used >= 0.0 && used.is_finite()) {
            self.window = process_cpu_secs.is_finite().then_some((process_cpu_secs, 0));
            return;
        }
        let frames = frames + 1;
        // (Less a hair: readings are multiples of the tick, which binary fractions miss.)
        let enough_cpu = used >= WINDOW_MIN_CPU_SECS - 1e-9;
        if (enough_cpu && frames >= WINDOW_MIN_FRAMES) || frames >= WINDOW_MAX_FRAMES {
            self.cost_secs = Some(used / f64::from(frames));
            self.window = Some((process_cpu_secs, 0));
        } else {
            self.window = Some((start, frames));
        }
    }

    /// The frames that follow are not measured (nothing animates, or something else runs): the
    /// open window is dropped and the last measure kept.
    pub fn pause(&mut self) {
        self.window = None;
    }

    /// CPU seconds a frame costs, once a window has closed.
    #[must_use]
    pub fn cost_secs(&self) -> Option<f64> {
        self.cost_secs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_cost(meter: &FrameMeter, expected: f64) {
        let cost = meter.cost_secs().expect("a measure");
        assert!((cost - expected).abs() < 1e-12, "{cost} instead of {expected}");
    }

    /// Feeds frames that each use `cost` seconds of CPU time, read in 10 ms steps as on Linux,
    /// starting at `cpu`; returns the CPU time after them.
    fn run(meter: &mut FrameMeter, mut cpu: f64, frames: u32, cost: f64) -> f64 {
        for _ in 0..frames {
            meter.frame((cpu * 100.0).floor() / 100.0);
            cpu += cost;
        }
        cpu
    }

    #[test]
    fn nothing_is_known_until_a_window_closes() {
        let mut meter = FrameMeter::default();
        assert_eq!(meter.cost_secs(), None);
        // 13 ms frames: the first reading opens the window; after 8 more frames, 0.10 s used.
        run(&mut meter, 5.0, 8, 0.013);
        assert_eq!(meter.cost_secs(), None);
        run(&mut meter, 5.0 + 8.0 * 0.013, 1, 0.013);
        assert_cost(&meter, 0.1 / 8.0); // 0.10 s (in ticks) over 8 frames
    }

    #[test]
    fn measures_within_the_tick_over_each_window() {
        for cost in [0.004, 0.0065, 0.013, 0.02, 0.045] {
            let mut meter = FrameMeter::default();
            run(&mut meter, 12.345, 200, cost);
            let measured = meter.cost_secs().unwrap();
            assert!((measured - cost).abs() <= cost * 0.11, "{cost}: measured {measured}");
        }
    }

    #[test]
    fn cheap_frames_close_the_window_by_count() {
        let mut meter = FrameMeter::default();
        // 0.5 ms frames: 60 frames use 30 ms, three ticks.
        run(&mut meter, 1.0, WINDOW_MAX_FRAMES, 0.0005);
        assert_eq!(meter.cost_secs(), None);
        run(&mut meter, 1.0 + 60.0 * 0.0005, 1, 0.0005);
        assert_cost(&meter, 0.03 / 60.0);
    }

    #[test]
    fn one_slow_frame_is_not_the_measure() {
        let mut meter = FrameMeter::default();
        meter.frame(1.0);
        meter.frame(1.3); // a 300 ms frame
        assert_eq!(meter.cost_secs(), None, "fewer than {WINDOW_MIN_FRAMES} frames");
        meter.frame(1.31);
        meter.frame(1.32);
        meter.frame(1.33);
        assert_cost(&meter, 0.33 / 4.0);
    }

    #[test]
    fn a_pause_drops_the_open_window_and_keeps_the_last_measure() {
        let mut meter = FrameMeter::default();
        let cpu = run(&mut meter, 0.0, 30, 0.01);
        let cost = meter.cost_secs().unwrap();
        meter.pause();
        // Work done while paused (a save, another screen) is not counted.
        meter.frame(cpu + 5.0);
        assert_cost(&meter, cost);
        meter.frame(cpu + 5.0 + 0.02);
        meter.frame(cpu + 5.0 + 0.04);
        meter.frame(cpu + 5.0 + 0.06);
        meter.frame(cpu + 5.0 + 0.10);
        assert_cost(&meter, 0.025);
    }

    #[test]
    fn readings_that_go_backwards_or_are_not_numbers_restart_the_window() {
        let mut meter = FrameMeter::default();
        meter.frame(f64::NAN);
        assert_eq!(meter, FrameMeter::default());
        meter.frame(2.0);
        meter.frame(2.05);
        meter.frame(1.0); // backwards: a new window from here
        meter.frame(f64::INFINITY);
        assert_eq!(meter, FrameMeter::default());
        meter.frame(1.0);
        for i in 1..=4 {
            meter.frame(1.0 + 0.03 * f64::from(i));
        }
        assert_cost(&meter, 0.03);
    }
}
