//! The practitioner's record: everything they answered, as one value that is
//! saved to a file, reopened, printed and exported.
//!
//! The record says only what the practitioner said. A question the aid never
//! put is `None` ("not asked"), which is never the same as an empty answer
//! ("not given") or a "No".

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use stagehand_model::{Procedure, Scenario};
use std::collections::BTreeMap;

/// Written into every saved file, so a later aid can read older files.
pub const FORMAT: &str = "stagehand-record";
/// 2: not-asked answers, the case's details and agencies, unknown dates,
/// the step reached, the final stage's own outcome, ids, the journey.
/// 3: the day the record was made, the day each step was done, and a stage
/// said not resolved but not yet taken further.
pub const VERSION: u32 = 3;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Not asked yet.
    #[default]
    Open,
    /// Asked: "Not yet: I'm waiting to hear back".
    Waiting,
    /// Resolved at this stage: `agreed` says what was agreed.
    Resolved,
    /// Not resolved: taken to the next stage.
    Escalated,
    /// Not resolved at the final stage: the route has nowhere further to go.
    Unresolved,
}

impl Outcome {
    /// Whether the stage is over (its deadlines no longer apply).
    pub fn ended(&self) -> bool {
        matches!(self, Self::Resolved | Self::Escalated | Self::Unresolved)
    }
}

/// One stage reached. In a saved file, a field missing from an older file
/// takes its default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StageRecord {
    pub stage: String,
    pub started: Option<NaiveDate>,
    /// The practitioner said they do not know when this stage began.
    pub started_not_known: bool,
    /// `HH:MM`, only where the route counts in hours.
    pub started_time: Option<String>,
    /// The step they are at (0 is the first), where the finder placed them
    /// part-way through a stage: earlier steps are done.
    pub step: u32,
    /// Who they contacted; `None` until the stage's screen was answered.
    pub contacted: Option<String>,
    /// A target date the practitioner set where the procedure sets none.
    pub target: Option<NaiveDate>,
    /// The day each step was done, by step (0 is the first), as the
    /// practitioner gave it: `None` where they gave none.
    pub done_on: Vec<Option<NaiveDate>>,
    /// They said it was not resolved here and needs to go further, but have
    /// not taken it there yet. Unlike the finder's "raised and not resolved"
    /// at every step, this says nothing of which steps were done.
    pub not_resolved: bool,
    pub outcome: Outcome,
    /// What was agreed (resolved), or what happens next (unresolved at the end).
    pub agreed: String,
    pub ended: Option<NaiveDate>,
}

/// The whole record, as saved (a field missing from an older file takes
/// its default).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Record {
    /// Must be present in a file: a JSON file without it is not a record.
    pub format: String,
    pub version: u32,
    /// Random, made with the record: keeps calendar events the same event
    /// each time the file is downloaded again.
    pub id: String,
    /// Random too, and separate: the monitoring return's id, so a return
    /// made twice for one case counts once, and cannot be matched to the
    /// practitioner's calendar.
    pub return_id: String,
    /// The procedure's slug, title and last update, so a printed or saved
    /// record says which version of the procedure it followed.
    pub procedure: String,
    pub procedure_title: String,
    pub procedure_updated: Option<NaiveDate>,
    /// The day the procedure had last changed (`updated`, or a later
    /// amendment) when the record was made: reopened after a later change,
    /// the record says what changed since.
    pub procedure_changed: Option<NaiveDate>,
    /// The day the record was first made (version 3 on): printed on it, and
    /// never changed by reopening it.
    pub made: Option<NaiveDate>,
    /// For a local version: the regional procedure's slug, `updated` date
    /// and last change when the record was made.
    pub region: Option<String>,
    pub region_updated: Option<NaiveDate>,
    pub region_changed: Option<NaiveDate>,
    /// Set when a training scenario filled the record in: it is fictional.
    pub training: Option<String>,
    pub urgent: Option<bool>,
    /// The case's reference on the practitioner's system, never a name.
    pub case_reference: Option<String>,
    /// The practitioner's role ("Class teacher").
    pub role: Option<String>,
    /// The practitioner's agency: an id from the procedure's list.
    pub agency: Option<String>,
    /// The agency in words, where it is not in the list (or there is none).
    pub agency_named: Option<String>,
    /// The agency the practitioner disagrees with.
    pub other_agency: Option<String>,
    pub other_agency_named: Option<String>,
    /// The area chosen: one of the procedure's areas, or `other`.
    pub area: Option<String>,
    pub other_area: String,
    pub description: Option<String>,
    pub stages: Vec<StageRecord>,
    /// Answers to the procedure's record questions, by question id. A
    /// question with no entry was not asked; an empty one was not answered.
    pub answers: BTreeMap<String, String>,
    /// The screens the practitioner went through, so the browser's Back
    /// button works after the record is reopened.
    pub journey: Vec<String>,
}

