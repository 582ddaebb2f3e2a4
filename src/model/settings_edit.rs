//! Changes to the person's settings, as the Settings screen asks for them. Each is checked
//! against [`limits`] (a value outside them changes nothing and says why), stamps the field it
//! changes for merging, and is undoable like a ladder edit.

use super::{Anchors, Library, PracticeTime, Timestamp, limits, next_stamp, same_words};

/// A change to one setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsEdit {
    WeeklyGoal(u8),
    MasteryStreak(u8),
    ExposureMinutes(u8),
    /// The hour a new day starts (0 = midnight).
    DayStartsAt(u8),
    Anchors(Anchors),
    ReducedMotion(bool),
    AddSafetyBehaviour(String),
    RenameSafetyBehaviour {
        index: usize,
        name: String,
    },
    RemoveSafetyBehaviour(usize),
    /// The notice about before-ratings that stay high was closed.
    DismissHighBaseline,
    /// A new practice time, or a changed one (matched by id).
    SetPracticeTime(PracticeTime),
    RemovePracticeTime(u64),
}

/// A setting that must stay within limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounded {
    WeeklyGoal,
    MasteryStreak,
    ExposureMinutes,
    DayStart,
}

/// Why a setting was not changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    OutOfRange { what: Bounded, min: u32, max: u32 },
    EmptyBehaviour,
    DuplicateBehaviour(String),
    TooManyBehaviours,
    TooLong(usize),
    NoBehaviour,
    NoDays,
    NotATime(u8, u8),
    TooManyTimes,
    NoTime,
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::OutOfRange { what, min, max } => {
                let id = match what {
                    Bounded::WeeklyGoal => "ladders-settings-error-weekly-goal",
                    Bounded::MasteryStreak => "ladders-settings-error-mastery-streak",
                    Bounded::ExposureMinutes => "ladders-settings-error-exposure-minutes",
                    Bounded::DayStart => "ladders-settings-error-day-start",
                };
                crate::t!(id, min = *min, max = *max)
            }
            Self::EmptyBehaviour => crate::t!("ladders-settings-error-empty-behaviour"),
            Self::DuplicateBehaviour(name) => crate::t!("ladders-settings-error-duplicate-behaviour", name = name),
            Self::TooManyBehaviours => {
                crate::t!("ladders-settings-error-too-many-behaviours", count = limits::MAX_SAFETY_BEHAVIOURS)
            }
            Self::TooLong(max) => crate::t!("ladders-settings-error-too-long", max = *max),
            Self::NoBehaviour => crate::t!("ladders-settings-error-no-behaviour"),
            Self::NoDays => crate::t!("ladders-settings-error-no-days"),
            Self::NotATime(hour, minute) => {
                crate::t!("ladders-settings-error-not-a-time", time = format!("{hour}:{minute:02}"))
            }
            Self::TooManyTimes => {
                crate::t!("ladders-settings-error-too-many-times", count = limits::MAX_PRACTICE_TIMES)
            }
            Self::NoTime => crate::t!("ladders-settings-error-no-time"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SettingsError {}

impl SettingsEdit {
    /// A short description for the undo and redo menus ("Undo change weekly goal"), in the
    /// language in use.
    #[must_use]
    pub fn label(&self) -> &'static str {
        super::undo::undo_label(self.label_id())
    }

    /// The message id of [`SettingsEdit::label`].
    #[must_use]
    pub fn label_id(&self) -> &'static str {
        match self {
            Self::WeeklyGoal(_) => "ladders-undo-weekly-goal",
            Self::MasteryStreak(_) => "ladders-undo-mastery-streak",
            Self::ExposureMinutes(_) => "ladders-undo-exposure-length",
            Self::DayStartsAt(_) => "ladders-undo-day-start",
            Self::Anchors(_) => "ladders-undo-anchors",
            Self::ReducedMotion(_) => "ladders-undo-reduced-motion",
            Self::AddSafetyBehaviour(_) => "ladders-undo-add-behaviour",
            Self::RenameSafetyBehaviour { .. } => "ladders-undo-edit-behaviour",
            Self::RemoveSafetyBehaviour(_) => "ladders-undo-remove-behaviour",
            Self::DismissHighBaseline => "ladders-undo-close-notice",
            Self::SetPracticeTime(_) => "ladders-undo-practice-time",
            Self::RemovePracticeTime(_) => "ladders-undo-remove-practice-time",
        }
    }
}

