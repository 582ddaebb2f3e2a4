use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, Weekday};
use fluent_syntax::ast;
use fluent_syntax::parser;

use super::dates;
use super::*;

use super::italian as it;

/// Every variable a pattern refers to, in its text and in its selectors' variants.
fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables_of(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// `id` and `id.attribute` -> the variables each uses, over all of a language's files.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    for (name, source) in lang.sources() {
        let resource = parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{}/{name}.ftl does not parse: {errors:?}", lang.tag()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    let mut vars = BTreeSet::new();
                    variables_of(value, &mut vars);
                    assert!(messages.insert(id.to_owned(), vars).is_none(), "{}: {id} twice", lang.tag());
                }
                for attribute in &message.attributes {
                    let mut vars = BTreeSet::new();
                    variables_of(&attribute.value, &mut vars);
                    let key = format!("{id}.{}", attribute.id.name);
                    assert!(messages.insert(key.clone(), vars).is_none(), "{}: {key} twice", lang.tag());
                }
            }
        }
    }
    messages
}

#[test]
fn every_file_parses_and_no_id_repeats() {
    for lang in Lang::all() {
        assert!(!lang.sources().is_empty(), "{} has no .ftl files", lang.tag());
        assert!(!catalogue(lang).is_empty());
    }
}

#[test]
fn every_language_has_exactly_the_english_ids_and_variables() {
    let english = catalogue(Lang::english());
    for lang in Lang::all().filter(|l| *l != Lang::english()) {
        let other = catalogue(lang);
        let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(extra.is_empty(), "{} has ids English does not: {extra:?}", lang.tag());
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{}: {id} uses other variables than in English", lang.tag());
        }
    }
}

#[test]
fn english_and_italian_are_there_and_name_themselves() {
    assert_eq!(Lang::english().tag(), "en");
    assert_eq!(Lang::english().native_name(), "English");
    assert_eq!(it().native_name(), "Italiano");
    assert_eq!(Lang::all().count(), files::LANGUAGES.len());
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    // `language-name` exists everywhere; an unknown id shows itself, never a blank.
    assert_eq!(tr_in(it(), "no-such-message", &[]), "no-such-message");
    assert!(has_message(it(), "weekday-1.short"));
    assert!(!has_message(it(), "weekday-1.long"));
}

#[test]
fn the_system_locale_chooses_the_language() {
    let ask = |locales: &[&str]| negotiate(&locales.iter().map(ToString::to_string).collect::<Vec<_>>()).tag();
    assert_eq!(ask(&["it_IT.UTF-8"]), "it");
    assert_eq!(ask(&["it-CH"]), "it");
    assert_eq!(ask(&["en-GB"]), "en");
    assert_eq!(ask(&["de-DE", "it-IT"]), "it");
    assert_eq!(ask(&["fr-FR"]), "en");
    assert_eq!(ask(&["C"]), "en");
    assert_eq!(ask(&[]), "en");
}

#[test]
fn the_region_comes_from_the_first_locale_that_names_one() {
    let of = |locales: &[&str]| region(&locales.iter().map(ToString::to_string).collect::<Vec<_>>());
    assert_eq!(of(&["it_IT.UTF-8"]).as_deref(), Some("IT"));
    assert_eq!(of(&["en", "en-US"]).as_deref(), Some("US"));
    assert_eq!(of(&["de"]), None);
    assert_eq!(of(&["C.UTF-8"]), None);
}

#[test]
fn decimals_use_the_languages_separator() {
    assert_eq!(decimal_in(Lang::english(), 4.25, 1), "4.2");
    assert_eq!(decimal_in(it(), 4.5, 1), "4,5");
    assert_eq!(decimal_in(it(), 12.0, 0), "12");
}

#[test]
fn dates_read_in_each_language() {
    let d = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
    assert_eq!(dates::short_in(Lang::english(), d), "3 Dec 2026");
    assert_eq!(dates::short_in(it(), d), "3 dic 2026");
    assert_eq!(dates::long_in(Lang::english(), d), "Thursday 3 December 2026");
    assert_eq!(dates::long_in(it(), d), "giovedì 3 dicembre 2026");
    assert_eq!(dates::day_month_short_in(it(), d), "3 dic");
    assert_eq!(dates::weekday_in(it(), Weekday::Sun), "domenica");
}

#[test]
fn no_placeable_is_wrapped_in_isolation_marks() {
    let d = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date");
    let text = dates::long_in(Lang::english(), d);
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

#[test]
fn plural_forms_follow_each_language() {
    let minutes = |lang, n: u32| tr_in(lang, "minutes", &[("count", Arg::from(n))]);
    assert_eq!(minutes(Lang::english(), 1), "1 minute");
    assert_eq!(minutes(Lang::english(), 0), "0 minutes");
    assert_eq!(minutes(it(), 1), "1 minuto");
    assert_eq!(minutes(it(), 3), "3 minuti");
    // The macro formats in the language in use (English in unit tests).
    assert_eq!(crate::t!("seconds", count = 2), "2 seconds");
}

/// Messages that read the same in Italian and English on purpose (names, numbers, symbols).
const SAME_IN_ITALIAN: &[&str] = &["crisis-it-amico-name"];

/// `id` and `id.attribute` -> the words of its pattern (its text, not its placeables).
fn words(lang: Lang) -> BTreeMap<String, String> {
    let text = |pattern: &ast::Pattern<&str>| {
        let mut out = String::new();
        for element in &pattern.elements {
            if let ast::PatternElement::TextElement { value } = element {
                out.push_str(value);
            }
        }
        out
    };
    let mut out = BTreeMap::new();
    for (_, source) in lang.sources() {
        let Ok(resource) = parser::parse(*source) else { continue };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                if let Some(value) = &message.value {
                    out.insert(message.id.name.to_owned(), text(value));
                }
                for attribute in &message.attributes {
                    out.insert(format!("{}.{}", message.id.name, attribute.id.name), text(&attribute.value));
                }
            }
        }
    }
    out
}

#[test]
fn italian_is_written_in_italian() {
    // Every message is translated, not copied: at most one in fifty has the same words in both
    // languages, and only when they are names, numbers or symbols (short, or listed above).
    let english = words(Lang::english());
    let italian = words(it());
    let same: Vec<&String> = english
        .iter()
        .filter(|(id, text)| italian.get(*id) == Some(*text))
        .filter(|(id, text)| {
            !SAME_IN_ITALIAN.contains(&id.as_str()) && text.chars().filter(|c| c.is_alphabetic()).count() > 8
        })
        .map(|(id, _)| id)
        .collect();
    assert!(same.len() * 50 <= english.len(), "{} messages read as in English: {same:?}", same.len());
}
