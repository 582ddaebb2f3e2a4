//! The five-part exposure as a pure state machine over [`ExposureDraft`]:
//! choose a step, rate now (the safety gate), say what you expect, do it with a timer, reflect.
//!
//! Time is passed in (`now`); the timer is computed from the start time and the paused
//! seconds, never from frame counts, so it stays right when the window was hidden or closed.
//! The coach supplies the rules ([`coach::gate`], [`coach::override_needed`],
//! [`coach::daily_status`]); this module applies them to the draft and builds the exposure.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone};

use crate::coach::{self, Gate};
use crate::model::{
    Context, DraftStage, DuringRating, Expectancy, Exposure, ExposureDraft, ExposureId, LadderId, Library, Likelihood,
    Outcome, Rating, Reflection, StepId, Timestamp, behaviour_in_sentence, limits, same_words,
};

/// Why a step of the flow could not go ahead. The texts it carries are in the language in use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PracticeError {
    Blocked(String),
    NeedsConfirmation(String),
    LimitReached(String),
    Incomplete(String),
    NoStep,
    WrongStage,
}

impl std::fmt::Display for PracticeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Blocked(text) | Self::NeedsConfirmation(text) | Self::LimitReached(text) | Self::Incomplete(text) => {
                f.write_str(text)
            }
            Self::NoStep => f.write_str(&crate::t!("practice-error-no-step")),
            Self::WrongStage => f.write_str(&crate::t!("practice-error-wrong-stage")),
        }
    }
}

impl std::error::Error for PracticeError {}

/// Starts an exposure on `step`. `confirmed_override` is the person's explicit "yes" to a step
/// the coach would not pick (rated above 4, or above an unmastered step); it is recorded.
/// When today's limit is reached only an exposure done away from the screen can be logged.
pub fn begin<Tz: TimeZone>(
    library: &Library,
    ladder: LadderId,
    step: StepId,
    confirmed_override: bool,
    away_from_screen: bool,
    now: &DateTime<Tz>,
) -> Result<ExposureDraft, PracticeError> {
    let on_ladder = library.ladder(ladder).is_some_and(|l| l.step(step).is_some());
    if !on_ladder {
        return Err(PracticeError::NoStep);
    }
    let override_note = coach::override_needed(library, ladder, step);
    if override_note.is_some() && !confirmed_override {
        return Err(PracticeError::NeedsConfirmation(override_note.unwrap_or_default()));
    }
    if !away_from_screen && let Some(limit) = coach::daily_status(library, step, now).limit {
        return Err(PracticeError::LimitReached(limit));
    }
    let minutes = u32::from(library.settings.exposure_minutes);
    let planned_secs = (minutes * 60).clamp(limits::MIN_EXPOSURE_SECS, limits::MAX_EXPOSURE_SECS);
    Ok(ExposureDraft::new(ladder, step, planned_secs, override_note, away_from_screen))
}

/// Records "how anxious are you right now". The safety gate: a rating of 8 or more, or a
/// crisis, does not go on (the draft stays where it is and nothing is recorded).
pub fn rate(draft: &mut ExposureDraft, before: Rating, in_crisis: bool) -> Result<Gate, PracticeError> {
    if draft.stage != DraftStage::Rate {
        return Err(PracticeError::WrongStage);
    }
    let gate = coach::gate(before, in_crisis);
    if let Gate::Blocked { reason } = &gate {
        return Err(PracticeError::Blocked(reason.clone()));
    }
    draft.before = Some(before);
    draft.stage = DraftStage::Expect;
    Ok(gate)
}

