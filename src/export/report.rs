//! The summary for a therapist as a format-neutral model: a list of [`Block`]s (headings,
//! paragraphs, journal entries, [`Table`]s) built from the library. This is the single source
//! of the summary's content: [`super::html`] and [`super::markdown`] only lay these blocks out
//! and escape their text, so both formats always say the same thing.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone};

use super::{predicted, subset, yes_no, ymd};
use crate::coach;
use crate::model::{Exposure, Ladder, LadderId, Library, PacerContext, StepId, Timestamp};
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

/// The ladder's title, marked when it is archived.
fn ladder_name(ladder: &Ladder) -> String {
    if ladder.archived { format!("{} (archived)", ladder.title) } else { ladder.title.clone() }
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