impl Default for Record {
    fn default() -> Self {
        Self {
            format: FORMAT.into(),
            version: VERSION,
            id: String::new(),
            return_id: String::new(),
            procedure: String::new(),
            procedure_title: String::new(),
            procedure_updated: None,
            procedure_changed: None,
            made: None,
            region: None,
            region_updated: None,
            region_changed: None,
            training: None,
            urgent: None,
            case_reference: None,
            role: None,
            agency: None,
            agency_named: None,
            other_agency: None,
            other_agency_named: None,
            area: None,
            other_area: String::new(),
            description: None,
            stages: Vec::new(),
            answers: BTreeMap::new(),
            journey: Vec::new(),
        }
    }
}

/// Why a file could not be opened as a record of this procedure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    NotARecord,
    /// A monitoring return: made for the partnership, it holds no answers.
    MonitoringReturn,
    NewerVersion(u32),
    OtherProcedure(String),
    UnknownStage(String),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::words::{Arg, w, wf};
        let words = match self {
            Self::NotARecord => w("open-not-a-record"),
            Self::MonitoringReturn => w("open-a-return"),
            Self::NewerVersion(v) => wf("open-newer", &[("version", Arg::Number((*v).into()))]),
            Self::OtherProcedure(p) => wf("open-other-procedure", &[("procedure", Arg::Text(p))]),
            Self::UnknownStage(s) => wf("open-unknown-stage", &[("stage", Arg::Text(s))]),
        };
        f.write_str(&words)
    }
}

/// An amendment made after a record was made, and whose it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangedSince {
    /// "the regional procedure, Resolving Professional Differences", or the
    /// procedure's own title.
    pub whose: String,
    pub date: NaiveDate,
    pub note: String,
}

impl Record {
    /// The amendments to the procedure (and, for a local version, to its
    /// region) made after this record was made: what to say first when it
    /// is reopened.
    pub fn changed_since(&self, procedure: &Procedure) -> Vec<ChangedSince> {
        let made = self.procedure_changed.or(self.procedure_updated);
        let own = procedure
            .meta
            .amendments
            .iter()
            .filter(|a| made.is_some_and(|m| a.date > m))
            .map(|a| (procedure.meta.title.clone(), a));
        let regional = procedure.region.iter().flat_map(|region| {
            let made = self.region_changed.or(self.region_updated).or(made);
            region
                .amendments
                .iter()
                .filter(move |a| made.is_some_and(|m| a.date > m))
                .map(|a| {
                    let whose = crate::words::wf(
                        "changed-regional",
                        &[("title", crate::words::Arg::Text(&region.title))],
                    );
                    (whose, a)
                })
        });
        // Newest first; of one day, the procedure's own before its region's.
        // Each placed in turn: a sort brought 3 KB of code into the aid's wasm.
        let mut out: Vec<ChangedSince> = Vec::new();
        for (whose, a) in own.chain(regional) {
            let at = out.partition_point(|c| c.date >= a.date);
            let change = ChangedSince {
                whose,
                date: a.date,
                note: a.note.clone(),
            };
            out.insert(at, change);
        }
        out
    }
}

