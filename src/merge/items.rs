//! The records merged by id, one list at a time: exposures, journal entries, breathing
//! sessions and breathing patterns. Each is an [`Item`]: an id, a copy of itself under another
//! id, and a content hash for deriving that id. Local items stay first and unchanged; the
//! imported ones follow in their order, each either new, already here, or a copy beside a
//! different local item.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::ids::{Fnv, MAX_SALT, Spot, Tag, derive, place};
use super::report::suffixed;
use super::{Conflict, ConflictKind, Counts, NoFreeId, PATTERN_COPY_SUFFIX};
use crate::model::{
    BreathPattern, EntryId, Exposure, ExposureId, JournalEntry, Outcome, PacerContext, PacerId, PacerSession,
    PatternId, Shared,
};

/// A record merged by id (exposure, journal entry, pacer session, breathing pattern).
pub(super) trait Item: Clone + PartialEq {
    /// Named in the error when a copy finds no free id.
    const KIND: ConflictKind;
    const TAG: Tag;
    fn key(&self) -> u64;
    /// The visible copy kept beside a different local version.
    fn copy_with_key(&self, key: u64) -> Self;
    /// A hash of the whole content, stable across runs, platforms and Rust versions.
    fn content_hash(&self) -> u64;
}

/// Merges one list: local items first, unchanged, then the imported ones that are not here
/// yet, in their order. `adapt` points an imported item at where its references ended up; it
/// runs before comparing, so an item adapted the same way on the next import is found equal.
/// An item whose copy finds no free id stops the merge; it is never left out.
pub(super) fn merge_items<T: Item>(
    local: &[T],
    imported: &[T],
    adapt: impl Fn(T) -> T,
    counts: &mut Counts,
    describe: impl Fn(Option<&T>, &T) -> Conflict,
) -> Result<(Vec<T>, Vec<Conflict>), NoFreeId> {
    let by_key: HashMap<u64, &T> = local.iter().map(|item| (item.key(), item)).collect();
    let mut added_keys = HashSet::new();
    let mut added = Vec::new();
    let mut conflicts = Vec::new();
    for original in imported {
        let item = adapt(original.clone());
        let key = item.key();
        match by_key.get(&key) {
            Some(here) if **here == item => {
                counts.present += 1;
                continue;
            }
            None if added_keys.insert(key) => {
                counts.new += 1;
                added.push(item);
                continue;
            }
            _ => {}
        }
        let hash = original.content_hash();
        let spot = |copy: &T| match by_key.get(&copy.key()) {
            Some(here) if *here == copy => Some(Spot::AlreadyHere),
            None if !added_keys.contains(&copy.key()) => Some(Spot::Free),
            // Taken by a different item: try the next salt.
            _ => None,
        };
        let candidate = |salt| item.copy_with_key(derive(T::TAG, key, hash, salt));
        let (copy, spot) = place(T::KIND, key, MAX_SALT, candidate, spot)?;
        match spot {
            Spot::AlreadyHere => counts.present += 1,
            Spot::Free => {
                counts.conflicting += 1;
                added_keys.insert(copy.key());
                conflicts.push(describe(by_key.get(&key).copied(), original));
                added.push(copy);
            }
        }
    }
    Ok((added, conflicts))
}

/// `local` followed by `added`; shares `local` when nothing was added.
pub(super) fn appended<T: Clone>(local: &Shared<T>, mut added: Vec<T>) -> Shared<T> {
    if added.is_empty() {
        return Arc::clone(local);
    }
    let mut list = Vec::with_capacity(local.len() + added.len());
    list.extend_from_slice(local);
    list.append(&mut added);
    Arc::new(list)
}

impl Item for Exposure {
    const KIND: ConflictKind = ConflictKind::Exposure;
    const TAG: Tag = Tag::Exposure;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn copy_with_key(&self, key: u64) -> Self {
        Self { id: ExposureId(key), ..self.clone() }
    }
    fn content_hash(&self) -> u64 {
        let Self {
            id,
            ladder,
            step,
            started,
            ended,
            before,
            peak,
            after,
            expectancy,
            reflection,
            difficult,
            away_from_screen,
            override_note,
        } = self;
        let mut h = Fnv::new();
        h.u64(id.0).u64(ladder.0).u64(step.0).time(*started).time(*ended);
        h.byte(before.get()).byte(peak.get()).byte(after.get());
        h.text(&expectancy.feared_outcome).byte(expectancy.likelihood.get());
        h.byte(match reflection.outcome {
            Outcome::Happened => 0,
            Outcome::Partly => 1,
            Outcome::DidNotHappen => 2,
        });
        h.text(&reflection.learned).count(reflection.safety_behaviours.len());
        for behaviour in &reflection.safety_behaviours {
            h.text(behaviour);
        }
        h.flag(*difficult).flag(*away_from_screen).optional_text(override_note.as_deref());
        h.finish()
    }
}

