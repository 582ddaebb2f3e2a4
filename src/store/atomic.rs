//! Atomic replacement of a file: the old content stays whole until the new content is complete
//! and on disk. A crash at any moment leaves either the old file or the new one, never a mix.
//! A path that is a symbolic link is written through: the link's target is replaced (the temp
//! file is made beside the target, in the same file system) and the link itself is kept.

use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::watch::Stat;

/// Writes `bytes` to a temp file beside `path` (beside its target, when `path` is a symbolic
/// link: [`super::resolve_target`]), fsyncs it, renames it over that file and fsyncs the folder.
/// On Unix the file is created with mode 0600 (only its owner can read it).
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_checked(path, bytes, |_| Ok(true)).map(|_| ())
}

/// What [`write_checked`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The file was replaced by the new content: the stat of the new file as written, before
    /// the rename (so its change time differs from the file's now; its device and inode do not).
    Replaced(Stat),
    /// The check said no: the file was left as it is and the temp file removed.
    Declined,
}

/// Like [`write`], but `may_replace` decides at the last moment: it is called with the file about
/// to be replaced (the link's target, for a link) once the temp file is complete and synced, right
/// before the rename, so everything slow (writing, fsync) is already done when it looks. `false`
/// (or an error) leaves the file as it is and removes the temp file.
///
/// Between `may_replace` returning and the rename, a few microseconds remain in which another
/// program's rename over the file would be replaced unseen: no portable file API closes that
/// (Linux's `renameat2` with `RENAME_EXCHANGE` could, but std has no safe way to call it).
pub fn write_checked(
    path: &Path,
    bytes: &[u8],
    may_replace: impl FnOnce(&Path) -> io::Result<bool>,
) -> io::Result<Outcome> {
    let path = &super::resolve_target(path)?;
    let dir = super::watch::folder(path);
    std::fs::create_dir_all(&dir)?;
    let temp = temp_path(path);
    let result = write_synced(&temp, bytes).and_then(|stat| {
        if may_replace(path)? {
            std::fs::rename(&temp, path).map(|()| Outcome::Replaced(stat))
        } else {
            Ok(Outcome::Declined)
        }
    });
    match result {
        Ok(Outcome::Replaced(stat)) => sync_dir(&dir).map(|()| Outcome::Replaced(stat)),
        other => {
            // Only our own temp file is removed; the target was never touched.
            let _ = std::fs::remove_file(&temp);
            other
        }
    }
}

fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map_or_else(|| "stepwise".into(), |n| n.to_string_lossy().into_owned());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Writes and syncs the temp file; its stat, from the open handle.
fn write_synced(temp: &Path, bytes: &[u8]) -> io::Result<Stat> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(Stat::of(&file.metadata()?))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file to flush it. The new content is flushed before
    // the rename, and std's rename (MoveFileExW with MOVEFILE_REPLACE_EXISTING) is atomic, but
    // it is not write-through: after a power cut right after a save, the old file can be the
    // one found. It is never a mix of the two.
    Ok(())
}

/// Copies `from` to `to` atomically (streamed; `to` appears only once complete and flushed).
/// Links are followed at both ends, as in [`write`].
pub fn copy(from: &Path, to: &Path) -> io::Result<()> {
    let to = &super::resolve_target(to)?;
    let dir = super::watch::folder(to);
    std::fs::create_dir_all(&dir)?;
    let temp = temp_path(to);
    let result = (|| {
        let mut source = File::open(from)?;
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut target = options.open(&temp)?;
        io::copy(&mut source, &mut target)?;
        target.sync_all()?;
        std::fs::rename(&temp, to)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
        return result;
    }
    sync_dir(&dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.ron");
        write(&path, b"one").unwrap();
        write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, [std::ffi::OsString::from("lib.ron")]);
    }

    #[test]
    fn creates_missing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/lib.ron");
        write(&path, b"x").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.ron");
        write(&path, b"x").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.ron");
        write(&path, b"old").unwrap();
        // A directory where the file should go makes rename fail.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("inner"), b"keep").unwrap();
        assert!(write(&blocked, b"new").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read(blocked.join("inner")).unwrap(), b"keep");
    }

    #[test]
    fn the_check_runs_once_the_new_content_is_complete_and_can_keep_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lib.ron");
        write(&path, b"old").unwrap();
        let temp_content = |d: &Path| -> Vec<Vec<u8>> {
            std::fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.to_string_lossy().ends_with(".tmp"))
                .map(|p| std::fs::read(p).unwrap())
                .collect()
        };
        // Asked once the new content is whole beside the file (written and synced), with the
        // file still as it was.
        let outcome = write_checked(&path, b"new", |target| {
            assert_eq!(target, path.as_path());
            assert_eq!(temp_content(dir.path()), [b"new".to_vec()]);
            assert_eq!(std::fs::read(target).unwrap(), b"old");
            Ok(true)
        });
        let Outcome::Replaced(written) = outcome.unwrap() else { panic!("not replaced") };
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let now = super::super::watch::stat(&path).unwrap().unwrap();
        assert!(written.same_file(&now) && written.len == now.len, "{written:?} {now:?}");
        // Another program replaces the file while the new content is written: the check sees it
        // and says no, and that program's content stays.
        let outcome = write_checked(&path, b"mine", |target| {
            write(target, b"theirs").unwrap();
            Ok(false)
        });
        assert_eq!(outcome.unwrap(), Outcome::Declined);
        assert_eq!(std::fs::read(&path).unwrap(), b"theirs");
        assert!(temp_content(dir.path()).is_empty(), "the temp file is gone");
        // A check that fails replaces nothing either.
        let failed = write_checked(&path, b"mine", |_| Err(io::Error::other("no stat")));
        assert_eq!(failed.unwrap_err().to_string(), "no stat");
        assert_eq!(std::fs::read(&path).unwrap(), b"theirs");
        assert!(temp_content(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_link_writes_its_target_and_keeps_the_link() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let (home, sync) = (dir.path().join("home"), dir.path().join("sync"));
        std::fs::create_dir_all(&home).unwrap();
        std::fs::create_dir_all(&sync).unwrap();
        let link = home.join("library.ron");
        symlink("../sync/library.ron", &link).unwrap();
        for text in ["one", "two", "three"] {
            write(&link, text.as_bytes()).unwrap();
            assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "still a link");
            assert_eq!(std::fs::read(sync.join("library.ron")).unwrap(), text.as_bytes());
        }
        // No temp file was left on either side, and nothing new appeared beside the link.
        let names = |d: &Path| -> Vec<_> { std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect() };
        assert_eq!(names(&home), ["library.ron"]);
        assert_eq!(names(&sync), ["library.ron"]);
    }
}