/// Two random ids for a new record (the browser's crypto in the aid).
#[derive(Clone, Debug)]
pub struct Ids {
    pub record: String,
    pub monitoring: String,
}

impl Record {
    /// A new record of `procedure`, made on `today`.
    pub fn new(procedure: &Procedure, ids: Ids, today: NaiveDate) -> Self {
        Self {
            made: Some(today),
            id: ids.record,
            return_id: ids.monitoring,
            procedure: procedure.slug.clone(),
            procedure_title: procedure.meta.title.clone(),
            procedure_updated: Some(procedure.meta.updated),
            procedure_changed: Some(procedure.changed()),
            region: procedure.region.as_ref().map(|r| r.slug.clone()),
            region_updated: procedure.region.as_ref().map(|r| r.updated),
            region_changed: procedure.region.as_ref().map(|r| r.changed()),
            ..Self::default()
        }
    }

    /// The finder placed them past the last step of stage `index`: raised
    /// at every step and not resolved, and the stage not yet ended.
    pub fn past_every_step(&self, procedure: &Procedure, index: usize) -> bool {
        let steps = procedure
            .route
            .stages
            .get(index)
            .map_or(0, |s| s.steps.len());
        // Waiting to hear back is not "not resolved": the answer is not in.
        self.stages.get(index).is_some_and(|r| {
            (r.not_resolved || steps > 0 && r.step as usize >= steps)
                && !r.outcome.ended()
                && r.outcome != Outcome::Waiting
        })
    }

    /// The step to do next at stage `index`: the first from the finder's
    /// place on that the practitioner has not marked done.
    pub fn at_step(&self, index: usize) -> usize {
        let Some(r) = self.stages.get(index) else {
            return 0;
        };
        let mut at = r.step as usize;
        while r.done_on.get(at).is_some_and(Option::is_some) {
            at += 1;
        }
        at
    }

    /// The day step `n` of stage `index` was marked done, if it was.
    pub fn done_on(&self, index: usize, n: usize) -> Option<NaiveDate> {
        self.stages.get(index)?.done_on.get(n).copied().flatten()
    }

    /// Mark step `n` of stage `index` done on `day` (`None`: not done).
    pub fn mark_done(&mut self, index: usize, n: usize, day: Option<NaiveDate>) {
        let Some(r) = self.stages.get_mut(index) else {
            return;
        };
        if r.done_on.len() <= n {
            r.done_on.resize(n + 1, None);
        }
        r.done_on[n] = day;
        while r.done_on.last() == Some(&None) {
            r.done_on.pop();
        }
    }

    /// Whether nothing has been said yet: no answer, no date, no outcome
    /// (a stage reached by a trainer's link says nothing). A blank record
    /// is not what the browser's own Print should print.
    pub fn is_blank(&self) -> bool {
        self.urgent.is_none()
            && self.case_reference.is_none()
            && self.area.is_none()
            && self.description.is_none()
            && self.answers.is_empty()
            && self.stages.iter().all(|s| {
                s.started.is_none()
                    && !s.started_not_known
                    && s.contacted.is_none()
                    && s.outcome == Outcome::Open
            })
    }

    /// The stage the practitioner is at now: the last one reached.
    pub fn current(&self) -> Option<usize> {
        self.stages.len().checked_sub(1)
    }