/// Records the prediction: the feared outcome in a sentence and how likely it feels.
pub fn expect(draft: &mut ExposureDraft, feared_outcome: &str, likelihood: Likelihood) -> Result<(), PracticeError> {
    if draft.stage != DraftStage::Expect {
        return Err(PracticeError::WrongStage);
    }
    let feared_outcome = feared_outcome.trim();
    if feared_outcome.is_empty() {
        return Err(PracticeError::Incomplete(crate::t!("practice-feared-empty")));
    }
    if feared_outcome.chars().count() > limits::MEDIUM_TEXT_CHARS {
        return Err(PracticeError::Incomplete(crate::t!("practice-too-long", count = limits::MEDIUM_TEXT_CHARS)));
    }
    draft.expectancy = Expectancy { feared_outcome: feared_outcome.to_owned(), likelihood };
    // An exposure logged afterwards has no timer: straight on to the reflection.
    draft.stage = if draft.away_from_screen { DraftStage::Reflect } else { DraftStage::DoIt };
    Ok(())
}

/// Records the optional plan that goes with the prediction: the safety behaviours to do without
/// this time (the same one named twice is kept once) and the context. Asked in the same part as
/// the prediction, so it is set just before [`expect`].
pub fn plan(draft: &mut ExposureDraft, planned_drops: &[String], context: &Context) -> Result<(), PracticeError> {
    if draft.stage != DraftStage::Expect {
        return Err(PracticeError::WrongStage);
    }
    let mut drops: Vec<String> = Vec::new();
    for name in planned_drops.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        if name.chars().count() > limits::MEDIUM_TEXT_CHARS {
            return Err(PracticeError::Incomplete(crate::t!(
                "practice-behaviour-too-long",
                count = limits::MEDIUM_TEXT_CHARS
            )));
        }
        if !drops.iter().any(|d| same_words(d, name)) {
            drops.push(name.to_owned());
        }
    }
    let context = context.trimmed();
    if context.place.chars().count() > limits::SHORT_TEXT_CHARS
        || context.people.chars().count() > limits::SHORT_TEXT_CHARS
    {
        return Err(PracticeError::Incomplete(crate::t!(
            "practice-context-too-long",
            count = limits::SHORT_TEXT_CHARS
        )));
    }
    if context.different.chars().count() > limits::MEDIUM_TEXT_CHARS {
        return Err(PracticeError::Incomplete(crate::t!(
            "practice-different-too-long",
            count = limits::MEDIUM_TEXT_CHARS
        )));
    }
    draft.planned_drops = drops;
    draft.context = context;
    Ok(())
}

/// "How is it now?": a rating tapped while the timer runs (or is paused), kept with the time it
/// was tapped. It decides nothing and never ends the timer.
pub fn rate_during(draft: &mut ExposureDraft, rating: Rating, now: Timestamp) -> Result<(), PracticeError> {
    if draft.stage != DraftStage::DoIt || draft.started.is_none() {
        return Err(PracticeError::WrongStage);
    }
    if draft.during.len() >= limits::MAX_DURING_RATINGS {
        return Err(PracticeError::LimitReached(crate::t!(
            "practice-during-limit",
            count = limits::MAX_DURING_RATINGS
        )));
    }
    let secs = elapsed_secs(draft, now).clamp(0, i64::from(draft.planned_secs));
    draft.during.push(DuringRating { secs: u32::try_from(secs).unwrap_or(0), rating });
    Ok(())
}

/// Sets the timer length, clamped to 2-4 minutes; only before the timer starts.
pub fn set_planned_secs(draft: &mut ExposureDraft, secs: u32) {
    if draft.started.is_none() {
        draft.planned_secs = secs.clamp(limits::MIN_EXPOSURE_SECS, limits::MAX_EXPOSURE_SECS);
    }
}

pub fn start_timer(draft: &mut ExposureDraft, now: Timestamp) -> Result<(), PracticeError> {
    if draft.stage != DraftStage::DoIt || draft.started.is_some() {
        return Err(PracticeError::WrongStage);
    }
    draft.started = Some(now);
    Ok(())
}

