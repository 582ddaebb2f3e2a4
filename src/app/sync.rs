//! The UI half of sync-safe saving: what the window does with the store thread's news about the
//! file (the store thread's half is `super::outside`), the sync tools' conflict copies offered
//! for import, and a store thread that stopped.
//!
//! - **A change from outside, merged** ([`JobResult::Outside`]): applied as one change, only
//!   onto the library it was worked out from (its generation). If the library moved on
//!   meanwhile, nothing is applied here: the store thread merges the outside content into the
//!   next save and reports that merge the same way, so an edit made meanwhile is never lost and
//!   no whole-library merge runs on this thread. One calm notice counts what was added ("Changes
//!   from another computer were added: 1 ladder, 3 exposures."), and also what was changed or
//!   deleted when there was any ("Changes from another computer: 1 ladder added, 2 ladders
//!   changed, 1 ladder moved to Recently deleted."), kept up to date while it shows.
//! - **An unreadable change**: one notice names both files; the status bar says where saves go.
//! - **Conflict copies**: offered one at a time in a banner; "Review" opens the import preview
//!   for it; after it is imported (or found to hold nothing new) it is moved into `backups/`;
//!   "Not now", or cancelling the preview, leaves it until the next start. A copy Stepwise saved
//!   while the file could not be read is offered the same way from the next start on (its
//!   banner says what it is), never in the window that wrote it.
//! - **A stopped store thread**: seen in [`StepwiseApp::tick`]; a save it was writing counts as
//!   failed and is retried, an import or export it was working on is said to be interrupted, and
//!   a new thread takes the file over ([`Job::Reattach`]), at most [`MAX_RESTARTS`] times.

use std::collections::{BTreeSet, VecDeque};
use std::path::PathBuf;

use super::StepwiseApp;
use super::jobs::{Job, JobResult, Worker};
use crate::i18n::{Arg, Lang, tr_in};
use crate::merge::{Merge, MergeReport};
use crate::model::{DeletedItem, Library};
use crate::store::watch;
use crate::view::{ConflictOffer, Doc, ImportState, Notice, NoticeKind, file_name};

/// How many times a stopped store thread is replaced in one session (a thread that keeps
/// stopping is a bug; then saving stops, said plainly, rather than looping).
pub const MAX_RESTARTS: u32 = 5;

/// The UI's sync bookkeeping.
#[derive(Debug, Default)]
pub struct SyncState {
    /// Conflict copies still to offer, the first one shown.
    offers: VecDeque<ConflictOffer>,
    /// Every conflict copy offered in this session: never offered twice until the next start.
    offered: BTreeSet<PathBuf>,
    /// The conflict copy whose import is open.
    reviewing: Option<PathBuf>,
    /// Saves go to this copy while the progress file cannot be read.
    pub diverted_to: Option<PathBuf>,
    /// What the outside-change notice counts, while it shows.
    outside: OutsideCounts,
    /// The outside-change notice's text as last shown (it is found again by it, in whatever
    /// language it was written).
    outside_shown: Option<String>,
    restarts: u32,
}

impl SyncState {
    /// The conflict copy offered now.
    #[must_use]
    pub fn offer(&self) -> Option<&ConflictOffer> {
        self.offers.front()
    }
}

/// What changes from outside did to the library, summed while their notice shows. Each array
/// counts, in order, ladders, exposures, journal entries, breathing sessions and breathing
/// patterns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutsideCounts {
    pub added: [usize; 5],
    pub changed: [usize; 5],
    /// Ladders that were live and are now in Recently deleted (restorable there).
    pub ladders_to_recently_deleted: usize,
    /// Gone: deleted on the other computer (ladders: other than those moved to Recently deleted,
    /// that is, removed for good there after 30 days).
    pub deleted: [usize; 5],
    /// Settings were taken from the other computer.
    pub settings: bool,
}

impl OutsideCounts {
    /// What the merge of outside content into `before` (giving `after`, as `report` says) did.
    #[must_use]
    pub fn of(report: &MergeReport, before: &Library, after: &Library) -> Self {
        let kinds = [report.ladders, report.exposures, report.journal, report.pacer_sessions, report.patterns];
        let to_recently_deleted = ladders_moved_to_recently_deleted(before, after);
        let mut deleted = kinds.map(|c| c.removed);
        deleted[0] = deleted[0].saturating_sub(to_recently_deleted);
        Self {
            added: kinds.map(|c| c.new),
            changed: kinds.map(|c| c.updated),
            ladders_to_recently_deleted: to_recently_deleted,
            deleted,
            settings: report.settings_taken,
        }
    }

