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
use crate::t;
use crate::view::{AppView, ImportPreview, ImportState, file_name};

// Widget ids.
const EXPORT_DIALOG_ID: &str = "export_dialog"; // i18n: not shown (an id)
const IMPORT_DIALOG_ID: &str = "import_dialog"; // i18n: not shown (an id)
const DROP_NOTE_ID: &str = "drop_note"; // i18n: not shown (an id)

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
            .add_enabled(app.can_import(), egui::Button::new(t!("transfer-import-button")))
            .on_hover_text(t!("transfer-import-hint"))
            .on_disabled_hover_text(t!("transfer-import-read-only-hover"))
            .clicked()
        {
            commands.push(Command::ImportChoose);
        }
        if ui.button(t!("transfer-export-button")).on_hover_text(t!("transfer-export-hint")).clicked() {
            view.export_open = true;
        }
        if app.transfer_busy() {
            ui.spinner();
            ui.label(RichText::new(busy_text(app)).color(theme::palette(ui).muted_text));
        }
    });
}

fn busy_text(app: &AppView<'_>) -> String {
    match app.import {
        Some(ImportState::Reading { .. }) => t!("transfer-busy-reading"),
        Some(ImportState::BackingUp(_)) => t!("transfer-busy-applying"),
        _ => t!("transfer-busy-exporting"),
    }
}

/// The kinds of export, in the dialog's order.
const KINDS: [ExportKind; 5] = [
    ExportKind::Html,
    ExportKind::Progress,
    ExportKind::Csv,
    ExportKind::Markdown,
    ExportKind::Calendar { name_ladders: false },
];

/// A kind's choice in the export dialog and the line that explains it.
fn kind_texts(kind: ExportKind) -> (String, String) {
    match kind {
        ExportKind::Html => (t!("transfer-kind-html"), t!("transfer-kind-html.explanation")),
        ExportKind::Progress => (t!("transfer-kind-progress"), t!("transfer-kind-progress.explanation")),
        ExportKind::Csv => (t!("transfer-kind-csv"), t!("transfer-kind-csv.explanation")),
        ExportKind::Markdown => (t!("transfer-kind-markdown"), t!("transfer-kind-markdown.explanation")),
        ExportKind::Calendar { .. } => (t!("transfer-kind-calendar"), t!("transfer-kind-calendar.explanation")),
    }
}

/// The export dialog, when open.
pub fn export_dialog_ui(ui: &mut egui::Ui, library: &Library, view: &mut TransferView, commands: &mut Vec<Command>) {
    if !view.export_open {
        return;
    }
    let modal = theme::modal(ui, EXPORT_DIALOG_ID).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(t!("transfer-export-heading"));
        ui.add_space(theme::GAP_S);
        for kind in KINDS {
            let (title, explanation) = kind_texts(kind);
            let chosen = std::mem::discriminant(&view.kind) == std::mem::discriminant(&kind);
            if ui.radio(chosen, title).clicked() && !chosen {
                view.kind = kind;
            }
            ui.indent(std::mem::discriminant(&kind), |ui| {
                ui.label(RichText::new(explanation).small().color(theme::palette(ui).muted_text));
                if let (true, ExportKind::Calendar { name_ladders }) = (chosen, &mut view.kind) {
                    ui.checkbox(name_ladders, t!("transfer-calendar-name-ladders"))
                        .on_hover_text(t!("transfer-calendar-name-ladders-hint"));
                }
            });
        }
        ui.add_space(theme::GAP_S);
        if !view.kind.uses_ladders() {
            calendar_ready_ui(ui, library, view, commands);
            return;
        }
        ui.label(RichText::new(t!("transfer-ladders-heading")).strong());
        ui.checkbox(&mut view.all_ladders, t!("transfer-all-ladders"));
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
            super::name_scroll_bar(ui, list.id, &t!("transfer-scroll-ladders"));
        }
        // Ladders deleted since they were ticked are left out.
        let ladders: Vec<LadderId> = if view.all_ladders {
            Vec::new()
        } else {
            library.ladders.iter().map(|l| l.id).filter(|id| view.chosen.contains(id)).collect()
        };
        let ready = view.all_ladders || !ladders.is_empty();
        if !ready {
            ui.label(RichText::new(t!("transfer-tick-one-ladder")).color(theme::palette(ui).warn_text));
        }
        ui.add_space(theme::GAP_S);
        ui.horizontal(|ui| {
            if ui.add_enabled(ready, egui::Button::new(t!("transfer-choose-where"))).clicked() {
                commands.push(Command::Export { kind: view.kind, ladders });
                view.export_open = false;
            }
            if ui.button(t!("transfer-cancel")).clicked() {
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
        ui.label(t!("transfer-calendar-times", count = times.len()));
    } else {
        ui.label(RichText::new(t!("transfer-calendar-no-times")).color(theme::palette(ui).warn_text));
    }
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        if ui.add_enabled(ready, egui::Button::new(t!("transfer-choose-where"))).clicked() {
            commands.push(Command::Export { kind: view.kind, ladders: Vec::new() });
            view.export_open = false;
        }
        if ui.button(t!("transfer-cancel")).clicked() {
            view.export_open = false;
        }
    });
}

