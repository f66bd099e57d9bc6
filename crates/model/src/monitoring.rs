//! The anonymous monitoring return: what a practitioner may send their
//! partnership about one escalation, so that the partnership can count how
//! its procedure is used. Structured fields only: ids and dates from the
//! procedure, never anything typed, never a name.
//!
//! The decision aid makes it; `stagehand returns` reads and counts it.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const RETURN_FORMAT: &str = "stagehand-return";
/// 2: months and working days, never a day of the month (version 1 carried
/// every stage's start and end day, which with the agencies and the area
/// could point to one child's case in a small partnership).
pub const RETURN_VERSION: u32 = 2;

/// A month, written `2026-11`: as close as a return comes to a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
        }
    }

    /// `2026-11`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (y, m) = text.split_once('-')?;
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (y.len() == 4 && m.len() == 2 && (1..=12).contains(&month)).then_some(Self { year, month })
    }

    /// Its first day.
    pub fn first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a month written YYYY-MM"))
        })
    }
}

/// One monitoring return. Unknown fields are refused when reading, so a
/// file carrying anything more is not counted as a return.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonitoringReturn {
    pub format: String,
    pub version: u32,
    /// Random, made once per record: a return saved (or sent) twice counts once.
    pub id: String,
    /// The procedure's slug and the `updated` date of the version followed
    /// (the procedure's own date, public on its page).
    pub procedure: String,
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub procedure_updated: NaiveDate,
    /// For a local version: the regional procedure's slug and `updated` date.
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default, deserialize_with = "crate::iso_date::optional")]
    pub region_updated: Option<NaiveDate>,
    /// The month the return was made.
    pub made: Month,
    /// Made from a training example: not a real case, never counted.
    pub training: bool,
    /// One of the procedure's areas, word for word, or `other`.
    pub area: Option<String>,
    /// Agency ids from the procedure's list, or `other`.
    pub agency_raising: Option<String>,
    pub agency_receiving: Option<String>,
    /// The month the escalation began (its first stage), when known.
    pub began: Option<Month>,
    /// The stages reached, in order.
    pub stages: Vec<ReturnStage>,
    pub outcome: ReturnOutcome,
    /// Answers to the record questions the procedure marks `in_return`:
    /// `yes`, `no`, or for a date, its month.
    pub answers: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnStage {
    pub stage: String,
    /// Working days from the day the stage began to the day it ended, for a
    /// stage that ended and whose days are known.
    pub working_days: Option<u32>,
    pub outcome: StageOutcome,
    pub deadlines: Vec<ReturnDeadline>,
}

/// A step's deadline: met or missed, never its date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnDeadline {
    /// 1 is the stage's first step.
    pub step: u32,
    /// `true`: met; `false`: missed, or still open past it; `None`: not
    /// yet known.
    pub met: Option<bool>,
}

/// A version 1 return, as the aid made them until version 2: read still,
/// and turned into version 2 (months and working days) with the
/// procedure's calendar.
pub mod version_1 {
    use super::{Month, ReturnOutcome, StageOutcome};
    use crate::{Calendar, working_days_between};
    use chrono::{Datelike, NaiveDate};
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Clone, Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Return {
        pub format: String,
        pub version: u32,
        pub id: String,
        pub procedure: String,
        #[serde(deserialize_with = "crate::iso_date::deserialize")]
        pub procedure_updated: NaiveDate,
        #[serde(deserialize_with = "crate::iso_date::deserialize")]
        pub made: NaiveDate,
        pub training: bool,
        pub area: Option<String>,
        pub agency_raising: Option<String>,
        pub agency_receiving: Option<String>,
        pub stages: Vec<Stage>,
        pub outcome: ReturnOutcome,
        pub answers: BTreeMap<String, String>,
    }

    #[derive(Clone, Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Stage {
        pub stage: String,
        #[serde(default, deserialize_with = "crate::iso_date::optional")]
        pub started: Option<NaiveDate>,
        #[serde(default, deserialize_with = "crate::iso_date::optional")]
        pub ended: Option<NaiveDate>,
        pub outcome: StageOutcome,
        pub deadlines: Vec<Deadline>,
    }

    #[derive(Clone, Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Deadline {
        pub step: u32,
        #[serde(deserialize_with = "crate::iso_date::deserialize")]
        pub due: NaiveDate,
        pub met: Option<bool>,
    }

    impl Return {
        /// Its days as version 2 carries them. `Err` names an impossible
        /// date, which is not counted.
        pub fn upgrade(self, calendar: &Calendar) -> Result<super::MonitoringReturn, String> {
            let mut previous: Option<NaiveDate> = None;
            let mut stages = Vec::new();
            for (i, s) in self.stages.iter().enumerate() {
                for date in [s.started, s.ended].into_iter().flatten() {
                    if date.year() < 2000 || date > self.made {
                        return Err(format!(
                            "gives stage {} the date {date}, which is impossible (the return was made on {})",
                            i + 1,
                            self.made
                        ));
                    }
                }
                if let (Some(start), Some(end)) = (s.started, s.ended)
                    && end < start
                {
                    return Err(format!(
                        "says stage {} ended ({end}) before it began ({start})",
                        i + 1
                    ));
                }
                if let (Some(before), Some(start)) = (previous, s.started)
                    && start < before
                {
                    return Err(format!(
                        "says stage {} began ({start}) before the stage before it ({before})",
                        i + 1
                    ));
                }
                previous = s.started.or(previous);
                let working_days = match (s.started, s.ended, s.outcome) {
                    (Some(start), Some(end), o) if o != StageOutcome::UnderWay => {
                        u32::try_from(working_days_between(start, end, calendar)).ok()
                    }
                    _ => None,
                };
                stages.push(super::ReturnStage {
                    stage: s.stage.clone(),
                    working_days,
                    outcome: s.outcome,
                    deadlines: s
                        .deadlines
                        .iter()
                        .map(|d| super::ReturnDeadline {
                            step: d.step,
                            met: d.met,
                        })
                        .collect(),
                });
            }
            let answers = self
                .answers
                .into_iter()
                .map(|(id, a)| match crate::iso_date::parse(&a) {
                    Some(d) => (id, Month::of(d).to_string()),
                    None => (id, a),
                })
                .collect();
            Ok(super::MonitoringReturn {
                format: self.format,
                version: super::RETURN_VERSION,
                id: self.id,
                procedure: self.procedure,
                procedure_updated: self.procedure_updated,
                region: None,
                region_updated: None,
                made: Month::of(self.made),
                training: self.training,
                area: self.area,
                agency_raising: self.agency_raising,
                agency_receiving: self.agency_receiving,
                began: self.stages.iter().find_map(|s| s.started).map(Month::of),
                stages,
                outcome: self.outcome,
                answers,
            })
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageOutcome {
    UnderWay,
    Resolved,
    Escalated,
    NotResolved,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReturnOutcome {
    /// The case is still going through the procedure.
    UnderWay,
    Resolved,
    /// Not resolved at the final stage.
    NotResolved,
}
