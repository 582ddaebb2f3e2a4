//! The person's practice data: ladders, steps, exposures, journal, pacer log and settings.
//!
//! Pure data: no egui, no file IO, no clock. Time enters as [`Timestamp`] values passed in by
//! the caller; ids are stable random numbers (see [`ids`]) and never derived from positions, so
//! a step keeps its identity when it is moved, and two libraries can later be merged by id.
//!
//! Any change to the saved shape, even an added optional field, bumps the format version in
//! [`crate::store`] with a migration: otherwise an older Stepwise would load a newer file,
//! drop the fields it does not know and save over them. `tests/format_golden.rs` fails when
//! the shape changes without that.

mod build;
mod changes;
pub mod crisis;
mod details;
pub mod edit;
mod ids;
mod plan;
mod rating;
mod settings_edit;
mod time;
mod trash;
mod undo;

pub use build::ExposureBuilder;
pub use changes::{
    Deleted, DeletedItem, Gone, LadderChanged, Order, PatternChanged, RESTORE_DAYS, SettingsChanged, StepChanged,
    Tombstone, next_stamp,
};
pub use details::{
    Anchors, Context, DEFAULT_SAFETY_BEHAVIOURS, DuringRating, OLD_SAFETY_TICKS, behaviour_in_sentence, same_words,
    words_key,
};
pub use ids::{EntryId, ExposureId, LadderId, PacerId, PatternId, StepId, fresh_id};
pub use plan::{MAX_PLAN_HISTORY, PlanChange, PracticeTime, Weekdays, note_plan, note_plan_always};
pub use rating::{Likelihood, Rating, RatingError};
pub use settings_edit::{SettingsEdit, SettingsError, apply_settings};
pub use time::Timestamp;
pub use trash::{days_left, purge_expired, step_restore_blocked};
pub use undo::restamp_undone;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A list shared between snapshots of the library (undo history, the save job) and copied
/// only when changed, so a snapshot of ten years of exposures costs a pointer, not megabytes.
/// Change it through [`Arc::make_mut`] or the `*_mut` methods of [`Library`].
pub type Shared<T> = Arc<Vec<T>>;

/// Everything the person has built and recorded. The unit that is saved and loaded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Library {
    pub ladders: Vec<Ladder>,
    #[serde(with = "shared")]
    pub exposures: Shared<Exposure>,
    #[serde(with = "shared")]
    pub journal: Shared<JournalEntry>,
    #[serde(with = "shared")]
    pub pacer_sessions: Shared<PacerSession>,
    pub settings: Settings,
    /// An exposure under way, kept so it can be resumed if the window closes. It belongs to the
    /// computer it was started on: a merge keeps the local one (see [`crate::merge`]).
    pub in_progress: Option<ExposureDraft>,
    /// The order of the ladders (a ladder added, restored or deleted).
    pub ladder_order: Order,
    /// Ladders and steps deleted in the last [`RESTORE_DAYS`] days, with their exposures:
    /// restorable from the Ladders screen, counted nowhere else.
    pub deleted: Vec<Deleted>,
    /// What was deleted for good (purged from Recently deleted), as ids, so a merge with an
    /// older copy does not bring it back.
    pub tombstones: Vec<Tombstone>,
    /// Exposures that arrived under the id of a different one already here. Only a damaged or
    /// hand-edited file does that; both are kept, the one here counted and this one not, so the
    /// coach and the statistics never count one attempt twice. The same id can appear here more
    /// than once; each is unique in content.
    #[serde(with = "shared")]
    pub clashes: Shared<Exposure>,
    /// Before-ratings at which the safety gate stopped an exposure (8 or more): nothing else of
    /// those tries is kept, but ratings that stay high should still be noticed
    /// ([`crate::coach::high_baseline`]). Only the last [`GATE_BLOCKS_KEPT_DAYS`] days are kept.
    pub gate_blocks: Vec<GateBlock>,
}

/// How long [`Library::gate_blocks`] are kept, in days.
pub const GATE_BLOCKS_KEPT_DAYS: i64 = 30;

