//! Unit tests of `coach`, with pinned time.

use super::*;
use crate::model::ExposureBuilder;
use chrono::{Duration, FixedOffset};

fn zone(hours: i32) -> FixedOffset {
    FixedOffset::east_opt(hours * 3600).unwrap()
}

/// A local time in a fixed zone `offset` hours east of UTC.
fn local(offset: i32, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<FixedOffset> {
    zone(offset).with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn ts(t: &DateTime<FixedOffset>) -> Timestamp {
    Timestamp::from_utc(t.with_timezone(&Utc))
}

/// Day `day` of the practice, 10:00 UTC, from Monday 2026-03-02.
fn day(day: i64) -> Timestamp {
    Timestamp::from_unix_secs(1_772_445_600 + day * 86_400)
}

fn ladder_with(estimates: &[u8]) -> Ladder {
    let names: Vec<String> = (1..=estimates.len()).map(|i| format!("situation {i}")).collect();
    let steps: Vec<(&str, Rating)> =
        names.iter().zip(estimates).map(|(n, e)| (n.as_str(), Rating::saturating(*e))).collect();
    Ladder::new("Speaking up", "I fear being judged when I speak", &steps, Timestamp::EPOCH)
}

fn library(estimates: &[u8], streak: u8) -> Library {
    let mut lib = Library { ladders: vec![ladder_with(estimates)], ..Library::default() };
    lib.settings.mastery_streak = streak;
    lib
}

fn exposure(ladder: &Ladder, step: usize, started: Timestamp, before: u8, after: u8) -> Exposure {
    ExposureBuilder::on(ladder, step).at(started).before_after(before, after).build()
}

/// Logs an exposure on step index `step` of the first ladder.
fn log(lib: &mut Library, step: usize, started: Timestamp, before: u8, after: u8) {
    let e = exposure(&lib.ladders[0], step, started, before, after);
    lib.exposures_mut().push(e);
}

fn step_id(lib: &Library, step: usize) -> StepId {
    lib.ladders[0].steps[step].id
}

fn rec(lib: &Library) -> Recommendation {
    recommend(lib, lib.ladders[0].id).unwrap()
}

fn assert_mentions(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "{text:?} should contain {part:?}");
    }
}

#[test]
fn history_is_sorted_by_start() {
    let mut lib = library(&[2, 3], 3);
    log(&mut lib, 0, day(5), 3, 1);
    log(&mut lib, 0, day(1), 3, 4);
    log(&mut lib, 1, day(2), 3, 0);
    log(&mut lib, 0, day(3), 3, 2);
    let starts: Vec<_> = step_history(&lib, step_id(&lib, 0)).iter().map(|e| e.started).collect();
    assert_eq!(starts, [day(1), day(3), day(5)]);
}

#[test]
fn low_streak_counts_recent_lows_and_a_two_resets_it() {
    let mut lib = library(&[2], 3);
    let s = step_id(&lib, 0);
    assert_eq!(low_streak(&lib, s), 0);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 0);
    assert_eq!(low_streak(&lib, s), 2);
    log(&mut lib, 0, day(3), 3, 2);
    assert_eq!(low_streak(&lib, s), 0);
    log(&mut lib, 0, day(4), 3, 1);
    assert_eq!(low_streak(&lib, s), 1);
}

#[test]
fn mastery_with_streak_two_and_three() {
    let mut lib = library(&[2], 3);
    let s = step_id(&lib, 0);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 2);
    log(&mut lib, 0, day(3), 3, 1);
    log(&mut lib, 0, day(4), 3, 0);
    assert!(is_mastered(&lib, s, 2));
    assert!(!is_mastered(&lib, s, 3), "the 2 inside the run resets it");
    log(&mut lib, 0, day(5), 2, 1);
    assert!(is_mastered(&lib, s, 3));
    assert!(!is_mastered(&library(&[2], 3), s, 0), "never tried is never mastered");
}

