//! Deterministic realistic libraries for tests, benchmarks and the `gen_library` example:
//! many ladders, years of exposures with texts of realistic length, journal entries and pacer
//! sessions, all in the real model. Same seed, same library (ids included).

use crate::model::{
    EntryId, Expectancy, Exposure, ExposureId, JournalEntry, Ladder, LadderId, Library, Likelihood, Outcome,
    PacerContext, PacerId, PacerSession, Rating, Reflection, Step, StepId, Timestamp,
};
use crate::templates;

/// A small deterministic PRNG (xorshift64*), so the generator needs no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    fn id(&mut self) -> u64 {
        self.next_u64() & ((1 << 53) - 1)
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const LEARNINGS: [&str; 6] = [
    "My voice shook a little at the start, and nobody seemed to notice. The conversation simply carried on.",
    "I expected a cold reaction; the person smiled and answered. The worst part was the minute before I started.",
    "It felt awkward for a few seconds and then it was over. I can feel nervous and still do the thing.",
    "I rehearsed less than usual this time and it went fine. The anxiety peaked early and faded while I talked.",
    "Someone asked a follow-up question, which means they were listening, not judging.",
    "I noticed my heart racing and let it race. It settled by itself within a couple of minutes.",
];
const FEARS: [&str; 4] = [
    "They will think I am strange and look away",
    "My mind will go blank and I will have to stop",
    "People will notice my hands shaking",
    "I will say something stupid and everyone will remember it",
];
const SAFETY: [&str; 4] = ["Rehearsed my lines", "Avoided eye contact", "Held my phone", "Spoke very quickly"];

/// A library with `ladders` ladders of 10 steps and `exposures` exposures spread over ten
/// years before `end`, plus roughly one journal entry per 10 exposures and one pacer session
/// per 3; each exposure with the details of version 3 (safety behaviours, a context, taps). Deterministic for a given `seed`.
#[must_use]
pub fn heavy_library(seed: u64, ladders: usize, exposures: usize, end: Timestamp) -> Library {
    let mut rng = Rng::new(seed);
    // The details of version 3 from their own generator (see `practice_journey`).
    let mut details = Rng::new(seed ^ 0x5AFE_7E55);
    let templates = templates::all();
    let start_secs = end.unix_secs() - 10 * 365 * 86_400;
    let mut library = Library::default();
    for i in 0..ladders {
        let t = &templates[i % templates.len()];
        let mut steps: Vec<Step> = (0..10)
            .map(|s| {
                let (text, _) = &t.steps[s % t.steps.len()];
                Step {
                    id: StepId(rng.id()),
                    situation: text.clone(),
                    estimate: Rating::saturating((s + 1) as u8),
                    estimate_history: Vec::new(),
                    changed: crate::model::StepChanged::default(),
                }
            })
            .collect();
        steps[0].estimate_history.push(crate::model::EstimateRecord {
            estimate: Rating::saturating(3),
            replaced: Timestamp::from_unix_secs(start_secs + 30 * 86_400),
        });
        library.ladders.push(Ladder {
            id: LadderId(rng.id()),
            title: format!("{} ({})", t.title, i + 1),
            fear: t.fear.clone(),
            steps,
            archived: i % 7 == 6,
            created: Timestamp::from_unix_secs(start_secs),
            changed: crate::model::LadderChanged::default(),
        });
    }
    let span = (end.unix_secs() - start_secs).max(1);
    for n in 0..exposures {
        let ladder = &library.ladders[rng.below(ladders as u64) as usize];
        let (ladder_id, step_id) = (ladder.id, ladder.steps[rng.below(ladder.steps.len() as u64) as usize].id);
        let (n_i, count_i) = (i64::try_from(n).unwrap_or(0), i64::try_from(exposures.max(1)).unwrap_or(1));
        let started = start_secs + (n_i * span) / count_i;
        let before = rng.below(8) as u8;
        let after = before.saturating_sub(rng.below(4) as u8);
        library.exposures_mut().push(Exposure {
            id: ExposureId(rng.id()),
            ladder: ladder_id,
            step: step_id,
            started: Timestamp::from_unix_secs(started),
            ended: Timestamp::from_unix_secs(started + 120 + i64::from(rng.below(120) as u8)),
            before: Rating::saturating(before),
            peak: Rating::saturating(before + rng.below(3) as u8),
            after: Rating::saturating(after),
            expectancy: Expectancy {
                feared_outcome: rng.pick(&FEARS).to_owned(),
                likelihood: Likelihood::new((rng.below(10) * 10) as u8).unwrap_or_default(),
            },
            reflection: Reflection {
                outcome: Outcome::ALL[rng.below(3) as usize],
                learned: rng.pick(&LEARNINGS).to_owned(),
                safety_behaviours: if rng.below(4) == 0 { vec![rng.pick(&SAFETY).to_owned()] } else { Vec::new() },
            },
            difficult: rng.below(10) == 0,
            away_from_screen: rng.below(5) == 0,
            override_note: None,
            planned_drops: Vec::new(),
            context: crate::model::Context::default(),
            during: Vec::new(),
        });
        let (planned_drops, used) = journey_safety(&mut details);
        let context = journey_context(&mut details, n % 2);
        let peak = library.exposures.last().map_or(0, |e| e.peak.get());
        let during = journey_during(&mut details, before, peak, after);
        if let Some(e) = library.exposures_mut().last_mut() {
            e.planned_drops = planned_drops;
            e.reflection.safety_behaviours.extend(used);
            e.context = context;
            e.during = during;
        }
        if n % 10 == 0 {
            library.journal_mut().push(JournalEntry {
                id: EntryId(rng.id()),
                written: Timestamp::from_unix_secs(started + 600),
                text: rng.pick(&LEARNINGS).to_owned(),
                ladder: Some(ladder_id),
            });
        }
        if n % 3 == 0 {
            library.pacer_sessions_mut().push(PacerSession {
                id: PacerId(rng.id()),
                started: Timestamp::from_unix_secs(started - 300),
                duration_secs: 120,
                pattern_name: "Box 4-4-4-4".to_owned(),
                context: if n % 2 == 0 { PacerContext::BeforeExposure } else { PacerContext::OnItsOwn },
            });
        }
    }
    library
}

