//! Exports: a progress file with only some ladders, a CSV of exposures for spreadsheets, and a
//! self-contained summary for a therapist (HTML, or the same content as Markdown).
//!
//! Pure renderers: they return the file's content and the app writes it on a worker thread.
//! No IO, no clock: "today" and the time zone come from the `now` (or `tz`) passed in; the app
//! passes `chrono::Local`. Dates in the outputs are local calendar dates in that zone.
//!
//! The reports contain the chosen ladders only (all when none are chosen): their steps,
//! exposures and the journal entries tied to them. Journal entries tied to no ladder and the
//! in-progress exposure are never exported; breathing sessions appear only as weekly counts in
//! the reports and are left out of a progress-file subset.
//!
//! Every text Stepwise writes itself comes from messages: the `export-` ones
//! (`assets/i18n/<tag>/export.ftl`) in the language in use when the export starts, passed down
//! as a `Lang` so one file has one language; those of other modules (the charts' readings, the
//! outcomes' and weekdays' names) in the language in use, which is process-wide, so the same on
//! the worker thread that writes the export. The person's own texts are kept as typed and
//! escaped for the format (HTML entities, CSV quoting, Markdown backslashes). What machines
//! read stays in machine form in every language: ISO dates, the CSV's numbers, the calendar's
//! fields and ids, file extensions.
//!
//! The rooms (everything public is re-exported here, so callers write `export::html`,
//! `export::ExportKind` and so on):
//! - `kind`: [`ExportKind`] and its texts (file names, dialog title, filter, description).
//! - `subset`: [`subset()`], the progress-file export (and where the report starts from).
//! - `csv`: [`csv()`], one row per exposure, with its RFC 4180 writer.
//! - `report`: the summary's content as a format-neutral model (headings, paragraphs, journal
//!   entries, tables), one function per section. It is the single source of the summary: the
//!   two renderers below only lay it out and escape it, so they cannot say different things.
//!   Its first page is `glance`: each ladder's three small charts (`chart`, plain data), each
//!   with the Progress screen's one-sentence reading and its data in words.
//! - `html`: [`html()`], the model as a self-contained web page with a print stylesheet; the
//!   charts drawn as inline SVG by `svg`.
//! - `markdown`: [`markdown()`], the model as text with pipe tables (a chart as its small table).
//! - `ics`: [`ics()`], the practice times as weekly calendar events with a reminder.
//!
//! The few ways of writing a value that several rooms share (dates, yes/no, the predicted
//! likelihood) are the helpers below, with `tl!`, a message in a given language.

/// A message in a given language: `tl!(lang, "id")` or `tl!(lang, "id", count = n, name = text)`,
/// as [`crate::t!`] but in `lang`, so one export is written in one language throughout.
macro_rules! tl {
    ($lang:expr, $id:expr) => {
        $crate::i18n::tr_in($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_in($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

mod chart;
mod csv;
mod glance;
mod html;
mod ics;
mod kind;
mod markdown;
mod report;
mod subset;
mod svg;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;
use crate::model::Exposure;
use crate::stats;

pub use csv::{csv, csv_header};
pub use html::html;
pub use ics::{EVENT_MINUTES, REMINDER_MINUTES, ics};
pub use kind::{ExportKind, suggested_name};
pub use markdown::markdown;
pub use report::{REPORT_WEEKS, report_title};
pub use subset::subset;

/// "2026-03-09": in the summary's text too, in every language (short, and never misread).
fn ymd(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "yes" / "no" in `lang`.
fn yes_no(lang: Lang, value: bool) -> String {
    tl!(lang, if value { "export-yes" } else { "export-no" })
}

/// The predicted likelihood ("70"), or empty when no feared outcome was written down.
fn predicted(e: &Exposure) -> String {
    if stats::has_prediction(e) { e.expectancy.likelihood.get().to_string() } else { String::new() }
}
