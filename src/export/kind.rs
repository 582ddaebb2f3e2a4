//! The kinds of export and the texts that go with each: the suggested file name, the save
//! dialog's title, filter name and extension, and the confirmation's description, in the
//! language in use (the `export-kind-*` messages' attributes). The app's
//! export command (`crate::app::transfer`) reads them from here. (The export screen's choice
//! labels and explanations are still the `KINDS` table in `crate::ui::transfer`.)

use chrono::NaiveDate;

use super::ymd;

/// What kind of file an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportKind {
    /// A Stepwise progress file (RON) with the chosen ladders, to open in Stepwise elsewhere.
    Progress,
    /// The summary for a therapist, as one self-contained web page.
    Html,
    /// The exposures as a spreadsheet.
    Csv,
    /// The same summary as plain text with Markdown tables, for an email or a notes app.
    Markdown,
    /// The practice times as calendar events (iCalendar); `name_ladders`: the events' titles
    /// name the ladder (neutral "Practice time" otherwise).
    Calendar { name_ladders: bool },
}

impl ExportKind {
    pub const ALL: [Self; 5] =
        [Self::Progress, Self::Html, Self::Csv, Self::Markdown, Self::Calendar { name_ladders: false }];

    /// Whether the export is made of the chosen ladders (the calendar is made of the plan).
    #[must_use]
    pub fn uses_ladders(self) -> bool {
        !matches!(self, Self::Calendar { .. })
    }

    /// The file extension, without the dot (for a save dialog's filter).
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Progress => "ron",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Markdown => "md",
            Self::Calendar { .. } => "ics",
        }
    }

    /// The name of the save dialog's filter, in the language in use.
    #[must_use]
    pub fn filter_name(self) -> String {
        self.text("filter")
    }

    /// The save dialog's title, in the language in use.
    #[must_use]
    pub fn dialog_title(self) -> String {
        self.text("title")
    }

    /// What was saved, for the confirmation ("the summary"), in the language in use.
    #[must_use]
    pub fn description(self) -> String {
        self.text("saved")
    }

    /// The kind's message (its texts are the message's attributes).
    fn message(self) -> &'static str {
        match self {
            Self::Progress => "export-kind-progress",
            Self::Html => "export-kind-html",
            Self::Csv => "export-kind-csv",
            Self::Markdown => "export-kind-markdown",
            Self::Calendar { .. } => "export-kind-calendar",
        }
    }

    /// The kind's text `attribute` in the language in use.
    fn text(self, attribute: &str) -> String {
        crate::t!(&format!("{}.{attribute}", self.message()))
    }
}

/// The default file name for an export made on `today`, such as `stepwise-summary-2026-11-22.html`
/// (its words in the language in use; its date and extension the same in every language).
#[must_use]
pub fn suggested_name(kind: ExportKind, today: NaiveDate) -> String {
    let name = crate::t!(&format!("{}.file", kind.message()), date = ymd(today));
    match kind {
        ExportKind::Progress => format!("{name}.stepwise.ron"),
        // No date in the calendar's: exporting again replaces the file, as the events in the
        // calendar are.
        _ => format!("{name}.{}", kind.extension()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Arg, Lang, has_message, tr_in};

    #[test]
    fn suggested_names_and_filters() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(suggested_name(ExportKind::Progress, today), "stepwise-progress-2026-03-09.stepwise.ron");
        assert_eq!(suggested_name(ExportKind::Html, today), "stepwise-summary-2026-03-09.html");
        assert_eq!(suggested_name(ExportKind::Csv, today), "stepwise-exposures-2026-03-09.csv");
        assert_eq!(suggested_name(ExportKind::Markdown, today), "stepwise-summary-2026-03-09.md");
        let filters: Vec<_> = ExportKind::ALL.iter().map(|k| (k.filter_name(), k.extension())).collect();
        let filters: Vec<_> = filters.iter().map(|(f, e)| (f.as_str(), *e)).collect();
        assert_eq!(
            filters,
            [
                ("Stepwise progress file", "ron"),
                ("Web page (HTML)", "html"),
                ("Spreadsheet (CSV)", "csv"),
                ("Text with tables (Markdown)", "md"),
                ("Calendar (iCalendar)", "ics")
            ]
        );
        for kind in ExportKind::ALL {
            assert!(suggested_name(kind, today).ends_with(&format!(".{}", kind.extension())));
        }
        let texts: Vec<_> = ExportKind::ALL.iter().map(|k| (k.dialog_title(), k.description())).collect();
        assert_eq!(texts[1], ("Export a summary to share".to_owned(), "the summary".to_owned()));
        assert_eq!(
            texts[4],
            ("Add your practice times to a calendar".to_owned(), "your practice times for a calendar".to_owned())
        );
    }

    #[test]
    fn every_kind_has_its_texts_in_italian() {
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        for kind in ExportKind::ALL {
            for attribute in ["filter", "title", "saved", "file"] {
                let id = format!("{}.{attribute}", kind.message());
                assert!(has_message(it, &id) && has_message(Lang::english(), &id), "{id}");
            }
        }
        let file = tr_in(it, "export-kind-html.file", &[("date", Arg::from("2026-03-09"))]);
        assert_eq!(file, "stepwise-riepilogo-2026-03-09");
        assert_eq!(tr_in(it, "export-kind-csv.filter", &[]), "Foglio di calcolo (CSV)");
        assert_eq!(tr_in(it, "export-kind-calendar.file", &[]), "stepwise-orari-di-esercizio");
    }
}
