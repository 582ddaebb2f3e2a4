//! The ladder editor driven like a person would: click by label, type, drag, use the keyboard,
//! then check the model.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stepwise::Command;
use stepwise::model::edit::LadderEdit;
use stepwise::model::{ExposureBuilder, Ladder, Library, Timestamp};

mod common;
use common::App;

/// A library with one ladder of ten steps named "s1" .. "s10" (estimates 1..10).
fn ten_step_library() -> Library {
    let texts: Vec<String> = (1..=10).map(|n| format!("Situation number {n} for the test")).collect();
    let steps: Vec<(&str, u8)> = texts.iter().zip(1..).map(|(t, estimate)| (t.as_str(), estimate)).collect();
    common::one_ladder("Test ladder", "I fear tests", &steps)
}

fn with_library(library: &Library) -> (tempfile::TempDir, App) {
    let (dir, harness, _clock) = common::open(library);
    (dir, harness)
}

fn library(harness: &App) -> Library {
    harness.state().app().library().unwrap().clone()
}

/// The library without its change times: what the person sees. (An undo brings the earlier
/// library back stamped as a change made now, so another computer does not revert it.)
fn as_seen(mut library: Library) -> Library {
    library.ladder_order = stepwise::model::Order::default();
    for ladder in &mut library.ladders {
        ladder.changed = stepwise::model::LadderChanged::default();
        for step in &mut ladder.steps {
            step.changed = stepwise::model::StepChanged::default();
        }
    }
    library
}

fn step_numbers(harness: &App) -> Vec<u32> {
    library(harness).ladders[0].steps.iter().map(|s| s.situation.split(' ').nth(2).unwrap().parse().unwrap()).collect()
}

/// Replaces step 2's text with `text` as a draft: typed, not yet committed (no Enter, focus kept).
fn type_draft_into_step_2(harness: &mut App, text: &str) {
    harness.get_by_label("Step 2").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Step 2").type_text(text);
    harness.run();
}

/// Changes the library underneath the screen, as a change merged from another computer would.
fn change_underneath(harness: &mut App, edit: impl FnOnce(&Ladder) -> LadderEdit) {
    let edit = edit(&library(harness).ladders[0]);
    harness.state_mut().app_mut().apply(Command::Edit(edit));
    harness.run();
}

/// Step 2's text becomes `text` underneath the screen.
fn step_2_changes_underneath(harness: &mut App, text: &str) {
    let situation = text.to_owned();
    change_underneath(harness, |l| LadderEdit::SetStepText { ladder: l.id, step: l.steps[1].id, situation });
}

fn step_2(harness: &App) -> String {
    library(harness).ladders[0].steps[1].situation.clone()
}

/// What the field labelled `label` shows.
fn shown(harness: &App, label: &str) -> String {
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, label).value().unwrap()
}

/// Clicks somewhere neutral so no text field keeps keyboard focus.
fn unfocus(harness: &mut App) {
    harness.key_press(Key::Escape);
    harness.run();
}

#[test]
fn create_a_ladder_from_a_template() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("From a template").click();
    harness.run();
    harness.get_by_label("Phone calls").click();
    harness.run();
    harness.get_by_label_contains("Call an automated line");
    harness.get_by_label("Use this template").click();
    harness.run();
    let lib = library(&harness);
    assert_eq!(lib.ladders.len(), 2);
    let created = &lib.ladders[1];
    assert_eq!(created.title, "Phone calls");
    assert!(created.steps.len() >= 8);
    assert_eq!(harness.state().app().view().selected_ladder, Some(created.id));
    assert_eq!(harness.get_by_label("Ladder title").value().as_deref(), Some("Phone calls"));
    // The template itself is untouched: a second copy gets fresh ids.
    harness.get_by_label("From a template").click();
    harness.run();
    harness.get_by_label("Phone calls").click();
    harness.run();
    harness.get_by_label("Use this template").click();
    harness.run();
    let lib = library(&harness);
    assert_eq!(lib.ladders[2].title, "Phone calls");
    assert_ne!(lib.ladders[1].steps[0].id, lib.ladders[2].steps[0].id);
}

