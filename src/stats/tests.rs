//! Unit tests of `stats`, with pinned time.

use super::*;
use crate::model::{
    EstimateRecord, Expectancy, ExposureBuilder, Likelihood, PacerContext, PacerId, PacerSession, Rating,
};
use chrono::{FixedOffset, MappedLocalTime, NaiveDateTime, NaiveTime, Utc};

pub(crate) fn zone(hours: i32) -> FixedOffset {
    FixedOffset::east_opt(hours * 3600).unwrap()
}

/// A local time in a fixed zone `offset` hours east of UTC.
pub(crate) fn local(offset: i32, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<FixedOffset> {
    zone(offset).with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

pub(crate) fn ts<Tz: TimeZone>(t: &DateTime<Tz>) -> Timestamp {
    Timestamp::from_utc(t.with_timezone(&Utc))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A zone with a DST switch, like central Europe in 2026: UTC+1, and UTC+2 from
/// 2026-03-29 01:00 UTC until 2026-10-25 01:00 UTC. (chrono-tz is not a dependency.)
#[derive(Clone, Copy, Debug)]
struct Cet2026;

impl Cet2026 {
    fn summer(utc: &NaiveDateTime) -> bool {
        let start = date(2026, 3, 29).and_hms_opt(1, 0, 0).unwrap();
        let end = date(2026, 10, 25).and_hms_opt(1, 0, 0).unwrap();
        *utc >= start && *utc < end
    }
}

impl TimeZone for Cet2026 {
    type Offset = FixedOffset;

    fn from_offset(_: &FixedOffset) -> Self {
        Self
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        let fits = |o: FixedOffset| {
            self.offset_from_utc_datetime(&(*local - chrono::Duration::seconds(i64::from(o.local_minus_utc())))) == o
        };
        match (fits(zone(2)), fits(zone(1))) {
            (true, true) => MappedLocalTime::Ambiguous(zone(2), zone(1)),
            (true, false) => MappedLocalTime::Single(zone(2)),
            (false, true) => MappedLocalTime::Single(zone(1)),
            (false, false) => MappedLocalTime::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        if Self::summer(utc) { zone(2) } else { zone(1) }
    }
}

pub(crate) fn ladder_with(estimates: &[u8]) -> Ladder {
    let names: Vec<String> = (1..=estimates.len()).map(|i| format!("situation {i}")).collect();
    let steps: Vec<(&str, Rating)> =
        names.iter().zip(estimates).map(|(n, e)| (n.as_str(), Rating::saturating(*e))).collect();
    Ladder::new("Speaking up", "I fear being judged when I speak", &steps, Timestamp::from_unix_secs(1_772_000_000))
}

pub(crate) fn exposure(ladder: &Ladder, step: usize, started: Timestamp, ratings: [u8; 3]) -> Exposure {
    let [before, peak, after] = ratings;
    ExposureBuilder::on(ladder, step).at(started).ratings(before, peak, after).build()
}

/// Day `d` of the practice, 10:00 UTC, from Monday 2026-03-02.
pub(crate) fn day(d: i64) -> Timestamp {
    Timestamp::from_unix_secs(1_772_445_600 + d * 86_400)
}

fn pacer(started: Timestamp) -> PacerSession {
    PacerSession {
        id: PacerId::fresh(),
        started,
        duration_secs: 60,
        pattern_name: "Box 4-4-4-4".to_owned(),
        context: PacerContext::OnItsOwn,
    }
}

fn two_ladders() -> Library {
    Library { ladders: vec![ladder_with(&[2, 3, 4]), ladder_with(&[3, 5])], ..Library::default() }
}

fn log(lib: &mut Library, ladder: usize, step: usize, started: Timestamp, ratings: [u8; 3]) -> ExposureId {
    let e = exposure(&lib.ladders[ladder], step, started, ratings);
    let id = e.id;
    lib.exposures_mut().push(e);
    id
}

#[test]
fn habituation_is_oldest_first_ties_in_recorded_order_numbered_from_one() {
    let mut lib = two_ladders();
    let c = log(&mut lib, 0, 0, day(5), [3, 4, 1]);
    let a = log(&mut lib, 0, 0, day(1), [5, 6, 3]);
    log(&mut lib, 0, 1, day(2), [4, 4, 4]); // another step
    let b1 = log(&mut lib, 0, 0, day(3), [4, 5, 2]);
    let b2 = log(&mut lib, 0, 0, day(3), [4, 4, 1]); // same second: after b1
    let points = habituation(&lib, lib.ladders[0].steps[0].id);
    let ids: Vec<_> = points.iter().map(|p| p.exposure).collect();
    assert_eq!(ids, [a, b1, b2, c]);
    assert_eq!(points.iter().map(|p| p.index).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(
        points[0],
        RatingPoint { exposure: a, index: 1, when: day(1), before: 5, peak: 6, after: 3 },
        "ratings are copied"
    );
    assert!(habituation(&lib, lib.ladders[0].steps[2].id).is_empty());
}

#[test]
fn expectancy_keeps_recorded_predictions_filtered_by_ladder() {
    let mut lib = two_ladders();
    let mut predict = |ladder: usize, d: i64, fear: &str, likely: u8, outcome: Outcome| {
        let mut e = exposure(&lib.ladders[ladder], 0, day(d), [3, 4, 1]);
        e.expectancy = Expectancy { feared_outcome: fear.to_owned(), likelihood: Likelihood::new(likely).unwrap() };
        e.reflection.outcome = outcome;
        let id = e.id;
        lib.exposures_mut().push(e);
        id
    };
    let late = predict(0, 9, "They laugh", 80, Outcome::Partly);
    let early = predict(0, 1, "I go blank", 60, Outcome::DidNotHappen);
    predict(0, 2, "   ", 90, Outcome::Happened); // blank: no prediction
    predict(0, 3, "", 0, Outcome::DidNotHappen);
    let other = predict(1, 4, "They stare", 40, Outcome::Happened);

    let first = expectancy(&lib, Some(lib.ladders[0].id));
    assert_eq!(first.iter().map(|p| p.exposure).collect::<Vec<_>>(), [early, late]);
    assert_eq!(
        first[1],
        ExpectancyPoint {
            exposure: late,
            when: day(9),
            step: lib.ladders[0].steps[0].id,
            predicted: 80,
            outcome: Outcome::Partly
        }
    );
    let all = expectancy(&lib, None);
    assert_eq!(all.iter().map(|p| p.exposure).collect::<Vec<_>>(), [early, other, late]);
    assert!(expectancy(&lib, Some(LadderId(7))).is_empty());
}

#[test]
fn expectancy_summary_arithmetic() {
    let point = |predicted: u8, outcome: Outcome| ExpectancyPoint {
        exposure: ExposureId(1),
        when: day(0),
        step: StepId(1),
        predicted,
        outcome,
    };
    assert_eq!(expectancy_summary(&[]), None);
    let s = expectancy_summary(&[
        point(80, Outcome::Happened),
        point(60, Outcome::Partly),
        point(40, Outcome::DidNotHappen),
        point(100, Outcome::DidNotHappen),
    ])
    .unwrap();
    assert_eq!(s.count, 4);
    assert!((s.mean_predicted - 70.0).abs() < 1e-9, "{s:?}");
    assert!((s.happened_pct - 37.5).abs() < 1e-9, "(1 + 0.5 + 0 + 0) / 4: {s:?}");
    assert!((s.gap - 32.5).abs() < 1e-9, "{s:?}");
    let under = expectancy_summary(&[point(10, Outcome::Happened)]).unwrap();
    assert!((under.gap + 90.0).abs() < 1e-9, "a negative gap when it happened more than feared");
}

#[test]
fn the_same_instant_falls_in_different_weeks_in_utc_plus_13_and_minus_10() {
    let mut lib = two_ladders();
    // Sunday 2026-03-08 22:00 UTC: Monday 11:00 at UTC+13, Sunday 12:00 at UTC-10.
    let instant = Timestamp::from_unix_secs(Utc.with_ymd_and_hms(2026, 3, 8, 22, 0, 0).unwrap().timestamp());
    log(&mut lib, 0, 0, instant, [3, 3, 1]);
    assert_eq!(local_date(instant, &zone(13)), date(2026, 3, 9));
    assert_eq!(local_date(instant, &zone(-10)), date(2026, 3, 8));

    let now_east = local(13, 2026, 3, 12, 9, 0);
    assert_eq!(
        weekly(&lib, None, &now_east),
        [WeekCount { week_start: date(2026, 3, 9), exposures: 1, pacer_sessions: 0 }]
    );
    let now_west = now_east.with_timezone(&zone(-10)); // the same moment: Wednesday 11 March
    assert_eq!(
        weekly(&lib, None, &now_west),
        [
            WeekCount { week_start: date(2026, 3, 2), exposures: 1, pacer_sessions: 0 },
            WeekCount { week_start: date(2026, 3, 9), exposures: 0, pacer_sessions: 0 },
        ]
    );
}

#[test]
fn a_week_spanning_a_dst_switch_has_seven_days_and_is_counted_once() {
    let mut lib = two_ladders();
    let at = |d: u32, h: u32, mi: u32| ts(&Cet2026.with_ymd_and_hms(2026, 3, d, h, mi, 0).single().unwrap());
    // Week of Monday 23 March: the clocks go forward on Sunday 29 March.
    log(&mut lib, 0, 0, at(23, 0, 30), [3, 3, 1]); // Monday 00:30 winter time (UTC+1)
    log(&mut lib, 0, 0, at(29, 23, 30), [3, 3, 1]); // Sunday 23:30 summer time (UTC+2)
    log(&mut lib, 0, 0, at(30, 0, 30), [3, 3, 1]); // Monday 00:30 summer time: next week
    lib.pacer_sessions_mut().push(pacer(at(29, 3, 30))); // just after the switch
    let now = Cet2026.with_ymd_and_hms(2026, 4, 8, 12, 0, 0).single().unwrap();

    let weeks = weekly(&lib, None, &now);
    assert_eq!(
        weeks,
        [
            WeekCount { week_start: date(2026, 3, 23), exposures: 2, pacer_sessions: 1 },
            WeekCount { week_start: date(2026, 3, 30), exposures: 1, pacer_sessions: 0 },
            WeekCount { week_start: date(2026, 4, 6), exposures: 0, pacer_sessions: 0 },
        ]
    );
    for pair in weeks.windows(2) {
        assert_eq!((pair[1].week_start - pair[0].week_start).num_days(), 7);
    }
    // A single fixed offset gets it wrong: at UTC+1 all year, Monday 00:30 summer time is
    // still Sunday, so the week of 23 March would hold all three.
    let winter_only = now.with_timezone(&zone(1));
    assert_eq!(weekly(&lib, None, &winter_only)[0].exposures, 3);
}

#[test]
fn weekly_includes_zero_weeks_pacer_sessions_and_runs_to_now() {
    let mut lib = two_ladders();
    assert_eq!(weekly(&lib, None, &local(0, 2026, 3, 5, 12, 0)), []);
    log(&mut lib, 0, 0, day(0), [3, 3, 1]); // Monday 2 March
    log(&mut lib, 0, 1, day(6), [3, 3, 1]); // Sunday 8 March
    log(&mut lib, 1, 0, day(15), [3, 3, 1]); // Tuesday 17 March
    lib.pacer_sessions_mut().push(pacer(day(-3))); // Friday 27 February
    lib.pacer_sessions_mut().push(pacer(day(15)));
    let now = local(0, 2026, 4, 1, 8, 0); // Wednesday, week of 30 March
    let weeks = weekly(&lib, None, &now);
    let got: Vec<_> = weeks.iter().map(|w| (w.week_start, w.exposures, w.pacer_sessions)).collect();
    assert_eq!(
        got,
        [
            (date(2026, 2, 23), 0, 1),
            (date(2026, 3, 2), 2, 0),
            (date(2026, 3, 9), 0, 0),
            (date(2026, 3, 16), 1, 1),
            (date(2026, 3, 23), 0, 0),
            (date(2026, 3, 30), 0, 0),
        ]
    );

    // Ladder filter: only that ladder's exposures; pacer sessions are always all.
    let second: Vec<_> = weekly(&lib, Some(lib.ladders[1].id), &now)
        .iter()
        .map(|w| (w.week_start, w.exposures, w.pacer_sessions))
        .collect();
    assert_eq!(second[0], (date(2026, 2, 23), 0, 1));
    assert_eq!(second[1], (date(2026, 3, 2), 0, 0));
    assert_eq!(second[3], (date(2026, 3, 16), 1, 1));
    assert_eq!(second.iter().map(|w| w.1).sum::<u32>(), 1);
    let first_total: u32 = weekly(&lib, Some(lib.ladders[0].id), &now).iter().map(|w| w.exposures).sum();
    assert_eq!(first_total, 2);

    // Only pacer sessions: still a series.
    let mut calm = two_ladders();
    calm.pacer_sessions_mut().push(pacer(day(0)));
    assert_eq!(weekly(&calm, Some(calm.ladders[0].id), &local(0, 2026, 3, 3, 0, 0)).len(), 1);
}

#[test]
fn weekly_runs_on_to_activity_recorded_after_now() {
    let mut lib = two_ladders();
    log(&mut lib, 0, 0, day(14), [3, 3, 1]);
    let weeks = weekly(&lib, None, &local(0, 2026, 3, 3, 0, 0));
    assert_eq!(weeks.first().map(|w| w.week_start), Some(date(2026, 3, 16)));
    assert_eq!(weeks.len(), 1);
}

#[test]
fn mastered_over_time_gains_and_loses_mastery() {
    let mut lib = two_ladders();
    lib.settings.mastery_streak = 2;
    let ladder = lib.ladders[0].clone();
    log(&mut lib, 0, 0, day(1), [3, 3, 1]);
    log(&mut lib, 0, 0, day(2), [3, 3, 0]); // step 1 mastered
    log(&mut lib, 0, 1, day(3), [3, 3, 1]);
    log(&mut lib, 1, 0, day(3), [3, 3, 0]); // another ladder: ignored
    log(&mut lib, 0, 1, day(4), [3, 3, 1]); // step 2 mastered
    log(&mut lib, 0, 0, day(5), [3, 3, 2]); // step 1 lost (2 is not below 2)
    log(&mut lib, 0, 0, day(6), [3, 3, 1]); // not yet back
    log(&mut lib, 0, 0, day(7), [3, 3, 0]); // back
    log(&mut lib, 0, 2, day(8), [3, 3, 0]); // one low try: not yet
    assert_eq!(
        mastered_over_time(&lib, &ladder),
        [(ladder.created, 0), (day(2), 1), (day(4), 2), (day(5), 1), (day(7), 2)]
    );
    assert_eq!(coach::mastered_steps(&lib, 2).iter().filter(|s| ladder.step(**s).is_some()).count(), 2);

    lib.settings.mastery_streak = 3;
    assert_eq!(mastered_over_time(&lib, &ladder), [(ladder.created, 0)], "step 1 ends 2, 1, 0: two lows");
    log(&mut lib, 0, 0, day(9), [3, 3, 1]);
    assert_eq!(mastered_over_time(&lib, &ladder), [(ladder.created, 0), (day(9), 1)]);
    assert_eq!(mastered_over_time(&lib, &lib.ladders[1].clone()), [(lib.ladders[1].created, 0)]);
}

#[test]
fn mastered_over_time_ends_where_the_coach_does_on_a_heavy_library() {
    let mut lib = crate::sample::heavy_library(5, 8, 4_000, Timestamp::from_unix_secs(1_795_000_000));
    for streak in [2, 3] {
        lib.settings.mastery_streak = streak;
        let coach_says = coach::mastered_steps(&lib, coach::streak_needed(&lib));
        let mut changes = 0;
        for ladder in &lib.ladders {
            let series = mastered_over_time(&lib, ladder);
            let expected = ladder.steps.iter().filter(|s| coach_says.contains(&s.id)).count();
            assert_eq!(series.last().map(|p| p.1), Some(expected), "streak {streak}, {}", ladder.title);
            assert!(series.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1.abs_diff(w[1].1) == 1));
            changes += series.len();
        }
        assert!(changes > 100, "the sample gains and loses mastery often: {changes}");
    }
}

#[test]
fn estimate_series_with_and_without_re_ratings() {
    let mut ladder = ladder_with(&[2, 5]);
    let series = estimate_series(&ladder);
    assert_eq!(series.len(), 2);
    assert_eq!(
        series[1],
        EstimateSeries {
            step: ladder.steps[1].id,
            position: 2,
            situation: "situation 2".to_owned(),
            points: vec![(ladder.created, 5)]
        }
    );
    // Step 2 was 8, re-rated to 6 on day 3, then to 5 (current) on day 9.
    ladder.steps[1].estimate_history = vec![
        EstimateRecord { estimate: Rating::saturating(8), replaced: day(3) },
        EstimateRecord { estimate: Rating::saturating(6), replaced: day(9) },
    ];
    let series = estimate_series(&ladder);
    assert_eq!(series[1].points, [(ladder.created, 8), (day(3), 6), (day(9), 5)]);
    assert_eq!(series[0].points, [(ladder.created, 2)]);
    assert_eq!(series[0].position, 1);
}

fn wave(n: usize) -> Vec<[f64; 2]> {
    (0..n).map(|i| [i as f64 * 0.5, ((i * 7919) % 1000) as f64 + (i as f64 / 10.0).sin()]).collect()
}

#[test]
fn downsample_leaves_short_input_unchanged() {
    let points = wave(100);
    assert_eq!(downsample(&points, 100), points);
    assert_eq!(downsample(&points, 500), points);
    assert_eq!(downsample(&[], 10), Vec::<[f64; 2]>::new());
}

#[test]
fn downsample_bounds_length_and_keeps_ends_and_extremes() {
    let mut points = wave(50_000);
    points[1234][1] = -50.0; // global minimum
    points[40_000][1] = 5_000.0; // global maximum
    for max in [4, 5, 10, 101, 1_000, 2_000] {
        let out = downsample(&points, max);
        assert!(out.len() <= max, "{} > {max}", out.len());
        assert!(out.len() >= max - 1, "{} points for {max}: buckets are filled", out.len());
        assert_eq!(out.first(), points.first());
        assert_eq!(out.last(), points.last());
        assert!(out.contains(&points[1234]) && out.contains(&points[40_000]), "max {max}");
        assert!(out.windows(2).all(|w| w[0][0] < w[1][0]), "sorted by x");
        assert!(out.iter().all(|p| points.contains(p)), "only original points");
    }
    let tiny = downsample(&points, 1);
    assert_eq!(tiny, [points[0], points[49_999]]);
}

#[test]
fn downsample_handles_equal_x() {
    let points: Vec<[f64; 2]> = (0..20).map(|i| [1.0, f64::from(i % 7)]).collect();
    let out = downsample(&points, 6);
    assert!(out.len() <= 6);
    assert_eq!(out.first(), points.first());
    assert_eq!(out.last(), points.last());
    assert!(out.contains(&[1.0, 6.0]) && out.contains(&[1.0, 0.0]), "{out:?}");
}
