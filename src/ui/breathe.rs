//! The Breathe screen: a calm breathing pacer, a 5-4-3-2-1 grounding guide and short
//! progressive muscle relaxation guidance.
//!
//! What is drawn is a pure function of the elapsed seconds (`breathing::position_at`): a circle
//! that grows on the inhale and shrinks on the exhale, or, for box breathing, a point travelling
//! round a square. With reduced motion the shape becomes a plain bar and words. Shape and sizes
//! come from `breathing::PacerShape`, which the app's frame rate is computed from too: the words
//! and numbers must change only on whole seconds of the session.

use egui::{Color32, RichText, Stroke};

use super::theme;
use crate::breathing::{self, PacerShape, Phase, SessionLength};
use crate::command::{Command, PacerCommand};
use crate::i18n::Arg;
use crate::model::{BreathPattern, Library, PatternId, limits};
use crate::pacer::{GROUNDING_PROMPTS, Pacer};
use crate::t;

/// Session lengths offered.
const LENGTHS: [SessionLength; 6] = [
    SessionLength::Minutes(1),
    SessionLength::Minutes(2),
    SessionLength::Minutes(5),
    SessionLength::Minutes(10),
    SessionLength::Cycles(4),
    SessionLength::Cycles(8),
];

/// A session length on its button: "2 min", "4 breaths".
fn length_label(length: SessionLength) -> String {
    match length {
        SessionLength::Minutes(count) => t!("breathe-length-minutes", count = count),
        SessionLength::Cycles(count) => t!("breathe-length-breaths", count = count),
    }
}

/// The pattern editor's phases, in cycle order: each message names its number box, and its
/// `.seconds` attribute names it for a screen reader.
const EDITOR_PHASES: [&str; 4] = [
    "breathe-edit-inhale",   // i18n: not shown (a message id)
    "breathe-edit-hold-in",  // i18n: not shown (a message id)
    "breathe-edit-exhale",   // i18n: not shown (a message id)
    "breathe-edit-hold-out", // i18n: not shown (a message id)
];

/// A custom pattern being written or changed.
#[derive(Debug, Clone)]
struct PatternDraft {
    id: PatternId,
    name: String,
    secs: [u8; 4],
}

/// The screen's inputs.
#[derive(Debug, Default)]
pub struct BreatheView {
    draft: Option<PatternDraft>,
}

pub fn breathe_ui(
    ui: &mut egui::Ui,
    library: &Library,
    pacer: &Pacer,
    now_secs: f64,
    view: &mut BreatheView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    super::screen_heading(ui, &t!("breathe-title"), &t!("breathe-subtitle"));
    ui.set_max_width(theme::READING_WIDTH + 120.0);
    let Some(pattern) = pacer.pattern(library) else { return };
    let mut push = |c: PacerCommand| commands.push(Command::Pacer(c));

    if pacer.grounding.is_some() {
        grounding_ui(ui, pacer, &mut push);
        ui.add_space(theme::GAP_L);
    }

    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(300.0);
            pacer_ui(ui, library, pacer, pattern, now_secs);
        });
        ui.add_space(theme::GAP_L);
        ui.vertical(|ui| {
            controls_ui(ui, library, pacer, pattern, view, &mut push);
        });
    });

    ui.add_space(theme::GAP_L);
    if pacer.grounding.is_none() && ui.button(t!("breathe-grounding-open")).clicked() {
        push(PacerCommand::Grounding(Some(0)));
    }
    // Kept open or closed across a change of language: the id does not come from the words.
    egui::CollapsingHeader::new(t!("breathe-relax-heading")).id_salt("breathe-relax").show(ui, |ui| {
        ui.label(RichText::new(t!("breathe-relax-body")).color(palette.muted_text));
    });
}