/// One person's first twelve weeks, for screenshots and demonstrations: "Talking to strangers"
/// climbed step by step with ratings that fall as each step is repeated (the coach's rule
/// decides when a step is mastered), predictions that shrink as the feared outcomes keep not
/// happening, one re-rating halfway, a second ladder started in the last month, breathing
/// sessions and journal entries. Ends at `end`; deterministic for a given `seed`.
#[must_use]
pub fn practice_journey(seed: u64, end: Timestamp) -> Library {
    let mut rng = Rng::new(seed);
    // The details of version 3 (safety behaviours, contexts, ratings during the timer) come
    // from their own generator, so the ratings and times stay those of earlier versions.
    let mut details = Rng::new(seed ^ 0x5AFE_7E55);
    let start = end.unix_secs() - 84 * 86_400;
    let templates = templates::all();
    let pick = |key: &str| templates.iter().find(|t| t.key == key).or(templates.first());
    let mut library = Library::default();
    library.settings.safety_acknowledged = true;
    library.settings.weekly_goal = 5;
    for (key, created) in [("talking_to_strangers", start), ("phone_calls", start + 50 * 86_400)] {
        let Some(t) = pick(key) else { continue };
        library.ladders.push(Ladder {
            id: LadderId(rng.id()),
            title: t.title.clone(),
            fear: t.fear.clone(),
            steps: t
                .steps
                .iter()
                .map(|(text, estimate)| Step {
                    id: StepId(rng.id()),
                    situation: text.clone(),
                    estimate: *estimate,
                    estimate_history: Vec::new(),
                    changed: crate::model::StepChanged::default(),
                })
                .collect(),
            archived: false,
            created: Timestamp::from_unix_secs(created),
            changed: crate::model::LadderChanged::default(),
        });
    }
    let streak = crate::coach::streak_needed(&library);
    let mut tries: std::collections::BTreeMap<StepId, u8> = std::collections::BTreeMap::new();
    let mut total = 0_u32;
    for day in 0..84_i64 {
        if day == 42 {
            // Halfway, the person re-rates the first ladder: the upper steps feel smaller now.
            let replaced = Timestamp::from_unix_secs(start + day * 86_400 + 20 * 3600);
            for step in library.ladders[0].steps.iter_mut().skip(4) {
                let lower = step.estimate.get().saturating_sub(1 + rng.below(2) as u8);
                step.estimate_history.push(crate::model::EstimateRecord { estimate: step.estimate, replaced });
                step.estimate = Rating::saturating(lower);
            }
        }
        if rng.below(7) < 2 {
            continue; // a rest day
        }
        let ladders: &[usize] = if day >= 56 && day % 3 == 0 { &[0, 1] } else { &[0] };
        for &ladder_index in ladders {
            let Some(ladder) = library.ladders.get(ladder_index) else { continue };
            let mastered = crate::coach::mastered_steps(&library, streak);
            let Some(step) = ladder.steps.iter().find(|s| !mastered.contains(&s.id)) else { continue };
            let (ladder_id, step_id, estimate) = (ladder.id, step.id, step.estimate.get());
            let t = tries.entry(step_id).or_default();
            let attempt = *t;
            *t += 1;
            total += 1;
            let noise = rng.below(2) as u8;
            let difficult = attempt > 0 && rng.below(14) == 0;
            let before = estimate.saturating_sub(attempt / 2).max(1) + noise;
            let peak = (before + 1 + rng.below(2) as u8).min(10);
            let after = if difficult {
                (before + 2).min(10)
            } else {
                estimate.saturating_sub(1 + attempt).saturating_add(noise).min(before)
            };
            let predicted = 85_u8.saturating_sub(attempt * 15).saturating_sub((total / 4) as u8).max(10);
            let outcome = match rng.below(12) {
                0 => Outcome::Happened,
                1 | 2 => Outcome::Partly,
                _ => Outcome::DidNotHappen,
            };
            let started = start + day * 86_400 + (9 + 4 * i64::try_from(ladder_index).unwrap_or(0)) * 3600;
            // Drawn in the order of earlier versions (the old safety tick is drawn and not used).
            let id = ExposureId(rng.id());
            let feared_outcome = rng.pick(&FEARS).to_owned();
            let learned = rng.pick(&LEARNINGS).to_owned();
            let _old_safety_tick = rng.below(5) == 0 && !rng.pick(&SAFETY).is_empty();
            let away_from_screen = rng.below(3) == 0;
            let (planned_drops, used) = journey_safety(&mut details);
            let context = journey_context(&mut details, ladder_index);
            let during = if away_from_screen { Vec::new() } else { journey_during(&mut details, before, peak, after) };
            library.exposures_mut().push(Exposure {
                id,
                ladder: ladder_id,
                step: step_id,
                started: Timestamp::from_unix_secs(started),
                ended: Timestamp::from_unix_secs(started + 180),
                before: Rating::saturating(before),
                peak: Rating::saturating(peak),
                after: Rating::saturating(after),
                expectancy: Expectancy {
                    feared_outcome,
                    likelihood: Likelihood::new(predicted / 5 * 5).unwrap_or_default(),
                },
                reflection: Reflection { outcome, learned, safety_behaviours: used },
                difficult,
                away_from_screen,
                override_note: None,
                planned_drops,
                context,
                during,
            });
            if total.is_multiple_of(4) {
                library.journal_mut().push(JournalEntry {
                    id: EntryId(rng.id()),
                    written: Timestamp::from_unix_secs(started + 900),
                    text: rng.pick(&LEARNINGS).to_owned(),
                    ladder: Some(ladder_id),
                });
            }
            if rng.below(2) == 0 {
                library.pacer_sessions_mut().push(PacerSession {
                    id: PacerId(rng.id()),
                    started: Timestamp::from_unix_secs(started - 400),
                    duration_secs: 120,
                    pattern_name: "Box 4-4-4-4".to_owned(),
                    context: PacerContext::BeforeExposure,
                });
            }
        }
    }
    library
}

