//! Writes the summary for a therapist of a progress file, as the app's export does, for
//! `scripts/summary_pdf.sh` (which prints it with a real browser).
//!
//! `cargo run --example write_summary -- LIBRARY.ron OUT.html [OUT.md]` dates the summary one
//! day after the library's latest exposure, at 09:00 in Rome's winter time (UTC+1), so the same
//! file always gives the same summary.

use chrono::TimeZone;
use stepwise::model::Timestamp;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: write_summary LIBRARY.ron OUT.html [OUT.md]";
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
