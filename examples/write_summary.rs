//! Writes the summary for a therapist of a progress file, as the app's export does, for
//! `scripts/summary_pdf.sh` (which prints it with a real browser).
//!
//! `cargo run --example write_summary -- [--lang TAG] LIBRARY.ron OUT.html [OUT.md]` dates the
//! summary one day after the library's latest exposure, at 09:00 in Rome's winter time (UTC+1),
//! so the same file always gives the same summary. `--lang it` writes it in Italian (English
//! otherwise; the app uses the person's language).

use chrono::TimeZone;
use stepwise::i18n::{self, Lang};
use stepwise::model::Timestamp;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: write_summary [--lang TAG] LIBRARY.ron OUT.html [OUT.md]";
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--lang") {
        let tag = args.get(at + 1).ok_or(usage)?.clone();
        let lang = Lang::from_tag(&tag).ok_or_else(|| format!("write_summary: no language {tag:?}"))?;
        i18n::set_language(lang);
        args.drain(at..at + 2);
    }
    let mut args = args.into_iter();
    let (library, html) = (args.next().ok_or(usage)?, args.next().ok_or(usage)?);
    let library = stepwise::store::load(std::path::Path::new(&library))?;
    let latest = library.exposures.iter().map(|e| e.started).max().unwrap_or(Timestamp::EPOCH);
    let zone = chrono::FixedOffset::east_opt(3600).ok_or("offset")?;
    let day = latest.utc().with_timezone(&zone).date_naive() + chrono::Days::new(1);
    let now = zone.from_local_datetime(&day.and_hms_opt(9, 0, 0).ok_or("time")?).single().ok_or("time")?;
    std::fs::write(&html, stepwise::export::html(&library, &[], &now))?;
    if let Some(md) = args.next() {
        std::fs::write(md, stepwise::export::markdown(&library, &[], &now))?;
    }
    Ok(())
}
