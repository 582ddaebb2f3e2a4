//! Checks run after parsing: the parser guarantees shapes and rating ranges; this checks what
//! types cannot (unique ids, references between records, text lengths, settings ranges).
//! The first problem found is returned as a sentence naming the record.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DeletedItem, Exposure, ExposureId, Gone, Ladder, LadderId, Library, StepId, limits};

/// `Ok` when the library is consistent, otherwise a description of the first problem.
pub fn validate(library: &Library) -> Result<(), String> {
    let mut ladder_ids = BTreeSet::new();
    // step id -> owning ladder id, for live steps of live ladders
    let mut step_owner = BTreeMap::new();
    // every step anywhere (live, in a deleted ladder, deleted on its own) -> its ladder
    let mut any_step_owner = BTreeMap::new();
    let mut ladder_record = |ladder: &Ladder, live: bool, step_owner: &mut BTreeMap<StepId, LadderId>| {
        if !ladder_ids.insert(ladder.id) {
            return Err(format!("two ladders share the id {}", ladder.id));
        }
        let name = format!("ladder \"{}\"", ellipsis(&ladder.title));
        text(&ladder.title, limits::SHORT_TEXT_CHARS, &format!("the title of {name}"))?;
        text(&ladder.fear, limits::MEDIUM_TEXT_CHARS, &format!("the fear sentence of {name}"))?;
        for step in &ladder.steps {
            if any_step_owner.insert(step.id, ladder.id).is_some() {
                return Err(format!("two steps share the id {}", step.id));
            }
            if live {
                step_owner.insert(step.id, ladder.id);
            }
            text(&step.situation, limits::MEDIUM_TEXT_CHARS, &format!("a step of {name}"))?;
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
                return Err(format!("a deleted step points at {ladder}, which does not exist"));
            }
            if any_step_owner.insert(step.id, *ladder).is_some() {
                return Err(format!("two steps share the id {}", step.id));
            }
            text(&step.situation, limits::MEDIUM_TEXT_CHARS, "a deleted step")?;
        }
    }

    let mut exposure_ids = BTreeSet::new();
    for exposure in library.exposures.iter() {
        check_exposure(exposure, &mut exposure_ids, step_owner.get(&exposure.step).copied(), "any ladder")?;
    }
    for deleted in &library.deleted {
        for exposure in &deleted.exposures {
            let owner = match &deleted.item {
                DeletedItem::Ladder(ladder) => ladder.step(exposure.step).map(|_| ladder.id),
                DeletedItem::Step { ladder, step, .. } => (step.id == exposure.step).then_some(*ladder),
            };
            check_exposure(exposure, &mut exposure_ids, owner, "the deleted item it is kept with")?;
        }
    }
    let mut clash_ids = BTreeSet::new();
    for exposure in library.clashes.iter() {
        clash_ids.clear();
        check_exposure(exposure, &mut clash_ids, any_step_owner.get(&exposure.step).copied(), "any ladder")?;
    }
    let mut gone = BTreeSet::new();
    for tombstone in &library.tombstones {
        if !gone.insert(tombstone.gone) {
            return Err(format!("{:?} is listed twice as deleted for good", tombstone.gone));
        }
    }
    let present = ladder_ids.iter().map(|id| Gone::Ladder(*id)).chain(any_step_owner.keys().map(|id| Gone::Step(*id)));
    if let Some(both) = present.chain(exposure_ids.iter().map(|id| Gone::Exposure(*id))).find(|g| gone.contains(g)) {
        return Err(format!("{both:?} is both kept and listed as deleted for good"));
    }

    let mut entry_ids = BTreeSet::new();
    for entry in library.journal.iter() {
        if !entry_ids.insert(entry.id) {
            return Err(format!("two journal entries share the id {}", entry.id));
        }
        text(&entry.text, limits::LONG_TEXT_CHARS, &format!("the journal entry of {}", entry.written))?;
        if let Some(ladder) = entry.ladder
            && !ladder_ids.contains(&ladder)
        {
            return Err(format!("the journal entry of {} points at {ladder}, which does not exist", entry.written));
        }
    }

    let mut pacer_ids = BTreeSet::new();
    for session in library.pacer_sessions.iter() {
        if !pacer_ids.insert(session.id) {
            return Err(format!("two breathing sessions share the id {}", session.id));
        }
        text(&session.pattern_name, limits::SHORT_TEXT_CHARS, "the pattern name of a breathing session")?;
    }

    if let Some(draft) = &library.in_progress {
        // Only a live step: a step in Recently deleted has no exposure under way.
        if step_owner.get(&draft.step) != Some(&draft.ladder) {
            return Err(format!(
                "the exposure under way points at step {}, which is not in {}",
                draft.step, draft.ladder
            ));
        }
        text(
            &draft.expectancy.feared_outcome,
            limits::MEDIUM_TEXT_CHARS,
            "the feared outcome of the exposure under way",
        )?;
        if !(limits::MIN_EXPOSURE_SECS..=limits::MAX_EXPOSURE_SECS).contains(&draft.planned_secs) {
            return Err(format!("the exposure under way has a {} s timer; it must be 2-4 minutes", draft.planned_secs));
        }
        validate_draft_times(draft)?;
        check_details(&draft.planned_drops, &draft.context, &draft.during, "the exposure under way")?;
    }
    if library.gate_blocks.len() > 1_000 {
        return Err(format!("{} gate ratings are kept; at most 1000 fit in 30 days", library.gate_blocks.len()));
    }
    if let Some(low) = library.gate_blocks.iter().find(|b| b.rating.get() < limits::GATE_BLOCK_AT) {
        return Err(format!(
            "a rating of {} is kept as stopped at the safety gate, which stops at {} or more",
            low.rating,
            limits::GATE_BLOCK_AT
        ));
    }
    validate_settings(library)
}

