//! Ladders, merged by id before the records that point into them. A ladder that differs from
//! the local one of the same id, or whose step ids belong to another ladder here, is added as a
//! renamed copy with derived ids; [`Placed`] remembers where each imported ladder ended up, so
//! its exposures and journal entries can follow it.

use std::collections::{HashMap, HashSet};

use super::ids::{MAX_SALT, Spot, Tag, derive, hash_ladder, place};
use super::report::{ladder_conflict, suffixed};
use super::{ConflictKind, LADDER_COPY_SUFFIX, MergeReport, NoFreeId};
use crate::model::{Ladder, LadderId, Library, Step, StepId};

/// Where an imported ladder ended up.
pub(super) struct Placed {
    pub(super) id: LadderId,
    /// Imported step id -> the copy's step id, when the ladder was placed as a copy.
    copy_steps: Option<HashMap<StepId, StepId>>,
}

impl Placed {
    /// Where an imported exposure on `step` of this ladder should point when the local library
    /// has no such step in that ladder: the copy, if the ladder was copied.
    pub(super) fn step(&self, step: StepId) -> Option<(LadderId, StepId)> {
        self.copy_steps.as_ref()?.get(&step).map(|copy| (self.id, *copy))
    }
}

/// The merged ladders: the local ones first, then the imported ones not here yet.
pub(super) struct MergedLadders<'a> {
    pub(super) list: Vec<Ladder>,
    /// The local ladders by id.
    pub(super) local: HashMap<LadderId, &'a Ladder>,
    /// Imported ladder id -> where it is in the merged list.
    pub(super) placed: HashMap<LadderId, Placed>,
}

/// Merges the ladders: the local ones first, unchanged, then the imported ones not here yet, in
/// their order. A ladder whose copy finds no free id stops the merge; it is never left out.
pub(super) fn merge_ladders<'a>(
    local: &'a Library,
    imported: &Library,
    report: &mut MergeReport,
) -> Result<MergedLadders<'a>, NoFreeId> {
    let by_id: HashMap<LadderId, &Ladder> = local.ladders.iter().map(|l| (l.id, l)).collect();
    let mut ladder_taken: HashSet<LadderId> = by_id.keys().copied().collect();
    let mut step_taken: HashSet<StepId> = local.ladders.iter().flat_map(|l| &l.steps).map(|s| s.id).collect();
    // Every id of `candidate` is free, and its steps are distinct.
    let free = |candidate: &Ladder, ladder_taken: &HashSet<LadderId>, step_taken: &HashSet<StepId>| {
        let mut own = HashSet::new();
        !ladder_taken.contains(&candidate.id)
            && candidate.steps.iter().all(|s| !step_taken.contains(&s.id) && own.insert(s.id))
    };
    let mut list = local.ladders.clone();
    let mut placed = HashMap::new();
    for ladder in &imported.ladders {
        let local_version = by_id.get(&ladder.id).copied();
        if local_version == Some(ladder) {
            report.ladders.present += 1;
            placed.insert(ladder.id, Placed { id: ladder.id, copy_steps: None });
            continue;
        }
        if local_version.is_none() && free(ladder, &ladder_taken, &step_taken) {
            report.ladders.new += 1;
            ladder_taken.insert(ladder.id);
            step_taken.extend(ladder.steps.iter().map(|s| s.id));
            placed.insert(ladder.id, Placed { id: ladder.id, copy_steps: None });
            list.push(ladder.clone());
            continue;
        }
        let hash = hash_ladder(ladder);
        let spot = |copy: &Ladder| match by_id.get(&copy.id) {
            Some(here) if *here == copy => Some(Spot::AlreadyHere),
            None if free(copy, &ladder_taken, &step_taken) => Some(Spot::Free),
            // Its id or one of its step ids is taken by something else: try the next salt.
            _ => None,
        };
        let candidate = |salt| ladder_copy(ladder, hash, salt);
        let (copy, spot) = place(ConflictKind::Ladder, ladder.id.0, MAX_SALT, candidate, spot)?;
        let copy_steps = ladder.steps.iter().zip(&copy.steps).map(|(s, c)| (s.id, c.id)).collect();
        placed.insert(ladder.id, Placed { id: copy.id, copy_steps: Some(copy_steps) });
        match spot {
            Spot::AlreadyHere => report.ladders.present += 1,
            Spot::Free => {
                report.ladders.conflicting += 1;
                report.conflicts.push(ladder_conflict(local_version, ladder, &copy));
                ladder_taken.insert(copy.id);
                step_taken.extend(copy.steps.iter().map(|s| s.id));
                list.push(copy);
            }
        }
    }
    Ok(MergedLadders { list, local: by_id, placed })
}

