//! The words of an import: the report's summary, the description of each conflict, and the
//! names of the copies. Plain sentences for the person (`merge-` messages, in the language in
//! use), dates in UTC as 2026-12-03 (the merge knows no time zone), names cut to fit.

use super::{Conflict, ConflictKind, Counts, MergeReport, NoFreeId};
use crate::i18n::{Arg, Lang, tr_in};
use crate::model::{
    EntryId, Exposure, ExposureId, JournalEntry, LadderId, PacerId, PacerSession, PatternId, Timestamp,
};

impl MergeReport {
    /// Whether the merged library differs from the local one.
    #[must_use]
    pub fn changes_anything(&self) -> bool {
        let all = [self.ladders, self.exposures, self.journal, self.pacer_sessions, self.patterns];
        self.settings_taken || all.iter().any(|c| c.new + c.updated + c.removed + c.conflicting > 0)
    }

    /// The kinds and how many of each were added: "1 ladder, 3 exposures", or `None` when
    /// nothing was added.
    #[must_use]
    pub fn added(&self) -> Option<String> {
        let lang = crate::i18n::language();
        let parts: Vec<String> =
            self.kinds().iter().filter(|(c, _)| c.new > 0).map(|(c, noun)| plural(lang, c.new, noun)).collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// Each kind's counts, with the message that names how many there are ("3 exposures").
    fn kinds(&self) -> [(Counts, &'static str); 5] {
        [
            (self.ladders, "merge-count-ladders"),
            (self.exposures, "merge-count-exposures"),
            (self.journal, "merge-count-journal"),
            (self.pacer_sessions, "merge-count-sessions"),
            (self.patterns, "merge-count-patterns"),
        ]
    }

    /// One or two plain sentences: "2 ladders, 340 exposures new; 1 ladder changed; 1,200
    /// exposures already here; 1 conflict (both versions kept)." Breathing patterns already here
    /// (the presets, usually) are not mentioned.
    #[must_use]
    pub fn summary(&self) -> String {
        self.summary_in(crate::i18n::language())
    }

    /// [`MergeReport::summary`] in a given language.
    #[must_use]
    pub fn summary_in(&self, lang: Lang) -> String {
        let kinds = self.kinds();
        let list = |pick: fn(&Counts) -> usize, with_patterns: bool| {
            let parts: Vec<String> = kinds
                .iter()
                .take(if with_patterns { kinds.len() } else { kinds.len() - 1 })
                .filter(|(c, _)| pick(c) > 0)
                .map(|(c, noun)| plural(lang, pick(c), noun))
                .collect();
            parts.join(", ")
        };
        let mut clauses = Vec::new();
        for (pick, with_patterns, message) in [
            ((|c: &Counts| c.new) as fn(&Counts) -> usize, true, "merge-summary-new"),
            (|c: &Counts| c.updated, true, "merge-summary-changed"),
            (|c: &Counts| c.removed, true, "merge-summary-deleted"),
            (|c: &Counts| c.present, false, "merge-summary-already-here"),
        ] {
            let text = list(pick, with_patterns);
            if !text.is_empty() {
                clauses.push(tr_in(lang, message, &[("list", Arg::from(text))]));
            }
        }
        if !self.conflicts.is_empty() {
            let n = self.conflicts.len();
            clauses.push(tr_in(
                lang,
                "merge-summary-conflicts",
                &[("count", Arg::from(n)), ("n", Arg::from(grouped(lang, n)))],
            ));
        }
        if self.settings_taken {
            clauses.push(tr_in(lang, "merge-summary-settings", &[]));
        }
        let mut text = if clauses.is_empty() {
            tr_in(lang, "merge-summary-empty", &[])
        } else if self.changes_anything() {
            format!("{}.", clauses.join("; "))
        } else {
            tr_in(lang, "merge-summary-nothing-new", &[("clauses", Arg::from(clauses.join("; ")))])
        };
        if self.draft_ignored {
            text.push(' ');
            text.push_str(&tr_in(lang, "merge-summary-draft-ignored", &[]));
        }
        let mut chars = text.chars();
        chars.next().map_or(String::new(), |first| first.to_uppercase().collect::<String>() + chars.as_str())
    }
}

/// Two different exposures under one id; `situation` is its step's.
pub(super) fn exposure_conflict(exposure: &Exposure, situation: Option<&str>) -> Conflict {
    let step = situation.map_or_else(|| crate::t!("merge-conflict-a-step"), ellipsis);
    Conflict {
        kind: ConflictKind::Exposure,
        description: crate::t!("merge-conflict-exposure", date = date(exposure.started), step = step),
    }
}

/// A journal entry added as a copy.
pub(super) fn entry_conflict(entry: &JournalEntry) -> Conflict {
    Conflict {
        kind: ConflictKind::JournalEntry,
        description: crate::t!("merge-conflict-journal-entry", date = date(entry.written)),
    }
}

/// A breathing session added as a copy.
pub(super) fn session_conflict(session: &PacerSession) -> Conflict {
    Conflict {
        kind: ConflictKind::PacerSession,
        description: crate::t!(
            "merge-conflict-session",
            date = date(session.started),
            pattern = ellipsis(&session.pattern_name)
        ),
    }
}

/// "no free id was left for a copy of the file's breathing session pacer-bb9 after 64 tries, and
/// an import never leaves an item out": a phrase that completes "Could not import FILE: ".
impl std::fmt::Display for NoFreeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The kind is a selector in the message ("ladder", "exposure", ...), so each language
        // words it with its own article.
        let (kind, id) = match self.kind {
            ConflictKind::Ladder => ("ladder", LadderId(self.id).to_string()),
            ConflictKind::Exposure => ("exposure", ExposureId(self.id).to_string()),
            ConflictKind::JournalEntry => ("journal", EntryId(self.id).to_string()),
            ConflictKind::PacerSession => ("session", PacerId(self.id).to_string()),
            ConflictKind::Pattern => ("pattern", PatternId(self.id).to_string()),
        };
        f.write_str(&crate::t!("merge-no-free-id", kind = kind, id = id, tries = self.tries))
    }
}

