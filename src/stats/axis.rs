//! The date axis of the Progress plots: one coordinate for every point, date mark, week bar and
//! hover label.
//!
//! x is a *local* day number: days since 1970-01-01 on the calendar of the zone the dates are
//! read in, with the time of day as the fraction. Local midnight of a date is a whole number
//! ([`date_day`]), so an exposure at 00:05 sits just right of its own date's mark, and
//! [`day_date`] turns any x back into that date. Anything placed on the axis goes through
//! [`plot_day`] (an instant) or [`date_day`] (a calendar date); nothing uses UTC days.
//!
//! Pure: no egui. The screen wraps [`date_marks`] into the plot library's grid marks.

use chrono::{Datelike, Days, Months, NaiveDate, TimeZone};

use crate::i18n::{self, Arg, Lang, language, tr_in};
use crate::model::Timestamp;

const SECS_PER_DAY: f64 = 86_400.0;
/// Coordinates are clamped to about ±2,700 years around 1970 before they become dates.
const MAX_DAYS: f64 = 1e6;
/// A computed coordinate (a bar's centre less half its width) may miss a whole number by a
/// rounding error; this much below one still counts as it. Far less than a second, so a real
/// instant is never moved to the next date.
const ROUNDING: f64 = 1e-9;

/// The x coordinate of the instant `t` in `zone`: its local date as days since 1970-01-01, plus
/// the local time of day as a fraction of a day.
#[must_use]
pub fn plot_day<Tz: TimeZone>(t: Timestamp, zone: &Tz) -> f64 {
    // The local wall-clock time, counted as if it were UTC: seconds since local 1970-01-01 00:00.
    let local = t.utc().with_timezone(zone).naive_local().and_utc();
    local.timestamp() as f64 / SECS_PER_DAY
}

/// The x coordinate of the start (local midnight) of a calendar date: a whole number.
#[must_use]
pub fn date_day(date: NaiveDate) -> f64 {
    date.signed_duration_since(NaiveDate::default()).num_days() as f64
}

/// The local calendar date an x coordinate falls on (the inverse of [`plot_day`] and
/// [`date_day`], to the day).
#[must_use]
pub fn day_date(x: f64) -> NaiveDate {
    let days = (x + ROUNDING).floor().clamp(-MAX_DAYS, MAX_DAYS) as i64;
    let epoch = NaiveDate::default();
    let moved = if days >= 0 {
        epoch.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        epoch.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.unwrap_or(epoch)
}

/// The date of an x coordinate as a hover label shows it: "3 Nov 2026".
#[must_use]
pub fn date_text(x: f64) -> String {
    date_text_in(language(), x)
}

/// [`date_text`] in a given language.
#[must_use]
pub fn date_text_in(lang: Lang, x: f64) -> String {
    i18n::dates::short_in(lang, day_date(x))
}

/// One grid mark of a date axis, at the start of a calendar date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DateMark {
    /// The mark's x coordinate ([`date_day`] of its date).
    pub day: f64,
    /// Roughly how many days apart the marks are: 1, 7 or 14, or about 30 per month.
    pub step_days: f64,
}

/// How far apart the marks of a date axis are.
#[derive(Clone, Copy)]
enum Stride {
    Days(u64),
    Months(u32),
}

/// Marks for a date axis showing x from `min` to `max`, at calendar boundaries (days, Mondays,
/// months, years), about four to eight of them.
#[must_use]
pub fn date_marks(min: f64, max: f64) -> Vec<DateMark> {
    let span = (max - min).max(1.0);
    let first = day_date(min);
    let (start, stride) = if span <= 10.0 {
        (first, Stride::Days(1))
    } else if span <= 100.0 {
        (super::week_start(first), Stride::Days(if span <= 45.0 { 7 } else { 14 }))
    } else {
        let months = match span {
            s if s <= 240.0 => 1,
            s if s <= 700.0 => 3,
            s if s <= 1_500.0 => 6,
            s if s <= 3_000.0 => 12,
            _ => 24,
        };
        let month_start = first.with_day(1).unwrap_or(first);
        let start = if months >= 12 { month_start.with_month(1).unwrap_or(month_start) } else { month_start };
        (start, Stride::Months(months))
    };
    let step_days = match stride {
        Stride::Days(n) => n as f64,
        Stride::Months(n) => 30.44 * f64::from(n),
    };
    let mut marks = Vec::new();
    let mut date = Some(start);
    while let Some(d) = date {
        let day = date_day(d);
        if day > max || marks.len() > 64 {
            break;
        }
        if day >= min {
            marks.push(DateMark { day, step_days });
        }
        date = match stride {
            Stride::Days(n) => d.checked_add_days(Days::new(n)),
            Stride::Months(n) => d.checked_add_months(Months::new(n)),
        };
    }
    marks
}

/// A mark's label: "3 Nov" for days and weeks, "Nov 2026" for months, "2026" for years.
#[must_use]
pub fn date_mark_text(mark: DateMark) -> String {
    date_mark_text_in(language(), mark)
}

