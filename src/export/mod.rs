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
//! Every text Stepwise writes itself is plain ASCII; the person's own texts are kept as typed
//! and escaped for the format (HTML entities, CSV quoting, Markdown backslashes).

mod kind;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike};

use crate::coach;
use crate::model::{Exposure, Ladder, LadderId, Library, PacerContext, StepId, Timestamp};
use crate::stats;

pub use kind::{ExportKind, suggested_name};

/// The chosen ladders (in library order) with only their exposures and the journal entries tied
/// to them; settings kept; pacer sessions and the exposure in progress dropped. Unknown ids are
/// ignored. `ladders` empty = the whole library, returned unchanged except `in_progress = None`.
#[must_use]
pub fn subset(library: &Library, ladders: &[LadderId]) -> Library {
    if ladders.is_empty() {
        return Library { in_progress: None, ..library.clone() };
    }
    let chosen: HashSet<LadderId> = ladders.iter().copied().collect();
    let kept: Vec<Ladder> = library.ladders.iter().filter(|l| chosen.contains(&l.id)).cloned().collect();
    let steps: HashSet<StepId> = kept.iter().flat_map(|l| l.steps.iter().map(|s| s.id)).collect();
    let exposures =
        library.exposures.iter().filter(|e| chosen.contains(&e.ladder) && steps.contains(&e.step)).cloned().collect();
    let journal = library.journal.iter().filter(|j| j.ladder.is_some_and(|id| chosen.contains(&id))).cloned().collect();
    Library {
        ladders: kept,
        exposures: Arc::new(exposures),
        journal: Arc::new(journal),
        pacer_sessions: Arc::default(),
        settings: library.settings.clone(),
        in_progress: None,
    }
}

/// The CSV header, in column order.
pub const CSV_HEADER: [&str; 16] = [
    "date",
    "time",
    "ladder",
    "step number",
    "step",
    "minutes",
    "before",
    "peak",
    "after",
    "predicted %",
    "feared outcome",
    "happened",
    "learned",
    "safety behaviours",
    "difficult",
    "away from screen",
];

/// The exposures of the chosen ladders (`ladders` empty = all) as CSV, oldest first, with a
/// header row ([`CSV_HEADER`]); date and time are local to `tz`.
///
/// RFC 4180: comma separated, CRLF line ends, fields holding a comma, quote, CR or LF quoted with
/// quotes doubled. A cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a
/// spreadsheet shows it as text instead of running it as a formula. `minutes` has one decimal;
/// `predicted %` is empty when no feared outcome was written down.
#[must_use]
pub fn csv<Tz: TimeZone>(library: &Library, ladders: &[LadderId], tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let chosen: Option<HashSet<LadderId>> = (!ladders.is_empty()).then(|| ladders.iter().copied().collect());
    let steps = step_index(&library.ladders);
    let mut rows: Vec<&Exposure> =
        library.exposures.iter().filter(|e| chosen.as_ref().is_none_or(|c| c.contains(&e.ladder))).collect();
    rows.sort_by_key(|e| e.started);

    let mut w = CsvWriter { out: String::with_capacity(256 + rows.len() * 300), first: true };
    for name in CSV_HEADER {
        w.field(name);
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
        w.field(yes_no(e.difficult));
        w.field(yes_no(e.away_from_screen));
        w.end_row();
    }
    w.out
}

