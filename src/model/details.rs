//! What an exposure records besides its ratings (version 3): the context it was done in, the
//! ratings tapped during the timer, and the safety behaviours the person planned to drop; and
//! the person's own words for the 0-10 scale.

use serde::{Deserialize, Serialize};

use super::{Exposure, Rating};

/// Where an exposure was done, with whom, and what was different this time. Each part is
/// optional short text; the places and people typed before come back as one-click choices.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Context {
    pub place: String,
    pub people: String,
    /// What was different this time (another time of day, a new person, no phone...).
    pub different: String,
}

impl Context {
    /// What makes two contexts the same one: the place and the people, in any letter case and
    /// spacing. `None` when neither is recorded (such a try counts towards no context).
    #[must_use]
    pub fn key(&self) -> Option<(String, String)> {
        let (place, people) = (words_key(&self.place), words_key(&self.people));
        (!place.is_empty() || !people.is_empty()).then_some((place, people))
    }

    /// "at the bakery, with a stranger", "at the bakery", "with my team" (in the language in
    /// use); empty when neither the place nor the people are recorded.
    #[must_use]
    pub fn label(&self) -> String {
        let (place, people) = (self.place.trim(), self.people.trim());
        match (place.is_empty(), people.is_empty()) {
            (false, false) => crate::t!("ladders-context-place-people", place = place, people = people),
            (false, true) => place.to_owned(),
            (true, false) => crate::t!("ladders-context-people", people = people),
            (true, true) => String::new(),
        }
    }

    /// The same context with its parts trimmed.
    #[must_use]
    pub fn trimmed(&self) -> Self {
        Self {
            place: self.place.trim().to_owned(),
            people: self.people.trim().to_owned(),
            different: self.different.trim().to_owned(),
        }
    }
}

/// A rating tapped during the timer ("How is it now?"), at `secs` seconds into the exposure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuringRating {
    pub secs: u32,
    pub rating: Rating,
}

/// The person's own words for 0, 5 and 10 on the anxiety scale. An empty text means the
/// default wording ([`Anchors::default_texts`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Anchors {
    pub calm: String,
    pub middle: String,
    pub worst: String,
}

