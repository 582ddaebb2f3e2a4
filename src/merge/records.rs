//! The records merged by id: exposures (live, in Recently deleted and clashing), journal
//! entries, breathing sessions, breathing patterns, and the settings.
//!
//! Records are never edited once made, so the same id means the same record; a different record
//! under the same id (only a damaged or hand-edited file makes one) is kept too: an exposure in
//! [`Library::clashes`], uncounted; a journal entry or breathing session under an id derived
//! from its content. Which of the two keeps the id depends on the two records only, never on
//! which side they came from.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Debug;

use super::ids::{Fnv, MAX_SALT, Spot, Tag, derive, place};
use super::ladders::{Ladders, Place};
use super::lww::{merge_order, newer, newer_setting};
use super::{ConflictKind, NoFreeId};
use crate::model::{
    BreathPattern, EntryId, Exposure, Gone, JournalEntry, LadderId, Library, PacerId, PacerSession, PatternChanged,
    PatternId, Settings, SettingsChanged,
};

/// The merged exposures: live ones in time order, those kept in Recently deleted (filled into
/// `ladders.deleted`), and the clashes.
pub(super) struct Exposures {
    pub live: Vec<Exposure>,
    pub clashes: Vec<Exposure>,
}

/// Every exposure of both sides, wherever it is kept.
fn all_exposures(library: &Library) -> impl Iterator<Item = &Exposure> {
    library.exposures.iter().chain(library.deleted.iter().flat_map(|d| d.exposures.iter()))
}

/// Which of two different records with one id keeps it: the greater by its text, the same on
/// both computers.
fn keeps_id<T: Debug>(a: &T, b: &T) -> bool {
    format!("{a:?}") > format!("{b:?}")
}

pub(super) fn merge_exposures(a: &Library, b: &Library, ladders: &mut Ladders) -> Exposures {
    let mut by_id: BTreeMap<_, Exposure> = BTreeMap::new();
    let mut clashes: Vec<Exposure> = a.clashes.iter().chain(b.clashes.iter()).cloned().collect();
    for exposure in all_exposures(a).chain(all_exposures(b)) {
        match by_id.get_mut(&exposure.id) {
            None => {
                by_id.insert(exposure.id, exposure.clone());
            }
            Some(here) if here == exposure => {}
            Some(here) => {
                if keeps_id(exposure, here) {
                    clashes.push(std::mem::replace(here, exposure.clone()));
                } else {
                    clashes.push(exposure.clone());
                }
            }
        }
    }
    // An exposure stays with its step: gone when the step is (its own tombstone comes with the
    // step's), back when the step came back.
    let kept = |e: &Exposure| ladders.steps.get(&e.step).is_some_and(|(l, _)| *l == e.ladder);
    let mut live = Vec::new();
    for exposure in by_id.values().filter(|e| kept(e)) {
        match ladders.steps[&exposure.step].1 {
            Place::Live => live.push(exposure.clone()),
            Place::InDeletedLadder(i) | Place::InDeletedStep(i) => ladders.deleted[i].exposures.push(exposure.clone()),
        }
    }
    let time_order = |e: &Exposure| (e.started, e.id);
    live.sort_by_key(time_order);
    for deleted in &mut ladders.deleted {
        deleted.exposures.sort_by_key(time_order);
    }
    clashes.retain(|c| kept(c) && by_id.get(&c.id).is_some_and(|here| here != c));
    let mut keyed: Vec<(String, Exposure)> = clashes.into_iter().map(|c| (format!("{c:?}"), c)).collect();
    keyed.sort_by(|x, y| (x.1.id, &x.0).cmp(&(y.1.id, &y.0)));
    keyed.dedup_by(|x, y| x.0 == y.0);
    Exposures { live, clashes: keyed.into_iter().map(|(_, c)| c).collect() }
}

/// A record merged by id whose clashes are kept under a derived id.
pub(super) trait Record: Clone + PartialEq + Debug + serde::Serialize {
    const KIND: ConflictKind;
    const TAG: Tag;
    fn key(&self) -> u64;
    fn with_key(&self, key: u64) -> Self;
    fn gone(key: u64) -> Gone;
    /// The order the list is kept in.
    fn sort_key(&self) -> (crate::model::Timestamp, u64);
}

