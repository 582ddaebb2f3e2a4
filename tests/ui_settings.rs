//! The Settings screen driven like a person would: reached from the tab, the keyboard and the
//! Edit menu; each change saved, undoable, and followed by the coach.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stepwise::Screen;
use stepwise::model::{ExposureBuilder, Library, Timestamp};

mod common;
use common::{App, T0, click, lib_of};

fn library() -> Library {
    let mut lib = common::one_ladder(
        "Speaking up",
        "I fear being judged when I speak",
        &[("Ask a question in a small meeting", 2), ("Share an idea in a meeting", 4)],
    );
    // Two low after-ratings on step 1: done with a streak of 2, not yet with 3.
    let ladder = lib.ladders[0].clone();
    for day in [2, 1] {
        let at = Timestamp::from_unix_secs(T0 - day * 86_400);
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(at).before_after(3, 1).build());
    }
    lib
}

fn screen(harness: &App) -> Screen {
    harness.state().app().view().screen
}

#[test]
fn settings_open_from_the_tab_the_keyboard_and_the_edit_menu() {
    let (_dir, mut harness, _clock) = common::open(&library());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    assert_eq!(screen(&harness), Screen::Settings);
    click(&mut harness, "Ladders");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    harness.run();
    assert_eq!(screen(&harness), Screen::Settings);
    click(&mut harness, "Ladders");
    click(&mut harness, "Edit");
    harness.get_by_label_contains("Open Settings").click();
    harness.run();
    assert_eq!(screen(&harness), Screen::Settings);
    harness.get_by_label("Your 0-10 scale");
}

#[test]
fn the_streak_and_the_weekly_goal_change_and_the_coach_follows() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Practice");
    harness.get_by_label_contains("Stay with step 1 for now");
    harness.get_by_label("This week: 2 of 10 exposures");

    click(&mut harness, "Settings");
    click(&mut harness, "2 in a row");
    assert_eq!(lib_of(&harness).settings.mastery_streak, 2);
    // The weekly goal, lowered the way a screen reader does it: each step is one change.
    for _ in 0..5 {
        harness.get_by_label("Exposures a week").decrement_accesskit();
        harness.run();
    }
    assert_eq!(lib_of(&harness).settings.weekly_goal, 5);

    click(&mut harness, "Practice");
    harness.get_by_label_contains("Step 2 is next: your last 2 after-ratings on step 1 were 1, 1");
    harness.get_by_label("This week: 2 of 5 exposures");

    // Undo takes the last change back, then the one before, and the coach follows again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(lib_of(&harness).settings.weekly_goal, 6);
    for _ in 0..5 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(lib_of(&harness).settings.weekly_goal, 10);
    assert_eq!(lib_of(&harness).settings.mastery_streak, 3, "the streak change undone too");
    harness.get_by_label_contains("Stay with step 1 for now");
}

#[test]
fn safety_behaviours_are_added_renamed_and_removed_and_offered_before_the_next_try() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Settings");
    click(&mut harness, "Remove Standing near the door");
    click(&mut harness, "New safety behaviour");
    harness.get_by_label("New safety behaviour").type_text("Looking at my notes");
    harness.run();
    click(&mut harness, "Add");
    let list = lib_of(&harness).settings.safety_behaviours;
    assert!(!list.iter().any(|b| b == "Standing near the door"));
    assert_eq!(list.last().map(String::as_str), Some("Looking at my notes"));
    // A name already in the list is not offered for adding, and says why; the words stay.
    click(&mut harness, "New safety behaviour");
    harness.get_by_label("New safety behaviour").type_text("avoiding eye CONTACT");
    harness.run();
    harness.get_by_label("\"Avoiding eye contact\" is already in your list.");
    assert!(harness.get_by_label("Add").accesskit_node().is_disabled());
    assert_eq!(harness.get_by_label("New safety behaviour").value().as_deref(), Some("avoiding eye CONTACT"));
    assert_eq!(lib_of(&harness).settings.safety_behaviours, list);
    // A rename being typed in one row is kept when another row is removed.
    click(&mut harness, "Safety behaviour 1");
    harness.get_by_label("Safety behaviour 1").type_text(" out loud");
    harness.run();
    click(&mut harness, "Remove Avoiding eye contact");
    let list = lib_of(&harness).settings.safety_behaviours;
    assert_eq!(list[0], "Rehearsing what to say out loud");
    assert!(!list.iter().any(|b| b == "Avoiding eye contact"));

    click(&mut harness, "Practice");
    click(&mut harness, "Begin");
    click(&mut harness, "Now 2");
    click(&mut harness, "Continue");
    harness.get_by_label("Drop: Looking at my notes");
    assert!(harness.query_by_label("Drop: Standing near the door").is_none());
}

#[test]
fn the_persons_own_words_show_beside_the_ratings() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Settings");
    click(&mut harness, "What 5 feels like");
    harness.get_by_label("What 5 feels like").type_text("like waiting outside the boss's office");
    harness.run();
    // Leaving the screen with the text still in the field keeps it.
    click(&mut harness, "Practice");
    assert_eq!(lib_of(&harness).settings.anchors.middle, "like waiting outside the boss's office");
    click(&mut harness, "Begin");
    click(&mut harness, "Now 6");
    harness.get_by_label("6: near 5, like waiting outside the boss's office");
}