/// A self-contained summary for a therapist, as one HTML file: inline CSS only, no scripts, no
/// external resources, every text escaped. The chosen ladders (`ladders` empty = all), dated in
/// `now`'s time zone; see the module docs for what is included.
#[must_use]
pub fn html<Tz: TimeZone>(library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> String {
    render_html(&report(library, ladders, now))
}

/// The same summary as [`html`], as Markdown (pipe tables, text escaped).
#[must_use]
pub fn markdown<Tz: TimeZone>(library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> String {
    render_markdown(&report(library, ladders, now))
}

/// The report's title.
pub const REPORT_TITLE: &str = "Stepwise practice summary";
/// How many weeks with activity the weekly tables show (the most recent ones).
pub const REPORT_WEEKS: usize = 26;

// ---------------------------------------------------------------------------------------------
// The report, as format-neutral blocks.

/// One piece of the report.
#[derive(Debug)]
enum Block {
    Heading(u8, String),
    Para(String),
    /// The person's own text (a journal entry) under a date line; line breaks kept.
    Entry {
        date: String,
        text: String,
    },
    Table(Table),
}

#[derive(Debug)]
struct Table {
    head: Vec<String>,
    /// Right-aligned (numeric) columns.
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns as `(heading, numeric)`.
    fn new(columns: &[(&str, bool)]) -> Self {
        Self {
            head: columns.iter().map(|(h, _)| (*h).to_owned()).collect(),
            right: columns.iter().map(|(_, r)| *r).collect(),
            rows: Vec::new(),
        }
    }
}

fn report<Tz: TimeZone>(library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> Vec<Block> {
    let zone = now.timezone();
    let mut scope = subset(library, ladders);
    // Breathing sessions belong to no ladder: the reports show them as weekly counts.
    scope.pacer_sessions = Arc::clone(&library.pacer_sessions);
    let n = coach::streak_needed(&scope);
    let mastered = coach::mastered_steps(&scope, n);
    let goal = scope.settings.weekly_goal;

    let mut by_ladder: HashMap<LadderId, Vec<&Exposure>> = HashMap::new();
    let mut per_step: HashMap<StepId, usize> = HashMap::new();
    for e in scope.exposures.iter() {
        by_ladder.entry(e.ladder).or_default().push(e);
        *per_step.entry(e.step).or_default() += 1;
    }
    for list in by_ladder.values_mut() {
        list.sort_by_key(|e| e.started); // stable: ties keep the recorded order
    }
    let all_weeks = stats::weekly(&scope, None, now);
    let all_by_week: HashMap<NaiveDate, u32> = all_weeks.iter().map(|w| (w.week_start, w.exposures)).collect();

    let mut blocks = vec![
        Block::Heading(1, REPORT_TITLE.to_owned()),
        Block::Para(format!("Prepared {} by Stepwise.", ymd(now.date_naive()))),
        Block::Heading(2, "How to read this summary".to_owned()),
        Block::Para(
            "Anxiety is rated from 0 (calm) to 10 (panic). Each exposure has three ratings: before (just before \
             starting), peak (the highest during it) and after (right after it)."
                .to_owned(),
        ),
        Block::Para(format!(
            "Each ladder breaks one fear into small steps, easiest first. A step counts as mastered when its \
             after-rating was below {} on the last {n} tries in a row; one higher after-rating starts the count \
             again.",
            coach::MASTERY_BELOW
        )),
        Block::Para(
            "Before an exposure the person may write down what they fear will happen and how likely it feels \
             (predicted %). Afterwards they record whether it happened: Yes, Partly or No. The gap between the \
             two is what the practice teaches."
                .to_owned(),
        ),
        Block::Para(format!(
            "Weeks run from Monday to Sunday, local time. The weekly goal is {goal} exposures. Stepwise is a \
             self-help practice tool, not a treatment."
        )),
    ];

    let mut overview = Table::new(&[
        ("Ladder", false),
        ("Steps", true),
        ("Mastered", true),
        ("Exposures", true),
        ("First exposure", false),
        ("Last exposure", false),
    ]);
    for ladder in &scope.ladders {
        let list = by_ladder.get(&ladder.id).map_or(&[][..], Vec::as_slice);
        let day =
            |e: Option<&&Exposure>| e.map_or_else(|| "-".to_owned(), |e| ymd(stats::local_date(e.started, &zone)));
        overview.rows.push(vec![
            ladder_name(ladder),
            ladder.steps.len().to_string(),
            ladder.steps.iter().filter(|s| mastered.contains(&s.id)).count().to_string(),
            list.len().to_string(),
            day(list.first()),
            day(list.last()),
        ]);
    }
    blocks.push(Block::Heading(2, "Ladders in this summary".to_owned()));
    if scope.ladders.is_empty() {
        blocks.push(Block::Para("No ladders were chosen.".to_owned()));
    } else {
        blocks.push(Block::Table(overview));
    }

    let context = Context { library: &scope, now, zone: &zone, mastered: &mastered, all_by_week: &all_by_week };
    for ladder in &scope.ladders {
        let list = by_ladder.get(&ladder.id).map_or(&[][..], Vec::as_slice);
        ladder_blocks(&mut blocks, &context, ladder, list, &per_step);
    }
    overall_blocks(&mut blocks, &scope, &all_weeks, &zone);
    blocks
}

/// What every ladder section needs.
struct Context<'a, Tz: TimeZone> {
    library: &'a Library,
    now: &'a DateTime<Tz>,
    zone: &'a Tz,
    mastered: &'a std::collections::BTreeSet<StepId>,
    /// Exposures of all reported ladders per week.
    all_by_week: &'a HashMap<NaiveDate, u32>,
}

fn ladder_blocks<Tz: TimeZone>(
    blocks: &mut Vec<Block>,
    cx: &Context<'_, Tz>,
    ladder: &Ladder,
    exposures: &[&Exposure],
    per_step: &HashMap<StepId, usize>,
) {
    let zone = cx.zone;
    let day = |t: Timestamp| ymd(stats::local_date(t, zone));
    let done = ladder.steps.iter().filter(|s| cx.mastered.contains(&s.id)).count();
    blocks.push(Block::Heading(2, format!("Ladder: {}", ladder_name(ladder))));
    blocks.push(Block::Para(format!("Fear: {}", ladder.fear)));
    blocks.push(Block::Para(format!(
        "Started {}. {done} of {} steps mastered. {} {} recorded.",
        day(ladder.created),
        ladder.steps.len(),
        exposures.len(),
        if exposures.len() == 1 { "exposure" } else { "exposures" }
    )));

    blocks.push(Block::Heading(3, "Steps".to_owned()));
    let mut steps = Table::new(&[
        ("Step", true),
        ("Situation", false),
        ("Current estimate", true),
        ("Earlier estimates", false),
        ("Mastered", false),
        ("Exposures", true),
    ]);
    for (i, step) in ladder.steps.iter().enumerate() {
        let earlier = step
            .estimate_history
            .iter()
            .map(|r| format!("{} (until {})", r.estimate, day(r.replaced)))
            .collect::<Vec<_>>()
            .join(", ");
        steps.rows.push(vec![
            (i + 1).to_string(),
            step.situation.clone(),
            step.estimate.to_string(),
            if earlier.is_empty() { "-".to_owned() } else { earlier },
            yes_no(cx.mastered.contains(&step.id)).to_owned(),
            per_step.get(&step.id).copied().unwrap_or(0).to_string(),
        ]);
    }
    if ladder.steps.is_empty() {
        blocks.push(Block::Para("This ladder has no steps yet.".to_owned()));
    } else {
        blocks.push(Block::Table(steps));
    }

    blocks.push(Block::Heading(3, "Exposures".to_owned()));
    if exposures.is_empty() {
        blocks.push(Block::Para("No exposures recorded yet.".to_owned()));
    } else {
        let position: HashMap<StepId, usize> = ladder.steps.iter().enumerate().map(|(i, s)| (s.id, i + 1)).collect();
        let mut table = Table::new(&[
            ("Date", false),
            ("Step", true),
            ("Before", true),
            ("Peak", true),
            ("After", true),
            ("Predicted %", true),
            ("Happened", false),
            ("Learned", false),
        ]);
        table.rows.reserve(exposures.len());
        for e in exposures {
            table.rows.push(vec![
                day(e.started),
                position.get(&e.step).map_or_else(|| "-".to_owned(), ToString::to_string),
                e.before.to_string(),
                e.peak.to_string(),
                e.after.to_string(),
                Some(predicted(e)).filter(|p| !p.is_empty()).unwrap_or_else(|| "-".to_owned()),
                e.reflection.outcome.label().to_owned(),
                e.reflection.learned.clone(),
            ]);
        }
        blocks.push(Block::Table(table));
    }

    blocks.push(Block::Heading(3, "Predictions and outcomes".to_owned()));
    match stats::expectancy_summary(&stats::expectancy(cx.library, Some(ladder.id))) {
        None => blocks.push(Block::Para("No predictions recorded on this ladder yet.".to_owned())),
        Some(s) => {
            blocks.push(Block::Para(format!(
                "On average the feared outcome felt {:.1}% likely; it happened {:.1}% of the time (partly counts \
                 as half). The gap is {:+.1} percentage points (positive: the fear expected more than happened).",
                s.mean_predicted, s.happened_pct, s.gap
            )));
            let mut table = Table::new(&[
                ("Predictions", true),
                ("Mean predicted", true),
                ("Happened", true),
                ("Gap (points)", true),
            ]);
            table.rows.push(vec![
                s.count.to_string(),
                format!("{:.1}%", s.mean_predicted),
                format!("{:.1}%", s.happened_pct),
                format!("{:+.1}", s.gap),
            ]);
            blocks.push(Block::Table(table));
        }
    }

    blocks.push(Block::Heading(3, "Exposures per week".to_owned()));
    let weeks = stats::weekly(cx.library, Some(ladder.id), cx.now);
    let active: Vec<_> = weeks.iter().filter(|w| w.exposures > 0).collect();
    if active.is_empty() {
        blocks.push(Block::Para("No exposures recorded on this ladder yet.".to_owned()));
    } else {
        blocks.push(Block::Para(format!(
            "The last {} weeks with exposures on this ladder; the weekly goal counts all ladders.",
            active.len().min(REPORT_WEEKS)
        )));
        let mut table = Table::new(&[
            ("Week of (Monday)", false),
            ("This ladder", true),
            ("All ladders here", true),
            ("Weekly goal", true),
        ]);
        let goal = cx.library.settings.weekly_goal.to_string();
        for w in &active[active.len().saturating_sub(REPORT_WEEKS)..] {
            table.rows.push(vec![
                ymd(w.week_start),
                w.exposures.to_string(),
                cx.all_by_week.get(&w.week_start).copied().unwrap_or(0).to_string(),
                goal.clone(),
            ]);
        }
        blocks.push(Block::Table(table));
    }

    blocks.push(Block::Heading(3, "Mastered steps over time".to_owned()));
    let mut per_day: Vec<(NaiveDate, usize)> = Vec::new();
    for (t, count) in stats::mastered_over_time(cx.library, ladder) {
        let d = stats::local_date(t, zone);
        match per_day.last_mut() {
            Some(last) if last.0 == d => last.1 = count,
            _ => per_day.push((d, count)),
        }
    }
    per_day.dedup_by(|later, earlier| later.1 == earlier.1);
    if per_day.len() <= 1 {
        blocks.push(Block::Para("No step has been mastered yet.".to_owned()));
    } else {
        blocks.push(Block::Para(
            "Each day the number changed, with the count at the end of that day. A step can be lost again when \
             a later after-rating is higher."
                .to_owned(),
        ));
        let heading = format!("Mastered (of {})", ladder.steps.len());
        let mut table = Table::new(&[("Date", false), (heading.as_str(), true)]);
        table.rows = per_day.iter().map(|(d, c)| vec![ymd(*d), c.to_string()]).collect();
        blocks.push(Block::Table(table));
    }

    blocks.push(Block::Heading(3, "Journal".to_owned()));
    let mut entries: Vec<_> = cx.library.journal.iter().filter(|j| j.ladder == Some(ladder.id)).collect();
    entries.sort_by_key(|j| j.written);
    if entries.is_empty() {
        blocks.push(Block::Para("No journal entries for this ladder.".to_owned()));
    }
    for entry in entries {
        blocks.push(Block::Entry { date: day(entry.written), text: entry.text.clone() });
    }
}

fn overall_blocks<Tz: TimeZone>(blocks: &mut Vec<Block>, scope: &Library, weeks: &[stats::WeekCount], zone: &Tz) {
    blocks.push(Block::Heading(2, "All ladders in this summary".to_owned()));
    let mut on_own: HashMap<NaiveDate, u32> = HashMap::new();
    let (mut own_total, mut around_total) = (0_usize, 0_usize);
    for s in scope.pacer_sessions.iter() {
        if s.context == PacerContext::OnItsOwn {
            own_total += 1;
            *on_own.entry(stats::week_start(stats::local_date(s.started, zone))).or_default() += 1;
        } else {
            around_total += 1;
        }
    }
    blocks.push(Block::Para(format!(
        "{} exposures in all. Breathing pacer: {} sessions, {own_total} on their own and {around_total} just before \
         an exposure or at the safety check (breathing used to get through exposures can turn into a safety \
         behaviour, so the two are counted apart).",
        scope.exposures.len(),
        own_total + around_total,
    )));
    let active: Vec<_> = weeks.iter().filter(|w| w.exposures > 0 || w.pacer_sessions > 0).collect();
    if active.is_empty() {
        blocks.push(Block::Para("No practice recorded yet.".to_owned()));
        return;
    }
    blocks.push(Block::Heading(3, "Practice per week".to_owned()));
    blocks.push(Block::Para(format!("The last {} weeks with any practice.", active.len().min(REPORT_WEEKS))));
    let mut table = Table::new(&[
        ("Week of (Monday)", false),
        ("Exposures", true),
        ("Weekly goal", true),
        ("Goal met", false),
        ("Breathing sessions", true),
        ("On their own", true),
        ("Around exposures", true),
    ]);
    let goal = scope.settings.weekly_goal;
    for w in &active[active.len().saturating_sub(REPORT_WEEKS)..] {
        let own = on_own.get(&w.week_start).copied().unwrap_or(0);
        table.rows.push(vec![
            ymd(w.week_start),
            w.exposures.to_string(),
            goal.to_string(),
            yes_no(w.exposures >= u32::from(goal)).to_owned(),
            w.pacer_sessions.to_string(),
            own.to_string(),
            w.pacer_sessions.saturating_sub(own).to_string(),
        ]);
    }
    blocks.push(Block::Table(table));
}

// ---------------------------------------------------------------------------------------------
// Renderers.

const CSS: &str = "\
body { font-family: system-ui, \"Segoe UI\", Roboto, Arial, sans-serif; color: #222; background: #fff; \
max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; }
h2 { margin-top: 2.5rem; padding-bottom: 0.2rem; border-bottom: 1px solid #bbb; }
h3 { margin-top: 1.5rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; \
white-space: pre-wrap; }
th { background: #f2f2f2; }
th.n, td.n { text-align: right; }
.entry { margin: 0.75rem 0; }
.entry .date { margin: 0; font-weight: bold; }
.entry .text { margin: 0.2rem 0 0; white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; } thead { display: table-header-group; } \
tr { break-inside: avoid; } }
";

fn render_html(blocks: &[Block]) -> String {
    let rows: usize = blocks.iter().map(|b| if let Block::Table(t) = b { t.rows.len() } else { 1 }).sum();
    let mut out = String::with_capacity(4096 + rows * 320);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_html(&mut out, REPORT_TITLE);
    out.push_str("</title>\n<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                let _ = write!(out, "<h{level}>");
                escape_html(&mut out, text);
                let _ = writeln!(out, "</h{level}>");
            }
            Block::Para(text) => {
                out.push_str("<p>");
                escape_html(&mut out, text);
                out.push_str("</p>\n");
            }
            Block::Entry { date, text } => {
                out.push_str("<div class=\"entry\"><p class=\"date\">");
                escape_html(&mut out, date);
                out.push_str("</p><p class=\"text\">");
                escape_html(&mut out, text);
                out.push_str("</p></div>\n");
            }
            Block::Table(table) => {
                let class = |i: usize| if table.right.get(i).copied().unwrap_or(false) { " class=\"n\"" } else { "" };
                out.push_str("<table>\n<thead><tr>");
                for (i, head) in table.head.iter().enumerate() {
                    let _ = write!(out, "<th{}>", class(i));
                    escape_html(&mut out, head);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in &table.rows {
                    out.push_str("<tr>");
                    for (i, cell) in row.iter().enumerate() {
                        let _ = write!(out, "<td{}>", class(i));
                        escape_html(&mut out, cell);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn render_markdown(blocks: &[Block]) -> String {
    let rows: usize = blocks.iter().map(|b| if let Block::Table(t) = b { t.rows.len() } else { 1 }).sum();
    let mut out = String::with_capacity(1024 + rows * 240);
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                escape_markdown(&mut out, &one_line(text));
                out.push_str("\n\n");
            }
            Block::Para(text) => {
                escape_markdown_lines(&mut out, text);
                out.push_str("\n\n");
            }
            Block::Entry { date, text } => {
                out.push_str("**");
                escape_markdown(&mut out, date);
                out.push_str("**  \n");
                escape_markdown_lines(&mut out, text);
                out.push_str("\n\n");
            }
            Block::Table(table) => {
                let row = |out: &mut String, cells: &[String]| {
                    out.push('|');
                    for cell in cells {
                        out.push(' ');
                        escape_markdown(out, &one_line(cell));
                        out.push_str(" |");
                    }
                    out.push('\n');
                };
                row(&mut out, &table.head);
                out.push('|');
                for right in &table.right {
                    out.push_str(if *right { " ---: |" } else { " --- |" });
                }
                out.push('\n');
                for cells in &table.rows {
                    row(&mut out, cells);
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Appends `text` with `& < > " '` as entities; control characters other than tab and line
/// breaks become spaces.
fn escape_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Line breaks (CRLF, CR or LF) as single spaces, for table cells and headings.
fn one_line(text: &str) -> String {
    if text.contains(['\n', '\r']) { text.replace("\r\n", " ").replace(['\r', '\n'], " ") } else { text.to_owned() }
}

/// Appends one line of text with Markdown's inline punctuation backslash-escaped, so the
/// person's text shows as typed (no emphasis, links, HTML or table cells).
fn escape_markdown(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Appends a paragraph of possibly several lines: each line trimmed at the start, escaped, with
/// what would start a heading, list, quote or rule at the line start escaped too; lines joined
/// with hard line breaks.
fn escape_markdown_lines(out: &mut String, text: &str) {
    let lines: Vec<&str> = text.lines().map(str::trim_start).filter(|l| !l.is_empty()).collect();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            out.push_str("  \n");
        }
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &line[digits..];
        if line.starts_with(['#', '-', '+', '=']) {
            out.push('\\');
            escape_markdown(out, line);
        } else if digits > 0 && rest.starts_with(['.', ')']) {
            out.push_str(&line[..digits]);
            out.push('\\');
            escape_markdown(out, rest);
        } else {
            escape_markdown(out, line);
        }
    }
}

struct CsvWriter {
    out: String,
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

// ---------------------------------------------------------------------------------------------
// Small helpers.

/// Every step of `ladders`: its ladder and 0-based position.
fn step_index(ladders: &[Ladder]) -> HashMap<StepId, (&Ladder, usize)> {
    ladders.iter().flat_map(|l| l.steps.iter().enumerate().map(move |(i, s)| (s.id, (l, i)))).collect()
}

fn local_time<Tz: TimeZone>(t: Timestamp, tz: &Tz) -> NaiveDateTime {
    t.utc().with_timezone(tz).naive_local()
}

/// "2026-03-09".
fn ymd(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

fn ladder_name(ladder: &Ladder) -> String {
    if ladder.archived { format!("{} (archived)", ladder.title) } else { ladder.title.clone() }
}

/// The exposure's length in minutes, one decimal ("3.0").
fn minutes(e: &Exposure) -> String {
    let secs = (e.ended.unix_secs() - e.started.unix_secs()).max(0);
    format!("{:.1}", secs as f64 / 60.0)
}

/// The predicted likelihood ("70"), or empty when no feared outcome was written down.
fn predicted(e: &Exposure) -> String {
    if stats::has_prediction(e) { e.expectancy.likelihood.get().to_string() } else { String::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Expectancy, JournalEntry, Likelihood, Outcome, Reflection};
    use crate::stats::tests::{day, exposure, ladder_with, local, zone};
    use crate::store::validate::validate;
    use chrono::Utc;

    fn heavy() -> Library {
        crate::sample::heavy_library(3, 6, 1_200, Timestamp::from_unix_secs(1_795_000_000))
    }

    /// A small library: two ladders, three exposures with texts that need escaping.
    fn small() -> Library {
        let mut lib = Library { ladders: vec![ladder_with(&[2, 4]), ladder_with(&[3])], ..Library::default() };
        lib.ladders[0].title = "Speaking up".to_owned();
        lib.ladders[1].title = "Phone calls".to_owned();
        lib.ladders[0].steps[0].situation = "Ask a shop assistant where the milk is".to_owned();
        let mut a = exposure(&lib.ladders[0], 0, day(1), [4, 6, 1]);
        a.expectancy =
            Expectancy { feared_outcome: "They sigh, roll eyes".to_owned(), likelihood: Likelihood::new(70).unwrap() };
        a.reflection = Reflection {
            outcome: Outcome::Partly,
            learned: "It was fine, \"really\"\nand short".to_owned(),
            safety_behaviours: vec!["Rehearsed my lines".to_owned(), "Held my phone".to_owned()],
        };
        let mut b = exposure(&lib.ladders[0], 1, day(3), [5, 5, 2]);
        b.reflection.learned = "=HYPERLINK(\"x\") <script>alert(1)</script> a|b".to_owned();
        b.difficult = true;
        let c = exposure(&lib.ladders[1], 0, day(2), [3, 3, 0]);
        lib.exposures_mut().extend([b, a, c]);
        let first = lib.ladders[0].id;
        lib.journal_mut().push(JournalEntry {
            id: crate::model::EntryId(1),
            written: day(2),
            text: "Told my sister <b>about</b> it.".to_owned(),
            ladder: Some(first),
        });
        lib.journal_mut().push(JournalEntry {
            id: crate::model::EntryId(2),
            written: day(2),
            text: "A private note on no ladder".to_owned(),
            ladder: None,
        });
        lib
    }

    /// A strict RFC 4180 reader for the tests: rows of fields.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let (mut row, mut field) = (Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            if quoted {
                match (c, chars.peek()) {
                    ('"', Some('"')) => {
                        field.push('"');
                        chars.next();
                    }
                    ('"', _) => quoted = false,
                    _ => field.push(c),
                }
            } else {
                match c {
                    '"' => {
                        assert!(field.is_empty(), "a quote inside an unquoted field");
                        quoted = true;
                    }
                    ',' => row.push(std::mem::take(&mut field)),
                    '\r' => {
                        assert_eq!(chars.next(), Some('\n'), "CR without LF");
                        row.push(std::mem::take(&mut field));
                        rows.push(std::mem::take(&mut row));
                    }
                    '\n' => panic!("bare LF outside quotes"),
                    _ => field.push(c),
                }
            }
        }
        assert!(!quoted && field.is_empty() && row.is_empty(), "the text ends with CRLF");
        rows
    }

    #[test]
    fn subset_keeps_exactly_the_chosen_ladders_and_validates() {
        let mut lib = heavy();
        lib.in_progress = None;
        let chosen = [lib.ladders[4].id, lib.ladders[1].id, LadderId(12_345)];
        let part = subset(&lib, &chosen);
        assert_eq!(part.ladders.iter().map(|l| l.id).collect::<Vec<_>>(), [lib.ladders[1].id, lib.ladders[4].id]);
        assert_eq!(part.ladders[0], lib.ladders[1]);
        let expected: Vec<_> =
            lib.exposures.iter().filter(|e| e.ladder == chosen[0] || e.ladder == chosen[1]).cloned().collect();
        assert!(!expected.is_empty());
        assert_eq!(*part.exposures, expected, "all of theirs, in recorded order, and nothing else");
        let journal: Vec<_> = lib.journal.iter().filter(|j| j.ladder.is_some_and(|l| chosen.contains(&l))).collect();
        assert_eq!(part.journal.iter().collect::<Vec<_>>(), journal);
        assert!(part.pacer_sessions.is_empty());
        assert_eq!(part.settings, lib.settings);
        assert_eq!(validate(&part), Ok(()));
        assert!(subset(&lib, &[LadderId(9)]).ladders.is_empty());
    }

    #[test]
    fn subset_of_all_is_the_library_without_the_exposure_in_progress() {
        let mut lib = small();
        assert_eq!(subset(&lib, &[]), lib);
        let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
        lib.in_progress = Some(crate::model::ExposureDraft::new(ladder, step, 180, None, false));
        let all = subset(&lib, &[]);
        assert_eq!(all.in_progress, None);
        assert_eq!(Library { in_progress: lib.in_progress.clone(), ..all }, lib);
        let every: Vec<_> = lib.ladders.iter().map(|l| l.id).collect();
        let listed = subset(&lib, &every);
        assert_eq!(listed.exposures, lib.exposures);
        assert_eq!(listed.journal.len(), 1, "the entry tied to no ladder is left out");
    }

    #[test]
    fn csv_has_a_header_and_one_row_per_exposure_oldest_first() {
        let lib = small();
        let text = csv(&lib, &[], &Utc);
        assert!(text.starts_with("date,time,ladder,step number,step,minutes,before,peak,after,predicted %,"));
        let rows = parse_csv(&text);
        assert_eq!(rows[0], CSV_HEADER);
        assert_eq!(rows.len(), 1 + lib.exposures.len());
        assert!(rows.iter().all(|r| r.len() == CSV_HEADER.len()));
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
            ]
        );
        assert_eq!(rows[2][2..4], ["Phone calls", "1"]);
        assert_eq!(rows[2][9], "", "no feared outcome: no prediction");
        assert_eq!((rows[3][11].as_str(), rows[3][14].as_str()), ("No", "yes"));

        let one = parse_csv(&csv(&lib, &[lib.ladders[1].id], &Utc));
        assert_eq!(one.len(), 2);
        assert_eq!(one[1][2], "Phone calls");
        assert_eq!(parse_csv(&csv(&Library::default(), &[], &Utc)).len(), 1);
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

    /// Checks that every element is closed in order (all text is escaped, so every `<` opens a tag).
    fn assert_nested(html: &str) {
        let mut open: Vec<&str> = Vec::new();
        for piece in html.split('<').skip(1) {
            let tag = &piece[..piece.find('>').expect("a tag ends")];
            if tag.starts_with('!') || tag.starts_with("meta ") {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open.pop(), Some(name), "closing {name}");
            } else {
                open.push(tag.split(' ').next().unwrap());
            }
        }
        assert!(open.is_empty(), "left open: {open:?}");
    }

    fn table_count(html: &str) -> (usize, usize) {
        (html.matches("<table>").count(), html.matches("</table>").count())
    }

    #[test]
    fn html_contains_the_steps_ratings_and_learnings() {
        let lib = small();
        let now = local(1, 2026, 3, 20, 9, 0);
        let page = html(&lib, &[], &now);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.contains("<h1>Stepwise practice summary</h1>"));
        assert!(page.contains("Prepared 2026-03-20 by Stepwise."));
        assert!(page.contains("below 2 on the last 3 tries in a row"));
        assert!(page.contains("<h2>Ladder: Speaking up</h2>"));
        assert!(page.contains("<p>Fear: I fear being judged when I speak</p>"));
        assert!(page.contains("<td>Ask a shop assistant where the milk is</td>"));
        assert!(page.contains("<td class=\"n\">2</td><td>situation 2</td><td class=\"n\">4</td><td>-</td><td>no</td>"));
        assert!(
            page.contains(
                "<tr><td>2026-03-03</td><td class=\"n\">1</td><td class=\"n\">4</td><td class=\"n\">6</td>\
                 <td class=\"n\">1</td><td class=\"n\">70</td><td>Partly</td><td>It was fine, &quot;really&quot;\n\
                 and short</td></tr>"
            ),
            "{page}"
        );
        assert!(page.contains(
            "<td class=\"n\">1</td><td class=\"n\">70.0%</td><td class=\"n\">50.0%</td><td class=\"n\">+20.0</td>"
        ));
        assert!(page.contains("Told my sister &lt;b&gt;about&lt;/b&gt; it."));
        assert!(!page.contains("A private note"), "entries tied to no ladder stay private");
        assert!(page.contains("<h2>Ladder: Phone calls</h2>"));
        // Week of 2 March: 3 exposures in all, 2 on the first ladder; goal 10.
        assert!(page.contains(
            "<tr><td>2026-03-02</td><td class=\"n\">2</td><td class=\"n\">3</td><td class=\"n\">10</td></tr>"
        ));
        assert!(page.ends_with("</body>\n</html>\n"), "the page is complete");
        let (open, close) = table_count(&page);
        assert_eq!(open, close);
        assert!(open >= 8);

        let only = html(&lib, &[lib.ladders[1].id], &now);
        assert!(!only.contains("Speaking up") && only.contains("Phone calls"));
        assert!(!only.contains("Told my sister"));
    }

    #[test]
    fn html_escapes_text_and_has_no_scripts_or_outside_resources() {
        let mut lib = small();
        lib.ladders[0].title = "<script>x</script> & \"Q\"".to_owned();
        let page = html(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;Q&quot;"));
        let lower = page.to_ascii_lowercase();
        for banned in ["<script", "http", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", " onerror="] {
            assert!(!lower.contains(banned), "{banned} in the page");
        }
        assert!(page.is_ascii(), "Stepwise's own text and these test texts are ASCII");
        let (open, close) = table_count(&page);
        assert_eq!(open, close);
        assert_eq!(page.matches("<tr>").count(), page.matches("</tr>").count());
        assert_eq!(page.matches("<td").count(), page.matches("</td>").count());
        assert_nested(&page);
    }

    #[test]
    fn html_of_an_empty_library_is_still_a_page() {
        let page = html(&Library::default(), &[], &local(0, 2026, 3, 20, 9, 0));
        assert!(page.contains("No ladders were chosen.") && page.contains("No practice recorded yet."));
        assert!(page.ends_with("</html>\n"));
    }

    #[test]
    fn markdown_has_the_same_content_with_escaped_pipes() {
        let lib = small();
        let md = markdown(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
        assert!(md.starts_with("# Stepwise practice summary\n\nPrepared 2026-03-20 by Stepwise.\n"));
        assert!(md.contains("## Ladder: Speaking up\n"));
        assert!(
            md.contains("| Date | Step | Before | Peak | After | Predicted % | Happened | Learned |\n| --- | ---: |")
        );
        assert!(md.contains("| 2026-03-03 | 1 | 4 | 6 | 1 | 70 | Partly | It was fine, \"really\" and short |"));
        assert!(md.contains("\\<script\\>alert(1)\\</script\\> a\\|b |"), "{md}");
        assert!(md.contains("Told my sister \\<b\\>about\\</b\\> it."));
        // Every row of a table has as many unescaped pipes as its header.
        let mut expected = None;
        for line in md.lines() {
            if line.starts_with('|') {
                let pipes = line.replace("\\|", "").matches('|').count();
                assert_eq!(pipes, *expected.get_or_insert(pipes), "{line}");
            } else {
                expected = None;
            }
        }
        let mut lines = String::new();
        escape_markdown_lines(&mut lines, "# not a heading\n- not a list\n12. not a list\n  indented");
        assert_eq!(lines, "\\# not a heading  \n\\- not a list  \n12\\. not a list  \nindented");
    }

    #[test]
    fn mastered_over_time_table_is_per_day() {
        let mut lib = Library { ladders: vec![ladder_with(&[2])], ..Library::default() };
        lib.settings.mastery_streak = 2;
        for (d, after) in [(1, 1), (2, 0), (3, 5), (3, 1), (4, 1)] {
            let e = exposure(&lib.ladders[0], 0, day(d), [3, 3, after]);
            lib.exposures_mut().push(e);
        }
        // Mastered on day 2, lost and not regained on day 3 (5 then 1), back on day 4.
        let page = html(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
        let table_start = page.find("<th class=\"n\">Mastered (of 1)</th>").unwrap();
        let table = &page[table_start..page[table_start..].find("</table>").unwrap() + table_start];
        let rows: Vec<_> = table.matches("<tr>").collect();
        assert_eq!(rows.len(), 4, "created, day 2 (1), day 3 (0), day 4 (1): {table}");
        assert!(table.contains("<td>2026-03-05</td><td class=\"n\">0</td>"));
    }

    #[test]
    fn heavy_library_exports_render() {
        let lib = crate::sample::heavy_library(1, 20, 11_000, Timestamp::from_unix_secs(1_795_000_000));
        let now = local(2, 2026, 11, 20, 12, 0);
        let page = html(&lib, &[], &now);
        let (open, close) = table_count(&page);
        assert_eq!(open, close);
        assert_nested(&page);
        assert_eq!(page.matches("<h2>Ladder: ").count(), 20);
        assert!(page.matches("<tr>").count() > 11_000);
        assert!(!page.contains("<script") && !page.contains("http"));
        let rows = parse_csv(&csv(&lib, &[], &zone(2)));
        assert_eq!(rows.len(), 11_001);
        assert!(markdown(&lib, &[], &now).lines().count() > 11_000);
    }

    /// `cargo test --release --lib export::tests::timing -- --ignored --nocapture`
    #[test]
    #[ignore = "timing; run in release"]
    fn timing() {
        let lib = crate::sample::heavy_library(1, 20, 11_000, Timestamp::from_unix_secs(1_795_000_000));
        let now = local(2, 2026, 11, 20, 12, 0);
        let time = |name: &str, f: &dyn Fn() -> usize| {
            let mut best = f64::MAX;
            let mut size = 0;
            for _ in 0..5 {
                let start = crate::clock::Stopwatch::start();
                size = f();
                best = best.min(start.elapsed_secs() * 1000.0);
            }
            println!("{name}: best of 5 {best:.2} ms, {size}");
        };
        time("html (bytes)", &|| html(&lib, &[], &now).len());
        let local_now = now.with_timezone(&chrono::Local);
        time("html in chrono::Local (bytes)", &|| html(&lib, &[], &local_now).len());
        time("markdown (bytes)", &|| markdown(&lib, &[], &now).len());
        time("csv (bytes)", &|| csv(&lib, &[], &zone(2)).len());
        let five: Vec<_> = lib.ladders[..5].iter().map(|l| l.id).collect();
        time("subset of 5 ladders (exposures)", &|| subset(&lib, &five).exposures.len());
        time("stats::weekly, all ladders (weeks)", &|| stats::weekly(&lib, None, &local_now).len());
        time("stats::mastered_over_time, 20 ladders (points)", &|| {
            lib.ladders.iter().map(|l| stats::mastered_over_time(&lib, l).len()).sum()
        });
        time("stats::habituation, every step (points)", &|| {
            lib.ladders.iter().flat_map(|l| &l.steps).map(|s| stats::habituation(&lib, s.id).len()).sum()
        });
        time("stats::expectancy + summary, all (points)", &|| {
            let points = stats::expectancy(&lib, None);
            stats::expectancy_summary(&points).map_or(0, |s| s.count)
        });
        let curve: Vec<[f64; 2]> = (0..100_000).map(|i| [f64::from(i), f64::from(i % 97)]).collect();
        time("stats::downsample 100,000 to 2,000 (points)", &|| stats::downsample(&curve, 2_000).len());
    }
}
