//! What the window shows while the file is opening, or when it cannot be used.

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::model::Library;
use crate::store::backup::Backup;
use crate::view::file_name;

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
    stepwise_copies: &[std::path::PathBuf],
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
    if let Some(text) = stepwise_copies_text(stepwise_copies) {
        ui.add_space(theme::GAP_S);
        ui.label(text);
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

/// What the damaged screen says about the copies Stepwise saved beside the file while it could
/// not be read; `None` when there are none.
fn stepwise_copies_text(copies: &[std::path::PathBuf]) -> Option<String> {
    let names: Vec<String> = copies.iter().map(|p| file_name(p)).collect();
    let (what, it) = match names.len() {
        0 => return None,
        1 => (format!("the copy it saved beside this file while the file could not be read: {}", names[0]), "it"),
        _ => {
            (format!("copies it saved beside this file while the file could not be read: {}", names.join(", ")), "each")
        }
    };
    Some(format!(
        "Stepwise also found {what}. Your newest work may be there. Whichever you choose below, Stepwise then offers to merge {it} into your library; {it} stays where it is until then."
    ))
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn the_damaged_screen_names_the_copies_stepwise_saved_beside_the_file() {
        assert_eq!(stepwise_copies_text(&[]), None);
        assert_eq!(
            stepwise_copies_text(&[PathBuf::from("/d/library (Stepwise copy 2026-12-02 1530).ron")]).as_deref(),
            Some(
                "Stepwise also found the copy it saved beside this file while the file could not be read: \
                 library (Stepwise copy 2026-12-02 1530).ron. Your newest work may be there. Whichever you choose \
                 below, Stepwise then offers to merge it into your library; it stays where it is until then."
            )
        );
        let two = [PathBuf::from("/d/a.ron"), PathBuf::from("/d/b.ron")];
        let text = stepwise_copies_text(&two).unwrap();
        assert!(
            text.contains("copies it saved beside this file while the file could not be read: a.ron, b.ron."),
            "{text}"
        );
        assert!(text.ends_with("offers to merge each into your library; each stays where it is until then."), "{text}");
    }
}
