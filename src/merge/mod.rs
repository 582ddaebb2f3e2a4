//! Merging two copies of one library, by id, so that two computers converge. Pure and
//! deterministic: no clock, no IO, no random ids.
//!
//! Two computers that edit copies of the same library and exchange them in any order end up
//! with the same library, and nothing recorded is lost:
//! - ladders, steps and breathing patterns merge field by field: each field carries the time of
//!   its last change and the newer change wins (equal times are settled by the values, the same
//!   way on both sides); settings likewise, and "safety page read" stays read;
//! - the order of steps, ladders and patterns is the order changed last, followed by what only
//!   the other side lists;
//! - a ladder or step is in Recently deleted when its latest deletion is later than its latest
//!   restore and the latest exposure recorded on it; a tombstone (left when it is purged, 30 days
//!   after its deletion) removes it on both sides, with the exposures recorded before the
//!   deletion, unless it was restored or practised on after the deletion (then it stays, with
//!   everything recorded on it);
//! - records (exposures, journal entries, breathing sessions) are never edited, so the same id
//!   is the same record: the union is kept. Two different records under one id (only a damaged
//!   or hand-edited file makes that) are both kept: the second exposure in
//!   [`Library::clashes`], counted nowhere; a journal entry or breathing session under an id
//!   derived from its content. Each is listed in the report.
//! - The exposure under way belongs to the computer it was started on: the local one is kept,
//!   and its ladder and step stay live while it lasts.
//!
//! So `merge(a, b).library == merge(b, a).library` (apart from the exposure under way), merging
//! the result with either side again changes nothing, and every exposure of either side is in
//! the result unless a tombstone removed it; `tests.rs` checks this over random edit histories.
//!
//! Both libraries must have passed [`crate::store::validate`]; the result then passes it too.
//! [`import`] checks both sides, so a hostile file is refused with the library unchanged.
//!
//! The room:
//! - this file: the public API ([`import`], [`merge`], the report's types) and the order of the
//!   merge: ladders first, then the records that point into them, then the settings;
//! - `lww`: the two rules: the newer field wins, the order changed last wins;
//! - `ladders`: ladders and steps, live or in Recently deleted;
//! - `records`: exposures, journal entries, breathing sessions, patterns and settings;
//! - `ids`: the derived ids of copies and the one helper that places a copy under a free one;
//! - `report`: the words: the report's summary, each conflict's description.

mod ids;
mod ladders;
mod lww;
mod records;
mod report;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::model::{Deleted, DeletedItem, Gone, Library, StepId, Tombstone};
use ladders::merge_ladders;
use records::{merge_exposures, merge_records, merge_settings, relink};
use report::{entry_conflict, exposure_conflict, session_conflict};

/// The merged library and what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    pub library: Library,
    pub report: MergeReport,
}

/// What a merge did to the local library, for the person and for tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub ladders: Counts,
    pub exposures: Counts,
    pub journal: Counts,
    pub pacer_sessions: Counts,
    pub patterns: Counts,
    /// Some settings were changed later in the file than here, and were taken.
    pub settings_taken: bool,
    /// The file had an exposure under way; it is never imported.
    pub draft_ignored: bool,
    /// This library held only the starter ladders, untouched: they were left out (the file
    /// holds the person's own record).
    pub unused_starters: usize,
    /// One per item kept twice, in plain words.
    pub conflicts: Vec<Conflict>,
}

/// How the items of one kind changed, compared with the local library.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Not here before.
    pub new: usize,
    /// In the file and already here, unchanged.
    pub present: usize,
    /// Here before, changed by a newer edit from the file (a ladder renamed, re-rated,
    /// reordered, deleted or restored there).
    pub updated: usize,
    /// Here before, now gone or in Recently deleted because the file deleted it later.
    pub removed: usize,
    /// Kept twice: a different item under the same id.
    pub conflicting: usize,
}

/// An item kept in two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub kind: ConflictKind,
    pub description: String,
}

/// The kind of an item, as named in a [`Conflict`] or a [`NoFreeId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictKind {
    Ladder,
    Exposure,
    JournalEntry,
    PacerSession,
    Pattern,
}

/// Why a merge stopped without a result: a journal entry or breathing session kept twice found
/// no free id for its copy, and a merge never leaves an item out. Each try is a fresh 53-bit id,
/// so only a file made for it gets here. Its text (in `report.rs`) completes
/// "Could not import FILE: ".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoFreeId {
    pub kind: ConflictKind,
    /// The item's id in the file.
    pub id: u64,
    /// How many derived ids were tried.
    pub tries: u64,
}

