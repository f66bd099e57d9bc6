//! The record as sections of key and value: what the check page shows, and
//! what every export is made from.

use crate::dates::long_date;
use crate::plan::{Tag, stage_name, steps};
use crate::record::{Outcome, Record};
use crate::wording::{given, mid_sentence};
use chrono::NaiveDate;
use stagehand_model::{AnswerKind, Procedure};

/// Which screen a summary row's "Change" link returns to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeAt {
    Urgent,
    YourAgency,
    OtherAgency,
    Case,
    Area,
    Description,
    StageStart(usize),
    Contacted(usize),
    Outcome(usize),
    Questions,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub value: String,
    /// Where a deadline stands today, shown as a tag beside the value.
    pub tag: Option<Tag>,
    pub change: Option<ChangeAt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
}

fn row(key: impl Into<String>, value: impl Into<String>, change: Option<ChangeAt>) -> Row {
    Row {
        key: key.into(),
        value: value.into(),
        tag: None,
        change,
    }
}

/// An agency in words: from the procedure's list, as typed, or not asked.
pub fn agency_words(procedure: &Procedure, id: Option<&str>, named: Option<&str>) -> String {
    match (id.and_then(|a| procedure.route.agency(a)), named) {
        (Some(agency), _) => agency.name.clone(),
        (None, named) if id.is_some() || named.is_some() => given(named.or(Some(""))),
        _ => "Not asked".into(),
    }
}

/// The outcome of a stage in one sentence.
pub fn outcome_words(procedure: &Procedure, record: &Record, index: usize) -> String {
    let Some(reached) = record.stages.get(index) else {
        return String::new();
    };
    let on = record
        .ended_on(index)
        .map(|d| format!(" on {}", long_date(d)))
        .unwrap_or_default();
    match reached.outcome {
        // Raised at every step and not resolved, not yet taken further.
        Outcome::Open if record.past_every_step(procedure, index) => {
            match procedure.route.stages.get(index + 1) {
                Some(_) => format!("Not resolved: not yet taken to stage {}", index + 2),
                None => "Not resolved yet".into(),
            }
        }
        // The finder's "not yet", or the outcome's "not yet raised with ...".
        Outcome::Open if reached.step > 0 => {
            let whom = procedure
                .route
                .stages
                .get(index)
                .and_then(|s| s.steps.get(record.at_step(index)))
                .and_then(|s| s.contact_for(record.agency.as_deref()))
                .map(crate::wording::with_whom);
            match whom {
                Some(w) => format!("Not resolved yet: not yet raised with {w}"),
                None => "Not resolved yet".into(),
            }
        }
        Outcome::Open => "Not asked yet".into(),
        Outcome::Waiting => "Not yet known: waiting to hear back".into(),
        Outcome::Resolved => format!("Resolved{on}: {}", given(Some(&reached.agreed))),
        Outcome::Escalated => {
            let next = procedure
                .route
                .stages
                .get(index + 1)
                .map(|s| format!(": taken to stage {}, {}", index + 2, mid_sentence(&s.title)))
                .unwrap_or_default();
            let on = if on.is_empty() {
                " (date not given)".to_string()
            } else {
                on
            };
            format!("Not resolved{next}{on}")
        }
        Outcome::Unresolved => {
            let last = if procedure.route.partial {
                "the last stage this handbook holds"
            } else {
                "the final stage"
            };
            let mut words = format!("Not resolved at {last}{on}.");
            if let Some(end) = &procedure.route.end_of_route {
                words.push(' ');
                words.push_str(end);
            }
            if !reached.agreed.trim().is_empty() {
                words.push_str(&format!(" What happens next: {}", reached.agreed.trim()));
            }
            words
        }
    }
}

/// Which procedure the record followed, and which version: for a local
/// version, both it and its region, each with its date.
pub fn versions(procedure: &Procedure) -> Vec<(String, String)> {
    let mut out = vec![(
        "Procedure".to_string(),
        format!(
            "{} ({}), last updated {}",
            procedure.meta.title,
            procedure.meta.partnership,
            long_date(procedure.meta.updated)
        ),
    )];
    if let Some(r) = &procedure.region {
        out[0].0 = "Local version".into();
        out.push((
            "Regional procedure".into(),
            format!(
                "{} ({}), last updated {}",
                r.title,
                r.partnership,
                long_date(r.updated)
            ),
        ));
    }
    out
}