#[test]
fn add_a_step_by_typing() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("New step").click();
    harness.run();
    harness.get_by_label("New step").type_text("Ask the librarian where the quiet room is");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let steps = &library(&harness).ladders[0].steps;
    assert_eq!(steps.len(), 11);
    assert_eq!(steps[10].situation, "Ask the librarian where the quiet room is");
    assert_eq!(steps[10].estimate.get(), 3, "the new-step estimate defaults to 3");
    assert_eq!(harness.get_by_label("New step").value().as_deref(), Some(""), "the field is cleared");
}

#[test]
fn edit_a_step_text_commits_once_on_enter() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    let field = harness.get_by_label("Step 2");
    field.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Step 2").type_text("Say good morning to the bus driver");
    harness.run();
    assert_eq!(library(&harness).ladders[0].steps[1].situation, "Situation number 2 for the test", "draft only");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(library(&harness).ladders[0].steps[1].situation, "Say good morning to the bus driver");
    assert_eq!(harness.state().app().view().undo_label, Some("edit step"));
}

#[test]
fn the_fear_sentence_can_be_cleared_and_the_clearing_undone() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "The fear, in one sentence").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Delete);
    harness.run();
    // Clicking elsewhere commits the draft, as for every field.
    harness.get_by_label("Ladder title").click();
    harness.run();
    assert_eq!(library(&harness).ladders[0].fear, "", "an empty fear sentence is kept");
    assert_eq!(harness.state().app().view().undo_label, Some("edit fear sentence"));
    unfocus(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(library(&harness).ladders[0].fear, "I fear tests");
}

#[test]
fn the_coachs_next_step_follows_an_edit_at_once() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label_contains("Start with step 1, the easiest on this ladder (your estimate: 1)");
    let lib = library(&harness);
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    let estimate = stepwise::model::Rating::saturating(2);
    let edit = stepwise::model::edit::LadderEdit::SetStepEstimate { ladder, step, estimate };
    harness.state_mut().app_mut().apply(stepwise::Command::Edit(edit));
    harness.run();
    // The screen keeps the coach's answer between frames; a change to the library renews it.
    harness.get_by_label_contains("Start with step 1, the easiest on this ladder (your estimate: 2)");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label_contains("(your estimate: 1)");
}

#[test]
fn text_still_being_typed_is_kept_when_the_window_closes() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    type_draft_into_step_2(&mut harness, "Say good morning to the bus driver");
    assert_eq!(library(&harness).ladders[0].steps[1].situation, "Situation number 2 for the test", "a draft");
    common::press_close_button(&mut harness);
    // The window is closing now, so the harness never settles: step instead of run.
    harness.run_steps(2);
    assert_eq!(library(&harness).ladders[0].steps[1].situation, "Say good morning to the bus driver");
    assert!(harness.state().app().view().quit_requested);
}

#[test]
fn drag_a_step_from_place_1_to_place_4() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    let handle = harness.get_by_label("Drag handle for step 1").rect().center();
    let target = harness.get_by_label("Drag handle for step 4").rect();
    // egui_dnd animates while dragging, so step frames rather than waiting to settle.
    harness.hover_at(handle);
    harness.run_steps(2);
    harness.drag_at(handle);
    harness.run_steps(2);
    // Move in small steps, as a hand does, to just below the middle of step 4.
    let goal = egui::pos2(handle.x, target.center().y + target.height() * 0.3);
    for i in 1..=12 {
        let t = i as f32 / 12.0;
        harness.hover_at(handle + (goal - handle) * t);
        harness.run_steps(2);
    }
    harness.drop_at(goal);
    harness.run_steps(10);
    assert_eq!(step_numbers(&harness), [2, 3, 4, 1, 5, 6, 7, 8, 9, 10]);
    assert_eq!(harness.state().app().view().undo_label, Some("move step"));
}

