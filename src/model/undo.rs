//! Undo and redo swap whole snapshots of the library, whose change times are those of the
//! snapshot. Merged with another computer's copy, those older times would lose, and the undone
//! change would quietly come back. So what an undo or redo changes is stamped as a change made
//! now: a field that differs, an order that differs, a ladder or step brought back (restored),
//! one put back into Recently deleted (deleted again).

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use super::{DeletedItem, Ladder, LadderId, Library, Order, Settings, Step, StepId, Timestamp, next_stamp};
use crate::i18n::{self, Lang};

/// The undo description `id` (a `ladders-undo-*` message) in the language in use, as the
/// `&'static str` the undo history keeps ("move step", "spostamento di un gradino"). Each
/// description is made once per language and kept for the rest of the run: a few dozen short
/// texts per language at most.
pub(super) fn undo_label(id: &'static str) -> &'static str {
    static MADE: Mutex<Option<HashMap<(Lang, &'static str), &'static str>>> = Mutex::new(None);
    let lang = i18n::language();
    let mut made = MADE.lock().unwrap_or_else(PoisonError::into_inner);
    made.get_or_insert_with(HashMap::new).entry((lang, id)).or_insert_with(|| i18n::tr_in(lang, id, &[]).leak())
}

/// Stamps what differs between `before` (the library just before an undo or redo) and `after`
/// (the snapshot it brought back) as changed `now`. What an undo removes altogether (a ladder
/// just created) is not marked: another computer that already has it keeps it.
pub fn restamp_undone(before: &Library, after: &mut Library, now: Timestamp) {
    let old_ladders: HashMap<LadderId, &Ladder> = before.ladders.iter().map(|l| (l.id, l)).collect();
    let old_steps: HashMap<StepId, &Step> =
        before.ladders.iter().flat_map(|l| l.steps.iter()).map(|s| (s.id, s)).collect();
    // When each ladder or step now back went into Recently deleted, and everything stamped.
    let mut deleted_at: HashMap<u64, Timestamp> = HashMap::new();
    for d in &before.deleted {
        match &d.item {
            DeletedItem::Ladder(l) => {
                deleted_at.insert(l.id.0, d.at);
                for s in &l.steps {
                    deleted_at.insert(s.id.0, d.at);
                }
            }
            DeletedItem::Step { step, .. } => {
                deleted_at.insert(step.id.0, d.at);
            }
        }
    }

    let ids = |l: &Library| l.ladders.iter().map(|l| l.id).collect::<Vec<_>>();
    if ids(before) != ids(after) {
        after.ladder_order = Order::after(before.ladder_order.max(after.ladder_order), now);
    }
    for ladder in &mut after.ladders {
        if let Some(old) = old_ladders.get(&ladder.id) {
            let (c, o) = (&mut ladder.changed, &old.changed);
            if ladder.title != old.title {
                c.title = next_stamp(c.title.max(o.title), now);
            }
            if ladder.fear != old.fear {
                c.fear = next_stamp(c.fear.max(o.fear), now);
            }
            if ladder.archived != old.archived {
                c.archived = next_stamp(c.archived.max(o.archived), now);
            }
            if ladder.steps.iter().map(|s| s.id).ne(old.steps.iter().map(|s| s.id)) {
                c.steps = Order::after(c.steps.max(o.steps), now);
            }
        } else {
            let since = deleted_at.get(&ladder.id.0).copied().unwrap_or_default();
            ladder.changed.restored = next_stamp(since.max(ladder.changed.restored), now);
            ladder.changed.steps = Order::after(ladder.changed.steps, now);
        }
        for step in &mut ladder.steps {
            if let Some(old) = old_steps.get(&step.id) {
                if step.situation != old.situation {
                    step.changed.situation = next_stamp(step.changed.situation.max(old.changed.situation), now);
                }
                if step.estimate != old.estimate || step.estimate_history != old.estimate_history {
                    step.changed.estimate = next_stamp(step.changed.estimate.max(old.changed.estimate), now);
                }
            } else {
                let since = deleted_at.get(&step.id.0).copied().unwrap_or_default();
                step.changed.restored = next_stamp(since.max(step.changed.restored), now);
            }
        }
    }
    restamp_settings(&before.settings, &mut after.settings, now);
    // Put back into Recently deleted (the undo of a restore): deleted again, now.
    for d in &mut after.deleted {
        let live_before = match &d.item {
            DeletedItem::Ladder(l) => old_ladders.get(&l.id).map(|o| o.changed.restored),
            DeletedItem::Step { step, .. } => old_steps.get(&step.id).map(|o| o.changed.restored),
        };
        if let Some(restored) = live_before {
            d.at = next_stamp(d.at.max(restored), now);
        }
    }
}

/// Stamps each setting that differs between `before` and `after` as changed `now`.
fn restamp_settings(before: &Settings, after: &mut Settings, now: Timestamp) {
    let (o, c) = (&before.changed, &mut after.changed);
    macro_rules! field {
        ($name:ident) => {
            if after.$name != before.$name {
                c.$name = next_stamp(c.$name.max(o.$name), now);
            }
        };
    }
    field!(weekly_goal);
    field!(mastery_streak);
    field!(exposure_minutes);
    field!(crisis_contacts);
    field!(default_pattern);
    field!(reduced_motion);
    field!(anchors);
    field!(safety_behaviours);
    field!(day_starts_at);
    field!(high_baseline_dismissed);
    field!(practice_times);
    // The plan's size from now on is the one undo brought back (another computer's copy may hold
    // the undone change in its history: this later one wins there too).
    if after.practice_times != before.practice_times {
        super::plan::note_plan_always(&mut after.plan_history, &after.practice_times, now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::merge;
    use crate::model::edit::{LadderEdit, apply};
    use crate::model::{ExposureBuilder, Rating};

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_795_000_000 + secs)
    }

    fn library() -> Library {
        let r = Rating::saturating;
        let ladder = Ladder::new("Calls", "f", &[("a", r(2)), ("b", r(4)), ("c", r(6))], t(0));
        let (l, s) = (ladder.id, ladder.steps[0].id);
        let mut lib = Library { ladders: vec![ladder], ..Library::default() };
        lib.exposures_mut().push(ExposureBuilder::new(l, s).at(t(1)).build());
        lib
    }

    /// An undo as the app does it: the snapshot from before `edit` comes back, restamped.
    fn edit_then_undo(lib: &Library, edit: &LadderEdit, at: i64) -> (Library, Library) {
        let mut edited = lib.clone();
        apply(&mut edited, edit, t(at)).unwrap();
        let mut undone = lib.clone();
        restamp_undone(&edited, &mut undone, t(at + 10));
        (edited, undone)
    }

    #[test]
    fn an_undone_plan_change_is_the_plan_on_both_computers_and_in_its_history() {
        use crate::model::{PlanChange, PracticeTime, SettingsEdit, Weekdays, apply_settings};
        let mut lib = library();
        let time = PracticeTime { id: 1, days: Weekdays(0b101), hour: 18, minute: 0, ladder: None };
        apply_settings(&mut lib, &SettingsEdit::SetPracticeTime(time.clone()), t(0)).unwrap();
        let mut edited = lib.clone();
        let every_day = PracticeTime { days: Weekdays(0x7F), ..time };
        apply_settings(&mut edited, &SettingsEdit::SetPracticeTime(every_day), t(7200)).unwrap();
        assert_eq!(edited.settings.plan_history.last(), Some(&PlanChange { at: t(7200), per_week: 7 }));
        let mut undone = lib.clone();
        restamp_undone(&edited, &mut undone, t(7300));
        // The other computer got the change before the undo: both histories together end on the
        // plan undo brought back, and so does the plan.
        let m = merge(&edited, &undone).library;
        assert_eq!(m.settings.practice_times, undone.settings.practice_times);
        assert_eq!(
            m.settings.plan_history,
            [
                PlanChange { at: t(0), per_week: 2 },
                PlanChange { at: t(7200), per_week: 7 },
                PlanChange { at: t(7300), per_week: 2 }
            ]
        );
        assert_eq!(merge(&undone, &edited).library, m);
    }

    #[test]
    fn an_undone_rename_wins_over_the_copy_that_still_has_the_rename() {
        let lib = library();
        let l = lib.ladders[0].id;
        let (renamed, undone) = edit_then_undo(&lib, &LadderEdit::Rename { ladder: l, title: "Phone".into() }, 100);
        // The other computer got the rename before the undo.
        let m = merge(&undone, &renamed).library;
        assert_eq!(m.ladders[0].title, "Calls", "the undo is the newer change");
        assert_eq!(merge(&renamed, &undone).library, m);
    }

    #[test]
    fn an_undone_delete_is_a_restore_and_an_undone_restore_a_delete() {
        let lib = library();
        let (l, s) = (lib.ladders[0].id, lib.ladders[0].steps[0].id);
        let (deleted, undone) = edit_then_undo(&lib, &LadderEdit::DeleteStep { ladder: l, step: s }, 100);
        let m = merge(&deleted, &undone).library;
        assert!(m.ladders[0].step(s).is_some(), "undoing the delete brings the step back on both");
        assert_eq!(m.exposures.len(), 1);
        // And undoing a restore puts it back into Recently deleted on both.
        let (restored, undone) = edit_then_undo(&deleted, &LadderEdit::RestoreStep { step: s }, 200);
        let m = merge(&restored, &undone).library;
        assert!(m.ladders[0].step(s).is_none());
        assert_eq!(m.deleted.len(), 1);
    }

    #[test]
    fn an_undone_move_and_rerate_win_too() {
        let lib = library();
        let (l, s) = (lib.ladders[0].id, lib.ladders[0].steps[2].id);
        let (moved, undone) = edit_then_undo(&lib, &LadderEdit::MoveStep { ladder: l, step: s, to: 0 }, 100);
        assert_eq!(
            merge(&moved, &undone).library.ladders[0].steps,
            lib.ladders[0]
                .steps
                .iter()
                .map(|x| {
                    let mut x = x.clone();
                    x.changed = undone.ladders[0].step(x.id).unwrap().changed;
                    x
                })
                .collect::<Vec<_>>()
        );
        let rerate = LadderEdit::ReRate { ladder: l, estimates: vec![(s, Rating::saturating(1))] };
        let (rerated, undone) = edit_then_undo(&lib, &rerate, 100);
        let m = merge(&rerated, &undone).library;
        assert_eq!(m.ladders[0].step(s).unwrap().estimate, Rating::saturating(6));
    }

    #[test]
    fn an_undone_setting_wins_over_the_copy_that_still_has_it() {
        let lib = library();
        let mut changed = lib.clone();
        crate::model::apply_settings(&mut changed, &crate::model::SettingsEdit::WeeklyGoal(4), t(100)).unwrap();
        let mut undone = lib.clone();
        restamp_undone(&changed, &mut undone, t(110));
        assert_eq!(undone.settings.changed.weekly_goal, t(110));
        assert_eq!(undone.settings.changed.mastery_streak, lib.settings.changed.mastery_streak, "only what differs");
        assert_eq!(merge(&undone, &changed).library.settings.weekly_goal, 10);
        assert_eq!(merge(&changed, &undone).library.settings.weekly_goal, 10);
    }

    #[test]
    fn an_edit_after_a_clock_that_ran_ahead_still_wins() {
        let mut lib = library();
        let l = lib.ladders[0].id;
        // The other computer renamed it at t(1000); this one's clock says t(500).
        lib.ladders[0].changed.title = t(1000);
        apply(&mut lib, &LadderEdit::Rename { ladder: l, title: "Mine".into() }, t(500)).unwrap();
        assert_eq!(lib.ladders[0].changed.title, t(1001));
    }
}
