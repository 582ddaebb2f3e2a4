//! Guards the file format. A library with every field filled in is encoded and compared with
//! `tests/data/format_v4.ron`; the golden files of versions 1, 2 and 3 (`tests/data/format_v1.ron`,
//! `format_v2.ron`, `format_v3.ron`) must still open and migrate. If this fails, the file schema changed: an older Stepwise would
//! silently drop the new fields when it saves. Bump `store::CURRENT_VERSION`, keep the old
//! schema and add a migration (see `store::format`), then re-create the golden file with
//! `STEPWISE_BLESS=1 cargo test --test format_golden`.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::sync::Arc;

use stepwise::model::{
    Anchors, BreathPattern, Context, CrisisContact, Deleted, DeletedItem, DraftStage, DuringRating, EntryId,
    EstimateRecord, Expectancy, Exposure, ExposureDraft, ExposureId, GateBlock, Gone, JournalEntry, Ladder,
    LadderChanged, LadderId, Library, Likelihood, Order, Outcome, PacerContext, PacerId, PacerSession, PatternChanged,
    PatternId, PlanChange, PracticeTime, Rating, Reflection, Settings, SettingsChanged, Step, StepChanged, StepId,
    Timestamp, Tombstone, Weekdays,
};
use stepwise::store;

const GOLDEN: &str = "tests/data/format_v4.ron";
const GOLDEN_V3: &str = "tests/data/format_v3.ron";
const GOLDEN_V2: &str = "tests/data/format_v2.ron";
const GOLDEN_V1: &str = "tests/data/format_v1.ron";

fn t(secs: i64) -> Timestamp {
    Timestamp::from_unix_secs(1_795_000_000 + secs)
}

fn full_library_v1() -> Library {
    let r = Rating::saturating;
    let ladder = Ladder {
        id: LadderId(1),
        title: "Phone calls".into(),
        fear: "I fear sounding awkward on the phone".into(),
        steps: vec![
            Step {
                id: StepId(11),
                situation: "Call a shop to ask the opening hours".into(),
                estimate: r(2),
                estimate_history: vec![EstimateRecord { estimate: r(3), replaced: t(10) }],
                changed: StepChanged::default(),
            },
            Step {
                id: StepId(12),
                situation: "Call a friend to say hello".into(),
                estimate: r(4),
                estimate_history: vec![],
                changed: StepChanged::default(),
            },
        ],
        archived: true,
        created: t(0),
        changed: LadderChanged::default(),
    };
    Library {
        ladders: vec![ladder],
        exposures: Arc::new(vec![Exposure {
            id: ExposureId(21),
            ladder: LadderId(1),
            step: StepId(11),
            started: t(100),
            ended: t(280),
            before: r(4),
            peak: r(6),
            after: r(2),
            expectancy: Expectancy {
                feared_outcome: "They hang up on me".into(),
                likelihood: Likelihood::new(60).unwrap(),
            },
            reflection: Reflection {
                outcome: Outcome::Partly,
                learned: "They were busy, not annoyed.".into(),
                safety_behaviours: vec!["Rehearsed my lines".into()],
            },
            difficult: true,
            away_from_screen: true,
            override_note: Some("Chosen above the recommendation".into()),
            planned_drops: vec![],
            context: Context::default(),
            during: vec![],
        }]),
        journal: Arc::new(vec![JournalEntry {
            id: EntryId(31),
            written: t(300),
            text: "A good day.".into(),
            ladder: Some(LadderId(1)),
        }]),
        pacer_sessions: Arc::new(vec![PacerSession {
            id: PacerId(41),
            started: t(50),
            duration_secs: 120,
            pattern_name: "Box 4-4-4-4".into(),
            context: PacerContext::BeforeExposure,
        }]),
        settings: Settings {
            weekly_goal: 7,
            mastery_streak: 2,
            exposure_minutes: 4,
            crisis_contacts: vec![CrisisContact { name: "Samaritans (UK)".into(), how: "Call 116 123".into() }],
            breathing_patterns: vec![BreathPattern {
                id: PatternId(51),
                name: "Mine".into(),
                inhale_secs: 4,
                hold_in_secs: 2,
                exhale_secs: 6,
                hold_out_secs: 1,
                changed: PatternChanged::default(),
            }],
            default_pattern: Some(PatternId(51)),
            reduced_motion: true,
            safety_acknowledged: true,
            changed: SettingsChanged::default(),
            ..Settings::default()
        },
        in_progress: Some(ExposureDraft {
            ladder: LadderId(1),
            step: StepId(12),
            stage: DraftStage::DoIt,
            override_note: None,
            before: Some(r(3)),
            expectancy: Expectancy { feared_outcome: "Silence".into(), likelihood: Likelihood::new(40).unwrap() },
            planned_secs: 180,
            started: Some(t(400)),
            paused_secs: 5,
            paused_at: Some(t(420)),
            ended: None,
            stopped_early: false,
            away_from_screen: false,
            planned_drops: vec![],
            context: Context::default(),
            during: vec![],
        }),
        ..Library::default()
    }
}