#[test]
fn move_with_the_keyboard_and_buttons_then_undo_and_redo() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    let original = library(&harness);
    harness.get_by_label("Step 2").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(step_numbers(&harness)[..4], [1, 3, 2, 4]);
    // Focus follows the step (its field is keyed by the step's id): Alt+Down again moves it on.
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(step_numbers(&harness)[..4], [1, 3, 4, 2]);
    harness.get_by_label("Move step 1 down").click();
    harness.run();
    assert_eq!(step_numbers(&harness)[..4], [3, 1, 4, 2]);

    unfocus(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(step_numbers(&harness)[..4], [1, 3, 4, 2]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(as_seen(library(&harness)), as_seen(original.clone()), "undo restores the earlier library");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(step_numbers(&harness)[..4], [1, 3, 2, 4]);
    // The Edit menu does the same.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo move step").click();
    harness.run();
    assert_eq!(as_seen(library(&harness)), as_seen(original));
}

#[test]
fn delete_a_ladder_after_confirming_and_undo_it() {
    let mut lib = ten_step_library();
    let ladder = lib.ladders[0].clone();
    for (day, step) in [(0, 0), (1, 0), (2, 1)] {
        let started = Timestamp::from_unix_secs(common::T0 - 86_400 * (3 - day));
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, step).at(started).ratings(3, 4, 1).build());
    }
    let (_dir, mut harness) = with_library(&lib);
    let original = library(&harness);
    harness.get_by_label("Delete ladder").click();
    harness.run();
    harness.get_by_label("Keep it").click();
    harness.run();
    assert_eq!(library(&harness), original, "cancelling changes nothing");
    harness.get_by_label("Delete ladder").click();
    harness.run();
    harness.get_by_label_contains(
        "with its 10 steps and 3 recorded exposures? It goes to Recently deleted, under the list of ladders, \
         where you can restore it with its exposures for 30 days.",
    );
    harness.get_by_label("Move ladder to Recently deleted").click();
    harness.run();
    let deleted = library(&harness);
    assert!(deleted.ladders.is_empty());
    assert!(deleted.exposures.is_empty(), "its exposures are not counted any more");
    assert_eq!(deleted.deleted[0].exposures.len(), 3, "they wait with it");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(library(&harness).exposures.len(), 3, "undo brings the exposures back");
    assert_eq!(as_seen(library(&harness)), as_seen(original));
}

#[test]
fn delete_a_step_and_undo() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    let original = library(&harness);
    harness.get_by_label("Delete step 3").click();
    harness.run();
    assert_eq!(step_numbers(&harness), [1, 2, 4, 5, 6, 7, 8, 9, 10]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = library(&harness);
    assert_eq!(as_seen(undone.clone()), as_seen(original));
    // Stamped as a restore made after the deletion, which wins over a copy that still has it.
    let deleted_at = Timestamp::from_unix_secs(common::T0);
    assert!(undone.ladders[0].steps[2].changed.restored > deleted_at);
}

#[test]
fn restore_from_recently_deleted_after_the_undo_history_was_cleared() {
    let mut lib = ten_step_library();
    let ladder = lib.ladders[0].clone();
    for day in 0..2 {
        let started = Timestamp::from_unix_secs(common::T0 - 86_400 * (3 - day));
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 2).at(started).ratings(3, 4, 1).build());
    }
    let (_dir, mut harness) = with_library(&lib);
    let original = library(&harness);
    assert!(harness.query_by_label_contains("Recently deleted").is_none(), "no list while nothing is deleted");
    harness.get_by_label("Delete step 3").click();
    harness.run();
    harness.get_by_label_contains("Delete the step \"Situation number 3 for the test\" with its 2 recorded exposures?");
    harness.get_by_label("Move step to Recently deleted").click();
    harness.run();
    assert_eq!(step_numbers(&harness), [1, 2, 4, 5, 6, 7, 8, 9, 10]);
    // Something that is not a ladder edit clears the undo history...
    let entry = stepwise::Command::AddJournalEntry { text: "A calm day".to_owned(), ladder: None };
    harness.state_mut().app_mut().apply(entry);
    harness.run();
    assert_eq!(harness.state().app().view().undo_label, None, "nothing left to undo");
    // ...and the step and its exposures are still there to restore.
    harness.get_by_label("Recently deleted (1)").click();
    harness.run();
    harness.get_by_label_contains("2 exposures; 30 days left to restore");
    harness.get_by_label("Restore step Situation number 3 for the test").click();
    harness.run();
    let restored = library(&harness);
    assert_eq!(step_numbers(&harness), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "back where it stood");
    assert_eq!(restored.exposures, original.exposures);
    assert!(restored.deleted.is_empty());
    assert!(harness.query_by_label_contains("Recently deleted").is_none());
}

