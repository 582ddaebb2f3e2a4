//! Timestamps stored as RFC 3339 UTC strings with whole seconds ("2026-11-21T09:30:00Z").

use chrono::{DateTime, SubsecRound, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A moment in time, UTC, whole seconds. Created by the caller from its clock; the model never
/// reads the time itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    pub const EPOCH: Self = Self(DateTime::UNIX_EPOCH);

    /// Truncates to whole seconds so a saved and reloaded value compares equal.
    #[must_use]
    pub fn from_utc(at: DateTime<Utc>) -> Self {
        Self(at.trunc_subsecs(0))
    }

    /// From seconds since 1970; out-of-range values clamp to the epoch.
    #[must_use]
    pub fn from_unix_secs(secs: i64) -> Self {
        Self(Utc.timestamp_opt(secs, 0).single().unwrap_or(DateTime::UNIX_EPOCH))
    }

    #[must_use]
    pub fn utc(self) -> DateTime<Utc> {
        self.0
    }

    #[must_use]
    pub fn unix_secs(self) -> i64 {
        self.0.timestamp()
    }
}

/// The epoch: "never changed" for the change times a merge compares.
impl Default for Timestamp {
    fn default() -> Self {
        Self::EPOCH
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%dT%H:%M:%SZ"))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateTime::parse_from_rfc3339(&text)
            .map(|t| Self::from_utc(t.with_timezone(&Utc)))
            .map_err(|e| serde::de::Error::custom(crate::t!("model-not-a-date", text = &text, problem = e.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_as_rfc3339_whole_seconds() {
        let t = Timestamp::from_unix_secs(1_790_000_000);
        let text = ron::to_string(&t).unwrap();
        assert_eq!(text, "\"2026-09-21T14:13:20Z\"");
        assert_eq!(ron::from_str::<Timestamp>(&text).unwrap(), t);
    }

    #[test]
    fn subseconds_and_offsets_are_normalised() {
        let t: Timestamp = ron::from_str("\"2026-11-21T10:30:00.75+01:00\"").unwrap();
        assert_eq!(t.to_string(), "2026-11-21T09:30:00Z");
    }

    #[test]
    fn garbage_dates_are_errors() {
        let err = ron::from_str::<Timestamp>("\"yesterday\"").unwrap_err();
        assert!(err.to_string().contains("not a date"), "{err}");
    }
}
