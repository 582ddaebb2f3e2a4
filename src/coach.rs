//! The coach: which step to practise next and why, daily and weekly pacing, and the safety gate.
//!
//! Pure functions of `(&Library, ids, now)`: no egui, no IO, no clock. Functions that depend on
//! "today" or "this week" are generic over a [`chrono::TimeZone`] and read the calendar in the
//! zone of the `now` they are given (the app passes `Local`, tests pin `FixedOffset`).
//!
//! The rules (see `PROTOCOL.md`, "Progression rules" and "Safety gate"):
//!
//! - **Mastery.** A step is mastered when its after-rating was below [`MASTERY_BELOW`] on the
//!   last N exposures of that step in a row (N = `settings.mastery_streak`, 2 or 3). One
//!   after-rating of 2 or more resets the run. The rule is written once, as the fold
//!   [`Mastery`]; every other answer about mastery (here, in `stats` and on the screens) uses it.
//! - **Order.** The recommended step is the lowest (easiest) step that is not mastered; an
//!   unmastered step is never skipped, whatever happened on the steps above it.
//! - **Difficult tries.** An exposure is difficult when the person marked it so (or stopped
//!   early), or when its after-rating is [`DIFFICULT_RISE`] or more above its before-rating. If the
//!   most recent exposure on a ladder was difficult, the coach suggests the same step again,
//!   varied a little (a different place, person or time). It suggests the previous step instead
//!   when there is one and either that try ended at [`STEP_BACK_AFTER_AT`] or more, or the last two
//!   tries of that step were both difficult. If the difficult try was above an unmastered step
//!   (the person skipped ahead), the coach goes back to the lowest unmastered step.
//! - **Pacing.** At most [`MAX_PER_DAY`] exposures a day and [`MAX_PER_DAY_PER_STEP`] a day on one
//!   step, ideally [`SUGGESTED_SPACING_HOURS`] hours apart. Reaching a limit produces a kind
//!   explanation, never a lock: exposures done away from the screen can still be logged.
//! - **Weekly goal.** Exposures started in the current ISO week (Monday to Sunday, local time)
//!   counted against `settings.weekly_goal`.
//! - **When a day starts.** "Today" and "this week" begin at `settings.day_starts_at` o'clock
//!   local time (midnight unless the person, a night owl, moved it): an exposure at 01:30 with
//!   a day that starts at 04:00 counts for the day before ([`practice_date`]).
//! - **Maintenance.** When every step of a ladder is mastered, the coach suggests now and then a
//!   mastered step in a new context: the one that has waited longest since its last try, so the
//!   order mixes itself, naming the contexts it was already done in.
//! - **Contexts and safety behaviours.** Advice to vary a step names the contexts it was done in
//!   ([`contexts`]); a step going well on which a safety behaviour was still used last time gets
//!   a suggestion to drop it.
//! - **Ratings that stay high.** [`high_baseline`] notices when most recent before-ratings are 7
//!   or more (see `baseline.rs`); it never blocks practice.
//! - **Safety gate.** A before-rating of [`GATE_BLOCK_AT`] or more, or a crisis, means the
//!   exposure does not start; breathing, grounding and crisis resources are offered instead.
//!   From [`GATE_SUGGEST_FROM`] up to 7 a breathing minute is suggested first.
//! - **Override.** Choosing a step whose estimate is above [`OVERRIDE_ESTIMATE_ABOVE`], or a step
//!   above an unmastered one, needs an explicit confirmation that is recorded with the exposure.
//!
//! Every text comes from the localiser (`coach-` messages) and names the numbers it used.

use std::collections::{BTreeMap, BTreeSet};

mod baseline;

pub use baseline::{
    BASELINE_HIGH_AT, BASELINE_MIN_RATINGS, BASELINE_REMIND_DAYS, BASELINE_WINDOW_DAYS, HighBaseline, high_baseline,
    high_baseline_notice,
};

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};

