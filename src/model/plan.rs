//! When the person means to practise (format version 4): practice times on chosen weekdays.

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use super::LadderId;

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

#[cfg(test)]
mod tests {
    use super::*;

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
