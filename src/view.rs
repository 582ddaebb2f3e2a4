//! What the screens read: a read-only [`AppView`] built once per frame by
//! `StepwiseApp::view`, and the status types the screens match on. Below both `app` and `ui`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use crate::command::Screen;
use crate::merge::Merge;
use crate::model::{ExposureId, LadderId, Library, Timestamp};
use crate::pacer::Pacer;
use crate::store::backup::Backup;

/// The state of the progress file in this window.
// One per window, and `Ready` is what it is nearly always: boxing the library would save nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Doc {
    /// The worker is opening the file; a calm loading state is shown.
    Loading,
    Ready(Library),
    /// The file cannot be read. It is kept untouched until the person chooses what to do.
    /// `stepwise_copies`: copies Stepwise saved beside it while it could not be read (offered for
    /// import once a library is open).
    Damaged {
        error: String,
        backup: Option<(Backup, Box<Library>)>,
        stepwise_copies: Vec<PathBuf>,
    },
    /// The file cannot be used here (open elsewhere, newer format, unreadable). Nothing is saved.
    Refused {
        error: String,
    },
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

/// Where an import has got to.
#[derive(Debug)]
pub enum ImportState {
    /// The store thread is reading and checking the file (`request` matches its answer).
    Reading { path: PathBuf, request: u64 },
    /// The person is looking at what the import would do.
    Preview(ImportPreview),
    /// Confirmed: the progress file is being saved and backed up, and the merge checked.
    BackingUp(ImportPreview),
}

/// A file read for import and what merging it would do.
#[derive(Debug)]
pub struct ImportPreview {
    pub path: PathBuf,
    pub imported: Box<Library>,
    /// The merge worked out against the library as it was when the file was read (a preview:
    /// it is worked out again on confirming).
    pub merge: Box<Merge>,
}

/// A sync tool's conflict copy beside the progress file, offered for import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictOffer {
    pub path: PathBuf,
    /// What the banner says (which tool left it, and what reviewing does).
    pub text: String,
}

/// The language choice on this computer, and the system's region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageView<'a> {
    /// The person's choice; `None` follows the system.
    pub chosen: Option<crate::i18n::Lang>,
    /// What the system asks for (the choice "As the system").
    pub system: crate::i18n::Lang,
    /// The language every word is in now.
    pub in_use: crate::i18n::Lang,
    /// The system's region (`"IT"`), which chooses the built-in crisis lines
    /// ([`crate::model::crisis::shown`]).
    pub region: Option<&'a str>,
}

/// What the screens read of reminders and the start-up entry.
#[derive(Clone, Copy, Debug)]
pub struct RemindersView<'a> {
    /// Reminders are on on this computer.
    pub on: bool,
    /// Why notifications cannot be shown here (reported once, in Settings).
    pub problem: Option<&'a str>,
    pub autostart: &'a crate::autostart::Status,
    /// Why the last change to the start-up entry did not happen.
    pub autostart_error: Option<&'a str>,
    /// The store thread is writing or removing the entry.
    pub autostart_busy: bool,
}

/// The file's name as a person sees it (the whole path when it has none).
#[must_use]
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Everything the screens read from the app in one frame: shared references and copies only, so
/// a screen cannot change anything; it returns commands instead. Built once per frame by
/// `StepwiseApp::view`, which also reads the clock once.
#[derive(Debug, Clone, Copy)]
pub struct AppView<'a> {
    pub screen: Screen,
    pub doc: &'a Doc,
    pub selected_ladder: Option<LadderId>,
    pub notices: &'a [Notice],
    /// Changes with every change to the library: the key for the screens' caches.
    pub generation: u64,
    pub unsaved: bool,
    /// A save is being written by the store thread.
    pub saving: bool,
    /// Why the last save failed, while it has not been written since.
    pub save_error: Option<&'a str>,
    pub undo_label: Option<&'static str>,
    pub redo_label: Option<&'static str>,
    pub practice_message: Option<&'a PracticeMessage>,
    pub pacer: &'a Pacer,
    pub import: Option<&'a ImportState>,
    pub exports_running: usize,
    /// Closing was held back because the latest changes are not saved; the person is asked.
    pub close_blocked: bool,
    /// The progress file can only be read here (read-only disk, no permission, or marked
    /// read-only): nothing is saved, and a banner on every screen says so.
    pub read_only: bool,
    /// The window is to close at the end of this frame.
    pub quit_requested: bool,
    /// The local time now, read once per frame (the coach's "today" and "this week").
    pub now: DateTime<Local>,
    /// The same moment in whole seconds (timers on screen).
    pub timestamp: Timestamp,
    /// Seconds on the app's monotonic clock (the pacer's animation).
    pub monotonic_secs: f64,
    pub data_path: &'a Path,
    /// The progress file changed outside Stepwise and cannot be read: saves go to this copy.
    pub saving_to: Option<&'a Path>,
    /// A sync tool's conflict copy offered for import (one at a time).
    pub conflict_offer: Option<&'a ConflictOffer>,
    pub reminders: RemindersView<'a>,
    pub language: LanguageView<'a>,
}

impl AppView<'_> {
    /// The library, once the file is open.
    #[must_use]
    pub fn library(&self) -> Option<&Library> {
        match self.doc {
            Doc::Ready(library) => Some(library),
            _ => None,
        }
    }

    #[must_use]
    pub fn is_loading(&self) -> bool {
        matches!(self.doc, Doc::Loading)
    }

    /// Whether an import or export can start now: a library is open and no import is.
    #[must_use]
    pub fn can_start_transfer(&self) -> bool {
        self.library().is_some() && self.import.is_none()
    }

    /// Whether an import can start now: as [`Self::can_start_transfer`], and the file can be
    /// written (an import is saved and backed up first).
    #[must_use]
    pub fn can_import(&self) -> bool {
        self.can_start_transfer() && !self.read_only
    }

    /// True while the store thread works on an export or an import (a progress indicator shows).
    #[must_use]
    pub fn transfer_busy(&self) -> bool {
        self.exports_running > 0 || matches!(self.import, Some(ImportState::Reading { .. } | ImportState::BackingUp(_)))
    }
}
