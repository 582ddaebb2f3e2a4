//! The summary for a therapist as a format-neutral model: a list of [`Block`]s (headings,
//! paragraphs, journal entries, [`Table`]s) built from the library. This is the single source
//! of the summary's content: the renderers (`super::html`, `super::markdown`) only lay these
//! blocks out and escape their text, so both formats always say the same thing.
//!
//! The report is a sequence of sections, each one function that appends its blocks:
//! - [`introduction`]: the title, the date and how to read the summary;
//! - [`overview`]: one row per ladder;
//! - for each ladder, [`ladder_blocks`] runs the ladder's sections in order: [`ladder_intro`],
//!   [`steps`], [`exposures`], [`predictions`], [`safety_behaviours`], [`weekly`], [`mastery`],
//!   [`journal`];
//! - [`overall_blocks`]: all ladders together, with the breathing pacer.
//!
//! A new section is one more function taking the blocks, the [`Context`] and (for a ladder
//! section) the ladder, called from [`report`] or [`ladder_blocks`].

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone};

use super::{predicted, subset, yes_no, ymd};
use crate::coach;
use crate::model::{Exposure, Ladder, LadderId, Library, Outcome, PacerContext, StepId, Timestamp};
use crate::stats;

/// The report's title.
pub const REPORT_TITLE: &str = "Stepwise practice summary";
/// How many weeks with activity the weekly tables show (the most recent ones).
pub const REPORT_WEEKS: usize = 26;

/// One piece of the report.
#[derive(Debug)]
pub(super) enum Block {
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
pub(super) struct Table {
    pub(super) head: Vec<String>,
    /// Right-aligned (numeric) columns.
    pub(super) right: Vec<bool>,
    pub(super) rows: Vec<Vec<String>>,
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

/// The report on the chosen ladders (`ladders` empty = all), dated in `now`'s time zone.
pub(super) fn report<Tz: TimeZone>(library: &Library, ladders: &[LadderId], now: &DateTime<Tz>) -> Vec<Block> {
    let mut scope = subset(library, ladders);
    // Breathing sessions belong to no ladder: the reports show them as weekly counts.
    scope.pacer_sessions = Arc::clone(&library.pacer_sessions);
    let cx = Context::new(&scope, now);
    let mut blocks = Vec::new();
    introduction(&mut blocks, &cx);
    overview(&mut blocks, &cx);
    for ladder in &scope.ladders {
        ladder_blocks(&mut blocks, &cx, ladder);
    }
    overall_blocks(&mut blocks, &cx);
    blocks
}

/// What the sections need, worked out once for the whole report.
struct Context<'a, Tz: TimeZone> {
    /// The chosen ladders with their exposures and journal entries, and all pacer sessions.
    scope: &'a Library,
    now: &'a DateTime<Tz>,
    zone: Tz,
    /// How many tries in a row below [`coach::MASTERY_BELOW`] master a step.
    streak: u8,
    mastered: BTreeSet<StepId>,
    /// Each ladder's exposures, oldest first (ties keep the recorded order).
    by_ladder: HashMap<LadderId, Vec<&'a Exposure>>,
    /// How many exposures each step has.
    per_step: HashMap<StepId, usize>,
    /// Exposures and pacer sessions of all reported ladders per week.
    weeks: Vec<stats::WeekCount>,
    /// Exposures of all reported ladders per week.
    all_by_week: HashMap<NaiveDate, u32>,
}

impl<'a, Tz: TimeZone> Context<'a, Tz> {
    fn new(scope: &'a Library, now: &'a DateTime<Tz>) -> Self {
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
    fn exposures(&self, ladder: LadderId) -> &[&'a Exposure] {
        self.by_ladder.get(&ladder).map_or(&[][..], Vec::as_slice)
    }

    /// The local date of `t`, as "2026-03-09".
    fn day(&self, t: Timestamp) -> String {
        ymd(stats::local_date(t, &self.zone))
    }
}

/// The title, the date and how to read the summary.
fn introduction<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let (n, goal) = (cx.streak, cx.scope.settings.weekly_goal);
    blocks.extend([
        Block::Heading(1, REPORT_TITLE.to_owned()),
        Block::Para(format!("Prepared {} by Stepwise.", ymd(cx.now.date_naive()))),
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
        Block::Para(format!(
            "Before an exposure the person may write down what they fear will happen and how likely it feels \
             (predicted %). Afterwards they record whether it happened: {}, {} or {}. The gap between the \
             two is what the practice teaches.",
            Outcome::Happened.label(),
            Outcome::Partly.label(),
            Outcome::DidNotHappen.label()
        )),
        Block::Para(format!(
            "Weeks run from Monday to Sunday, local time. The weekly goal is {goal} exposures. Stepwise is a \
             self-help practice tool, not a treatment."
        )),
    ]);
}

/// One row per ladder: steps, mastered steps, exposures and their first and last dates.
fn overview<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let mut table = Table::new(&[
        ("Ladder", false),
        ("Steps", true),
        ("Mastered", true),
        ("Exposures", true),
        ("First exposure", false),
        ("Last exposure", false),
    ]);
    for ladder in &cx.scope.ladders {
        let list = cx.exposures(ladder.id);
        let day = |e: Option<&&Exposure>| e.map_or_else(|| "-".to_owned(), |e| cx.day(e.started));
        table.rows.push(vec![
            ladder.display_title(),
            ladder.steps.len().to_string(),
            ladder.steps.iter().filter(|s| cx.mastered.contains(&s.id)).count().to_string(),
            list.len().to_string(),
            day(list.first()),
            day(list.last()),
        ]);
    }
    blocks.push(Block::Heading(2, "Ladders in this summary".to_owned()));
    if cx.scope.ladders.is_empty() {
        blocks.push(Block::Para("No ladders were chosen.".to_owned()));
    } else {
        blocks.push(Block::Table(table));
    }
}