/// The record as sections of key and value, in the order a reader expects.
pub fn summary(procedure: &Procedure, record: &Record, today: NaiveDate) -> Vec<Section> {
    let route = &procedure.route;
    let mut sections = vec![Section {
        title: "The procedure followed".into(),
        rows: versions(procedure)
            .into_iter()
            .map(|(k, v)| row(k, v, None))
            .collect(),
    }];
    let area = match record.area.as_deref() {
        Some("other") => format!("Something else: {}", given(Some(&record.other_area))),
        Some(a) => a.to_string(),
        None => "Not asked".into(),
    };
    let mut about = Vec::new();
    if let Some(t) = &record.training {
        about.push(row("Training example", format!("{t} (fictional)"), None));
    }
    // A procedure with no urgent question never shows one.
    if let Some(urgent) = &route.urgent {
        about.push(row(
            urgent.question.as_str(),
            match record.urgent {
                Some(true) => "Yes",
                Some(false) => "No",
                None => "Not asked",
            },
            Some(ChangeAt::Urgent),
        ));
    }
    about.push(row(
        "Case reference",
        given(record.case_reference.as_deref()),
        Some(ChangeAt::Case),
    ));
    about.push(row(
        "Your role",
        given(record.role.as_deref()),
        Some(ChangeAt::Case),
    ));
    let agencies_change = |listed: ChangeAt| {
        Some(if route.agencies.is_empty() {
            ChangeAt::Case
        } else {
            listed
        })
    };
    about.push(row(
        "Your agency",
        agency_words(
            procedure,
            record.agency.as_deref(),
            record.agency_named.as_deref(),
        ),
        agencies_change(ChangeAt::YourAgency),
    ));
    about.push(row(
        "The agency you disagree with",
        agency_words(
            procedure,
            record.other_agency.as_deref(),
            record.other_agency_named.as_deref(),
        ),
        agencies_change(ChangeAt::OtherAgency),
    ));
    about.push(row(
        "What the disagreement is about",
        area,
        Some(ChangeAt::Area),
    ));
    about.push(row(
        "Description",
        given(record.description.as_deref()),
        Some(ChangeAt::Description),
    ));
    sections.push(Section {
        title: "The disagreement".into(),
        rows: about,
    });

    for (i, reached) in record.stages.iter().enumerate() {
        let mut rows = Vec::new();
        let began = match (reached.started, reached.started_not_known) {
            (Some(d), _) => {
                let time = reached
                    .started_time
                    .as_deref()
                    .filter(|t| !t.is_empty())
                    .map(|t| format!(" at {t}"))
                    .unwrap_or_default();
                format!("{}{time}", long_date(d))
            }
            (None, true) => "Not known".into(),
            (None, false) => "Not asked".into(),
        };
        rows.push(row("Began", began, Some(ChangeAt::StageStart(i))));
        rows.push(row(
            "Who was contacted",
            given(reached.contacted.as_deref()),
            Some(ChangeAt::Contacted(i)),
        ));
        for (n, step) in steps(procedure, record, i, today).into_iter().enumerate() {
            let who = step
                .contact
                .clone()
                .unwrap_or_else(|| format!("step {}", n + 1));
            let mut r = row(
                format!("Deadline: {who}"),
                step.due_and_done_words(),
                Some(ChangeAt::Contacted(i)),
            );
            r.tag = step.tag;
            rows.push(r);
        }
        if let Some(t) = reached.target {
            let mut r = row(
                "Target date you set",
                long_date(t),
                Some(ChangeAt::Contacted(i)),
            );
            r.tag = crate::plan::target_tag(procedure, record, i, today);
            rows.push(r);
        }
        rows.push(row(
            "Outcome",
            outcome_words(procedure, record, i),
            Some(ChangeAt::Outcome(i)),
        ));
        sections.push(Section {
            title: stage_name(procedure, &reached.stage),
            rows,
        });
    }

    // What to do next, and by when, as the aid says it: the record on the
    // child's file says it too, as of the day it was made.
    if record.current().is_some() {
        sections.push(Section {
            title: "What to do next".into(),
            rows: vec![row(
                format!("As of {}", long_date(today)),
                crate::plan::next_action(procedure, record, today),
                None,
            )],
        });
    }

    if !route.record.is_empty() {
        let rows = route
            .record
            .iter()
            .map(|q| {
                let shown = match (record.answers.get(&q.id).map(String::as_str), q.answer) {
                    (None, _) => "Not asked yet".into(),
                    (Some("yes"), AnswerKind::YesNo) => "Yes".into(),
                    (Some("no"), AnswerKind::YesNo) => "No".into(),
                    (Some(_), AnswerKind::YesNo) => "Not answered".into(),
                    (Some(a), AnswerKind::Date) => stagehand_model::iso_date::parse(a)
                        .map_or_else(|| given(Some(a)), long_date),
                    (Some(a), _) => given(Some(a)),
                };
                row(q.question.clone(), shown, Some(ChangeAt::Questions))
            })
            .collect();
        sections.push(Section {
            title: "Questions for the record".into(),
            rows,
        });
    }
    sections
}
