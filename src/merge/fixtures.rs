//! Libraries and checks shared by the merge tests: small hand-made libraries, heavy generated
//! ones, and [`merge_checked`], which checks what must hold for every merge.

use crate::model::ExposureBuilder;
use std::collections::HashSet;
use std::sync::Arc;

use super::report::suffixed;
use super::{LADDER_COPY_SUFFIX, Merge, PATTERN_COPY_SUFFIX, holds_no_data, merge};
use crate::model::{
    BreathPattern, EntryId, Exposure, ExposureDraft, ExposureId, JournalEntry, Ladder, LadderId, Library, PacerContext,
    PacerId, PacerSession, PatternId, Rating, Settings, Step, StepId, Timestamp,
};
use crate::sample::heavy_library;
use crate::store::validate::validate;

const T0: i64 = 1_790_000_000; // 2026-09-21T14:13:20Z
const DAY: i64 = 86_400;

fn at(day: i64) -> Timestamp {
    Timestamp::from_unix_secs(T0 + day * DAY)
}

pub(super) fn ladder(id: u64, title: &str, steps: &[(u64, &str)]) -> Ladder {
    Ladder {
        id: LadderId(id),
        title: title.to_owned(),
        fear: "I fear being judged".to_owned(),
        steps: steps
            .iter()
            .map(|(id, situation)| Step {
                id: StepId(*id),
                situation: (*situation).to_owned(),
                estimate: Rating::saturating(3),
                estimate_history: Vec::new(),
            })
            .collect(),
        archived: false,
        created: at(-30),
    }
}

pub(super) fn exposure(id: u64, ladder: u64, step: u64, day: i64, after: u8) -> Exposure {
    ExposureBuilder::new(LadderId(ladder), StepId(step))
        .id(id)
        .at(at(day))
        .ratings(5, 6, after)
        .predicted("They laugh", 0)
        .learned("Nobody laughed.")
        .build()
}

pub(super) fn entry(id: u64, day: i64, text: &str, ladder: Option<u64>) -> JournalEntry {
    JournalEntry { id: EntryId(id), written: at(day), text: text.to_owned(), ladder: ladder.map(LadderId) }
}

pub(super) fn session(id: u64, day: i64, secs: u32) -> PacerSession {
    PacerSession {
        id: PacerId(id),
        started: at(day),
        duration_secs: secs,
        pattern_name: "Box 4-4-4-4".to_owned(),
        context: PacerContext::OnItsOwn,
    }
}

pub(super) fn pattern(id: u64, name: &str, inhale: u8) -> BreathPattern {
    BreathPattern {
        id: PatternId(id),
        name: name.to_owned(),
        inhale_secs: inhale,
        hold_in_secs: 0,
        exhale_secs: 6,
        hold_out_secs: 0,
    }
}

pub(super) fn draft(ladder: u64, step: u64) -> ExposureDraft {
    ExposureDraft::new(LadderId(ladder), StepId(step), 180, None, false)
}

/// Two ladders, three exposures, two journal entries, two pacer sessions, one own pattern.
pub(super) fn base() -> Library {
    let mut lib = Library {
        ladders: vec![
            ladder(
                100,
                "Speaking up",
                &[(101, "Say good morning"), (102, "Ask a question in a meeting"), (103, "Give a short update")],
            ),
            ladder(200, "Phone calls", &[(201, "Call a shop"), (202, "Call a friend")]),
        ],
        exposures: Arc::new(vec![
            exposure(1001, 100, 101, 0, 2),
            exposure(1002, 100, 102, 1, 3),
            exposure(1003, 200, 201, 2, 1),
        ]),
        journal: Arc::new(vec![entry(2001, 0, "A good day.", Some(100)), entry(2002, 3, "Calm.", None)]),
        pacer_sessions: Arc::new(vec![session(3001, 0, 120), session(3002, 2, 60)]),
        ..Library::default()
    };
    lib.settings.breathing_patterns.push(pattern(51, "Mine", 5));
    lib.settings.weekly_goal = 7;
    lib
}

pub(super) fn heavy(seed: u64, ladders: usize, exposures: usize) -> Library {
    heavy_library(seed, ladders, exposures, Timestamp::from_unix_secs(T0))
}