    /// Both counts together (two merges while one notice shows).
    #[must_use]
    pub fn plus(self, other: Self) -> Self {
        let sum = |a: [usize; 5], b: [usize; 5]| std::array::from_fn(|i| a[i] + b[i]);
        Self {
            added: sum(self.added, other.added),
            changed: sum(self.changed, other.changed),
            ladders_to_recently_deleted: self.ladders_to_recently_deleted + other.ladders_to_recently_deleted,
            deleted: sum(self.deleted, other.deleted),
            settings: self.settings || other.settings,
        }
    }
}

/// How many ladders live in `before` are in Recently deleted in `after`. Pure.
#[must_use]
pub fn ladders_moved_to_recently_deleted(before: &Library, after: &Library) -> usize {
    after.deleted.iter().filter(|d| matches!(&d.item, DeletedItem::Ladder(l) if before.ladder(l.id).is_some())).count()
}

/// The messages that name each kind the counts count, in their order: each has the attributes
/// `.added`, `.changed` and `.deleted` ("3 exposures added"); the ladders' also `.moved` (to
/// Recently deleted).
const KIND_MESSAGES: [&str; 5] = [
    "app-outside-ladders",
    "app-outside-exposures",
    "app-outside-journal",
    "app-outside-sessions",
    "app-outside-patterns",
];

/// The same kinds as bare counts ("3 exposures"), as the import's report names them.
const KIND_NOUNS: [&str; 5] = [
    "merge-count-ladders",
    "merge-count-exposures",
    "merge-count-journal",
    "merge-count-sessions",
    "merge-count-patterns",
];

/// The one notice about changes from outside; `None` when they changed nothing. Only additions:
/// "Changes from another computer were added: 1 ladder, 3 exposures." Anything changed or
/// deleted too: "Changes from another computer: 1 ladder added, 2 ladders changed, 1 ladder moved
/// to Recently deleted."
#[must_use]
pub fn outside_text(counts: &OutsideCounts) -> Option<String> {
    outside_text_in(crate::i18n::language(), counts)
}

/// [`outside_text`] in a given language.
#[must_use]
pub fn outside_text_in(lang: Lang, counts: &OutsideCounts) -> Option<String> {
    let counted = |id: &str, n: usize| tr_in(lang, id, &[("count", Arg::from(n)), ("n", Arg::from(n.to_string()))]);
    let list = |ns: [usize; 5], how: &str| -> Vec<String> {
        ns.iter()
            .zip(KIND_MESSAGES.iter().zip(KIND_NOUNS))
            .filter(|(n, _)| **n > 0)
            .map(|(n, (message, noun))| match how {
                "" => counted(noun, *n),
                how => counted(&format!("{message}.{how}"), *n),
            })
            .collect()
    };
    let only_added = counts.changed == [0; 5]
        && counts.deleted == [0; 5]
        && counts.ladders_to_recently_deleted == 0
        && !counts.settings;
    if only_added {
        let parts = list(counts.added, "");
        return (!parts.is_empty()).then(|| tr_in(lang, "app-outside-added", &[("list", Arg::from(parts.join(", ")))]));
    }
    let mut parts = list(counts.added, "added");
    parts.extend(list(counts.changed, "changed"));
    if counts.ladders_to_recently_deleted > 0 {
        parts.push(counted("app-outside-ladders.moved", counts.ladders_to_recently_deleted));
    }
    parts.extend(list(counts.deleted, "deleted"));
    if counts.settings {
        parts.push(tr_in(lang, "app-outside-settings-changed", &[]));
    }
    Some(tr_in(lang, "app-outside-changes", &[("list", Arg::from(parts.join(", ")))]))
}

/// The banner's words for a copy beside the progress file.
fn offer_text(path: &std::path::Path, left_by: watch::LeftBy, progress: &std::path::Path) -> String {
    let (name, copy) = (file_name(progress), file_name(path));
    match left_by {
        watch::LeftBy::SyncTool(tool) => {
            crate::t!("app-conflict-copy-sync-tool", tool = tool.name(), name = name, copy = copy)
        }
        watch::LeftBy::Stepwise => crate::t!("app-conflict-copy-stepwise", name = name, copy = copy),
    }
}

