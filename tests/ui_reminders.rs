//! Reminders at practice times, seen through a notifier that records instead of showing, and the
//! start-up entry written through Settings into a temporary folder.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::time::Duration;

use chrono::{Local, Timelike};
use common::{App, T0, click, launch_configured, lib_of, one_ladder, wait_for};
use egui_kittest::kittest::Queryable as _;
use stepwise::app::notifier::RecordingNotifier;
use stepwise::autostart::Status;
use stepwise::clock::ManualClock;
use stepwise::model::{Library, PracticeTime, Timestamp, Weekdays};
use stepwise::{Command, Screen, store};

/// A library whose one practice time, every day, is `minutes` after the tests' pinned now (local
/// wall clock, as practice times are).
fn planned_in(minutes: i64) -> Library {
    let at = (Timestamp::from_unix_secs(T0).utc() + chrono::Duration::minutes(minutes)).with_timezone(&Local);
    let mut library = one_ladder("Speaking up", "being judged", &[("Say hello to a neighbour", 3)]);
    library.settings.practice_times.push(PracticeTime {
        id: 1,
        days: Weekdays(0x7F),
        hour: at.hour() as u8,
        minute: at.minute() as u8,
        ladder: None,
    });
    library
}

struct Setup {
    _dir: tempfile::TempDir,
    harness: App,
    clock: Arc<ManualClock>,
    notifier: Arc<RecordingNotifier>,
    autostart: std::path::PathBuf,
}

fn start(library: &Library, configure: impl FnOnce(&mut stepwise::Config)) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.ron");
    store::save(&path, library).unwrap();
    let notifier = Arc::new(RecordingNotifier::default());
    let autostart = dir.path().join("config/autostart/stepwise.desktop");
    let (thread_notifier, entry) = (Arc::clone(&notifier), autostart.clone());
    let (mut harness, clock) = launch_configured(&path, egui::vec2(1280.0, 1400.0), move |config| {
        config.notifier = thread_notifier;
        // The clock is pinned: the reminder thread reads it again every few milliseconds.
        config.reminder_recheck = Duration::from_millis(5);
        config.autostart_path = Some(entry);
        configure(config);
    });
    wait_for(&mut harness, "the library to open", |app| app.library().is_some());
    Setup { _dir: dir, harness, clock, notifier, autostart }
}