use crate::model::{Exposure, Ladder, LadderId, Library, Rating, StepId, Timestamp, behaviour_in_sentence, limits};

/// A step counts towards mastery only when its after-rating is below this.
pub const MASTERY_BELOW: u8 = 2;
/// Most exposures in one local calendar day, across all ladders.
pub const MAX_PER_DAY: usize = 3;
/// Most exposures in one local calendar day on the same step.
pub const MAX_PER_DAY_PER_STEP: usize = 3;
/// Suggested hours between two exposures; a closer one gets a gentle hint.
pub const SUGGESTED_SPACING_HOURS: i64 = 3;
/// A before-rating at or above this blocks the exposure.
pub const GATE_BLOCK_AT: u8 = crate::model::limits::GATE_BLOCK_AT;
/// A before-rating from this up to just below [`GATE_BLOCK_AT`] suggests breathing first.
pub const GATE_SUGGEST_FROM: u8 = 5;
/// An after-rating this much above the before-rating (or more) makes an exposure difficult.
pub const DIFFICULT_RISE: u8 = 2;
/// A difficult exposure whose after-rating is at least this sends the person one step back.
pub const STEP_BACK_AFTER_AT: u8 = 7;
/// A chosen step with an estimate above this needs a confirmed override (2-4 works best).
pub const OVERRIDE_ESTIMATE_ABOVE: u8 = 4;

/// What kind of suggestion a [`Recommendation`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecommendationKind {
    /// The ladder has no exposures yet: start at step 1.
    FirstStep,
    /// Keep practising the lowest unmastered step.
    Continue,
    /// The step below the recommended one was mastered by the most recent exposure.
    Advance,
    /// The most recent exposure was difficult: the same step again, varied a little.
    RepeatAfterDifficult,
    /// The most recent exposure was very difficult, or difficult twice in a row: one step back
    /// (or back down to the lowest unmastered step when the difficult try skipped ahead).
    StepBackAfterDifficult,
    /// Every step of the ladder is mastered: now and then a mastered step in a new context, the
    /// one that has waited longest.
    Maintenance,
    /// The ladder has no steps; `step` is `None`.
    EmptyLadder,
}

/// The coach's suggestion for one ladder, with its reason in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub ladder: LadderId,
    /// The step to practise; `None` for [`RecommendationKind::EmptyLadder`].
    pub step: Option<StepId>,
    /// The step's 1-based position on the ladder (1 = easiest).
    pub step_number: Option<usize>,
    pub kind: RecommendationKind,
    /// Why, in warm plain words in the language in use, naming the ratings it was based on.
    pub reason: String,
}

/// Today's exposures and pacing advice for one step.
#[derive(Clone, Debug, PartialEq)]
pub struct DailyStatus {
    /// Exposures (all ladders) started on today's local calendar date.
    pub today_total: usize,
    /// Of those, the ones on the asked-about step.
    pub today_on_step: usize,
    /// Hours since the most recent exposure (any step) that started at or before `now`.
    pub hours_since_last: Option<f64>,
    /// Set when a daily limit is reached: why, in words.
    pub limit: Option<String>,
    /// Set when the last exposure was less than [`SUGGESTED_SPACING_HOURS`] ago.
    pub spacing_hint: Option<String>,
}

/// Exposures this week against the person's weekly goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeeklyProgress {
    /// Exposures started in the current local ISO week (Monday 00:00 to Sunday 23:59:59).
    pub done: usize,
    pub goal: u8,
}

/// The safety gate's answer before an exposure starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gate {
    /// Go ahead.
    Clear,
    /// The exposure may start, but a minute of breathing first is suggested.
    SuggestBreathing { reason: String },
    /// The exposure does not start; breathing, grounding and crisis resources are offered.
    Blocked { reason: String },
}

