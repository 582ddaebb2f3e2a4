//! The guided exposure as the app runs it: each [`PracticeCommand`] moves the exposure under
//! way along through the pure rules in `crate::practice`; the draft lives in the library, so
//! closing the window loses nothing.

use super::StepwiseApp;
use crate::coach::Gate;
use crate::command::PracticeCommand;
use crate::model::ExposureId;
use crate::practice::{self, PracticeError};
use crate::view::{Doc, PracticeMessage};

impl StepwiseApp {
    /// When the timer has run its time (and is not paused), the exposure moves on to the
    /// reflection by itself, where the person rates and writes when ready. Called each frame
    /// before the screens are drawn; `next_frame_in` wakes the window at that moment.
    pub(super) fn finish_timer_when_up(&mut self) {
        let now = self.clock.timestamp();
        let up = self
            .library()
            .and_then(|l| l.in_progress.as_ref())
            .is_some_and(|d| practice::timer_running(d) && practice::remaining_secs(d, now) == 0);
        if up {
            self.practice(PracticeCommand::Finish { stopped_early: false });
        }
    }

    /// Moves the exposure under way along; every rule is checked by `practice` and the coach.
    pub(super) fn practice(&mut self, command: PracticeCommand) {
        let now = self.clock.timestamp();
        let local_now = self.local_now();
        // Each step replaces the previous message (the gate's answer, a problem, the acknowledgement).
        self.practice_message = None;
        let Doc::Ready(library) = &self.doc else { return };
        let mut draft = library.in_progress.clone();
        let mut exposure = None;
        // A crisis may come without a rating (the screen then sends 10): only a rating given.
        let blocked_rating = match &command {
            PracticeCommand::Rate { before, in_crisis: false } => Some(*before),
            _ => None,
        };
        let result: Result<(), PracticeError> = match command {
            PracticeCommand::Begin { ladder, step, confirmed_override, away_from_screen } => {
                practice::begin(library, ladder, step, confirmed_override, away_from_screen, &local_now).map(|d| {
                    draft = Some(d);
                })
            }
            PracticeCommand::Cancel => {
                draft = None;
                Ok(())
            }
            PracticeCommand::Dismiss => return,
            other => match draft.as_mut() {
                None => Err(PracticeError::WrongStage),
                Some(d) => match other {
                    PracticeCommand::Rate { before, in_crisis } => practice::rate(d, before, in_crisis).map(|gate| {
                        if let Gate::SuggestBreathing { reason } = gate {
                            self.practice_message = Some(PracticeMessage::SuggestBreathing(reason));
                        }
                    }),
                    PracticeCommand::Expect { feared_outcome, likelihood, planned_drops, context } => {
                        practice::plan(d, &planned_drops, &context)
                            .and_then(|()| practice::expect(d, &feared_outcome, likelihood))
                    }
                    PracticeCommand::RateDuring(rating) => practice::rate_during(d, rating, now),
                    PracticeCommand::SetMinutes(minutes) => {
                        practice::set_planned_secs(d, u32::from(minutes) * 60);
                        Ok(())
                    }
                    PracticeCommand::StartTimer => practice::start_timer(d, now),
                    PracticeCommand::Pause => {
                        practice::pause(d, now);
                        Ok(())
                    }
                    PracticeCommand::Resume => {
                        practice::resume(d, now);
                        Ok(())
                    }
                    PracticeCommand::Finish { stopped_early } => practice::finish(d, now, stopped_early),
                    PracticeCommand::DoneAwayFromScreen => practice::done_away_from_screen(d, now),
                    PracticeCommand::Complete(input) => {
                        practice::complete(d, &input, ExposureId::fresh(), now).map(|e| exposure = Some(e))
                    }
                    PracticeCommand::Begin { .. } | PracticeCommand::Cancel | PracticeCommand::Dismiss => Ok(()),
                },
            },
        };
        match result {
            Ok(()) => {
                if let Some(exposure) = exposure {
                    let acknowledgement = practice::acknowledgement(&exposure);
                    let id = exposure.id;
                    self.edit(|lib| {
                        lib.exposures_mut().push(exposure);
                        lib.in_progress = None;
                    });
                    self.practice_message = Some(PracticeMessage::Saved { exposure: id, acknowledgement });
                } else {
                    self.edit(|lib| lib.in_progress = draft);
                }
            }
            Err(PracticeError::Blocked(reason)) => {
                // A rating of 8 or more is kept (nothing else of the try is), so ratings that
                // stay high are noticed.
                if let Some(rating) = blocked_rating.filter(|r| r.get() >= crate::model::limits::GATE_BLOCK_AT) {
                    self.edit(|lib| lib.note_gate_block(rating, now));
                }
                self.practice_message = Some(PracticeMessage::Blocked(reason));
            }
            Err(e) => self.practice_message = Some(PracticeMessage::Problem(e.to_string())),
        }
    }
}