/// One ladder's part of the report: its sections, in order.
fn ladder_blocks<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    ladder_intro(blocks, cx, ladder);
    steps(blocks, cx, ladder);
    exposures(blocks, cx, ladder);
    predictions(blocks, cx, ladder);
    safety_behaviours(blocks, cx, ladder);
    weekly(blocks, cx, ladder);
    mastery(blocks, cx, ladder);
    journal(blocks, cx, ladder);
}

/// The ladder's heading, its fear, when it was started and how far it has got.
fn ladder_intro<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    let list = cx.exposures(ladder.id);
    let done = ladder.steps.iter().filter(|s| cx.mastered.contains(&s.id)).count();
    blocks.push(Block::Heading(2, format!("Ladder: {}", ladder.display_title())));
    blocks.push(Block::Para(format!("Fear: {}", ladder.fear)));
    blocks.push(Block::Para(format!(
        "Started {}. {done} of {} steps mastered. {} {} recorded.",
        cx.day(ladder.created),
        ladder.steps.len(),
        list.len(),
        if list.len() == 1 { "exposure" } else { "exposures" }
    )));
}

/// One row per step: its estimate now and before, whether it is mastered, its exposures.
fn steps<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::Heading(3, "Steps".to_owned()));
    let mut table = Table::new(&[
        ("Step", true),
        ("Situation", false),
        ("Current estimate", true),
        ("Earlier estimates", false),
        ("Mastered", false),
        ("Exposures", true),
        ("Contexts", false),
    ]);
    for (i, step) in ladder.steps.iter().enumerate() {
        let tries: Vec<&Exposure> = cx.exposures(ladder.id).iter().copied().filter(|e| e.step == step.id).collect();
        let contexts = coach::contexts(&tries);
        let earlier = step
            .estimate_history
            .iter()
            .map(|r| format!("{} (until {})", r.estimate, cx.day(r.replaced)))
            .collect::<Vec<_>>()
            .join(", ");
        table.rows.push(vec![
            (i + 1).to_string(),
            step.situation.clone(),
            step.estimate.to_string(),
            if earlier.is_empty() { "-".to_owned() } else { earlier },
            yes_no(cx.mastered.contains(&step.id)).to_owned(),
            cx.per_step.get(&step.id).copied().unwrap_or(0).to_string(),
            if contexts.is_empty() { "-".to_owned() } else { format!("{}: {}", contexts.len(), contexts.join("; ")) },
        ]);
    }
    if ladder.steps.is_empty() {
        blocks.push(Block::Para("This ladder has no steps yet.".to_owned()));
    } else {
        blocks.push(Block::Table(table));
    }
}

