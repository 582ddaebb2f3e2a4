//! The application: one in-memory [`Library`], changed only here (by the [`Command`]s applied in
//! [`StepwiseApp::apply`], and by the store thread's answers that [`StepwiseApp::tick`]
//! collects) and saved by the store worker. It knows nothing of egui or the screens:
//! `crate::shell` draws the screens from [`StepwiseApp::view`] and hands their commands back.
//!
//! Flow of a frame: [`StepwiseApp::tick`] collects results from the worker, starts a save when a
//! change has waited long enough (half a second, so a burst of edits is one write) and says when
//! the next frame is needed; the screens draw from the view and return commands; the commands
//! are applied after drawing. The person's data never goes through eframe's storage.
//!
//! Rooms: `mod.rs` (the struct, `apply`, the view), [`save`] (the save schedule and the worker's
//! answers), [`practice`] (the guided exposure), [`pacer`] (the breathing pacer's commands),
//! [`transfer`] (export and import; `transfer_jobs` is their store-thread half), [`history`]
//! (undo), [`jobs`] (the store thread), `outside` (the store thread's watch on the file: changes
//! made outside Stepwise merged, never overwritten), [`sync`] (what the window does with that
//! news, conflict copies, a stopped store thread), [`dialogs`] (file dialogs), [`reminders`]
//! (the reminder thread, notifications and the start-up entry) and [`notifier`] (system
//! notifications).

pub mod dialogs;
pub mod history;
pub mod jobs;
pub mod notifier;
mod outside;
mod pacer;
mod practice;
pub mod reminders;
mod save;
pub mod sync;
pub mod transfer;
mod transfer_jobs;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::clock::{Clock, SystemClock};
use crate::command::{Command, Screen};
use crate::frame_cost::FrameMeter;
use crate::model::edit::{self, LadderEdit};
use crate::model::{LadderId, Library};
use crate::pacer::Pacer;
use crate::templates;
use crate::view::{AppView, Doc, ImportState, Notice, NoticeKind, PracticeMessage};
use dialogs::{Dialogs, NativeDialogs};
use history::History;
use jobs::{Job, Worker};
use notifier::{Notifier, RecordingNotifier, SystemNotifier};
use reminders::Reminders;
use save::SaveState;
use sync::SyncState;

/// How long a change waits before it is saved, so a burst of edits becomes one write.
pub const SAVE_DELAY_SECS: f64 = 0.5;
/// How long to wait before trying a failed save again.
pub const SAVE_RETRY_SECS: f64 = 5.0;

/// How the app is started.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_path: PathBuf,
    pub clock: Arc<dyn Clock>,
    /// File dialogs for export and import (tests answer them from a queue).
    pub dialogs: Arc<dyn Dialogs>,
    /// Print the wall-clock time of the first frame to stderr (for `scripts/startup.sh`).
    pub report_first_frame: bool,
    /// Print a line to stderr at each frame: the monotonic seconds and the breathing pacer's
    /// elapsed seconds while it runs (for `scripts/pacer_cpu.sh`; read by `crate::shell`).
    pub report_frames: bool,
    /// System notifications at practice times ([`Config::new`]: the system's; otherwise a
    /// [`RecordingNotifier`] that shows nothing).
    pub notifier: Arc<dyn Notifier>,
    /// The longest the reminder thread waits before reading the wall clock again (a minute; a
    /// sleeping computer stops timers, not the wall clock). Tests with a pinned clock shorten it.
    pub reminder_recheck: std::time::Duration,
    /// Started with the computer (`--quiet`): minimised, on Practice, without the opening notices.
    pub quiet: bool,
    /// Where the start-up entry lives (`None`: this system has none Stepwise knows).
    pub autostart_path: Option<PathBuf>,
    /// What the start-up entry starts.
    pub launch: crate::autostart::Launch,
    /// The system's languages, best first (`["it-IT"]`): the language and the crisis lines'
    /// region follow them unless the person chose. [`Config::new`]: the system's; otherwise none,
    /// so tests are in English whatever the machine says.
    pub system_locales: Vec<String>,
    /// The language the person chose on this computer (`None`: the system's).
    pub language: Option<crate::i18n::Lang>,
}

