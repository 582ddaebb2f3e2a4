//! Saving: every change bumps a generation and schedules a save half a second later, so a burst
//! of edits is one write; the store thread writes it and answers; a failed save is tried again
//! every few seconds; quitting waits for the last save.

use std::time::Duration;

use super::jobs::{Job, JobResult, Worker};
use super::{SAVE_DELAY_SECS, SAVE_RETRY_SECS, StepwiseApp};
use crate::breathing::{self, PacerShape};
use crate::command::Screen;
use crate::practice;
use crate::view::{Doc, Notice, NoticeKind};

/// Save bookkeeping. Every change bumps `generation`; a save carries the generation it wrote.
#[derive(Debug, Default)]
pub struct SaveState {
    pub generation: u64,
    pub saved_generation: u64,
    pub in_flight: Option<u64>,
    /// When the oldest unsaved change was made (monotonic seconds).
    pub pending_since: Option<f64>,
    /// When to try a failed save again (monotonic seconds).
    pub retry_at: Option<f64>,
    pub last_error: Option<String>,
    /// The next save first copies the damaged file on disk into `backups/`.
    pub keep_damaged_first: bool,
}

impl SaveState {
    #[must_use]
    pub fn has_unsaved_changes(&self) -> bool {
        self.generation > self.saved_generation
    }
}

impl StepwiseApp {
    pub(super) fn mark_changed(&mut self) {
        self.save.generation += 1;
        if self.save.pending_since.is_none() {
            self.save.pending_since = Some(self.clock.monotonic_secs());
        }
    }

    /// Collects the store thread's answers, measures what a frame costs while the pacer
    /// animates, ends a breathing session whose length is up, and starts a save when one is
    /// due. Call once a frame, before drawing; then ask [`StepwiseApp::next_frame_in`] when to
    /// draw again.
    pub fn tick(&mut self) {
        let results = self.worker.as_ref().map(Worker::poll).unwrap_or_default();
        for result in results {
            self.handle(result);
        }
        self.check_worker();
        self.end_review_when_import_closes();
        // Only the pacer's frames are measured: the process's CPU time read at the start of
        // each (the clock's `process_cpu_secs`), over windows of frames (`crate::frame_cost`).
        if self.screen == Screen::Breathe && self.pacer.timer.is_running() {
            if let Some(cpu_secs) = self.clock.process_cpu_secs() {
                self.frame_meter.frame(cpu_secs);
            }
        } else {
            self.frame_meter.pause();
        }
        let now_secs = self.clock.monotonic_secs();
        if let Some(pattern) = self.library().and_then(|l| self.pacer.pattern(l))
            && self.pacer.is_due_to_finish(pattern, now_secs)
        {
            self.finish_pacer(true);
        }
        self.finish_timer_when_up();
        self.reminders_tick();
        self.start_save_if_due();
    }

    /// When the window needs its next frame without any input, as a function of the state:
    /// `None` when nothing is waiting (an idle window costs no CPU).
    ///
    /// - a save waiting for its delay (or its retry): when it is due;
    /// - the breathing pacer while it runs: on Breathe, when the drawing next changes
    ///   ([`breathing::next_frame_in`]: once the shape has moved a point, at each whole second
    ///   for the words, once a second while the circle holds still; never more than 30 frames
    ///   a second, 10 with reduced motion, nor more than the measured cost of a frame allows
    ///   within 8 % of a core, as measured by [`StepwiseApp::tick`]); on any screen, when the
    ///   session ends;
    /// - the exposure timer while it runs: once a second;
    /// - the store thread at work: it wakes the window itself; 250 ms is a fallback.
    ///
    /// A practice time coming needs nothing here: the reminder thread wakes the window then.
    #[must_use]
    pub fn next_frame_in(&self) -> Option<Duration> {
        let now_secs = self.clock.monotonic_secs();
        let mut waits: Vec<f64> = Vec::new();
        if let Some(due) = self.save_due_at() {
            waits.push((due - now_secs).max(0.01));
        }
        if let Some(library) = self.library()
            && let Some(pattern) = self.pacer.pattern(library)
            && self.pacer.timer.is_running()
        {
            if self.screen == Screen::Breathe {
                let shape = PacerShape::of(pattern, library.settings.reduced_motion);
                let elapsed = self.pacer.timer.elapsed_secs(now_secs);
                waits.push(breathing::next_frame_in(pattern, shape, elapsed, self.frame_meter.cost_secs()));
            }
            if let Some(left) = self.pacer.secs_left(library, now_secs) {
                waits.push(left.max(0.05));
            }
        }
        if let Some(draft) = self.library().and_then(|l| l.in_progress.as_ref())
            && practice::timer_running(draft)
            && practice::remaining_secs(draft, self.clock.timestamp()) > 0
        {
            waits.push(1.0);
        }
        if matches!(self.doc, Doc::Loading) || self.save.in_flight.is_some() || self.transfer_busy() {
            waits.push(0.25);
        }
        waits.into_iter().reduce(f64::min).map(Duration::from_secs_f64)
    }