/// The UTC date (the merge knows no time zone).
fn date(at: Timestamp) -> String {
    at.utc().format("%Y-%m-%d").to_string()
}

/// Names quoted in conflict descriptions show up to 60 characters.
fn ellipsis(text: &str) -> String {
    crate::model::ellipsis(text, 60)
}

/// "1 ladder", "1,200 exposures": `noun`, a message with `$count` (a number, for its plural
/// forms) and `$n` (the same, with its thousands grouped).
fn plural(lang: Lang, n: usize, noun: &str) -> String {
    tr_in(lang, noun, &[("count", Arg::from(n)), ("n", Arg::from(grouped(lang, n)))])
}

/// `n` with its thousands grouped by the language's separator: "1,200" / "1.200".
fn grouped(lang: Lang, n: usize) -> String {
    let separator = tr_in(lang, "merge-digit-group-separator", &[]);
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(&separator);
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ladders new and changed, exposures new, already here and in conflict.
    fn some_of_everything() -> MergeReport {
        MergeReport {
            ladders: Counts { new: 2, updated: 1, ..Counts::default() },
            exposures: Counts { new: 340, present: 1_200, conflicting: 1, ..Counts::default() },
            conflicts: vec![Conflict { kind: ConflictKind::Exposure, description: String::new() }],
            ..MergeReport::default()
        }
    }

    #[test]
    fn summary_reads_plainly() {
        let report = some_of_everything();
        assert_eq!(
            report.summary(),
            "2 ladders, 340 exposures new; 1 ladder changed; 1,200 exposures already here; 1 conflict (both versions kept)."
        );
        assert_eq!(report.added().as_deref(), Some("2 ladders, 340 exposures"));
        let report = MergeReport { draft_ignored: true, ..MergeReport::default() };
        assert!(!report.changes_anything());
        assert_eq!(report.added(), None);
        assert_eq!(
            report.summary(),
            "Nothing to import: the file holds no data. The exposure under way in the file was not imported."
        );
        let report = MergeReport { settings_taken: true, ..MergeReport::default() };
        assert!(report.changes_anything());
        assert_eq!(report.summary(), "Newer settings taken from the file.");
        let en = Lang::english();
        assert_eq!(plural(en, 1_234_567, "merge-count-journal"), "1,234,567 journal entries");
        assert_eq!(plural(en, 999, "merge-count-journal"), "999 journal entries");
        assert_eq!(plural(en, 1, "merge-count-journal"), "1 journal entry");
        assert!(report.summary().is_ascii());
    }

    #[test]
    fn summary_reads_plainly_in_italian() {
        let it = Lang::from_tag("it").unwrap();
        let report = some_of_everything();
        assert_eq!(
            report.summary_in(it),
            "Novità: 2 scale, 340 esposizioni; modifiche a 1 scala; già presenti: 1.200 esposizioni; 1 conflitto (tenute entrambe le versioni)."
        );
        let report = MergeReport { draft_ignored: true, ..MergeReport::default() };
        assert_eq!(
            report.summary_in(it),
            "Niente da importare: il file non contiene dati. L'esposizione in corso nel file non è stata importata."
        );
        let report = MergeReport { patterns: Counts { present: 3, ..Counts::default() }, ..MergeReport::default() };
        assert_eq!(
            report.summary_in(it),
            "Niente da importare: il file non contiene dati.",
            "presets already here are not named"
        );
        let report =
            MergeReport { journal: Counts { removed: 1, present: 2, ..Counts::default() }, ..MergeReport::default() };
        assert_eq!(report.summary_in(it), "Eliminazioni: 1 nota del diario; già presenti: 2 note del diario.");
        assert_eq!(plural(it, 1_234_567, "merge-count-patterns"), "1.234.567 ritmi di respiro");
        assert_eq!(plural(it, 1, "merge-count-patterns"), "1 ritmo di respiro");
    }

    #[test]
    fn a_stopped_merge_names_what_it_could_not_copy() {
        let stopped = NoFreeId { kind: ConflictKind::JournalEntry, id: 31, tries: 64 };
        let text = stopped.to_string();
        assert!(text.starts_with("no free id was left for a copy of the file's journal entry "), "{text}");
        assert!(text.ends_with(" after 64 tries, and an import never leaves an item out"), "{text}");
        let it = Lang::from_tag("it").unwrap();
        let args = [("kind", Arg::from("pattern")), ("id", Arg::from("pattern-1f")), ("tries", Arg::from(64_u64))];
        assert_eq!(
            tr_in(it, "merge-no-free-id", &args),
            "non è rimasto nessun id libero per una copia del ritmo di respiro pattern-1f del file dopo 64 tentativi, e un'importazione non lascia mai fuori nulla"
        );
    }
}
