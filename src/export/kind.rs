//! The kinds of export and the texts that go with each: the suggested file name, the save
//! dialog's title, filter name and extension, and the confirmation's description. The app's
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

    /// The name of the save dialog's filter.
    #[must_use]
    pub fn filter_name(self) -> &'static str {
        match self {
            Self::Progress => "Stepwise progress file",
            Self::Html => "Web page (HTML)",
            Self::Csv => "Spreadsheet (CSV)",
            Self::Markdown => "Text with tables (Markdown)",
            Self::Calendar { .. } => "Calendar (iCalendar)",
        }
    }

    /// The save dialog's title.
    #[must_use]
    pub fn dialog_title(self) -> &'static str {
        match self {
            Self::Progress => "Export a progress file",
            Self::Html => "Export a summary to share",
            Self::Csv => "Export exposures as a spreadsheet",
            Self::Markdown => "Export the summary as text",
            Self::Calendar { .. } => "Add your practice times to a calendar",
        }
    }

    /// What was saved, for the confirmation ("the summary").
    #[must_use]
    pub fn description(self) -> &'static str {
        match self {
            Self::Progress => "the progress file",
            Self::Html => "the summary",
            Self::Csv => "the exposures spreadsheet",
            Self::Markdown => "the summary as text",
            Self::Calendar { .. } => "your practice times for a calendar",
        }
    }
}

/// The default file name for an export made on `today`, such as `stepwise-summary-2026-11-22.html`.
#[must_use]
pub fn suggested_name(kind: ExportKind, today: NaiveDate) -> String {
    let day = ymd(today);
    match kind {
        ExportKind::Progress => format!("stepwise-progress-{day}.stepwise.ron"),
        ExportKind::Html => format!("stepwise-summary-{day}.html"),
        ExportKind::Csv => format!("stepwise-exposures-{day}.csv"),
        ExportKind::Markdown => format!("stepwise-summary-{day}.md"),
        // No date: exporting again replaces the file, as the events in the calendar are.
        ExportKind::Calendar { .. } => "stepwise-practice-times.ics".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_and_filters() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(suggested_name(ExportKind::Progress, today), "stepwise-progress-2026-03-09.stepwise.ron");
        assert_eq!(suggested_name(ExportKind::Html, today), "stepwise-summary-2026-03-09.html");
        assert_eq!(suggested_name(ExportKind::Csv, today), "stepwise-exposures-2026-03-09.csv");
        assert_eq!(suggested_name(ExportKind::Markdown, today), "stepwise-summary-2026-03-09.md");
        let filters: Vec<_> = ExportKind::ALL.iter().map(|k| (k.filter_name(), k.extension())).collect();
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
    }
}