    /// Start (or restart) the record at stage `index` of the route, at
    /// `step` of it: stages before it are kept as reached and escalated
    /// (the practitioner said so by placing themselves later), later ones
    /// dropped.
    pub fn reach(&mut self, procedure: &Procedure, index: usize, step: u32) {
        let stages = &procedure.route.stages;
        self.stages.truncate(index + 1);
        for (i, stage) in stages.iter().enumerate().take(index + 1) {
            if i >= self.stages.len() {
                self.stages.push(StageRecord {
                    stage: stage.id.clone(),
                    ..StageRecord::default()
                });
            }
            if i < index && !self.stages[i].outcome.ended() {
                self.stages[i].outcome = Outcome::Escalated;
            }
        }
        if let Some(s) = self.stages.get_mut(index) {
            s.step = step;
            s.not_resolved = false;
            if s.outcome.ended() {
                s.outcome = Outcome::Open;
            }
        }
    }

    /// Place the record where the finder's answers landed: every step
    /// before the landing's is done, and a step raised and waiting is
    /// marked so.
    pub fn land(&mut self, procedure: &Procedure, landing: crate::finder::Landing) {
        self.reach(procedure, landing.stage, landing.step as u32);
        // The latest answers decide: "waiting" from an earlier landing, gone
        // back from and answered otherwise, is not what they said.
        if let Some(s) = self.stages.get_mut(landing.stage) {
            if landing.waiting {
                s.outcome = Outcome::Waiting;
            } else if s.outcome == Outcome::Waiting {
                s.outcome = Outcome::Open;
            }
        }
    }

    /// The day a stage ended: the day given when it was resolved or not,
    /// or, when it was taken further, the day the next stage began.
    pub fn ended_on(&self, index: usize) -> Option<NaiveDate> {
        let reached = self.stages.get(index)?;
        if !reached.outcome.ended() {
            return None;
        }
        reached.ended.or_else(|| match reached.outcome {
            Outcome::Escalated => self.started(index + 1),
            _ => None,
        })
    }

    /// The date a stage began, if known.
    pub fn started(&self, index: usize) -> Option<NaiveDate> {
        self.stages.get(index).and_then(|s| s.started)
    }

    /// The record as a file: pretty JSON, versioned.
    pub fn to_json(&self) -> String {
        crate::to_json(self)
    }

    /// Read a saved file back, checking it belongs to this procedure. A
    /// version 1 file opens too: what it did not ask stays "not asked".
    pub fn from_json(text: &str, procedure: &Procedure) -> Result<Self, OpenError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| OpenError::NotARecord)?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            Some(stagehand_model::RETURN_FORMAT) => return Err(OpenError::MonitoringReturn),
            _ => return Err(OpenError::NotARecord),
        }
        let mut record = Record::deserialize(&value).map_err(|_| OpenError::NotARecord)?;
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
        if record.version < 2 {
            upgrade_from_version_1(&mut record, &value);
        }
        record.version = VERSION;
        Ok(record)
    }

    /// A fictional worked example, pre-filled for training. Its dates are
    /// moved by whole weeks (so weekdays stay the same) to the past week, so
    /// it never reads "overdue by 180 working days".
    pub fn from_scenario(
        procedure: &Procedure,
        scenario: &Scenario,
        ids: Ids,
        today: NaiveDate,
    ) -> Self {
        let mut record = Self::new(procedure, ids, today);
        record.training = Some(scenario.title.clone());
        record.area = scenario.area.clone().or(Some("other".into()));
        record.description = Some(scenario.description.clone());
        let shift = scenario
            .stages
            .iter()
            .map(|s| s.started)
            .max()
            .map_or(0, |last| (today - last).num_days().div_euclid(7) * 7);
        let moved = |d: NaiveDate| d + Duration::days(shift);
        record.stages = scenario
            .stages
            .iter()
            .map(|s| StageRecord {
                stage: s.stage.clone(),
                started: Some(moved(s.started)),
                contacted: s.contacted.clone(),
                outcome: match (&s.outcome, s.resolved) {
                    (_, true) => Outcome::Resolved,
                    (Some(_), false) => Outcome::Escalated,
                    (None, false) => Outcome::Open,
                },
                agreed: s.outcome.clone().unwrap_or_default(),
                ..StageRecord::default()
            })
            .collect();
        // A stage taken further ended the day the next one began.
        for i in 1..record.stages.len() {
            if record.stages[i - 1].outcome == Outcome::Escalated {
                record.stages[i - 1].ended = record.stages[i].started;
            }
        }
        record
    }
}

