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

use crate::i18n::{Arg, Lang, decimal_in, tr_in};
use crate::model::Library;

pub use format::CURRENT_VERSION;
pub use lock::FileLock;
pub use target::{Access, access, real_file, resolve_target, same_file};

/// Files larger than this are refused before reading (64 MiB; a heavy ten-year library is ~10 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Something went wrong reading or writing a progress file. Each message says what happened,
/// where, and what was kept, in words a person can act on, in the language in use
/// ([`StoreError::message_in`]; the `store-...` messages in `assets/i18n/<lang>/store.ftl`).
#[derive(Debug)]
pub enum StoreError {
    Read { path: PathBuf, source: std::io::Error },
    Write { path: PathBuf, source: std::io::Error },
    TooLarge { path: PathBuf, size_mib: f64 },
    NotText { path: PathBuf, line: usize, column: usize },
    Empty { path: PathBuf },
    NotProgressFile { path: PathBuf },
    Syntax { path: PathBuf, line: usize, column: usize, problem: String },
    NewerVersion { path: PathBuf, found: u32, supported: u32 },
    UnknownVersion { path: PathBuf, found: u32 },
    Invalid { path: PathBuf, problem: String },
    Locked { path: PathBuf },
    Encode(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(crate::i18n::language()))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } | Self::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl StoreError {
    /// The message in `lang` (what [`Display`](std::fmt::Display) shows in the language in use).
    #[must_use]
    pub fn message_in(&self, lang: Lang) -> String {
        let say = |id: &str, args: &[(&str, Arg)]| tr_in(lang, id, args);
        let at = |path: &Path| Arg::from(path.display().to_string());
        match self {
            Self::Read { path, source } => {
                say("store-read", &[("path", at(path)), ("problem", Arg::from(io_problem(lang, source)))])
            }
            Self::Write { path, source } => {
                say("store-write", &[("path", at(path)), ("problem", Arg::from(io_problem(lang, source)))])
            }
            Self::TooLarge { path, size_mib } => {
                say("store-too-large", &[("path", at(path)), ("size", Arg::from(decimal_in(lang, *size_mib, 1)))])
            }
            Self::NotText { path, line, column } => {
                say("store-not-text", &[("path", at(path)), ("line", Arg::from(*line)), ("column", Arg::from(*column))])
            }
            Self::Empty { path } => say("store-empty", &[("path", at(path))]),
            Self::NotProgressFile { path } => say("store-not-progress-file", &[("path", at(path))]),
            Self::Syntax { path, line, column, problem } => say(
                "store-syntax",
                &[
                    ("path", at(path)),
                    ("line", Arg::from(*line)),
                    ("column", Arg::from(*column)),
                    ("problem", Arg::from(problem)),
                ],
            ),
            Self::NewerVersion { path, found, supported } => say(
                "store-newer-version",
                &[("path", at(path)), ("found", Arg::from(*found)), ("supported", Arg::from(*supported))],
            ),
            Self::UnknownVersion { path, found } => {
                say("store-unknown-version", &[("path", at(path)), ("found", Arg::from(*found))])
            }
            Self::Invalid { path, problem } => {
                say("store-invalid", &[("path", at(path)), ("problem", Arg::from(problem))])
            }
            Self::Locked { path } => say("store-locked", &[("path", at(path))]),
            Self::Encode(problem) => say("store-encode", &[("problem", Arg::from(problem))]),
        }
    }

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

/// What the system said went wrong with a file, in `lang`. English keeps the system's own words
/// (as it always has); another language names the common problems itself and keeps the
/// system's words for the rest (Rust asks the system in English).
fn io_problem(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let kind = match error.kind() {
        ErrorKind::NotFound => "not-found",
        ErrorKind::PermissionDenied => "permission-denied",
        ErrorKind::ReadOnlyFilesystem => "read-only",
        ErrorKind::StorageFull => "storage-full",
        ErrorKind::QuotaExceeded => "quota-exceeded",
        ErrorKind::FileTooLarge => "file-too-large",
        ErrorKind::IsADirectory => "is-a-directory",
        ErrorKind::NotADirectory => "not-a-directory",
        _ => "other",
    };
    tr_in(lang, "store-io-problem", &[("kind", Arg::from(kind)), ("system", Arg::from(error.to_string()))])
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::italian as it;

    fn errors() -> Vec<StoreError> {
        let path = || PathBuf::from("/home/a/library.ron");
        let io = || std::io::Error::from(std::io::ErrorKind::NotFound);
        vec![
            StoreError::Read { path: path(), source: io() },
            StoreError::Write { path: path(), source: io() },
            StoreError::TooLarge { path: path(), size_mib: 65.04 },
            StoreError::NotText { path: path(), line: 3, column: 14 },
            StoreError::Empty { path: path() },
            StoreError::NotProgressFile { path: path() },
            StoreError::Syntax { path: path(), line: 2, column: 5, problem: "Expected a comma".into() },
            StoreError::NewerVersion { path: path(), found: 9, supported: 5 },
            StoreError::UnknownVersion { path: path(), found: 0 },
            StoreError::Invalid { path: path(), problem: "two ladders share the id ladder-1".into() },
            StoreError::Locked { path: path() },
            StoreError::Encode("no".into()),
        ]
    }

    #[test]
    fn english_messages_are_the_words_they_always_were() {
        let system = std::io::Error::from(std::io::ErrorKind::NotFound).to_string();
        let expected = [
            format!("Could not read /home/a/library.ron: {system}. Nothing was changed."),
            format!(
                "Could not save to /home/a/library.ron: {system}. Your changes are kept in this window and the file on \
                 disk is unchanged."
            ),
            "/home/a/library.ron is 65.0 MiB; Stepwise opens progress files up to 64 MiB. It was not read and is kept \
             as it is."
                .to_owned(),
            "/home/a/library.ron is not a text file (invalid UTF-8 at line 3, column 14). It may be damaged; it is \
             kept unchanged."
                .to_owned(),
            "/home/a/library.ron is empty: there is nothing in it to read (a save or copy may have been cut short). It \
             is kept unchanged."
                .to_owned(),
            "/home/a/library.ron is not a Stepwise progress file (those begin with \"(version:\"). It was not read and \
             is kept unchanged."
                .to_owned(),
            "/home/a/library.ron could not be read at line 2, column 5: Expected a comma. The file is kept unchanged."
                .to_owned(),
            "/home/a/library.ron was written by a newer Stepwise (file format 9; this version reads up to 5). It was \
             not opened and is kept unchanged: update Stepwise to open it."
                .to_owned(),
            "/home/a/library.ron has format version 0, which Stepwise does not know. It is kept unchanged.".to_owned(),
            "/home/a/library.ron contains data Stepwise cannot accept: two ladders share the id ladder-1. The file is \
             kept unchanged."
                .to_owned(),
            "/home/a/library.ron is already open in another Stepwise window. Close that window first; this one will \
             not change the file."
                .to_owned(),
            "Could not prepare the library for saving: no. The file on disk is unchanged.".to_owned(),
        ];
        let said: Vec<String> = errors().iter().map(|e| e.message_in(Lang::english())).collect();
        assert_eq!(said, expected);
    }

    #[test]
    fn italian_messages_say_what_was_kept_in_italian() {
        let said: Vec<String> = errors().iter().map(|e| e.message_in(it())).collect();
        assert_eq!(
            said[0],
            "Non è stato possibile leggere /home/a/library.ron: il file o la cartella non esiste. Non è stato \
             modificato nulla."
        );
        assert!(said[2].starts_with("/home/a/library.ron pesa 65,0 MiB;"), "{}", said[2]);
        assert!(said[7].contains("(formato 9; questa versione legge fino al formato 5)"), "{}", said[7]);
        for text in &said {
            assert!(!text.contains("kept") && !text.contains('{'), "{text}");
        }
    }

    #[test]
    fn an_unusual_system_problem_keeps_the_systems_words() {
        let odd = std::io::Error::other("the disk said no");
        assert_eq!(io_problem(it(), &odd), "the disk said no");
        assert_eq!(io_problem(Lang::english(), &odd), "the disk said no");
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(io_problem(it(), &denied), "non hai il permesso di accedervi");
        assert_eq!(io_problem(Lang::english(), &denied), denied.to_string());
    }

    #[test]
    fn a_validation_problem_reads_as_one_italian_sentence() {
        let title = [("title", Arg::from("Riunioni"))];
        let what = tr_in(it(), "store-what-ladder-step", &title);
        let problem = tr_in(it(), "store-invalid-too-long", &[("what", Arg::from(what)), ("max", Arg::from(1000))]);
        assert_eq!(problem, "un gradino della scala \"Riunioni\" supera il limite di 1000 caratteri");
        let when = tr_in(it(), "store-when-exposure", &[("started", Arg::from("2026-11-21T09:30:00Z"))]);
        let problem = tr_in(it(), "store-invalid-exposure-ends-early", &[("when", Arg::from(when))]);
        assert_eq!(problem, "l'esposizione del 2026-11-21T09:30:00Z finisce prima di cominciare");
    }
}
