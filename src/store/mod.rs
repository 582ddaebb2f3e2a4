//! Reading and writing the person's progress file. The store never loses a rating:
//!
//! - **Format** ([`format`]): pretty RON in a versioned envelope, `\n` line endings, RFC 3339
//!   UTC timestamps. A file from a newer Stepwise is refused whole, never half-read; older
//!   versions are migrated step by step through [`format::Schema`].
//! - **Validation** ([`validate`]): after parsing, every rating, id, reference and text length is
//!   checked. Bad data is an error with a message, never a panic.
//! - **Size cap**: files above [`MAX_FILE_BYTES`] are refused before they are read.
//! - **Atomic save** ([`atomic`]): temp file in the same folder, fsync, rename, fsync the folder.
//! - **Backups** ([`backup`]): rolling copies in `backups/` beside the file, thinned.
//! - **Lock** ([`lock`]): one Stepwise window per file.
//! - **Links and odd places** ([`target`]): a progress file that is a symbolic link is saved by
//!   writing the link's target ([`resolve_target`]; the link stays a link, and the lock and the
//!   backups live beside the target); a file that cannot be written opens read-only ([`access`]).
//! - **Watch** ([`watch`]): what the file looked like when last read or written (to notice a
//!   change made outside Stepwise), and the conflict copies sync tools leave beside it.
//!
//! Nothing here ever deletes or rewrites a file it could not read: errors say what was kept.

pub mod atomic;
pub mod backup;
pub mod format;
pub mod lock;
pub mod target;
pub mod validate;
pub mod watch;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::model::Library;

pub use format::CURRENT_VERSION;
pub use lock::FileLock;
pub use target::{Access, access, real_file, resolve_target, same_file};

/// Files larger than this are refused before reading (64 MiB; a heavy ten-year library is ~10 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Something went wrong reading or writing a progress file. Each message says what happened,
/// where, and what was kept, in words a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("Could not read {path}: {source}. Nothing was changed.")]
    Read { path: PathBuf, source: std::io::Error },

    #[error(
        "Could not save to {path}: {source}. Your changes are kept in this window and the file on disk is unchanged."
    )]
    Write { path: PathBuf, source: std::io::Error },

    #[error(
        "{path} is {size_mib:.1} MiB; Stepwise opens progress files up to 64 MiB. It was not read and is kept as it is."
    )]
    TooLarge { path: PathBuf, size_mib: f64 },

    #[error(
        "{path} is not a text file (invalid UTF-8 at line {line}, column {column}). It may be damaged; it is kept unchanged."
    )]
    NotText { path: PathBuf, line: usize, column: usize },

    #[error(
        "{path} is empty: there is nothing in it to read (a save or copy may have been cut short). It is kept unchanged."
    )]
    Empty { path: PathBuf },

    #[error(
        "{path} is not a Stepwise progress file (those begin with \"(version:\"). It was not read and is kept unchanged."
    )]
    NotProgressFile { path: PathBuf },

    #[error("{path} could not be read at line {line}, column {column}: {problem}. The file is kept unchanged.")]
    Syntax { path: PathBuf, line: usize, column: usize, problem: String },

    #[error(
        "{path} was written by a newer Stepwise (file format {found}; this version reads up to {supported}). It was not opened and is kept unchanged: update Stepwise to open it."
    )]
    NewerVersion { path: PathBuf, found: u32, supported: u32 },

    #[error("{path} has format version {found}, which Stepwise does not know. It is kept unchanged.")]
    UnknownVersion { path: PathBuf, found: u32 },

    #[error("{path} contains data Stepwise cannot accept: {problem}. The file is kept unchanged.")]
    Invalid { path: PathBuf, problem: String },

    #[error(
        "{path} is already open in another Stepwise window. Close that window first; this one will not change the file."
    )]
    Locked { path: PathBuf },

    #[error("Could not prepare the library for saving: {0}. The file on disk is unchanged.")]
    Encode(String),
}

impl StoreError {
    /// True when the file may be some other document (not text, or text that does not begin like
    /// a progress file), perhaps opened with Stepwise by mistake: without a backup of a progress
    /// file beside it, it is refused rather than treated as damaged, so it is never replaced.
    #[must_use]
    pub fn may_be_another_document(&self) -> bool {
        matches!(self, Self::NotText { .. } | Self::NotProgressFile { .. })
    }