/// A before-rating that stopped an exposure at the safety gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct GateBlock {
    pub at: Timestamp,
    pub rating: Rating,
}

/// Where an exposure under way has got to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftStage {
    /// "How anxious are you right now?" (the safety gate).
    Rate,
    /// What the person fears will happen, and how likely it feels.
    Expect,
    /// The timed exposure itself.
    DoIt,
    /// Ratings and reflection; required before the exposure is saved.
    Reflect,
}

/// An exposure under way: everything entered so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExposureDraft {
    pub ladder: LadderId,
    pub step: StepId,
    pub stage: DraftStage,
    /// The confirmed reason when the person chose a step above the recommendation.
    #[serde(default)]
    pub override_note: Option<String>,
    #[serde(default)]
    pub before: Option<Rating>,
    #[serde(default)]
    pub expectancy: Expectancy,
    /// Length of the timer, in seconds (2-4 minutes).
    pub planned_secs: u32,
    /// When the timer was started.
    #[serde(default)]
    pub started: Option<Timestamp>,
    /// Seconds spent paused before the current pause (if any).
    #[serde(default)]
    pub paused_secs: i64,
    #[serde(default)]
    pub paused_at: Option<Timestamp>,
    #[serde(default)]
    pub ended: Option<Timestamp>,
    #[serde(default)]
    pub stopped_early: bool,
    /// Done in the world and logged here afterwards: no timer.
    #[serde(default)]
    pub away_from_screen: bool,
    /// Safety behaviours the person means to do without this time.
    #[serde(default)]
    pub planned_drops: Vec<String>,
    /// Where, with whom, what is different this time.
    #[serde(default)]
    pub context: Context,
    /// Ratings tapped during the timer, in the order tapped.
    #[serde(default)]
    pub during: Vec<DuringRating>,
}

impl ExposureDraft {
    /// A new exposure on `step`, at its first stage (the "how anxious are you now" rating).
    #[must_use]
    pub fn new(
        ladder: LadderId,
        step: StepId,
        planned_secs: u32,
        override_note: Option<String>,
        away_from_screen: bool,
    ) -> Self {
        Self {
            ladder,
            step,
            stage: DraftStage::Rate,
            override_note,
            before: None,
            expectancy: Expectancy::default(),
            planned_secs,
            started: None,
            paused_secs: 0,
            paused_at: None,
            ended: None,
            stopped_early: false,
            away_from_screen,
            planned_drops: Vec::new(),
            context: Context::default(),
            during: Vec::new(),
        }
    }
}

/// Serialises a [`Shared`] list as the plain list it holds.
pub mod shared {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(list: &Arc<Vec<T>>, serializer: S) -> Result<S::Ok, S::Error> {
        list.as_slice().serialize(serializer)
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Arc<Vec<T>>, D::Error> {
        Vec::deserialize(deserializer).map(Arc::new)
    }
}

/// One fear broken into concrete steps, ordered from least to most frightening.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ladder {
    pub id: LadderId,
    pub title: String,
    /// The fear in one concrete sentence ("I fear being judged when I speak in a group").
    pub fear: String,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub archived: bool,
    pub created: Timestamp,
    /// When each field last changed (for merging two computers' copies).
    #[serde(default)]
    pub changed: LadderChanged,
}

/// One rung of a ladder: a specific situation doable in 2-4 minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: StepId,
    pub situation: String,
    /// The person's current estimate of how frightening this is, 0-10.
    pub estimate: Rating,
    /// Earlier estimates, oldest first, kept when the ladder is re-rated.
    #[serde(default)]
    pub estimate_history: Vec<EstimateRecord>,
    /// When each field last changed (for merging two computers' copies).
    #[serde(default)]
    pub changed: StepChanged,
}

/// An estimate as it stood until it was re-rated at `replaced`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EstimateRecord {
    pub estimate: Rating,
    pub replaced: Timestamp,
}

/// Did the feared outcome happen?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Happened,
    Partly,
    DidNotHappen,
}

