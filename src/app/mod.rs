//! The application: one in-memory [`Library`], changed only through [`Command`]s applied in
//! [`StepwiseApp::apply`], drawn each frame by `crate::ui`, saved by the store worker.
//!
//! Flow of a frame: `logic` collects results from the worker and starts a save when a change
//! has waited long enough (half a second, so a burst of edits is one write); `ui` draws the
//! screens, which read the app and return commands; the commands are applied after drawing.
//! The person's data never goes through eframe's storage, which holds only UI preferences.

pub mod dialogs;
pub mod history;
pub mod jobs;
pub mod pacer;
pub mod transfer;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::clock::{Clock, SystemClock};
use crate::coach::Gate;
use crate::model::edit::{self, LadderEdit};
use crate::model::{ExposureId, LadderId, Library, Likelihood, Rating, StepId};
use crate::practice::{self, PracticeError, ReflectionInput};
use crate::store::backup::Backup;
use crate::templates;
use dialogs::{Dialogs, NativeDialogs};
use history::History;
use jobs::{Job, JobResult, Worker};

/// How long a change waits before it is saved, so a burst of edits becomes one write.
pub const SAVE_DELAY_SECS: f64 = 0.5;
/// How long to wait before trying a failed save again.
pub const SAVE_RETRY_SECS: f64 = 5.0;
/// Milliseconds between pacer frames while it runs (about 30 frames a second).
pub const PACER_FRAME_MILLIS: u64 = 33;
/// Key under which UI preferences live in eframe's storage.
const PREFS_KEY: &str = "stepwise-ui";

/// The screens, in navigation order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    #[default]
    Ladders,
    Practice,
    Breathe,
    Progress,
    Journal,
    Safety,
}

impl Screen {
    pub const ALL: [Self; 6] =
        [Self::Ladders, Self::Practice, Self::Breathe, Self::Progress, Self::Journal, Self::Safety];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Ladders => "Ladders",
            Self::Practice => "Practice",
            Self::Breathe => "Breathe",
            Self::Progress => "Progress",
            Self::Journal => "Journal",
            Self::Safety => "Help & safety",
        }
    }
}

/// The state of the progress file in this window.
#[derive(Debug)]
pub enum Doc {
    /// The worker is opening the file; a calm loading state is shown.
    Loading,
    Ready(Library),
    /// The file cannot be read. It is kept untouched until the person chooses what to do.
    Damaged {
        error: String,
        backup: Option<(Backup, Box<Library>)>,
    },
    /// The file cannot be used here (open elsewhere, newer format, unreadable). Nothing is saved.
    Refused {
        error: String,
    },
}

/// Everything a frame can ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Navigate(Screen),
    SelectLadder(LadderId),
    DismissNotice(usize),
    /// Damaged file: open the newest good backup instead (the damaged file is kept as a copy).
    UseBackup,
    /// Damaged file: start again from the starter ladders (the damaged file is kept as a copy).
    StartFresh,
    /// The person has read the "when not to use self-guided exposure" page.
    AcknowledgeSafety,
    /// Close the window (the last save is waited for on exit).
    Quit,
    /// Close even though the latest changes could not be saved.
    QuitWithoutSaving,
    /// Try a failed save again now.
    RetrySave,
    /// A change to the ladders; undoable.
    Edit(LadderEdit),
    Undo,
    Redo,
    /// A step of the guided exposure.
    Practice(PracticeCommand),
    /// A free journal entry (a win or lesson outside any single exposure).
    AddJournalEntry {
        text: String,
        ladder: Option<LadderId>,
    },
    /// The person's own crisis lines (for their country).
    SetCrisisContacts(Vec<crate::model::CrisisContact>),
    /// Open the Breathe screen from somewhere that matters for the log (the exposure flow, the
    /// safety gate), optionally on the grounding guide.
    OpenBreathe {
        context: crate::model::PacerContext,
        grounding: bool,
    },
    Pacer(PacerCommand),
    /// Ask where to save, then export the chosen ladders (empty = all) on the store thread.
    Export {
        kind: crate::export::ExportKind,
        ladders: Vec<LadderId>,
    },
    /// Ask for a progress file to import, then read and preview it.
    ImportChoose,
    /// Read and preview this file.
    ImportFile(PathBuf),
    /// Files dropped on the window: the first is read and previewed; the person is told when
    /// others were left, or when an import is already open.
    ImportDropped(Vec<PathBuf>),
    /// Back up, then apply the previewed import.
    ImportConfirm,
    ImportCancel,
}