fn in_range(value: u8, range: &std::ops::RangeInclusive<u8>, what: Bounded) -> Result<u8, SettingsError> {
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(SettingsError::OutOfRange { what, min: u32::from(*range.start()), max: u32::from(*range.end()) })
    }
}

fn behaviour_name(library: &Library, name: &str, except: Option<usize>) -> Result<String, SettingsError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(SettingsError::EmptyBehaviour);
    }
    if name.chars().count() > limits::SHORT_TEXT_CHARS {
        return Err(SettingsError::TooLong(limits::SHORT_TEXT_CHARS));
    }
    let list = &library.settings.safety_behaviours;
    if list.iter().enumerate().any(|(i, b)| Some(i) != except && same_words(b, &name)) {
        return Err(SettingsError::DuplicateBehaviour(name));
    }
    Ok(name)
}

/// Applies `edit` as of `now`; on an error the library is unchanged. Returns whether anything
/// changed: setting a value it already has changes nothing, not even its change time (so it
/// neither makes an undo step nor wins a merge it should not).
pub fn apply_settings(library: &mut Library, edit: &SettingsEdit, now: Timestamp) -> Result<bool, SettingsError> {
    let before = library.settings.clone();
    apply_checked(library, edit, now)?;
    let mut after = library.settings.clone();
    after.changed = before.changed;
    if after == before {
        library.settings = before;
        return Ok(false);
    }
    Ok(true)
}

