//! Statistics for the Progress screen and the exports: rating curves, predictions against
//! outcomes, weekly counts, mastery over time, estimate drift, and plot downsampling.
//!
//! - [`axis`]: the date axis of the plots, [`axis::plot_day`] for every x, and its marks.
//! - [`progress`]: everything the Progress screen plots for one ladder, in one pass.
//! - [`reading`]: the one-sentence reading of each plot, for the screen and the summary alike.
//! - `details`: the outcome with and without each safety behaviour ([`safety_tally`]) and the
//!   ratings tapped during the timer ([`latest_during_curve`]).
//!
//! Pure functions of the library: no egui, no IO, no clock. The few words here (the readings,
//! the safety behaviours' sentences, the dates on an axis) come from [`crate::i18n`] in the
//! language in use, or in a given one through the `_in` variants. Anything that depends on the
//! calendar (local dates, ISO weeks) is generic over a [`chrono::TimeZone`]: the app passes
//! `chrono::Local`, tests pin `FixedOffset` or a small test zone with a DST switch. Weeks are
//! computed on local calendar dates, so a week that contains a DST change still has 7 days.
//!
//! Mastery is the coach's own fold ([`coach::Mastery`], with [`coach::streak_needed`]), and
//! exposures are ordered the way the coach orders them: by start time, ties in recorded order.

pub mod axis;
mod details;
pub mod progress;
pub mod reading;

pub use details::{BehaviourTally, DuringCurve, OutcomeCount, during_curve, latest_during_curve, safety_tally};

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone};

use crate::coach;
use crate::model::{Exposure, ExposureId, Ladder, LadderId, Library, Outcome, StepId, Timestamp};

/// One exposure's ratings, for the between-session habituation plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingPoint {
    pub exposure: ExposureId,
    /// 1-based position among the step's exposures, oldest first.
    pub index: usize,
    pub when: Timestamp,
    pub before: u8,
    pub peak: u8,
    pub after: u8,
}

/// One exposure with a recorded prediction: how likely the feared outcome felt, and what happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectancyPoint {
    pub exposure: ExposureId,
    pub when: Timestamp,
    pub step: StepId,
    /// How likely the feared outcome felt beforehand, 0-100 %.
    pub predicted: u8,
    pub outcome: Outcome,
}

/// Predictions against outcomes over a set of exposures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExpectancySummary {
    pub count: usize,
    /// Mean predicted likelihood, in %.
    pub mean_predicted: f64,
    /// How often the feared outcome happened, in % (Happened = 1, Partly = 0.5, not = 0).
    pub happened_pct: f64,
    /// `mean_predicted - happened_pct`, in percentage points: positive when fears overshoot.
    pub gap: f64,
}

/// Activity in one local ISO week (Monday to Sunday).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekCount {
    /// The Monday that starts the week, local calendar.
    pub week_start: NaiveDate,
    pub exposures: u32,
    pub pacer_sessions: u32,
}

/// One step's estimate over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EstimateSeries {
    pub step: StepId,
    /// 1-based step number on the ladder.
    pub position: usize,
    pub situation: String,
    /// `(since, estimate)`, oldest first; the last point is the current estimate.
    pub points: Vec<(Timestamp, u8)>,
}

/// The local calendar date of `t` in `tz`.
#[must_use]
pub fn local_date<Tz: TimeZone>(t: Timestamp, tz: &Tz) -> NaiveDate {
    t.utc().with_timezone(tz).date_naive()
}

/// The Monday of the ISO week containing `date`.
#[must_use]
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday()))).unwrap_or(date)
}

/// Between-session habituation: every exposure of one step, oldest first (by `started`; ties
/// keep the recorded order), numbered from 1.
#[must_use]
pub fn habituation(library: &Library, step: StepId) -> Vec<RatingPoint> {
    coach::step_history(library, step)
        .into_iter()
        .enumerate()
        .map(|(i, e)| RatingPoint {
            exposure: e.id,
            index: i + 1,
            when: e.started,
            before: e.before.get(),
            peak: e.peak.get(),
            after: e.after.get(),
        })
        .collect()
}

/// Whether the exposure recorded a prediction (a feared outcome that is not blank). Without one
/// the likelihood is only the form's default and means nothing.
#[must_use]
pub fn has_prediction(exposure: &Exposure) -> bool {
    !exposure.expectancy.feared_outcome.trim().is_empty()
}