/// One line of the preview: "Ladders: 2 new, 1 already here", or `None` when there is nothing
/// of this kind (`what`: "Ladders").
fn counts_text(what: String, counts: Counts) -> Option<String> {
    let parts: Vec<String> = [
        (counts.new, t!("transfer-preview-new", count = counts.new)),
        (counts.updated, t!("transfer-preview-updated", count = counts.updated)),
        (counts.removed, t!("transfer-preview-removed", count = counts.removed)),
        (counts.present, t!("transfer-preview-present", count = counts.present)),
        (counts.conflicting, t!("transfer-preview-conflicting", count = counts.conflicting)),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, text)| text)
    .collect();
    if parts.is_empty() {
        return None;
    }
    Some(t!("transfer-preview-line", what = what, counts = parts.join(", ")))
}

fn report_lines(report: &MergeReport) -> Vec<String> {
    [
        (t!("transfer-preview-ladders"), report.ladders),
        (t!("transfer-preview-exposures"), report.exposures),
        (t!("transfer-preview-journal"), report.journal),
        (t!("transfer-preview-sessions"), report.pacer_sessions),
        (t!("transfer-preview-patterns"), report.patterns),
    ]
    .into_iter()
    .filter_map(|(what, counts)| counts_text(what, counts))
    .collect()
}

