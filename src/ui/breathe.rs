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
use crate::model::{BreathPattern, Library, PatternId, limits};
use crate::pacer::{GROUNDING_PROMPTS, Pacer};

/// Session lengths offered.
const LENGTHS: [(SessionLength, &str); 6] = [
    (SessionLength::Minutes(1), "1 min"),
    (SessionLength::Minutes(2), "2 min"),
    (SessionLength::Minutes(5), "5 min"),
    (SessionLength::Minutes(10), "10 min"),
    (SessionLength::Cycles(4), "4 breaths"),
    (SessionLength::Cycles(8), "8 breaths"),
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
    super::screen_heading(ui, "Breathe", "Breathing out for longer than you breathe in tells your body it is safe.");
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
    if pacer.grounding.is_none() && ui.button("Grounding: 5-4-3-2-1").clicked() {
        push(PacerCommand::Grounding(Some(0)));
    }
    egui::CollapsingHeader::new("Relax your muscles, one group at a time").show(ui, |ui| {
        ui.label(
            RichText::new(
                "Sit comfortably. Starting with your feet, tense the muscles gently for about five seconds while \
             breathing in, then let go all at once as you breathe out and notice the difference for ten seconds. \
             Move up: calves, thighs, stomach, hands, arms, shoulders, and finally your face. \
             Tense softly, never to the point of pain.",
            )
            .color(palette.muted_text),
        );
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
            ui.label(RichText::new("Well done").strong().color(palette.ok_text));
            ui.label(format!("You breathed slowly for {}. Notice how your body feels now.", duration_words(secs)));
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
        ("Ready when you are", 0)
    };
    ui.vertical_centered(|ui| {
        ui.set_width(280.0);
        ui.label(RichText::new(phase_words).size(26.0).color(palette.accent));
        if active {
            ui.label(RichText::new(format!("{secs_left}")).size(20.0));
            let so_far = duration_words(elapsed);
            let total = match pacer.length {
                SessionLength::Minutes(m) => format!("{so_far} of {m} min"),
                SessionLength::Cycles(c) => format!("breath {} of {c}", (position.cycle + 1).min(u64::from(c))),
            };
            ui.label(RichText::new(format!("Breath {}  -  {total}", position.cycle + 1)).color(palette.muted_text));
            if pacer.timer.is_paused() {
                ui.label(RichText::new("Paused").color(palette.muted_text));
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
            let label = if pacer.timer.is_paused() { "Resume" } else { "Pause" };
            if ui.button(label).on_hover_text("Space").clicked() {
                push(PacerCommand::Toggle);
            }
            if ui.button("Stop").clicked() {
                push(PacerCommand::Stop);
            }
        } else if ui.button("Start").on_hover_text("Space starts and pauses").clicked() {
            push(PacerCommand::Start);
        }
    });
    ui.add_space(theme::GAP_M);

    ui.label(RichText::new("Pattern").strong());
    for p in &library.settings.breathing_patterns {
        let mut text = format!("{}  ({})", p.name, pattern_summary(p));
        if library.settings.default_pattern == Some(p.id) {
            text.push_str("  - default");
        }
        let response = ui.add_enabled(!active, egui::Button::selectable(p.id == pattern.id, text));
        if response.clicked() {
            push(PacerCommand::Choose(p.id));
        }
    }
    ui.horizontal(|ui| {
        if library.settings.default_pattern != Some(pattern.id) && ui.button("Make this the default").clicked() {
            push(PacerCommand::SetDefault(pattern.id));
        }
        if ui.add_enabled(!active, egui::Button::new("New pattern")).clicked() {
            view.draft =
                Some(PatternDraft { id: PatternId::fresh(), name: "My pattern".to_owned(), secs: [4, 2, 6, 0] });
        }
        if ui.add_enabled(!active, egui::Button::new("Edit pattern")).clicked() {
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
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Pattern name"));
            for (secs, label) in draft.secs.iter_mut().zip(["Breathe in", "Hold", "Breathe out", "Hold after"]) {
                ui.horizontal(|ui| {
                    ui.add(egui::DragValue::new(secs).range(0..=limits::MAX_PHASE_SECS).suffix(" s"))
                        .widget_info(|| egui::WidgetInfo::slider(true, f64::from(*secs), format!("{label} seconds")));
                    ui.label(label);
                });
            }
            let [inhale, hold_in, exhale, hold_out] = draft.secs;
            let check = breathing::validate_pattern(inhale, hold_in, exhale, hold_out);
            if let Err(problem) = &check {
                ui.label(RichText::new(problem).color(palette.warn_text));
            }
            ui.horizontal(|ui| {
                if ui.add_enabled(check.is_ok(), egui::Button::new("Save pattern")).clicked() {
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
                if exists && library.settings.breathing_patterns.len() > 1 && ui.button("Delete pattern").clicked() {
                    push(PacerCommand::DeletePattern(draft.id));
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if close {
            view.draft = None;
        }
    }

    ui.add_space(theme::GAP_M);
    ui.label(RichText::new("Length").strong());
    ui.horizontal_wrapped(|ui| {
        for (length, label) in LENGTHS {
            if ui.add_enabled(!active, egui::Button::selectable(pacer.length == length, label)).clicked() {
                push(PacerCommand::Length(length));
            }
        }
    });
    ui.add_space(theme::GAP_S);
    let palette = theme::palette(ui);
    ui.label(
        RichText::new("A bar and words instead of a moving shape: Reduce motion, in Settings.")
            .small()
            .color(palette.muted_text),
    );
}

fn grounding_ui(ui: &mut egui::Ui, pacer: &Pacer, push: &mut impl FnMut(PacerCommand)) {
    let palette = theme::palette(ui);
    let index = pacer.grounding.unwrap_or(0).min(GROUNDING_PROMPTS.len() - 1);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!("Grounding, {} of {}", index + 1, GROUNDING_PROMPTS.len()))
                .small()
                .color(palette.muted_text),
        );
        ui.label(RichText::new(GROUNDING_PROMPTS[index]).size(19.0));
        ui.label(RichText::new("Take your time. Feel your feet on the floor.").color(palette.muted_text));
        ui.horizontal(|ui| {
            if ui.add_enabled(index > 0, egui::Button::new("Back")).clicked() {
                push(PacerCommand::Grounding(Some(index - 1)));
            }
            if index + 1 < GROUNDING_PROMPTS.len() {
                if ui.button("Next").clicked() {
                    push(PacerCommand::Grounding(Some(index + 1)));
                }
            } else if ui.button("Done").clicked() {
                push(PacerCommand::Grounding(None));
            }
            if ui.button("Close").clicked() {
                push(PacerCommand::Grounding(None));
            }
        });
    });
}

fn pattern_summary(p: &BreathPattern) -> String {
    let mut parts = vec![format!("in {}", p.inhale_secs)];
    if p.hold_in_secs > 0 {
        parts.push(format!("hold {}", p.hold_in_secs));
    }
    parts.push(format!("out {}", p.exhale_secs));
    if p.hold_out_secs > 0 {
        parts.push(format!("hold {}", p.hold_out_secs));
    }
    format!("{} s", parts.join(", "))
}

/// Minutes and seconds, rounded down to whole seconds like a stopwatch: the time so far then
/// changes on whole seconds of the session, when the seconds left do.
fn duration_words(secs: f64) -> String {
    let secs = secs.max(0.0).floor() as u64;
    format!("{}:{:02}", secs / 60, secs % 60)
}
