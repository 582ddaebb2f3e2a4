//! The one-sentence readings of the plots, shared by the Progress screen and the summary for a
//! therapist, so a chart says the same thing on the screen and on paper.
//!
//! Pure: the numbers come in, a sentence goes out, in the language in use (the `_in` variants
//! take a language: an export that names its own). The sentences name no person ("you"), since
//! the summary is read by someone else. The words are the `reading-*` messages.

use super::ExpectancySummary;
use crate::coach;
use crate::i18n::{Arg, Lang, decimal_in, language, tr_in};

/// "5 tries. After-rating 7 on the first, 1 on the latest." `None` without a try.
#[must_use]
pub fn tries(afters: &[u8]) -> Option<String> {
    tries_in(language(), afters)
}

/// [`tries`] in a given language.
#[must_use]
pub fn tries_in(lang: Lang, afters: &[u8]) -> Option<String> {
    let (first, last) = (afters.first()?, afters.last()?);
    Some(tr_in(
        lang,
        "reading-tries",
        &[("count", Arg::from(afters.len())), ("first", Arg::from(*first)), ("last", Arg::from(*last))],
    ))
}

/// "Mastered when it is below 2 on the last 3 tries in a row."
#[must_use]
pub fn mastery_rule(streak: u8) -> String {
    mastery_rule_in(language(), streak)
}

/// [`mastery_rule`] in a given language.
#[must_use]
pub fn mastery_rule_in(lang: Lang, streak: u8) -> String {
    tr_in(lang, "reading-mastery-rule", &[("below", Arg::from(coach::MASTERY_BELOW)), ("streak", Arg::from(streak))])
}

/// "53 predictions: 43 % likely on average; it happened 16 % of the time (a gap of 27 points)."
#[must_use]
pub fn predictions(summary: &ExpectancySummary) -> String {
    predictions_in(language(), summary)
}

/// [`predictions`] in a given language.
#[must_use]
pub fn predictions_in(lang: Lang, summary: &ExpectancySummary) -> String {
    let gap = decimal_in(lang, summary.gap, 0);
    // The gap as shown, as a number, so "1 point" and "27 points" agree with the digits.
    let gap_count = gap.parse::<i64>().unwrap_or_default();
    tr_in(
        lang,
        "reading-predictions",
        &[
            ("count", Arg::from(summary.count)),
            ("predicted", Arg::from(decimal_in(lang, summary.mean_predicted, 0))),
            ("happened", Arg::from(decimal_in(lang, summary.happened_pct, 0))),
            ("gap", Arg::from(gap)),
            ("gap_count", Arg::from(gap_count)),
        ],
    )
}

/// What the weekly chart shows, in numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeeksRead {
    pub weeks: usize,
    /// Exposures on the ladder over those weeks.
    pub exposures: u32,
    pub goal: u8,
    pub pacer_sessions: u32,
    /// Weeks per bar, when weeks are grouped (1 otherwise).
    pub weeks_per_bar: usize,
    /// Practice times a week in the plan as it is now (0 without a plan).
    pub planned_now: usize,
}

/// "Last 12 weeks: 60 exposures on this ladder (goal 5 a week, all ladders together), 20
/// breathing sessions. The plan now: 3 practice times a week."
#[must_use]
pub fn weeks(read: &WeeksRead) -> String {
    weeks_in(language(), read)
}