#[test]
fn reduced_motion_is_a_saved_undoable_setting_named_on_breathe() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Settings");
    // At the foot of the screen, below the fold: reached the way a screen reader does.
    harness.get_by_label("Reduce motion").click_accesskit();
    harness.run();
    assert!(lib_of(&harness).settings.reduced_motion);
    click(&mut harness, "Breathe");
    harness.get_by_label_contains("Reduce motion, in Settings");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!lib_of(&harness).settings.reduced_motion, "undoable");
}

#[test]
fn a_night_owls_day_starts_later() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Settings");
    click(&mut harness, "Hour a new day starts");
    click(&mut harness, "4:00");
    assert_eq!(lib_of(&harness).settings.day_starts_at, 4);
    harness.get_by_label_contains("counts for the day before");
}

#[test]
fn practice_times_are_planned_in_settings_and_shown_on_the_today_card() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Practice");
    harness.get_by_label("No practice times yet.");
    click(&mut harness, "Plan them in Settings");
    assert_eq!(screen(&harness), Screen::Settings);
    click(&mut harness, "Add a practice time");
    let times = lib_of(&harness).settings.practice_times;
    assert_eq!(times.len(), 1);
    assert_eq!((times[0].hour, times[0].minute), (18, 30));
    // Saturday too, and the ladder chosen.
    click(&mut harness, "Saturday for practice time 1");
    click(&mut harness, "Ladder of practice time 1");
    click(&mut harness, "Speaking up");
    let time = &lib_of(&harness).settings.practice_times[0];
    assert_eq!(stepwise::plan::days_in_words(time.days), "Monday, Wednesday, Friday and Saturday");
    assert_eq!(time.ladder, Some(lib_of(&harness).ladders[0].id));

    // The pinned day is Wednesday 18 November 2026, 09:46 UTC.
    click(&mut harness, "Practice");
    harness.get_by_label("Planned today: 18:30.");
    harness.get_by_label("Nothing done yet today.");
    harness.get_by_label_contains("Next practice time: today at 18:30");
    harness.get_by_label_contains("Planned ladder: Speaking up: step 1 is next");
    harness.get_by_label("Next practice: today at 18:30");
    harness.get_by_label("Your plan this week: 4 practice times; done so far: 2.");

    // An earlier hour: 07:30 has passed today, so the next is Friday's.
    click(&mut harness, "Settings");
    click(&mut harness, "Hour of practice time 1");
    // Chosen as a screen reader does: the list scrolls, and 07 is below its fold for a pointer.
    harness.get_by_label("07").click_accesskit();
    harness.run();
    assert_eq!(lib_of(&harness).settings.practice_times[0].hour, 7);
    harness.get_by_label("Next practice: Friday at 07:30");

    // Undone (the hour, then the ladder), and removed.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(lib_of(&harness).settings.practice_times[0].hour, 18);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(lib_of(&harness).settings.practice_times[0].ladder, None);
    click(&mut harness, "Remove practice time 1");
    assert!(lib_of(&harness).settings.practice_times.is_empty());
}

#[test]
fn the_practice_times_go_to_a_calendar_file_through_the_export_dialog() {
    use std::sync::Arc;
    let mut lib = library();
    let ladder = lib.ladders[0].id;
    lib.settings.practice_times = vec![stepwise::model::PracticeTime {
        id: 77,
        days: stepwise::model::Weekdays::of(&[chrono::Weekday::Tue, chrono::Weekday::Thu]),
        hour: 7,
        minute: 45,
        ladder: Some(ladder),
    }];
    let dialogs = Arc::new(stepwise::app::dialogs::QueuedDialogs::default());
    let (dir, mut harness, _clock) = common::open_with(&lib, dialogs.clone());
    let target = dir.path().join("practice.ics");
    dialogs.answer(Some(target.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    click(&mut harness, "Practice times for your calendar (iCalendar)");
    harness.get_by_label("1 practice time in your plan.");
    click(&mut harness, "Name the ladder in each event");
    click(&mut harness, "Choose where to save...");
    common::wait_for(&mut harness, "the export", |app| app.exports_running == 0);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("UID:practice-time-77@stepwise\r\n"), "{text}");
    assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n"));
    assert!(text.contains("SUMMARY:Practice time: Speaking up\r\n"), "named, as chosen: {text}");
    // Wednesday 18 November: the first is Thursday the 19th, 07:45 local time.
    assert!(text.contains("DTSTART:20261119T074500\r\n"));
}

#[test]
fn the_language_is_chosen_in_settings_for_this_computer() {
    let (_dir, mut harness, _clock) = common::open(&library());
    click(&mut harness, "Settings");
    let chosen = |harness: &App| harness.state().app().view().language.chosen;
    assert_eq!(chosen(&harness), None, "the system's language until one is chosen");
    // Each language by its own name, the system's named in the first choice. Only English is
    // chosen here: the language is the whole process's, and other tests run beside this one.
    harness.get_by_label("Italiano");
    harness.get_by_label_contains("Your ladders stay as you wrote them.");
    // At the foot of the screen, below the fold: chosen the way a screen reader does.
    harness.get_by_label("English").click_accesskit();
    harness.run();
    assert_eq!(chosen(&harness), Some(stepwise::i18n::Lang::english()));
    harness.get_by_label("As the system (English)").click_accesskit();
    harness.run();
    assert_eq!(chosen(&harness), None);
}