/// The mastery streak from the settings, kept within 2-3 so a damaged file cannot make every
/// step count as mastered.
#[must_use]
pub fn streak_needed(library: &Library) -> u8 {
    let range = limits::MASTERY_STREAK_RANGE;
    library.settings.mastery_streak.clamp(*range.start(), *range.end())
}

/// All exposures of one step, oldest first (by `started`; ties keep the recorded order).
#[must_use]
pub fn step_history(library: &Library, step: StepId) -> Vec<&Exposure> {
    let mut history: Vec<&Exposure> = library.exposures_of_step(step).collect();
    history.sort_by_key(|e| e.started);
    history
}

/// The mastery rule, written once: a fold over one step's exposures in time order (oldest
/// first, as [`step_history`] gives them) that answers "mastered?" and "since when".
///
/// A step is mastered while its last `streak_needed` after-ratings in a row are below
/// [`MASTERY_BELOW`]; one after-rating of 2 or more resets the run, so mastery can be lost and
/// won again. [`is_mastered`], [`mastered_steps`], [`low_streak`] and
/// [`crate::stats::mastered_over_time`] all use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mastery {
    needed: usize,
    streak: usize,
    since: Option<Timestamp>,
}

impl Mastery {
    /// A step never tried: not mastered. A `streak_needed` of 0 is treated as 1, so a step
    /// never tried is never mastered.
    #[must_use]
    pub fn new(streak_needed: u8) -> Self {
        Self { needed: usize::from(streak_needed.max(1)), streak: 0, since: None }
    }

    /// The fold over `history`, which must be one step's exposures, oldest first.
    #[must_use]
    pub fn of<'a>(history: impl IntoIterator<Item = &'a Exposure>, streak_needed: u8) -> Self {
        let mut mastery = Self::new(streak_needed);
        for exposure in history {
            mastery.push(exposure);
        }
        mastery
    }

    /// Takes the step's next exposure (later than, or recorded after, every one before). Returns
    /// true when this exposure changed whether the step is mastered (won or lost).
    pub fn push(&mut self, exposure: &Exposure) -> bool {
        let was = self.is_mastered();
        self.streak = if exposure.after.get() < MASTERY_BELOW { self.streak.saturating_add(1) } else { 0 };
        let is = self.is_mastered();
        if is && !was {
            self.since = Some(exposure.started);
        } else if !is {
            self.since = None;
        }
        was != is
    }

    /// Whether the step is mastered after the exposures seen so far.
    #[must_use]
    pub fn is_mastered(&self) -> bool {
        self.streak >= self.needed
    }

    /// When the step became mastered (the start of the exposure that completed the current
    /// run); `None` while it is not mastered.
    #[must_use]
    pub fn since(&self) -> Option<Timestamp> {
        self.since
    }

    /// How many of the most recent exposures in a row had an after-rating below
    /// [`MASTERY_BELOW`].
    #[must_use]
    pub fn streak(&self) -> usize {
        self.streak
    }
}

/// The mastery fold over all exposures of `step` (see [`Mastery`]).
#[must_use]
pub fn mastery(library: &Library, step: StepId, streak_needed: u8) -> Mastery {
    Mastery::of(step_history(library, step), streak_needed)
}

/// How many of the step's most recent exposures in a row had an after-rating below
/// [`MASTERY_BELOW`].
#[must_use]
pub fn low_streak(library: &Library, step: StepId) -> usize {
    mastery(library, step, 1).streak()
}

/// Every mastered step of the library, found in one pass over the exposures (the same rule as
/// [`is_mastered`], for screens that show many steps at once).
#[must_use]
pub fn mastered_steps(library: &Library, streak_needed: u8) -> BTreeSet<StepId> {
    let mut by_step: BTreeMap<StepId, Vec<&Exposure>> = BTreeMap::new();
    for exposure in library.exposures.iter() {
        by_step.entry(exposure.step).or_default().push(exposure);
    }
    by_step
        .into_iter()
        .filter_map(|(step, mut history)| {
            // Stable sort: exposures starting at the same second keep their recorded order.
            history.sort_by_key(|e| e.started);
            Mastery::of(history, streak_needed).is_mastered().then_some(step)
        })
        .collect()
}

