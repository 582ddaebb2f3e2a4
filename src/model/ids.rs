//! Stable ids. Random 64-bit numbers, so ids made on two computers do not collide when their
//! libraries are merged; never derived from a position in a list.

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

/// A fresh random id. Uses the standard library's per-process random hash keys, mixed with a
/// counter so two calls never return the same value within a process.
#[must_use]
pub fn fresh_id() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    // Keep ids within 2^53 so they survive a round-trip through spreadsheets and JSON tools.
    hasher.finish() & ((1 << 53) - 1)
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $prefix:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl $name {
            #[must_use]
            pub fn fresh() -> Self {
                Self(fresh_id())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "-{:x}"), self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a ladder.
    LadderId,
    "ladder"
);
id_type!(
    /// Identifies a step, unique across all ladders.
    StepId,
    "step"
);
id_type!(
    /// Identifies a recorded exposure.
    ExposureId,
    "exposure"
);
id_type!(
    /// Identifies a journal entry.
    EntryId,
    "entry"
);
id_type!(
    /// Identifies a pacer session.
    PacerId,
    "pacer"
);
id_type!(
    /// Identifies a breathing pattern.
    PatternId,
    "pattern"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_are_distinct_and_small_enough_for_json() {
        let mut ids: Vec<u64> = (0..10_000).map(|_| fresh_id()).collect();
        assert!(ids.iter().all(|id| *id < (1 << 53)));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 10_000);
    }

    #[test]
    fn ids_display_with_a_kind_prefix() {
        assert_eq!(StepId(255).to_string(), "step-ff");
    }
}
