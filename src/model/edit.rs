//! Edits to ladders and steps, addressed by stable ids, never by list position alone.
//!
//! [`LadderEdit`] is what the ladder editor asks for; [`apply`] performs it on a [`Library`].
//! Every edit either succeeds completely or leaves the library unchanged and says why.
//! Deleting a step or a ladder moves it, with its recorded exposures, into Recently deleted
//! ([`Library::deleted`]), where it can be restored for [`super::RESTORE_DAYS`] days (see
//! `trash.rs`); an exposure under way on it is set aside first by the app, after asking.
//! Every edit stamps the fields it changes with `now`, so a merge with another computer's copy
//! keeps the newer change (see [`super::changes`]).

use super::{
    EstimateRecord, Ladder, LadderChanged, LadderId, Library, Order, Rating, Step, StepChanged, StepId, Timestamp,
    limits, next_stamp,
};

/// A change to the ladders, as asked for by the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LadderEdit {
    /// A new, empty ladder.
    CreateLadder {
        title: String,
        fear: String,
    },
    /// A new ladder copied from a template ladder (see `crate::templates`): fresh ids, created
    /// now, not archived. The caller resolves the template, so the model never reads templates.
    CreateFromTemplate {
        template: Ladder,
    },
    Rename {
        ladder: LadderId,
        title: String,
    },
    SetFear {
        ladder: LadderId,
        fear: String,
    },
    /// A copy of the ladder's steps and estimates with fresh ids (no exposures).
    Duplicate {
        ladder: LadderId,
    },
    SetArchived {
        ladder: LadderId,
        archived: bool,
    },
    Delete {
        ladder: LadderId,
    },
    AddStep {
        ladder: LadderId,
        situation: String,
        estimate: Rating,
    },
    SetStepText {
        ladder: LadderId,
        step: StepId,
        situation: String,
    },
    SetStepEstimate {
        ladder: LadderId,
        step: StepId,
        estimate: Rating,
    },
    DeleteStep {
        ladder: LadderId,
        step: StepId,
    },
    /// Brings a ladder back from Recently deleted, with its exposures.
    RestoreLadder {
        ladder: LadderId,
    },
    /// Brings a step back from Recently deleted into its ladder, where it stood, with its
    /// exposures. Its ladder must not be in Recently deleted itself.
    RestoreStep {
        step: StepId,
    },
    /// Moves a step so that it ends up at index `to` (clamped to the ladder).
    MoveStep {
        ladder: LadderId,
        step: StepId,
        to: usize,
    },
    /// Orders the steps by estimate, lowest first; equal estimates keep their order.
    SortByEstimate {
        ladder: LadderId,
    },
    /// New estimates from re-rating the ladder; the replaced ones go into each step's history.
    ReRate {
        ladder: LadderId,
        estimates: Vec<(StepId, Rating)>,
    },
}

impl LadderEdit {
    /// A short description for undo/redo menus ("Undo move step"), in the language in use.
    #[must_use]
    pub fn label(&self) -> &'static str {
        super::undo::undo_label(self.label_id())
    }

    /// The message id of [`LadderEdit::label`].
    #[must_use]
    pub fn label_id(&self) -> &'static str {
        match self {
            Self::CreateLadder { .. } => "ladders-undo-new-ladder",
            Self::CreateFromTemplate { .. } => "ladders-undo-new-from-template",
            Self::Rename { .. } => "ladders-undo-rename",
            Self::SetFear { .. } => "ladders-undo-fear",
            Self::Duplicate { .. } => "ladders-undo-duplicate",
            Self::SetArchived { archived: true, .. } => "ladders-undo-archive",
            Self::SetArchived { archived: false, .. } => "ladders-undo-unarchive",
            Self::Delete { .. } => "ladders-undo-delete-ladder",
            Self::AddStep { .. } => "ladders-undo-add-step",
            Self::SetStepText { .. } => "ladders-undo-edit-step",
            Self::SetStepEstimate { .. } => "ladders-undo-estimate",
            Self::DeleteStep { .. } => "ladders-undo-delete-step",
            Self::RestoreLadder { .. } => "ladders-undo-restore-ladder",
            Self::RestoreStep { .. } => "ladders-undo-restore-step",
            Self::MoveStep { .. } => "ladders-undo-move-step",
            Self::SortByEstimate { .. } => "ladders-undo-sort",
            Self::ReRate { .. } => "ladders-undo-rerate",
        }
    }
}

