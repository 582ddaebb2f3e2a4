//! Built-in ladders, written in the app's own words from the seed articles' examples, in each
//! language: `assets/i18n/<lang>/templates/*.ron`, embedded by `build.rs`. Each language writes
//! them its own way (not word for word); a template a language lacks comes from English. They
//! seed a first run (the starter library, in the language in use) and the template gallery;
//! starting from a template copies it with fresh ids (the gallery hands the copy to
//! [`crate::model::edit::LadderEdit::CreateFromTemplate`]). Switching language never touches
//! ladders already in the library.
//!
//! The files are parsed once per language, on first use. This module depends on the model, never
//! the other way round. A file that fails to parse fails the unit tests; should one ever reach a
//! build it is named on the terminal and left out of the gallery.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::model::{Ladder, Library, Rating, Timestamp};

/// The templates' keys (their file names), in gallery order.
pub const KEYS: [&str; 8] = [
    "public_speaking",
    "talking_to_strangers",
    "networking_events",
    "phone_calls",
    "email_and_messaging",
    "work_performance",
    "speaking_up_in_meetings",
    "online_practice",
];

/// The templates a first run starts with.
pub const STARTER_KEYS: [&str; 4] = ["public_speaking", "talking_to_strangers", "networking_events", "phone_calls"];

#[derive(Deserialize)]
struct TemplateFile {
    title: String,
    fear: String,
    steps: Vec<(String, u8)>,
}

/// A ladder template: a title, a fear sentence and rated steps in increasing order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub key: &'static str,
    pub title: String,
    pub fear: String,
    pub steps: Vec<(String, Rating)>,
}

impl Template {
    /// A new ladder copied from this template, with fresh ids.
    #[must_use]
    pub fn instantiate(&self, created: Timestamp) -> Ladder {
        let steps: Vec<(&str, Rating)> = self.steps.iter().map(|(s, r)| (s.as_str(), *r)).collect();
        Ladder::new(&self.title, &self.fear, &steps, created)
    }
}

fn parse(key: &'static str, source: &str) -> Result<Template, String> {
    let file: TemplateFile = ron::from_str(source).map_err(|e| format!("template {key}: {e}"))?;
    let steps = file
        .steps
        .into_iter()
        .map(|(text, estimate)| Rating::new(estimate).map(|r| (text, r)))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("template {key}: {e}"))?;
    Ok(Template { key, title: file.title, fear: file.fear, steps })
}

/// The source of template `key` in `lang`, or in English when `lang` has none.
fn source(lang: Lang, key: &str) -> Option<&'static str> {
    let find = |l: Lang| l.template_sources().iter().find(|(k, _)| *k == key).map(|(_, s)| *s);
    find(lang).or_else(|| find(Lang::english()))
}

/// The templates of `lang`, in gallery order, parsed on first use only.
#[must_use]
pub fn all_in(lang: Lang) -> &'static [Template] {
    static PARSED: OnceLock<Vec<OnceLock<Vec<Template>>>> = OnceLock::new();
    let cells = PARSED.get_or_init(|| Lang::all().map(|_| OnceLock::new()).collect());
    let index = Lang::all().position(|l| l == lang).unwrap_or_default();
    cells[index].get_or_init(|| {
        KEYS.iter()
            .filter_map(|key| source(lang, key).map(|s| (*key, s)))
            .filter_map(|(key, source)| match parse(key, source) {
                Ok(template) => Some(template),
                Err(e) => {
                    // Only a broken build gets here: `every_template_parses` fails first.
                    eprintln!("stepwise: the built-in {e} ({}); it is left out of the gallery", lang.tag());
                    None
                }
            })
            .collect()
    })
}

/// All built-in templates in the language in use, in gallery order (parsed once; the tests
/// check that every file is here).
#[must_use]
pub fn all() -> &'static [Template] {
    all_in(crate::i18n::language())
}

/// The built-in template called `key`, if there is one.
#[must_use]
pub fn get(key: &str) -> Option<&'static Template> {
    all().iter().find(|t| t.key == key)
}

/// The library of a first run in the language in use, with the given creation time.
#[must_use]
pub fn starter_library_at(created: Timestamp) -> Library {
    starter_library_in(crate::i18n::language(), created)
}

/// The library of a first run in `lang`.
#[must_use]
pub fn starter_library_in(lang: Lang, created: Timestamp) -> Library {
    let ladders = STARTER_KEYS
        .iter()
        .filter_map(|key| all_in(lang).iter().find(|t| t.key == *key))
        .map(|t| t.instantiate(created))
        .collect();
    let mut library = Library { ladders, ..Library::default() };
    // The built-in breathing patterns are named in it (their ids keep them recognisable).
    for pattern in &mut library.settings.breathing_patterns {
        pattern.name = crate::i18n::tr_in(lang, &format!("breathe-preset-{}", pattern.id.0), &[]);
    }
    // The list of safety behaviours to tick starts in the language of the ladders too.
    library.settings.safety_behaviours = (1..=crate::model::DEFAULT_SAFETY_BEHAVIOURS.len())
        .map(|n| crate::i18n::tr_in(lang, &format!("ladders-safety-default-{n}"), &[]))
        .collect();
    library
}

