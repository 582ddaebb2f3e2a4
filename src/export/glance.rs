//! The summary's first page: for each ladder practised, three small charts with their readings.
//!
//! - "Anxiety after each try": the after-ratings of the step being practised now and of the step
//!   mastered last, against the mastery line;
//! - "Practice each week": the ladder's exposures per week (and all ladders', which the goal
//!   counts) against the weekly goal and the practice times planned that week;
//! - "Predicted and what happened": each prediction's likelihood over time, shaped by whether the
//!   feared outcome happened.
//!
//! Each reading is the Progress screen's sentence ([`stats::reading`]). The weeks shown are the
//! ladder's, from its first exposure to this week, at most [`REPORT_WEEKS`]; the predictions are
//! those of the same weeks.

use std::fmt::Write as _;

use chrono::{Days, NaiveDate, TimeZone};

use super::chart::{Axis, Chart, Series, Style};
use super::report::{Block, Context, REPORT_WEEKS, Table};
use super::ymd;
use crate::coach;
use crate::i18n::{Lang, dates, decimal_in};
use crate::model::{Ladder, Outcome, StepId};
use crate::stats::{self, axis, reading};

/// Most tries of one step drawn (the latest ones).
pub(super) const MAX_TRIES: usize = 20;
/// Most predictions drawn (the latest ones).
pub(super) const MAX_PREDICTIONS: usize = 150;
/// How many groups of predictions the text alternative and the table describe.
const PREDICTION_GROUPS: usize = 4;

/// The first page's section: each ladder with exposures, its status and its charts; the ladders
/// not practised yet in one line.
pub(super) fn glance<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let lang = cx.lang;
    blocks.push(Block::heading(2, &tl!(lang, "export-glance-heading")));
    if cx.scope.ladders.is_empty() {
        blocks.push(Block::para(lang, "export-glance-no-ladders"));
        return;
    }
    let mut waiting = Vec::new();
    for ladder in &cx.scope.ladders {
        let tries = cx.exposures(ladder.id);
        let (Some(first), Some(last)) = (tries.first(), tries.last()) else {
            waiting.push(ladder.display_title());
            continue;
        };
        let done = ladder.steps.iter().filter(|s| cx.mastered.contains(&s.id)).count();
        blocks.push(Block::heading(3, &ladder.display_title()));
        blocks.push(Block::Para(tl!(
            lang,
            "export-glance-status",
            mastered = done,
            steps = ladder.steps.len(),
            exposures = tries.len(),
            first = cx.day(first.started),
            last = cx.day(last.started)
        )));
        let weeks = weeks_shown(cx, ladder);
        blocks.push(Block::Figures(vec![
            tries_chart(cx, ladder),
            weeks_chart(cx, &weeks),
            predictions_chart(cx, ladder, weeks.first().map(|w| w.week_start)),
        ]));
    }
    if !waiting.is_empty() {
        blocks.push(Block::Para(tl!(lang, "export-glance-not-practised", ladders = waiting.join("; "))));
    }
}

/// The step being practised now (the coach's recommendation) and the step mastered most
/// recently, when they differ.
fn current_and_mastered(cx: &Context<'_, impl TimeZone>, ladder: &Ladder) -> (Option<usize>, Option<usize>) {
    let now = coach::recommend(cx.scope, ladder.id).and_then(|r| r.step_number).map(|n| n - 1);
    let mut latest: Option<(usize, crate::model::Timestamp)> = None;
    for (i, step) in ladder.steps.iter().enumerate() {
        if let Some(since) = coach::mastery(cx.scope, step.id, cx.streak).since()
            && latest.is_none_or(|(_, t)| since >= t)
            && Some(i) != now
        {
            latest = Some((i, since));
        }
    }
    (now, latest.map(|(i, _)| i))
}