    /// True when the file exists but could not be understood (as opposed to an IO problem or a lock).
    #[must_use]
    pub fn is_damaged_file(&self) -> bool {
        matches!(
            self,
            Self::TooLarge { .. }
                | Self::NotText { .. }
                | Self::Empty { .. }
                | Self::NotProgressFile { .. }
                | Self::Syntax { .. }
                | Self::Invalid { .. }
                | Self::UnknownVersion { .. }
        )
    }
}

/// A file that was read, with the version it was written in (older than current means migrated).
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub file_version: u32,
}

/// Reads, parses, migrates and validates the progress file at `path`.
pub fn load(path: &Path) -> Result<Library, StoreError> {
    load_with_version(path).map(|loaded| loaded.library)
}

/// Like [`load`], and also says which format version the file had.
pub fn load_with_version(path: &Path) -> Result<Loaded, StoreError> {
    let text = read_capped(path)?;
    parse_text(path, &text)
}

/// Parses, migrates and validates the text of the file at `path`.
fn parse_text(path: &Path, text: &str) -> Result<Loaded, StoreError> {
    let (library, file_version) = format::decode_current(text).map_err(|e| e.at(path))?;
    validate::validate(&library).map_err(|problem| StoreError::Invalid { path: path.to_owned(), problem })?;
    Ok(Loaded { library, file_version })
}

/// Serialises `library` and replaces `path` atomically (the old file stays whole until the
/// new one is complete on disk). Creates the folder if needed; files are private (0600 on Unix).
/// When `path` is a symbolic link, its target is replaced and the link is kept.
pub fn save(path: &Path, library: &Library) -> Result<(), StoreError> {
    let text = format::encode(library)?;
    write_text(path, &text)
}

/// The atomic-write half of [`save`], for callers that serialised already.
pub fn write_text(path: &Path, text: &str) -> Result<(), StoreError> {
    atomic::write(path, text.as_bytes()).map_err(|source| StoreError::Write { path: path.to_owned(), source })
}

/// Like [`write_text`], but the file is replaced only if `may_replace` says so, asked right before
/// the rename ([`atomic::write_checked`]).
pub fn write_text_checked(
    path: &Path,
    text: &str,
    may_replace: impl FnOnce(&Path) -> std::io::Result<bool>,
) -> Result<atomic::Outcome, StoreError> {
    atomic::write_checked(path, text.as_bytes(), may_replace)
        .map_err(|source| StoreError::Write { path: path.to_owned(), source })
}

/// Reads a file as UTF-8 text, refusing anything above [`MAX_FILE_BYTES`] before reading it.
pub fn read_capped(path: &Path) -> Result<String, StoreError> {
    let read_err = |source| StoreError::Read { path: path.to_owned(), source };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let size = file.metadata().map_err(read_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge { path: path.to_owned(), size_mib: size as f64 / (1024.0 * 1024.0) });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // `take` guards against a file that grows between the size check and the read.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge { path: path.to_owned(), size_mib: bytes.len() as f64 / (1024.0 * 1024.0) });
    }
    utf8_text(path, bytes)
}

/// The bytes as text, or where they stop being UTF-8.
fn utf8_text(path: &Path, bytes: Vec<u8>) -> Result<String, StoreError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.split(|b| *b == b'\n').count();
        let column = valid.rsplit(|b| *b == b'\n').next().map_or(0, <[u8]>::len) + 1;
        StoreError::NotText { path: path.to_owned(), line, column }
    })
}

/// Like [`load_with_version`], for bytes already read from `path` (the store thread reads the
/// file once to hash it and to load it: `watch::read`): the same size cap, parse, migration and
/// validation.
pub fn parse_bytes(path: &Path, bytes: Vec<u8>) -> Result<Loaded, StoreError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge { path: path.to_owned(), size_mib: bytes.len() as f64 / (1024.0 * 1024.0) });
    }
    parse_text(path, &utf8_text(path, bytes)?)
}
