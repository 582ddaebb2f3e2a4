//! Noticing that the progress file changed outside Stepwise, and finding the copies that sync
//! tools leave beside it. The decisions are pure functions (tested with made-up stats); the IO is
//! a stat, a capped read and a directory listing.
//!
//! **What Stepwise last saw** ([`Seen`]): after opening and after every save, the store thread
//! keeps the file's [`Stat`] (size, modification time and, on Unix, the device, inode and change
//! time, which a sync tool's rename-over or an edit always moves) and a hash of its bytes
//! ([`hash`]: std's `DefaultHasher`, `SipHash` 1-3 with fixed keys, about 1-2 GB/s; it is only
//! compared within one run, never stored). [`look`] compares a fresh stat with it: equal stats
//! mean nothing to read (microseconds); a different stat means the file is read and its hash
//! compared ([`Seen::same_content`]), so a touch or a copy of the same bytes changes nothing.
//!
//! **Conflict copies** ([`conflict_copy_of`]): `library.sync-conflict-20261202-153000-ABCDEF1.ron`
//! (Syncthing) and `library (Someone's conflicted copy 2026-12-02).ron` (Dropbox) beside
//! `library.ron`.
//!
//! **Copies saved beside an unreadable file** ([`copy_path`], [`stepwise_copy_of`]):
//! `library (Stepwise copy 2026-12-02 1530).ron`; never matched as a conflict copy, but listed
//! with them ([`copies_beside`]) so that one left from an earlier run is offered for import too.

use std::hash::Hasher as _;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a stat says about a file, enough to tell that it was replaced or written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    pub len: u64,
    pub modified: Option<SystemTime>,
    /// Unix: device, inode and change time (seconds, nanoseconds). A rename over the file gives
    /// it another inode; any write moves the change time, even one that keeps the size and sets
    /// the modification time back. Zero elsewhere.
    pub identity: [i64; 4],
}

impl Stat {
    #[must_use]
    pub fn of(metadata: &std::fs::Metadata) -> Self {
        #[cfg(unix)]
        let identity = {
            use std::os::unix::fs::MetadataExt as _;
            #[allow(clippy::cast_possible_wrap)] // Compared for equality only.
            [metadata.dev() as i64, metadata.ino() as i64, metadata.ctime(), metadata.ctime_nsec()]
        };
        #[cfg(not(unix))]
        let identity = [0; 4];
        Self { len: metadata.len(), modified: metadata.modified().ok(), identity }
    }

    /// Whether both stats are of the same file (on Unix the same device and inode, which a rename
    /// keeps; elsewhere nothing tells, so true).
    #[must_use]
    pub fn same_file(&self, other: &Self) -> bool {
        self.identity[..2] == other.identity[..2]
    }
}

/// The file as Stepwise last read or wrote it: its stat and a hash of its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub stat: Stat,
    pub hash: u64,
}

/// What the store thread knows of the file on disk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Seen {
    /// Nothing is known (after a restart, or a save that may or may not have finished): the next
    /// look reads the file, and whatever it holds is merged (merging what is already here
    /// changes nothing).
    #[default]
    Unknown,
    /// There was no file.
    Missing,
    File(Fingerprint),
}

impl Seen {
    /// True when bytes with this hash are what Stepwise last saw (the file was touched, or
    /// replaced by the same content).
    #[must_use]
    pub fn same_content(&self, hash: u64) -> bool {
        matches!(self, Self::File(seen) if seen.hash == hash)
    }
}

/// What a fresh stat of the file says, compared with what was seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// The same stat: nothing to read.
    Unchanged,
    /// The file was there and is gone.
    Vanished,
    /// No file, and none was expected (or nothing was known).
    Missing,
    /// The stat differs (or nothing was known): read the file and compare its hash.
    Read,
}

