//! Recently deleted: deleting a ladder or a step moves it here with its exposures; it can be
//! restored for [`RESTORE_DAYS`] days, and is then purged, leaving only [`Tombstone`]s. Nothing
//! recorded depends on the undo history any more.

use std::collections::BTreeSet;

use super::edit::EditError;
use super::{
    Deleted, DeletedItem, Exposure, Gone, LadderId, Library, Order, RESTORE_DAYS, StepId, Timestamp, Tombstone,
    next_stamp,
};

/// Moves the ladder and its exposures into Recently deleted. An exposure under way on it is
/// dropped: the app asks before it gets here. Journal entries keep their link (the ladder can
/// come back); steps deleted earlier stay in Recently deleted on their own.
pub(super) fn delete_ladder(library: &mut Library, id: LadderId, now: Timestamp) -> Result<(), EditError> {
    let index = library.ladders.iter().position(|l| l.id == id).ok_or(EditError::NoLadder)?;
    let ladder = library.ladders.remove(index);
    if library.in_progress.as_ref().is_some_and(|d| d.ladder == id) {
        library.in_progress = None;
    }
    let exposures = take_exposures(library, |e| e.ladder == id);
    library.deleted.push(Deleted { at: now, item: DeletedItem::Ladder(ladder), exposures });
    Ok(())
}

/// Moves the step and its exposures into Recently deleted, remembering where it stood.
pub(super) fn delete_step(
    library: &mut Library,
    ladder: LadderId,
    step: StepId,
    now: Timestamp,
) -> Result<(), EditError> {
    let steps = &mut library.ladder_mut(ladder).ok_or(EditError::NoLadder)?.steps;
    let position = steps.iter().position(|s| s.id == step).ok_or(EditError::NoStep)?;
    let removed = steps.remove(position);
    if library.in_progress.as_ref().is_some_and(|d| d.step == step) {
        library.in_progress = None;
    }
    let exposures = take_exposures(library, |e| e.step == step);
    library.deleted.push(Deleted { at: now, item: DeletedItem::Step { ladder, position, step: removed }, exposures });
    Ok(())
}

/// Brings a deleted ladder back at the end of the list, with its exposures. Its steps deleted on
/// their own stay in Recently deleted.
pub(super) fn restore_ladder(library: &mut Library, id: LadderId, now: Timestamp) -> Result<(), EditError> {
    let index = library
        .deleted
        .iter()
        .position(|d| matches!(&d.item, DeletedItem::Ladder(l) if l.id == id))
        .ok_or(EditError::NotDeleted)?;
    let Deleted { item: DeletedItem::Ladder(mut ladder), exposures, at } = library.deleted.remove(index) else {
        unreachable!("the position matched a ladder")
    };
    // Later than the deletion, even when the computer that deleted it had its clock ahead.
    ladder.changed.restored = next_stamp(at.max(ladder.changed.restored), now);
    library.ladders.push(ladder);
    library.ladder_order = Order::after(library.ladder_order, now);
    put_back(library, exposures);
    Ok(())
}

/// Brings a deleted step back where it stood in its ladder (or at the end), with its exposures.
/// Returns its ladder.
pub(super) fn restore_step(library: &mut Library, id: StepId, now: Timestamp) -> Result<LadderId, EditError> {
    let index = library
        .deleted
        .iter()
        .position(|d| matches!(&d.item, DeletedItem::Step { step, .. } if step.id == id))
        .ok_or(EditError::NotDeleted)?;
    let DeletedItem::Step { ladder, .. } = &library.deleted[index].item else { unreachable!("matched a step") };
    let ladder = *ladder;
    if let Some(blocked) = step_restore_blocked(library, ladder) {
        return Err(blocked);
    }
    let Deleted { item: DeletedItem::Step { position, mut step, .. }, exposures, at } = library.deleted.remove(index)
    else {
        unreachable!("matched a step")
    };
    step.changed.restored = next_stamp(at.max(step.changed.restored), now);
    let target = library.ladder_mut(ladder).ok_or(EditError::NoLadder)?;
    let index = position.min(target.steps.len());
    target.steps.insert(index, step);
    target.changed.steps = Order::after(target.changed.steps, now);
    put_back(library, exposures);
    Ok(ladder)
}

/// Why a deleted step of `ladder` cannot be restored now, if it cannot: its ladder is in
/// Recently deleted too (restore that first), or gone.
#[must_use]
pub fn step_restore_blocked(library: &Library, ladder: LadderId) -> Option<EditError> {
    match (library.ladder(ladder), library.ladder_anywhere(ladder)) {
        (Some(_), _) => None,
        (None, Some(_)) => Some(EditError::LadderDeleted),
        (None, None) => Some(EditError::NoLadder),
    }
}