/// The mastered steps of a library, kept until its exposures or its streak setting change.
///
/// Mastery depends on nothing else, and an edit of the ladders leaves the exposures list shared
/// with the library before it (the same allocation), so the frame right after a ladder edit
/// costs no recompute. The key is a weak pointer to that list: it keeps the allocation's address
/// from being reused for another list while the cache holds it.
#[derive(Debug, Default)]
pub struct MasteredCache {
    key: Option<(std::sync::Weak<Vec<Exposure>>, u8)>,
    steps: std::sync::Arc<BTreeSet<StepId>>,
}

impl MasteredCache {
    /// The mastered steps of `library`, computed only when its exposures or streak changed.
    pub fn get(&mut self, library: &Library) -> std::sync::Arc<BTreeSet<StepId>> {
        let streak = streak_needed(library);
        let exposures = std::sync::Arc::as_ptr(&library.exposures);
        let fresh = self.key.as_ref().is_some_and(|(list, s)| *s == streak && std::ptr::eq(list.as_ptr(), exposures));
        if !fresh {
            self.steps = std::sync::Arc::new(mastered_steps(library, streak));
            self.key = Some((std::sync::Arc::downgrade(&library.exposures), streak));
        }
        std::sync::Arc::clone(&self.steps)
    }
}

/// Whether the step's last `streak_needed` exposures all had an after-rating below
/// [`MASTERY_BELOW`]. A step never tried is never mastered (a streak of 0 is treated as 1).
#[must_use]
pub fn is_mastered(library: &Library, step: StepId, streak_needed: u8) -> bool {
    mastery(library, step, streak_needed).is_mastered()
}

/// Whether an exposure was difficult: marked so (or stopped early) by the person, or ending
/// well above where it started (after-rating at least [`DIFFICULT_RISE`] above the before-rating).
#[must_use]
pub fn was_difficult(e: &Exposure) -> bool {
    e.difficult || e.after.get() >= e.before.get().saturating_add(DIFFICULT_RISE)
}