#[test]
fn the_mastery_fold_says_since_when_and_forgets_it_when_lost() {
    let mut lib = library(&[2], 2);
    let s = step_id(&lib, 0);
    assert_eq!(mastery(&lib, s, 2), Mastery::new(2), "never tried");
    assert_eq!(mastery(&lib, s, 2).since(), None);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 0); // mastered here
    log(&mut lib, 0, day(3), 3, 1); // still mastered: since day 2
    let m = mastery(&lib, s, 2);
    assert!(m.is_mastered());
    assert_eq!((m.since(), m.streak()), (Some(day(2)), 3));
    log(&mut lib, 0, day(4), 3, 2); // lost
    assert_eq!(mastery(&lib, s, 2).since(), None);
    log(&mut lib, 0, day(5), 3, 1);
    log(&mut lib, 0, day(6), 3, 1); // won again
    assert_eq!(mastery(&lib, s, 2).since(), Some(day(6)));

    // `push` reports each change, and only changes.
    let mut fold = Mastery::new(2);
    let changes: Vec<bool> = step_history(&lib, s).into_iter().map(|e| fold.push(e)).collect();
    assert_eq!(changes, [false, true, false, true, false, true]);
    assert_eq!(fold, mastery(&lib, s, 2));
}

#[test]
fn every_mastery_answer_agrees_on_a_heavy_library() {
    let mut lib = crate::sample::heavy_library(3, 6, 3_000, Timestamp::from_unix_secs(1_795_000_000));
    for streak in [2, 3] {
        lib.settings.mastery_streak = streak;
        let all = mastered_steps(&lib, streak);
        let mut seen = 0;
        for step in lib.ladders.iter().flat_map(|l| &l.steps) {
            let history = step_history(&lib, step.id);
            let tail = history.iter().rev().take(usize::from(streak)).collect::<Vec<_>>();
            let by_hand = tail.len() == usize::from(streak) && tail.iter().all(|e| e.after.get() < MASTERY_BELOW);
            assert_eq!(is_mastered(&lib, step.id, streak), by_hand, "streak {streak}");
            assert_eq!(all.contains(&step.id), by_hand);
            let m = mastery(&lib, step.id, streak);
            assert_eq!(m.since().is_some(), by_hand);
            seen += usize::from(by_hand);
        }
        assert!(seen > 0, "the sample masters some steps");
        assert_eq!(seen, all.len());
    }
}

#[test]
fn settings_streak_is_clamped() {
    let mut lib = library(&[2], 0);
    assert_eq!(streak_needed(&lib), 2);
    lib.settings.mastery_streak = 9;
    assert_eq!(streak_needed(&lib), 3);
}

#[test]
fn difficult_by_flag_or_rise_of_two() {
    let lib = library(&[2], 3);
    let mut e = exposure(&lib.ladders[0], 0, day(0), 3, 4);
    assert!(!was_difficult(&e));
    e.after = Rating::saturating(5);
    assert!(was_difficult(&e));
    e.after = Rating::saturating(1);
    e.difficult = true;
    assert!(was_difficult(&e));
}

#[test]
fn first_step_when_ladder_has_no_exposures() {
    let lib = library(&[2, 3, 4], 3);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::FirstStep);
    assert_eq!(r.step, Some(step_id(&lib, 0)));
    assert_eq!(r.step_number, Some(1));
    assert_mentions(&r.reason, &["step 1", "estimate: 2", "3 after-ratings in a row are below 2"]);
}

#[test]
fn empty_ladder_and_unknown_ladder() {
    let lib = library(&[], 3);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::EmptyLadder);
    assert_eq!((r.step, r.step_number), (None, None));
    assert_mentions(&r.reason, &["no steps"]);
    assert_eq!(recommend(&lib, LadderId(42)), None);
}

#[test]
fn lowest_unmastered_step_is_recommended() {
    let mut lib = library(&[2, 3, 4], 3);
    for d in 1..=3 {
        log(&mut lib, 0, day(d), 3, 1);
    }
    log(&mut lib, 1, day(4), 4, 3);
    log(&mut lib, 1, day(5), 3, 1);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Continue);
    assert_eq!(r.step_number, Some(2));
    assert_eq!(
        r.reason,
        "Stay with step 2 for now: your last after-ratings there were 3, 1 (a step is done when 3 in a row \
         are below 2)."
    );
}

