//! The Progress screen's cards: the summary sentence and the five plots, each with a sentence
//! that says in words what its lines show. Drawing only: the numbers come cached from
//! [`crate::stats::progress`], and every date on an axis or in a hover label is read back from
//! the plot's x with [`crate::stats::axis`].

use chrono::TimeZone;
use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, HLine, HoverPosition, Line, LineStyle, MarkerShape, PlotPoint, Points};

use super::{Data, WeekRange, date_plot, muted, plot};
use crate::coach;
use crate::i18n::decimal;
use crate::model::{Ladder, Library, Outcome, StepId};
use crate::stats::progress::ProgressData;
use crate::stats::{axis, reading};
use crate::t;
use crate::ui::theme;

fn card_heading(ui: &mut egui::Ui, title: &str) {
    ui.label(RichText::new(title).strong().size(16.0));
}

/// Names a plot for a screen reader (and for the tests): the card's title, its one-sentence
/// reading (what the plot shows, in words), and how many of its points lie inside the area the
/// plot shows, read from the plot's own bounds after it was laid out (so an empty or misplaced
/// plot says so).
fn name_plot<R>(response: &egui_plot::PlotResponse<R>, title: &str, what: &str, points: &[PlotPoint]) {
    let what = what.trim_end_matches('.');
    let bounds = response.transform.bounds();
    let (min, max) = (bounds.min(), bounds.max());
    let inside = |p: &&PlotPoint| (min[0]..=max[0]).contains(&p.x) && (min[1]..=max[1]).contains(&p.y);
    let shown = points.iter().filter(inside).count();
    let label = t!("progress-plot-name", card = title, reading = what, shown = shown, total = points.len());
    response.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label.clone()));
}

/// The sentence above the cards: steps mastered, exposures, and predictions against outcomes.
pub(super) fn summary_ui(ui: &mut egui::Ui, ladder: &Ladder, data: &ProgressData) {
    let (title, mastered, steps, exposures) = (&ladder.title, data.mastered_now, data.steps, data.ladder_exposures);
    let mut text = t!("progress-summary", title = title, mastered = mastered, steps = steps, exposures = exposures);
    if let Some(s) = data.summary {
        let (predicted, happened) = (decimal(s.mean_predicted, 0), decimal(s.happened_pct, 0));
        let predictions = t!("progress-summary-predictions", predicted = predicted, happened = happened);
        text = format!("{text} {predictions}");
    }
    theme::banner(theme::palette(ui).info_bg).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(text);
    });
}