/// Merges, and checks what must hold for every pair of valid libraries: the result is
/// valid with unique step ids, keeps every local item unchanged and in place, holds the
/// content of every imported item (by id or as a copy), counts every imported item once,
/// and merging the same file again changes nothing.
pub(super) fn merge_checked(local: &Library, imported: &Library) -> Merge {
    assert_eq!(validate(local), Ok(()), "local input");
    assert_eq!(validate(imported), Ok(()), "imported input");
    let m = merge(local, imported);
    let lib = &m.library;
    assert_eq!(validate(lib), Ok(()), "{:?}", m.report);
    let mut steps: Vec<StepId> = lib.ladders.iter().flat_map(|l| &l.steps).map(|s| s.id).collect();
    let count = steps.len();
    steps.sort_unstable();
    steps.dedup();
    assert_eq!(steps.len(), count, "step ids are unique");

    assert_eq!(lib.ladders[..local.ladders.len()], local.ladders[..]);
    assert_eq!(lib.exposures[..local.exposures.len()], local.exposures[..]);
    assert_eq!(lib.journal[..local.journal.len()], local.journal[..]);
    assert_eq!(lib.pacer_sessions[..local.pacer_sessions.len()], local.pacer_sessions[..]);
    assert_eq!(lib.in_progress, local.in_progress);
    if m.report.settings_taken {
        assert!(holds_no_data(local));
        assert_eq!(lib.settings, imported.settings);
    } else {
        let patterns = &lib.settings.breathing_patterns;
        if !holds_no_data(local) {
            assert_eq!(patterns[..local.settings.breathing_patterns.len()], local.settings.breathing_patterns[..]);
        }
        assert_eq!(
            Settings { breathing_patterns: Vec::new(), ..lib.settings.clone() },
            Settings { breathing_patterns: Vec::new(), ..local.settings.clone() }
        );
    }

    let r = &m.report;
    assert_eq!(r.ladders.new + r.ladders.present + r.ladders.conflicting, imported.ladders.len());
    assert_eq!(r.exposures.new + r.exposures.present + r.exposures.conflicting, imported.exposures.len());
    assert_eq!(r.journal.new + r.journal.present + r.journal.conflicting, imported.journal.len());
    let pacer = r.pacer_sessions;
    assert_eq!(pacer.new + pacer.present + pacer.conflicting, imported.pacer_sessions.len());
    let patterns = r.patterns;
    assert_eq!(patterns.new + patterns.present + patterns.conflicting, imported.settings.breathing_patterns.len());
    let copies = [r.ladders, r.exposures, r.journal, r.pacer_sessions, r.patterns].map(|c| c.conflicting);
    assert_eq!(r.conflicts.len(), copies.iter().sum::<usize>());
    assert_eq!(r.draft_ignored, imported.in_progress.is_some());

    let merged_ladders: HashSet<String> = lib.ladders.iter().map(|l| ladder_content(l, &l.title)).collect();
    for l in &imported.ladders {
        let copy_title = suffixed(&l.title, LADDER_COPY_SUFFIX);
        assert!(
            lib.ladder(l.id) == Some(l) || merged_ladders.contains(&ladder_content(l, &copy_title)),
            "imported ladder {} is missing",
            l.id
        );
    }
    let merged_exposures: HashSet<String> = lib.exposures.iter().map(|e| exposure_content(lib, e)).collect();
    for e in imported.exposures.iter() {
        assert!(merged_exposures.contains(&exposure_content(imported, e)), "imported exposure {} is missing", e.id);
    }
    let merged_entries: HashSet<String> = lib.journal.iter().map(entry_content).collect();
    assert!(imported.journal.iter().all(|j| merged_entries.contains(&entry_content(j))));
    let merged_sessions: HashSet<String> =
        lib.pacer_sessions.iter().map(|p| format!("{:?}", PacerSession { id: PacerId(0), ..p.clone() })).collect();
    for p in imported.pacer_sessions.iter() {
        assert!(merged_sessions.contains(&format!("{:?}", PacerSession { id: PacerId(0), ..p.clone() })));
    }
    let merged_patterns = &lib.settings.breathing_patterns;
    for p in &imported.settings.breathing_patterns {
        let copy = BreathPattern { id: PatternId(0), name: suffixed(&p.name, PATTERN_COPY_SUFFIX), ..p.clone() };
        assert!(
            merged_patterns.contains(p)
                || merged_patterns.iter().any(|q| BreathPattern { id: PatternId(0), ..q.clone() } == copy),
            "imported pattern {} is missing",
            p.id
        );
    }

    let again = merge(lib, imported);
    assert_eq!(again.library, *lib, "importing the same file twice changes nothing");
    assert!(!again.report.changes_anything(), "{:?}", again.report);
    assert!(again.report.conflicts.is_empty());
    // (When the file's settings were taken, the local ones are gone, so this holds only otherwise.)
    if !m.report.settings_taken {
        let back = merge(lib, local);
        assert_eq!(back.library, *lib, "the local library is already in the merge");
        assert!(!back.report.changes_anything());
    }
    m
}

/// A ladder with its ids left out and the given title.
fn ladder_content(ladder: &Ladder, title: &str) -> String {
    let steps = ladder.steps.iter().map(|s| Step { id: StepId(0), ..s.clone() }).collect();
    format!("{:?}", Ladder { id: LadderId(0), title: title.to_owned(), steps, ..ladder.clone() })
}

/// An exposure with its ids replaced by the situation of its step.
fn exposure_content(library: &Library, e: &Exposure) -> String {
    let situation = library.ladder(e.ladder).and_then(|l| l.step(e.step)).map(|s| s.situation.clone());
    let bare = Exposure { id: ExposureId(0), ladder: LadderId(0), step: StepId(0), ..e.clone() };
    format!("{situation:?} {bare:?}")
}

fn entry_content(entry: &JournalEntry) -> String {
    format!("{:?}", JournalEntry { id: EntryId(0), ladder: entry.ladder.map(|_| LadderId(0)), ..entry.clone() })
}

/// The same library edited differently on two computers: every kind of item in conflict.
pub(super) fn conflicting_pair() -> (Library, Library) {
    let mut local = base();
    local.ladders[0].title = "Speaking up at work".to_owned();
    local.exposures_mut()[1].after = Rating::saturating(1);
    local.journal_mut()[0].text = "A very good day.".to_owned();
    local.pacer_sessions_mut()[0].duration_secs = 90;
    local.settings.breathing_patterns[3].inhale_secs = 6;
    let mut imported = base();
    imported.ladders[0].steps[1].estimate = Rating::saturating(5);
    imported.exposures_mut()[1].after = Rating::saturating(4);
    imported.journal_mut()[0].text = "Good.".to_owned();
    imported.pacer_sessions_mut()[0].duration_secs = 150;
    imported.settings.breathing_patterns[3].name = "Mine, slower".to_owned();
    (local, imported)
}
