//! Ids for the copies a merge keeps beside a different local item. A copy's id is derived, never
//! random: a function of the original id, a content hash of the imported item and a salt (1,
//! then 2, ... while the id is taken). Importing the same file again derives the same ids and
//! finds the copies already there, which keeps merging idempotent.
//!
//! The hashes ([`Fnv`]) are fed field by field and pinned by a test: hashing anything
//! differently would change the ids of copies, and a file imported before would add its copies
//! a second time.

use super::{ConflictKind, NoFreeId};
use crate::model::{EstimateRecord, Ladder, Step, Timestamp};

/// Ids stay within 2^53, like [`crate::model::fresh_id`].
pub(super) const ID_MASK: u64 = (1 << 53) - 1;
/// Derived ids tried per copy before the merge stops with [`NoFreeId`]. Each try is a fresh
/// 53-bit id, so only an invalid file (a ladder listing one step id twice) or one made for it
/// (items holding every id a copy could get) runs out.
pub(super) const MAX_SALT: u64 = 64;

/// What a derived id holds when a copy is placed under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Spot {
    /// This very copy, added by an earlier import of the same file: nothing to add.
    AlreadyHere,
    /// Nothing: the copy is added under it.
    Free,
}

/// Places the copy of an imported item (a `kind` with this `id` in the file) under a derived
/// id, for ladders and records alike: builds `candidate(salt)` for salts 1, 2, ... up to `tries`
/// and returns the first one `spot` finds a place for. `spot` answers `None` when the
/// candidate's id (or one of its step ids) is taken by something else; the next salt is tried
/// then. When every try was taken the item cannot be kept, and the merge must stop: the error
/// says which item it was.
pub(super) fn place<T>(
    kind: ConflictKind,
    id: u64,
    tries: u64,
    candidate: impl Fn(u64) -> T,
    spot: impl Fn(&T) -> Option<Spot>,
) -> Result<(T, Spot), NoFreeId> {
    (1..=tries)
        .find_map(|salt| {
            let copy = candidate(salt);
            spot(&copy).map(|spot| (copy, spot))
        })
        .ok_or(NoFreeId { kind, id, tries })
}

/// A hash of the whole ladder (steps and their estimate history included), stable across runs,
/// platforms and Rust versions.
pub(super) fn hash_ladder(ladder: &Ladder) -> u64 {
    let Ladder { id, title, fear, steps, archived, created } = ladder;
    let mut h = Fnv::new();
    h.u64(id.0).text(title).text(fear).count(steps.len());
    for Step { id, situation, estimate, estimate_history } in steps {
        h.u64(id.0).text(situation).byte(estimate.get()).count(estimate_history.len());
        for EstimateRecord { estimate, replaced } in estimate_history {
            h.byte(estimate.get()).time(*replaced);
        }
    }
    h.flag(*archived).time(*created);
    h.finish()
}

/// Kinds of derived id, so a ladder and a step with the same number derive different ids.
#[derive(Clone, Copy)]
pub(super) enum Tag {
    Ladder = 1,
    Step = 2,
    Exposure = 3,
    Entry = 4,
    Pacer = 5,
    Pattern = 6,
}

/// The id of a copy: a function of the original id, the imported item's content hash and a
/// salt (1, then 2, ... while the id is taken), within 53 bits and never 0.
pub(super) fn derive(tag: Tag, original: u64, content: u64, salt: u64) -> u64 {
    let mut h = Fnv::new();
    h.byte(tag as u8).u64(original).u64(content).u64(salt);
    // FNV spreads late bytes poorly into the high bits; finish with a full avalanche (fmix64).
    let mut x = h.finish();
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    (x & ID_MASK).max(1)
}

/// FNV-1a, 64 bit, fed field by field with fixed-width little-endian numbers and
/// length-prefixed texts, so the hash does not depend on the platform or on `Debug` output.
pub(super) struct Fnv(u64);