/// A text of a ladder that an edit checks: its title, its fear sentence, or one of its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LadderText {
    Title,
    Fear,
    Step,
}

/// Why an edit was not made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoLadder,
    NoStep,
    TooLong { what: LadderText, max: usize },
    Empty(LadderText),
    NotDeleted,
    LadderDeleted,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoLadder => crate::t!("ladders-error-no-ladder"),
            Self::NoStep => crate::t!("ladders-error-no-step"),
            Self::TooLong { what, max } => {
                let id = match what {
                    LadderText::Title => "ladders-error-title-too-long",
                    LadderText::Fear => "ladders-error-fear-too-long",
                    LadderText::Step => "ladders-error-step-too-long",
                };
                crate::t!(id, max = *max)
            }
            Self::Empty(what) => crate::t!(match what {
                LadderText::Title => "ladders-error-title-empty",
                LadderText::Fear => "ladders-error-fear-empty",
                LadderText::Step => "ladders-error-step-empty",
            }),
            Self::NotDeleted => crate::t!("ladders-error-not-deleted"),
            Self::LadderDeleted => crate::t!("ladders-error-ladder-deleted"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for EditError {}

/// Performs `edit`. Returns the ladder the editor should show afterwards (a new ladder, or the
/// edited one; `None` after a delete).
pub fn apply(library: &mut Library, edit: &LadderEdit, now: Timestamp) -> Result<Option<LadderId>, EditError> {
    match edit {
        LadderEdit::CreateLadder { title, fear } => {
            let title = checked_text(title, LadderText::Title, limits::SHORT_TEXT_CHARS)?;
            checked_len(fear, LadderText::Fear, limits::MEDIUM_TEXT_CHARS)?;
            let ladder = Ladder::new(title, fear.trim(), &[], now);
            let id = ladder.id;
            library.ladders.push(ladder);
            library.ladder_order = Order::after(library.ladder_order, now);
            Ok(Some(id))
        }
        LadderEdit::CreateFromTemplate { template } => {
            let ladder = fresh_copy(template, now);
            let id = ladder.id;
            library.ladders.push(ladder);
            library.ladder_order = Order::after(library.ladder_order, now);
            Ok(Some(id))
        }
        LadderEdit::Rename { ladder, title } => {
            let title = checked_text(title, LadderText::Title, limits::SHORT_TEXT_CHARS)?;
            let target = ladder_mut(library, *ladder)?;
            title.clone_into(&mut target.title);
            target.changed.title = next_stamp(target.changed.title, now);
            Ok(Some(*ladder))
        }
        LadderEdit::SetFear { ladder, fear } => {
            checked_len(fear, LadderText::Fear, limits::MEDIUM_TEXT_CHARS)?;
            let target = ladder_mut(library, *ladder)?;
            fear.trim().clone_into(&mut target.fear);
            target.changed.fear = next_stamp(target.changed.fear, now);
            Ok(Some(*ladder))
        }
        LadderEdit::Duplicate { ladder } => {
            let original = library.ladder(*ladder).ok_or(EditError::NoLadder)?;
            let mut copy = fresh_copy(original, now);
            copy.title = copy_title(&original.title);
            let id = copy.id;
            let at = library.ladders.iter().position(|l| l.id == *ladder).map_or(library.ladders.len(), |i| i + 1);
            library.ladders.insert(at, copy);
            library.ladder_order = Order::after(library.ladder_order, now);
            Ok(Some(id))
        }
        LadderEdit::SetArchived { ladder, archived } => {
            let target = ladder_mut(library, *ladder)?;
            target.archived = *archived;
            target.changed.archived = next_stamp(target.changed.archived, now);
            Ok(Some(*ladder))
        }
        LadderEdit::Delete { ladder } => {
            super::trash::delete_ladder(library, *ladder, now)?;
            Ok(None)
        }
        LadderEdit::AddStep { ladder, situation, estimate } => {
            let situation = checked_text(situation, LadderText::Step, limits::MEDIUM_TEXT_CHARS)?;
            let target = ladder_mut(library, *ladder)?;
            let mut step = Step::new(situation, *estimate);
            step.changed = StepChanged::all(now);
            target.steps.push(step);
            target.changed.steps = Order::after(target.changed.steps, now);
            Ok(Some(*ladder))
        }
        LadderEdit::SetStepText { ladder, step, situation } => {
            let situation = checked_text(situation, LadderText::Step, limits::MEDIUM_TEXT_CHARS)?;
            let target = step_mut(library, *ladder, *step)?;
            situation.clone_into(&mut target.situation);
            target.changed.situation = next_stamp(target.changed.situation, now);
            Ok(Some(*ladder))
        }
        LadderEdit::SetStepEstimate { ladder, step, estimate } => {
            let target = step_mut(library, *ladder, *step)?;
            target.estimate = *estimate;
            target.changed.estimate = next_stamp(target.changed.estimate, now);
            Ok(Some(*ladder))
        }
        LadderEdit::DeleteStep { ladder, step } => {
            super::trash::delete_step(library, *ladder, *step, now)?;
            Ok(Some(*ladder))
        }
        LadderEdit::RestoreLadder { ladder } => {
            super::trash::restore_ladder(library, *ladder, now)?;
            Ok(Some(*ladder))
        }
        LadderEdit::RestoreStep { step } => super::trash::restore_step(library, *step, now).map(Some),
        LadderEdit::MoveStep { ladder, step, to } => {
            let target = ladder_mut(library, *ladder)?;
            let from = target.steps.iter().position(|s| s.id == *step).ok_or(EditError::NoStep)?;
            let to = (*to).min(target.steps.len() - 1);
            if from != to {
                let moved = target.steps.remove(from);
                target.steps.insert(to, moved);
                target.changed.steps = Order::after(target.changed.steps, now);
            }
            Ok(Some(*ladder))
        }
        LadderEdit::SortByEstimate { ladder } => {
            let target = ladder_mut(library, *ladder)?;
            let before: Vec<StepId> = target.steps.iter().map(|s| s.id).collect();
            target.steps.sort_by_key(|s| s.estimate);
            if target.steps.iter().map(|s| s.id).ne(before) {
                target.changed.steps = Order::after(target.changed.steps, now);
            }
            Ok(Some(*ladder))
        }
        LadderEdit::ReRate { ladder, estimates } => {
            let target = ladder_mut(library, *ladder)?;
            if estimates.iter().any(|(id, _)| target.step(*id).is_none()) {
                return Err(EditError::NoStep);
            }
            for (id, estimate) in estimates {
                if let Some(step) = target.steps.iter_mut().find(|s| s.id == *id)
                    && step.estimate != *estimate
                {
                    step.estimate_history.push(EstimateRecord { estimate: step.estimate, replaced: now });
                    step.estimate = *estimate;
                    step.changed.estimate = next_stamp(step.changed.estimate, now);
                }
            }
            Ok(Some(*ladder))
        }
    }
}

fn ladder_mut(library: &mut Library, id: LadderId) -> Result<&mut Ladder, EditError> {
    library.ladder_mut(id).ok_or(EditError::NoLadder)
}

fn step_mut(library: &mut Library, ladder: LadderId, step: StepId) -> Result<&mut Step, EditError> {
    ladder_mut(library, ladder)?.steps.iter_mut().find(|s| s.id == step).ok_or(EditError::NoStep)
}

/// Trims, and refuses empty or over-long text.
fn checked_text(text: &str, what: LadderText, max: usize) -> Result<&str, EditError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(EditError::Empty(what));
    }
    checked_len(text, what, max)?;
    Ok(text)
}