    /// When the waiting save is due (monotonic seconds), if one waits and none is being written.
    /// Never in a read-only window: its changes stay in memory.
    pub(super) fn save_due_at(&self) -> Option<f64> {
        if self.read_only
            || !self.save.has_unsaved_changes()
            || self.save.in_flight.is_some()
            || self.library().is_none()
        {
            return None;
        }
        self.save.retry_at.or_else(|| self.save.pending_since.map(|t| t + SAVE_DELAY_SECS))
    }

    pub(super) fn handle(&mut self, result: JobResult) {
        match result {
            JobResult::Opened { library, created, migrated_from, read_only } => {
                self.read_only = read_only;
                // First run (or never confirmed): the safety page comes first, once.
                if !library.settings.safety_acknowledged {
                    self.screen = Screen::Safety;
                } else if self.nudge.quiet() {
                    // Started with the computer: when the person opens the window, the Today card.
                    self.screen = Screen::Practice;
                }
                if self.selected_ladder.is_none() {
                    self.selected_ladder = library.ladders.iter().find(|l| !l.archived).map(|l| l.id);
                }
                self.doc = Doc::Ready(*library);
                self.purge_deleted();
                // A quiet start shows no notices about opening (the file's news is in the backups).
                let tell = !self.nudge.quiet();
                if created && tell {
                    self.notices.push(Notice {
                        kind: NoticeKind::Info,
                        text: crate::t!("app-welcome", path = self.data_path.display().to_string()),
                    });
                }
                if let Some(version) = migrated_from.filter(|_| read_only && tell) {
                    self.notices.push(Notice {
                        kind: NoticeKind::Info,
                        text: crate::t!("app-older-format-read-only", version = version),
                    });
                } else if let Some(version) = migrated_from.filter(|_| !read_only) {
                    if tell {
                        self.notices.push(Notice {
                            kind: NoticeKind::Info,
                            text: crate::t!("app-older-format-updated", version = version),
                        });
                    }
                    self.mark_changed();
                }
            }
            // The explanation and the choices come first, whatever screen was open last time.
            JobResult::Damaged { error, backup, stepwise_copies } => {
                self.doc = Doc::Damaged { error, backup, stepwise_copies };
                self.screen = Screen::Ladders;
            }
            JobResult::Refused { error } => {
                self.doc = Doc::Refused { error };
                self.screen = Screen::Ladders;
            }
            JobResult::Saved { generation } => {
                self.finish_save_in_flight(generation);
                self.save.saved_generation = self.save.saved_generation.max(generation);
                self.save.last_error = None;
                self.save.retry_at = None;
                // The damaged file (if any) was copied before this save replaced it.
                self.save.keep_damaged_first = false;
                self.save.pending_since = self.save.has_unsaved_changes().then(|| self.clock.monotonic_secs());
            }
            JobResult::SaveFailed { generation, error } => {
                self.finish_save_in_flight(generation);
                self.save.last_error = Some(error);
                self.save.retry_at = Some(self.clock.monotonic_secs() + SAVE_RETRY_SECS);
            }
            JobResult::Warning(text) => self.notices.push(Notice { kind: NoticeKind::Warning, text }),
            JobResult::Autostart(result) => self.autostart_result(result),
            sync @ (JobResult::Outside { .. }
            | JobResult::OutsideUnreadable { .. }
            | JobResult::ReadableAgain { .. }
            | JobResult::ConflictCopies(_)
            | JobResult::FiledAway { .. }) => self.sync_result(sync),
            other => {
                // A sync tool's conflict copy, once imported, goes into backups/.
                let conflict_copy = self.conflict_import_landing(&other);
                self.transfer_result(other);
                if let Some(path) = conflict_copy {
                    self.file_away(path);
                }
            }
        }
    }

