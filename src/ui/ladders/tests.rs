//! Unit tests of the ladder editor's pure parts.

use super::*;
use crate::model::Timestamp;

fn library() -> Library {
    let ladder =
        Ladder::new("Calls", "I fear the silence", &[("Call a shop", Rating::saturating(2))], Timestamp::EPOCH);
    Library { ladders: vec![ladder], ..Library::default() }
}

#[test]
fn the_fear_sentence_can_be_cleared_but_a_title_or_step_cannot() {
    let (ladder, step) = (LadderId(1), StepId(2));
    assert_eq!(Field::Fear(ladder).commit(String::new(), "I fear the silence"), Some(String::new()));
    assert_eq!(Field::Fear(ladder).commit("   ".to_owned(), "I fear the silence"), Some("   ".to_owned()));
    assert_eq!(Field::Fear(ladder).commit(String::new(), ""), None, "already empty: nothing to do");
    assert_eq!(Field::Title(ladder).commit("  ".to_owned(), "Calls"), None);
    assert_eq!(Field::Step(step).commit(String::new(), "Call a shop"), None);
    // Changes are committed; the same text with other spaces around it is not a change.
    assert_eq!(Field::Title(ladder).commit("Phone".to_owned(), "Calls"), Some("Phone".to_owned()));
    assert_eq!(Field::Step(step).commit(" Call a shop ".to_owned(), "Call a shop"), None);
}

#[test]
fn pending_edits_include_a_cleared_fear_sentence() {
    let lib = library();
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    let mut view = LadderView::default();
    view.drafts.insert(Field::Fear(ladder), String::new());
    view.drafts.insert(Field::Title(ladder), " ".to_owned());
    view.drafts.insert(Field::Step(step), "Call a shop about its hours".to_owned());
    let edits = view.take_pending_edits(&lib);
    assert_eq!(
        edits,
        [
            LadderEdit::SetFear { ladder, fear: String::new() },
            LadderEdit::SetStepText { ladder, step, situation: "Call a shop about its hours".to_owned() },
        ]
    );
    assert!(view.drafts.is_empty());
    // And the edit it becomes clears the sentence.
    let mut applied = lib.clone();
    crate::model::edit::apply(&mut applied, &edits[0], Timestamp::EPOCH).unwrap();
    assert_eq!(applied.ladders[0].fear, "");
}