/// The import's progress and preview, when an import is under way.
pub fn import_ui(ui: &mut egui::Ui, app: &AppView<'_>, commands: &mut Vec<Command>) {
    let Some(state) = app.import else { return };
    let modal = theme::modal(ui, IMPORT_DIALOG_ID).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        match state {
            ImportState::Reading { path, .. } => {
                ui.heading(t!("transfer-reading-heading"));
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("transfer-checking", path = path.display().to_string()));
                });
                if ui.button(t!("transfer-cancel")).clicked() {
                    commands.push(Command::ImportCancel);
                }
            }
            ImportState::BackingUp(preview) => {
                ui.heading(t!("transfer-importing-heading", name = file_name(&preview.path)));
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("transfer-backing-up"));
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
    ui.heading(t!("transfer-preview-heading", name = file_name(&preview.path)));
    ui.add_space(theme::GAP_S);
    if !report.changes_anything() {
        ui.label(t!("transfer-preview-nothing"));
        ui.add_space(theme::GAP_S);
        if ui.button(t!("transfer-close")).clicked() {
            commands.push(Command::ImportCancel);
        }
        return;
    }
    ui.label(t!("transfer-preview-intro"));
    for line in report_lines(report) {
        ui.label(format!("- {line}"));
    }
    if !report.conflicts.is_empty() {
        ui.add_space(theme::GAP_S);
        ui.label(
            RichText::new(t!("transfer-preview-conflicts", count = report.conflicts.len())).color(palette.warn_text),
        );
        let list = egui::ScrollArea::vertical().max_height(140.0).show(ui, |ui| {
            for conflict in &report.conflicts {
                ui.label(RichText::new(format!("- {}", conflict.description)).small());
            }
        });
        super::name_scroll_bar(ui, list.id, &t!("transfer-scroll-differences"));
    }
    ui.add_space(theme::GAP_S);
    let settings = if report.settings_taken {
        t!("transfer-preview-settings-taken")
    } else {
        t!("transfer-preview-settings-kept")
    };
    ui.label(RichText::new(settings).color(palette.muted_text));
    if report.draft_ignored {
        ui.label(RichText::new(t!("transfer-preview-draft-ignored")).color(palette.muted_text));
    }
    if report.unused_starters > 0 {
        ui.label(
            RichText::new(t!("transfer-preview-unused-starters", count = report.unused_starters))
                .color(palette.muted_text),
        );
    }
    ui.label(RichText::new(t!("transfer-preview-undo-note")).color(palette.muted_text));
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        if ui.button(RichText::new(t!("transfer-import-confirm")).strong()).clicked() {
            commands.push(Command::ImportConfirm);
        }
        if ui.button(t!("transfer-cancel")).clicked() {
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
    let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique(DROP_NOTE_ID)));
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
        let detail = match name {
            Some(name) => t!("transfer-drop-busy-detail", name = name.into_owned()),
            None => t!("transfer-drop-busy-detail-unnamed"),
        };
        return (t!("transfer-drop-busy-title"), detail);
    }
    let title = match name {
        Some(name) => t!("transfer-drop-title", name = name.into_owned()),
        None => t!("transfer-drop-title-unnamed"),
    };
    let detail = if hovered.len() > 1 {
        t!("transfer-drop-detail-many", count = hovered.len())
    } else {
        t!("transfer-drop-detail")
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

    #[test]
    fn the_preview_counts_read_in_each_language() {
        use crate::i18n::{Arg, Lang, tr_in};
        let (en, it) = (Lang::english(), Lang::from_tag("it").unwrap());
        let differ = |lang, n: usize| tr_in(lang, "transfer-preview-conflicts", &[("count", Arg::from(n))]);
        assert!(differ(en, 1).starts_with("1 item differs between your library and the file."), "{}", differ(en, 1));
        assert!(differ(en, 2).starts_with("2 items differ between"), "{}", differ(en, 2));
        assert!(differ(it, 1).starts_with("1 elemento è diverso tra il tuo archivio e il file."), "{}", differ(it, 1));
        assert!(differ(it, 4).starts_with("4 elementi sono diversi tra"), "{}", differ(it, 4));
        let times = |lang, n: usize| tr_in(lang, "transfer-calendar-times", &[("count", Arg::from(n))]);
        assert_eq!(times(en, 1), "1 practice time in your plan.");
        assert_eq!(times(en, 3), "3 practice times in your plan.");
        assert_eq!(times(it, 1), "1 orario di esercizio nel tuo piano.");
        assert_eq!(times(it, 3), "3 orari di esercizio nel tuo piano.");
        let present = |lang, n: usize| tr_in(lang, "transfer-preview-present", &[("count", Arg::from(n))]);
        assert_eq!(
            (present(en, 1), present(it, 1), present(it, 5)),
            ("1 already here".to_owned(), "1 già presente".to_owned(), "5 già presenti".to_owned())
        );
        let line =
            tr_in(en, "transfer-preview-line", &[("what", Arg::from("Ladders")), ("counts", Arg::from("2 new"))]);
        assert_eq!(line, "Ladders: 2 new");
        let starters = |n: usize| tr_in(it, "transfer-preview-unused-starters", &[("count", Arg::from(n))]);
        assert!(starters(1).starts_with("La scala iniziale qui non è mai stata usata"), "{}", starters(1));
        assert!(starters(4).starts_with("Le 4 scale iniziali"), "{}", starters(4));
        let name = [("name", Arg::from("laptop.ron"))];
        assert_eq!(tr_in(it, "transfer-drop-title", &name), "Rilascia laptop.ron per importarlo");
    }
}