/// One row per exposure, oldest first: ratings, prediction, outcome and what was learned.
fn exposures<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    let list = cx.exposures(ladder.id);
    blocks.push(Block::Heading(3, "Exposures".to_owned()));
    if list.is_empty() {
        blocks.push(Block::Para("No exposures recorded yet.".to_owned()));
        return;
    }
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

/// The predictions against what happened, on average.
fn predictions<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::Heading(3, "Predictions and outcomes".to_owned()));
    let Some(s) = stats::expectancy_summary(&stats::expectancy(cx.scope, Some(ladder.id))) else {
        blocks.push(Block::Para("No predictions recorded on this ladder yet.".to_owned()));
        return;
    };
    blocks.push(Block::Para(format!(
        "On average the feared outcome felt {:.1}% likely; it happened {:.1}% of the time (partly counts \
         as half). The gap is {:+.1} percentage points (positive: the fear expected more than happened).",
        s.mean_predicted, s.happened_pct, s.gap
    )));
    let mut table =
        Table::new(&[("Predictions", true), ("Mean predicted", true), ("Happened", true), ("Gap (points)", true)]);
    table.rows.push(vec![
        s.count.to_string(),
        format!("{:.1}%", s.mean_predicted),
        format!("{:.1}%", s.happened_pct),
        format!("{:+.1}", s.gap),
    ]);
    blocks.push(Block::Table(table));
}

/// How often the feared outcome happened with and without each safety behaviour.
fn safety_behaviours<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::Heading(3, "Safety behaviours".to_owned()));
    let tally = stats::safety_tally(cx.scope, Some(ladder.id));
    if tally.is_empty() {
        blocks.push(Block::Para("No safety behaviours recorded on this ladder yet.".to_owned()));
        return;
    }
    blocks.push(Block::Para(
        "Without: tries where the person planned to drop the behaviour and did. With: tries where they used it."
            .to_owned(),
    ));
    let mut table = Table::new(&[
        ("Safety behaviour", false),
        ("Tries without", true),
        ("Happened without", true),
        ("Tries with", true),
        ("Happened with", true),
    ]);
    let happened = |c: stats::OutcomeCount| {
        if c.partly > 0 { format!("{} (partly {})", c.happened, c.partly) } else { c.happened.to_string() }
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

/// The ladder's exposures per week beside all ladders' and the weekly goal.
fn weekly<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::Heading(3, "Exposures per week".to_owned()));
    let weeks = stats::weekly(cx.scope, Some(ladder.id), cx.now);
    let active: Vec<_> = weeks.iter().filter(|w| w.exposures > 0).collect();
    if active.is_empty() {
        blocks.push(Block::Para("No exposures recorded on this ladder yet.".to_owned()));
        return;
    }
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
    let goal = cx.scope.settings.weekly_goal.to_string();
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

