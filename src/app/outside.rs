//! The store thread's watch on the progress file: what it does when the file changed outside
//! Stepwise (a sync tool brought the other computer's version, or someone edited it).
//!
//! - **Looking** costs a stat ([`crate::store::watch::look`]): once a second between jobs and
//!   right before every save. Only a different stat makes it read the file; only different bytes
//!   (by hash) make it parse them, exactly as opening does (size cap, parse, migration,
//!   validation: [`store::parse_bytes`]).
//! - **A readable change** is never overwritten. Its content becomes *pending*: merged by id
//!   ([`merge::import`]) into the library this thread knows and reported
//!   ([`JobResult::Outside`]), and merged into every save until the UI says its library holds it
//!   ([`super::jobs::Job::Incorporated`]). So an edit made in the window meanwhile is kept
//!   (the UI applies a merge only onto the library it was worked out from), and so is the
//!   outside content (the next save merges it again).
//! - **Right before a save**, a change found is merged into the library being saved and the
//!   union is written. The stat is checked once more at the last moment: after the temp file is
//!   written and fsynced, immediately before the rename ([`store::atomic::write_checked`]). A file
//!   that changed meanwhile (a sync tool landing during the fsync) is not replaced: the temp file
//!   is dropped, the file is read and merged, and the save tries again (up to [`SAVE_ATTEMPTS`]
//!   times; then the save fails and is retried a few seconds later). What remains is the time
//!   between that stat and the rename, a few microseconds, which no portable file API closes (on
//!   Linux `renameat2` could, but not without unsafe code or a new dependency). After the rename,
//!   the file is noted as written only if it is still the temp file's inode (Unix), so a file
//!   renamed over it right then is read at the next look.
//! - **An unreadable change** (damaged, from a newer Stepwise, not a progress file) is left as
//!   it is: the open library is saved beside it as `library (Stepwise copy 2026-12-02 1530).ron`
//!   and later saves go to that copy (so no second copy is made), until the file can be read
//!   again; then it is merged as above and saves go back to it. The copy is written as the file
//!   would be: with pending outside content merged in.
//! - **A vanished file** is not written back by the look; the next save writes it again.
//! - **Conflict copies** of sync tools beside the file are listed when the folder changes, and
//!   reported once each; a merged one is moved into `backups/`. So are Stepwise's own copies
//!   from a run in which the file could not be read (the newest work may be in one), but never
//!   a copy this thread wrote itself.

use std::io;
use std::path::{Path, PathBuf};

use chrono::Local;

use super::jobs::{Diverted, JobResult, WorkerState};
use crate::merge;
use crate::model::Library;
use crate::store::watch::{self, Fingerprint, Look, Seen};
use crate::store::{self, FileLock, Loaded, StoreError, backup};
use crate::view::file_name;

/// How many times a save reads a file that keeps changing under it before it gives up (the
/// save then fails and is tried again a few seconds later).
pub const SAVE_ATTEMPTS: usize = 3;

/// What a look at the file found.
pub(super) enum Outside {
    /// What was last seen (or the same bytes).
    Same,
    /// No file.
    Gone,
    /// Other content, read and valid.
    Changed(Box<Library>),
    /// Other content that cannot be read as a progress file: why, as a phrase.
    Unreadable(String),
}

/// What a save writes besides the library it was given: the pending outside content (its id, and
/// the merge), or `None` for the library alone.
type Merged = Option<(u64, merge::Merge)>;

/// A file read from disk.
pub(super) enum Read {
    Missing,
    /// The same bytes as last seen.
    Same,
    Other(Box<Result<Loaded, StoreError>>),
}

/// Why a file cannot be read, as a phrase for "library.ron ... cannot be read (PHRASE)".
fn reason(error: &StoreError) -> String {
    match error {
        StoreError::TooLarge { size_mib, .. } => {
            crate::t!("app-unreadable-too-large", size = crate::i18n::decimal(*size_mib, 1))
        }
        StoreError::NotText { .. } => crate::t!("app-unreadable-not-text"),
        StoreError::Empty { .. } => crate::t!("app-unreadable-empty"),
        StoreError::NotProgressFile { .. } => crate::t!("app-unreadable-not-progress-file"),
        StoreError::Syntax { line, column, .. } => {
            crate::t!("app-unreadable-syntax", line = line.to_string(), column = column.to_string())
        }
        StoreError::NewerVersion { found, .. } => crate::t!("app-unreadable-newer", found = found.to_string()),
        StoreError::UnknownVersion { found, .. } => {
            crate::t!("app-unreadable-unknown-version", found = found.to_string())
        }
        StoreError::Invalid { problem, .. } => crate::t!("app-unreadable-invalid", problem = problem),
        other => other.to_string(),
    }
}

/// An IO error from a failed write, without the sentence around it.
/// Why an outside file was not taken in: the merge refused it (a phrase).
fn unmergeable(problem: &str) -> String {
    crate::t!("app-unreadable-unmergeable", problem = problem)
}

