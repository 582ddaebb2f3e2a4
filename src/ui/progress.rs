//! The Progress screen: how the person's ratings change, per ladder and per step, in five calm
//! plots with a sentence above each that says the same in words (for screen readers, and for
//! anyone who prefers words to lines). Export and import start here too.
//!
//! Everything plotted is computed by [`crate::stats::progress`] once per change of the library,
//! of the choices on this screen, of the date or of the UTC offset, and cached; a frame only
//! draws. This file holds the screen, its cache and the date axis shared by the plots; the five
//! cards are drawn in `cards`. Every x on a date axis is a local day
//! ([`crate::stats::axis::plot_day`]), so points, date marks, week bars and hover dates agree.

mod cards;

use chrono::{DateTime, Local, TimeZone};
use egui::RichText;
use egui_plot::{GridInput, GridMark, Plot, PlotPoint};

use super::theme;
use crate::command::Command;
use crate::model::{Ladder, LadderId, Library, StepId};
use crate::stats::axis::{self, DateMark};
use crate::stats::progress::ProgressData;
use crate::view::AppView;

/// Height of each plot, in points.
const PLOT_HEIGHT: f32 = 190.0;
/// Below this width the plots are stacked in one column.
const TWO_COLUMNS_FROM: f32 = 900.0;

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

    fn label(self) -> String {
        match self {
            Self::TwelveWeeks => crate::t!("progress-range-weeks", count = 12),
            Self::Year => crate::t!("progress-range-year"),
            Self::Everything => crate::t!("progress-range-everything"),
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
    /// Breathing sessions per week, the same for every ladder: kept while another ladder is
    /// chosen, until the library, the date or the UTC offset changes.
    pacer: Option<((u64, chrono::NaiveDate, i32), crate::stats::PacerWeeks)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    generation: u64,
    ladder: LadderId,
    step: Option<StepId>,
    range: WeekRange,
    /// Weeks are counted up to today's week, so a new day can change them.
    today: chrono::NaiveDate,
    /// Points sit on local days: a change of offset (a DST switch, travel) moves them.
    utc_offset_secs: i32,
}

/// What the plots draw, computed once per [`Key`]: the numbers, and their lines as the plot
/// library's points (converted once, not every frame).
#[derive(Debug)]
struct Data {
    stats: ProgressData,
    before: Vec<PlotPoint>,
    peak: Vec<PlotPoint>,
    after: Vec<PlotPoint>,
    /// By outcome, in `Outcome::ALL` order.
    expectancy: [Vec<PlotPoint>; 3],
    mastered: Vec<PlotPoint>,
    /// Per step, in ladder order.
    estimates: Vec<Vec<PlotPoint>>,
}

impl Data {
    fn new(stats: ProgressData) -> Self {
        let points = |xy: &[[f64; 2]]| -> Vec<PlotPoint> { xy.iter().copied().map(PlotPoint::from).collect() };
        Self {
            before: points(&stats.before),
            peak: points(&stats.peak),
            after: points(&stats.after),
            expectancy: stats.expectancy_xy.each_ref().map(|xy| points(xy)),
            mastered: points(&stats.mastered),
            estimates: stats.estimates.iter().map(|(_, xy)| points(xy)).collect(),
            stats,
        }
    }
}

/// The cached plots for `ladder`, recomputed only when something they show has changed.
fn cached<'a>(
    view: &'a mut ProgressView,
    library: &Library,
    ladder: &Ladder,
    key: Key,
    now: &DateTime<Local>,
) -> &'a Data {
    if view.cache.as_ref().is_none_or(|(k, _)| *k != key) {
        let pacer_key = (key.generation, key.today, key.utc_offset_secs);
        if view.pacer.as_ref().is_none_or(|(k, _)| *k != pacer_key) {
            view.pacer = Some((pacer_key, crate::stats::pacer_weeks(library, now)));
        }
        let empty = crate::stats::PacerWeeks::new();
        let pacer = view.pacer.as_ref().map_or(&empty, |(_, weeks)| weeks);
        let stats = crate::stats::progress::progress_with(library, ladder, view.step, view.range.weeks(), now, pacer);
        view.cache = Some((key, Data::new(stats)));
    }
    let (_, data) = view.cache.get_or_insert_with(|| (key, Data::new(ProgressData::default())));
    data
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

/// A plot whose x axis is a date axis: marks at calendar boundaries, labelled by date.
fn date_plot(id: &str) -> Plot<'static> {
    plot(id).x_grid_spacer(date_marks).x_axis_formatter(|mark, _| date_mark_text(mark))
}

/// The date axis's marks, as the plot library wants them.
// egui_plot hands the input over by value.
#[allow(clippy::needless_pass_by_value)]
fn date_marks(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    axis::date_marks(min, max).into_iter().map(|m| GridMark { value: m.day, step_size: m.step_days }).collect()
}

