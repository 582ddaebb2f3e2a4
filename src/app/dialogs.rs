//! File dialogs behind a small trait, so the command handler can ask for a path and tests can
//! answer without a real dialog. Dialogs are only opened from [`super::StepwiseApp::apply`],
//! never from inside a widget.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

/// What a save dialog asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaveRequest<'a> {
    pub title: &'a str,
    /// The suggested file name.
    pub file_name: &'a str,
    /// The filter's name ("Web page (HTML)") and its extension without the dot.
    pub filter_name: &'a str,
    pub extension: &'a str,
}

/// Asks the person for a path. `None` means they cancelled.
pub trait Dialogs: Send + Sync + std::fmt::Debug {
    fn save_path(&self, request: &SaveRequest<'_>) -> Option<PathBuf>;
    fn open_path(&self, title: &str) -> Option<PathBuf>;
}

/// The platform's own dialogs (through `rfd`: the desktop portal, GTK or zenity on Linux).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn save_path(&self, request: &SaveRequest<'_>) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(request.title)
            .set_file_name(request.file_name)
            .add_filter(request.filter_name, &[request.extension])
            .save_file()
    }

    fn open_path(&self, title: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(crate::t!("app-dialog-filter-progress"), &["ron"])
            .add_filter(crate::t!("app-dialog-filter-all"), &["*"])
            .pick_file()
    }
}

/// Dialogs answered from a queue, for tests and scripted runs. Each question takes the next
/// answer (an empty queue answers "cancelled") and is remembered.
#[derive(Debug, Default)]
pub struct QueuedDialogs {
    answers: Mutex<VecDeque<Option<PathBuf>>>,
    asked: Mutex<Vec<String>>,
}

impl QueuedDialogs {
    /// Queues the answer to the next question (`None` = the person cancels).
    pub fn answer(&self, path: Option<PathBuf>) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(path);
        }
    }

    /// The questions asked so far: the save dialog's suggested file name, or "open: TITLE".
    #[must_use]
    pub fn asked(&self) -> Vec<String> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }

    fn next(&self, question: String) -> Option<PathBuf> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(question);
        }
        self.answers.lock().ok().and_then(|mut a| a.pop_front()).flatten()
    }
}

impl Dialogs for QueuedDialogs {
    fn save_path(&self, request: &SaveRequest<'_>) -> Option<PathBuf> {
        self.next(request.file_name.to_owned())
    }

    fn open_path(&self, title: &str) -> Option<PathBuf> {
        self.next(format!("open: {title}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queued_dialogs_answer_in_order_then_cancel() {
        let dialogs = QueuedDialogs::default();
        dialogs.answer(Some(PathBuf::from("/tmp/a.html")));
        dialogs.answer(None);
        let request = SaveRequest { title: "t", file_name: "a.html", filter_name: "Web page", extension: "html" };
        assert_eq!(dialogs.save_path(&request), Some(PathBuf::from("/tmp/a.html")));
        assert_eq!(dialogs.open_path("Import"), None);
        assert_eq!(dialogs.open_path("Import"), None, "an empty queue means cancelled");
        assert_eq!(dialogs.asked(), vec!["a.html", "open: Import", "open: Import"]);
    }
}
