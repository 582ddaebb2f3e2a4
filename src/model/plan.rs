//! When the person means to practise: practice times on chosen weekdays (format version 3), and
//! how many a week the plan held from when (`plan_history`, version 4), so past weeks can be
//! shown against the plan they had.

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use super::{LadderId, Timestamp};

/// Days of the week as bits, Monday the lowest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Weekdays(pub u8);

impl Weekdays {
    /// Monday to Sunday, in order.
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    #[must_use]
    pub fn of(days: &[Weekday]) -> Self {
        Self(days.iter().fold(0, |bits, d| bits | Self::bit(*d)))
    }

    fn bit(day: Weekday) -> u8 {
        1 << day.num_days_from_monday()
    }

    #[must_use]
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & Self::bit(day) != 0
    }

    /// The same days with `day` added or removed.
    #[must_use]
    pub fn with(self, day: Weekday, on: bool) -> Self {
        if on { Self(self.0 | Self::bit(day)) } else { Self(self.0 & !Self::bit(day)) }
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0.trailing_zeros() >= 7
    }

    /// The chosen days, Monday first (an eighth bit, which no day has, is ignored).
    pub fn days(self) -> impl Iterator<Item = Weekday> {
        Self::ALL.into_iter().filter(move |d| self.contains(*d))
    }
}

/// One practice time: a wall-clock time on some weekdays, optionally for one ladder.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PracticeTime {
    /// Stable across edits, so a calendar export updates its event rather than adding one.
    pub id: u64,
    pub days: Weekdays,
    pub hour: u8,
    pub minute: u8,
    #[serde(default)]
    pub ladder: Option<LadderId>,
}

/// From `at` on, the plan held `per_week` practice times a week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PlanChange {
    pub at: Timestamp,
    pub per_week: u8,
}

/// Changes of the plan's size kept (ten years of weekly changes); the oldest go first.
pub const MAX_PLAN_HISTORY: usize = 520;

/// How many practice times a week `times` plan.
#[must_use]
pub fn per_week(times: &[PracticeTime]) -> u8 {
    u8::try_from(times.iter().map(|t| t.days.days().count()).sum::<usize>()).unwrap_or(u8::MAX)
}

/// Notes in `history` that from `now` the plan is `times` (nothing when its size did not change).
/// A change is never taken back, even one made a moment ago: another computer may already have
/// it, and the later change is what says the plan's size there too.
pub fn note_plan(history: &mut Vec<PlanChange>, times: &[PracticeTime], now: Timestamp) {
    if history.last().is_some_and(|c| c.per_week == per_week(times)) {
        return;
    }
    note_plan_always(history, times, now);
}

/// Notes the plan `times` from `now` even when the last change noted has its size: after an undo,
/// whose snapshot does not hold the change it undid, which another computer may have.
pub fn note_plan_always(history: &mut Vec<PlanChange>, times: &[PracticeTime], now: Timestamp) {
    history.push(PlanChange { at: now, per_week: per_week(times) });
    if history.len() > MAX_PLAN_HISTORY {
        history.drain(..history.len() - MAX_PLAN_HISTORY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_history_notes_each_change_of_size_once() {
        let t = Timestamp::from_unix_secs;
        let time =
            |days: &[Weekday]| PracticeTime { id: 1, days: Weekdays::of(days), hour: 18, minute: 0, ladder: None };
        let mut history = Vec::new();
        note_plan(&mut history, &[time(&[Weekday::Mon, Weekday::Wed])], t(0));
        assert_eq!(history, [PlanChange { at: t(0), per_week: 2 }]);
        // The same size: nothing. Another size: noted, even a moment later, and even when it is
        // the size before (another computer may have the change between).
        note_plan(&mut history, &[time(&[Weekday::Tue, Weekday::Thu])], t(100));
        assert_eq!(history.len(), 1);
        note_plan(&mut history, &[time(&[Weekday::Mon])], t(200));
        note_plan(&mut history, &[time(&[Weekday::Mon, Weekday::Wed])], t(210));
        assert_eq!(
            history,
            [
                PlanChange { at: t(0), per_week: 2 },
                PlanChange { at: t(200), per_week: 1 },
                PlanChange { at: t(210), per_week: 2 }
            ]
        );
        note_plan(&mut history, &[], t(20_000));
        assert_eq!(history.last(), Some(&PlanChange { at: t(20_000), per_week: 0 }));
        note_plan_always(&mut history, &[], t(20_001));
        assert_eq!(history.len(), 5, "after an undo, noted whatever the last one says");
        for n in 0..(i64::try_from(MAX_PLAN_HISTORY).unwrap() + 10) {
            note_plan(
                &mut history,
                &[time(&Weekdays(u8::try_from(n % 2 * 2 + 1).unwrap()).days().collect::<Vec<_>>())],
                t(30_000 + n * 7200),
            );
        }
        assert_eq!(history.len(), MAX_PLAN_HISTORY, "the oldest go first");
    }

    #[test]
    fn weekdays_hold_the_chosen_days() {
        let days = Weekdays::of(&[Weekday::Mon, Weekday::Fri]);
        assert!(days.contains(Weekday::Mon) && days.contains(Weekday::Fri) && !days.contains(Weekday::Sun));
        assert_eq!(days.days().collect::<Vec<_>>(), [Weekday::Mon, Weekday::Fri]);
        let days = days.with(Weekday::Sun, true).with(Weekday::Mon, false);
        assert_eq!(days.days().collect::<Vec<_>>(), [Weekday::Fri, Weekday::Sun]);
        assert!(Weekdays::default().is_empty() && Weekdays(0x80).is_empty());
        assert_eq!(ron::to_string(&Weekdays::of(&[Weekday::Tue])).unwrap(), "2");
    }
}
