//! The person's practice times: what is planned today, what comes next, and how many practices
//! a week planned. Pure: the times come from the settings, `now` is passed in, and the calendar
//! is read in `now`'s time zone (the app passes `Local`, tests pin a real zone with `chrono-tz`).
//!
//! A practice time is a wall-clock time on chosen weekdays ("Monday, Wednesday and Friday at
//! 18:30"). On the night a DST change skips that hour, it moves on by the hour skipped (02:30
//! becomes 03:30); on the night an hour repeats, it is the first of the two. "Today" is the
//! person's day ([`coach::practice_date`]): with a day that starts at 04:00, a practice time at
//! 01:00 belongs to the evening before.

use chrono::{DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::coach;
use crate::i18n::{Arg, Lang, dates, tr_in};
use crate::model::{Library, PlanChange, PracticeTime, Settings};

/// One planned practice on one day: when, and which practice time it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot<Tz: TimeZone> {
    pub at: DateTime<Tz>,
    pub time: PracticeTime,
}

/// What the Today card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Today<Tz: TimeZone> {
    /// The person's day (see the module docs).
    pub date: NaiveDate,
    /// Today's practice times, earliest first (past ones too: they are shown, never scolded).
    pub planned: Vec<Slot<Tz>>,
    /// Exposures recorded today.
    pub done: usize,
    /// The next practice time after `now` (today or later).
    pub next: Option<Slot<Tz>>,
}

/// The moment `time` falls on `date` in `zone`: the wall-clock time, moved on by the hour a DST
/// change skipped, the first of two when an hour repeats.
fn at_on<Tz: TimeZone>(time: &PracticeTime, date: NaiveDate, zone: &Tz) -> Option<DateTime<Tz>> {
    let clock = NaiveTime::from_hms_opt(u32::from(time.hour), u32::from(time.minute), 0)?;
    let local = date.and_time(clock);
    match zone.from_local_datetime(&local) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Some(at),
        LocalResult::None => {
            // Skipped by a DST change: the same wall-clock time an hour later (or, for a
            // larger jump, the first moment that exists).
            (1..=3).find_map(|hours| zone.from_local_datetime(&(local + chrono::Duration::hours(hours))).earliest())
        }
    }
}

/// The practice times that fall on calendar date `date`, earliest first.
#[must_use]
pub fn slots_on<Tz: TimeZone>(times: &[PracticeTime], date: NaiveDate, zone: &Tz) -> Vec<Slot<Tz>> {
    let mut slots: Vec<Slot<Tz>> = times
        .iter()
        .filter(|t| t.days.contains(date.weekday()))
        .filter_map(|t| at_on(t, date, zone).map(|at| Slot { at, time: t.clone() }))
        .collect();
    slots.sort_by_key(|s| s.at.with_timezone(&Utc));
    slots
}

/// The first practice time strictly after `now`, within the coming eight days.
#[must_use]
pub fn next_after<Tz: TimeZone>(times: &[PracticeTime], now: &DateTime<Tz>) -> Option<Slot<Tz>> {
    let zone = now.timezone();
    let first = now.date_naive().checked_sub_days(Days::new(1))?;
    (0..9)
        .filter_map(|d| first.checked_add_days(Days::new(d)))
        .flat_map(|date| slots_on(times, date, &zone))
        .find(|slot| slot.at > *now)
}

/// Today's plan as of `now`: the person's day, its practice times, how many exposures were
/// recorded in it, and the next practice time.
#[must_use]
pub fn today<Tz: TimeZone>(library: &Library, now: &DateTime<Tz>) -> Today<Tz> {
    let zone = now.timezone();
    let starts_at = library.settings.day_starts_at;
    let day = |at: &DateTime<Tz>| coach::practice_today(at, starts_at);
    let date = day(now);
    let times = &library.settings.practice_times;
    // A practice time in the small hours of the next calendar date can belong to today.
    let planned: Vec<Slot<Tz>> = [Some(date), date.succ_opt()]
        .into_iter()
        .flatten()
        .flat_map(|d| slots_on(times, d, &zone))
        .filter(|slot| day(&slot.at) == date)
        .collect();
    let done = library.exposures.iter().filter(|e| coach::practice_date(e.started, &zone, starts_at) == date).count();
    Today { date, planned, done, next: next_after(times, now) }
}

