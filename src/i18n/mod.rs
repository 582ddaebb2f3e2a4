//! Every word Stepwise shows, in the person's language.
//!
//! Messages are [Project Fluent](https://projectfluent.org) files in `assets/i18n/<tag>/*.ftl`,
//! embedded in the binary by `build.rs`: a folder is a language, and a new language needs no
//! code. Fluent was chosen over gettext-style catalogues because its messages choose their own
//! plural forms (`{ $count -> [one] ... *[other] ... }`, with CLDR rules per language, so Italian
//! and English each say it their way) and can carry variants for gender without the code knowing.
//!
//! - [`tr`] and the [`t!`](crate::t) macro format a message in the language in use;
//!   [`tr_in`] in a given one (tests, and exports that name their language).
//! - The language in use is process-wide ([`set_language`]); the app sets it at start from the
//!   system (or the person's choice) and again when the choice changes, so a change applies on
//!   the next frame without a restart.
//! - A message missing in a language falls back to English (and fails `i18n::tests`); a message
//!   missing everywhere shows its id, never a blank.
//! - Dates, weekdays and months come from messages too ([`dates`]), and decimals use the
//!   language's separator ([`decimal`]).

pub mod dates;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

#[allow(clippy::type_complexity)] // Generated: (tag, files, templates) per language.
mod files {
    include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));
}

/// One of the languages Stepwise has messages for (an index into the embedded list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(usize);

/// The fallback and default language's tag.
const ENGLISH_TAG: &str = "en";

impl Lang {
    /// English, the language every message exists in.
    #[must_use]
    pub fn english() -> Self {
        Self::from_tag(ENGLISH_TAG).unwrap_or(Self(0))
    }

    /// The language with exactly this tag (`"en"`, `"it"`), if Stepwise has it.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        files::LANGUAGES.iter().position(|(t, _, _)| *t == tag).map(Self)
    }

    /// All languages, in tag order.
    pub fn all() -> impl Iterator<Item = Self> {
        (0..files::LANGUAGES.len()).map(Self)
    }

    /// The language's tag, as in its folder's name.
    #[must_use]
    pub fn tag(self) -> &'static str {
        files::LANGUAGES[self.0].0
    }

    /// The language's name in itself ("English", "Italiano"): its `language-name` message.
    #[must_use]
    pub fn native_name(self) -> String {
        tr_in(self, "language-name", &[])
    }

    /// The `.ftl` files: `(name, source)`.
    #[must_use]
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        files::LANGUAGES[self.0].1
    }

    /// The starter ladder templates written in this language: `(key, RON source)`.
    #[must_use]
    pub fn template_sources(self) -> &'static [(&'static str, &'static str)] {
        files::LANGUAGES[self.0].2
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, parsed on first use only (start-up parses the one in use).
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();
    let cells = BUNDLES.get_or_init(|| files::LANGUAGES.iter().map(|_| OnceLock::new()).collect());
    cells[lang.0].get_or_init(|| build_bundle(lang))
}

fn build_bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around placeables: egui draws them as boxes, and every
    // placeable here is plain text in the same direction.
    bundle.set_use_isolating(false);
    for (name, source) in lang.sources() {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, errors)| {
            // Only a broken .ftl gets here, and `every_file_parses` fails on it first.
            eprintln!("stepwise: {}/{name}.ftl has {} syntax errors; the rest is used", lang.tag(), errors.len());
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            eprintln!("stepwise: {}/{name}.ftl repeats {} message ids", lang.tag(), errors.len());
        }
    }
    bundle
}

static CURRENT: AtomicUsize = AtomicUsize::new(usize::MAX);

/// The language in use (English until [`set_language`] is called).
#[must_use]
pub fn language() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        usize::MAX => Lang::english(),
        i => Lang(i),
    }
}

/// Uses `lang` for every message from now on, in every thread.
pub fn set_language(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// The languages the system asks for, best first (`["it-IT", "en-US"]`).
#[must_use]
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The best of Stepwise's languages for `requested` locales (`"it-IT"`, `"en_GB.UTF-8"`),
/// English when none matches.
#[must_use]
pub fn negotiate(requested: &[String]) -> Lang {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| parse_locale(r)).collect();
    let available: Vec<LanguageIdentifier> = Lang::all().filter_map(|l| l.tag().parse().ok()).collect();
    let default: LanguageIdentifier = ENGLISH_TAG.parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().and_then(|id| Lang::from_tag(&id.to_string())).unwrap_or_else(Lang::english)
}

/// A POSIX or BCP 47 locale (`it_IT.UTF-8@euro`, `it-IT`) as a language identifier.
fn parse_locale(locale: &str) -> Option<LanguageIdentifier> {
    let core = locale.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    if core.is_empty() || core == "C" || core == "POSIX" {
        return None;
    }
    core.parse().ok()
}

/// The region of the first of `locales` that names one (`"IT"` for `it_IT.UTF-8`), upper case.
#[must_use]
pub fn region(locales: &[String]) -> Option<String> {
    locales.iter().filter_map(|l| parse_locale(l)).find_map(|id| id.region.map(|r| r.as_str().to_ascii_uppercase()))
}

/// A value for a message's variable: a number (chooses plural forms) or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_args {
    (from: $($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(f64::from(n))
            }
        }
    )*};
    // Counts shown on screen are far below 2^52, where f64 stops being exact.
    (cast: $($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(from: u8, u16, u32, i8, i16, i32);
number_args!(cast: u64, usize, i64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

/// The message `id` in the language in use, with no variables.
#[must_use]
pub fn tr(id: &str) -> String {
    tr_in(language(), id, &[])
}

/// The message `id` in the language in use, with variables.
#[must_use]
pub fn tr_with(id: &str, args: &[(&str, Arg)]) -> String {
    tr_in(language(), id, args)
}

/// The message `id` (or `id.attribute`) in `lang`; English when `lang` lacks it; the id itself
/// when no language has it.
#[must_use]
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, id, args)
        .or_else(|| (lang != Lang::english()).then(|| format_in(Lang::english(), id, args)).flatten())
        .unwrap_or_else(|| id.to_owned())
}

/// Whether `lang` has the message `id` (or `id.attribute`) itself, without falling back.
#[must_use]
pub fn has_message(lang: Lang, id: &str) -> bool {
    let (message, attribute) = split_id(id);
    bundle(lang).get_message(message).is_some_and(|m| match attribute {
        Some(a) => m.get_attribute(a).is_some(),
        None => m.value().is_some(),
    })
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(lang);
    let (message, attribute) = split_id(id);
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.as_str()),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// `value` with `places` decimals and the language's decimal separator ("4.5", "4,5").
#[must_use]
pub fn decimal(value: f64, places: usize) -> String {
    decimal_in(language(), value, places)
}

/// [`decimal`] in a given language.
#[must_use]
pub fn decimal_in(lang: Lang, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let separator = tr_in(lang, "number-decimal-separator", &[]);
    if separator == "." { text } else { text.replace('.', &separator) }
}

/// A message in the language in use: `t!("id")` or `t!("id", count = n, name = text)`.
/// The variables' names are the message's `$count`, `$name`.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_with($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// Italian, for the unit tests that check a message in it.
#[cfg(test)]
pub(crate) fn italian() -> Lang {
    Lang::from_tag("it").expect("Stepwise has Italian")
}

#[cfg(test)]
mod tests;