/// The breathing pacer's controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PacerCommand {
    Choose(crate::model::PatternId),
    Length(crate::breathing::SessionLength),
    Start,
    /// Space bar: start, pause or resume.
    Toggle,
    Stop,
    /// A custom pattern, new or changed (matched by id).
    SavePattern(crate::model::BreathPattern),
    DeletePattern(crate::model::PatternId),
    SetDefault(crate::model::PatternId),
    SetReducedMotion(bool),
    /// Open the 5-4-3-2-1 guide on this prompt, or close it.
    Grounding(Option<usize>),
    /// Leave the end-of-session message.
    DismissFinished,
}

/// The guided exposure's steps, as the Practice screen asks for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PracticeCommand {
    Begin {
        ladder: LadderId,
        step: StepId,
        confirmed_override: bool,
        away_from_screen: bool,
    },
    Rate {
        before: Rating,
        in_crisis: bool,
    },
    Expect {
        feared_outcome: String,
        likelihood: Likelihood,
    },
    SetMinutes(u8),
    StartTimer,
    Pause,
    Resume,
    Finish {
        stopped_early: bool,
    },
    DoneAwayFromScreen,
    Complete(ReflectionInput),
    Cancel,
    /// Close the acknowledgement after a saved exposure (or the gate's message).
    Dismiss,
}

/// What the Practice screen shows after a command: the gate's answer or the acknowledgement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PracticeMessage {
    /// The safety gate stopped the exposure; nothing was recorded.
    Blocked(String),
    /// A rating of 5-7: breathing is suggested first.
    SuggestBreathing(String),
    /// The reflection is missing something, or a step could not go ahead.
    Problem(String),
    /// The exposure was saved.
    Saved { exposure: ExposureId, acknowledgement: String },
}

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
}

/// A message shown in a banner until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

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

/// UI preferences kept in eframe's storage (never the person's data).
#[derive(Debug, Default, Serialize, Deserialize)]
struct UiPrefs {
    screen: Screen,
}

/// How the app is started.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_path: PathBuf,
    pub clock: Arc<dyn Clock>,
    /// File dialogs for export and import (tests answer them from a queue).
    pub dialogs: Arc<dyn Dialogs>,
    /// Print the wall-clock time of the first frame to stderr (for `scripts/startup.sh`).
    pub report_first_frame: bool,
}

impl Config {
    #[must_use]
    pub fn new(data_path: PathBuf) -> Self {
        Self::with_clock(data_path, Arc::new(SystemClock::new()))
    }

    /// With another clock (tests pin time with [`crate::clock::ManualClock`]).
    #[must_use]
    pub fn with_clock(data_path: PathBuf, clock: Arc<dyn Clock>) -> Self {
        Self { data_path, clock, dialogs: Arc::new(NativeDialogs), report_first_frame: false }
    }
}

/// The Stepwise application.
#[derive(Debug)]
pub struct StepwiseApp {
    data_path: PathBuf,
    clock: Arc<dyn Clock>,
    worker: Option<Worker>,
    pub doc: Doc,
    pub screen: Screen,
    pub selected_ladder: Option<LadderId>,
    pub notices: Vec<Notice>,
    pub save: SaveState,
    /// Set by [`Command::Quit`]; the window closes at the end of the frame.
    pub quit_requested: bool,
    /// Closing was held back because the latest changes are not saved; the person is asked.
    pub close_blocked: bool,
    quit_anyway: bool,
    pub history: History,
    pub practice_message: Option<PracticeMessage>,
    pub pacer: pacer::Pacer,
    /// Set while the first frame's time is still to be reported.
    report_first_frame: bool,
    /// Transient state of the screens (drafts, dialogs); never saved.
    pub view: crate::ui::ViewState,
    dialogs: Arc<dyn Dialogs>,
    /// An import being read, previewed or applied.
    pub import: Option<transfer::ImportState>,
    /// Exports handed to the store thread and not finished yet.
    pub exports_running: usize,
    /// Numbers the import reads, so a late answer to a cancelled one is ignored.
    import_requests: u64,
}