/// What the person predicted before the exposure (inhibitory learning: the gap is the signal).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Expectancy {
    /// The feared outcome in one sentence.
    pub feared_outcome: String,
    /// How likely the person thought it was, 0-100 %.
    pub likelihood: Likelihood,
}

/// The reflection after an exposure; required before an exposure is saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub outcome: Outcome,
    /// "What did I learn?"
    pub learned: String,
    /// Safety behaviours used (rehearsing lines, avoiding eye contact, ...), planned to drop or
    /// not.
    #[serde(default)]
    pub safety_behaviours: Vec<String>,
}

/// One attempt at one step, with its ratings and reflection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exposure {
    pub id: ExposureId,
    pub ladder: LadderId,
    pub step: StepId,
    pub started: Timestamp,
    pub ended: Timestamp,
    pub before: Rating,
    pub peak: Rating,
    pub after: Rating,
    #[serde(default)]
    pub expectancy: Expectancy,
    pub reflection: Reflection,
    /// The person marked it as difficult or stopped early.
    #[serde(default)]
    pub difficult: bool,
    /// Done in the world, away from the computer, and logged afterwards.
    #[serde(default)]
    pub away_from_screen: bool,
    /// Set when the person chose a step above the recommendation and confirmed it.
    #[serde(default)]
    pub override_note: Option<String>,
    /// Safety behaviours the person planned to do without. Each one not among
    /// `reflection.safety_behaviours` was dropped.
    #[serde(default)]
    pub planned_drops: Vec<String>,
    #[serde(default)]
    pub context: Context,
    /// Ratings tapped during the timer ("How is it now?"); they decide nothing.
    #[serde(default)]
    pub during: Vec<DuringRating>,
}

/// A free journal entry: a win or a lesson outside any single exposure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: EntryId,
    pub written: Timestamp,
    pub text: String,
    #[serde(default)]
    pub ladder: Option<LadderId>,
}

/// Where a breathing session was started from: pacer use around an exposure is logged
/// apart from use on its own, since it can become a safety behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PacerContext {
    OnItsOwn,
    BeforeExposure,
    SafetyGate,
}

/// One use of the breathing pacer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacerSession {
    pub id: PacerId,
    pub started: Timestamp,
    pub duration_secs: u32,
    pub pattern_name: String,
    pub context: PacerContext,
}

/// Seconds of each phase of a breathing pattern; each 0-20, with some breath phase above 0.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreathPattern {
    pub id: PatternId,
    pub name: String,
    pub inhale_secs: u8,
    pub hold_in_secs: u8,
    pub exhale_secs: u8,
    pub hold_out_secs: u8,
    /// When each field last changed (for merging two computers' copies).
    #[serde(default)]
    pub changed: PatternChanged,
}

/// A crisis resource shown from every screen; editable for the person's country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrisisContact {
    pub name: String,
    /// How to reach it, in words ("Call or text 988").
    pub how: String,
}

/// The person's settings. Stored in the library file (they are part of their practice).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Exposures a week the person aims for.
    pub weekly_goal: u8,
    /// How many consecutive low after-ratings make a step mastered (2 or 3).
    pub mastery_streak: u8,
    /// Default length of an exposure timer.
    pub exposure_minutes: u8,
    pub crisis_contacts: Vec<CrisisContact>,
    pub breathing_patterns: Vec<BreathPattern>,
    pub default_pattern: Option<PatternId>,
    /// Replace moving shapes with plain progress bars.
    pub reduced_motion: bool,
    /// The person has read the "when not to use self-guided exposure" page.
    pub safety_acknowledged: bool,
    /// The person's own words for 0, 5 and 10.
    pub anchors: Anchors,
    /// The person's own safety behaviours, offered to drop before an exposure.
    pub safety_behaviours: Vec<String>,
    /// The hour a new day starts for the daily limits and the week (0 = midnight; a night owl
    /// may choose up to [`limits::DAY_START_HOUR_MAX`]).
    pub day_starts_at: u8,
    /// When the person last closed the notice about ratings that stay high (it returns a week
    /// later if they still do).
    pub high_baseline_dismissed: Option<Timestamp>,
    /// When the person means to practise (see [`crate::plan`]).
    pub practice_times: Vec<PracticeTime>,
    /// How many practice times a week the plan held from when, oldest first (past weeks are
    /// shown against the plan they had).
    pub plan_history: Vec<PlanChange>,
    /// When each setting last changed (for merging two computers' copies).
    pub changed: SettingsChanged,
}