/// "today at 18:30", "tomorrow at 08:00", "Friday at 18:30" (from `now`'s calendar date), or
/// "on 14 December at 18:30" beyond a week, in the language in use.
#[must_use]
pub fn describe<Tz: TimeZone>(at: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    describe_in(crate::i18n::language(), at, now)
}

/// [`describe`] in a given language.
#[must_use]
pub fn describe_in<Tz: TimeZone>(lang: Lang, at: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    let local = at.naive_local();
    let time = Arg::Text(dates::time(local.time()));
    let days = (at.date_naive() - now.date_naive()).num_days();
    match days {
        0 => tr_in(lang, "plan-today-at", &[("time", time)]),
        1 => tr_in(lang, "plan-tomorrow-at", &[("time", time)]),
        2..=6 => tr_in(
            lang,
            "plan-weekday-at",
            &[("weekday", Arg::Text(dates::weekday_in(lang, local.weekday()))), ("time", time)],
        ),
        _ => {
            let month = Arg::Text(tr_in(lang, &format!("month-{}", local.month()), &[]));
            tr_in(lang, "plan-date-at", &[("day", Arg::from(local.day())), ("month", month), ("time", time)])
        }
    }
}

/// The days of a practice time in words: "Monday, Wednesday and Friday", "every day", in the
/// language in use.
#[must_use]
pub fn days_in_words(days: crate::model::Weekdays) -> String {
    days_in_words_in(crate::i18n::language(), days)
}

/// [`days_in_words`] in a given language.
#[must_use]
pub fn days_in_words_in(lang: Lang, days: crate::model::Weekdays) -> String {
    let names: Vec<String> = days.days().map(|d| dates::weekday_in(lang, d)).collect();
    match names.len() {
        0 => tr_in(lang, "plan-days-none", &[]),
        7 => tr_in(lang, "plan-days-every", &[]),
        1 => names[0].clone(),
        n => tr_in(
            lang,
            "plan-days-list",
            &[("first", Arg::Text(names[..n - 1].join(", "))), ("last", Arg::Text(names[n - 1].clone()))],
        ),
    }
}

/// How many practices the times plan in any week (each day of a week comes once).
#[must_use]
pub fn planned_per_week(times: &[PracticeTime]) -> usize {
    times.iter().map(|t| t.days.days().count()).sum()
}

/// How many practices the times plan in the week starting on Monday `week_start`.
#[must_use]
pub fn planned_in_week(times: &[PracticeTime], week_start: NaiveDate) -> usize {
    (0..7)
        .filter_map(|d| week_start.checked_add_days(Days::new(d)))
        .map(|date| times.iter().filter(|t| t.days.contains(date.weekday())).count())
        .sum()
}

/// How many practice times the plan held for the week starting on Monday `week_start`: for this
/// week (and later ones), the plan as it is now; for a past week, the plan as it stood at the end
/// of that week (its last change on or before that Sunday, on the person's days). `None` for a
/// week before any plan.
#[must_use]
pub fn planned_for_week<Tz: TimeZone>(settings: &Settings, week_start: NaiveDate, now: &DateTime<Tz>) -> Option<usize> {
    let zone = now.timezone();
    let starts_at = settings.day_starts_at;
    let today = coach::practice_today(now, starts_at);
    let this_week = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    let day = |c: &PlanChange| coach::practice_date(c.at, &zone, starts_at);
    if week_start >= this_week {
        let planned = planned_in_week(&settings.practice_times, week_start);
        return (planned > 0 || !settings.plan_history.is_empty()).then_some(planned);
    }
    let sunday = week_start.checked_add_days(Days::new(6))?;
    settings.plan_history.iter().rev().find(|c| day(c) <= sunday).map(|c| usize::from(c.per_week))
}

/// How late a reminder may still come: a computer that wakes from sleep, or a window opened, more
/// than this after a practice time says nothing about that one (a reminder hours late would
/// only nag; the Today card shows the next time instead).
pub const REMINDER_LATE_MINUTES: i64 = 15;

/// After an exposure, no reminder for this long: the person has just practised.
pub const QUIET_AFTER_EXPOSURE_MINUTES: i64 = 60;