/// The version 1 library with every field of version 2 filled in too.
fn full_library_v2() -> Library {
    let mut lib = full_library_v1();
    let ladder = &mut lib.ladders[0];
    ladder.changed =
        LadderChanged { title: t(1), fear: t(2), archived: t(3), steps: Order { at: t(4), tag: 99 }, restored: t(5) };
    ladder.steps[0].changed = StepChanged { situation: t(6), estimate: t(7), restored: t(8) };
    lib.settings.breathing_patterns[0].changed = PatternChanged { name: t(9), phases: t(10) };
    lib.settings.changed = SettingsChanged {
        weekly_goal: t(11),
        mastery_streak: t(12),
        exposure_minutes: t(13),
        crisis_contacts: t(14),
        default_pattern: t(15),
        reduced_motion: t(16),
        patterns: Order { at: t(17), tag: 98 },
        ..SettingsChanged::default()
    };
    lib.ladder_order = Order { at: t(18), tag: 97 };
    let mut gone_step = lib.ladders[0].steps[1].clone();
    gone_step.id = StepId(13);
    let exposure = Exposure { id: ExposureId(22), step: StepId(13), ..lib.exposures[0].clone() };
    lib.deleted = vec![Deleted {
        at: t(500),
        item: DeletedItem::Step { ladder: LadderId(1), position: 2, step: gone_step },
        exposures: vec![exposure],
    }];
    lib.tombstones = vec![
        Tombstone { gone: Gone::Ladder(LadderId(2)), at: t(600) },
        Tombstone { gone: Gone::Step(StepId(14)), at: t(600) },
        Tombstone { gone: Gone::Exposure(ExposureId(23)), at: t(600) },
        Tombstone { gone: Gone::JournalEntry(EntryId(32)), at: t(601) },
        Tombstone { gone: Gone::PacerSession(PacerId(42)), at: t(602) },
        Tombstone { gone: Gone::Pattern(PatternId(52)), at: t(603) },
    ];
    let clash = Exposure { after: Rating::saturating(1), ..lib.exposures[0].clone() };
    lib.clashes = Arc::new(vec![clash]);
    lib
}

/// The version 3 library with every field of version 4 filled in too.
fn full_library() -> Library {
    let mut lib = full_library_v3();
    lib.settings.plan_history = vec![PlanChange { at: t(10), per_week: 1 }, PlanChange { at: t(23), per_week: 2 }];
    lib
}

/// The version 2 library with every field of version 3 filled in too.
fn full_library_v3() -> Library {
    let mut lib = full_library_v2();
    let exposure = &mut Arc::make_mut(&mut lib.exposures)[0];
    exposure.planned_drops = vec!["Rehearsing what to say".into()];
    exposure.context =
        Context { place: "The office".into(), people: "A colleague".into(), different: "Standing up".into() };
    exposure.during = vec![DuringRating { secs: 30, rating: Rating::saturating(5) }];
    let draft = lib.in_progress.as_mut().unwrap();
    draft.planned_drops = vec!["Avoiding eye contact".into()];
    draft.context = Context { place: "Home".into(), ..Context::default() };
    draft.during = vec![DuringRating { secs: 10, rating: Rating::saturating(4) }];
    let s = &mut lib.settings;
    s.anchors =
        Anchors { calm: "Sunday morning".into(), middle: "Before a meeting".into(), worst: "Stage fright".into() };
    s.safety_behaviours = vec!["Holding my phone or a drink".into(), "Wearing headphones".into()];
    s.day_starts_at = 4;
    s.high_baseline_dismissed = Some(t(700));
    s.changed.anchors = t(19);
    s.changed.safety_behaviours = t(20);
    s.changed.day_starts_at = t(21);
    s.changed.high_baseline_dismissed = t(22);
    s.practice_times = vec![PracticeTime {
        id: 61,
        days: Weekdays::of(&[chrono::Weekday::Mon, chrono::Weekday::Thu]),
        hour: 18,
        minute: 30,
        ladder: Some(LadderId(1)),
    }];
    s.changed.practice_times = t(23);
    lib.gate_blocks = vec![GateBlock { at: t(800), rating: Rating::saturating(9) }];
    lib
}

#[test]
fn the_file_format_has_not_changed_without_a_version_bump() {
    let library = full_library();
    assert_eq!(store::validate::validate(&library), Ok(()));
    let text = store::format::encode(&library).unwrap();
    if std::env::var_os("STEPWISE_BLESS").is_some() {
        std::fs::write(GOLDEN, &text).unwrap();
    }
    let golden = std::fs::read_to_string(GOLDEN).unwrap();
    assert!(
        text == golden,
        "The file schema changed. Bump store::CURRENT_VERSION and add a migration before re-blessing {GOLDEN}.\n--- now:\n{text}"
    );
    // And the golden file still loads into an equal library.
    assert_eq!(store::format::decode_current(&golden).unwrap().0, library);
}

#[test]
fn the_version_3_golden_file_opens_and_migrates() {
    let text = std::fs::read_to_string(GOLDEN_V3).unwrap();
    let (library, version) = store::format::decode_current(&text).unwrap();
    assert_eq!(version, 3);
    let mut expected = full_library_v3();
    // Its plan (Monday and Thursday) is noted from when it last changed.
    expected.settings.plan_history = vec![PlanChange { at: t(23), per_week: 2 }];
    assert_eq!(library, expected, "every version 3 field kept");
    assert_eq!(store::validate::validate(&library), Ok(()));
}

#[test]
fn the_version_2_golden_file_opens_and_migrates() {
    let text = std::fs::read_to_string(GOLDEN_V2).unwrap();
    let (library, version) = store::format::decode_current(&text).unwrap();
    assert_eq!(version, 2);
    assert_eq!(library, full_library_v2(), "every version 2 field kept; the version 3 fields at their defaults");
    assert_eq!(store::validate::validate(&library), Ok(()));
}

#[test]
fn the_version_1_golden_file_opens_and_migrates() {
    let text = std::fs::read_to_string(GOLDEN_V1).unwrap();
    let (library, version) = store::format::decode_current(&text).unwrap();
    assert_eq!(version, 1);
    assert_eq!(library, full_library_v1(), "every version 1 field kept; the version 2 fields at their defaults");
    assert_eq!(store::validate::validate(&library), Ok(()));
}
