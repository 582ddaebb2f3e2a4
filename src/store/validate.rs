//! Checks run after parsing: the parser guarantees shapes and rating ranges; this checks what
//! types cannot (unique ids, references between records, text lengths, settings ranges).
//! The first problem found is returned as a sentence naming the record, in the language in use
//! (the `store-invalid-...` messages; `store-what-...` name the text that is too long or out of
//! range). Names are only put into words when a problem is found, so a sound file costs no
//! message formatting.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DeletedItem, Exposure, ExposureId, Gone, Ladder, LadderId, Library, StepId, Timestamp, limits};
use crate::t;

/// Which exposure a message names: a recorded one (by when it started) or the one under way.
#[derive(Clone, Copy)]
enum Which {
    Recorded(Timestamp),
    UnderWay,
}

impl Which {
    /// "the exposure of 2026-11-21T09:30:00Z", "the exposure under way".
    fn name(self) -> String {
        match self {
            Self::Recorded(started) => t!("store-when-exposure", started = started.to_string()),
            Self::UnderWay => t!("store-when-draft"),
        }
    }
}

/// `Ok` when the library is consistent, otherwise a description of the first problem.
pub fn validate(library: &Library) -> Result<(), String> {
    let mut ladder_ids = BTreeSet::new();
    // step id -> owning ladder id, for live steps of live ladders
    let mut step_owner = BTreeMap::new();
    // every step anywhere (live, in a deleted ladder, deleted on its own) -> its ladder
    let mut any_step_owner = BTreeMap::new();
    let mut ladder_record = |ladder: &Ladder, live: bool, step_owner: &mut BTreeMap<StepId, LadderId>| {
        if !ladder_ids.insert(ladder.id) {
            return Err(t!("store-invalid-ladder-id", id = ladder.id.to_string()));
        }
        let title = || ellipsis(&ladder.title);
        text(&ladder.title, limits::SHORT_TEXT_CHARS, || t!("store-what-ladder-title", title = title()))?;
        text(&ladder.fear, limits::MEDIUM_TEXT_CHARS, || t!("store-what-ladder-fear", title = title()))?;
        for step in &ladder.steps {
            if any_step_owner.insert(step.id, ladder.id).is_some() {
                return Err(t!("store-invalid-step-id", id = step.id.to_string()));
            }
            if live {
                step_owner.insert(step.id, ladder.id);
            }
            text(&step.situation, limits::MEDIUM_TEXT_CHARS, || t!("store-what-ladder-step", title = title()))?;
        }
        Ok(())
    };
    for ladder in &library.ladders {
        ladder_record(ladder, true, &mut step_owner)?;
    }
    for deleted in &library.deleted {
        if let DeletedItem::Ladder(ladder) = &deleted.item {
            ladder_record(ladder, false, &mut step_owner)?;
        }
    }
    for deleted in &library.deleted {
        if let DeletedItem::Step { ladder, step, .. } = &deleted.item {
            if !ladder_ids.contains(ladder) {
                return Err(t!("store-invalid-deleted-step-ladder", ladder = ladder.to_string()));
            }
            if any_step_owner.insert(step.id, *ladder).is_some() {
                return Err(t!("store-invalid-step-id", id = step.id.to_string()));
            }
            text(&step.situation, limits::MEDIUM_TEXT_CHARS, || t!("store-what-deleted-step"))?;
        }
    }

    let mut exposure_ids = BTreeSet::new();
    for exposure in library.exposures.iter() {
        let owner = step_owner.get(&exposure.step).copied();
        check_exposure(exposure, &mut exposure_ids, owner, "store-invalid-exposure-no-ladder")?;
    }
    for deleted in &library.deleted {
        for exposure in &deleted.exposures {
            let owner = match &deleted.item {
                DeletedItem::Ladder(ladder) => ladder.step(exposure.step).map(|_| ladder.id),
                DeletedItem::Step { ladder, step, .. } => (step.id == exposure.step).then_some(*ladder),
            };
            check_exposure(exposure, &mut exposure_ids, owner, "store-invalid-exposure-not-in-deleted")?;
        }
    }
    let mut clash_ids = BTreeSet::new();
    for exposure in library.clashes.iter() {
        clash_ids.clear();
        let owner = any_step_owner.get(&exposure.step).copied();
        check_exposure(exposure, &mut clash_ids, owner, "store-invalid-exposure-no-ladder")?;
    }
    let mut gone = BTreeSet::new();
    for tombstone in &library.tombstones {
        if !gone.insert(tombstone.gone) {
            return Err(t!("store-invalid-tombstone-twice", gone = format!("{:?}", tombstone.gone)));
        }
    }
    let present = ladder_ids.iter().map(|id| Gone::Ladder(*id)).chain(any_step_owner.keys().map(|id| Gone::Step(*id)));
    if let Some(both) = present.chain(exposure_ids.iter().map(|id| Gone::Exposure(*id))).find(|g| gone.contains(g)) {
        return Err(t!("store-invalid-tombstone-kept", gone = format!("{both:?}")));
    }

    let mut entry_ids = BTreeSet::new();
    for entry in library.journal.iter() {
        if !entry_ids.insert(entry.id) {
            return Err(t!("store-invalid-entry-id", id = entry.id.to_string()));
        }
        text(&entry.text, limits::LONG_TEXT_CHARS, || t!("store-what-entry", written = entry.written.to_string()))?;
        if let Some(ladder) = entry.ladder
            && !ladder_ids.contains(&ladder)
        {
            return Err(t!(
                "store-invalid-entry-ladder",
                written = entry.written.to_string(),
                ladder = ladder.to_string()
            ));
        }
    }

    let mut pacer_ids = BTreeSet::new();
    for session in library.pacer_sessions.iter() {
        if !pacer_ids.insert(session.id) {
            return Err(t!("store-invalid-pacer-id", id = session.id.to_string()));
        }
        text(&session.pattern_name, limits::SHORT_TEXT_CHARS, || t!("store-what-pacer-pattern"))?;
    }

    if let Some(draft) = &library.in_progress {
        // Only a live step: a step in Recently deleted has no exposure under way.
        if step_owner.get(&draft.step) != Some(&draft.ladder) {
            return Err(t!(
                "store-invalid-draft-step",
                step = draft.step.to_string(),
                ladder = draft.ladder.to_string()
            ));
        }
        text(&draft.expectancy.feared_outcome, limits::MEDIUM_TEXT_CHARS, || {
            t!("store-what-feared-outcome", when = Which::UnderWay.name())
        })?;
        if !(limits::MIN_EXPOSURE_SECS..=limits::MAX_EXPOSURE_SECS).contains(&draft.planned_secs) {
            return Err(t!("store-invalid-draft-timer", secs = draft.planned_secs));
        }
        validate_draft_times(draft)?;
        check_details(&draft.planned_drops, &draft.context, &draft.during, Which::UnderWay)?;
    }
    if library.gate_blocks.len() > 1_000 {
        return Err(t!("store-invalid-gate-count", count = library.gate_blocks.len()));
    }
    if let Some(low) = library.gate_blocks.iter().find(|b| b.rating.get() < limits::GATE_BLOCK_AT) {
        return Err(t!("store-invalid-gate-low", rating = low.rating.get(), gate = limits::GATE_BLOCK_AT));
    }
    validate_settings(library)
}