/// The imported ladder as a visible copy: renamed, with every id derived from the original id,
/// the ladder's content hash and `salt`.
fn ladder_copy(ladder: &Ladder, hash: u64, salt: u64) -> Ladder {
    Ladder {
        id: LadderId(derive(Tag::Ladder, ladder.id.0, hash, salt)),
        title: suffixed(&ladder.title, LADDER_COPY_SUFFIX),
        steps: ladder
            .steps
            .iter()
            .map(|s| Step { id: StepId(derive(Tag::Step, s.id.0, hash, salt)), ..s.clone() })
            .collect(),
        ..ladder.clone()
    }
}

#[cfg(test)]
mod tests {
    use crate::merge::fixtures::{base, entry, exposure, ladder, merge_checked};
    use crate::merge::ids::MAX_SALT;
    use crate::merge::{ConflictKind, Counts, NoFreeId, merge, try_merge};
    use crate::model::{ExposureId, LadderId, Library, StepId};
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::sync::Arc;

    #[test]
    fn exposures_on_a_step_added_elsewhere_follow_the_ladder_copy() {
        let local = base();
        let mut imported = base();
        imported.ladders[0].steps.push(ladder(0, "", &[(104, "Tell a short story")]).steps[0].clone());
        imported.exposures_mut().extend([exposure(1004, 100, 104, 5, 2), exposure(1005, 100, 101, 6, 1)]);
        imported.journal_mut().push(entry(2003, 6, "Told the story.", Some(100)));

        let m = merge_checked(&local, &imported);
        let lib = &m.library;
        assert_eq!(m.report.ladders, Counts { new: 0, present: 1, conflicting: 1 });
        assert_eq!(m.report.exposures, Counts { new: 2, present: 3, conflicting: 0 });
        let copy = &lib.ladders[2];
        assert_eq!(copy.title, "Speaking up (imported copy)");
        assert_eq!(copy.steps[3].situation, "Tell a short story");
        let on_new_step = lib.exposures.iter().find(|e| e.id == ExposureId(1004)).unwrap();
        assert_eq!((on_new_step.ladder, on_new_step.step), (copy.id, copy.steps[3].id));
        // A step both versions have keeps its exposures on the local ladder, and so does the journal.
        let on_old_step = lib.exposures.iter().find(|e| e.id == ExposureId(1005)).unwrap();
        assert_eq!((on_old_step.ladder, on_old_step.step), (LadderId(100), StepId(101)));
        assert_eq!(lib.journal[2].ladder, Some(LadderId(100)));
    }

    #[test]
    fn a_ladder_reusing_local_step_ids_is_added_with_new_ids() {
        let local = base();
        let imported = Library {
            ladders: vec![ladder(300, "Shops", &[(101, "Pay by card"), (301, "Ask for help")])],
            exposures: Arc::new(vec![exposure(1101, 300, 101, 1, 2), exposure(1102, 300, 301, 2, 2)]),
            journal: Arc::new(vec![entry(2101, 2, "Shops are fine.", Some(300))]),
            ..Library::default()
        };

        let m = merge_checked(&local, &imported);
        let lib = &m.library;
        let copy = &lib.ladders[2];
        assert_eq!(copy.title, "Shops (imported copy)");
        assert!(copy.id != LadderId(300) && copy.steps[0].id != StepId(101));
        assert!(lib.exposures[3..].iter().all(|e| e.ladder == copy.id));
        assert_eq!(lib.exposures[3].step, copy.steps[0].id);
        assert_eq!(lib.journal[2].ladder, Some(copy.id));
        assert!(m.report.conflicts[0].description.contains("uses step ids that belong to another ladder here"));
    }

    #[test]
    fn a_ladder_whose_copy_finds_no_free_id_stops_the_merge() {
        // Invalid (validation refuses it): a step id listed twice, so every copy lists its
        // derived step id twice too. Such a ladder used to be left out without a word.
        let mut imported = base();
        imported.ladders[0].steps[1].id = StepId(101);
        let no_free_id = NoFreeId { kind: ConflictKind::Ladder, id: 100, tries: MAX_SALT };
        assert_eq!(try_merge(&base(), &imported), Err(no_free_id));

        let stopped = catch_unwind(AssertUnwindSafe(|| merge(&base(), &imported))).unwrap_err();
        let message = stopped.downcast_ref::<String>().unwrap();
        assert!(
            message.starts_with("the merge stopped: no free id was left for a copy of the file's ladder ladder-64 ")
        );
    }
}