/// Purges what has been in Recently deleted for [`RESTORE_DAYS`] days or more at `now`: each
/// purged ladder, step and exposure leaves a [`Tombstone`]; journal entries lose their link to a
/// purged ladder. Returns how many deleted items were purged.
pub fn purge_expired(library: &mut Library, now: Timestamp) -> usize {
    let expired: Vec<usize> =
        library.deleted.iter().enumerate().filter(|(_, d)| d.purge_at() <= now).map(|(i, _)| i).collect();
    if expired.is_empty() {
        return 0;
    }
    let purged_ladders: BTreeSet<LadderId> = expired
        .iter()
        .filter_map(|i| match &library.deleted[*i].item {
            DeletedItem::Ladder(l) => Some(l.id),
            DeletedItem::Step { .. } => None,
        })
        .collect();
    // Each tombstone keeps the time of the deletion (not of the purge): a restore or an exposure
    // after it on another computer still wins (see `crate::merge`).
    let mut gone: Vec<(Gone, Timestamp)> = Vec::new();
    let mut count = 0;
    let mut kept = Vec::with_capacity(library.deleted.len());
    for deleted in std::mem::take(&mut library.deleted) {
        let expired = deleted.purge_at() <= now;
        // A step deleted on its own goes with its ladder when the ladder is purged.
        if !expired && !purged_ladders.contains(&deleted.ladder_id()) {
            kept.push(deleted);
            continue;
        }
        count += 1;
        let at = deleted.at;
        match &deleted.item {
            DeletedItem::Ladder(ladder) => {
                gone.push((Gone::Ladder(ladder.id), at));
                gone.extend(ladder.steps.iter().map(|s| (Gone::Step(s.id), at)));
            }
            DeletedItem::Step { step, .. } => gone.push((Gone::Step(step.id), at)),
        }
        gone.extend(deleted.exposures.iter().map(|e| (Gone::Exposure(e.id), at)));
    }
    library.deleted = kept;
    let gone_steps: BTreeSet<StepId> =
        gone.iter().filter_map(|(g, _)| if let Gone::Step(s) = g { Some(*s) } else { None }).collect();
    if library.clashes.iter().any(|e| gone_steps.contains(&e.step)) {
        super::Shared::make_mut(&mut library.clashes).retain(|e| !gone_steps.contains(&e.step));
    }
    if library.journal.iter().any(|j| j.ladder.is_some_and(|l| purged_ladders.contains(&l))) {
        for entry in library.journal_mut() {
            if entry.ladder.is_some_and(|l| purged_ladders.contains(&l)) {
                entry.ladder = None;
            }
        }
    }
    let known: BTreeSet<Gone> = library.tombstones.iter().map(|t| t.gone).collect();
    library
        .tombstones
        .extend(gone.into_iter().filter(|(g, _)| !known.contains(g)).map(|(gone, at)| Tombstone { gone, at }));
    count
}

/// Takes the live exposures matching `which` out of the library, in their order.
fn take_exposures(library: &mut Library, which: impl Fn(&Exposure) -> bool) -> Vec<Exposure> {
    if !library.exposures.iter().any(&which) {
        return Vec::new();
    }
    let (taken, kept): (Vec<Exposure>, Vec<Exposure>) = library.exposures.iter().cloned().partition(which);
    *library.exposures_mut() = kept;
    taken
}

/// Puts restored exposures back among the live ones, each in time order (by start).
fn put_back(library: &mut Library, exposures: Vec<Exposure>) {
    if exposures.is_empty() {
        return;
    }
    let list = library.exposures_mut();
    for exposure in exposures {
        let at = list.partition_point(|e| (e.started, e.id) <= (exposure.started, exposure.id));
        list.insert(at, exposure);
    }
}

