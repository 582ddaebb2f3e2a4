//! The store worker: one named background thread that owns the file lock and does every file
//! operation (open, save, backups) in order. The UI thread only sends [`Job`]s and receives
//! [`JobResult`]s, so it never waits on a disk or serialises the library in a frame.
//!
//! Between jobs the thread looks at the file once a second ([`POLL_INTERVAL`]; a stat, see
//! `super::outside`), and again right before every save, so a change made outside Stepwise (a
//! sync tool bringing the other computer's file) is merged, never overwritten.
//!
//! The thread cannot die silently: each job runs under `catch_unwind`, and a job that panicked
//! answers as a failed one (a save that panicked is a failed save, retried as failed saves are).
//! If the thread is gone all the same, [`Worker::is_running`] says so, the thread's last act
//! wakes the window, and the app starts a new one ([`Worker::restart`]) that takes the file over
//! ([`Job::Reattach`]).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use chrono::{DateTime, Local};

use super::outside::Read;
use super::transfer_jobs;
pub use super::transfer_jobs::NotWritten;
use crate::clock::Clock;
use crate::export::ExportKind;
use crate::merge::{self, Merge};
use crate::model::{LadderId, Library, Timestamp};
use crate::store::watch::{Seen, Stat};
use crate::store::{self, FileLock, backup};
use crate::templates;

/// How often the store thread looks at the file while no job comes (a stat: microseconds).
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// Work for the store thread.
#[derive(Debug)]
pub enum Job {
    /// Lock the file, then load it (or create it with the starter library if it is missing).
    Open { now: Timestamp },
    /// Save this snapshot of the library. With `keep_damaged`, the unreadable file on disk is
    /// first copied into `backups/` so replacing it loses nothing. If the file changed outside
    /// Stepwise since it was last read or written, that content is merged in first and the union
    /// is saved ([`JobResult::Outside`] says so).
    Save { generation: u64, library: Box<Library>, keep_damaged: Option<Timestamp> },
    /// Write an export (progress file, summary or CSV) of the chosen ladders (empty = all) to `path`,
    /// unless `path` is the open progress file, or a file is there and `replace_existing` is
    /// false (the dialog did not ask about replacing it: Stepwise completed the name).
    Export {
        path: PathBuf,
        replace_existing: bool,
        kind: ExportKind,
        library: Box<Library>,
        ladders: Vec<LadderId>,
        now: DateTime<Local>,
    },
    /// Read and validate a file to import (same size cap and validation as opening), and work out
    /// what merging it into `local` would do; the open progress file itself is refused unread.
    /// `request` is echoed back to match the answer.
    ReadImport { path: PathBuf, local: Box<Library>, request: u64 },
    /// A confirmed import: save `library` (the latest changes), copy the saved file into
    /// `backups/`, then merge `imported` into the saved library and check the result. Nothing is
    /// merged unless the save and the copy both worked.
    ApplyImport {
        now: Timestamp,
        generation: u64,
        library: Box<Library>,
        imported: Box<Library>,
        keep_damaged: Option<Timestamp>,
    },
    /// The UI applied the outside change `id` ([`JobResult::Outside`]): the saves it sends from
    /// now on hold it, so the store thread stops merging it into them.
    Incorporated { id: u64 },
    /// A restarted store thread takes the open file over: it locks it again, takes `library`
    /// (the UI's, of `generation`) as the library it knows, and looks at the file at once.
    /// Nothing is known of the file, so whatever it holds is merged (what is already here
    /// changes nothing).
    Reattach { generation: u64, library: Box<Library> },
    /// Move a merged conflict copy into `backups/`, keeping its name, so it is not offered again.
    FileAway { path: PathBuf },
    /// Look at the start-up entry at `path` (`write: None`), or write it (`Some(Some(text))`) or
    /// remove it (`Some(None)`); only an entry Stepwise wrote is replaced or removed.
    Autostart { path: PathBuf, write: Option<Option<String>> },
    /// Tests only (the `test-hooks` feature, never in the app's build): make the store thread fail.
    #[cfg(any(test, feature = "test-hooks"))]
    Fault(Fault),
}

/// A failure the tests inject into the store thread (`test-hooks` feature only).
#[cfg(any(test, feature = "test-hooks"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The next save panics halfway (inside the job's `catch_unwind`).
    PanicInNextSave,
    /// The thread panics outside any job as the next job arrives, and is gone (that job is lost).
    DieAtNextJob,
}

