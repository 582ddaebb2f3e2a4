//! The practice times as an iCalendar file (RFC 5545), to add to a calendar: one weekly
//! recurring event per practice time, with a reminder 10 minutes before.
//!
//! - **Floating local time.** `DTSTART` is a wall-clock time with no zone (RFC 5545 3.3.5, form
//!   1): the calendar places it in its own zone, so 18:30 stays 18:30 across DST changes and when
//!   the person travels, which is what a practice time means. A `TZID` would need a `VTIMEZONE`
//!   written from the system's zone rules, which Stepwise does not have by name on every system.
//! - **Stable `UID`s**, one per practice time (its id), so importing a newer export updates the
//!   events instead of adding them twice.
//! - **Neutral by default.** The title is "Practice time": calendars are shared and shown on
//!   lock screens. The ladder's name appears only when the person chose that in the export.
//! - CRLF line ends, lines folded at 75 octets, text escaped (`\\`, `;`, `,`, line breaks).
//! - The texts (the calendar's name, the events' titles, description and reminder) are in the
//!   language in use; the fields, `PRODID` and `UID`s are the same in every language, so an
//!   export in another language still updates the same events.

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc};

use crate::i18n::Lang;
use crate::model::{Library, PracticeTime, Timestamp};

/// Minutes before a practice time that the calendar reminds.
pub const REMINDER_MINUTES: u32 = 10;
/// How long each event lasts in the calendar: a short exposure and its reflection.
pub const EVENT_MINUTES: u32 = 15;

/// The practice times of `library` as an iCalendar file, made at `now`. `name_ladders`: the
/// event's title names the practice time's ladder (when it has one).
#[must_use]
pub fn ics<Tz: TimeZone>(library: &Library, now: &DateTime<Tz>, name_ladders: bool) -> String {
    ics_in(crate::i18n::language(), library, now, name_ladders)
}

/// [`ics`] in `lang`.
fn ics_in<Tz: TimeZone>(lang: Lang, library: &Library, now: &DateTime<Tz>, name_ladders: bool) -> String {
    let mut out = Lines::default();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Stepwise//Practice times//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push(line);
    }
    out.push(&format!("X-WR-CALNAME:{}", escape(&tl!(lang, "export-ics-calendar-name"))));
    let description = format!("DESCRIPTION:{}", escape(&tl!(lang, "export-ics-description")));
    let stamp = utc_stamp(now.with_timezone(&Utc));
    let modified = utc_stamp(library.settings.changed.practice_times.utc());
    let today = now.date_naive();
    for time in &library.settings.practice_times {
        let Some(first) = first_date(time, today) else { continue };
        let title = match time.ladder.and_then(|id| library.ladder(id)).filter(|_| name_ladders) {
            Some(ladder) => tl!(lang, "export-ics-title-ladder", ladder = &ladder.title),
            None => tl!(lang, "export-ics-title"),
        };
        out.push("BEGIN:VEVENT");
        out.push(&format!("UID:practice-time-{}@stepwise", time.id));
        out.push(&format!("DTSTAMP:{stamp}"));
        if library.settings.changed.practice_times != Timestamp::EPOCH {
            out.push(&format!("LAST-MODIFIED:{modified}"));
        }
        out.push(&format!(
            "DTSTART:{:04}{:02}{:02}T{:02}{:02}00",
            first.year(),
            first.month(),
            first.day(),
            time.hour,
            time.minute
        ));
        out.push(&format!("DURATION:PT{EVENT_MINUTES}M"));
        out.push(&format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day(time)));
        out.push(&format!("SUMMARY:{}", escape(&title)));
        out.push(&description);
        out.push("TRANSP:TRANSPARENT");
        out.push("BEGIN:VALARM");
        out.push("ACTION:DISPLAY");
        out.push(&format!("DESCRIPTION:{}", escape(&title)));
        out.push(&format!("TRIGGER:-PT{REMINDER_MINUTES}M"));
        out.push("END:VALARM");
        out.push("END:VEVENT");
    }
    out.push("END:VCALENDAR");
    out.text
}

/// The first date on or after `today` that the practice time falls on.
fn first_date(time: &PracticeTime, today: NaiveDate) -> Option<NaiveDate> {
    (0..7).filter_map(|d| today.checked_add_days(Days::new(d))).find(|d| time.days.contains(d.weekday()))
}

