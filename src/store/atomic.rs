//! Atomic replacement of a file: the old content stays whole until the new content is complete
//! and on disk. A crash at any moment leaves either the old file or the new one, never a mix.
//! A path that is a symbolic link is written through: the link's target is replaced (the temp
//! file is made beside the target, in the same file system) and the link itself is kept.

use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to a temp file beside `path` (beside its target, when `path` is a symbolic
/// link: [`super::resolve_target`]), fsyncs it, renames it over that file and fsyncs the folder.
/// On Unix the file is created with mode 0600 (only its owner can read it).
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = &super::resolve_target(path)?;
    let dir = parent_dir(path);
    std::fs::create_dir_all(&dir)?;
    let temp = temp_path(path);
    let result = write_synced(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        // Only our own temp file is removed; the target was never touched.
        let _ = std::fs::remove_file(&temp);
        return result;
    }
    sync_dir(&dir)
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map_or_else(|| "stepwise".into(), |n| n.to_string_lossy().into_owned());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

fn write_synced(temp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()
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
    let dir = parent_dir(to);
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