impl Fnv {
    pub(super) fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }

    pub(super) fn byte(&mut self, value: u8) -> &mut Self {
        self.bytes(&[value])
    }

    pub(super) fn u64(&mut self, value: u64) -> &mut Self {
        self.bytes(&value.to_le_bytes())
    }

    pub(super) fn count(&mut self, len: usize) -> &mut Self {
        self.u64(len as u64)
    }

    pub(super) fn flag(&mut self, value: bool) -> &mut Self {
        self.byte(u8::from(value))
    }

    pub(super) fn time(&mut self, at: Timestamp) -> &mut Self {
        self.bytes(&at.unix_secs().to_le_bytes())
    }

    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.count(text.len()).bytes(text.as_bytes())
    }

    pub(super) fn optional_text(&mut self, text: Option<&str>) -> &mut Self {
        match text {
            Some(text) => self.byte(1).text(text),
            None => self.byte(0),
        }
    }

    pub(super) fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::fixtures::{conflicting_pair, exposure, ladder, merge_checked};
    use crate::merge::items::Item;
    use crate::model::{ExposureId, LadderId, StepId};
    use std::cell::RefCell;

    #[test]
    fn a_derived_id_already_taken_moves_on_to_the_next_salt() {
        let (local, imported) = conflicting_pair();
        let imported_ladder = &imported.ladders[0];
        let hash = hash_ladder(imported_ladder);
        let mut local = local;
        // Another local ladder happens to own the step id the copy would get first.
        local.ladders.push(ladder(400, "Queues", &[(derive(Tag::Step, 102, hash, 1), "Stand in a queue")]));
        // And another local exposure has the id the exposure copy would get first.
        let taken = derive(Tag::Exposure, 1002, imported.exposures[1].content_hash(), 1);
        local.exposures_mut().push(exposure(taken, 200, 202, 9, 0));

        let m = merge_checked(&local, &imported);
        let copy = m.library.ladders.iter().find(|l| l.title == "Speaking up (imported copy)").unwrap();
        assert_eq!(copy.id, LadderId(derive(Tag::Ladder, 100, hash, 2)));
        assert_eq!(copy.steps[1].id, StepId(derive(Tag::Step, 102, hash, 2)));
        let exposure_copy = m.library.exposures.last().unwrap();
        assert_eq!(exposure_copy.id, ExposureId(derive(Tag::Exposure, 1002, imported.exposures[1].content_hash(), 2)));
    }

    #[test]
    fn copy_ids_are_pinned_numbers() {
        // Same input, same ids, on every run and platform: the hash is fed field by field.
        let ladder = ladder(100, "Speaking up", &[(101, "Say good morning")]);
        assert_eq!(hash_ladder(&ladder), PINNED_LADDER_HASH);
        assert_eq!(exposure(1, 100, 101, 0, 2).content_hash(), PINNED_EXPOSURE_HASH);
        assert_eq!(derive(Tag::Ladder, 100, 12_345, 1), PINNED_DERIVED);
        for salt in 0..1_000 {
            let id = derive(Tag::Step, salt, salt * 7, salt);
            assert!(id > 0 && id <= ID_MASK);
        }
        assert_ne!(derive(Tag::Ladder, 100, 1, 1), derive(Tag::Step, 100, 1, 1));
    }

    const PINNED_LADDER_HASH: u64 = 15_614_438_765_853_114_025;
    const PINNED_EXPOSURE_HASH: u64 = 14_140_988_513_550_094_218;
    const PINNED_DERIVED: u64 = 7_243_041_562_249_119;

    #[test]
    fn place_takes_the_first_salt_not_taken_and_fails_after_the_last_try() {
        let tried = RefCell::new(Vec::new());
        let candidate = |salt: u64| {
            tried.borrow_mut().push(salt);
            salt * 10
        };
        let spot = |copy: &u64| match copy {
            30 => Some(Spot::AlreadyHere),
            50 => Some(Spot::Free),
            _ => None,
        };
        let kind = ConflictKind::Exposure;
        assert_eq!(place(kind, 7, MAX_SALT, candidate, spot), Ok((30, Spot::AlreadyHere)));
        assert_eq!(*tried.borrow(), [1, 2, 3]);
        tried.borrow_mut().clear();
        let only_50 = |copy: &u64| (*copy == 50).then_some(Spot::Free);
        assert_eq!(place(kind, 7, MAX_SALT, candidate, only_50), Ok((50, Spot::Free)));
        assert_eq!(*tried.borrow(), [1, 2, 3, 4, 5]);
        tried.borrow_mut().clear();
        // Salt 3 would find a place, but only two tries are allowed: an error, never a silent drop.
        assert_eq!(place(kind, 7, 2, candidate, spot), Err(NoFreeId { kind, id: 7, tries: 2 }));
        assert_eq!(*tried.borrow(), [1, 2]);
    }
}
