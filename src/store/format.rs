//! The file format: a versioned envelope around the library, written as pretty RON.
//!
//! ```ron
//! (
//!     version: 1,
//!     library: (
//!         ladders: [ ... ],
//!         ...
//!     ),
//! )
//! ```
//!
//! Decoding reads the version first. A newer version is refused; the current version is parsed
//! directly; an older one is handed to [`Schema::from_older`], which decodes it as the previous
//! schema and migrates it forward. Adding a version means: keep today's `Library` as a frozen
//! type (unless the new one only adds fields with defaults, as version 2 did), implement
//! `Schema` for the new type, and write the migration in its `from_older`. The tests below do
//! exactly that with a made-up version 5.
//!
//! Versions:
//! - 1: ladders, exposures, journal, breathing log, settings, the exposure under way.
//! - 2: what merging two computers' copies needs: when each field last changed
//!   (`changed` on ladders, steps, patterns and settings; `ladder_order`), Recently deleted
//!   (`deleted`), what was deleted for good (`tombstones`) and exposures that clashed
//!   (`clashes`). Every new field has a default, so a version 1 file reads as version 2 with
//!   nothing deleted and every change time at the epoch (older than any change made since).
//! - 3: practice the way exposure works: each exposure's `planned_drops` (safety behaviours
//!   planned to drop), `context` (where, with whom, what was different) and `during` (ratings
//!   tapped during the timer), the same on the exposure under way; the settings' `anchors`
//!   (the person's words for 0, 5 and 10), `safety_behaviours` (their own list), `day_starts_at`
//!   `high_baseline_dismissed` and `practice_times` (the plan: weekdays and a time, optionally a
//!   ladder), with change times; the library's `gate_blocks` (ratings at
//!   which the safety gate stopped a try). Again only fields with defaults; the
//!   migration also brings a weekly goal above the new limit of 21 down to 21 (no screen could
//!   set one before), and renames the four fixed safety-behaviour ticks of versions 1 and 2 to
//!   the names of the new list, so old and new exposures are counted together.
//! - 4: the settings' `plan_history`: how many practice times a week the plan held from when,
//!   so past weeks are shown against the plan they had. A version 3 plan is noted in it from
//!   when it last changed.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::Library;

use super::StoreError;

/// The format version this build writes.
pub const CURRENT_VERSION: u32 = 4;

/// Deeper nesting than this is refused while parsing (the real data nests about 6 deep).
const RECURSION_LIMIT: usize = 64;

/// A library schema of one format version.
pub trait Schema: Serialize + DeserializeOwned {
    const VERSION: u32;

    /// Decodes a file whose version is older than [`Self::VERSION`] and migrates it.
    fn from_older(version: u32, text: &str) -> Result<Self, DecodeError>;
}

impl Schema for Library {
    const VERSION: u32 = 4;

    fn from_older(version: u32, text: &str) -> Result<Self, DecodeError> {
        match version {
            // Versions 2, 3 and 4 only added fields with defaults (see the module docs).
            1 | 2 => parse::<Envelope<Self>>(text).map(|envelope| migrate_to_4(migrate_to_3(envelope.library))),
            3 => parse::<Envelope<Self>>(text).map(|envelope| migrate_to_4(envelope.library)),
            _ => Err(DecodeError::UnknownVersion(version)),
        }
    }
}

/// What version 4 adds beyond its new field: a plan made in version 3 is noted in the plan's
/// history from when it last changed (what it was before is not known).
fn migrate_to_4(mut library: Library) -> Library {
    let s = &mut library.settings;
    if s.plan_history.is_empty() && !s.practice_times.is_empty() {
        let at = s.changed.practice_times;
        crate::model::note_plan(&mut s.plan_history, &s.practice_times, at);
    }
    library
}

/// What version 3 changed beyond new fields: the weekly goal's limit, and the names of the old
/// fixed safety-behaviour ticks.
fn migrate_to_3(mut library: Library) -> Library {
    use crate::model::{OLD_SAFETY_TICKS, limits};
    let goal = &mut library.settings.weekly_goal;
    *goal = (*goal).clamp(*limits::WEEKLY_GOAL_RANGE.start(), *limits::WEEKLY_GOAL_RANGE.end());
    let rename = |name: &mut String| {
        if let Some((_, new)) = OLD_SAFETY_TICKS.iter().find(|(old, _)| old == name) {
            *name = (*new).to_owned();
        }
    };
    let renamed = |exposure: &crate::model::Exposure| {
        exposure.reflection.safety_behaviours.iter().any(|b| OLD_SAFETY_TICKS.iter().any(|(old, _)| old == b))
    };
    for list in [&mut library.exposures, &mut library.clashes] {
        if list.iter().any(renamed) {
            for exposure in std::sync::Arc::make_mut(list) {
                exposure.reflection.safety_behaviours.iter_mut().for_each(rename);
            }
        }
    }
    for deleted in &mut library.deleted {
        for exposure in &mut deleted.exposures {
            exposure.reflection.safety_behaviours.iter_mut().for_each(rename);
        }
    }
    library
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: u32,
    library: T,
}

