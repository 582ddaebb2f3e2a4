//! The summary for a therapist as a format-neutral model: a list of [`Block`]s (headings with
//! anchors and page breaks, a note, contents, paragraphs, journal entries, [`Table`]s and
//! figures of charts) built from the library. This is the single source of the summary's
//! content: the renderers (`super::html`, `super::markdown`) only lay these blocks out and
//! escape their text, so both formats always say the same thing.
//!
//! The report is a sequence of sections, each one function that appends its blocks:
//! - [`introduction`]: the title, the date and how to read the summary;
//! - `glance` (`super::glance`): page one, each practised ladder's three charts;
//! - the contents, then for each ladder [`ladder_blocks`] runs the ladder's sections in order,
//!   on a new page: [`ladder_intro`], [`steps`], [`exposures`], [`safety_behaviours`],
//!   [`journal`];
//! - [`overall_blocks`]: all ladders together, with the plan, the breathing pacer and practice
//!   per week.
//!
//! A new section is one more function taking the blocks, the [`Context`] and (for a ladder
//! section) the ladder, called from [`report`] or [`ladder_blocks`].

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone};

use super::chart::Chart;
use super::glance::glance;
use super::{predicted, subset, yes_no, ymd};
use crate::coach;
use crate::i18n::{Lang, dates};
use crate::model::{Exposure, Ladder, LadderId, Library, Outcome, PacerContext, StepId, Timestamp};
use crate::stats;

/// The report's title in the language in use ("Stepwise practice summary").
#[must_use]
pub fn report_title() -> String {
    crate::t!("export-report-title")
}

/// How many weeks with activity the weekly tables show (the most recent ones).
pub const REPORT_WEEKS: usize = 26;

/// One piece of the report.
#[derive(Debug)]
pub(super) enum Block {
    Heading {
        level: u8,
        text: String,
        /// An anchor the contents link to.
        id: Option<String>,
        /// On paper, the heading starts a new page.
        new_page: bool,
    },
    Para(String),
    /// A box set apart from the text: a title and short paragraphs (how to read the summary).
    Note {
        title: String,
        paras: Vec<String>,
    },
    /// Links to the headings with these anchors: `(id, text)`.
    Contents(Vec<(String, String)>),
    /// The person's own text (a journal entry) under a date line; line breaks kept.
    Entry {
        date: String,
        text: String,
    },
    Table(Table),
    /// Charts side by side, each with its reading.
    Figures(Vec<Chart>),
}

impl Block {
    /// A heading without an anchor, on the page it falls on.
    pub(super) fn heading(level: u8, text: &str) -> Self {
        Self::Heading { level, text: text.to_owned(), id: None, new_page: false }
    }

