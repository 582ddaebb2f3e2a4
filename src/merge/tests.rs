//! The merge's rules one by one, then its promises over random edit histories on two copies of
//! one library: commutative, idempotent, convergent, valid, and losing no exposure a tombstone
//! did not remove.

// Two copies are `a` and `b` here, as in the promises they check.
#![allow(clippy::many_single_char_names, clippy::needless_pass_by_value)]

use std::collections::HashSet;

use super::*;
use crate::model::edit::{LadderEdit, apply};
use crate::model::{
    BreathPattern, EntryId, ExposureBuilder, ExposureDraft, JournalEntry, Ladder, LadderId, PatternChanged, PatternId,
    Rating, StepId, Timestamp, purge_expired,
};
use crate::sample::Rng;
use crate::store::validate::validate;

fn t(secs: i64) -> Timestamp {
    Timestamp::from_unix_secs(1_795_000_000 + secs)
}

/// One ladder of four steps, two exposures on the first step, one journal entry.
fn base() -> Library {
    let r = Rating::saturating;
    let ladder = Ladder::new(
        "Speaking up",
        "I fear sounding foolish",
        &[("Say good morning", r(2)), ("Ask a question", r(4)), ("Give an opinion", r(6)), ("Present", r(8))],
        t(0),
    );
    let (l, s) = (ladder.id, ladder.steps[0].id);
    let mut lib = Library { ladders: vec![ladder], ..Library::default() };
    lib.exposures_mut().push(ExposureBuilder::new(l, s).at(t(10)).build());
    lib.exposures_mut().push(ExposureBuilder::new(l, s).at(t(20)).build());
    lib.journal_mut().push(JournalEntry { id: EntryId(5), written: t(30), text: "Went well.".into(), ladder: Some(l) });
    lib
}

/// Two copies of one library.
fn pair() -> (Library, Library) {
    let lib = base();
    (lib.clone(), lib)
}

/// `merge` that also checks the result is valid.
fn merged(a: &Library, b: &Library) -> Merge {
    assert_eq!(validate(a), Ok(()), "the first input is valid");
    assert_eq!(validate(b), Ok(()), "the second input is valid");
    let m = merge(a, b);
    assert_eq!(validate(&m.library), Ok(()), "the merge is valid");
    m
}

fn edit(lib: &mut Library, edit: LadderEdit, at: i64) {
    apply(lib, &edit, t(at)).unwrap();
}

#[test]
fn an_edit_on_one_side_is_taken_without_a_copy() {
    let (mut a, b) = pair();
    let (l, steps) = (a.ladders[0].id, a.ladders[0].steps.iter().map(|s| s.id).collect::<Vec<_>>());
    edit(&mut a, LadderEdit::Rename { ladder: l, title: "Speaking up at work".into() }, 100);
    edit(&mut a, LadderEdit::MoveStep { ladder: l, step: steps[3], to: 0 }, 101);
    edit(&mut a, LadderEdit::ReRate { ladder: l, estimates: vec![(steps[1], Rating::saturating(3))] }, 102);
    edit(
        &mut a,
        LadderEdit::AddStep { ladder: l, situation: "Chair a meeting".into(), estimate: Rating::saturating(9) },
        103,
    );
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = merged(x, y);
        assert_eq!(m.library.ladders.len(), 1, "no \"(imported copy)\"");
        let ladder = &m.library.ladders[0];
        assert_eq!(ladder.title, "Speaking up at work");
        assert_eq!(ladder.steps.len(), 5);
        assert_eq!(ladder.steps[0].id, steps[3]);
        assert_eq!(ladder.step(steps[1]).unwrap().estimate, Rating::saturating(3));
        assert_eq!(ladder.step(steps[1]).unwrap().estimate_history.len(), 1);
        assert!(m.report.conflicts.is_empty());
    }
    assert_eq!(merged(&b, &a).report.ladders, Counts { updated: 1, present: 0, ..Counts::default() });
}

