//! The practitioner's record: everything they answered, as one value that is
//! saved to a file, reopened, printed and exported.

use crate::json::{self, JsonValue, json_names, json_object};
use chrono::NaiveDate;
use stagehand_model::{Procedure, Scenario};
use std::collections::BTreeMap;

/// Written into every saved file, so a later aid can read older files.
pub const FORMAT: &str = "stagehand-record";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Outcome {
    /// Still under way: waiting for the people contacted.
    #[default]
    Open,
    /// Resolved at this stage: `agreed` says what was agreed.
    Resolved,
    /// Not resolved: taken to the next stage.
    Escalated,
}

/// One stage reached.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StageRecord {
    pub stage: String,
    pub started: Option<NaiveDate>,
    /// `HH:MM`, only where the route counts in hours.
    pub started_time: Option<String>,
    pub contacted: String,
    /// A target date the practitioner set where the procedure sets none.
    pub target: Option<NaiveDate>,
    pub outcome: Outcome,
    /// What was agreed (resolved) or why it was escalated.
    pub agreed: String,
    pub ended: Option<NaiveDate>,
}

/// The whole record, as saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Must be present in a file: a JSON file without it is not a record.
    pub format: String,
    pub version: u32,
    /// The procedure's slug, title and last update, so a printed or saved
    /// record says which version of the procedure it followed.
    pub procedure: String,
    pub procedure_title: String,
    pub procedure_updated: Option<NaiveDate>,
    pub urgent: Option<bool>,
    /// The area chosen: one of the procedure's areas, or `other`.
    pub area: Option<String>,
    pub other_area: String,
    pub description: String,
    pub stages: Vec<StageRecord>,
    /// Answers to the procedure's record questions, by question id.
    pub answers: BTreeMap<String, String>,
    /// Set when a training scenario filled the record in: it is fictional.
    pub training: Option<String>,
}

// Saved files: a field missing from an older file takes its default.
json_names!(Outcome { Open = "open", Resolved = "resolved", Escalated = "escalated" });
json_object!(StageRecord defaults {
    stage, started, started_time, contacted, target, outcome, agreed, ended,
});
json_object!(Record defaults {
    format, version, procedure, procedure_title, procedure_updated, urgent, area,
    other_area, description, stages, answers, training,
});

impl Default for Record {
    fn default() -> Self {
        Self {
            format: FORMAT.into(),
            version: VERSION,
            procedure: String::new(),
            procedure_title: String::new(),
            procedure_updated: None,
            urgent: None,
            area: None,
            other_area: String::new(),
            description: String::new(),
            stages: Vec::new(),
            answers: BTreeMap::new(),
            training: None,
        }
    }
}

/// Why a file could not be opened as a record of this procedure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    NotARecord,
    NewerVersion(u32),
    OtherProcedure(String),
    UnknownStage(String),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotARecord => write!(
                f,
                "The selected file is not a record saved by this decision aid"
            ),
            Self::NewerVersion(v) => write!(
                f,
                "The selected file was saved by a newer version of the decision aid (version {v}): reload the page and try again"
            ),
            Self::OtherProcedure(p) => write!(
                f,
                "The selected file is a record for another procedure ({p}): open it from that procedure's page"
            ),
            Self::UnknownStage(s) => write!(
                f,
                "The selected file names a stage ({s}) this procedure no longer has"
            ),
        }
    }
}

impl Record {
    pub fn new(procedure: &Procedure) -> Self {
        Self {
            procedure: procedure.slug.clone(),
            procedure_title: procedure.meta.title.clone(),
            procedure_updated: Some(procedure.meta.updated),
            ..Self::default()
        }
    }

    /// The stage the practitioner is at now: the last one reached.
    pub fn current(&self) -> Option<usize> {
        self.stages.len().checked_sub(1)
    }

    /// Start (or restart) the record at stage `index` of the route: stages
    /// before it are kept as reached and escalated, later ones dropped.
    pub fn reach(&mut self, procedure: &Procedure, index: usize) {
        let stages = &procedure.route.stages;
        self.stages.truncate(index + 1);
        for (i, stage) in stages.iter().enumerate().take(index + 1) {
            if i >= self.stages.len() {
                self.stages.push(StageRecord {
                    stage: stage.id.clone(),
                    ..StageRecord::default()
                });
            }
            if i < index && self.stages[i].outcome == Outcome::Open {
                self.stages[i].outcome = Outcome::Escalated;
            }
        }
    }

    /// The record as a file: pretty JSON, versioned.
    pub fn to_json(&self) -> String {
        json::write(self)
    }

    /// Read a saved file back, checking it belongs to this procedure.
    pub fn from_json(text: &str, procedure: &Procedure) -> Result<Self, OpenError> {
        let value = json::Value::parse(text).ok_or(OpenError::NotARecord)?;
        if value.field("format").and_then(|f| f.text()).as_deref() != Some(FORMAT) {
            return Err(OpenError::NotARecord);
        }
        let record: Record = json::FromJson::from_json(&value).ok_or(OpenError::NotARecord)?;
        if record.version > VERSION {
            return Err(OpenError::NewerVersion(record.version));
        }
        if record.procedure != procedure.slug {
            return Err(OpenError::OtherProcedure(record.procedure_title.clone()));
        }
        if let Some(s) = record
            .stages
            .iter()
            .find(|s| procedure.route.stage(&s.stage).is_none())
        {
            return Err(OpenError::UnknownStage(s.stage.clone()));
        }
        Ok(record)
    }

    /// A fictional worked example, pre-filled for training.
    pub fn from_scenario(procedure: &Procedure, scenario: &Scenario) -> Self {
        let mut record = Self::new(procedure);
        record.training = Some(scenario.title.clone());
        record.urgent = Some(false);
        record.area = scenario.area.clone().or(Some("other".into()));
        record.description = scenario.description.clone();
        record.stages = scenario
            .stages
            .iter()
            .map(|s| StageRecord {
                stage: s.stage.clone(),
                started: Some(s.started),
                contacted: s.contacted.clone().unwrap_or_default(),
                outcome: match (&s.outcome, s.resolved) {
                    (_, true) => Outcome::Resolved,
                    (Some(_), false) => Outcome::Escalated,
                    (None, false) => Outcome::Open,
                },
                agreed: s.outcome.clone().unwrap_or_default(),
                ..StageRecord::default()
            })
            .collect();
        record
    }
}