/// The starter library: public speaking, talking to strangers, networking events and phone
/// calls. Creation times are the Unix epoch; the app uses [`starter_library_at`] with its clock.
#[must_use]
pub fn starter_library() -> Library {
    starter_library_at(Timestamp::EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::italian as it;

    #[test]
    fn every_template_parses() {
        for lang in Lang::all() {
            for (key, source) in lang.template_sources() {
                assert!(KEYS.contains(key), "{}: {key} is not in KEYS", lang.tag());
                if let Err(e) = parse(key, source) {
                    panic!("{}: {e}", lang.tag());
                }
            }
            // None is left out: the gallery holds every key, in order.
            let keys: Vec<&str> = all_in(lang).iter().map(|t| t.key).collect();
            assert_eq!(keys, KEYS);
        }
        assert!(std::ptr::eq(all(), all()), "parsed once");
    }

    #[test]
    fn italian_has_its_own_templates_with_the_same_shape() {
        assert_eq!(it().template_sources().len(), KEYS.len(), "every template is written in Italian");
        for (en, it) in all_in(Lang::english()).iter().zip(all_in(it())) {
            assert_eq!(en.key, it.key);
            assert_ne!(en.title, it.title, "{} is translated", en.key);
            assert!((8..=12).contains(&it.steps.len()), "{} has {} steps", it.key, it.steps.len());
        }
        let starter = starter_library_in(it(), Timestamp::EPOCH);
        assert_eq!(starter.ladders[0].title, all_in(it())[0].title);
        let english = starter_library_in(Lang::english(), Timestamp::EPOCH);
        assert_eq!(english.settings.safety_behaviours, crate::model::Settings::default().safety_behaviours);
        assert_eq!(starter.settings.safety_behaviours.len(), english.settings.safety_behaviours.len());
        assert_ne!(starter.settings.safety_behaviours, english.settings.safety_behaviours);
        // The breathing presets keep their English names in English and are named in Italian.
        assert_eq!(english.settings.breathing_patterns, crate::model::default_breath_patterns());
        assert_eq!(starter.settings.breathing_patterns[0].name, "Quadrato 4-4-4-4");
    }

    #[test]
    fn a_broken_file_is_an_error_that_names_it() {
        let err = parse("broken", "(title: \"x\", fear: \"y\", steps: [(\"a\", 11)])").unwrap_err();
        assert!(err.starts_with("template broken:"), "{err}");
        assert!(parse("broken", "(title: ").unwrap_err().starts_with("template broken:"));
    }

    #[test]
    fn templates_are_found_by_key() {
        assert_eq!(get("phone_calls").map(|t| t.key), Some("phone_calls"));
        assert_eq!(get("nope"), None);
        for key in STARTER_KEYS {
            assert!(get(key).is_some(), "{key}");
        }
    }

    #[test]
    fn instantiated_templates_are_well_shaped_ladders_with_fresh_ids() {
        for t in all() {
            let ladder = t.instantiate(Timestamp::EPOCH);
            assert!(crate::model::edit::ladder_warnings(&ladder).is_empty(), "{}", t.key);
            assert_ne!(ladder.id, t.instantiate(Timestamp::EPOCH).id);
        }
    }

    #[test]
    fn templates_are_well_formed_ladders() {
        for t in Lang::all().flat_map(all_in) {
            assert!((8..=12).contains(&t.steps.len()), "{} has {} steps", t.key, t.steps.len());
            assert!(t.steps.windows(2).all(|w| w[0].1 <= w[1].1), "{} estimates must not decrease", t.key);
            assert!(!t.title.is_empty() && !t.fear.is_empty(), "{}", t.key);
            for (text, _) in &t.steps {
                assert!(text.len() >= 20, "{}: step too short to be concrete: {text:?}", t.key);
            }
        }
    }

    #[test]
    fn public_speaking_has_nine_steps_rated_one_to_nine() {
        let t = get("public_speaking").unwrap();
        let estimates: Vec<u8> = t.steps.iter().map(|(_, r)| r.get()).collect();
        assert_eq!(estimates, (1..=9).collect::<Vec<u8>>());
    }

    #[test]
    fn starter_library_holds_the_four_starter_ladders_with_unique_ids() {
        let lib = starter_library();
        let titles: Vec<_> = lib.ladders.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles.len(), 4);
        assert!(titles[0].contains("speaking"), "{titles:?}");
        assert_eq!(crate::store::validate::validate(&lib), Ok(()));
        // Two starter libraries never share ids (they can be merged later).
        let other = starter_library();
        assert_ne!(lib.ladders[0].id, other.ladders[0].id);
    }
}
