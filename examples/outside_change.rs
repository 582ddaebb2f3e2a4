//! The time from a change made outside Stepwise to the merged library on screen, on the heavy
//! library (issue 12). The other computer's version (this library plus one exposure and one
//! journal entry) is written beside the file and renamed over it, as a sync tool does; the clock
//! starts when the rename returns and stops at the end of the first frame that shows the new
//! exposure.
//!
//! It runs the real app headless (logic, layout and tessellation, as `examples/frame_timing.rs`)
//! with its real store thread, and draws a frame whenever the app asks for one (egui's repaint
//! callback, which the store thread triggers when it has news), as eframe does. So each figure
//! is: the wait for the store thread's next look at the file (it looks once a second, so 0 to
//! 1,000 ms, half a second on average), plus reading, checking and merging the file on the store
//! thread, plus the frame that applies and draws it. The store thread's share is also measured
//! on its own (the same `store::load` and `merge::import` calls, on this thread).
//!
//! `cargo run --release --example outside_change -- [--exposures 11000] [--runs 10]`

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use eframe::App as _;
use stepwise::clock::{Clock as _, ManualClock, Stopwatch};
use stepwise::model::{EntryId, ExposureBuilder, JournalEntry, Library, Timestamp};
use stepwise::sample::heavy_library;
use stepwise::{Config, Shell, merge, store};

const T0: i64 = 1_795_000_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut exposures, mut runs) = (11_000usize, 10usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value: usize = args.next().ok_or("each option needs a value")?.parse()?;
        match arg.as_str() {
            "--exposures" => exposures = value,
            "--runs" => runs = value.max(1),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let dir = std::env::temp_dir().join(format!("stepwise-outside-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("library.ron");
    let mut library = heavy_library(42, 20, exposures, Timestamp::from_unix_secs(T0));
    library.settings.safety_acknowledged = true;
    store::save(&path, &library)?;

    let ctx = egui::Context::default();
    let (wake_tx, wake_rx) = mpsc::channel::<()>();
    ctx.set_request_repaint_callback(move |_| {
        let _ = wake_tx.send(());
    });
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut frame = eframe::Frame::_new_kittest();
    let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(T0).utc()));
    let mut app = Shell::new(&cc, Config::with_clock(path.clone(), clock.clone()));
    let mut run_frame = |app: &mut Shell| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1180.0, 760.0))),
            time: Some(clock.monotonic_secs()),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), &mut frame);
            app.ui(ui, &mut frame);
        });
        // No GPU here: the font atlas updates are dropped on purpose.
        output.textures_delta.clear();
        let _meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
    };
    let wait_until = |app: &mut Shell, run_frame: &mut dyn FnMut(&mut Shell), done: &dyn Fn(&Shell) -> bool| {
        for _ in 0..6_000 {
            run_frame(app);
            if done(app) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Err("timed out")
    };
    wait_until(&mut app, &mut run_frame, &|app| app.app().library().is_some())?;
    println!(
        "library: {exposures} exposures, 20 ladders ({:.1} MiB); {runs} outside changes",
        std::fs::metadata(&path)?.len() as f64 / (1024.0 * 1024.0)
    );

    let (mut totals, mut work) = (Vec::new(), Vec::new());
    for run in 0..runs {
        // Saved and quiet first: nothing waiting, nothing from the last run still coming.
        clock.advance_secs(1.0);
        wait_until(&mut app, &mut run_frame, &|app| {
            let view = app.app().view();
            !view.unsaved && !view.saving
        })?;
        // Spread the changes over the store thread's one-second looking cycle.
        std::thread::sleep(Duration::from_millis(300 + (run as u64 * 373) % 1_000));
        // As eframe does: draw until nothing asks for a frame (egui calls the repaint callback
        // only for a request sooner than one still outstanding).
        for _ in 0..100 {
            run_frame(&mut app);
            if !ctx.has_requested_repaint() {
                break;
            }
        }
        while wake_rx.try_recv().is_ok() {}
        let base = app.app().library().ok_or("no library")?.clone();
        let id = 50_000_000 + run as u64;
        let outside = changed_elsewhere(&base, id);
        let text = store::format::encode(&outside)?;
        let temp = dir.join(".syncthing.library.ron.tmp");
        std::fs::write(&temp, &text)?;

        std::fs::rename(&temp, &path)?;
        let watch = Stopwatch::start();
        loop {
            wake_rx.recv_timeout(Duration::from_secs(5)).map_err(|_| "the store thread never woke the window")?;
            run_frame(&mut app);
            if app.app().library().is_some_and(|l| l.exposures.iter().any(|e| e.id.0 == id)) {
                break;
            }
        }
        let total = watch.elapsed_secs() * 1e3;

        // The store thread's share on its own: read, parse, validate, merge.
        let watch = Stopwatch::start();
        let read = store::load(&path)?;
        let merged = merge::import(&base, &read)?;
        work.push(watch.elapsed_secs() * 1e3);
        assert!(merged.library.exposures.len() > base.exposures.len());
        println!("run {:2}: {total:7.1} ms to the screen", run + 1);
        totals.push(total);
    }
    totals.sort_by(f64::total_cmp);
    work.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v[v.len() / 2];
    println!(
        "outside change to the merged library on screen: median {:.0} ms (min {:.0}, max {:.0}); \
         of which reading, checking and merging on the store thread: median {:.0} ms; \
         the rest is the wait for its next look (at most {} ms) and one frame",
        median(&totals),
        totals[0],
        totals[totals.len() - 1],
        median(&work),
        stepwise::app::jobs::POLL_INTERVAL.as_millis()
    );
    drop(app);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// The library as the other computer saved it: one more exposure and one more journal entry.
fn changed_elsewhere(base: &Library, id: u64) -> Library {
    let mut outside = base.clone();
    let ladder = &outside.ladders[0];
    let exposure = ExposureBuilder::on(ladder, 0).id(id).at(Timestamp::from_unix_secs(T0 - 60)).build();
    outside.exposures_mut().push(exposure);
    outside.journal_mut().push(JournalEntry {
        id: EntryId(id),
        written: Timestamp::from_unix_secs(T0 - 30),
        text: "Written on the other computer".to_owned(),
        ladder: None,
    });
    outside
}