/// `text` cut to its first `shown` characters with "..." after, when it is longer (for names
/// quoted in messages and labels).
#[must_use]
pub fn ellipsis(text: &str, shown: usize) -> String {
    if text.chars().count() > shown {
        format!("{}...", text.chars().take(shown).collect::<String>())
    } else {
        text.to_owned()
    }
}

/// Limits shared by validation and by the editors.
pub mod limits {
    /// A before-rating of this or more blocks an exposure (the coach's safety gate). Kept here,
    /// at the bottom, because the store also checks it: a saved exposure can never have one.
    pub const GATE_BLOCK_AT: u8 = 8;
    /// Short texts: ladder titles, pattern names, contact names.
    pub const SHORT_TEXT_CHARS: usize = 200;
    /// Medium texts: fear sentences, step situations, feared outcomes, contact details.
    pub const MEDIUM_TEXT_CHARS: usize = 1_000;
    /// Long texts: learnings and journal entries.
    pub const LONG_TEXT_CHARS: usize = 20_000;
    /// Seconds any single breathing phase may last.
    pub const MAX_PHASE_SECS: u8 = 20;
    pub const MASTERY_STREAK_RANGE: std::ops::RangeInclusive<u8> = 2..=3;
    pub const WEEKLY_GOAL_RANGE: std::ops::RangeInclusive<u8> = 1..=21;
    pub const EXPOSURE_MINUTES_RANGE: std::ops::RangeInclusive<u8> = 2..=4;
    pub const MIN_EXPOSURE_SECS: u32 = 120;
    /// The latest hour a day can start at (for a night owl: 04:00 still counts as yesterday).
    pub const DAY_START_HOUR_MAX: u8 = 6;
    /// Safety behaviours in the person's list.
    pub const MAX_SAFETY_BEHAVIOURS: usize = 30;
    /// Ratings tapped during one timer (one every 4 seconds of a 4-minute exposure).
    pub const MAX_DURING_RATINGS: usize = 60;
    /// Practice times in the plan.
    pub const MAX_PRACTICE_TIMES: usize = 21;
    pub const MAX_EXPOSURE_SECS: u32 = 240;
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            weekly_goal: 10,
            mastery_streak: 3,
            exposure_minutes: 3,
            crisis_contacts: default_crisis_contacts(),
            breathing_patterns: default_breath_patterns(),
            default_pattern: None,
            reduced_motion: false,
            safety_acknowledged: false,
            anchors: Anchors::default(),
            safety_behaviours: DEFAULT_SAFETY_BEHAVIOURS.iter().map(|b| (*b).to_owned()).collect(),
            day_starts_at: 0,
            high_baseline_dismissed: None,
            practice_times: Vec::new(),
            plan_history: Vec::new(),
            changed: SettingsChanged::default(),
        }
    }
}

/// The US defaults named in the protocol; the person can change them for their country.
#[must_use]
pub fn default_crisis_contacts() -> Vec<CrisisContact> {
    vec![
        CrisisContact { name: "988 Suicide and Crisis Lifeline (US)".to_owned(), how: "Call or text 988".to_owned() },
        CrisisContact { name: "Crisis Text Line (US)".to_owned(), how: "Text HOME to 741741".to_owned() },
    ]
}

/// The preset breathing patterns. Ids are fixed so presets stay recognisable across files.
#[must_use]
pub fn default_breath_patterns() -> Vec<BreathPattern> {
    let preset = |id: u64, name: &str, secs: [u8; 4]| BreathPattern {
        id: PatternId(id),
        name: name.to_owned(),
        inhale_secs: secs[0],
        hold_in_secs: secs[1],
        exhale_secs: secs[2],
        hold_out_secs: secs[3],
        changed: PatternChanged::default(),
    };
    vec![
        preset(1, "Box 4-4-4-4", [4, 4, 4, 4]),
        preset(2, "Long exhale 4-4-6", [4, 4, 6, 0]),
        preset(3, "Relaxing 4-7-8", [4, 7, 8, 0]),
    ]
}