fn write_error(error: StoreError) -> String {
    match error {
        StoreError::Write { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

impl WorkerState {
    /// Reads the file and notes it as seen. Different bytes are parsed as opening does.
    pub(super) fn read_file(&mut self) -> io::Result<Read> {
        let Some(file) = watch::read(&self.path, store::MAX_FILE_BYTES)? else {
            self.seen = Seen::Missing;
            return Ok(Read::Missing);
        };
        let Some(bytes) = file.bytes else {
            // Too large to read: known by its stat alone.
            self.seen = Seen::File(Fingerprint { stat: file.stat, hash: 0 });
            let size_mib = file.stat.len as f64 / (1024.0 * 1024.0);
            return Ok(Read::Other(Box::new(Err(StoreError::TooLarge { path: self.path.clone(), size_mib }))));
        };
        let hash = watch::hash(&bytes);
        let same = self.seen.same_content(hash);
        self.seen = Seen::File(Fingerprint { stat: file.stat, hash });
        if same {
            return Ok(Read::Same);
        }
        Ok(Read::Other(Box::new(store::parse_bytes(&self.path, bytes))))
    }

    /// Looks at the file: a stat, and a read only when the stat changed.
    pub(super) fn look_outside(&mut self) -> io::Result<Outside> {
        let now = watch::stat(&self.path)?;
        match watch::look(&self.seen, now.as_ref()) {
            Look::Unchanged => return Ok(Outside::Same),
            Look::Vanished | Look::Missing => {
                self.seen = Seen::Missing;
                return Ok(Outside::Gone);
            }
            Look::Read => {}
        }
        Ok(match self.read_file()? {
            Read::Missing => Outside::Gone,
            Read::Same => Outside::Same,
            Read::Other(loaded) => match *loaded {
                Ok(loaded) => Outside::Changed(Box::new(loaded.library)),
                Err(e) => Outside::Unreadable(reason(&e)),
            },
        })
    }

    /// True when the file is still what was last seen (or there is none): it may be replaced.
    fn still_as_seen(&self) -> io::Result<bool> {
        let now = watch::stat(&self.path)?;
        Ok(matches!(watch::look(&self.seen, now.as_ref()), Look::Unchanged | Look::Missing | Look::Vanished))
    }

    /// Writes the library to the progress file, unless it changed since it was last seen
    /// (`Ok(false)`: nothing written, the next look reads it), and notes what was written as seen.
    pub(super) fn write_main(&mut self, library: &Library) -> Result<bool, StoreError> {
        let text = store::format::encode(library)?;
        self.write_main_text(&text)
    }

    /// Replaces the progress file with `text` only if, right before the rename (the temp file
    /// written and synced), the file is still what was last seen; `Ok(false)` when it is not
    /// (nothing replaced, `seen` unchanged, so the next look reads it).
    fn write_main_text(&mut self, text: &str) -> Result<bool, StoreError> {
        #[cfg(test)]
        let hook = self.before_rename.take();
        let written = store::write_text_checked(&self.path, text, |_| {
            #[cfg(test)]
            if let Some(hook) = hook {
                hook();
            }
            self.still_as_seen()
        });
        #[cfg(test)]
        if let Some(hook) = self.after_rename.take() {
            hook();
        }
        let ours = match written {
            Ok(store::atomic::Outcome::Declined) => return Ok(false),
            Ok(store::atomic::Outcome::Replaced(ours)) => Some(ours),
            Err(_) => None,
        };
        let before = self.seen;
        self.seen = match watch::stat(&self.path) {
            // Not replaced (the write failed before the rename): still what was seen.
            Ok(Some(stat)) if matches!(before, Seen::File(seen) if seen.stat == stat) => before,
            // The file written (the rename moved its change time, not its inode).
            Ok(Some(stat)) if ours.is_some_and(|ours| ours.same_file(&stat) && ours.len == stat.len) => {
                Seen::File(Fingerprint { stat, hash: watch::hash(text.as_bytes()) })
            }
            // Someone else's file already, or no answer: the next look reads it.
            _ => Seen::Unknown,
        };
        written.map(|_| true)
    }

    /// Makes `outside` pending (merged with what was pending already) and returns its id.
    fn add_pending(&mut self, outside: Library) -> Result<u64, String> {
        let combined = match self.pending.take() {
            None => outside,
            Some((id, older)) => match merge::import(&older, &outside) {
                Ok(merged) => merged.library,
                Err(e) => {
                    self.pending = Some((id, older));
                    return Err(e);
                }
            },
        };
        self.last_outside_id += 1;
        self.pending = Some((self.last_outside_id, combined));
        Ok(self.last_outside_id)
    }

    /// Saves `library` as the save job asked, never over content not seen: see the module docs.
    pub(super) fn save_merging(&mut self, generation: u64, library: Library) -> Vec<JobResult> {
        let name = file_name(&self.path);
        let mut results = Vec::new();
        let check_failed = |e: io::Error| JobResult::SaveFailed {
            generation,
            error: crate::t!("app-save-check-failed", name = &name, error = e.to_string()),
        };
        for _ in 0..SAVE_ATTEMPTS {
            match self.look_outside() {
                Err(e) => {
                    results.push(check_failed(e));
                    return results;
                }
                Ok(Outside::Same | Outside::Gone) => {}
                Ok(Outside::Changed(outside)) => {
                    if let Some(diverted) = self.diverted.take() {
                        results.push(JobResult::ReadableAgain { copy: diverted.copy });
                    }
                    if let Err(e) = self.add_pending(*outside) {
                        let reason = unmergeable(&e);
                        self.divert_save(reason, generation, library, &mut results);
                        return results;
                    }
                }
                Ok(Outside::Unreadable(reason)) => {
                    if self.diverted.is_none() {
                        self.divert_save(reason, generation, library, &mut results);
                        return results;
                    }
                }
            }
            if self.diverted.is_some() {
                self.save_diverted(generation, library, &mut results);
                return results;
            }
            let merged = match self.merged_with_pending(&library) {
                Ok(merged) => merged,
                Err(e) => {
                    let reason = unmergeable(&e);
                    self.divert_save(reason, generation, library, &mut results);
                    return results;
                }
            };
            let text = match store::format::encode(merged.as_ref().map_or(&library, |(_, m)| &m.library)) {
                Ok(text) => text,
                Err(e) => {
                    results.push(JobResult::SaveFailed { generation, error: e.to_string() });
                    return results;
                }
            };
            match self.write_main_text(&text) {
                Err(e) => {
                    results.push(JobResult::SaveFailed { generation, error: e.to_string() });
                    return results;
                }
                // Changed again while merging, encoding or writing: nothing was replaced; look
                // again.
                Ok(false) => continue,
                Ok(true) => {}
            }
            self.saved(generation, library, merged, &mut results);
            return results;
        }
        results.push(JobResult::SaveFailed { generation, error: crate::t!("app-save-kept-changing", name = &name) });
        results
    }

    /// `library` as a save writes it: with the pending outside content merged in (`Some`), or
    /// alone when nothing is pending.
    fn merged_with_pending(&self, library: &Library) -> Result<Merged, String> {
        match &self.pending {
            None => Ok(None),
            Some((id, outside)) => merge::import(library, outside).map(|merge| Some((*id, merge))),
        }
    }

    /// A save of `library` (of `generation`) was written, with `merged` in it: says so, and
    /// reports what the outside content added ([`JobResult::Outside`], `on_disk`).
    fn saved(&mut self, generation: u64, library: Library, merged: Merged, results: &mut Vec<JobResult>) {
        results.push(JobResult::Saved { generation });
        match merged {
            Some((id, merge)) if merge.library != library => {
                self.known = Some((generation, merge.library.clone()));
                results.push(JobResult::Outside {
                    id,
                    base_generation: generation,
                    merge: Box::new(merge),
                    changed: true,
                    on_disk: true,
                });
            }
            merged => {
                if merged.is_some() {
                    // The library holds everything pending already.
                    self.pending = None;
                }
                self.known = Some((generation, library));
            }
        }
    }

    /// The file cannot be read (`reason`): leaves it as it is; from now on saves go to a new copy
    /// beside it, written now from `library` as [`Self::write_copy`] does. Returns the news and
    /// what was written.
    fn divert(&mut self, reason: String, library: &Library) -> (JobResult, Result<Merged, String>) {
        self.diverted = Some(Diverted { copy: None });
        match self.write_copy(library) {
            Ok((copy, merged)) => (JobResult::OutsideUnreadable { reason, copy: Ok(copy) }, Ok(merged)),
            Err(e) => (JobResult::OutsideUnreadable { reason, copy: Err(e.clone()) }, Err(e)),
        }
    }

    /// A save that finds the file unreadable (`reason`): `library` goes to a new copy beside it.
    fn divert_save(&mut self, reason: String, generation: u64, library: Library, results: &mut Vec<JobResult>) {
        let (news, written) = self.divert(reason, &library);
        results.push(news);
        match written {
            Ok(merged) => self.saved(generation, library, merged, results),
            Err(e) => results.push(self.copy_failed(generation, &e)),
        }
    }

    /// A save while the file cannot be read: to the copy beside it.
    fn save_diverted(&mut self, generation: u64, library: Library, results: &mut Vec<JobResult>) {
        match self.write_copy(&library) {
            Ok((_, merged)) => self.saved(generation, library, merged, results),
            Err(e) => results.push(self.copy_failed(generation, &e)),
        }
    }

    fn copy_failed(&self, generation: u64, error: &str) -> JobResult {
        JobResult::SaveFailed {
            generation,
            error: crate::t!("app-save-copy-failed", name = file_name(&self.path), error = error),
        }
    }

    /// Writes `library` to the copy beside the unreadable file (the one saves go to, or a new
    /// one), as a save writes the file itself: with the pending outside content merged in (alone
    /// when the two cannot be merged; the content then stays pending). Returns the copy and what
    /// was merged.
    fn write_copy(&mut self, library: &Library) -> Result<(PathBuf, Merged), String> {
        let merged = self.merged_with_pending(library).unwrap_or(None);
        let content = merged.as_ref().map_or(library, |(_, m)| &m.library);
        let copy = if let Some(copy) = self.diverted.as_ref().and_then(|d| d.copy.clone()) {
            store::save(&copy, content).map_err(write_error)?;
            copy
        } else {
            let copy = self.write_new_copy(content)?;
            // Its content is this window's: never offered to it for import.
            self.offered.insert(copy.clone());
            copy
        };
        self.diverted = Some(Diverted { copy: Some(copy.clone()) });
        Ok((copy, merged))
    }

    /// The file itself: the link's target when the progress file is a symbolic link (its
    /// folder is where sync tools leave their copies, and where Stepwise's copy goes).
    pub(super) fn real_path(&self) -> PathBuf {
        store::real_file(&self.path)
    }

    /// Saves `library` as a new, clearly named copy beside the progress file.
    fn write_new_copy(&self, library: &Library) -> Result<PathBuf, String> {
        let stamp = self.clock.now().with_timezone(&Local).format("%Y-%m-%d %H%M").to_string();
        let real = self.real_path();
        let copy = (1..=99)
            .map(|n| watch::copy_path(&real, &stamp, n))
            .find(|p| matches!(p.try_exists(), Ok(false)))
            .ok_or_else(|| crate::t!("app-copy-no-free-name"))?;
        store::save(&copy, library).map_err(write_error)?;
        Ok(copy)
    }

    /// Between jobs: looks at the file and at the folder (for conflict copies). Reports only
    /// news, so an idle window is never woken.
    pub(super) fn poll(&mut self) -> Vec<JobResult> {
        let mut results = Vec::new();
        if self.lock.is_none() {
            return results;
        }
        if let Some((generation, known)) = self.known.clone() {
            match self.look_outside() {
                // A read that failed is tried again at the next look; a vanished file is written
                // again by the next save.
                Err(_) | Ok(Outside::Same | Outside::Gone) => {}
                Ok(Outside::Unreadable(reason)) => {
                    if self.diverted.is_none() {
                        results.push(self.divert(reason, &known).0);
                    }
                }
                Ok(Outside::Changed(outside)) => self.merge_outside(generation, &known, *outside, &mut results),
            }
        }
        let folder = watch::stat(&watch::folder(&self.real_path())).ok().flatten();
        if folder.is_none() || folder != self.folder_stat {
            self.folder_stat = folder;
            self.offer_conflict_copies(&mut results);
        }
        results
    }

    /// Merges readable outside content into `known` (of `generation`) and reports the union;
    /// the next save writes it.
    fn merge_outside(&mut self, generation: u64, known: &Library, outside: Library, results: &mut Vec<JobResult>) {
        if let Some(diverted) = self.diverted.take() {
            results.push(JobResult::ReadableAgain { copy: diverted.copy });
        }
        let merged = self.add_pending(outside).and_then(|id| {
            let (_, pending) = self.pending.as_ref().ok_or_else(|| crate::t!("app-nothing-to-merge"))?;
            merge::import(known, pending).map(|merge| (id, merge))
        });
        match merged {
            Ok((id, merge)) => {
                let changed = merge.library != *known;
                results.push(JobResult::Outside {
                    id,
                    base_generation: generation,
                    merge: Box::new(merge),
                    changed,
                    on_disk: false,
                });
            }
            Err(e) => {
                let reason = unmergeable(&e);
                results.push(self.divert(reason, known).0);
            }
        }
    }

    /// A restarted thread takes the file over: the lock, the UI's library, and a first look
    /// (nothing is known of the file, so whatever it holds is merged).
    pub(super) fn reattach(&mut self, generation: u64, library: &Library) -> Vec<JobResult> {
        self.relock = true;
        self.seen = Seen::Unknown;
        let name = file_name(&self.path);
        match FileLock::acquire(&self.path) {
            Ok(lock) => self.lock = Some(lock),
            Err(e) => {
                return vec![JobResult::Warning(crate::t!("app-reattach-failed", name = &name, error = e.to_string()))];
            }
        }
        self.known = Some((generation, library.clone()));
        let mut results = Vec::new();
        match self.look_outside() {
            // The next save looks again (nothing is known yet).
            Err(_) | Ok(Outside::Same | Outside::Gone) => {}
            Ok(Outside::Unreadable(reason)) => results.push(self.divert(reason, library).0),
            Ok(Outside::Changed(outside)) => self.merge_outside(generation, library, *outside, &mut results),
        }
        self.offer_conflict_copies(&mut results);
        results
    }

    /// Reports the copies beside the file to offer for import ([`watch::copies_beside`]) that
    /// were not reported before.
    pub(super) fn offer_conflict_copies(&mut self, results: &mut Vec<JobResult>) {
        let real = self.real_path();
        let Ok(found) = watch::copies_beside(&real) else { return };
        let new: Vec<(PathBuf, watch::LeftBy)> = found.into_iter().filter(|(p, _)| !self.offered.contains(p)).collect();
        if !new.is_empty() {
            self.offered.extend(new.iter().map(|(p, _)| p.clone()));
            results.push(JobResult::ConflictCopies(new));
        }
    }

    /// Moves a merged conflict copy into `backups/`, keeping its name (with " 2"... if taken).
    pub(super) fn file_away(&mut self, path: &Path) -> JobResult {
        let dir = backup::backup_dir(&self.path);
        let name = file_name(path);
        let moved = std::fs::create_dir_all(&dir).and_then(|()| {
            let target = free_name(&dir, path);
            std::fs::rename(path, &target).map(|()| target)
        });
        match moved {
            Ok(to) => {
                self.offered.remove(path);
                JobResult::FiledAway { from: path.to_owned(), to }
            }
            Err(e) => JobResult::Warning(crate::t!(
                "app-file-away-failed",
                name = name,
                folder = dir.display().to_string(),
                error = e.to_string()
            )),
        }
    }
}

/// `dir/<name of path>`, or `dir/<stem> 2.<ext>`... when that is taken.
fn free_name(dir: &Path, path: &Path) -> PathBuf {
    let name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    let first = dir.join(&name);
    if !matches!(first.try_exists(), Ok(true)) {
        return first;
    }
    let stem = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let extension = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (2..1000)
        .map(|n| dir.join(format!("{stem} {n}{extension}")))
        .find(|p| matches!(p.try_exists(), Ok(false)))
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::app::jobs::{Fault, Job};
    use crate::clock::ManualClock;
    use crate::model::{EntryId, ExposureBuilder, JournalEntry, Ladder, Rating, Timestamp};

    const T0: i64 = 1_795_000_000;

    fn library() -> Library {
        let steps = [("Say hello", Rating::saturating(3)), ("Ask a question", Rating::saturating(5))];
        let ladder = Ladder::new("Strangers", "being judged", &steps, Timestamp::EPOCH);
        Library { ladders: vec![ladder], ..Library::default() }
    }

    fn with_exposure(mut library: Library, id: u64) -> Library {
        let exposure = ExposureBuilder::on(&library.ladders[0], 0).id(id).at(Timestamp::from_unix_secs(T0)).build();
        library.exposures_mut().push(exposure);
        library
    }

    fn with_entry(mut library: Library, id: u64) -> Library {
        let entry = JournalEntry {
            id: EntryId(id),
            written: Timestamp::from_unix_secs(T0),
            text: "hi".to_owned(),
            ladder: None,
        };
        library.journal_mut().push(entry);
        library
    }

    /// A store thread's state on `library` saved in a temporary folder, opened.
    fn opened(library: &Library) -> (tempfile::TempDir, WorkerState) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        store::save(&path, library).unwrap();
        let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(T0).utc()));
        let mut state = WorkerState::new(path, clock);
        let results = state.run_guarded(Job::Open { now: Timestamp::from_unix_secs(T0) });
        assert!(matches!(results.first(), Some(JobResult::Opened { .. })), "{results:?}");
        (dir, state)
    }

    fn save(state: &mut WorkerState, generation: u64, library: &Library) -> Vec<JobResult> {
        state.run_guarded(Job::Save { generation, library: Box::new(library.clone()), keep_damaged: None })
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn nothing_changed_means_no_news() {
        let (_dir, mut state) = opened(&library());
        assert!(state.poll_guarded().is_empty());
        assert!(state.poll_guarded().is_empty());
    }

    #[test]
    fn the_same_bytes_written_again_are_not_a_change() {
        let (_dir, mut state) = opened(&library());
        let bytes = std::fs::read(&state.path).unwrap();
        std::fs::remove_file(&state.path).unwrap();
        std::fs::write(&state.path, &bytes).unwrap();
        assert!(state.poll_guarded().is_empty());
        assert!(matches!(state.seen, Seen::File(_)), "the new stat is noted, so the next look is a stat again");
    }

    #[test]
    fn a_change_between_jobs_is_merged_into_the_known_library_and_not_written() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        let outside = with_exposure(local.clone(), 77);
        store::save(&state.path, &outside).unwrap();
        let on_disk = std::fs::read(&state.path).unwrap();
        let results = state.poll_guarded();
        let [JobResult::Outside { id, base_generation: 0, merge, changed: true, on_disk: false }] = &results[..] else {
            panic!("{results:?}")
        };
        assert_eq!(merge.report.exposures.new, 1);
        assert_eq!(merge.library.exposures.len(), 1);
        assert_eq!(std::fs::read(&state.path).unwrap(), on_disk, "the look never writes");
        // Until the UI has it, every save merges it in.
        let edited = with_entry(local.clone(), 5);
        let results = save(&mut state, 1, &edited);
        assert!(matches!(results[..], [JobResult::Saved { generation: 1 }, JobResult::Outside { on_disk: true, .. }]));
        let saved = store::load(&state.path).unwrap();
        assert_eq!((saved.exposures.len(), saved.journal.len()), (1, 1), "both changes are on disk");
        // Once it has it, it is not merged again.
        let id = *id;
        assert!(state.run_guarded(Job::Incorporated { id }).is_empty());
        assert!(state.pending.is_none());
    }

    #[test]
    fn a_change_found_right_before_a_save_is_merged_and_the_union_saved() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        store::save(&state.path, &with_exposure(local.clone(), 77)).unwrap();
        let results = save(&mut state, 3, &with_entry(local, 5));
        let [JobResult::Saved { generation: 3 }, JobResult::Outside { base_generation: 3, merge, on_disk: true, .. }] =
            &results[..]
        else {
            panic!("{results:?}")
        };
        assert_eq!((merge.report.exposures.new, merge.library.journal.len()), (1, 1));
        assert_eq!(store::load(&state.path).unwrap(), merge.library);
        // The file is now what was written: the next look is quiet.
        assert!(state.poll_guarded().is_empty());
    }

    #[test]
    fn a_change_landing_while_a_save_is_written_is_not_replaced_and_is_merged_in_the_next_attempt() {
        let local = library();
        let (dir, mut state) = opened(&local);
        // A sync tool renames the other computer's file over ours while the save's temp file is
        // being written and synced, after every earlier look.
        let outside = with_exposure(local.clone(), 77);
        let (path, landing) = (state.path.clone(), outside.clone());
        state.before_rename = Some(Box::new(move || store::save(&path, &landing).unwrap()));
        let edited = with_entry(local, 5);
        let results = save(&mut state, 1, &edited);
        let [JobResult::Saved { generation: 1 }, JobResult::Outside { base_generation: 1, merge, on_disk: true, .. }] =
            &results[..]
        else {
            panic!("{results:?}")
        };
        assert_eq!(merge.report.exposures.new, 1, "the outside exposure, read in the second attempt");
        let saved = store::load(&state.path).unwrap();
        assert_eq!(saved, merge.library);
        assert_eq!((saved.exposures.len(), saved.journal.len()), (1, 1), "both changes are on disk");
        assert_eq!(names(dir.path()), ["backups", "library.ron", "library.ron.lock"], "no temp file left");
        assert!(state.poll_guarded().is_empty(), "what is on disk is what was written");
    }

    #[test]
    fn a_file_of_the_same_size_landing_right_after_the_rename_is_still_read() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        let mine = with_entry(local.clone(), 5);
        // Another program renames a file of exactly the same size over it between the rename and
        // the stat that notes what was written.
        let mut theirs = mine.clone();
        theirs.journal_mut()[0].text = "ho".to_owned();
        let (path, landing) = (state.path.clone(), theirs.clone());
        state.after_rename = Some(Box::new(move || store::save(&path, &landing).unwrap()));
        assert!(matches!(save(&mut state, 1, &mine)[..], [JobResult::Saved { generation: 1 }]));
        assert_eq!(std::fs::metadata(&state.path).unwrap().len(), store::format::encode(&mine).unwrap().len() as u64);
        assert_eq!(store::load(&state.path).unwrap(), theirs);
        // Not taken for the file written: the next look reads it.
        let results = state.poll_guarded();
        let [JobResult::Outside { merge, .. }] = &results[..] else { panic!("{results:?}") };
        assert_eq!(merge.report.journal.conflicting, 1, "their entry is kept beside ours");
    }

    #[test]
    fn a_save_that_already_holds_the_outside_content_reports_nothing() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        let outside = with_exposure(local, 77);
        store::save(&state.path, &outside).unwrap();
        let results = save(&mut state, 1, &outside);
        assert!(matches!(results[..], [JobResult::Saved { generation: 1 }]), "{results:?}");
        assert!(state.pending.is_none());
    }

    #[test]
    fn an_unreadable_file_is_left_as_it_is_and_saves_go_to_one_copy_beside_it() {
        let local = library();
        let (dir, mut state) = opened(&local);
        let damaged = b"(version: 1, ladders: [ oops".to_vec();
        std::fs::write(&state.path, &damaged).unwrap();
        let results = state.poll_guarded();
        let [JobResult::OutsideUnreadable { reason, copy: Ok(copy) }] = &results[..] else { panic!("{results:?}") };
        assert!(reason.starts_with("it is damaged at line 1"), "{reason}");
        assert_eq!(copy.file_name().unwrap().to_string_lossy(), {
            let stamp = Timestamp::from_unix_secs(T0).utc().with_timezone(&Local).format("%Y-%m-%d %H%M");
            format!("library (Stepwise copy {stamp}).ron")
        });
        assert_eq!(store::load(copy).unwrap(), local);
        // Saves go to the copy; the damaged file is never touched, and no second copy is made.
        let edited = with_entry(local.clone(), 5);
        assert!(matches!(save(&mut state, 1, &edited)[..], [JobResult::Saved { generation: 1 }]));
        assert!(matches!(save(&mut state, 2, &edited)[..], [JobResult::Saved { generation: 2 }]));
        assert!(state.poll_guarded().is_empty());
        assert_eq!(std::fs::read(&state.path).unwrap(), damaged);
        assert_eq!(store::load(copy).unwrap(), edited);
        let copies = names(dir.path()).into_iter().filter(|n| n.contains("Stepwise copy")).count();
        assert_eq!(copies, 1);
        // Readable again: merged, and saves go back to it.
        store::save(&state.path, &with_exposure(local, 77)).unwrap();
        let results = save(&mut state, 3, &edited);
        assert!(
            matches!(
                &results[..],
                [
                    JobResult::ReadableAgain { copy: Some(_) },
                    JobResult::Saved { generation: 3 },
                    JobResult::Outside { .. }
                ]
            ),
            "{results:?}"
        );
        let saved = store::load(&state.path).unwrap();
        assert_eq!((saved.exposures.len(), saved.journal.len()), (1, 1));
    }

    #[test]
    fn the_copy_beside_an_unreadable_file_holds_the_outside_content_the_window_has_not_taken_yet() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        // A readable change arrives between jobs; the window has not applied it yet.
        store::save(&state.path, &with_exposure(local.clone(), 77)).unwrap();
        assert!(matches!(state.poll_guarded()[..], [JobResult::Outside { on_disk: false, .. }]));
        // Then the file becomes unreadable: the copy holds the window's library and that change.
        std::fs::write(&state.path, b"(version: 2, ladders: [ oops").unwrap();
        let results = state.poll_guarded();
        let [JobResult::OutsideUnreadable { copy: Ok(copy), .. }] = &results[..] else { panic!("{results:?}") };
        assert_eq!(store::load(copy).unwrap().exposures.len(), 1);
        // A save from the window, still without it, keeps it in the copy and says so.
        let edited = with_entry(local, 5);
        let results = save(&mut state, 1, &edited);
        let [JobResult::Saved { generation: 1 }, JobResult::Outside { base_generation: 1, merge, on_disk: true, .. }] =
            &results[..]
        else {
            panic!("{results:?}")
        };
        let in_copy = store::load(copy).unwrap();
        assert_eq!(in_copy, merge.library);
        assert_eq!((in_copy.exposures.len(), in_copy.journal.len()), (1, 1));
    }

    #[test]
    fn a_save_that_finds_the_file_unreadable_puts_the_pending_outside_content_in_the_copy() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        store::save(&state.path, &with_exposure(local.clone(), 77)).unwrap();
        assert!(matches!(state.poll_guarded()[..], [JobResult::Outside { on_disk: false, .. }]));
        std::fs::write(&state.path, b"(version: 2, ladders: [ oops").unwrap();
        let results = save(&mut state, 1, &with_entry(local, 5));
        let [
            JobResult::OutsideUnreadable { copy: Ok(copy), .. },
            JobResult::Saved { generation: 1 },
            JobResult::Outside { base_generation: 1, merge, on_disk: true, .. },
        ] = &results[..]
        else {
            panic!("{results:?}")
        };
        let in_copy = store::load(copy).unwrap();
        assert_eq!(in_copy, merge.library);
        assert_eq!((in_copy.exposures.len(), in_copy.journal.len()), (1, 1));
        // Once the window has it, later saves to the copy say nothing more.
        let id = match &results[2] {
            JobResult::Outside { id, .. } => *id,
            _ => unreachable!(),
        };
        assert!(state.run_guarded(Job::Incorporated { id }).is_empty());
        assert!(matches!(save(&mut state, 2, &merge.library)[..], [JobResult::Saved { generation: 2 }]));
    }

    #[test]
    fn a_file_from_a_newer_stepwise_found_at_a_save_is_not_replaced() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        let newer = b"(version: 99, whatever: [])\n".to_vec();
        std::fs::write(&state.path, &newer).unwrap();
        let results = save(&mut state, 1, &local);
        assert!(
            matches!(
                &results[..],
                [JobResult::OutsideUnreadable { copy: Ok(_), .. }, JobResult::Saved { generation: 1 }]
            ),
            "{results:?}"
        );
        assert_eq!(std::fs::read(&state.path).unwrap(), newer);
    }

    #[test]
    fn a_vanished_file_is_written_again_by_the_next_save_only() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        std::fs::remove_file(&state.path).unwrap();
        assert!(state.poll_guarded().is_empty(), "said nothing");
        assert!(state.poll_guarded().is_empty());
        assert!(!state.path.exists(), "not brought back by looking");
        assert!(matches!(save(&mut state, 1, &local)[..], [JobResult::Saved { generation: 1 }]));
        assert_eq!(store::load(&state.path).unwrap(), local);
    }

    #[test]
    fn conflict_copies_are_reported_once_and_filed_away_into_backups() {
        let (dir, mut state) = opened(&library());
        assert!(state.poll_guarded().is_empty());
        let copy = dir.path().join("library.sync-conflict-20261202-153000-ABCDEF1.ron");
        store::save(&copy, &with_exposure(library(), 77)).unwrap();
        let results = state.poll_guarded();
        assert!(
            matches!(&results[..], [JobResult::ConflictCopies(found)] if *found == [(copy.clone(), watch::LeftBy::SyncTool(watch::SyncTool::Syncthing))]),
            "{results:?}"
        );
        std::fs::write(dir.path().join("unrelated.txt"), b"x").unwrap();
        assert!(state.poll_guarded().is_empty(), "offered once");
        let results = state.run_guarded(Job::FileAway { path: copy.clone() });
        let [JobResult::FiledAway { from, to }] = &results[..] else { panic!("{results:?}") };
        assert_eq!((from, to), (&copy, &dir.path().join("backups").join(copy.file_name().unwrap())));
        assert!(!copy.exists() && to.exists());
    }

    #[test]
    fn a_stepwise_copy_from_an_earlier_run_is_offered_but_never_one_this_thread_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        store::save(&path, &library()).unwrap();
        let earlier = dir.path().join("library (Stepwise copy 2026-11-30 0915).ron");
        store::save(&earlier, &with_exposure(library(), 77)).unwrap();
        let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(T0).utc()));
        let mut state = WorkerState::new(path, clock);
        let results = state.run_guarded(Job::Open { now: Timestamp::from_unix_secs(T0) });
        let [JobResult::Opened { .. }, JobResult::ConflictCopies(found)] = &results[..] else { panic!("{results:?}") };
        assert_eq!(found, &[(earlier.clone(), watch::LeftBy::Stepwise)]);
        // Now the file becomes unreadable: this thread's own copy is not offered, at the look
        // that writes it nor at later ones (the folder changed, so it is listed again).
        std::fs::write(&state.path, b"(version: 2, ladders: [ oops").unwrap();
        let results = state.poll_guarded();
        assert!(matches!(&results[..], [JobResult::OutsideUnreadable { copy: Ok(_), .. }]), "{results:?}");
        assert!(state.poll_guarded().is_empty());
        assert!(matches!(save(&mut state, 1, &library())[..], [JobResult::Saved { generation: 1 }]));
        assert!(state.poll_guarded().is_empty());
        assert_eq!(names(dir.path()).iter().filter(|n| n.contains("(Stepwise copy ")).count(), 2);
    }

    #[test]
    fn a_damaged_file_with_a_stepwise_copy_beside_it_names_the_copy_and_is_not_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        // Not even the beginning of a progress file, and no backup: alone, that is refused as
        // perhaps another document. A Stepwise copy beside it says it was a progress file.
        std::fs::write(&path, b"something else entirely").unwrap();
        let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(T0).utc()));
        let mut state = WorkerState::new(path.clone(), clock.clone());
        let results = state.run_guarded(Job::Open { now: Timestamp::from_unix_secs(T0) });
        assert!(matches!(&results[..], [JobResult::Refused { .. }]), "{results:?}");
        drop(state);
        let copy = dir.path().join("library (Stepwise copy 2026-11-30 0915).ron");
        store::save(&copy, &library()).unwrap();
        let mut state = WorkerState::new(path, clock);
        let results = state.run_guarded(Job::Open { now: Timestamp::from_unix_secs(T0) });
        let [JobResult::Damaged { backup: None, stepwise_copies, .. }] = &results[..] else { panic!("{results:?}") };
        assert_eq!(stepwise_copies, &[copy]);
    }

    #[cfg(unix)]
    #[test]
    fn through_a_link_the_copies_are_those_beside_its_target() {
        let local = library();
        let (dir, mut state) = opened(&local);
        // library.ron becomes a link to synced/real.ron.
        let synced = dir.path().join("synced");
        std::fs::create_dir(&synced).unwrap();
        let real = synced.join("real.ron");
        std::fs::rename(&state.path, &real).unwrap();
        std::os::unix::fs::symlink(&real, &state.path).unwrap();
        assert!(state.poll_guarded().is_empty(), "the same file, through the link");
        let conflict = synced.join("real.sync-conflict-20261202-153000-ABCDEF1.ron");
        store::save(&conflict, &with_exposure(local.clone(), 77)).unwrap();
        let results = state.poll_guarded();
        assert!(matches!(&results[..], [JobResult::ConflictCopies(found)] if found[0].0 == conflict), "{results:?}");
        // An unreadable target: the copy goes beside it, and the link stays a link.
        std::fs::write(&real, b"not a progress file").unwrap();
        let results = state.poll_guarded();
        let [JobResult::OutsideUnreadable { copy: Ok(copy), .. }] = &results[..] else { panic!("{results:?}") };
        assert_eq!(copy.parent(), Some(synced.as_path()));
        assert!(std::fs::symlink_metadata(&state.path).unwrap().file_type().is_symlink());
    }

    #[test]
    fn a_save_that_panics_is_a_failed_save_and_the_next_one_lands() {
        let local = library();
        let (_dir, mut state) = opened(&local);
        assert!(state.run_guarded(Job::Fault(Fault::PanicInNextSave)).is_empty());
        let results = save(&mut state, 1, &with_entry(local.clone(), 5));
        let [JobResult::SaveFailed { generation: 1, error }] = &results[..] else { panic!("{results:?}") };
        assert!(error.starts_with("Stepwise hit an internal error while saving"), "{error}");
        assert!(matches!(save(&mut state, 1, &with_entry(local, 5))[..], [JobResult::Saved { generation: 1 }]));
        assert_eq!(store::load(&state.path).unwrap().journal.len(), 1);
    }

    #[test]
    fn unreadable_files_are_explained_in_a_phrase() {
        let path = PathBuf::from("library.ron");
        assert_eq!(
            reason(&StoreError::NewerVersion { path: path.clone(), found: 9, supported: 2 }),
            "it was written by a newer Stepwise, format 9"
        );
        assert_eq!(
            reason(&StoreError::Syntax { path: path.clone(), line: 3, column: 7, problem: "x".to_owned() }),
            "it is damaged at line 3, column 7"
        );
        assert_eq!(reason(&StoreError::NotProgressFile { path }), "it is not a Stepwise progress file");
    }

    #[test]
    fn filing_away_never_replaces_a_file_in_backups() {
        let dir = tempfile::tempdir().unwrap();
        let backups = dir.path().join("backups");
        std::fs::create_dir(&backups).unwrap();
        let copy = dir.path().join("library.sync-conflict-20261202-153000-ABCDEF1.ron");
        assert_eq!(free_name(&backups, &copy), backups.join("library.sync-conflict-20261202-153000-ABCDEF1.ron"));
        std::fs::write(backups.join("library.sync-conflict-20261202-153000-ABCDEF1.ron"), b"x").unwrap();
        assert_eq!(free_name(&backups, &copy), backups.join("library.sync-conflict-20261202-153000-ABCDEF1 2.ron"));
    }
}
