//! Shared set-up for the UI tests: the real app in an `egui_kittest` harness with a pinned
//! clock, on a library saved to a temporary file.

#![allow(dead_code, clippy::unwrap_used)] // Each test file uses its own subset.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use stepwise::app::dialogs::QueuedDialogs;
use stepwise::clock::ManualClock;
use stepwise::model::{Ladder, Library, Rating, Timestamp};
use stepwise::view::AppView;
use stepwise::{Config, Shell, store};

/// The harness type every UI test drives.
pub type App = Harness<'static, Shell>;

/// The pinned "now" of the tests: 2026-11-18.
pub const T0: i64 = 1_795_000_000;

/// Starts the app on `path` with a pinned clock, without waiting for the file to open.
pub fn launch(path: &Path) -> (App, Arc<ManualClock>) {
    launch_with(path, Arc::new(QueuedDialogs::default()))
}

/// Like [`launch`], with file dialogs answered from `dialogs`.
pub fn launch_with(path: &Path, dialogs: Arc<QueuedDialogs>) -> (App, Arc<ManualClock>) {
    launch_sized(path, dialogs, egui::vec2(1280.0, 1400.0))
}

/// Like [`launch_with`], in a window of `size` points.
pub fn launch_sized(path: &Path, dialogs: Arc<QueuedDialogs>, size: egui::Vec2) -> (App, Arc<ManualClock>) {
    launch_configured(path, size, |config| config.dialogs = dialogs)
}

/// Starts the app on `path` with a pinned clock and the configuration `configure` leaves.
pub fn launch_configured(
    path: &Path,
    size: egui::Vec2,
    configure: impl FnOnce(&mut Config),
) -> (App, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(Timestamp::from_unix_secs(T0).utc()));
    let mut config = Config::with_clock(path.to_owned(), clock.clone());
    configure(&mut config);
    // The store thread wakes the UI from another thread, which can cost `run` a few extra frames.
    let harness = Harness::builder().with_max_steps(16).with_size(size).build_eframe(move |cc| Shell::new(cc, config));
    (harness, clock)
}

/// Steps the app (in real time, since the store worker is a real thread) until `done` holds.
pub fn wait_for(harness: &mut App, what: &str, done: impl Fn(&AppView<'_>) -> bool) {
    for _ in 0..24_000 {
        harness.step();
        if done(&harness.state().app().view()) {
            harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("timed out waiting for {what}");
}

/// Saves `library` to a temporary file and opens the app on it.
pub fn open(library: &Library) -> (tempfile::TempDir, App, Arc<ManualClock>) {
    open_with(library, Arc::new(QueuedDialogs::default()))
}

/// Like [`open`], with file dialogs answered from `dialogs`.
pub fn open_with(library: &Library, dialogs: Arc<QueuedDialogs>) -> (tempfile::TempDir, App, Arc<ManualClock>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    store::save(&path, library).unwrap();
    let (mut harness, clock) = launch_with(&path, dialogs);
    wait_for(&mut harness, "the library to open", |app| app.library().is_some());
    (dir, harness, clock)
}

/// How long until egui is asked to draw again (`Duration::MAX` when idle).
pub fn repaint_delay(harness: &App) -> Duration {
    harness.output().viewport_output.get(&egui::ViewportId::ROOT).map_or(Duration::MAX, |v| v.repaint_delay)
}

/// Moves time past the save delay and lets the background save finish, so only what is
/// being tested can ask for frames.
pub fn settle(harness: &mut App, clock: &ManualClock) {
    clock.advance_secs(1.0);
    for _ in 0..12_000 {
        harness.step();
        let view = harness.state().app().view();
        if !view.unsaved && !view.saving {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run();
}

/// A library of one ladder with these steps (situation, estimate), the safety page already read:
/// the shared fixture of the UI tests. Exposures come from `stepwise::model::ExposureBuilder`.
pub fn one_ladder(title: &str, fear: &str, steps: &[(&str, u8)]) -> Library {
    let steps: Vec<(&str, Rating)> =
        steps.iter().map(|(text, estimate)| (*text, Rating::saturating(*estimate))).collect();
    let ladder = Ladder::new(title, fear, &steps, Timestamp::EPOCH);
    let mut library = Library { ladders: vec![ladder], ..Library::default() };
    library.settings.safety_acknowledged = true;
    library
}

/// A generated library (`stepwise::sample::heavy_library` at [`T0`]) with the safety page read
/// and every ladder active.
pub fn sample(seed: u64, ladders: usize, exposures: usize) -> Library {
    let mut library = stepwise::sample::heavy_library(seed, ladders, exposures, Timestamp::from_unix_secs(T0));
    library.settings.safety_acknowledged = true;
    for ladder in &mut library.ladders {
        ladder.archived = false;
    }
    library
}

/// Presses the window's close button (what the desktop sends; not Ctrl+Q). The next step sees it.
pub fn press_close_button(harness: &mut App) {
    harness.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
}

/// Every file in `dir`, by name, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// How many files in `dir` are copies Stepwise saved beside an unreadable progress file.
pub fn stepwise_copies(dir: &Path) -> usize {
    file_names(dir).iter().filter(|n| n.contains("(Stepwise copy ")).count()
}

/// The library the app holds now.
pub fn lib_of(harness: &App) -> Library {
    harness.state().app().library().unwrap().clone()
}

/// Clicks the widget named `label` and lets the app settle.
pub fn click(harness: &mut App, label: &str) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label(label).click();
    harness.run();
}