fn pacer_ui(ui: &mut egui::Ui, library: &Library, pacer: &Pacer, pattern: &BreathPattern, now_secs: f64) {
    let palette = theme::palette(ui);
    let elapsed = pacer.timer.elapsed_secs(now_secs);
    let position = breathing::position_at(pattern, elapsed);
    let active = pacer.is_active();

    if let Some(secs) = pacer.finished_secs.filter(|_| !active) {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(t!("breathe-finished-title")).strong().color(palette.ok_text));
            ui.label(t!("breathe-finished-body", duration = duration_words(secs)));
        });
        ui.add_space(theme::GAP_S);
    }

    let shape = PacerShape::of(pattern, library.settings.reduced_motion);
    if shape == PacerShape::Bar {
        ui.add(egui::ProgressBar::new(position.fraction as f32).desired_width(breathing::BAR_WIDTH));
    } else {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(280.0, 280.0), egui::Sense::hover());
        let painter = ui.painter_at(rect);
        if shape == PacerShape::Square {
            draw_box(&painter, rect, position.phase, position.fraction, palette.accent, palette.card);
        } else {
            let level = if active { breathing::breath_level(position.phase, position.fraction) } else { 0.0 };
            let radius = breathing::CIRCLE_MIN_RADIUS + breathing::CIRCLE_GROWTH * level as f32;
            painter.circle_filled(rect.center(), 130.0, palette.card);
            painter.circle_filled(rect.center(), radius, palette.accent.gamma_multiply(0.55));
            painter.circle_stroke(rect.center(), radius, Stroke::new(2.0, palette.accent));
        }
    }

    let (phase_words, secs_left) = if active {
        (position.phase.label(), position.secs_left_in_phase.ceil() as u32)
    } else {
        (t!("breathe-ready"), 0)
    };
    ui.vertical_centered(|ui| {
        ui.set_width(280.0);
        ui.label(RichText::new(phase_words).size(26.0).color(palette.accent));
        if active {
            ui.label(RichText::new(format!("{secs_left}")).size(20.0));
            let breath = position.cycle + 1;
            let progress = match pacer.length {
                SessionLength::Minutes(minutes) => {
                    t!("breathe-progress-minutes", breath = breath, so_far = duration_words(elapsed), minutes = minutes)
                }
                SessionLength::Cycles(breaths) => {
                    let of = breath.min(u64::from(breaths));
                    t!("breathe-progress-breaths", breath = breath, breath_of = of, breaths = breaths)
                }
            };
            ui.label(RichText::new(progress).color(palette.muted_text));
            if pacer.timer.is_paused() {
                ui.label(RichText::new(t!("breathe-paused")).color(palette.muted_text));
            }
        } else {
            ui.label(RichText::new(pattern_summary(pattern)).color(palette.muted_text));
        }
    });
}

fn draw_box(painter: &egui::Painter, rect: egui::Rect, phase: Phase, fraction: f64, accent: Color32, card: Color32) {
    let square = egui::Rect::from_center_size(rect.center(), egui::Vec2::splat(breathing::SQUARE_SIDE));
    painter.rect_filled(rect.shrink(4.0), 12.0, card);
    painter.rect_stroke(square, 4.0, Stroke::new(2.0, accent.gamma_multiply(0.6)), egui::StrokeKind::Middle);
    let (x, y) = breathing::square_point(phase, breathing::ease_in_out(fraction));
    // (0, 0) is the bottom-left corner; screen y grows downwards.
    let point = egui::pos2(square.left() + x as f32 * square.width(), square.bottom() - y as f32 * square.height());
    painter.circle_filled(point, 12.0, accent);
}