/// Version 1 asked every stage's "who was contacted" and the description
/// whenever it saved them, and had no ids: an empty text there was an empty
/// answer, not a question never put.
fn upgrade_from_version_1(record: &mut Record, value: &serde_json::Value) {
    let text_of = |v: &serde_json::Value, name: &str| v.get(name)?.as_str().map(str::to_owned);
    if record.description.is_none() {
        record.description = text_of(value, "description");
    }
    if let Some(stages) = value.get("stages").and_then(|s| s.as_array()) {
        for (stage, old) in record.stages.iter_mut().zip(stages) {
            if stage.contacted.is_none() {
                stage.contacted = text_of(old, "contacted");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::real_content::{darlington, durham};

    fn ids() -> Ids {
        Ids {
            record: "r-1".into(),
            monitoring: "m-1".into(),
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_training_example_is_moved_to_the_past_week_keeping_its_weekdays() {
        let p = durham();
        let scenario = &p.scenarios[0];
        let today = d("2026-11-23"); // a Monday
        let record = Record::from_scenario(&p, scenario, ids(), today);
        let starts: Vec<NaiveDate> = record.stages.iter().filter_map(|s| s.started).collect();
        assert_eq!(starts, [d("2026-11-16"), d("2026-11-18")]);
        use chrono::Datelike;
        for (moved, original) in starts.iter().zip(&scenario.stages) {
            assert_eq!(moved.weekday(), original.started.weekday());
        }
        assert_eq!(
            record.urgent, None,
            "a training link still asks about safety"
        );
        assert_eq!(record.stages[0].ended, Some(d("2026-11-18")));
    }

    #[test]
    fn a_version_1_file_keeps_its_answers_and_marks_nothing_as_asked_that_was_not() {
        let p = darlington();
        let text = r#"{"format": "stagehand-record", "version": 1, "procedure": "darlington",
            "urgent": false, "description": "", "stages": [{"stage": "stage-1",
            "started": "2026-11-02", "contacted": "", "outcome": "open"}]}"#;
        let record = Record::from_json(text, &p).expect("a version 1 file opens");
        assert_eq!(record.version, VERSION);
        assert_eq!(record.description.as_deref(), Some(""));
        assert_eq!(record.stages[0].contacted.as_deref(), Some(""));
        assert_eq!(record.case_reference, None);
        assert_eq!(record.answers.get("challenge"), None);
    }

    #[test]
    fn reaching_a_later_stage_closes_the_earlier_ones_and_keeps_the_step() {
        let p = durham();
        let mut record = Record::new(&p, ids(), d("2026-12-01"));
        record.reach(&p, 1, 0);
        record.reach(&p, 0, 1);
        assert_eq!(record.stages.len(), 1);
        assert_eq!(record.stages[0].step, 1);
        assert_eq!(record.stages[0].outcome, Outcome::Open);
        record.reach(&p, 2, 0);
        assert_eq!(record.stages[0].outcome, Outcome::Escalated);
        assert_eq!(record.stages[1].outcome, Outcome::Escalated);
        assert_eq!(record.stages[2].outcome, Outcome::Open);
    }

    #[test]
    fn landing_again_says_only_what_the_latest_answers_said() {
        let p = durham();
        let mut record = Record::new(&p, ids(), d("2026-12-01"));
        let at = |waiting| crate::finder::Landing {
            stage: 0,
            step: 0,
            waiting,
        };
        record.land(&p, at(true));
        assert_eq!(record.stages[0].outcome, Outcome::Waiting);
        // Gone back, and answered "No, not yet": not waiting for anyone.
        record.land(&p, at(false));
        assert_eq!(record.stages[0].outcome, Outcome::Open);
    }
}
