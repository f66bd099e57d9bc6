//! What each step of a reached stage is due by, from the record's dates and
//! the model's arithmetic: the same numbers `stagehand deadline` prints.

use crate::dates::{against_today, at, long_date, long_due};
use crate::record::{Record, StageRecord};
use chrono::NaiveDate;
use stagehand_model::{Deadline, Due, Procedure, Start, Step, deadline};

/// One step of a stage, with its deadline worked out.
#[derive(Clone, Debug, PartialEq)]
pub struct StepDue {
    pub action: String,
    pub contact: Option<String>,
    pub deadline: Option<Deadline>,
    /// "Within 3 working days", "No timescale set by the procedure".
    pub timescale: String,
}

impl StepDue {
    /// "Wednesday 30 December 2026 (due in 2 working days)", or why there is no date.
    pub fn due_words(&self, procedure: &Procedure, today: NaiveDate) -> String {
        match &self.deadline {
            Some(Deadline {
                due: due @ (Due::Date(_) | Due::DateTime(_)),
                ..
            }) => {
                let date = due.date().unwrap_or(today);
                format!(
                    "{} ({})",
                    long_due(due).unwrap_or_default(),
                    against_today(date, today, &procedure.route.calendar)
                )
            }
            _ => self.timescale.clone(),
        }
    }

    pub fn due_date(&self) -> Option<Due> {
        self.deadline
            .as_ref()
            .map(|d| d.due)
            .filter(|d| *d != Due::NoDate)
    }
}

fn timescale_words(step: &Step) -> String {
    match step.within {
        None => "No timescale set by the procedure".into(),
        Some(t) if t == stagehand_model::Timescale::Immediately => {
            format!("{}: the procedure sets no date", capitalise(&t.to_string()))
        }
        Some(t) => capitalise(&t.to_string()),
    }
}

/// ASCII only: timescales are written in English words and numbers, and full
/// Unicode case mapping would bring its tables into the wasm.
fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

fn start_of<'a>(record: &'a Record, stage_id: &str) -> Option<&'a StageRecord> {
    record.stages.iter().find(|s| s.stage == stage_id)
}

/// The steps of the stage at `index` in the record, with deadlines.
pub fn steps(procedure: &Procedure, record: &Record, index: usize) -> Vec<StepDue> {
    let Some(reached) = record.stages.get(index) else {
        return Vec::new();
    };
    let Some(stage) = procedure.route.stage(&reached.stage) else {
        return Vec::new();
    };
    stage
        .steps
        .iter()
        .map(|step| {
            let from = step
                .from
                .as_deref()
                .and_then(|f| start_of(record, f))
                .unwrap_or(reached);
            let deadline = from.started.and_then(|date| {
                let start = if step.within.is_some_and(|t| t.needs_time()) {
                    Start::DateTime(at(date, from.started_time.as_deref()))
                } else {
                    Start::Date(date)
                };
                deadline(start, step.within, &procedure.route.calendar).ok()
            });
            StepDue {
                action: step.action.clone(),
                contact: step.contact.clone(),
                deadline,
                timescale: timescale_words(step),
            }
        })
        .collect()
}

/// Whether the stage has any step with a date (otherwise the aid offers a target date).
pub fn has_dates(procedure: &Procedure, record: &Record, index: usize) -> bool {
    steps(procedure, record, index)
        .iter()
        .any(|s| s.due_date().is_some())
}

/// A stage's title with its number: "Stage 2: Service managers".
pub fn stage_name(procedure: &Procedure, stage_id: &str) -> String {
    procedure
        .route
        .stage_index(stage_id)
        .map(|i| format!("Stage {}: {}", i + 1, procedure.route.stages[i].title))
        .unwrap_or_else(|| stage_id.to_string())
}

/// The upcoming dates of the record, for the calendar file: (date, summary, description).
pub fn upcoming(
    procedure: &Procedure,
    record: &Record,
    today: NaiveDate,
) -> Vec<(Due, String, String)> {
    let mut out = Vec::new();
    for (i, reached) in record.stages.iter().enumerate() {
        if reached.outcome != crate::record::Outcome::Open {
            continue;
        }
        let name = stage_name(procedure, &reached.stage);
        for step in steps(procedure, record, i) {
            if let Some(due) = step
                .due_date()
                .filter(|d| d.date().is_some_and(|d| d >= today))
            {
                let who = step.contact.clone().unwrap_or_default();
                out.push((
                    due,
                    format!(
                        "Due: {name}{}",
                        if who.is_empty() {
                            String::new()
                        } else {
                            format!(" ({who})")
                        }
                    ),
                    step.action.clone(),
                ));
            }
        }
        if let Some(target) = reached.target.filter(|t| *t >= today) {
            out.push((
                Due::Date(target),
                format!("Target date: {name}"),
                format!("Target date you set for {name}, {}", long_date(target)),
            ));
        }
    }
    out
}
