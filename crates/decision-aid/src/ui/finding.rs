//! Where the practitioner is in the route: the stage they choose, or the
//! step the finder's questions land on, and when each stage began (or that
//! they do not know).

use super::events::Answer;
use super::form::{self, Choice, FieldError, Form, RadioPage};
use super::{Aid, Screen};
use crate::dates::{long_date, parse_time};
use crate::finder;
use crate::plan::stage_name;
use chrono::NaiveDate;
use leptos::prelude::*;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_aid_screens::{Heading, fields, parts};

/// Who a stage is raised with, in words: its first step's contact for the
/// practitioner's agency, where it names one.
fn raised_with(aid: &Aid, index: usize) -> Option<String> {
    let stage = &aid.procedure.route.stages[index];
    let agency = aid.agency();
    stage
        .steps
        .iter()
        .find_map(|s| s.contact_for(agency.as_deref()))
        .map(str::to_string)
}

/// Where the finder's answers put them, said on the screens after it: it
/// jumps straight to dates otherwise, and the stage is left to be guessed.
fn found_at(aid: &Aid, index: usize) -> Option<String> {
    (aid.chosen(Screen::Where).as_deref() == Some("unsure")).then(|| {
        let stage = &aid.procedure.route.stages[index];
        wf(
            "found-at",
            &[
                ("number", (index + 1).into()),
                ("title", Arg::Text(&stage.title)),
            ],
        )
    })
}

/// Land where the answers put them: ask for the earlier stages' dates (if
/// any), then the date this stage began.
fn land(aid: &Aid, landing: finder::Landing) {
    aid.record.update(|r| r.land(&aid.procedure, landing));
    aid.go(if landing.stage > 0 {
        Screen::EarlierStarts(landing.stage)
    } else {
        Screen::StageStart(0)
    });
}

fn where_choices(aid: &Aid) -> Vec<Choice> {
    let mut choices: Vec<Choice> = aid
        .procedure
        .route
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let hint = match (i, raised_with(aid, i)) {
                (0, Some(with)) => wf("where-starting-with", &[("contact", Arg::Text(&with))]),
                (0, None) => w("where-starting"),
                (_, Some(with)) => wf("where-it-is-with", &[("contact", Arg::Text(&with))]),
                // A stage that names no one (Croydon's formal stages): no
                // sentence made from its title.
                (_, None) => w("where-reached"),
            };
            let name = wf(
                "stage-name",
                &[("number", (i + 1).into()), ("title", Arg::Text(&s.title))],
            );
            Choice::new(i.to_string(), name).hint(hint)
        })
        .collect();
    choices.push(Choice::new("unsure", w("where-unsure")).hint(w("where-unsure-hint")));
    choices
}

pub fn where_(aid: &Aid, form: &Form) -> AnyView {
    // "I'm not sure" is not in the record: Back shows it as chosen.
    let initial = aid.chosen(Screen::Where).unwrap_or_else(|| {
        aid.record
            .with(|r| r.current())
            .map_or(String::new(), |i| i.to_string())
    });
    let question = w("where-question");
    RadioPage {
        id: "where",
        question: &question,
        hint: None,
        caption: None,
        choices: &where_choices(aid),
        initial: &initial,
    }
    .view(form, &|_| None)
}

pub fn answer_where(aid: &Aid, form: &Form) -> Result<(), Answer> {
    let answer = form::chosen(form, "where", &w("where-required"))?;
    aid.choose(Screen::Where, &answer);
    match answer.parse::<usize>() {
        Ok(i) if i < aid.stage_count() => land(
            aid,
            finder::Landing {
                stage: i,
                step: 0,
                waiting: false,
            },
        ),
        _ => {
            let (stage, step) = finder::first(&aid.procedure, aid.agency().as_deref());
            aid.go(Screen::Find(stage, step));
        }
    }
    Ok(())
}

