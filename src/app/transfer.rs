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

/// The undo history's name for an import: a message id (the Edit menu shows its words).
pub const IMPORT_LABEL: &str = "transfer-undo-import";

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
                self.warn(crate::t!("transfer-import-read-only"));
            }
            Command::Export { kind, ladders } => self.export(kind, ladders),
            Command::ImportChoose => {
                if self.can_start_transfer()
                    && let Some(path) = self.dialogs.open_path(&crate::t!("transfer-import-dialog-title"))
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
            self.warn(crate::t!("transfer-worker-stopped-import"));
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
        let (title, filter_name) = (kind.dialog_title(), kind.filter_name());
        let request = SaveRequest {
            title: &title,
            file_name: &suggested,
            filter_name: &filter_name,
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
            self.warn(crate::t!("transfer-worker-stopped-export"));
        }
    }

    pub(super) fn import_dropped(&mut self, paths: &[PathBuf]) {
        let name = |p: &PathBuf| file_name(p);
        let Some(first) = paths.first().cloned() else { return };
        if self.library().is_none() {
            return;
        }
        if let Some(open) = &self.import {
            let (message, open) = match open {
                ImportState::Reading { path, .. } => ("transfer-dropped-busy-reading", name(path)),
                ImportState::Preview(preview) => ("transfer-dropped-busy-preview", name(&preview.path)),
                ImportState::BackingUp(preview) => ("transfer-dropped-busy-applying", name(&preview.path)),
            };
            self.inform(crate::t!(message, dropped = name(&first), open = open));
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
        self.inform(if previewed {
            crate::t!("transfer-dropped-others-shown", name = file_name(first), count = others)
        } else {
            crate::t!("transfer-dropped-others-again", count = others)
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
            self.warn(crate::t!("transfer-worker-stopped-import"));
        }
    }

    /// Handles the results of export and import jobs.
    pub(super) fn transfer_result(&mut self, result: JobResult) {
        match result {
            JobResult::Exported { path, kind, bytes } => {
                self.exports_running = self.exports_running.saturating_sub(1);
                self.notices.push(Notice {
                    kind: NoticeKind::Info,
                    text: crate::t!(
                        "transfer-exported",
                        what = kind.description(),
                        path = path.display().to_string(),
                        size = size_text(bytes)
                    ),
                });
            }
            JobResult::ExportFailed { path, error } => {
                self.exports_running = self.exports_running.saturating_sub(1);
                // Also said on the terminal, in case the window is closing.
                eprintln!("stepwise: could not export to {}: {error}", path.display());
                self.warn(crate::t!("transfer-export-failed", path = path.display().to_string(), error = error));
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
                    self.warn(crate::t!("transfer-import-failed", name = file_name(&path), error = sentence(&error)));
                    self.tell_dropped_others(request, &path, false);
                }
            }
            JobResult::ImportOfOpenFile { request, path } => {
                if matches!(&self.import, Some(ImportState::Reading { request: asked, .. }) if *asked == request) {
                    self.import = None;
                    self.dropped_others = None;
                    self.warn(crate::t!("transfer-import-open-file", path = path.display().to_string()));
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
                    self.warn(crate::t!("transfer-import-apply-failed", name = name, error = error));
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
            text: crate::t!(
                "transfer-imported",
                name = file_name(&preview.path),
                summary = merged.report.summary(),
                backup = backup.display().to_string()
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

/// What the person is told when an export wrote nothing.
#[must_use]
pub fn not_written_text(path: &Path, why: NotWritten) -> String {
    let path = path.display().to_string();
    match why {
        NotWritten::OpenProgressFile => crate::t!("transfer-not-written-open-file", path = path),
        NotWritten::NameTaken => crate::t!("transfer-not-written-name-taken", path = path),
        NotWritten::InternalError => crate::t!("transfer-not-written-internal-error", path = path),
    }
}

/// "12.3 KB", "4.5 MB" ("12,3 KB" in Italian).
fn size_text(bytes: usize) -> String {
    size_text_in(crate::i18n::language(), bytes)
}

fn size_text_in(lang: crate::i18n::Lang, bytes: usize) -> String {
    let bytes = bytes as f64;
    let (message, size) = if bytes < 1_000_000.0 {
        ("transfer-size-kb", bytes / 1_000.0)
    } else {
        ("transfer-size-mb", bytes / 1_000_000.0)
    };
    crate::i18n::tr_in(lang, message, &[("size", crate::i18n::Arg::from(crate::i18n::decimal_in(lang, size, 1)))])
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
        let it = crate::i18n::Lang::from_tag("it").unwrap();
        assert_eq!(size_text_in(it, 12_345), "12,3 KB");
        assert_eq!(size_text_in(it, 4_500_000), "4,5 MB");
    }

    /// The notice about files dropped with the one imported, in both languages (one other file,
    /// or several).
    #[test]
    fn the_files_dropped_with_another_are_counted() {
        use crate::i18n::{Arg, Lang, tr_in};
        let (en, it) = (Lang::english(), Lang::from_tag("it").unwrap());
        let shown = |lang, n: usize| {
            tr_in(lang, "transfer-dropped-others-shown", &[("name", Arg::from("a.ron")), ("count", Arg::from(n))])
        };
        let again = |lang, n: usize| tr_in(lang, "transfer-dropped-others-again", &[("count", Arg::from(n))]);
        assert_eq!(shown(en, 1), "Files are imported one at a time: a.ron is shown now; drop the other one after it.");
        assert_eq!(shown(en, 3), "Files are imported one at a time: a.ron is shown now; drop the other 3 after it.");
        assert_eq!(again(en, 1), "Files are imported one at a time: drop the other one again to import it.");
        assert_eq!(again(en, 2), "Files are imported one at a time: drop the other 2 again to import them.");
        assert_eq!(
            shown(it, 1),
            "I file si importano uno alla volta: ora vedi a.ron; dopo, rilascia di nuovo l'altro."
        );
        assert_eq!(
            shown(it, 3),
            "I file si importano uno alla volta: ora vedi a.ron; dopo, rilascia di nuovo gli altri 3."
        );
        assert_eq!(again(it, 1), "I file si importano uno alla volta: per importare l'altro, rilascialo di nuovo.");
        assert_eq!(again(it, 2), "I file si importano uno alla volta: per importare gli altri 2, rilasciali di nuovo.");
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
