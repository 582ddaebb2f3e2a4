//! The Progress screen: how the person's ratings change, per ladder and per step, in five calm
//! plots with a sentence above each that says the same in words (for screen readers, and for
//! anyone who prefers words to lines). Export and import start here too.
//!
//! Everything plotted is computed by `crate::stats` once per change of the library or of the
//! choices on this screen, and cached; a frame only draws. Series longer than the plot is wide
//! are downsampled, and weeks are grouped into wider bars when there are more of them than fit.

use std::fmt::Write as _;

use chrono::{DateTime, Local, TimeZone};
use egui::{Color32, RichText};
use egui_plot::{
    Bar, BarChart, GridInput, GridMark, HLine, HoverPosition, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points,
};

use super::theme;
use crate::app::{Command, StepwiseApp};
use crate::coach;
use crate::model::{Ladder, LadderId, Library, Outcome, StepId, Timestamp};
use crate::stats::{self, ExpectancyPoint, ExpectancySummary, RatingPoint, WeekCount};

/// Height of each plot, in points.
const PLOT_HEIGHT: f32 = 190.0;
/// Below this width the plots are stacked in one column.
const TWO_COLUMNS_FROM: f32 = 900.0;
/// Most points drawn per line (the widest plot is narrower than this in pixels).
const MAX_LINE_POINTS: usize = 1_200;
/// Most bars in the weekly plot; more weeks are grouped into wider bars.
const MAX_BARS: usize = 60;
const SECS_PER_DAY: f64 = 86_400.0;

/// How many weeks the weekly plot shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum WeekRange {
    #[default]
    TwelveWeeks,
    Year,
    Everything,
}

impl WeekRange {
    const ALL: [Self; 3] = [Self::TwelveWeeks, Self::Year, Self::Everything];

    fn label(self) -> &'static str {
        match self {
            Self::TwelveWeeks => "12 weeks",
            Self::Year => "A year",
            Self::Everything => "Everything",
        }
    }

    fn weeks(self) -> Option<usize> {
        match self {
            Self::TwelveWeeks => Some(12),
            Self::Year => Some(52),
            Self::Everything => None,
        }
    }
}

/// The Progress screen's choices and its cache.
#[derive(Debug, Default)]
pub struct ProgressView {
    /// The ladder shown; `None` follows the ladder selected elsewhere.
    pub ladder: Option<LadderId>,
    /// The step of the habituation plot; `None` picks the step practised most recently.
    pub step: Option<StepId>,
    pub range: WeekRange,
    cache: Option<(Key, Data)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    generation: u64,
    ladder: LadderId,
    step: Option<StepId>,
    range: WeekRange,
    /// Weeks are counted up to today's week, so a new day can change them.
    today: chrono::NaiveDate,
}

/// One bar of the weekly plot: one week, or several grouped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekBar {
    /// Start of the first week, in days since 1970 (for the x axis).
    pub start_day: f64,
    pub weeks: usize,
    /// Exposures per week on average over the bar's weeks.
    pub exposures: f64,
    pub pacer_sessions: f64,
}

/// Everything the plots draw, computed once per [`Key`].
#[derive(Debug, Default)]
struct Data {
    step: Option<StepId>,
    step_label: String,
    habituation: Vec<RatingPoint>,
    before: Vec<PlotPoint>,
    peak: Vec<PlotPoint>,
    after: Vec<PlotPoint>,
    expectancy: [Vec<ExpectancyPoint>; 3],
    expectancy_xy: [Vec<PlotPoint>; 3],
    summary: Option<ExpectancySummary>,
    week_bars: Vec<WeekBar>,
    weeks_per_bar: usize,
    weeks_shown: usize,
    exposures_in_range: u32,
    pacer_in_range: u32,
    mastered: Vec<PlotPoint>,
    mastered_now: usize,
    steps: usize,
    estimates: Vec<(String, Vec<PlotPoint>)>,
    ladder_exposures: usize,
}

/// Days since 1970 (UTC) as a plot coordinate.
fn day(t: Timestamp) -> f64 {
    t.unix_secs() as f64 / SECS_PER_DAY
}

/// A plot coordinate back as a local date ("3 Nov 2026").
fn date_text(x: f64) -> String {
    Timestamp::from_unix_secs((x * SECS_PER_DAY).round() as i64)
        .utc()
        .with_timezone(&Local)
        .format("%-d %b %Y")
        .to_string()
}