/// One exposure: a unique id, its step in the ladder it names (`owner`: the step's ladder where
/// the exposure is kept, `None` when the step is not there, said by the message `missing`),
/// times and texts.
fn check_exposure(
    exposure: &Exposure,
    ids: &mut BTreeSet<ExposureId>,
    owner: Option<LadderId>,
    missing: &str,
) -> Result<(), String> {
    if !ids.insert(exposure.id) {
        return Err(t!("store-invalid-exposure-id", id = exposure.id.to_string()));
    }
    let which = Which::Recorded(exposure.started);
    match owner {
        None => {
            return Err(t!(missing, when = which.name(), step = exposure.step.to_string()));
        }
        Some(owner) if owner != exposure.ladder => {
            return Err(t!(
                "store-invalid-exposure-wrong-ladder",
                when = which.name(),
                step = exposure.step.to_string(),
                ladder = exposure.ladder.to_string(),
                owner = owner.to_string()
            ));
        }
        Some(_) => {}
    }
    if exposure.ended < exposure.started {
        return Err(t!("store-invalid-exposure-ends-early", when = which.name()));
    }
    text(&exposure.expectancy.feared_outcome, limits::MEDIUM_TEXT_CHARS, || {
        t!("store-what-feared-outcome", when = which.name())
    })?;
    text(&exposure.reflection.learned, limits::LONG_TEXT_CHARS, || t!("store-what-learned", when = which.name()))?;
    for behaviour in &exposure.reflection.safety_behaviours {
        text(behaviour, limits::MEDIUM_TEXT_CHARS, || t!("store-what-used-behaviour", when = which.name()))?;
    }
    if let Some(note) = &exposure.override_note {
        text(note, limits::MEDIUM_TEXT_CHARS, || t!("store-what-override-note", when = which.name()))?;
    }
    check_details(&exposure.planned_drops, &exposure.context, &exposure.during, which)
}