/// Steps the app in real time until the notifier has shown `count` reminders (or a second passes).
fn wait_for_shown(setup: &mut Setup, count: usize) {
    for _ in 0..200 {
        setup.harness.step();
        if setup.notifier.shown().len() >= count {
            setup.harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_reminder_comes_at_the_practice_time_and_a_click_opens_the_today_card() {
    let mut s = start(&planned_in(60), |_| {});
    s.notifier.click_each(true);
    s.harness.state_mut().app_mut().apply(Command::Navigate(Screen::Ladders));
    s.harness.run();
    // An hour before, nothing: and the window asks for no frame while it waits.
    wait_for_shown(&mut s, 1);
    assert!(s.notifier.shown().is_empty());
    assert_eq!(s.harness.state().app().next_frame_in(), None, "waiting costs the window no frames");
    // A minute before: still nothing.
    s.clock.advance_secs(59.0 * 60.0);
    wait_for_shown(&mut s, 1);
    assert!(s.notifier.shown().is_empty());
    // At the time: one reminder, in neutral words; the click lands on Practice and its Today card.
    s.clock.advance_secs(60.0);
    wait_for_shown(&mut s, 1);
    let shown = s.notifier.shown();
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].title, "Practice time");
    assert!(!shown[0].body.contains("Speaking up"), "a notification never names the ladder");
    wait_for(&mut s.harness, "the click to land", |app| app.screen == Screen::Practice);
    s.harness.get_by_label_contains("Today");
    // Only one: the thread has moved on to tomorrow's.
    s.clock.advance_secs(120.0);
    wait_for_shown(&mut s, 2);
    assert_eq!(s.notifier.shown().len(), 1);
}

#[test]
fn no_reminder_when_turned_off_or_during_an_exposure() {
    let mut s = start(&planned_in(10), |_| {});
    s.harness.state_mut().app_mut().apply(Command::Navigate(Screen::Settings));
    s.harness.run();
    click(&mut s.harness, "Remind me at practice times");
    assert!(!s.harness.state().app().view().reminders.on);
    s.clock.advance_secs(10.0 * 60.0);
    wait_for_shown(&mut s, 1);
    assert!(s.notifier.shown().is_empty(), "turned off");

    let mut s = start(&planned_in(10), |_| {});
    let lib = lib_of(&s.harness);
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    s.harness.state_mut().app_mut().apply(Command::Practice(stepwise::command::PracticeCommand::Begin {
        ladder,
        step,
        confirmed_override: false,
        away_from_screen: false,
    }));
    s.harness.run();
    s.clock.advance_secs(10.0 * 60.0);
    wait_for_shown(&mut s, 1);
    assert!(s.notifier.shown().is_empty(), "an exposure is under way");
}

#[test]
fn missing_notifications_are_said_once_in_settings_and_nowhere_else() {
    let notifier_failure = "No notification service answered on this desktop.";
    let mut s = start(&planned_in(5), |_| {});
    // The thread has already checked (and found the service); from now on it is gone.
    s.notifier.fail_with(Some(notifier_failure));
    s.clock.advance_secs(5.0 * 60.0);
    wait_for(&mut s.harness, "the failure to be reported", |app| app.reminders.problem.is_some());
    assert!(s.harness.state().app().view().notices.is_empty(), "no banner, no dialog");
    s.harness.state_mut().app_mut().apply(Command::Navigate(Screen::Settings));
    s.harness.run();
    assert_eq!(s.harness.query_all_by_label(notifier_failure).count(), 1);
}

#[test]
fn the_start_up_entry_is_written_and_removed_from_settings() {
    let mut s = start(&planned_in(60), |_| {});
    wait_for(&mut s.harness, "the entry to be looked at", |app| *app.reminders.autostart == Status::Off);
    s.harness.state_mut().app_mut().apply(Command::Navigate(Screen::Settings));
    s.harness.run();
    click(&mut s.harness, "Start Stepwise when I log in");
    wait_for(&mut s.harness, "the entry to be written", |app| *app.reminders.autostart == Status::On);
    let text = std::fs::read_to_string(&s.autostart).unwrap();
    assert!(text.contains(" --quiet -- "), "it starts quietly, on this file: {text}");
    assert!(stepwise::autostart::is_ours(&text));
    click(&mut s.harness, "Start Stepwise when I log in");
    wait_for(&mut s.harness, "the entry to be removed", |app| *app.reminders.autostart == Status::Off);
    assert!(!s.autostart.exists());

    // Someone else's entry of the same name is shown and left alone.
    std::fs::write(&s.autostart, "[Desktop Entry]\nType=Application\nName=Mine\nExec=mine\n").unwrap();
    let mut s2 = start(&planned_in(60), |config| config.autostart_path = Some(s.autostart.clone()));
    wait_for(&mut s2.harness, "the entry to be looked at", |app| matches!(app.reminders.autostart, Status::Foreign(_)));
    s2.harness.state_mut().app_mut().apply(Command::Navigate(Screen::Settings));
    s2.harness.run();
    s2.harness.get_by_label_contains("Stepwise did not write");
    assert!(s2.harness.query_by_label("Start Stepwise when I log in").is_none());
    assert!(std::fs::read_to_string(&s.autostart).unwrap().contains("Name=Mine"));
}

#[test]
fn a_quiet_start_opens_on_practice_without_notices() {
    // A file in an older format: opened normally, a notice says it was brought up to date.
    let open_old = |quiet: bool| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.ron");
        std::fs::copy("tests/data/format_v2.ron", &path).unwrap();
        let (mut harness, _clock) = launch_configured(&path, egui::vec2(1280.0, 1400.0), |config| config.quiet = quiet);
        wait_for(&mut harness, "the library to open", |app| app.library().is_some());
        let view = harness.state().app().view();
        (view.screen, view.notices.len(), dir)
    };
    let (screen, notices, _dir) = open_old(false);
    assert_eq!((screen, notices), (Screen::Ladders, 1));
    let (screen, notices, _dir) = open_old(true);
    assert_eq!((screen, notices), (Screen::Practice, 0), "quiet: on the Today card, no notices");
}
