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
//! - **Safety gate.** A before-rating of [`GATE_BLOCK_AT`] or more, or a crisis, means the
//!   exposure does not start; breathing, grounding and crisis resources are offered instead.
//!   From [`GATE_SUGGEST_FROM`] up to 7 a breathing minute is suggested first.
//! - **Override.** Choosing a step whose estimate is above [`OVERRIDE_ESTIMATE_ABOVE`], or a step
//!   above an unmastered one, needs an explicit confirmation that is recorded with the exposure.
//!
//! Every text is plain ASCII (the UI font lacks some glyphs) and names the numbers it used.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, TimeZone, Utc};

use crate::model::{Exposure, Ladder, LadderId, Library, Rating, StepId, Timestamp, limits};

/// A step counts towards mastery only when its after-rating is below this.
pub const MASTERY_BELOW: u8 = 2;
/// Most exposures in one local calendar day, across all ladders.
pub const MAX_PER_DAY: usize = 3;
/// Most exposures in one local calendar day on the same step.
pub const MAX_PER_DAY_PER_STEP: usize = 3;
/// Suggested hours between two exposures; a closer one gets a gentle hint.
pub const SUGGESTED_SPACING_HOURS: i64 = 3;
/// A before-rating at or above this blocks the exposure.
pub const GATE_BLOCK_AT: u8 = 8;
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
    /// Every step of the ladder is mastered; `step` is `None`.
    AllMastered,
    /// The ladder has no steps; `step` is `None`.
    EmptyLadder,
}

/// The coach's suggestion for one ladder, with its reason in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub ladder: LadderId,
    /// The step to practise; `None` for [`RecommendationKind::AllMastered`] and
    /// [`RecommendationKind::EmptyLadder`].
    pub step: Option<StepId>,
    /// The step's 1-based position on the ladder (1 = easiest).
    pub step_number: Option<usize>,
    pub kind: RecommendationKind,
    /// Why, in warm plain English, naming the ratings it was based on.
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
        let reason = "This ladder has no steps yet. Add a few small situations, easiest first, \
                      and the coach will suggest where to begin."
            .to_owned();
        return Some(make(None, RecommendationKind::EmptyLadder, reason));
    }

    let history = ladder_history(library, ladder);
    let lowest = lowest_unmastered(library, ladder, n);

    let Some(last) = history.last() else {
        let reason = format!(
            "Start with step 1, the easiest on this ladder (your estimate: {}). A step is done when {n} \
             after-ratings in a row are below {MASTERY_BELOW}; then the next one opens.",
            ladder.steps[0].estimate
        );
        return Some(make(Some(0), RecommendationKind::FirstStep, reason));
    };

    if was_difficult(last)
        && let Some(d) = position(ladder, last.step)
    {
        let (index, kind, reason) = after_difficult(library, last, d, lowest);
        return Some(make(Some(index), kind, reason));
    }

    let Some(i) = lowest else {
        let reason = format!(
            "Every step on this ladder is done: each of its {} steps has had {n} after-ratings in a row \
             below {MASTERY_BELOW}. Well done! To keep growing, re-rate the ladder or add a harder step.",
            ladder.steps.len()
        );
        return Some(make(None, RecommendationKind::AllMastered, reason));
    };

    let step = &ladder.steps[i];
    let num = i + 1;
    if i > 0 {
        let below = &ladder.steps[i - 1];
        let below_streak = low_streak(library, below.id);
        let mastered_just_now = last.step == below.id && below_streak == usize::from(n);
        if mastered_just_now {
            let reason = format!(
                "Step {num} is next: your last {n} after-ratings on step {i} were {}. Step {i} is done. Well done!",
                recent_afters(library, below.id, usize::from(n))
            );
            return Some(make(Some(i), RecommendationKind::Advance, reason));
        }
    }

    let tries = step_history(library, step.id);
    let reason = if tries.is_empty() {
        if i == 0 {
            format!(
                "Start with step 1, the easiest on this ladder (your estimate: {}). You have not tried it \
                 yet, and steps are taken in order.",
                step.estimate
            )
        } else {
            let below = ladder.steps[i - 1].id;
            format!(
                "Step {num} is next: your last {n} after-ratings on step {i} were {}, and you have not tried \
                 step {num} yet.",
                recent_afters(library, below, usize::from(n))
            )
        }
    } else {
        let opening =
            if last.step == step.id { format!("Stay with step {num} for now") } else { format!("Step {num} is next") };
        format!(
            "{opening}: your last after-ratings there were {} (a step is done when {n} in a row are below \
             {MASTERY_BELOW}).",
            recent_afters(library, step.id, usize::from(n))
        )
    };
    Some(make(Some(i), RecommendationKind::Continue, reason))
}