impl StepwiseApp {
    /// Handles the store thread's news about the file.
    pub(super) fn sync_result(&mut self, result: JobResult) {
        let name = file_name(&self.data_path);
        match result {
            JobResult::Outside { id, base_generation, merge, changed, on_disk } => {
                self.outside_merged(id, base_generation, *merge, changed, on_disk);
            }
            JobResult::OutsideUnreadable { reason, copy } => {
                let text = match copy {
                    Ok(copy) => {
                        let text = crate::t!(
                            "app-outside-unreadable-diverted",
                            name = &name,
                            reason = reason,
                            copy = file_name(&copy)
                        );
                        // Its content is this window's: not offered for import here (a restarted
                        // store thread would list it), only from the next start on.
                        self.sync.offered.insert(copy.clone());
                        self.sync.diverted_to = Some(copy);
                        text
                    }
                    Err(e) => crate::t!("app-outside-unreadable-not-saved", name = &name, reason = reason, error = e),
                };
                self.warn(text);
            }
            JobResult::ReadableAgain { copy } => {
                self.sync.diverted_to = None;
                self.inform(match copy {
                    Some(copy) => crate::t!("app-readable-again-copy", name = &name, copy = file_name(&copy)),
                    None => crate::t!("app-readable-again", name = &name),
                });
            }
            JobResult::ConflictCopies(copies) => {
                for (path, left_by) in copies {
                    if self.sync.offered.insert(path.clone()) {
                        let text = offer_text(&path, left_by, &self.data_path);
                        self.sync.offers.push_back(ConflictOffer { path, text });
                    }
                }
            }
            JobResult::FiledAway { from, to } => {
                let name = file_name(&from);
                self.inform(match to.parent() {
                    Some(folder) => {
                        crate::t!("app-filed-away", name = name, folder = folder.display().to_string())
                    }
                    None => crate::t!("app-filed-away-no-folder", name = name),
                });
            }
            _ => {}
        }
    }

    /// Applies a merged outside change onto the library it was worked out from; see the module docs.
    fn outside_merged(&mut self, id: u64, base: u64, merge: Merge, changed: bool, on_disk: bool) {
        if !matches!(self.doc, Doc::Ready(_)) {
            return;
        }
        if base != self.save.generation {
            // The library moved on: the store thread merges the content into the next save and
            // reports it again. Make sure that save comes.
            if !self.save.has_unsaved_changes() {
                self.mark_changed();
            }
            return;
        }
        let Merge { library: merged, report } = merge;
        let counts =
            self.library().map_or_else(OutsideCounts::default, |base| OutsideCounts::of(&report, base, &merged));
        if changed && let Doc::Ready(library) = &mut self.doc {
            *library = merged;
            // An undo would restore a library without the outside content, and the next save
            // would then drop it from the file.
            self.history.clear();
            if self.selected_ladder.is_none_or(|id| self.library().and_then(|l| l.ladder(id)).is_none()) {
                self.selected_ladder =
                    self.library().and_then(|l| l.ladders.iter().find(|l| !l.archived)).map(|l| l.id);
            }
        }
        // The store thread stops merging it into saves (if it has stopped, a new one reads the
        // file again anyway).
        let _ = self.worker.as_ref().is_some_and(|w| w.send(Job::Incorporated { id }));
        if !changed {
            // Nothing new here; the file may hold less than this library: unless a save is
            // coming anyway, write the union.
            if !self.save.has_unsaved_changes() {
                self.mark_changed();
            }
        } else if on_disk && self.save.saved_generation == base {
            // The file holds exactly this library: a new generation (the screens' caches key
            // on it) that is already saved.
            self.save.generation += 1;
            self.save.saved_generation = self.save.generation;
        } else {
            // The file holds the outside content alone: save the union.
            self.mark_changed();
        }
        self.count_outside(counts);
    }

    /// Adds to the outside-change notice (one notice, kept up to date while it shows).
    fn count_outside(&mut self, counts: OutsideCounts) {
        let shown =
            self.sync.outside_shown.as_ref().and_then(|shown| self.notices.iter().position(|n| n.text == *shown));
        if shown.is_none() {
            self.sync.outside = OutsideCounts::default();
        }
        self.sync.outside = self.sync.outside.plus(counts);
        let Some(text) = outside_text(&self.sync.outside) else { return };
        self.sync.outside_shown = Some(text.clone());
        match shown {
            Some(index) => self.notices[index].text = text,
            None => self.notices.push(Notice { kind: NoticeKind::Info, text }),
        }
    }

    /// "Review": opens the import preview for the conflict copy offered now.
    pub(super) fn review_conflict_copy(&mut self) {
        if !self.can_start_transfer() {
            return;
        }
        let Some(offer) = self.sync.offers.pop_front() else { return };
        self.read_import(offer.path.clone());
        if self.import.is_some() {
            self.sync.reviewing = Some(offer.path);
        }
    }

