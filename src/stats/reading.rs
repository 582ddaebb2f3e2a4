//! The one-sentence readings of the plots, shared by the Progress screen and the summary for a
//! therapist, so a chart says the same thing on the screen and on paper.
//!
//! Pure: the numbers come in, a sentence goes out. The sentences name no person ("you"), since
//! the summary is read by someone else.

use std::fmt::Write as _;

use super::ExpectancySummary;
use crate::coach;
use crate::model::count;

/// "5 tries. After-rating 7 on the first, 1 on the latest." `None` without a try.
#[must_use]
pub fn tries(afters: &[u8]) -> Option<String> {
    let (first, last) = (afters.first()?, afters.last()?);
    Some(format!("{}. After-rating {first} on the first, {last} on the latest.", count(afters.len(), "try", "tries")))
}

/// "Mastered when it is below 2 on the last 3 tries in a row."
#[must_use]
pub fn mastery_rule(streak: u8) -> String {
    format!("Mastered when it is below {} on the last {streak} tries in a row.", coach::MASTERY_BELOW)
}

/// "53 predictions: 43 % likely on average; it happened 16 % of the time (a gap of 27 points)."
#[must_use]
pub fn predictions(summary: &ExpectancySummary) -> String {
    format!(
        "{}: {:.0} % likely on average; it happened {:.0} % of the time (a gap of {:.0} points).",
        count(summary.count, "prediction", "predictions"),
        summary.mean_predicted,
        summary.happened_pct,
        summary.gap
    )
}

/// What the weekly chart shows, in numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeeksRead {
    pub weeks: usize,
    /// Exposures on the ladder over those weeks.
    pub exposures: u32,
    pub goal: u8,
    pub pacer_sessions: u32,
    /// Weeks per bar, when weeks are grouped (1 otherwise).
    pub weeks_per_bar: usize,
    /// Practice times a week in the plan as it is now (0 without a plan).
    pub planned_now: usize,
}

/// "Last 12 weeks: 60 exposures on this ladder (goal 5 a week, all ladders together), 20
/// breathing sessions. The plan now: 3 practice times a week."
#[must_use]
pub fn weeks(read: &WeeksRead) -> String {
    let mut text = format!(
        "Last {}: {} on this ladder (goal {} a week, all ladders together), {}.",
        count(read.weeks, "week", "weeks"),
        count(read.exposures as usize, "exposure", "exposures"),
        read.goal,
        count(read.pacer_sessions as usize, "breathing session", "breathing sessions"),
    );
    if read.weeks_per_bar > 1 {
        let _ = write!(text, " Each bar is {} weeks, as an average per week.", read.weeks_per_bar);
    }
    if read.planned_now > 0 {
        let _ = write!(text, " The plan now: {} a week.", count(read.planned_now, "practice time", "practice times"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_count_in_words() {
        assert_eq!(tries(&[]), None);
        assert_eq!(tries(&[4]).as_deref(), Some("1 try. After-rating 4 on the first, 4 on the latest."));
        assert_eq!(tries(&[7, 3, 1]).as_deref(), Some("3 tries. After-rating 7 on the first, 1 on the latest."));
        assert_eq!(mastery_rule(3), "Mastered when it is below 2 on the last 3 tries in a row.");
        let s = ExpectancySummary { count: 53, mean_predicted: 43.2, happened_pct: 16.0, gap: 27.2 };
        assert_eq!(
            predictions(&s),
            "53 predictions: 43 % likely on average; it happened 16 % of the time (a gap of 27 points)."
        );
        let read = WeeksRead { weeks: 12, exposures: 1, goal: 5, pacer_sessions: 2, weeks_per_bar: 1, planned_now: 3 };
        assert_eq!(
            weeks(&read),
            "Last 12 weeks: 1 exposure on this ladder (goal 5 a week, all ladders together), 2 breathing \
             sessions. The plan now: 3 practice times a week."
        );
        let grouped = WeeksRead { weeks: 1, weeks_per_bar: 4, planned_now: 0, ..read };
        assert!(weeks(&grouped).starts_with("Last 1 week: "));
        assert!(weeks(&grouped).ends_with("Each bar is 4 weeks, as an average per week."));
    }
}