/// What to practise next on a ladder, and why. `None` when the ladder id is unknown.
///
/// See the module docs for the rules; the difficult-try rules take precedence over mastery.
#[must_use]
pub fn recommend(library: &Library, ladder_id: LadderId) -> Option<Recommendation> {
    let ladder = library.ladder(ladder_id)?;
    let n = streak_needed(library);
    let make = |index: Option<usize>, kind: RecommendationKind, reason: String| Recommendation {
        ladder: ladder_id,
        step: index.map(|i| ladder.steps[i].id),
        step_number: index.map(|i| i + 1),
        kind,
        reason,
    };

    if ladder.steps.is_empty() {
        let reason = crate::t!("coach-empty-ladder");
        return Some(make(None, RecommendationKind::EmptyLadder, reason));
    }

    // One pass over the library's exposures; every question below reads this ladder's tries.
    let tries = LadderTries::new(library, ladder);
    let history = &tries.all;
    let lowest = tries.lowest_unmastered(ladder, n);

    let Some(last) = history.last() else {
        let reason =
            crate::t!("coach-first-step", estimate = ladder.steps[0].estimate.get(), streak = n, below = MASTERY_BELOW);
        return Some(make(Some(0), RecommendationKind::FirstStep, reason));
    };

    if was_difficult(last)
        && let Some(d) = position(ladder, last.step)
    {
        let (index, kind, mut reason) = after_difficult(tries.of(last.step), last, d, lowest);
        reason.push_str(&contexts_sentence(&contexts(tries.of(ladder.steps[index].id))));
        return Some(make(Some(index), kind, reason));
    }

    let Some(i) = lowest else {
        // Maintenance: the step that has waited longest since its last try (the first of equals).
        let index = (0..ladder.steps.len())
            .min_by_key(|&i| tries.of(ladder.steps[i].id).last().map(|e| e.started))
            .unwrap_or(0);
        let step_tries = tries.of(ladder.steps[index].id);
        let mut reason = crate::t!(
            "coach-maintenance",
            steps = ladder.steps.len(),
            streak = n,
            below = MASTERY_BELOW,
            step = index + 1
        );
        reason.push_str(&contexts_sentence(&contexts(step_tries)));
        reason.push_str(&safety_note(step_tries));
        return Some(make(Some(index), RecommendationKind::Maintenance, reason));
    };

    let step = &ladder.steps[i];
    let num = i + 1;
    if i > 0 {
        let below = &ladder.steps[i - 1];
        let below_streak = Mastery::of(tries.of(below.id).iter().copied(), 1).streak();
        let mastered_just_now = last.step == below.id && below_streak == usize::from(n);
        if mastered_just_now {
            let reason = crate::t!(
                "coach-advance",
                step = num,
                streak = n,
                below_step = i,
                afters = recent_afters(tries.of(below.id), usize::from(n))
            );
            return Some(make(Some(i), RecommendationKind::Advance, reason));
        }
    }

    let reason = if tries.of(step.id).is_empty() {
        if i == 0 {
            crate::t!("coach-first-try", estimate = step.estimate.get())
        } else {
            let below = ladder.steps[i - 1].id;
            crate::t!(
                "coach-next-untried",
                step = num,
                streak = n,
                below_step = i,
                afters = recent_afters(tries.of(below), usize::from(n))
            )
        }
    } else {
        let id = if last.step == step.id { "coach-stay" } else { "coach-next" };
        let mut reason = crate::t!(
            id,
            step = num,
            afters = recent_afters(tries.of(step.id), usize::from(n)),
            streak = n,
            below = MASTERY_BELOW
        );
        reason.push_str(&safety_note(tries.of(step.id)));
        reason
    };
    Some(make(Some(i), RecommendationKind::Continue, reason))
}

/// Today's counts and pacing advice for `step`, with "today" read in `now`'s time zone.
#[must_use]
pub fn daily_status<Tz: TimeZone>(library: &Library, step: StepId, now: &DateTime<Tz>) -> DailyStatus {
    let zone = now.timezone();
    let starts_at = library.settings.day_starts_at;
    let today = practice_today(now, starts_at);
    let todays: Vec<&Exposure> =
        library.exposures.iter().filter(|e| practice_date(e.started, &zone, starts_at) == today).collect();
    let today_total = todays.len();
    let today_on_step = todays.iter().filter(|e| e.step == step).count();

    let now_utc = now.with_timezone(&Utc);
    let hours_since_last = library
        .exposures
        .iter()
        .map(|e| e.started.utc())
        .filter(|t| *t <= now_utc)
        .max()
        .map(|t| (now_utc - t).num_seconds() as f64 / 3600.0);

    let limit = if today_on_step >= MAX_PER_DAY_PER_STEP {
        Some(crate::t!("coach-limit-step", count = today_on_step, total = today_total))
    } else if today_total >= MAX_PER_DAY {
        Some(crate::t!("coach-limit-day", total = today_total))
    } else {
        None
    };

    let spacing_hint = hours_since_last
        .filter(|h| *h < SUGGESTED_SPACING_HOURS as f64)
        .map(|h| crate::t!("coach-spacing", ago = describe_hours(h), hours = SUGGESTED_SPACING_HOURS));

    DailyStatus { today_total, today_on_step, hours_since_last, limit, spacing_hint }
}