#[test]
fn never_skips_an_unmastered_step() {
    let mut lib = library(&[2, 3, 4], 3);
    log(&mut lib, 0, day(1), 3, 3);
    for d in 2..=4 {
        log(&mut lib, 2, day(d), 3, 0);
    }
    assert!(is_mastered(&lib, step_id(&lib, 2), 3));
    let r = rec(&lib);
    assert_eq!(r.step_number, Some(1));
    assert_eq!(r.kind, RecommendationKind::Continue);
    assert_mentions(&r.reason, &["Step 1 is next", "3 (a step is done when 3 in a row are below 2)"]);
}

#[test]
fn advance_when_the_step_below_was_just_mastered() {
    let mut lib = library(&[2, 3, 4], 3);
    for d in 1..=3 {
        log(&mut lib, 0, day(d), 3, 0);
    }
    log(&mut lib, 1, day(4), 4, 3);
    log(&mut lib, 1, day(5), 3, 1);
    log(&mut lib, 1, day(6), 3, 1);
    log(&mut lib, 1, day(7), 3, 0);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Advance);
    assert_eq!(r.step, Some(step_id(&lib, 2)));
    assert_eq!(r.step_number, Some(3));
    assert_mentions(&r.reason, &["Step 3 is next: your last 3 after-ratings on step 2 were 1, 1, 0."]);

    // One more calm try on step 2: no longer "just" mastered, step 3 still untried.
    log(&mut lib, 1, day(8), 2, 0);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Continue);
    assert_eq!(r.step_number, Some(3));
    assert_mentions(&r.reason, &["Step 3 is next", "1, 0, 0", "not tried step 3"]);
}

#[test]
fn advance_with_a_streak_of_two() {
    let mut lib = library(&[2, 3], 2);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 0);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Advance);
    assert_eq!(r.step_number, Some(2));
    assert_mentions(&r.reason, &["last 2 after-ratings on step 1 were 1, 0"]);
}

#[test]
fn all_mastered() {
    let mut lib = library(&[2, 3], 2);
    for step in 0..2 {
        for d in 1..=2 {
            log(&mut lib, step, day(i64::try_from(step).unwrap() * 2 + d), 2, 1);
        }
    }
    log(&mut lib, 0, day(9), 2, 0);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Maintenance);
    // Step 2 was last tried on day 4, step 1 on day 9: step 2 has waited longest.
    assert_eq!((r.step, r.step_number), (Some(step_id(&lib, 1)), Some(2)));
    assert_mentions(
        &r.reason,
        &["2 steps", "2 after-ratings in a row below 2", "new place", "Step 2 has waited longest"],
    );
    // Practised in maintenance, it moves to the back: the order mixes itself.
    log(&mut lib, 1, day(10), 2, 0);
    assert_eq!(rec(&lib).step_number, Some(1));
    assert_eq!(override_needed(&lib, lib.ladders[0].id, step_id(&lib, 1)), None);
}

#[test]
fn maintenance_names_the_contexts_already_used() {
    let mut lib = library(&[6], 2);
    let ladder = lib.ladders[0].clone();
    for (d, place, people) in [(1, "the bakery", "a stranger"), (2, "The Bakery ", "a  stranger"), (3, "the park", "")]
    {
        let e = ExposureBuilder::on(&ladder, 0).at(day(d)).before_after(2, 1).context(place, people).build();
        lib.exposures_mut().push(e);
    }
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Maintenance);
    assert_mentions(&r.reason, &["So far it was done in 2 contexts: the bakery, with a stranger; the park."]);
    // A mastered step with an estimate above 4 needs no override in maintenance.
    assert_eq!(override_needed(&lib, ladder.id, step_id(&lib, 0)), None);
    assert_eq!(step_contexts(&lib, step_id(&lib, 0)).len(), 2);
}

