//! Export and import on screen: the export dialog (what and which ladders), the import preview,
//! progress while the store thread works, and dropping a file onto the window.
//! The file dialogs themselves are opened by the app's command handler, never from here.

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::export::ExportKind;
use crate::merge::{Counts, MergeReport};
use crate::model::{LadderId, Library};
use crate::view::{AppView, ImportPreview, ImportState, file_name};

/// The export dialog's choices.
#[derive(Debug)]
pub struct TransferView {
    pub export_open: bool,
    pub kind: ExportKind,
    /// Every ladder, or only the chosen ones.
    pub all_ladders: bool,
    pub chosen: BTreeSet<LadderId>,
}

impl Default for TransferView {
    fn default() -> Self {
        Self { export_open: false, kind: ExportKind::Html, all_ladders: true, chosen: BTreeSet::new() }
    }
}

/// "Export..." and "Import..." buttons, with a spinner while the store thread works.
pub fn transfer_buttons_ui(ui: &mut egui::Ui, app: &AppView<'_>, view: &mut TransferView, commands: &mut Vec<Command>) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if ui
            .add_enabled(app.can_import(), egui::Button::new("Import..."))
            .on_hover_text("Add a Stepwise progress file's ladders and ratings (Ctrl+O)")
            .on_disabled_hover_text(super::READ_ONLY_IMPORT_HOVER)
            .clicked()
        {
            commands.push(Command::ImportChoose);
        }
        if ui
            .button("Export...")
            .on_hover_text("A summary to share, a progress file or a spreadsheet (Ctrl+E)")
            .clicked()
        {
            view.export_open = true;
        }
        if app.transfer_busy() {
            ui.spinner();
            ui.label(RichText::new(busy_text(app)).color(theme::palette(ui).muted_text));
        }
    });
}

fn busy_text(app: &AppView<'_>) -> &'static str {
    match app.import {
        Some(ImportState::Reading { .. }) => "Reading the file...",
        Some(ImportState::BackingUp(_)) => "Saving and backing up, then importing...",
        _ => "Exporting...",
    }
}

const KINDS: [(ExportKind, &str, &str); 5] = [
    (
        ExportKind::Html,
        "Summary to share (web page)",
        "Your ladders, ratings, learnings and the numbers behind the plots, in one page that opens in any browser. Print it or send it to your therapist.",
    ),
    (
        ExportKind::Progress,
        "Progress file",
        "Everything Stepwise keeps about these ladders, in its own format: to move to another computer, keep a copy, or import later.",
    ),
    (ExportKind::Csv, "Spreadsheet of exposures (CSV)", "One row per exposure with its date, ratings and reflection."),
    (
        ExportKind::Markdown,
        "Summary as text (Markdown)",
        "The same summary as plain text with simple tables: paste it into an email or a notes app.",
    ),
    (
        ExportKind::Calendar { name_ladders: false },
        "Practice times for your calendar (iCalendar)",
        "Each practice time as a weekly event with a reminder 10 minutes before. Export again after a change: the events are updated, not doubled.",
    ),
];

/// The export dialog, when open.
pub fn export_dialog_ui(ui: &mut egui::Ui, library: &Library, view: &mut TransferView, commands: &mut Vec<Command>) {
    if !view.export_open {
        return;
    }
    let modal = theme::modal(ui, "export_dialog").show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading("Export");
        ui.add_space(theme::GAP_S);
        for (kind, title, explanation) in KINDS {
            let chosen = std::mem::discriminant(&view.kind) == std::mem::discriminant(&kind);
            if ui.radio(chosen, title).clicked() && !chosen {
                view.kind = kind;
            }
            ui.indent(title, |ui| {
                ui.label(RichText::new(explanation).small().color(theme::palette(ui).muted_text));
                if let (true, ExportKind::Calendar { name_ladders }) = (chosen, &mut view.kind) {
                    ui.checkbox(name_ladders, "Name the ladder in each event")
                        .on_hover_text("Calendars are often shared or shown on a lock screen; without this, each event says only \"Practice time\".");
                }
            });
        }
        ui.add_space(theme::GAP_S);
        if !view.kind.uses_ladders() {
            calendar_ready_ui(ui, library, view, commands);
            return;
        }
        ui.label(RichText::new("Ladders").strong());
        ui.checkbox(&mut view.all_ladders, "All ladders");
        if !view.all_ladders {
            let list = egui::ScrollArea::vertical().max_height(180.0).show(ui, |ui| {
                for ladder in &library.ladders {
                    let mut on = view.chosen.contains(&ladder.id);
                    if ui.checkbox(&mut on, ladder.display_title()).changed() {
                        if on {
                            view.chosen.insert(ladder.id);
                        } else {
                            view.chosen.remove(&ladder.id);
                        }
                    }
                }
            });
            super::name_scroll_bar(ui, list.id, "Scroll the list of ladders");
        }
        // Ladders deleted since they were ticked are left out.
        let ladders: Vec<LadderId> = if view.all_ladders {
            Vec::new()
        } else {
            library.ladders.iter().map(|l| l.id).filter(|id| view.chosen.contains(id)).collect()
        };
        let ready = view.all_ladders || !ladders.is_empty();
        if !ready {
            ui.label(RichText::new("Tick at least one ladder.").color(theme::palette(ui).warn_text));
        }
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.add_enabled(ready, egui::Button::new("Choose where to save...")).clicked() {
                commands.push(Command::Export { kind: view.kind, ladders });
                view.export_open = false;
            }
            if ui.button("Cancel").clicked() {
                view.export_open = false;
            }
        });
    });
    if modal.should_close() {
        view.export_open = false;
    }
}

