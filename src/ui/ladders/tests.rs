//! Unit tests of the ladder editor's pure parts.

use super::*;
use crate::model::Timestamp;

fn library() -> Library {
    let ladder =
        Ladder::new("Calls", "I fear the silence", &[("Call a shop", Rating::saturating(2))], Timestamp::EPOCH);
    Library { ladders: vec![ladder], ..Library::default() }
}

/// A draft of a field that held `base` when it took focus and now shows `text`.
fn draft(base: &str, text: &str) -> Draft {
    Draft { base: base.to_owned(), text: text.to_owned() }
}

#[test]
fn the_fear_sentence_can_be_cleared_but_a_title_or_step_cannot() {
    let (ladder, step) = (LadderId(1), StepId(2));
    let fear = "I fear the silence";
    assert_eq!(Field::Fear(ladder).commit(draft(fear, ""), fear), Some(String::new()));
    assert_eq!(Field::Fear(ladder).commit(draft(fear, "   "), fear), Some("   ".to_owned()));
    assert_eq!(Field::Fear(ladder).commit(draft("", ""), ""), None, "already empty: nothing to do");
    assert_eq!(Field::Title(ladder).commit(draft("Calls", "  "), "Calls"), None);
    assert_eq!(Field::Step(step).commit(draft("Call a shop", ""), "Call a shop"), None);
    // Changes are committed; the same text with other spaces around it is not a change.
    assert_eq!(Field::Title(ladder).commit(draft("Calls", "Phone"), "Calls"), Some("Phone".to_owned()));
    assert_eq!(Field::Step(step).commit(draft("Call a shop", " Call a shop "), "Call a shop"), None);
}

#[test]
fn a_draft_the_person_did_not_change_never_reverts_a_change_made_underneath() {
    let (ladder, step) = (LadderId(1), StepId(2));
    // Focused on "Calls"; meanwhile the library's title became "Phone calls" (another computer).
    assert_eq!(Field::Title(ladder).commit(draft("Calls", "Calls"), "Phone calls"), None);
    assert_eq!(Field::Fear(ladder).commit(draft("I fear it", "I fear it"), ""), None, "not even a cleared one");
    assert_eq!(Field::Step(step).commit(draft("Call a shop", " Call a shop"), "Call a bank"), None, "spaces only");
    // What the person typed wins over the change underneath: it is the newer edit.
    assert_eq!(Field::Title(ladder).commit(draft("Calls", "Calls!"), "Phone calls"), Some("Calls!".to_owned()));
    assert_eq!(Field::Fear(ladder).commit(draft("I fear it", ""), "I fear it a lot"), Some(String::new()));
    // Typing the very text that arrived underneath leaves nothing to do.
    assert_eq!(Field::Step(step).commit(draft("Call a shop", "Call a bank"), "Call a bank"), None);
}

#[test]
fn an_unchanged_draft_follows_the_library_and_a_typed_one_stays() {
    let mut untouched = draft("Calls", "Calls");
    untouched.follow("Phone calls");
    assert_eq!(untouched, draft("Phone calls", "Phone calls"), "shows the newer text and starts from it");
    let mut typed = draft("Calls", "Calls about money");
    typed.follow("Phone calls");
    assert_eq!(typed, draft("Calls", "Calls about money"), "typing is never overwritten");
}

#[test]
fn pending_edits_include_a_cleared_fear_sentence() {
    let lib = library();
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    let mut view = LadderView::default();
    view.drafts.insert(Field::Fear(ladder), draft("I fear the silence", ""));
    view.drafts.insert(Field::Title(ladder), draft("Calls", " "));
    view.drafts.insert(Field::Step(step), draft("Call a shop", "Call a shop about its hours"));
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

#[test]
fn pending_edits_leave_a_change_made_underneath_unless_the_person_typed() {
    let mut lib = library();
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    let mut view = LadderView::default();
    // Fields focused on the texts of that moment; then another computer changed all three.
    view.drafts.insert(Field::Title(ladder), draft("Calls", "Calls"));
    view.drafts.insert(Field::Fear(ladder), draft("I fear the silence", "I fear the silence"));
    view.drafts.insert(Field::Step(step), draft("Call a shop", "Call a shop"));
    lib.ladders[0].title = "Phone calls".to_owned();
    lib.ladders[0].fear = "I fear what they will think".to_owned();
    lib.ladders[0].steps[0].situation = "Call a bank".to_owned();
    assert_eq!(view.take_pending_edits(&lib), [], "nothing typed: the newer texts stay");
    assert!(view.drafts.is_empty());
    // Had the person typed into the step, their text would win.
    view.drafts.insert(Field::Step(step), draft("Call a shop", "Call a shop before noon"));
    assert_eq!(
        view.take_pending_edits(&lib),
        [LadderEdit::SetStepText { ladder, step, situation: "Call a shop before noon".to_owned() }]
    );
}

#[test]
fn the_delete_question_counts_steps_and_exposures_in_each_language() {
    use crate::i18n::{Arg, Lang, tr_in};
    let lib = library();
    let (ladder, step) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
    let (question, action, _) = dialogs::confirm_text(&lib, Confirm::DeleteLadder(ladder)).unwrap();
    assert!(question.starts_with("Delete the ladder \"Calls\" with its 1 step and 0 recorded exposures? It goes"));
    assert_eq!(action, "Move ladder to Recently deleted");
    let (question, ..) = dialogs::confirm_text(&lib, Confirm::DeleteStep(ladder, step)).unwrap();
    assert!(question.starts_with("Delete the step \"Call a shop\" with its 0 recorded exposures?"), "{question}");
    let it = Lang::from_tag("it").unwrap();
    let ask = |steps: usize, exposures: usize| {
        let args = [
            ("title", Arg::from("Telefonate")),
            ("steps", Arg::from(steps)),
            ("exposures", Arg::from(exposures)),
            ("days", Arg::from(30)),
        ];
        tr_in(it, "ladders-confirm-ladder", &args)
    };
    assert!(
        ask(1, 0)
            .starts_with("Vuoi eliminare la scala “Telefonate” con il suo gradino e nessuna esposizione registrata?")
    );
    assert!(
        ask(8, 1)
            .starts_with("Vuoi eliminare la scala “Telefonate” con i suoi 8 gradini e la sua esposizione registrata?")
    );
    assert!(
        ask(8, 12).contains("con i suoi 8 gradini e le sue 12 esposizioni registrate? Finirà in Eliminati di recente")
    );
    assert!(ask(8, 12).ends_with("dove potrai ripristinarla con le sue esposizioni per 30 giorni."));
    let item = [("title", Arg::from("Telefonate")), ("done", Arg::from(1)), ("total", Arg::from(1))];
    assert_eq!(tr_in(it, "ladders-list-item", &item), "Telefonate\n1 di 1 gradino superato");
    let item = [("title", Arg::from("Calls")), ("done", Arg::from(0)), ("total", Arg::from(1))];
    assert_eq!(tr_in(Lang::english(), "ladders-list-item", &item), "Calls\n0 of 1 steps mastered");
}
