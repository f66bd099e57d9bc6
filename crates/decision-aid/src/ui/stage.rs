//! What to do at a stage, who to contact and by when, and what happened.

use super::events::{Answer, Stay};
use super::form::{self, Choice, FieldError, Form, RadioPage};
use super::{Aid, Screen};
use crate::dates::long_date;
use crate::plan;
use crate::record::Outcome as Result_;
use leptos::prelude::*;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_aid_screens::{Heading, fields, parts};

/// "... must be the same as or after the date stage 2 began, ...".
fn after_stage_began(what: &str, index: usize, began: Option<chrono::NaiveDate>) -> String {
    let date = began.map(long_date).unwrap_or_default();
    wf(
        "date-after-earlier-stage",
        &[
            ("what", Arg::Text(what)),
            ("number", (index + 1).into()),
            ("date", Arg::Text(&date)),
        ],
    )
}

/// What to do at this stage, who to contact, and by when.
pub fn current_stage(aid: &Aid, form: &Form, index: usize) -> AnyView {
    let procedure = &aid.procedure;
    let record = aid.record.get();
    let reached = record.stages.get(index).cloned().unwrap_or_default();
    let stage = procedure.route.stage(&reached.stage);
    let title = stage.map(|s| s.title.clone()).unwrap_or_default();
    crate::browser::set_title(&title);
    let steps = plan::steps(procedure, &record, index, aid.today());
    let has_dates = steps.iter().any(|s| s.due_date().is_some());
    let timescales: Vec<_> = stage
        .map(|s| s.steps.iter().filter_map(|st| st.within).collect())
        .unwrap_or_default();
    let start_unknown =
        reached.started.is_none() && timescales.iter().any(|t| !t.is_urgent_without_date());
    let urgent_only = timescales.iter().any(|t| t.is_urgent_without_date());
    let unknown_start = start_unknown.then(|| {
        view! {
            <div class="warning-text" role="note">
                {w("stage-start-not-known-warning")}
            </div>
        }
    });
    let contacted = form.text("contacted", || {
        reached.contacted.clone().unwrap_or_default()
    });
    let done = done_fields(aid, form, index, &steps);
    let contacted = form::text(
        form,
        "contacted",
        &w("contacted-label"),
        Some(&w("contacted-hint")),
        &contacted,
        3,
    );
    let target =
        (!has_dates && !start_unknown).then(|| {
            let inset = if urgent_only {
                w("target-inset-urgent")
            } else {
                w("target-inset-none")
            };
            // A target date in the past is said once, above the date.
            let warned = aid.warned.get().filter(|_| form.errors.is_empty()).map(|d| {
            view! {
                <div class="warning-text" id="aid-target-warning" tabindex="-1" role="alert">
                    <strong>
                        {wf("target-passed", &[("date", Arg::Text(&long_date(d)))])}
                    </strong>
                    {w("target-passed-continue")}
                </div>
            }
        });
            let typed = form.date("target", reached.target);
            view! {
                <div class="inset">
                    <p>{inset}</p>
                </div>
                {warned}
                {form::date(form, "target", &w("target-label"), &typed)}
            }
        });
    let inner = view! { {done} {contacted} {target} };
    view! {
        {parts::back_link()}
        <span class="caption">
            {wf(
                "stage-of",
                &[("number", (index + 1).into()), ("count", procedure.route.stages.len().into())],
            )}
        </span>
        <Heading text=title />
        {parts::stage(procedure, &record, index, aid.today())}
        {unknown_start}
        {form::question_form(form, inner.into_any())}
    }
    .into_any()
}

/// The label of step `n`'s "done on" date: whom it was raised with.
fn done_label(step: &plan::StepDue, n: usize) -> String {
    match &step.contact {
        Some(c) => wf(
            "done-label-with",
            &[("number", (n + 1).into()), ("contact", Arg::Text(c))],
        ),
        None => wf("done-label", &[("number", (n + 1).into())]),
    }
}

/// A date for each step, to mark it done on the day it happened: empty
/// until the practitioner gives one (never filled in for them).
fn done_fields(aid: &Aid, form: &Form, index: usize, steps: &[plan::StepDue]) -> AnyView {
    let dated = steps.iter().any(|s| s.due_date().is_some());
    let hint = wf(
        "done-hint",
        &[("dated", Arg::Text(if dated { "yes" } else { "no" }))],
    );
    let dates: Vec<AnyView> = steps
        .iter()
        .enumerate()
        .map(|(n, step)| {
            let id = format!("done-{}", n + 1);
            let given = aid.record.with(|r| r.done_on(index, n));
            fields::date_input(
                &id,
                &done_label(step, n),
                &w("done-date-hint"),
                &form.date(&id, given),
                form.error(&id),
                false,
            )
        })
        .collect();
    view! {
        <h4>{w("steps-done")}</h4>
        <p class="hint">{hint}</p>
        {dates}
    }
    .into_any()
}

