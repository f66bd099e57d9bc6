//! The record as sections of key and value: what the check page shows, and
//! what every export is made from.

use crate::dates::long_date;
use crate::plan::{Tag, stage_name, steps};
use crate::record::{Outcome, Record};
use crate::wording::{given, mid_sentence};
use crate::words::{Arg, w, wf};
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
        _ => w("not-asked"),
    }
}

/// The outcome of a stage in one sentence.
pub fn outcome_words(procedure: &Procedure, record: &Record, index: usize) -> String {
    let Some(reached) = record.stages.get(index) else {
        return String::new();
    };
    let on = record
        .ended_on(index)
        .map(|d| wf("outcome-on", &[("date", Arg::Text(&long_date(d)))]))
        .unwrap_or_default();
    match reached.outcome {
        // Raised at every step and not resolved, not yet taken further.
        Outcome::Open if record.past_every_step(procedure, index) => {
            match procedure.route.stages.get(index + 1) {
                Some(_) => wf("outcome-not-taken-yet", &[("number", (index + 2).into())]),
                None => w("outcome-not-resolved-yet"),
            }
        }
        // The finder's "not yet", or the outcome's "not yet raised with ...".
        Outcome::Open if reached.step > 0 => {
            let contact = procedure
                .route
                .stages
                .get(index)
                .and_then(|s| s.steps.get(record.at_step(index)))
                .and_then(|s| s.contact_for(record.agency.as_deref()));
            match contact {
                Some(c) => wf("outcome-not-raised-with", &[("contact", Arg::Text(c))]),
                None => w("outcome-not-resolved-yet"),
            }
        }
        Outcome::Open => w("not-asked-yet"),
        Outcome::Waiting => w("outcome-waiting"),
        Outcome::Resolved => {
            let agreed = given(Some(&reached.agreed));
            wf(
                "outcome-resolved-on",
                &[("on", Arg::Text(&on)), ("agreed", Arg::Text(&agreed))],
            )
        }
        Outcome::Escalated => {
            let next = procedure
                .route
                .stages
                .get(index + 1)
                .map(|s| {
                    let title_mid = mid_sentence(&s.title);
                    wf(
                        "outcome-taken-to",
                        &[
                            ("number", (index + 2).into()),
                            ("title", Arg::Text(&s.title)),
                            ("title_mid", Arg::Text(&title_mid)),
                        ],
                    )
                })
                .unwrap_or_default();
            let on = if on.is_empty() {
                w("outcome-date-not-given")
            } else {
                on
            };
            wf(
                "outcome-escalated-on",
                &[("next", Arg::Text(&next)), ("on", Arg::Text(&on))],
            )
        }
        Outcome::Unresolved => {
            let partial = Arg::Text(if procedure.route.partial { "yes" } else { "no" });
            let mut words = wf(
                "outcome-unresolved-on",
                &[("partial", partial), ("on", Arg::Text(&on))],
            );
            if let Some(end) = &procedure.route.end_of_route {
                words.push(' ');
                words.push_str(end);
            }
            if !reached.agreed.trim().is_empty() {
                let next = wf(
                    "outcome-what-next",
                    &[("agreed", Arg::Text(reached.agreed.trim()))],
                );
                words.push_str(&next);
            }
            words
        }
    }
}

/// Which procedure the record followed, and which version: for a local
/// version, both it and its region, each with its date.
pub fn versions(procedure: &Procedure) -> Vec<(String, String)> {
    let version = |title: &str, partnership: &str, updated| {
        let date = long_date(updated);
        wf(
            "version-words",
            &[
                ("title", Arg::Text(title)),
                ("partnership", Arg::Text(partnership)),
                ("date", Arg::Text(&date)),
            ],
        )
    };
    let meta = &procedure.meta;
    let mut out = vec![(
        w("key-procedure"),
        version(&meta.title, &meta.partnership, meta.updated),
    )];
    if let Some(r) = &procedure.region {
        out[0].0 = w("key-local-version");
        out.push((
            w("key-regional-procedure"),
            version(&r.title, &r.partnership, r.updated),
        ));
    }
    out
}

