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
                        Err("A pattern needs a short name.".to_owned())
                    } else {
                        Ok(())
                    }
                }) {
                    self.notices
                        .push(Notice { kind: NoticeKind::Warning, text: format!("Pattern not saved: {problem}") });
                    return;
                }
                let id = pattern.id;
                self.edit(|lib| {
                    let patterns = &mut lib.settings.breathing_patterns;
                    let pattern = crate::model::BreathPattern { name, ..pattern };
                    match patterns.iter_mut().find(|p| p.id == pattern.id) {
                        Some(existing) => *existing = pattern,
                        None => patterns.push(pattern),
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
                    if lib.settings.default_pattern == Some(id) {
                        lib.settings.default_pattern = None;
                    }
                });
                if self.pacer.pattern == Some(id) {
                    self.pacer.pattern = None;
                }
            }
            PacerCommand::SetDefault(id) => self.edit(|lib| lib.settings.default_pattern = Some(id)),
            PacerCommand::SetReducedMotion(on) => self.edit(|lib| lib.settings.reduced_motion = on),
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