impl Library {
    #[must_use]
    pub fn ladder(&self, id: LadderId) -> Option<&Ladder> {
        self.ladders.iter().find(|l| l.id == id)
    }

    pub fn ladder_mut(&mut self, id: LadderId) -> Option<&mut Ladder> {
        self.ladders.iter_mut().find(|l| l.id == id)
    }

    /// The exposures, for changing (copies the list first if a snapshot shares it).
    pub fn exposures_mut(&mut self) -> &mut Vec<Exposure> {
        Arc::make_mut(&mut self.exposures)
    }

    /// The journal, for changing (copies the list first if a snapshot shares it).
    pub fn journal_mut(&mut self) -> &mut Vec<JournalEntry> {
        Arc::make_mut(&mut self.journal)
    }

    /// The pacer log, for changing (copies the list first if a snapshot shares it).
    pub fn pacer_sessions_mut(&mut self) -> &mut Vec<PacerSession> {
        Arc::make_mut(&mut self.pacer_sessions)
    }

    /// Exposures of one step, in the order they were recorded.
    pub fn exposures_of_step(&self, step: StepId) -> impl Iterator<Item = &Exposure> {
        self.exposures.iter().filter(move |e| e.step == step)
    }

    /// Whether deleting the step takes something recorded with it: an exposure, or the one under
    /// way (then the person is asked first).
    #[must_use]
    pub fn step_has_records(&self, step: StepId) -> bool {
        self.in_progress.as_ref().is_some_and(|d| d.step == step) || self.exposures_of_step(step).next().is_some()
    }

    /// Keeps a before-rating the safety gate stopped at `now`, and forgets those older than
    /// [`GATE_BLOCKS_KEPT_DAYS`] days.
    pub fn note_gate_block(&mut self, rating: Rating, now: Timestamp) {
        let from = now.unix_secs().saturating_sub(GATE_BLOCKS_KEPT_DAYS * 86_400);
        self.gate_blocks.retain(|b| b.at.unix_secs() > from);
        self.gate_blocks.push(GateBlock { at: now, rating });
        self.gate_blocks.sort_unstable();
        self.gate_blocks.dedup();
    }

    /// A ladder, live or in Recently deleted.
    #[must_use]
    pub fn ladder_anywhere(&self, id: LadderId) -> Option<&Ladder> {
        self.ladder(id).or_else(|| {
            self.deleted.iter().find_map(|d| match &d.item {
                DeletedItem::Ladder(l) if l.id == id => Some(l),
                _ => None,
            })
        })
    }
}

impl Ladder {
    /// A new ladder with fresh ids from a title, a fear sentence and `(situation, estimate)` steps.
    #[must_use]
    pub fn new(title: &str, fear: &str, steps: &[(&str, Rating)], created: Timestamp) -> Self {
        Self {
            id: LadderId(fresh_id()),
            title: title.to_owned(),
            fear: fear.to_owned(),
            steps: steps.iter().map(|(situation, estimate)| Step::new(situation, *estimate)).collect(),
            archived: false,
            created,
            changed: LadderChanged::all(created),
        }
    }

    #[must_use]
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The title as lists and exports show it: "Speaking up (archived)" for an archived ladder,
    /// the plain title otherwise.
    #[must_use]
    pub fn display_title(&self) -> String {
        if self.archived { crate::t!("model-archived-title", title = &self.title) } else { self.title.clone() }
    }
}

impl Step {
    #[must_use]
    pub fn new(situation: &str, estimate: Rating) -> Self {
        Self {
            id: StepId(fresh_id()),
            situation: situation.to_owned(),
            estimate,
            estimate_history: Vec::new(),
            changed: StepChanged::default(),
        }
    }
}

