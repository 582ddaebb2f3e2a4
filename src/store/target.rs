//! Where the progress file really is, and whether this window may write it.
//!
//! - [`resolve_target`]: a progress file reached through a symbolic link (often a link into a
//!   synced folder) is saved by writing the link's *target*: the temp file is made beside the
//!   target and renamed over it, so the link stays a link. Backups and the lock live beside the
//!   target too. Every file operation of the store goes through this one function.
//! - [`access`]: a file on a read-only disk, marked read-only, or in a folder this user may not
//!   change is opened read-only instead of failing on every save. Found by trying, on the store
//!   thread, never from the permission bits of the folder alone.
//! - [`same_file`]: whether two paths name one file (through links, `..`, hard links, and also
//!   when one of them does not exist yet).

use std::fs::OpenOptions;
use std::io;
use std::path::{Path, PathBuf};

/// More links than this in a row is a loop (Linux gives up at 40 too).
const MAX_LINKS: usize = 40;

/// The file itself: the link's target when `path` is a symbolic link. When that cannot be found
/// out, the path itself (whatever then reads or writes it says what is wrong).
#[must_use]
pub fn real_file(path: &Path) -> PathBuf {
    resolve_target(path).unwrap_or_else(|_| path.to_owned())
}

/// The file that writing to `path` must replace: `path` itself unless it is a symbolic link,
/// else the file the link (or chain of links, relative or absolute) points to, which need not
/// exist yet. A path that is not a link is returned exactly as given (no file-system change for
/// the usual case); a resolved target has its folder made absolute and free of links where that
/// folder exists.
///
/// Unlike [`std::fs::canonicalize`], this works for a link whose target does not exist yet.
pub fn resolve_target(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for hops in 0..=MAX_LINKS {
        let is_link = match std::fs::symlink_metadata(&current) {
            Ok(meta) => meta.file_type().is_symlink(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => false,
            Err(e) => return Err(e),
        };
        if !is_link {
            return Ok(if hops == 0 { current } else { tidy(current) });
        }
        let link = std::fs::read_link(&current)?;
        // A relative link is relative to the folder that holds it. The folder is not normalised
        // by hand: `..` after a linked folder means the real parent, which the OS resolves.
        current = match current.parent() {
            Some(folder) if link.is_relative() => folder.join(link),
            _ => link,
        };
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::t!("store-too-many-links", path = path.display().to_string(), max = MAX_LINKS),
    ))
}

/// `folder/name` with the folder canonicalised when it exists (else unchanged).
fn tidy(path: PathBuf) -> PathBuf {
    let Some(name) = path.file_name() else { return path };
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    folder.canonicalize().map_or(path.clone(), |folder| folder.join(name))
}

/// Whether this window may change the progress file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Saving cannot work (read-only disk, no permission) or the file is marked read-only:
    /// nothing is written, not even the lock or a backup.
    ReadOnly,
}

/// Finds out, by trying, whether saving to `path` can work. Runs on the store thread.
///
/// Read-only when the file (the link's target) is marked read-only (no write permission bits on
/// Unix, the read-only attribute on Windows: a person's or an administrator's way of saying
/// "do not change this", honoured even for root), when it cannot be opened for writing (it is
/// opened without truncating and closed at once, so nothing changes), or when no file can be
/// created in its folder (a probe file is created there and removed again; an atomic save needs
/// a new file beside the old one). Only "permission denied" and "read-only file system" count:
/// any other trouble is left for the save itself to report.
#[must_use]
pub fn access(path: &Path) -> Access {
    let Ok(target) = resolve_target(path) else { return Access::ReadWrite };
    let file = match std::fs::metadata(&target) {
        Ok(meta) if meta.is_file() && meta.permissions().readonly() => {
            Some(Err(io::Error::from(io::ErrorKind::PermissionDenied)))
        }
        Ok(meta) if meta.is_file() => Some(OpenOptions::new().write(true).open(&target).map(drop)),
        _ => None,
    };
    decide(file.as_ref(), &probe_folder(&target))
}

/// The decision of [`access`] from what was tried: opening the file for writing (`None` when
/// there is no file yet) and creating a file in its folder.
#[must_use]
pub fn decide(file: Option<&io::Result<()>>, folder: &io::Result<()>) -> Access {
    let denied = |result: &io::Result<()>| result.as_ref().is_err_and(is_read_only_error);
    if file.is_some_and(denied) || denied(folder) { Access::ReadOnly } else { Access::ReadWrite }
}

/// "Permission denied" or "read-only file system": errors that trying again will not fix.
#[must_use]
pub fn is_read_only_error(error: &io::Error) -> bool {
    matches!(error.kind(), io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem)
}

