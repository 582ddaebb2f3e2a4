//! Two computers, one progress file in a synced folder: two headless apps with their real store
//! threads, each on its own folder, and a "sync tool" thread that copies the newer file over the
//! other every few hundred milliseconds the way Syncthing or Dropbox do (written elsewhere, then
//! renamed over). Random edits, deletions, restores, undos and exposures on both sides; at
//! quiescence both libraries are equal and hold every exposure made on either side.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use stepwise::clock::{ManualClock, Stopwatch};
use stepwise::command::PracticeCommand;
use stepwise::model::edit::LadderEdit;
use stepwise::model::{ExposureId, Library, Likelihood, Outcome, Rating};
use stepwise::practice::ReflectionInput;
use stepwise::sample::Rng;
use stepwise::view::PracticeMessage;
use stepwise::{Command, store};

mod common;
use common::App;

/// Copies the newer of the two files over the other whenever they differ, through a file written
/// in `staging` and renamed over the target. Counts the copies it made.
fn sync_tool(a: &Path, b: &Path, staging: &Path, stop: &AtomicBool, copies: &AtomicUsize) {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(250));
        let (Ok(text_a), Ok(text_b)) = (std::fs::read(a), std::fs::read(b)) else { continue };
        if text_a == text_b {
            continue;
        }
        let (bytes, target) = if modified(a) >= modified(b) { (text_a, b) } else { (text_b, a) };
        let n = copies.fetch_add(1, Ordering::Relaxed);
        let temp = staging.join(format!("sync-{n}.tmp"));
        std::fs::write(&temp, bytes).unwrap();
        std::fs::rename(&temp, target).unwrap();
    }
}

fn library(app: &App) -> Library {
    app.state().app().library().unwrap().clone()
}

