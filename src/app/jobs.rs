//! The store worker: one named background thread that owns the file lock and does every file
//! operation (open, save, backups) in order. The UI thread only sends [`Job`]s and receives
//! [`JobResult`]s, so it never waits on a disk or serialises the library in a frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use chrono::{DateTime, Local};

use crate::export::{self, ExportKind};
use crate::merge::{self, Merge};
use crate::model::{LadderId, Library, Timestamp};
use crate::store::{self, FileLock, StoreError, backup};
use crate::templates;

/// Work for the store thread.
#[derive(Debug)]
pub enum Job {
    /// Lock the file, then load it (or create it with the starter library if it is missing).
    Open { now: Timestamp },
    /// Save this snapshot of the library. With `keep_damaged`, the unreadable file on disk is
    /// first copied into `backups/` so replacing it loses nothing.
    Save { generation: u64, library: Box<Library>, keep_damaged: Option<Timestamp> },
    /// Write an export (progress file, summary or CSV) of the chosen ladders (empty = all) to `path`.
    Export { path: PathBuf, kind: ExportKind, library: Box<Library>, ladders: Vec<LadderId>, now: DateTime<Local> },
    /// Read and validate a file to import (same size cap and validation as opening), and work out
    /// what merging it into `local` would do.
    ReadImport { path: PathBuf, local: Box<Library> },
    /// Copy the progress file into `backups/` before an import changes it.
    BackupBeforeImport { now: Timestamp },
}

/// What happened, reported back to the UI thread.
#[derive(Debug)]
pub enum JobResult {
    Opened {
        library: Box<Library>,
        created: bool,
        migrated_from: Option<u32>,
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
    ImportRead {
        path: PathBuf,
        imported: Box<Library>,
        merge: Box<Merge>,
    },
    ImportFailed {
        path: PathBuf,
        error: String,
    },
    /// The copy taken before an import (`None` when there was no file on disk yet to copy).
    BackedUpBeforeImport {
        backup: Option<PathBuf>,
    },
    BackupBeforeImportFailed {
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
            Job::Save { generation, library, keep_damaged } => {
                let mut results = Vec::new();
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
                results.push(match store::save(&self.path, &library) {
                    Ok(()) => JobResult::Saved { generation },
                    Err(e) => JobResult::SaveFailed { generation, error: e.to_string() },
                });
                results
            }
            Job::Export { path, kind, library, ladders, now } => {
                vec![write_export(&path, kind, &library, &ladders, &now)]
            }
            Job::ReadImport { path, local } => vec![read_import(path, &local)],
            Job::BackupBeforeImport { now } => vec![self.backup_before_import(now)],
        }
    }

    fn backup_before_import(&self, now: Timestamp) -> JobResult {
        match self.path.try_exists() {
            // Nothing on disk yet (the first save has not happened): nothing to lose.
            Ok(false) => JobResult::BackedUpBeforeImport { backup: None },
            _ => match backup::take(&self.path, now, backup::Reason::BeforeImport) {
                Ok(copy) => JobResult::BackedUpBeforeImport { backup: Some(copy) },
                Err(e) => JobResult::BackupBeforeImportFailed {
                    error: format!("could not copy it into {} ({e})", backup::backup_dir(&self.path).display()),
                },
            },
        }
    }

    fn open(&mut self, now: Timestamp) -> Vec<JobResult> {
        match FileLock::acquire(&self.path) {
            Ok(lock) => self.lock = Some(lock),
            Err(e) => return vec![JobResult::Refused { error: e.to_string() }],
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
            return match store::save(&self.path, &library) {
                Ok(()) => vec![JobResult::Opened { library: Box::new(library), created: true, migrated_from: None }],
                Err(e) => vec![
                    JobResult::Opened { library: Box::new(library), created: true, migrated_from: None },
                    JobResult::Warning(e.to_string()),
                ],
            };
        }
        match store::load_with_version(&self.path) {
            Ok(loaded) => {
                let mut results = Vec::new();
                let migrated_from = (loaded.file_version < store::CURRENT_VERSION).then_some(loaded.file_version);
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
                results
                    .insert(0, JobResult::Opened { library: Box::new(loaded.library), created: false, migrated_from });
                results
            }
            Err(e) if e.is_damaged_file() => vec![damaged(&self.path, &e)],
            Err(e) => vec![JobResult::Refused { error: e.to_string() }],
        }
    }
}

fn damaged(path: &Path, error: &StoreError) -> JobResult {
    let backup = backup::newest_loadable(path).map(|(b, lib)| (b, Box::new(lib)));
    JobResult::Damaged { error: error.to_string(), backup }
}

/// Renders and atomically writes one export.
fn write_export(
    path: &Path,
    kind: ExportKind,
    library: &Library,
    ladders: &[LadderId],
    now: &DateTime<Local>,
) -> JobResult {
    let text = match kind {
        ExportKind::Progress => store::format::encode(&export::subset(library, ladders)),
        ExportKind::Html => Ok(export::html(library, ladders, now)),
        ExportKind::Csv => Ok(export::csv(library, ladders, &now.timezone())),
    };
    match text.and_then(|text| store::write_text(path, &text).map(|()| text.len())) {
        Ok(bytes) => JobResult::Exported { path: path.to_owned(), kind, bytes },
        Err(e) => JobResult::ExportFailed { path: path.to_owned(), error: e.to_string() },
    }
}

/// Loads a file to import exactly as the progress file is loaded (size cap, parse, migration,
/// validation), then merges it into a snapshot of the library to preview the result.
fn read_import(path: PathBuf, local: &Library) -> JobResult {
    match store::load(&path) {
        Ok(imported) => {
            let merge = Box::new(merge::merge(local, &imported));
            JobResult::ImportRead { path, imported: Box::new(imported), merge }
        }
        Err(e) => JobResult::ImportFailed { path, error: e.to_string() },
    }
}
