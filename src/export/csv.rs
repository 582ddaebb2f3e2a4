//! The spreadsheet export: one CSV row per exposure, oldest first. It does not go through the
//! report model ([`super::report`]): a spreadsheet wants every exposure with all its fields,
//! not the summary's sections.
//!
//! [`CsvWriter`] does the quoting (RFC 4180) and guards cells a spreadsheet would run as a
//! formula.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDateTime, TimeZone, Timelike};

use super::{predicted, yes_no, ymd};
use crate::i18n::Lang;
use crate::model::{Exposure, Ladder, LadderId, Library, StepId, Timestamp};

/// The CSV header's messages, in column order.
const CSV_COLUMNS: [&str; 22] = [
    "export-csv-date",
    "export-csv-time",
    "export-csv-ladder",
    "export-csv-step-number",
    "export-csv-step",
    "export-csv-minutes",
    "export-csv-before",
    "export-csv-peak",
    "export-csv-after",
    "export-csv-predicted",
    "export-csv-feared",
    "export-csv-happened",
    "export-csv-learned",
    "export-csv-safety",
    "export-csv-difficult",
    "export-csv-away",
    "export-csv-planned-drop",
    "export-csv-dropped",
    "export-csv-place",
    "export-csv-people",
    "export-csv-different",
    "export-csv-during",
];

/// The CSV header in the language in use, in column order ("date", "time", "ladder", ...).
#[must_use]
pub fn csv_header() -> Vec<String> {
    header_in(crate::i18n::language())
}

fn header_in(lang: Lang) -> Vec<String> {
    CSV_COLUMNS.iter().map(|id| tl!(lang, id)).collect()
}

/// The exposures of the chosen ladders (`ladders` empty = all) as CSV, oldest first, with a
/// header row ([`csv_header`]); date and time are local to `tz`. The header and the words in
/// cells (yes/no, the outcome) are in the language in use.
///
/// RFC 4180: comma separated, CRLF line ends, fields holding a comma, quote, CR or LF quoted with
/// quotes doubled. A cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a
/// spreadsheet shows it as text instead of running it as a formula. `minutes` has one decimal;
/// `predicted %` is empty when no feared outcome was written down.
///
/// Machine form in every language: dates `2026-03-09`, times `18:30` and numbers with a `.`,
/// which spreadsheets parse as dates and numbers on import. A decimal comma (as Italian writes
/// it) would clash with the comma between fields and be read as text.
#[must_use]
pub fn csv<Tz: TimeZone>(library: &Library, ladders: &[LadderId], tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    csv_in(crate::i18n::language(), library, ladders, tz)
}

/// [`csv`] in `lang`.
fn csv_in<Tz: TimeZone>(lang: Lang, library: &Library, ladders: &[LadderId], tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let chosen: Option<HashSet<LadderId>> = (!ladders.is_empty()).then(|| ladders.iter().copied().collect());
    let steps = step_index(&library.ladders);
    let mut rows: Vec<&Exposure> =
        library.exposures.iter().filter(|e| chosen.as_ref().is_none_or(|c| c.contains(&e.ladder))).collect();
    rows.sort_by_key(|e| e.started);

    let mut w = CsvWriter { out: String::with_capacity(256 + rows.len() * 300), first: true };
    for name in header_in(lang) {
        w.field(&name);
    }
    w.end_row();
    for e in rows {
        let at = local_time(e.started, tz);
        let (ladder, number, situation) = match steps.get(&e.step) {
            Some(&(ladder, i)) => (ladder.title.as_str(), (i + 1).to_string(), ladder.steps[i].situation.as_str()),
            None => (library.ladder(e.ladder).map_or("", |l| l.title.as_str()), String::new(), ""),
        };
        w.field(&ymd(at.date()));
        w.field(&format!("{:02}:{:02}", at.hour(), at.minute()));
        w.field(ladder);
        w.field(&number);
        w.field(situation);
        w.field(&minutes(e));
        w.field(&e.before.to_string());
        w.field(&e.peak.to_string());
        w.field(&e.after.to_string());
        w.field(&predicted(e));
        w.field(&e.expectancy.feared_outcome);
        w.field(e.reflection.outcome.label());
        w.field(&e.reflection.learned);
        w.field(&e.reflection.safety_behaviours.join("; "));
        w.field(&yes_no(lang, e.difficult));
        w.field(&yes_no(lang, e.away_from_screen));
        w.field(&e.planned_drops.join("; "));
        w.field(&e.dropped().join("; "));
        w.field(&e.context.place);
        w.field(&e.context.people);
        w.field(&e.context.different);
        let during: Vec<String> =
            e.during.iter().map(|d| format!("{}:{:02} {}", d.secs / 60, d.secs % 60, d.rating)).collect();
        w.field(&during.join("; "));
        w.end_row();
    }
    w.out
}