/// Creates and removes a probe file in the folder `target` would be saved in, or in the nearest
/// folder above it that exists (a save creates the missing ones there).
fn probe_folder(target: &Path) -> io::Result<()> {
    let mut folder = match target.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    while !folder.is_dir() {
        match folder.parent() {
            Some(up) if !up.as_os_str().is_empty() => folder = up,
            // Nothing above exists (or it cannot be seen): the save will say what is wrong.
            _ => return Ok(()),
        }
    }
    let name = target.file_name().map_or_else(|| "stepwise".into(), |n| n.to_string_lossy().into_owned());
    let probe = folder.join(format!(".{name}.{}.probe", std::process::id()));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    match options.open(&probe) {
        Ok(file) => {
            drop(file);
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        // Left by a crashed run of this same process id: the folder can be written.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Whether `a` and `b` name the same file: the same file on disk when both exist (through links,
/// `..` and, on Unix, hard links), else the same resolved place.
#[must_use]
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => place(a) == place(b),
    }
}

/// Where writing `path` would put the file, as comparably as can be found out.
fn place(path: &Path) -> PathBuf {
    tidy(resolve_target(path).unwrap_or_else(|_| path.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_path_is_returned_as_given() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        assert_eq!(resolve_target(&path).unwrap(), path);
        std::fs::write(&path, "x").unwrap();
        assert_eq!(resolve_target(&path).unwrap(), path);
        assert_eq!(resolve_target(Path::new("library.ron")).unwrap(), Path::new("library.ron"));
    }

    #[test]
    fn the_decision_counts_only_permission_and_read_only_errors() {
        let ok: io::Result<()> = Ok(());
        let denied: io::Result<()> = Err(io::ErrorKind::PermissionDenied.into());
        let read_only_fs: io::Result<()> = Err(io::ErrorKind::ReadOnlyFilesystem.into());
        let busy: io::Result<()> = Err(io::ErrorKind::ResourceBusy.into());
        assert_eq!(decide(Some(&ok), &ok), Access::ReadWrite);
        assert_eq!(decide(None, &ok), Access::ReadWrite);
        assert_eq!(decide(Some(&denied), &ok), Access::ReadOnly);
        assert_eq!(decide(Some(&ok), &read_only_fs), Access::ReadOnly);
        assert_eq!(decide(None, &denied), Access::ReadOnly);
        // Anything else is left for the save to report (a file held open elsewhere, say).
        assert_eq!(decide(Some(&busy), &busy), Access::ReadWrite);
    }

    #[cfg(unix)]
    #[test]
    fn the_os_error_for_a_read_only_disk_counts() {
        // EROFS is 30 on Linux and macOS.
        assert!(is_read_only_error(&io::Error::from_raw_os_error(30)));
        assert!(is_read_only_error(&io::Error::from_raw_os_error(13)), "EACCES");
        assert!(!is_read_only_error(&io::Error::from_raw_os_error(2)), "ENOENT");
    }

    #[test]
    fn a_writable_folder_is_read_write_and_the_probe_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        assert_eq!(access(&path), Access::ReadWrite);
        std::fs::write(&path, "x").unwrap();
        assert_eq!(access(&path), Access::ReadWrite);
        assert_eq!(access(&dir.path().join("not/yet/library.ron")), Access::ReadWrite);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, [std::ffi::OsString::from("library.ron")]);
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
    }

    #[test]
    fn a_file_marked_read_only_is_read_only_even_for_root() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        std::fs::write(&path, "x").unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        assert_eq!(access(&path), Access::ReadOnly);
        assert_eq!(std::fs::read(&path).unwrap(), b"x", "the probe changed nothing");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_without_write_permission_is_read_only() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("shared");
        std::fs::create_dir(&folder).unwrap();
        let path = folder.join("library.ron");
        std::fs::write(&path, "x").unwrap();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        // Root writes through permission bits: then there is nothing to find out here.
        let root = std::fs::write(folder.join("probe-by-test"), "x").is_ok();
        if root {
            eprintln!("skipped: this user writes into a 0555 folder (root); the decision is tested apart");
        } else {
            assert_eq!(access(&path), Access::ReadOnly);
            assert_eq!(access(&folder.join("new.ron")), Access::ReadOnly, "a file not made yet");
        }
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_in_chains_relative_and_dangling() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("sync/deep")).unwrap();
        std::fs::create_dir(root.join("home")).unwrap();
        let real = root.join("sync/deep/library.ron");
        // home/library.ron -> ../sync/link.ron -> deep/library.ron (relative, a chain, and the
        // file at the end does not exist yet).
        symlink("deep/library.ron", root.join("sync/link.ron")).unwrap();
        symlink("../sync/link.ron", root.join("home/library.ron")).unwrap();
        assert_eq!(resolve_target(&root.join("home/library.ron")).unwrap(), real);
        std::fs::write(&real, "x").unwrap();
        assert_eq!(resolve_target(&root.join("home/library.ron")).unwrap(), real);
        // An absolute link.
        symlink(&real, root.join("abs.ron")).unwrap();
        assert_eq!(resolve_target(&root.join("abs.ron")).unwrap(), real);
        // A loop is an error, not a hang.
        symlink("b.ron", root.join("a.ron")).unwrap();
        symlink("a.ron", root.join("b.ron")).unwrap();
        let err = resolve_target(&root.join("a.ron")).unwrap_err();
        assert!(err.to_string().contains("symbolic links"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn same_file_sees_through_links_dots_and_hard_links() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("library.ron");
        std::fs::write(&file, "x").unwrap();
        assert!(same_file(&file, &dir.path().join(".").join("library.ron")));
        symlink(&file, dir.path().join("link.ron")).unwrap();
        assert!(same_file(&dir.path().join("link.ron"), &file));
        std::fs::hard_link(&file, dir.path().join("hard.ron")).unwrap();
        assert!(same_file(&dir.path().join("hard.ron"), &file));
        assert!(!same_file(&file, &dir.path().join("other.ron")));
        // Neither exists: the same place is the same file.
        let missing = dir.path().join("missing.ron");
        assert!(same_file(&missing, &dir.path().join(".").join("missing.ron")));
        symlink(&missing, dir.path().join("dangling.ron")).unwrap();
        assert!(same_file(&dir.path().join("dangling.ron"), &missing));
    }
}
