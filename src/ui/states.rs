//! What the window shows while the file is opening, or when it cannot be used.

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::model::Library;
use crate::store::backup::Backup;

pub fn loading_ui(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.spinner();
        ui.label(RichText::new("Opening your progress file...").color(theme::palette(ui).muted_text));
    });
}

pub fn damaged_ui(
    ui: &mut egui::Ui,
    error: &str,
    backup: Option<&(Backup, Box<Library>)>,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH);
    super::screen_heading(ui, "Your progress file could not be opened", "Nothing has been changed or deleted.");
    theme::banner(palette.warn_bg).show(ui, |ui| {
        ui.label(RichText::new(error).color(palette.warn_text));
    });
    ui.add_space(theme::GAP_M);
    ui.label(
        "Stepwise will not write to this file until you choose what to do. Whichever you choose, \
         an exact copy of the damaged file is kept in the backups folder beside it.",
    );
    ui.add_space(theme::GAP_M);
    match backup {
        Some((b, library)) => {
            ui.label(format!(
                "The newest backup that opens is from {}: {} ladders and {} recorded exposures.",
                b.taken.utc().with_timezone(&chrono::Local).format("%A %d %B %Y, %H:%M"),
                library.ladders.len(),
                library.exposures.len()
            ));
            if ui.button("Open the newest backup").clicked() {
                commands.push(Command::UseBackup);
            }
        }
        None => {
            ui.label("No backup of this file could be opened.");
        }
    }
    ui.add_space(theme::GAP_S);
    if ui.button("Start again with the starter ladders").clicked() {
        commands.push(Command::StartFresh);
    }
    ui.add_space(theme::GAP_S);
    if ui.button("Leave the file as it is and quit").clicked() {
        commands.push(Command::Quit);
    }
}

pub fn refused_ui(ui: &mut egui::Ui, error: &str, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH);
    super::screen_heading(ui, "This file cannot be used here", "Nothing has been changed.");
    theme::banner(palette.warn_bg).show(ui, |ui| {
        ui.label(RichText::new(error).color(palette.warn_text));
    });
    ui.add_space(theme::GAP_M);
    if ui.button("Quit").clicked() {
        commands.push(Command::Quit);
    }
}
