//! Guards the file format. A library with every field filled in is encoded and compared with
//! `tests/data/format_v1.ron`. If this fails, the file schema changed: an older Stepwise would
//! silently drop the new fields when it saves. Bump `store::CURRENT_VERSION`, keep the old
//! schema and add a migration (see `store::format`), then re-create the golden file with
//! `STEPWISE_BLESS=1 cargo test --test format_golden`.

#![allow(clippy::unwrap_used)] // Tests may fail loudly on unexpected errors.

use std::sync::Arc;

use stepwise::model::{
    BreathPattern, CrisisContact, DraftStage, EntryId, EstimateRecord, Expectancy, Exposure, ExposureDraft, ExposureId,
    JournalEntry, Ladder, LadderId, Library, Likelihood, Outcome, PacerContext, PacerId, PacerSession, PatternId,
    Rating, Reflection, Settings, Step, StepId, Timestamp,
};
use stepwise::store;

const GOLDEN: &str = "tests/data/format_v1.ron";

fn t(secs: i64) -> Timestamp {
    Timestamp::from_unix_secs(1_795_000_000 + secs)
}

fn full_library() -> Library {
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
            },
            Step {
                id: StepId(12),
                situation: "Call a friend to say hello".into(),
                estimate: r(4),
                estimate_history: vec![],
            },
        ],
        archived: true,
        created: t(0),
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
            }],
            default_pattern: Some(PatternId(51)),
            reduced_motion: true,
            safety_acknowledged: true,
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
        }),
    }
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
