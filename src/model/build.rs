//! One way to make an exposure in tests, examples and fixtures: everything not under test gets a
//! calm default (fresh id, ratings 3/4/2, three minutes long, "It did not happen"), and a test
//! names only what it checks.
//!
//! ```
//! use stepwise::model::{ExposureBuilder, Ladder, Rating, Timestamp};
//! let ladder = Ladder::new("Calls", "I fear calls", &[("Call a shop", Rating::saturating(2))], Timestamp::EPOCH);
//! let e = ExposureBuilder::on(&ladder, 0).at(Timestamp::from_unix_secs(1_800_000_000)).ratings(4, 5, 1).build();
//! assert_eq!(e.after.get(), 1);
//! ```

use super::{
    Context, DuringRating, Expectancy, Exposure, ExposureId, Ladder, LadderId, Likelihood, Outcome, Rating, Reflection,
    StepId, Timestamp,
};

/// Builds an [`Exposure`]; see the module docs.
#[derive(Debug, Clone)]
#[must_use]
pub struct ExposureBuilder(Exposure);

/// How long a built exposure lasts unless told otherwise: the default three minutes.
const DEFAULT_SECS: i64 = 180;

impl ExposureBuilder {
    /// An exposure on `step` of `ladder`, by id.
    pub fn new(ladder: LadderId, step: StepId) -> Self {
        Self(Exposure {
            id: ExposureId::fresh(),
            ladder,
            step,
            started: Timestamp::EPOCH,
            ended: Timestamp::from_unix_secs(DEFAULT_SECS),
            before: Rating::saturating(3),
            peak: Rating::saturating(4),
            after: Rating::saturating(2),
            expectancy: Expectancy::default(),
            reflection: Reflection {
                outcome: Outcome::DidNotHappen,
                learned: String::new(),
                safety_behaviours: Vec::new(),
            },
            difficult: false,
            away_from_screen: false,
            override_note: None,
            planned_drops: Vec::new(),
            context: Context::default(),
            during: Vec::new(),
        })
    }

    /// An exposure on the step at `index` of `ladder`.
    ///
    /// # Panics
    ///
    /// When the ladder has no step at `index` (a mistake in the test).
    pub fn on(ladder: &Ladder, index: usize) -> Self {
        Self::new(ladder.id, ladder.steps[index].id)
    }

    pub fn id(mut self, id: u64) -> Self {
        self.0.id = ExposureId(id);
        self
    }

    /// Started at `started`, lasting the default three minutes.
    pub fn at(mut self, started: Timestamp) -> Self {
        self.0.started = started;
        self.0.ended = Timestamp::from_unix_secs(started.unix_secs() + DEFAULT_SECS);
        self
    }

    pub fn ratings(mut self, before: u8, peak: u8, after: u8) -> Self {
        self.0.before = Rating::saturating(before);
        self.0.peak = Rating::saturating(peak);
        self.0.after = Rating::saturating(after);
        self
    }

    /// Before and after; the peak is the higher of the two.
    pub fn before_after(self, before: u8, after: u8) -> Self {
        self.ratings(before, before.max(after), after)
    }

    pub fn after(mut self, after: u8) -> Self {
        self.0.after = Rating::saturating(after);
        self
    }

    /// The prediction before the try; a likelihood above 100 % is taken as 100 %.
    pub fn predicted(mut self, feared_outcome: &str, likelihood_percent: u8) -> Self {
        let likelihood = Likelihood::new(likelihood_percent.min(Likelihood::MAX)).unwrap_or_default();
        self.0.expectancy = Expectancy { feared_outcome: feared_outcome.to_owned(), likelihood };
        self
    }

    pub fn outcome(mut self, outcome: Outcome) -> Self {
        self.0.reflection.outcome = outcome;
        self
    }

    pub fn learned(mut self, learned: &str) -> Self {
        learned.clone_into(&mut self.0.reflection.learned);
        self
    }

    /// Safety behaviours planned to drop, and the ones used (a planned one used was not dropped).
    pub fn safety(mut self, planned_drops: &[&str], used: &[&str]) -> Self {
        self.0.planned_drops = planned_drops.iter().map(|s| (*s).to_owned()).collect();
        self.0.reflection.safety_behaviours = used.iter().map(|s| (*s).to_owned()).collect();
        self
    }

    /// Done at `place` with `people`.
    pub fn context(mut self, place: &str, people: &str) -> Self {
        self.0.context = Context { place: place.to_owned(), people: people.to_owned(), different: String::new() };
        self
    }

    /// Ratings tapped during the timer, as `(seconds in, rating)`.
    pub fn during(mut self, taps: &[(u32, u8)]) -> Self {
        self.0.during = taps
            .iter()
            .map(|(secs, rating)| DuringRating { secs: *secs, rating: Rating::saturating(*rating) })
            .collect();
        self
    }

    pub fn difficult(mut self) -> Self {
        self.0.difficult = true;
        self
    }

    #[must_use]
    pub fn build(self) -> Exposure {
        self.0
    }
}