/// One exposure: a unique id, its step in the ladder it names (`owner`: the step's ladder where
/// the exposure is kept, `None` when the step is not there), times and texts.
fn check_exposure(
    exposure: &Exposure,
    ids: &mut BTreeSet<ExposureId>,
    owner: Option<LadderId>,
    kept_in: &str,
) -> Result<(), String> {
    if !ids.insert(exposure.id) {
        return Err(format!("two exposures share the id {}", exposure.id));
    }
    let when = format!("the exposure of {}", exposure.started);
    match owner {
        None => {
            return Err(format!("{when} points at step {}, which is not in {kept_in}", exposure.step));
        }
        Some(owner) if owner != exposure.ladder => {
            return Err(format!(
                "{when} says step {} is in {}, but that step belongs to {owner}",
                exposure.step, exposure.ladder
            ));
        }
        Some(_) => {}
    }
    if exposure.ended < exposure.started {
        return Err(format!("{when} ends before it starts"));
    }
    text(&exposure.expectancy.feared_outcome, limits::MEDIUM_TEXT_CHARS, &format!("the feared outcome of {when}"))?;
    text(&exposure.reflection.learned, limits::LONG_TEXT_CHARS, &format!("the learning of {when}"))?;
    for behaviour in &exposure.reflection.safety_behaviours {
        text(behaviour, limits::MEDIUM_TEXT_CHARS, &format!("a safety behaviour of {when}"))?;
    }
    if let Some(note) = &exposure.override_note {
        text(note, limits::MEDIUM_TEXT_CHARS, &format!("the override note of {when}"))?;
    }
    check_details(&exposure.planned_drops, &exposure.context, &exposure.during, &when)
}

/// What an exposure (or the one under way) records besides its ratings: the safety behaviours
/// planned to drop, the context and the ratings tapped during the timer.
fn check_details(
    planned_drops: &[String],
    context: &crate::model::Context,
    during: &[crate::model::DuringRating],
    when: &str,
) -> Result<(), String> {
    for behaviour in planned_drops {
        text(behaviour, limits::MEDIUM_TEXT_CHARS, &format!("a safety behaviour planned for {when}"))?;
    }
    text(&context.place, limits::SHORT_TEXT_CHARS, &format!("the place of {when}"))?;
    text(&context.people, limits::SHORT_TEXT_CHARS, &format!("the people of {when}"))?;
    text(&context.different, limits::MEDIUM_TEXT_CHARS, &format!("what was different in {when}"))?;
    if during.len() > limits::MAX_DURING_RATINGS {
        return Err(format!(
            "{when} has {} ratings during the timer; at most {} are kept",
            during.len(),
            limits::MAX_DURING_RATINGS
        ));
    }
    if let Some(late) = during.iter().find(|d| d.secs > limits::MAX_EXPOSURE_SECS) {
        return Err(format!("{when} has a rating {} s into a timer of at most 4 minutes", late.secs));
    }
    Ok(())
}

/// The timer fields of an exposure under way agree with each other and with its stage.
fn validate_draft_times(draft: &crate::model::ExposureDraft) -> Result<(), String> {
    use crate::model::DraftStage;
    // A pause can last a weekend; only a negative one is impossible.
    if draft.paused_secs < 0 {
        return Err(format!("the exposure under way was paused for {} s, which cannot be right", draft.paused_secs));
    }
    if draft.stage != DraftStage::Rate {
        match draft.before {
            None => return Err("the exposure under way has no before-rating".to_owned()),
            // The safety gate never lets an exposure past this point at 8 or more.
            Some(before) if before.get() >= crate::model::limits::GATE_BLOCK_AT => {
                return Err(format!("the exposure under way went past the safety gate at a rating of {before}"));
            }
            Some(_) => {}
        }
    }
    if let Some(note) = &draft.override_note {
        text(note, limits::MEDIUM_TEXT_CHARS, "the override note of the exposure under way")?;
    }
    if let Some(started) = draft.started {
        for (name, moment) in [("paused", draft.paused_at), ("ended", draft.ended)] {
            if moment.is_some_and(|m| m < started) {
                return Err(format!("the exposure under way is {name} before it started"));
            }
        }
    } else if draft.paused_at.is_some() {
        return Err("the exposure under way is paused but was never started".to_owned());
    }
    Ok(())
}