/// The calendar export's end of the dialog: it is made of the practice times, not of ladders.
fn calendar_ready_ui(ui: &mut egui::Ui, library: &Library, view: &mut TransferView, commands: &mut Vec<Command>) {
    let times = &library.settings.practice_times;
    let ready = !times.is_empty();
    if ready {
        ui.label(format!("{} in your plan.", crate::model::count(times.len(), "practice time", "practice times")));
    } else {
        ui.label(
            RichText::new("No practice times yet: plan them in Settings first.").color(theme::palette(ui).warn_text),
        );
    }
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        if ui.add_enabled(ready, egui::Button::new("Choose where to save...")).clicked() {
            commands.push(Command::Export { kind: view.kind, ladders: Vec::new() });
            view.export_open = false;
        }
        if ui.button("Cancel").clicked() {
            view.export_open = false;
        }
    });
}

fn counts_text(what: &str, counts: Counts) -> Option<String> {
    let parts: Vec<String> = [
        (counts.new, "new"),
        (counts.updated, "changed by a newer edit in the file"),
        (counts.removed, "deleted in the file later"),
        (counts.present, "already here"),
        (counts.conflicting, "different under the same id (both kept)"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, words)| format!("{n} {words}"))
    .collect();
    if parts.is_empty() {
        return None;
    }
    Some(format!("{what}: {}", parts.join(", ")))
}

fn report_lines(report: &MergeReport) -> Vec<String> {
    [
        ("Ladders", report.ladders),
        ("Exposures", report.exposures),
        ("Journal entries", report.journal),
        ("Breathing sessions", report.pacer_sessions),
        ("Breathing patterns", report.patterns),
    ]
    .into_iter()
    .filter_map(|(what, counts)| counts_text(what, counts))
    .collect()
}

/// The import's progress and preview, when an import is under way.
pub fn import_ui(ui: &mut egui::Ui, app: &AppView<'_>, commands: &mut Vec<Command>) {
    let Some(state) = app.import else { return };
    let modal = theme::modal(ui, "import_dialog").show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        match state {
            ImportState::Reading { path, .. } => {
                ui.heading("Reading the file");
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(format!("Checking {} before anything changes...", path.display()));
                });
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ImportCancel);
                }
            }
            ImportState::BackingUp(preview) => {
                ui.heading(format!("Importing {}", file_name(&preview.path)));
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Saving and backing up your progress file first...");
                });
            }
            ImportState::Preview(preview) => preview_ui(ui, preview, commands),
        }
    });
    if modal.should_close() && !matches!(state, ImportState::BackingUp(_)) {
        commands.push(Command::ImportCancel);
    }
}

fn preview_ui(ui: &mut egui::Ui, preview: &ImportPreview, commands: &mut Vec<Command>) {
    let report = &preview.merge.report;
    let palette = theme::palette(ui);
    ui.heading(format!("Import {}?", file_name(&preview.path)));
    ui.add_space(theme::GAP_S);
    if !report.changes_anything() {
        ui.label("Everything in this file is already here. Nothing would change.");
        ui.add_space(theme::GAP_S);
        if ui.button("Close").clicked() {
            commands.push(Command::ImportCancel);
        }
        return;
    }
    ui.label("This is what would happen. Nothing has changed yet.");
    for line in report_lines(report) {
        ui.label(format!("- {line}"));
    }
    if !report.conflicts.is_empty() {
        ui.add_space(theme::GAP_S);
        ui.label(
            RichText::new(format!(
                "{} item{} differ{} between your library and the file. Both versions are kept, so nothing is lost:",
                report.conflicts.len(),
                if report.conflicts.len() == 1 { "" } else { "s" },
                if report.conflicts.len() == 1 { "s" } else { "" }
            ))
            .color(palette.warn_text),
        );
        let list = egui::ScrollArea::vertical().max_height(140.0).show(ui, |ui| {
            for conflict in &report.conflicts {
                ui.label(RichText::new(format!("- {}", conflict.description)).small());
            }
        });
        super::name_scroll_bar(ui, list.id, "Scroll the list of differences");
    }
    ui.add_space(theme::GAP_S);
    let settings = if report.settings_taken {
        "Settings changed more recently in the file are used; the rest of yours stay."
    } else {
        "Your settings stay as they are."
    };
    ui.label(RichText::new(settings).color(palette.muted_text));
    if report.draft_ignored {
        ui.label(RichText::new("The file has an exposure under way; it is not imported.").color(palette.muted_text));
    }
    if report.unused_starters > 0 {
        ui.label(
            RichText::new(format!(
                "The {} starter ladders here were never used; they are left out. The gallery (From a template) has them.",
                report.unused_starters
            ))
            .color(palette.muted_text),
        );
    }
    ui.label(
        RichText::new("Your progress file is backed up first, and Edit > Undo (Ctrl+Z) takes the import back.")
            .color(palette.muted_text),
    );
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        if ui.button(RichText::new("Import").strong()).clicked() {
            commands.push(Command::ImportConfirm);
        }
        if ui.button("Cancel").clicked() {
            commands.push(Command::ImportCancel);
        }
    });
}

