//! The Journal: what the person learned after each exposure, and free entries (a win outside
//! any ladder), newest first, searchable by text and filterable by ladder.

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::model::{LadderId, Library, Timestamp, limits};

/// Entries drawn at first, and added by each "Show more"; a search narrows a long journal down.
const PAGE: usize = 50;

/// The screen's inputs.
#[derive(Debug, Default)]
pub struct JournalView {
    search: String,
    ladder: Option<LadderId>,
    new_entry: String,
    /// How many matching entries are drawn (grows with "Show more").
    shown: usize,
    /// The matching lines, kept until the library, the search or the filter changes.
    cache: Option<(Key, Vec<Source>)>,
}

impl JournalView {
    /// Puts `text` in the search box (as typing it would).
    pub fn set_search(&mut self, text: &str) {
        text.clone_into(&mut self.search);
    }
}

/// What the cached list was computed for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    generation: u64,
    search: String,
    ladder: Option<LadderId>,
}

/// Where a journal line comes from: an exposure's learning or a free entry (by index).
#[derive(Debug, Clone, Copy)]
enum Source {
    Learning(usize),
    Entry(usize),
}

/// One line of the journal, borrowed from the library.
struct Line<'a> {
    when: Timestamp,
    ladder: Option<LadderId>,
    text: &'a str,
    /// For learnings: the step the exposure was on.
    context: Option<String>,
}

pub fn journal_ui(
    ui: &mut egui::Ui,
    library: &Library,
    generation: u64,
    view: &mut JournalView,
    commands: &mut Vec<Command>,
) {
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
                ui.selectable_value(&mut view.ladder, Some(ladder.id), ladder.display_title());
            }
        });
    });
    ui.add_space(theme::GAP_S);

    let key = Key { generation, search: view.search.clone(), ladder: view.ladder };
    if view.cache.as_ref().is_none_or(|(k, _)| *k != key) {
        view.cache = Some((key, matching(library, &view.search, view.ladder)));
        view.shown = PAGE;
    }
    let shown = view.shown.max(PAGE);
    let sources = view.cache.as_ref().map_or(&[][..], |(_, s)| s.as_slice());
    let lines: Vec<Line<'_>> = sources.iter().take(shown).filter_map(|s| line(library, *s)).collect();
    let total = sources.len();
    if lines.is_empty() {
        let empty = if view.search.trim().is_empty() && view.ladder.is_none() {
            "Nothing here yet. After each exposure you will write down what you learned, and it appears here."
        } else {
            "No entries match."
        };
        ui.label(RichText::new(empty).color(palette.muted_text));
        return;
    }
    if total > shown {
        ui.label(
            RichText::new(format!("Showing the newest {shown} of {total} entries; search to find older ones."))
                .small()
                .color(palette.muted_text),
        );
    }
    for line in &lines {
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
    if total > shown && ui.button("Show more").clicked() {
        view.shown = shown + PAGE;
    }
}

/// Learnings and free entries matching the search (case-insensitive) and ladder, newest first.
fn matching(library: &Library, search: &str, ladder: Option<LadderId>) -> Vec<Source> {
    let needle = search.trim().to_lowercase();
    let matches = |text: &str| needle.is_empty() || text.to_lowercase().contains(&needle);
    let mut found: Vec<(Timestamp, Source)> = library
        .exposures
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.reflection.learned.is_empty() && ladder.is_none_or(|l| e.ladder == l))
        .filter(|(_, e)| matches(&e.reflection.learned))
        .map(|(i, e)| (e.ended, Source::Learning(i)))
        .collect();
    found.extend(
        library
            .journal
            .iter()
            .enumerate()
            .filter(|(_, j)| ladder.is_none_or(|l| j.ladder == Some(l)) && matches(&j.text))
            .map(|(i, j)| (j.written, Source::Entry(i))),
    );
    found.sort_by_key(|(when, _)| std::cmp::Reverse(*when));
    found.into_iter().map(|(_, source)| source).collect()
}

/// The line to draw for a source.
fn line(library: &Library, source: Source) -> Option<Line<'_>> {
    match source {
        Source::Learning(i) => library.exposures.get(i).map(|e| Line {
            when: e.ended,
            ladder: Some(e.ladder),
            text: &e.reflection.learned,
            context: library.ladder(e.ladder).and_then(|l| l.step(e.step)).map(|s| format!("After: {}", s.situation)),
        }),
        Source::Entry(i) => {
            library.journal.get(i).map(|j| Line { when: j.written, ladder: j.ladder, text: &j.text, context: None })
        }
    }
}
