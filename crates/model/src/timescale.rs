//! `within` phrases: a timescale written in words, as procedures write them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How long a step may take. Parsed from the `within` phrases in the content
/// contract; `None` in a step means the procedure sets no timescale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "count", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Timescale {
    /// Monday to Friday, skipping the calendar's bank holidays.
    WorkingDays(u32),
    /// Clock hours from the moment the step starts.
    Hours(u32),
    /// Calendar days.
    Days(u32),
    /// `immediately`: urgent, but no date.
    Immediately,
    /// `without delay`: urgent, but no date.
    WithoutDelay,
    /// `as soon as possible`: urgent, but no date.
    AsSoonAsPossible,
}

/// The phrases `parse` understands, for error messages and the content guide.
pub const UNDERSTOOD_PHRASES: &[&str] = &[
    "N working days (e.g. 1 working day, 3 working days)",
    "a working week, N working weeks",
    "N hours (e.g. 24 hours, 48 hours)",
    "N days (calendar days)",
    "immediately",
    "without delay",
    "as soon as possible",
    "in Welsh: N diwrnod gwaith, N wythnos waith, N awr, N diwrnod, ar unwaith, heb oedi, cyn gynted â phosibl",
];

/// The largest counts accepted: beyond these a timescale is surely a typo.
pub const MAX_WORKING_DAYS: u32 = 130;
pub const MAX_HOURS: u32 = 24 * 31;
pub const MAX_DAYS: u32 = 183;

#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimescaleError {
    Unknown(String),
    Negative(String),
    Zero(String),
    TooLarge {
        written: String,
        max: u32,
        unit: &'static str,
    },
}

impl fmt::Display for TimescaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(w) => write!(f, "`{w}` is not a timescale Stagehand understands"),
            Self::Negative(w) => write!(f, "`{w}` is negative: a timescale counts forward"),
            Self::Zero(w) => write!(
                f,
                "`{w}` is zero: write `immediately` for a step that must happen at once"
            ),
            Self::TooLarge { written, max, unit } => write!(
                f,
                "`{written}` is longer than any escalation step should be (at most {max} {unit})"
            ),
        }
    }
}

impl std::error::Error for TimescaleError {}

impl Timescale {
    /// Whether this timescale is no longer than `regional`: what a local
    /// version may do to a regional step. An urgent timescale with no date
    /// is never longer than one with a date; otherwise only the same unit
    /// compares (`None`), since working days, hours and calendar days run
    /// differently over weekends and bank holidays.
    pub fn within_regional(&self, regional: &Self) -> Option<bool> {
        use Timescale::*;
        match (self, regional) {
            (a, b) if a.is_urgent_without_date() && b.is_urgent_without_date() => Some(true),
            (a, _) if a.is_urgent_without_date() => Some(true),
            (_, b) if b.is_urgent_without_date() => Some(false),
            (WorkingDays(a), WorkingDays(b)) | (Hours(a), Hours(b)) | (Days(a), Days(b)) => {
                Some(a <= b)
            }
            _ => None,
        }
    }
}

fn number(word: &str) -> Option<i64> {
    let n = match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return word.parse().ok(),
    };
    Some(n)
}

impl Timescale {
    /// Parse a `within` phrase. Case and extra spaces do not matter.
    pub fn parse(written: &str) -> Result<Self, TimescaleError> {
        let norm = written
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        // English or Welsh: a procedure written in Welsh first says its
        // timescales in Welsh ("7 diwrnod gwaith", "24 awr", "ar unwaith").
        match norm.as_str() {
            "immediately" | "ar unwaith" => return Ok(Self::Immediately),
            "without delay" | "heb oedi" => return Ok(Self::WithoutDelay),
            "as soon as possible" | "cyn gynted â phosibl" | "cyn gynted ag y bo modd" => {
                return Ok(Self::AsSoonAsPossible);
            }
            _ => {}
        }
        let unknown = || TimescaleError::Unknown(written.trim().to_string());
        let (count, unit) = norm.split_once(' ').ok_or_else(unknown)?;
        let count = number(count).ok_or_else(unknown)?;
        let (make, per, max, unit_name): (fn(u32) -> Self, i64, u32, &'static str) = match unit {
            "working day" | "working days" => {
                (Self::WorkingDays, 1, MAX_WORKING_DAYS, "working days")
            }
            "working week" | "working weeks" => {
                (Self::WorkingDays, 5, MAX_WORKING_DAYS, "working days")
            }
            // A Welsh word after a number may mutate: "2 ddiwrnod", "5
            // niwrnod", "3 wythnos".
            "diwrnod gwaith" | "ddiwrnod gwaith" | "niwrnod gwaith" | "diwrnodau gwaith" => {
                (Self::WorkingDays, 1, MAX_WORKING_DAYS, "working days")
            }
            "wythnos waith" | "wythnos gwaith" | "wythnosau gwaith" => {
                (Self::WorkingDays, 5, MAX_WORKING_DAYS, "working days")
            }
            "hour" | "hours" | "awr" | "oriau" => (Self::Hours, 1, MAX_HOURS, "hours"),
            "day" | "days" | "calendar day" | "calendar days" | "diwrnod" | "ddiwrnod"
            | "niwrnod" | "diwrnodau" | "diwrnod calendr" | "ddiwrnod calendr" => {
                (Self::Days, 1, MAX_DAYS, "days")
            }
            _ => return Err(unknown()),
        };
        let total = count.saturating_mul(per);
        if total < 0 {
            return Err(TimescaleError::Negative(written.trim().to_string()));
        }
        if total == 0 {
            return Err(TimescaleError::Zero(written.trim().to_string()));
        }
        if total > i64::from(max) {
            return Err(TimescaleError::TooLarge {
                written: written.trim().to_string(),
                max,
                unit: unit_name,
            });
        }
        Ok(make(total as u32))
    }