/// Exposures of one ladder (`None` = all ladders) that recorded a prediction (a non-blank
/// feared outcome), oldest first (ties keep the recorded order).
#[must_use]
pub fn expectancy(library: &Library, ladder: Option<LadderId>) -> Vec<ExpectancyPoint> {
    let mut points: Vec<ExpectancyPoint> = library
        .exposures
        .iter()
        .filter(|e| ladder.is_none_or(|id| e.ladder == id) && has_prediction(e))
        .map(|e| ExpectancyPoint {
            exposure: e.id,
            when: e.started,
            step: e.step,
            predicted: e.expectancy.likelihood.get(),
            outcome: e.reflection.outcome,
        })
        .collect();
    points.sort_by_key(|p| p.when);
    points
}

/// How much of the feared outcome happened: 1 for yes, 0.5 for partly, 0 for no.
#[must_use]
pub fn outcome_score(outcome: Outcome) -> f64 {
    match outcome {
        Outcome::Happened => 1.0,
        Outcome::Partly => 0.5,
        Outcome::DidNotHappen => 0.0,
    }
}

/// Mean prediction, how often the feared outcome happened and the gap between them; `None`
/// when there are no points.
#[must_use]
pub fn expectancy_summary(points: &[ExpectancyPoint]) -> Option<ExpectancySummary> {
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f64;
    let mean_predicted = points.iter().map(|p| f64::from(p.predicted)).sum::<f64>() / n;
    let happened_pct = points.iter().map(|p| outcome_score(p.outcome)).sum::<f64>() / n * 100.0;
    Some(ExpectancySummary { count: points.len(), mean_predicted, happened_pct, gap: mean_predicted - happened_pct })
}

/// Exposures (of one ladder, or all when `ladder` is `None`) and pacer sessions (always all) per
/// local ISO week, read in `now`'s time zone (the app passes `chrono::Local`).
///
/// Every week from the first week with any activity to the week containing `now` is present,
/// zero weeks included, so a plot's x axis is continuous. Should activity be recorded after
/// `now` (a clock that was wrong), the range runs on to that week so nothing is dropped. Empty
/// when there is no activity at all.
///
/// Weeks are keyed by local calendar dates, so a week that spans a DST change is one week of 7
/// days, counted once.
#[must_use]
pub fn weekly<Tz: TimeZone>(library: &Library, ladder: Option<LadderId>, now: &DateTime<Tz>) -> Vec<WeekCount> {
    weekly_with(library, ladder, now, &pacer_weeks(library, now))
}

/// Breathing sessions per week (by the Monday that starts it), in `now`'s time zone: the same
/// for every ladder, so a screen can keep it while another ladder is chosen.
pub type PacerWeeks = BTreeMap<NaiveDate, u32>;

/// The library's [`PacerWeeks`].
#[must_use]
pub fn pacer_weeks<Tz: TimeZone>(library: &Library, now: &DateTime<Tz>) -> PacerWeeks {
    let zone = now.timezone();
    let starts_at = library.settings.day_starts_at;
    let mut weeks = PacerWeeks::new();
    for s in library.pacer_sessions.iter() {
        let count = weeks.entry(week_start(coach::practice_date(s.started, &zone, starts_at))).or_default();
        *count = count.saturating_add(1);
    }
    weeks
}

/// [`weekly`], with the breathing sessions per week already counted.
#[must_use]
pub fn weekly_with<Tz: TimeZone>(
    library: &Library,
    ladder: Option<LadderId>,
    now: &DateTime<Tz>,
    pacer: &PacerWeeks,
) -> Vec<WeekCount> {
    let zone = now.timezone();
    // Days start when the person's day does (see `coach::practice_date`), as the weekly goal does.
    let starts_at = library.settings.day_starts_at;
    let day = |t: Timestamp| coach::practice_date(t, &zone, starts_at);
    let mut counts: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
    for e in library.exposures.iter().filter(|e| ladder.is_none_or(|id| e.ladder == id)) {
        let entry = counts.entry(week_start(day(e.started))).or_default();
        entry.0 = entry.0.saturating_add(1);
    }
    for (week, sessions) in pacer {
        counts.entry(*week).or_default().1 = *sessions;
    }
    let (Some((&first, _)), Some((&last, _))) = (counts.first_key_value(), counts.last_key_value()) else {
        return Vec::new();
    };
    let end = week_start(coach::practice_today(now, starts_at)).max(last);
    let mut weeks = Vec::new();
    let mut week = first;
    while week <= end {
        let (exposures, pacer_sessions) = counts.get(&week).copied().unwrap_or_default();
        weeks.push(WeekCount { week_start: week, exposures, pacer_sessions });
        match week.checked_add_days(Days::new(7)) {
            Some(next) => week = next,
            None => break,
        }
    }
    weeks
}