#[test]
fn edits_of_different_fields_on_both_sides_are_both_kept_and_the_newer_wins_a_field() {
    let (mut a, mut b) = pair();
    let l = a.ladders[0].id;
    let s = a.ladders[0].steps[2].id;
    edit(&mut a, LadderEdit::Rename { ladder: l, title: "From A".into() }, 100);
    edit(&mut b, LadderEdit::SetFear { ladder: l, fear: "Fear from B".into() }, 90);
    edit(&mut b, LadderEdit::Rename { ladder: l, title: "From B, earlier".into() }, 50);
    edit(&mut b, LadderEdit::SetStepText { ladder: l, step: s, situation: "Give an opinion in a meeting".into() }, 60);
    let m = merged(&a, &b);
    assert_eq!(m.library, merged(&b, &a).library);
    let ladder = &m.library.ladders[0];
    assert_eq!((ladder.title.as_str(), ladder.fear.as_str()), ("From A", "Fear from B"));
    assert_eq!(ladder.step(s).unwrap().situation, "Give an opinion in a meeting");
}

#[test]
fn deletions_travel_and_restores_travel_back() {
    let (mut a, b) = pair();
    let l = a.ladders[0].id;
    let s = a.ladders[0].steps[0].id;
    edit(&mut a, LadderEdit::DeleteStep { ladder: l, step: s }, 100);
    let m = merged(&b, &a);
    assert!(m.library.ladders[0].step(s).is_none(), "not brought back by the other side");
    assert_eq!(m.library.deleted.len(), 1);
    assert_eq!(m.library.deleted[0].exposures.len(), 2, "its exposures wait with it");
    assert!(m.library.exposures.is_empty());
    assert_eq!(m.report.exposures.removed, 0, "in Recently deleted, not gone");

    // Restored later on the other computer: back on both.
    let mut b2 = m.library.clone();
    edit(&mut b2, LadderEdit::RestoreStep { step: s }, 200);
    let back = merged(&a, &b2);
    assert_eq!(back.library.ladders[0].steps[0].id, s);
    assert_eq!(back.library.exposures.len(), 2);
    assert!(back.library.deleted.is_empty());

    // Purged after 30 days: the tombstone removes it from an old copy too.
    let mut purged = a.clone();
    assert_eq!(purge_expired(&mut purged, t(100 + 31 * 86_400)), 1);
    let m = merged(&b, &purged);
    assert!(m.library.ladders[0].step(s).is_none() && m.library.deleted.is_empty());
    assert!(m.library.exposures.is_empty());
    assert_eq!(m.report.exposures.removed, 2);
}

#[test]
fn a_purge_on_one_computer_never_takes_what_the_other_restored_or_practised_since() {
    let day = |d: i64| 100 + d * 86_400;
    let start = base();
    let (mut desktop, mut laptop) = (start.clone(), start.clone());
    let l = desktop.ladders[0].id;
    let steps: Vec<StepId> = desktop.ladders[0].steps.iter().map(|s| s.id).collect();
    edit(&mut desktop, LadderEdit::Delete { ladder: l }, day(0));
    laptop = merged(&laptop, &desktop).library;
    // Day 29: restored on the laptop and practised there for a week, offline.
    edit(&mut laptop, LadderEdit::RestoreLadder { ladder: l }, day(29));
    let later = ExposureBuilder::new(l, steps[2]).at(t(day(33))).build();
    laptop.exposures_mut().push(later.clone());
    // Day 31: the desktop opens and purges the ladder.
    assert_eq!(purge_expired(&mut desktop, t(day(31))), 1);
    for m in [merged(&desktop, &laptop), merged(&laptop, &desktop)] {
        let ladder = m.library.ladder(l).expect("the restored ladder stays");
        assert_eq!(ladder.steps.len(), 4, "with all its steps");
        assert_eq!(m.library.exposures.len(), 3, "the two old exposures and the new one");
        assert!(m.library.tombstones.iter().all(|t| t.gone != Gone::Ladder(l)));
    }

    // Without a restore, an exposure recorded after the deletion brings its step back.
    let (mut desktop, mut laptop) = (start.clone(), start.clone());
    edit(&mut desktop, LadderEdit::DeleteStep { ladder: l, step: steps[3] }, day(0));
    let practised = ExposureBuilder::new(l, steps[3]).at(t(day(5))).build();
    laptop.exposures_mut().push(practised.clone());
    assert_eq!(purge_expired(&mut desktop, t(day(31))), 1);
    let m = merged(&desktop, &laptop);
    assert!(m.library.ladders[0].step(steps[3]).is_some(), "practised after the deletion: back");
    assert!(m.library.exposures.contains(&practised));
    // But what was recorded before the deletion goes with it.
    let (mut desktop, laptop) = (start.clone(), start);
    edit(&mut desktop, LadderEdit::DeleteStep { ladder: l, step: steps[0] }, day(0));
    assert_eq!(purge_expired(&mut desktop, t(day(31))), 1);
    let m = merged(&laptop, &desktop);
    assert!(m.library.ladders[0].step(steps[0]).is_none());
    assert!(m.library.exposures.is_empty(), "the two exposures of day 0 were deleted with it");
}