/// A journey exposure's safety behaviours: most tries plan to drop one of the common ones; now
/// and then it creeps back in, or another one does.
fn journey_safety(rng: &mut Rng) -> (Vec<String>, Vec<String>) {
    let list = crate::model::DEFAULT_SAFETY_BEHAVIOURS;
    if rng.below(5) < 2 {
        let used = if rng.below(3) == 0 { vec![rng.pick(&list[..4]).to_owned()] } else { Vec::new() };
        return (Vec::new(), used);
    }
    let planned = rng.pick(&list[..4]).to_owned();
    let mut used = Vec::new();
    if rng.below(5) == 0 {
        used.push(planned.clone());
    }
    if rng.below(8) == 0 {
        used.push(rng.pick(&list[4..]).to_owned());
    }
    (vec![planned], used)
}

/// Where a journey exposure was done: a few places and people per ladder, some tries unrecorded.
fn journey_context(rng: &mut Rng, ladder_index: usize) -> crate::model::Context {
    const PLACES: [&[&str]; 2] =
        [&["the bakery", "the bus stop", "the office kitchen", "the park"], &["home", "the office", "the car"]];
    const PEOPLE: [&[&str]; 2] = [&["a stranger", "a shop assistant", "a neighbour"], &["a receptionist", "a friend"]];
    if rng.below(4) == 0 {
        return crate::model::Context::default();
    }
    let i = ladder_index.min(1);
    crate::model::Context {
        place: rng.pick(PLACES[i]).to_owned(),
        people: rng.pick(PEOPLE[i]).to_owned(),
        different: if rng.below(5) == 0 { "Later in the day than usual".to_owned() } else { String::new() },
    }
}

