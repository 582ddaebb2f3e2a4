//! Writes a realistic progress file in the real format, for benchmarks, tests by hand and
//! screenshots. Deterministic for a given seed.
//!
//! `cargo run --release --example gen_library -- --exposures 11000 --ladders 20 --out PATH [--seed N]`
//! `cargo run --release --example gen_library -- --starter --out PATH` writes the starter
//! ladders with the safety page already confirmed (for screenshots of the ladders screen).
//! `cargo run --release --example gen_library -- --journey --out PATH` writes one person's first
//! twelve weeks of practice (`sample::practice_journey`), for screenshots of the Progress plots.
//! `cargo run --release --example gen_library -- --plus-one FILE --out PATH` writes FILE with one
//! more exposure (on the first step of its first ladder): the other computer's version, for
//! `scripts/watch_idle.sh`.
//! `--practice-at HH:MM` adds a practice time at that local time, every day
//! (`scripts/notify_check.sh`). `--plan` adds a plan with a history: Monday, Wednesday and
//! Friday at 18:30 from ten weeks before the end, and Saturday at 10:00 too from four weeks
//! before (for screenshots of the plan against practice).

use std::path::PathBuf;

use stepwise::model::Timestamp;
use stepwise::sample::heavy_library;
use stepwise::store;
use stepwise::templates::starter_library_at;

/// The end of the generated history: 2026-11-18 (the data is deterministic, not "now").
const END: i64 = 1_795_000_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut exposures, mut ladders, mut seed, mut out, mut starter) = (11_000usize, 20usize, 1u64, None, false);
    let (mut journey, mut plus_one, mut with_deleted) = (false, None, false);
    let mut practice_at: Option<(u8, u8)> = None;
    let mut plan = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--starter" => starter = true,
            "--journey" => journey = true,
            // Recently deleted holds a step (with its exposures) and a ladder, deleted days ago.
            "--deleted" => with_deleted = true,
            "--exposures" => exposures = args.next().ok_or("--exposures needs a number")?.parse()?,
            "--ladders" => ladders = args.next().ok_or("--ladders needs a number")?.parse()?,
            "--seed" => seed = args.next().ok_or("--seed needs a number")?.parse()?,
            "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a path")?)),
            "--plus-one" => plus_one = Some(PathBuf::from(args.next().ok_or("--plus-one needs a path")?)),
            "--plan" => plan = true,
            "--practice-at" => {
                let text = args.next().ok_or("--practice-at needs HH:MM")?;
                let (h, m) = text.split_once(':').ok_or("--practice-at needs HH:MM")?;
                practice_at = Some((h.parse()?, m.parse()?));
            }
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let out = out.ok_or("--out PATH is required")?;
    let mut library = if let Some(from) = plus_one {
        let mut library = store::load(&from)?;
        let ladder = library.ladders.first().ok_or("the file has no ladder")?;
        let exposure = stepwise::model::ExposureBuilder::on(ladder, 0).at(Timestamp::from_unix_secs(END)).build();
        library.exposures_mut().push(exposure);
        library
    } else if starter {
        starter_library_at(Timestamp::from_unix_secs(END))
    } else if journey {
        stepwise::sample::practice_journey(seed, Timestamp::from_unix_secs(END))
    } else {
        heavy_library(seed, ladders.max(1), exposures, Timestamp::from_unix_secs(END))
    };
    library.settings.safety_acknowledged = true;
    if with_deleted {
        use stepwise::model::edit::{LadderEdit, apply};
        let days_ago = |d: i64| Timestamp::from_unix_secs(END - d * 86_400);
        let first = library.ladders.first().ok_or("the library has no ladder")?;
        let (ladder, step) = (first.id, first.steps.first().ok_or("the ladder has no step")?.id);
        apply(&mut library, &LadderEdit::DeleteStep { ladder, step }, days_ago(3))?;
        let last = library.ladders.last().ok_or("the library has no ladder")?.id;
        if last != ladder {
            apply(&mut library, &LadderEdit::Delete { ladder: last }, days_ago(12))?;
        }
    }
    if let Some((hour, minute)) = practice_at {
        library.settings.practice_times.push(stepwise::model::PracticeTime {
            id: 1,
            days: stepwise::model::Weekdays(0x7F),
            hour,
            minute,
            ladder: None,
        });
    }
    if plan {
        use chrono::Weekday::{Fri, Mon, Sat, Wed};
        use stepwise::model::{PracticeTime, Weekdays, note_plan};
        let weeks_ago = |w: i64| Timestamp::from_unix_secs(END - w * 7 * 86_400);
        let s = &mut library.settings;
        let evenings = PracticeTime { id: 2, days: Weekdays::of(&[Mon, Wed, Fri]), hour: 18, minute: 30, ladder: None };
        s.practice_times.push(evenings);
        note_plan(&mut s.plan_history, &s.practice_times, weeks_ago(10));
        let first = library.ladders.first().map(|l| l.id);
        let s = &mut library.settings;
        s.practice_times.push(PracticeTime { id: 3, days: Weekdays::of(&[Sat]), hour: 10, minute: 0, ladder: first });
        note_plan(&mut s.plan_history, &s.practice_times, weeks_ago(4));
        s.changed.practice_times = weeks_ago(4);
    }
    store::save(&out, &library)?;
    println!(
        "wrote {}: {} ladders, {} exposures, {} journal entries, {} pacer sessions",
        out.display(),
        library.ladders.len(),
        library.exposures.len(),
        library.journal.len(),
        library.pacer_sessions.len()
    );
    Ok(())
}
