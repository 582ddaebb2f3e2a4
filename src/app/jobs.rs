//! The store worker: one named background thread that owns the file lock and does every file
//! operation (open, save, backups) in order. The UI thread only sends [`Job`]s and receives
//! [`JobResult`]s, so it never waits on a disk or serialises the library in a frame.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use chrono::{DateTime, Local};

use super::transfer_jobs;
pub use super::transfer_jobs::NotWritten;
use crate::export::ExportKind;
use crate::merge::{self, Merge};
use crate::model::{LadderId, Library, Timestamp};
use crate::store::{self, FileLock, backup};
use crate::templates;

/// Work for the store thread.
#[derive(Debug)]
pub enum Job {
    /// Lock the file, then load it (or create it with the starter library if it is missing).
    Open { now: Timestamp },
    /// Save this snapshot of the library. With `keep_damaged`, the unreadable file on disk is
    /// first copied into `backups/` so replacing it loses nothing.
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
    /// `backups/`, then merge `imported` into `library` and check the result. Nothing is merged
    /// unless the save and the copy both worked.
    ApplyImport {
        now: Timestamp,
        generation: u64,
        library: Box<Library>,
        imported: Box<Library>,
        keep_damaged: Option<Timestamp>,
    },
}

/// What happened, reported back to the UI thread.
#[derive(Debug)]
pub enum JobResult {
    Opened {
        library: Box<Library>,
        created: bool,
        migrated_from: Option<u32>,
        /// The file cannot be written here (read-only disk, no permission, marked read-only):
        /// nothing was written (no lock, no backup) and nothing may be saved.
        read_only: bool,
    },
    /// The file exists but cannot be read. It was left untouched; `backup` is the newest copy
    /// that loads, if any.
    Damaged {
        error: String,
        backup: Option<(backup::Backup, Box<Library>)>,
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
}

/// Handle to the store thread.
#[derive(Debug)]
pub struct Worker {
    jobs: Option<Sender<Job>>,
    results: Receiver<JobResult>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Starts the thread for the file at `path`. `wake` is called after each result (the app
    /// passes `egui::Context::request_repaint` so results show without waiting for input).
    pub fn start(path: PathBuf, wake: impl Fn() + Send + 'static) -> std::io::Result<Self> {
        let (job_tx, job_rx) = mpsc::channel::<Job>();
        let (result_tx, result_rx) = mpsc::channel();
        let thread = std::thread::Builder::new().name("stepwise-store".to_owned()).spawn(move || {
            let mut state = WorkerState { path, lock: None };
            for job in job_rx {
                for result in state.run(job) {
                    if result_tx.send(result).is_err() {
                        return;
                    }
                }
                wake();
            }
        })?;
        Ok(Self { jobs: Some(job_tx), results: result_rx, thread: Some(thread) })
    }

    /// Queues a job. Returns false if the thread is gone (it only stops at shutdown).
    #[must_use = "a false result means the job was not queued"]
    pub fn send(&self, job: Job) -> bool {
        self.jobs.as_ref().is_some_and(|tx| tx.send(job).is_ok())
    }

    /// Results that have arrived since the last call.
    #[must_use]
    pub fn poll(&self) -> Vec<JobResult> {
        self.results.try_iter().collect()
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

struct WorkerState {
    path: PathBuf,
    lock: Option<FileLock>,
}

impl WorkerState {
    fn run(&mut self, job: Job) -> Vec<JobResult> {
        match job {
            Job::Open { now } => self.open(now),
            Job::Save { generation, library, keep_damaged } => self.save(generation, &library, keep_damaged),
            Job::Export { path, replace_existing, kind, library, ladders, now } => {
                let render = || transfer_jobs::render(kind, &library, &ladders, &now);
                vec![transfer_jobs::write_export(&path, &self.path, replace_existing, kind, render)]
            }
            Job::ReadImport { path, local, request } => {
                vec![transfer_jobs::read_import(path, &self.path, &local, request)]
            }
            Job::ApplyImport { now, generation, library, imported, keep_damaged } => {
                let mut results = self.save(generation, &library, keep_damaged);
                if let Some(JobResult::SaveFailed { error, .. }) = results.last() {
                    let error = format!("your latest changes could not be saved first ({error})");
                    results.push(JobResult::ImportApplyFailed { error });
                    return results;
                }
                results.push(match backup::take(&self.path, now, backup::Reason::BeforeImport) {
                    Err(e) => JobResult::ImportApplyFailed {
                        error: format!(
                            "your progress file could not be backed up into {} first ({e})",
                            backup::backup_dir(&self.path).display()
                        ),
                    },
                    Ok(backup) => match merge::import(&library, &imported) {
                        Ok(merge) => JobResult::ImportApplied { generation, merge: Box::new(merge), backup },
                        Err(error) => JobResult::ImportApplyFailed { error },
                    },
                });
                results
            }
        }
    }

    fn save(&self, generation: u64, library: &Library, keep_damaged: Option<Timestamp>) -> Vec<JobResult> {
        if self.lock.is_none() {
            return vec![JobResult::SaveFailed {
                generation,
                error: "The file is not open in this window, so nothing was written.".to_owned(),
            }];
        }
        // An unknown answer about whether the file exists counts as "it exists".
        if let Some(now) = keep_damaged
            && self.path.try_exists().unwrap_or(true)
            && let Err(e) = backup::take(&self.path, now, backup::Reason::Damaged)
        {
            // Without a copy of the damaged file we must not replace it.
            return vec![JobResult::SaveFailed {
                generation,
                error: format!(
                    "Could not keep a copy of the damaged file ({e}), so it was not replaced. Your data is kept in this window."
                ),
            }];
        }
        vec![match store::save(&self.path, library) {
            Ok(()) => JobResult::Saved { generation },
            Err(e) => JobResult::SaveFailed { generation, error: e.to_string() },
        }]
    }

    fn open(&mut self, now: Timestamp) -> Vec<JobResult> {
        // A read-only window writes nothing at all, so it takes no lock: it cannot clash with a
        // window that writes (and on a read-only disk the lock file could not be made).
        let read_only = store::access(&self.path) == store::Access::ReadOnly;
        if !read_only {
            match FileLock::acquire(&self.path) {
                Ok(lock) => self.lock = Some(lock),
                Err(e) => return vec![JobResult::Refused { error: e.to_string() }],
            }
        }
        let exists = match self.path.try_exists() {
            Ok(exists) => exists,
            Err(e) => {
                return vec![JobResult::Refused {
                    error: format!(
                        "Could not tell whether {} exists ({e}). Nothing was read or changed.",
                        self.path.display()
                    ),
                }];
            }
        };
        if !exists {
            let library = templates::starter_library_at(now);
            if read_only {
                return vec![JobResult::Opened {
                    library: Box::new(library),
                    created: false,
                    migrated_from: None,
                    read_only,
                }];
            }
            return match store::save(&self.path, &library) {
                Ok(()) => vec![JobResult::Opened {
                    library: Box::new(library),
                    created: true,
                    migrated_from: None,
                    read_only,
                }],
                Err(e) => vec![
                    JobResult::Opened { library: Box::new(library), created: true, migrated_from: None, read_only },
                    JobResult::Warning(e.to_string()),
                ],
            };
        }
        match store::load_with_version(&self.path) {
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
                        error: format!(
                            "{} is in an older format (version {version}) and needs updating, but a backup could not be made first ({e}). Nothing was changed.",
                            self.path.display()
                        ),
                    }];
                }
                if let Err(e) = backed_up {
                    results.push(JobResult::Warning(format!(
                        "Could not make today's backup in {}: {e}. Your file is fine and open.",
                        backup::backup_dir(&self.path).display()
                    )));
                }
                results.insert(
                    0,
                    JobResult::Opened { library: Box::new(loaded.library), created: false, migrated_from, read_only },
                );
                results
            }
            Err(e) if e.is_damaged_file() => {
                let backup = backup::newest_loadable(&self.path).map(|(b, lib)| (b, Box::new(lib)));
                if backup.is_none() && e.may_be_another_document() {
                    // Nothing says this was ever a progress file: leave it alone entirely.
                    vec![JobResult::Refused { error: e.to_string() }]
                } else {
                    vec![JobResult::Damaged { error: e.to_string(), backup }]
                }
            }
            Err(e) => vec![JobResult::Refused { error: e.to_string() }],
        }
    }
}