/// The days given for the steps, checked: none in the future, none before
/// the stage began.
fn read_done(
    aid: &Aid,
    form: &Form,
    index: usize,
) -> Result<Vec<Option<chrono::NaiveDate>>, Vec<FieldError>> {
    let steps = aid.procedure.route.stages[index].steps.len();
    let started = aid
        .record
        .with(|r| r.stages.get(index).and_then(|s| s.started));
    let mut found = Vec::new();
    let mut days = Vec::new();
    for n in 0..steps {
        let id = format!("done-{}", n + 1);
        let typed = form.date(&id, None);
        if typed.is_empty() {
            days.push(None);
            continue;
        }
        let what = wf("date-step-done", &[("number", (n + 1).into())]);
        match typed.parse(&what, aid.today(), aid.earliest(), false) {
            Ok(d) if started.is_some_and(|s| d < s) => found.push(FieldError::new(
                &id,
                after_stage_began(&what, index, started),
            )),
            Ok(d) => days.push(Some(d)),
            Err(e) => found.push(FieldError::date(&id, e)),
        }
    }
    if found.is_empty() {
        Ok(days)
    } else {
        Err(found)
    }
}

pub fn answer_current_stage(aid: &Aid, form: &Form, index: usize) -> Result<(), Answer> {
    let done = read_done(aid, form, index)?;
    let typed = form.date("target", None);
    let target = if typed.is_empty() {
        None
    } else {
        match typed.parse(&w("target-what"), aid.today(), aid.earliest(), true) {
            Ok(d) => Some(d),
            Err(e) => {
                // The warning was about a date no longer there.
                aid.warned.set(None);
                return Err(vec![FieldError::date("target", e)].into());
            }
        }
    };
    // A target for the stage cannot come before it began.
    let started = aid
        .record
        .with(|r| r.stages.get(index).and_then(|s| s.started));
    if let Some((_, began)) = target.zip(started).filter(|(d, began)| d < began) {
        aid.warned.set(None);
        let what = w("target-what");
        return Err(vec![FieldError::new(
            "target",
            after_stage_began(&what, index, Some(began)),
        )]
        .into());
    }
    // A target date in the past: say so once, then accept it.
    if let Some(d) = target.filter(|d| *d < aid.today())
        && aid.warned.get() != Some(d)
    {
        aid.warned.set(Some(d));
        return Err(Answer::Stay(Stay {
            form: form.again(),
            focus: "aid-target-warning",
        }));
    }
    aid.warned.set(None);
    let contacted = form.value("contacted");
    aid.record.update(|r| {
        if let Some(s) = r.stages.get_mut(index) {
            s.contacted = Some(contacted);
            s.target = target;
        }
        for (n, day) in done.into_iter().enumerate() {
            r.mark_done(index, n, day);
        }
    });
    aid.next(Screen::Outcome(index));
    Ok(())
}

fn outcome_choices(aid: &Aid, index: usize) -> Vec<Choice> {
    let route = &aid.procedure.route;
    let last = index + 1 >= route.stages.len();
    let mut choices = vec![Choice::new("resolved", w("outcome-choice-resolved"))];
    choices.push(if last {
        // Where the handbook holds only the first stages, this is not the
        // procedure's final one: say where it goes next, in its own words.
        let label = if route.partial {
            w("outcome-choice-unresolved-here")
        } else {
            w("outcome-choice-unresolved-final")
        };
        let choice = Choice::new("unresolved", label);
        match &route.end_of_route {
            Some(e) => choice.hint(e.clone()),
            None => choice.hint(w("no-further-stage")),
        }
    } else {
        let next = &route.stages[index + 1];
        Choice::new(
            "escalate",
            wf(
                "outcome-choice-escalate",
                &[
                    ("number", (index + 2).into()),
                    ("title", Arg::Text(&next.title)),
                ],
            ),
        )
    });
    // The step to do next, as the finder or the steps marked done left it:
    // waiting names whom, and a step not yet raised is offered as such.
    let (at, whom) = aid.record.with(|r| {
        let at = r.at_step(index);
        let whom = route.stages[index]
            .steps
            .get(at)
            .and_then(|s| s.contact_for(r.agency.as_deref()))
            .map(str::to_string);
        (at, whom)
    });
    let said = |id: &str, contact: &String| wf(id, &[("contact", Arg::Text(contact))]);
    let waiting = match &whom {
        Some(who) => said("outcome-choice-waiting-for", who),
        None => w("outcome-choice-waiting"),
    };
    choices.push(Choice::new("waiting", waiting).hint(w("outcome-choice-waiting-hint")));
    if let Some(who) = whom.filter(|_| at > 0) {
        choices.push(Choice::new(
            "not-raised",
            said("outcome-choice-not-raised", &who),
        ));
    }
    choices
}