impl StepwiseApp {
    /// Creates the app and starts opening the file in the background (the first frame never waits).
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, config: Config) -> Self {
        crate::ui::theme::apply(&cc.egui_ctx);
        let prefs: UiPrefs = cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)).unwrap_or_default();
        let ctx = cc.egui_ctx.clone();
        let mut app = Self::headless(config, move || ctx.request_repaint());
        app.screen = prefs.screen;
        app
    }

    /// The app without a window; `wake` is called when background work finishes.
    pub fn headless(config: Config, wake: impl Fn() + Send + 'static) -> Self {
        let Config { data_path, clock, dialogs, report_first_frame } = config;
        let mut app = Self {
            data_path: data_path.clone(),
            clock,
            worker: None,
            doc: Doc::Loading,
            screen: Screen::default(),
            selected_ladder: None,
            notices: Vec::new(),
            save: SaveState::default(),
            quit_requested: false,
            close_blocked: false,
            quit_anyway: false,
            history: History::default(),
            practice_message: None,
            pacer: pacer::Pacer::default(),
            report_first_frame,
            view: crate::ui::ViewState::default(),
            dialogs,
            import: None,
            exports_running: 0,
            import_requests: 0,
        };
        match Worker::start(data_path, wake) {
            Ok(worker) if worker.send(Job::Open { now: app.clock.timestamp() }) => app.worker = Some(worker),
            Ok(_) => {
                app.doc = Doc::Refused {
                    error: "Stepwise's file worker stopped before it could open the file. Nothing was read or changed."
                        .to_owned(),
                };
            }
            Err(e) => {
                app.doc = Doc::Refused {
                    error: format!("Stepwise could not start its file worker ({e}). Nothing was read or changed."),
                };
            }
        }
        app
    }

    #[must_use]
    pub fn data_path(&self) -> &Path {
        &self.data_path
    }

    /// The library, once the file is open.
    #[must_use]
    pub fn library(&self) -> Option<&Library> {
        match &self.doc {
            Doc::Ready(lib) => Some(lib),
            _ => None,
        }
    }

    #[must_use]
    pub fn is_loading(&self) -> bool {
        matches!(self.doc, Doc::Loading)
    }

    /// Applies one command. The only place the library changes.
    // Commands are taken by value: editing commands carry owned text that is moved into the model.
    #[allow(clippy::needless_pass_by_value)]
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Navigate(screen) => {
                if screen == Screen::Breathe && self.screen != Screen::Breathe && !self.pacer.is_active() {
                    // With an exposure under way, breathing belongs to it (and is logged so).
                    let during = self.library().is_some_and(|l| l.in_progress.is_some());
                    self.pacer.context = Some(if during {
                        crate::model::PacerContext::BeforeExposure
                    } else {
                        crate::model::PacerContext::OnItsOwn
                    });
                }
                self.screen = screen;
            }
            Command::OpenBreathe { context, grounding } => {
                if !self.pacer.is_active() {
                    self.pacer.context = Some(context);
                }
                if grounding {
                    self.pacer.grounding = Some(0);
                }
                self.screen = Screen::Breathe;
            }
            Command::Pacer(pacer_command) => self.pacer_command(pacer_command),
            Command::SelectLadder(id) => self.selected_ladder = Some(id),
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::UseBackup => {
                if let Doc::Damaged { backup: Some((backup, library)), .. } = &mut self.doc {
                    let library = std::mem::take(&mut **library);
                    let text = format!(
                        "Opened the backup from {}. The damaged file was copied into the backups folder before being replaced.",
                        backup.taken.utc().with_timezone(&chrono::Local).format("%A %d %B %Y, %H:%M")
                    );
                    self.replace_damaged(library, text);
                }
            }
            Command::StartFresh => {
                if matches!(self.doc, Doc::Damaged { .. }) {
                    let library = templates::starter_library_at(self.clock.timestamp());
                    self.replace_damaged(
                        library,
                        "Started again with the starter ladders. The damaged file was copied into the backups folder before being replaced.".to_owned(),
                    );
                }
            }
            Command::AcknowledgeSafety => {
                self.edit(|lib| lib.settings.safety_acknowledged = true);
                // The first-run reading is done: on to the ladders.
                self.screen = Screen::Ladders;
            }
            Command::Quit => {
                if self.unsaved_after_failure() && !self.quit_anyway {
                    self.close_blocked = true;
                } else {
                    self.quit_requested = true;
                }
            }
            Command::QuitWithoutSaving => {
                self.quit_anyway = true;
                self.close_blocked = false;
                self.quit_requested = true;
            }
            Command::RetrySave => {
                self.close_blocked = false;
                self.save.retry_at = Some(self.clock.monotonic_secs());
            }
            Command::Edit(ladder_edit) => self.edit_ladders(&ladder_edit),
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
            Command::Practice(step) => self.practice(step),
            Command::AddJournalEntry { text, ladder } => {
                let text = text.trim().to_owned();
                if text.is_empty() || text.chars().count() > crate::model::limits::LONG_TEXT_CHARS {
                    return;
                }
                // A ladder deleted since it was picked in the filter is not linked.
                let ladder = ladder.filter(|id| self.library().is_some_and(|l| l.ladder(*id).is_some()));
                let entry = crate::model::JournalEntry {
                    id: crate::model::EntryId::fresh(),
                    written: self.clock.timestamp(),
                    text,
                    ladder,
                };
                self.edit(|lib| lib.journal_mut().push(entry));
            }
            Command::SetCrisisContacts(contacts) => {
                use crate::model::limits;
                let contacts: Vec<_> = contacts
                    .into_iter()
                    .filter(|c| !c.how.trim().is_empty())
                    .map(|c| crate::model::CrisisContact {
                        name: c.name.trim().chars().take(limits::SHORT_TEXT_CHARS).collect(),
                        how: c.how.trim().chars().take(limits::MEDIUM_TEXT_CHARS).collect(),
                    })
                    .collect();
                self.edit(|lib| lib.settings.crisis_contacts = contacts);
            }
            transfer @ (Command::Export { .. }
            | Command::ImportChoose
            | Command::ImportFile(_)
            | Command::ImportDropped(_)
            | Command::ImportConfirm
            | Command::ImportCancel) => self.transfer_command(transfer),
        }
    }

    /// The local time now, for the coach's "today" and "this week".
    #[must_use]
    pub fn local_now(&self) -> chrono::DateTime<chrono::Local> {
        self.clock.now().with_timezone(&chrono::Local)
    }

    /// Seconds on the app's monotonic clock (for the pacer's animation).
    #[must_use]
    pub fn monotonic_secs(&self) -> f64 {
        self.clock.monotonic_secs()
    }

    /// The current time in whole seconds (for timers on screen).
    #[must_use]
    pub fn now(&self) -> crate::model::Timestamp {
        self.clock.timestamp()
    }

    /// Moves the exposure under way along; every rule is checked by `practice` and the coach.
    fn practice(&mut self, command: PracticeCommand) {
        let now = self.clock.timestamp();
        let local_now = self.local_now();
        // Each step replaces the previous message (the gate's answer, a problem, the acknowledgement).
        self.practice_message = None;
        let Doc::Ready(library) = &self.doc else { return };
        let mut draft = library.in_progress.clone();
        let mut exposure = None;
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
                    PracticeCommand::Expect { feared_outcome, likelihood } => {
                        practice::expect(d, &feared_outcome, likelihood)
                    }
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
            Err(PracticeError::Blocked(reason)) => self.practice_message = Some(PracticeMessage::Blocked(reason)),
            Err(e) => self.practice_message = Some(PracticeMessage::Problem(e.to_string())),
        }
    }

    fn pacer_command(&mut self, command: PacerCommand) {
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
                self.pacer.grounding = prompt.filter(|p| *p < pacer::GROUNDING_PROMPTS.len());
            }
            PacerCommand::DismissFinished => self.pacer.finished_secs = None,
        }
    }

    /// Ends the pacer session (stopped, or finished by its length) and logs it.
    fn finish_pacer(&mut self, finished: bool) {
        let now_secs = self.clock.monotonic_secs();
        let Some(pattern) = self.library().and_then(|l| self.pacer.pattern(l)).cloned() else { return };
        if let Some(session) = self.pacer.stop(now_secs, &pattern, finished) {
            self.edit(|lib| lib.pacer_sessions_mut().push(session));
        }
    }

    /// True when there are changes that a save already failed to write: closing now would lose them.
    #[must_use]
    pub fn unsaved_after_failure(&self) -> bool {
        self.save.last_error.is_some() && self.save.has_unsaved_changes()
    }

    /// Applies an undoable ladder edit, or says why it could not be made.
    fn edit_ladders(&mut self, ladder_edit: &LadderEdit) {
        let now = self.clock.timestamp();
        let Doc::Ready(library) = &mut self.doc else { return };
        let before = library.clone();
        match edit::apply(library, ladder_edit, now) {
            Ok(selected) => {
                self.history.record(ladder_edit.label(), before, self.selected_ladder);
                // Only edits that create or remove a ladder move the selection; others leave it
                // where the person put it (a rename committed as they click another ladder).
                match ladder_edit {
                    LadderEdit::CreateLadder { .. }
                    | LadderEdit::CreateFromTemplate { .. }
                    | LadderEdit::Duplicate { .. } => self.selected_ladder = selected,
                    LadderEdit::Delete { .. } => {
                        self.selected_ladder = library.ladders.iter().find(|l| !l.archived).map(|l| l.id);
                    }
                    _ => {}
                }
                self.mark_changed();
            }
            Err(e) => {
                *library = before;
                self.notices.push(Notice {
                    kind: NoticeKind::Warning,
                    text: format!("Could not {}: {e}. Nothing was changed.", ladder_edit.label()),
                });
            }
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let available = if undo { self.history.undo_label() } else { self.history.redo_label() };
        let Doc::Ready(library) = &mut self.doc else { return };
        if available.is_none() {
            return;
        }
        let current = std::mem::take(library);
        let selected = self.selected_ladder;
        let restored = if undo { self.history.undo(current, selected) } else { self.history.redo(current, selected) };
        if let Some(restored) = restored {
            *library = restored.library;
            self.selected_ladder = restored.selected;
            self.mark_changed();
        }
    }

    fn replace_damaged(&mut self, library: Library, text: String) {
        self.selected_ladder = library.ladders.iter().find(|l| !l.archived).map(|l| l.id);
        self.history.clear();
        self.doc = Doc::Ready(library);
        self.save.keep_damaged_first = true;
        self.mark_changed();
        self.notices.push(Notice { kind: NoticeKind::Info, text });
    }

    /// Makes a change that is not undoable (and so clears the undo history, which could
    /// otherwise revert it), and schedules a save.
    fn edit(&mut self, change: impl FnOnce(&mut Library)) {
        if let Doc::Ready(library) = &mut self.doc {
            change(library);
            self.history.clear();
            self.mark_changed();
        }
    }

    fn mark_changed(&mut self) {
        self.save.generation += 1;
        if self.save.pending_since.is_none() {
            self.save.pending_since = Some(self.clock.monotonic_secs());
        }
    }

    /// Collects worker results and starts a save when one is due. Returns how long until the
    /// next save is due, if one is waiting (the caller asks for a repaint then).
    pub fn tick(&mut self) -> Option<f64> {
        let results = self.worker.as_ref().map(Worker::poll).unwrap_or_default();
        for result in results {
            self.handle(result);
        }
        let now_secs = self.clock.monotonic_secs();
        if let Some(pattern) = self.library().and_then(|l| self.pacer.pattern(l))
            && self.pacer.is_due_to_finish(pattern, now_secs)
        {
            self.finish_pacer(true);
        }
        self.start_save_if_due()
    }

    fn handle(&mut self, result: JobResult) {
        match result {
            JobResult::Opened { library, created, migrated_from } => {
                // First run (or never confirmed): the safety page comes first, once.
                if !library.settings.safety_acknowledged {
                    self.screen = Screen::Safety;
                }
                if self.selected_ladder.is_none() {
                    self.selected_ladder = library.ladders.iter().find(|l| !l.archived).map(|l| l.id);
                }
                self.doc = Doc::Ready(*library);
                if created {
                    self.notices.push(Notice {
                        kind: NoticeKind::Info,
                        text: format!(
                            "Welcome. Your progress file was created at {} with four starter ladders.",
                            self.data_path.display()
                        ),
                    });
                }
                if let Some(version) = migrated_from {
                    self.notices.push(Notice {
                        kind: NoticeKind::Info,
                        text: format!(
                            "Your file was in an older format (version {version}); it was backed up and brought up to date."
                        ),
                    });
                    self.mark_changed();
                }
            }
            // The explanation and the choices come first, whatever screen was open last time.
            JobResult::Damaged { error, backup } => {
                self.doc = Doc::Damaged { error, backup };
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
            other => self.transfer_result(other),
        }
    }

    /// A save of `generation` ended. Saves also come from an import (which saves first), so
    /// the save being tracked ends only if it is this one or an older one.
    fn finish_save_in_flight(&mut self, generation: u64) {
        if self.save.in_flight.is_some_and(|tracked| tracked <= generation) {
            self.save.in_flight = None;
        }
    }

    fn start_save_if_due(&mut self) -> Option<f64> {
        if !self.save.has_unsaved_changes() || self.save.in_flight.is_some() {
            return None;
        }
        let Doc::Ready(library) = &self.doc else { return None };
        let now = self.clock.monotonic_secs();
        let due = self.save.retry_at.or_else(|| self.save.pending_since.map(|t| t + SAVE_DELAY_SECS))?;
        if now < due {
            return Some(due - now);
        }
        let keep_damaged = self.save.keep_damaged_first.then(|| self.clock.timestamp());
        let job = Job::Save { generation: self.save.generation, library: Box::new(library.clone()), keep_damaged };
        if self.worker.as_ref().is_some_and(|w| w.send(job)) {
            self.save.in_flight = Some(self.save.generation);
            self.save.retry_at = None;
        } else {
            self.save.last_error = Some("Stepwise's file worker has stopped, so changes cannot be saved.".to_owned());
            self.save.retry_at = Some(now + SAVE_RETRY_SECS);
        }
        None
    }

    /// Saves anything unsaved and waits for the worker to finish. Called when the window
    /// closes ("quitting waits for the last save"); safe to call more than once.
    pub fn shutdown(&mut self) {
        if self.pacer.is_active() {
            self.finish_pacer(false);
        }
        self.finish_transfers();
        if self.save.has_unsaved_changes()
            && self.save.in_flight != Some(self.save.generation)
            && let Doc::Ready(library) = &self.doc
            && let Some(worker) = &self.worker
        {
            let keep_damaged = self.save.keep_damaged_first.then(|| self.clock.timestamp());
            let job = Job::Save { generation: self.save.generation, library: Box::new(library.clone()), keep_damaged };
            if !worker.send(job) {
                self.save.last_error = Some("The file worker stopped before the last save.".to_owned());
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

impl eframe::App for StepwiseApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Closing while a save has failed would lose the latest changes: ask first.
        if ctx.input(|i| i.viewport().close_requested()) && self.unsaved_after_failure() && !self.quit_anyway {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_blocked = true;
        }
        if let Some(wait_secs) = self.tick() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait_secs.max(0.01)));
        }
        // The pacer animates while it runs, at about 30 frames a second (a breath lasts seconds;
        // more frames only cost power), or 10 a second for words and a bar when motion is
        // reduced. Paused or stopped, it asks for nothing.
        if self.pacer.timer.is_running() {
            let reduced = self.library().is_some_and(|l| l.settings.reduced_motion);
            let frame_millis = if reduced { 100 } else { PACER_FRAME_MILLIS };
            if self.screen == Screen::Breathe {
                ctx.request_repaint_after(std::time::Duration::from_millis(frame_millis));
            } else if let Some(left) = self.library().and_then(|l| self.pacer.secs_left(l, self.clock.monotonic_secs()))
            {
                // Out of sight nothing is drawn; wake once, when the session is due to end.
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(left.max(0.05)));
            }
        }
        // The exposure timer ticks once a second while it runs, and not at all otherwise.
        if let Some(draft) = self.library().and_then(|l| l.in_progress.as_ref())
            && practice::timer_running(draft)
            && practice::remaining_secs(draft, self.clock.timestamp()) > 0
        {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        if self.is_loading() || self.save.in_flight.is_some() || self.transfer_busy() {
            // The worker wakes us when done; this is a fallback that costs nothing when idle.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The view state is lent to the screens while they read the rest of the app.
        let mut view = std::mem::take(&mut self.view);
        let mut commands = crate::ui::app_ui(ui, self, &mut view);
        // Text still being typed is committed before leaving the screen or closing.
        let leaving = ui.input(|i| i.viewport().close_requested())
            || commands.iter().any(|c| matches!(c, Command::Quit | Command::Navigate(_)));
        if leaving && let Some(library) = self.library() {
            let pending = view.ladders.take_pending_edits(library);
            commands.splice(0..0, pending.into_iter().map(Command::Edit));
        }
        self.view = view;
        for command in commands {
            self.apply(command);
        }
        if self.quit_requested {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if std::mem::take(&mut self.report_first_frame) {
            eprintln!("first-frame-unix-ms {}", self.clock.now().timestamp_millis());
        }
        // A change made this frame is scheduled for saving without waiting for other input.
        if self.save.has_unsaved_changes() && self.save.in_flight.is_none() {
            ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(SAVE_DELAY_SECS));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &UiPrefs { screen: self.screen });
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shutdown();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imports_save_does_not_end_a_newer_save_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let clock =
            Arc::new(crate::clock::ManualClock::new(crate::model::Timestamp::from_unix_secs(1_795_000_000).utc()));
        let mut app = StepwiseApp::headless(Config::with_clock(dir.path().join("library.ron"), clock), || {});
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