impl std::error::Error for NoFreeId {}

/// Checks the imported library, merges it into `local` and checks the result as a saved file
/// would be checked on opening: valid, and small enough to open again. A panic in the merge is
/// reported, never passed on, and so is a merge that stopped ([`NoFreeId`]): then nothing is
/// imported. Errors are phrases that complete "Could not import FILE: ".
pub fn import(local: &Library, imported: &Library) -> Result<Merge, String> {
    crate::store::validate::validate(imported).map_err(|problem| crate::t!("merge-invalid-file", problem = problem))?;
    let merged = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| try_merge(local, imported)))
        .map_err(|_| crate::t!("merge-internal-error"))?
        .map_err(|no_free_id| no_free_id.to_string())?;
    crate::store::validate::validate(&merged.library)
        .map_err(|problem| crate::t!("merge-invalid-result", problem = problem))?;
    let bytes = crate::store::format::encode(&merged.library).map_err(|e| e.to_string())?.len() as u64;
    if bytes > crate::store::MAX_FILE_BYTES {
        return Err(crate::t!(
            "merge-too-large",
            size = crate::i18n::decimal(bytes as f64 / (1024.0 * 1024.0), 0),
            max = (crate::store::MAX_FILE_BYTES / (1024 * 1024)).to_string()
        ));
    }
    Ok(merged)
}

/// Merges `imported` into `local`; see the module docs for the rules.
///
/// # Panics
///
/// When the merge stops because a copy finds no free id (see [`try_merge`]): it never returns a
/// library with an item left out. [`import`] reports that as an error.
#[must_use]
pub fn merge(local: &Library, imported: &Library) -> Merge {
    match try_merge(local, imported) {
        Ok(merged) => merged,
        Err(no_free_id) => panic!("the merge stopped: {no_free_id}"),
    }
}

/// [`merge`], or the item that stopped it: a copy that found no free id ([`NoFreeId`]).
pub fn try_merge(local: &Library, imported: &Library) -> Result<Merge, NoFreeId> {
    // The starter ladders of a computer where Stepwise was opened before the record arrived are
    // not the person's: they do not join a library that has data of its own.
    let original_local = local;
    let (local_kept, imported_kept) =
        (without_unused_starters(local, imported), without_unused_starters(imported, local));
    let (local, imported) = (local_kept.as_ref().unwrap_or(local), imported_kept.as_ref().unwrap_or(imported));
    // Each id deleted for good, with the latest deletion of it.
    let mut tombs: HashMap<Gone, crate::model::Timestamp> = HashMap::new();
    for t in local.tombstones.iter().chain(&imported.tombstones) {
        let at = tombs.entry(t.gone).or_insert(t.at);
        *at = (*at).max(t.at);
    }
    let gone: HashSet<Gone> = tombs.keys().copied().collect();
    let mut ladders = merge_ladders(local, imported, &tombs, local.in_progress.as_ref());
    let exposures = merge_exposures(local, imported, &mut ladders);
    let (journal, journal_copies) = merge_records(&local.journal, &imported.journal, &gone, relink(&ladders.kept))?;
    let (pacer_sessions, session_copies) =
        merge_records(&local.pacer_sessions, &imported.pacer_sessions, &gone, |p| p)?;
    let settings = merge_settings(&local.settings, &imported.settings, &gone);

    let kept_exposures: HashSet<crate::model::ExposureId> =
        exposures.live.iter().chain(ladders.deleted.iter().flat_map(|d| d.exposures.iter())).map(|e| e.id).collect();
    // A ladder or step that came back (restored or practised after its deletion) is no longer
    // deleted for good.
    let mut tombstones: Vec<Tombstone> = tombs
        .into_iter()
        .filter(|(gone, _)| match gone {
            Gone::Ladder(id) => !ladders.kept.contains(id),
            Gone::Step(id) => !ladders.steps.contains_key(id),
            Gone::Exposure(id) => !kept_exposures.contains(id),
            _ => true,
        })
        .map(|(gone, at)| Tombstone { gone, at })
        .collect();
    tombstones.sort_unstable();

    let in_progress =
        local.in_progress.clone().filter(|d| ladders.steps.get(&d.step).is_some_and(|(l, _)| *l == d.ladder));
    let library = Library {
        ladders: ladders.live,
        exposures: Arc::new(exposures.live),
        journal: Arc::new(journal),
        pacer_sessions: Arc::new(pacer_sessions),
        settings,
        in_progress,
        ladder_order: ladders.order,
        deleted: ladders.deleted,
        tombstones,
        clashes: Arc::new(exposures.clashes),
        gate_blocks: merge_gate_blocks(&local.gate_blocks, &imported.gate_blocks),
    };
    let mut report = report_of(local, imported, &library, &journal_copies, &session_copies);
    report.unused_starters = local_kept.as_ref().map_or(0, |_| original_local.ladders.len());
    Ok(Merge { library, report })
}