#[test]
fn contexts_count_distinct_places_and_people() {
    let ladder = ladder_with(&[2]);
    let tries: Vec<Exposure> = [("home", "a friend"), ("home", ""), ("HOME", "A friend"), ("", ""), ("", "my boss")]
        .iter()
        .enumerate()
        .map(|(i, (place, people))| {
            ExposureBuilder::on(&ladder, 0).at(day(i64::try_from(i).unwrap())).context(place, people).build()
        })
        .collect();
    let refs: Vec<&Exposure> = tries.iter().collect();
    assert_eq!(contexts(&refs), ["home, with a friend", "home", "with my boss"]);
    let mut lib = Library { ladders: vec![ladder.clone()], ..Library::default() };
    for e in tries {
        lib.exposures_mut().push(e);
    }
    assert_eq!(context_counts(&lib, ladder.id).get(&ladder.steps[0].id), Some(&3));
    let (places, people) = recent_places_and_people(&lib, 5);
    assert_eq!(places, ["HOME"], "the latest spelling, once");
    assert_eq!(people, ["my boss", "A friend"]);
}

#[test]
fn advice_to_vary_names_the_contexts_and_a_safety_behaviour_still_used_is_mentioned() {
    let mut lib = library(&[2, 3], 3);
    let ladder = lib.ladders[0].clone();
    let e = ExposureBuilder::on(&ladder, 0).at(day(1)).before_after(3, 1).context("the office", "my team").build();
    lib.exposures_mut().push(e);
    let e = ExposureBuilder::on(&ladder, 0).at(day(2)).before_after(3, 6).context("the canteen", "").build();
    lib.exposures_mut().push(e);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
    assert_mentions(&r.reason, &["different place", "2 contexts: the office, with my team; the canteen."]);

    // Going well, but with a safety behaviour: the coach suggests dropping it.
    let e =
        ExposureBuilder::on(&ladder, 0).at(day(3)).before_after(3, 1).safety(&[], &["Avoiding eye contact"]).build();
    lib.exposures_mut().push(e);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::Continue);
    assert_mentions(&r.reason, &["you still used a safety behaviour (avoiding eye contact)", "try it without"]);
    // Dropped as planned next time: no mention.
    let e =
        ExposureBuilder::on(&ladder, 0).at(day(4)).before_after(3, 1).safety(&["Avoiding eye contact"], &[]).build();
    lib.exposures_mut().push(e);
    assert!(!rec(&lib).reason.contains("safety behaviour"), "{}", rec(&lib).reason);
    // Used on a try that went badly: the difficult-try advice, no safety note.
    let e =
        ExposureBuilder::on(&ladder, 0).at(day(5)).before_after(3, 6).safety(&[], &["Avoiding eye contact"]).build();
    lib.exposures_mut().push(e);
    assert!(!rec(&lib).reason.contains("you still used"));
}

#[test]
fn the_mastery_streak_setting_changes_the_reason() {
    let mut lib = library(&[2, 3], 3);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 0);
    assert_eq!(rec(&lib).step_number, Some(1));
    assert_mentions(&rec(&lib).reason, &["when 3 in a row are below 2"]);
    crate::model::apply_settings(&mut lib, &crate::model::SettingsEdit::MasteryStreak(2), day(3)).unwrap();
    let r = rec(&lib);
    assert_eq!((r.kind, r.step_number), (RecommendationKind::Advance, Some(2)));
    assert_mentions(&r.reason, &["last 2 after-ratings on step 1 were 1, 0"]);
}

#[test]
fn a_day_that_starts_at_four_counts_the_small_hours_for_the_day_before() {
    let mut lib = library(&[2, 3], 3);
    let s = step_id(&lib, 0);
    // Three exposures on Wednesday evening and one at 01:30 on Thursday, at UTC+1.
    for h in [18, 20, 22] {
        log(&mut lib, 0, ts(&local(1, 2026, 3, 4, h, 0)), 3, 1);
    }
    let small_hours = local(1, 2026, 3, 5, 1, 30);
    assert_eq!(daily_status(&lib, s, &small_hours).today_total, 0, "midnight: a new day");
    lib.settings.day_starts_at = 4;
    let status = daily_status(&lib, s, &small_hours);
    assert_eq!(status.today_total, 3, "before 04:00 it is still Wednesday");
    assert!(status.limit.is_some());
    assert_eq!(daily_status(&lib, s, &local(1, 2026, 3, 5, 4, 0)).today_total, 0, "04:00: Thursday");
    // Sunday 02:00 is still in the week of the Saturday before, Monday 02:00 too.
    assert_eq!(
        practice_date(ts(&local(1, 2026, 3, 9, 2, 0)), &zone(1), 4),
        chrono::NaiveDate::from_ymd_opt(2026, 3, 8).unwrap()
    );
    let mut week = library(&[2], 3);
    log(&mut week, 0, ts(&local(1, 2026, 3, 9, 2, 0)), 3, 1);
    assert_eq!(weekly_progress(&week, &local(1, 2026, 3, 9, 12, 0)).done, 1);
    week.settings.day_starts_at = 4;
    assert_eq!(weekly_progress(&week, &local(1, 2026, 3, 9, 12, 0)).done, 0, "it counted for last week");
}