fn validate_settings(library: &Library) -> Result<(), String> {
    let s = &library.settings;
    in_range(s.mastery_streak, &limits::MASTERY_STREAK_RANGE, "the mastery streak")?;
    in_range(s.weekly_goal, &limits::WEEKLY_GOAL_RANGE, "the weekly goal")?;
    in_range(s.exposure_minutes, &limits::EXPOSURE_MINUTES_RANGE, "the exposure length in minutes")?;
    in_range(s.day_starts_at, &(0..=limits::DAY_START_HOUR_MAX), "the hour a day starts")?;
    for anchor in [&s.anchors.calm, &s.anchors.middle, &s.anchors.worst] {
        text(anchor, limits::SHORT_TEXT_CHARS, "one of your words for the 0-10 scale")?;
    }
    if s.safety_behaviours.len() > limits::MAX_SAFETY_BEHAVIOURS {
        return Err(format!(
            "the list of safety behaviours has {}; at most {} are kept",
            s.safety_behaviours.len(),
            limits::MAX_SAFETY_BEHAVIOURS
        ));
    }
    for behaviour in &s.safety_behaviours {
        text(behaviour, limits::SHORT_TEXT_CHARS, "a safety behaviour in your list")?;
    }
    if s.practice_times.len() > limits::MAX_PRACTICE_TIMES {
        return Err(format!(
            "the plan has {} practice times; at most {} are kept",
            s.practice_times.len(),
            limits::MAX_PRACTICE_TIMES
        ));
    }
    if s.plan_history.len() > crate::model::MAX_PLAN_HISTORY {
        return Err(format!(
            "the plan's history has {} changes; at most {} are kept",
            s.plan_history.len(),
            crate::model::MAX_PLAN_HISTORY
        ));
    }
    if let Some(c) = s.plan_history.iter().find(|c| usize::from(c.per_week) > 7 * limits::MAX_PRACTICE_TIMES) {
        return Err(format!("the plan's history holds {} practice times a week, more than a plan can", c.per_week));
    }
    let mut time_ids = BTreeSet::new();
    for t in &s.practice_times {
        if !time_ids.insert(t.id) {
            return Err(format!("two practice times share the id {}", t.id));
        }
        if t.hour > 23 || t.minute > 59 {
            return Err(format!("a practice time is at {}:{:02}, which is not a time of day", t.hour, t.minute));
        }
        if t.days.is_empty() || t.days.0 > 0x7F {
            return Err(format!("the practice time at {}:{:02} has no valid days", t.hour, t.minute));
        }
    }
    for contact in &s.crisis_contacts {
        text(&contact.name, limits::SHORT_TEXT_CHARS, "a crisis contact's name")?;
        text(&contact.how, limits::MEDIUM_TEXT_CHARS, "a crisis contact's details")?;
        if contact.how.trim().is_empty() {
            return Err(format!("the crisis contact \"{}\" has no way to reach it", ellipsis(&contact.name)));
        }
    }
    let mut pattern_ids = BTreeSet::new();
    for p in &s.breathing_patterns {
        if !pattern_ids.insert(p.id) {
            return Err(format!("two breathing patterns share the id {}", p.id));
        }
        let name = format!("breathing pattern \"{}\"", ellipsis(&p.name));
        text(&p.name, limits::SHORT_TEXT_CHARS, &format!("the name of {name}"))?;
        for secs in [p.inhale_secs, p.hold_in_secs, p.exhale_secs, p.hold_out_secs] {
            if secs > limits::MAX_PHASE_SECS {
                return Err(format!("{name} has a phase of {secs} s; at most {} s is allowed", limits::MAX_PHASE_SECS));
            }
        }
        if p.inhale_secs == 0 && p.exhale_secs == 0 {
            return Err(format!("{name} has neither an inhale nor an exhale"));
        }
    }
    if let Some(default) = s.default_pattern
        && !pattern_ids.contains(&default)
    {
        return Err(format!("the default breathing pattern {default} does not exist"));
    }
    Ok(())
}

fn text(value: &str, max_chars: usize, what: &str) -> Result<(), String> {
    // Cheap byte check first: a string of at most `max_chars` bytes has at most that many chars.
    if value.len() > max_chars && value.chars().count() > max_chars {
        return Err(format!("{what} is longer than {max_chars} characters"));
    }
    Ok(())
}

fn in_range(value: u8, range: &std::ops::RangeInclusive<u8>, what: &str) -> Result<(), String> {
    if range.contains(&value) {
        Ok(())
    } else {
        Err(format!("{what} is {value}; it must be {}-{}", range.start(), range.end()))
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