/// What happened, reported back to the UI thread.
#[derive(Debug)]
pub enum JobResult {
    Opened {
        library: Box<Library>,
        created: bool,
        migrated_from: Option<u32>,
        /// The file cannot be written here (read-only disk, no permission, marked read-only):
        /// nothing was written (no lock, no backup) and nothing may be saved. Nor is it watched.
        read_only: bool,
    },
    /// The file exists but cannot be read. It was left untouched; `backup` is the newest copy
    /// that loads, if any; `stepwise_copies` are the copies Stepwise saved beside it in a run in
    /// which it could not be read (offered for import once a library is open).
    Damaged {
        error: String,
        backup: Option<(backup::Backup, Box<Library>)>,
        stepwise_copies: Vec<PathBuf>,
    },
    /// The file cannot be used at all (locked by another window, newer format, unreadable).
    Refused {
        error: String,
    },
    Saved {
        generation: u64,
    },
    SaveFailed {
        generation: u64,
        error: String,
    },
    /// Something worth telling that did not stop the work (a backup that failed, say).
    Warning(String),
    Exported {
        path: PathBuf,
        kind: ExportKind,
        bytes: usize,
    },
    ExportFailed {
        path: PathBuf,
        error: String,
    },
    /// Nothing was written to `path`, for `why`.
    ExportNotWritten {
        path: PathBuf,
        why: NotWritten,
    },
    ImportRead {
        request: u64,
        imported: Box<Library>,
        merge: Box<Merge>,
    },
    ImportFailed {
        request: u64,
        path: PathBuf,
        error: String,
    },
    /// The file chosen for import is the progress file open in this window; it was not read.
    ImportOfOpenFile {
        request: u64,
        path: PathBuf,
    },
    /// The merge of a confirmed import, worked out against the library of `generation`, after
    /// that library was saved and copied to `backup`.
    ImportApplied {
        generation: u64,
        merge: Box<Merge>,
        backup: PathBuf,
    },
    ImportApplyFailed {
        error: String,
    },
    /// The file changed outside Stepwise and its content (`id`) was merged into the library of
    /// `base_generation`: `merge.library` is the union (`changed`: it differs from that
    /// library). `on_disk`: a save found the change and wrote the union (it comes right after
    /// that save's [`JobResult::Saved`]); otherwise the file holds only the outside content until
    /// the next save. If the UI's library moved on since `base_generation`, the store thread
    /// merges the content into the next saves until the UI says it has it
    /// ([`Job::Incorporated`]).
    Outside {
        id: u64,
        base_generation: u64,
        merge: Box<Merge>,
        changed: bool,
        on_disk: bool,
    },
    /// The file changed outside Stepwise and cannot be read (`reason`, a phrase): it was left as
    /// it is, and the open library was saved to `copy` beside it, where saves go until the file
    /// can be read again (`Err`: even that failed, and saves fail until it works).
    OutsideUnreadable {
        reason: String,
        copy: Result<PathBuf, String>,
    },
    /// The file can be read again: it was merged, and saves go to it again; `copy` stays.
    ReadableAgain {
        copy: Option<PathBuf>,
    },
    /// Copies beside the file (beside a link's target) to offer for import, that this thread has
    /// not reported before, with who left each: sync tools' conflict copies, and copies Stepwise
    /// saved while the file could not be read (never one this thread wrote itself).
    ConflictCopies(Vec<(PathBuf, crate::store::watch::LeftBy)>),
    /// A merged conflict copy was moved into `backups/`.
    FiledAway {
        from: PathBuf,
        to: PathBuf,
    },
    /// What the start-up entry is now, or why it could not be changed.
    Autostart(Result<crate::autostart::Status, String>),
}

/// Called when the store thread has news (and when it ends): the window asks for a frame.
#[derive(Clone)]
struct Wake(Arc<dyn Fn() + Send + Sync>);

impl std::fmt::Debug for Wake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Wake")
    }
}

/// Wakes the window when the thread ends, however it ends (a panic unwinds through it), so the
/// app notices a stopped worker without waiting for input.
struct WakeOnExit(Wake);

impl Drop for WakeOnExit {
    fn drop(&mut self) {
        (self.0.0)();
    }
}

/// Handle to the store thread.
#[derive(Debug)]
pub struct Worker {
    jobs: Option<Sender<Job>>,
    results: Receiver<JobResult>,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
    clock: Arc<dyn Clock>,
    wake: Wake,
}