fn controls_ui(
    ui: &mut egui::Ui,
    library: &Library,
    pacer: &Pacer,
    pattern: &BreathPattern,
    view: &mut BreatheView,
    push: &mut impl FnMut(PacerCommand),
) {
    let palette = theme::palette(ui);
    let active = pacer.is_active();
    ui.horizontal(|ui| {
        if active {
            let label = if pacer.timer.is_paused() { t!("breathe-resume") } else { t!("breathe-pause") };
            if ui.button(label).on_hover_text(t!("breathe-space-key")).clicked() {
                push(PacerCommand::Toggle);
            }
            if ui.button(t!("breathe-stop")).clicked() {
                push(PacerCommand::Stop);
            }
        } else if ui.button(t!("breathe-start")).on_hover_text(t!("breathe-start-hint")).clicked() {
            push(PacerCommand::Start);
        }
    });
    ui.add_space(theme::GAP_M);

    ui.label(RichText::new(t!("breathe-pattern-heading")).strong());
    for p in &library.settings.breathing_patterns {
        let (name, summary) = (p.name.as_str(), pattern_summary(p));
        let text = if library.settings.default_pattern == Some(p.id) {
            t!("breathe-pattern-choice-default", name = name, summary = summary)
        } else {
            t!("breathe-pattern-choice", name = name, summary = summary)
        };
        let response = ui.add_enabled(!active, egui::Button::selectable(p.id == pattern.id, text));
        if response.clicked() {
            push(PacerCommand::Choose(p.id));
        }
    }
    ui.horizontal(|ui| {
        if library.settings.default_pattern != Some(pattern.id) && ui.button(t!("breathe-make-default")).clicked() {
            push(PacerCommand::SetDefault(pattern.id));
        }
        if ui.add_enabled(!active, egui::Button::new(t!("breathe-new-pattern"))).clicked() {
            view.draft =
                Some(PatternDraft { id: PatternId::fresh(), name: t!("breathe-new-pattern-name"), secs: [4, 2, 6, 0] });
        }
        if ui.add_enabled(!active, egui::Button::new(t!("breathe-edit-pattern"))).clicked() {
            view.draft = Some(PatternDraft {
                id: pattern.id,
                name: pattern.name.clone(),
                secs: [pattern.inhale_secs, pattern.hold_in_secs, pattern.exhale_secs, pattern.hold_out_secs],
            });
        }
    });
    if active {
        // A running session is not changed under the person's breath.
        view.draft = None;
    }
    if let Some(draft) = view.draft.as_mut() {
        let mut close = false;
        theme::card(ui).show(ui, |ui| {
            ui.add(egui::TextEdit::singleline(&mut draft.name).desired_width(220.0))
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("breathe-pattern-name")));
            for (secs, phase) in draft.secs.iter_mut().zip(EDITOR_PHASES) {
                ui.horizontal(|ui| {
                    let name = t!(&format!("{phase}.seconds")); // i18n: not shown (a message id)
                    ui.add(egui::DragValue::new(secs).range(0..=limits::MAX_PHASE_SECS).suffix(" s"))
                        .widget_info(|| egui::WidgetInfo::slider(true, f64::from(*secs), &name));
                    ui.label(t!(phase));
                });
            }
            let [inhale, hold_in, exhale, hold_out] = draft.secs;
            let check = breathing::validate_pattern(inhale, hold_in, exhale, hold_out);
            if let Err(problem) = &check {
                ui.label(RichText::new(problem).color(palette.warn_text));
            }
            ui.horizontal(|ui| {
                if ui.add_enabled(check.is_ok(), egui::Button::new(t!("breathe-save-pattern"))).clicked() {
                    push(PacerCommand::SavePattern(BreathPattern {
                        id: draft.id,
                        name: draft.name.clone(),
                        inhale_secs: inhale,
                        hold_in_secs: hold_in,
                        exhale_secs: exhale,
                        hold_out_secs: hold_out,
                        // The app stamps what changed.
                        changed: crate::model::PatternChanged::default(),
                    }));
                    close = true;
                }
                let exists = library.settings.breathing_patterns.iter().any(|p| p.id == draft.id);
                if exists
                    && library.settings.breathing_patterns.len() > 1
                    && ui.button(t!("breathe-delete-pattern")).clicked()
                {
                    push(PacerCommand::DeletePattern(draft.id));
                    close = true;
                }
                if ui.button(t!("breathe-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if close {
            view.draft = None;
        }
    }

    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(t!("breathe-length-heading")).strong());
    ui.horizontal_wrapped(|ui| {
        for length in LENGTHS {
            let label = length_label(length);
            if ui.add_enabled(!active, egui::Button::selectable(pacer.length == length, label)).clicked() {
                push(PacerCommand::Length(length));
            }
        }
    });
    ui.add_space(theme::GAP_S);
    let palette = theme::palette(ui);
    ui.label(RichText::new(t!("breathe-reduce-motion-hint")).small().color(palette.muted_text));
}

fn grounding_ui(ui: &mut egui::Ui, pacer: &Pacer, push: &mut impl FnMut(PacerCommand)) {
    let palette = theme::palette(ui);
    let index = pacer.grounding.unwrap_or(0).min(GROUNDING_PROMPTS.len() - 1);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(t!("breathe-grounding-progress", number = index + 1, total = GROUNDING_PROMPTS.len()))
                .small()
                .color(palette.muted_text),
        );
        ui.label(RichText::new(t!(GROUNDING_PROMPTS[index])).size(19.0));
        ui.label(RichText::new(t!("breathe-grounding-reassure")).color(palette.muted_text));
        ui.horizontal(|ui| {
            if ui.add_enabled(index > 0, egui::Button::new(t!("breathe-grounding-back"))).clicked() {
                push(PacerCommand::Grounding(Some(index - 1)));
            }
            if index + 1 < GROUNDING_PROMPTS.len() {
                if ui.button(t!("breathe-grounding-next")).clicked() {
                    push(PacerCommand::Grounding(Some(index + 1)));
                }
            } else if ui.button(t!("breathe-grounding-done")).clicked() {
                push(PacerCommand::Grounding(None));
            }
            if ui.button(t!("breathe-grounding-close")).clicked() {
                push(PacerCommand::Grounding(None));
            }
        });
    });
}

