//! The Journal: what the person learned after each exposure, and free entries (a win outside
//! any ladder), newest first, searchable by text and filterable by ladder.

use egui::RichText;

use super::theme;
use crate::app::Command;
use crate::model::{LadderId, Library, Timestamp, limits};

/// Most entries drawn at once; a search narrows a long journal down.
const SHOWN: usize = 200;

/// The screen's inputs.
#[derive(Debug, Default)]
pub struct JournalView {
    search: String,
    ladder: Option<LadderId>,
    new_entry: String,
}

/// One line of the journal, borrowed from the library.
struct Line<'a> {
    when: Timestamp,
    ladder: Option<LadderId>,
    text: &'a str,
    /// For learnings: the step the exposure was on.
    context: Option<String>,
}

pub fn journal_ui(ui: &mut egui::Ui, library: &Library, view: &mut JournalView, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui);
    if view.ladder.is_some_and(|id| library.ladder(id).is_none()) {
        view.ladder = None; // the ladder was deleted (or its creation undone)
    }
    super::screen_heading(ui, "Journal", "What you learned, in your own words.");
    ui.set_max_width(theme::READING_WIDTH + 80.0);

    ui.label(RichText::new("Write an entry").strong());
    ui.add(
        egui::TextEdit::multiline(&mut view.new_entry)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text("A win, a lesson, something you noticed"),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New journal entry"));
    let too_long = view.new_entry.chars().count() > limits::LONG_TEXT_CHARS;
    if too_long {
        ui.label(
            RichText::new(format!("Keep it under {} characters.", limits::LONG_TEXT_CHARS)).color(palette.warn_text),
        );
    }
    if ui.add_enabled(!view.new_entry.trim().is_empty() && !too_long, egui::Button::new("Add entry")).clicked() {
        commands.push(Command::AddJournalEntry { text: std::mem::take(&mut view.new_entry), ladder: view.ladder });
    }
    ui.add_space(theme::GAP_M);

    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut view.search).hint_text("Search").desired_width(260.0))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Search the journal"));
        let title = view.ladder.and_then(|id| library.ladder(id)).map_or("All ladders", |l| l.title.as_str());
        egui::ComboBox::from_label("Ladder").selected_text(title).show_ui(ui, |ui| {
            ui.selectable_value(&mut view.ladder, None, "All ladders");
            for ladder in &library.ladders {
                ui.selectable_value(&mut view.ladder, Some(ladder.id), &ladder.title);
            }
        });
    });
    ui.add_space(theme::GAP_S);

    let lines = matching_lines(library, &view.search, view.ladder);
    if lines.is_empty() {
        let empty = if view.search.trim().is_empty() && view.ladder.is_none() {
            "Nothing here yet. After each exposure you will write down what you learned, and it appears here."
        } else {
            "No entries match."
        };
        ui.label(RichText::new(empty).color(palette.muted_text));
        return;
    }
    if lines.len() > SHOWN {
        ui.label(
            RichText::new(format!("Showing the newest {SHOWN} of {} entries; search to find older ones.", lines.len()))
                .small()
                .color(palette.muted_text),
        );
    }
    for line in lines.iter().take(SHOWN) {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let ladder = line.ladder.and_then(|id| library.ladder(id)).map(|l| l.title.as_str());
            let mut header = line.when.utc().with_timezone(&chrono::Local).format("%a %d %b %Y").to_string();
            if let Some(title) = ladder {
                header.push_str(" - ");
                header.push_str(title);
            }
            ui.label(RichText::new(header).small().color(palette.muted_text));
            if let Some(context) = &line.context {
                ui.label(RichText::new(context).small().italics().color(palette.muted_text));
            }
            ui.add(egui::Label::new(line.text).wrap());
        });
        ui.add_space(theme::GAP_S);
    }
}

/// Learnings and free entries matching the search (case-insensitive) and ladder, newest first.
fn matching_lines<'a>(library: &'a Library, search: &str, ladder: Option<LadderId>) -> Vec<Line<'a>> {
    let needle = search.trim().to_lowercase();
    let matches = |text: &str| needle.is_empty() || text.to_lowercase().contains(&needle);
    let mut lines: Vec<Line<'a>> = library
        .exposures
        .iter()
        .filter(|e| !e.reflection.learned.is_empty() && ladder.is_none_or(|l| e.ladder == l))
        .filter(|e| matches(&e.reflection.learned))
        .map(|e| Line {
            when: e.ended,
            ladder: Some(e.ladder),
            text: &e.reflection.learned,
            context: library.ladder(e.ladder).and_then(|l| l.step(e.step)).map(|s| format!("After: {}", s.situation)),
        })
        .collect();
    lines.extend(
        library
            .journal
            .iter()
            .filter(|j| ladder.is_none_or(|l| j.ladder == Some(l)) && matches(&j.text))
            .map(|j| Line { when: j.written, ladder: j.ladder, text: &j.text, context: None }),
    );
    lines.sort_by_key(|line| std::cmp::Reverse(line.when));
    lines
}