fn checked_len(text: &str, what: LadderText, max: usize) -> Result<(), EditError> {
    if text.trim().chars().count() > max { Err(EditError::TooLong { what, max }) } else { Ok(()) }
}

/// A copy of `ladder`'s steps and estimates with fresh ids, created `now`, not archived.
fn fresh_copy(ladder: &Ladder, now: Timestamp) -> Ladder {
    let mut copy = ladder.clone();
    copy.id = LadderId::fresh();
    copy.created = now;
    copy.archived = false;
    copy.changed = LadderChanged::all(now);
    for step in &mut copy.steps {
        step.id = StepId::fresh();
        step.changed = StepChanged::all(now);
    }
    copy
}

fn copy_title(title: &str) -> String {
    let copy = crate::t!("ladders-copy-title", title = title);
    if copy.chars().count() > limits::SHORT_TEXT_CHARS { title.to_owned() } else { copy }
}

/// Steps shorter than this are probably too vague to do ("talk to people").
pub const CONCRETE_STEP_CHARS: usize = 15;
/// The recommended ladder size.
pub const LADDER_STEPS: std::ops::RangeInclusive<usize> = 8..=12;

/// Gentle advice about a ladder's shape. Informs; never blocks an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LadderWarning {
    /// Step `higher` (1-based) is rated above the step after it.
    OutOfOrder {
        position: usize,
        estimate: u8,
        next_estimate: u8,
    },
    TooFewSteps(usize),
    TooManySteps(usize),
    /// Step at `position` (1-based) is very short.
    Vague {
        position: usize,
    },
}