/// `now`, but never before the timer started (the wall clock can be set back).
fn not_before_start(draft: &ExposureDraft, now: Timestamp) -> Timestamp {
    draft.started.map_or(now, |started| now.max(started))
}

pub fn pause(draft: &mut ExposureDraft, now: Timestamp) {
    if draft.stage == DraftStage::DoIt && draft.started.is_some() && draft.paused_at.is_none() {
        draft.paused_at = Some(not_before_start(draft, now));
    }
}

pub fn resume(draft: &mut ExposureDraft, now: Timestamp) {
    if let Some(paused_at) = draft.paused_at.take() {
        draft.paused_secs =
            draft.paused_secs.saturating_add(now.unix_secs().saturating_sub(paused_at.unix_secs()).max(0));
    }
}

/// Seconds the timer has run (excluding pauses), as of `now`.
#[must_use]
pub fn elapsed_secs(draft: &ExposureDraft, now: Timestamp) -> i64 {
    let Some(started) = draft.started else { return 0 };
    let until = draft.ended.or(draft.paused_at).unwrap_or(now);
    until.unix_secs().saturating_sub(started.unix_secs()).saturating_sub(draft.paused_secs).max(0)
}

/// Seconds left on the timer (0 when time is up).
#[must_use]
pub fn remaining_secs(draft: &ExposureDraft, now: Timestamp) -> i64 {
    i64::from(draft.planned_secs).saturating_sub(elapsed_secs(draft, now)).max(0)
}

/// Is the timer counting (started, not paused, not finished)?
#[must_use]
pub fn timer_running(draft: &ExposureDraft) -> bool {
    draft.stage == DraftStage::DoIt && draft.started.is_some() && draft.paused_at.is_none()
}

/// Ends the timed part: on time, or early (which marks the exposure as difficult).
pub fn finish(draft: &mut ExposureDraft, now: Timestamp, stopped_early: bool) -> Result<(), PracticeError> {
    if draft.stage != DraftStage::DoIt {
        return Err(PracticeError::WrongStage);
    }
    resume(draft, now);
    draft.started = draft.started.or(Some(now));
    draft.ended = Some(not_before_start(draft, now));
    draft.stopped_early = stopped_early;
    draft.stage = DraftStage::Reflect;
    Ok(())
}

/// The person did the step in the world instead of with the timer.
pub fn done_away_from_screen(draft: &mut ExposureDraft, now: Timestamp) -> Result<(), PracticeError> {
    if draft.stage != DraftStage::DoIt {
        return Err(PracticeError::WrongStage);
    }
    draft.away_from_screen = true;
    draft.paused_at = None;
    draft.started = Some(now);
    draft.ended = Some(now);
    draft.stage = DraftStage::Reflect;
    Ok(())
}

/// What the person enters when reflecting. Every rating and the outcome are required.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReflectionInput {
    pub after: Option<Rating>,
    pub peak: Option<Rating>,
    pub outcome: Option<Outcome>,
    pub learned: String,
    /// For each safety behaviour planned to drop (by name): did the person manage without it?
    /// Every planned one needs its answer ([`drops_answered`]): a guess either way would bend
    /// the tally of outcomes with and without it.
    pub managed_without: BTreeMap<String, bool>,
    /// Other safety behaviours that crept in, and any the person wrote in their own words.
    pub safety_behaviours: Vec<String>,
    /// The person found it hard (also set automatically when they stopped early).
    pub difficult: bool,
}

/// Whether every safety behaviour the draft planned to drop has its answer in `managed_without`.
#[must_use]
pub fn drops_answered(draft: &ExposureDraft, managed_without: &BTreeMap<String, bool>) -> bool {
    draft.planned_drops.iter().all(|p| managed_without.contains_key(p))
}