/// "Have you raised it with ...?", step by step through the route: raised
/// and waiting, raised and not resolved, or not yet.
pub fn find(aid: &Aid, form: &Form, stage: usize, step: usize) -> AnyView {
    let agency = aid.agency();
    let question = finder::question(&aid.procedure, agency.as_deref(), (stage, step));
    let initial = aid.chosen(Screen::Find(stage, step)).unwrap_or_default();
    let choices: Vec<Choice> = finder::Answer::labels()
        .into_iter()
        .map(|(answer, label)| Choice::new(answer.value(), label))
        .collect();
    let caption = w("finding-caption");
    RadioPage {
        id: "find",
        question: &question,
        hint: None,
        // Not "Stage 2 of 3": the finder has not yet said which stage it is.
        caption: Some(&caption),
        choices: &choices,
        initial: &initial,
    }
    .view(form, &|_| None)
}

pub fn answer_find(aid: &Aid, form: &Form, stage: usize, step: usize) -> Result<(), Answer> {
    let required = match raised_with(aid, stage) {
        Some(with) => wf("find-required-with", &[("contact", Arg::Text(&with))]),
        None => wf("find-required-stage", &[("number", (stage + 1).into())]),
    };
    let value = form::chosen(form, "find", &required)?;
    aid.choose(Screen::Find(stage, step), &value);
    if let Some(answer) = finder::Answer::from_value(&value) {
        let agency = aid.agency();
        match finder::answer(&aid.procedure, agency.as_deref(), (stage, step), answer) {
            finder::Next::Ask((i, j)) => aid.go(Screen::Find(i, j)),
            finder::Next::Land(landing) => land(aid, landing),
        }
    }
    Ok(())
}

/// A date that must not come before an earlier stage's, or after a later one's.
fn out_of_order(
    aid: &Aid,
    index: usize,
    date: NaiveDate,
    what: &str,
    earlier: &[(usize, Option<NaiveDate>)],
) -> Option<String> {
    let known = |i: usize| {
        earlier
            .iter()
            .find(|(n, _)| *n == i)
            .map(|(_, d)| *d)
            .unwrap_or_else(|| aid.record.with(|r| r.started(i)))
    };
    if let Some((i, before)) = (0..index).rev().find_map(|i| known(i).map(|d| (i, d)))
        && date < before
    {
        let date = long_date(before);
        return Some(wf(
            "date-after-earlier-stage",
            &[
                ("what", Arg::Text(what)),
                ("number", (i + 1).into()),
                ("date", Arg::Text(&date)),
            ],
        ));
    }
    let later = aid
        .record
        .with(|r| (index + 1..r.stages.len()).find_map(|i| r.started(i).map(|d| (i, d))));
    if let Some((i, after)) = later
        && date > after
    {
        let date = long_date(after);
        return Some(wf(
            "date-before-later-stage",
            &[
                ("what", Arg::Text(what)),
                ("number", (i + 1).into()),
                ("date", Arg::Text(&date)),
            ],
        ));
    }
    None
}

fn earlier_id(i: usize) -> String {
    format!("earlier-{}", i + 1)
}

/// The dates the stages before the current one began, on one page: each
/// may be left blank when it is not known.
pub fn earlier_starts(aid: &Aid, form: &Form, index: usize) -> AnyView {
    let title = w("earlier-title");
    crate::browser::set_title(&title);
    let at = found_at(aid, index).map(|at| view! { <p>{at}</p> });
    let dates: Vec<AnyView> = (0..index)
        .map(|i| {
            let id = earlier_id(i);
            let typed = form.date(&id, aid.record.with(|r| r.started(i)));
            let label = stage_name(&aid.procedure, &aid.procedure.route.stages[i].id);
            form::date(form, &id, &label, &typed)
        })
        .collect();
    let inner = view! {
        <Heading text=title />
        {at}
        <p>{w("earlier-intro")}</p>
        {dates}
    };
    view! {
        {parts::back_link()}
        {form::question_form(form, inner.into_any())}
    }
    .into_any()
}