/// The after-ratings of the step practised now and of the step mastered last.
fn tries_chart(cx: &Context<'_, impl TimeZone>, ladder: &Ladder) -> Chart {
    let (now, mastered) = current_and_mastered(cx, ladder);
    let lang = cx.lang;
    let mut series = vec![Series {
        name: tl!(lang, "export-tries-mastery-line", below = coach::MASTERY_BELOW),
        style: Style::Rule,
        points: vec![[0.0, f64::from(coach::MASTERY_BELOW)]],
    }];
    let (mut readings, mut words) = (Vec::new(), Vec::new());
    // Per step drawn: its legend name, and its after-ratings from try number `skip + 1` on.
    let mut drawn: Vec<(String, usize, Vec<u8>)> = Vec::new();
    // The step practised now first in the words; drawn last, over the mastered one. Each with
    // its messages' role: "now" or "mastered".
    for (index, style, role) in [(now, Style::SolidDots, "now"), (mastered, Style::DashedSquares, "mastered")] {
        let Some(index) = index else { continue };
        let step: StepId = ladder.steps[index].id;
        let afters: Vec<u8> =
            cx.exposures(ladder.id).iter().filter(|e| e.step == step).map(|e| e.after.get()).collect();
        let number = index + 1;
        let label = tl!(lang, &format!("export-tries-step-{role}"), step = number);
        readings.push(match reading::tries(&afters) {
            Some(text) => tl!(lang, &format!("export-tries-reading-{role}"), step = number, reading = text),
            None => tl!(lang, &format!("export-tries-untried-{role}"), step = number),
        });
        let skip = afters.len().saturating_sub(MAX_TRIES);
        let shown = &afters[skip..];
        if !shown.is_empty() {
            words.push(tl!(
                lang,
                &format!("export-tries-words-{role}"),
                step = number,
                situation = &ladder.steps[index].situation,
                first = skip + 1,
                last = afters.len(),
                values = shown.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
            ));
        }
        let points = shown.iter().enumerate().map(|(i, a)| [(skip + i + 1) as f64, f64::from(*a)]).collect();
        // After the mastery line, under the step practised now.
        series.insert(1, Series { name: label.clone(), style, points });
        drawn.push((label, skip, shown.to_vec()));
    }
    readings.push(reading::mastery_rule(cx.streak));
    // The try numbers drawn: from the first shown to the last (try 1 alone when none is).
    let tried = drawn.iter().filter(|(_, _, afters)| !afters.is_empty());
    let low = tried.clone().map(|(_, skip, _)| skip + 1).min().unwrap_or(1);
    let high = tried.map(|(_, skip, afters)| skip + afters.len()).max().unwrap_or(1);
    let try_word = tl!(lang, "export-tries-try");
    let mut columns = vec![(try_word.as_str(), true)];
    columns.extend(drawn.iter().map(|(label, ..)| (label.as_str(), true)));
    let mut table = Table::new(&columns);
    // One row per try number that some step drawn has; a dash where the other has none.
    for n in low..=high {
        let cells: Vec<Option<u8>> = drawn
            .iter()
            .map(|(_, skip, afters)| n.checked_sub(skip + 1).and_then(|i| afters.get(i)).copied())
            .collect();
        if cells.iter().any(Option::is_some) {
            let mut row = vec![n.to_string()];
            row.extend(cells.iter().map(|c| c.map_or_else(|| "-".to_owned(), |a| a.to_string())));
            table.rows.push(row);
        }
    }
    words.push(tl!(lang, "export-tries-words-line", below = coach::MASTERY_BELOW));
    Chart {
        title: tl!(lang, "export-tries-title"),
        reading: readings.join(" "),
        description: tl!(lang, "export-tries-description", details = words.join(" ")),
        x: Axis {
            title: try_word.clone(),
            min: low as f64 - 0.5,
            max: high as f64 + 0.5,
            ticks: if low == high {
                vec![(low as f64, low.to_string())]
            } else {
                vec![(low as f64, low.to_string()), (high as f64, high.to_string())]
            },
        },
        y: rating_axis(tl!(lang, "export-tries-y-axis")),
        series,
        caption: None,
        table,
    }
}

/// 0 to 10, labelled at 0, 5 and 10.
fn rating_axis(title: String) -> Axis {
    Axis { title, min: 0.0, max: 10.0, ticks: [0.0, 5.0, 10.0].iter().map(|v| (*v, v.to_string())).collect() }
}