impl Item for JournalEntry {
    const KIND: ConflictKind = ConflictKind::JournalEntry;
    const TAG: Tag = Tag::Entry;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn copy_with_key(&self, key: u64) -> Self {
        Self { id: EntryId(key), ..self.clone() }
    }
    fn content_hash(&self) -> u64 {
        let Self { id, written, text, ladder } = self;
        let mut h = Fnv::new();
        h.u64(id.0).time(*written).text(text);
        match ladder {
            Some(ladder) => h.byte(1).u64(ladder.0),
            None => h.byte(0),
        };
        h.finish()
    }
}

impl Item for PacerSession {
    const KIND: ConflictKind = ConflictKind::PacerSession;
    const TAG: Tag = Tag::Pacer;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn copy_with_key(&self, key: u64) -> Self {
        Self { id: PacerId(key), ..self.clone() }
    }
    fn content_hash(&self) -> u64 {
        let Self { id, started, duration_secs, pattern_name, context } = self;
        let mut h = Fnv::new();
        h.u64(id.0).time(*started).u64(u64::from(*duration_secs)).text(pattern_name);
        h.byte(match context {
            PacerContext::OnItsOwn => 0,
            PacerContext::BeforeExposure => 1,
            PacerContext::SafetyGate => 2,
        });
        h.finish()
    }
}

impl Item for BreathPattern {
    const KIND: ConflictKind = ConflictKind::Pattern;
    const TAG: Tag = Tag::Pattern;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn copy_with_key(&self, key: u64) -> Self {
        Self { id: PatternId(key), name: suffixed(&self.name, PATTERN_COPY_SUFFIX), ..self.clone() }
    }
    fn content_hash(&self) -> u64 {
        let Self { id, name, inhale_secs, hold_in_secs, exhale_secs, hold_out_secs } = self;
        let mut h = Fnv::new();
        h.u64(id.0).text(name).byte(*inhale_secs).byte(*hold_in_secs).byte(*exhale_secs).byte(*hold_out_secs);
        h.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::fixtures::{base, draft, exposure, heavy, merge_checked};
    use crate::model::Library;

    #[test]
    fn merging_a_library_with_itself_changes_nothing() {
        let mut with_draft = base();
        with_draft.in_progress = Some(draft(200, 201));
        for lib in [base(), with_draft, heavy(4, 5, 300)] {
            let m = merge_checked(&lib, &lib);
            assert_eq!(m.library, lib);
            assert!(!m.report.changes_anything());
            assert_eq!(m.report.exposures, Counts { new: 0, present: lib.exposures.len(), conflicting: 0 });
            assert_eq!(m.report.ladders.present, lib.ladders.len());
            // Nothing added: the lists are shared, not copied.
            assert!(Arc::ptr_eq(&m.library.exposures, &lib.exposures));
            assert!(Arc::ptr_eq(&m.library.journal, &lib.journal));
        }
    }

    #[test]
    fn new_items_are_added_after_the_local_ones_in_the_imported_order() {
        let mut local = base();
        local.ladders.truncate(1);
        local.exposures = Arc::new(local.exposures[..2].to_vec());
        local.journal = Arc::new(local.journal[..1].to_vec());
        local.pacer_sessions = Arc::new(local.pacer_sessions[..1].to_vec());
        let mut imported = base();
        let e = &imported.exposures;
        imported.exposures = Arc::new(vec![e[2].clone(), e[0].clone(), exposure(1004, 200, 202, 4, 0), e[1].clone()]);

        let m = merge_checked(&local, &imported);
        let ids = |lib: &Library| lib.exposures.iter().map(|e| e.id.0).collect::<Vec<_>>();
        assert_eq!(ids(&m.library), [1001, 1002, 1003, 1004]);
        assert_eq!(m.library.ladders.iter().map(|l| l.id.0).collect::<Vec<_>>(), [100, 200]);
        let r = &m.report;
        assert_eq!(r.ladders, Counts { new: 1, present: 1, conflicting: 0 });
        assert_eq!(r.exposures, Counts { new: 2, present: 2, conflicting: 0 });
        assert_eq!(r.journal, Counts { new: 1, present: 1, conflicting: 0 });
        assert_eq!(r.pacer_sessions, Counts { new: 1, present: 1, conflicting: 0 });
        assert_eq!(r.patterns, Counts { new: 0, present: 4, conflicting: 0 });
        assert!(!r.settings_taken);
        assert!(r.changes_anything());
        assert_eq!(
            r.summary(),
            "1 ladder, 2 exposures, 1 journal entry, 1 breathing session new; \
             1 ladder, 2 exposures, 1 journal entry, 1 breathing session already here."
        );
    }
}
