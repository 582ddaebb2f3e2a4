//! The Ladders screen: the person's ladders and the steps of the selected one.
//! (Read-only in this version; editing, templates and undo come with the ladder editor.)

use egui::RichText;

use super::theme;
use crate::app::Command;
use crate::model::{Ladder, LadderId, Library};

pub fn ladders_ui(ui: &mut egui::Ui, library: &Library, selected: Option<LadderId>, commands: &mut Vec<Command>) {
    super::screen_heading(ui, "Your ladders", "Each ladder breaks one fear into small steps, from easiest to hardest.");
    let active: Vec<&Ladder> = library.ladders.iter().filter(|l| !l.archived).collect();
    if active.is_empty() {
        ui.label("You have no ladders yet.");
        return;
    }
    let selected = selected.and_then(|id| library.ladder(id)).or(active.first().copied());
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(240.0);
            for ladder in &active {
                let is_selected = selected.is_some_and(|s| s.id == ladder.id);
                let text = format!("{}\n{} steps", ladder.title, ladder.steps.len());
                if ui.selectable_label(is_selected, text).clicked() {
                    commands.push(Command::SelectLadder(ladder.id));
                }
            }
        });
        ui.separator();
        ui.vertical(|ui| {
            if let Some(ladder) = selected {
                ladder_detail_ui(ui, library, ladder);
            }
        });
    });
}

fn ladder_detail_ui(ui: &mut egui::Ui, library: &Library, ladder: &Ladder) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH + 120.0);
    ui.label(RichText::new(&ladder.title).heading());
    ui.label(RichText::new(&ladder.fear).italics().color(palette.muted_text));
    ui.add_space(theme::GAP_M);
    egui::Grid::new(("steps", ladder.id.0)).num_columns(4).striped(true).spacing([14.0, 8.0]).show(ui, |ui| {
        ui.label(RichText::new("Step").small().color(palette.muted_text));
        ui.label(RichText::new("Situation").small().color(palette.muted_text));
        ui.label(RichText::new("Estimate (0-10)").small().color(palette.muted_text));
        ui.label(RichText::new("Practised").small().color(palette.muted_text));
        ui.end_row();
        for (n, step) in ladder.steps.iter().enumerate() {
            ui.label(format!("{}", n + 1));
            ui.add(egui::Label::new(&step.situation).wrap());
            ui.label(RichText::new(step.estimate.to_string()).strong().color(palette.accent));
            let times = library.exposures_of_step(step.id).count();
            ui.label(match times {
                0 => "not yet".to_owned(),
                1 => "once".to_owned(),
                n => format!("{n} times"),
            });
            ui.end_row();
        }
    });
}