/// Today's counts and pacing advice for `step`, with "today" read in `now`'s time zone.
#[must_use]
pub fn daily_status<Tz: TimeZone>(library: &Library, step: StepId, now: &DateTime<Tz>) -> DailyStatus {
    let zone = now.timezone();
    let today = now.date_naive();
    let todays: Vec<&Exposure> =
        library.exposures.iter().filter(|e| e.started.utc().with_timezone(&zone).date_naive() == today).collect();
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

    let still_log = "If you did one away from the screen, you can still log it.";
    let limit = if today_on_step >= MAX_PER_DAY_PER_STEP {
        Some(format!(
            "You have done this step {today_on_step} {} today ({today_total} {} in all). More in one day adds \
             tiredness, not progress: rest now and come back to it tomorrow. {still_log}",
            plural(today_on_step, "time", "times"),
            plural(today_total, "exposure", "exposures"),
        ))
    } else if today_total >= MAX_PER_DAY {
        Some(format!(
            "You have done {today_total} {} today. More in one day adds tiredness, not progress: rest now and \
             come back tomorrow. {still_log}",
            plural(today_total, "exposure", "exposures"),
        ))
    } else {
        None
    };

    let spacing_hint = hours_since_last.filter(|h| *h < SUGGESTED_SPACING_HOURS as f64).map(|h| {
        format!(
            "Your last exposure was {} ago. Spacing them about {SUGGESTED_SPACING_HOURS} hours apart gives each \
             one time to sink in, so a break first is a good idea.",
            describe_hours(h)
        )
    });

    DailyStatus { today_total, today_on_step, hours_since_last, limit, spacing_hint }
}

/// Exposures started in `now`'s local ISO week, against `settings.weekly_goal`.
#[must_use]
pub fn weekly_progress<Tz: TimeZone>(library: &Library, now: &DateTime<Tz>) -> WeeklyProgress {
    let zone = now.timezone();
    let week = now.date_naive().iso_week();
    let done = library
        .exposures
        .iter()
        .filter(|e| e.started.utc().with_timezone(&zone).date_naive().iso_week() == week)
        .count();
    WeeklyProgress { done, goal: library.settings.weekly_goal }
}

/// The safety gate, asked before an exposure starts.
///
/// A before-rating of [`GATE_BLOCK_AT`] or more, or a crisis, blocks the exposure; from
/// [`GATE_SUGGEST_FROM`] up to 7 breathing is suggested first; below that the way is clear.
#[must_use]
pub fn gate(before: Rating, in_crisis: bool) -> Gate {
    let b = before.get();
    let care = "Try slow breathing or grounding now (5-4-3-2-1 senses, feet on the floor).";
    if in_crisis {
        Gate::Blocked {
            reason: format!(
                "You said you are in crisis (your rating now: {b} out of 10), so this exposure will not start. \
                 Looking after yourself comes first. {care} Please reach out to someone you trust or to a crisis \
                 line: the crisis resources are one click away."
            ),
        }
    } else if b >= GATE_BLOCK_AT {
        Gate::Blocked {
            reason: format!(
                "Your rating right now is {b} out of 10. At {GATE_BLOCK_AT} or above this exposure will not start: \
                 practice helps most from a calmer place. {care} If you feel unsafe, the crisis resources are one \
                 click away."
            ),
        }
    } else if b >= GATE_SUGGEST_FROM {
        Gate::SuggestBreathing {
            reason: format!(
                "Your rating right now is {b} out of 10, above the usual 2-4. A minute of slow breathing first may \
                 help. You can also start now: some anxiety is part of the practice."
            ),
        }
    } else {
        Gate::Clear
    }
}

/// Why choosing `chosen` needs a confirmed override, or `None` when it does not.
///
/// An override is needed when the step's estimate is above [`OVERRIDE_ESTIMATE_ABOVE`], or when an
/// unmastered step sits below it (choosing it would skip that step). Choosing a step below the
/// recommendation (for example a mastered step, for review) needs none. Unknown ladder or step:
/// `None`.
#[must_use]
pub fn override_needed(library: &Library, ladder_id: LadderId, chosen: StepId) -> Option<String> {
    let ladder = library.ladder(ladder_id)?;
    let c = position(ladder, chosen)?;
    let step = &ladder.steps[c];
    let num = c + 1;
    let n = streak_needed(library);
    let mut parts = Vec::new();
    if step.estimate.get() > OVERRIDE_ESTIMATE_ABOVE {
        parts.push(format!(
            "Step {num} has an estimate of {}, above {OVERRIDE_ESTIMATE_ABOVE}; steps around 2-4 work best.",
            step.estimate
        ));
    }
    if let Some(i) = lowest_unmastered(library, ladder, n)
        && i < c
    {
        parts.push(format!(
            "Step {num} skips step {}, which is not done yet (a step is done when {n} after-ratings in a row are \
             below {MASTERY_BELOW}).",
            i + 1
        ));
    }
    if parts.is_empty() {
        return None;
    }
    parts.push("You can still choose it: please confirm, and this choice will be noted with the exposure.".to_owned());
    Some(parts.join(" "))
}