#[test]
fn exposures_kept_with_a_deleted_ladder_never_bring_it_back_whatever_their_times() {
    // Recorded while the clock ran ahead, then deleted with a clock set right: merging the
    // library with itself, or with a copy of it, changes nothing.
    let mut lib = base();
    let l = lib.ladders[0].id;
    edit(&mut lib, LadderEdit::Delete { ladder: l }, 5);
    assert!(lib.deleted[0].exposures.iter().all(|e| e.started > t(5)));
    assert_eq!(merged(&lib, &lib).library, lib);
    assert_eq!(merged(&lib, &lib.clone()).library.ladders.len(), 0, "still deleted");
}

#[test]
fn a_deleted_ladder_stays_deleted_unless_restored_later() {
    let (mut a, mut b) = pair();
    let l = a.ladders[0].id;
    edit(&mut a, LadderEdit::Delete { ladder: l }, 100);
    edit(&mut b, LadderEdit::Rename { ladder: l, title: "Renamed before the deletion".into() }, 50);
    let m = merged(&a, &b);
    assert!(m.library.ladders.is_empty());
    let DeletedItem::Ladder(deleted) = &m.library.deleted[0].item else { panic!("a deleted ladder") };
    assert_eq!(deleted.title, "Renamed before the deletion", "the edit is kept in Recently deleted");
    assert_eq!(m.library.deleted[0].exposures.len(), 2);
    assert_eq!(m.library.journal[0].ladder, Some(l), "the journal keeps its link while restorable");
}

#[test]
fn the_exposure_under_way_keeps_its_step_until_it_is_done() {
    let (mut a, b) = pair();
    let (l, s) = (b.ladders[0].id, b.ladders[0].steps[1].id);
    let mut b = b;
    b.in_progress = Some(ExposureDraft::new(l, s, 180, None, false));
    edit(&mut a, LadderEdit::DeleteStep { ladder: l, step: s }, 100);
    let m = merged(&b, &a);
    assert!(m.library.ladders[0].step(s).is_some(), "kept live while the exposure runs");
    assert_eq!(m.library.in_progress, b.in_progress);
    // The other side, without a draft, sees the deletion.
    let m = merged(&a, &b);
    assert!(m.library.ladders[0].step(s).is_none());
    assert!(m.report.draft_ignored);
    assert_eq!(m.library.in_progress, None);
}