impl Outcome {
    pub const ALL: [Self; 3] = [Self::Happened, Self::Partly, Self::DidNotHappen];

    /// The question an outcome answers, asked after an exposure and shown beside the answers
    /// wherever they appear without it (a plot's legend, a table's "Happened" column), in the
    /// language in use.
    #[must_use]
    pub fn question() -> &'static str {
        kept_message("model-outcome-question")
    }

    /// The outcome in the person's words, as the answer to [`Outcome::question`]: "Yes",
    /// "Partly" or "No", in the language in use. The one wording used by the practice, the
    /// Progress screen and the exports.
    #[must_use]
    pub fn label(self) -> &'static str {
        kept_message(match self {
            Self::Happened => "model-outcome-yes",
            Self::Partly => "model-outcome-partly",
            Self::DidNotHappen => "model-outcome-no",
        })
    }
}

/// The message `id` in the language in use, as a `&'static str` for callers that keep such
/// words in arrays and `Copy` closures (a plot's legend): each language's text is made on first
/// use and kept for the life of the process (a few words per language, never more).
fn kept_message(id: &'static str) -> &'static str {
    type Kept = Vec<(crate::i18n::Lang, &'static str, &'static str)>;
    static KEPT: std::sync::Mutex<Kept> = std::sync::Mutex::new(Vec::new());
    let lang = crate::i18n::language();
    let mut kept = KEPT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, _, text)) = kept.iter().find(|(l, i, _)| *l == lang && *i == id) {
        return text;
    }
    let text: &'static str = Box::leak(crate::i18n::tr_in(lang, id, &[]).into_boxed_str());
    kept.push((lang, id, text));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ladder_gets_distinct_step_ids() {
        let r = Rating::new(3).unwrap();
        let ladder = Ladder::new("t", "f", &[("a", r), ("b", r), ("c", r)], Timestamp::EPOCH);
        let mut ids: Vec<_> = ladder.steps.iter().map(|s| s.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert_eq!(ladder.steps[1].situation, "b");
    }

    #[test]
    fn display_title_marks_archived_ladders() {
        let mut ladder = Ladder::new("Phone calls", "f", &[], Timestamp::EPOCH);
        assert_eq!(ladder.display_title(), "Phone calls");
        ladder.archived = true;
        assert_eq!(ladder.display_title(), "Phone calls (archived)");
    }

    #[test]
    fn outcome_labels_answer_the_question() {
        let labels: Vec<_> = Outcome::ALL.iter().map(|o| o.label()).collect();
        assert_eq!(labels, ["Yes", "Partly", "No"]);
        assert_eq!(Outcome::question(), "Did it happen?");
        // The same words each time, made once.
        assert!(std::ptr::eq(Outcome::question(), Outcome::question()));
    }

    #[test]
    fn outcomes_and_archived_titles_read_in_italian() {
        use crate::i18n::{Arg, Lang, tr_in};
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        let ids = ["model-outcome-question", "model-outcome-yes", "model-outcome-partly", "model-outcome-no"];
        let words: Vec<String> = ids.iter().map(|id| tr_in(it, id, &[])).collect();
        assert_eq!(words, ["È successo?", "Sì", "In parte", "No"]);
        let title = [("title", Arg::from("Telefonate"))];
        assert_eq!(tr_in(it, "model-archived-title", &title), "Telefonate (archiviata)");
        assert_eq!(tr_in(Lang::english(), "model-archived-title", &title), "Telefonate (archived)");
    }

    #[test]
    fn default_settings_follow_the_protocol() {
        let s = Settings::default();
        assert_eq!(s.weekly_goal, 10);
        assert_eq!(s.mastery_streak, 3);
        assert_eq!(s.exposure_minutes, 3);
        assert!(s.crisis_contacts.iter().any(|c| c.how.contains("988")));
        assert!(s.crisis_contacts.iter().any(|c| c.how.contains("741741")));
        let names: Vec<_> = s.breathing_patterns.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Box 4-4-4-4", "Long exhale 4-4-6", "Relaxing 4-7-8"]);
    }
}