    /// A paragraph: the message `id` in `lang`.
    pub(super) fn para(lang: Lang, id: &str) -> Self {
        Self::Para(tl!(lang, id))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Table {
    pub(super) head: Vec<String>,
    /// Right-aligned (numeric) columns.
    pub(super) right: Vec<bool>,
    pub(super) rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns as `(heading, numeric)`.
    pub(super) fn new(columns: &[(&str, bool)]) -> Self {
        Self {
            head: columns.iter().map(|(h, _)| (*h).to_owned()).collect(),
            right: columns.iter().map(|(_, r)| *r).collect(),
            rows: Vec::new(),
        }
    }

    /// Columns as `(heading's message, numeric)`, headed in `lang`.
    pub(super) fn headed(lang: Lang, columns: &[(&str, bool)]) -> Self {
        Self {
            head: columns.iter().map(|(id, _)| tl!(lang, id)).collect(),
            right: columns.iter().map(|(_, r)| *r).collect(),
            rows: Vec::new(),
        }
    }
}

/// The report on the chosen ladders (`ladders` empty = all), dated in `now`'s time zone, written
/// in `lang` (the texts that come from other modules, such as the charts' readings and the
/// outcomes' names, are in the language in use).
pub(super) fn report<Tz: TimeZone>(
    lang: Lang,
    library: &Library,
    ladders: &[LadderId],
    now: &DateTime<Tz>,
) -> Vec<Block> {
    let mut scope = subset(library, ladders);
    // Breathing sessions belong to no ladder: the reports show them as weekly counts.
    scope.pacer_sessions = Arc::clone(&library.pacer_sessions);
    let cx = Context::new(lang, &scope, now);
    let mut blocks = Vec::new();
    introduction(&mut blocks, &cx);
    glance(&mut blocks, &cx);
    let mut contents: Vec<(String, String)> =
        scope.ladders.iter().enumerate().map(|(i, l)| (ladder_anchor(i), l.display_title())).collect();
    contents.push((ALL_LADDERS_ANCHOR.to_owned(), tl!(lang, "export-overall-heading")));
    blocks.push(Block::Contents(contents));
    for (i, ladder) in scope.ladders.iter().enumerate() {
        ladder_blocks(&mut blocks, &cx, i, ladder);
    }
    overall_blocks(&mut blocks, &cx);
    blocks
}

/// The anchor of the `index`th ladder's details.
fn ladder_anchor(index: usize) -> String {
    format!("ladder-{}", index + 1)
}

/// The anchor of the section on all ladders together.
const ALL_LADDERS_ANCHOR: &str = "all-ladders";

/// What the sections need, worked out once for the whole report.
pub(super) struct Context<'a, Tz: TimeZone> {
    /// The language the report is written in.
    pub(super) lang: Lang,
    /// The chosen ladders with their exposures and journal entries, and all pacer sessions.
    pub(super) scope: &'a Library,
    pub(super) now: &'a DateTime<Tz>,
    pub(super) zone: Tz,
    /// How many tries in a row below [`coach::MASTERY_BELOW`] master a step.
    pub(super) streak: u8,
    pub(super) mastered: BTreeSet<StepId>,
    /// Each ladder's exposures, oldest first (ties keep the recorded order).
    by_ladder: HashMap<LadderId, Vec<&'a Exposure>>,
    /// How many exposures each step has.
    per_step: HashMap<StepId, usize>,
    /// Exposures and pacer sessions of all reported ladders per week.
    weeks: Vec<stats::WeekCount>,
    /// Exposures of all reported ladders per week.
    pub(super) all_by_week: HashMap<NaiveDate, u32>,
}

impl<'a, Tz: TimeZone> Context<'a, Tz> {
    fn new(lang: Lang, scope: &'a Library, now: &'a DateTime<Tz>) -> Self {
        let streak = coach::streak_needed(scope);
        let mut by_ladder: HashMap<LadderId, Vec<&Exposure>> = HashMap::new();
        let mut per_step: HashMap<StepId, usize> = HashMap::new();
        for e in scope.exposures.iter() {
            by_ladder.entry(e.ladder).or_default().push(e);
            *per_step.entry(e.step).or_default() += 1;
        }
        for list in by_ladder.values_mut() {
            list.sort_by_key(|e| e.started); // stable: ties keep the recorded order
        }
        let weeks = stats::weekly(scope, None, now);
        let all_by_week = weeks.iter().map(|w| (w.week_start, w.exposures)).collect();
        Self {
            lang,
            scope,
            now,
            zone: now.timezone(),
            streak,
            mastered: coach::mastered_steps(scope, streak),
            by_ladder,
            per_step,
            weeks,
            all_by_week,
        }
    }

    /// The ladder's exposures, oldest first.
    pub(super) fn exposures(&self, ladder: LadderId) -> &[&'a Exposure] {
        self.by_ladder.get(&ladder).map_or(&[][..], Vec::as_slice)
    }

    /// The local date of `t`, as "2026-03-09".
    pub(super) fn day(&self, t: Timestamp) -> String {
        ymd(stats::local_date(t, &self.zone))
    }
}

/// The title, the date and how to read the summary (short enough to leave page one to the
/// charts).
fn introduction<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let (n, goal, lang) = (cx.streak, cx.scope.settings.weekly_goal, cx.lang);
    blocks.extend([
        Block::heading(1, &tl!(lang, "export-report-title")),
        Block::Para(tl!(lang, "export-report-prepared", date = ymd(cx.now.date_naive()))),
        Block::Note {
            title: tl!(lang, "export-report-how-to-read"),
            paras: vec![
                tl!(lang, "export-report-how-ratings"),
                tl!(lang, "export-report-how-mastery", below = coach::MASTERY_BELOW, count = n),
                tl!(
                    lang,
                    "export-report-how-predictions",
                    yes = Outcome::Happened.label(),
                    partly = Outcome::Partly.label(),
                    no = Outcome::DidNotHappen.label()
                ),
                tl!(lang, "export-report-how-weeks", goal = goal),
            ],
        },
    ]);
}