/// What an exposure (or the one under way) records besides its ratings: the safety behaviours
/// planned to drop, the context and the ratings tapped during the timer.
fn check_details(
    planned_drops: &[String],
    context: &crate::model::Context,
    during: &[crate::model::DuringRating],
    which: Which,
) -> Result<(), String> {
    for behaviour in planned_drops {
        text(behaviour, limits::MEDIUM_TEXT_CHARS, || t!("store-what-planned-behaviour", when = which.name()))?;
    }
    text(&context.place, limits::SHORT_TEXT_CHARS, || t!("store-what-place", when = which.name()))?;
    text(&context.people, limits::SHORT_TEXT_CHARS, || t!("store-what-people", when = which.name()))?;
    text(&context.different, limits::MEDIUM_TEXT_CHARS, || t!("store-what-different", when = which.name()))?;
    if during.len() > limits::MAX_DURING_RATINGS {
        return Err(t!(
            "store-invalid-during-count",
            when = which.name(),
            count = during.len(),
            max = limits::MAX_DURING_RATINGS
        ));
    }
    if let Some(late) = during.iter().find(|d| d.secs > limits::MAX_EXPOSURE_SECS) {
        return Err(t!("store-invalid-during-late", when = which.name(), secs = late.secs));
    }
    Ok(())
}

/// The timer fields of an exposure under way agree with each other and with its stage.
fn validate_draft_times(draft: &crate::model::ExposureDraft) -> Result<(), String> {
    use crate::model::DraftStage;
    // A pause can last a weekend; only a negative one is impossible.
    if draft.paused_secs < 0 {
        return Err(t!("store-invalid-draft-paused", secs = draft.paused_secs));
    }
    if draft.stage != DraftStage::Rate {
        match draft.before {
            None => return Err(t!("store-invalid-draft-no-before")),
            // The safety gate never lets an exposure past this point at 8 or more.
            Some(before) if before.get() >= crate::model::limits::GATE_BLOCK_AT => {
                return Err(t!("store-invalid-draft-past-gate", rating = before.get()));
            }
            Some(_) => {}
        }
    }
    if let Some(note) = &draft.override_note {
        text(note, limits::MEDIUM_TEXT_CHARS, || t!("store-what-override-note", when = Which::UnderWay.name()))?;
    }
    if let Some(started) = draft.started {
        for (problem, moment) in
            [("store-invalid-draft-paused-early", draft.paused_at), ("store-invalid-draft-ended-early", draft.ended)]
        {
            if moment.is_some_and(|m| m < started) {
                return Err(t!(problem));
            }
        }
    } else if draft.paused_at.is_some() {
        return Err(t!("store-invalid-draft-paused-unstarted"));
    }
    Ok(())
}