/// Files dropped onto the window are imported (one at a time); while one is held over the
/// window, a calm note says what dropping it will do.
pub fn drop_ui(ui: &mut egui::Ui, app: &AppView<'_>, commands: &mut Vec<Command>) {
    let (hovered, dropped) = ui.input(|i| {
        let hovered: Vec<Option<PathBuf>> = i.raw.hovered_files.iter().map(|f| f.path.clone()).collect();
        (hovered, i.raw.dropped_files.iter().map(|f| f.path().to_owned()).collect::<Vec<_>>())
    });
    if !dropped.is_empty() {
        commands.push(Command::ImportDropped(dropped));
    }
    if hovered.is_empty() || app.library().is_none() {
        return;
    }
    let (title, detail) = drop_note(&hovered, app.import.is_some());
    let screen = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop_note")));
    let palette = theme::palette(ui);
    let text_colour = ui.visuals().text_color();
    // Opaque, so the screen underneath does not show through the words.
    painter.rect_filled(screen, 0.0, palette.info_bg);
    let card = egui::Rect::from_center_size(screen.center(), egui::vec2(screen.width().min(560.0) - 32.0, 120.0));
    painter.rect(
        card,
        f32::from(theme::CORNER),
        palette.card,
        egui::Stroke::new(1.5, palette.accent),
        egui::StrokeKind::Inside,
    );
    let wrap = card.width() - 40.0;
    // Centred lines: with a centred layout each row is placed around x = 0 of its galley.
    let centred = |text: String, size: f32, colour: egui::Color32| {
        let mut job = egui::text::LayoutJob::simple(text, egui::FontId::proportional(size), colour, wrap);
        job.halign = egui::Align::Center;
        painter.layout_job(job)
    };
    let title = centred(title, 20.0, text_colour);
    let detail = centred(detail, 15.0, palette.muted_text);
    let top = card.center().y - (title.size().y + theme::GAP_S + detail.size().y) / 2.0;
    let detail_top = top + title.size().y + theme::GAP_S;
    painter.galley(egui::pos2(card.center().x, top), title, text_colour);
    painter.galley(egui::pos2(card.center().x, detail_top), detail, palette.muted_text);
}

/// What the overlay says while files are held over the window: a title and one more line.
#[must_use]
pub fn drop_note(hovered: &[Option<PathBuf>], import_open: bool) -> (String, String) {
    let name = hovered.first().and_then(Option::as_ref).and_then(|p| p.file_name()).map(|n| n.to_string_lossy());
    if import_open {
        let again = name.map_or_else(|| "drop the file".to_owned(), |name| format!("drop {name}"));
        return ("An import is open already".to_owned(), format!("Finish or cancel it first, then {again} again."));
    }
    let title = match &name {
        Some(name) => format!("Drop {name} to import it"),
        None => "Drop a progress file to import it".to_owned(),
    };
    let detail = if hovered.len() > 1 {
        format!("{} files: the first is previewed; nothing changes until you choose Import.", hovered.len())
    } else {
        "You will see what it would add first; nothing changes until you choose Import.".to_owned()
    };
    (title, detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drop_note_names_the_file_and_what_happens() {
        let one = [Some(PathBuf::from("/home/a/laptop.stepwise.ron"))];
        let (title, detail) = drop_note(&one, false);
        assert_eq!(title, "Drop laptop.stepwise.ron to import it");
        assert!(detail.contains("nothing changes until you choose Import"), "{detail}");

        let (title, detail) = drop_note(&[None], false);
        assert_eq!(title, "Drop a progress file to import it");
        assert!(detail.starts_with("You will see what it would add first"), "{detail}");

        let three = [Some(PathBuf::from("a.ron")), Some(PathBuf::from("b.ron")), None];
        let (title, detail) = drop_note(&three, false);
        assert_eq!(title, "Drop a.ron to import it");
        assert!(detail.starts_with("3 files: the first is previewed"), "{detail}");

        let busy = drop_note(&one, true);
        assert_eq!(busy.0, "An import is open already");
        assert_eq!(busy.1, "Finish or cancel it first, then drop laptop.stepwise.ron again.");
    }
}