/// Builds the finished exposure from the draft and the reflection, or says what is missing.
pub fn complete(
    draft: &ExposureDraft,
    input: &ReflectionInput,
    id: ExposureId,
    now: Timestamp,
) -> Result<Exposure, PracticeError> {
    if draft.stage != DraftStage::Reflect {
        return Err(PracticeError::WrongStage);
    }
    let missing = |id: &str| PracticeError::Incomplete(crate::t!(id));
    let before = draft.before.ok_or_else(|| missing("practice-missing-before"))?;
    let after = input.after.ok_or_else(|| missing("practice-missing-after"))?;
    let peak = input.peak.ok_or_else(|| missing("practice-missing-peak"))?;
    let outcome = input.outcome.ok_or_else(|| missing("practice-missing-outcome"))?;
    let learned = input.learned.trim();
    if learned.is_empty() {
        return Err(missing("practice-missing-learned"));
    }
    if learned.chars().count() > limits::LONG_TEXT_CHARS {
        return Err(PracticeError::Incomplete(crate::t!("practice-too-long", count = limits::LONG_TEXT_CHARS)));
    }
    if input.safety_behaviours.iter().any(|b| b.trim().chars().count() > limits::MEDIUM_TEXT_CHARS) {
        return Err(PracticeError::Incomplete(crate::t!(
            "practice-behaviour-too-long",
            count = limits::MEDIUM_TEXT_CHARS
        )));
    }
    if peak < after {
        return Err(PracticeError::Incomplete(crate::t!(
            "practice-peak-below-after",
            peak = peak.get(),
            after = after.get()
        )));
    }
    // Used: each planned one not managed without, then the ones that crept in (each once).
    let mut used: Vec<String> = Vec::new();
    for planned in &draft.planned_drops {
        match input.managed_without.get(planned) {
            None => {
                return Err(PracticeError::Incomplete(crate::t!(
                    "practice-missing-managed",
                    behaviour = behaviour_in_sentence(planned)
                )));
            }
            Some(false) => used.push(planned.clone()),
            Some(true) => {}
        }
    }
    for crept in input.safety_behaviours.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !used.iter().any(|u| same_words(u, crept)) {
            used.push(crept.to_owned());
        }
    }
    let started = draft.started.unwrap_or(now);
    Ok(Exposure {
        id,
        ladder: draft.ladder,
        step: draft.step,
        started,
        ended: draft.ended.unwrap_or(now).max(started),
        before,
        peak,
        after,
        expectancy: draft.expectancy.clone(),
        reflection: Reflection { outcome, learned: learned.to_owned(), safety_behaviours: used },
        difficult: input.difficult || draft.stopped_early,
        away_from_screen: draft.away_from_screen,
        override_note: draft.override_note.clone(),
        planned_drops: draft.planned_drops.clone(),
        context: draft.context.clone(),
        during: draft.during.clone(),
    })
}

/// A short, warm acknowledgement that names what changed.
#[must_use]
pub fn acknowledgement(exposure: &Exposure) -> String {
    let mut parts = vec![crate::t!("practice-ack-did-it")];
    let (before, after) = (exposure.before.get(), exposure.after.get());
    let anxiety = match after.cmp(&before) {
        std::cmp::Ordering::Less => "practice-ack-went-down",
        std::cmp::Ordering::Equal => "practice-ack-same",
        std::cmp::Ordering::Greater => "practice-ack-rose",
    };
    parts.push(crate::t!(anxiety, before = before, after = after));
    let likelihood = exposure.expectancy.likelihood.get();
    parts.push(match exposure.reflection.outcome {
        Outcome::DidNotHappen => crate::t!("practice-ack-did-not-happen", likelihood = likelihood),
        Outcome::Partly => crate::t!("practice-ack-partly", likelihood = likelihood),
        Outcome::Happened => crate::t!("practice-ack-happened"),
    });
    let dropped: Vec<String> = exposure.dropped().into_iter().map(behaviour_in_sentence).collect();
    if let Some(behaviours) = either_of(&dropped) {
        parts.push(crate::t!("practice-ack-without", behaviours = behaviours));
    }
    parts.join(" ")
}