#[test]
fn deleting_a_step_with_an_exposure_under_way_asks_and_names_it() {
    let mut lib = ten_step_library();
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[4].id);
    lib.in_progress = Some(stepwise::model::ExposureDraft::new(ladder, step, 180, None, false));
    let (_dir, mut harness) = with_library(&lib);
    // No recorded exposures, but the one under way means it asks first.
    harness.get_by_label("Delete step 5").click();
    harness.run();
    harness.get_by_label_contains("An exposure is under way on \"Situation number 5 for the test\"");
    harness.get_by_label("Keep it").click();
    harness.run();
    assert_eq!(library(&harness).in_progress, lib.in_progress, "kept");
    harness.get_by_label("Delete step 5").click();
    harness.run();
    harness.get_by_label("Move step to Recently deleted").click();
    harness.run();
    assert_eq!(library(&harness).in_progress, None);
    assert_eq!(library(&harness).deleted.len(), 1);
}

#[test]
fn what_was_deleted_thirty_days_ago_is_purged_on_opening_leaving_tombstones() {
    let mut lib = ten_step_library();
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    let old = Timestamp::from_unix_secs(common::T0 - 31 * 86_400);
    let recent = Timestamp::from_unix_secs(common::T0 - 86_400);
    stepwise::model::edit::apply(&mut lib, &stepwise::model::edit::LadderEdit::DeleteStep { ladder, step }, old)
        .unwrap();
    let second = lib.ladders[0].steps[0].id;
    let delete = stepwise::model::edit::LadderEdit::DeleteStep { ladder, step: second };
    stepwise::model::edit::apply(&mut lib, &delete, recent).unwrap();
    let (_dir, harness) = with_library(&lib);
    let opened = library(&harness);
    assert_eq!(opened.deleted.len(), 1, "the one deleted yesterday stays");
    assert!(opened.tombstones.iter().any(|t| t.gone == stepwise::model::Gone::Step(step)));
    assert!(harness.state().app().view().unsaved, "the purge is saved");
}

#[test]
fn sort_by_rating_and_warnings() {
    let mut lib = ten_step_library();
    lib.ladders[0].steps.swap(0, 5);
    let (_dir, mut harness) = with_library(&lib);
    harness.get_by_label_contains("Step 1 is rated 6, above step 2 (2)");
    harness.get_by_label("Sort by rating").click();
    harness.run();
    assert_eq!(step_numbers(&harness), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert!(harness.query_by_label_contains("above step").is_none(), "the warning goes away");
}

#[test]
fn rerate_walks_every_step_and_keeps_the_old_estimates() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("Re-rate ladder").click();
    harness.run();
    for n in 1..=10 {
        harness.get_by_label_contains(&format!("Step {n} of 10"));
        harness.get_by_label("Rate 2").click();
        harness.run();
        let next = if n < 10 { "Next" } else { "Save new estimates" };
        harness.get_by_label(next).click();
        harness.run();
    }
    let steps = &library(&harness).ladders[0].steps;
    assert!(steps.iter().all(|s| s.estimate.get() == 2));
    // Step 2 was already 2: no history; the others keep their old estimate with the date.
    assert!(steps[1].estimate_history.is_empty());
    assert_eq!(steps[4].estimate_history.len(), 1);
    assert_eq!(steps[4].estimate_history[0].estimate.get(), 5);
    assert_eq!(steps[4].estimate_history[0].replaced, Timestamp::from_unix_secs(1_795_000_000));
}

#[test]
fn archive_and_show_archived() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("Archive").click();
    harness.run();
    assert!(library(&harness).ladders[0].archived);
    harness.get_by_label("Show archived (1)").click();
    harness.run();
    harness.get_by_label("Unarchive").click();
    harness.run();
    assert!(!library(&harness).ladders[0].archived);
}