#[test]
fn a_day_start_across_a_dst_change_uses_the_wall_clock() {
    // Europe/Rome moved to summer time on 2026-03-29 at 02:00 (to 03:00).
    let rome = chrono_tz::Europe::Rome;
    let at = |d: u32, h: u32, m: u32| {
        Timestamp::from_utc(rome.with_ymd_and_hms(2026, 3, d, h, m, 0).unwrap().with_timezone(&Utc))
    };
    let date = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    assert_eq!(practice_date(at(29, 3, 30), &rome, 4), date(28), "03:30 the night of the change is before 04:00");
    assert_eq!(practice_date(at(29, 4, 0), &rome, 4), date(29));
    assert_eq!(practice_date(at(29, 1, 59), &rome, 0), date(29));
}

#[test]
fn difficult_last_exposure_repeats_the_same_step() {
    let mut lib = library(&[2, 3, 4, 5], 3);
    for step in 0..3 {
        for d in 1..=3 {
            log(&mut lib, step, day(i64::try_from(step).unwrap() * 3 + d), 3, 1);
        }
    }
    log(&mut lib, 3, day(20), 3, 6);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
    assert_eq!(r.step_number, Some(4));
    assert_eq!(
        r.reason,
        "Your last try at step 4 was hard (before 3, after 6). Try step 4 again, varied a little: a different \
         place, person or time. Hard tries are part of the practice."
    );

    // Marked difficult by the person, with a small rise only.
    lib.exposures_mut().pop();
    let mut e = exposure(&lib.ladders[0], 3, day(21), 3, 4);
    e.difficult = true;
    lib.exposures_mut().push(e);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
    assert_mentions(&r.reason, &["step 4", "before 3, after 4, marked as difficult", "different place"]);
}

#[test]
fn very_difficult_steps_back() {
    let mut lib = library(&[2, 3, 4], 2);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 1);
    log(&mut lib, 1, day(3), 3, 7);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::StepBackAfterDifficult);
    assert_eq!(r.step_number, Some(1));
    assert_mentions(&r.reason, &["step 2 was very hard (before 3, after 7)", "Go back to step 1", "different place"]);
}

#[test]
fn twice_difficult_steps_back() {
    let mut lib = library(&[2, 3, 4], 2);
    log(&mut lib, 0, day(1), 3, 1);
    log(&mut lib, 0, day(2), 3, 1);
    log(&mut lib, 1, day(3), 3, 5);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult, "once is a repeat");
    log(&mut lib, 1, day(4), 4, 6);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::StepBackAfterDifficult);
    assert_eq!(r.step, Some(step_id(&lib, 0)));
    assert_mentions(
        &r.reason,
        &["last 2 tries at step 2", "(before 3, after 5) then (before 4, after 6)", "Go back to step 1"],
    );
}

#[test]
fn very_difficult_on_the_first_step_repeats_it() {
    let mut lib = library(&[2, 3], 3);
    log(&mut lib, 0, day(1), 3, 8);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::RepeatAfterDifficult);
    assert_eq!(r.step_number, Some(1));
    assert_mentions(&r.reason, &["step 1 was hard (before 3, after 8)", "no easier step"]);
}

#[test]
fn difficult_after_skipping_ahead_goes_back_to_the_lowest_unmastered() {
    let mut lib = library(&[2, 3, 4, 5], 3);
    for d in 1..=3 {
        log(&mut lib, 0, day(d), 3, 1);
    }
    log(&mut lib, 1, day(4), 3, 3);
    log(&mut lib, 3, day(5), 3, 6);
    let r = rec(&lib);
    assert_eq!(r.kind, RecommendationKind::StepBackAfterDifficult);
    assert_eq!(r.step_number, Some(2));
    assert_mentions(&r.reason, &["step 4 was hard (before 3, after 6)", "step 2 is not done yet", "Go back to step 2"]);
}