impl Worker {
    /// Starts the thread for the file at `path`. `wake` is called after each result (the app
    /// passes `egui::Context::request_repaint` so results show without waiting for input); a look
    /// at the file that finds nothing new calls nothing. `clock` names the copies saved beside an
    /// unreadable file.
    pub fn start(
        path: PathBuf,
        clock: Arc<dyn Clock>,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> std::io::Result<Self> {
        Self::spawn(path, clock, Wake(Arc::new(wake)))
    }

    fn spawn(path: PathBuf, clock: Arc<dyn Clock>, wake: Wake) -> std::io::Result<Self> {
        let (job_tx, job_rx) = mpsc::channel::<Job>();
        let (result_tx, result_rx) = mpsc::channel();
        let (thread_path, thread_clock, thread_wake) = (path.clone(), clock.clone(), wake.clone());
        let thread = std::thread::Builder::new().name("stepwise-store".to_owned()).spawn(move || {
            let _wake_on_exit = WakeOnExit(thread_wake.clone());
            let mut state = WorkerState::new(thread_path, thread_clock);
            loop {
                let job = match job_rx.recv_timeout(POLL_INTERVAL) {
                    Ok(job) => Some(job),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return,
                };
                #[cfg(any(test, feature = "test-hooks"))]
                assert!(job.is_none() || state.fault != Some(Fault::DieAtNextJob), "test hook: the store thread stops");
                let results = match job {
                    Some(job) => state.run_guarded(job),
                    None => state.poll_guarded(),
                };
                if results.is_empty() {
                    continue;
                }
                for result in results {
                    if result_tx.send(result).is_err() {
                        return;
                    }
                }
                (thread_wake.0)();
            }
        })?;
        Ok(Self { jobs: Some(job_tx), results: result_rx, thread: Some(thread), path, clock, wake })
    }

    /// A new thread for the same file, with the same clock and wake-up (after this one stopped).
    pub fn restart(&self) -> std::io::Result<Self> {
        Self::spawn(self.path.clone(), self.clock.clone(), self.wake.clone())
    }

    /// Queues a job. Returns false if the thread is gone.
    #[must_use = "a false result means the job was not queued"]
    pub fn send(&self, job: Job) -> bool {
        self.jobs.as_ref().is_some_and(|tx| tx.send(job).is_ok())
    }

    /// Results that have arrived since the last call.
    #[must_use]
    pub fn poll(&self) -> Vec<JobResult> {
        self.results.try_iter().collect()
    }

    /// False once the thread has ended (it ends only at [`Worker::finish`], or by a panic
    /// outside any job). Its last results may still wait in [`Worker::poll`].
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Lets queued jobs finish, then stops the thread and returns their results.
    pub fn finish(&mut self) -> Vec<JobResult> {
        self.jobs = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            // Never silent: a save in the queue may not have been written.
            eprintln!("stepwise: the file worker stopped unexpectedly; the last changes may not be saved");
        }
        self.poll()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Never lose a queued save: dropping waits for the queue to drain.
        self.finish();
    }
}

/// The store thread's state: the lock, and what it knows of the file and of the library.
pub(super) struct WorkerState {
    pub(super) path: PathBuf,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) lock: Option<FileLock>,
    /// A restarted thread takes the lock at [`Job::Reattach`] or, failing that, at a save (a
    /// first thread only at [`Job::Open`]: a file refused there is never written).
    pub(super) relock: bool,
    /// What the file held when this thread last read or wrote it.
    pub(super) seen: Seen,
    /// The library last opened, saved or handed over, with the UI's generation for it: what a
    /// change found between jobs is merged into.
    pub(super) known: Option<(u64, Library)>,
    /// Outside content (with its id) not yet in the UI's library: merged into every save until
    /// the UI says it has it.
    pub(super) pending: Option<(u64, Library)>,
    pub(super) last_outside_id: u64,
    /// The file changed outside and cannot be read: saves go to a copy beside it.
    pub(super) diverted: Option<Diverted>,
    /// The folder as last listed for conflict copies.
    pub(super) folder_stat: Option<Stat>,
    /// Copies beside the file already reported by this thread, and the copies it saved beside an
    /// unreadable file itself (their content is the window's: they are offered from the next
    /// start on).
    pub(super) offered: BTreeSet<PathBuf>,
    /// False after a look between jobs panicked: looking stops (saves still check first).
    pub(super) watching: bool,
    #[cfg(any(test, feature = "test-hooks"))]
    pub(super) fault: Option<Fault>,
    /// Unit tests only: run once, inside the next write of the progress file, right before the
    /// last look and the rename (as if another program wrote the file during the fsync).
    #[cfg(test)]
    pub(super) before_rename: Option<Box<dyn FnOnce() + Send>>,
    /// Unit tests only: run once, right after the next write of the progress file renamed it
    /// into place, before it is looked at to note what was written.
    #[cfg(test)]
    pub(super) after_rename: Option<Box<dyn FnOnce() + Send>>,
}