/// The ladder's weeks: from the week of its first exposure to this week, the latest
/// [`REPORT_WEEKS`].
fn weeks_shown(cx: &Context<'_, impl TimeZone>, ladder: &Ladder) -> Vec<stats::WeekCount> {
    let weeks = stats::weekly(cx.scope, Some(ladder.id), cx.now);
    let first = weeks.iter().position(|w| w.exposures > 0).unwrap_or(weeks.len());
    let from = first.max(weeks.len().saturating_sub(REPORT_WEEKS));
    weeks[from..].to_vec()
}

/// "8 Sep" / "8 set".
fn short_date(lang: Lang, date: NaiveDate) -> String {
    dates::day_month_short_in(lang, date)
}

/// The ladder's exposures per week, all ladders' behind them, the goal and the plan.
fn weeks_chart(cx: &Context<'_, impl TimeZone>, weeks: &[stats::WeekCount]) -> Chart {
    let (settings, lang) = (&cx.scope.settings, cx.lang);
    let goal = settings.weekly_goal;
    let all: Vec<u32> = weeks.iter().map(|w| cx.all_by_week.get(&w.week_start).copied().unwrap_or(0)).collect();
    let planned: Vec<Option<usize>> =
        weeks.iter().map(|w| crate::plan::planned_for_week(settings, w.week_start, cx.now)).collect();
    let others = weeks.iter().zip(&all).any(|(w, a)| *a > w.exposures);
    let has_plan = planned.iter().any(Option::is_some);
    let x = |i: usize| i as f64;
    let mut series = Vec::new();
    if others {
        series.push(Series {
            name: tl!(lang, "export-weeks-all-ladders"),
            style: Style::OutlineBars,
            points: all.iter().enumerate().map(|(i, a)| [x(i), f64::from(*a)]).collect(),
        });
    }
    series.push(Series {
        name: tl!(lang, "export-weeks-this-ladder"),
        style: Style::Bars,
        points: weeks.iter().enumerate().map(|(i, w)| [x(i), f64::from(w.exposures)]).collect(),
    });
    series.push(Series {
        name: tl!(lang, "export-weeks-goal", goal = goal),
        style: Style::Rule,
        points: vec![[0.0, f64::from(goal)]],
    });
    if has_plan {
        series.push(Series {
            name: tl!(lang, "export-weeks-planned"),
            style: Style::Diamonds,
            points: planned.iter().enumerate().filter_map(|(i, p)| p.map(|p| [x(i), p as f64])).collect(),
        });
    }
    let highest = all.iter().map(|a| *a as usize).chain(planned.iter().flatten().copied()).max().unwrap_or(0);
    let top = u32::try_from(highest.max(usize::from(goal)) + 1).unwrap_or(u32::MAX);
    let step = if top <= 6 {
        2
    } else if top <= 15 {
        5
    } else {
        10
    };
    let y_ticks = (0..=top).step_by(step).map(|v| (f64::from(v), v.to_string())).collect();
    let (first, last) = (weeks.first().map(|w| w.week_start), weeks.last().map(|w| w.week_start));
    let mut x_ticks = Vec::new();
    if let Some(first) = first {
        x_ticks.push((0.0, short_date(lang, first)));
    }
    if let Some(last) = last.filter(|_| weeks.len() > 1) {
        x_ticks.push((x(weeks.len() - 1), short_date(lang, last)));
    }
    let exposures: u32 = weeks.iter().map(|w| w.exposures).sum();
    let pacer: u32 = weeks.iter().map(|w| w.pacer_sessions).sum();
    let reading = reading::weeks(&reading::WeeksRead {
        weeks: weeks.len(),
        exposures,
        goal,
        pacer_sessions: pacer,
        weeks_per_bar: 1,
        planned_now: crate::plan::planned_per_week(&settings.practice_times),
    });
    let join = |values: &mut dyn Iterator<Item = String>| values.collect::<Vec<_>>().join(", ");
    let mut description = match (first, last) {
        (Some(first), Some(last)) => tl!(
            lang,
            "export-weeks-words",
            first = ymd(first),
            last = ymd(last),
            values = join(&mut weeks.iter().map(|w| w.exposures.to_string()))
        ),
        _ => tl!(lang, "export-weeks-words-none"),
    };
    // Whole sentences, one after another.
    if others {
        let values = join(&mut all.iter().map(ToString::to_string));
        let _ = write!(description, " {}", tl!(lang, "export-weeks-words-all", values = values));
    }
    let _ = write!(description, " {}", tl!(lang, "export-weeks-words-goal", goal = goal));
    if has_plan {
        let none = tl!(lang, "export-weeks-words-no-plan");
        let values = join(&mut planned.iter().map(|p| p.map_or_else(|| none.clone(), |p| p.to_string())));
        let _ = write!(description, " {}", tl!(lang, "export-weeks-words-planned", values = values));
    }
    let mut table = Table::headed(
        lang,
        &[
            ("export-weeks-week-of", false),
            ("export-weeks-this-ladder", true),
            ("export-weeks-all-ladders", true),
            ("export-weeks-planned", true),
        ],
    );
    table.rows = weeks
        .iter()
        .zip(&all)
        .zip(&planned)
        .map(|((w, a), p)| {
            vec![
                ymd(w.week_start),
                w.exposures.to_string(),
                a.to_string(),
                p.map_or_else(|| "-".to_owned(), |p| p.to_string()),
            ]
        })
        .collect();
    Chart {
        title: tl!(lang, "export-weeks-title"),
        reading,
        description,
        x: Axis { title: tl!(lang, "export-weeks-x-axis"), min: -0.5, max: weeks.len() as f64 - 0.5, ticks: x_ticks },
        y: Axis { title: tl!(lang, "export-weeks-y-axis"), min: 0.0, max: f64::from(top), ticks: y_ticks },
        series,
        caption: None,
        table,
    }
}