    /// "Not now": the copy is left where it is and offered again at the next start.
    pub(super) fn skip_conflict_copy(&mut self) {
        self.sync.offers.pop_front();
    }

    /// Before the import preview closes: a conflict copy that holds nothing new is moved into
    /// `backups/` (everything in it is here already).
    pub(super) fn before_import_cancel(&mut self) {
        if let Some(ImportState::Preview(preview)) = &self.import
            && self.sync.reviewing.as_ref() == Some(&preview.path)
            && !preview.merge.report.changes_anything()
        {
            let path = preview.path.clone();
            self.file_away(path);
        }
    }

    /// The conflict copy whose confirmed import this result applies, if it is one.
    pub(super) fn conflict_import_landing(&self, result: &JobResult) -> Option<PathBuf> {
        let JobResult::ImportApplied { generation, .. } = result else { return None };
        match &self.import {
            Some(ImportState::BackingUp(preview))
                if *generation == self.save.generation && self.sync.reviewing.as_ref() == Some(&preview.path) =>
            {
                Some(preview.path.clone())
            }
            _ => None,
        }
    }

    /// Moves a merged conflict copy into `backups/` (on the store thread).
    pub(super) fn file_away(&mut self, path: PathBuf) {
        self.sync.reviewing = None;
        let name = file_name(&path);
        if !self.worker.as_ref().is_some_and(|w| w.send(Job::FileAway { path })) {
            self.warn(crate::t!("app-filed-away-worker-stopped", name = name));
        }
    }

    /// Once an import is closed, no conflict copy is being reviewed.
    pub(super) fn end_review_when_import_closes(&mut self) {
        if self.import.is_none() {
            self.sync.reviewing = None;
        }
    }

    /// Notices a store thread that stopped (its thread ended: a panic outside any job), takes
    /// its last answers and starts a new one; see the module docs.
    pub(super) fn check_worker(&mut self) {
        if self.worker.as_ref().is_none_or(Worker::is_running) {
            return;
        }
        // Answers sent before it stopped.
        let late = self.worker.as_ref().map(Worker::poll).unwrap_or_default();
        for result in late {
            self.handle(result);
        }
        let Some(old) = self.worker.take() else { return };
        let now = self.clock.monotonic_secs();
        if self.save.in_flight.take().is_some() {
            self.save.last_error = Some(crate::t!("app-save-interrupted"));
            self.save.retry_at = Some(now);
        }
        if let Some(
            ImportState::Reading { path, .. } | ImportState::BackingUp(crate::view::ImportPreview { path, .. }),
        ) = self.import.take()
        {
            self.warn(crate::t!("app-import-interrupted", name = file_name(&path)));
        }
        if self.exports_running > 0 {
            self.exports_running = 0;
            self.warn(crate::t!("app-export-interrupted"));
        }
        self.sync.restarts += 1;
        if self.sync.restarts > MAX_RESTARTS {
            self.warn(crate::t!("app-worker-keeps-stopping", path = self.data_path.display().to_string()));
            self.save.last_error = Some(crate::t!("app-worker-stopped-no-save"));
            return;
        }
        let worker = match old.restart() {
            Ok(worker) => worker,
            Err(e) => {
                self.warn(crate::t!("app-worker-restart-failed", error = e.to_string()));
                return;
            }
        };
        drop(old);
        let job = match &self.doc {
            // A read-only window writes nothing: the new thread needs no lock and no library.
            Doc::Ready(_) if self.read_only => None,
            Doc::Ready(library) => {
                Some(Job::Reattach { generation: self.save.generation, library: Box::new(library.clone()) })
            }
            Doc::Loading | Doc::Damaged { .. } => Some(Job::Open { now: self.clock.timestamp() }),
            Doc::Refused { .. } => None,
        };
        if job.is_none_or(|job| worker.send(job)) {
            self.worker = Some(worker);
            self.warn(crate::t!("app-worker-restarted"));
        } else {
            self.warn(crate::t!("app-worker-not-restarted"));
        }
    }
}