/// A pattern in a few words: "in 4, hold 7, out 8 s" (a hold of no seconds is left out).
fn pattern_summary(p: &BreathPattern) -> String {
    let (id, args) = pattern_summary_message(p);
    crate::i18n::tr_with(id, &args)
}

/// The message [`pattern_summary`] shows, and its variables.
fn pattern_summary_message(p: &BreathPattern) -> (&'static str, [(&'static str, Arg); 4]) {
    let id = match (p.hold_in_secs > 0, p.hold_out_secs > 0) {
        (false, false) => "breathe-summary-in-out", // i18n: not shown (a message id)
        (true, false) => "breathe-summary-in-hold-out", // i18n: not shown (a message id)
        (false, true) => "breathe-summary-in-out-hold", // i18n: not shown (a message id)
        (true, true) => "breathe-summary-in-hold-out-hold", // i18n: not shown (a message id)
    };
    let args = [
        ("inhale", Arg::from(p.inhale_secs)),     // i18n: not shown (a variable name)
        ("hold_in", Arg::from(p.hold_in_secs)),   // i18n: not shown (a variable name)
        ("exhale", Arg::from(p.exhale_secs)),     // i18n: not shown (a variable name)
        ("hold_out", Arg::from(p.hold_out_secs)), // i18n: not shown (a variable name)
    ];
    (id, args)
}