#[test]
fn daily_count_follows_the_local_calendar_date() {
    let mut lib = library(&[2, 3], 3);
    let s = step_id(&lib, 0);
    // 23:30 yesterday at UTC+1 is 01:30 today at UTC+3.
    let late = local(1, 2026, 3, 4, 23, 30);
    log(&mut lib, 0, ts(&late), 3, 1);
    let now_plus1 = local(1, 2026, 3, 5, 12, 0);
    assert_eq!(daily_status(&lib, s, &now_plus1).today_total, 0);
    let now_plus3 = now_plus1.with_timezone(&zone(3));
    let status = daily_status(&lib, s, &now_plus3);
    assert_eq!((status.today_total, status.today_on_step), (1, 1));
    assert_eq!(status.limit, None);
    assert!((status.hours_since_last.unwrap() - 12.5).abs() < 1e-9);
    assert_eq!(status.spacing_hint, None);
}

#[test]
fn daily_limit_at_three_across_steps() {
    let mut lib = library(&[2, 3], 3);
    let now = local(-5, 2026, 3, 5, 22, 0);
    log(&mut lib, 0, ts(&local(-5, 2026, 3, 4, 23, 59)), 3, 1); // yesterday
    log(&mut lib, 0, ts(&local(-5, 2026, 3, 5, 0, 0)), 3, 1);
    log(&mut lib, 1, ts(&local(-5, 2026, 3, 5, 8, 0)), 3, 1);
    let status = daily_status(&lib, step_id(&lib, 1), &now);
    assert_eq!((status.today_total, status.today_on_step), (2, 1));
    assert_eq!(status.limit, None);
    log(&mut lib, 1, ts(&local(-5, 2026, 3, 5, 14, 0)), 3, 1);
    let status = daily_status(&lib, step_id(&lib, 1), &now);
    assert_eq!((status.today_total, status.today_on_step), (3, 2));
    let text = status.limit.unwrap();
    assert_mentions(&text, &["3 exposures today", "tiredness, not progress", "tomorrow", "away from the screen"]);
}

#[test]
fn per_step_limit_names_the_step_count() {
    let mut lib = library(&[2, 3], 3);
    let now = local(2, 2026, 3, 5, 20, 0);
    for h in [8, 12, 16] {
        log(&mut lib, 0, ts(&local(2, 2026, 3, 5, h, 0)), 3, 1);
    }
    let status = daily_status(&lib, step_id(&lib, 0), &now);
    assert_eq!(status.today_on_step, 3);
    assert_mentions(&status.limit.unwrap(), &["this step 3 times today", "(3 exposures in all)", "log it"]);
    let other = daily_status(&lib, step_id(&lib, 1), &now);
    assert_eq!(other.today_on_step, 0);
    assert_mentions(&other.limit.unwrap(), &["3 exposures today"]);
}

#[test]
fn spacing_hint_when_the_last_exposure_was_recent() {
    let mut lib = library(&[2], 3);
    let s = step_id(&lib, 0);
    let now = local(0, 2026, 3, 5, 12, 0);
    assert_eq!(daily_status(&lib, s, &now).hours_since_last, None);
    log(&mut lib, 0, ts(&(now - Duration::minutes(90))), 3, 1);
    let status = daily_status(&lib, s, &now);
    assert!((status.hours_since_last.unwrap() - 1.5).abs() < 1e-9);
    assert_mentions(&status.spacing_hint.unwrap(), &["1.5 hours ago", "about 3 hours apart"]);
    log(&mut lib, 0, ts(&(now - Duration::minutes(40))), 3, 1);
    assert_mentions(&daily_status(&lib, s, &now).spacing_hint.unwrap(), &["40 minutes ago"]);
    let later = now + Duration::minutes(140);
    assert_eq!(daily_status(&lib, s, &later).spacing_hint, None);
}

