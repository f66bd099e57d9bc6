//! Dates as ISO text (`2026-12-30`), the one form the content, the page's
//! JSON and saved records use: [`parse`] for the decision aid's JSON, and
//! [`deserialize`] and [`optional`] for `#[serde(deserialize_with)]`.
//!
//! chrono's own parsing goes through its general format parser, one of the
//! largest parts of the aid's wasm when it was used; this reads exactly
//! `YYYY-MM-DD` and builds the date with chrono's checked constructor.

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{Deserializer, Error, Unexpected};

/// `YYYY-MM-DD` with a real calendar date; anything else is `None`.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        bytes[from..to].iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let year = i32::try_from(number(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse(&text)
        .ok_or_else(|| D::Error::invalid_value(Unexpected::Str(&text), &"a date as YYYY-MM-DD"))
}

/// For `Option<NaiveDate>` fields (use with `#[serde(default)]`).
pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => parse(&text).map(Some).ok_or_else(|| {
            D::Error::invalid_value(Unexpected::Str(&text), &"a date as YYYY-MM-DD")
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use chrono::NaiveDate;

    #[test]
    fn reads_iso_dates_and_nothing_else() {
        assert_eq!(parse("2026-12-30"), NaiveDate::from_ymd_opt(2026, 12, 30));
        assert_eq!(parse("2028-02-29"), NaiveDate::from_ymd_opt(2028, 2, 29));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-01",
            "26-12-30",
            "2026/12/30",
            "+026-12-30",
            "2026-12-3x",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