/// How far apart the marks of a date axis are.
#[derive(Clone, Copy)]
enum Stride {
    Days(i64),
    Months(u32),
}

/// Grid marks on a date axis at calendar boundaries (days, Mondays, months, years), about
/// four to eight of them across the visible range. Coordinates are days since 1970 (UTC).
// egui_plot hands the input over by value.
#[allow(clippy::needless_pass_by_value)]
fn date_marks(input: GridInput) -> Vec<GridMark> {
    use chrono::{Datelike, Months, NaiveDate};
    let (min, max) = input.bounds;
    let span = (max - min).max(1.0);
    let epoch = chrono::DateTime::UNIX_EPOCH.date_naive();
    let to_x = |d: NaiveDate| d.signed_duration_since(epoch).num_days() as f64;
    let Some(first) = epoch.checked_add_signed(chrono::Duration::days(min.floor().clamp(-1e6, 1e6) as i64)) else {
        return Vec::new();
    };
    let (start, stride) = if span <= 10.0 {
        (first, Stride::Days(1))
    } else if span <= 100.0 {
        (stats::week_start(first), Stride::Days(if span <= 45.0 { 7 } else { 14 }))
    } else {
        let months = match span {
            s if s <= 240.0 => 1,
            s if s <= 700.0 => 3,
            s if s <= 1_500.0 => 6,
            s if s <= 3_000.0 => 12,
            _ => 24,
        };
        let month_start = first.with_day(1).unwrap_or(first);
        let start = if months >= 12 { month_start.with_month(1).unwrap_or(month_start) } else { month_start };
        (start, Stride::Months(months))
    };
    let step_size = match stride {
        Stride::Days(n) => n as f64,
        Stride::Months(n) => 30.44 * f64::from(n),
    };
    let mut marks = Vec::new();
    let mut date = Some(start);
    while let Some(d) = date {
        let x = to_x(d);
        if x > max || marks.len() > 64 {
            break;
        }
        if x >= min {
            marks.push(GridMark { value: x, step_size });
        }
        date = match stride {
            Stride::Days(n) => d.checked_add_signed(chrono::Duration::days(n)),
            Stride::Months(n) => d.checked_add_months(Months::new(n)),
        };
    }
    marks
}

/// A date-axis mark's label: "3 Nov" for days and weeks, "Nov 2026" for months, "2026" for years.
fn date_mark_text(mark: GridMark) -> String {
    let epoch = chrono::DateTime::UNIX_EPOCH.date_naive();
    let Some(date) = epoch.checked_add_signed(chrono::Duration::days(mark.value.round().clamp(-1e6, 1e6) as i64))
    else {
        return String::new();
    };
    let format = match mark.step_size {
        s if s < 28.0 => "%-d %b",
        s if s < 360.0 => "%b %Y",
        _ => "%Y",
    };
    date.format(format).to_string()
}

/// The year of a calendar date stored as days since 1970.
fn calendar_year(day: f64) -> i32 {
    use chrono::Datelike;
    let epoch = chrono::DateTime::UNIX_EPOCH.date_naive();
    epoch.checked_add_signed(chrono::Duration::days(day.round().clamp(-1e6, 1e6) as i64)).map_or(1970, |d| d.year())
}

fn outcome_index(outcome: Outcome) -> usize {
    match outcome {
        Outcome::Happened => 0,
        Outcome::Partly => 1,
        Outcome::DidNotHappen => 2,
    }
}

/// Groups weeks into at most `max_bars` bars of equal width (in weeks), averaging per week.
#[must_use]
pub fn group_weeks(weeks: &[WeekCount], max_bars: usize) -> (usize, Vec<WeekBar>) {
    let per_bar = weeks.len().div_ceil(max_bars.max(1)).max(1);
    let bars = weeks
        .chunks(per_bar)
        .map(|chunk| {
            let n = chunk.len() as f64;
            let start = chunk[0].week_start.signed_duration_since(chrono::DateTime::UNIX_EPOCH.date_naive());
            WeekBar {
                start_day: start.num_days() as f64,
                weeks: chunk.len(),
                exposures: chunk.iter().map(|w| f64::from(w.exposures)).sum::<f64>() / n,
                pacer_sessions: chunk.iter().map(|w| f64::from(w.pacer_sessions)).sum::<f64>() / n,
            }
        })
        .collect();
    (per_bar, bars)
}