/// What the reminder timer does next.
#[derive(Clone, Debug, PartialEq)]
pub enum ReminderStep<Tz: TimeZone> {
    /// No practice time at all: wait for the plan to change.
    Idle,
    /// The next practice time is this far away.
    Wait(chrono::Duration),
    /// This practice time has come (it is after the one looked at last, and not after `now`).
    Due(Slot<Tz>),
}

/// The reminder timer's next step: the first practice time after `after` (the last one dealt
/// with, or the moment the window opened), due when it is not after `now`.
#[must_use]
pub fn reminder_step<Tz: TimeZone>(
    times: &[PracticeTime],
    after: &DateTime<Tz>,
    now: &DateTime<Tz>,
) -> ReminderStep<Tz> {
    match next_after(times, after) {
        None => ReminderStep::Idle,
        Some(slot) if slot.at <= *now => ReminderStep::Due(slot),
        Some(slot) => ReminderStep::Wait(slot.at - now.clone()),
    }
}

/// Until when a reminder would not help, as of `now`: while an exposure is under way (until it
/// ends), for an hour after the last one started, and for the rest of the person's day once the
/// day's limit of exposures is reached. `None`: remind at the next practice time.
#[must_use]
pub fn quiet_until<Tz: TimeZone>(library: &Library, now: &DateTime<Tz>) -> Option<DateTime<Utc>> {
    if library.in_progress.is_some() {
        return Some(DateTime::<Utc>::MAX_UTC);
    }
    let zone = now.timezone();
    let now_utc = now.with_timezone(&Utc);
    let starts_at = library.settings.day_starts_at;
    let today = coach::practice_today(now, starts_at);
    let last = library.exposures.iter().map(|e| e.started.utc()).filter(|t| *t <= now_utc).max();
    let after_last = last.map(|t| t + chrono::Duration::minutes(QUIET_AFTER_EXPOSURE_MINUTES)).filter(|t| *t > now_utc);
    let done_today =
        library.exposures.iter().filter(|e| coach::practice_date(e.started, &zone, starts_at) == today).count();
    let rest_of_day = (done_today >= coach::MAX_PER_DAY)
        .then(|| today.succ_opt())
        .flatten()
        .and_then(|tomorrow| {
            let start =
                NaiveTime::from_hms_opt(u32::from(starts_at.min(crate::model::limits::DAY_START_HOUR_MAX)), 0, 0)?;
            zone.from_local_datetime(&tomorrow.and_time(start)).earliest()
        })
        .map(|t| t.with_timezone(&Utc));
    after_last.into_iter().chain(rest_of_day).max()
}