/// The record as sections of key and value, in the order a reader expects.
pub fn summary(procedure: &Procedure, record: &Record, today: NaiveDate) -> Vec<Section> {
    let route = &procedure.route;
    let mut sections = vec![Section {
        title: w("section-procedure"),
        rows: versions(procedure)
            .into_iter()
            .map(|(k, v)| row(k, v, None))
            .collect(),
    }];
    let area = match record.area.as_deref() {
        Some("other") => {
            let other = given(Some(&record.other_area));
            wf("area-something-else", &[("text", Arg::Text(&other))])
        }
        Some(a) => route.area_words(a).to_string(),
        None => w("not-asked"),
    };
    let mut about = Vec::new();
    if let Some(t) = &record.training {
        about.push(row(
            w("key-training"),
            wf("training-fictional", &[("title", t.into())]),
            None,
        ));
    }
    // A procedure with no urgent question never shows one.
    if let Some(urgent) = &route.urgent {
        about.push(row(
            urgent.question.as_str(),
            match record.urgent {
                Some(true) => w("yes"),
                Some(false) => w("no"),
                None => w("not-asked"),
            },
            Some(ChangeAt::Urgent),
        ));
    }
    about.push(row(
        w("key-case-reference"),
        given(record.case_reference.as_deref()),
        Some(ChangeAt::Case),
    ));
    about.push(row(
        w("key-your-role"),
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
        w("key-your-agency"),
        agency_words(
            procedure,
            record.agency.as_deref(),
            record.agency_named.as_deref(),
        ),
        agencies_change(ChangeAt::YourAgency),
    ));
    about.push(row(
        w("key-other-agency"),
        agency_words(
            procedure,
            record.other_agency.as_deref(),
            record.other_agency_named.as_deref(),
        ),
        agencies_change(ChangeAt::OtherAgency),
    ));
    // A route with no areas never asks what it is about: no row, and no
    // "Change" to a question whose only answer is "Something else".
    if !(route.areas.is_empty() && route.excludes.is_empty()) {
        about.push(row(w("key-area"), area, Some(ChangeAt::Area)));
    }
    about.push(row(
        w("key-description"),
        given(record.description.as_deref()),
        Some(ChangeAt::Description),
    ));
    sections.push(Section {
        title: w("section-disagreement"),
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
                    .map(|t| wf("began-at", &[("time", t.into())]))
                    .unwrap_or_default();
                format!("{}{time}", long_date(d))
            }
            (None, true) => w("not-known"),
            (None, false) => w("not-asked"),
        };
        rows.push(row(w("key-began"), began, Some(ChangeAt::StageStart(i))));
        rows.push(row(
            w("key-who-contacted"),
            given(reached.contacted.as_deref()),
            Some(ChangeAt::Contacted(i)),
        ));
        for (n, step) in steps(procedure, record, i, today).into_iter().enumerate() {
            let who = step
                .contact
                .clone()
                .unwrap_or_else(|| wf("step-n", &[("number", (n + 1).into())]));
            let mut r = row(
                wf("key-deadline", &[("who", Arg::Text(&who))]),
                step.due_and_done_words(),
                Some(ChangeAt::Contacted(i)),
            );
            r.tag = step.tag;
            rows.push(r);
        }
        if let Some(t) = reached.target {
            let mut r = row(w("key-target"), long_date(t), Some(ChangeAt::Contacted(i)));
            r.tag = crate::plan::target_tag(procedure, record, i, today);
            rows.push(r);
        }
        rows.push(row(
            w("key-outcome"),
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
            title: w("section-next"),
            rows: vec![row(
                wf("as-of", &[("date", Arg::Text(&long_date(today)))]),
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
                    (None, _) => w("not-asked-yet"),
                    (Some("yes"), AnswerKind::YesNo) => w("yes"),
                    (Some("no"), AnswerKind::YesNo) => w("no"),
                    (Some(_), AnswerKind::YesNo) => w("not-answered"),
                    (Some(a), AnswerKind::Date) => stagehand_model::iso_date::parse(a)
                        .map_or_else(|| given(Some(a)), long_date),
                    (Some(a), _) => given(Some(a)),
                };
                row(q.question.clone(), shown, Some(ChangeAt::Questions))
            })
            .collect();
        sections.push(Section {
            title: w("section-questions"),
            rows,
        });
    }
    sections
}