impl Anchors {
    /// The default wording in English (the `ladders-anchor-*` messages' English text). What is
    /// shown comes from [`Anchors::default_texts`], in the language in use.
    pub const DEFAULT: [&'static str; 3] =
        ["calm, no anxiety at all", "uneasy, but I can carry on", "the most anxious I have ever felt"];
    /// The messages of the default wording, for 0, 5 and 10.
    const DEFAULT_IDS: [&'static str; 3] = ["ladders-anchor-calm", "ladders-anchor-middle", "ladders-anchor-worst"];
    /// The points of the scale that have an anchor.
    pub const POINTS: [u8; 3] = [0, 5, 10];

    /// The wording shown until the person writes their own, for 0, 5 and 10, in the language in use.
    #[must_use]
    pub fn default_texts() -> [String; 3] {
        Self::DEFAULT_IDS.map(crate::i18n::tr)
    }

    /// The anchor texts for 0, 5 and 10, the default wording (in the language in use) where
    /// none is written.
    #[must_use]
    pub fn texts(&self) -> [String; 3] {
        std::array::from_fn(|i| self.text(i))
    }

    /// The anchor text for `POINTS[index]`.
    fn text(&self, index: usize) -> String {
        let own = [&self.calm, &self.middle, &self.worst][index].trim();
        if own.is_empty() { crate::i18n::tr(Self::DEFAULT_IDS[index]) } else { own.to_owned() }
    }

    /// The anchor nearest to `rating` (0-2: the 0 anchor, 3-7: the 5 anchor, 8-10: the 10
    /// anchor), with its point.
    #[must_use]
    pub fn nearest(&self, rating: Rating) -> (u8, String) {
        let index = match rating.get() {
            0..=2 => 0,
            3..=7 => 1,
            _ => 2,
        };
        (Self::POINTS[index], self.text(index))
    }
}

/// The safety behaviours a new library starts with: common ones in social anxiety, written so
/// "Without ..." reads as a sentence. The person edits the list in Settings. In English: the
/// same list in the language in use is [`super::Settings::default_safety_behaviours`].
pub const DEFAULT_SAFETY_BEHAVIOURS: [&str; 6] = [
    "Rehearsing what to say",
    "Avoiding eye contact",
    "Holding my phone or a drink",
    "Standing near the door",
    "Speaking quickly to get it over with",
    "Saying as little as possible",
];

impl super::Settings {
    /// The safety behaviours a new list starts with, in the language in use (the
    /// `ladders-safety-default-*` messages; [`DEFAULT_SAFETY_BEHAVIOURS`] in English).
    #[must_use]
    pub fn default_safety_behaviours() -> Vec<String> {
        (1..=DEFAULT_SAFETY_BEHAVIOURS.len()).map(|n| crate::i18n::tr(&format!("ladders-safety-default-{n}"))).collect()
    }
}

/// The four fixed ticks of versions 1 and 2, and what each is called in the list above, so the
/// tallies count old and new exposures together.
pub const OLD_SAFETY_TICKS: [(&str, &str); 4] = [
    ("Rehearsed what to say", "Rehearsing what to say"),
    ("Avoided eye contact", "Avoiding eye contact"),
    ("Held my phone or a drink", "Holding my phone or a drink"),
    ("Spoke quickly to get it over with", "Speaking quickly to get it over with"),
];

impl Exposure {
    /// The safety behaviours planned to drop that were not used: the ones dropped.
    #[must_use]
    pub fn dropped(&self) -> Vec<&str> {
        self.planned_drops
            .iter()
            .filter(|p| !self.reflection.safety_behaviours.iter().any(|u| same_words(u, p)))
            .map(String::as_str)
            .collect()
    }
}

/// Whether two short texts say the same words, letter case and spacing aside: two names of one
/// safety behaviour, one place, one person.
#[must_use]
pub fn same_words(a: &str, b: &str) -> bool {
    words_key(a) == words_key(b)
}

/// What makes two short texts the same (see [`same_words`]): the words, in lower case, one
/// space apart.
#[must_use]
pub fn words_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// "rehearsing what to say" from "Rehearsing what to say", for the middle of a sentence. A name
/// starting with an acronym ("TV on") or with "I" keeps its capital.
#[must_use]
pub fn behaviour_in_sentence(name: &str) -> String {
    let name = name.trim();
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() && name != "I" => {
            let rest = &name[first.len_utf8()..];
            if rest.starts_with(' ') {
                // "I ..." stays as it is.
                name.to_owned()
            } else {
                format!("{}{rest}", first.to_lowercase())
            }
        }
        _ => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts_are_the_same_place_and_people_in_any_case() {
        let a = Context { place: " The  Bakery".into(), people: "a stranger".into(), different: "morning".into() };
        let b = Context { place: "the bakery".into(), people: "A Stranger ".into(), different: String::new() };
        assert_eq!(a.key(), b.key());
        assert_eq!(Context { different: "only this".into(), ..Context::default() }.key(), None);
        assert_eq!(a.trimmed().label(), "The  Bakery, with a stranger");
        assert_eq!(Context { people: "my team".into(), ..Context::default() }.label(), "with my team");
        assert_eq!(Context::default().key(), None);
    }

    #[test]
    fn the_nearest_anchor_is_the_persons_own_or_the_default() {
        let own = Anchors { middle: "  like before a job interview ".into(), ..Anchors::default() };
        let own_words = "like before a job interview".to_owned();
        assert_eq!(own.nearest(Rating::saturating(2)), (0, Anchors::DEFAULT[0].to_owned()));
        assert_eq!(own.nearest(Rating::saturating(3)), (5, own_words.clone()));
        assert_eq!(own.nearest(Rating::saturating(7)), (5, own_words));
        assert_eq!(own.nearest(Rating::saturating(8)), (10, Anchors::DEFAULT[2].to_owned()));
    }

    #[test]
    fn the_default_words_are_the_messages_in_each_language() {
        use crate::i18n::{Arg, Lang, tr_in};
        let (en, it) = (Lang::english(), Lang::from_tag("it").unwrap());
        for (id, english) in Anchors::DEFAULT_IDS.iter().zip(Anchors::DEFAULT) {
            assert_eq!(tr_in(en, id, &[]), english);
        }
        assert_eq!(tr_in(it, "ladders-anchor-middle", &[]), "a disagio, ma riesco ad andare avanti");
        for (n, english) in (1..).zip(DEFAULT_SAFETY_BEHAVIOURS) {
            assert_eq!(tr_in(en, &format!("ladders-safety-default-{n}"), &[]), english);
        }
        assert_eq!(behaviour_in_sentence(&tr_in(it, "ladders-safety-default-1", &[])), "ripassare cosa dire");
        let both = [("place", Arg::from("al forno")), ("people", Arg::from("uno sconosciuto"))];
        assert_eq!(tr_in(it, "ladders-context-place-people", &both), "al forno, con uno sconosciuto");
        assert_eq!(tr_in(it, "ladders-context-people", &both[1..]), "con uno sconosciuto");
    }

    #[test]
    fn behaviour_names_read_inside_a_sentence() {
        assert_eq!(behaviour_in_sentence("Rehearsing what to say"), "rehearsing what to say");
        assert_eq!(behaviour_in_sentence("I hide my hands"), "I hide my hands");
        assert_eq!(behaviour_in_sentence("TV on in the background"), "TV on in the background");
        assert_eq!(behaviour_in_sentence("x"), "x");
        assert!(same_words("Avoiding  eye contact ", "avoiding eye contact"));
    }
}
