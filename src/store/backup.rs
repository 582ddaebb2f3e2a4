//! Rolling backups in a `backups/` folder beside the progress file (beside the link's target,
//! named after it, when the file is a symbolic link: [`super::resolve_target`]).
//!
//! A copy is taken at start-up (at most once a day, and only of a file that loaded cleanly),
//! before an import and before a migration. Copies of a damaged file are kept apart (reason
//! `damaged`) and are never thinned away. Copies taken before an import or a migration are
//! thinned only among themselves (the newest [`KEEP_EACH_EVENT`] of each kind), so a daily
//! copy never pushes them out. Daily copies are thinned like Anki does: the newest copy of each
//! of the last 12 days, then of 10 weeks, then of 9 months.
//!
//! Names: `<stem>.<YYYY-MM-DD>T<HHMMSS>Z.<reason>.ron`, e.g. `library.2026-11-21T091500Z.daily.ron`.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{Datelike as _, NaiveDateTime};

use crate::model::{Library, Timestamp};

pub const KEEP_DAILY: usize = 12;
pub const KEEP_WEEKLY: usize = 10;
pub const KEEP_MONTHLY: usize = 9;
/// Copies kept of each kind taken before an event (import, migration).
pub const KEEP_EACH_EVENT: usize = 10;

const STAMP_FORMAT: &str = "%Y-%m-%dT%H%M%SZ";

/// Why a backup was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Daily,
    BeforeImport,
    BeforeMigration,
    /// A copy of a file that could not be read, kept before anything replaces it.
    Damaged,
}

impl Reason {
    fn tag(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::BeforeImport => "before-import",
            Self::BeforeMigration => "before-migration",
            Self::Damaged => "damaged",
        }
    }

    fn from_tag(tag: &str) -> Option<Self> {
        [Self::Daily, Self::BeforeImport, Self::BeforeMigration, Self::Damaged].into_iter().find(|r| r.tag() == tag)
    }
}

/// One backup file found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub taken: Timestamp,
    pub reason: Reason,
}

/// `dir/library.ron` -> `dir/backups`; for a link, the `backups` folder beside its target.
/// Looks at the file system (for links), so it belongs on the store thread.
#[must_use]
pub fn backup_dir(data_path: &Path) -> PathBuf {
    super::real_file(data_path).with_file_name("backups")
}

fn stem(data_path: &Path) -> String {
    data_path.file_stem().map_or_else(|| "library".to_owned(), |s| s.to_string_lossy().into_owned())
}

/// Copies the file at `data_path` into the backup folder, then thins old copies. The copy is
/// streamed (never read whole into memory) and made complete on disk before it is named.
/// A failure to thin is not a failure to back up: the copy exists, so it is ignored here and
/// tried again next time.
pub fn take(data_path: &Path, now: Timestamp, reason: Reason) -> io::Result<PathBuf> {
    let data_path = &super::real_file(data_path);
    let name = format!("{}.{}.{}.ron", stem(data_path), now.utc().format(STAMP_FORMAT), reason.tag());
    let target = backup_dir(data_path).join(name);
    super::atomic::copy(data_path, &target)?;
    let _ = thin(data_path);
    Ok(target)
}

/// Takes a daily backup unless one was already taken on `now`'s (UTC) date.
pub fn take_daily(data_path: &Path, now: Timestamp) -> io::Result<Option<PathBuf>> {
    let today = now.utc().date_naive();
    let have_today = list(data_path)?.iter().any(|b| b.reason == Reason::Daily && b.taken.utc().date_naive() == today);
    if have_today { Ok(None) } else { take(data_path, now, Reason::Daily).map(Some) }
}