pub fn answer_earlier_starts(aid: &Aid, form: &Form, index: usize) -> Result<(), Answer> {
    let mut found = Vec::new();
    let mut dates: Vec<(usize, Option<NaiveDate>)> = Vec::new();
    for i in 0..index {
        let id = earlier_id(i);
        let what = wf("date-stage-began", &[("number", (i + 1).into())]);
        let f = form.date(&id, None);
        if f.is_empty() {
            dates.push((i, None));
            continue;
        }
        match f.parse(&what, aid.today(), aid.earliest(), false) {
            Ok(d) => {
                if let Some(e) = out_of_order(aid, i, d, &what, &dates) {
                    found.push(FieldError::new(id, e));
                }
                dates.push((i, Some(d)));
            }
            Err(e) => {
                found.push(FieldError::date(id, e));
                dates.push((i, None));
            }
        }
    }
    form::answered(found)?;
    aid.record.update(|r| {
        for (i, date) in dates {
            if let Some(s) = r.stages.get_mut(i) {
                s.started = date;
                s.started_not_known = date.is_none();
            }
        }
    });
    aid.next(Screen::StageStart(index));
    Ok(())
}

/// The date (and, for timescales in hours, the time) a stage began, or
/// that the practitioner does not know it.
pub fn stage_start(aid: &Aid, form: &Form, index: usize) -> AnyView {
    let reached = aid
        .record
        .with(|r| r.stages.get(index).cloned())
        .unwrap_or_default();
    let number = aid
        .procedure
        .route
        .stage_index(&reached.stage)
        .map_or(index + 1, |i| i + 1);
    let title = aid
        .procedure
        .route
        .stages
        .get(number - 1)
        .map_or(String::new(), |s| s.title.clone());
    let label = wf(
        "stage-start-question",
        &[("number", number.into()), ("title", Arg::Text(&title))],
    );
    crate::browser::set_title(&label);
    let found = found_at(aid, index).map(|at| at + " ").unwrap_or_default();
    let hint = wf("stage-start-hint", &[("found", Arg::Text(&found))]);
    let typed = form.date("stage-start", reached.started);
    let date = fields::date_input(
        "stage-start",
        &label,
        &hint,
        &typed,
        form.error("stage-start"),
        true,
    );
    let time = aid.procedure.route.uses_hours().then(|| {
        let time = form.text("stage-start-time", || {
            reached.started_time.clone().unwrap_or_default()
        });
        form::text(
            form,
            "stage-start-time",
            &w("time-began"),
            Some(&w("time-began-hint")),
            &time,
            0,
        )
    });
    let unknown = fields::or_tick_box(
        "stage-start-unknown",
        &w("stage-start-unknown"),
        form.ticked("stage-start-unknown", reached.started_not_known),
    );
    let inner = view! { {date} {time} {unknown} };
    view! {
        {parts::back_link()}
        {form::question_form(form, inner.into_any())}
    }
    .into_any()
}

pub fn answer_stage_start(aid: &Aid, form: &Form, index: usize) -> Result<(), Answer> {
    let uses_hours = aid.procedure.route.uses_hours();
    let what = wf("date-stage-began", &[("number", (index + 1).into())]);
    let mut found = Vec::new();
    let typed = form.date("stage-start", None);
    let unknown = form.ticked("stage-start-unknown", false);
    let date = if unknown && typed.is_empty() {
        None
    } else if unknown {
        found.push(FieldError::new(
            "stage-start",
            wf("stage-start-not-both", &[("number", (index + 1).into())]),
        ));
        None
    } else if typed.is_empty() {
        found.push(FieldError::new(
            "stage-start",
            wf("stage-start-required", &[("number", (index + 1).into())]),
        ));
        None
    } else {
        match typed.parse(&what, aid.today(), aid.earliest(), false) {
            Ok(d) => {
                if let Some(e) = out_of_order(aid, index, d, &what, &[]) {
                    found.push(FieldError::new("stage-start", e));
                }
                Some(d)
            }
            Err(e) => {
                found.push(FieldError::date("stage-start", e));
                None
            }
        }
    };
    let t = form.value("stage-start-time");
    if uses_hours && date.is_some() && parse_time(&t).is_none() {
        found.push(FieldError::new(
            "stage-start-time",
            w("time-began-required"),
        ));
    }
    form::answered(found)?;
    aid.record.update(|r| {
        if let Some(s) = r.stages.get_mut(index) {
            s.started = date;
            s.started_not_known = date.is_none();
            s.started_time = (uses_hours && date.is_some()).then(|| t.trim().to_string());
        }
    });
    aid.next(Screen::Stage(index));
    Ok(())
}
