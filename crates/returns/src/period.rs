//! The period a report covers: `--from`/`--to`, or a half year (`2026-H2`)
//! or a year (`2026`), as partnerships report to their boards. A return
//! counts in the period its escalation began in (or, not known, was made).

use chrono::{Datelike, Months, NaiveDate};
use stagehand_model::MonitoringReturn;

/// From and to, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// `2026-H1`, `2026-H2` or `2026`.
    pub fn named(text: &str) -> Option<Self> {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        match text.split_once("-H") {
            Some((y, "1")) => Some(Self {
                from: day(y.parse().ok()?, 1, 1)?,
                to: day(y.parse().ok()?, 6, 30)?,
            }),
            Some((y, "2")) => Some(Self {
                from: day(y.parse().ok()?, 7, 1)?,
                to: day(y.parse().ok()?, 12, 31)?,
            }),
            Some(_) => None,
            None if text.len() == 4 => {
                let y = text.parse().ok()?;
                Some(Self {
                    from: day(y, 1, 1)?,
                    to: day(y, 12, 31)?,
                })
            }
            None => None,
        }
    }

    /// The period of the same length just before this one, month for
    /// month: the half year before a half year.
    pub fn before(&self) -> Self {
        let months = (self.to.year() - self.from.year()) * 12 + self.to.month() as i32
            - self.from.month() as i32
            + 1;
        let back = Months::new(months.max(1) as u32);
        Self {
            from: self.from.checked_sub_months(back).unwrap_or(self.from),
            to: self.from.pred_opt().unwrap_or(self.from),
        }
    }

    /// Whether a return belongs to the period: by the month its escalation
    /// began, or was made in when that is not known.
    pub fn holds(&self, r: &MonitoringReturn) -> bool {
        let month = r.began.unwrap_or(r.made);
        month.first_day().is_some_and(|first| {
            let last = first
                .checked_add_months(Months::new(1))
                .and_then(|d| d.pred_opt())
                .unwrap_or(first);
            first <= self.to && last >= self.from
        })
    }

    /// "1 July 2026 to 31 December 2026".
    pub fn words(&self) -> String {
        format!(
            "{} to {}",
            self.from.format("%-d %B %Y"),
            self.to.format("%-d %B %Y")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_year_and_the_half_year_before_it() {
        let h2 = Period::named("2026-H2").unwrap();
        assert_eq!(h2.words(), "1 July 2026 to 31 December 2026");
        assert_eq!(h2.before().words(), "1 January 2026 to 30 June 2026");
        assert_eq!(
            Period::named("2026").unwrap().before().words(),
            "1 January 2025 to 31 December 2025"
        );
        assert_eq!(Period::named("2026-H3"), None);
    }
}