/// Lets both apps run for a moment of real time (the store threads watch, read and merge), with
/// their clocks moving on so saves fall due.
fn run_both(apps: &mut [(App, Arc<ManualClock>); 2], millis: u64) {
    let watch = Stopwatch::start();
    while watch.elapsed_secs() * 1000.0 < millis as f64 {
        for (app, clock) in apps.iter_mut() {
            clock.advance_secs(0.2);
            app.step();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// An exposure logged after doing it away from the screen, through the practice commands.
fn record_exposure(app: &mut App, rng: &mut Rng) -> Option<ExposureId> {
    let lib = library(app);
    let ladder = &lib.ladders[0];
    let step = ladder.steps[rng.below(ladder.steps.len() as u64) as usize].id;
    let commands = [
        PracticeCommand::Begin { ladder: ladder.id, step, confirmed_override: true, away_from_screen: true },
        PracticeCommand::Rate { before: Rating::saturating(3), in_crisis: false },
        PracticeCommand::Expect {
            feared_outcome: "They stare".to_owned(),
            likelihood: Likelihood::new(60).unwrap(),
            planned_drops: Vec::new(),
            context: stepwise::model::Context::default(),
        },
        PracticeCommand::DoneAwayFromScreen,
        PracticeCommand::Complete(ReflectionInput {
            after: Some(Rating::saturating(rng.below(4) as u8)),
            peak: Some(Rating::saturating(5)),
            outcome: Some(Outcome::DidNotHappen),
            learned: format!("Lesson {}", rng.below(1_000)),
            managed_without: std::collections::BTreeMap::new(),
            safety_behaviours: Vec::new(),
            difficult: false,
        }),
    ];
    for command in commands {
        app.state_mut().app_mut().apply(Command::Practice(command));
    }
    match app.state().app().view().practice_message {
        Some(PracticeMessage::Saved { exposure, .. }) => Some(*exposure),
        _ => None,
    }
}

/// One random thing a person does.
/// `kinds` counts the deletions, restores and undos done.
fn random_action(app: &mut App, rng: &mut Rng, recorded: &mut Vec<ExposureId>, kinds: &mut [usize; 3]) {
    let lib = library(app);
    let ladder = &lib.ladders[0];
    let step = ladder.steps[rng.below(ladder.steps.len() as u64) as usize].id;
    let edit = |edit: LadderEdit| Command::Edit(edit);
    let deleted_step = lib.deleted.iter().find_map(|d| match &d.item {
        stepwise::model::DeletedItem::Step { step, .. } => Some(step.id),
        stepwise::model::DeletedItem::Ladder(_) => None,
    });
    let command = match rng.below(11) {
        // Deleting into Recently deleted, restoring, and undoing travel too.
        8 if ladder.steps.len() > 4 => {
            kinds[0] += 1;
            edit(LadderEdit::DeleteStep { ladder: ladder.id, step })
        }
        9 if deleted_step.is_some() => {
            kinds[1] += 1;
            edit(LadderEdit::RestoreStep { step: deleted_step.unwrap() })
        }
        10 => {
            kinds[2] += 1;
            Command::Undo
        }
        0 => Command::AddJournalEntry { text: format!("Note {}", rng.below(10_000)), ladder: None },
        1 => edit(LadderEdit::Rename { ladder: ladder.id, title: format!("Title {}", rng.below(1_000)) }),
        2 => edit(LadderEdit::AddStep {
            ladder: ladder.id,
            situation: format!("A new step number {}", rng.below(1_000)),
            estimate: Rating::saturating(5),
        }),
        3 => edit(LadderEdit::SetStepText { ladder: ladder.id, step, situation: format!("Text {}", rng.below(1_000)) }),
        4 => edit(LadderEdit::MoveStep { ladder: ladder.id, step, to: rng.below(4) as usize }),
        5..=7 => {
            recorded.extend(record_exposure(app, rng));
            return;
        }
        _ => return,
    };
    app.state_mut().app_mut().apply(command);
}

#[test]
fn two_computers_on_a_synced_folder_end_up_with_the_same_library() {
    let steps: Vec<(String, u8)> = (1..=8).map(|n| (format!("Situation number {n} for the test"), n)).collect();
    let steps: Vec<(&str, u8)> = steps.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    let start = common::one_ladder("Shared ladder", "I fear tests", &steps);
    let (dir_a, dir_b, staging) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (path_a, path_b) = (dir_a.path().join("library.ron"), dir_b.path().join("library.ron"));
    store::save(&path_a, &start).unwrap();
    std::fs::copy(&path_a, &path_b).unwrap();

    let mut apps = [common::launch(&path_a), common::launch(&path_b)];
    // The second computer's clock runs a little ahead.
    apps[1].1.advance_secs(7.0);
    for (app, _) in &mut apps {
        common::wait_for(app, "the library to open", |view| view.library().is_some());
    }
    let stop = Arc::new(AtomicBool::new(false));
    let copies = Arc::new(AtomicUsize::new(0));
    let sync = {
        let (a, b, s, stop, copies) =
            (path_a.clone(), path_b.clone(), staging.path().to_owned(), stop.clone(), copies.clone());
        std::thread::spawn(move || sync_tool(&a, &b, &s, &stop, &copies))
    };

    // STEPWISE_SYNC_SEED=N tries another history.
    let seed = std::env::var("STEPWISE_SYNC_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(12);
    let mut rng = Rng::new(seed);
    let mut recorded = Vec::new();
    let mut on_side = [0, 0];
    let mut kinds = [0; 3];
    for _ in 0..30 {
        let side = rng.below(2) as usize;
        apps[side].1.advance_secs(1.0 + rng.below(90) as f64);
        let before = recorded.len();
        random_action(&mut apps[side].0, &mut rng, &mut recorded, &mut kinds);
        on_side[side] += recorded.len() - before;
        run_both(&mut apps, 100 + rng.below(500));
    }
    assert!(on_side.iter().all(|n| *n >= 2), "the test records exposures on both sides: {on_side:?}");
    assert!(kinds[0] >= 1 && kinds[2] >= 1, "deletions and undos happened: {kinds:?}");

    // Quiescence: nothing new is done; both settle within a few seconds.
    let waiting = Stopwatch::start();
    loop {
        run_both(&mut apps, 500);
        let (a, b) = (library(&apps[0].0), library(&apps[1].0));
        let files_equal = std::fs::read(&path_a).ok() == std::fs::read(&path_b).ok();
        let idle = apps.iter().all(|(app, _)| !app.state().app().view().unsaved);
        if a == b && files_equal && idle {
            break;
        }
        assert!(
            waiting.elapsed_secs() < 60.0,
            "the two libraries never converged ({} sync copies)",
            copies.load(Ordering::Relaxed)
        );
    }
    stop.store(true, Ordering::Relaxed);
    sync.join().unwrap();

    let a = library(&apps[0].0);
    let on_disk = store::load(&path_a).unwrap();
    assert_eq!(on_disk, a, "what is on screen is what is in the file");
    // Every exposure is there, counted or waiting in Recently deleted with its step.
    let everywhere: Vec<ExposureId> =
        a.exposures.iter().chain(a.deleted.iter().flat_map(|d| d.exposures.iter())).map(|e| e.id).collect();
    for id in &recorded {
        assert!(everywhere.contains(id), "exposure {id} made on one computer is on both");
    }
    assert_eq!(everywhere.len(), recorded.len());
    assert_eq!(a.ladders.len(), 1, "no copies of the ladder");
    assert!(copies.load(Ordering::Relaxed) > 0, "the sync tool copied files");
}
