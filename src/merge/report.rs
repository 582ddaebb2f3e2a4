//! The words of an import: the report's summary, the description of each conflict, and the
//! names of the copies. Plain ASCII sentences for the person, dates in UTC (the merge knows no
//! time zone), names cut to fit.

use super::{Conflict, ConflictKind, Counts, MergeReport, NoFreeId};
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
        let parts: Vec<String> =
            self.kinds().iter().filter(|(c, _, _)| c.new > 0).map(|(c, one, many)| plural(c.new, one, many)).collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    fn kinds(&self) -> [(Counts, &'static str, &'static str); 5] {
        [
            (self.ladders, "ladder", "ladders"),
            (self.exposures, "exposure", "exposures"),
            (self.journal, "journal entry", "journal entries"),
            (self.pacer_sessions, "breathing session", "breathing sessions"),
            (self.patterns, "breathing pattern", "breathing patterns"),
        ]
    }

    /// One or two plain sentences: "2 ladders, 340 exposures new; 1 ladder changed; 1,200
    /// exposures already here; 1 conflict (both versions kept)." Breathing patterns already here
    /// (the presets, usually) are not mentioned.
    #[must_use]
    pub fn summary(&self) -> String {
        let kinds = self.kinds();
        let list = |pick: fn(&Counts) -> usize, with_patterns: bool| {
            let parts: Vec<String> = kinds
                .iter()
                .take(if with_patterns { kinds.len() } else { kinds.len() - 1 })
                .filter(|(c, _, _)| pick(c) > 0)
                .map(|(c, one, many)| plural(pick(c), one, many))
                .collect();
            parts.join(", ")
        };
        let mut clauses = Vec::new();
        for (pick, with_patterns, words) in [
            ((|c: &Counts| c.new) as fn(&Counts) -> usize, true, "new"),
            (|c: &Counts| c.updated, true, "changed"),
            (|c: &Counts| c.removed, true, "deleted"),
            (|c: &Counts| c.present, false, "already here"),
        ] {
            let text = list(pick, with_patterns);
            if !text.is_empty() {
                clauses.push(format!("{text} {words}"));
            }
        }
        if !self.conflicts.is_empty() {
            clauses.push(format!("{} (both versions kept)", plural(self.conflicts.len(), "conflict", "conflicts")));
        }
        if self.settings_taken {
            clauses.push("newer settings taken from the file".to_owned());
        }
        let mut text = if clauses.is_empty() {
            "Nothing to import: the file holds no data.".to_owned()
        } else if self.changes_anything() {
            format!("{}.", clauses.join("; "))
        } else {
            format!("Nothing new; {}.", clauses.join("; "))
        };
        if self.draft_ignored {
            text.push_str(" The exposure under way in the file was not imported.");
        }
        let mut chars = text.chars();
        chars.next().map_or(String::new(), |first| first.to_ascii_uppercase().to_string() + chars.as_str())
    }
}

/// Two different exposures under one id; `situation` is its step's.
pub(super) fn exposure_conflict(exposure: &Exposure, situation: Option<&str>) -> Conflict {
    let what = format!("the exposure of {} on \"{}\"", date(exposure.started), ellipsis(situation.unwrap_or("a step")));
    Conflict {
        kind: ConflictKind::Exposure,
        description: format!(
            "Two different records of {what} carry the same id (only a damaged or hand-edited file does that): \
             both are kept, and only one is counted in your progress."
        ),
    }
}

/// A journal entry added as a copy.
pub(super) fn entry_conflict(entry: &JournalEntry) -> Conflict {
    conflict(ConflictKind::JournalEntry, &format!("The journal entry of {}", date(entry.written)))
}

/// A breathing session added as a copy.
pub(super) fn session_conflict(session: &PacerSession) -> Conflict {
    let what = format!("The breathing session of {} ({})", date(session.started), ellipsis(&session.pattern_name));
    conflict(ConflictKind::PacerSession, &what)
}

/// "no free id was left for a copy of the file's breathing session pacer-bb9 after 64 tries, and
/// an import never leaves an item out": a phrase that completes "Could not import FILE: ".
impl std::fmt::Display for NoFreeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (what, id) = match self.kind {
            ConflictKind::Ladder => ("ladder", LadderId(self.id).to_string()),
            ConflictKind::Exposure => ("exposure", ExposureId(self.id).to_string()),
            ConflictKind::JournalEntry => ("journal entry", EntryId(self.id).to_string()),
            ConflictKind::PacerSession => ("breathing session", PacerId(self.id).to_string()),
            ConflictKind::Pattern => ("breathing pattern", PatternId(self.id).to_string()),
        };
        write!(
            f,
            "no free id was left for a copy of the file's {what} {id} after {} tries, and an import never leaves \
             an item out",
            self.tries
        )
    }
}

fn conflict(kind: ConflictKind, what: &str) -> Conflict {
    Conflict {
        kind,
        description: format!(
            "{what} differs between this library and the file under the same id: both versions are kept."
        ),
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

/// "1 ladder", "1,200 exposures".
fn plural(n: usize, one: &str, many: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_reads_plainly() {
        let report = MergeReport {
            ladders: Counts { new: 2, updated: 1, ..Counts::default() },
            exposures: Counts { new: 340, present: 1_200, conflicting: 1, ..Counts::default() },
            conflicts: vec![Conflict { kind: ConflictKind::Exposure, description: String::new() }],
            ..MergeReport::default()
        };
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
        assert_eq!(plural(1_234_567, "entry", "entries"), "1,234,567 entries");
        assert_eq!(plural(999, "entry", "entries"), "999 entries");
        assert_eq!(plural(1, "entry", "entries"), "1 entry");
        assert!(report.summary().is_ascii());
    }
}