#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// A decoding problem not yet tied to a path.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    Syntax {
        line: usize,
        column: usize,
        problem: String,
    },
    /// Nothing but blank space or zero bytes.
    Empty,
    /// The text does not even begin like a progress file (`(version: ...`).
    NotProgressFile,
    Newer(u32),
    UnknownVersion(u32),
}

impl DecodeError {
    #[must_use]
    pub fn at(self, path: &std::path::Path) -> StoreError {
        let path = path.to_owned();
        match self {
            Self::Syntax { line, column, problem } => StoreError::Syntax { path, line, column, problem },
            Self::Empty => StoreError::Empty { path },
            Self::NotProgressFile => StoreError::NotProgressFile { path },
            Self::Newer(found) => StoreError::NewerVersion { path, found, supported: CURRENT_VERSION },
            Self::UnknownVersion(found) => StoreError::UnknownVersion { path, found },
        }
    }
}

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    options().from_str(text).map_err(|e| DecodeError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        // The parser names the Rust types it expected; the outermost one means nothing to a
        // reader, so it is called what it is.
        problem: e.code.to_string().replace("`Envelope`", "the progress file"),
    })
}

/// Whether `text` begins like RON's unnamed struct, as a progress file does: a parenthesis after
/// blank space, RON comments (which nest) or `#![enable(..)]` attributes. Anything else (a note,
/// a spreadsheet, a list) is not a progress file at all.
fn looks_like_a_progress_file(text: &str) -> bool {
    skip_blank(text).starts_with('(')
}

/// `text` after leading blank space, comments and inner attributes.
fn skip_blank(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_start();
        text = if let Some(line) = trimmed.strip_prefix("//") {
            line.find('\n').map_or("", |end| &line[end..])
        } else if trimmed.starts_with("/*") {
            after_block_comment(trimmed)
        } else if let Some(attribute) = trimmed.strip_prefix("#![") {
            attribute.find(']').map_or("", |end| &attribute[end + 1..])
        } else {
            return trimmed;
        };
    }
}

