//! Whole-number ratings, checked on construction and on parsing.

use serde::{Deserialize, Serialize};

/// A SUDS rating: 0 (calm) to 10 (panic), whole numbers only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

/// A likelihood in whole percent, 0-100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Likelihood(u8);

/// A number outside its allowed range ("11 is outside 0-10", in the language in use).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingError {
    pub value: u8,
    pub min: u8,
    pub max: u8,
}

impl std::fmt::Display for RatingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("model-out-of-range", value = self.value, min = self.min, max = self.max))
    }
}

impl std::error::Error for RatingError {}

impl Rating {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Result<Self, RatingError> {
        if value <= Self::MAX { Ok(Self(value)) } else { Err(RatingError { value, min: 0, max: Self::MAX }) }
    }

    /// Clamps into 0-10; for sliders and pickers that cannot produce other values anyway.
    #[must_use]
    pub fn saturating(value: u8) -> Self {
        Self(value.min(Self::MAX))
    }

    #[must_use]
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Likelihood {
    pub const MAX: u8 = 100;

    pub fn new(percent: u8) -> Result<Self, RatingError> {
        if percent <= Self::MAX {
            Ok(Self(percent))
        } else {
            Err(RatingError { value: percent, min: 0, max: Self::MAX })
        }
    }

    #[must_use]
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> Self {
        r.0
    }
}

impl TryFrom<u8> for Likelihood {
    type Error = RatingError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Likelihood> for u8 {
    fn from(l: Likelihood) -> Self {
        l.0
    }
}

impl std::fmt::Display for Rating {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_accept_zero_to_ten_only() {
        assert_eq!(Rating::new(0).map(Rating::get), Ok(0));
        assert_eq!(Rating::new(10).map(Rating::get), Ok(10));
        assert_eq!(Rating::new(11), Err(RatingError { value: 11, min: 0, max: 10 }));
        assert!(Rating::new(255).is_err());
        assert_eq!(Rating::saturating(200).get(), 10);
    }

    #[test]
    fn likelihood_accepts_zero_to_hundred() {
        assert!(Likelihood::new(100).is_ok());
        assert!(Likelihood::new(101).is_err());
    }

    #[test]
    fn parsing_rejects_out_of_range_ratings() {
        let ok: Rating = ron::from_str("7").unwrap();
        assert_eq!(ok.get(), 7);
        let err = ron::from_str::<Rating>("11").unwrap_err();
        assert!(err.to_string().contains("11 is outside 0-10"), "{err}");
    }

    #[test]
    fn the_range_is_said_in_each_language() {
        use crate::i18n::{Arg, Lang, tr_in};
        let args = [("value", Arg::from(11_u8)), ("min", Arg::from(0_u8)), ("max", Arg::from(10_u8))];
        assert_eq!(tr_in(Lang::english(), "model-out-of-range", &args), "11 is outside 0-10");
        let it = Lang::from_tag("it").expect("Stepwise has Italian");
        assert_eq!(tr_in(it, "model-out-of-range", &args), "11 è fuori dall'intervallo da 0 a 10");
    }
}