/// [`weeks`] in a given language.
#[must_use]
pub fn weeks_in(lang: Lang, read: &WeeksRead) -> String {
    let mut sentences = vec![tr_in(
        lang,
        "reading-weeks",
        &[
            ("weeks", Arg::from(read.weeks)),
            ("exposures", Arg::from(read.exposures)),
            ("goal", Arg::from(read.goal)),
            ("sessions", Arg::from(read.pacer_sessions)),
        ],
    )];
    if read.weeks_per_bar > 1 {
        sentences.push(tr_in(lang, "reading-weeks-grouped", &[("weeks", Arg::from(read.weeks_per_bar))]));
    }
    if read.planned_now > 0 {
        sentences.push(tr_in(lang, "reading-weeks-plan", &[("count", Arg::from(read.planned_now))]));
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::italian as it;

    #[test]
    fn readings_count_in_words() {
        let en = Lang::english();
        assert_eq!(tries_in(en, &[]), None);
        assert_eq!(tries_in(en, &[4]).as_deref(), Some("1 try. After-rating 4 on the first, 4 on the latest."));
        assert_eq!(tries_in(en, &[7, 3, 1]).as_deref(), Some("3 tries. After-rating 7 on the first, 1 on the latest."));
        assert_eq!(mastery_rule_in(en, 3), "Mastered when it is below 2 on the last 3 tries in a row.");
        let s = ExpectancySummary { count: 53, mean_predicted: 43.2, happened_pct: 16.0, gap: 27.2 };
        assert_eq!(
            predictions_in(en, &s),
            "53 predictions: 43 % likely on average; it happened 16 % of the time (a gap of 27 points)."
        );
        let one = ExpectancySummary { count: 1, mean_predicted: 40.0, happened_pct: 0.0, gap: 0.6 };
        assert_eq!(
            predictions_in(en, &one),
            "1 prediction: 40 % likely on average; it happened 0 % of the time (a gap of 1 point)."
        );
        let read = WeeksRead { weeks: 12, exposures: 1, goal: 5, pacer_sessions: 2, weeks_per_bar: 1, planned_now: 3 };
        assert_eq!(
            weeks_in(en, &read),
            "Last 12 weeks: 1 exposure on this ladder (goal 5 a week, all ladders together), 2 breathing \
             sessions. The plan now: 3 practice times a week."
        );
        let grouped = WeeksRead { weeks: 1, weeks_per_bar: 4, planned_now: 0, ..read };
        assert!(weeks_in(en, &grouped).starts_with("Last 1 week: "));
        assert!(weeks_in(en, &grouped).ends_with("Each bar is 4 weeks, as an average per week."));
    }

    #[test]
    fn readings_in_italian() {
        let it = it();
        assert_eq!(tries_in(it, &[4]).as_deref(), Some("1 tentativo. Ansia dopo: 4 al primo, 4 all'ultimo."));
        assert_eq!(tries_in(it, &[7, 3, 1]).as_deref(), Some("3 tentativi. Ansia dopo: 7 al primo, 1 all'ultimo."));
        assert_eq!(
            mastery_rule_in(it, 3),
            "Superato quando l'ansia dopo resta sotto 2 negli ultimi 3 tentativi di fila."
        );
        let s = ExpectancySummary { count: 53, mean_predicted: 43.2, happened_pct: 16.0, gap: 27.2 };
        assert_eq!(
            predictions_in(it, &s),
            "53 previsioni: probabilità media 43 %; è successo 16 volte su 100 (uno scarto di 27 punti)."
        );
        let one = ExpectancySummary { count: 1, mean_predicted: 40.0, happened_pct: 50.0, gap: -10.0 };
        assert!(predictions_in(it, &one).starts_with("1 previsione: "));
        let read = WeeksRead { weeks: 12, exposures: 1, goal: 5, pacer_sessions: 2, weeks_per_bar: 1, planned_now: 3 };
        assert_eq!(
            weeks_in(it, &read),
            "Ultime 12 settimane: 1 esposizione su questa scala (obiettivo 5 a settimana, tutte le scale insieme), \
             2 sessioni di respiro. Il piano ora: 3 orari di esercizio a settimana."
        );
        let grouped = WeeksRead { weeks: 1, exposures: 7, pacer_sessions: 1, weeks_per_bar: 4, planned_now: 1, ..read };
        assert_eq!(
            weeks_in(it, &grouped),
            "Ultima settimana: 7 esposizioni su questa scala (obiettivo 5 a settimana, tutte le scale insieme), \
             1 sessione di respiro. Ogni barra riunisce 4 settimane e ne mostra la media settimanale. Il piano ora: \
             1 orario di esercizio a settimana."
        );
    }
}
