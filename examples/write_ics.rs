//! Writes the practice-time calendar of a small plan, for `scripts/check_ics.sh` (which reads it
//! back with a calendar parser nobody on this project wrote).
//!
//! `cargo run --example write_ics -- OUT.ics` writes a plan of two practice times (Monday,
//! Wednesday and Friday at 18:30 on a ladder; Saturday at 09:05) as exported on Monday
//! 23 March 2026 at 12:00 in Rome, the week before the clocks change there.

use chrono::{TimeZone, Weekday};
use stepwise::model::{Ladder, Library, PracticeTime, Rating, Timestamp, Weekdays};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: write_ics OUT.ics")?;
    let mut library = Library::default();
    let ladder = Ladder::new("Speaking up, in groups", "f", &[("s", Rating::saturating(2))], Timestamp::EPOCH);
    library.settings.practice_times = vec![
        PracticeTime {
            id: 1001,
            days: Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]),
            hour: 18,
            minute: 30,
            ladder: Some(ladder.id),
        },
        PracticeTime { id: 1002, days: Weekdays::of(&[Weekday::Sat]), hour: 9, minute: 5, ladder: None },
    ];
    library.ladders.push(ladder);
    let now = chrono::FixedOffset::east_opt(3600)
        .ok_or("offset")?
        .with_ymd_and_hms(2026, 3, 23, 12, 0, 0)
        .single()
        .ok_or("time")?;
    std::fs::write(&out, stepwise::export::ics(&library, &now, false))?;
    Ok(())
}