/// How many steps were mastered, on each day the number changed.
fn mastery<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::Heading(3, "Mastered steps over time".to_owned()));
    let mut per_day: Vec<(NaiveDate, usize)> = Vec::new();
    for (t, count) in stats::mastered_over_time(cx.scope, ladder) {
        let d = stats::local_date(t, &cx.zone);
        match per_day.last_mut() {
            Some(last) if last.0 == d => last.1 = count,
            _ => per_day.push((d, count)),
        }
    }
    per_day.dedup_by(|later, earlier| later.1 == earlier.1);
    if per_day.len() <= 1 {
        blocks.push(Block::Para("No step has been mastered yet.".to_owned()));
        return;
    }
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

/// The journal entries tied to the ladder, oldest first, as the person wrote them.
fn journal<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>, ladder: &Ladder) {
    blocks.push(Block::Heading(3, "Journal".to_owned()));
    let mut entries: Vec<_> = cx.scope.journal.iter().filter(|j| j.ladder == Some(ladder.id)).collect();
    entries.sort_by_key(|j| j.written);
    if entries.is_empty() {
        blocks.push(Block::Para("No journal entries for this ladder.".to_owned()));
    }
    for entry in entries {
        blocks.push(Block::Entry { date: cx.day(entry.written), text: entry.text.clone() });
    }
}

/// The practice times as they are today, against the weekly goal.
fn practice_plan<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let settings = &cx.scope.settings;
    let times = &settings.practice_times;
    if times.is_empty() {
        blocks.push(Block::Para("No practice times are planned.".to_owned()));
        return;
    }
    let each: Vec<String> = times
        .iter()
        .map(|t| {
            let ladder =
                t.ladder.and_then(|id| cx.scope.ladder(id)).map_or(String::new(), |l| format!(" ({})", l.title));
            format!("{} at {:02}:{:02}{ladder}", crate::plan::days_in_words(t.days), t.hour, t.minute)
        })
        .collect();
    let planned = crate::plan::planned_per_week(times);
    blocks.push(Block::Para(format!(
        "Planned practice times (as today): {}. That is {} a week; the weekly goal is {}.",
        each.join("; "),
        crate::model::count(planned, "practice time", "practice times"),
        settings.weekly_goal
    )));
}

/// All reported ladders together: the plan, totals, the breathing pacer, and practice per week.
fn overall_blocks<Tz: TimeZone>(blocks: &mut Vec<Block>, cx: &Context<'_, Tz>) {
    let scope = cx.scope;
    blocks.push(Block::Heading(2, "All ladders in this summary".to_owned()));
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
    blocks.push(Block::Para(format!(
        "{} exposures in all. Breathing pacer: {} sessions, {own_total} on their own and {around_total} just before \
         an exposure or at the safety check (breathing used to get through exposures can turn into a safety \
         behaviour, so the two are counted apart).",
        scope.exposures.len(),
        own_total + around_total,
    )));
    let active: Vec<_> = cx.weeks.iter().filter(|w| w.exposures > 0 || w.pacer_sessions > 0).collect();
    if active.is_empty() {
        blocks.push(Block::Para("No practice recorded yet.".to_owned()));
        return;
    }
    blocks.push(Block::Heading(3, "Practice per week".to_owned()));
    blocks.push(Block::Para(format!(
        "The last {} weeks with any practice. Planned: the practice times the person's plan held that week (as it \
         stood at the week's end; a dash before there was a plan).",
        active.len().min(REPORT_WEEKS)
    )));
    let mut table = Table::new(&[
        ("Week of (Monday)", false),
        ("Exposures", true),
        ("Planned", true),
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
            crate::plan::planned_for_week(&scope.settings, w.week_start, cx.now)
                .map_or_else(|| "-".to_owned(), |n| n.to_string()),
            goal.to_string(),
            yes_no(w.exposures >= u32::from(goal)).to_owned(),
            w.pacer_sessions.to_string(),
            own.to_string(),
            w.pacer_sessions.saturating_sub(own).to_string(),
        ]);
    }
    blocks.push(Block::Table(table));
}

#[cfg(test)]
mod tests {
    use crate::export::html;
    use crate::model::Library;
    use crate::stats::tests::{day, exposure, ladder_with, local};

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
}