/// The text after the block comment `text` starts with (RON's block comments nest); empty when
/// it never closes.
fn after_block_comment(text: &str) -> &str {
    let mut depth = 0_usize;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        if rest.starts_with("/*") {
            depth += 1;
            at += 2;
        } else if rest.starts_with("*/") {
            depth -= 1;
            at += 2;
            if depth == 0 {
                return &text[at..];
            }
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    ""
}

/// Decodes any supported version into schema `S`.
pub fn decode<S: Schema>(text: &str) -> Result<S, DecodeError> {
    decode_with_version::<S>(text).map(|(s, _)| s)
}

/// Decodes into schema `S` and also returns the version the text was written in.
///
/// The common case (a file of this version) is parsed once. The version is always checked
/// after parsing: a newer file is refused even when its shape happens to parse. Only when the
/// parse fails is the version read on its own, to tell a newer or older file (refused or
/// migrated) from a damaged one (reported with the first parse's position). When not even the
/// version reads, blank text (nothing but spaces or zero bytes, as a write cut short can leave)
/// is [`DecodeError::Empty`], text that does not begin like a progress file is
/// [`DecodeError::NotProgressFile`], and anything else is the first parse's syntax error.
pub fn decode_with_version<S: Schema>(text: &str) -> Result<(S, u32), DecodeError> {
    // A byte-order mark, as some Windows editors write, is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_try = parse::<Envelope<S>>(text);
    let version = match &first_try {
        Ok(envelope) => envelope.version,
        Err(_) => match parse::<VersionProbe>(text) {
            Ok(probe) => probe.version,
            Err(_) if text.trim_start_matches(|c: char| c.is_whitespace() || c == '\0').is_empty() => {
                return Err(DecodeError::Empty);
            }
            Err(_) if !looks_like_a_progress_file(text) => return Err(DecodeError::NotProgressFile),
            Err(_) => return first_try.map(|envelope| (envelope.library, envelope.version)),
        },
    };
    if version > S::VERSION {
        return Err(DecodeError::Newer(version));
    }
    if version == S::VERSION {
        return first_try.map(|envelope| (envelope.library, version));
    }
    S::from_older(version, text).map(|s| (s, version))
}

/// Decodes into today's [`Library`].
pub fn decode_current(text: &str) -> Result<(Library, u32), DecodeError> {
    decode_with_version::<Library>(text)
}

/// Encodes any schema with its version, as pretty RON with `\n` line endings.
pub fn encode_as<S: Schema>(library: &S) -> Result<String, StoreError> {
    let config =
        ron::ser::PrettyConfig::new().new_line("\n").indentor("    ").struct_names(false).separate_tuple_members(false);
    let envelope = Envelope { version: S::VERSION, library };
    let mut text =
        ron::Options::default().to_string_pretty(&envelope, config).map_err(|e| StoreError::Encode(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Encodes today's [`Library`].
pub fn encode(library: &Library) -> Result<String, StoreError> {
    encode_as(library)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Ladder, Rating, Timestamp};

    /// A made-up version 5: today's library plus a field it never had.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct LibraryV5 {
        base: Library,
        practice_reminder_hour: Option<u8>,
    }

    impl Schema for LibraryV5 {
        const VERSION: u32 = 5;
        fn from_older(version: u32, text: &str) -> Result<Self, DecodeError> {
            // Bring the previous version up to date first, then add what v5 adds.
            let base: Library = decode(text)?;
            assert!(version < 5);
            Ok(Self { base, practice_reminder_hour: None })
        }
    }

    fn sample() -> Library {
        let mut lib = Library::default();
        lib.ladders.push(Ladder::new(
            "Phone calls",
            "I fear sounding awkward on the phone",
            &[("Call a shop to ask the opening hours", Rating::saturating(2))],
            Timestamp::from_unix_secs(1_790_000_000),
        ));
        lib
    }

    #[test]
    fn encodes_an_envelope_without_struct_names_and_with_unix_newlines() {
        let text = encode(&sample()).unwrap();
        assert!(text.starts_with("(\n    version: 4,\n    library: (\n"), "{text}");
        assert!(!text.contains('\r'));
        assert!(!text.contains("Library"));
        assert!(!text.contains("Ladder("));
        assert!(text.contains("created: \"2026-09-21T14:13:20Z\""));
    }

    #[test]
    fn round_trips_the_current_version() {
        let lib = sample();
        let (back, version) = decode_current(&encode(&lib).unwrap()).unwrap();
        assert_eq!(back, lib);
        assert_eq!(version, 4);
    }

    #[test]
    fn a_v1_file_reads_as_v2_with_nothing_deleted_and_no_change_times() {
        let lib = sample();
        let v1_text = encode(&lib).unwrap().replace("version: 4,", "version: 1,");
        let (back, from) = decode_current(&v1_text).unwrap();
        assert_eq!(from, 1);
        assert_eq!(back, lib);
        // A v1 file never has the v2 fields; they default.
        let bare = "(version: 1, library: (ladders: [(id: 5, title: \"T\", fear: \"F\", steps: [(id: 6, situation: \"S\", estimate: 3)], created: \"2026-01-01T00:00:00Z\")]))";
        let (old, from) = decode_current(bare).unwrap();
        assert_eq!(from, 1);
        assert_eq!(old.ladders[0].changed, crate::model::LadderChanged::default());
        assert_eq!(old.ladders[0].steps[0].changed, crate::model::StepChanged::default());
        assert!(old.deleted.is_empty() && old.tombstones.is_empty() && old.clashes.is_empty());
    }

    #[test]
    fn an_older_file_migrates_to_a_newer_schema_through_each_version() {
        let lib = sample();
        for version in [1, 2, 3, 4] {
            let text = encode(&lib).unwrap().replace("version: 4,", &format!("version: {version},"));
            let (v5, from) = decode_with_version::<LibraryV5>(&text).unwrap();
            assert_eq!(from, version);
            assert_eq!(v5.base, lib);
            assert_eq!(v5.practice_reminder_hour, None);
        }
    }

    #[test]
    fn a_v2_file_gets_the_new_limits_and_the_new_safety_behaviour_names() {
        let mut lib = sample();
        lib.settings.weekly_goal = 40;
        let ladder = &lib.ladders[0];
        let mut old = crate::model::ExposureBuilder::on(ladder, 0).build();
        old.reflection.safety_behaviours = vec!["Avoided eye contact".into(), "My own".into()];
        lib.exposures_mut().push(old);
        let v2 = encode(&lib).unwrap().replace("version: 4,", "version: 2,");
        let (back, from) = decode_current(&v2).unwrap();
        assert_eq!(from, 2);
        assert_eq!(back.settings.weekly_goal, 21);
        assert_eq!(back.exposures[0].reflection.safety_behaviours, ["Avoiding eye contact", "My own"]);
        assert_eq!(crate::store::validate::validate(&back), Ok(()));
        // A file of this version is read as it is.
        assert_eq!(decode_current(&encode(&back).unwrap()).unwrap().0, back);
    }

    #[test]
    fn a_newer_file_is_refused_whole() {
        let v5 = LibraryV5 { base: sample(), practice_reminder_hour: Some(9) };
        let v5_text = encode_as(&v5).unwrap();
        assert!(v5_text.contains("version: 5"));
        assert_eq!(decode_current(&v5_text).unwrap_err(), DecodeError::Newer(5));
    }

    #[test]
    fn version_zero_is_unknown() {
        let err = decode_current("(version: 0, library: ())").unwrap_err();
        assert_eq!(err, DecodeError::UnknownVersion(0));
    }

    #[test]
    fn text_that_is_not_a_progress_file_is_named_so() {
        for text in ["hello", "Dear diary,\n(version: 1", "date,ladder\n2026-01-01,x", "[1, 2]"] {
            assert_eq!(decode_current(text).unwrap_err(), DecodeError::NotProgressFile, "{text:?}");
        }
        for text in ["", " \n\t", "\0\0\0\0", "\n\0\0 "] {
            assert_eq!(decode_current(text).unwrap_err(), DecodeError::Empty, "{text:?}");
        }
        // The version is read wherever it stands, so a newer or damaged file is still told apart
        // from one that is not a progress file.
        assert_eq!(decode_current("(library: (ladders: 5), version: 5)").unwrap_err(), DecodeError::Newer(5));
        let nested = "/* a /* b */ c */ (version: 5, library: (ladders: 5))";
        assert_eq!(decode_current(nested).unwrap_err(), DecodeError::Newer(5));
        let err = decode_current("(library: (ladders: [oops]), version: 1)").unwrap_err();
        assert!(matches!(err, DecodeError::Syntax { line: 1, .. }), "{err:?}");
        let err = decode_current("/* a /* b */ c */ (ladders: [oops])").unwrap_err();
        assert!(matches!(err, DecodeError::Syntax { line: 1, .. }), "{err:?}");
        assert_eq!(after_block_comment("/* a /* b */ c */ rest"), " rest");
        assert_eq!(after_block_comment("/* é */x"), "x");
        let err = decode_current("  (\n  version: 1,\n  library: oops)").unwrap_err();
        assert!(matches!(err, DecodeError::Syntax { line: 3, .. }), "{err:?}");
        // Comments and attributes before the version are RON; a damaged file with them is still
        // reported with its position.
        let commented =
            "// my notes\n#![enable(implicit_some)]\n/* a\nblock */ ( // here\n version: 1,\n library: oops)";
        let err = decode_current(commented).unwrap_err();
        assert!(matches!(err, DecodeError::Syntax { line: 6, .. }), "{err:?}");
        assert_eq!(decode_current("// only a comment").unwrap_err(), DecodeError::NotProgressFile);
        assert_eq!(decode_current("/* never closed /* */").unwrap_err(), DecodeError::NotProgressFile);
        // A byte-order mark before a good file is harmless.
        let good = encode(&Library::default()).unwrap();
        assert_eq!(decode_current(&format!("\u{feff}{good}")).unwrap().0, Library::default());
    }

    #[test]
    fn a_damaged_file_names_the_place_and_not_the_parser_types() {
        let text = "(version: 1, library: (ladders: [], exposures: [], journal: [], pacer_sessions: [], settings: (), in_progress: Maybe))";
        let DecodeError::Syntax { problem, .. } = decode_current(text).unwrap_err() else { panic!("a syntax error") };
        assert!(!problem.contains("Envelope") && !problem.contains("VersionProbe"), "{problem}");
        // A truncated file: the position of the end, from the full parse.
        let err = decode_current("(\n  version: 1,\n  library: (ladders: [").unwrap_err();
        assert!(matches!(err, DecodeError::Syntax { line: 3, .. }), "{err:?}");
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let err = decode_current("(\n  version: 1,\n  library: (ladders: [oops]),\n)").unwrap_err();
        match err {
            DecodeError::Syntax { line, .. } => assert_eq!(line, 3),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }
}