fn date_mark_text(mark: GridMark) -> String {
    axis::date_mark_text(DateMark { day: mark.value, step_days: mark.step_size })
}

fn muted(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.label(RichText::new(text.into()).color(theme::palette(ui).muted_text));
}

pub fn progress_ui(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    library: &Library,
    view: &mut ProgressView,
    transfer: &mut super::transfer::TransferView,
    commands: &mut Vec<Command>,
) {
    let (generation, selected_ladder, now) = (app.generation, app.selected_ladder, &app.now);
    super::screen_heading(ui, &crate::t!("progress-title"), &crate::t!("progress-subtitle"));
    let visible: Vec<&Ladder> = library.ladders.iter().filter(|l| !l.archived).collect();
    let ladder = view
        .ladder
        .or(selected_ladder)
        .and_then(|id| library.ladder(id))
        .or_else(|| visible.first().copied())
        .or_else(|| library.ladders.first());
    ui.horizontal(|ui| {
        if let Some(ladder) = ladder {
            ladder_picker_ui(ui, library, ladder, view);
        }
        super::transfer::transfer_buttons_ui(ui, app, transfer, commands);
    });
    ui.add_space(theme::GAP_M);
    let Some(ladder) = ladder else {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            muted(ui, crate::t!("progress-no-ladders"));
        });
        return;
    };

    let key = Key {
        generation,
        ladder: ladder.id,
        step: view.step,
        range: view.range,
        // The person's day: with a day that starts at 04:00 the week turns then, not at midnight.
        today: crate::coach::practice_today(now, library.settings.day_starts_at),
        utc_offset_secs: now.offset().local_minus_utc(),
    };
    let range = view.range;
    let data = cached(view, library, ladder, key, now);
    cards::summary_ui(ui, ladder, &data.stats);
    ui.add_space(theme::GAP_M);
    let (step_choice, range_choice) = cards_ui(ui, library, ladder, data, range, &now.timezone());
    if let Some(step) = step_choice {
        view.step = Some(step);
    }
    if let Some(range) = range_choice {
        view.range = range;
    }
}

/// The ladder picker: every ladder, archived ones marked.
fn ladder_picker_ui(ui: &mut egui::Ui, library: &Library, ladder: &Ladder, view: &mut ProgressView) {
    let label = ui.label(crate::t!("progress-ladder"));
    let combo =
        egui::ComboBox::from_id_salt("progress_ladder").selected_text(&ladder.title).width(260.0).show_ui(ui, |ui| {
            for l in &library.ladders {
                if ui.selectable_label(l.id == ladder.id, l.display_title()).clicked() {
                    view.ladder = Some(l.id);
                    view.step = None;
                }
            }
        });
    let _ = combo.response.labelled_by(label.id);
}

/// The seven cards, two to a row when there is room. Returns the step and the week range chosen
/// on them this frame, if any.
fn cards_ui<Tz: TimeZone>(
    ui: &mut egui::Ui,
    library: &Library,
    ladder: &Ladder,
    data: &Data,
    range: WeekRange,
    zone: &Tz,
) -> (Option<StepId>, Option<WeekRange>) {
    let mut step_choice = None;
    let mut range_choice = None;
    let mut draw = |ui: &mut egui::Ui, card: usize| {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            match card {
                0 => cards::step_card_ui(ui, library, ladder, data, zone, &mut step_choice),
                1 => cards::expectancy_card_ui(ui, data),
                2 => cards::weekly_card_ui(ui, library, data, range, &mut range_choice),
                3 => cards::mastered_card_ui(ui, data),
                4 => cards::estimates_card_ui(ui, data),
                5 => cards::safety_card_ui(ui, data),
                _ => cards::during_card_ui(ui, data),
            }
        });
    };
    let rows: &[&[usize]] = if ui.available_width() >= TWO_COLUMNS_FROM {
        &[&[0, 1], &[2, 3], &[5, 6], &[4]]
    } else {
        &[&[0], &[1], &[2], &[3], &[5], &[6], &[4]]
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
    (step_choice, range_choice)
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // marks are whole numbers of days, exactly
mod tests {
    use super::*;

    #[test]
    fn the_date_axis_hands_the_marks_over_unchanged() {
        let marks = date_marks(GridInput { bounds: (20_691.0, 20_775.0), base_step_size: 0.1 });
        let en = crate::i18n::Lang::english();
        let labels: Vec<String> = marks
            .iter()
            .map(|m| axis::date_mark_text_in(en, DateMark { day: m.value, step_days: m.step_size }))
            .collect();
        assert_eq!(labels, ["7 Sep", "21 Sep", "5 Oct", "19 Oct", "2 Nov", "16 Nov"]);
        assert!(marks.iter().all(|m| m.step_size == 14.0 && m.value.fract() == 0.0));
    }
}