/// Exposures on any step of the ladder, oldest first.
fn ladder_history<'a>(library: &'a Library, ladder: &Ladder) -> Vec<&'a Exposure> {
    let mut history: Vec<&Exposure> = library.exposures.iter().filter(|e| ladder.step(e.step).is_some()).collect();
    history.sort_by_key(|e| e.started);
    history
}

fn position(ladder: &Ladder, step: StepId) -> Option<usize> {
    ladder.steps.iter().position(|s| s.id == step)
}

fn lowest_unmastered(library: &Library, ladder: &Ladder, n: u8) -> Option<usize> {
    ladder.steps.iter().position(|s| !is_mastered(library, s.id, n))
}

/// The step's last `count` after-ratings, oldest first: "1, 1, 0".
fn recent_afters(library: &Library, step: StepId, count: usize) -> String {
    let history = step_history(library, step);
    let start = history.len().saturating_sub(count);
    history[start..].iter().map(|e| e.after.to_string()).collect::<Vec<_>>().join(", ")
}

/// "(before 3, after 6)", noting when the person marked the try as difficult.
fn ratings_note(e: &Exposure) -> String {
    if e.difficult {
        format!("(before {}, after {}, marked as difficult)", e.before, e.after)
    } else {
        format!("(before {}, after {})", e.before, e.after)
    }
}

/// The recommendation after a difficult most recent exposure on step index `d`.
fn after_difficult(
    library: &Library,
    last: &Exposure,
    d: usize,
    lowest: Option<usize>,
) -> (usize, RecommendationKind, String) {
    let vary = "a different place, person or time";
    let d_num = d + 1;
    let note = ratings_note(last);

    if let Some(i) = lowest
        && i < d
    {
        let i_num = i + 1;
        let reason = format!(
            "Your last try at step {d_num} was hard {note}, and step {i_num} is not done yet. Go back to step \
             {i_num} for now and vary it a little: {vary}. Steps are taken in order, one at a time."
        );
        return (i, RecommendationKind::StepBackAfterDifficult, reason);
    }

    let tries = step_history(library, last.step);
    let last_two = &tries[tries.len().saturating_sub(2)..];
    let twice = last_two.len() == 2 && last_two.iter().all(|e| was_difficult(e));
    let very_hard = last.after.get() >= STEP_BACK_AFTER_AT;

    if d > 0 && (very_hard || twice) {
        let prev = d;
        let why = if very_hard {
            format!("Your last try at step {d_num} was very hard {note}.")
        } else {
            format!("Your last 2 tries at step {d_num} were both hard {} then {note}.", ratings_note(last_two[0]))
        };
        let reason = format!(
            "{why} Go back to step {prev} for a while and vary it a little: {vary}. Step {d_num} will wait for \
             you, and hard tries are part of the practice."
        );
        return (d - 1, RecommendationKind::StepBackAfterDifficult, reason);
    }

    let mut reason = format!(
        "Your last try at step {d_num} was hard {note}. Try step {d_num} again, varied a little: {vary}. Hard \
         tries are part of the practice."
    );
    if very_hard || twice {
        reason.push_str(" There is no easier step below it; you could add a smaller one to the ladder.");
    }
    (d, RecommendationKind::RepeatAfterDifficult, reason)
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}