/// Ratings tapped during a journey exposure's timer: none on some tries, two or three on most,
/// rising to the peak and settling towards the after-rating.
fn journey_during(rng: &mut Rng, before: u8, peak: u8, after: u8) -> Vec<crate::model::DuringRating> {
    let taps: Vec<(u32, u8)> = match rng.below(3) {
        0 => Vec::new(),
        1 => vec![(40, peak), (150, after.max(before.saturating_sub(1)))],
        _ => vec![(20, before), (70, peak), (160, after)],
    };
    taps.into_iter()
        .map(|(secs, rating)| crate::model::DuringRating { secs, rating: Rating::saturating(rating) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_deterministic_and_valid() {
        let end = Timestamp::from_unix_secs(1_790_000_000);
        let a = heavy_library(7, 5, 500, end);
        let b = heavy_library(7, 5, 500, end);
        assert_eq!(a, b);
        assert_eq!(a.ladders.len(), 5);
        assert_eq!(a.exposures.len(), 500);
        assert_eq!(crate::store::validate::validate(&a), Ok(()));
        assert_ne!(a, heavy_library(8, 5, 500, end));
    }

    #[test]
    fn the_practice_journey_is_valid_and_climbs_the_ladder() {
        let end = Timestamp::from_unix_secs(1_795_000_000);
        let lib = practice_journey(1, end);
        assert_eq!(lib, practice_journey(1, end));
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
        assert!((40..=90).contains(&lib.exposures.len()), "{} exposures", lib.exposures.len());
        let mastered = crate::coach::mastered_steps(&lib, crate::coach::streak_needed(&lib));
        let first = &lib.ladders[0];
        assert!(mastered.contains(&first.steps[0].id) && mastered.contains(&first.steps[3].id));
        assert!(!mastered.contains(&first.steps[first.steps.len() - 1].id), "twelve weeks do not finish a ladder");
        assert!(first.steps.iter().any(|s| !s.estimate_history.is_empty()), "re-rated halfway");
        assert!(lib.exposures.iter().all(|e| e.started <= end));
    }
}