/// Exposures started in `now`'s local ISO week, against `settings.weekly_goal`.
#[must_use]
pub fn weekly_progress<Tz: TimeZone>(library: &Library, now: &DateTime<Tz>) -> WeeklyProgress {
    let zone = now.timezone();
    let starts_at = library.settings.day_starts_at;
    let week = practice_today(now, starts_at).iso_week();
    let done =
        library.exposures.iter().filter(|e| practice_date(e.started, &zone, starts_at).iso_week() == week).count();
    WeeklyProgress { done, goal: library.settings.weekly_goal }
}

/// The person's day at `now`, in `now`'s zone: [`practice_date`] of the moment itself.
#[must_use]
pub fn practice_today<Tz: TimeZone>(now: &DateTime<Tz>, day_starts_at: u8) -> NaiveDate {
    practice_date(Timestamp::from_utc(now.with_timezone(&Utc)), &now.timezone(), day_starts_at)
}

/// The day `t` counts for in `zone` when a day starts at `day_starts_at` o'clock: its local date,
/// or the date before when it is earlier in the day than that hour (wall-clock hours, so a DST
/// change moves nothing).
#[must_use]
pub fn practice_date<Tz: TimeZone>(t: Timestamp, zone: &Tz, day_starts_at: u8) -> NaiveDate {
    let local = t.utc().with_timezone(zone).naive_local();
    (local - chrono::Duration::hours(i64::from(day_starts_at.min(limits::DAY_START_HOUR_MAX)))).date()
}

/// The contexts a step was done in, as their labels ("the bakery, with a stranger"), each once
/// (the same place and people in any letter case are one), in the order first used.
#[must_use]
pub fn contexts(history: &[&Exposure]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    history
        .iter()
        .filter_map(|e| e.context.key().filter(|k| seen.insert(k.clone())).map(|_| e.context.label()))
        .collect()
}

/// How many different contexts each step of `ladder` was done in (steps never done in a recorded
/// context are left out), in one pass over the exposures.
#[must_use]
pub fn context_counts(library: &Library, ladder: LadderId) -> BTreeMap<StepId, usize> {
    let mut keys: BTreeMap<StepId, BTreeSet<(String, String)>> = BTreeMap::new();
    for e in library.exposures.iter().filter(|e| e.ladder == ladder) {
        if let Some(key) = e.context.key() {
            keys.entry(e.step).or_default().insert(key);
        }
    }
    keys.into_iter().map(|(step, set)| (step, set.len())).collect()
}

/// The places and the people recorded on the exposures, each once (letter case and spacing
/// aside, [`crate::model::same_words`]), the
/// most recently recorded first, at most `max` of each: the person's reusable choices. Reads
/// from the newest record back and stops once it has enough.
#[must_use]
pub fn recent_places_and_people(library: &Library, max: usize) -> (Vec<String>, Vec<String>) {
    let pick = |part: fn(&Exposure) -> &str| {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for e in library.exposures.iter().rev() {
            let text = part(e).trim();
            if !text.is_empty() && seen.insert(crate::model::words_key(text)) {
                out.push(text.to_owned());
                if out.len() == max {
                    break;
                }
            }
        }
        out
    };
    (pick(|e| &e.context.place), pick(|e| &e.context.people))
}

/// The contexts of one step of the library (see [`contexts`]).
#[must_use]
pub fn step_contexts(library: &Library, step: StepId) -> Vec<String> {
    contexts(&step_history(library, step))
}

/// " So far it was done in 2 contexts: the bakery, with a stranger; the park." naming at most 3
/// (the latest), or nothing when no context is recorded.
fn contexts_sentence(contexts: &[String]) -> String {
    match contexts.len() {
        0 => String::new(),
        1 => format!(" {}", crate::t!("coach-contexts-one", context = &contexts[0])),
        n => {
            let list = contexts[n.saturating_sub(3)..].join("; ");
            let sentence = if n > 3 {
                crate::t!("coach-contexts-more", count = n, list = list, more = n - 3)
            } else {
                crate::t!("coach-contexts-many", count = n, list = list)
            };
            format!(" {sentence}")
        }
    }
}

