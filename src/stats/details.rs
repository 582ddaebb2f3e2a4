//! What the exposures' details add to Progress and the exports (version 3): how often the
//! feared outcome happened with and without each safety behaviour, and the ratings tapped
//! during the timer.

use std::collections::HashMap;

use crate::i18n::{Arg, Lang, language, tr_in};
use crate::model::{Exposure, ExposureId, LadderId, Library, Outcome, Timestamp, behaviour_in_sentence, words_key};

/// How often the feared outcome happened, over `of` exposures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutcomeCount {
    pub happened: usize,
    pub partly: usize,
    pub of: usize,
}

impl OutcomeCount {
    fn add(&mut self, outcome: Outcome) {
        self.of += 1;
        match outcome {
            Outcome::Happened => self.happened += 1,
            Outcome::Partly => self.partly += 1,
            Outcome::DidNotHappen => {}
        }
    }

    /// "it happened 0 of 6 times", with ", partly 1" when some partly happened.
    #[must_use]
    pub fn phrase(self) -> String {
        self.phrase_in(language())
    }

    /// [`Self::phrase`] in a given language.
    #[must_use]
    pub fn phrase_in(self, lang: Lang) -> String {
        let mut args = vec![("happened", Arg::from(self.happened)), ("of", Arg::from(self.of))];
        if self.partly > 0 {
            args.push(("partly", Arg::from(self.partly)));
            tr_in(lang, "progress-outcome-count-partly", &args)
        } else {
            tr_in(lang, "progress-outcome-count", &args)
        }
    }
}

/// One safety behaviour: the exposures it was used in, and the ones where it was planned to
/// drop and was dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BehaviourTally {
    /// As the person's list spells it (or as first recorded, when it is not in the list).
    pub name: String,
    pub with: OutcomeCount,
    pub without: OutcomeCount,
}

impl BehaviourTally {
    /// "Without rehearsing what to say: it happened 0 of 6 times. With it: it happened 1 of 4
    /// times."
    #[must_use]
    pub fn sentence(&self) -> String {
        self.sentence_in(language())
    }

    /// [`Self::sentence`] in a given language.
    #[must_use]
    pub fn sentence_in(&self, lang: Lang) -> String {
        let name = ("name", Arg::from(behaviour_in_sentence(&self.name)));
        let with = || ("with", Arg::from(self.with.phrase_in(lang)));
        let without = || ("without", Arg::from(self.without.phrase_in(lang)));
        match (self.without.of, self.with.of) {
            (0, _) => tr_in(lang, "progress-safety-with-only", &[name, with()]),
            (_, 0) => tr_in(lang, "progress-safety-without-only", &[name, without()]),
            _ => tr_in(lang, "progress-safety-both", &[name, without(), with()]),
        }
    }
}

/// For each safety behaviour recorded on the exposures of `ladder` (all ladders for `None`):
/// how often the feared outcome happened when it was used, and when it was planned to drop and
/// dropped. Most recorded first; the same behaviour in any letter case is one.
#[must_use]
pub fn safety_tally<'a>(library: &'a Library, ladder: Option<LadderId>) -> Vec<BehaviourTally> {
    // This runs over every exposure: a name is normalised once per spelling, then looked up.
    let own: HashMap<String, &str> =
        library.settings.safety_behaviours.iter().map(|b| (words_key(b), b.as_str())).collect();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_spelling: HashMap<&'a str, usize> = HashMap::new();
    let mut tallies: Vec<BehaviourTally> = Vec::new();
    let mut lookup = |name: &'_ str, tallies: &mut Vec<BehaviourTally>| -> usize {
        *by_key.entry(words_key(name)).or_insert_with_key(|key| {
            let name = own.get(key).copied().unwrap_or_else(|| name.trim());
            tallies.push(BehaviourTally {
                name: name.to_owned(),
                with: OutcomeCount::default(),
                without: OutcomeCount::default(),
            });
            tallies.len() - 1
        })
    };
    let mut index_of = |name: &'a str, tallies: &mut Vec<BehaviourTally>| -> usize {
        if let Some(i) = by_spelling.get(name) {
            return *i;
        }
        let i = lookup(name, tallies);
        by_spelling.insert(name, i);
        i
    };
    let mut used: Vec<usize> = Vec::new();
    for e in library.exposures.iter().filter(|e| ladder.is_none_or(|id| e.ladder == id)) {
        used.clear();
        let outcome = e.reflection.outcome;
        for name in &e.reflection.safety_behaviours {
            let i = index_of(name, &mut tallies);
            // The same behaviour ticked twice on one exposure counts once.
            if !used.contains(&i) {
                used.push(i);
                tallies[i].with.add(outcome);
            }
        }
        for name in &e.planned_drops {
            let i = index_of(name, &mut tallies);
            if !used.contains(&i) {
                tallies[i].without.add(outcome);
            }
        }
    }
    tallies.sort_by(|a, b| (b.with.of + b.without.of).cmp(&(a.with.of + a.without.of)).then(a.name.cmp(&b.name)));
    tallies
}

