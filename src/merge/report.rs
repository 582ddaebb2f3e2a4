//! The words of an import: the report's summary, the description of each conflict, and the
//! names of the copies. Plain ASCII sentences for the person, dates in UTC (the merge knows no
//! time zone), names cut to fit.

use super::{Conflict, ConflictKind, Counts, MergeReport, NoFreeId, PATTERN_COPY_SUFFIX};
use crate::model::{
    BreathPattern, EntryId, Exposure, ExposureId, JournalEntry, Ladder, LadderId, PacerId, PacerSession, PatternId,
    Timestamp, limits,
};

impl MergeReport {
    /// Whether the merged library differs from the local one.
    #[must_use]
    pub fn changes_anything(&self) -> bool {
        let all = [self.ladders, self.exposures, self.journal, self.pacer_sessions, self.patterns];
        self.settings_taken || all.iter().any(|c| c.new > 0 || c.conflicting > 0)
    }

    /// One or two plain sentences: "2 ladders, 340 exposures new; 1,200 exposures already here;
    /// 1 conflict (both versions kept)." Breathing patterns already here (the presets, usually)
    /// are not mentioned.
    #[must_use]
    pub fn summary(&self) -> String {
        let kinds = [
            (self.ladders, "ladder", "ladders"),
            (self.exposures, "exposure", "exposures"),
            (self.journal, "journal entry", "journal entries"),
            (self.pacer_sessions, "breathing session", "breathing sessions"),
            (self.patterns, "breathing pattern", "breathing patterns"),
        ];
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
        let new = list(|c| c.new, true);
        if !new.is_empty() {
            clauses.push(format!("{new} new"));
        }
        let present = list(|c| c.present, false);
        if !present.is_empty() {
            clauses.push(format!("{present} already here"));
        }
        if !self.conflicts.is_empty() {
            clauses.push(format!("{} (both versions kept)", plural(self.conflicts.len(), "conflict", "conflicts")));
        }
        if self.settings_taken {
            clauses.push("settings taken from the file".to_owned());
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

/// A ladder added as a copy: beside `yours`, the local ladder of the same id, or, without one,
/// because its step ids belong to another ladder here.
pub(super) fn ladder_conflict(yours: Option<&Ladder>, imported: &Ladder, copy: &Ladder) -> Conflict {
    let (title, copy_title) = (ellipsis(&imported.title), ellipsis(&copy.title));
    let description = if let Some(yours) = yours {
        // Named as the person knows it here; the copy's name carries the file's title.
        let yours = ellipsis(&yours.title);
        format!(
            "Ladder \"{yours}\" differs between this library and the file: yours is kept, and the \
             imported version is added as \"{copy_title}\"."
        )
    } else {
        format!(
            "Ladder \"{title}\" in the file uses step ids that belong to another ladder here: it is \
             added as \"{copy_title}\" with new ids."
        )
    };
    Conflict { kind: ConflictKind::Ladder, description }
}

/// An exposure added as a copy; `situation` is its step's, from the file.
pub(super) fn exposure_conflict(exposure: &Exposure, situation: Option<&str>) -> Conflict {
    let what = format!("The exposure of {} on \"{}\"", date(exposure.started), ellipsis(situation.unwrap_or("a step")));
    conflict(ConflictKind::Exposure, &what)
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

/// A breathing pattern added as a copy beside `yours`, the local pattern of the same id.
pub(super) fn pattern_conflict(yours: Option<&BreathPattern>, imported: &BreathPattern) -> Conflict {
    // Named as the person knows it here; the copy's name carries the file's name.
    let name = ellipsis(&yours.unwrap_or(imported).name);
    let copy = ellipsis(&suffixed(&imported.name, PATTERN_COPY_SUFFIX));
    let description = format!(
        "Breathing pattern \"{name}\" differs between this library and the file: yours is kept, and the \
         imported version is added as \"{copy}\"."
    );
    Conflict { kind: ConflictKind::Pattern, description }
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
            "{what} differs between this library and the file: yours is kept, and the imported version is added \
             beside it."
        ),
    }
}

/// `name` + `suffix`, the name cut (by characters) so the whole fits a short text.
pub(super) fn suffixed(name: &str, suffix: &str) -> String {
    let room = limits::SHORT_TEXT_CHARS.saturating_sub(suffix.chars().count());
    let mut text: String = name.chars().take(room).collect();
    text.push_str(suffix);
    text
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
    use crate::merge::LADDER_COPY_SUFFIX;
    use crate::merge::fixtures::{base, conflicting_pair, merge_checked};
    use crate::model::{ExposureId, LadderId, PatternId, Rating, StepId};

    #[test]
    fn conflicts_of_every_kind_keep_both_versions() {
        let (local, imported) = conflicting_pair();
        let m = merge_checked(&local, &imported);
        let (lib, r) = (&m.library, &m.report);
        let one = Counts { new: 0, present: 1, conflicting: 1 };
        assert_eq!(r.ladders, one);
        assert_eq!(r.exposures, Counts { new: 0, present: 2, conflicting: 1 });
        assert_eq!(r.journal, one);
        assert_eq!(r.pacer_sessions, one);
        assert_eq!(r.patterns, Counts { new: 0, present: 3, conflicting: 1 });
        let kinds: Vec<ConflictKind> = r.conflicts.iter().map(|c| c.kind).collect();
        let expected = [
            ConflictKind::Ladder,
            ConflictKind::Exposure,
            ConflictKind::JournalEntry,
            ConflictKind::PacerSession,
            ConflictKind::Pattern,
        ];
        assert_eq!(kinds, expected);

        // The local versions stay first and unchanged (checked in merge_checked); the copies follow.
        let copy = &lib.ladders[2];
        assert_eq!(copy.title, "Speaking up (imported copy)");
        assert_ne!(copy.id, LadderId(100));
        assert_eq!(copy.steps[1].estimate, Rating::saturating(5));
        assert!(copy.steps.iter().all(|s| local.ladders.iter().all(|l| l.step(s.id).is_none())));
        let exposure_copy = &lib.exposures[3];
        assert_eq!(exposure_copy.after, Rating::saturating(4));
        assert_ne!(exposure_copy.id, ExposureId(1002));
        // Its step is in the local ladder too, so it stays there.
        assert_eq!((exposure_copy.ladder, exposure_copy.step), (LadderId(100), StepId(102)));
        assert_eq!(lib.journal[2].text, "Good.");
        assert_eq!(lib.pacer_sessions[2].duration_secs, 150);
        let pattern_copy = &lib.settings.breathing_patterns[4];
        assert_eq!(pattern_copy.name, "Mine, slower (imported)");
        assert_ne!(pattern_copy.id, PatternId(51));

        assert_eq!(
            r.conflicts[0].description,
            "Ladder \"Speaking up at work\" differs between this library and the file: yours is kept, and the \
             imported version is added as \"Speaking up (imported copy)\"."
        );
        assert_eq!(
            r.conflicts[1].description,
            "The exposure of 2026-09-22 on \"Ask a question in a meeting\" differs between this library and the \
             file: yours is kept, and the imported version is added beside it."
        );
        assert!(r.conflicts[2].description.starts_with("The journal entry of 2026-09-21 differs"));
        assert!(r.conflicts[3].description.starts_with("The breathing session of 2026-09-21 (Box 4-4-4-4) differs"));
        assert_eq!(
            r.conflicts[4].description,
            "Breathing pattern \"Mine\" differs between this library and the file: yours is kept, and the imported \
             version is added as \"Mine, slower (imported)\"."
        );
        assert_eq!(
            r.summary(),
            "1 ladder, 2 exposures, 1 journal entry, 1 breathing session already here; 5 conflicts (both versions kept)."
        );

        // The other direction works the same way.
        let reverse = merge_checked(&imported, &local);
        assert_eq!(reverse.report.conflicts.len(), 5);
        assert_eq!(reverse.library.ladders[2].title, "Speaking up at work (imported copy)");
    }

    #[test]
    fn long_names_are_cut_to_fit_the_copy_suffix() {
        let mut local = base();
        let mut imported = base();
        local.ladders[0].title = "é".repeat(limits::SHORT_TEXT_CHARS);
        imported.ladders[0].title = "ü".repeat(limits::SHORT_TEXT_CHARS);
        local.settings.breathing_patterns[3].name = "a".repeat(limits::SHORT_TEXT_CHARS);
        imported.settings.breathing_patterns[3].name = "b".repeat(limits::SHORT_TEXT_CHARS);
        let m = merge_checked(&local, &imported);
        let title = &m.library.ladders[2].title;
        assert_eq!(title.chars().count(), limits::SHORT_TEXT_CHARS);
        assert!(title.starts_with("üü") && title.ends_with(LADDER_COPY_SUFFIX));
        let name = &m.library.settings.breathing_patterns[4].name;
        assert_eq!(name.chars().count(), limits::SHORT_TEXT_CHARS);
        assert!(name.ends_with(PATTERN_COPY_SUFFIX));
    }

    #[test]
    fn summary_reads_plainly() {
        let report = MergeReport {
            ladders: Counts { new: 2, present: 0, conflicting: 0 },
            exposures: Counts { new: 340, present: 1_200, conflicting: 1 },
            conflicts: vec![Conflict { kind: ConflictKind::Exposure, description: String::new() }],
            ..MergeReport::default()
        };
        assert_eq!(
            report.summary(),
            "2 ladders, 340 exposures new; 1,200 exposures already here; 1 conflict (both versions kept)."
        );
        let report = MergeReport { draft_ignored: true, ..MergeReport::default() };
        assert!(!report.changes_anything());
        assert_eq!(
            report.summary(),
            "Nothing to import: the file holds no data. The exposure under way in the file was not imported."
        );
        let report = MergeReport { settings_taken: true, ..MergeReport::default() };
        assert!(report.changes_anything());
        assert_eq!(report.summary(), "Settings taken from the file.");
        assert_eq!(plural(1_234_567, "entry", "entries"), "1,234,567 entries");
        assert_eq!(plural(999, "entry", "entries"), "999 entries");
        assert_eq!(plural(1, "entry", "entries"), "1 entry");
        assert!(report.summary().is_ascii());
    }
}