/// A suggestion to drop the safety behaviours used on the step's last try, when that try went
/// well otherwise (not difficult, after-rating below 4); nothing otherwise.
fn safety_note(history: &[&Exposure]) -> String {
    let Some(last) = history.last() else { return String::new() };
    let used = &last.reflection.safety_behaviours;
    if used.is_empty() || was_difficult(last) || last.after.get() >= 4 {
        return String::new();
    }
    let names: Vec<String> = used.iter().map(|b| behaviour_in_sentence(b)).collect();
    format!(" {}", crate::t!("coach-safety-note", behaviours = names.join(", ")))
}

/// The safety gate, asked before an exposure starts.
///
/// A before-rating of [`GATE_BLOCK_AT`] or more, or a crisis, blocks the exposure; from
/// [`GATE_SUGGEST_FROM`] up to 7 breathing is suggested first; below that the way is clear.
#[must_use]
pub fn gate(before: Rating, in_crisis: bool) -> Gate {
    let b = before.get();
    if in_crisis {
        Gate::Blocked { reason: crate::t!("coach-gate-crisis", rating = b) }
    } else if b >= GATE_BLOCK_AT {
        Gate::Blocked { reason: crate::t!("coach-gate-blocked", rating = b, block_at = GATE_BLOCK_AT) }
    } else if b >= GATE_SUGGEST_FROM {
        Gate::SuggestBreathing { reason: crate::t!("coach-gate-breathe", rating = b) }
    } else {
        Gate::Clear
    }
}

/// Why choosing `chosen` needs a confirmed override, or `None` when it does not.
///
/// An override is needed when the step's estimate is above [`OVERRIDE_ESTIMATE_ABOVE`] (unless the
/// step is mastered), or when an unmastered step sits below it (choosing it would skip that step). Choosing a step below the
/// recommendation (for example a mastered step, for review) needs none. Unknown ladder or step:
/// `None`.
#[must_use]
pub fn override_needed(library: &Library, ladder_id: LadderId, chosen: StepId) -> Option<String> {
    let ladder = library.ladder(ladder_id)?;
    let c = position(ladder, chosen)?;
    let step = &ladder.steps[c];
    let num = c + 1;
    let n = streak_needed(library);
    let tries = LadderTries::new(library, ladder);
    let mut parts = Vec::new();
    // A mastered step is not above the person, whatever its estimate (maintenance suggests them).
    let mastered = Mastery::of(tries.of(chosen).iter().copied(), n).is_mastered();
    if step.estimate.get() > OVERRIDE_ESTIMATE_ABOVE && !mastered {
        parts.push(crate::t!(
            "coach-override-estimate",
            step = num,
            estimate = step.estimate.get(),
            above = OVERRIDE_ESTIMATE_ABOVE
        ));
    }
    if let Some(i) = tries.lowest_unmastered(ladder, n)
        && i < c
    {
        parts.push(crate::t!("coach-override-skips", step = num, lowest = i + 1, streak = n, below = MASTERY_BELOW));
    }
    if parts.is_empty() {
        return None;
    }
    parts.push(crate::t!("coach-override-confirm"));
    Some(parts.join(" "))
}

/// One ladder's exposures, read in one pass over the library: all of them and each step's,
/// oldest first (ties keep the recorded order, as [`step_history`]). The coach asks several
/// questions of the same tries; scanning the whole library for each was most of a frame.
struct LadderTries<'a> {
    all: Vec<&'a Exposure>,
    by_step: BTreeMap<StepId, Vec<&'a Exposure>>,
}

