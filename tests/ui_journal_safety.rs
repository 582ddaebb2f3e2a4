//! The Journal (search, filter, free entries) and the crisis lines on the safety page.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use egui_kittest::kittest::Queryable as _;
use stepwise::Screen;
use stepwise::model::{Library, Timestamp};
use stepwise::store;

mod common;
use common::open;

fn small_library() -> Library {
    common::sample(3, 2, 30)
}

#[test]
fn write_a_free_entry_and_find_it_by_search() {
    let (_dir, mut harness, _clock) = open(&small_library());
    harness.get_by_label("Journal").click();
    harness.run();
    harness.get_by_label("New journal entry").click();
    harness.run();
    harness.get_by_label("New journal entry").type_text("Asked for directions at the station: fine!");
    harness.run();
    harness.get_by_label("Add entry").click();
    harness.run();
    let lib = harness.state().app().library().unwrap().clone();
    let entry = lib.journal.iter().find(|j| j.text.contains("directions")).unwrap();
    assert_eq!(entry.written, Timestamp::from_unix_secs(1_795_000_000));
    assert_eq!(entry.ladder, None);

    harness.get_by_label("Search the journal").click();
    harness.run();
    harness.get_by_label("Search the journal").type_text("DIRECTIONS");
    harness.run();
    harness.get_by_label("Asked for directions at the station: fine!");
    // Learnings that do not match are hidden.
    assert!(harness.query_by_label_contains("nobody seemed to notice").is_none());
}

#[test]
fn the_journal_lists_entries_newest_first_and_filters_by_ladder() {
    let mut lib = small_library();
    let ladder = lib.ladders[1].id;
    for (secs, text, on_ladder) in
        [(100, "Older entry about the bus", None), (200, "Newer entry about the shop", Some(ladder))]
    {
        lib.journal_mut().push(stepwise::model::JournalEntry {
            id: stepwise::model::EntryId::fresh(),
            written: Timestamp::from_unix_secs(1_795_000_000 + secs),
            text: text.to_owned(),
            ladder: on_ladder,
        });
    }
    let (_dir, mut harness, _clock) = open(&lib);
    harness.get_by_label("Journal").click();
    harness.run();
    let newer = harness.get_by_label("Newer entry about the shop").rect().top();
    let older = harness.get_by_label("Older entry about the bus").rect().top();
    assert!(newer < older, "newest first");
    // Filtering by a ladder hides entries that are not linked to it.
    harness.get_by_label("Ladder").click();
    harness.run();
    let title = lib.ladders[1].title.clone();
    harness.get_by_label(&title).click();
    harness.run();
    harness.get_by_label("Newer entry about the shop");
    assert!(harness.query_by_label("Older entry about the bus").is_none());
}

#[test]
fn crisis_lines_can_be_changed_for_another_country() {
    let (_dir, mut harness, _clock) = open(&small_library());
    harness.get_by_label("Crisis help").click();
    harness.run();
    assert_eq!(harness.state().app().view().screen, Screen::Safety);
    harness.get_by_label("Change these for my country").click();
    harness.run();
    harness.get_by_label("Remove crisis line 1").click();
    harness.run();
    harness.get_by_label("Crisis line 1 name").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Crisis line 1 name").type_text("Samaritans (UK and Ireland)");
    harness.run();
    harness.get_by_label("Crisis line 1 contact").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Crisis line 1 contact").type_text("Call 116 123");
    harness.run();
    harness.get_by_label("Save lines").click();
    harness.run();
    let contacts = harness.state().app().library().unwrap().settings.crisis_contacts.clone();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].name, "Samaritans (UK and Ireland)");
    assert_eq!(contacts[0].how, "Call 116 123");
    harness.get_by_label("Samaritans (UK and Ireland): Call 116 123");
}

#[test]
fn an_entry_for_a_ladder_deleted_meanwhile_is_not_linked_to_it() {
    let (_dir, mut harness, _clock) = open(&small_library());
    let ladders: Vec<_> = harness.state().app().library().unwrap().ladders.iter().map(|l| l.id).collect();
    let (gone, kept) = (ladders[0], ladders[1]);
    // The Journal's filter is on the first ladder when that ladder is deleted elsewhere.
    harness
        .state_mut()
        .app_mut()
        .apply(stepwise::Command::Edit(stepwise::model::edit::LadderEdit::Delete { ladder: gone }));
    assert!(harness.state().app().library().unwrap().ladder(gone).is_none(), "the ladder is really gone");
    let app = harness.state_mut().app_mut();
    app.apply(stepwise::Command::AddJournalEntry { text: "Still a win".into(), ladder: Some(gone) });
    app.apply(stepwise::Command::AddJournalEntry { text: "Linked".into(), ladder: Some(kept) });
    let lib = harness.state().app().library().unwrap().clone();
    let entry = lib.journal.iter().find(|j| j.text == "Still a win").unwrap();
    assert_eq!(entry.ladder, None, "not linked to the deleted ladder");
    assert_eq!(lib.journal.iter().find(|j| j.text == "Linked").unwrap().ladder, Some(kept));
    assert_eq!(store::validate::validate(&lib), Ok(()));
}