/// One ladder's part of the report: its sections, in order.
fn ladder_blocks<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, index: usize, ladder: &Ladder) {
    ladder_intro(blocks, cx, index, ladder);
    steps(blocks, cx, ladder);
    exposures(blocks, cx, ladder);
    safety_behaviours(blocks, cx, ladder);
    journal(blocks, cx, ladder);
}

/// The ladder's heading (a new page on paper), its fear, when it was started and how far it
/// has got.
fn ladder_intro<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, index: usize, ladder: &Ladder) {
    let list = cx.exposures(ladder.id);
    let done = ladder.steps.iter().filter(|s| cx.mastered.contains(&s.id)).count();
    let lang = cx.lang;
    blocks.push(Block::Heading {
        level: 2,
        text: tl!(lang, "export-ladder-heading", title = ladder.display_title()),
        id: Some(ladder_anchor(index)),
        new_page: true,
    });
    blocks.push(Block::Para(tl!(
        lang,
        "export-ladder-intro",
        fear = ladder.fear.trim_end_matches('.'),
        date = cx.day(ladder.created),
        mastered = done,
        steps = ladder.steps.len(),
        exposures = list.len()
    )));
}

/// One row per step: its estimate now and before, whether it is mastered, its exposures.
fn steps<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    let lang = cx.lang;
    blocks.push(Block::heading(3, &tl!(lang, "export-steps-heading")));
    let mut table = Table::headed(
        lang,
        &[
            ("export-steps-step", true),
            ("export-steps-situation", false),
            ("export-steps-estimate", true),
            ("export-steps-earlier", false),
            ("export-steps-mastered", false),
            ("export-steps-exposures", true),
            ("export-steps-contexts", false),
        ],
    );
    for (i, step) in ladder.steps.iter().enumerate() {
        let tries: Vec<&Exposure> = cx.exposures(ladder.id).iter().copied().filter(|e| e.step == step.id).collect();
        let contexts = coach::contexts(&tries);
        let earlier = step
            .estimate_history
            .iter()
            .map(|r| tl!(lang, "export-steps-earlier-estimate", estimate = r.estimate.get(), date = cx.day(r.replaced)))
            .collect::<Vec<_>>()
            .join(", ");
        table.rows.push(vec![
            (i + 1).to_string(),
            step.situation.clone(),
            step.estimate.to_string(),
            if earlier.is_empty() { "-".to_owned() } else { earlier },
            mastered_words(cx, &tries),
            cx.per_step.get(&step.id).copied().unwrap_or(0).to_string(),
            contexts_words(lang, &contexts),
        ]);
    }
    if ladder.steps.is_empty() {
        blocks.push(Block::para(lang, "export-steps-none"));
    } else {
        blocks.push(Block::Table(table));
    }
}

/// How many contexts a step was done in, and the latest [`CONTEXTS_NAMED`] of them: "2: The
/// park; The shop", "7, the latest: The park; ...".
fn contexts_words(lang: Lang, contexts: &[String]) -> String {
    match contexts.len() {
        0 => "-".to_owned(),
        n if n <= CONTEXTS_NAMED => tl!(lang, "export-steps-contexts-all", count = n, list = contexts.join("; ")),
        n => tl!(lang, "export-steps-contexts-latest", count = n, list = contexts[n - CONTEXTS_NAMED..].join("; ")),
    }
}

/// How many of a step's contexts the steps table names (as the Progress screen does).
const CONTEXTS_NAMED: usize = 3;