#[test]
fn weekly_count_across_a_sunday_monday_boundary() {
    let mut lib = library(&[2], 3);
    lib.settings.weekly_goal = 7;
    // Sunday 2026-03-08 23:30 at UTC+2 is Sunday 21:30 UTC but Monday 00:30 at UTC+3.
    log(&mut lib, 0, ts(&local(2, 2026, 3, 8, 23, 30)), 3, 1);
    log(&mut lib, 0, ts(&local(2, 2026, 3, 9, 9, 0)), 3, 1); // Monday
    log(&mut lib, 0, ts(&local(2, 2026, 3, 2, 0, 0)), 3, 1); // Monday a week earlier
    let monday_plus2 = local(2, 2026, 3, 9, 12, 0);
    assert_eq!(weekly_progress(&lib, &monday_plus2), WeeklyProgress { done: 1, goal: 7 });
    let monday_plus3 = monday_plus2.with_timezone(&zone(3));
    assert_eq!(weekly_progress(&lib, &monday_plus3).done, 2);
    let sunday_plus2 = local(2, 2026, 3, 8, 23, 59);
    assert_eq!(weekly_progress(&lib, &sunday_plus2).done, 2, "Monday 2 March 00:00 and Sunday 23:30");
}

#[test]
fn gate_levels() {
    assert_eq!(gate(Rating::saturating(4), false), Gate::Clear);
    for b in [5, 7] {
        let Gate::SuggestBreathing { reason } = gate(Rating::saturating(b), false) else {
            panic!("{b} should suggest breathing");
        };
        assert_mentions(&reason, &[&format!("{b} out of 10"), "breathing"]);
    }
    for b in [8, 9, 10] {
        let Gate::Blocked { reason } = gate(Rating::saturating(b), false) else {
            panic!("{b} should block");
        };
        assert_mentions(&reason, &[&format!("{b} out of 10"), "will not start", "grounding", "crisis resources"]);
    }
    let Gate::Blocked { reason } = gate(Rating::saturating(2), true) else {
        panic!("a crisis should block");
    };
    assert_mentions(&reason, &["crisis", "2 out of 10", "will not start", "breathing", "crisis resources"]);
}

#[test]
fn override_for_a_high_estimate_and_for_skipping_ahead() {
    let mut lib = library(&[2, 3, 5, 4], 3);
    let ladder = lib.ladders[0].id;
    assert_eq!(override_needed(&lib, ladder, step_id(&lib, 0)), None);
    let text = override_needed(&lib, ladder, step_id(&lib, 1)).unwrap();
    assert_mentions(&text, &["Step 2 skips step 1", "3 after-ratings in a row are below 2", "confirm"]);
    for d in 1..=3 {
        log(&mut lib, 0, day(d), 3, 1);
    }
    assert_eq!(override_needed(&lib, ladder, step_id(&lib, 1)), None);
    assert_eq!(override_needed(&lib, ladder, step_id(&lib, 0)), None, "reviewing a mastered step is fine");
    let text = override_needed(&lib, ladder, step_id(&lib, 2)).unwrap();
    assert_mentions(&text, &["Step 3 has an estimate of 5, above 4", "Step 3 skips step 2", "confirm"]);
    let text = override_needed(&lib, ladder, step_id(&lib, 3)).unwrap();
    assert!(!text.contains("estimate"), "{text}");
    assert_mentions(&text, &["Step 4 skips step 2"]);
    assert_eq!(override_needed(&lib, ladder, StepId(7)), None);
    assert_eq!(override_needed(&lib, LadderId(7), step_id(&lib, 2)), None);
}

#[test]
fn hours_are_described_in_words() {
    assert_eq!(describe_hours(0.25), "15 minutes");
    assert_eq!(describe_hours(1.0), "1 hour");
    assert_eq!(describe_hours(2.0), "2 hours");
    assert_eq!(describe_hours(2.46), "2.5 hours");
}

#[test]
fn mastered_steps_agrees_with_is_mastered_on_a_heavy_library() {
    let lib = crate::sample::heavy_library(9, 6, 3_000, Timestamp::from_unix_secs(1_795_000_000));
    for streak in [2, 3] {
        let fast = mastered_steps(&lib, streak);
        for ladder in &lib.ladders {
            for step in &ladder.steps {
                assert_eq!(fast.contains(&step.id), is_mastered(&lib, step.id, streak), "streak {streak}");
            }
        }
        assert!(!fast.is_empty(), "the sample has mastered steps to compare");
    }
}