/// A staircase through `(x, y)` changes, held until `end_x`.
fn staircase(points: impl IntoIterator<Item = (f64, f64)>, end_x: f64) -> Vec<PlotPoint> {
    let mut out: Vec<PlotPoint> = Vec::new();
    for (x, y) in points {
        if let Some(last) = out.last().copied() {
            out.push(PlotPoint::new(x, last.y));
        }
        out.push(PlotPoint::new(x, y));
    }
    if let Some(last) = out.last().copied()
        && end_x > last.x
    {
        out.push(PlotPoint::new(end_x, last.y));
    }
    out
}

fn to_plot(points: &[[f64; 2]]) -> Vec<PlotPoint> {
    stats::downsample(points, MAX_LINE_POINTS).into_iter().map(PlotPoint::from).collect()
}

/// The step shown by default: the one practised most recently on this ladder, else the first.
fn default_step(library: &Library, ladder: &Ladder) -> Option<StepId> {
    library
        .exposures
        .iter()
        .filter(|e| e.ladder == ladder.id)
        .max_by_key(|e| e.started)
        .map(|e| e.step)
        .or_else(|| ladder.steps.first().map(|s| s.id))
}

fn compute<Tz: TimeZone>(
    library: &Library,
    ladder: &Ladder,
    step: Option<StepId>,
    range: WeekRange,
    now: &DateTime<Tz>,
) -> Data {
    let step = step.filter(|id| ladder.step(*id).is_some()).or_else(|| default_step(library, ladder));
    let step_label = step
        .and_then(|id| ladder.steps.iter().position(|s| s.id == id).map(|i| (i, &ladder.steps[i])))
        .map(|(i, s)| format!("{}. {}", i + 1, s.situation))
        .unwrap_or_default();
    let habituation = step.map(|id| stats::habituation(library, id)).unwrap_or_default();
    let series = |pick: fn(&RatingPoint) -> u8| -> Vec<PlotPoint> {
        let xy: Vec<[f64; 2]> = habituation.iter().map(|p| [p.index as f64, f64::from(pick(p))]).collect();
        to_plot(&xy)
    };
    let (before, peak, after) = (series(|p| p.before), series(|p| p.peak), series(|p| p.after));

    let points = stats::expectancy(library, Some(ladder.id));
    let summary = stats::expectancy_summary(&points);
    let mut expectancy: [Vec<ExpectancyPoint>; 3] = Default::default();
    for p in points {
        expectancy[outcome_index(p.outcome)].push(p);
    }
    let expectancy_xy = expectancy
        .each_ref()
        .map(|ps| ps.iter().map(|p| PlotPoint::new(day(p.when), f64::from(p.predicted))).collect());

    let all_weeks = stats::weekly(library, Some(ladder.id), now);
    let shown = range.weeks().map_or(all_weeks.len(), |n| n.min(all_weeks.len()));
    let weeks = &all_weeks[all_weeks.len() - shown..];
    let (weeks_per_bar, week_bars) = group_weeks(weeks, MAX_BARS);

    let now_day = day(Timestamp::from_utc(now.with_timezone(&chrono::Utc)));
    let mastery = stats::mastered_over_time(library, ladder);
    let mastered_now = mastery.last().map_or(0, |(_, n)| *n);
    let mastered = staircase(mastery.iter().map(|(t, n)| (day(*t), *n as f64)), now_day);
    let estimates = stats::estimate_series(ladder)
        .into_iter()
        .map(|s| {
            let name = format!("{}. {}", s.position, crate::model::ellipsis(&s.situation, 28));
            (name, staircase(s.points.iter().map(|(t, v)| (day(*t), f64::from(*v))), now_day))
        })
        .collect();

    Data {
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
        weeks_shown: weeks.len(),
        exposures_in_range: weeks.iter().map(|w| w.exposures).sum(),
        pacer_in_range: weeks.iter().map(|w| w.pacer_sessions).sum(),
        week_bars,
        mastered,
        mastered_now,
        steps: ladder.steps.len(),
        estimates,
        ladder_exposures: library.exposures.iter().filter(|e| e.ladder == ladder.id).count(),
    }
}

/// A plot with the screen's calm defaults: no zooming or dragging (the page scrolls instead),
/// hover labels on.
fn plot(id: &str) -> Plot<'static> {
    Plot::new(id)
        .height(PLOT_HEIGHT)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_background(false)
}