/// Before, peak and after ratings on each try of one step, with the step picker.
pub(super) fn step_card_ui<Tz: TimeZone>(
    ui: &mut egui::Ui,
    library: &Library,
    ladder: &Ladder,
    plotted: &Data,
    zone: &Tz,
    choice: &mut Option<StepId>,
) {
    let data = &plotted.stats;
    ui.horizontal(|ui| {
        card_heading(ui, &t!("progress-step-title"));
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
            let label = ui.label(t!("progress-step-picker"));
            let _ = combo.response.labelled_by(label.id);
        });
    });
    if data.habituation.is_empty() {
        muted(ui, t!("progress-step-empty"));
        return;
    }
    let n = data.habituation.len();
    let afters: Vec<u8> = data.habituation.iter().map(|p| p.after).collect();
    let tries = reading::tries(&afters).unwrap_or_default();
    muted(ui, format!("{tries} {}", reading::mastery_rule(coach::streak_needed(library))));
    let contexts = &data.step_contexts;
    muted(
        ui,
        match contexts.len() {
            0 => t!("progress-contexts-none"),
            1 => t!("progress-contexts-one", contexts = &contexts[0]),
            n if n <= 3 => t!("progress-contexts-few", count = n, contexts = contexts.join("; ")),
            n => t!("progress-contexts-latest", count = n, contexts = contexts[n - 3..].join("; ")),
        },
    );
    let palette = theme::palette(ui);
    let mastery_label = t!("progress-mastery-legend", below = coach::MASTERY_BELOW);
    let (before, peak, after) = (t!("progress-before"), t!("progress-peak"), t!("progress-after"));
    legend_ui(
        ui,
        None,
        &[
            (Swatch::Line(palette.muted_text), before.as_str()),
            (Swatch::Line(palette.warn_text), peak.as_str()),
            (Swatch::Line(palette.accent), after.as_str()),
            (Swatch::Dashed(palette.ok_text), mastery_label.as_str()),
        ],
    );
    let points = &data.habituation;
    let response = plot("progress_habituation") // i18n: not shown (plot id)
        .include_y(0.0)
        .include_y(10.0)
        .include_x(0.5)
        .include_x(n as f64 + 0.5)
        .x_axis_label(t!("progress-try-axis"))
        .y_axis_label(t!("progress-anxiety-axis"))
        .label_formatter(move |pos| {
            let x = match pos {
                HoverPosition::NearDataPoint { position, .. } | HoverPosition::Elsewhere { position } => position.x,
            };
            let index = (x.round() as usize).clamp(1, points.len());
            let p = points.get(index - 1)?;
            let when = axis::date_text(axis::plot_day(p.when, zone));
            let (index, before, peak, after) = (p.index, p.before, p.peak, p.after);
            Some(t!("progress-try-hover", index = index, date = when, before = before, peak = peak, after = after))
        })
        .show(ui, |plot_ui| {
            plot_ui.hline(
                HLine::new(t!("progress-mastery-line", below = coach::MASTERY_BELOW), f64::from(coach::MASTERY_BELOW))
                    .color(palette.ok_text)
                    .style(LineStyle::dashed_loose()),
            );
            plot_ui.line(Line::new(before.as_str(), plotted.before.as_slice()).color(palette.muted_text).width(1.5));
            plot_ui.line(Line::new(peak.as_str(), plotted.peak.as_slice()).color(palette.warn_text).width(1.5));
            plot_ui.line(Line::new(after.as_str(), plotted.after.as_slice()).color(palette.accent).width(2.5));
            // Markers while there are few tries: a line of one point draws nothing.
            if n <= 60 {
                plot_ui.points(
                    Points::new(before.as_str(), plotted.before.as_slice()).color(palette.muted_text).radius(2.5),
                );
                plot_ui
                    .points(Points::new(peak.as_str(), plotted.peak.as_slice()).color(palette.warn_text).radius(2.5));
                plot_ui.points(Points::new(after.as_str(), plotted.after.as_slice()).color(palette.accent).radius(3.0));
            }
        });
    let reading = t!("progress-step-reading", step = &data.step_label, reading = tries);
    name_plot(&response, &t!("progress-step-title"), &reading, &plotted.after);
}

/// Each prediction on the ladder against its date, one colour and shape per outcome.
pub(super) fn expectancy_card_ui(ui: &mut egui::Ui, plotted: &Data) {
    let data = &plotted.stats;
    card_heading(ui, &t!("progress-expectancy-title"));
    let Some(summary) = data.summary else {
        muted(ui, t!("progress-expectancy-empty"));
        return;
    };
    let sentence = reading::predictions(&summary);
    muted(ui, &sentence);
    let palette = theme::palette(ui);
    let colours = [palette.crisis_text, palette.warn_text, palette.accent];
    let names = Outcome::ALL.map(Outcome::label);
    let question = Outcome::question();
    legend_ui(
        ui,
        Some(question),
        &[
            (Swatch::Dot(colours[2]), names[2]),
            (Swatch::Dot(colours[1]), names[1]),
            (Swatch::Dot(colours[0]), names[0]),
        ],
    );
    let (groups, xy) = (&data.expectancy, &plotted.expectancy);
    let response = date_plot("progress_expectancy") // i18n: not shown (plot id)
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_label(t!("progress-predicted-axis"))
        .label_formatter(move |pos| match pos {
            HoverPosition::NearDataPoint { plot_name, index, .. } => {
                let group = names.iter().position(|n| n == plot_name)?;
                let (p, at) = (groups[group].get(*index)?, xy[group].get(*index)?);
                let (when, chance, q, answer) = (axis::date_text(at.x), p.predicted, question, *plot_name);
                Some(t!("progress-expectancy-hover", date = when, predicted = chance, question = q, answer = answer))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, name) in names.iter().enumerate() {
                let shape = [MarkerShape::Diamond, MarkerShape::Square, MarkerShape::Circle][i];
                plot_ui.points(
                    Points::new(*name, xy[i].as_slice()).color(colours[i]).radius(3.5).shape(shape).filled(true),
                );
            }
        });
    let all: Vec<PlotPoint> = plotted.expectancy.iter().flatten().copied().collect();
    name_plot(&response, &t!("progress-expectancy-title"), &sentence, &all);
}

