//! Deadline arithmetic: when a step is due, given when it started.

use crate::{Calendar, Timescale};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};
use std::fmt;

/// When a step is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Due {
    /// By the end of this day (working and calendar days).
    Date(NaiveDate),
    /// By this moment (timescales in hours).
    DateTime(NaiveDateTime),
    /// The procedure says "immediately", or sets no timescale: no date to show.
    NoDate,
}

impl Due {
    /// The day the step is due on, whatever the kind of timescale.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Self::Date(d) => Some(*d),
            Self::DateTime(t) => Some(t.date()),
            Self::NoDate => None,
        }
    }
}

impl fmt::Display for Due {
    /// ISO form, as `stagehand deadline` prints it: `2026-12-30` or `2026-12-24T17:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(d) => write!(f, "{d}"),
            Self::DateTime(t) => write!(f, "{}T{:02}:{:02}", t.date(), t.hour(), t.minute()),
            Self::NoDate => write!(f, "no date"),
        }
    }
}

/// When a step started. Hours need a time of day; days do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

impl Start {
    pub fn date(&self) -> NaiveDate {
        match self {
            Self::Date(d) => *d,
            Self::DateTime(t) => t.date(),
        }
    }
}

/// A due date and, where the calendar cannot vouch for it, the years it
/// does not know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub due: Due,
    /// The years the count ran through that the calendar has no bank
    /// holidays for: the date may be too early. Never dropped silently
    /// (`stagehand_messages` says it in words).
    pub unknown_years: Vec<i32>,
    /// The calendar it was counted with (`england-and-wales`).
    pub calendar: String,
}

/// Why no deadline could be worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineError {
    /// A timescale in hours needs the time the step started.
    NeedsTime,
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a timescale in hours needs the time the step started, not only the date"
        )
    }
}

impl std::error::Error for DeadlineError {}

/// Work out when a step is due.
///
/// Working days: the start day is day 0 and never counts, even when it is a
/// weekend or a holiday; the deadline is the Nth working day after it.
pub fn deadline(
    start: Start,
    timescale: Option<Timescale>,
    calendar: &Calendar,
) -> Result<Deadline, DeadlineError> {
    let mut unknown_years = Vec::new();
    let mut note = |date: NaiveDate| {
        if !calendar.knows(date) && !unknown_years.contains(&date.year()) {
            unknown_years.push(date.year());
        }
    };
    let due = match timescale {
        None
        | Some(Timescale::Immediately | Timescale::WithoutDelay | Timescale::AsSoonAsPossible) => {
            Due::NoDate
        }
        Some(Timescale::Hours(n)) => match start {
            Start::DateTime(t) => Due::DateTime(t + Duration::hours(i64::from(n))),
            Start::Date(_) => return Err(DeadlineError::NeedsTime),
        },
        Some(Timescale::Days(n)) => Due::Date(start.date() + Duration::days(i64::from(n))),
        Some(Timescale::WorkingDays(n)) => {
            let mut day = start.date();
            let mut left = n;
            while left > 0 {
                day = day.succ_opt().unwrap_or(day);
                note(day);
                if calendar.is_working_day(day) {
                    left -= 1;
                }
            }
            Due::Date(day)
        }
    };
    Ok(Deadline {
        due,
        unknown_years,
        calendar: calendar.division.clone(),
    })
}