#[test]
fn a_clashing_exposure_is_kept_once_counted_and_once_set_aside() {
    let (a, mut b) = pair();
    Arc::make_mut(&mut b.exposures)[1].after = Rating::saturating(0);
    let one = merged(&a, &b);
    let other = merged(&b, &a);
    assert_eq!(one.library, other.library);
    assert_eq!(one.library.exposures.len(), 2, "counted once");
    assert_eq!(one.library.clashes.len(), 1, "the other version kept aside");
    assert_eq!(one.report.exposures.conflicting + other.report.exposures.conflicting, 2);
    assert!(one.report.conflicts[0].description.contains("only one is counted"));
    // Merging again finds it already there.
    assert_eq!(merged(&one.library, &a).library, one.library);
    assert_eq!(merged(&one.library, &b).library, one.library);
}

#[test]
fn breathing_patterns_and_settings_merge_field_by_field() {
    let (mut a, mut b) = pair();
    let mine = |name: &str, exhale: u8, at: i64| BreathPattern {
        id: PatternId(77),
        name: name.into(),
        inhale_secs: 4,
        hold_in_secs: 0,
        exhale_secs: exhale,
        hold_out_secs: 0,
        changed: PatternChanged { name: t(at), phases: t(at) },
    };
    a.settings.breathing_patterns.push(mine("Mine", 6, 10));
    b.settings
        .breathing_patterns
        .push(BreathPattern { changed: PatternChanged { name: t(20), phases: t(5) }, ..mine("Mine, renamed", 8, 0) });
    b.settings.crisis_contacts[0].how = "Call 116 123".into();
    b.settings.changed.crisis_contacts = t(40);
    a.settings.weekly_goal = 5;
    a.settings.changed.weekly_goal = t(41);
    a.settings.safety_acknowledged = true;
    let m = merged(&a, &b);
    assert_eq!(m.library, merged(&b, &a).library);
    let p = m.library.settings.breathing_patterns.iter().find(|p| p.id == PatternId(77)).unwrap();
    assert_eq!((p.name.as_str(), p.exhale_secs), ("Mine, renamed", 6));
    assert_eq!(m.library.settings.crisis_contacts[0].how, "Call 116 123");
    assert_eq!(m.library.settings.weekly_goal, 5);
    assert!(m.library.settings.safety_acknowledged);
}

#[test]
fn settings_chosen_before_change_times_existed_beat_the_defaults() {
    let mut own = base();
    own.settings.weekly_goal = 7;
    own.settings.crisis_contacts[0].how = "Call 116 123".into();
    let fresh = Library::default();
    for m in [merged(&own, &fresh), merged(&fresh, &own)] {
        assert_eq!(m.library.settings.weekly_goal, 7);
        assert_eq!(m.library.settings.crisis_contacts[0].how, "Call 116 123");
    }
}

#[test]
fn untouched_starter_ladders_of_a_second_computer_do_not_join_the_record() {
    let record = base();
    let fresh = crate::templates::starter_library_at(t(5_000));
    for m in [merged(&fresh, &record), merged(&record, &fresh)] {
        assert_eq!(m.library.ladders, record.ladders, "only the person's ladders");
        assert_eq!(m.report.ladders.removed, 0, "nothing of the person's is said to be deleted");
    }
    assert_eq!(merged(&fresh, &record).report.ladders.new, 1);
    assert_eq!(merged(&fresh, &record).report.unused_starters, fresh.ladders.len());
    assert_eq!(merged(&record, &fresh).report.unused_starters, 0, "none of the record's own");
    // A starter ladder someone touched is theirs, and stays.
    let mut touched = fresh.clone();
    let l = touched.ladders[0].id;
    edit(&mut touched, LadderEdit::Rename { ladder: l, title: "My first ladder".into() }, 6_000);
    assert_eq!(merged(&touched, &record).library.ladders.len(), record.ladders.len() + touched.ladders.len());
    // Two fresh computers keep what they have (nothing of the person's to prefer).
    assert_eq!(merged(&fresh, &fresh).library.ladders.len(), fresh.ladders.len());
}