fn muted(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.label(RichText::new(text.into()).color(theme::palette(ui).muted_text));
}

fn card_heading(ui: &mut egui::Ui, title: &str) {
    ui.label(RichText::new(title).strong().size(16.0));
}

pub fn progress_ui(
    ui: &mut egui::Ui,
    app: &StepwiseApp,
    library: &Library,
    view: &mut ProgressView,
    transfer: &mut super::transfer::TransferView,
    commands: &mut Vec<Command>,
) {
    let (generation, selected_ladder, now) = (app.save.generation, app.selected_ladder, &app.local_now());
    super::screen_heading(
        ui,
        "Progress",
        "How your ratings change over time. Point at a line to see its dates and numbers.",
    );
    let visible: Vec<&Ladder> = library.ladders.iter().filter(|l| !l.archived).collect();
    let ladder = view
        .ladder
        .or(selected_ladder)
        .and_then(|id| library.ladder(id))
        .or_else(|| visible.first().copied())
        .or_else(|| library.ladders.first());
    ui.horizontal(|ui| {
        if let Some(ladder) = ladder {
            let label = ui.label("Ladder");
            let combo = egui::ComboBox::from_id_salt("progress_ladder")
                .selected_text(&ladder.title)
                .width(260.0)
                .show_ui(ui, |ui| {
                    for l in &library.ladders {
                        if ui.selectable_label(l.id == ladder.id, l.display_title()).clicked() {
                            view.ladder = Some(l.id);
                            view.step = None;
                        }
                    }
                });
            let _ = combo.response.labelled_by(label.id);
        }
        super::transfer::transfer_buttons_ui(ui, app, transfer, commands);
    });
    ui.add_space(theme::GAP_M);
    let Some(ladder) = ladder else {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            muted(ui, "No ladders yet. Make one on the Ladders screen; its progress appears here after your first exposure. You can also import a progress file.");
        });
        return;
    };

    let key = Key { generation, ladder: ladder.id, step: view.step, range: view.range, today: now.date_naive() };
    if view.cache.as_ref().is_none_or(|(k, _)| *k != key) {
        view.cache = Some((key, compute(library, ladder, view.step, view.range, now)));
    }
    let Some((_, data)) = view.cache.as_ref() else { return };

    summary_ui(ui, ladder, data);
    ui.add_space(theme::GAP_M);
    let mut step_choice = None;
    let mut range_choice = None;
    let range = view.range;
    let mut draw = |ui: &mut egui::Ui, card: usize| {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            match card {
                0 => step_card_ui(ui, library, ladder, data, &mut step_choice),
                1 => expectancy_card_ui(ui, data),
                2 => weekly_card_ui(ui, library, data, range, &mut range_choice),
                3 => mastered_card_ui(ui, data),
                _ => estimates_card_ui(ui, data),
            }
        });
    };
    let rows: &[&[usize]] = if ui.available_width() >= TWO_COLUMNS_FROM {
        &[&[0, 1], &[2, 3], &[4]]
    } else {
        &[&[0], &[1], &[2], &[3], &[4]]
    };
    for row in rows {
        if let [card] = row {
            draw(ui, *card);
        } else {
            ui.columns(row.len(), |columns| {
                for (column, card) in columns.iter_mut().zip(row.iter()) {
                    draw(column, *card);
                }
            });
        }
        ui.add_space(theme::GAP_M);
    }
    if let Some(step) = step_choice {
        view.step = Some(step);
    }
    if let Some(range) = range_choice {
        view.range = range;
    }
}

fn summary_ui(ui: &mut egui::Ui, ladder: &Ladder, data: &Data) {
    let mut text = format!(
        "{}: {} of {} steps mastered, {} exposure{} recorded.",
        ladder.title,
        data.mastered_now,
        data.steps,
        data.ladder_exposures,
        if data.ladder_exposures == 1 { "" } else { "s" }
    );
    if let Some(s) = data.summary {
        let _ = write!(
            text,
            " Before an exposure you predicted the feared outcome at {:.0} % on average; it happened {:.0} % of the time.",
            s.mean_predicted, s.happened_pct
        );
    }
    theme::banner(theme::palette(ui).info_bg).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(text);
    });
}