/// Minutes and seconds, rounded down to whole seconds like a stopwatch: the time so far then
/// changes on whole seconds of the session, when the seconds left do.
fn duration_words(secs: f64) -> String {
    let secs = secs.max(0.0).floor() as u64;
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, tr_in};

    use crate::i18n::italian as it;

    #[test]
    fn lengths_say_minutes_and_breaths_with_their_plural() {
        let breaths = |lang: Lang, n: u32| tr_in(lang, "breathe-length-breaths", &[("count", Arg::from(n))]);
        assert_eq!(breaths(Lang::english(), 1), "1 breath");
        assert_eq!(breaths(Lang::english(), 4), "4 breaths");
        assert_eq!(breaths(it(), 1), "1 respiro");
        assert_eq!(breaths(it(), 8), "8 respiri");
        assert_eq!(tr_in(it(), "breathe-length-minutes", &[("count", Arg::from(10_u32))]), "10 min");
        assert_eq!(
            tr_in(Lang::english(), "breathe-length-minutes", &[("count", Arg::from(2_u32))]),
            "2 min",
            "as the buttons said before"
        );
    }

    #[test]
    fn a_pattern_is_summed_up_without_its_empty_holds() {
        let args = [
            ("inhale", Arg::from(4_u8)),
            ("hold_in", Arg::from(7_u8)),
            ("exhale", Arg::from(8_u8)),
            ("hold_out", Arg::from(0_u8)),
        ];
        assert_eq!(tr_in(Lang::english(), "breathe-summary-in-hold-out", &args), "in 4, hold 7, out 8 s");
        assert_eq!(tr_in(it(), "breathe-summary-in-hold-out", &args), "inspira 4, trattieni 7, espira 8 s");
        assert_eq!(tr_in(it(), "breathe-summary-in-out", &args), "inspira 4, espira 8 s");
        let summary = |lang: Lang, secs: [u8; 4]| {
            let p = BreathPattern {
                id: PatternId(9),
                name: String::new(),
                inhale_secs: secs[0],
                hold_in_secs: secs[1],
                exhale_secs: secs[2],
                hold_out_secs: secs[3],
                changed: crate::model::PatternChanged::default(),
            };
            let (id, args) = pattern_summary_message(&p);
            tr_in(lang, id, &args)
        };
        let english = |secs| summary(Lang::english(), secs);
        assert_eq!(summary(it(), [4, 4, 4, 4]), "inspira 4, trattieni 4, espira 4, trattieni 4 s");
        assert_eq!(summary(it(), [5, 0, 5, 0]), "inspira 5, espira 5 s");
        assert_eq!(english([4, 4, 4, 4]), "in 4, hold 4, out 4, hold 4 s");
        assert_eq!(english([4, 0, 6, 2]), "in 4, out 6, hold 2 s");
    }

    #[test]
    fn the_progress_line_is_one_sentence_in_each_language() {
        let args = [("breath", Arg::from(3_u64)), ("so_far", Arg::from("0:42")), ("minutes", Arg::from(2_u32))];
        assert_eq!(tr_in(Lang::english(), "breathe-progress-minutes", &args), "Breath 3  -  0:42 of 2 min");
        assert_eq!(tr_in(it(), "breathe-progress-minutes", &args), "Respiro 3  -  0:42 di 2 min");
        let args = [("breath", Arg::from(4_u64)), ("breath_of", Arg::from(4_u64)), ("breaths", Arg::from(4_u32))];
        assert_eq!(tr_in(Lang::english(), "breathe-progress-breaths", &args), "Breath 4  -  breath 4 of 4");
        assert_eq!(tr_in(it(), "breathe-progress-breaths", &args), "Respiro 4  -  respiro 4 di 4");
        let args = [("name", Arg::from("Box 4-4-4-4")), ("summary", Arg::from("in 4, hold 4, out 4, hold 4 s"))];
        assert_eq!(
            tr_in(Lang::english(), "breathe-pattern-choice-default", &args),
            "Box 4-4-4-4  (in 4, hold 4, out 4, hold 4 s)  - default"
        );
    }

    #[test]
    fn every_grounding_prompt_and_editor_phase_has_its_words() {
        for id in GROUNDING_PROMPTS.iter().chain(&EDITOR_PHASES) {
            for lang in [Lang::english(), it()] {
                assert!(crate::i18n::has_message(lang, id), "{}: {id}", lang.tag());
            }
        }
        for id in EDITOR_PHASES {
            assert!(crate::i18n::has_message(it(), &format!("{id}.seconds")), "{id}.seconds");
        }
        assert_eq!(tr_in(Lang::english(), "breathe-edit-hold-out.seconds", &[]), "Hold after seconds");
    }

    #[test]
    fn the_finished_session_reads_as_a_stopwatch() {
        assert_eq!(duration_words(125.9), "2:05");
        let args = [("duration", Arg::from(duration_words(120.0)))];
        assert_eq!(
            tr_in(Lang::english(), "breathe-finished-body", &args),
            "You breathed slowly for 2:00. Notice how your body feels now."
        );
        assert_eq!(
            tr_in(it(), "breathe-finished-body", &args),
            "Hai respirato con calma per 2:00. Ascolta come si sente ora il tuo corpo."
        );
    }
}