impl LadderWarning {
    /// The advice in words, in the language in use.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            Self::OutOfOrder { position, estimate, next_estimate } => crate::t!(
                "ladders-warning-out-of-order",
                position = *position,
                estimate = *estimate,
                next = position + 1,
                next_estimate = *next_estimate,
            ),
            Self::TooFewSteps(n) => crate::t!("ladders-warning-too-few", count = *n),
            Self::TooManySteps(n) => crate::t!("ladders-warning-too-many", count = *n),
            Self::Vague { position } => crate::t!("ladders-warning-vague", position = *position),
        }
    }
}

/// The warnings for a ladder, in step order.
#[must_use]
pub fn ladder_warnings(ladder: &Ladder) -> Vec<LadderWarning> {
    let mut warnings = Vec::new();
    let n = ladder.steps.len();
    if n < *LADDER_STEPS.start() {
        warnings.push(LadderWarning::TooFewSteps(n));
    } else if n > *LADDER_STEPS.end() {
        warnings.push(LadderWarning::TooManySteps(n));
    }
    for (i, pair) in ladder.steps.windows(2).enumerate() {
        if pair[0].estimate > pair[1].estimate {
            warnings.push(LadderWarning::OutOfOrder {
                position: i + 1,
                estimate: pair[0].estimate.get(),
                next_estimate: pair[1].estimate.get(),
            });
        }
    }
    for (i, step) in ladder.steps.iter().enumerate() {
        if step.situation.trim().chars().count() < CONCRETE_STEP_CHARS {
            warnings.push(LadderWarning::Vague { position: i + 1 });
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Exposure;

    const NOW: Timestamp = Timestamp::EPOCH;

    fn r(n: u8) -> Rating {
        Rating::saturating(n)
    }

    fn library_with(steps: &[(&str, u8)]) -> (Library, LadderId) {
        let steps: Vec<(&str, Rating)> = steps.iter().map(|(s, n)| (*s, r(*n))).collect();
        let ladder = Ladder::new("Calls", "I fear the silence on the line", &steps, NOW);
        let id = ladder.id;
        (Library { ladders: vec![ladder], ..Library::default() }, id)
    }

    fn order(lib: &Library, ladder: LadderId) -> Vec<String> {
        lib.ladder(ladder).unwrap().steps.iter().map(|s| s.situation.clone()).collect()
    }

    fn step_id(lib: &Library, ladder: LadderId, index: usize) -> StepId {
        lib.ladder(ladder).unwrap().steps[index].id
    }

    fn exposure_on(lib: &Library, ladder: LadderId, step: StepId) -> Exposure {
        let _ = lib;
        crate::model::ExposureBuilder::new(ladder, step).at(NOW).ratings(3, 4, 1).build()
    }

    #[test]
    fn move_step_to_first_last_and_middle_keeps_ids() {
        let (mut lib, l) = library_with(&[("a", 1), ("b", 2), ("c", 3), ("d", 4)]);
        let d = step_id(&lib, l, 3);
        apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: d, to: 0 }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["d", "a", "b", "c"]);
        assert_eq!(step_id(&lib, l, 0), d);
        apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: d, to: 3 }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["a", "b", "c", "d"]);
        let a = step_id(&lib, l, 0);
        apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: a, to: 2 }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["b", "c", "a", "d"]);
        // Past the end clamps to the last place.
        apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: a, to: 99 }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["b", "c", "d", "a"]);
    }

    #[test]
    fn move_in_a_one_step_ladder_is_a_no_op() {
        let (mut lib, l) = library_with(&[("only", 1)]);
        let only = step_id(&lib, l, 0);
        let before = lib.clone();
        apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: only, to: 0 }, NOW).unwrap();
        apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: only, to: 5 }, NOW).unwrap();
        assert_eq!(lib, before);
    }

    #[test]
    fn unknown_ids_change_nothing() {
        let (mut lib, l) = library_with(&[("a", 1)]);
        let before = lib.clone();
        let err = apply(&mut lib, &LadderEdit::MoveStep { ladder: l, step: StepId(1), to: 0 }, NOW).unwrap_err();
        assert_eq!(err, EditError::NoStep);
        let err = apply(&mut lib, &LadderEdit::Delete { ladder: LadderId(1) }, NOW).unwrap_err();
        assert_eq!(err, EditError::NoLadder);
        assert_eq!(lib, before);
    }

    #[test]
    fn add_insert_and_remove_steps() {
        let (mut lib, l) = library_with(&[("a", 1)]);
        apply(&mut lib, &LadderEdit::AddStep { ladder: l, situation: "  b  ".into(), estimate: r(2) }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["a", "b"]);
        let err = apply(&mut lib, &LadderEdit::AddStep { ladder: l, situation: "  ".into(), estimate: r(2) }, NOW);
        assert_eq!(err, Err(EditError::Empty(LadderText::Step)));
        let a = step_id(&lib, l, 0);
        let exposure = exposure_on(&lib, l, a);
        lib.exposures_mut().push(exposure);
        apply(&mut lib, &LadderEdit::DeleteStep { ladder: l, step: a }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["b"]);
        assert!(lib.exposures.is_empty(), "the deleted step's exposures go with it");
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
    }

    #[test]
    fn sort_by_estimate_is_stable() {
        let (mut lib, l) = library_with(&[("c", 5), ("a", 1), ("b1", 3), ("b2", 3)]);
        apply(&mut lib, &LadderEdit::SortByEstimate { ladder: l }, NOW).unwrap();
        assert_eq!(order(&lib, l), ["a", "b1", "b2", "c"]);
    }

    #[test]
    fn duplicate_copies_steps_with_fresh_ids_and_no_exposures() {
        let (mut lib, l) = library_with(&[("a", 1), ("b", 2)]);
        let a = step_id(&lib, l, 0);
        let exposure = exposure_on(&lib, l, a);
        lib.exposures_mut().push(exposure);
        let copy = apply(&mut lib, &LadderEdit::Duplicate { ladder: l }, NOW).unwrap().unwrap();
        assert_ne!(copy, l);
        assert_eq!(lib.ladders.len(), 2);
        assert_eq!(lib.ladders[1].id, copy, "the copy sits right after the original");
        assert_eq!(lib.ladders[1].title, "Calls (copy)");
        assert_eq!(order(&lib, copy), ["a", "b"]);
        assert!(lib.ladders[1].steps.iter().all(|s| s.id != a && s.id != step_id(&lib, l, 1)));
        assert_eq!(lib.exposures.len(), 1);
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
    }

    #[test]
    fn delete_ladder_moves_it_with_its_exposures_into_recently_deleted() {
        let (mut lib, l) = library_with(&[("a", 1)]);
        let a = step_id(&lib, l, 0);
        let exposure = exposure_on(&lib, l, a);
        lib.exposures_mut().push(exposure);
        lib.journal_mut().push(crate::model::JournalEntry {
            id: crate::model::EntryId(5),
            written: NOW,
            text: "A win".into(),
            ladder: Some(l),
        });
        assert_eq!(apply(&mut lib, &LadderEdit::Delete { ladder: l }, NOW), Ok(None));
        assert!(lib.ladders.is_empty() && lib.exposures.is_empty());
        // In Recently deleted with its exposure; the journal entry keeps its link meanwhile.
        assert_eq!(lib.deleted.len(), 1);
        assert_eq!(lib.deleted[0].exposures.len(), 1);
        assert_eq!(lib.journal[0].ladder, Some(l));
        assert_eq!(lib.journal[0].text, "A win");
    }

    #[test]
    fn rerate_keeps_the_old_estimates_with_their_date() {
        let (mut lib, l) = library_with(&[("a", 2), ("b", 6)]);
        let (a, b) = (step_id(&lib, l, 0), step_id(&lib, l, 1));
        let when = Timestamp::from_unix_secs(1_795_000_000);
        let edit = LadderEdit::ReRate { ladder: l, estimates: vec![(a, r(2)), (b, r(4))] };
        apply(&mut lib, &edit, when).unwrap();
        let steps = &lib.ladder(l).unwrap().steps;
        assert!(steps[0].estimate_history.is_empty(), "unchanged estimates add no history");
        assert_eq!(steps[1].estimate, r(4));
        assert_eq!(steps[1].estimate_history, [EstimateRecord { estimate: r(6), replaced: when }]);
    }

    #[test]
    fn create_from_template_and_archive() {
        let (source, l) = library_with(&[("a", 1), ("b", 2), ("c", 3)]);
        let mut template = source.ladder(l).unwrap().clone();
        template.archived = true;
        let edit = LadderEdit::CreateFromTemplate { template: template.clone() };
        let when = Timestamp::from_unix_secs(1_795_000_000);
        let mut lib = Library::default();
        let id = apply(&mut lib, &edit, when).unwrap().unwrap();
        let made = lib.ladder(id).unwrap().clone();
        assert_eq!((made.title.as_str(), made.fear.as_str()), ("Calls", "I fear the silence on the line"));
        assert_eq!(order(&lib, id), ["a", "b", "c"]);
        assert_eq!((made.created, made.archived), (when, false), "created now, not archived");
        // Fresh ids: the same edit again (a second click) makes a second, distinct ladder.
        let again = apply(&mut lib, &edit, when).unwrap().unwrap();
        assert_ne!(again, id);
        assert_ne!(id, template.id);
        let steps: std::collections::HashSet<StepId> =
            lib.ladders.iter().flat_map(|l| &l.steps).chain(&template.steps).map(|s| s.id).collect();
        assert_eq!(steps.len(), 9);
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
        apply(&mut lib, &LadderEdit::SetArchived { ladder: id, archived: true }, NOW).unwrap();
        assert!(lib.ladder(id).unwrap().archived);
    }

    #[test]
    fn errors_warnings_and_undo_descriptions_read_in_each_language() {
        use crate::i18n::{Arg, Lang, tr_in};
        let it = Lang::from_tag("it").unwrap();
        assert_eq!(EditError::Empty(LadderText::Step).to_string(), "A step cannot be empty");
        assert_eq!(
            EditError::TooLong { what: LadderText::Title, max: 80 }.to_string(),
            "A ladder's title can be at most 80 characters"
        );
        assert_eq!(
            EditError::LadderDeleted.to_string(),
            "its ladder is in Recently deleted too: restore the ladder first"
        );
        assert_eq!(LadderEdit::MoveStep { ladder: LadderId(1), step: StepId(2), to: 0 }.label(), "move step");
        assert_eq!(LadderEdit::SetArchived { ladder: LadderId(1), archived: false }.label(), "unarchive ladder");
        assert_eq!(tr_in(it, "ladders-undo-move-step", &[]), "spostamento di un gradino");
        assert_eq!(LadderWarning::TooFewSteps(1).message(), {
            "This ladder has 1 step. 8 to 12 small steps make each one easier to climb."
        });
        assert!(LadderWarning::TooFewSteps(0).message().starts_with("This ladder has 0 steps."));
        let few = |n: usize| tr_in(it, "ladders-warning-too-few", &[("count", Arg::from(n))]);
        assert!(few(1).starts_with("Questa scala ha un solo gradino."), "{}", few(1));
        assert!(few(3).starts_with("Questa scala ha 3 gradini."), "{}", few(3));
        let order =
            [("position", 1), ("estimate", 6), ("next", 2), ("next_estimate", 2)].map(|(k, v)| (k, Arg::from(v)));
        assert!(
            tr_in(it, "ladders-warning-out-of-order", &order)
                .starts_with("Il gradino 1 ha stima 6, più alta del gradino 2 (2).")
        );
        assert_eq!(tr_in(it, "ladders-copy-title", &[("title", Arg::from("Telefonate"))]), "Telefonate (copia)");
    }

    #[test]
    fn warnings_name_order_size_and_vagueness() {
        let (lib, l) = library_with(&[("Say hello to the barista at my cafe", 3), ("talk", 2)]);
        let warnings = ladder_warnings(lib.ladder(l).unwrap());
        assert_eq!(
            warnings,
            [
                LadderWarning::TooFewSteps(2),
                LadderWarning::OutOfOrder { position: 1, estimate: 3, next_estimate: 2 },
                LadderWarning::Vague { position: 2 },
            ]
        );
        assert!(warnings[1].message().contains("Step 1 is rated 3, above step 2 (2)"));
        let steps: Vec<(String, u8)> = (0..9).map(|i| (format!("A concrete step number {i}"), i)).collect();
        let steps: Vec<(&str, u8)> = steps.iter().map(|(s, n)| (s.as_str(), *n)).collect();
        let (well_shaped, w) = library_with(&steps);
        assert!(ladder_warnings(well_shaped.ladder(w).unwrap()).is_empty(), "nothing to say");
    }
}