fn step_card_ui(ui: &mut egui::Ui, library: &Library, ladder: &Ladder, data: &Data, choice: &mut Option<StepId>) {
    ui.horizontal(|ui| {
        card_heading(ui, "Anxiety on each try");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let combo = egui::ComboBox::from_id_salt("progress_step")
                .selected_text(shorten(&data.step_label, 34))
                .width(240.0)
                .show_ui(ui, |ui| {
                    for (i, step) in ladder.steps.iter().enumerate() {
                        let label = format!("{}. {}", i + 1, step.situation);
                        if ui.selectable_label(data.step == Some(step.id), label).clicked() {
                            *choice = Some(step.id);
                        }
                    }
                });
            let label = ui.label("Step");
            let _ = combo.response.labelled_by(label.id);
        });
    });
    let (Some(first), Some(last)) = (data.habituation.first(), data.habituation.last()) else {
        muted(ui, "No tries of this step yet. After your first one, its before, peak and after ratings appear here.");
        return;
    };
    let n = data.habituation.len();
    muted(
        ui,
        format!(
            "{n} tr{}. After-rating {} on the first, {} on the latest. Mastered when it is below {} on the last {} tries in a row.",
            if n == 1 { "y" } else { "ies" },
            first.after,
            last.after,
            coach::MASTERY_BELOW,
            coach::streak_needed(library)
        ),
    );
    let palette = theme::palette(ui);
    let mastery_label = format!("Mastery line: after-rating below {}", coach::MASTERY_BELOW);
    legend_ui(
        ui,
        None,
        &[
            (Swatch::Line(palette.muted_text), "Before"),
            (Swatch::Line(palette.warn_text), "Peak"),
            (Swatch::Line(palette.accent), "After"),
            (Swatch::Dashed(palette.ok_text), mastery_label.as_str()),
        ],
    );
    let points = &data.habituation;
    plot("progress_habituation")
        .include_y(0.0)
        .include_y(10.0)
        .include_x(0.5)
        .include_x(n as f64 + 0.5)
        .x_axis_label("Try")
        .y_axis_label("Anxiety 0-10")
        .label_formatter(move |pos| {
            let x = match pos {
                HoverPosition::NearDataPoint { position, .. } | HoverPosition::Elsewhere { position } => position.x,
            };
            let index = (x.round() as usize).clamp(1, points.len());
            let p = points.get(index - 1)?;
            Some(format!(
                "Try {} on {}\nbefore {}, peak {}, after {}",
                p.index,
                date_text(day(p.when)),
                p.before,
                p.peak,
                p.after
            ))
        })
        .show(ui, |plot_ui| {
            plot_ui.hline(
                HLine::new(format!("Mastery line ({})", coach::MASTERY_BELOW), f64::from(coach::MASTERY_BELOW))
                    .color(palette.ok_text)
                    .style(LineStyle::dashed_loose()),
            );
            plot_ui.line(Line::new("Before", data.before.as_slice()).color(palette.muted_text).width(1.5));
            plot_ui.line(Line::new("Peak", data.peak.as_slice()).color(palette.warn_text).width(1.5));
            plot_ui.line(Line::new("After", data.after.as_slice()).color(palette.accent).width(2.5));
            if n <= 60 {
                plot_ui.points(Points::new("After", data.after.as_slice()).color(palette.accent).radius(3.0));
            }
        });
}

fn expectancy_card_ui(ui: &mut egui::Ui, data: &Data) {
    card_heading(ui, "What you predicted, and what happened");
    let Some(summary) = data.summary else {
        muted(
            ui,
            "No predictions yet on this ladder. Before each exposure you say how likely the feared outcome feels; those guesses and what really happened appear here.",
        );
        return;
    };
    muted(
        ui,
        format!(
            "{} predictions: {:.0} % likely on average; it happened {:.0} % of the time (a gap of {:.0} points).",
            summary.count, summary.mean_predicted, summary.happened_pct, summary.gap
        ),
    );
    let palette = theme::palette(ui);
    let colours = [palette.crisis_text, palette.warn_text, palette.accent];
    let names = Outcome::ALL.map(Outcome::label);
    legend_ui(
        ui,
        Some(Outcome::QUESTION),
        &[
            (Swatch::Dot(colours[2]), names[2]),
            (Swatch::Dot(colours[1]), names[1]),
            (Swatch::Dot(colours[0]), names[0]),
        ],
    );
    let groups = &data.expectancy;
    plot("progress_expectancy")
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_label("Predicted %")
        .x_grid_spacer(date_marks)
        .x_axis_formatter(|mark, _| date_mark_text(mark))
        .label_formatter(move |pos| match pos {
            HoverPosition::NearDataPoint { plot_name, index, .. } => {
                let group = names.iter().position(|n| n == plot_name)?;
                let p = groups[group].get(*index)?;
                Some(format!(
                    "{}\npredicted {} %; {} {plot_name}",
                    date_text(day(p.when)),
                    p.predicted,
                    Outcome::QUESTION
                ))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, name) in names.iter().enumerate() {
                let shape = [MarkerShape::Diamond, MarkerShape::Square, MarkerShape::Circle][i];
                plot_ui.points(
                    Points::new(*name, data.expectancy_xy[i].as_slice())
                        .color(colours[i])
                        .radius(3.5)
                        .shape(shape)
                        .filled(true),
                );
            }
        });
}

