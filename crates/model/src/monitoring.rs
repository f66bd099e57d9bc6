//! The anonymous monitoring return: what a practitioner may send their
//! partnership about one escalation, so that the partnership can count how
//! its procedure is used. Structured fields only: ids and dates from the
//! procedure, never anything typed, never a name.
//!
//! The decision aid makes it; `stagehand returns` reads and counts it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const RETURN_FORMAT: &str = "stagehand-return";
pub const RETURN_VERSION: u32 = 1;

/// One monitoring return. Unknown fields are refused when reading, so a
/// file carrying anything more is not counted as a return.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonitoringReturn {
    pub format: String,
    pub version: u32,
    /// Random, made once per record: a return saved (or sent) twice counts once.
    pub id: String,
    /// The procedure's slug and the `updated` date of the version followed.
    pub procedure: String,
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub procedure_updated: NaiveDate,
    /// The day the return was made: the later of two returns with one id wins.
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub made: NaiveDate,
    /// Made from a training example: not a real case, never counted.
    pub training: bool,
    /// One of the procedure's areas, word for word, or `other`.
    pub area: Option<String>,
    /// Agency ids from the procedure's list, or `other`.
    pub agency_raising: Option<String>,
    pub agency_receiving: Option<String>,
    /// The stages reached, in order.
    pub stages: Vec<ReturnStage>,
    pub outcome: ReturnOutcome,
    /// Answers to the record questions the procedure marks `in_return`:
    /// `yes`, `no` or a date.
    pub answers: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnStage {
    pub stage: String,
    #[serde(default, deserialize_with = "crate::iso_date::optional")]
    pub started: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::iso_date::optional")]
    pub ended: Option<NaiveDate>,
    pub outcome: StageOutcome,
    pub deadlines: Vec<ReturnDeadline>,
}

/// A step's deadline, and whether the stage ended by it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnDeadline {
    /// 1 is the stage's first step.
    pub step: u32,
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub due: NaiveDate,
    /// `true`: the stage ended on or before the date; `false`: it ended
    /// after it, or is still open past it; `None`: not yet known.
    pub met: Option<bool>,
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

impl StageOutcome {
    pub fn words(&self) -> &'static str {
        match self {
            Self::UnderWay => "still under way",
            Self::Resolved => "resolved",
            Self::Escalated => "taken to the next stage",
            Self::NotResolved => "not resolved at the final stage",
        }
    }
}

impl ReturnOutcome {
    pub fn words(&self) -> &'static str {
        match self {
            Self::UnderWay => "Still under way",
            Self::Resolved => "Resolved",
            Self::NotResolved => "Not resolved at the final stage",
        }
    }
}
