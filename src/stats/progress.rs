//! Everything the Progress screen plots for one ladder, computed in one pass from the library:
//! the step shown by default, the rating curves, predictions grouped by outcome, the weeks in
//! the chosen range grouped into bars, and mastery and estimates as staircases over time.
//!
//! Pure: no egui. Points are `[x, y]` pairs; every x on a date axis is a local day from
//! [`super::axis`] ([`plot_day`] for instants, [`date_day`] for calendar dates), read in the zone
//! of the `now` passed in, so a point, its date mark, its week bar and its hover label always
//! agree on the date. The screen caches the result and only draws it.

use chrono::{DateTime, TimeZone};

use super::axis::{date_day, plot_day};
use super::{ExpectancyPoint, ExpectancySummary, RatingPoint, WeekCount};
use crate::model::{Ladder, Library, Outcome, StepId};

/// Most points kept per line (the widest plot is narrower than this in pixels).
pub const MAX_LINE_POINTS: usize = 1_200;
/// Most bars in the weekly plot; more weeks are grouped into wider bars.
pub const MAX_BARS: usize = 60;
/// Characters of a step's situation shown in the estimates plot's legend.
const LEGEND_CHARS: usize = 28;

/// One bar of the weekly plot: one week, or several grouped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekBar {
    /// Start of the first week (a local Monday), as a date-axis x ([`date_day`]).
    pub start_day: f64,
    pub weeks: usize,
    /// Exposures per week on average over the bar's weeks.
    pub exposures: f64,
    pub pacer_sessions: f64,
}

/// Everything the Progress screen draws for one ladder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgressData {
    /// The step of the rating curves: the one asked for, else [`default_step`].
    pub step: Option<StepId>,
    /// "3. Call a shop", or empty without a step.
    pub step_label: String,
    /// Every try of the step, oldest first.
    pub habituation: Vec<RatingPoint>,
    /// `[try number, rating]`, downsampled to [`MAX_LINE_POINTS`].
    pub before: Vec<[f64; 2]>,
    pub peak: Vec<[f64; 2]>,
    pub after: Vec<[f64; 2]>,
    /// Predictions on the ladder, by outcome in [`Outcome::ALL`] order.
    pub expectancy: [Vec<ExpectancyPoint>; 3],
    /// `[day, predicted %]` for each point of [`Self::expectancy`], in the same order.
    pub expectancy_xy: [Vec<[f64; 2]>; 3],
    pub summary: Option<ExpectancySummary>,
    pub week_bars: Vec<WeekBar>,
    /// Practice times the plan held, per bar (at its middle, an average per week), for the bars
    /// of weeks that had a plan ([`crate::plan::planned_for_week`]).
    pub planned: Vec<[f64; 2]>,
    pub weeks_per_bar: usize,
    /// Weeks in the chosen range (at most as many as there are).
    pub weeks_shown: usize,
    pub exposures_in_range: u32,
    pub pacer_in_range: u32,
    /// `[day, steps mastered]` as a staircase up to now.
    pub mastered: Vec<[f64; 2]>,
    pub mastered_now: usize,
    /// Steps on the ladder.
    pub steps: usize,
    /// Per step, in ladder order: its legend name and `[day, estimate]` as a staircase to now.
    pub estimates: Vec<(String, Vec<[f64; 2]>)>,
    /// Exposures recorded on the ladder.
    pub ladder_exposures: usize,
    /// The contexts the step was done in, named, in the order first used.
    pub step_contexts: Vec<String>,
    /// The outcome with and without each safety behaviour on the ladder.
    pub safety: Vec<super::BehaviourTally>,
    /// The ratings tapped during the ladder's latest exposure that has some.
    pub during: Option<super::DuringCurve>,
}

/// The step shown by default: the one practised most recently on this ladder, else the first.
#[must_use]
pub fn default_step(library: &Library, ladder: &Ladder) -> Option<StepId> {
    library
        .exposures
        .iter()
        .filter(|e| e.ladder == ladder.id)
        .max_by_key(|e| e.started)
        .map(|e| e.step)
        .or_else(|| ladder.steps.first().map(|s| s.id))
}

/// The last `count` weeks (`None`: all of them).
#[must_use]
pub fn last_weeks(weeks: &[WeekCount], count: Option<usize>) -> &[WeekCount] {
    let shown = count.map_or(weeks.len(), |n| n.min(weeks.len()));
    &weeks[weeks.len() - shown..]
}