#[test]
fn import_into_an_empty_library_equals_the_source() {
    let source = base();
    let m = merged(&Library::default(), &source);
    assert_eq!(m.library, source);
    assert_eq!(m.report.ladders.new, 1);
    assert_eq!(m.report.exposures.new, 2);
    assert_eq!(merged(&source, &source).library, source);
    assert!(!merged(&source, &source).report.changes_anything());
}

#[test]
fn import_refuses_an_invalid_file_and_merges_nothing() {
    let mut bad = base();
    bad.ladders.push(bad.ladders[0].clone());
    let err = import(&base(), &bad).unwrap_err();
    assert!(err.starts_with("it is not a valid library"), "{err}");
}

/// A random edit on one copy at time `at`.
fn random_edit(lib: &mut Library, rng: &mut Rng, at: i64) {
    let live: Vec<(LadderId, StepId)> =
        lib.ladders.iter().flat_map(|l| l.steps.iter().map(move |s| (l.id, s.id))).collect();
    let ladders: Vec<LadderId> = lib.ladders.iter().map(|l| l.id).collect();
    let pick = |rng: &mut Rng, n: usize| rng.below(n.max(1) as u64) as usize;
    let r = Rating::saturating(rng.below(11) as u8);
    let deleted_ladder = lib.deleted.iter().find_map(|d| match &d.item {
        DeletedItem::Ladder(l) => Some(l.id),
        DeletedItem::Step { .. } => None,
    });
    let deleted_step = lib.deleted.iter().find_map(|d| match &d.item {
        DeletedItem::Step { step, .. } => Some(step.id),
        DeletedItem::Ladder(_) => None,
    });
    let choice = rng.below(19);
    let ladder = ladders.get(pick(rng, ladders.len())).copied();
    let step = live.get(pick(rng, live.len())).copied();
    let edit = match (choice, ladder, step) {
        (0, Some(ladder), _) => LadderEdit::Rename { ladder, title: format!("Title {}", rng.below(1000)) },
        (1, Some(ladder), _) => LadderEdit::SetFear { ladder, fear: format!("Fear {}", rng.below(1000)) },
        (2, Some(ladder), _) => LadderEdit::SetArchived { ladder, archived: rng.below(2) == 0 },
        (3, Some(ladder), _) => {
            LadderEdit::AddStep { ladder, situation: format!("Step {}", rng.below(1000)), estimate: r }
        }
        (4, _, Some((ladder, step))) => {
            LadderEdit::SetStepText { ladder, step, situation: format!("Text {}", rng.below(1000)) }
        }
        (5, _, Some((ladder, step))) => LadderEdit::SetStepEstimate { ladder, step, estimate: r },
        (6, _, Some((ladder, step))) => LadderEdit::DeleteStep { ladder, step },
        (7, _, Some((ladder, step))) => LadderEdit::MoveStep { ladder, step, to: pick(rng, 6) },
        (8, Some(ladder), _) => LadderEdit::SortByEstimate { ladder },
        (9, _, Some((ladder, step))) => LadderEdit::ReRate { ladder, estimates: vec![(step, r)] },
        (10, Some(ladder), _) if rng.below(3) == 0 => LadderEdit::Delete { ladder },
        (11, _, _) if deleted_ladder.is_some() => {
            LadderEdit::RestoreLadder { ladder: deleted_ladder.unwrap_or(LadderId(0)) }
        }
        (12, _, _) if deleted_step.is_some() => LadderEdit::RestoreStep { step: deleted_step.unwrap_or(StepId(0)) },
        (13, _, _) if rng.below(3) == 0 => {
            LadderEdit::CreateLadder { title: format!("New {}", rng.below(1000)), fear: String::new() }
        }
        (14, Some(ladder), _) if rng.below(3) == 0 => LadderEdit::Duplicate { ladder },
        (15, _, Some((ladder, step))) => {
            // A finished exposure (twice as likely as other edits).
            let exposure = ExposureBuilder::new(ladder, step).at(t(at)).build();
            lib.exposures_mut().push(exposure);
            return;
        }
        (16, _, Some((ladder, step))) => {
            // An exposure starts, or the one under way is finished.
            match lib.in_progress.take() {
                Some(draft) => {
                    lib.exposures_mut().push(ExposureBuilder::new(draft.ladder, draft.step).at(t(at)).build());
                }
                None => lib.in_progress = Some(ExposureDraft::new(ladder, step, 180, None, false)),
            }
            return;
        }
        (17, _, _) => {
            let entry = JournalEntry { id: EntryId::fresh(), written: t(at), text: format!("Note {at}"), ladder };
            lib.journal_mut().push(entry);
            return;
        }
        (18, _, _) => {
            purge_expired(lib, t(at));
            return;
        }
        _ => return,
    };
    // Edits on something another edit removed fail and change nothing, as in the app.
    let before = lib.clone();
    if apply(lib, &edit, t(at)).is_err() {
        assert_eq!(*lib, before);
    }
}

