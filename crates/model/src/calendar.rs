//! Bank holiday calendars, read from GOV.UK's published `bank-holidays.json`.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One bank holiday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub date: NaiveDate,
    pub title: String,
}

/// The bank holidays of one division (`england-and-wales`, `scotland`,
/// `northern-ireland`), and the years they are known for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calendar {
    pub division: String,
    pub holidays: Vec<Holiday>,
}

impl Calendar {
    pub fn new(division: impl Into<String>, mut holidays: Vec<Holiday>) -> Self {
        holidays.sort_by_key(|h| h.date);
        holidays.dedup_by_key(|h| h.date);
        Self {
            division: division.into(),
            holidays,
        }
    }

    pub fn holiday(&self, date: NaiveDate) -> Option<&Holiday> {
        self.holidays
            .binary_search_by_key(&date, |h| h.date)
            .ok()
            .map(|i| &self.holidays[i])
    }

    /// Monday to Friday and not a bank holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && self.holiday(date).is_none()
    }

    /// The first and last year the calendar lists holidays for.
    pub fn years(&self) -> Option<(i32, i32)> {
        Some((
            self.holidays.first()?.date.year(),
            self.holidays.last()?.date.year(),
        ))
    }

    /// Whether the calendar can vouch for the holidays on this date.
    pub fn knows(&self, date: NaiveDate) -> bool {
        self.years()
            .is_some_and(|(first, last)| (first..=last).contains(&date.year()))
    }
}

/// Every division in one GOV.UK file, by division name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calendars(pub BTreeMap<String, Calendar>);

/// GOV.UK's own shape: `{ "england-and-wales": { "division": ..., "events": [...] } }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GovUkDivision {
    division: String,
    events: Vec<GovUkEvent>,
}

#[derive(Deserialize)]
struct GovUkEvent {
    title: String,
    date: NaiveDate,
    #[serde(default)]
    #[allow(dead_code)]
    notes: String,
    #[serde(default)]
    #[allow(dead_code)]
    bunting: bool,
}

/// Why a calendar file could not be read; `line` and `column` are 1-based.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl Calendars {
    /// Read GOV.UK's `bank-holidays.json` format.
    pub fn from_govuk_json(text: &str) -> Result<Self, CalendarError> {
        let raw: BTreeMap<String, GovUkDivision> =
            serde_json::from_str(text).map_err(|e| CalendarError {
                message: e
                    .to_string()
                    .split(" at line ")
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                line: e.line(),
                column: e.column(),
            })?;
        let calendars = raw
            .into_iter()
            .map(|(key, division)| {
                let holidays = division
                    .events
                    .into_iter()
                    .map(|e| Holiday {
                        date: e.date,
                        title: e.title,
                    })
                    .collect();
                (key, Calendar::new(division.division, holidays))
            })
            .collect();
        Ok(Self(calendars))
    }

    pub fn get(&self, division: &str) -> Option<&Calendar> {
        self.0.get(division)
    }

    pub fn divisions(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}