/// [`date_mark_text`] in a given language.
#[must_use]
pub fn date_mark_text_in(lang: Lang, mark: DateMark) -> String {
    let date = day_date(mark.day);
    match mark.step_days {
        s if s < 28.0 => i18n::dates::day_month_short_in(lang, date),
        s if s < 360.0 => {
            let month_short = tr_in(lang, &format!("month-{}.short", date.month()), &[]);
            tr_in(
                lang,
                "progress-date-month-year",
                &[("month_short", Arg::from(month_short)), ("year", Arg::from(date.year().to_string()))],
            )
        }
        _ => date.year().to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // coordinates of dates are whole numbers, exactly
mod tests {
    use super::*;
    use crate::stats::tests::{local, ts, zone};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn an_instant_lands_on_its_local_date_in_every_zone() {
        // 2 Nov 2026 is day 20,759.
        assert_eq!(date_day(date(2026, 11, 2)), 20_759.0);
        for offset in [-12, -8, -1, 0, 1, 5, 10, 14] {
            let midnight = local(offset, 2026, 11, 3, 0, 0);
            assert_eq!(plot_day(ts(&midnight), &zone(offset)), 20_760.0, "UTC{offset:+}");
            for (h, m) in [(0, 5), (12, 0), (23, 55)] {
                let t = ts(&local(offset, 2026, 11, 3, h, m));
                let x = plot_day(t, &zone(offset));
                assert_eq!(day_date(x), date(2026, 11, 3), "{h}:{m} at UTC{offset:+}");
                assert_eq!(day_date(x), crate::stats::local_date(t, &zone(offset)));
                assert_eq!(date_text_in(Lang::english(), x), "3 Nov 2026");
            }
        }
        let noon = plot_day(ts(&local(10, 2026, 11, 3, 12, 0)), &zone(10));
        assert_eq!(noon, 20_760.5, "the time of day is the fraction");
    }

    #[test]
    fn dates_before_1970_and_rounding_errors() {
        assert_eq!(day_date(-0.5), date(1969, 12, 31));
        assert_eq!(day_date(date_day(date(1950, 6, 1))), date(1950, 6, 1));
        assert_eq!(day_date(20_759.0 - 1e-12), date(2026, 11, 2), "a rounding error is forgiven");
        assert_eq!(day_date(f64::NAN), NaiveDate::default());
    }

    fn marks(min: f64, max: f64) -> Vec<DateMark> {
        date_marks(min, max)
    }

    #[test]
    fn date_axes_mark_calendar_boundaries() {
        let en = Lang::english();
        // 12 weeks up to 18 Nov 2026 (day 20,775): a mark every other Monday.
        let twelve_weeks = marks(20_691.0, 20_775.0);
        let labels: Vec<String> = twelve_weeks.iter().map(|m| date_mark_text_in(en, *m)).collect();
        assert_eq!(labels, ["7 Sep", "21 Sep", "5 Oct", "19 Oct", "2 Nov", "16 Nov"]);
        for mark in &twelve_weeks {
            assert_eq!(day_date(mark.day).weekday(), chrono::Weekday::Mon);
        }
        // A year: a mark each quarter, labelled by month.
        let year: Vec<String> = marks(20_410.0, 20_775.0).iter().map(|m| date_mark_text_in(en, *m)).collect();
        assert_eq!(year, ["Feb 2026", "May 2026", "Aug 2026", "Nov 2026"]);
        // Eleven years: every other 1 January.
        let years: Vec<String> = marks(16_760.0, 20_775.0).iter().map(|m| date_mark_text_in(en, *m)).collect();
        assert_eq!(years, ["2017", "2019", "2021", "2023", "2025"]);
        // A few days: every day.
        assert_eq!(marks(20_770.0, 20_775.0).len(), 6);
        // Calendar dates are shown as themselves, in every time zone: 2 Nov 2026 is day 20,759.
        assert_eq!(date_mark_text_in(en, DateMark { day: 20_759.0, step_days: 1.0 }), "2 Nov");
    }

    #[test]
    fn dates_on_the_axis_in_italian() {
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        assert_eq!(date_text_in(it, 20_760.5), "3 nov 2026");
        let weeks: Vec<String> = marks(20_691.0, 20_775.0).iter().map(|m| date_mark_text_in(it, *m)).collect();
        assert_eq!(weeks, ["7 set", "21 set", "5 ott", "19 ott", "2 nov", "16 nov"]);
        let year: Vec<String> = marks(20_410.0, 20_775.0).iter().map(|m| date_mark_text_in(it, *m)).collect();
        assert_eq!(year, ["feb 2026", "mag 2026", "ago 2026", "nov 2026"]);
        assert_eq!(date_mark_text_in(it, DateMark { day: 20_759.0, step_days: 400.0 }), "2026");
    }
}