#[test]
fn mastered_steps_are_kept_across_ladder_edits_and_recomputed_when_exposures_or_streak_change() {
    let mut lib = library(&[2, 4], 2);
    let ladder = lib.ladders[0].clone();
    for day in 0..2 {
        lib.exposures_mut().push(exposure(&ladder, 0, Timestamp::from_unix_secs(1_800_000_000 + day * 86_400), 3, 1));
    }
    let mut cache = MasteredCache::default();
    let first = cache.get(&lib);
    assert!(first.contains(&ladder.steps[0].id));
    // A ladder edit on a snapshot that shares the exposures: the same answer, not recomputed.
    let mut edited = lib.clone();
    edited.ladders[0].title = "Renamed".to_owned();
    assert!(std::sync::Arc::ptr_eq(&first, &cache.get(&edited)));
    // Another streak: recomputed.
    let mut stricter = lib.clone();
    stricter.settings.mastery_streak = 3;
    assert!(!cache.get(&stricter).contains(&ladder.steps[0].id));
    assert!(cache.get(&edited).contains(&ladder.steps[0].id), "back to the streak of 2");
    // A new exposure pushed in place, with no snapshot sharing the list: recomputed all the same
    // (the cache's weak pointer makes the change move the list, so its key cannot go stale).
    drop((lib, stricter));
    edited.exposures_mut().push(exposure(&ladder, 0, Timestamp::from_unix_secs(1_800_300_000), 3, 6));
    let after = cache.get(&edited);
    assert!(!std::sync::Arc::ptr_eq(&first, &after));
    assert!(!after.contains(&ladder.steps[0].id), "a high after-rating ends the streak");
}

#[test]
fn the_coach_speaks_italian_with_its_plurals_and_decimals() {
    use crate::i18n::{Arg, Lang, decimal_in, tr_in};
    let it = Lang::from_tag("it").unwrap();
    let en = Lang::english();
    let limit = |lang, count: usize, total: usize| {
        tr_in(lang, "coach-limit-step", &[("count", Arg::from(count)), ("total", Arg::from(total))])
    };
    assert!(limit(it, 3, 3).starts_with("Oggi hai fatto questo gradino 3 volte (3 esposizioni in tutto)."));
    assert!(limit(it, 1, 1).starts_with("Oggi hai fatto questo gradino 1 volta (1 esposizione in tutto)."));
    assert!(limit(en, 1, 3).starts_with("You have done this step 1 time today (3 exposures in all). More"));
    assert!(limit(en, 3, 1).ends_with("in all). More in one day adds tiredness, not progress: rest now and come back to it tomorrow. If you did one away from the screen, you can still log it."));
    let day = tr_in(it, "coach-limit-day", &[("total", Arg::from(3_usize))]);
    assert!(day.starts_with("Oggi hai fatto 3 esposizioni. Farne"), "{day}");
    let hours = tr_in(it, "coach-hours-decimal", &[("hours", Arg::from(decimal_in(it, 1.5, 1)))]);
    assert_eq!(hours, "1,5 ore");
    assert_eq!(tr_in(it, "coach-hours", &[("count", Arg::from(1_i64))]), "1 ora");
    assert_eq!(tr_in(en, "coach-hours", &[("count", Arg::from(2_i64))]), "2 hours");
    let gate = tr_in(it, "coach-gate-crisis", &[("rating", Arg::from(2_u8))]);
    assert!(gate.contains("crisi") && gate.contains("2 su 10") && gate.contains("comincerà"), "{gate}");
    let skips = tr_in(
        it,
        "coach-override-skips",
        &[
            ("step", Arg::from(3_usize)),
            ("lowest", Arg::from(2_usize)),
            ("streak", Arg::from(3_u8)),
            ("below", Arg::from(2_u8)),
        ],
    );
    assert_eq!(
        skips,
        "Il gradino 3 salta il gradino 2, che non è ancora superato (un gradino è superato quando per 3 volte di \
         fila l'ansia dopo è sotto 2)."
    );
}