fn without_draft(lib: &Library) -> Library {
    Library { in_progress: None, ..lib.clone() }
}

fn all_exposures(lib: &Library) -> impl Iterator<Item = &crate::model::Exposure> {
    lib.exposures.iter().chain(lib.deleted.iter().flat_map(|d| d.exposures.iter()))
}

/// Every exposure id of a library, wherever it is kept.
fn exposure_ids(lib: &Library) -> HashSet<u64> {
    lib.exposures.iter().chain(lib.deleted.iter().flat_map(|d| d.exposures.iter())).map(|e| e.id.0).collect()
}

/// The promises, for one pair of copies.
fn check_pair(a: &Library, b: &Library) {
    let (a, b) = (without_draft(a), without_draft(b));
    let ab = merged(&a, &b).library;
    let ba = merged(&b, &a).library;
    assert_eq!(ab, ba, "merge(a, b) == merge(b, a)");
    assert_eq!(merged(&ab, &a).library, ab, "merging a again changes nothing");
    let again = merged(&ab, &b).library;
    assert_eq!(again, ab, "merging b again changes nothing");
    assert_eq!(merged(&ab, &ab).library, ab, "merging with itself changes nothing");
    // Removed only by a tombstone: its own, or its step's or ladder's deletion made after it was
    // recorded (one recorded after the deletion brings the step back).
    let tombs: std::collections::HashMap<Gone, Timestamp> = ab.tombstones.iter().map(|t| (t.gone, t.at)).collect();
    let kept = exposure_ids(&ab);
    for e in all_exposures(&a).chain(all_exposures(&b)) {
        let removed = tombs.contains_key(&Gone::Exposure(e.id))
            || [Gone::Step(e.step), Gone::Ladder(e.ladder)]
                .iter()
                .any(|g| tombs.get(g).is_some_and(|at| *at >= e.started));
        assert!(kept.contains(&e.id.0) || removed, "exposure {} kept unless a tombstone removed it", e.id);
    }
}

#[test]
fn random_edit_histories_on_two_copies_converge() {
    // STEPWISE_MERGE_SEEDS=2000 runs a longer search.
    let seeds = std::env::var("STEPWISE_MERGE_SEEDS").ok().and_then(|n| n.parse().ok()).unwrap_or(60);
    for seed in 0..seeds {
        let mut rng = Rng::new(seed);
        let start = base();
        let (mut a, mut b) = (start.clone(), start);
        // Both clocks run forward; sometimes in the same second, sometimes weeks apart
        // (so purges happen), so ties and deletions are both exercised.
        let mut clock = 1_000_i64;
        for round in 0..40 {
            clock += [0, 1, 60, 86_400, 20 * 86_400][rng.below(5) as usize];
            if rng.below(2) == 0 {
                random_edit(&mut a, &mut rng, clock);
            } else {
                random_edit(&mut b, &mut rng, clock);
            }
            assert_eq!(validate(&a), Ok(()), "seed {seed} round {round}");
            assert_eq!(validate(&b), Ok(()), "seed {seed} round {round}");
            if round % 5 == 4 {
                check_pair(&a, &b);
                // A sync in one direction, now and then both ways.
                match rng.below(3) {
                    0 => a = merge(&a, &b).library,
                    1 => b = merge(&b, &a).library,
                    _ => {
                        a = merge(&a, &b).library;
                        b = merge(&b, &a).library;
                    }
                }
            }
        }
        check_pair(&a, &b);
        // At quiescence (drafts finished), an exchange both ways leaves two equal libraries.
        let (a, b) = (without_draft(&a), without_draft(&b));
        let a2 = merge(&a, &b).library;
        let b2 = merge(&b, &a2).library;
        assert_eq!(a2, b2, "seed {seed}: both computers hold the same library");
    }
}