/// Compares a fresh stat (`None`: no file) with what was seen. Pure.
#[must_use]
pub fn look(seen: &Seen, now: Option<&Stat>) -> Look {
    match (seen, now) {
        (Seen::File(_), None) => Look::Vanished,
        (Seen::Missing | Seen::Unknown, None) => Look::Missing,
        (Seen::File(seen), Some(now)) if seen.stat == *now => Look::Unchanged,
        (_, Some(_)) => Look::Read,
    }
}

/// A fast hash of a file's bytes (std's `DefaultHasher`: `SipHash` 1-3, fixed keys).
#[must_use]
pub fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// The file's stat, `None` when there is no file.
pub fn stat(path: &Path) -> io::Result<Option<Stat>> {
    match std::fs::metadata(path) {
        Ok(metadata) => Ok(Some(Stat::of(&metadata))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// A file as read: its stat and its bytes (`None`: larger than the cap, so not read).
#[derive(Debug)]
pub struct FileBytes {
    pub stat: Stat,
    pub bytes: Option<Vec<u8>>,
}

/// Reads the file's bytes with the stat of the very file that was read (taken from the open
/// handle, so a rename over the path meanwhile cannot pair one file's stat with another's
/// bytes). A file above `cap` is not read; one that grows past it while being read stops at
/// `cap + 1` bytes (so it is still seen to be too large). `None` when there is no file.
pub fn read(path: &Path, cap: u64) -> io::Result<Option<FileBytes>> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let stat = Stat::of(&file.metadata()?);
    if stat.len > cap {
        return Ok(Some(FileBytes { stat, bytes: None }));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(stat.len).unwrap_or(0));
    file.take(cap + 1).read_to_end(&mut bytes)?;
    Ok(Some(FileBytes { stat, bytes: Some(bytes) }))
}

/// The sync tool that leaves a kind of conflict copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncTool {
    Syncthing,
    Dropbox,
}

impl SyncTool {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Syncthing => "Syncthing",
            Self::Dropbox => "Dropbox",
        }
    }
}

/// Who left a copy of the progress file beside it (a copy offered for import).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftBy {
    /// A sync tool's conflict copy.
    SyncTool(SyncTool),
    /// The copy Stepwise saved while the progress file could not be read ([`copy_path`]).
    Stepwise,
}

/// `library.ron` -> ("library", Some("ron")).
fn stem_and_extension(progress: &Path) -> Option<(&str, Option<&str>)> {
    let stem = progress.file_stem()?.to_str()?;
    Some((stem, progress.extension().and_then(|e| e.to_str())))
}

/// Whether `name` (a file name in the progress file's folder) is a sync tool's conflict copy of
/// the progress file, and whose. Pure.
///
/// - Syncthing: `<stem>.sync-conflict-<YYYYMMDD>-<HHMMSS>-<device id>.<ext>`;
/// - Dropbox: `<stem> (<anything with "conflicted copy">).<ext>`.
///
/// The progress file itself, its lock, temp files, backups and Stepwise's own copies
/// (`<stem> (Stepwise copy ...).<ext>`) are not conflict copies.
#[must_use]
pub fn conflict_copy_of(progress: &Path, name: &str) -> Option<SyncTool> {
    let (stem, extension) = stem_and_extension(progress)?;
    let rest = match extension {
        Some(extension) => name.strip_suffix(extension)?.strip_suffix('.')?,
        None => name,
    };
    let rest = rest.strip_prefix(stem)?;
    if let Some(stamp) = rest.strip_prefix(".sync-conflict-") {
        // 20261202-153000-ABCDEF1
        let mut parts = stamp.split('-');
        let (date, time, device) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let device_ok = !device.is_empty() && device.bytes().all(|b| b.is_ascii_alphanumeric());
        return (parts.next().is_none() && digits(date, 8) && digits(time, 6) && device_ok)
            .then_some(SyncTool::Syncthing);
    }
    let inner = rest.strip_prefix(" (")?.strip_suffix(')')?;
    inner.to_lowercase().contains("conflicted copy").then_some(SyncTool::Dropbox)
}