/// Was it resolved at this stage?
pub fn outcome(aid: &Aid, form: &Form, index: usize) -> AnyView {
    let last = index + 1 >= aid.stage_count();
    let reached = aid
        .record
        .with(|r| r.stages.get(index).cloned())
        .unwrap_or_default();
    // "No, take it further" is recorded only on the next screen: until
    // then, Back shows the choice made here, not the record's "waiting".
    // The finder's "raised and not resolved" at every step of the stage:
    // that is what she said, so it is shown chosen (at the last stage, as
    // not resolved there).
    let not_resolved = aid
        .record
        .with(|r| r.past_every_step(&aid.procedure, index));
    let initial = aid.chosen(Screen::Outcome(index)).unwrap_or_else(|| {
        match reached.outcome {
            Result_::Open if not_resolved && last => "unresolved",
            Result_::Open if not_resolved => "escalate",
            // The finder's "not yet" at a later step of this stage.
            Result_::Open if reached.step > 0 => "not-raised",
            Result_::Open => "",
            Result_::Waiting => "waiting",
            Result_::Resolved => "resolved",
            Result_::Escalated => "escalate",
            Result_::Unresolved => "unresolved",
        }
        .to_string()
    });
    // The date is empty until the person gives it, as GOV.UK's date pattern does.
    let reveal = |value: &str| {
        let (text, text_label, date, date_label) = match value {
            "resolved" => (
                "agreed",
                w("agreed-label"),
                "resolved-on",
                w("resolved-on-label"),
            ),
            "unresolved" if last => (
                "next-course",
                w("next-course-label"),
                "unresolved-on",
                w("unresolved-on-label"),
            ),
            _ => return None,
        };
        let typed = form.text(text, || reached.agreed.clone());
        let when = form.date(date, reached.ended);
        Some(
            view! {
                {form::text(form, text, &text_label, None, &typed, 3)}
                {form::date(form, date, &date_label, &when)}
            }
            .into_any(),
        )
    };
    RadioPage {
        id: "outcome",
        question: &wf("outcome-question", &[("number", (index + 1).into())]),
        hint: None,
        caption: None,
        choices: &outcome_choices(aid, index),
        initial: &initial,
    }
    .view(form, &reveal)
}

pub fn answer_outcome(aid: &Aid, form: &Form, index: usize) -> Result<(), Answer> {
    let answer = form::chosen(
        form,
        "outcome",
        &wf("outcome-required", &[("number", (index + 1).into())]),
    )?;
    let started = aid
        .record
        .with(|r| r.stages.get(index).and_then(|s| s.started));
    let ended = match answer.as_str() {
        "resolved" | "unresolved" => Some(ended_on(aid, form, index, &answer, started)?),
        _ => None,
    };
    aid.choose(Screen::Outcome(index), &answer);
    aid.changing.set(false);
    match answer.as_str() {
        "resolved" | "unresolved" => {
            let agreed = form.value(if answer == "resolved" {
                "agreed"
            } else {
                "next-course"
            });
            aid.record.update(|r| {
                r.stages.truncate(index + 1);
                let s = &mut r.stages[index];
                s.outcome = if answer == "resolved" {
                    Result_::Resolved
                } else {
                    Result_::Unresolved
                };
                s.agreed = agreed;
                s.ended = ended;
                s.not_resolved = false;
            });
            aid.go(if aid.procedure.route.record.is_empty() {
                Screen::Check
            } else {
                Screen::Questions
            });
        }
        "escalate" => aid.go(Screen::Escalate(index)),
        "not-raised" => {
            // At the step not yet raised: open, waiting for nobody.
            aid.record.update(|r| {
                r.stages.truncate(index + 1);
                let at = r.at_step(index) as u32;
                let s = &mut r.stages[index];
                s.outcome = Result_::Open;
                s.not_resolved = false;
                s.ended = None;
                s.step = at;
            });
            aid.go(Screen::Summary);
        }
        _ => {
            let steps = aid.procedure.route.stages[index].steps.len();
            aid.record.update(|r| {
                r.stages.truncate(index + 1);
                // Waiting at the step to do next; every step done, at the last.
                let at = r.at_step(index).min(steps.saturating_sub(1)) as u32;
                let s = &mut r.stages[index];
                s.outcome = Result_::Waiting;
                s.not_resolved = false;
                s.ended = None;
                s.step = at;
            });
            aid.go(Screen::Summary);
        }
    }
    Ok(())
}