/// Builds the CSV text a field at a time.
struct CsvWriter {
    out: String,
    /// No field written on this row yet (no comma before the next one).
    first: bool,
}

impl CsvWriter {
    fn field(&mut self, value: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        let guard = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let quote = value.contains([',', '"', '\r', '\n']);
        if quote {
            self.out.push('"');
        }
        if guard {
            self.out.push('\'');
        }
        if quote {
            for c in value.chars() {
                if c == '"' {
                    self.out.push('"');
                }
                self.out.push(c);
            }
            self.out.push('"');
        } else {
            self.out.push_str(value);
        }
    }

    fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.first = true;
    }
}

/// Every step of `ladders`: its ladder and 0-based position.
fn step_index(ladders: &[Ladder]) -> HashMap<StepId, (&Ladder, usize)> {
    ladders.iter().flat_map(|l| l.steps.iter().enumerate().map(move |(i, s)| (s.id, (l, i)))).collect()
}

fn local_time<Tz: TimeZone>(t: Timestamp, tz: &Tz) -> NaiveDateTime {
    t.utc().with_timezone(tz).naive_local()
}

/// The exposure's length in minutes, one decimal ("3.0"), with a `.` in every language: a
/// spreadsheet's numeric column (see [`csv`]), not text to read.
fn minutes(e: &Exposure) -> String {
    let secs = (e.ended.unix_secs() - e.started.unix_secs()).max(0);
    format!("{:.1}", secs as f64 / 60.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{parse_csv, small};
    use crate::stats::tests::zone;
    use chrono::Utc;

    #[test]
    fn csv_has_a_header_and_one_row_per_exposure_oldest_first() {
        let lib = small();
        let text = csv(&lib, &[], &Utc);
        assert!(text.starts_with("date,time,ladder,step number,step,minutes,before,peak,after,predicted %,"));
        let rows = parse_csv(&text);
        assert_eq!(rows[0], header_in(Lang::english()));
        assert_eq!(rows.len(), 1 + lib.exposures.len());
        assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
        let dates: Vec<_> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(dates, ["2026-03-03", "2026-03-04", "2026-03-05"]);
        assert_eq!(
            rows[1],
            [
                "2026-03-03",
                "10:00",
                "Speaking up",
                "1",
                "Ask a shop assistant where the milk is",
                "3.0",
                "4",
                "6",
                "1",
                "70",
                "They sigh, roll eyes",
                "Partly",
                "It was fine, \"really\"\nand short",
                "Rehearsed my lines; Held my phone",
                "no",
                "no",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        );
        assert_eq!(rows[2][2..4], ["Phone calls", "1"]);
        assert_eq!(rows[2][9], "", "no feared outcome: no prediction");
        assert_eq!((rows[3][11].as_str(), rows[3][14].as_str()), ("No", "yes"));

        let one = parse_csv(&csv(&lib, &[lib.ladders[1].id], &Utc));
        assert_eq!(one.len(), 2);
        assert_eq!(one[1][2], "Phone calls");
        assert_eq!(parse_csv(&csv(&Library::default(), &[], &Utc)).len(), 1);

        // What version 3 records: planned drops, the ones dropped, the context, the taps.
        let mut lib = small();
        // The exposure of the first row (the oldest).
        let e = &mut lib.exposures_mut()[1];
        e.planned_drops = vec!["Avoiding eye contact".into(), "Rehearsed my lines".into()];
        e.context =
            crate::model::Context { place: "The shop".into(), people: "A cashier".into(), different: "Noon".into() };
        e.during = vec![crate::model::DuringRating { secs: 75, rating: crate::model::Rating::saturating(5) }];
        let rows = parse_csv(&csv(&lib, &[], &Utc));
        assert_eq!(
            rows[1][16..],
            [
                "Avoiding eye contact; Rehearsed my lines",
                "Avoiding eye contact",
                "The shop",
                "A cashier",
                "Noon",
                "1:15 5"
            ]
        );
    }

    #[test]
    fn csv_in_italian_translates_the_header_and_words_but_not_dates_or_numbers() {
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        let mut lib = small();
        lib.exposures_mut()[0].ended = Timestamp::from_unix_secs(lib.exposures[0].started.unix_secs() + 150);
        let rows = parse_csv(&csv_in(it, &lib, &[], &Utc));
        assert_eq!(rows[0][..6], ["data", "ora", "scala", "numero del gradino", "gradino", "minuti"]);
        assert_eq!(rows[0][21], "valutazioni durante (minuti: valutazione)");
        assert_eq!(rows[0].len(), CSV_COLUMNS.len());
        // Row 3 is the difficult one (exposures[0]): yes and no in Italian; its date, time and
        // minutes in machine form.
        assert_eq!(rows[3][..2], ["2026-03-05", "10:00"]);
        assert_eq!(rows[3][5], "2.5", "a decimal point, as spreadsheets parse it");
        assert_eq!((rows[3][14].as_str(), rows[3][15].as_str()), ("sì", "no"));
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let text = csv(&small(), &[], &Utc);
        assert!(text.contains(",\"They sigh, roll eyes\","), "{text}");
        assert!(text.contains(",\"It was fine, \"\"really\"\"\nand short\","), "{text}");
        assert_eq!(text.matches("\r\n").count(), 4, "CRLF ends the 4 rows; the LF inside a field stays bare");
    }

    #[test]
    fn csv_guards_against_formulas() {
        let mut lib = small();
        let texts = ["=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "fine = ok"];
        for (e, text) in lib.exposures_mut().iter_mut().zip(texts) {
            e.expectancy.feared_outcome = text.to_owned();
        }
        lib.exposures_mut()[2].reflection.safety_behaviours = vec!["-dash".to_owned(), "x".to_owned()];
        let rows = parse_csv(&csv(&lib, &[], &Utc));
        // Rows are oldest first: day 1 (exposures[1]), day 2 (exposures[2]), day 3 (exposures[0]).
        assert_eq!(rows[3][10], "'=1+1");
        assert_eq!(rows[1][10], "'+44 20");
        assert_eq!(rows[2][10], "'-2");
        assert_eq!(rows[2][13], "'-dash; x");
        let b = parse_csv(&csv(&lib, &[], &Utc))[3][12].clone();
        assert!(b.starts_with("'=HYPERLINK(\"x\")"), "{b}");
        lib.exposures_mut()[0].expectancy.feared_outcome = "@x, y".to_owned();
        let text = csv(&lib, &[], &Utc);
        assert!(text.contains(",\"'@x, y\","), "guarded and quoted: {text}");
        assert!(parse_csv(&text)[1..].iter().all(|r| !r.iter().any(|c| c.starts_with(['=', '+', '-', '@', '\t']))));
    }

    #[test]
    fn csv_dates_and_times_are_local() {
        let mut lib = small();
        // Sunday 2026-03-08 22:30 UTC is Monday 09 March 11:30 at UTC+13 and Sunday 12:30 at UTC-10.
        let t = Timestamp::from_utc(Utc.with_ymd_and_hms(2026, 3, 8, 22, 30, 0).unwrap());
        lib.exposures_mut().truncate(1);
        lib.exposures_mut()[0].started = t;
        lib.exposures_mut()[0].ended = Timestamp::from_unix_secs(t.unix_secs() + 150);
        let east = parse_csv(&csv(&lib, &[], &zone(13)));
        assert_eq!(east[1][..2], ["2026-03-09", "11:30"]);
        assert_eq!(east[1][5], "2.5");
        let west = parse_csv(&csv(&lib, &[], &zone(-10)));
        assert_eq!(west[1][..2], ["2026-03-08", "12:30"]);
        let nepal = chrono::FixedOffset::east_opt((5 * 60 + 45) * 60).unwrap();
        let half = parse_csv(&csv(&lib, &[], &nepal));
        assert_eq!(half[1][..2], ["2026-03-09", "04:15"]);
    }
}
