//! The progress-file export: the library cut down to the chosen ladders, written by the store's
//! own encoder (`crate::store::format`) so it opens in Stepwise like any progress file. The
//! report ([`super::report`]) starts from the same subset.

use std::collections::HashSet;
use std::sync::Arc;

use crate::model::{Ladder, LadderId, Library, StepId};

/// The chosen ladders (in library order) with only their exposures, the journal entries tied
/// to them and their steps in Recently deleted; settings and what was deleted for good kept; pacer sessions and the exposure in progress dropped. Unknown ids are
/// ignored. `ladders` empty = the whole library, returned unchanged except `in_progress = None`.
#[must_use]
pub fn subset(library: &Library, ladders: &[LadderId]) -> Library {
    if ladders.is_empty() {
        return Library { in_progress: None, ..library.clone() };
    }
    let chosen: HashSet<LadderId> = ladders.iter().copied().collect();
    let kept: Vec<Ladder> = library.ladders.iter().filter(|l| chosen.contains(&l.id)).cloned().collect();
    let steps: HashSet<StepId> = kept.iter().flat_map(|l| l.steps.iter().map(|s| s.id)).collect();
    let exposures =
        library.exposures.iter().filter(|e| chosen.contains(&e.ladder) && steps.contains(&e.step)).cloned().collect();
    let journal = library.journal.iter().filter(|j| j.ladder.is_some_and(|id| chosen.contains(&id))).cloned().collect();
    let deleted = library.deleted.iter().filter(|d| chosen.contains(&d.ladder_id())).cloned().collect();
    let clashes = library.clashes.iter().filter(|e| chosen.contains(&e.ladder)).cloned().collect();
    Library {
        ladders: kept,
        exposures: Arc::new(exposures),
        journal: Arc::new(journal),
        pacer_sessions: Arc::default(),
        settings: library.settings.clone(),
        in_progress: None,
        ladder_order: library.ladder_order,
        deleted,
        // Ids only: what was deleted for good stays deleted wherever this file is imported.
        tombstones: library.tombstones.clone(),
        clashes: Arc::new(clashes),
        // Like breathing sessions, the gate's ratings belong to no ladder.
        gate_blocks: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{heavy, small};
    use crate::store::validate::validate;

    #[test]
    fn subset_keeps_exactly_the_chosen_ladders_and_validates() {
        let mut lib = heavy();
        lib.in_progress = None;
        let chosen = [lib.ladders[4].id, lib.ladders[1].id, LadderId(12_345)];
        let part = subset(&lib, &chosen);
        assert_eq!(part.ladders.iter().map(|l| l.id).collect::<Vec<_>>(), [lib.ladders[1].id, lib.ladders[4].id]);
        assert_eq!(part.ladders[0], lib.ladders[1]);
        let expected: Vec<_> =
            lib.exposures.iter().filter(|e| e.ladder == chosen[0] || e.ladder == chosen[1]).cloned().collect();
        assert!(!expected.is_empty());
        assert_eq!(*part.exposures, expected, "all of theirs, in recorded order, and nothing else");
        let journal: Vec<_> = lib.journal.iter().filter(|j| j.ladder.is_some_and(|l| chosen.contains(&l))).collect();
        assert_eq!(part.journal.iter().collect::<Vec<_>>(), journal);
        assert!(part.pacer_sessions.is_empty());
        assert_eq!(part.settings, lib.settings);
        assert_eq!(validate(&part), Ok(()));
        assert!(subset(&lib, &[LadderId(9)]).ladders.is_empty());
    }

    #[test]
    fn subset_of_all_is_the_library_without_the_exposure_in_progress() {
        let mut lib = small();
        assert_eq!(subset(&lib, &[]), lib);
        let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
        lib.in_progress = Some(crate::model::ExposureDraft::new(ladder, step, 180, None, false));
        let all = subset(&lib, &[]);
        assert_eq!(all.in_progress, None);
        assert_eq!(Library { in_progress: lib.in_progress.clone(), ..all }, lib);
        let every: Vec<_> = lib.ladders.iter().map(|l| l.id).collect();
        let listed = subset(&lib, &every);
        assert_eq!(listed.exposures, lib.exposures);
        assert_eq!(listed.journal.len(), 1, "the entry tied to no ladder is left out");
    }
}
