//! What a frame can ask the app to do: plain data below both `app` (which applies it) and `ui`
//! (which returns it). No behaviour and no egui here; this module imports only the model, the
//! pure rules' input types and the localiser (for the screens' names).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::edit::LadderEdit;
use crate::model::{Context, LadderId, Likelihood, Rating, SettingsEdit, StepId};
use crate::practice::ReflectionInput;

/// The screens, in navigation order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    #[default]
    Ladders,
    Practice,
    Breathe,
    Progress,
    Journal,
    Settings,
    Safety,
}

impl Screen {
    pub const ALL: [Self; 7] =
        [Self::Ladders, Self::Practice, Self::Breathe, Self::Progress, Self::Journal, Self::Settings, Self::Safety];

    /// The screen's name on its tab and as its title, in the language in use.
    #[must_use]
    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Self::Ladders => "shell-screen-ladders",
            Self::Practice => "shell-screen-practice",
            Self::Breathe => "shell-screen-breathe",
            Self::Progress => "shell-screen-progress",
            Self::Journal => "shell-screen-journal",
            Self::Settings => "shell-screen-settings",
            Self::Safety => "shell-screen-safety",
        })
    }
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
    /// Keep the window open after all (the question asked when closing with unsaved changes).
    CancelQuit,
    /// A change to the ladders; undoable.
    Edit(LadderEdit),
    /// A change to a setting; undoable.
    Settings(SettingsEdit),
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
    /// Reminders at practice times on this computer, on or off (kept with the window's
    /// preferences, not in the progress file).
    SetReminders(bool),
    /// The language of every word on screen and in new exports: `Some` a chosen one, `None` the
    /// system's (kept with the window's preferences; applies on the next frame).
    SetLanguage(Option<crate::i18n::Lang>),
    /// Start Stepwise with the computer (writes or removes the start-up entry).
    SetAutostart(bool),
    /// Open the import preview for the sync tool's conflict copy offered now.
    ReviewConflictCopy,
    /// Not now: the conflict copy is offered again at the next start.
    SkipConflictCopy,
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
    /// The prediction, with the optional plan: safety behaviours to drop, and the context.
    Expect {
        feared_outcome: String,
        likelihood: Likelihood,
        planned_drops: Vec<String>,
        context: Context,
    },
    /// "How is it now?" during the timer.
    RateDuring(Rating),
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