/// Groups weeks into at most `max_bars` bars of equal width (in weeks), averaging per week.
/// Returns the weeks per bar and the bars.
#[must_use]
pub fn group_weeks(weeks: &[WeekCount], max_bars: usize) -> (usize, Vec<WeekBar>) {
    let per_bar = weeks.len().div_ceil(max_bars.max(1)).max(1);
    let bars = weeks
        .chunks(per_bar)
        .map(|chunk| {
            let n = chunk.len() as f64;
            WeekBar {
                start_day: date_day(chunk[0].week_start),
                weeks: chunk.len(),
                exposures: chunk.iter().map(|w| f64::from(w.exposures)).sum::<f64>() / n,
                pacer_sessions: chunk.iter().map(|w| f64::from(w.pacer_sessions)).sum::<f64>() / n,
            }
        })
        .collect();
    (per_bar, bars)
}

/// A staircase through `(x, y)` changes: each value is held until the next change, the last
/// one until `end_x`.
#[must_use]
pub fn staircase(points: impl IntoIterator<Item = (f64, f64)>, end_x: f64) -> Vec<[f64; 2]> {
    let mut out: Vec<[f64; 2]> = Vec::new();
    for (x, y) in points {
        if let Some(&[_, last_y]) = out.last() {
            out.push([x, last_y]);
        }
        out.push([x, y]);
    }
    if let Some(&[last_x, last_y]) = out.last()
        && end_x > last_x
    {
        out.push([end_x, last_y]);
    }
    out
}

/// What the Progress screen draws for `ladder`: the rating curves of `step` (or of
/// [`default_step`] when it is `None` or not on the ladder) and the last `weeks` weeks (`None`:
/// all), with dates read in `now`'s time zone.
#[must_use]
pub fn progress<Tz: TimeZone>(
    library: &Library,
    ladder: &Ladder,
    step: Option<StepId>,
    weeks: Option<usize>,
    now: &DateTime<Tz>,
) -> ProgressData {
    progress_with(library, ladder, step, weeks, now, &super::pacer_weeks(library, now))
}