    /// Whether the deadline carries a time of day (hours) or only a date.
    pub fn needs_time(&self) -> bool {
        matches!(self, Self::Hours(_))
    }

    /// Urgent, but with no date: the procedure's own words say how urgent.
    pub fn is_urgent_without_date(&self) -> bool {
        matches!(
            self,
            Self::Immediately | Self::WithoutDelay | Self::AsSoonAsPossible
        )
    }
}

impl fmt::Display for Timescale {
    /// The timescale as a reader would say it: "within 3 working days".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: &u32| if *n == 1 { "" } else { "s" };
        match self {
            Self::WorkingDays(n) => write!(f, "within {n} working day{}", plural(n)),
            Self::Hours(n) => write!(f, "within {n} hour{}", plural(n)),
            Self::Days(n) => write!(f, "within {n} day{}", plural(n)),
            Self::Immediately => write!(f, "immediately"),
            Self::WithoutDelay => write!(f, "without delay"),
            Self::AsSoonAsPossible => write!(f, "as soon as possible"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_in_the_contract() {
        use Timescale::*;
        let cases = [
            ("1 working day", WorkingDays(1)),
            ("3 working days", WorkingDays(3)),
            ("one working day", WorkingDays(1)),
            ("five working days", WorkingDays(5)),
            ("a working week", WorkingDays(5)),
            ("2 working weeks", WorkingDays(10)),
            ("48 hours", Hours(48)),
            ("24 hours", Hours(24)),
            ("an hour", Hours(1)),
            ("2 days", Days(2)),
            ("1 day", Days(1)),
            ("immediately", Immediately),
            ("without delay", WithoutDelay),
            ("as soon as possible", AsSoonAsPossible),
            ("  As Soon  as Possible ", AsSoonAsPossible),
            ("3 Working Days", WorkingDays(3)),
        ];
        for (written, want) in cases {
            assert_eq!(Timescale::parse(written), Ok(want), "{written}");
        }
    }

    #[test]
    fn mistakes_are_refused_with_the_reason() {
        assert!(matches!(
            Timescale::parse("soonish"),
            Err(TimescaleError::Unknown(_))
        ));
        assert!(matches!(
            Timescale::parse("3 workng days"),
            Err(TimescaleError::Unknown(_))
        ));
        assert!(matches!(
            Timescale::parse("3"),
            Err(TimescaleError::Unknown(_))
        ));
        assert!(matches!(
            Timescale::parse("-3 working days"),
            Err(TimescaleError::Negative(_))
        ));
        assert!(matches!(
            Timescale::parse("0 hours"),
            Err(TimescaleError::Zero(_))
        ));
        assert!(matches!(
            Timescale::parse("9999 working days"),
            Err(TimescaleError::TooLarge { .. })
        ));
        assert!(matches!(
            Timescale::parse("99999999999999999999 days"),
            Err(TimescaleError::Unknown(_))
        ));
        assert!(Timescale::parse("130 working days").is_ok());
        assert!(Timescale::parse("131 working days").is_err());
    }

    #[test]
    fn reads_back_as_words() {
        assert_eq!(
            Timescale::WorkingDays(1).to_string(),
            "within 1 working day"
        );
        assert_eq!(
            Timescale::WorkingDays(3).to_string(),
            "within 3 working days"
        );
        assert_eq!(Timescale::Hours(48).to_string(), "within 48 hours");
        assert_eq!(Timescale::Immediately.to_string(), "immediately");
        // The procedure's own words, not a paraphrase of them.
        assert_eq!(
            Timescale::AsSoonAsPossible.to_string(),
            "as soon as possible"
        );
        assert_eq!(Timescale::WithoutDelay.to_string(), "without delay");
    }

    #[test]
    fn welsh_timescales_read_as_their_english() {
        for (welsh, english) in [
            ("7 diwrnod gwaith", "7 working days"),
            ("2 ddiwrnod gwaith", "2 working days"),
            ("5 niwrnod gwaith", "5 working days"),
            ("1 wythnos waith", "1 working week"),
            ("24 awr", "24 hours"),
            ("3 diwrnod", "3 days"),
            ("ar unwaith", "immediately"),
            ("Heb oedi", "without delay"),
            ("cyn gynted â phosibl", "as soon as possible"),
        ] {
            assert_eq!(
                Timescale::parse(welsh),
                Timescale::parse(english),
                "{welsh}"
            );
        }
        assert!(Timescale::parse("7 diwrnod gwaeth").is_err());
    }
}