#[test]
fn three_copies_exchanged_in_any_order_end_up_equal() {
    let seeds = std::env::var("STEPWISE_MERGE_SEEDS").ok().and_then(|n| n.parse().ok()).unwrap_or(30);
    for seed in 0..seeds {
        let mut rng = Rng::new(10_000 + seed);
        let start = base();
        let mut copies = [start.clone(), start.clone(), start];
        let mut clock = 1_000_i64;
        for round in 0..45 {
            clock += [0, 1, 60, 86_400, 20 * 86_400][rng.below(5) as usize];
            let side = rng.below(3) as usize;
            random_edit(&mut copies[side], &mut rng, clock);
            if round % 6 == 5 {
                // One computer takes in another's copy.
                let (to, from) = (rng.below(3) as usize, rng.below(3) as usize);
                copies[to] = merge(&copies[to], &copies[from]).library;
            }
        }
        let mut copies = copies.map(|l| without_draft(&l));
        check_pair(&copies[0], &copies[1]);
        check_pair(&copies[1], &copies[2]);
        // Exchanges in a random order, then everyone takes in everyone else's copy twice over:
        // all three hold the same library, whatever the order was. (Merging is not associative
        // for the order of steps added on different computers, but the order changed last wins
        // once everyone has seen it.)
        for _ in 0..4 {
            let (to, from) = (rng.below(3) as usize, rng.below(3) as usize);
            copies[to] = merge(&copies[to], &copies[from]).library;
        }
        for _ in 0..2 {
            for to in 0..3 {
                for from in 0..3 {
                    copies[to] = merge(&copies[to], &copies[from]).library;
                }
            }
        }
        assert_eq!(copies[0], copies[1], "seed {seed}");
        assert_eq!(copies[1], copies[2], "seed {seed}");
        assert_eq!(validate(&copies[0]), Ok(()));
    }
}

#[test]
fn heavy_libraries_merge_into_a_valid_union() {
    let end = t(0);
    let (a, b) = (crate::sample::heavy_library(1, 6, 2_000, end), crate::sample::heavy_library(2, 6, 2_000, end));
    let m = merged(&a, &b);
    assert_eq!(m.library.exposures.len(), 4_000);
    assert_eq!(m.library.ladders.len(), 12);
    assert_eq!(m.library, merged(&b, &a).library);
}

#[test]
fn ratings_stopped_at_the_gate_on_either_computer_are_kept_once() {
    let r = Rating::saturating;
    let mut a = Library::default();
    let mut b = Library::default();
    a.note_gate_block(r(8), t(10));
    a.note_gate_block(r(9), t(20));
    b.note_gate_block(r(9), t(20));
    b.note_gate_block(r(10), t(30));
    let m = merge(&a, &b).library;
    let kept: Vec<(Timestamp, u8)> = m.gate_blocks.iter().map(|g| (g.at, g.rating.get())).collect();
    assert_eq!(kept, [(t(10), 8), (t(20), 9), (t(30), 10)]);
    assert_eq!(merge(&b, &a).library.gate_blocks, m.gate_blocks);
    assert_eq!(merge(&m, &a).library.gate_blocks, m.gate_blocks);
}