/// Whether `name` is a copy Stepwise saved beside the progress file while it could not be read:
/// `<stem> (Stepwise copy <YYYY-MM-DD HHMM>[ <n>]).<ext>`, as [`copy_path`] names them. Pure.
#[must_use]
pub fn stepwise_copy_of(progress: &Path, name: &str) -> bool {
    let Some((stem, extension)) = stem_and_extension(progress) else { return false };
    let rest = match extension {
        Some(extension) => name.strip_suffix(extension).and_then(|r| r.strip_suffix('.')),
        None => Some(name),
    };
    let Some(stamp) = rest
        .and_then(|r| r.strip_prefix(stem))
        .and_then(|r| r.strip_prefix(" (Stepwise copy "))
        .and_then(|r| r.strip_suffix(')'))
    else {
        return false;
    };
    // 2026-12-02 1530, then perhaps " 2".
    let pattern = b"dddd-dd-dd dddd";
    let (stamp, number) = stamp.split_at_checked(pattern.len()).unwrap_or((stamp, ""));
    let stamp_ok = stamp.len() == pattern.len()
        && stamp.bytes().zip(pattern).all(|(b, p)| if *p == b'd' { b.is_ascii_digit() } else { b == *p });
    let number_ok = number.is_empty()
        || number.strip_prefix(' ').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    stamp_ok && number_ok
}

/// Whether `name` is a copy of the progress file to offer for import, and who left it. Pure.
#[must_use]
pub fn left_by(progress: &Path, name: &str) -> Option<LeftBy> {
    conflict_copy_of(progress, name)
        .map(LeftBy::SyncTool)
        .or_else(|| stepwise_copy_of(progress, name).then_some(LeftBy::Stepwise))
}

/// The copies of the progress file in its folder to offer for import (sync tools' conflict
/// copies, and Stepwise's own copies from a time it could not be read), sorted by name.
pub fn copies_beside(progress: &Path) -> io::Result<Vec<(PathBuf, LeftBy)>> {
    let dir = folder(progress);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if let Some(name) = name.to_str()
            && let Some(left_by) = left_by(progress, name)
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            found.push((dir.join(name), left_by));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(found)
}