/// "40 minutes", "1 hour", "1.5 hours".
fn describe_hours(hours: f64) -> String {
    if hours < 1.0 {
        let minutes = (hours * 60.0).round() as i64;
        format!("{minutes} {}", if minutes == 1 { "minute" } else { "minutes" })
    } else {
        let tenths = (hours * 10.0).round() as i64;
        if tenths == 10 {
            "1 hour".to_owned()
        } else if tenths % 10 == 0 {
            format!("{} hours", tenths / 10)
        } else {
            format!("{}.{} hours", tenths / 10, tenths % 10)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ExposureBuilder;
    use chrono::{Duration, FixedOffset};

    fn zone(hours: i32) -> FixedOffset {
        FixedOffset::east_opt(hours * 3600).unwrap()
    }

    /// A local time in a fixed zone `offset` hours east of UTC.
    fn local(offset: i32, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<FixedOffset> {
        zone(offset).with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn ts(t: &DateTime<FixedOffset>) -> Timestamp {
        Timestamp::from_utc(t.with_timezone(&Utc))
    }

    /// Day `day` of the practice, 10:00 UTC, from Monday 2026-03-02.
    fn day(day: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_772_445_600 + day * 86_400)
    }

    fn ladder_with(estimates: &[u8]) -> Ladder {
        let names: Vec<String> = (1..=estimates.len()).map(|i| format!("situation {i}")).collect();
        let steps: Vec<(&str, Rating)> =
            names.iter().zip(estimates).map(|(n, e)| (n.as_str(), Rating::saturating(*e))).collect();
        Ladder::new("Speaking up", "I fear being judged when I speak", &steps, Timestamp::EPOCH)
    }

    fn library(estimates: &[u8], streak: u8) -> Library {
        let mut lib = Library { ladders: vec![ladder_with(estimates)], ..Library::default() };
        lib.settings.mastery_streak = streak;
        lib
    }

    fn exposure(ladder: &Ladder, step: usize, started: Timestamp, before: u8, after: u8) -> Exposure {
        ExposureBuilder::on(ladder, step).at(started).before_after(before, after).build()
    }

    /// Logs an exposure on step index `step` of the first ladder.
    fn log(lib: &mut Library, step: usize, started: Timestamp, before: u8, after: u8) {
        let e = exposure(&lib.ladders[0], step, started, before, after);
        lib.exposures_mut().push(e);
    }

    fn step_id(lib: &Library, step: usize) -> StepId {
        lib.ladders[0].steps[step].id
    }

    fn rec(lib: &Library) -> Recommendation {
        recommend(lib, lib.ladders[0].id).unwrap()
    }

    fn assert_mentions(text: &str, parts: &[&str]) {
        for part in parts {
            assert!(text.contains(part), "{text:?} should contain {part:?}");
        }
        assert!(text.is_ascii(), "{text:?} should be ASCII");
    }

    #[test]
    fn history_is_sorted_by_start() {
        let mut lib = library(&[2, 3], 3);
        log(&mut lib, 0, day(5), 3, 1);
        log(&mut lib, 0, day(1), 3, 4);
        log(&mut lib, 1, day(2), 3, 0);
        log(&mut lib, 0, day(3), 3, 2);
        let starts: Vec<_> = step_history(&lib, step_id(&lib, 0)).iter().map(|e| e.started).collect();
        assert_eq!(starts, [day(1), day(3), day(5)]);
    }

    #[test]
    fn low_streak_counts_recent_lows_and_a_two_resets_it() {
        let mut lib = library(&[2], 3);
        let s = step_id(&lib, 0);
        assert_eq!(low_streak(&lib, s), 0);
        log(&mut lib, 0, day(1), 3, 1);
        log(&mut lib, 0, day(2), 3, 0);
        assert_eq!(low_streak(&lib, s), 2);
        log(&mut lib, 0, day(3), 3, 2);
        assert_eq!(low_streak(&lib, s), 0);
        log(&mut lib, 0, day(4), 3, 1);
        assert_eq!(low_streak(&lib, s), 1);
    }

    #[test]
    fn mastery_with_streak_two_and_three() {
        let mut lib = library(&[2], 3);
        let s = step_id(&lib, 0);
        log(&mut lib, 0, day(1), 3, 1);
        log(&mut lib, 0, day(2), 3, 2);
        log(&mut lib, 0, day(3), 3, 1);
        log(&mut lib, 0, day(4), 3, 0);
        assert!(is_mastered(&lib, s, 2));
        assert!(!is_mastered(&lib, s, 3), "the 2 inside the run resets it");
        log(&mut lib, 0, day(5), 2, 1);
        assert!(is_mastered(&lib, s, 3));
        assert!(!is_mastered(&library(&[2], 3), s, 0), "never tried is never mastered");
    }

    #[test]
    fn the_mastery_fold_says_since_when_and_forgets_it_when_lost() {
        let mut lib = library(&[2], 2);
        let s = step_id(&lib, 0);
        assert_eq!(mastery(&lib, s, 2), Mastery::new(2), "never tried");
        assert_eq!(mastery(&lib, s, 2).since(), None);
        log(&mut lib, 0, day(1), 3, 1);
        log(&mut lib, 0, day(2), 3, 0); // mastered here
        log(&mut lib, 0, day(3), 3, 1); // still mastered: since day 2
        let m = mastery(&lib, s, 2);
        assert!(m.is_mastered());
        assert_eq!((m.since(), m.streak()), (Some(day(2)), 3));
        log(&mut lib, 0, day(4), 3, 2); // lost
        assert_eq!(mastery(&lib, s, 2).since(), None);
        log(&mut lib, 0, day(5), 3, 1);
        log(&mut lib, 0, day(6), 3, 1); // won again
        assert_eq!(mastery(&lib, s, 2).since(), Some(day(6)));

        // `push` reports each change, and only changes.
        let mut fold = Mastery::new(2);
        let changes: Vec<bool> = step_history(&lib, s).into_iter().map(|e| fold.push(e)).collect();
        assert_eq!(changes, [false, true, false, true, false, true]);
        assert_eq!(fold, mastery(&lib, s, 2));
    }

    #[test]
    fn every_mastery_answer_agrees_on_a_heavy_library() {
        let mut lib = crate::sample::heavy_library(3, 6, 3_000, Timestamp::from_unix_secs(1_795_000_000));
        for streak in [2, 3] {
            lib.settings.mastery_streak = streak;
            let all = mastered_steps(&lib, streak);
            let mut seen = 0;
            for step in lib.ladders.iter().flat_map(|l| &l.steps) {
                let history = step_history(&lib, step.id);
                let tail = history.iter().rev().take(usize::from(streak)).collect::<Vec<_>>();
                let by_hand = tail.len() == usize::from(streak) && tail.iter().all(|e| e.after.get() < MASTERY_BELOW);
                assert_eq!(is_mastered(&lib, step.id, streak), by_hand, "streak {streak}");
                assert_eq!(all.contains(&step.id), by_hand);
                let m = mastery(&lib, step.id, streak);
                assert_eq!(m.since().is_some(), by_hand);
                seen += usize::from(by_hand);
            }
            assert!(seen > 0, "the sample masters some steps");
            assert_eq!(seen, all.len());
        }
    }

    #[test]
    fn settings_streak_is_clamped() {
        let mut lib = library(&[2], 0);
        assert_eq!(streak_needed(&lib), 2);
        lib.settings.mastery_streak = 9;
        assert_eq!(streak_needed(&lib), 3);
    }

    #[test]
    fn difficult_by_flag_or_rise_of_two() {
        let lib = library(&[2], 3);
        let mut e = exposure(&lib.ladders[0], 0, day(0), 3, 4);
        assert!(!was_difficult(&e));
        e.after = Rating::saturating(5);
        assert!(was_difficult(&e));
        e.after = Rating::saturating(1);
        e.difficult = true;
        assert!(was_difficult(&e));
    }

    #[test]
    fn first_step_when_ladder_has_no_exposures() {
        let lib = library(&[2, 3, 4], 3);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::FirstStep);
        assert_eq!(r.step, Some(step_id(&lib, 0)));
        assert_eq!(r.step_number, Some(1));
        assert_mentions(&r.reason, &["step 1", "estimate: 2", "3 after-ratings in a row are below 2"]);
    }

    #[test]
    fn empty_ladder_and_unknown_ladder() {
        let lib = library(&[], 3);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::EmptyLadder);
        assert_eq!((r.step, r.step_number), (None, None));
        assert_mentions(&r.reason, &["no steps"]);
        assert_eq!(recommend(&lib, LadderId(42)), None);
    }

    #[test]
    fn lowest_unmastered_step_is_recommended() {
        let mut lib = library(&[2, 3, 4], 3);
        for d in 1..=3 {
            log(&mut lib, 0, day(d), 3, 1);
        }
        log(&mut lib, 1, day(4), 4, 3);
        log(&mut lib, 1, day(5), 3, 1);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::Continue);
        assert_eq!(r.step_number, Some(2));
        assert_eq!(
            r.reason,
            "Stay with step 2 for now: your last after-ratings there were 3, 1 (a step is done when 3 in a row \
             are below 2)."
        );
    }

    #[test]
    fn never_skips_an_unmastered_step() {
        let mut lib = library(&[2, 3, 4], 3);
        log(&mut lib, 0, day(1), 3, 3);
        for d in 2..=4 {
            log(&mut lib, 2, day(d), 3, 0);
        }
        assert!(is_mastered(&lib, step_id(&lib, 2), 3));
        let r = rec(&lib);
        assert_eq!(r.step_number, Some(1));
        assert_eq!(r.kind, RecommendationKind::Continue);
        assert_mentions(&r.reason, &["Step 1 is next", "3 (a step is done when 3 in a row are below 2)"]);
    }

    #[test]
    fn advance_when_the_step_below_was_just_mastered() {
        let mut lib = library(&[2, 3, 4], 3);
        for d in 1..=3 {
            log(&mut lib, 0, day(d), 3, 0);
        }
        log(&mut lib, 1, day(4), 4, 3);
        log(&mut lib, 1, day(5), 3, 1);
        log(&mut lib, 1, day(6), 3, 1);
        log(&mut lib, 1, day(7), 3, 0);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::Advance);
        assert_eq!(r.step, Some(step_id(&lib, 2)));
        assert_eq!(r.step_number, Some(3));
        assert_mentions(&r.reason, &["Step 3 is next: your last 3 after-ratings on step 2 were 1, 1, 0."]);

        // One more calm try on step 2: no longer "just" mastered, step 3 still untried.
        log(&mut lib, 1, day(8), 2, 0);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::Continue);
        assert_eq!(r.step_number, Some(3));
        assert_mentions(&r.reason, &["Step 3 is next", "1, 0, 0", "not tried step 3"]);
    }

    #[test]
    fn advance_with_a_streak_of_two() {
        let mut lib = library(&[2, 3], 2);
        log(&mut lib, 0, day(1), 3, 1);
        log(&mut lib, 0, day(2), 3, 0);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::Advance);
        assert_eq!(r.step_number, Some(2));
        assert_mentions(&r.reason, &["last 2 after-ratings on step 1 were 1, 0"]);
    }

    #[test]
    fn all_mastered() {
        let mut lib = library(&[2, 3], 2);
        for step in 0..2 {
            for d in 1..=2 {
                log(&mut lib, step, day(i64::try_from(step).unwrap() * 2 + d), 2, 1);
            }
        }
        log(&mut lib, 0, day(9), 2, 0);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::AllMastered);
        assert_eq!((r.step, r.step_number), (None, None));
        assert_mentions(&r.reason, &["2 steps", "2 after-ratings in a row below 2"]);
    }

    #[test]
    fn difficult_last_exposure_repeats_the_same_step() {
        let mut lib = library(&[2, 3, 4, 5], 3);
        for step in 0..3 {
            for d in 1..=3 {
                log(&mut lib, step, day(i64::try_from(step).unwrap() * 3 + d), 3, 1);
            }
        }
        log(&mut lib, 3, day(20), 3, 6);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
        assert_eq!(r.step_number, Some(4));
        assert_eq!(
            r.reason,
            "Your last try at step 4 was hard (before 3, after 6). Try step 4 again, varied a little: a different \
             place, person or time. Hard tries are part of the practice."
        );

        // Marked difficult by the person, with a small rise only.
        lib.exposures_mut().pop();
        let mut e = exposure(&lib.ladders[0], 3, day(21), 3, 4);
        e.difficult = true;
        lib.exposures_mut().push(e);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
        assert_mentions(&r.reason, &["step 4", "before 3, after 4, marked as difficult", "different place"]);
    }

    #[test]
    fn very_difficult_steps_back() {
        let mut lib = library(&[2, 3, 4], 2);
        log(&mut lib, 0, day(1), 3, 1);
        log(&mut lib, 0, day(2), 3, 1);
        log(&mut lib, 1, day(3), 3, 7);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::StepBackAfterDifficult);
        assert_eq!(r.step_number, Some(1));
        assert_mentions(
            &r.reason,
            &["step 2 was very hard (before 3, after 7)", "Go back to step 1", "different place"],
        );
    }

    #[test]
    fn twice_difficult_steps_back() {
        let mut lib = library(&[2, 3, 4], 2);
        log(&mut lib, 0, day(1), 3, 1);
        log(&mut lib, 0, day(2), 3, 1);
        log(&mut lib, 1, day(3), 3, 5);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult, "once is a repeat");
        log(&mut lib, 1, day(4), 4, 6);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::StepBackAfterDifficult);
        assert_eq!(r.step, Some(step_id(&lib, 0)));
        assert_mentions(
            &r.reason,
            &["last 2 tries at step 2", "(before 3, after 5) then (before 4, after 6)", "Go back to step 1"],
        );
    }

    #[test]
    fn very_difficult_on_the_first_step_repeats_it() {
        let mut lib = library(&[2, 3], 3);
        log(&mut lib, 0, day(1), 3, 8);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
        assert_eq!(r.step_number, Some(1));
        assert_mentions(&r.reason, &["step 1 was hard (before 3, after 8)", "no easier step"]);
    }

    #[test]
    fn difficult_after_skipping_ahead_goes_back_to_the_lowest_unmastered() {
        let mut lib = library(&[2, 3, 4, 5], 3);
        for d in 1..=3 {
            log(&mut lib, 0, day(d), 3, 1);
        }
        log(&mut lib, 1, day(4), 3, 3);
        log(&mut lib, 3, day(5), 3, 6);
        let r = rec(&lib);
        assert_eq!(r.kind, RecommendationKind::StepBackAfterDifficult);
        assert_eq!(r.step_number, Some(2));
        assert_mentions(
            &r.reason,
            &["step 4 was hard (before 3, after 6)", "step 2 is not done yet", "Go back to step 2"],
        );
    }

    #[test]
    fn daily_count_follows_the_local_calendar_date() {
        let mut lib = library(&[2, 3], 3);
        let s = step_id(&lib, 0);
        // 23:30 yesterday at UTC+1 is 01:30 today at UTC+3.
        let late = local(1, 2026, 3, 4, 23, 30);
        log(&mut lib, 0, ts(&late), 3, 1);
        let now_plus1 = local(1, 2026, 3, 5, 12, 0);
        assert_eq!(daily_status(&lib, s, &now_plus1).today_total, 0);
        let now_plus3 = now_plus1.with_timezone(&zone(3));
        let status = daily_status(&lib, s, &now_plus3);
        assert_eq!((status.today_total, status.today_on_step), (1, 1));
        assert_eq!(status.limit, None);
        assert!((status.hours_since_last.unwrap() - 12.5).abs() < 1e-9);
        assert_eq!(status.spacing_hint, None);
    }

    #[test]
    fn daily_limit_at_three_across_steps() {
        let mut lib = library(&[2, 3], 3);
        let now = local(-5, 2026, 3, 5, 22, 0);
        log(&mut lib, 0, ts(&local(-5, 2026, 3, 4, 23, 59)), 3, 1); // yesterday
        log(&mut lib, 0, ts(&local(-5, 2026, 3, 5, 0, 0)), 3, 1);
        log(&mut lib, 1, ts(&local(-5, 2026, 3, 5, 8, 0)), 3, 1);
        let status = daily_status(&lib, step_id(&lib, 1), &now);
        assert_eq!((status.today_total, status.today_on_step), (2, 1));
        assert_eq!(status.limit, None);
        log(&mut lib, 1, ts(&local(-5, 2026, 3, 5, 14, 0)), 3, 1);
        let status = daily_status(&lib, step_id(&lib, 1), &now);
        assert_eq!((status.today_total, status.today_on_step), (3, 2));
        let text = status.limit.unwrap();
        assert_mentions(&text, &["3 exposures today", "tiredness, not progress", "tomorrow", "away from the screen"]);
    }

    #[test]
    fn per_step_limit_names_the_step_count() {
        let mut lib = library(&[2, 3], 3);
        let now = local(2, 2026, 3, 5, 20, 0);
        for h in [8, 12, 16] {
            log(&mut lib, 0, ts(&local(2, 2026, 3, 5, h, 0)), 3, 1);
        }
        let status = daily_status(&lib, step_id(&lib, 0), &now);
        assert_eq!(status.today_on_step, 3);
        assert_mentions(&status.limit.unwrap(), &["this step 3 times today", "(3 exposures in all)", "log it"]);
        let other = daily_status(&lib, step_id(&lib, 1), &now);
        assert_eq!(other.today_on_step, 0);
        assert_mentions(&other.limit.unwrap(), &["3 exposures today"]);
    }

    #[test]
    fn spacing_hint_when_the_last_exposure_was_recent() {
        let mut lib = library(&[2], 3);
        let s = step_id(&lib, 0);
        let now = local(0, 2026, 3, 5, 12, 0);
        assert_eq!(daily_status(&lib, s, &now).hours_since_last, None);
        log(&mut lib, 0, ts(&(now - Duration::minutes(90))), 3, 1);
        let status = daily_status(&lib, s, &now);
        assert!((status.hours_since_last.unwrap() - 1.5).abs() < 1e-9);
        assert_mentions(&status.spacing_hint.unwrap(), &["1.5 hours ago", "about 3 hours apart"]);
        log(&mut lib, 0, ts(&(now - Duration::minutes(40))), 3, 1);
        assert_mentions(&daily_status(&lib, s, &now).spacing_hint.unwrap(), &["40 minutes ago"]);
        let later = now + Duration::minutes(140);
        assert_eq!(daily_status(&lib, s, &later).spacing_hint, None);
    }

    #[test]
    fn weekly_count_across_a_sunday_monday_boundary() {
        let mut lib = library(&[2], 3);
        lib.settings.weekly_goal = 7;
        // Sunday 2026-03-08 23:30 at UTC+2 is Sunday 21:30 UTC but Monday 00:30 at UTC+3.
        log(&mut lib, 0, ts(&local(2, 2026, 3, 8, 23, 30)), 3, 1);
        log(&mut lib, 0, ts(&local(2, 2026, 3, 9, 9, 0)), 3, 1); // Monday
        log(&mut lib, 0, ts(&local(2, 2026, 3, 2, 0, 0)), 3, 1); // Monday a week earlier
        let monday_plus2 = local(2, 2026, 3, 9, 12, 0);
        assert_eq!(weekly_progress(&lib, &monday_plus2), WeeklyProgress { done: 1, goal: 7 });
        let monday_plus3 = monday_plus2.with_timezone(&zone(3));
        assert_eq!(weekly_progress(&lib, &monday_plus3).done, 2);
        let sunday_plus2 = local(2, 2026, 3, 8, 23, 59);
        assert_eq!(weekly_progress(&lib, &sunday_plus2).done, 2, "Monday 2 March 00:00 and Sunday 23:30");
    }

    #[test]
    fn gate_levels() {
        assert_eq!(gate(Rating::saturating(4), false), Gate::Clear);
        for b in [5, 7] {
            let Gate::SuggestBreathing { reason } = gate(Rating::saturating(b), false) else {
                panic!("{b} should suggest breathing");
            };
            assert_mentions(&reason, &[&format!("{b} out of 10"), "breathing"]);
        }
        for b in [8, 9, 10] {
            let Gate::Blocked { reason } = gate(Rating::saturating(b), false) else {
                panic!("{b} should block");
            };
            assert_mentions(&reason, &[&format!("{b} out of 10"), "will not start", "grounding", "crisis resources"]);
        }
        let Gate::Blocked { reason } = gate(Rating::saturating(2), true) else {
            panic!("a crisis should block");
        };
        assert_mentions(&reason, &["crisis", "2 out of 10", "will not start", "breathing", "crisis resources"]);
    }

    #[test]
    fn override_for_a_high_estimate_and_for_skipping_ahead() {
        let mut lib = library(&[2, 3, 5, 4], 3);
        let ladder = lib.ladders[0].id;
        assert_eq!(override_needed(&lib, ladder, step_id(&lib, 0)), None);
        let text = override_needed(&lib, ladder, step_id(&lib, 1)).unwrap();
        assert_mentions(&text, &["Step 2 skips step 1", "3 after-ratings in a row are below 2", "confirm"]);
        for d in 1..=3 {
            log(&mut lib, 0, day(d), 3, 1);
        }
        assert_eq!(override_needed(&lib, ladder, step_id(&lib, 1)), None);
        assert_eq!(override_needed(&lib, ladder, step_id(&lib, 0)), None, "reviewing a mastered step is fine");
        let text = override_needed(&lib, ladder, step_id(&lib, 2)).unwrap();
        assert_mentions(&text, &["Step 3 has an estimate of 5, above 4", "Step 3 skips step 2", "confirm"]);
        let text = override_needed(&lib, ladder, step_id(&lib, 3)).unwrap();
        assert!(!text.contains("estimate"), "{text}");
        assert_mentions(&text, &["Step 4 skips step 2"]);
        assert_eq!(override_needed(&lib, ladder, StepId(7)), None);
        assert_eq!(override_needed(&lib, LadderId(7), step_id(&lib, 2)), None);
    }

    #[test]
    fn hours_are_described_in_words() {
        assert_eq!(describe_hours(0.25), "15 minutes");
        assert_eq!(describe_hours(1.0), "1 hour");
        assert_eq!(describe_hours(2.0), "2 hours");
        assert_eq!(describe_hours(2.46), "2.5 hours");
    }

    #[test]
    fn mastered_steps_agrees_with_is_mastered_on_a_heavy_library() {
        let lib = crate::sample::heavy_library(9, 6, 3_000, Timestamp::from_unix_secs(1_795_000_000));
        for streak in [2, 3] {
            let fast = mastered_steps(&lib, streak);
            for ladder in &lib.ladders {
                for step in &ladder.steps {
                    assert_eq!(fast.contains(&step.id), is_mastered(&lib, step.id, streak), "streak {streak}");
                }
            }
            assert!(!fast.is_empty(), "the sample has mastered steps to compare");
        }
    }

    #[test]
    fn mastered_steps_are_kept_across_ladder_edits_and_recomputed_when_exposures_or_streak_change() {
        let mut lib = library(&[2, 4], 2);
        let ladder = lib.ladders[0].clone();
        for day in 0..2 {
            lib.exposures_mut().push(exposure(
                &ladder,
                0,
                Timestamp::from_unix_secs(1_800_000_000 + day * 86_400),
                3,
                1,
            ));
        }
        let mut cache = MasteredCache::default();
        let first = cache.get(&lib);
        assert!(first.contains(&ladder.steps[0].id));
        // A ladder edit on a snapshot that shares the exposures: the same answer, not recomputed.
        let mut edited = lib.clone();
        edited.ladders[0].title = "Renamed".to_owned();
        assert!(std::sync::Arc::ptr_eq(&first, &cache.get(&edited)));
        // A new exposure (a new list): recomputed.
        edited.exposures_mut().push(exposure(&ladder, 0, Timestamp::from_unix_secs(1_800_300_000), 3, 6));
        let after = cache.get(&edited);
        assert!(!std::sync::Arc::ptr_eq(&first, &after));
        assert!(!after.contains(&ladder.steps[0].id), "a high after-rating ends the streak");
        // Another streak: recomputed.
        let mut stricter = lib.clone();
        stricter.settings.mastery_streak = 3;
        assert!(!cache.get(&stricter).contains(&ladder.steps[0].id));
    }
}
