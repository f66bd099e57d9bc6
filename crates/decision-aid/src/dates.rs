//! Dates as people write and read them: three fields in, full dates out,
//! with the GOV.UK Design System's error wording.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use stagehand_model::{Calendar, Due, working_days_between};

/// "Wednesday 30 December 2026".
pub fn long_date(date: NaiveDate) -> String {
    // Written out by hand: chrono's strftime machinery would add kilobytes to the wasm.
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {} {}",
        DAYS[date.weekday().num_days_from_monday() as usize],
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// "5:00pm", "9:30am".
pub fn clock(time: NaiveTime) -> String {
    let (pm, hour) = time.hour12();
    format!(
        "{hour}:{:02}{}",
        time.minute(),
        if pm { "pm" } else { "am" }
    )
}

/// "Thursday 24 December 2026 at 5:00pm".
pub fn long_due(due: &Due) -> Option<String> {
    match due {
        Due::Date(d) => Some(long_date(*d)),
        Due::DateTime(t) => Some(format!("{} at {}", long_date(t.date()), clock(t.time()))),
        _ => None,
    }
}

/// The three fields of a GOV.UK date input, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateFields {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateFields {
    pub fn from_date(date: Option<NaiveDate>) -> Self {
        date.map_or_else(Self::default, |d| Self {
            day: d.day().to_string(),
            month: d.month().to_string(),
            year: d.year().to_string(),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }

    /// The date, or the GOV.UK error message naming `what` ("Date stage 1 began").
    pub fn parse(
        &self,
        what: &str,
        today: NaiveDate,
        allow_future: bool,
    ) -> Result<NaiveDate, String> {
        let parts = [
            ("day", &self.day),
            ("month", &self.month),
            ("year", &self.year),
        ];
        let missing: Vec<&str> = parts
            .iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(n, _)| *n)
            .collect();
        if missing.len() == 3 {
            return Err(format!("Enter {}", crate::wording::mid_sentence(what)));
        }
        if !missing.is_empty() {
            return Err(format!("{what} must include a {}", missing.join(" and ")));
        }
        let number = |s: &str| s.trim().parse::<i32>().ok();
        let month = number(&self.month).or_else(|| month_name(&self.month));
        let (Some(d), Some(m), Some(y)) = (number(&self.day), month, number(&self.year)) else {
            return Err(format!("{what} must be a real date"));
        };
        if self.year.trim().len() != 4 {
            return Err(format!("{what} must include a year with 4 numbers"));
        }
        let date = NaiveDate::from_ymd_opt(y, m.clamp(0, 13) as u32, d.clamp(0, 32) as u32)
            .ok_or_else(|| format!("{what} must be a real date"))?;
        if !allow_future && date > today {
            return Err(format!("{what} must be today or in the past"));
        }
        Ok(date)
    }
}

fn month_name(text: &str) -> Option<i32> {
    let t = text.trim().to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    (t.len() >= 3)
        .then(|| {
            MONTHS
                .iter()
                .position(|m| t.starts_with(m))
                .map(|i| i as i32 + 1)
        })
        .flatten()
}

/// A time typed as `9:30`, `09:30`, `14:00`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.trim().split_once(':')?;
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

pub fn at(date: NaiveDate, time: Option<&str>) -> NaiveDateTime {
    date.and_time(time.and_then(parse_time).unwrap_or_default())
}

/// "due in 2 working days", "due today", "overdue by 1 working day".
pub fn against_today(due: NaiveDate, today: NaiveDate, calendar: &Calendar) -> String {
    let n = working_days_between(today, due, calendar);
    let days = |n: i64| {
        if n == 1 {
            "1 working day".to_string()
        } else {
            format!("{n} working days")
        }
    };
    match n {
        0 if due == today => "due today".into(),
        0 if due > today => "due on the next working day".into(),
        0 => "overdue".into(),
        n if n > 0 => format!("due in {}", days(n)),
        n => format!("overdue by {}", days(-n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn fields(day: &str, month: &str, year: &str) -> DateFields {
        DateFields {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    #[test]
    fn three_fields_with_govuk_errors() {
        let today = d("2026-11-22");
        let what = "Date stage 1 began";
        assert_eq!(
            fields("3", "11", "2026").parse(what, today, false),
            Ok(d("2026-11-03"))
        );
        assert_eq!(
            fields("3", "Nov", "2026").parse(what, today, false),
            Ok(d("2026-11-03"))
        );
        assert_eq!(
            fields("", "", "").parse(what, today, false),
            Err("Enter date stage 1 began".into())
        );
        assert_eq!(
            fields("3", "", "2026").parse(what, today, false),
            Err("Date stage 1 began must include a month".into())
        );
        assert_eq!(
            fields("30", "2", "2026").parse(what, today, false),
            Err("Date stage 1 began must be a real date".into())
        );
        assert_eq!(
            fields("1", "1", "2027").parse(what, today, false),
            Err("Date stage 1 began must be today or in the past".into())
        );
        assert!(fields("1", "1", "2027").parse(what, today, true).is_ok());
    }

    #[test]
    fn full_dates_and_today() {
        assert_eq!(long_date(d("2026-12-30")), "Wednesday 30 December 2026");
        assert_eq!(clock(NaiveTime::from_hms_opt(17, 0, 0).unwrap()), "5:00pm");
        assert_eq!(parse_time("9:30"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(parse_time("25:00"), None);
        let cal = stagehand_model::Calendar::new("t", vec![]);
        assert_eq!(
            against_today(d("2026-11-24"), d("2026-11-20"), &cal),
            "due in 2 working days"
        );
        assert_eq!(
            against_today(d("2026-11-20"), d("2026-11-23"), &cal),
            "overdue by 1 working day"
        );
        assert_eq!(
            against_today(d("2026-11-20"), d("2026-11-20"), &cal),
            "due today"
        );
    }
}