/// Backups of this data file, newest first. A missing folder is an empty list.
pub fn list(data_path: &Path) -> io::Result<Vec<Backup>> {
    let data_path = &super::real_file(data_path);
    let dir = backup_dir(data_path);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let prefix = format!("{}.", stem(data_path));
    let mut found = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        if let Some((taken, reason)) = name.strip_prefix(&prefix).and_then(parse_name) {
            found.push(Backup { path, taken, reason });
        }
    }
    found.sort_by(|a, b| b.taken.cmp(&a.taken).then_with(|| b.path.cmp(&a.path)));
    Ok(found)
}

/// `2026-11-21T091500Z.daily.ron` -> (time, reason).
fn parse_name(rest: &str) -> Option<(Timestamp, Reason)> {
    let rest = rest.strip_suffix(".ron")?;
    let (stamp, tag) = rest.split_once('.')?;
    let taken = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()?.and_utc();
    Some((Timestamp::from_utc(taken), Reason::from_tag(tag)?))
}

/// The newest backup that loads and validates, with its library. Damaged copies are skipped.
#[must_use]
pub fn newest_loadable(data_path: &Path) -> Option<(Backup, Library)> {
    list(data_path)
        .ok()?
        .into_iter()
        .filter(|b| b.reason != Reason::Damaged)
        .find_map(|b| super::load(&b.path).ok().map(|lib| (b, lib)))
}

/// Deletes backups that the thinning plan does not keep.
fn thin(data_path: &Path) -> io::Result<()> {
    let backups = list(data_path)?;
    for path in plan_thinning(&backups) {
        std::fs::remove_file(path)?;
    }
    Ok(())
}