#[test]
fn text_being_typed_is_committed_when_leaving_the_screen() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    type_draft_into_step_2(&mut harness, "Ask a colleague how their weekend was");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    assert_eq!(harness.state().app().view().screen, stepwise::Screen::Practice);
    assert_eq!(library(&harness).ladders[0].steps[1].situation, "Ask a colleague how their weekend was");
}

#[test]
fn escape_throws_a_draft_away() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("Step 2").click();
    harness.run();
    harness.get_by_label("Step 2").type_text(" and more");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(library(&harness).ladders[0].steps[1].situation, "Situation number 2 for the test");
    assert_eq!(harness.state().app().view().undo_label, None);
}

#[test]
fn renaming_then_choosing_another_ladder_keeps_the_new_choice() {
    let mut lib = ten_step_library();
    lib.ladders.push(Ladder::new("Second ladder", "", &[], Timestamp::EPOCH));
    let (_dir, mut harness) = with_library(&lib);
    harness.get_by_label("Ladder title").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Ladder title").type_text("Renamed ladder");
    harness.run();
    harness.get_by_label_contains("Second ladder").click();
    harness.run();
    let lib = library(&harness);
    assert_eq!(lib.ladders[0].title, "Renamed ladder");
    assert_eq!(harness.state().app().view().selected_ladder, Some(lib.ladders[1].id));
}

#[test]
fn clicking_away_from_a_field_keeps_a_change_that_arrived_while_it_had_focus() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("Step 2").click();
    harness.run();
    // The other computer's new text arrives while the person looks at the field without typing.
    step_2_changes_underneath(&mut harness, "Greet the neighbour on the stairs");
    assert_eq!(shown(&harness, "Step 2"), "Greet the neighbour on the stairs", "the field follows it");
    harness.get_by_label("Ladder title").click();
    harness.run();
    assert_eq!(step_2(&harness), "Greet the neighbour on the stairs", "not reverted to the text at focus time");
    // Nothing was edited on top of it: one undo goes back to before the outside change.
    unfocus(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(step_2(&harness), "Situation number 2 for the test");
}

#[test]
fn an_undo_or_outside_change_under_a_focused_title_or_fear_sentence_stays() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    // A rename, committed with Enter; then the title is focused again and the rename undone.
    harness.get_by_label("Ladder title").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Ladder title").type_text("Renamed ladder");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(library(&harness).ladders[0].title, "Renamed ladder");
    harness.get_by_label("Ladder title").click();
    harness.run();
    harness.state_mut().app_mut().apply(Command::Undo);
    harness.run();
    assert_eq!(shown(&harness, "Ladder title"), "Test ladder");
    harness.get_by_label("Step 1").click();
    harness.run();
    assert_eq!(library(&harness).ladders[0].title, "Test ladder", "the undo is not undone by clicking away");
    assert_eq!(harness.state().app().view().redo_label, Some("rename ladder"), "and can still be redone");

    // The fear sentence, cleared on the other computer while focused here.
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "The fear, in one sentence").click();
    harness.run();
    change_underneath(&mut harness, |l| LadderEdit::SetFear { ladder: l.id, fear: String::new() });
    assert_eq!(shown(&harness, "The fear, in one sentence"), "");
    harness.get_by_label("Step 1").click();
    harness.run();
    assert_eq!(library(&harness).ladders[0].fear, "", "the clearing stays");
}

#[test]
fn text_the_person_types_wins_over_a_change_underneath() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    harness.get_by_label("Step 2").click();
    harness.run();
    step_2_changes_underneath(&mut harness, "Greet the neighbour");
    // The person goes on from the text the field shows now, the newer one.
    harness.key_press(Key::End);
    harness.get_by_label("Step 2").type_text(" on the stairs");
    harness.run();
    assert_eq!(shown(&harness, "Step 2"), "Greet the neighbour on the stairs");
    // Another change arrives while they type: what they typed is not overwritten...
    step_2_changes_underneath(&mut harness, "Greet the postman");
    assert_eq!(shown(&harness, "Step 2"), "Greet the neighbour on the stairs", "typing is never overwritten");
    harness.get_by_label("Ladder title").click();
    harness.run();
    // ...and wins: it is the newer edit, made on top of the other computer's.
    assert_eq!(step_2(&harness), "Greet the neighbour on the stairs");
    assert_eq!(harness.state().app().view().undo_label, Some("edit step"));
    unfocus(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(step_2(&harness), "Greet the postman", "one undo takes back the person's edit only");
}