impl Record for JournalEntry {
    const KIND: ConflictKind = ConflictKind::JournalEntry;
    const TAG: Tag = Tag::Entry;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn with_key(&self, key: u64) -> Self {
        Self { id: EntryId(key), ..self.clone() }
    }
    fn gone(key: u64) -> Gone {
        Gone::JournalEntry(EntryId(key))
    }
    fn sort_key(&self) -> (crate::model::Timestamp, u64) {
        (self.written, self.id.0)
    }
}

impl Record for PacerSession {
    const KIND: ConflictKind = ConflictKind::PacerSession;
    const TAG: Tag = Tag::Pacer;
    fn key(&self) -> u64 {
        self.id.0
    }
    fn with_key(&self, key: u64) -> Self {
        Self { id: PacerId(key), ..self.clone() }
    }
    fn gone(key: u64) -> Gone {
        Gone::PacerSession(PacerId(key))
    }
    fn sort_key(&self) -> (crate::model::Timestamp, u64) {
        (self.started, self.id.0)
    }
}

/// A content hash of a record, from its saved form: both computers derive the same copy id.
fn content_hash<T: serde::Serialize>(item: &T) -> u64 {
    let text = ron::to_string(item).unwrap_or_default();
    let mut h = Fnv::new();
    h.text(&text);
    h.finish()
}

/// Merges two lists of records: the union by id, in time order; a clash keeps the other
/// record under an id derived from its content (and the first id free after it). Returns the
/// list and the copies made.
pub(super) fn merge_records<T: Record>(
    a: &[T],
    b: &[T],
    gone: &HashSet<Gone>,
    adapt: impl Fn(T) -> T,
) -> Result<(Vec<T>, Vec<T>), NoFreeId> {
    let mut by_key: BTreeMap<u64, T> = BTreeMap::new();
    let mut losers = Vec::new();
    for item in a.iter().chain(b).filter(|i| !gone.contains(&T::gone(i.key()))).cloned().map(&adapt) {
        match by_key.get_mut(&item.key()) {
            None => {
                by_key.insert(item.key(), item);
            }
            Some(here) if *here == item => {}
            Some(here) => {
                if keeps_id(&item, here) {
                    losers.push(std::mem::replace(here, item));
                } else {
                    losers.push(item);
                }
            }
        }
    }
    // Each copy's id depends on its content only; a copy already here (from an earlier merge)
    // is found there. Losers are placed in a fixed order so two copies never race for an id.
    losers.sort_by_key(|l| (l.key(), content_hash(l)));
    losers.dedup();
    let mut copies = Vec::new();
    for loser in losers {
        let (key, hash) = (loser.key(), content_hash(&loser));
        let candidate = |salt| loser.with_key(derive(T::TAG, key, hash, salt));
        let spot = |copy: &T| match by_key.get(&copy.key()) {
            Some(here) if here == copy => Some(Spot::AlreadyHere),
            None => Some(Spot::Free),
            Some(_) => None,
        };
        let (copy, spot) = place(T::KIND, key, MAX_SALT, candidate, spot)?;
        if spot == Spot::Free {
            copies.push(copy.clone());
            by_key.insert(copy.key(), copy);
        }
    }
    let mut list: Vec<T> = by_key.into_values().collect();
    list.sort_by_key(Record::sort_key);
    Ok((list, copies))
}

/// A journal entry's link to a ladder that is no longer kept is dropped, the same on both sides.
pub(super) fn relink(ladders: &HashSet<LadderId>) -> impl Fn(JournalEntry) -> JournalEntry + '_ {
    move |mut entry| {
        if entry.ladder.is_some_and(|l| !ladders.contains(&l)) {
            entry.ladder = None;
        }
        entry
    }
}

/// Both computers' plan histories: every change either noted, once each, in time order (the
/// newest kept when there are too many).
fn merge_plan_history(a: &[crate::model::PlanChange], b: &[crate::model::PlanChange]) -> Vec<crate::model::PlanChange> {
    let all: std::collections::BTreeSet<_> = a.iter().chain(b).copied().collect();
    let all: Vec<_> = all.into_iter().collect();
    let skip = all.len().saturating_sub(crate::model::MAX_PLAN_HISTORY);
    all[skip..].to_vec()
}

