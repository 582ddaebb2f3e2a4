//! What a merge needs to converge: when each field last changed, what is in Recently deleted,
//! and what was deleted for good.
//!
//! Two computers that edit copies of one library and exchange them in any order must end up
//! with the same library (see [`crate::merge`]). So every field a person can change carries the
//! time of its last change (the newer change wins; equal times are settled by the values, the
//! same way on both sides), the order of a list carries an [`Order`] stamp, a deleted ladder or
//! step waits in [`Library::deleted`] for [`RESTORE_DAYS`] days with its exposures, and what
//! is purged after that leaves a [`Tombstone`] so the other computer's copy does not bring it
//! back. All of these are plain data: the edits in [`super::edit`] set them, with the time
//! passed in.

use serde::{Deserialize, Serialize};

use super::{EntryId, Exposure, ExposureId, Ladder, LadderId, PacerId, PatternId, Step, StepId, Timestamp, fresh_id};

/// How long a deleted ladder or step can be restored, in days; after that it is purged.
pub const RESTORE_DAYS: i64 = 30;

/// When a list's order was last changed, with a random tag made at that change, so two orders
/// changed in the same second on two computers still have a winner, and a merged copy of an
/// order keeps the stamp of the change it came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Order {
    pub at: Timestamp,
    pub tag: u64,
}

impl Order {
    /// The stamp of an order changed `now`.
    #[must_use]
    pub fn changed(now: Timestamp) -> Self {
        Self { at: now, tag: fresh_id() }
    }

    /// The stamp of an order changed `now` that was last stamped `previous`: later than it even
    /// when this computer's clock is behind the one that stamped it.
    #[must_use]
    pub fn after(previous: Self, now: Timestamp) -> Self {
        Self { at: next_stamp(previous.at, now), tag: fresh_id() }
    }
}

/// The change time for a field last changed at `previous`, changed again `now`: `now`, or a
/// second after `previous` when the other computer's clock ran ahead, so a new change always
/// wins over the one it replaces.
#[must_use]
pub fn next_stamp(previous: Timestamp, now: Timestamp) -> Timestamp {
    now.max(Timestamp::from_unix_secs(previous.unix_secs().saturating_add(1)))
}

/// When each field of a ladder last changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderChanged {
    pub title: Timestamp,
    pub fear: Timestamp,
    pub archived: Timestamp,
    /// The order of the steps: a move, a sort, an added or restored step.
    pub steps: Order,
    /// When the ladder was last restored from Recently deleted (the epoch if never). A deletion
    /// after this time wins in a merge; one before it does not.
    pub restored: Timestamp,
}

impl LadderChanged {
    /// Every field changed `now` (a new ladder).
    #[must_use]
    pub fn all(now: Timestamp) -> Self {
        Self { title: now, fear: now, archived: now, steps: Order::changed(now), restored: Timestamp::EPOCH }
    }
}

/// When each field of a step last changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct StepChanged {
    pub situation: Timestamp,
    /// The estimate (and the re-rating that kept the old one in the history).
    pub estimate: Timestamp,
    /// When the step was last restored from Recently deleted (the epoch if never).
    pub restored: Timestamp,
}

impl StepChanged {
    #[must_use]
    pub fn all(now: Timestamp) -> Self {
        Self { situation: now, estimate: now, restored: Timestamp::EPOCH }
    }
}

/// When each field of a breathing pattern last changed. The four phases are one field: taking
/// the inhale of one version and the exhale of another would make a pattern nobody chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct PatternChanged {
    pub name: Timestamp,
    pub phases: Timestamp,
}

/// When each setting last changed. `safety_acknowledged` needs none: once read, it stays read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsChanged {
    pub weekly_goal: Timestamp,
    pub mastery_streak: Timestamp,
    pub exposure_minutes: Timestamp,
    pub crisis_contacts: Timestamp,
    pub default_pattern: Timestamp,
    pub reduced_motion: Timestamp,
    pub anchors: Timestamp,
    pub safety_behaviours: Timestamp,
    pub day_starts_at: Timestamp,
    pub high_baseline_dismissed: Timestamp,
    pub practice_times: Timestamp,
    /// The order of the breathing patterns.
    pub patterns: Order,
}

/// A ladder or step in Recently deleted, with the exposures that were recorded on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deleted {
    /// When it was deleted; it is purged [`RESTORE_DAYS`] days later.
    pub at: Timestamp,
    pub item: DeletedItem,
    #[serde(default)]
    pub exposures: Vec<Exposure>,
}

/// What was deleted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeletedItem {
    /// A whole ladder with the steps it had.
    Ladder(Ladder),
    /// One step, with where it stood in its ladder (restored there, or at the end).
    Step { ladder: LadderId, position: usize, step: Step },
}

impl Deleted {
    /// The time it is purged at.
    #[must_use]
    pub fn purge_at(&self) -> Timestamp {
        Timestamp::from_unix_secs(self.at.unix_secs().saturating_add(RESTORE_DAYS * 24 * 3600))
    }

    /// The ladder it belongs to (itself for a ladder).
    #[must_use]
    pub fn ladder_id(&self) -> LadderId {
        match &self.item {
            DeletedItem::Ladder(ladder) => ladder.id,
            DeletedItem::Step { ladder, .. } => *ladder,
        }
    }
}

/// Something deleted for good, kept as its id so a merge does not bring it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Tombstone {
    pub gone: Gone,
    pub at: Timestamp,
}

/// The id of a record deleted for good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Gone {
    Ladder(LadderId),
    Step(StepId),
    Exposure(ExposureId),
    JournalEntry(EntryId),
    PacerSession(PacerId),
    Pattern(PatternId),
}