/// The number of mastered steps of `ladder` over time: `(ladder.created, 0)`, then one point at
/// each exposure of the ladder where the count changes, oldest first.
///
/// Uses the coach's rule ([`coach::Mastery`], with [`coach::streak_needed`]): a step is mastered
/// while its last N after-ratings in a row are below [`coach::MASTERY_BELOW`], so mastery is lost
/// again when a later after-rating is 2 or more. The last point agrees with
/// [`coach::mastered_steps`].
#[must_use]
pub fn mastered_over_time(library: &Library, ladder: &Ladder) -> Vec<(Timestamp, usize)> {
    let position: HashMap<StepId, usize> = ladder.steps.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    // The ladder id first, a cheap test (a valid library's exposure names the ladder owning its step).
    let mut history: Vec<(&Exposure, usize)> = library
        .exposures
        .iter()
        .filter(|e| e.ladder == ladder.id)
        .filter_map(|e| position.get(&e.step).map(|&i| (e, i)))
        .collect();
    // Stable sort: exposures starting at the same second keep their recorded order, as in the coach.
    history.sort_by_key(|(e, _)| e.started);

    let mut steps = vec![coach::Mastery::new(coach::streak_needed(library)); ladder.steps.len()];
    let mut mastered = 0_usize;
    let mut points = vec![(ladder.created, 0)];
    for (e, i) in history {
        if steps[i].push(e) {
            mastered = if steps[i].is_mastered() { mastered + 1 } else { mastered.saturating_sub(1) };
            points.push((e.started, mastered));
        }
    }
    points
}

/// Each step's estimate over time, steps in ladder order: `(ladder.created, first estimate)`,
/// then `(replaced, next estimate)` for each re-rating kept in `estimate_history`, ending with
/// the current estimate. A step never re-rated has one point.
#[must_use]
pub fn estimate_series(ladder: &Ladder) -> Vec<EstimateSeries> {
    ladder
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let mut points = Vec::with_capacity(step.estimate_history.len() + 1);
            let mut since = ladder.created;
            for record in &step.estimate_history {
                points.push((since, record.estimate.get()));
                since = record.replaced;
            }
            points.push((since, step.estimate.get()));
            EstimateSeries { step: step.id, position: i + 1, situation: step.situation.clone(), points }
        })
        .collect()
}

/// Downsampling for plots (min-max per bucket). `points` must be sorted by x.
///
/// When there are more than `max_points` points, the first and the last are kept and the points
/// between them are split by x into `(max_points - 2) / 2` equal-width buckets; each bucket
/// keeps its point with the lowest y and its point with the highest y (the first of equals), in
/// x order. The result is sorted by x, never longer than `max_points`, and keeps the global
/// minimum and maximum. Otherwise the points are returned unchanged. `max_points` below 2 is
/// treated as 2 (first and last only).
#[must_use]
pub fn downsample(points: &[[f64; 2]], max_points: usize) -> Vec<[f64; 2]> {
    let max_points = max_points.max(2);
    let (Some(&first), Some(&last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    if points.len() <= max_points {
        return points.to_vec();
    }
    let interior = &points[1..points.len() - 1];
    let buckets = (max_points - 2) / 2;
    let mut out = Vec::with_capacity(max_points);
    out.push(first);
    if buckets > 0 {
        let x0 = first[0];
        let span = last[0] - x0;
        // Per bucket: indices (into `interior`) of its lowest and highest point.
        let mut extremes: Vec<Option<(usize, usize)>> = vec![None; buckets];
        for (i, p) in interior.iter().enumerate() {
            let bucket = if span > 0.0 && span.is_finite() {
                // `as usize` saturates: NaN and negatives give 0.
                (((p[0] - x0) / span * buckets as f64) as usize).min(buckets - 1)
            } else {
                0
            };
            extremes[bucket] = Some(match extremes[bucket] {
                None => (i, i),
                Some((lo, hi)) => (
                    if p[1].total_cmp(&interior[lo][1]).is_lt() { i } else { lo },
                    if p[1].total_cmp(&interior[hi][1]).is_gt() { i } else { hi },
                ),
            });
        }
        for (lo, hi) in extremes.into_iter().flatten() {
            let (a, b) = (lo.min(hi), lo.max(hi));
            out.push(interior[a]);
            if b != a {
                out.push(interior[b]);
            }
        }
    }
    out.push(last);
    out
}

#[cfg(test)]
pub(crate) mod tests;