fn validate_settings(library: &Library) -> Result<(), String> {
    let s = &library.settings;
    in_range(s.mastery_streak, &limits::MASTERY_STREAK_RANGE, || t!("store-what-mastery-streak"))?;
    in_range(s.weekly_goal, &limits::WEEKLY_GOAL_RANGE, || t!("store-what-weekly-goal"))?;
    in_range(s.exposure_minutes, &limits::EXPOSURE_MINUTES_RANGE, || t!("store-what-exposure-minutes"))?;
    in_range(s.day_starts_at, &(0..=limits::DAY_START_HOUR_MAX), || t!("store-what-day-start"))?;
    for anchor in [&s.anchors.calm, &s.anchors.middle, &s.anchors.worst] {
        text(anchor, limits::SHORT_TEXT_CHARS, || t!("store-what-anchor"))?;
    }
    if s.safety_behaviours.len() > limits::MAX_SAFETY_BEHAVIOURS {
        return Err(t!(
            "store-invalid-safety-behaviours",
            count = s.safety_behaviours.len(),
            max = limits::MAX_SAFETY_BEHAVIOURS
        ));
    }
    for behaviour in &s.safety_behaviours {
        text(behaviour, limits::SHORT_TEXT_CHARS, || t!("store-what-list-behaviour"))?;
    }
    if s.practice_times.len() > limits::MAX_PRACTICE_TIMES {
        return Err(t!(
            "store-invalid-practice-times",
            count = s.practice_times.len(),
            max = limits::MAX_PRACTICE_TIMES
        ));
    }
    if s.plan_history.len() > crate::model::MAX_PLAN_HISTORY {
        return Err(t!(
            "store-invalid-plan-history",
            count = s.plan_history.len(),
            max = crate::model::MAX_PLAN_HISTORY
        ));
    }
    if let Some(c) = s.plan_history.iter().find(|c| usize::from(c.per_week) > 7 * limits::MAX_PRACTICE_TIMES) {
        return Err(t!("store-invalid-plan-per-week", count = c.per_week));
    }
    let mut time_ids = BTreeSet::new();
    for t in &s.practice_times {
        if !time_ids.insert(t.id) {
            return Err(t!("store-invalid-practice-time-id", id = t.id.to_string()));
        }
        let clock = || format!("{}:{:02}", t.hour, t.minute);
        if t.hour > 23 || t.minute > 59 {
            return Err(t!("store-invalid-practice-time-clock", time = clock()));
        }
        if t.days.is_empty() || t.days.0 > 0x7F {
            return Err(t!("store-invalid-practice-time-days", time = clock()));
        }
    }
    for contact in &s.crisis_contacts {
        text(&contact.name, limits::SHORT_TEXT_CHARS, || t!("store-what-contact-name"))?;
        text(&contact.how, limits::MEDIUM_TEXT_CHARS, || t!("store-what-contact-how"))?;
        if contact.how.trim().is_empty() {
            return Err(t!("store-invalid-contact-how", name = ellipsis(&contact.name)));
        }
    }
    let mut pattern_ids = BTreeSet::new();
    for p in &s.breathing_patterns {
        if !pattern_ids.insert(p.id) {
            return Err(t!("store-invalid-pattern-id", id = p.id.to_string()));
        }
        let name = || ellipsis(&p.name);
        text(&p.name, limits::SHORT_TEXT_CHARS, || t!("store-what-pattern-name", name = name()))?;
        for secs in [p.inhale_secs, p.hold_in_secs, p.exhale_secs, p.hold_out_secs] {
            if secs > limits::MAX_PHASE_SECS {
                return Err(t!(
                    "store-invalid-pattern-phase",
                    name = name(),
                    secs = secs,
                    max = limits::MAX_PHASE_SECS
                ));
            }
        }
        if p.inhale_secs == 0 && p.exhale_secs == 0 {
            return Err(t!("store-invalid-pattern-no-breath", name = name()));
        }
    }
    if let Some(default) = s.default_pattern
        && !pattern_ids.contains(&default)
    {
        return Err(t!("store-invalid-default-pattern", pattern = default.to_string()));
    }
    Ok(())
}

/// `Err` naming the text (`what`, put into words only then) when it is longer than allowed.
fn text(value: &str, max_chars: usize, what: impl FnOnce() -> String) -> Result<(), String> {
    // Cheap byte check first: a string of at most `max_chars` bytes has at most that many chars.
    if value.len() > max_chars && value.chars().count() > max_chars {
        return Err(t!("store-invalid-too-long", what = what(), max = max_chars));
    }
    Ok(())
}

fn in_range(value: u8, range: &std::ops::RangeInclusive<u8>, what: impl FnOnce() -> String) -> Result<(), String> {
    if range.contains(&value) {
        Ok(())
    } else {
        Err(t!("store-invalid-out-of-range", what = what(), value = value, min = *range.start(), max = *range.end()))
    }
}

/// Names quoted in validation messages show up to 40 characters.
fn ellipsis(text: &str) -> String {
    crate::model::ellipsis(text, 40)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Ladder, Rating, Timestamp};

    fn one_ladder() -> Library {
        let mut lib = Library::default();
        lib.ladders.push(Ladder::new(
            "Meetings",
            "I fear my voice shaking when I speak up",
            &[("Say good morning in the team call", Rating::saturating(2))],
            Timestamp::EPOCH,
        ));
        lib
    }

    #[test]
    fn a_consistent_library_passes() {
        assert_eq!(validate(&one_ladder()), Ok(()));
        assert_eq!(validate(&Library::default()), Ok(()));
    }

    #[test]
    fn overlong_text_is_named() {
        let mut lib = one_ladder();
        lib.ladders[0].steps[0].situation = "x".repeat(limits::MEDIUM_TEXT_CHARS + 1);
        let err = validate(&lib).unwrap_err();
        assert!(err.contains("a step of ladder \"Meetings\" is longer than 1000"), "{err}");
    }

    #[test]
    fn settings_ranges_are_checked() {
        let mut lib = one_ladder();
        lib.settings.mastery_streak = 7;
        assert!(validate(&lib).unwrap_err().contains("mastery streak is 7"));
        let mut lib = one_ladder();
        lib.settings.breathing_patterns[0].inhale_secs = 0;
        lib.settings.breathing_patterns[0].exhale_secs = 0;
        assert!(validate(&lib).unwrap_err().contains("neither an inhale nor an exhale"));
    }
}
