//! Headless frame timing: runs the real app (logic, layout and tessellation, everything but the
//! GPU) on a generated library for each screen and reports CPU milliseconds per frame.
//!
//! `cargo run --release --example frame_timing -- [--exposures 11000] [--frames 300]`
//!
//! It drives `eframe::App` through egui's own `Context::run_ui`, as eframe does each frame;
//! the `Frame`/`CreationContext` constructors it uses are the ones `egui_kittest` uses.

use std::sync::Arc;

use eframe::App as _;
use stepwise::clock::{Clock as _, ManualClock, Stopwatch};
use stepwise::command::{Command, PacerCommand, PracticeCommand};
use stepwise::model::Timestamp;
use stepwise::sample::heavy_library;
use stepwise::{Config, Screen, Shell, store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut exposures, mut frames) = (11_000usize, 300usize);
    let mut language = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or("each option needs a value")?;
        match arg.as_str() {
            "--exposures" => exposures = value.parse()?,
            "--frames" => frames = value.parse()?,
            // The screens in another language (`--lang it`): the same frames, other words.
            "--lang" => language = Some(stepwise::i18n::Lang::from_tag(&value).ok_or("no such language")?),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let dir = std::env::temp_dir().join(format!("stepwise-frames-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("library.ron");
    let mut library = heavy_library(42, 20, exposures, Timestamp::from_unix_secs(1_795_000_000));
    library.settings.safety_acknowledged = true;
    for ladder in &mut library.ladders {
        ladder.archived = false;
    }
    store::save(&path, &library)?;

    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut frame = eframe::Frame::_new_kittest();
    let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(1_795_000_000).utc()));
    let mut config = Config::with_clock(path.clone(), clock.clone());
    config.language = language;
    let mut app = Shell::new(&cc, config);
    let load = Stopwatch::start();
    while app.app().view().is_loading() {
        app.app_mut().tick();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    println!(
        "library: {exposures} exposures, 20 ladders; loaded in the background in {:.0} ms; {frames} frames per screen",
        load.elapsed_secs() * 1e3
    );

    let mut run_frame = |app: &mut Shell, clock: &ManualClock, pointer: Option<egui::Pos2>| -> f64 {
        clock.advance_secs(1.0 / 30.0);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1180.0, 760.0))),
            time: Some(clock.monotonic_secs()),
            events: pointer.map(|p| vec![egui::Event::PointerMoved(p)]).unwrap_or_default(),
            ..Default::default()
        };
        let t = Stopwatch::start();
        let output = ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), &mut frame);
            app.ui(ui, &mut frame);
        });
        let _meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
        t.elapsed_secs() * 1e3
    };

    // An exposure under way on the first ladder's recommended step, timer running, one tap.
    let library = app.app().library().ok_or("the library did not open")?;
    let first = library.ladders.first().ok_or("the library has no ladders")?.id;
    let step = stepwise::coach::recommend(library, first)
        .and_then(|r| r.step)
        .ok_or("the first ladder has no step to practise")?;
    let under_way = vec![
        Command::Navigate(Screen::Practice),
        Command::Practice(PracticeCommand::Begin {
            ladder: first,
            step,
            confirmed_override: true,
            away_from_screen: false,
        }),
        Command::Practice(PracticeCommand::Rate { before: stepwise::model::Rating::saturating(3), in_crisis: false }),
        Command::Practice(PracticeCommand::Expect {
            feared_outcome: "They will think I am odd".to_owned(),
            likelihood: stepwise::model::Likelihood::new(50).unwrap_or_default(),
            planned_drops: vec!["Rehearsing what to say".to_owned()],
            context: stepwise::model::Context::default(),
        }),
        Command::Practice(PracticeCommand::StartTimer),
        Command::Practice(PracticeCommand::RateDuring(stepwise::model::Rating::saturating(5))),
    ];
    let screens: [(&str, Vec<Command>); 12] = [
        ("Ladders", vec![Command::Navigate(Screen::Ladders)]),
        ("Practice", vec![Command::Navigate(Screen::Practice)]),
        ("Practice, timer running", under_way),
        ("Settings", vec![Command::Practice(PracticeCommand::Cancel), Command::Navigate(Screen::Settings)]),
        ("Breathe (running)", vec![Command::Navigate(Screen::Breathe), Command::Pacer(PacerCommand::Start)]),
        ("Progress", vec![Command::Pacer(PacerCommand::Stop), Command::Navigate(Screen::Progress)]),
        ("Progress, hovering", vec![]),
        ("Progress, 10 years", vec![]),
        ("Progress, new ladder", vec![]),
        ("Journal", vec![Command::Navigate(Screen::Journal)]),
        ("Journal, searching", vec![]),
        ("Help & safety", vec![Command::Navigate(Screen::Safety)]),
    ];
    println!("{:>20}  {:>8}  {:>8}  {:>8}", "screen", "mean ms", "p95 ms", "max ms");
    for (name, commands) in screens {
        for command in commands {
            app.app_mut().apply(command);
        }
        if name == "Journal, searching" {
            app.screens_mut().journal.set_search("voice");
        }
        if name == "Progress, 10 years" {
            app.screens_mut().progress.range = stepwise::ui::progress::WeekRange::Everything;
        }
        // The pointer over the first plot (a hover label is computed and drawn).
        let pointer = (name == "Progress, hovering").then(|| egui::pos2(330.0, 470.0));
        let ladders: Vec<_> =
            app.app().library().ok_or("the library did not open")?.ladders.iter().map(|l| l.id).collect();
        if ladders.is_empty() {
            return Err("the library has no ladders to show on Progress".into());
        }
        let mut times: Vec<f64> = if name == "Progress, new ladder" {
            // Each frame on another ladder: nothing cached, every series computed afresh.
            (0..frames)
                .map(|i| {
                    app.screens_mut().progress.ladder = Some(ladders[i % ladders.len()]);
                    run_frame(&mut app, &clock, None)
                })
                .collect()
        } else {
            for _ in 0..20 {
                run_frame(&mut app, &clock, pointer);
            }
            (0..frames).map(|_| run_frame(&mut app, &clock, pointer)).collect()
        };
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
        println!("{name:>20}  {mean:8.3}  {p95:8.3}  {:8.3}", times[times.len() - 1]);
    }
    // Save stall: the frame in which an autosave of the whole library is handed to the store
    // thread (the UI thread takes a snapshot; serialising and writing happen on the thread).
    app.app_mut().apply(Command::Navigate(Screen::Ladders));
    // The edit rows, 20 samples each. First as before this issue, so the figures compare: an
    // edit, the frame right after it, then the save hand-off once the save is due, and a wait
    // for the save (the frame comes after that wait: semi-cold). Then an edit made while frames
    // are warm (right after other frames, as in typing or dragging); an edit after a pause of
    // 100 ms; and, after the same pause, a frame with no edit at all. On this virtual machine any
    // first frame after a pause costs about twice a warm one, so the last row tells the edit's
    // own share apart.
    let (mut handoffs, mut edits, mut warm_edits, mut paused_edits, mut paused_frames) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let pause = || std::thread::sleep(std::time::Duration::from_millis(100));
    let first_ladder =
        |app: &Shell| app.app().library().and_then(|l| l.ladders.first()).map(|l| l.id).ok_or("no ladder");
    for round in 0..4 {
        for _ in 0..20 {
            let ladder = first_ladder(&app)?;
            match round {
                1 => {
                    run_frame(&mut app, &clock, None);
                    run_frame(&mut app, &clock, None);
                }
                2 | 3 => pause(),
                _ => {}
            }
            if round == 3 {
                paused_frames.push(run_frame(&mut app, &clock, None));
                continue;
            }
            app.app_mut().apply(Command::Edit(stepwise::model::edit::LadderEdit::SortByEstimate { ladder }));
            // The frame right after an edit redraws with the edited ladder's coach answers.
            let frame = run_frame(&mut app, &clock, None);
            [&mut edits, &mut warm_edits, &mut paused_edits][round].push(frame);
            clock.advance_secs(1.0); // past the half-second save delay
            // The save hand-off: what the UI thread does to start an autosave (a snapshot that
            // shares the large lists, and a message to the store thread).
            let t = Stopwatch::start();
            app.app_mut().tick();
            if round == 0 {
                handoffs.push(t.elapsed_secs() * 1e3);
            }
            assert!(app.app().view().saving, "the save started in the measured call");
            while app.app().view().saving {
                app.app_mut().tick();
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        }
    }
    for (name, mut times) in [
        ("save hand-off", handoffs),
        ("frame after an edit", edits),
        ("edit, warm frames", warm_edits),
        ("edit after a pause", paused_edits),
        ("pause, no edit", paused_frames),
    ] {
        times.sort_by(f64::total_cmp);
        println!(
            "{name:>20}  {:8.3}  {:8.3}  {:8.3}   (20 frames)",
            times.iter().sum::<f64>() / times.len() as f64,
            times[times.len() * 95 / 100],
            times[times.len() - 1]
        );
    }
    // The coach's answers on their own (what a change of the library can make a screen recompute).
    let library = app.app().library().ok_or("no library")?.clone();
    let first = library.ladders.first().map(|l| l.id).ok_or("no ladder")?;
    let time = |f: &mut dyn FnMut()| {
        let mut times: Vec<f64> = (0..50)
            .map(|_| {
                let t = Stopwatch::start();
                f();
                t.elapsed_secs() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        (times.iter().sum::<f64>() / times.len() as f64, times[times.len() * 95 / 100], times[times.len() - 1])
    };
    let ladder = library.ladders.first().ok_or("no ladder")?.clone();
    let now = clock.now().with_timezone(&chrono::Local);
    let step = stepwise::stats::progress::default_step(&library, &ladder);
    let rows: [(&str, (f64, f64, f64)); 7] = [
        (
            "stats: one ladder",
            time(&mut || {
                drop(std::hint::black_box(stepwise::stats::progress::progress(&library, &ladder, None, None, &now)));
            }),
        ),
        (
            "stats: weekly",
            time(&mut || drop(std::hint::black_box(stepwise::stats::weekly(&library, Some(ladder.id), &now)))),
        ),
        (
            "stats: safety tally",
            time(&mut || drop(std::hint::black_box(stepwise::stats::safety_tally(&library, Some(ladder.id))))),
        ),
        (
            "stats: step contexts",
            time(&mut || {
                drop(std::hint::black_box(step.map(|s| stepwise::coach::step_contexts(&library, s))));
            }),
        ),
        (
            "stats: during curve",
            time(&mut || drop(std::hint::black_box(stepwise::stats::latest_during_curve(&library, ladder.id)))),
        ),
        ("coach: next step", time(&mut || drop(std::hint::black_box(stepwise::coach::recommend(&library, first))))),
        ("coach: all mastered", time(&mut || drop(std::hint::black_box(stepwise::coach::mastered_steps(&library, 3))))),
    ];
    for (name, (mean, p95, max)) in rows {
        println!("{name:>20}  {mean:8.3}  {p95:8.3}  {max:8.3}   (50 calls, not a frame)");
    }
    app.app_mut().shutdown();
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