/// The day a stage was resolved, or decided unresolved, with what was agreed.
fn ended_on(
    aid: &Aid,
    form: &Form,
    index: usize,
    answer: &str,
    started: Option<chrono::NaiveDate>,
) -> Result<chrono::NaiveDate, Vec<FieldError>> {
    let mut found = Vec::new();
    if answer == "resolved" && form.value("agreed").trim().is_empty() {
        found.push(FieldError::new("agreed", w("agreed-required")));
    }
    // Which date, in the message: there may be several on the record.
    let (field, what) = if answer == "resolved" {
        ("resolved-on", w("date-resolved"))
    } else {
        ("unresolved-on", w("date-decided"))
    };
    let ended = match form
        .date(field, None)
        .parse(&what, aid.today(), aid.earliest(), false)
    {
        Ok(d) if started.is_some_and(|s| d < s) => {
            found.push(FieldError::new(
                field,
                after_stage_began(&what, index, started),
            ));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            found.push(FieldError::date(field, e));
            None
        }
    };
    match ended {
        Some(d) if found.is_empty() => Ok(d),
        _ => Err(found),
    }
}

/// The date it was escalated: the next stage begins then.
pub fn escalate(aid: &Aid, form: &Form, index: usize) -> AnyView {
    let next_name = aid
        .procedure
        .route
        .stages
        .get(index + 1)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let label = wf(
        "escalate-question",
        &[
            ("number", (index + 2).into()),
            ("title", Arg::Text(&next_name)),
        ],
    );
    crate::browser::set_title(&label);
    // Only the day it was taken further: not a day given for another
    // outcome (resolved, then changed to "needs to go to the next stage").
    let existing = aid.record.with(|r| {
        r.stages
            .get(index)
            .filter(|s| s.outcome == Result_::Escalated)
            .and_then(|s| s.ended)
    });
    let date = fields::date_input(
        "escalated",
        &label,
        &w("escalate-hint"),
        &form.date("escalated", existing),
        form.error("escalated"),
        true,
    );
    // "It needs to go to stage 2" may be said before it has gone there:
    // then there is no true date to give.
    let not_yet = fields::or_tick_box(
        "escalated-not-yet",
        &wf("escalate-not-yet", &[("number", (index + 2).into())]),
        form.ticked("escalated-not-yet", false),
    );
    view! {
        {parts::back_link()}
        {form::question_form(form, view! { {date} {not_yet} }.into_any())}
    }
    .into_any()
}

/// Not taken to the next stage yet: the stage stays open, past its every
/// step, and where it stands says to take it there.
fn not_taken_yet(aid: &Aid, index: usize) {
    // Which steps were done is only what the practitioner marked: saying it
    // needs to go further does not say the steps before were taken.
    aid.record.update(|r| {
        r.stages.truncate(index + 1);
        let s = &mut r.stages[index];
        s.outcome = Result_::Open;
        s.ended = None;
        s.not_resolved = true;
    });
    aid.go(Screen::Summary);
}

pub fn answer_escalate(aid: &Aid, form: &Form, index: usize) -> Result<(), Answer> {
    let what = w("date-escalated");
    let typed = form.date("escalated", None);
    if form.ticked("escalated-not-yet", false) {
        if !typed.is_empty() {
            return Err(vec![FieldError::new(
                "escalated",
                wf("escalate-not-both", &[("number", (index + 2).into())]),
            )]
            .into());
        }
        not_taken_yet(aid, index);
        return Ok(());
    }
    let date = typed
        .parse(&what, aid.today(), aid.earliest(), false)
        .map_err(|e| vec![FieldError::date("escalated", e)])?;
    let started = aid
        .record
        .with(|r| r.stages.get(index).and_then(|s| s.started));
    if let Some(s) = started.filter(|s| date < *s) {
        return Err(vec![FieldError::new(
            "escalated",
            after_stage_began(&what, index, Some(s)),
        )]
        .into());
    }
    aid.record.update(|r| {
        r.reach(&aid.procedure, index + 1, 0);
        r.stages[index].not_resolved = false;
        r.stages[index].outcome = Result_::Escalated;
        r.stages[index].ended = Some(date);
        r.stages[index + 1].started = Some(date);
        r.stages[index + 1].started_not_known = false;
    });
    aid.go(if aid.procedure.route.uses_hours() {
        Screen::StageStart(index + 1)
    } else {
        Screen::Stage(index + 1)
    });
    Ok(())
}
