//! Screens whose full versions arrive with their own issues. Each says plainly what it will
//! hold and shows what the library already has, so nothing looks broken.

use egui::RichText;

use super::theme;
use crate::model::Library;

fn coming_ui(ui: &mut egui::Ui, text: &str) {
    theme::card(ui).show(ui, |ui| {
        ui.set_max_width(theme::READING_WIDTH);
        ui.label(RichText::new(text).color(theme::palette(ui).muted_text));
    });
}

pub fn progress_ui(ui: &mut egui::Ui, library: &Library) {
    super::screen_heading(ui, "Progress", "How your ratings change over time.");
    coming_ui(ui, "Trend plots, export and a summary to share with a therapist are being built.");
    ui.add_space(theme::GAP_M);
    let steps: usize = library.ladders.iter().map(|l| l.steps.len()).sum();
    egui::Grid::new("progress_summary").num_columns(2).spacing([20.0, 6.0]).show(ui, |ui| {
        for (label, value) in [
            ("Ladders", library.ladders.len()),
            ("Steps", steps),
            ("Exposures recorded", library.exposures.len()),
            ("Journal entries", library.journal.len()),
            ("Breathing sessions", library.pacer_sessions.len()),
        ] {
            ui.label(label);
            ui.label(RichText::new(value.to_string()).strong());
            ui.end_row();
        }
    });
}
