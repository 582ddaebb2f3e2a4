//! Export and import, as the app runs them: the dialog is asked from the command handler, the
//! file work happens on the store thread, and an import is previewed, backed up and then
//! applied as one undoable change. Nothing here touches the file system: even the checks (is
//! this the open progress file? does a file of the completed name exist?) are made by the
//! store thread (`super::transfer_jobs`), and the library is copied for an export only once the
//! save dialog has given a path.
//!
//! Import, step by step:
//! 1. [`Command::ImportChoose`] asks the open dialog (or files are dropped on the window:
//!    [`Command::ImportDropped`], the first of them); the store thread reads and validates the file with the same
//!    size cap and checks as opening one (the open progress file itself is refused there, unread), and previews the merge ([`crate::view::ImportState::Reading`]).
//! 2. The preview says what would change ([`crate::view::ImportState::Preview`]). Nothing has changed yet.
//! 3. [`Command::ImportConfirm`]: the store thread saves the library as it is now, copies the
//!    saved file into `backups/`, and merges the file into that same library, checking the result
//!    as a file being opened is checked ([`crate::view::ImportState::BackingUp`]). Only then is the merge
//!    applied, as one change the undo history can take back. If the library changed meanwhile,
//!    the merge is worked out again, so nothing recorded in between is lost; if the save, the
//!    copy or the check fails, nothing is imported.

use std::path::{Path, PathBuf};

use super::StepwiseApp;
use super::dialogs::SaveRequest;
use super::jobs::{Job, JobResult, NotWritten};
use crate::command::Command;
use crate::export::{self, ExportKind};
use crate::merge::Merge;
use crate::model::LadderId;
use crate::view::{Doc, ImportPreview, ImportState, Notice, NoticeKind, file_name};

/// The undo history's name for an import.
pub const IMPORT_LABEL: &str = "import";

/// `text` ending with a full stop (errors come both as phrases and as whole sentences).
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?']) { text.to_owned() } else { format!("{text}.") }
}

impl StepwiseApp {
    /// Whether an import or export can start now (the rule lives in the view, which the
    /// screens read too).
    pub(super) fn can_start_transfer(&self) -> bool {
        self.view().can_start_transfer()
    }

    /// True while the store thread works on an export or an import.
    pub(super) fn transfer_busy(&self) -> bool {
        self.view().transfer_busy()
    }

    /// Handles the export and import commands; other commands are ignored.
    pub(super) fn transfer_command(&mut self, command: Command) {
        match command {
            // Read-only is only ever set with a library open (`JobResult::Opened`).
            Command::ImportChoose | Command::ImportFile(_) | Command::ImportDropped(_) if self.read_only => {
                self.warn(READ_ONLY_IMPORT.to_owned());
            }
            Command::Export { kind, ladders } => self.export(kind, ladders),
            Command::ImportChoose => {
                if self.can_start_transfer()
                    && let Some(path) = self.dialogs.open_path("Import a Stepwise progress file")
                {
                    self.read_import(path);
                }
            }
            Command::ImportFile(path) if self.can_start_transfer() => self.read_import(path),
            Command::ImportDropped(paths) => self.import_dropped(&paths),
            Command::ImportConfirm => {
                if let Some(ImportState::Preview(preview)) = self.import.take()
                    && preview.merge.report.changes_anything()
                {
                    self.send_apply_import(preview);
                }
            }
            Command::ImportCancel => {
                // A backup under way finishes harmlessly; its result is then ignored.
                if matches!(self.import, Some(ImportState::Preview(_) | ImportState::Reading { .. })) {
                    self.import = None;
                }
            }
            _ => {}
        }
    }

    /// Hands a confirmed import to the store thread with the library as it is now.
    pub(super) fn send_apply_import(&mut self, preview: ImportPreview) {
        let Some(library) = self.library() else { return };
        let job = Job::ApplyImport {
            now: self.clock.timestamp(),
            generation: self.save.generation,
            library: Box::new(library.clone()),
            imported: preview.imported.clone(),
            keep_damaged: self.save.keep_damaged_first.then(|| self.clock.timestamp()),
        };
        if self.worker.as_ref().is_some_and(|w| w.send(job)) {
            self.import = Some(ImportState::BackingUp(preview));
        } else {
            self.warn("Stepwise's file worker has stopped, so nothing was imported.".to_owned());
        }
    }

    pub(super) fn warn(&mut self, text: String) {
        self.notices.push(Notice { kind: NoticeKind::Warning, text });
    }