fn weekly_card_ui(ui: &mut egui::Ui, library: &Library, data: &Data, range: WeekRange, choice: &mut Option<WeekRange>) {
    ui.horizontal(|ui| {
        card_heading(ui, "Practice each week");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for option in WeekRange::ALL.iter().rev() {
                if ui.selectable_label(range == *option, option.label()).clicked() {
                    *choice = Some(*option);
                }
            }
        });
    });
    if data.week_bars.is_empty() {
        muted(ui, "Nothing recorded yet. Exposures and breathing sessions are counted here, week by week.");
        return;
    }
    let goal = library.settings.weekly_goal;
    let mut text = format!(
        "Last {} week{}: {} exposure{} on this ladder (goal {goal} a week, all ladders together), {} breathing session{}.",
        data.weeks_shown,
        if data.weeks_shown == 1 { "" } else { "s" },
        data.exposures_in_range,
        if data.exposures_in_range == 1 { "" } else { "s" },
        data.pacer_in_range,
        if data.pacer_in_range == 1 { "" } else { "s" },
    );
    if data.weeks_per_bar > 1 {
        let _ = write!(text, " Each bar is {} weeks, as an average per week.", data.weeks_per_bar);
    }
    muted(ui, text);
    let palette = theme::palette(ui);
    legend_ui(
        ui,
        None,
        &[
            (Swatch::Bar(palette.accent), "Exposures on this ladder"),
            (Swatch::Line(palette.warn_text), "Breathing sessions"),
            (Swatch::Dashed(palette.ok_text), "Your weekly goal"),
        ],
    );
    let width_days = 7.0 * data.weeks_per_bar as f64;
    let bars: Vec<Bar> = data
        .week_bars
        .iter()
        .map(|b| Bar::new(b.start_day + width_days / 2.0, b.exposures).width(width_days * 0.8).fill(palette.accent))
        .collect();
    let pacer: Vec<PlotPoint> =
        data.week_bars.iter().map(|b| PlotPoint::new(b.start_day + width_days / 2.0, b.pacer_sessions)).collect();
    let per_bar = data.weeks_per_bar;
    plot("progress_weekly")
        .include_y(0.0)
        .include_y(f64::from(goal) + 1.0)
        .y_axis_label("Per week")
        .x_grid_spacer(date_marks)
        .x_axis_formatter(|mark, _| date_mark_text(mark))
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(BarChart::new("Exposures", bars).color(palette.accent).element_formatter(Box::new(
                move |bar, _| {
                    // The bar starts on a local calendar date (a Monday): shown as that date.
                    let day = bar.argument - 3.5 * per_bar as f64;
                    let start =
                        format!("{} {}", date_mark_text(GridMark { value: day, step_size: 1.0 }), calendar_year(day));
                    if per_bar == 1 {
                        format!("Week of {start}: {} exposures", bar.value)
                    } else {
                        format!("{per_bar} weeks from {start}: {:.1} exposures a week", bar.value)
                    }
                },
            )));
            plot_ui.line(Line::new("Breathing sessions", pacer.as_slice()).color(palette.warn_text).width(1.5));
            plot_ui.hline(
                HLine::new(format!("Weekly goal ({goal})"), f64::from(goal))
                    .color(palette.ok_text)
                    .style(LineStyle::dashed_loose()),
            );
        });
}