/// Whether a step is mastered: "since 2026-03-05", "no (lost 2026-03-06)" or "no".
fn mastered_words<Tz: TimeZone>(cx: &Context<'_, Tz>, tries: &[&Exposure]) -> String {
    let mut mastery = coach::Mastery::new(cx.streak);
    let mut lost = None;
    for e in tries {
        if mastery.push(e) && !mastery.is_mastered() {
            lost = Some(e.started);
        }
    }
    match (mastery.since(), lost) {
        (Some(since), _) => tl!(cx.lang, "export-steps-mastered-since", date = cx.day(since)),
        (None, Some(lost)) => tl!(cx.lang, "export-steps-mastered-lost", date = cx.day(lost)),
        (None, None) => tl!(cx.lang, "export-steps-mastered-no"),
    }
}

/// One row per exposure, oldest first: ratings, prediction, outcome and what was learned.
fn exposures<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    let (list, lang) = (cx.exposures(ladder.id), cx.lang);
    blocks.push(Block::heading(3, &tl!(lang, "export-exposures-heading")));
    if list.is_empty() {
        blocks.push(Block::para(lang, "export-exposures-none"));
        return;
    }
    let position: HashMap<StepId, usize> = ladder.steps.iter().enumerate().map(|(i, s)| (s.id, i + 1)).collect();
    let mut table = Table::headed(
        lang,
        &[
            ("export-exposures-date", false),
            ("export-exposures-step", true),
            ("export-exposures-before", true),
            ("export-exposures-peak", true),
            ("export-exposures-after", true),
            ("export-exposures-predicted", true),
            ("export-exposures-happened", false),
            ("export-exposures-learned", false),
        ],
    );
    table.rows.reserve(list.len());
    for e in list {
        table.rows.push(vec![
            cx.day(e.started),
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

/// How often the feared outcome happened with and without each safety behaviour.
fn safety_behaviours<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    let lang = cx.lang;
    blocks.push(Block::heading(3, &tl!(lang, "export-safety-heading")));
    let tally = stats::safety_tally(cx.scope, Some(ladder.id));
    if tally.is_empty() {
        blocks.push(Block::para(lang, "export-safety-none"));
        return;
    }
    blocks.push(Block::para(lang, "export-safety-explained"));
    let mut table = Table::headed(
        lang,
        &[
            ("export-safety-behaviour", false),
            ("export-safety-tries-without", true),
            ("export-safety-happened-without", true),
            ("export-safety-tries-with", true),
            ("export-safety-happened-with", true),
        ],
    );
    let happened = |c: stats::OutcomeCount| {
        if c.partly > 0 {
            tl!(lang, "export-safety-partly", happened = c.happened, partly = c.partly)
        } else {
            c.happened.to_string()
        }
    };
    for b in &tally {
        table.rows.push(vec![
            b.name.clone(),
            b.without.of.to_string(),
            happened(b.without),
            b.with.of.to_string(),
            happened(b.with),
        ]);
    }
    blocks.push(Block::Table(table));
}

/// The journal entries tied to the ladder, oldest first, as the person wrote them.
fn journal<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::heading(3, &tl!(cx.lang, "export-journal-heading")));
    let mut entries: Vec<_> = cx.scope.journal.iter().filter(|j| j.ladder == Some(ladder.id)).collect();
    entries.sort_by_key(|j| j.written);
    if entries.is_empty() {
        blocks.push(Block::para(cx.lang, "export-journal-none"));
    }
    for entry in entries {
        blocks.push(Block::Entry { date: cx.day(entry.written), text: entry.text.clone() });
    }
}

/// The practice times as they are today, against the weekly goal.
fn practice_plan<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let (settings, lang) = (&cx.scope.settings, cx.lang);
    let times = &settings.practice_times;
    if times.is_empty() {
        blocks.push(Block::para(lang, "export-plan-none"));
        return;
    }
    let each: Vec<String> = times
        .iter()
        .map(|t| {
            let days = crate::plan::days_in_words(t.days);
            let time = chrono::NaiveTime::from_hms_opt(u32::from(t.hour), u32::from(t.minute), 0)
                .map_or_else(|| format!("{:02}:{:02}", t.hour, t.minute), dates::time);
            match t.ladder.and_then(|id| cx.scope.ladder(id)) {
                Some(l) => tl!(lang, "export-plan-time-ladder", days = days, time = time, ladder = &l.title),
                None => tl!(lang, "export-plan-time", days = days, time = time),
            }
        })
        .collect();
    let planned = crate::plan::planned_per_week(times);
    blocks.push(Block::Para(tl!(
        lang,
        "export-plan-summary",
        times = each.join("; "),
        count = planned,
        goal = settings.weekly_goal
    )));
}

