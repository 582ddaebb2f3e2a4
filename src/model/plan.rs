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

/// Notes in `history` that from `now` the plan is `times`: nothing when its size did not change;
/// edits within an hour of the last noted change replace it (a burst of edits is one change).
pub fn note_plan(history: &mut Vec<PlanChange>, times: &[PracticeTime], now: Timestamp) {
    let per_week = per_week(times);
    let last = history.last().copied();
    if last.is_some_and(|c| c.per_week == per_week) {
        return;
    }
    if let Some(last) = last
        && last.at <= now
        && now.unix_secs() - last.at.unix_secs() < 3600
    {
        history.pop();
        if history.last().is_some_and(|c| c.per_week == per_week) {
            return;
        }
    }
    history.push(PlanChange { at: now, per_week });
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
        // The same size: nothing. Within the hour: the burst is one change.
        note_plan(&mut history, &[time(&[Weekday::Tue, Weekday::Thu])], t(100));
        note_plan(&mut history, &[time(&[Weekday::Mon])], t(200));
        assert_eq!(history, [PlanChange { at: t(200), per_week: 1 }]);
        note_plan(&mut history, &[time(&[Weekday::Mon, Weekday::Fri, Weekday::Sat])], t(10_000));
        assert_eq!(history.len(), 2);
        // Back to the size before within the hour: the change is undone, not noted twice.
        note_plan(&mut history, &[time(&[Weekday::Mon])], t(10_100));
        assert_eq!(history, [PlanChange { at: t(200), per_week: 1 }]);
        note_plan(&mut history, &[], t(20_000));
        assert_eq!(history.last(), Some(&PlanChange { at: t(20_000), per_week: 0 }));
        for n in 0..(MAX_PLAN_HISTORY as i64 + 10) {
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