    /// A save of `generation` ended. Saves also come from an import (which saves first), so
    /// the save being tracked ends only if it is this one or an older one.
    pub(super) fn finish_save_in_flight(&mut self, generation: u64) {
        if self.save.in_flight.is_some_and(|tracked| tracked <= generation) {
            self.save.in_flight = None;
        }
    }

    pub(super) fn start_save_if_due(&mut self) {
        let Some(due) = self.save_due_at() else { return };
        let now = self.clock.monotonic_secs();
        if now < due {
            return;
        }
        let Doc::Ready(library) = &self.doc else { return };
        let keep_damaged = self.save.keep_damaged_first.then(|| self.clock.timestamp());
        let job = Job::Save { generation: self.save.generation, library: Box::new(library.clone()), keep_damaged };
        if self.worker.as_ref().is_some_and(|w| w.send(job)) {
            self.save.in_flight = Some(self.save.generation);
            self.save.retry_at = None;
        } else {
            self.save.last_error = Some(crate::t!("app-worker-stopped-no-save"));
            self.save.retry_at = Some(now + SAVE_RETRY_SECS);
        }
    }

    /// Saves anything unsaved and waits for the worker to finish. Called when the window
    /// closes ("quitting waits for the last save"); safe to call more than once.
    pub fn shutdown(&mut self) {
        if self.pacer.is_active() {
            self.finish_pacer(false);
        }
        self.finish_transfers();
        if !self.read_only
            && self.save.has_unsaved_changes()
            && self.save.in_flight != Some(self.save.generation)
            && let Doc::Ready(library) = &self.doc
            && let Some(worker) = &self.worker
        {
            let keep_damaged = self.save.keep_damaged_first.then(|| self.clock.timestamp());
            let job = Job::Save { generation: self.save.generation, library: Box::new(library.clone()), keep_damaged };
            if !worker.send(job) {
                self.save.last_error = Some(crate::t!("app-worker-stopped-before-last-save"));
            }
        }
        if let Some(mut worker) = self.worker.take() {
            for result in worker.finish() {
                self.handle(result);
            }
        }
        if let Some(error) = &self.save.last_error {
            eprintln!("stepwise: the last save failed: {error}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Config;
    use std::sync::Arc;

    #[test]
    fn an_imports_save_does_not_end_a_newer_save_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let clock =
            Arc::new(crate::clock::ManualClock::new(crate::model::Timestamp::from_unix_secs(1_795_000_000).utc()));
        let mut app = StepwiseApp::new(Config::with_clock(dir.path().join("library.ron"), clock), || {});
        app.save.in_flight = Some(7);
        // The import saved generation 5 before the save of 7 was sent: 7 is still being written.
        app.handle(JobResult::Saved { generation: 5 });
        assert_eq!(app.save.in_flight, Some(7));
        app.handle(JobResult::SaveFailed { generation: 6, error: "disk full".to_owned() });
        assert_eq!(app.save.in_flight, Some(7));
        app.handle(JobResult::Saved { generation: 7 });
        assert_eq!(app.save.in_flight, None);
        app.shutdown();
    }
}