/// Each prediction's likelihood over the weeks shown, shaped by what happened.
fn predictions_chart(cx: &Context<'_, impl TimeZone>, ladder: &Ladder, from: Option<NaiveDate>) -> Chart {
    let lang = cx.lang;
    let all = stats::expectancy(cx.scope, Some(ladder.id));
    let summary = stats::expectancy_summary(&all);
    let start = from.map_or(f64::MIN, axis::date_day);
    let in_weeks: Vec<_> = all.iter().filter(|p| axis::plot_day(p.when, &cx.zone) >= start).collect();
    let shown = &in_weeks[in_weeks.len().saturating_sub(MAX_PREDICTIONS)..];
    let today = coach::practice_today(cx.now, cx.scope.settings.day_starts_at);
    let end = crate::stats::week_start(today).checked_add_days(Days::new(7)).unwrap_or(today);
    let first_day = from.unwrap_or(today);
    let styles = [Style::Squares, Style::Triangles, Style::Circles];
    let series = Outcome::ALL
        .iter()
        .zip(styles)
        .map(|(outcome, style)| Series {
            name: outcome.label().to_owned(),
            style,
            points: shown
                .iter()
                .filter(|p| p.outcome == *outcome)
                .map(|p| [axis::plot_day(p.when, &cx.zone), f64::from(p.predicted)])
                .collect(),
        })
        .collect();
    let mut table = Table::headed(
        lang,
        &[
            ("export-predictions-column", false),
            ("export-predictions-dates", false),
            ("export-predictions-average", true),
            ("export-predictions-happened", true),
        ],
    );
    let mut words = Vec::new();
    let size = shown.len().div_ceil(PREDICTION_GROUPS).max(1);
    let skipped = in_weeks.len() - shown.len();
    for (g, group) in shown.chunks(size).enumerate() {
        let Some(s) = stats::expectancy_summary(&group.iter().map(|p| **p).collect::<Vec<_>>()) else { continue };
        let (a, b) = (skipped + g * size + 1, skipped + g * size + group.len());
        let (first, last) = (group.first().map(|p| cx.day(p.when)), group.last().map(|p| cx.day(p.when)));
        let range = |a: String, b: String| if a == b { a } else { tl!(lang, "export-range", from = a, to = b) };
        let dates = range(first.unwrap_or_default(), last.unwrap_or_default());
        let numbers = range(a.to_string(), b.to_string());
        let (predicted, happened) = (decimal_in(lang, s.mean_predicted, 0), decimal_in(lang, s.happened_pct, 0));
        words.push(tl!(
            lang,
            "export-predictions-words",
            count = group.len(),
            numbers = &numbers,
            dates = &dates,
            predicted = &predicted,
            happened = &happened
        ));
        let percent = |value: String| tl!(lang, "export-percent", value = value);
        table.rows.push(vec![numbers, dates, percent(predicted), percent(happened)]);
    }
    let reading = summary.map_or_else(|| tl!(lang, "export-predictions-none"), |s| reading::predictions(&s));
    let description = if words.is_empty() {
        reading.clone()
    } else {
        tl!(lang, "export-predictions-description", details = words.join(" "))
    };
    Chart {
        title: tl!(lang, "export-predictions-title"),
        reading,
        description,
        x: Axis {
            title: tl!(lang, "export-predictions-x-axis"),
            min: axis::date_day(first_day),
            max: axis::date_day(end),
            ticks: date_ticks(lang, first_day, crate::stats::week_start(today)),
        },
        y: Axis {
            title: tl!(lang, "export-predictions-y-axis"),
            min: 0.0,
            max: 100.0,
            ticks: [0.0, 50.0, 100.0].iter().map(|v| (*v, v.to_string())).collect(),
        },
        series,
        caption: Some(Outcome::question().to_owned()),
        table,
    }
}

