//! Ratings that stay high: when most before-ratings of the last two weeks are 7 or more,
//! self-guided practice may not be the right help on its own (seed 002: baseline anxiety that
//! stays above 7-8 calls for structured help). Stepwise says so once, gently, and never blocks
//! practice for it; the safety gate at 8 is a different rule and stays as it is.

use crate::model::{Library, Timestamp};

/// The days looked back over.
pub const BASELINE_WINDOW_DAYS: i64 = 14;
/// Fewer before-ratings than this in the window say nothing either way.
pub const BASELINE_MIN_RATINGS: usize = 4;
/// A before-rating at or above this counts as high.
pub const BASELINE_HIGH_AT: u8 = 7;
/// A closed notice comes back after this many days if the ratings still stay high.
pub const BASELINE_REMIND_DAYS: i64 = 7;

/// Most before-ratings of the window were high: `high` of `of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HighBaseline {
    pub high: usize,
    pub of: usize,
}

/// Whether the before-ratings of the last [`BASELINE_WINDOW_DAYS`] days (up to `now`), those of
/// the exposures and those at which the safety gate stopped one ([`Library::gate_blocks`]),
/// number at least [`BASELINE_MIN_RATINGS`] and more than half of them are [`BASELINE_HIGH_AT`]
/// or more.
#[must_use]
pub fn high_baseline(library: &Library, now: Timestamp) -> Option<HighBaseline> {
    let from = now.unix_secs().saturating_sub(BASELINE_WINDOW_DAYS * 86_400);
    let inside = |t: Timestamp| t.unix_secs() > from && t <= now;
    // The exposures' before-ratings, and those at which the gate stopped a try (8 or more:
    // nothing else of those tries is recorded, but they are the highest ratings of all).
    let befores = library.exposures.iter().filter(|e| inside(e.started)).map(|e| e.before);
    let blocked = library.gate_blocks.iter().filter(|b| inside(b.at)).map(|b| b.rating);
    let (mut high, mut of) = (0, 0);
    for before in befores.chain(blocked) {
        of += 1;
        if before.get() >= BASELINE_HIGH_AT {
            high += 1;
        }
    }
    (of >= BASELINE_MIN_RATINGS && high * 2 > of).then_some(HighBaseline { high, of })
}

/// [`high_baseline`], unless the person closed the notice less than [`BASELINE_REMIND_DAYS`]
/// days ago: what the notice shows, and when.
#[must_use]
pub fn high_baseline_notice(library: &Library, now: Timestamp) -> Option<HighBaseline> {
    // Closed less than a week ago; a time ahead of `now` (another computer's clock ran ahead)
    // counts by its distance, so it cannot hide the note for longer than a week.
    let recently_closed = library
        .settings
        .high_baseline_dismissed
        .is_some_and(|at| now.unix_secs().saturating_sub(at.unix_secs()).abs() < BASELINE_REMIND_DAYS * 86_400);
    if recently_closed { None } else { high_baseline(library, now) }
}

impl HighBaseline {
    /// What the notice says.
    #[must_use]
    pub fn message(self) -> String {
        crate::t!("coach-high-baseline", high = self.high, total = self.of, high_at = BASELINE_HIGH_AT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExposureBuilder, Ladder, Rating};

    const DAY: i64 = 86_400;

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_795_000_000 + secs)
    }

    /// A library with one exposure per `(seconds, before)`.
    fn lib(befores: &[(i64, u8)]) -> Library {
        let ladder = Ladder::new("L", "f", &[("s", Rating::saturating(3))], t(-100 * DAY));
        let mut lib = Library::default();
        for (at, before) in befores {
            lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(t(*at)).before_after(*before, 1).build());
        }
        lib.ladders.push(ladder);
        lib
    }

    #[test]
    fn four_ratings_with_most_at_seven_or_more_are_noticed() {
        let now = t(0);
        assert_eq!(high_baseline(&lib(&[(-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 7)]), now), None, "only three");
        let four = lib(&[(-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 7), (-4 * DAY, 3)]);
        assert_eq!(high_baseline(&four, now), Some(HighBaseline { high: 3, of: 4 }));
        let half = lib(&[(-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 3), (-4 * DAY, 3)]);
        assert_eq!(high_baseline(&half, now), None, "half is not most");
        let sixes = lib(&[(-DAY, 6), (-2 * DAY, 6), (-3 * DAY, 6), (-4 * DAY, 6)]);
        assert_eq!(high_baseline(&sixes, now), None, "6 is not high");
    }

    #[test]
    fn ratings_the_gate_stopped_at_count_too() {
        // Stopped at the gate three times (8, 9, 8), one exposure at 5: most were high.
        let mut l = lib(&[(-DAY, 5)]);
        for (days, rating) in [(2, 8), (3, 9), (4, 8)] {
            l.note_gate_block(Rating::saturating(rating), t(-days * DAY));
        }
        assert_eq!(high_baseline(&l, t(0)), Some(HighBaseline { high: 3, of: 4 }));
        // Kept for 30 days only.
        l.note_gate_block(Rating::saturating(9), t(40 * DAY));
        assert_eq!(l.gate_blocks.len(), 1);
    }

    #[test]
    fn only_the_last_fourteen_days_count() {
        let now = t(0);
        // Exactly 14 days ago is outside; a second later is inside.
        let edge = lib(&[(-14 * DAY, 7), (-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 7)]);
        assert_eq!(high_baseline(&edge, now), None);
        let inside = lib(&[(-14 * DAY + 1, 7), (-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 7)]);
        assert_eq!(high_baseline(&inside, now), Some(HighBaseline { high: 4, of: 4 }));
        // A future exposure (a clock that was wrong) does not count.
        let future = lib(&[(DAY, 7), (-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 7)]);
        assert_eq!(high_baseline(&future, now), None);
    }

    #[test]
    fn a_closed_notice_returns_a_week_later_if_it_persists() {
        let mut l = lib(&[(-DAY, 7), (-2 * DAY, 7), (-3 * DAY, 7), (-4 * DAY, 7)]);
        assert!(high_baseline_notice(&l, t(0)).is_some());
        l.settings.high_baseline_dismissed = Some(t(0));
        assert_eq!(high_baseline_notice(&l, t(7 * DAY - 1)), None);
        // A week later, with the ratings still high (the old ones have left the window).
        let ladder = l.ladders[0].clone();
        for day in 4..8 {
            l.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(t(day * DAY)).before_after(7, 1).build());
        }
        assert_eq!(high_baseline_notice(&l, t(8 * DAY)), Some(HighBaseline { high: 8, of: 8 }));
        assert!(HighBaseline { high: 4, of: 4 }.message().contains("4 of your last 4"));
        // Closed "in a month" by a clock that ran ahead: hidden for a week at most.
        l.settings.high_baseline_dismissed = Some(t(40 * DAY));
        assert!(high_baseline_notice(&l, t(8 * DAY)).is_some());
    }
}