/// Saving to a copy beside a file that cannot be read.
#[derive(Debug)]
pub(super) struct Diverted {
    /// `None` until a copy could be written.
    pub(super) copy: Option<PathBuf>,
}

/// What to answer if a job panics, noted before the job runs.
enum OnPanic {
    Open,
    Save {
        generation: u64,
    },
    ApplyImport {
        generation: u64,
    },
    Export {
        path: PathBuf,
    },
    ReadImport {
        path: PathBuf,
        request: u64,
    },
    Autostart,
    /// The id of the warning's message ("Stepwise hit an internal error while ...").
    Other(&'static str),
}

impl OnPanic {
    fn of(job: &Job) -> Self {
        match job {
            Job::Open { .. } => Self::Open,
            Job::Save { generation, .. } => Self::Save { generation: *generation },
            Job::ApplyImport { generation, .. } => Self::ApplyImport { generation: *generation },
            Job::Export { path, .. } => Self::Export { path: path.clone() },
            Job::ReadImport { path, request, .. } => Self::ReadImport { path: path.clone(), request: *request },
            Job::Reattach { .. } => Self::Other("app-internal-error-reattach"),
            Job::FileAway { .. } => Self::Other("app-internal-error-filing-away"),
            Job::Incorporated { .. } => Self::Other("app-internal-error-noting-merge"),
            Job::Autostart { .. } => Self::Autostart,
            #[cfg(any(test, feature = "test-hooks"))]
            Job::Fault(_) => Self::Other("app-internal-error-test"),
        }
    }

    fn results(self) -> Vec<JobResult> {
        let save_failed =
            |generation| JobResult::SaveFailed { generation, error: crate::t!("app-internal-error-saving") };
        match self {
            Self::Open => vec![JobResult::Refused { error: crate::t!("app-internal-error-opening") }],
            Self::Save { generation } => vec![save_failed(generation)],
            Self::ApplyImport { generation } => vec![
                save_failed(generation),
                JobResult::ImportApplyFailed { error: crate::t!("app-internal-error-importing") },
            ],
            Self::Export { path } => {
                vec![JobResult::ExportFailed { path, error: crate::t!("app-internal-error-exporting") }]
            }
            Self::ReadImport { path, request } => {
                vec![JobResult::ImportFailed { request, path, error: crate::t!("app-internal-error-reading-import") }]
            }
            Self::Autostart => vec![JobResult::Autostart(Err(crate::t!("app-internal-error-autostart")))],
            Self::Other(message) => vec![JobResult::Warning(crate::t!(message))],
        }
    }
}

impl WorkerState {
    pub(super) fn new(path: PathBuf, clock: Arc<dyn Clock>) -> Self {
        Self {
            path,
            clock,
            lock: None,
            relock: false,
            seen: Seen::Unknown,
            known: None,
            pending: None,
            last_outside_id: 0,
            diverted: None,
            folder_stat: None,
            offered: BTreeSet::new(),
            watching: true,
            #[cfg(any(test, feature = "test-hooks"))]
            fault: None,
            #[cfg(test)]
            before_rename: None,
            #[cfg(test)]
            after_rename: None,
        }
    }

