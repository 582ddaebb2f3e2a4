//! The application: one in-memory [`Library`], changed only through [`Command`]s applied in
//! [`StepwiseApp::apply`], drawn each frame by `crate::ui`, saved by the store worker.
//!
//! Flow of a frame: `logic` collects results from the worker and starts a save when a change
//! has waited long enough (half a second, so a burst of edits is one write); `ui` draws the
//! screens, which read the app and return commands; the commands are applied after drawing.
//! The person's data never goes through eframe's storage, which holds only UI preferences.

pub mod history;
pub mod jobs;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::{Clock, SystemClock};
use crate::model::edit::{self, LadderEdit};
use crate::model::{LadderId, Library};
use crate::store::backup::Backup;
use crate::templates;
use history::History;
use jobs::{Job, JobResult, Worker};

/// How long a change waits before it is saved, so a burst of edits becomes one write.
pub const SAVE_DELAY_SECS: f64 = 0.5;
/// How long to wait before trying a failed save again.
pub const SAVE_RETRY_SECS: f64 = 5.0;
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
    /// A change to the ladders; undoable.
    Edit(LadderEdit),
    Undo,
    Redo,
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
    /// When the oldest unsaved change was made.
    pub pending_since: Option<DateTime<Utc>>,
    pub retry_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub last_save_secs: Option<f64>,
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
}

impl Config {
    #[must_use]
    pub fn new(data_path: PathBuf) -> Self {
        Self { data_path, clock: Arc::new(SystemClock) }
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
    pub history: History,
    /// Transient state of the screens (drafts, dialogs); never saved.
    pub view: crate::ui::ViewState,
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
        let Config { data_path, clock } = config;
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
            history: History::default(),
            view: crate::ui::ViewState::default(),
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
            Command::Navigate(screen) => self.screen = screen,
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
                        backup.taken
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
            Command::AcknowledgeSafety => self.edit(|lib| lib.settings.safety_acknowledged = true),
            Command::Quit => self.quit_requested = true,
            Command::Edit(ladder_edit) => self.edit_ladders(&ladder_edit),
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
        }
    }

    /// Applies an undoable ladder edit, or says why it could not be made.
    fn edit_ladders(&mut self, ladder_edit: &LadderEdit) {
        let now = self.clock.timestamp();
        let Doc::Ready(library) = &mut self.doc else { return };
        let before = library.clone();
        match edit::apply(library, ladder_edit, now) {
            Ok(selected) => {
                self.history.record(ladder_edit.label(), before, self.selected_ladder);
                self.selected_ladder = selected.or_else(|| library.ladders.iter().find(|l| !l.archived).map(|l| l.id));
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
            self.save.pending_since = Some(self.clock.now());
        }
    }

    /// Collects worker results and starts a save when one is due. Returns how long until the
    /// next save is due, if one is waiting (the caller asks for a repaint then).
    pub fn tick(&mut self) -> Option<f64> {
        let results = self.worker.as_ref().map(Worker::poll).unwrap_or_default();
        for result in results {
            self.handle(result);
        }
        self.start_save_if_due()
    }

    fn handle(&mut self, result: JobResult) {
        match result {
            JobResult::Opened { library, created, migrated_from } => {
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
            JobResult::Damaged { error, backup } => self.doc = Doc::Damaged { error, backup },
            JobResult::Refused { error } => self.doc = Doc::Refused { error },
            JobResult::Saved { generation, secs } => {
                self.save.in_flight = None;
                self.save.saved_generation = self.save.saved_generation.max(generation);
                self.save.last_error = None;
                self.save.retry_at = None;
                self.save.last_save_secs = Some(secs);
                self.save.pending_since = self.save.has_unsaved_changes().then(|| self.clock.now());
            }
            JobResult::SaveFailed { error, .. } => {
                self.save.in_flight = None;
                self.save.last_error = Some(error);
                self.save.retry_at = Some(self.clock.now() + secs_duration(SAVE_RETRY_SECS));
            }
            JobResult::Warning(text) => self.notices.push(Notice { kind: NoticeKind::Warning, text }),
        }
    }

    fn start_save_if_due(&mut self) -> Option<f64> {
        if !self.save.has_unsaved_changes() || self.save.in_flight.is_some() {
            return None;
        }
        let Doc::Ready(library) = &self.doc else { return None };
        let now = self.clock.now();
        let due = self.save.retry_at.or_else(|| self.save.pending_since.map(|t| t + secs_duration(SAVE_DELAY_SECS)))?;
        if now < due {
            return Some((due - now).as_seconds_f64());
        }
        let keep_damaged = self.save.keep_damaged_first.then(|| self.clock.timestamp());
        let job = Job::Save { generation: self.save.generation, library: Box::new(library.clone()), keep_damaged };
        if self.worker.as_ref().is_some_and(|w| w.send(job)) {
            self.save.in_flight = Some(self.save.generation);
            self.save.retry_at = None;
            self.save.keep_damaged_first = false;
        }
        None
    }

    /// Saves anything unsaved and waits for the worker to finish. Called when the window
    /// closes ("quitting waits for the last save"); safe to call more than once.
    pub fn shutdown(&mut self) {
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

fn secs_duration(secs: f64) -> chrono::Duration {
    chrono::Duration::milliseconds((secs * 1000.0) as i64)
}

impl eframe::App for StepwiseApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if let Some(wait_secs) = self.tick() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait_secs.max(0.01)));
        }
        if self.is_loading() || self.save.in_flight.is_some() {
            // The worker wakes us when done; this is a fallback that costs nothing when idle.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The view state is lent to the screens while they read the rest of the app.
        let mut view = std::mem::take(&mut self.view);
        let commands = crate::ui::app_ui(ui, self, &mut view);
        self.view = view;
        for command in commands {
            self.apply(command);
        }
        if self.quit_requested {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
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