impl<'a> LadderTries<'a> {
    fn new(library: &'a Library, ladder: &Ladder) -> Self {
        let steps: BTreeSet<StepId> = ladder.steps.iter().map(|s| s.id).collect();
        // The ladder id first: a cheap test that leaves out most exposures (a valid library's
        // exposure names the ladder that owns its step, so the answer is the same).
        let mut all: Vec<&Exposure> =
            library.exposures.iter().filter(|e| e.ladder == ladder.id && steps.contains(&e.step)).collect();
        all.sort_by_key(|e| e.started);
        let mut by_step: BTreeMap<StepId, Vec<&Exposure>> = BTreeMap::new();
        for exposure in &all {
            by_step.entry(exposure.step).or_default().push(exposure);
        }
        Self { all, by_step }
    }

    /// The index of the ladder's first step that is not mastered.
    fn lowest_unmastered(&self, ladder: &Ladder, n: u8) -> Option<usize> {
        ladder.steps.iter().position(|s| !Mastery::of(self.of(s.id).iter().copied(), n).is_mastered())
    }

    /// The step's tries, oldest first (empty for a step never tried).
    fn of(&self, step: StepId) -> &[&'a Exposure] {
        self.by_step.get(&step).map_or(&[], Vec::as_slice)
    }
}

fn position(ladder: &Ladder, step: StepId) -> Option<usize> {
    ladder.steps.iter().position(|s| s.id == step)
}

/// The step's last `count` after-ratings, oldest first: "1, 1, 0".
fn recent_afters(history: &[&Exposure], count: usize) -> String {
    let start = history.len().saturating_sub(count);
    history[start..].iter().map(|e| e.after.to_string()).collect::<Vec<_>>().join(", ")
}

/// "(before 3, after 6)", noting when the person marked the try as difficult.
fn ratings_note(e: &Exposure) -> String {
    let id = if e.difficult { "coach-ratings-marked" } else { "coach-ratings" };
    crate::t!(id, before = e.before.get(), after = e.after.get())
}

/// The recommendation after a difficult most recent exposure on step index `d`.
fn after_difficult(
    tries: &[&Exposure],
    last: &Exposure,
    d: usize,
    lowest: Option<usize>,
) -> (usize, RecommendationKind, String) {
    let d_num = d + 1;
    let note = ratings_note(last);

    if let Some(i) = lowest
        && i < d
    {
        let i_num = i + 1;
        let reason = crate::t!("coach-back-to-lowest", step = d_num, ratings = note, lowest = i_num);
        return (i, RecommendationKind::StepBackAfterDifficult, reason);
    }

    let last_two = &tries[tries.len().saturating_sub(2)..];
    let twice = last_two.len() == 2 && last_two.iter().all(|e| was_difficult(e));
    let very_hard = last.after.get() >= STEP_BACK_AFTER_AT;

    if d > 0 && (very_hard || twice) {
        let prev = d;
        let why = if very_hard {
            crate::t!("coach-very-hard", step = d_num, ratings = note)
        } else {
            crate::t!("coach-twice-hard", step = d_num, first = ratings_note(last_two[0]), ratings = note)
        };
        let reason = format!("{why} {}", crate::t!("coach-step-back", previous = prev, step = d_num));
        return (d - 1, RecommendationKind::StepBackAfterDifficult, reason);
    }

    let mut reason = crate::t!("coach-repeat", step = d_num, ratings = note);
    if very_hard || twice {
        reason.push(' ');
        reason.push_str(&crate::t!("coach-no-easier"));
    }
    (d, RecommendationKind::RepeatAfterDifficult, reason)
}

/// "40 minutes", "1 hour", "1.5 hours" (with the language's decimal separator).
fn describe_hours(hours: f64) -> String {
    if hours < 1.0 {
        let minutes = (hours * 60.0).round() as i64;
        crate::t!("minutes", count = minutes)
    } else {
        let tenths = (hours * 10.0).round() as i64;
        if tenths % 10 == 0 {
            crate::t!("coach-hours", count = tenths / 10)
        } else {
            crate::t!("coach-hours-decimal", hours = crate::i18n::decimal(tenths as f64 / 10.0, 1))
        }
    }
}

#[cfg(test)]
mod tests;