/// Marks at the first and the last date (one when they are the same).
fn date_ticks(lang: Lang, first: NaiveDate, last: NaiveDate) -> Vec<(f64, String)> {
    let mut ticks = vec![(axis::date_day(first), short_date(lang, first))];
    if last > first {
        ticks.push((axis::date_day(last), short_date(lang, last)));
    }
    ticks
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::export::report::report;
    use crate::model::{ExposureBuilder, Library, PlanChange, PracticeTime, Weekdays};
    use crate::stats::tests::{day, ladder_with, local};

    /// The charts of the report's first page, per ladder.
    pub(in crate::export) fn figures(lib: &Library, now: &chrono::DateTime<chrono::FixedOffset>) -> Vec<Vec<Chart>> {
        report(crate::i18n::Lang::english(), lib, &[], now)
            .into_iter()
            .filter_map(|b| if let Block::Figures(charts) = b { Some(charts) } else { None })
            .collect()
    }

    fn points(chart: &Chart, name: &str) -> Vec<[f64; 2]> {
        chart.series.iter().find(|s| s.name == name).map_or_else(
            || panic!("no series {name:?} in {:?}", chart.series.iter().map(|s| &s.name).collect::<Vec<_>>()),
            |s| s.points.clone(),
        )
    }

    /// Three steps (streak 2): step 1 mastered on day 2, step 2 mastered on day 5, step 3 tried
    /// twice; predictions on four tries; a second ladder with two exposures in the second week
    /// and one never practised.
    pub(in crate::export) fn practised() -> Library {
        let mut lib = Library {
            ladders: vec![ladder_with(&[2, 4, 6]), ladder_with(&[3]), ladder_with(&[5])],
            ..Library::default()
        };
        lib.ladders[1].title = "Phone calls".to_owned();
        lib.ladders[2].title = "Eating out".to_owned();
        lib.settings.mastery_streak = 2;
        lib.settings.weekly_goal = 3;
        let (first, second) = (lib.ladders[0].clone(), lib.ladders[1].clone());
        let tries = [
            (0, 0, 3, Some((80, Outcome::Partly))),
            (1, 0, 1, Some((70, Outcome::DidNotHappen))),
            (2, 0, 1, None),
            (3, 1, 4, Some((60, Outcome::Happened))),
            (4, 1, 1, None),
            (5, 1, 1, None),
            (8, 2, 6, Some((40, Outcome::DidNotHappen))),
            (9, 2, 5, None),
        ];
        for (d, step, after, prediction) in tries {
            let mut e = ExposureBuilder::on(&first, step).at(day(d)).ratings(7, 8, after);
            if let Some((likely, outcome)) = prediction {
                e = e.predicted("They laugh", likely).outcome(outcome);
            }
            lib.exposures_mut().push(e.build());
        }
        for d in [7, 8] {
            lib.exposures_mut().push(ExposureBuilder::on(&second, 0).at(day(d)).ratings(5, 5, 3).build());
        }
        lib
    }

    #[test]
    fn page_one_has_three_charts_for_each_practised_ladder_and_names_the_others() {
        let lib = practised();
        let now = local(1, 2026, 3, 12, 9, 0); // Thursday of the second week
        let figures = figures(&lib, &now);
        assert_eq!(figures.len(), 2, "two ladders were practised");
        for charts in &figures {
            let titles: Vec<&str> = charts.iter().map(|c| c.title.as_str()).collect();
            assert_eq!(titles, ["Anxiety after each try", "Practice each week", "Predicted, and what happened"]);
        }
        let md = crate::export::markdown(&lib, &[], &now);
        assert!(md.contains("Not practised yet: Eating out."), "{md}");
        assert!(!md.contains("### Eating out"), "no charts for a ladder never practised");
        assert!(md.contains("### Speaking up\n\n2 mastered of 3 steps; 8 exposures from 2026-03-02 to 2026-03-11."));
    }

    #[test]
    fn the_tries_chart_shows_the_step_now_and_the_step_mastered_last() {
        let lib = practised();
        let chart = &figures(&lib, &local(1, 2026, 3, 12, 9, 0))[0][0];
        assert_eq!(points(chart, "Step 3 (now)"), [[1.0, 6.0], [2.0, 5.0]]);
        assert_eq!(points(chart, "Step 2 (mastered)"), [[1.0, 4.0], [2.0, 1.0], [3.0, 1.0]]);
        assert_eq!(points(chart, "Mastery line (below 2)"), [[0.0, 2.0]]);
        assert!(!chart.series.iter().any(|s| s.name.starts_with("Step 1")), "only the step mastered last");
        // Drawn under the step practised now.
        let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Mastery line (below 2)", "Step 2 (mastered)", "Step 3 (now)"]);
        assert_eq!(
            chart.reading,
            "Step 3, practised now: 2 tries. After-rating 6 on the first, 5 on the latest. Step 2, mastered last: \
             3 tries. After-rating 4 on the first, 1 on the latest. Mastered when it is below 2 on the last 2 tries \
             in a row."
        );
        assert!(chart.description.contains("Step 3 (situation 3), practised now, tries 1 to 2: 6, 5."));
        assert_eq!((chart.x.min, chart.x.max), (0.5, 3.5));
        assert_eq!(chart.table.head, ["Try", "Step 3 (now)", "Step 2 (mastered)"]);
        assert_eq!(chart.table.rows[2], ["3", "-", "1"]);
    }

    #[test]
    fn the_tries_chart_keeps_the_latest_tries() {
        let mut lib = Library { ladders: vec![ladder_with(&[5])], ..Library::default() };
        let ladder = lib.ladders[0].clone();
        for d in 0..25 {
            lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(day(d)).ratings(6, 6, 5).build());
        }
        let chart = &figures(&lib, &local(1, 2026, 5, 1, 9, 0))[0][0];
        let now = points(chart, "Step 1 (now)");
        assert_eq!(now.len(), MAX_TRIES);
        assert_eq!(now[..1], [[6.0, 5.0]], "tries 6 to 25");
        assert!(chart.reading.starts_with("Step 1, practised now: 25 tries."), "{}", chart.reading);
        assert!(chart.description.contains("tries 6 to 25"));
    }

    #[test]
    fn the_weeks_chart_has_the_ladder_all_ladders_the_goal_and_the_plan() {
        let mut lib = practised();
        let now = local(1, 2026, 3, 12, 9, 0);
        // No plan in the first week; three practice times a week from the second.
        lib.settings.plan_history = vec![PlanChange { at: day(7), per_week: 3 }];
        let days = Weekdays::of(&[chrono::Weekday::Mon, chrono::Weekday::Wed, chrono::Weekday::Fri]);
        lib.settings.practice_times = vec![PracticeTime { id: 1, days, hour: 18, minute: 30, ladder: None }];
        let chart = &figures(&lib, &now)[0][1];
        assert_eq!(points(chart, "This ladder"), [[0.0, 6.0], [1.0, 2.0]]);
        assert_eq!(points(chart, "All ladders"), [[0.0, 6.0], [1.0, 4.0]]);
        assert_eq!(points(chart, "Weekly goal (3)"), [[0.0, 3.0]]);
        assert_eq!(points(chart, "Planned"), [[1.0, 3.0]]);
        assert_eq!(
            chart.reading,
            "Last 2 weeks: 8 exposures on this ladder (goal 3 a week, all ladders together), 0 breathing sessions. \
             The plan now: 3 practice times a week."
        );
        assert!(chart.description.contains("from the week of 2026-03-02 to the week of 2026-03-09: 6, 2."));
        assert!(chart.description.contains("Practice times planned: none, 3."));
        assert_eq!(chart.table.rows, [["2026-03-02", "6", "6", "-"], ["2026-03-09", "2", "4", "3"]]);
        let labels: Vec<&str> = chart.x.ticks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(labels, ["2 Mar", "9 Mar"]);
        // The second ladder's own weeks start with its first exposure.
        let other = &figures(&lib, &now)[1][1];
        assert_eq!(points(other, "This ladder"), [[0.0, 2.0]]);
    }

    #[test]
    fn the_predictions_chart_shapes_each_outcome_and_groups_them_in_words() {
        let lib = practised();
        let now = local(1, 2026, 3, 12, 9, 0);
        let chart = &figures(&lib, &now)[0][2];
        let zone = now.timezone();
        let x = |d: i64| axis::plot_day(day(d), &zone);
        assert_eq!(points(chart, "Yes"), [[x(3), 60.0]]);
        assert_eq!(points(chart, "Partly"), [[x(0), 80.0]]);
        assert_eq!(points(chart, "No"), [[x(1), 70.0], [x(8), 40.0]]);
        let summary = stats::expectancy_summary(&stats::expectancy(&lib, Some(lib.ladders[0].id))).unwrap();
        assert_eq!(chart.reading, reading::predictions(&summary));
        assert_eq!(chart.caption.as_deref(), Some(Outcome::question()));
        assert_eq!(chart.table.rows.len(), 4, "four predictions, four groups of one");
        assert_eq!(chart.table.rows[0], ["1", "2026-03-02", "80 %", "50 %"]);
        assert!(
            chart.description.contains("Prediction 4 (2026-03-10): 40 % likely on average"),
            "{}",
            chart.description
        );
        // Every point within the x range: from the first week's Monday to the end of this week.
        for p in chart.series.iter().flat_map(|s| &s.points) {
            assert!(chart.x.min <= p[0] && p[0] <= chart.x.max, "{p:?}");
        }
        // A ladder without predictions says so instead of drawing.
        let other = &figures(&lib, &now)[1][2];
        assert!(!other.has_data());
        assert_eq!(other.reading, "No predictions recorded on this ladder yet.");
    }

    #[test]
    fn predictions_are_told_in_up_to_four_groups_in_time_order() {
        let mut lib = Library { ladders: vec![ladder_with(&[5])], ..Library::default() };
        let ladder = lib.ladders[0].clone();
        for (d, likely) in [(0, 90), (1, 80), (2, 70), (3, 60), (4, 50), (5, 40), (6, 30)] {
            let e = ExposureBuilder::on(&ladder, 0).at(day(d)).ratings(6, 6, 5).predicted("x", likely);
            lib.exposures_mut().push(e.outcome(Outcome::DidNotHappen).build());
        }
        let chart = &figures(&lib, &local(1, 2026, 3, 9, 9, 0))[0][2];
        let firsts: Vec<[&str; 3]> =
            chart.table.rows.iter().map(|r| [r[0].as_str(), r[1].as_str(), r[2].as_str()]).collect();
        assert_eq!(
            firsts,
            [
                ["1 to 2", "2026-03-02 to 2026-03-03", "85 %"],
                ["3 to 4", "2026-03-04 to 2026-03-05", "65 %"],
                ["5 to 6", "2026-03-06 to 2026-03-07", "45 %"],
                ["7", "2026-03-08", "30 %"],
            ]
        );
        assert!(chart.description.contains("Predictions 1 to 2 (2026-03-02 to 2026-03-03): 85 % likely on average"));
    }
}