    pub(super) fn export(&mut self, kind: ExportKind, ladders: Vec<LadderId>) {
        if self.library().is_none() {
            return;
        }
        let now = self.local_now();
        let suggested = export::suggested_name(kind, now.date_naive());
        let request = SaveRequest {
            title: kind.dialog_title(),
            file_name: &suggested,
            filter_name: kind.filter_name(),
            extension: kind.extension(),
        };
        let Some(mut path) = self.dialogs.save_path(&request) else { return };
        // Some dialogs return the name exactly as typed; give it the format's extension. The
        // dialog asked about replacing the name as typed, not this one: the store thread never
        // replaces a file of the completed name.
        let mut replace_existing = true;
        if path.extension().is_none_or(|e| !e.eq_ignore_ascii_case(kind.extension())) {
            let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
            name.push(format!(".{}", kind.extension()));
            path.set_file_name(name);
            replace_existing = false;
        }
        // Copied only now that there is somewhere to write it (a cancelled dialog copies nothing).
        let Some(library) = self.library() else { return };
        let library = Box::new(library.clone());
        let job = Job::Export { path, replace_existing, kind, library, ladders, now };
        if self.worker.as_ref().is_some_and(|w| w.send(job)) {
            self.exports_running += 1;
        } else {
            self.warn("Stepwise's file worker has stopped, so nothing was exported.".to_owned());
        }
    }

    pub(super) fn import_dropped(&mut self, paths: &[PathBuf]) {
        let name = |p: &PathBuf| file_name(p);
        let Some(first) = paths.first().cloned() else { return };
        if self.library().is_none() {
            return;
        }
        if let Some(open) = &self.import {
            let busy = match open {
                ImportState::Reading { path, .. } => format!("{} is still being read", name(path)),
                ImportState::Preview(preview) => format!("the import of {} is still open", name(&preview.path)),
                ImportState::BackingUp(preview) => format!("the import of {} is being applied", name(&preview.path)),
            };
            self.inform(format!("{} was not imported: {busy}. Finish that first, then drop it again.", name(&first)));
            return;
        }
        self.read_import(first);
        // Said once the store thread has answered about the first (it may be the open progress
        // file, which is refused: then there is nothing to say about the others).
        if paths.len() > 1
            && let Some(ImportState::Reading { request, .. }) = &self.import
        {
            self.dropped_others = Some((*request, paths.len() - 1));
        }
    }

    /// After the store thread's answer to `request`: tells about the files dropped with it.
    fn tell_dropped_others(&mut self, request: u64, first: &Path, previewed: bool) {
        let Some((asked, others)) = self.dropped_others.take() else { return };
        if asked != request {
            return;
        }
        let (count, them) = if others == 1 { ("one".to_owned(), "it") } else { (others.to_string(), "them") };
        self.inform(if previewed {
            format!(
                "Files are imported one at a time: {} is shown now; drop the other {count} after it.",
                file_name(first)
            )
        } else {
            format!("Files are imported one at a time: drop the other {count} again to import {them}.")
        });
    }

    pub(super) fn inform(&mut self, text: String) {
        self.notices.push(Notice { kind: NoticeKind::Info, text });
    }

    pub(super) fn read_import(&mut self, path: PathBuf) {
        let Some(library) = self.library() else { return };
        let local = Box::new(library.clone());
        self.import_requests += 1;
        let request = self.import_requests;
        let job = Job::ReadImport { path: path.clone(), local, request };
        if self.worker.as_ref().is_some_and(|w| w.send(job)) {
            self.import = Some(ImportState::Reading { path, request });
        } else {
            self.warn("Stepwise's file worker has stopped, so nothing was imported.".to_owned());
        }
    }

    /// Handles the results of export and import jobs.
    pub(super) fn transfer_result(&mut self, result: JobResult) {
        match result {
            JobResult::Exported { path, kind, bytes } => {
                self.exports_running = self.exports_running.saturating_sub(1);
                self.notices.push(Notice {
                    kind: NoticeKind::Info,
                    text: format!("Saved {} to {} ({}).", kind.description(), path.display(), size_text(bytes)),
                });
            }
            JobResult::ExportFailed { path, error } => {
                self.exports_running = self.exports_running.saturating_sub(1);
                // Also said on the terminal, in case the window is closing.
                eprintln!("stepwise: could not export to {}: {error}", path.display());
                self.warn(format!("Could not export to {}: {error} Your progress file is unchanged.", path.display()));
            }
            JobResult::ExportNotWritten { path, why } => {
                self.exports_running = self.exports_running.saturating_sub(1);
                self.warn(not_written_text(&path, why));
            }
            JobResult::ImportRead { request, imported, merge } => {
                if let Some(ImportState::Reading { path, request: asked }) = &self.import
                    && *asked == request
                {
                    let path = path.clone();
                    self.tell_dropped_others(request, &path, true);
                    self.import = Some(ImportState::Preview(ImportPreview { path, imported, merge }));
                }
            }
            JobResult::ImportFailed { request, path, error } => {
                if matches!(&self.import, Some(ImportState::Reading { request: asked, .. }) if *asked == request) {
                    self.import = None;
                    self.warn(format!(
                        "Could not import {}: {} Nothing was changed.",
                        file_name(&path),
                        sentence(&error)
                    ));
                    self.tell_dropped_others(request, &path, false);
                }
            }
            JobResult::ImportOfOpenFile { request, path } => {
                if matches!(&self.import, Some(ImportState::Reading { request: asked, .. }) if *asked == request) {
                    self.import = None;
                    self.dropped_others = None;
                    self.warn(format!(
                        "{} is the progress file open in this window: it is already here.",
                        path.display()
                    ));
                }
            }
            JobResult::ImportApplied { generation, merge, backup } => {
                if let Some(ImportState::BackingUp(preview)) = self.import.take() {
                    if generation == self.save.generation {
                        self.apply_import(&preview, *merge, &backup);
                    } else {
                        // Something changed while the store thread worked: merge into the new state.
                        self.send_apply_import(preview);
                    }
                }
            }
            JobResult::ImportApplyFailed { error } => {
                if let Some(ImportState::BackingUp(preview)) = self.import.take() {
                    let (name, error) = (file_name(&preview.path), sentence(&error));
                    self.warn(format!("Could not import {name}: {error} Nothing was imported."));
                }
            }
            _ => {}
        }
    }