/// The ratings tapped during one exposure's timer, for the small curve on Progress.
#[derive(Clone, Debug, PartialEq)]
pub struct DuringCurve {
    pub exposure: ExposureId,
    pub started: Timestamp,
    /// `[minutes into the exposure, rating]`, in the order tapped.
    pub points: Vec<[f64; 2]>,
}

/// The most recent exposure of `ladder` (by start) with ratings tapped during its timer.
#[must_use]
pub fn latest_during_curve(library: &Library, ladder: LadderId) -> Option<DuringCurve> {
    library
        .exposures
        .iter()
        .filter(|e| e.ladder == ladder && !e.during.is_empty())
        .max_by_key(|e| e.started)
        .map(during_curve)
}

/// One exposure's tapped ratings as a curve.
#[must_use]
pub fn during_curve(exposure: &Exposure) -> DuringCurve {
    DuringCurve {
        exposure: exposure.id,
        started: exposure.started,
        points: exposure.during.iter().map(|d| [f64::from(d.secs) / 60.0, f64::from(d.rating.get())]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExposureBuilder, Ladder, Rating};

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_unix_secs(1_795_000_000 + secs)
    }

    #[test]
    fn the_outcome_is_counted_with_and_without_each_behaviour() {
        let ladder = Ladder::new("L", "f", &[("s", Rating::saturating(3))], t(0));
        let other = Ladder::new("M", "f", &[("s", Rating::saturating(3))], t(0));
        let mut lib = Library::default();
        let rehearse = "Rehearsing what to say";
        let exposures = [
            // Planned to drop and dropped, six times: it never happened.
            (0, &[rehearse][..], &[][..], Outcome::DidNotHappen),
            (1, &[rehearse], &[], Outcome::DidNotHappen),
            (2, &["rehearsing  WHAT to say"], &[], Outcome::DidNotHappen),
            (3, &[rehearse], &[], Outcome::Partly),
            (4, &[rehearse], &["Avoiding eye contact"], Outcome::DidNotHappen),
            (5, &[rehearse], &[], Outcome::DidNotHappen),
            // Planned, and used after all: counts as with it.
            (6, &[rehearse], &[rehearse], Outcome::Happened),
            // Used without a plan, twice ticked: one with.
            (7, &[], &[rehearse, "rehearsing what to say"], Outcome::DidNotHappen),
        ];
        for (at, planned, used, outcome) in exposures {
            lib.exposures_mut()
                .push(ExposureBuilder::on(&ladder, 0).at(t(at)).safety(planned, used).outcome(outcome).build());
        }
        // Another ladder's exposure is not counted for this one.
        lib.exposures_mut().push(ExposureBuilder::on(&other, 0).at(t(9)).safety(&[rehearse], &[]).build());
        lib.ladders = vec![ladder.clone(), other];
        let tally = safety_tally(&lib, Some(ladder.id));
        assert_eq!(tally.len(), 2);
        let r = &tally[0];
        assert_eq!(r.name, rehearse, "spelled as in the person's list");
        assert_eq!(r.without, OutcomeCount { happened: 0, partly: 1, of: 6 });
        assert_eq!(r.with, OutcomeCount { happened: 1, partly: 0, of: 2 });
        let en = Lang::english();
        assert_eq!(
            r.sentence_in(en),
            "Without rehearsing what to say: it happened 0 of 6 times, partly 1. With it: it happened 1 of 2 times."
        );
        assert_eq!(
            tally[1].sentence_in(en),
            "With avoiding eye contact: it happened 0 of 1 time. Not yet tried without it."
        );
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        assert_eq!(
            r.sentence_in(it),
            "Senza rehearsing what to say: è successo 0 volte su 6, in parte 1. Usandolo: è successo 1 volta su 2."
        );
        assert_eq!(
            tally[1].sentence_in(it),
            "Usando «avoiding eye contact»: è successo 0 volte su 1. Non ancora provato senza."
        );
        let only_without = BehaviourTally { with: OutcomeCount::default(), ..r.clone() };
        assert_eq!(only_without.sentence_in(it), "Senza rehearsing what to say: è successo 0 volte su 6, in parte 1.");
        assert_eq!(safety_tally(&lib, None)[0].without.of, 7, "all ladders");
    }

    #[test]
    fn the_latest_curve_of_taps_is_drawn() {
        let ladder = Ladder::new("L", "f", &[("s", Rating::saturating(3))], t(0));
        let mut lib = Library::default();
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(t(0)).during(&[(30, 5), (90, 3)]).build());
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(t(500)).during(&[(60, 4)]).build());
        lib.exposures_mut().push(ExposureBuilder::on(&ladder, 0).at(t(900)).build());
        assert_eq!(latest_during_curve(&lib, ladder.id).map(|c| c.points), Some(vec![[1.0, 4.0]]));
        assert_eq!(latest_during_curve(&lib, crate::model::LadderId(1)), None);
    }
}