/// "a or b or c" in the language in use; `None` for no names.
#[must_use]
pub fn either_of(names: &[String]) -> Option<String> {
    let (first, rest) = names.split_first()?;
    Some(rest.iter().fold(first.clone(), |all, next| crate::t!("practice-or", first = all, second = next)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, Utc};

    use crate::model::{Ladder, Timestamp};

    const T0: i64 = 1_795_000_000;

    fn r(n: u8) -> Rating {
        Rating::saturating(n)
    }

    fn setup() -> (Library, LadderId, Vec<StepId>) {
        let ladder = Ladder::new(
            "Calls",
            "I fear sounding awkward",
            &[("Call a shop for opening hours", r(2)), ("Call a friend", r(3)), ("Call the dentist", r(6))],
            Timestamp::EPOCH,
        );
        let (id, steps) = (ladder.id, ladder.steps.iter().map(|s| s.id).collect());
        (Library { ladders: vec![ladder], ..Library::default() }, id, steps)
    }

    fn now() -> DateTime<FixedOffset> {
        Timestamp::from_unix_secs(T0).utc().with_timezone(&FixedOffset::east_opt(3600).unwrap())
    }

    fn ts(offset: i64) -> Timestamp {
        Timestamp::from_unix_secs(T0 + offset)
    }

    fn reflection() -> ReflectionInput {
        ReflectionInput {
            after: Some(r(2)),
            peak: Some(r(5)),
            outcome: Some(Outcome::DidNotHappen),
            learned: "  The shop assistant was kind.  ".to_owned(),
            managed_without: BTreeMap::new(),
            safety_behaviours: vec!["Rehearsed my lines".to_owned(), " ".to_owned()],
            difficult: false,
        }
    }

    #[test]
    fn a_whole_exposure_with_the_timer() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        assert_eq!(draft.planned_secs, 180, "default 3 minutes");
        assert_eq!(rate(&mut draft, r(4), false), Ok(Gate::Clear));
        expect(&mut draft, "They will sigh at me", Likelihood::new(70).unwrap()).unwrap();
        assert_eq!(draft.stage, DraftStage::DoIt);
        start_timer(&mut draft, ts(0)).unwrap();
        assert_eq!(remaining_secs(&draft, ts(50)), 130);
        pause(&mut draft, ts(60));
        assert_eq!(elapsed_secs(&draft, ts(500)), 60, "paused time does not count");
        resume(&mut draft, ts(100));
        assert_eq!(elapsed_secs(&draft, ts(130)), 90);
        assert_eq!(remaining_secs(&draft, ts(1_000)), 0);
        finish(&mut draft, ts(220), false).unwrap();
        let exposure = complete(&draft, &reflection(), ExposureId(9), ts(300)).unwrap();
        assert_eq!((exposure.before, exposure.after, exposure.peak), (r(4), r(2), r(5)));
        assert_eq!(exposure.started, ts(0));
        assert_eq!(exposure.ended, ts(220));
        assert_eq!(exposure.reflection.learned, "The shop assistant was kind.");
        assert_eq!(exposure.reflection.safety_behaviours, ["Rehearsed my lines"]);
        assert_eq!(exposure.expectancy.likelihood.get(), 70);
        assert!(!exposure.difficult && !exposure.away_from_screen);
        let text = acknowledgement(&exposure);
        assert!(text.contains("from 4 to 2") && text.contains("70 %") && text.contains("didn't happen"), "{text}");
    }

    #[test]
    fn the_gate_blocks_at_eight_nine_ten_and_in_crisis() {
        let (lib, ladder, steps) = setup();
        for (rating, crisis) in [(8, false), (9, false), (10, false), (2, true)] {
            let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
            let err = rate(&mut draft, r(rating), crisis).unwrap_err();
            assert!(matches!(err, PracticeError::Blocked(_)), "{rating} {crisis}");
            assert_eq!(draft.stage, DraftStage::Rate, "the exposure does not start");
            assert_eq!(draft.before, None);
        }
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        assert!(matches!(rate(&mut draft, r(6), false), Ok(Gate::SuggestBreathing { .. })));
    }

    #[test]
    fn a_step_above_the_recommendation_needs_a_recorded_confirmation() {
        let (lib, ladder, steps) = setup();
        let err = begin(&lib, ladder, steps[2], false, false, &now()).unwrap_err();
        assert!(matches!(err, PracticeError::NeedsConfirmation(_)));
        let draft = begin(&lib, ladder, steps[2], true, false, &now()).unwrap();
        assert!(draft.override_note.is_some());
        assert!(begin(&lib, ladder, steps[0], false, false, &now()).unwrap().override_note.is_none());
    }

    #[test]
    fn the_reflection_cannot_be_skipped() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        rate(&mut draft, r(3), false).unwrap();
        assert_eq!(complete(&draft, &reflection(), ExposureId(1), ts(0)), Err(PracticeError::WrongStage));
        expect(&mut draft, "I will stammer", Likelihood::new(50).unwrap()).unwrap();
        start_timer(&mut draft, ts(0)).unwrap();
        finish(&mut draft, ts(180), false).unwrap();
        for broken in [
            ReflectionInput { after: None, ..reflection() },
            ReflectionInput { peak: None, ..reflection() },
            ReflectionInput { outcome: None, ..reflection() },
            ReflectionInput { learned: "   ".into(), ..reflection() },
            ReflectionInput { peak: Some(r(1)), ..reflection() },
        ] {
            assert!(matches!(complete(&draft, &broken, ExposureId(1), ts(200)), Err(PracticeError::Incomplete(_))));
        }
    }

    #[test]
    fn stopping_early_marks_it_difficult_and_away_skips_the_timer() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        rate(&mut draft, r(3), false).unwrap();
        expect(&mut draft, "I will freeze", Likelihood::new(40).unwrap()).unwrap();
        start_timer(&mut draft, ts(0)).unwrap();
        finish(&mut draft, ts(30), true).unwrap();
        assert!(complete(&draft, &reflection(), ExposureId(2), ts(60)).unwrap().difficult);

        let mut away = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        rate(&mut away, r(3), false).unwrap();
        expect(&mut away, "I will freeze", Likelihood::new(40).unwrap()).unwrap();
        done_away_from_screen(&mut away, ts(10)).unwrap();
        let exposure = complete(&away, &reflection(), ExposureId(3), ts(20)).unwrap();
        assert!(exposure.away_from_screen);
    }

    #[test]
    fn the_daily_limit_leaves_only_the_away_from_screen_path() {
        let (mut lib, ladder, steps) = setup();
        for n in 0..3 {
            let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
            rate(&mut draft, r(3), false).unwrap();
            expect(&mut draft, "I will freeze", Likelihood::new(40).unwrap()).unwrap();
            start_timer(&mut draft, ts(n * 60)).unwrap();
            finish(&mut draft, ts(n * 60 + 30), false).unwrap();
            let exposure = complete(&draft, &reflection(), ExposureId(n as u64 + 10), ts(n * 60 + 40)).unwrap();
            lib.exposures_mut().push(exposure);
        }
        let later = now() + chrono::Duration::minutes(10);
        let err = begin(&lib, ladder, steps[0], false, false, &later).unwrap_err();
        assert!(matches!(err, PracticeError::LimitReached(_)), "{err:?}");
        let away = begin(&lib, ladder, steps[0], false, true, &later).unwrap();
        assert!(away.away_from_screen);
        // Tomorrow the limit is gone.
        let tomorrow = Timestamp::from_unix_secs(T0 + 86_400).utc().with_timezone(&Utc);
        assert!(begin(&lib, ladder, steps[0], false, false, &tomorrow).is_ok());
    }

    #[test]
    fn a_clock_set_back_never_ends_an_exposure_before_it_started() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        rate(&mut draft, r(3), false).unwrap();
        expect(&mut draft, "I will freeze", Likelihood::new(40).unwrap()).unwrap();
        start_timer(&mut draft, ts(100)).unwrap();
        pause(&mut draft, ts(50));
        assert_eq!(draft.paused_at, Some(ts(100)));
        resume(&mut draft, ts(40));
        finish(&mut draft, ts(30), false).unwrap();
        assert_eq!(draft.ended, Some(ts(100)));
        let mut library = lib.clone();
        library.in_progress = Some(draft);
        assert_eq!(crate::store::validate::validate(&library), Ok(()));
    }

    #[test]
    fn a_planned_drop_a_context_and_ratings_during_the_timer_are_kept() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        rate(&mut draft, r(3), false).unwrap();
        let drops = [
            "Rehearsing what to say".to_owned(),
            " rehearsing WHAT to say".to_owned(),
            "Avoiding eye contact".to_owned(),
        ];
        let context =
            Context { place: " the corner shop ".into(), people: "a cashier".into(), different: String::new() };
        plan(&mut draft, &drops, &context).unwrap();
        assert_eq!(draft.planned_drops, ["Rehearsing what to say", "Avoiding eye contact"], "kept once each");
        expect(&mut draft, "They will sigh at me", Likelihood::new(60).unwrap()).unwrap();
        assert_eq!(plan(&mut draft, &[], &Context::default()), Err(PracticeError::WrongStage));
        assert_eq!(rate_during(&mut draft, r(5), ts(0)), Err(PracticeError::WrongStage), "not before the timer");
        start_timer(&mut draft, ts(0)).unwrap();
        rate_during(&mut draft, r(6), ts(40)).unwrap();
        rate_during(&mut draft, r(4), ts(500)).unwrap();
        assert!(timer_running(&draft), "a rating never ends the timer");
        finish(&mut draft, ts(200), false).unwrap();
        let answers = |rehearsing| {
            BTreeMap::from([
                ("Rehearsing what to say".to_owned(), rehearsing),
                ("Avoiding eye contact".to_owned(), false),
            ])
        };
        let unanswered = ReflectionInput {
            managed_without: BTreeMap::from([("Avoiding eye contact".to_owned(), false)]),
            safety_behaviours: Vec::new(),
            ..reflection()
        };
        assert!(!drops_answered(&draft, &unanswered.managed_without));
        assert!(
            matches!(complete(&draft, &unanswered, ExposureId(5), ts(210)), Err(PracticeError::Incomplete(m)) if m.contains("without rehearsing what to say")),
            "each planned drop needs its answer"
        );
        let input = ReflectionInput { managed_without: answers(true), safety_behaviours: Vec::new(), ..reflection() };
        assert!(drops_answered(&draft, &input.managed_without));
        let exposure = complete(&draft, &input, ExposureId(5), ts(210)).unwrap();
        assert_eq!(exposure.context.place, "the corner shop");
        let taps: Vec<(u32, u8)> = exposure.during.iter().map(|d| (d.secs, d.rating.get())).collect();
        assert_eq!(taps, [(40, 6), (180, 4)], "a late tap is kept at the end of the timer");
        assert_eq!(exposure.dropped(), ["Rehearsing what to say"]);
        let text = acknowledgement(&exposure);
        assert!(text.ends_with("And you did it without rehearsing what to say."), "{text}");
    }

    #[test]
    fn ratings_during_the_timer_stop_at_the_limit() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, false, &now()).unwrap();
        rate(&mut draft, r(3), false).unwrap();
        expect(&mut draft, "x", Likelihood::new(60).unwrap()).unwrap();
        start_timer(&mut draft, ts(0)).unwrap();
        for n in 0..i64::try_from(limits::MAX_DURING_RATINGS).unwrap() {
            rate_during(&mut draft, r(3), ts(n)).unwrap();
        }
        assert!(matches!(rate_during(&mut draft, r(3), ts(100)), Err(PracticeError::LimitReached(_))));
        assert_eq!(draft.during.len(), limits::MAX_DURING_RATINGS);
    }

    #[test]
    fn the_screens_lists_and_counts_read_in_both_languages() {
        use crate::i18n::{Arg, Lang, tr_in};
        let it = Lang::from_tag("it").unwrap();
        let en = Lang::english();
        let names = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(either_of(&names).unwrap(), "a or b or c");
        assert_eq!(either_of(&names[..1]).unwrap(), "a");
        assert_eq!(either_of(&[]), None);
        let or = tr_in(it, "practice-or", &[("first", Arg::from("a")), ("second", Arg::from("b"))]);
        assert_eq!(or, "a o b");
        let done = |lang, n: usize| tr_in(lang, "practice-done-today", &[("count", Arg::from(n))]);
        assert_eq!(done(en, 1), "Done today: 1 exposure.");
        assert_eq!(done(en, 2), "Done today: 2 exposures.");
        assert_eq!(done(it, 1), "Oggi hai fatto 1 esposizione.");
        assert_eq!(done(it, 3), "Oggi hai fatto 3 esposizioni.");
        let row = |lang, contexts: usize, status: &str| {
            tr_in(
                lang,
                "practice-step-row",
                &[
                    ("number", Arg::from(3_usize)),
                    ("situation", Arg::from("Call the dentist")),
                    ("estimate", Arg::from(6_u8)),
                    ("contexts", Arg::from(contexts)),
                    ("status", Arg::from(status)),
                ],
            )
        };
        assert_eq!(row(en, 0, "none"), "3. Call the dentist (estimate 6)");
        assert_eq!(row(en, 1, "mastered"), "3. Call the dentist (estimate 6), 1 context - mastered");
        assert_eq!(row(en, 2, "recommended"), "3. Call the dentist (estimate 6), 2 contexts - recommended");
        assert_eq!(row(it, 2, "mastered"), "3. Call the dentist (stima 6), 2 contesti - superato");
        let contexts = |lang, n: usize| {
            tr_in(lang, "practice-estimate-contexts", &[("estimate", Arg::from(3_u8)), ("contexts", Arg::from(n))])
        };
        assert_eq!(contexts(en, 0), "Your estimate: 3; no context recorded yet");
        assert_eq!(contexts(en, 1), "Your estimate: 3; done in 1 context");
        assert_eq!(contexts(en, 4), "Your estimate: 3; done in 4 different contexts");
        assert_eq!(contexts(it, 1), "La tua stima: 3; fatto in 1 contesto");
        let week = |lang, goal: u8| {
            tr_in(lang, "practice-this-week", &[("done", Arg::from(1_usize)), ("goal", Arg::from(goal))])
        };
        assert_eq!(week(en, 1), "This week: 1 of 1 exposures");
        assert_eq!(week(it, 1), "Questa settimana: 1 su 1 esposizione");
        assert_eq!(week(it, 10), "Questa settimana: 1 su 10 esposizioni");
    }

    #[test]
    fn an_overlong_safety_behaviour_is_refused_before_saving() {
        let (lib, ladder, steps) = setup();
        let mut draft = begin(&lib, ladder, steps[0], false, true, &now()).unwrap();
        rate(&mut draft, r(3), false).unwrap();
        expect(&mut draft, "I will freeze", Likelihood::new(40).unwrap()).unwrap();
        let long =
            ReflectionInput { safety_behaviours: vec!["x".repeat(limits::MEDIUM_TEXT_CHARS + 1)], ..reflection() };
        assert!(matches!(complete(&draft, &long, ExposureId(4), ts(10)), Err(PracticeError::Incomplete(_))));
    }
}