fn mastered_card_ui(ui: &mut egui::Ui, data: &Data) {
    card_heading(ui, "Steps mastered over time");
    if data.ladder_exposures == 0 {
        muted(ui, "No exposures on this ladder yet. Each step you master is counted here.");
        return;
    }
    muted(ui, format!("{} of {} steps mastered now.", data.mastered_now, data.steps));
    let palette = theme::palette(ui);
    plot("progress_mastered")
        .include_y(0.0)
        .include_y(data.steps as f64)
        .y_axis_label("Steps")
        .x_grid_spacer(date_marks)
        .x_axis_formatter(|mark, _| date_mark_text(mark))
        .label_formatter(|pos| match pos {
            HoverPosition::NearDataPoint { position, .. } => {
                Some(format!("{}\n{} mastered", date_text(position.x), position.y))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            plot_ui.hline(
                HLine::new(format!("All {} steps", data.steps), data.steps as f64)
                    .color(palette.muted_text)
                    .style(LineStyle::dashed_loose()),
            );
            plot_ui.line(
                Line::new("Mastered", data.mastered.as_slice()).color(palette.accent).width(2.5).allow_band(false),
            );
        });
}

fn estimates_card_ui(ui: &mut egui::Ui, data: &Data) {
    card_heading(ui, "Your estimates of each step");
    if data.estimates.is_empty() {
        muted(ui, "This ladder has no steps yet.");
        return;
    }
    let rerated = data.estimates.iter().filter(|(_, points)| points.len() > 2).count();
    muted(
        ui,
        if rerated == 0 {
            "How frightening each step felt when you rated it. Re-rate the ladder now and then to see these lines change.".to_owned()
        } else {
            format!(
                "How frightening each step felt over time; {rerated} step{} re-rated.",
                if rerated == 1 { "" } else { "s" }
            )
        },
    );
    let estimates = &data.estimates;
    plot("progress_estimates")
        .include_y(0.0)
        .include_y(10.0)
        .y_axis_label("Estimate 0-10")
        .x_grid_spacer(date_marks)
        .x_axis_formatter(|mark, _| date_mark_text(mark))
        .label_formatter(|pos| match pos {
            HoverPosition::NearDataPoint { plot_name, position, .. } => {
                Some(format!("{plot_name}\n{}: {}", date_text(position.x), position.y))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, (name, points)) in estimates.iter().enumerate() {
                let colour = STEP_COLOURS[i % STEP_COLOURS.len()];
                plot_ui.line(Line::new(name.as_str(), points.as_slice()).color(colour).width(1.5).allow_band(false));
            }
        });
    let keys: Vec<(Swatch, &str)> = estimates
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (Swatch::Line(STEP_COLOURS[i % STEP_COLOURS.len()]), name.as_str()))
        .collect();
    legend_ui(ui, None, &keys);
}

/// Colours of the step lines: distinct, calm, legible on light and dark backgrounds.
const STEP_COLOURS: [Color32; 12] = [
    Color32::from_rgb(0x4e, 0xa8, 0xa0),
    Color32::from_rgb(0xd9, 0x9a, 0x3e),
    Color32::from_rgb(0x6f, 0x8f, 0xd8),
    Color32::from_rgb(0xc9, 0x6f, 0x8e),
    Color32::from_rgb(0x7d, 0xb3, 0x5a),
    Color32::from_rgb(0x9b, 0x7d, 0xc9),
    Color32::from_rgb(0xc8, 0x7a, 0x55),
    Color32::from_rgb(0x4f, 0x9c, 0xc9),
    Color32::from_rgb(0xb0, 0xa4, 0x3c),
    Color32::from_rgb(0x8a, 0x8a, 0x8a),
    Color32::from_rgb(0x5c, 0xb8, 0x84),
    Color32::from_rgb(0xc0, 0x63, 0x63),
];

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug)]
enum Swatch {
    Line(Color32),
    Dashed(Color32),
    Dot(Color32),
    Bar(Color32),
}