/// The language in use, what the system asks for, and the system's region.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Language {
    chosen: Option<crate::i18n::Lang>,
    system: crate::i18n::Lang,
    in_use: crate::i18n::Lang,
    region: Option<String>,
}

impl Language {
    /// Negotiates the system's language and puts the chosen one (or that) in use at once: the
    /// first run's starter ladders are written in it.
    fn new(system_locales: &[String], chosen: Option<crate::i18n::Lang>) -> Self {
        let system = crate::i18n::negotiate(system_locales);
        let in_use = chosen.unwrap_or(system);
        crate::i18n::set_language(in_use);
        Self { chosen, system, in_use, region: crate::i18n::region(system_locales) }
    }

    fn view(&self) -> crate::view::LanguageView<'_> {
        crate::view::LanguageView {
            chosen: self.chosen,
            system: self.system,
            in_use: self.in_use,
            region: self.region.as_deref(),
        }
    }
}

impl Config {
    #[must_use]
    pub fn new(data_path: PathBuf) -> Self {
        let mut config = Self::with_clock(data_path, Arc::new(SystemClock::new()));
        config.notifier = Arc::new(SystemNotifier);
        config.autostart_path = crate::autostart::location();
        config.system_locales = crate::i18n::system_locales();
        config
    }

    /// With another clock (tests pin time with [`crate::clock::ManualClock`]).
    #[must_use]
    pub fn with_clock(data_path: PathBuf, clock: Arc<dyn Clock>) -> Self {
        let launch = crate::autostart::Launch {
            program: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("stepwise")),
            data: (data_path != crate::paths::default_data_path()).then(|| data_path.clone()),
        };
        Self {
            data_path,
            clock,
            dialogs: Arc::new(NativeDialogs),
            report_first_frame: false,
            report_frames: false,
            notifier: Arc::new(RecordingNotifier::default()),
            reminder_recheck: std::time::Duration::from_secs(60),
            quiet: false,
            autostart_path: None,
            launch,
            system_locales: Vec::new(),
            language: None,
        }
    }
}

/// The Stepwise application: the model and everything that changes it. Its fields are private;
/// screens read [`StepwiseApp::view`] and send [`Command`]s to [`StepwiseApp::apply`].
#[derive(Debug)]
pub struct StepwiseApp {
    data_path: PathBuf,
    clock: Arc<dyn Clock>,
    worker: Option<Worker>,
    doc: Doc,
    screen: Screen,
    selected_ladder: Option<LadderId>,
    notices: Vec<Notice>,
    save: SaveState,
    /// Set by [`Command::Quit`]; the window closes at the end of the frame.
    quit_requested: bool,
    /// Closing was held back because the latest changes are not saved; the person is asked.
    close_blocked: bool,
    quit_anyway: bool,
    history: History,
    practice_message: Option<PracticeMessage>,
    pacer: Pacer,
    /// The measured CPU cost of a frame while the pacer animates, for its frame rate.
    frame_meter: FrameMeter,
    /// Set while the first frame's time is still to be reported.
    report_first_frame: bool,
    dialogs: Arc<dyn Dialogs>,
    /// An import being read, previewed or applied.
    import: Option<ImportState>,
    /// Exports handed to the store thread and not finished yet.
    exports_running: usize,
    /// Numbers the import reads, so a late answer to a cancelled one is ignored.
    import_requests: u64,
    /// Files dropped with the one being read (its request, how many others): the person is told
    /// to drop them again once the store thread has answered about the first.
    dropped_others: Option<(u64, usize)>,
    /// The file cannot be written (found by the store thread at open): nothing is saved, the
    /// changes stay in this window, and closing with changes asks first.
    read_only: bool,
    /// Changes from outside, conflict copies, a stopped store thread.
    sync: SyncState,
    /// Reminders at practice times, and the start-up entry.
    nudge: reminders::Nudge,
    language: Language,
}