/// Exposures and breathing sessions per week against the weekly goal, with the range picker.
pub(super) fn weekly_card_ui(
    ui: &mut egui::Ui,
    library: &Library,
    plotted: &Data,
    range: WeekRange,
    choice: &mut Option<WeekRange>,
) {
    let data = &plotted.stats;
    ui.horizontal(|ui| {
        card_heading(ui, &t!("progress-weekly-title"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for option in WeekRange::ALL.iter().rev() {
                if ui.selectable_label(range == *option, option.label()).clicked() {
                    *choice = Some(*option);
                }
            }
        });
    });
    if data.week_bars.is_empty() {
        muted(ui, t!("progress-weekly-empty"));
        return;
    }
    let goal = library.settings.weekly_goal;
    let text = reading::weeks(&reading::WeeksRead {
        weeks: data.weeks_shown,
        exposures: data.exposures_in_range,
        goal,
        pacer_sessions: data.pacer_in_range,
        weeks_per_bar: data.weeks_per_bar,
        planned_now: crate::plan::planned_per_week(&library.settings.practice_times),
    });
    muted(ui, &text);
    let palette = theme::palette(ui);
    let breathing = t!("progress-weekly-breathing");
    let mut keys = vec![
        (Swatch::Bar(palette.accent), t!("progress-weekly-exposures-key")),
        (Swatch::Line(palette.warn_text), breathing.clone()),
        (Swatch::Dashed(palette.ok_text), t!("progress-weekly-goal-key")),
    ];
    if !data.planned.is_empty() {
        keys.push((Swatch::Dot(ui.visuals().strong_text_color()), t!("progress-weekly-planned-key")));
    }
    let keys: Vec<(Swatch, &str)> = keys.iter().map(|(swatch, text)| (*swatch, text.as_str())).collect();
    legend_ui(ui, None, &keys);
    let width_days = 7.0 * data.weeks_per_bar as f64;
    let bars: Vec<Bar> = data
        .week_bars
        .iter()
        .map(|b| Bar::new(b.start_day + width_days / 2.0, b.exposures).width(width_days * 0.8).fill(palette.accent))
        .collect();
    let pacer: Vec<PlotPoint> =
        data.week_bars.iter().map(|b| PlotPoint::new(b.start_day + width_days / 2.0, b.pacer_sessions)).collect();
    let per_bar = data.weeks_per_bar;
    // The plan's marks in the text colour, so they show over the bars in both themes.
    let plan_colour = ui.visuals().strong_text_color();
    let response = date_plot("progress_weekly") // i18n: not shown (plot id)
        .include_y(0.0)
        .include_y(f64::from(goal) + 1.0)
        .y_axis_label(t!("progress-per-week-axis"))
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(BarChart::new(t!("progress-weekly-bars"), bars).color(palette.accent).element_formatter(
                Box::new(move |bar, _| {
                    // The bar starts on a local calendar date (a Monday): shown as that date.
                    let start = axis::date_text(bar.argument - 3.5 * per_bar as f64);
                    if per_bar == 1 {
                        // One week's bar is a whole number of exposures.
                        t!("progress-weekly-bar-week", start = start, count = bar.value.round() as i64)
                    } else {
                        let average = decimal(bar.value, 1);
                        t!("progress-weekly-bar-weeks", weeks = per_bar, start = start, average = average)
                    }
                }),
            ));
            plot_ui.line(Line::new(breathing.as_str(), pacer.as_slice()).color(palette.warn_text).width(1.5));
            plot_ui.points(
                Points::new(t!("progress-weekly-planned"), data.planned.clone())
                    .shape(MarkerShape::Diamond)
                    .radius(4.5)
                    .color(plan_colour),
            );
            plot_ui.hline(
                HLine::new(t!("progress-weekly-goal-line", goal = goal), f64::from(goal))
                    .color(palette.ok_text)
                    .style(LineStyle::dashed_loose()),
            );
        });
    let tops: Vec<PlotPoint> =
        data.week_bars.iter().map(|b| PlotPoint::new(b.start_day + width_days / 2.0, b.exposures)).collect();
    name_plot(&response, &t!("progress-weekly-title"), &text, &tops);
}