    /// Applies a confirmed import (merged against the current library) as one undoable change.
    pub(super) fn apply_import(&mut self, preview: &ImportPreview, merged: Merge, backup: &Path) {
        let Doc::Ready(library) = &mut self.doc else { return };
        let before = std::mem::replace(library, merged.library);
        self.history.record(IMPORT_LABEL, before, self.selected_ladder);
        if self.selected_ladder.is_none_or(|id| self.library().and_then(|l| l.ladder(id)).is_none()) {
            self.selected_ladder = self.library().and_then(|l| l.ladders.iter().find(|l| !l.archived)).map(|l| l.id);
        }
        self.mark_changed();
        self.notices.push(Notice {
            kind: NoticeKind::Info,
            text: format!(
                "Imported {}: {} Your file was backed up first to {}. Undo with Ctrl+Z.",
                file_name(&preview.path),
                merged.report.summary(),
                backup.display()
            ),
        });
    }

    /// At quit: lets a confirmed import or an export that the store thread is working on finish
    /// (at most about ten seconds), so the last save includes the import.
    pub(super) fn finish_transfers(&mut self) {
        if matches!(self.import, Some(ImportState::Reading { .. } | ImportState::Preview(_))) {
            self.import = None;
        }
        for _ in 0..2_000 {
            if !self.transfer_busy() {
                return;
            }
            let results = self.worker.as_ref().map(super::jobs::Worker::poll).unwrap_or_default();
            for result in results {
                self.handle(result);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        eprintln!("stepwise: an import or export was still running at quit; it was not finished");
    }
}

/// Why nothing can be imported in a read-only window.
pub const READ_ONLY_IMPORT: &str = "Nothing was imported: this progress file can only be read, so nothing can be added to it (an import is saved and backed up first). You can still export.";

/// What the person is told when an export wrote nothing.
#[must_use]
pub fn not_written_text(path: &Path, why: NotWritten) -> String {
    let path = path.display();
    match why {
        NotWritten::OpenProgressFile => {
            format!("{path} is the progress file open in this window, so it was not replaced. Choose another name.")
        }
        NotWritten::NameTaken => format!(
            "{path} already exists, so nothing was exported. Choose another name, or pick the file itself to replace it."
        ),
        NotWritten::InternalError => {
            format!("Stepwise hit an internal error while preparing the export; nothing was written to {path}.")
        }
    }
}

/// "12.3 KB", "4.5 MB".
fn size_text(bytes: usize) -> String {
    let bytes = bytes as f64;
    if bytes < 1_000_000.0 { format!("{:.1} KB", bytes / 1_000.0) } else { format!("{:.1} MB", bytes / 1_000_000.0) }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::app::Config;

    #[test]
    fn errors_end_as_one_sentence() {
        assert_eq!(
            sentence("together they would not make a valid library (x)"),
            "together they would not make a valid library (x)."
        );
        assert_eq!(sentence("The file on disk is unchanged. "), "The file on disk is unchanged.");
        assert_eq!(sentence("Really?"), "Really?");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size_text(12_345), "12.3 KB");
        assert_eq!(size_text(4_500_000), "4.5 MB");
    }

    /// A renderer that panics, through the real store-thread function and the app's handling
    /// of its answer: the person reads that nothing was written, never that the file "contains
    /// data Stepwise cannot accept".
    #[test]
    fn a_panicking_export_says_nothing_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let clock =
            Arc::new(crate::clock::ManualClock::new(crate::model::Timestamp::from_unix_secs(1_795_000_000).utc()));
        let data = dir.path().join("library.ron");
        let mut app = StepwiseApp::new(Config::with_clock(data.clone(), clock), || {});
        let target = dir.path().join("summary.html");
        app.exports_running = 1;
        let result = super::super::transfer_jobs::write_export(&target, &data, true, ExportKind::Html, || {
            panic!("a bug while rendering")
        });
        app.handle(result);
        let text = &app.view().notices.last().expect("a notice").text;
        assert_eq!(
            text,
            &format!(
                "Stepwise hit an internal error while preparing the export; nothing was written to {}.",
                target.display()
            )
        );
        assert!(!text.contains("cannot accept"));
        assert_eq!(app.view().exports_running, 0);
        assert!(!target.exists());
        app.shutdown();
    }
}