    /// Runs a job; a panic becomes that job's failure (the thread lives on for the saves that
    /// follow).
    pub(super) fn run_guarded(&mut self, job: Job) -> Vec<JobResult> {
        let on_panic = OnPanic::of(&job);
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run(job))) {
            Ok(results) => results,
            // What was seen stays: a file written before the panic has another stat, so the
            // next look reads it (and merging the library's own content changes nothing).
            Err(_) => on_panic.results(),
        }
    }

    /// Looks at the file between jobs. A panic here stops the looking, said once.
    pub(super) fn poll_guarded(&mut self) -> Vec<JobResult> {
        if !self.watching {
            return Vec::new();
        }
        if let Ok(results) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.poll())) {
            return results;
        }
        self.watching = false;
        vec![JobResult::Warning(crate::t!("app-internal-error-watching", name = crate::view::file_name(&self.path)))]
    }

    fn run(&mut self, job: Job) -> Vec<JobResult> {
        match job {
            Job::Open { now } => self.open(now),
            Job::Save { generation, library, keep_damaged } => self.save(generation, *library, keep_damaged),
            Job::Export { path, replace_existing, kind, library, ladders, now } => {
                let render = || transfer_jobs::render(kind, &library, &ladders, &now);
                vec![transfer_jobs::write_export(&path, &self.path, replace_existing, kind, render)]
            }
            Job::ReadImport { path, local, request } => {
                vec![transfer_jobs::read_import(path, &self.path, &local, request)]
            }
            Job::ApplyImport { now, generation, library, imported, keep_damaged } => {
                self.apply_import(now, generation, *library, &imported, keep_damaged)
            }
            Job::Incorporated { id } => {
                if self.pending.as_ref().is_some_and(|(pending, _)| *pending == id) {
                    self.pending = None;
                }
                Vec::new()
            }
            Job::Reattach { generation, library } => self.reattach(generation, &library),
            Job::FileAway { path } => vec![self.file_away(&path)],
            Job::Autostart { path, write } => vec![JobResult::Autostart(match write {
                None => Ok(crate::autostart::status(&path)),
                Some(text) => crate::autostart::set(&path, text.as_deref()),
            })],
            #[cfg(any(test, feature = "test-hooks"))]
            Job::Fault(fault) => {
                self.fault = Some(fault);
                Vec::new()
            }
        }
    }

    fn apply_import(
        &mut self,
        now: Timestamp,
        generation: u64,
        library: Library,
        imported: &Library,
        keep_damaged: Option<Timestamp>,
    ) -> Vec<JobResult> {
        let mut results = self.save(generation, library, keep_damaged);
        if let Some(JobResult::SaveFailed { error, .. }) =
            results.iter().find(|r| matches!(r, JobResult::SaveFailed { .. }))
        {
            let error = crate::t!("app-import-save-first-failed", error = error);
            results.push(JobResult::ImportApplyFailed { error });
            return results;
        }
        if self.diverted.is_some() {
            let name = crate::view::file_name(&self.path);
            results.push(JobResult::ImportApplyFailed { error: crate::t!("app-import-while-unreadable", name = name) });
            return results;
        }
        let Some((_, saved)) = &self.known else {
            results.push(JobResult::ImportApplyFailed { error: crate::t!("app-import-not-saved-first") });
            return results;
        };
        results.push(match backup::take(&self.path, now, backup::Reason::BeforeImport) {
            Err(e) => JobResult::ImportApplyFailed {
                error: crate::t!(
                    "app-import-backup-failed",
                    folder = backup::backup_dir(&self.path).display().to_string(),
                    error = e.to_string()
                ),
            },
            Ok(backup) => match merge::import(saved, imported) {
                Ok(merge) => JobResult::ImportApplied { generation, merge: Box::new(merge), backup },
                Err(error) => JobResult::ImportApplyFailed { error },
            },
        });
        results
    }

    /// Saves `library`: merges what changed outside first (see `super::outside`), or saves to a
    /// copy while the file cannot be read.
    fn save(&mut self, generation: u64, library: Library, keep_damaged: Option<Timestamp>) -> Vec<JobResult> {
        #[cfg(any(test, feature = "test-hooks"))]
        if self.fault == Some(Fault::PanicInNextSave) {
            self.fault = None;
            panic!("test hook: a save panics");
        }
        if self.lock.is_none() {
            let error = if self.relock {
                match FileLock::acquire(&self.path) {
                    Ok(lock) => {
                        self.lock = Some(lock);
                        None
                    }
                    Err(e) => Some(e.to_string()),
                }
            } else {
                Some(crate::t!("app-save-not-open"))
            };
            if let Some(error) = error {
                return vec![JobResult::SaveFailed { generation, error }];
            }
        }
        // An unknown answer about whether the file exists counts as "it exists".
        if let Some(now) = keep_damaged
            && self.path.try_exists().unwrap_or(true)
            && let Err(e) = backup::take(&self.path, now, backup::Reason::Damaged)
        {
            // Without a copy of the damaged file we must not replace it.
            return vec![JobResult::SaveFailed {
                generation,
                error: crate::t!("app-save-damaged-copy-failed", error = e.to_string()),
            }];
        }
        self.save_merging(generation, library)
    }

    fn open(&mut self, now: Timestamp) -> Vec<JobResult> {
        // A read-only window writes nothing at all, so it takes no lock: it cannot clash with a
        // window that writes (and on a read-only disk the lock file could not be made). Without
        // the lock, nothing is watched either.
        let read_only = store::access(&self.path) == store::Access::ReadOnly;
        if !read_only {
            match FileLock::acquire(&self.path) {
                Ok(lock) => self.lock = Some(lock),
                Err(e) => return vec![JobResult::Refused { error: e.to_string() }],
            }
        }
        // Whatever was seen before (an earlier thread's), this file is read whole.
        self.seen = Seen::Unknown;
        let loaded = match self.read_file() {
            Ok(Read::Other(loaded)) => Some(*loaded),
            Ok(Read::Missing) => None,
            Ok(Read::Same) => unreachable!("nothing was seen before opening"),
            Err(e) => {
                return vec![JobResult::Refused {
                    error: crate::t!(
                        "app-open-unreadable",
                        path = self.path.display().to_string(),
                        error = e.to_string()
                    ),
                }];
            }
        };
        let Some(loaded) = loaded else {
            let library = templates::starter_library_at(now);
            if read_only {
                return vec![JobResult::Opened {
                    library: Box::new(library),
                    created: false,
                    migrated_from: None,
                    read_only,
                }];
            }
            let mut results = vec![JobResult::Opened {
                library: Box::new(library.clone()),
                created: true,
                migrated_from: None,
                read_only,
            }];
            // Not written when a file appeared meanwhile: the next look reads and merges it.
            if let Err(e) = self.write_main(&library) {
                results.push(JobResult::Warning(e.to_string()));
            }
            self.known = Some((0, library));
            self.offer_conflict_copies(&mut results);
            return results;
        };
        match loaded {
            Ok(loaded) => {
                let mut results = Vec::new();
                let migrated_from = (loaded.file_version < store::CURRENT_VERSION).then_some(loaded.file_version);
                if read_only {
                    // Nothing will be written, so there is nothing to back up first.
                    return vec![JobResult::Opened {
                        library: Box::new(loaded.library),
                        created: false,
                        migrated_from,
                        read_only,
                    }];
                }
                let reason =
                    if migrated_from.is_some() { backup::Reason::BeforeMigration } else { backup::Reason::Daily };
                let backed_up = if reason == backup::Reason::Daily {
                    backup::take_daily(&self.path, now).map(|_| ())
                } else {
                    backup::take(&self.path, now, reason).map(|_| ())
                };
                if let (Err(e), Some(version)) = (&backed_up, migrated_from) {
                    // Never bring a file up to date without a copy of the old one.
                    self.lock = None;
                    return vec![JobResult::Refused {
                        error: crate::t!(
                            "app-open-migration-backup-failed",
                            path = self.path.display().to_string(),
                            version = version,
                            error = e.to_string()
                        ),
                    }];
                }
                if let Err(e) = backed_up {
                    results.push(JobResult::Warning(crate::t!(
                        "app-daily-backup-failed",
                        folder = backup::backup_dir(&self.path).display().to_string(),
                        error = e.to_string()
                    )));
                }
                // The UI's generation is 0 until the file is open.
                self.known = Some((0, loaded.library.clone()));
                results.insert(
                    0,
                    JobResult::Opened { library: Box::new(loaded.library), created: false, migrated_from, read_only },
                );
                self.offer_conflict_copies(&mut results);
                results
            }
            Err(e) if e.is_damaged_file() => {
                let backup = backup::newest_loadable(&self.path).map(|(b, lib)| (b, Box::new(lib)));
                let listing = crate::store::watch::copies_beside(&self.real_path());
                // A folder that cannot be listed may hold copies: never "leave it alone" then.
                let unlisted = listing.is_err();
                let stepwise_copies: Vec<PathBuf> = listing
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|(_, left_by)| *left_by == crate::store::watch::LeftBy::Stepwise)
                    .map(|(path, _)| path)
                    .collect();
                if backup.is_none() && stepwise_copies.is_empty() && !unlisted && e.may_be_another_document() {
                    // Nothing says this was ever a progress file: leave it alone entirely.
                    vec![JobResult::Refused { error: e.to_string() }]
                } else {
                    vec![JobResult::Damaged { error: e.to_string(), backup, stepwise_copies }]
                }
            }
            Err(e) => vec![JobResult::Refused { error: e.to_string() }],
        }
    }
}
