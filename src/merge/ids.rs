//! Ids for the copies a merge keeps beside a different local item. A copy's id is derived, never
//! random: a function of the original id, a content hash of the imported item and a salt (1,
//! then 2, ... while the id is taken). Importing the same file again derives the same ids and
//! finds the copies already there, which keeps merging idempotent.
//!
//! The hashes ([`Fnv`]) are fed field by field and pinned by a test: hashing anything
//! differently would change the ids of copies, and a file imported before would add its copies
//! a second time.

use super::{ConflictKind, NoFreeId};

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

/// Kinds of derived id, so a ladder and a step with the same number derive different ids.
#[derive(Clone, Copy)]
pub(super) enum Tag {
    // 1-3 and 6 named ladders, steps, exposures and patterns in format version 1's merge.
    Entry = 4,
    Pacer = 5,
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

    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.count(text.len()).bytes(text.as_bytes())
    }

    pub(super) fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[test]
    fn derived_ids_are_pinned_numbers() {
        // Same input, same ids, on every run and platform: the hash is fed field by field.
        assert_eq!(derive(Tag::Entry, 100, 12_345, 1), PINNED_DERIVED);
        for salt in 0..1_000 {
            let id = derive(Tag::Pacer, salt, salt * 7, salt);
            assert!(id > 0 && id <= ID_MASK);
        }
        assert_ne!(derive(Tag::Entry, 100, 1, 1), derive(Tag::Pacer, 100, 1, 1));
        let mut h = Fnv::new();
        h.text("Say good morning").u64(7);
        assert_eq!(h.finish(), PINNED_TEXT_HASH);
    }

    const PINNED_DERIVED: u64 = 4_623_916_212_186_144;
    const PINNED_TEXT_HASH: u64 = 9_629_516_404_969_752_494;

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