/// A legend as a row of swatches and words above or below a plot (never over the data), after
/// an optional caption that says what the words answer.
fn legend_ui(ui: &mut egui::Ui, caption: Option<&str>, keys: &[(Swatch, &str)]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        if let Some(caption) = caption {
            ui.label(RichText::new(caption).small().color(theme::palette(ui).muted_text));
        }
        for (swatch, text) in keys {
            // Swatch and words are one item, so they stay together when the row wraps.
            let galley = egui::WidgetText::from(RichText::new(*text).small()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Small,
            );
            let size = egui::vec2(22.0 + galley.size().x + 10.0, galley.size().y.max(12.0));
            let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, *text));
            let key = egui::Rect::from_min_size(rect.left_center() - egui::vec2(0.0, 6.0), egui::vec2(18.0, 12.0));
            let painter = ui.painter();
            let (left, right) = (key.left_center(), key.right_center());
            match *swatch {
                Swatch::Line(colour) => {
                    painter.line_segment([left, right], egui::Stroke::new(2.5, colour));
                }
                Swatch::Dashed(colour) => {
                    painter.add(egui::Shape::dashed_line(&[left, right], egui::Stroke::new(1.5, colour), 4.0, 3.0));
                }
                Swatch::Dot(colour) => {
                    painter.circle_filled(key.center(), 4.0, colour);
                }
                Swatch::Bar(colour) => {
                    painter.rect_filled(key.shrink2(egui::vec2(3.0, 0.0)), 2.0, colour);
                }
            }
            let text_pos = egui::pos2(key.right() + 4.0, rect.center().y - galley.size().y / 2.0);
            painter.galley(text_pos, galley, ui.visuals().text_color());
        }
    });
}

/// `text` in at most `chars` characters, "..." included.
fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars { text.to_owned() } else { crate::model::ellipsis(text, chars.saturating_sub(3)) }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // the compared values are small whole numbers and exact quotients
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn week(y: i32, m: u32, d: u32, exposures: u32, pacer: u32) -> WeekCount {
        WeekCount { week_start: NaiveDate::from_ymd_opt(y, m, d).unwrap(), exposures, pacer_sessions: pacer }
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
    fn staircase_holds_each_value_until_the_next_change() {
        let steps = staircase([(1.0, 0.0), (3.0, 1.0), (4.0, 2.0)], 10.0);
        let xy: Vec<(f64, f64)> = steps.iter().map(|p| (p.x, p.y)).collect();
        assert_eq!(xy, vec![(1.0, 0.0), (3.0, 0.0), (3.0, 1.0), (4.0, 1.0), (4.0, 2.0), (10.0, 2.0)]);
        assert!(staircase([], 5.0).is_empty());
    }

    fn marks(min: f64, max: f64) -> Vec<GridMark> {
        date_marks(GridInput { bounds: (min, max), base_step_size: 0.1 })
    }

    #[test]
    fn date_axes_mark_calendar_boundaries() {
        // 12 weeks up to 18 Nov 2026 (day 20,775): a mark every other Monday.
        let twelve_weeks = marks(20_691.0, 20_775.0);
        let labels: Vec<String> = twelve_weeks.iter().map(|m| date_mark_text(*m)).collect();
        assert_eq!(labels, ["7 Sep", "21 Sep", "5 Oct", "19 Oct", "2 Nov", "16 Nov"]);
        for mark in &twelve_weeks {
            let date = chrono::DateTime::UNIX_EPOCH.date_naive() + chrono::Duration::days(mark.value as i64);
            assert_eq!(chrono::Datelike::weekday(&date), chrono::Weekday::Mon);
        }
        // A year: a mark each quarter, labelled by month.
        let year: Vec<String> = marks(20_410.0, 20_775.0).iter().map(|m| date_mark_text(*m)).collect();
        assert_eq!(year, ["Feb 2026", "May 2026", "Aug 2026", "Nov 2026"]);
        // Eleven years: every other 1 January.
        let years: Vec<String> = marks(16_760.0, 20_775.0).iter().map(|m| date_mark_text(*m)).collect();
        assert_eq!(years, ["2017", "2019", "2021", "2023", "2025"]);
        // A few days: every day.
        assert_eq!(marks(20_770.0, 20_775.0).len(), 6);
        // Calendar dates are shown as themselves, in every time zone: 2 Nov 2026 is day 20,759.
        assert_eq!(date_mark_text(GridMark { value: 20_759.0, step_size: 1.0 }), "2 Nov");
        assert_eq!(calendar_year(20_759.0), 2026);
    }

    #[test]
    fn shorten_keeps_short_text_and_marks_cuts() {
        assert_eq!(shorten("abc", 10), "abc");
        assert_eq!(shorten("abcdefghijkl", 8), "abcde...");
    }
}