impl StepwiseApp {
    /// Creates the app and starts opening the file on the store thread (the first frame never
    /// waits); `wake` is called when background work finishes (the window asks for a frame).
    pub fn new(config: Config, wake: impl Fn() + Send + Sync + 'static) -> Self {
        let Config {
            data_path,
            clock,
            dialogs,
            report_first_frame,
            report_frames: _,
            notifier,
            reminder_recheck,
            quiet,
            autostart_path,
            launch,
            system_locales,
            language,
        } = config;
        // Before the store thread starts: a first run's starter ladders are in this language.
        let language = Language::new(&system_locales, language);
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(wake);
        let reminder_thread = Reminders::new(notifier, clock.clone(), reminder_recheck, Arc::clone(&wake));
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
            pacer: Pacer::default(),
            frame_meter: FrameMeter::default(),
            report_first_frame,
            dialogs,
            import: None,
            exports_running: 0,
            import_requests: 0,
            dropped_others: None,
            read_only: false,
            sync: SyncState::default(),
            nudge: reminders::Nudge::new(reminder_thread, quiet, autostart_path, launch),
            language,
        };
        let worker_wake = Arc::clone(&wake);
        match Worker::start(data_path, app.clock.clone(), move || worker_wake()) {
            Ok(worker) if worker.send(Job::Open { now: app.clock.timestamp() }) => app.worker = Some(worker),
            Ok(_) => {
                app.doc = Doc::Refused { error: crate::t!("app-worker-stopped-before-open") };
            }
            Err(e) => {
                app.doc = Doc::Refused { error: crate::t!("app-worker-not-started", error = e.to_string()) };
            }
        }
        app
    }

    /// What the screens read this frame; the clock is read once, here.
    #[must_use]
    pub fn view(&self) -> AppView<'_> {
        // One reading of the clock: the local time and the whole seconds are the same moment.
        let now = self.clock.now();
        let timestamp = crate::model::Timestamp::from_utc(now);
        AppView {
            screen: self.screen,
            doc: &self.doc,
            selected_ladder: self.selected_ladder,
            notices: &self.notices,
            generation: self.save.generation,
            unsaved: self.save.has_unsaved_changes(),
            saving: self.save.in_flight.is_some(),
            save_error: self.save.last_error.as_deref(),
            undo_label: self.history.undo_label(),
            redo_label: self.history.redo_label(),
            practice_message: self.practice_message.as_ref(),
            pacer: &self.pacer,
            import: self.import.as_ref(),
            exports_running: self.exports_running,
            close_blocked: self.close_blocked,
            read_only: self.read_only,
            quit_requested: self.quit_requested,
            now: now.with_timezone(&chrono::Local),
            timestamp,
            monotonic_secs: self.clock.monotonic_secs(),
            data_path: &self.data_path,
            saving_to: self.sync.diverted_to.as_deref(),
            conflict_offer: if self.library().is_some() { self.sync.offer() } else { None },
            reminders: self.nudge.view(),
            language: self.language.view(),
        }
    }

    /// True once [`Command::Quit`] was accepted: the window closes at the end of the frame.
    #[must_use]
    pub fn quit_requested(&self) -> bool {
        self.quit_requested
    }

    /// The wall-clock time of the first frame in Unix milliseconds, once, when the app was
    /// started to report it (`scripts/startup.sh`).
    pub fn first_frame_report(&mut self) -> Option<i64> {
        std::mem::take(&mut self.report_first_frame).then(|| self.clock.now().timestamp_millis())
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

    /// Applies one command: where everything the person asks for changes the library. (The
    /// store thread's answers and a breathing session running out are applied by `tick`.)
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
                    let taken = backup.taken.utc().with_timezone(&chrono::Local).naive_local();
                    let text = crate::t!("app-opened-backup", when = crate::i18n::dates::long_with_time(taken));
                    self.replace_damaged(library, text);
                }
            }
            Command::StartFresh => {
                if matches!(self.doc, Doc::Damaged { .. }) {
                    let library = templates::starter_library_at(self.clock.timestamp());
                    self.replace_damaged(library, crate::t!("app-started-fresh"));
                }
            }
            Command::AcknowledgeSafety => {
                self.edit(|lib| lib.settings.safety_acknowledged = true);
                // The first-run reading is done: on to practice, at the coach's first step.
                self.screen = Screen::Practice;
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
            Command::CancelQuit => self.close_blocked = false,
            Command::Edit(ladder_edit) => self.edit_ladders(&ladder_edit),
            Command::Settings(settings_edit) => self.edit_settings(&settings_edit),
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
                let now = self.clock.timestamp();
                self.edit(|lib| {
                    lib.settings.crisis_contacts = contacts;
                    lib.settings.changed.crisis_contacts = now;
                });
            }
            Command::SetReminders(on) => self.nudge.reminders_on = on,
            Command::SetLanguage(chosen) => {
                self.language.chosen = chosen;
                self.language.in_use = chosen.unwrap_or(self.language.system);
                crate::i18n::set_language(self.language.in_use);
            }
            Command::SetAutostart(on) => self.set_autostart(on),
            Command::ReviewConflictCopy => self.review_conflict_copy(),
            Command::SkipConflictCopy => self.skip_conflict_copy(),
            Command::ImportCancel => {
                self.before_import_cancel();
                self.transfer_command(Command::ImportCancel);
            }
            transfer @ (Command::Export { .. }
            | Command::ImportChoose
            | Command::ImportFile(_)
            | Command::ImportDropped(_)
            | Command::ImportConfirm) => self.transfer_command(transfer),
        }
    }

    /// The local time now, for the coach's "today" and "this week".
    fn local_now(&self) -> chrono::DateTime<chrono::Local> {
        self.clock.now().with_timezone(&chrono::Local)
    }

    /// True when there are changes that a save already failed to write, or that cannot be saved
    /// because the file is read-only: closing now would lose them.
    #[must_use]
    pub fn unsaved_after_failure(&self) -> bool {
        (self.save.last_error.is_some() || self.read_only) && self.save.has_unsaved_changes()
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
                self.notices.push(Notice { kind: NoticeKind::Warning, text: edit_failed(ladder_edit.label(), &e) });
            }
        }
    }

    /// A change to a setting: checked against the limits, stamped, undoable.
    fn edit_settings(&mut self, settings_edit: &crate::model::SettingsEdit) {
        let now = self.clock.timestamp();
        let Doc::Ready(library) = &mut self.doc else { return };
        let before = library.clone();
        match crate::model::apply_settings(library, settings_edit, now) {
            Ok(true) => {
                self.history.record(settings_edit.label(), before, self.selected_ladder);
                self.mark_changed();
            }
            Ok(false) => {}
            Err(e) => {
                self.notices.push(Notice { kind: NoticeKind::Warning, text: edit_failed(settings_edit.label(), &e) });
            }
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let now = self.clock.timestamp();
        let Doc::Ready(library) = &mut self.doc else { return };
        let before = library.clone();
        let selected = &mut self.selected_ladder;
        let done = if undo { self.history.undo(library, selected) } else { self.history.redo(library, selected) };
        if done.is_some() {
            // Stamped as a change made now, so another computer's copy does not bring back
            // what was undone.
            crate::model::restamp_undone(&before, library, now);
            self.mark_changed();
        }
    }

    /// Removes for good what has been in Recently deleted for 30 days (leaving tombstones), as
    /// the file is opened. Not undoable, and nothing to announce: the list said how long it kept
    /// them.
    fn purge_deleted(&mut self) {
        let now = self.clock.timestamp();
        // A read-only window changes nothing it cannot save (and would only ask about it).
        if !self.read_only
            && let Doc::Ready(library) = &mut self.doc
            && crate::model::purge_expired(library, now) > 0
        {
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
}

/// "Could not rename ladder: that ladder no longer exists. Nothing was changed." The edit's
/// label is a message id or, where it is still written in English, the words themselves (a
/// text that is no message id reads as itself).
fn edit_failed(label: &str, error: &impl std::fmt::Display) -> String {
    crate::t!("app-edit-failed", action = crate::i18n::tr(label), reason = error.to_string())
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Arg, Lang, tr_in};

    #[test]
    fn a_failed_edit_is_named_by_its_label_whether_id_or_words() {
        let reason = "that ladder no longer exists";
        assert_eq!(
            super::edit_failed("rename ladder", &reason),
            "Could not rename ladder: that ladder no longer exists. Nothing was changed."
        );
        assert_eq!(
            super::edit_failed(super::transfer::IMPORT_LABEL, &reason),
            format!("Could not import: {reason}. Nothing was changed.")
        );
        let it = Lang::from_tag("it").unwrap();
        let args = [("action", Arg::from("importazione")), ("reason", Arg::from("quella scala non esiste più"))];
        assert_eq!(
            tr_in(it, "app-edit-failed", &args),
            "Operazione non riuscita (importazione): quella scala non esiste più. Non è cambiato nulla."
        );
    }
}