/// Which backups to delete: given newest-first backups, keep the newest per day for
/// [`KEEP_DAILY`] days, then the newest per ISO week for [`KEEP_WEEKLY`] weeks, then the newest
/// per month for [`KEEP_MONTHLY`] months. Damaged copies are never deleted.
#[must_use]
pub fn plan_thinning(newest_first: &[Backup]) -> Vec<&Path> {
    let mut days = BTreeSet::new();
    let mut weeks = BTreeSet::new();
    let mut months = BTreeSet::new();
    let (mut weekly_kept, mut monthly_kept) = (0, 0);
    let mut delete = Vec::new();
    let mut events_kept = [0usize; 2];
    for backup in newest_first {
        let event = match backup.reason {
            Reason::Damaged => continue,
            Reason::BeforeImport => Some(0),
            Reason::BeforeMigration => Some(1),
            Reason::Daily => None,
        };
        if let Some(kind) = event {
            events_kept[kind] += 1;
            if events_kept[kind] > KEEP_EACH_EVENT {
                delete.push(backup.path.as_path());
            }
            continue;
        }
        let date = backup.taken.utc().date_naive();
        let week = (date.iso_week().year(), date.iso_week().week());
        let month = (date.year(), date.month());
        // Each tier keeps the newest copy of a period not yet represented by a newer kept copy.
        let keep = if days.contains(&date) {
            false
        } else if days.len() < KEEP_DAILY {
            true
        } else if weeks.contains(&week) {
            false
        } else if weekly_kept < KEEP_WEEKLY {
            weekly_kept += 1;
            true
        } else if months.contains(&month) {
            false
        } else if monthly_kept < KEEP_MONTHLY {
            monthly_kept += 1;
            true
        } else {
            false
        };
        if keep {
            days.insert(date);
            weeks.insert(week);
            months.insert(month);
        } else {
            delete.push(backup.path.as_path());
        }
    }
    delete
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;
    const START: i64 = 1_790_000_000; // 2026-09-21

    fn backups_every_day(days: i64) -> Vec<Backup> {
        (0..days)
            .rev()
            .map(|d| Backup {
                path: PathBuf::from(format!("b{d}")),
                taken: Timestamp::from_unix_secs(START + d * DAY),
                reason: Reason::Daily,
            })
            .collect()
    }

    #[test]
    fn names_parse_back() {
        let (t, r) = parse_name("2026-11-21T091500Z.before-import.ron").unwrap();
        assert_eq!(t.to_string(), "2026-11-21T09:15:00Z");
        assert_eq!(r, Reason::BeforeImport);
        assert!(parse_name("2026-11-21T091500Z.unknown.ron").is_none());
        assert!(parse_name("notes.txt").is_none());
    }

    #[test]
    fn keeps_a_bounded_number_over_years() {
        let all = backups_every_day(3 * 365);
        let deleted = plan_thinning(&all);
        let kept = all.len() - deleted.len();
        assert!(kept <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY, "kept {kept}");
        assert!(kept >= KEEP_DAILY + KEEP_MONTHLY, "kept {kept}");
        // The newest 12 days are all kept.
        for b in &all[..KEEP_DAILY] {
            assert!(!deleted.contains(&b.path.as_path()));
        }
    }

    #[test]
    fn few_backups_are_all_kept() {
        assert!(plan_thinning(&backups_every_day(5)).is_empty());
    }

    #[test]
    fn event_copies_are_thinned_apart_from_daily_ones() {
        let mut all = backups_every_day(30);
        // The same day as the newest daily copy: a daily tier would drop one of the two.
        all.insert(1, Backup { path: PathBuf::from("import"), taken: all[0].taken, reason: Reason::BeforeImport });
        assert!(!plan_thinning(&all).contains(&Path::new("import")));
        let events: Vec<Backup> = (0..15)
            .map(|d| Backup {
                path: PathBuf::from(format!("m{d}")),
                taken: Timestamp::from_unix_secs(START - d * DAY),
                reason: Reason::BeforeMigration,
            })
            .collect();
        let deleted = plan_thinning(&events);
        assert_eq!(deleted.len(), 15 - KEEP_EACH_EVENT);
        assert!(deleted.contains(&Path::new("m14")) && !deleted.contains(&Path::new("m0")));
    }

    #[test]
    fn damaged_copies_are_never_thinned() {
        let mut all = backups_every_day(400);
        all[300].reason = Reason::Damaged;
        assert!(!plan_thinning(&all).contains(&all[300].path.as_path()));
    }

    #[test]
    fn take_daily_is_at_most_once_a_day_and_thins() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("library.ron");
        std::fs::write(&data, b"content").unwrap();
        let now = Timestamp::from_unix_secs(START);
        assert!(take_daily(&data, now).unwrap().is_some());
        assert!(take_daily(&data, Timestamp::from_unix_secs(START + 3600)).unwrap().is_none());
        for d in 1..40 {
            take_daily(&data, Timestamp::from_unix_secs(START + d * DAY)).unwrap();
        }
        let kept = list(&data).unwrap();
        assert!(kept.len() < 40 && kept.len() >= KEEP_DAILY, "{}", kept.len());
        assert_eq!(std::fs::read(&kept[0].path).unwrap(), b"content");
    }

    #[cfg(unix)]
    #[test]
    fn backups_of_a_linked_file_live_beside_its_target() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sync")).unwrap();
        let target = dir.path().join("sync/progress.ron");
        std::fs::write(&target, b"content").unwrap();
        let link = dir.path().join("library.ron");
        std::os::unix::fs::symlink("sync/progress.ron", &link).unwrap();
        let taken = take(&link, Timestamp::from_unix_secs(START), Reason::BeforeImport).unwrap();
        let beside_target = dir.path().join("sync/backups").canonicalize().unwrap();
        assert_eq!(taken.parent().unwrap(), beside_target);
        assert!(taken.file_name().unwrap().to_string_lossy().starts_with("progress."), "{taken:?}");
        assert!(!dir.path().join("backups").exists());
        // Listed the same through the link and through the target.
        let names = |path: &Path| -> Vec<_> {
            list(path).unwrap().into_iter().map(|b| b.path.file_name().map(ToOwned::to_owned)).collect()
        };
        assert_eq!(names(&link), names(&target));
        assert_eq!(names(&link).len(), 1);
        assert_eq!(backup_dir(&link), beside_target);
    }
}
