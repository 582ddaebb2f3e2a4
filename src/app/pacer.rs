//! The breathing pacer's commands: the session state itself is pure (`crate::pacer`); here it
//! is started, stopped and logged, and custom patterns are saved.

use super::StepwiseApp;
use crate::command::PacerCommand;
use crate::pacer::GROUNDING_PROMPTS;
use crate::view::{Notice, NoticeKind};

impl StepwiseApp {
    pub(super) fn pacer_command(&mut self, command: PacerCommand) {
        let (now_secs, now) = (self.clock.monotonic_secs(), self.clock.timestamp());
        match command {
            PacerCommand::Choose(id) => {
                if !self.pacer.is_active() {
                    self.pacer.pattern = Some(id);
                }
            }
            PacerCommand::Length(length) => {
                if !self.pacer.is_active() {
                    self.pacer.length = length;
                }
            }
            PacerCommand::Start => self.pacer.start(now_secs, now),
            PacerCommand::Toggle => self.pacer.toggle(now_secs, now),
            PacerCommand::Stop => self.finish_pacer(false),
            PacerCommand::SavePattern(pattern) => {
                let valid = crate::breathing::validate_pattern(
                    pattern.inhale_secs,
                    pattern.hold_in_secs,
                    pattern.exhale_secs,
                    pattern.hold_out_secs,
                );
                let name = pattern.name.trim().to_owned();
                if let Err(problem) = valid.and_then(|()| {
                    if name.is_empty() || name.chars().count() > crate::model::limits::SHORT_TEXT_CHARS {
                        Err(crate::t!("breathe-error-no-name"))
                    } else {
                        Ok(())
                    }
                }) {
                    self.notices.push(Notice {
                        kind: NoticeKind::Warning,
                        text: crate::t!("breathe-not-saved", problem = problem),
                    });
                    return;
                }
                let id = pattern.id;
                self.edit(|lib| {
                    let settings = &mut lib.settings;
                    let mut pattern = crate::model::BreathPattern { name, ..pattern };
                    let phases = |p: &crate::model::BreathPattern| {
                        [p.inhale_secs, p.hold_in_secs, p.exhale_secs, p.hold_out_secs]
                    };
                    if let Some(existing) = settings.breathing_patterns.iter_mut().find(|p| p.id == pattern.id) {
                        pattern.changed = existing.changed;
                        if existing.name != pattern.name {
                            pattern.changed.name = now;
                        }
                        if phases(existing) != phases(&pattern) {
                            pattern.changed.phases = now;
                        }
                        *existing = pattern;
                    } else {
                        pattern.changed = crate::model::PatternChanged { name: now, phases: now };
                        settings.breathing_patterns.push(pattern);
                        settings.changed.patterns = crate::model::Order::changed(now);
                    }
                });
                self.pacer.pattern = Some(id);
            }
            PacerCommand::DeletePattern(id) => {
                let Some(library) = self.library() else { return };
                if library.settings.breathing_patterns.len() <= 1 {
                    return;
                }
                self.edit(|lib| {
                    lib.settings.breathing_patterns.retain(|p| p.id != id);
                    // Deleted for good (patterns have no Recently deleted): the id stays gone
                    // when another computer's copy is merged.
                    let gone = crate::model::Gone::Pattern(id);
                    if !lib.tombstones.iter().any(|t| t.gone == gone) {
                        lib.tombstones.push(crate::model::Tombstone { gone, at: now });
                    }
                    if lib.settings.default_pattern == Some(id) {
                        lib.settings.default_pattern = None;
                        lib.settings.changed.default_pattern = now;
                    }
                });
                if self.pacer.pattern == Some(id) {
                    self.pacer.pattern = None;
                }
            }
            PacerCommand::SetDefault(id) => self.edit(|lib| {
                lib.settings.default_pattern = Some(id);
                lib.settings.changed.default_pattern = now;
            }),
            PacerCommand::Grounding(prompt) => {
                self.pacer.grounding = prompt.filter(|p| *p < GROUNDING_PROMPTS.len());
            }
            PacerCommand::DismissFinished => self.pacer.finished_secs = None,
        }
    }

    /// Ends the pacer session (stopped, or finished by its length) and logs it.
    pub(super) fn finish_pacer(&mut self, finished: bool) {
        let now_secs = self.clock.monotonic_secs();
        let Some(pattern) = self.library().and_then(|l| self.pacer.pattern(l)).cloned() else { return };
        if let Some(session) = self.pacer.stop(now_secs, &pattern, finished) {
            self.edit(|lib| lib.pacer_sessions_mut().push(session));
        }
    }
}