/// Whether the practice time at `at`, come by `now`, is worth a reminder: not more than
/// [`REMINDER_LATE_MINUTES`] late, and not in a quiet time ([`quiet_until`]).
#[must_use]
pub fn worth_reminding(at: DateTime<Utc>, now: DateTime<Utc>, quiet_until: Option<DateTime<Utc>>) -> bool {
    let late = now - at;
    late >= chrono::Duration::zero()
        && late <= chrono::Duration::minutes(REMINDER_LATE_MINUTES)
        && quiet_until.is_none_or(|q| at >= q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExposureBuilder, Ladder, Rating, Timestamp, Weekdays};
    use chrono::Weekday;
    use chrono_tz::Europe::Rome;

    fn time(days: &[Weekday], hour: u8, minute: u8) -> PracticeTime {
        PracticeTime {
            id: u64::from(hour) * 100 + u64::from(minute),
            days: Weekdays::of(days),
            hour,
            minute,
            ladder: None,
        }
    }

    fn rome(y: i32, m: u32, d: u32, h: u32, mi: u32) -> DateTime<chrono_tz::Tz> {
        Rome.with_ymd_and_hms(y, m, d, h, mi, 0).single().unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn library(times: Vec<PracticeTime>) -> Library {
        let mut lib = Library::default();
        lib.settings.practice_times = times;
        lib
    }

    #[test]
    fn today_lists_the_times_of_its_weekday_and_the_next_one() {
        // Wednesday 2 December 2026, 12:00 in Rome.
        let lib = library(vec![time(&[Weekday::Mon, Weekday::Wed, Weekday::Fri], 18, 30), time(&[Weekday::Wed], 8, 0)]);
        let now = rome(2026, 12, 2, 12, 0);
        let today = today(&lib, &now);
        assert_eq!(today.date, date(2026, 12, 2));
        let at: Vec<_> = today.planned.iter().map(|s| s.at).collect();
        assert_eq!(at, [rome(2026, 12, 2, 8, 0), rome(2026, 12, 2, 18, 30)], "the missed one is still listed");
        assert_eq!(today.next.unwrap().at, rome(2026, 12, 2, 18, 30));
        // After the last one of the day, the next is Friday's.
        assert_eq!(
            next_after(&lib.settings.practice_times, &rome(2026, 12, 2, 19, 0)).unwrap().at,
            rome(2026, 12, 4, 18, 30)
        );
    }

    #[test]
    fn across_local_midnight_the_next_day_begins() {
        let times = vec![time(&[Weekday::Sun], 23, 30), time(&[Weekday::Mon], 0, 15)];
        // Sunday 6 December 2026, 23:50: the next is Monday 00:15.
        assert_eq!(next_after(&times, &rome(2026, 12, 6, 23, 50)).unwrap().at, rome(2026, 12, 7, 0, 15));
        let lib = library(times.clone());
        let monday = today(&lib, &rome(2026, 12, 7, 0, 5));
        assert_eq!(monday.date, date(2026, 12, 7));
        assert_eq!(monday.planned.len(), 1);
        // With a day that starts at 04:00, 00:05 on Monday is still Sunday: both are today's.
        let mut owl = library(times);
        owl.settings.day_starts_at = 4;
        let sunday = today(&owl, &rome(2026, 12, 7, 0, 5));
        assert_eq!(sunday.date, date(2026, 12, 6));
        let at: Vec<_> = sunday.planned.iter().map(|s| s.at).collect();
        assert_eq!(at, [rome(2026, 12, 6, 23, 30), rome(2026, 12, 7, 0, 15)]);
    }

    #[test]
    fn a_dst_change_moves_a_skipped_time_on_and_takes_the_first_of_a_repeated_one() {
        // Rome: 29 March 2026 skips 02:00-03:00; 25 October 2026 repeats 02:00-03:00.
        let times = vec![time(&[Weekday::Sun], 2, 30)];
        let spring = slots_on(&times, date(2026, 3, 29), &Rome);
        assert_eq!(spring[0].at, rome(2026, 3, 29, 3, 30));
        let autumn = slots_on(&times, date(2026, 10, 25), &Rome);
        assert_eq!(
            autumn[0].at.with_timezone(&Utc),
            Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap(),
            "02:30 CEST"
        );
        // An ordinary evening time keeps its wall-clock hour on both sides of the change.
        let evening = vec![time(&[Weekday::Sat, Weekday::Sun, Weekday::Mon], 18, 30)];
        for d in [28, 29, 30] {
            let slot = &slots_on(&evening, date(2026, 3, d), &Rome)[0];
            assert_eq!(slot.at.naive_local().time(), NaiveTime::from_hms_opt(18, 30, 0).unwrap());
        }
        assert_eq!(next_after(&times, &rome(2026, 3, 29, 1, 0)).unwrap().at, rome(2026, 3, 29, 3, 30));
    }

    #[test]
    fn times_and_days_in_words() {
        let now = rome(2026, 12, 2, 12, 0);
        assert_eq!(describe(&rome(2026, 12, 2, 18, 30), &now), "today at 18:30");
        assert_eq!(describe(&rome(2026, 12, 3, 8, 0), &now), "tomorrow at 08:00");
        assert_eq!(describe(&rome(2026, 12, 4, 18, 30), &now), "Friday at 18:30");
        assert_eq!(describe(&rome(2026, 12, 14, 18, 30), &now), "on 14 December at 18:30");
        assert_eq!(
            days_in_words(Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri])),
            "Monday, Wednesday and Friday"
        );
        assert_eq!(days_in_words(Weekdays(0x7F)), "every day");
        assert_eq!(days_in_words(Weekdays::of(&[Weekday::Sun])), "Sunday");
        assert_eq!(days_in_words(Weekdays(0)), "no day");
    }

    #[test]
    fn times_and_days_in_italian() {
        let it = Lang::from_tag("it").unwrap();
        let now = rome(2026, 12, 2, 12, 0);
        assert_eq!(describe_in(it, &rome(2026, 12, 2, 18, 30), &now), "oggi alle 18:30");
        assert_eq!(describe_in(it, &rome(2026, 12, 3, 8, 0), &now), "domani alle 08:00");
        assert_eq!(describe_in(it, &rome(2026, 12, 4, 18, 30), &now), "venerdì alle 18:30");
        assert_eq!(describe_in(it, &rome(2026, 12, 14, 18, 30), &now), "il 14 dicembre alle 18:30");
        assert_eq!(describe_in(it, &rome(2026, 12, 11, 9, 0), &now), "l'11 dicembre alle 09:00");
        assert_eq!(describe_in(it, &rome(2027, 1, 1, 9, 0), &now), "il 1° gennaio alle 09:00");
        assert_eq!(describe_in(it, &rome(2027, 1, 8, 9, 0), &now), "l'8 gennaio alle 09:00");
        assert_eq!(
            describe_in(Lang::english(), &rome(2027, 1, 8, 9, 0), &now),
            "on 8 January at 09:00",
            "no article in English"
        );
        let days = |d: &[Weekday]| days_in_words_in(it, Weekdays::of(d));
        assert_eq!(days(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]), "lunedì, mercoledì e venerdì");
        assert_eq!(days(&[Weekday::Sun]), "domenica");
        assert_eq!(days_in_words_in(it, Weekdays(0x7F)), "ogni giorno");
        assert_eq!(days_in_words_in(it, Weekdays(0)), "nessun giorno");
    }

    #[test]
    fn done_today_and_the_week_planned() {
        let ladder = Ladder::new("L", "f", &[("s", Rating::saturating(2))], Timestamp::EPOCH);
        let mut lib =
            library(vec![time(&[Weekday::Mon, Weekday::Wed, Weekday::Fri], 18, 30), time(&[Weekday::Sat], 10, 0)]);
        let at = |t: DateTime<chrono_tz::Tz>| Timestamp::from_utc(t.with_timezone(&Utc));
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(at(rome(2026, 12, 2, 9, 0))).build());
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(at(rome(2026, 12, 1, 9, 0))).build());
        assert_eq!(today(&lib, &rome(2026, 12, 2, 20, 0)).done, 1);
        assert_eq!(planned_in_week(&lib.settings.practice_times, date(2026, 11, 30)), 4);
        assert_eq!(planned_in_week(&[], date(2026, 11, 30)), 0);
        assert_eq!(planned_per_week(&lib.settings.practice_times), 4);
    }

    #[test]
    fn the_reminder_timer_waits_for_the_next_time_then_finds_it_due() {
        let times = vec![time(&[Weekday::Mon, Weekday::Wed, Weekday::Fri], 18, 30)];
        // Opened on Wednesday 2 December 2026 at 17:30: an hour to wait.
        let opened = rome(2026, 12, 2, 17, 30);
        assert_eq!(reminder_step(&times, &opened, &opened), ReminderStep::Wait(chrono::Duration::hours(1)));
        // At 18:30 exactly it is due; once dealt with, the next is Friday's.
        let at = rome(2026, 12, 2, 18, 30);
        let ReminderStep::Due(slot) = reminder_step(&times, &opened, &at) else { panic!("due at 18:30") };
        assert_eq!(slot.at, at);
        assert_eq!(reminder_step(&times, &slot.at, &at), ReminderStep::Wait(chrono::Duration::hours(48)));
        // A window opened after a time never reminds of it.
        assert_eq!(
            reminder_step(&times, &rome(2026, 12, 2, 18, 31), &rome(2026, 12, 2, 18, 31)),
            ReminderStep::Wait(chrono::Duration::hours(48) - chrono::Duration::minutes(1))
        );
        assert_eq!(reminder_step(&[], &opened, &opened), ReminderStep::Idle);
        // Across the spring DST night, the hour to wait is real time: 01:00 to 03:30 is 1.5 hours.
        let night = vec![time(&[Weekday::Sun], 2, 30)];
        let before = rome(2026, 3, 29, 1, 0);
        assert_eq!(reminder_step(&night, &before, &before), ReminderStep::Wait(chrono::Duration::minutes(90)));
    }

    #[test]
    fn a_reminder_comes_on_time_or_a_little_late_and_never_in_a_quiet_time() {
        let at = rome(2026, 12, 2, 18, 30).with_timezone(&Utc);
        let min = chrono::Duration::minutes;
        assert!(worth_reminding(at, at, None));
        assert!(worth_reminding(at, at + min(15), None), "a computer just woken from sleep");
        assert!(!worth_reminding(at, at + min(16), None), "too late: it would only nag");
        assert!(!worth_reminding(at, at - min(1), None));
        assert!(!worth_reminding(at, at, Some(at + min(1))));
        assert!(worth_reminding(at, at, Some(at)));
    }

    #[test]
    fn quiet_during_an_exposure_for_an_hour_after_one_and_once_the_day_is_full() {
        let ladder = Ladder::new("L", "f", &[("s", Rating::saturating(2))], Timestamp::EPOCH);
        let stamp = |t: DateTime<chrono_tz::Tz>| Timestamp::from_utc(t.with_timezone(&Utc));
        let utc = |t: DateTime<chrono_tz::Tz>| t.with_timezone(&Utc);
        let mut lib = library(vec![time(&[Weekday::Wed], 18, 30)]);
        let now = rome(2026, 12, 2, 18, 0);
        assert_eq!(quiet_until(&lib, &now), None);
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(stamp(rome(2026, 12, 2, 17, 45))).build());
        assert_eq!(quiet_until(&lib, &now), Some(utc(rome(2026, 12, 2, 18, 45))));
        assert_eq!(quiet_until(&lib, &rome(2026, 12, 2, 18, 46)), None, "an hour later it has passed");
        // Three today: quiet until the next day starts (04:00 with a day that starts then).
        lib.settings.day_starts_at = 4;
        for h in [9, 12] {
            lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(stamp(rome(2026, 12, 2, h, 0))).build());
        }
        assert_eq!(quiet_until(&lib, &rome(2026, 12, 2, 20, 0)), Some(utc(rome(2026, 12, 3, 4, 0))));
        lib.in_progress = Some(crate::model::ExposureDraft::new(ladder.id, ladder.steps[0].id, 180, None, false));
        assert_eq!(quiet_until(&lib, &now), Some(DateTime::<Utc>::MAX_UTC));
    }

    #[test]
    fn past_weeks_are_measured_against_the_plan_they_had() {
        let stamp = |t: DateTime<chrono_tz::Tz>| Timestamp::from_utc(t.with_timezone(&Utc));
        let mut settings = Settings::default();
        let now = rome(2026, 12, 2, 12, 0); // Wednesday; the week began on Monday 30 November.
        assert_eq!(planned_for_week(&settings, date(2026, 11, 30), &now), None, "no plan ever");
        // Three a week from Tuesday 10 November, five from Sunday 22 November at 23:00 (the plan
        // at the end of that week), none from Thursday 26 November.
        settings.plan_history = vec![
            PlanChange { at: stamp(rome(2026, 11, 10, 9, 0)), per_week: 3 },
            PlanChange { at: stamp(rome(2026, 11, 22, 23, 0)), per_week: 5 },
            PlanChange { at: stamp(rome(2026, 11, 26, 9, 0)), per_week: 0 },
        ];
        assert_eq!(planned_for_week(&settings, date(2026, 11, 2), &now), None, "before the first plan");
        assert_eq!(planned_for_week(&settings, date(2026, 11, 9), &now), Some(3));
        assert_eq!(planned_for_week(&settings, date(2026, 11, 16), &now), Some(5), "as it stood on Sunday night");
        assert_eq!(planned_for_week(&settings, date(2026, 11, 23), &now), Some(0));
        // This week: the plan as it is now.
        settings.practice_times = vec![time(&[Weekday::Mon, Weekday::Thu], 18, 30)];
        assert_eq!(planned_for_week(&settings, date(2026, 11, 30), &now), Some(2));
        // A day that starts at 04:00: a change at 01:00 on Monday belongs to the Sunday before.
        settings.day_starts_at = 4;
        settings.plan_history = vec![PlanChange { at: stamp(rome(2026, 11, 23, 1, 0)), per_week: 4 }];
        assert_eq!(planned_for_week(&settings, date(2026, 11, 16), &now), Some(4));
    }
}