/// Whole days left before a deleted item is purged, at `now` (0 within its last day).
#[must_use]
pub fn days_left(deleted: &Deleted, now: Timestamp) -> i64 {
    let secs = deleted.purge_at().unix_secs() - now.unix_secs();
    (secs.max(0) / (24 * 3600)).min(RESTORE_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::{LadderEdit, apply};
    use crate::model::{EntryId, ExposureBuilder, JournalEntry, Ladder, Rating};

    const NOW: Timestamp = Timestamp::EPOCH;

    fn t(days: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_795_000_000 + days * 24 * 3600)
    }

    fn library() -> (Library, LadderId, Vec<StepId>) {
        let r = Rating::saturating;
        let ladder = Ladder::new("Calls", "f", &[("a", r(2)), ("b", r(4)), ("c", r(6))], t(0));
        let (id, steps) = (ladder.id, ladder.steps.iter().map(|s| s.id).collect::<Vec<_>>());
        let mut lib = Library { ladders: vec![ladder], ..Library::default() };
        for (minute, step) in (0_i64..).zip(&steps) {
            let exposure =
                ExposureBuilder::new(id, *step).at(Timestamp::from_unix_secs(t(1).unix_secs() + minute * 60)).build();
            lib.exposures_mut().push(exposure);
        }
        (lib, id, steps)
    }

    #[test]
    fn a_deleted_step_comes_back_where_it_stood_with_its_exposures() {
        let (mut lib, ladder, steps) = library();
        let before = lib.clone();
        apply(&mut lib, &LadderEdit::DeleteStep { ladder, step: steps[1] }, t(2)).unwrap();
        assert_eq!(lib.ladders[0].steps.len(), 2);
        assert_eq!(lib.exposures.len(), 2);
        assert_eq!(lib.deleted.len(), 1);
        assert_eq!(lib.deleted[0].exposures.len(), 1);
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
        assert_eq!(apply(&mut lib, &LadderEdit::RestoreStep { step: steps[1] }, t(3)), Ok(Some(ladder)));
        assert!(lib.deleted.is_empty());
        assert_eq!(lib.ladders[0].steps.iter().map(|s| s.id).collect::<Vec<_>>(), steps);
        assert_eq!(lib.exposures, before.exposures);
        assert_eq!(lib.ladders[0].steps[1].changed.restored, t(3));
    }

    #[test]
    fn a_deleted_ladder_comes_back_with_its_exposures_and_journal_links() {
        let (mut lib, ladder, _) = library();
        let entry = JournalEntry { id: EntryId(7), written: t(1), text: "x".into(), ladder: Some(ladder) };
        lib.journal_mut().push(entry);
        apply(&mut lib, &LadderEdit::Delete { ladder }, t(2)).unwrap();
        assert!(lib.ladders.is_empty() && lib.exposures.is_empty());
        assert_eq!(lib.journal[0].ladder, Some(ladder), "the link waits for a restore");
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
        apply(&mut lib, &LadderEdit::RestoreLadder { ladder }, t(3)).unwrap();
        assert_eq!(lib.ladders.len(), 1);
        assert_eq!(lib.exposures.len(), 3);
        assert_eq!(lib.ladders[0].changed.restored, t(3));
    }

    #[test]
    fn a_step_of_a_deleted_ladder_waits_for_its_ladder() {
        let (mut lib, ladder, steps) = library();
        apply(&mut lib, &LadderEdit::DeleteStep { ladder, step: steps[0] }, t(1)).unwrap();
        apply(&mut lib, &LadderEdit::Delete { ladder }, t(2)).unwrap();
        let err = apply(&mut lib, &LadderEdit::RestoreStep { step: steps[0] }, t(3)).unwrap_err();
        assert_eq!(err, EditError::LadderDeleted);
        apply(&mut lib, &LadderEdit::RestoreLadder { ladder }, t(3)).unwrap();
        apply(&mut lib, &LadderEdit::RestoreStep { step: steps[0] }, t(3)).unwrap();
        assert_eq!(lib.ladders[0].steps.iter().map(|s| s.id).collect::<Vec<_>>(), steps);
        assert_eq!(lib.exposures.len(), 3);
    }

    #[test]
    fn purging_after_thirty_days_leaves_tombstones_only() {
        let (mut lib, ladder, steps) = library();
        let entry = JournalEntry { id: EntryId(7), written: t(1), text: "x".into(), ladder: Some(ladder) };
        lib.journal_mut().push(entry);
        apply(&mut lib, &LadderEdit::DeleteStep { ladder, step: steps[0] }, t(1)).unwrap();
        apply(&mut lib, &LadderEdit::Delete { ladder }, t(10)).unwrap();
        assert_eq!(days_left(&lib.deleted[1], t(10)), RESTORE_DAYS);
        assert_eq!(days_left(&lib.deleted[1], t(39)), 1);
        assert_eq!(days_left(&lib.deleted[1], Timestamp::from_unix_secs(t(39).unix_secs() + 3600)), 0);
        // Day 31: the step deleted on day 1 is due, the ladder (day 10) is not.
        assert_eq!(purge_expired(&mut lib, t(31)), 1);
        assert_eq!(lib.deleted.len(), 1);
        assert_eq!(lib.tombstones.len(), 2, "the step and its exposure: {:?}", lib.tombstones);
        assert_eq!(purge_expired(&mut lib, t(39)), 0);
        assert_eq!(purge_expired(&mut lib, t(40)), 1);
        assert!(lib.deleted.is_empty());
        let gone: BTreeSet<Gone> = lib.tombstones.iter().map(|t| t.gone).collect();
        assert!(gone.contains(&Gone::Ladder(ladder)));
        assert!(steps.iter().all(|s| gone.contains(&Gone::Step(*s))));
        assert_eq!(gone.iter().filter(|g| matches!(g, Gone::Exposure(_))).count(), 3);
        assert_eq!(lib.journal[0].ladder, None, "unlinked from the purged ladder");
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
    }

    #[test]
    fn restoring_what_is_not_there_changes_nothing() {
        let (mut lib, ladder, _) = library();
        let before = lib.clone();
        assert_eq!(apply(&mut lib, &LadderEdit::RestoreLadder { ladder }, NOW), Err(EditError::NotDeleted));
        assert_eq!(apply(&mut lib, &LadderEdit::RestoreStep { step: StepId(1) }, NOW), Err(EditError::NotDeleted));
        assert_eq!(lib, before);
    }
}