#[test]
fn leaving_the_screen_or_closing_keeps_a_change_underneath_unless_the_person_typed() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    // Focused without typing, then changed underneath: leaving the screen keeps the change.
    harness.get_by_label("Step 2").click();
    harness.run();
    step_2_changes_underneath(&mut harness, "Greet the neighbour");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    assert_eq!(harness.state().app().view().screen, stepwise::Screen::Practice);
    assert_eq!(step_2(&harness), "Greet the neighbour", "leaving does not revert it");

    // Back on the ladder: text typed into step 3, changed underneath, window closed at once.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    harness.get_by_label("Step 3").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Step 3").type_text("Ask a stranger for the time");
    harness.run();
    change_underneath(&mut harness, |l| LadderEdit::SetStepText {
        ladder: l.id,
        step: l.steps[2].id,
        situation: "Ask for the time".to_owned(),
    });
    common::press_close_button(&mut harness);
    harness.run_steps(2);
    assert!(harness.state().app().view().quit_requested);
    let lib = library(&harness);
    assert_eq!(lib.ladders[0].steps[2].situation, "Ask a stranger for the time", "what was typed wins");
    assert_eq!(lib.ladders[0].steps[1].situation, "Greet the neighbour");
}

/// The names a screen reader meets in the window, in its reading order (depth first, in the
/// order the widgets were laid out).
fn reading_order(harness: &App) -> Vec<String> {
    harness.root().children_recursive().filter_map(|n| n.accesskit_node().label()).collect()
}

#[test]
fn a_screen_reader_reads_a_step_row_in_its_visual_order_and_the_window_by_its_name() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    assert_eq!(harness.root().accesskit_node().label().as_deref(), Some("Stepwise"));
    let order = reading_order(&harness);
    let at = |name: &str| order.iter().position(|n| n == name).unwrap_or_else(|| panic!("{name} not read: {order:?}"));
    for n in [1, 2, 10] {
        let row = [
            format!("Drag handle for step {n}"),
            format!("Step {n}"),
            format!("Estimate for step {n}"),
            format!("Move step {n} up"),
            format!("Move step {n} down"),
            format!("Delete step {n}"),
        ];
        let positions: Vec<usize> = row.iter().map(|name| at(name)).collect();
        assert!(positions.is_sorted(), "step {n} is read as {:?}", {
            let mut read: Vec<(&usize, &String)> = positions.iter().zip(&row).collect();
            read.sort();
            read
        });
    }
    // Rows come one after another: all of step 1 before step 2.
    assert!(at("Delete step 1") < at("Drag handle for step 2"));
    // Settings do not fit: the screen scrolls, and its scroll bar is named too.
    harness.get_by_label("Settings").click();
    harness.run();
    let bars: Vec<Option<String>> = harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::ScrollBar)
        .map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(bars, [Some("Scroll the Settings screen".to_owned())]);
}

#[test]
fn the_step_rows_keep_their_width_with_larger_text() {
    let (_dir, mut harness) = with_library(&ten_step_library());
    // Right edges as gaps to the window's right edge, which moves (in points) as text grows.
    let gap =
        |harness: &App, name: &str| harness.ctx.content_rect().right() - harness.get_by_label(name).rect().right();
    let before = (gap(&harness, "Delete step 1"), gap(&harness, "Step 1"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    let after = (gap(&harness, "Delete step 1"), gap(&harness, "Step 1"));
    // The buttons stay at the row's right edge; the text field gives up the width they gain.
    assert!((after.0 - before.0).abs() < 2.0, "Delete moved from {} to {} before the edge", before.0, after.0);
    assert!(after.1 > before.1, "the text field kept its width: {before:?} -> {after:?}");
    let text_end = harness.get_by_label("Step 1").rect().right();
    let estimate = harness.get_by_label("Estimate for step 1").rect().left();
    assert!(text_end <= estimate, "the text field ({text_end}) runs into the estimate ({estimate})");
}
