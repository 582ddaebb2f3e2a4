//! The Journal: what the person learned after each exposure, and free entries (a win outside
//! any ladder), newest first, searchable by text and filterable by ladder.

use egui::RichText;

use super::theme;
use crate::command::Command;
use crate::model::{LadderId, Library, Timestamp, limits};
use crate::t;

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
    super::screen_heading(ui, &t!("journal-title"), &t!("journal-subtitle"));
    ui.set_max_width(theme::READING_WIDTH + 80.0);

    ui.label(RichText::new(t!("journal-write-heading")).strong());
    ui.add(
        egui::TextEdit::multiline(&mut view.new_entry)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(t!("journal-new-entry-hint")),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("journal-new-entry")));
    let too_long = view.new_entry.chars().count() > limits::LONG_TEXT_CHARS;
    if too_long {
        ui.label(RichText::new(t!("journal-too-long", max = limits::LONG_TEXT_CHARS)).color(palette.warn_text));
    }
    if ui
        .add_enabled(!view.new_entry.trim().is_empty() && !too_long, egui::Button::new(t!("journal-add-entry")))
        .clicked()
    {
        commands.push(Command::AddJournalEntry { text: std::mem::take(&mut view.new_entry), ladder: view.ladder });
    }
    ui.add_space(theme::GAP_M);

    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut view.search).hint_text(t!("journal-search-hint")).desired_width(260.0))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("journal-search")));
        let all_ladders = t!("journal-all-ladders");
        let title = view.ladder.and_then(|id| library.ladder(id)).map_or(all_ladders.as_str(), |l| l.title.as_str());
        // The id does not come from the words, so an open list stays open across a change of language.
        let filter = egui::ComboBox::new("journal-ladder-filter", t!("journal-ladder-filter")); // i18n: not shown (a widget id)
        filter.selected_text(title).show_ui(ui, |ui| {
            ui.selectable_value(&mut view.ladder, None, all_ladders.as_str());
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
            t!("journal-empty")
        } else {
            t!("journal-no-match")
        };
        ui.label(RichText::new(empty).color(palette.muted_text));
        return;
    }
    if total > shown {
        ui.label(
            RichText::new(t!("journal-showing-newest", shown = shown, total = total)).small().color(palette.muted_text),
        );
    }
    for line in &lines {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let ladder = line.ladder.and_then(|id| library.ladder(id)).map(|l| l.title.as_str());
            let date =
                crate::i18n::dates::with_weekday_short(line.when.utc().with_timezone(&chrono::Local).date_naive());
            let header = match ladder {
                Some(title) => t!("journal-entry-header-ladder", date = date, ladder = title),
                None => date,
            };
            ui.label(RichText::new(header).small().color(palette.muted_text));
            if let Some(context) = &line.context {
                ui.label(RichText::new(context).small().italics().color(palette.muted_text));
            }
            ui.add(egui::Label::new(line.text).wrap());
        });
        ui.add_space(theme::GAP_S);
    }
    if total > shown && ui.button(t!("journal-show-more")).clicked() {
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
            context: library
                .ladder(e.ladder)
                .and_then(|l| l.step(e.step))
                .map(|s| t!("journal-after-step", step = s.situation.as_str())),
        }),
        Source::Entry(i) => {
            library.journal.get(i).map(|j| Line { when: j.written, ladder: j.ladder, text: &j.text, context: None })
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Arg, Lang, tr_in};

    use crate::i18n::italian as it;

    #[test]
    fn an_entry_header_names_its_date_then_its_ladder() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
        let args = |lang: Lang| {
            let day = tr_in(
                lang,
                "date-weekday-short",
                &[
                    ("weekday_short", Arg::from(tr_in(lang, "weekday-4.short", &[]))),
                    ("day", Arg::from(3_u32)),
                    ("month_short", Arg::from(tr_in(lang, "month-12.short", &[]))),
                    ("year", Arg::from("2026")),
                ],
            );
            [("date", Arg::from(day)), ("ladder", Arg::from("Calls"))]
        };
        assert_eq!(
            tr_in(Lang::english(), "journal-entry-header-ladder", &args(Lang::english())),
            "Thu 3 Dec 2026 - Calls"
        );
        assert_eq!(tr_in(it(), "journal-entry-header-ladder", &args(it())), "gio 3 dic 2026 - Calls");
        if crate::i18n::language() == Lang::english() {
            assert_eq!(crate::i18n::dates::with_weekday_short(date), "Thu 3 Dec 2026");
        }
    }

    #[test]
    fn the_journal_sentences_read_in_both_languages() {
        let max = [("max", Arg::from(crate::model::limits::LONG_TEXT_CHARS))];
        assert_eq!(tr_in(Lang::english(), "journal-too-long", &max), "Keep it under 20000 characters.");
        assert_eq!(tr_in(it(), "journal-too-long", &max), "Resta entro i 20000 caratteri.");
        let counts = [("shown", Arg::from(50_usize)), ("total", Arg::from(120_usize))];
        assert_eq!(
            tr_in(Lang::english(), "journal-showing-newest", &counts),
            "Showing the newest 50 of 120 entries; search to find older ones."
        );
        assert_eq!(
            tr_in(it(), "journal-showing-newest", &counts),
            "Ecco le 50 note più recenti su 120; cerca per trovare quelle più vecchie."
        );
        let step = [("step", Arg::from("Call a shop"))];
        assert_eq!(tr_in(it(), "journal-after-step", &step), "Dopo: Call a shop");
    }
}