/// Both sides' gate ratings, each once, in time order (a set union: the same from either side).
fn merge_gate_blocks(a: &[crate::model::GateBlock], b: &[crate::model::GateBlock]) -> Vec<crate::model::GateBlock> {
    let mut all: Vec<_> = a.iter().chain(b).copied().collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// `library` without its ladders when they are only the starter ladders, untouched, and
/// nothing else is recorded in it, while `other` holds data of its own (ladders or records):
/// Stepwise was opened on a second computer before the sync tool brought the person's file.
/// `None` (keep it as it is) otherwise. A starter ladder that was renamed, re-rated, practised
/// or otherwise touched is the person's, and every ladder stays.
fn without_unused_starters(library: &Library, other: &Library) -> Option<Library> {
    let nothing_recorded = |l: &Library| {
        l.exposures.is_empty()
            && l.journal.is_empty()
            && l.pacer_sessions.is_empty()
            && l.deleted.is_empty()
            && l.tombstones.is_empty()
            && l.clashes.is_empty()
            && l.in_progress.is_none()
    };
    let only_starters = |l: &Library| nothing_recorded(l) && l.ladders.iter().all(untouched_starter);
    let has_own_data = !other.ladders.is_empty() && !only_starters(other) || !nothing_recorded(other);
    (!library.ladders.is_empty() && only_starters(library) && has_own_data).then(|| Library {
        ladders: Vec::new(),
        ladder_order: crate::model::Order::default(),
        ..library.clone()
    })
}

/// A ladder exactly as a starter template made it: its texts and estimates, never edited.
fn untouched_starter(ladder: &crate::model::Ladder) -> bool {
    let c = &ladder.changed;
    let never_edited = !ladder.archived
        && [c.title, c.fear, c.archived, c.steps.at].iter().all(|t| *t == ladder.created)
        && c.restored == crate::model::Timestamp::EPOCH
        && ladder
            .steps
            .iter()
            .all(|s| s.changed == crate::model::StepChanged::default() && s.estimate_history.is_empty());
    never_edited
        && crate::i18n::Lang::all().flat_map(crate::templates::all_in).any(|t| {
            t.title == ladder.title
                && t.fear == ladder.fear
                && t.steps.len() == ladder.steps.len()
                && t.steps
                    .iter()
                    .zip(&ladder.steps)
                    .all(|((text, estimate), s)| *text == s.situation && *estimate == s.estimate)
        })
}

/// Compares the result with the local library.
fn report_of(
    local: &Library,
    imported: &Library,
    result: &Library,
    journal_copies: &[crate::model::JournalEntry],
    session_copies: &[crate::model::PacerSession],
) -> MergeReport {
    let mut report = MergeReport { draft_ignored: imported.in_progress.is_some(), ..MergeReport::default() };

    // Ladders, with their place: live, or deleted (with the time).
    let ladders = |lib: &Library| -> HashMap<u64, (crate::model::Ladder, bool)> {
        let live = lib.ladders.iter().map(|l| (l.id.0, (l.clone(), true)));
        let deleted = lib.deleted.iter().filter_map(|d| match &d.item {
            DeletedItem::Ladder(l) => Some((l.id.0, (l.clone(), false))),
            DeletedItem::Step { .. } => None,
        });
        live.chain(deleted).collect()
    };
    let deleted_steps = |lib: &Library| -> HashSet<StepId> {
        lib.deleted
            .iter()
            .filter_map(|d| if let DeletedItem::Step { step, .. } = &d.item { Some(step.id) } else { None })
            .collect()
    };
    let (before, after, theirs) = (ladders(local), ladders(result), ladders(imported));
    let (steps_before, steps_after) = (deleted_steps(local), deleted_steps(result));
    let steps_of = |l: &crate::model::Ladder, deleted: &HashSet<StepId>| {
        l.steps.iter().map(|s| s.id).filter(|s| !deleted.contains(s)).collect::<Vec<_>>()
    };
    for (id, (ladder, live)) in &after {
        match before.get(id) {
            None => report.ladders.new += 1,
            Some((old, was_live)) if !*live && *was_live => report.ladders.removed += 1,
            Some((old, was_live)) if old != ladder || was_live != live => report.ladders.updated += 1,
            Some(_) if steps_of(ladder, &steps_after) != steps_of(ladder, &steps_before) => {
                report.ladders.updated += 1;
            }
            Some(_) => {}
        }
    }
    report.ladders.removed += before.keys().filter(|id| !after.contains_key(id)).count();
    report.ladders.present = theirs.iter().filter(|(id, l)| before.get(id) == Some(l)).count();

    let exposure_ids = |lib: &Library| -> HashSet<u64> {
        lib.exposures
            .iter()
            .chain(lib.deleted.iter().flat_map(|d: &Deleted| d.exposures.iter()))
            .map(|e| e.id.0)
            .collect()
    };
    let (before, after, theirs) = (exposure_ids(local), exposure_ids(result), exposure_ids(imported));
    report.exposures.new = after.difference(&before).count();
    report.exposures.removed = before.difference(&after).count();
    report.exposures.present = theirs.intersection(&before).count();
    let clashes_before: HashSet<String> = local.clashes.iter().map(|c| format!("{c:?}")).collect();
    let situation = |step| {
        result
            .ladders
            .iter()
            .chain(result.deleted.iter().filter_map(|d| match &d.item {
                DeletedItem::Ladder(l) => Some(l),
                DeletedItem::Step { .. } => None,
            }))
            .find_map(|l| l.step(step))
            .map(|s| s.situation.as_str())
    };
    for clash in result.clashes.iter().filter(|c| !clashes_before.contains(&format!("{c:?}"))) {
        report.exposures.conflicting += 1;
        report.conflicts.push(exposure_conflict(clash, situation(clash.step)));
    }

    let keys = |ids: &mut dyn Iterator<Item = u64>| ids.collect::<HashSet<u64>>();
    for (counts, before, after, theirs, copies) in [
        (
            &mut report.journal,
            keys(&mut local.journal.iter().map(|j| j.id.0)),
            keys(&mut result.journal.iter().map(|j| j.id.0)),
            keys(&mut imported.journal.iter().map(|j| j.id.0)),
            journal_copies.len(),
        ),
        (
            &mut report.pacer_sessions,
            keys(&mut local.pacer_sessions.iter().map(|p| p.id.0)),
            keys(&mut result.pacer_sessions.iter().map(|p| p.id.0)),
            keys(&mut imported.pacer_sessions.iter().map(|p| p.id.0)),
            session_copies.len(),
        ),
    ] {
        counts.new = after.difference(&before).count() - copies.min(after.difference(&before).count());
        counts.removed = before.difference(&after).count();
        counts.present = theirs.intersection(&before).count();
        counts.conflicting = copies;
    }
    report.conflicts.extend(journal_copies.iter().map(entry_conflict));
    report.conflicts.extend(session_copies.iter().map(session_conflict));

    let patterns = |lib: &Library| -> HashMap<u64, crate::model::BreathPattern> {
        lib.settings.breathing_patterns.iter().map(|p| (p.id.0, p.clone())).collect()
    };
    let (before, after, theirs) = (patterns(local), patterns(result), patterns(imported));
    report.patterns.new = after.keys().filter(|id| !before.contains_key(id)).count();
    report.patterns.updated = after.iter().filter(|(id, p)| before.get(id).is_some_and(|old| old != *p)).count();
    report.patterns.removed = before.keys().filter(|id| !after.contains_key(id)).count();
    report.patterns.present = theirs.iter().filter(|(id, p)| before.get(id) == Some(p)).count();

    let without_patterns = |s: &crate::model::Settings| crate::model::Settings {
        breathing_patterns: Vec::new(),
        changed: crate::model::SettingsChanged::default(),
        ..s.clone()
    };
    report.settings_taken = without_patterns(&result.settings) != without_patterns(&local.settings);
    report
}