/// Settings, field by field; breathing patterns by id, field by field, in the order changed last.
pub(super) fn merge_settings(a: &Settings, b: &Settings, gone: &HashSet<Gone>) -> Settings {
    let defaults = Settings::default();
    let (ca, cb) = (&a.changed, &b.changed);
    macro_rules! field {
        ($name:ident) => {
            newer_setting((&a.$name, ca.$name), (&b.$name, cb.$name), &defaults.$name)
        };
    }
    let (weekly_goal, weekly_goal_at) = field!(weekly_goal);
    let (mastery_streak, mastery_streak_at) = field!(mastery_streak);
    let (exposure_minutes, exposure_minutes_at) = field!(exposure_minutes);
    let (crisis_contacts, crisis_contacts_at) = field!(crisis_contacts);
    let (reduced_motion, reduced_motion_at) = field!(reduced_motion);
    let (mut default_pattern, default_pattern_at) = field!(default_pattern);
    let (anchors, anchors_at) = field!(anchors);
    let (safety_behaviours, safety_behaviours_at) = field!(safety_behaviours);
    let (day_starts_at, day_starts_at_at) = field!(day_starts_at);
    let (high_baseline_dismissed, high_baseline_dismissed_at) = field!(high_baseline_dismissed);
    let (practice_times, practice_times_at) = field!(practice_times);

    let patterns_a: HashMap<PatternId, &BreathPattern> = a.breathing_patterns.iter().map(|p| (p.id, p)).collect();
    let patterns_b: HashMap<PatternId, &BreathPattern> = b.breathing_patterns.iter().map(|p| (p.id, p)).collect();
    let kept = |id: PatternId| {
        !gone.contains(&Gone::Pattern(id)) && (patterns_a.contains_key(&id) || patterns_b.contains_key(&id))
    };
    let ids = |s: &Settings| s.breathing_patterns.iter().map(|p| p.id).collect::<Vec<_>>();
    let (order, patterns_at) = merge_order((&ids(a), ca.patterns), (&ids(b), cb.patterns), kept);
    let breathing_patterns: Vec<BreathPattern> = order
        .iter()
        .filter_map(|id| match (patterns_a.get(id), patterns_b.get(id)) {
            (Some(x), Some(y)) => Some(merge_pattern(x, y)),
            (Some(x), None) | (None, Some(x)) => Some((*x).clone()),
            (None, None) => None,
        })
        .collect();
    if default_pattern.is_some_and(|d| !order.contains(&d)) {
        default_pattern = None;
    }
    Settings {
        weekly_goal,
        mastery_streak,
        exposure_minutes,
        crisis_contacts,
        breathing_patterns,
        default_pattern,
        reduced_motion,
        safety_acknowledged: a.safety_acknowledged || b.safety_acknowledged,
        anchors,
        safety_behaviours,
        day_starts_at,
        high_baseline_dismissed,
        practice_times,
        plan_history: merge_plan_history(&a.plan_history, &b.plan_history),
        changed: SettingsChanged {
            weekly_goal: weekly_goal_at,
            mastery_streak: mastery_streak_at,
            exposure_minutes: exposure_minutes_at,
            crisis_contacts: crisis_contacts_at,
            default_pattern: default_pattern_at,
            reduced_motion: reduced_motion_at,
            anchors: anchors_at,
            safety_behaviours: safety_behaviours_at,
            day_starts_at: day_starts_at_at,
            high_baseline_dismissed: high_baseline_dismissed_at,
            practice_times: practice_times_at,
            patterns: patterns_at,
        },
    }
}

fn merge_pattern(a: &BreathPattern, b: &BreathPattern) -> BreathPattern {
    let phases = |p: &BreathPattern| [p.inhale_secs, p.hold_in_secs, p.exhale_secs, p.hold_out_secs];
    let (name, name_at) = newer((&a.name, a.changed.name), (&b.name, b.changed.name));
    let ([inhale_secs, hold_in_secs, exhale_secs, hold_out_secs], phases_at) =
        newer((&phases(a), a.changed.phases), (&phases(b), b.changed.phases));
    BreathPattern {
        id: a.id,
        name,
        inhale_secs,
        hold_in_secs,
        exhale_secs,
        hold_out_secs,
        changed: PatternChanged { name: name_at, phases: phases_at },
    }
}
