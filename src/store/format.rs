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
//! schema and migrates it forward. Adding version 2 means: keep today's `Library` as a frozen
//! `LibraryV1` type, implement `Schema` for the new type with `VERSION = 2`, and write the
//! migration in its `from_older`. The tests below do exactly that with a made-up v2 field.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::Library;

use super::StoreError;

/// The format version this build writes.
pub const CURRENT_VERSION: u32 = 1;

/// Deeper nesting than this is refused while parsing (the real data nests about 6 deep).
const RECURSION_LIMIT: usize = 64;

/// A library schema of one format version.
pub trait Schema: Serialize + DeserializeOwned {
    const VERSION: u32;

    /// Decodes a file whose version is older than [`Self::VERSION`] and migrates it.
    fn from_older(version: u32, text: &str) -> Result<Self, DecodeError>;
}

impl Schema for Library {
    const VERSION: u32 = 1;

    fn from_older(version: u32, _text: &str) -> Result<Self, DecodeError> {
        Err(DecodeError::UnknownVersion(version))
    }
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

    /// A made-up version 2: the v1 library's fields plus one v1 never had.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct LibraryV2 {
        ladders: Vec<crate::model::Ladder>,
        #[serde(with = "crate::model::shared")]
        exposures: crate::model::Shared<crate::model::Exposure>,
        #[serde(with = "crate::model::shared")]
        journal: crate::model::Shared<crate::model::JournalEntry>,
        #[serde(with = "crate::model::shared")]
        pacer_sessions: crate::model::Shared<crate::model::PacerSession>,
        settings: crate::model::Settings,
        in_progress: Option<crate::model::ExposureDraft>,
        practice_reminder_hour: Option<u8>,
    }

    impl LibraryV2 {
        fn v1(&self) -> Library {
            Library {
                ladders: self.ladders.clone(),
                exposures: self.exposures.clone(),
                journal: self.journal.clone(),
                pacer_sessions: self.pacer_sessions.clone(),
                settings: self.settings.clone(),
                in_progress: self.in_progress.clone(),
            }
        }
    }

    impl Schema for LibraryV2 {
        const VERSION: u32 = 2;
        fn from_older(version: u32, text: &str) -> Result<Self, DecodeError> {
            // Bring the previous version up to date first, then add what v2 adds.
            let v1: Library = decode(text)?;
            assert_eq!(version, 1);
            Ok(Self {
                ladders: v1.ladders,
                exposures: v1.exposures,
                journal: v1.journal,
                pacer_sessions: v1.pacer_sessions,
                settings: v1.settings,
                in_progress: v1.in_progress,
                practice_reminder_hour: None,
            })
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
        assert!(text.starts_with("(\n    version: 1,\n    library: (\n"), "{text}");
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
        assert_eq!(version, 1);
    }

    #[test]
    fn a_v1_file_migrates_to_a_v2_schema() {
        let lib = sample();
        let v1_text = encode(&lib).unwrap();
        let (v2, from) = decode_with_version::<LibraryV2>(&v1_text).unwrap();
        assert_eq!(from, 1);
        assert_eq!(v2.v1(), lib);
        assert_eq!(v2.practice_reminder_hour, None);
    }

    #[test]
    fn a_newer_file_is_refused_whole() {
        let lib = sample();
        let v2 = LibraryV2 {
            ladders: lib.ladders,
            exposures: lib.exposures,
            journal: lib.journal,
            pacer_sessions: lib.pacer_sessions,
            settings: lib.settings,
            in_progress: lib.in_progress,
            practice_reminder_hour: Some(9),
        };
        let v2_text = encode_as(&v2).unwrap();
        assert!(v2_text.contains("version: 2"));
        assert_eq!(decode_current(&v2_text).unwrap_err(), DecodeError::Newer(2));
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
        assert_eq!(decode_current("(library: (ladders: 5), version: 2)").unwrap_err(), DecodeError::Newer(2));
        let nested = "/* a /* b */ c */ (version: 2, library: (ladders: 5))";
        assert_eq!(decode_current(nested).unwrap_err(), DecodeError::Newer(2));
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