/// The number of steps mastered over time, as a staircase.
pub(super) fn mastered_card_ui(ui: &mut egui::Ui, plotted: &Data) {
    let data = &plotted.stats;
    let title = t!("progress-mastered-title");
    card_heading(ui, &title);
    if data.ladder_exposures == 0 {
        muted(ui, t!("progress-mastered-empty"));
        return;
    }
    let now = t!("progress-mastered-now", mastered = data.mastered_now, steps = data.steps);
    muted(ui, &now);
    let palette = theme::palette(ui);
    let response = date_plot("progress_mastered") // i18n: not shown (plot id)
        .include_y(0.0)
        .include_y(data.steps as f64)
        .y_axis_label(t!("progress-steps-axis"))
        .label_formatter(|pos| match pos {
            HoverPosition::NearDataPoint { position, .. } => {
                // A count of steps: a whole number.
                let (when, mastered) = (axis::date_text(position.x), position.y.round() as i64);
                Some(t!("progress-mastered-hover", date = when, mastered = mastered))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            plot_ui.hline(
                HLine::new(t!("progress-mastered-all", steps = data.steps), data.steps as f64)
                    .color(palette.muted_text)
                    .style(LineStyle::dashed_loose()),
            );
            plot_ui.line(
                Line::new(t!("progress-mastered-line"), plotted.mastered.as_slice())
                    .color(palette.accent)
                    .width(2.5)
                    .allow_band(false),
            );
        });
    name_plot(&response, &title, &now, &plotted.mastered);
}

/// Each step's estimate over time, one line per step.
pub(super) fn estimates_card_ui(ui: &mut egui::Ui, plotted: &Data) {
    let data = &plotted.stats;
    let title = t!("progress-estimates-title");
    card_heading(ui, &title);
    if data.estimates.is_empty() {
        muted(ui, t!("progress-estimates-empty"));
        return;
    }
    let rerated = data.estimates.iter().filter(|(_, points)| points.len() > 2).count();
    muted(
        ui,
        if rerated == 0 {
            t!("progress-estimates-not-rerated")
        } else {
            t!("progress-estimates-rerated", count = rerated)
        },
    );
    let estimates = &data.estimates;
    let response = date_plot("progress_estimates") // i18n: not shown (plot id)
        .include_y(0.0)
        .include_y(10.0)
        .y_axis_label(t!("progress-estimate-axis"))
        .label_formatter(|pos| match pos {
            HoverPosition::NearDataPoint { plot_name, position, .. } => {
                Some(format!("{plot_name}\n{}: {}", axis::date_text(position.x), position.y))
            }
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, ((name, _), points)) in estimates.iter().zip(&plotted.estimates).enumerate() {
                let colour = STEP_COLOURS[i % STEP_COLOURS.len()];
                plot_ui.line(Line::new(name.as_str(), points.as_slice()).color(colour).width(1.5).allow_band(false));
            }
        });
    let all: Vec<PlotPoint> = plotted.estimates.iter().flatten().copied().collect();
    name_plot(&response, &title, &t!("progress-estimates-reading", count = estimates.len()), &all);
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

/// How often the feared outcome happened with and without each safety behaviour on the ladder.
pub(super) fn safety_card_ui(ui: &mut egui::Ui, plotted: &Data) {
    card_heading(ui, &t!("progress-safety-title"));
    let tally = &plotted.stats.safety;
    if tally.is_empty() {
        muted(ui, t!("progress-safety-empty"));
        return;
    }
    muted(ui, t!("progress-safety-explained"));
    // The four recorded most; the rest are in the summary for a therapist and the CSV.
    for behaviour in tally.iter().take(4) {
        ui.label(behaviour.sentence());
    }
    if tally.len() > 4 {
        muted(ui, t!("progress-safety-more", count = tally.len() - 4));
    }
}

/// The ratings tapped during the ladder's latest exposure that has some, as a small curve.
pub(super) fn during_card_ui(ui: &mut egui::Ui, plotted: &Data) {
    card_heading(ui, &t!("progress-during-title"));
    let Some(curve) = &plotted.stats.during else {
        muted(ui, t!("progress-during-empty"));
        return;
    };
    muted(ui, t!("progress-during-explained"));
    let palette = theme::palette(ui);
    // A small curve drawn directly (a full plot, with its axes laid out, cost more than every
    // other card when the ladder changes): 0, 5 and 10 across, minutes along.
    let size = egui::vec2(ui.available_width().min(520.0), 110.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let area = egui::Rect::from_min_max(rect.min + egui::vec2(26.0, 6.0), rect.max - egui::vec2(8.0, 18.0));
    let minutes = curve.points.iter().map(|p| p[0]).fold(4.0_f64, f64::max);
    let to_screen = |p: [f64; 2]| {
        egui::pos2(
            area.left() + (p[0] / minutes) as f32 * area.width(),
            area.bottom() - (p[1] / 10.0) as f32 * area.height(),
        )
    };
    let painter = ui.painter_at(rect);
    let small = egui::FontId::proportional(11.0);
    for level in [0.0, 5.0, 10.0] {
        let y = to_screen([0.0, level]).y;
        painter.hline(area.x_range(), y, egui::Stroke::new(1.0, palette.muted_text.gamma_multiply(0.35)));
        painter.text(
            egui::pos2(area.left() - 6.0, y),
            egui::Align2::RIGHT_CENTER,
            level.to_string(),
            small.clone(),
            palette.muted_text,
        );
    }
    for minute in 0..=minutes.ceil() as u32 {
        let x = to_screen([f64::from(minute), 0.0]).x;
        let label = if minute == 0 { t!("progress-during-zero-minutes") } else { minute.to_string() };
        painter.text(
            egui::pos2(x, area.bottom() + 3.0),
            egui::Align2::CENTER_TOP,
            label,
            small.clone(),
            palette.muted_text,
        );
    }
    let screen: Vec<egui::Pos2> = curve.points.iter().map(|p| to_screen(*p)).collect();
    painter.add(egui::Shape::line(screen.clone(), egui::Stroke::new(2.0, palette.accent)));
    for point in screen {
        painter.circle_filled(point, 3.5, palette.accent);
    }
    let taps: Vec<String> = curve.points.iter().map(|p| format!("{}", p[1])).collect();
    let label = t!("progress-during-name", count = taps.len(), ratings = taps.join(", "));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Arg, Lang, tr_in};

    fn say(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
        tr_in(Lang::from_tag(lang).expect("a language Stepwise has"), id, args)
    }

    #[test]
    fn the_cards_count_in_words_in_english_and_italian() {
        let summary = |lang, mastered: usize, steps: usize, exposures: usize| {
            let args = [
                ("title", Arg::from("Parlare")),
                ("mastered", Arg::from(mastered)),
                ("steps", Arg::from(steps)),
                ("exposures", Arg::from(exposures)),
            ];
            say(lang, "progress-summary", &args)
        };
        assert_eq!(summary("en", 2, 8, 39), "Parlare: 2 of 8 steps mastered, 39 exposures recorded.");
        assert_eq!(summary("en", 0, 1, 1), "Parlare: 0 of 1 step mastered, 1 exposure recorded.");
        assert_eq!(summary("it", 2, 8, 39), "Parlare: 2 gradini superati su 8, 39 esposizioni registrate.");
        assert_eq!(summary("it", 1, 8, 1), "Parlare: 1 gradino superato su 8, 1 esposizione registrata.");

        let name = |lang, shown: usize, total: usize| {
            let args = [
                ("card", Arg::from("Card")),
                ("reading", Arg::from("words")),
                ("shown", Arg::from(shown)),
                ("total", Arg::from(total)),
            ];
            say(lang, "progress-plot-name", &args)
        };
        assert_eq!(name("en", 12, 12), "Card: words; 12 of 12 points in view");
        assert_eq!(name("en", 1, 1), "Card: words; 1 of 1 point in view");
        assert_eq!(name("it", 12, 40), "Card: words; 12 punti visibili su 40");
        assert_eq!(name("it", 1, 1), "Card: words; 1 punto visibile su 1");

        let taps = |lang, n: usize| {
            say(lang, "progress-during-name", &[("count", Arg::from(n)), ("ratings", Arg::from("4, 2"))])
        };
        assert_eq!(taps("en", 2), "During your last try: 2 ratings tapped during the timer: 4, 2");
        assert_eq!(taps("it", 1), "Durante l'ultimo tentativo: 1 valutazione data durante il timer: 4, 2");

        let week = |lang, n: i64| {
            say(lang, "progress-weekly-bar-week", &[("start", Arg::from("2 Nov 2026")), ("count", Arg::from(n))])
        };
        assert_eq!(week("en", 1), "Week of 2 Nov 2026: 1 exposure");
        assert_eq!(week("en", 3), "Week of 2 Nov 2026: 3 exposures");
        assert_eq!(week("it", 3), "Settimana 2 Nov 2026: 3 esposizioni");
        let hover = [("date", Arg::from("3 nov 2026")), ("mastered", Arg::from(1))];
        assert_eq!(say("it", "progress-mastered-hover", &hover), "3 nov 2026\n1 superato");
        assert_eq!(say("en", "progress-range-weeks", &[("count", Arg::from(12))]), "12 weeks");
        assert_eq!(say("it", "progress-range-weeks", &[("count", Arg::from(12))]), "12 settimane");
        assert_eq!(
            say("en", "progress-summary-predictions", &[("predicted", Arg::from("43")), ("happened", Arg::from("16"))]),
            "Before an exposure you predicted the feared outcome at 43 % on average; it happened 16 % of the time."
        );
    }

    #[test]
    fn shorten_keeps_short_text_and_marks_cuts() {
        assert_eq!(shorten("abc", 10), "abc");
        assert_eq!(shorten("abcdefghijkl", 8), "abcde...");
    }
}
