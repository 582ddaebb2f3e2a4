//! One Stepwise window per progress file: an OS advisory lock on `<file>.lock` beside it (beside
//! the link's target when the file is a symbolic link, so a window opened through the link and
//! one opened on the target share one lock). The lock is released by the OS when the process
//! ends, even after a crash, so a stale lock file never blocks anyone.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::StoreError;

/// Holds the lock for as long as it lives.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Locks `data_path` for this process, or says that another window has it.
    pub fn acquire(data_path: &Path) -> Result<Self, StoreError> {
        let target = super::resolve_target(data_path)
            .map_err(|source| StoreError::Read { path: data_path.to_owned(), source })?;
        let path = lock_path(&target);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Write { path: path.clone(), source })?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| StoreError::Write { path: path.clone(), source })?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::Locked { path: data_path.to_owned() }),
            Err(TryLockError::Error(source)) => Err(StoreError::Write { path, source }),
        }
    }
}

/// `library.ron` -> `library.ron.lock`.
#[must_use]
pub fn lock_path(data_path: &Path) -> PathBuf {
    let mut name = data_path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".lock");
    data_path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_file_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("library.ron");
        let first = FileLock::acquire(&data).unwrap();
        let err = FileLock::acquire(&data).unwrap_err();
        assert!(matches!(err, StoreError::Locked { .. }));
        assert!(err.to_string().contains("already open in another Stepwise window"));
        drop(first);
        assert!(FileLock::acquire(&data).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_follows_a_link_to_its_target() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sync")).unwrap();
        let target = dir.path().join("sync/library.ron");
        let link = dir.path().join("library.ron");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let through_link = FileLock::acquire(&link).unwrap();
        assert!(dir.path().join("sync/library.ron.lock").exists(), "beside the target");
        assert!(!dir.path().join("library.ron.lock").exists(), "not beside the link");
        assert!(matches!(FileLock::acquire(&target), Err(StoreError::Locked { .. })), "one lock for both");
        drop(through_link);
    }
}
