//! The store thread's half of export and import. Every check that touches the file system (is
//! this the progress file open in this window? is there a file of the name Stepwise completed?)
//! runs here, on the store thread, never in a frame: a slow or hanging disk (a network share, a
//! sleeping USB drive) cannot freeze the window.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use super::jobs::JobResult;
use crate::export::{self, ExportKind};
use crate::merge;
use crate::model::{LadderId, Library};
use crate::store::{self, StoreError};

/// Why an export wrote nothing (the app says it in its own words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotWritten {
    /// The chosen file is the progress file open in this window.
    OpenProgressFile,
    /// Stepwise completed the name with the format's extension, and a file of that name exists:
    /// the dialog asked about replacing the name as typed, not this one.
    NameTaken,
    /// Preparing the export panicked (a bug in Stepwise); the file was never opened.
    InternalError,
}

/// Renders one export of the chosen ladders (empty = all).
pub(super) fn render(
    kind: ExportKind,
    library: &Library,
    ladders: &[LadderId],
    now: &DateTime<Local>,
) -> Result<String, StoreError> {
    match kind {
        ExportKind::Progress => store::format::encode(&export::subset(library, ladders)),
        ExportKind::Html => Ok(export::html(library, ladders, now)),
        ExportKind::Csv => Ok(export::csv(library, ladders, &now.timezone())),
        ExportKind::Markdown => Ok(export::markdown(library, ladders, now)),
        ExportKind::Calendar { name_ladders } => Ok(export::ics(library, now, name_ladders)),
    }
}

/// Checks where an export would go, renders it with `render` and writes it atomically to `path`.
/// Refuses (writing nothing) when `path` is the progress file open in this window (`open_file`),
/// or when `replace_existing` is false and a file is already there. A panic in `render` is
/// caught and reported as [`NotWritten::InternalError`]: nothing was written, and the store
/// thread stays alive for the saves that follow.
pub(super) fn write_export(
    path: &Path,
    open_file: &Path,
    replace_existing: bool,
    kind: ExportKind,
    render: impl FnOnce() -> Result<String, StoreError>,
) -> JobResult {
    let not_written = |why| JobResult::ExportNotWritten { path: path.to_owned(), why };
    if store::same_file(path, open_file) {
        return not_written(NotWritten::OpenProgressFile);
    }
    // An unknown answer about whether the file exists counts as "it exists".
    if !replace_existing && path.try_exists().unwrap_or(true) {
        return not_written(NotWritten::NameTaken);
    }
    let Ok(text) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(render)) else {
        return not_written(NotWritten::InternalError);
    };
    match text.and_then(|text| store::write_text(path, &text).map(|()| text.len())) {
        Ok(bytes) => JobResult::Exported { path: path.to_owned(), kind, bytes },
        Err(e) => JobResult::ExportFailed { path: path.to_owned(), error: e.to_string() },
    }
}

/// Loads a file to import exactly as the progress file is loaded (size cap, parse, migration,
/// validation), then merges it into a snapshot of the library to preview the result. The
/// progress file open in this window (`open_file`) is not read at all.
pub(super) fn read_import(path: PathBuf, open_file: &Path, local: &Library, request: u64) -> JobResult {
    if store::same_file(&path, open_file) {
        return JobResult::ImportOfOpenFile { request, path };
    }
    match store::load(&path)
        .map_err(|e| e.to_string())
        .and_then(|imported| merge::import(local, &imported).map(|merge| (imported, merge)))
    {
        Ok((imported, merge)) => {
            JobResult::ImportRead { request, imported: Box::new(imported), merge: Box::new(merge) }
        }
        Err(error) => JobResult::ImportFailed { request, path, error },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let open = dir.path().join("library.ron");
        std::fs::write(&open, "the open progress file").unwrap();
        (dir, open)
    }

    #[test]
    fn a_panic_while_rendering_writes_nothing_and_says_so() {
        let (dir, open) = folder();
        let path = dir.path().join("summary.html");
        let result = write_export(&path, &open, true, ExportKind::Html, || panic!("a bug in a renderer"));
        assert!(matches!(result, JobResult::ExportNotWritten { why: NotWritten::InternalError, .. }), "{result:?}");
        assert!(!path.exists());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["library.ron"], "no temp file either");
    }

    #[test]
    fn the_open_progress_file_is_never_exported_over_nor_imported() {
        let (dir, open) = folder();
        let same = dir.path().join(".").join("library.ron");
        let result = write_export(&same, &open, true, ExportKind::Progress, || Ok("new".to_owned()));
        assert!(matches!(result, JobResult::ExportNotWritten { why: NotWritten::OpenProgressFile, .. }), "{result:?}");
        assert_eq!(std::fs::read_to_string(&open).unwrap(), "the open progress file");
        let result = read_import(same, &open, &Library::default(), 7);
        assert!(matches!(result, JobResult::ImportOfOpenFile { request: 7, .. }), "{result:?}");
    }

    #[test]
    fn a_completed_name_never_replaces_an_existing_file() {
        let (dir, open) = folder();
        let path = dir.path().join("notes.csv");
        std::fs::write(&path, "my own notes").unwrap();
        let result = write_export(&path, &open, false, ExportKind::Csv, || Ok("rows".to_owned()));
        assert!(matches!(result, JobResult::ExportNotWritten { why: NotWritten::NameTaken, .. }), "{result:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "my own notes");
        // The file the dialog asked about replacing is replaced.
        let result = write_export(&path, &open, true, ExportKind::Csv, || Ok("rows".to_owned()));
        assert!(matches!(result, JobResult::Exported { bytes: 4, .. }), "{result:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "rows");
    }
}