/// Tests only (the `test-hooks` feature, never in the app's build).
#[cfg(any(test, feature = "test-hooks"))]
impl StepwiseApp {
    /// Makes the store thread fail on purpose; false if it is gone.
    #[must_use = "false means the fault was not sent"]
    pub fn inject_worker_fault(&self, fault: super::jobs::Fault) -> bool {
        self.worker.as_ref().is_some_and(|w| w.send(Job::Fault(fault)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::merge::Counts;
    use crate::model::edit::{self, LadderEdit};
    use crate::model::{Ladder, Rating, Timestamp};

    fn counts(added: [usize; 5]) -> OutsideCounts {
        OutsideCounts { added, ..OutsideCounts::default() }
    }

    #[test]
    fn only_additions_are_named_as_before() {
        assert_eq!(
            outside_text(&counts([1, 3, 0, 0, 0])).as_deref(),
            Some("Changes from another computer were added: 1 ladder, 3 exposures.")
        );
        assert_eq!(
            outside_text(&counts([0, 1, 2, 1, 2])).as_deref(),
            Some(
                "Changes from another computer were added: 1 exposure, 2 journal entries, 1 breathing session, 2 breathing patterns."
            )
        );
        assert_eq!(outside_text(&OutsideCounts::default()), None);
    }

    #[test]
    fn changes_and_deletions_are_named_in_the_same_notice() {
        let both = OutsideCounts {
            added: [1, 0, 0, 0, 0],
            changed: [2, 0, 0, 0, 0],
            ladders_to_recently_deleted: 1,
            ..OutsideCounts::default()
        };
        assert_eq!(
            outside_text(&both).as_deref(),
            Some(
                "Changes from another computer: 1 ladder added, 2 ladders changed, 1 ladder moved to Recently deleted."
            )
        );
        let gone = OutsideCounts {
            added: [0, 3, 0, 0, 0],
            changed: [0, 0, 0, 0, 1],
            deleted: [1, 4, 1, 0, 0],
            settings: true,
            ..OutsideCounts::default()
        };
        assert_eq!(
            outside_text(&gone).as_deref(),
            Some(
                "Changes from another computer: 3 exposures added, 1 breathing pattern changed, 1 ladder deleted, 4 exposures deleted, 1 journal entry deleted, settings changed."
            )
        );
        let settings_only = OutsideCounts { settings: true, ..OutsideCounts::default() };
        assert_eq!(outside_text(&settings_only).as_deref(), Some("Changes from another computer: settings changed."));
    }

    #[test]
    fn the_notice_reads_in_italian_with_each_kind_agreeing() {
        let it = Lang::from_tag("it").unwrap();
        assert_eq!(
            outside_text_in(it, &counts([1, 3, 0, 0, 2])).as_deref(),
            Some("Sono state aggiunte modifiche da un altro computer: 1 scala, 3 esposizioni, 2 ritmi di respiro.")
        );
        let mixed = OutsideCounts {
            added: [0, 1, 0, 0, 1],
            changed: [2, 0, 0, 0, 0],
            ladders_to_recently_deleted: 1,
            deleted: [0, 0, 3, 0, 0],
            settings: true,
        };
        assert_eq!(
            outside_text_in(it, &mixed).as_deref(),
            Some(
                "Modifiche da un altro computer: 1 esposizione aggiunta, 1 ritmo di respiro aggiunto, 2 scale modificate, 1 scala spostata in Eliminati di recente, 3 note del diario eliminate, impostazioni modificate."
            )
        );
        assert_eq!(outside_text_in(it, &OutsideCounts::default()), None);
    }

    #[test]
    fn counts_come_from_the_report_and_tell_recently_deleted_from_gone() {
        let now = Timestamp::from_unix_secs(1_795_000_000);
        let ladder = |title: &str| Ladder::new(title, "fear", &[("step", Rating::saturating(3))], Timestamp::EPOCH);
        let before = Library { ladders: vec![ladder("A"), ladder("B")], ..Library::default() };
        let mut after = before.clone();
        let a = after.ladders[0].id;
        edit::apply(&mut after, &LadderEdit::Delete { ladder: a }, now).unwrap();
        assert_eq!(ladders_moved_to_recently_deleted(&before, &after), 1);
        assert_eq!(ladders_moved_to_recently_deleted(&after, &after), 0, "already there");
        // The report counts it as removed, with one more gone for good, and other kinds as they are.
        let report = MergeReport {
            ladders: Counts { new: 1, updated: 2, removed: 2, ..Counts::default() },
            exposures: Counts { new: 3, removed: 1, ..Counts::default() },
            settings_taken: true,
            ..MergeReport::default()
        };
        let counts = OutsideCounts::of(&report, &before, &after);
        assert_eq!(
            counts,
            OutsideCounts {
                added: [1, 3, 0, 0, 0],
                changed: [2, 0, 0, 0, 0],
                ladders_to_recently_deleted: 1,
                deleted: [1, 1, 0, 0, 0],
                settings: true,
            }
        );
        assert_eq!(counts.plus(counts).added, [2, 6, 0, 0, 0]);
        assert_eq!(counts.plus(OutsideCounts::default()), counts);
    }
}