/// Working days from `from` to `to`: positive when `to` is later ("due in 2
/// working days"), negative when earlier ("overdue by 1 working day"), 0 on
/// the same day. `from` itself never counts.
pub fn working_days_between(from: NaiveDate, to: NaiveDate, calendar: &Calendar) -> i64 {
    let (lo, hi, sign) = if to >= from {
        (from, to, 1)
    } else {
        (to, from, -1)
    };
    let mut count = 0;
    let mut day = lo;
    while day < hi {
        day = day.succ_opt().unwrap_or(hi);
        if calendar.is_working_day(day) {
            count += 1;
        }
    }
    sign * count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Calendars, Holiday};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// England and Wales, 2026-2027, as GOV.UK publishes them.
    fn england() -> Calendar {
        let text = include_str!("../../../content/calendars/bank-holidays.json");
        Calendars::from_govuk_json(text)
            .unwrap()
            .get("england-and-wales")
            .unwrap()
            .clone()
    }

    fn due(from: &str, within: &str) -> Deadline {
        deadline(
            Start::Date(d(from)),
            Some(Timescale::parse(within).unwrap()),
            &england(),
        )
        .unwrap()
    }

    #[test]
    fn working_days_skip_the_weekend() {
        // Thursday + 1 = Friday; Friday + 1 = Monday; Friday + 3 = Wednesday.
        assert_eq!(
            due("2026-11-19", "1 working day").due,
            Due::Date(d("2026-11-20"))
        );
        assert_eq!(
            due("2026-11-20", "1 working day").due,
            Due::Date(d("2026-11-23"))
        );
        assert_eq!(
            due("2026-11-20", "3 working days").due,
            Due::Date(d("2026-11-25"))
        );
        assert_eq!(
            due("2026-11-16", "a working week").due,
            Due::Date(d("2026-11-23"))
        );
    }

    #[test]
    fn christmas_and_the_substitute_boxing_day() {
        // 2026: Christmas Friday 25th, Boxing Day Saturday, substitute Monday 28th.
        assert_eq!(
            due("2026-12-23", "3 working days").due,
            Due::Date(d("2026-12-30"))
        );
        assert_eq!(
            due("2026-12-24", "1 working day").due,
            Due::Date(d("2026-12-29"))
        );
    }

    #[test]
    fn easter_and_the_year_end() {
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
        assert_eq!(
            due("2027-03-25", "1 working day").due,
            Due::Date(d("2027-03-30"))
        );
        // 31 Dec 2026 (Thu) + 1 = Sat 2 Jan? No: 1 Jan is a holiday, so Monday 4th.
        assert_eq!(
            due("2026-12-31", "1 working day").due,
            Due::Date(d("2027-01-04"))
        );
    }

    #[test]
    fn the_start_day_never_counts_even_on_a_holiday_or_weekend() {
        // Starting on Christmas Day (a Friday holiday): next working day is Tuesday 29th.
        assert_eq!(
            due("2026-12-25", "1 working day").due,
            Due::Date(d("2026-12-29"))
        );
        // Starting on a Sunday: Monday is day 1.
        assert_eq!(
            due("2026-11-22", "1 working day").due,
            Due::Date(d("2026-11-23"))
        );
    }

    #[test]
    fn hours_and_calendar_days() {
        let start = Start::DateTime(d("2026-12-23").and_hms_opt(17, 0, 0).unwrap());
        let got = deadline(start, Some(Timescale::Hours(24)), &england()).unwrap();
        assert_eq!(got.due.to_string(), "2026-12-24T17:00");
        assert_eq!(due("2026-12-23", "2 days").due, Due::Date(d("2026-12-25")));
        assert_eq!(
            deadline(
                Start::Date(d("2026-12-23")),
                Some(Timescale::Hours(1)),
                &england()
            ),
            Err(DeadlineError::NeedsTime)
        );
    }

    #[test]
    fn no_timescale_means_no_date() {
        for ts in [
            None,
            Some(Timescale::Immediately),
            Some(Timescale::AsSoonAsPossible),
        ] {
            let got = deadline(Start::Date(d("2026-12-23")), ts, &england()).unwrap();
            assert_eq!(got.due, Due::NoDate);
            assert!(got.unknown_years.is_empty());
        }
    }

    #[test]
    fn past_the_calendars_last_year_warns() {
        let cal = Calendar::new(
            "test",
            vec![Holiday {
                date: d("2026-12-25"),
                title: "Christmas Day".into(),
            }],
        );
        let got = deadline(
            Start::Date(d("2026-12-30")),
            Some(Timescale::WorkingDays(3)),
            &cal,
        )
        .unwrap();
        assert_eq!(got.due, Due::Date(d("2027-01-04")));
        assert_eq!(got.unknown_years, vec![2027]);
        // Inside the known years: no warning.
        assert!(due("2026-12-23", "3 working days").unknown_years.is_empty());
    }

    #[test]
    fn counting_against_today() {
        let cal = england();
        assert_eq!(
            working_days_between(d("2026-12-23"), d("2026-12-30"), &cal),
            3
        );
        assert_eq!(
            working_days_between(d("2026-12-30"), d("2026-12-23"), &cal),
            -3
        );
        assert_eq!(
            working_days_between(d("2026-12-23"), d("2026-12-23"), &cal),
            0
        );
    }
}
