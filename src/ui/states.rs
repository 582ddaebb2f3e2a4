//! What the window shows while the file is opening, or when it cannot be used.

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::model::Library;
use crate::store::backup::Backup;
use crate::t;
use crate::view::file_name;

pub fn loading_ui(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.spinner();
        ui.label(RichText::new(t!("shell-opening")).color(theme::palette(ui).muted_text));
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
    super::screen_heading(ui, &t!("shell-damaged-title"), &t!("shell-damaged-subtitle"));
    theme::banner(palette.warn_bg).show(ui, |ui| {
        ui.label(RichText::new(error).color(palette.warn_text));
    });
    ui.add_space(theme::GAP_M);
    ui.label(t!("shell-damaged-body"));
    ui.add_space(theme::GAP_M);
    match backup {
        Some((b, library)) => {
            ui.label(backup_text(b, library));
            if ui.button(t!("shell-open-backup")).clicked() {
                commands.push(Command::UseBackup);
            }
        }
        None => {
            ui.label(t!("shell-no-backup"));
        }
    }
    if let Some(text) = stepwise_copies_text(stepwise_copies) {
        ui.add_space(theme::GAP_S);
        ui.label(text);
    }
    ui.add_space(theme::GAP_S);
    if ui.button(t!("shell-start-fresh")).clicked() {
        commands.push(Command::StartFresh);
    }
    ui.add_space(theme::GAP_S);
    if ui.button(t!("shell-leave-and-quit")).clicked() {
        commands.push(Command::Quit);
    }
}

/// What the damaged screen says of the newest backup that opens: when it was taken (local
/// time) and what it holds.
fn backup_text(backup: &Backup, library: &Library) -> String {
    let taken = backup.taken.utc().with_timezone(&chrono::Local).naive_local();
    let (when, ladders, exposures) =
        (crate::i18n::dates::long_with_time(taken), library.ladders.len(), library.exposures.len());
    t!("shell-damaged-backup", when = when, ladders = ladders, exposures = exposures)
}

/// What the damaged screen says about the copies Stepwise saved beside the file while it could
/// not be read; `None` when there are none.
fn stepwise_copies_text(copies: &[std::path::PathBuf]) -> Option<String> {
    let names: Vec<String> = copies.iter().map(|p| file_name(p)).collect();
    if names.is_empty() {
        return None;
    }
    // The list of names is not a sentence: commas in every language.
    Some(t!("shell-damaged-copies", count = names.len(), names = names.join(", ")))
}

pub fn refused_ui(ui: &mut egui::Ui, error: &str, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    ui.set_max_width(theme::READING_WIDTH);
    super::screen_heading(ui, &t!("shell-refused-title"), &t!("shell-refused-subtitle"));
    theme::banner(palette.warn_bg).show(ui, |ui| {
        ui.label(RichText::new(error).color(palette.warn_text));
    });
    ui.add_space(theme::GAP_M);
    if ui.button(t!("shell-quit")).clicked() {
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

    #[test]
    fn the_damaged_screen_counts_in_both_languages() {
        use crate::i18n::{Arg, Lang, tr_in};
        let it = Lang::from_tag("it").expect("Italian");
        let backup = |lang, ladders: usize, exposures: usize| {
            let args = [("when", Arg::from("x")), ("ladders", Arg::from(ladders)), ("exposures", Arg::from(exposures))];
            tr_in(lang, "shell-damaged-backup", &args)
        };
        assert_eq!(
            backup(Lang::english(), 3, 12),
            "The newest backup that opens is from x: 3 ladders and 12 recorded exposures."
        );
        assert_eq!(
            backup(Lang::english(), 1, 1),
            "The newest backup that opens is from x: 1 ladder and 1 recorded exposure."
        );
        assert_eq!(
            backup(it, 1, 2),
            "La copia di sicurezza più recente che si apre risale a x: 1 scala e 2 esposizioni registrate."
        );
        assert_eq!(
            backup(it, 4, 1),
            "La copia di sicurezza più recente che si apre risale a x: 4 scale e 1 esposizione registrata."
        );
        let copies = |count: usize| {
            tr_in(it, "shell-damaged-copies", &[("count", Arg::from(count)), ("names", Arg::from("a.ron, b.ron"))])
        };
        assert!(copies(1).contains("anche la copia che aveva salvato") && copies(1).ends_with("resta dov'è."));
        assert!(copies(2).contains("anche le copie") && copies(2).ends_with("restano dove sono."));
    }
}
