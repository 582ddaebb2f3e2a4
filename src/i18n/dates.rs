//! Dates in the person's language: weekday and month names and the order of a date's parts
//! come from messages (`weekday-1` ... `weekday-7`, `month-1` ... `month-12`, their `.short`
//! attributes, and the `date-*` patterns), so a new language brings its own.

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, Timelike as _, Weekday};

use super::{Arg, Lang, language, tr_in};

/// "Monday" / "lunedì".
#[must_use]
pub fn weekday(day: Weekday) -> String {
    weekday_in(language(), day)
}

/// [`weekday`] in a given language.
#[must_use]
pub fn weekday_in(lang: Lang, day: Weekday) -> String {
    tr_in(lang, &format!("weekday-{}", day.number_from_monday()), &[])
}

/// "Mon" / "lun".
#[must_use]
pub fn weekday_short(day: Weekday) -> String {
    tr_in(language(), &format!("weekday-{}.short", day.number_from_monday()), &[])
}

/// "December" / "dicembre" (`month` 1-12).
#[must_use]
pub fn month(month: u32) -> String {
    tr_in(language(), &format!("month-{month}"), &[])
}

/// "Dec" / "dic" (`month` 1-12).
#[must_use]
pub fn month_short(month: u32) -> String {
    tr_in(language(), &format!("month-{month}.short"), &[])
}

/// "18:30" in every language Stepwise has (a 24-hour clock).
#[must_use]
pub fn time(at: chrono::NaiveTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

fn parts(lang: Lang, date: NaiveDate) -> Vec<(&'static str, Arg)> {
    let month = date.month();
    let weekday = date.weekday().number_from_monday();
    vec![
        ("day", Arg::from(date.day())),
        ("year", Arg::Text(date.year().to_string())),
        ("month", Arg::Text(tr_in(lang, &format!("month-{month}"), &[]))),
        ("month_short", Arg::Text(tr_in(lang, &format!("month-{month}.short"), &[]))),
        ("weekday", Arg::Text(tr_in(lang, &format!("weekday-{weekday}"), &[]))),
        ("weekday_short", Arg::Text(tr_in(lang, &format!("weekday-{weekday}.short"), &[]))),
    ]
}

/// "3 Dec" / "3 dic".
#[must_use]
pub fn day_month_short(date: NaiveDate) -> String {
    day_month_short_in(language(), date)
}

/// [`day_month_short`] in a given language.
#[must_use]
pub fn day_month_short_in(lang: Lang, date: NaiveDate) -> String {
    tr_in(lang, "date-day-month-short", &parts(lang, date))
}

/// "3 December" / "3 dicembre".
#[must_use]
pub fn day_month(date: NaiveDate) -> String {
    let lang = language();
    tr_in(lang, "date-day-month", &parts(lang, date))
}

/// "3 Dec 2026" / "3 dic 2026".
#[must_use]
pub fn short(date: NaiveDate) -> String {
    short_in(language(), date)
}

/// [`short`] in a given language.
#[must_use]
pub fn short_in(lang: Lang, date: NaiveDate) -> String {
    tr_in(lang, "date-short", &parts(lang, date))
}

/// "Thu 3 Dec 2026" / "gio 3 dic 2026".
#[must_use]
pub fn with_weekday_short(date: NaiveDate) -> String {
    let lang = language();
    tr_in(lang, "date-weekday-short", &parts(lang, date))
}

/// "Thursday 3 December 2026" / "giovedì 3 dicembre 2026".
#[must_use]
pub fn long(date: NaiveDate) -> String {
    long_in(language(), date)
}

/// [`long`] in a given language.
#[must_use]
pub fn long_in(lang: Lang, date: NaiveDate) -> String {
    tr_in(lang, "date-long", &parts(lang, date))
}

/// "Thursday 3 December 2026, 09:30" / "giovedì 3 dicembre 2026, 09:30".
#[must_use]
pub fn long_with_time(at: NaiveDateTime) -> String {
    let lang = language();
    let mut args = parts(lang, at.date());
    args.push(("time", Arg::Text(time(at.time()))));
    tr_in(lang, "date-long-time", &args)
}
