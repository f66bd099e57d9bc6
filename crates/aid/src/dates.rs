//! Dates as people write and read them: three fields in, full dates out,
//! with the GOV.UK Design System's error wording.

use crate::words::{Arg, w, wf};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use stagehand_model::Due;

/// "Wednesday 30 December 2026", "dydd Mercher 30 Rhagfyr 2026".
pub fn long_date(date: NaiveDate) -> String {
    crate::words::messages().date(date)
}

/// "January" for 0, in the aid's language.
pub fn name_of_month(month0: u32) -> String {
    w(&format!("month-{}", month0 + 1))
}

/// "5:00pm", "9:30am"; "17:00", "09:30" in Welsh, which the aid's time
/// boxes use too (the 24-hour clock, where "12:00yb" reads as noon).
pub fn clock(time: NaiveTime) -> String {
    let (pm, hour) = time.hour12();
    let minutes = format!("{:02}", time.minute());
    let hour24 = format!("{:02}", time.hour());
    wf(
        "clock",
        &[
            ("hour", Arg::Number(hour.into())),
            ("hour24", Arg::Text(&hour24)),
            ("minutes", Arg::Text(&minutes)),
            ("half", Arg::Text(if pm { "pm" } else { "am" })),
        ],
    )
}

/// "Thursday 24 December 2026 at 5:00pm".
pub fn long_due(due: &Due) -> Option<String> {
    match due {
        Due::Date(d) => Some(long_date(*d)),
        Due::DateTime(t) => {
            let (date, time) = (long_date(t.date()), clock(t.time()));
            Some(wf(
                "date-at-time",
                &[("date", Arg::Text(&date)), ("time", Arg::Text(&time))],
            ))
        }
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

    /// The date, or the GOV.UK error naming `what` ("Date stage 1 began")
    /// and the fields that are wrong, so only those are highlighted. A date
    /// before `earliest` (the first day the bank holiday calendar knows) is
    /// a slip, such as 1899 for 1999 or 2026.
    pub fn parse(
        &self,
        what: &str,
        today: NaiveDate,
        earliest: NaiveDate,
        allow_future: bool,
    ) -> Result<NaiveDate, DateError> {
        let blank = [
            self.day.trim().is_empty(),
            self.month.trim().is_empty(),
            self.year.trim().is_empty(),
        ];
        let err = |message: String, wrong: [bool; 3]| Err(DateError { message, wrong });
        let say = |id: &str| wf(id, &[("what", Arg::Text(what))]);
        if blank == [true; 3] {
            let what_mid = crate::wording::mid_sentence(what);
            let args = [
                ("what", Arg::Text(what)),
                ("what_mid", Arg::Text(&what_mid)),
            ];
            return err(wf("date-error-enter", &args), [true; 3]);
        }
        // "1/12/2026" in the day box: say where each part goes, not that
        // the month and year are missing.
        let whole = [&self.day, &self.month, &self.year].map(|f| {
            f.trim()
                .split(['/', '-', '.', ' '])
                .filter(|p| !p.is_empty())
                .count()
                >= 2
        });
        if whole.contains(&true) {
            return err(say("date-error-own-boxes"), whole);
        }
        if blank.contains(&true) {
            let names: Vec<String> = ["date-part-day", "date-part-month", "date-part-year"]
                .into_iter()
                .zip(blank)
                .filter(|(_, b)| *b)
                .map(|(n, _)| w(n))
                .collect();
            let missing = names.join(&w("date-parts-and"));
            return err(
                wf(
                    "date-error-include",
                    &[("what", Arg::Text(what)), ("missing", Arg::Text(&missing))],
                ),
                blank,
            );
        }
        let number = |s: &str| s.trim().parse::<i32>().ok();
        let (d, m, y) = (
            number(&self.day),
            number(&self.month).or_else(|| month_name(&self.month)),
            number(&self.year),
        );
        let not_numbers = [d.is_none(), m.is_none(), y.is_none()];
        let (Some(d), Some(m), Some(y)) = (d, m, y) else {
            return err(say("date-error-real"), not_numbers);
        };
        if self.year.trim().len() != 4 {
            return err(say("date-error-year-4"), [false, false, true]);
        }
        if !(1..=12).contains(&m) {
            return err(say("date-error-real"), [false, true, false]);
        }
        let Some(date) = NaiveDate::from_ymd_opt(y, m as u32, d.clamp(0, 32) as u32) else {
            return err(say("date-error-real"), [true, false, false]);
        };
        if !allow_future && date > today {
            return err(say("date-error-past"), [true; 3]);
        }
        if date < earliest {
            let date = long_date(earliest);
            return err(
                wf(
                    "date-error-after",
                    &[("what", Arg::Text(what)), ("date", Arg::Text(&date))],
                ),
                [false, false, true],
            );
        }
        Ok(date)
    }
}

/// A date that could not be read: GOV.UK's message, and which of the day,
/// month and year fields are wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
    pub wrong: [bool; 3],
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

/// `09:30`, as the aid stores a time.
pub fn hhmm(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

pub fn at(date: NaiveDate, time: Option<&str>) -> NaiveDateTime {
    date.and_time(time.and_then(parse_time).unwrap_or_default())
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
        let earliest = d("2018-01-01");
        let what = "Date stage 1 began";
        let err = |day: &str, month: &str, year: &str| {
            fields(day, month, year)
                .parse(what, today, earliest, false)
                .map_err(|e| (e.message, e.wrong))
                .unwrap_err()
        };
        assert_eq!(
            fields("3", "11", "2026").parse(what, today, earliest, false),
            Ok(d("2026-11-03"))
        );
        assert_eq!(
            fields("3", "Nov", "2026").parse(what, today, earliest, false),
            Ok(d("2026-11-03"))
        );
        assert_eq!(
            err("", "", ""),
            ("Enter date stage 1 began".into(), [true, true, true])
        );
        // Only the wrong field is highlighted.
        assert_eq!(
            err("3", "", "2026"),
            (
                "Date stage 1 began must include a month".into(),
                [false, true, false]
            )
        );
        assert_eq!(
            err("30", "2", "2026"),
            (
                "Date stage 1 began must be a real date".into(),
                [true, false, false]
            )
        );
        assert_eq!(
            err("3", "13", "2026"),
            (
                "Date stage 1 began must be a real date".into(),
                [false, true, false]
            )
        );
        assert_eq!(
            err("3", "11", "26"),
            (
                "Date stage 1 began must include a year with 4 numbers".into(),
                [false, false, true]
            )
        );
        assert_eq!(
            err("1", "1", "2027"),
            (
                "Date stage 1 began must be today or in the past".into(),
                [true, true, true]
            )
        );
        assert!(
            fields("1", "1", "2027")
                .parse(what, today, earliest, true)
                .is_ok()
        );
        // 1899 for 1999: before the bank holiday calendar begins.
        assert_eq!(
            err("2", "11", "1899"),
            (
                "Date stage 1 began must be the same as or after Monday 1 January 2018".into(),
                [false, false, true]
            )
        );
    }

    #[test]
    fn a_whole_date_in_one_box_says_where_each_part_goes() {
        let today = d("2026-12-08");
        let earliest = d("2018-01-01");
        for (day, month, year) in [
            ("1/12/2026", "", ""),
            ("1 12 2026", "", ""),
            ("1", "12-2026", ""),
        ] {
            let e = fields(day, month, year)
                .parse("Date stage 1 began", today, earliest, false)
                .unwrap_err();
            assert!(
                e.message
                    .contains("each in its own box, for example 27 3 2026"),
                "{e:?}"
            );
            assert_eq!(e.wrong, [day.len() > 1, month.len() > 1, false]);
        }
    }

    #[test]
    fn full_dates_and_today() {
        assert_eq!(long_date(d("2026-12-30")), "Wednesday 30 December 2026");
        assert_eq!(clock(NaiveTime::from_hms_opt(17, 0, 0).unwrap()), "5:00pm");
        assert_eq!(parse_time("9:30"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(parse_time("25:00"), None);
    }
}