fn apply_checked(library: &mut Library, edit: &SettingsEdit, now: Timestamp) -> Result<(), SettingsError> {
    // Checked first, so an error changes nothing.
    match edit {
        SettingsEdit::WeeklyGoal(goal) => {
            let goal = in_range(*goal, &limits::WEEKLY_GOAL_RANGE, Bounded::WeeklyGoal)?;
            let s = &mut library.settings;
            s.weekly_goal = goal;
            s.changed.weekly_goal = next_stamp(s.changed.weekly_goal, now);
        }
        SettingsEdit::MasteryStreak(streak) => {
            let streak = in_range(*streak, &limits::MASTERY_STREAK_RANGE, Bounded::MasteryStreak)?;
            let s = &mut library.settings;
            s.mastery_streak = streak;
            s.changed.mastery_streak = next_stamp(s.changed.mastery_streak, now);
        }
        SettingsEdit::ExposureMinutes(minutes) => {
            let minutes = in_range(*minutes, &limits::EXPOSURE_MINUTES_RANGE, Bounded::ExposureMinutes)?;
            let s = &mut library.settings;
            s.exposure_minutes = minutes;
            s.changed.exposure_minutes = next_stamp(s.changed.exposure_minutes, now);
        }
        SettingsEdit::DayStartsAt(hour) => {
            let hour = in_range(*hour, &(0..=limits::DAY_START_HOUR_MAX), Bounded::DayStart)?;
            let s = &mut library.settings;
            s.day_starts_at = hour;
            s.changed.day_starts_at = next_stamp(s.changed.day_starts_at, now);
        }
        SettingsEdit::Anchors(anchors) => {
            let trimmed = Anchors {
                calm: anchors.calm.trim().to_owned(),
                middle: anchors.middle.trim().to_owned(),
                worst: anchors.worst.trim().to_owned(),
            };
            if [&trimmed.calm, &trimmed.middle, &trimmed.worst]
                .iter()
                .any(|t| t.chars().count() > limits::SHORT_TEXT_CHARS)
            {
                return Err(SettingsError::TooLong(limits::SHORT_TEXT_CHARS));
            }
            let s = &mut library.settings;
            s.anchors = trimmed;
            s.changed.anchors = next_stamp(s.changed.anchors, now);
        }
        SettingsEdit::ReducedMotion(on) => {
            let s = &mut library.settings;
            s.reduced_motion = *on;
            s.changed.reduced_motion = next_stamp(s.changed.reduced_motion, now);
        }
        SettingsEdit::AddSafetyBehaviour(name) => {
            if library.settings.safety_behaviours.len() >= limits::MAX_SAFETY_BEHAVIOURS {
                return Err(SettingsError::TooManyBehaviours);
            }
            let name = behaviour_name(library, name, None)?;
            let s = &mut library.settings;
            s.safety_behaviours.push(name);
            s.changed.safety_behaviours = next_stamp(s.changed.safety_behaviours, now);
        }
        SettingsEdit::RenameSafetyBehaviour { index, name } => {
            if *index >= library.settings.safety_behaviours.len() {
                return Err(SettingsError::NoBehaviour);
            }
            let name = behaviour_name(library, name, Some(*index))?;
            let s = &mut library.settings;
            s.safety_behaviours[*index] = name;
            s.changed.safety_behaviours = next_stamp(s.changed.safety_behaviours, now);
        }
        SettingsEdit::RemoveSafetyBehaviour(index) => {
            let s = &mut library.settings;
            if *index >= s.safety_behaviours.len() {
                return Err(SettingsError::NoBehaviour);
            }
            s.safety_behaviours.remove(*index);
            s.changed.safety_behaviours = next_stamp(s.changed.safety_behaviours, now);
        }
        SettingsEdit::SetPracticeTime(time) => {
            if time.days.is_empty() || time.days.0 > 0x7F {
                return Err(SettingsError::NoDays);
            }
            if time.hour > 23 || time.minute > 59 {
                return Err(SettingsError::NotATime(time.hour, time.minute));
            }
            let s = &mut library.settings;
            match s.practice_times.iter().position(|t| t.id == time.id) {
                Some(index) => s.practice_times[index] = time.clone(),
                None if s.practice_times.len() >= limits::MAX_PRACTICE_TIMES => {
                    return Err(SettingsError::TooManyTimes);
                }
                None => s.practice_times.push(time.clone()),
            }
            s.changed.practice_times = next_stamp(s.changed.practice_times, now);
            super::plan::note_plan(&mut s.plan_history, &s.practice_times, now);
        }
        SettingsEdit::RemovePracticeTime(id) => {
            let s = &mut library.settings;
            let Some(index) = s.practice_times.iter().position(|t| t.id == *id) else {
                return Err(SettingsError::NoTime);
            };
            s.practice_times.remove(index);
            s.changed.practice_times = next_stamp(s.changed.practice_times, now);
            super::plan::note_plan(&mut s.plan_history, &s.practice_times, now);
        }
        SettingsEdit::DismissHighBaseline => {
            let s = &mut library.settings;
            s.high_baseline_dismissed = Some(now);
            s.changed.high_baseline_dismissed = next_stamp(s.changed.high_baseline_dismissed, now);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_795_000_000 + secs)
    }

    #[test]
    fn values_outside_the_limits_change_nothing() {
        let mut lib = Library::default();
        let before = lib.clone();
        for edit in [
            SettingsEdit::WeeklyGoal(0),
            SettingsEdit::WeeklyGoal(22),
            SettingsEdit::MasteryStreak(1),
            SettingsEdit::MasteryStreak(4),
            SettingsEdit::ExposureMinutes(5),
            SettingsEdit::DayStartsAt(limits::DAY_START_HOUR_MAX + 1),
            SettingsEdit::AddSafetyBehaviour("   ".into()),
            SettingsEdit::AddSafetyBehaviour("avoiding  EYE contact".into()),
            SettingsEdit::RemoveSafetyBehaviour(99),
            SettingsEdit::Anchors(Anchors { worst: "x".repeat(limits::SHORT_TEXT_CHARS + 1), ..Anchors::default() }),
        ] {
            assert!(apply_settings(&mut lib, &edit, t(0)).is_err(), "{edit:?}");
            assert_eq!(lib, before, "{edit:?}");
        }
        let err = apply_settings(&mut lib, &SettingsEdit::WeeklyGoal(30), t(0)).unwrap_err();
        assert_eq!(err.to_string(), "The weekly goal must be between 1 and 21");
    }

    #[test]
    fn errors_and_undo_descriptions_are_sentences_in_each_language() {
        use crate::i18n::{Arg, Lang, tr_in};
        let it = Lang::from_tag("it").unwrap();
        assert_eq!(SettingsError::NotATime(25, 5).to_string(), "25:05 is not a time of day");
        assert_eq!(SettingsError::DuplicateBehaviour("Avoiding eye contact".into()).to_string(), {
            "\"Avoiding eye contact\" is already in your list"
        });
        assert_eq!(SettingsError::TooManyBehaviours.to_string(), "your list already has 30 safety behaviours");
        assert_eq!(SettingsEdit::WeeklyGoal(3).label(), "change weekly goal");
        let range = [("min", Arg::from(1)), ("max", Arg::from(21))];
        assert_eq!(
            tr_in(it, "ladders-settings-error-weekly-goal", &range),
            "L'obiettivo settimanale deve essere tra 1 e 21"
        );
        assert_eq!(tr_in(it, "ladders-undo-weekly-goal", &[]), "modifica dell'obiettivo settimanale");
    }

    #[test]
    fn a_change_is_made_and_stamped() {
        let mut lib = Library::default();
        apply_settings(&mut lib, &SettingsEdit::WeeklyGoal(5), t(10)).unwrap();
        apply_settings(&mut lib, &SettingsEdit::MasteryStreak(2), t(11)).unwrap();
        apply_settings(&mut lib, &SettingsEdit::DayStartsAt(4), t(12)).unwrap();
        apply_settings(&mut lib, &SettingsEdit::AddSafetyBehaviour("  Wearing   sunglasses ".into()), t(13)).unwrap();
        apply_settings(&mut lib, &SettingsEdit::RemoveSafetyBehaviour(0), t(14)).unwrap();
        let s = &lib.settings;
        assert_eq!((s.weekly_goal, s.mastery_streak, s.day_starts_at), (5, 2, 4));
        assert_eq!(s.safety_behaviours.last().map(String::as_str), Some("Wearing sunglasses"));
        assert!(!s.safety_behaviours.iter().any(|b| b == "Rehearsing what to say"));
        assert_eq!((s.changed.weekly_goal, s.changed.safety_behaviours), (t(10), t(14)));
        // Renaming to its own name in another case is not a duplicate.
        let last = s.safety_behaviours.len() - 1;
        let rename = SettingsEdit::RenameSafetyBehaviour { index: last, name: "wearing sunglasses".into() };
        apply_settings(&mut lib, &rename, t(15)).unwrap();
        assert_eq!(lib.settings.safety_behaviours[last], "wearing sunglasses");
    }

    #[test]
    fn setting_the_same_value_again_changes_nothing() {
        let mut lib = Library::default();
        assert_eq!(apply_settings(&mut lib, &SettingsEdit::WeeklyGoal(10), t(5)), Ok(false));
        assert_eq!(lib, Library::default(), "not even the change time");
        let same = SettingsEdit::Anchors(Anchors { calm: "  ".into(), ..Anchors::default() });
        assert_eq!(apply_settings(&mut lib, &same, t(6)), Ok(false));
        assert_eq!(apply_settings(&mut lib, &SettingsEdit::WeeklyGoal(9), t(7)), Ok(true));
    }

    #[test]
    fn practice_times_are_added_changed_and_removed() {
        use crate::model::Weekdays;
        use chrono::Weekday;
        let mut lib = Library::default();
        let mut time = PracticeTime { id: 7, days: Weekdays::of(&[Weekday::Mon]), hour: 18, minute: 30, ladder: None };
        apply_settings(&mut lib, &SettingsEdit::SetPracticeTime(time.clone()), t(1)).unwrap();
        time.days = time.days.with(Weekday::Fri, true);
        apply_settings(&mut lib, &SettingsEdit::SetPracticeTime(time.clone()), t(2)).unwrap();
        assert_eq!(lib.settings.practice_times, [time.clone()], "changed in place, matched by id");
        for bad in [
            PracticeTime { days: Weekdays::default(), ..time.clone() },
            PracticeTime { hour: 24, ..time.clone() },
            PracticeTime { minute: 60, ..time.clone() },
        ] {
            assert!(apply_settings(&mut lib, &SettingsEdit::SetPracticeTime(bad), t(3)).is_err());
        }
        assert_eq!(apply_settings(&mut lib, &SettingsEdit::RemovePracticeTime(8), t(4)), Err(SettingsError::NoTime));
        apply_settings(&mut lib, &SettingsEdit::RemovePracticeTime(7), t(5)).unwrap();
        assert!(lib.settings.practice_times.is_empty());
        assert_eq!(lib.settings.changed.practice_times, t(5));
    }

    #[test]
    fn a_clock_behind_the_last_change_still_stamps_later() {
        let mut lib = Library::default();
        lib.settings.changed.weekly_goal = t(100);
        apply_settings(&mut lib, &SettingsEdit::WeeklyGoal(7), t(50)).unwrap();
        assert_eq!(lib.settings.changed.weekly_goal, t(101));
    }
}