/// [`progress`], with the breathing sessions per week already counted (they are the same for
/// every ladder: the screen keeps them while the person looks at another ladder).
#[must_use]
pub fn progress_with<Tz: TimeZone>(
    library: &Library,
    ladder: &Ladder,
    step: Option<StepId>,
    weeks: Option<usize>,
    now: &DateTime<Tz>,
    pacer: &super::PacerWeeks,
) -> ProgressData {
    let zone = now.timezone();
    let step = step.filter(|id| ladder.step(*id).is_some()).or_else(|| default_step(library, ladder));
    let step_label = step
        .and_then(|id| ladder.steps.iter().position(|s| s.id == id).map(|i| (i, &ladder.steps[i])))
        .map(|(i, s)| format!("{}. {}", i + 1, s.situation))
        .unwrap_or_default();
    let habituation = step.map(|id| super::habituation(library, id)).unwrap_or_default();
    let series = |pick: fn(&RatingPoint) -> u8| -> Vec<[f64; 2]> {
        let xy: Vec<[f64; 2]> = habituation.iter().map(|p| [p.index as f64, f64::from(pick(p))]).collect();
        super::downsample(&xy, MAX_LINE_POINTS)
    };
    let (before, peak, after) = (series(|p| p.before), series(|p| p.peak), series(|p| p.after));

    let points = super::expectancy(library, Some(ladder.id));
    let summary = super::expectancy_summary(&points);
    let mut expectancy: [Vec<ExpectancyPoint>; 3] = Default::default();
    for p in points {
        let group = Outcome::ALL.iter().position(|o| *o == p.outcome).unwrap_or_default();
        expectancy[group].push(p);
    }
    let expectancy_xy =
        expectancy.each_ref().map(|ps| ps.iter().map(|p| [plot_day(p.when, &zone), f64::from(p.predicted)]).collect());

    let all_weeks = super::weekly_with(library, Some(ladder.id), now, pacer);
    let shown = last_weeks(&all_weeks, weeks);
    let (weeks_per_bar, week_bars) = group_weeks(shown, MAX_BARS);
    let planned = shown
        .chunks(weeks_per_bar.max(1))
        .zip(&week_bars)
        .filter_map(|(weeks, bar)| {
            let each: Vec<usize> = weeks
                .iter()
                .filter_map(|w| crate::plan::planned_for_week(&library.settings, w.week_start, now))
                .collect();
            (!each.is_empty()).then(|| {
                let middle = bar.start_day + 3.5 * weeks_per_bar as f64;
                [middle, each.iter().sum::<usize>() as f64 / each.len() as f64]
            })
        })
        .collect();

    let now_day = plot_day(crate::model::Timestamp::from_utc(now.to_utc()), &zone);
    let mastery = super::mastered_over_time(library, ladder);
    let mastered_now = mastery.last().map_or(0, |(_, n)| *n);
    let mastered = staircase(mastery.iter().map(|(t, n)| (plot_day(*t, &zone), *n as f64)), now_day);
    let estimates = super::estimate_series(ladder)
        .into_iter()
        .map(|s| {
            let name = format!("{}. {}", s.position, crate::model::ellipsis(&s.situation, LEGEND_CHARS));
            (name, staircase(s.points.iter().map(|(t, v)| (plot_day(*t, &zone), f64::from(*v))), now_day))
        })
        .collect();

    ProgressData {
        step,
        step_label,
        habituation,
        before,
        peak,
        after,
        expectancy,
        expectancy_xy,
        summary,
        weeks_per_bar,
        weeks_shown: shown.len(),
        exposures_in_range: shown.iter().map(|w| w.exposures).sum(),
        pacer_in_range: shown.iter().map(|w| w.pacer_sessions).sum(),
        week_bars,
        planned,
        mastered,
        mastered_now,
        steps: ladder.steps.len(),
        estimates,
        ladder_exposures: library.exposures.iter().filter(|e| e.ladder == ladder.id).count(),
        step_contexts: step.map(|id| crate::coach::step_contexts(library, id)).unwrap_or_default(),
        safety: super::safety_tally(library, Some(ladder.id)),
        during: super::latest_during_curve(library, ladder.id),
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // the compared values are small whole numbers and exact quotients
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Exposure, Timestamp};
    use crate::stats::axis::{date_mark_text_in, date_marks, date_text_in, day_date};
    use crate::stats::tests::{day, exposure, ladder_with, local, ts};
    use chrono::NaiveDate;

    fn week(y: i32, m: u32, d: u32, exposures: u32, pacer: u32) -> WeekCount {
        WeekCount { week_start: NaiveDate::from_ymd_opt(y, m, d).unwrap(), exposures, pacer_sessions: pacer }
    }

    fn with_exposures(ladder: &Ladder, exposures: Vec<Exposure>) -> Library {
        let mut lib = Library { ladders: vec![ladder.clone()], ..Library::default() };
        *lib.exposures_mut() = exposures;
        lib
    }

    /// An exposure on step `step` with a written prediction, so it is plotted on a date axis.
    fn predicted(ladder: &Ladder, step: usize, started: Timestamp) -> Exposure {
        let mut e = exposure(ladder, step, started, [3, 4, 1]);
        e.expectancy.feared_outcome = "They laugh".to_owned();
        e
    }

    #[test]
    fn weeks_fit_in_bars_unchanged_when_few() {
        let weeks = [week(2026, 11, 2, 3, 1), week(2026, 11, 9, 0, 0)];
        let (per_bar, bars) = group_weeks(&weeks, 60);
        assert_eq!(per_bar, 1);
        assert_eq!(bars.len(), 2);
        assert_eq!(bars[0].exposures, 3.0);
        // 2 Nov 2026 is 20,759 days after 1 Jan 1970.
        assert_eq!(bars[0].start_day, 20_759.0);
        assert_eq!(bars[1].start_day - bars[0].start_day, 7.0);
    }

    #[test]
    fn many_weeks_are_grouped_into_averages() {
        let start = NaiveDate::from_ymd_opt(2016, 11, 7).unwrap();
        let weeks: Vec<WeekCount> = (0..520)
            .map(|i| WeekCount {
                week_start: start + chrono::Duration::weeks(i),
                exposures: u32::try_from(i % 4).unwrap(),
                pacer_sessions: 1,
            })
            .collect();
        let (per_bar, bars) = group_weeks(&weeks, 60);
        assert_eq!(per_bar, 9, "520 weeks in at most 60 bars");
        assert!(bars.len() <= 60);
        assert_eq!(bars.iter().map(|b| b.weeks).sum::<usize>(), 520);
        assert!((bars[0].exposures - 12.0 / 9.0).abs() < 1e-9, "0+1+2+3+0+1+2+3+0 over 9 weeks");
        assert_eq!(bars[0].pacer_sessions, 1.0);
    }

    #[test]
    fn last_weeks_takes_the_most_recent() {
        let weeks = [week(2026, 11, 2, 1, 0), week(2026, 11, 9, 2, 0), week(2026, 11, 16, 3, 0)];
        assert_eq!(last_weeks(&weeks, Some(2)), &weeks[1..]);
        assert_eq!(last_weeks(&weeks, Some(12)), &weeks[..]);
        assert_eq!(last_weeks(&weeks, None), &weeks[..]);
        assert!(last_weeks(&[], Some(12)).is_empty());
    }

    #[test]
    fn staircase_holds_each_value_until_the_next_change() {
        let steps = staircase([(1.0, 0.0), (3.0, 1.0), (4.0, 2.0)], 10.0);
        assert_eq!(steps, [[1.0, 0.0], [3.0, 0.0], [3.0, 1.0], [4.0, 1.0], [4.0, 2.0], [10.0, 2.0]]);
        assert!(staircase([], 5.0).is_empty());
        assert_eq!(staircase([(6.0, 1.0)], 5.0), [[6.0, 1.0]], "never runs backwards");
    }

    #[test]
    fn the_default_step_is_the_one_practised_last_on_this_ladder() {
        let ladder = ladder_with(&[2, 3, 4]);
        let other = ladder_with(&[2]);
        assert_eq!(default_step(&with_exposures(&ladder, vec![]), &ladder), Some(ladder.steps[0].id));
        let mut lib = with_exposures(
            &ladder,
            vec![exposure(&ladder, 2, day(1), [3, 3, 1]), exposure(&ladder, 1, day(3), [3, 3, 1])],
        );
        lib.exposures_mut().push(exposure(&other, 0, day(5), [3, 3, 1]));
        assert_eq!(default_step(&lib, &ladder), Some(ladder.steps[1].id));
        assert_eq!(default_step(&lib, &ladder_with(&[])), None);

        let data = progress(&lib, &ladder, None, None, &local(0, 2026, 3, 20, 12, 0));
        assert_eq!((data.step, data.step_label.as_str()), (Some(ladder.steps[1].id), "2. situation 2"));
        // A step of another ladder is not shown: the default instead.
        let data = progress(&lib, &ladder, Some(other.steps[0].id), None, &local(0, 2026, 3, 20, 12, 0));
        assert_eq!(data.step, Some(ladder.steps[1].id));
        let data = progress(&lib, &ladder, Some(ladder.steps[2].id), None, &local(0, 2026, 3, 20, 12, 0));
        assert_eq!((data.step_label.as_str(), data.after.as_slice()), ("3. situation 3", &[[1.0, 1.0]][..]));
        assert_eq!(data.ladder_exposures, 2);
        assert!(data.step_contexts.is_empty() && data.safety.is_empty() && data.during.is_none());
    }

    #[test]
    fn contexts_safety_behaviours_and_taps_come_with_the_ladder() {
        use crate::model::ExposureBuilder;
        let ladder = ladder_with(&[2, 3]);
        let mut lib = with_exposures(&ladder, vec![]);
        for (d, place) in [(1, "home"), (2, "work"), (3, "Home")] {
            let e = ExposureBuilder::on(&ladder, 0)
                .at(day(d))
                .context(place, "")
                .safety(&["Avoiding eye contact"], &[])
                .during(&[(30, 4), (120, 2)])
                .build();
            lib.exposures_mut().push(e);
        }
        let data = progress(&lib, &ladder, None, None, &local(0, 2026, 3, 20, 12, 0));
        assert_eq!(data.step_contexts, ["home", "work"]);
        assert_eq!(data.safety.len(), 1);
        assert_eq!(data.safety[0].without.of, 3);
        assert_eq!(data.during.map(|c| c.points), Some(vec![[0.5, 4.0], [2.0, 2.0]]));
    }

    #[test]
    fn breathing_weeks_counted_once_give_the_same_progress() {
        let lib = crate::sample::heavy_library(4, 3, 300, crate::model::Timestamp::from_unix_secs(1_795_000_000));
        let now = local(1, 2026, 11, 20, 12, 0);
        let pacer = crate::stats::pacer_weeks(&lib, &now);
        assert!(!pacer.is_empty());
        for ladder in &lib.ladders {
            assert_eq!(progress_with(&lib, ladder, None, None, &now, &pacer), progress(&lib, ladder, None, None, &now));
        }
    }

    #[test]
    fn each_week_shows_the_practice_times_planned_then() {
        let ladder = ladder_with(&[2]);
        let exposures: Vec<Exposure> = (0..6).map(|w| exposure(&ladder, 0, day(w * 7), [3, 3, 1])).collect();
        let mut lib = with_exposures(&ladder, exposures);
        let now = local(0, 2026, 4, 8, 12, 0);
        assert!(progress(&lib, &ladder, None, None, &now).planned.is_empty(), "no plan, no marks");
        // Three a week from the third week on (day 14 is its Monday), one from the fifth; the
        // sixth is this week, against the plan as it is now (none, after there was one: 0).
        lib.settings.plan_history = vec![
            crate::model::PlanChange { at: day(15), per_week: 3 },
            crate::model::PlanChange { at: day(29), per_week: 1 },
        ];
        let data = progress(&lib, &ladder, None, None, &now);
        let bars: Vec<f64> = data.week_bars.iter().map(|b| b.start_day + 3.5).collect();
        let planned: Vec<f64> = data.planned.iter().map(|p| p[1]).collect();
        assert_eq!(data.planned[0][0], bars[2], "none before the plan, the first mark on its week");
        assert_eq!(planned, [3.0, 3.0, 1.0, 0.0]);
    }

    #[test]
    fn predictions_are_grouped_by_outcome_and_weeks_sliced_to_the_range() {
        let ladder = ladder_with(&[2, 3]);
        let mut exposures: Vec<Exposure> = (0..20).map(|d| predicted(&ladder, 0, day(d * 7))).collect();
        exposures[3].reflection.outcome = Outcome::Happened;
        exposures[4].reflection.outcome = Outcome::Partly;
        let lib = with_exposures(&ladder, exposures);
        let now = local(0, 2026, 7, 20, 12, 0);
        let data = progress(&lib, &ladder, None, Some(12), &now);
        assert_eq!(data.expectancy.each_ref().map(Vec::len), [1, 1, 18]);
        assert_eq!(data.expectancy_xy.each_ref().map(Vec::len), [1, 1, 18]);
        assert_eq!(data.expectancy[0][0].outcome, Outcome::Happened);
        assert_eq!(data.summary.map(|s| s.count), Some(20));
        assert_eq!((data.weeks_shown, data.weeks_per_bar, data.week_bars.len()), (12, 1, 12));
        let all = progress(&lib, &ladder, None, None, &now);
        assert!(all.weeks_shown > 12);
        assert_eq!(all.exposures_in_range, 20);
        assert!(data.exposures_in_range < 20);
        // Mastery and estimates run up to now.
        let now_day = crate::stats::axis::plot_day(ts(&now), &now.timezone());
        assert_eq!(all.mastered.last().map(|p| p[0]), Some(now_day));
        assert_eq!(all.estimates.len(), 2);
        assert_eq!(all.estimates[1].0, "2. situation 2");
        assert_eq!(all.estimates[1].1.last(), Some(&[now_day, 3.0]));
    }

    /// The day its date mark stands for, found by the mark's label ("3 Nov").
    fn mark_day(x: f64, label: &str) -> f64 {
        let marks = date_marks(x - 3.0, x + 3.0);
        marks.iter().find(|m| date_mark_text_in(Lang::english(), **m) == label).map(|m| m.day).unwrap()
    }

    #[test]
    fn points_near_local_midnight_sit_on_their_own_date_mark() {
        let ladder = ladder_with(&[2, 3]);
        // 00:05 on Tuesday 3 Nov 2026 at UTC+10 is still Monday in UTC; 23:55 on Tuesday at UTC-8
        // is already Wednesday in UTC.
        for (offset, h, m) in [(10, 0, 5), (-8, 23, 55)] {
            let at = local(offset, 2026, 11, 3, h, m);
            let lib = with_exposures(&ladder, vec![predicted(&ladder, 0, ts(&at))]);
            let now = local(offset, 2026, 11, 20, 12, 0);
            let data = progress(&lib, &ladder, None, None, &now);

            let point = data.expectancy_xy[2][0][0];
            assert_eq!(point.floor(), mark_day(point, "3 Nov"), "the point's day is its date mark's (UTC{offset:+})");
            assert_eq!(date_text_in(Lang::english(), point), "3 Nov 2026", "and its hover label says so");
            // Its week's bar starts on that week's Monday mark, 2 Nov.
            let bar = data.week_bars.first().unwrap();
            assert_eq!(bar.start_day, mark_day(bar.start_day, "2 Nov"));
            assert_eq!(day_date(bar.start_day).to_string(), "2026-11-02");
            assert!(point >= bar.start_day && point < bar.start_day + 7.0, "inside its week's bar");
        }
    }
}