/// The folder holding the progress file (`.` for a bare name).
#[must_use]
pub fn folder(progress: &Path) -> PathBuf {
    match progress.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Where the open library is saved when the progress file cannot be read:
/// `library (Stepwise copy 2026-12-02 1530).ron` beside it (`stamp` is the local time, as
/// `2026-12-02 1530`), with ` 2`, ` 3`... after the stamp for the `n`th such name. Pure.
#[must_use]
pub fn copy_path(progress: &Path, stamp: &str, n: u32) -> PathBuf {
    let (stem, extension) = stem_and_extension(progress).unwrap_or(("library", Some("ron")));
    let number = if n > 1 { format!(" {n}") } else { String::new() };
    let name = match extension {
        Some(extension) => format!("{stem} (Stepwise copy {stamp}{number}).{extension}"),
        None => format!("{stem} (Stepwise copy {stamp}{number})"),
    };
    progress.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn stat(len: u64, secs: u64) -> Stat {
        Stat { len, modified: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs)), identity: [1, 2, 3, 4] }
    }

    fn seen(len: u64, secs: u64, hash: u64) -> Seen {
        Seen::File(Fingerprint { stat: stat(len, secs), hash })
    }

    #[test]
    fn an_equal_stat_means_nothing_to_read() {
        assert_eq!(look(&seen(10, 100, 7), Some(&stat(10, 100))), Look::Unchanged);
    }

    #[test]
    fn any_difference_in_the_stat_means_read_and_compare() {
        let was = seen(10, 100, 7);
        assert_eq!(look(&was, Some(&stat(11, 100))), Look::Read, "size");
        assert_eq!(look(&was, Some(&stat(10, 101))), Look::Read, "modification time");
        let mut renamed_over = stat(10, 100);
        renamed_over.identity[1] = 99;
        assert_eq!(look(&was, Some(&renamed_over)), Look::Read, "another inode, same size and time");
        let mut no_time = stat(10, 100);
        no_time.modified = None;
        assert_eq!(look(&was, Some(&no_time)), Look::Read);
    }

    #[test]
    fn after_reading_only_other_bytes_are_a_change() {
        let was = seen(10, 100, 7);
        assert!(was.same_content(7), "touched: the same bytes");
        assert!(!was.same_content(8));
        assert!(!Seen::Unknown.same_content(7), "nothing known: always merged");
        assert!(!Seen::Missing.same_content(7));
        assert_eq!(hash(b"abc"), hash(b"abc"));
        assert_ne!(hash(b"abc"), hash(b"abd"));
    }

    #[test]
    fn a_file_that_goes_or_never_was() {
        assert_eq!(look(&seen(10, 100, 7), None), Look::Vanished);
        assert_eq!(look(&Seen::Missing, None), Look::Missing);
        assert_eq!(look(&Seen::Unknown, None), Look::Missing);
        assert_eq!(look(&Seen::Missing, Some(&stat(1, 1))), Look::Read, "it appeared");
        assert_eq!(look(&Seen::Unknown, Some(&stat(1, 1))), Look::Read, "nothing known");
    }

    #[test]
    fn reading_gives_the_stat_of_what_was_read_and_skips_a_file_past_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        assert!(read(&path, 100).unwrap().is_none());
        std::fs::write(&path, b"0123456789").unwrap();
        let read_now = read(&path, 100).unwrap().unwrap();
        assert_eq!(read_now.bytes.as_deref(), Some(&b"0123456789"[..]));
        assert_eq!(Some(read_now.stat), super::stat(&path).unwrap());
        assert!(read(&path, 4).unwrap().unwrap().bytes.is_none(), "too large: not read");
    }

    #[test]
    fn syncthing_conflict_copies_are_recognised() {
        let progress = Path::new("/data/library.ron");
        let name = "library.sync-conflict-20261202-153000-ABCDEF1.ron";
        assert_eq!(conflict_copy_of(progress, name), Some(SyncTool::Syncthing));
        // Malformed stamps are not.
        for name in [
            "library.sync-conflict-2026122-153000-ABCDEF1.ron",
            "library.sync-conflict-20261202-1530-ABCDEF1.ron",
            "library.sync-conflict-20261202-153000-.ron",
            "library.sync-conflict-20261202-153000-ABC-DEF.ron",
            "library.sync-conflict-20261202-153000-ABCDEF1.txt",
        ] {
            assert_eq!(conflict_copy_of(progress, name), None, "{name}");
        }
        // A file without an extension: Syncthing adds the suffix at the end.
        assert_eq!(
            conflict_copy_of(Path::new("/data/progress"), "progress.sync-conflict-20261202-153000-ABCDEF1"),
            Some(SyncTool::Syncthing)
        );
    }

    #[test]
    fn dropbox_conflicted_copies_are_recognised() {
        let progress = Path::new("/data/library.ron");
        for name in [
            "library (Alice's conflicted copy 2026-12-02).ron",
            "library (conflicted copy 2026-12-02 153000).ron",
            "library (Bob's Conflicted Copy).ron",
        ] {
            assert_eq!(conflict_copy_of(progress, name), Some(SyncTool::Dropbox), "{name}");
        }
        assert_eq!(conflict_copy_of(progress, "library (copy).ron"), None);
        assert_eq!(conflict_copy_of(progress, "library (Alice's conflicted copy).txt"), None);
    }

    #[test]
    fn other_files_are_not_conflict_copies() {
        let progress = Path::new("/data/library.ron");
        for name in [
            "library.ron",
            "library.ron.lock",
            ".library.ron.1234-0.tmp",
            ".syncthing.library.ron.tmp",
            "library.2026-11-21T091500Z.daily.ron",
            "library (Stepwise copy 2026-12-02 1530).ron",
            "library (Stepwise copy 2026-12-02 1530 2).ron",
            "notes.sync-conflict-20261202-153000-ABCDEF1.ron",
            "notes (Alice's conflicted copy 2026-12-02).ron",
            "mylibrary (Alice's conflicted copy 2026-12-02).ron",
            "library2.sync-conflict-20261202-153000-ABCDEF1.ron",
        ] {
            assert_eq!(conflict_copy_of(progress, name), None, "{name}");
        }
        // Another stem's copies belong to that file.
        assert_eq!(
            conflict_copy_of(Path::new("/data/work.ron"), "work.sync-conflict-20261202-153000-ABCDEF1.ron"),
            Some(SyncTool::Syncthing)
        );
    }

    #[test]
    fn stepwise_copies_are_recognised_by_the_names_stepwise_gives_them() {
        let progress = Path::new("/data/library.ron");
        for n in [1, 2, 12] {
            let name = copy_path(progress, "2026-12-02 1530", n);
            let name = name.file_name().unwrap().to_str().unwrap();
            assert!(stepwise_copy_of(progress, name), "{name}");
            assert_eq!(left_by(progress, name), Some(LeftBy::Stepwise));
        }
        let bare = Path::new("/data/progress");
        assert!(stepwise_copy_of(bare, "progress (Stepwise copy 2026-12-02 1530)"));
        for name in [
            "library (Stepwise copy).ron",
            "library (Stepwise copy 2026-12-02).ron",
            "library (Stepwise copy 2026-12-02 15:30).ron",
            "library (Stepwise copy 2026-12-02 1530 ).ron",
            "library (Stepwise copy 2026-12-02 1530 x).ron",
            "library (Stepwise copy 2026-12-02 1530).txt",
            "notes (Stepwise copy 2026-12-02 1530).ron",
            "library (stepwise copy 2026-12-02 1530).ron",
            "library.ron",
        ] {
            assert!(!stepwise_copy_of(progress, name), "{name}");
        }
        assert_eq!(
            left_by(progress, "library (Alice's conflicted copy 2026-12-02).ron"),
            Some(LeftBy::SyncTool(SyncTool::Dropbox))
        );
        assert_eq!(left_by(progress, "library.ron.lock"), None);
    }

    #[test]
    fn copies_to_offer_are_listed_from_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let progress = dir.path().join("library.ron");
        for name in [
            "library.ron",
            "library.ron.lock",
            "library.sync-conflict-20261202-153000-ABCDEF1.ron",
            "library (Alice's conflicted copy 2026-12-02).ron",
            "library (Stepwise copy 2026-12-02 1530).ron",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        std::fs::create_dir(dir.path().join("library.sync-conflict-20261203-153000-ABCDEF1.ron")).unwrap();
        let found = copies_beside(&progress).unwrap();
        assert_eq!(
            found,
            [
                (
                    dir.path().join("library (Alice's conflicted copy 2026-12-02).ron"),
                    LeftBy::SyncTool(SyncTool::Dropbox)
                ),
                (dir.path().join("library (Stepwise copy 2026-12-02 1530).ron"), LeftBy::Stepwise),
                (
                    dir.path().join("library.sync-conflict-20261202-153000-ABCDEF1.ron"),
                    LeftBy::SyncTool(SyncTool::Syncthing)
                ),
            ],
            "files only, sorted"
        );
    }

    #[test]
    fn copies_beside_the_file_are_clearly_named() {
        let progress = Path::new("/data/library.ron");
        assert_eq!(
            copy_path(progress, "2026-12-02 1530", 1),
            Path::new("/data/library (Stepwise copy 2026-12-02 1530).ron")
        );
        assert_eq!(
            copy_path(progress, "2026-12-02 1530", 2),
            Path::new("/data/library (Stepwise copy 2026-12-02 1530 2).ron")
        );
        assert_eq!(copy_path(Path::new("/data/progress"), "x", 1), Path::new("/data/progress (Stepwise copy x)"));
    }
}