/// All reported ladders together: the plan, totals, the breathing pacer, and practice per week.
fn overall_blocks<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let (scope, lang) = (cx.scope, cx.lang);
    blocks.push(Block::Heading {
        level: 2,
        text: tl!(lang, "export-overall-heading"),
        id: Some(ALL_LADDERS_ANCHOR.to_owned()),
        new_page: false,
    });
    practice_plan(blocks, cx);
    let mut on_own: HashMap<NaiveDate, u32> = HashMap::new();
    let (mut own_total, mut around_total) = (0_usize, 0_usize);
    for s in scope.pacer_sessions.iter() {
        if s.context == PacerContext::OnItsOwn {
            own_total += 1;
            // The person's day, as the weekly counts beside it (`stats::weekly`).
            let day = coach::practice_date(s.started, &cx.zone, scope.settings.day_starts_at);
            *on_own.entry(stats::week_start(day)).or_default() += 1;
        } else {
            around_total += 1;
        }
    }
    blocks.push(Block::Para(tl!(
        lang,
        "export-overall-totals",
        exposures = scope.exposures.len(),
        sessions = own_total + around_total,
        own = own_total,
        around = around_total
    )));
    let active: Vec<_> = cx.weeks.iter().filter(|w| w.exposures > 0 || w.pacer_sessions > 0).collect();
    if active.is_empty() {
        blocks.push(Block::para(lang, "export-overall-no-practice"));
        return;
    }
    blocks.push(Block::heading(3, &tl!(lang, "export-weekly-heading")));
    blocks.push(Block::Para(tl!(lang, "export-weekly-explained", count = active.len().min(REPORT_WEEKS))));
    let mut table = Table::headed(
        lang,
        &[
            ("export-weekly-week-of", false),
            ("export-weekly-exposures", true),
            ("export-weekly-planned", true),
            ("export-weekly-goal", true),
            ("export-weekly-goal-met", false),
            ("export-weekly-sessions", true),
            ("export-weekly-own", true),
            ("export-weekly-around", true),
        ],
    );
    let goal = scope.settings.weekly_goal;
    for w in &active[active.len().saturating_sub(REPORT_WEEKS)..] {
        let own = on_own.get(&w.week_start).copied().unwrap_or(0);
        table.rows.push(vec![
            ymd(w.week_start),
            w.exposures.to_string(),
            crate::plan::planned_for_week(&scope.settings, w.week_start, cx.now)
                .map_or_else(|| "-".to_owned(), |n| n.to_string()),
            goal.to_string(),
            yes_no(lang, w.exposures >= u32::from(goal)),
            w.pacer_sessions.to_string(),
            own.to_string(),
            w.pacer_sessions.saturating_sub(own).to_string(),
        ]);
    }
    blocks.push(Block::Table(table));
}

#[cfg(test)]
mod tests {
    use crate::export::markdown;
    use crate::model::Library;
    use crate::stats::tests::{day, exposure, ladder_with, local};

    #[test]
    fn a_step_says_since_when_it_is_mastered_or_when_it_was_lost() {
        let mut lib = Library { ladders: vec![ladder_with(&[2, 3])], ..Library::default() };
        lib.settings.mastery_streak = 2;
        for (d, step, after) in [(1, 0, 1), (2, 0, 0), (3, 0, 5), (3, 0, 1), (4, 0, 1), (1, 1, 1), (2, 1, 1), (5, 1, 4)]
        {
            let e = exposure(&lib.ladders[0], step, day(d), [3, 3, after]);
            lib.exposures_mut().push(e);
        }
        // Step 1: mastered on day 2, lost on day 3, back on day 4. Step 2: mastered, lost on day 5.
        let md = markdown(&lib, &[], &local(0, 2026, 3, 20, 9, 0));
        assert!(md.contains("| 1 | situation 1 | 2 | - | since 2026-03-06 | 5 |"), "{md}");
        assert!(md.contains("| 2 | situation 2 | 3 | - | no (lost 2026-03-07) | 3 |"), "{md}");
    }
}