/// "MO,WE,FR".
fn by_day(time: &PracticeTime) -> String {
    time.days.days().map(|d| format!("{d:?}")[..2].to_uppercase()).collect::<Vec<_>>().join(",")
}

/// "20261202T093000Z".
fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT escaping (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines, folded at 75 octets (never inside a character) and ended with CRLF.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn push(&mut self, line: &str) {
        let mut octets = 0;
        for c in line.chars() {
            if octets + c.len_utf8() > 75 {
                self.text.push_str("\r\n ");
                octets = 1;
            }
            self.text.push(c);
            octets += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Ladder, Rating, Weekdays};
    use chrono::{FixedOffset, Weekday};

    fn library() -> Library {
        let mut lib = Library::default();
        let ladder =
            Ladder::new("Speaking up; in groups, loudly", "f", &[("s", Rating::saturating(2))], Timestamp::EPOCH);
        lib.settings.practice_times = vec![
            PracticeTime {
                id: 42,
                days: Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]),
                hour: 18,
                minute: 30,
                ladder: Some(ladder.id),
            },
            PracticeTime { id: 43, days: Weekdays::of(&[Weekday::Sat]), hour: 9, minute: 5, ladder: None },
        ];
        lib.ladders.push(ladder);
        lib
    }

    fn now() -> DateTime<FixedOffset> {
        // Wednesday 2 December 2026, 20:00 at UTC+1.
        FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 12, 2, 20, 0, 0).unwrap()
    }

    #[test]
    fn one_weekly_event_per_practice_time_with_a_reminder() {
        let text = ics(&library(), &now(), false);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert!(text.contains("UID:practice-time-42@stepwise\r\n"));
        // Today (Wednesday) is the first day of the first one; Saturday the first of the second.
        assert!(text.contains("DTSTART:20261202T183000\r\nDURATION:PT15M\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
        assert!(text.contains("DTSTART:20261205T090500\r\n"));
        assert!(text.contains("TRIGGER:-PT10M\r\n"));
        assert!(text.contains("DTSTAMP:20261202T190000Z\r\n"));
        assert!(!text.contains("Speaking up"), "neutral unless chosen: {text}");
        assert_eq!(text.matches("SUMMARY:Practice time\r\n").count(), 2);
    }

    #[test]
    fn the_texts_are_translated_and_the_fields_and_uids_are_not() {
        let it = crate::i18n::Lang::from_tag("it").expect("Stepwise has Italian");
        let english = ics_in(crate::i18n::Lang::english(), &library(), &now(), true);
        assert!(english.contains("X-WR-CALNAME:Practice\r\n"));
        let unfolded = english.replace("\r\n ", "");
        assert!(unfolded.contains(
            "DESCRIPTION:A few minutes of practice\\, one small step. Open Stepwise when you are ready.\r\n"
        ));
        let text = ics_in(it, &library(), &now(), true);
        assert!(text.contains("X-WR-CALNAME:Esercizio\r\n"));
        assert!(text.contains("PRODID:-//Stepwise//Practice times//EN\r\n"));
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Orario di esercizio: Speaking up\\; in groups\\, loudly\r\n"), "{text}");
        assert!(unfolded.contains("SUMMARY:Orario di esercizio\r\n"));
        assert!(unfolded.contains("DESCRIPTION:Qualche minuto di esercizio\\, un piccolo passo."));
        assert_eq!(unfolded.matches("DESCRIPTION:Orario di esercizio").count(), 2, "the reminders");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let fields = |t: &str| {
            t.replace("\r\n ", "")
                .lines()
                .filter(|l| {
                    ["UID", "DTSTAMP", "DTSTART", "DURATION", "RRULE", "TRIGGER"].iter().any(|f| l.starts_with(f))
                })
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(&text), fields(&english), "UIDs, dates, rules and triggers as in English");
    }

    #[test]
    fn a_named_ladder_is_escaped_and_long_lines_are_folded() {
        let mut lib = library();
        lib.ladders[0].title = format!("Speaking up; in groups, loudly {}", "é".repeat(40));
        let text = ics(&lib, &now(), true);
        assert!(text.contains("SUMMARY:Practice time: Speaking up\\; in groups\\, loudly "));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("loudly {}\r\n", "é".repeat(40))));
        // The same practice times a day later: the same UIDs (an update, not new events).
        let later = ics(&lib, &(now() + chrono::Duration::days(1)), true);
        let uids = |t: &str| t.lines().filter(|l| l.starts_with("UID:")).map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(uids(&text), uids(&later));
    }
}
