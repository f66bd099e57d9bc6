//! Where the practitioner is in the route: the stage they choose, or the
//! step the finder's questions land on, and when each stage began (or that
//! they do not know).

use super::form::{
    BackLink, Choice, DateInput, FieldError, Heading, OnAnswer, QuestionForm, RadioQuestion,
    new_errors, show,
};
use super::{Aid, Screen, aid};
use crate::dates::{DateFields, long_date, parse_time};
use crate::finder;
use crate::plan::stage_name;
use crate::wording::with_whom;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Who a stage is raised with, in words: its first step's contact for the
/// practitioner's agency, where it names one.
fn raised_with(aid: &Aid, index: usize) -> Option<String> {
    let stage = &aid.procedure.route.stages[index];
    let agency = aid.agency();
    stage
        .steps
        .iter()
        .find_map(|s| s.contact_for(agency.as_deref()).map(with_whom))
}

/// Where the finder's answers put them, said on the screens after it: it
/// jumps straight to dates otherwise, and the stage is left to be guessed.
fn found_at(aid: &Aid, index: usize) -> Option<String> {
    (aid.chosen(Screen::Where).as_deref() == Some("unsure")).then(|| {
        let stage = &aid.procedure.route.stages[index];
        format!(
            "Your answers put you at stage {}: {}.",
            index + 1,
            stage.title
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

#[component]
pub fn Where() -> impl IntoView {
    let aid = aid();
    let stages = aid.procedure.route.stages.clone();
    // "I'm not sure" is not in the record: Back shows it as chosen.
    let initial = aid.chosen(Screen::Where).unwrap_or_else(|| {
        aid.record
            .with_untracked(|r| r.current())
            .map_or(String::new(), |i| i.to_string())
    });
    let mut choices: Vec<Choice> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let hint = match (i, raised_with(&aid, i)) {
                (0, Some(with)) => format!("You are starting: raising it with {with}"),
                (0, None) => "You are starting".to_string(),
                (_, Some(with)) => format!("It is with {with}"),
                // A stage that names no one (Croydon's formal stages): no
                // sentence made from its title.
                (_, None) => "It has reached this stage".to_string(),
            };
            Choice::new(i.to_string(), format!("Stage {}: {}", i + 1, s.title)).hint(hint)
        })
        .collect();
    choices.push(Choice::new("unsure", "I'm not sure").hint("Answer a few questions to find out"));
    let on_answer: OnAnswer = Box::new(move |answer| {
        aid.choose(Screen::Where, answer);
        match answer.parse::<usize>() {
            Ok(i) => land(
                &aid,
                finder::Landing {
                    stage: i,
                    step: 0,
                    waiting: false,
                },
            ),
            Err(_) => {
                let (stage, step) = finder::first(&aid.procedure, aid.agency().as_deref());
                aid.go(Screen::Find(stage, step));
            }
        }
        Vec::new()
    });
    view! {
        <RadioQuestion id="where" question="Which stage are you at?" choices initial
            required="Select the stage you are at, or I'm not sure" on_answer/>
    }
}

/// "Have you raised it with ...?", step by step through the route: raised
/// and waiting, raised and not resolved, or not yet.
#[component]
pub fn Find(stage: usize, step: usize) -> impl IntoView {
    let aid = aid();
    let agency = aid.agency();
    let question = finder::question(&aid.procedure, agency.as_deref(), (stage, step));
    let required = match raised_with(&aid, stage) {
        Some(with) => format!("Select whether you have raised it with {with}"),
        None => format!("Select whether you have taken it to stage {}", stage + 1),
    };
    let procedure = aid.procedure.clone();
    let initial = aid.chosen(Screen::Find(stage, step)).unwrap_or_default();
    let on_answer: OnAnswer = Box::new(move |value| {
        aid.choose(Screen::Find(stage, step), value);
        if let Some(answer) = finder::Answer::from_value(value) {
            match finder::answer(&procedure, agency.as_deref(), (stage, step), answer) {
                finder::Next::Ask((i, j)) => aid.go(Screen::Find(i, j)),
                finder::Next::Land(landing) => land(&aid, landing),
            }
        }
        Vec::new()
    });
    let choices: Vec<Choice> = finder::Answer::labels()
        .into_iter()
        .map(|(answer, label)| Choice::new(answer.value(), label))
        .collect();
    view! {
        // Not "Stage 2 of 3": the finder has not yet said which stage it is.
        <RadioQuestion id="find" question caption="Finding your stage"
            choices initial required on_answer/>
    }
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
            .unwrap_or_else(|| aid.record.with_untracked(|r| r.started(i)))
    };
    if let Some((i, before)) = (0..index).rev().find_map(|i| known(i).map(|d| (i, d)))
        && date < before
    {
        return Some(format!(
            "{what} must be the same as or after the date stage {} began, {}",
            i + 1,
            long_date(before)
        ));
    }
    let later = aid
        .record
        .with_untracked(|r| (index + 1..r.stages.len()).find_map(|i| r.started(i).map(|d| (i, d))));
    if let Some((i, after)) = later
        && date > after
    {
        return Some(format!(
            "{what} must be the same as or before the date stage {} began, {}",
            i + 1,
            long_date(after)
        ));
    }
    None
}

/// The dates the stages before the current one began, on one page: each
/// may be left blank when it is not known.
#[component]
pub fn EarlierStarts(index: usize) -> impl IntoView {
    let aid = aid();
    let fields: Vec<RwSignal<DateFields>> = (0..index)
        .map(|i| {
            RwSignal::new(DateFields::from_date(
                aid.record.with_untracked(|r| r.started(i)),
            ))
        })
        .collect();
    let ids: Vec<&'static str> = (0..index)
        .map(|i| &*Box::leak(format!("earlier-{}", i + 1).into_boxed_str()))
        .collect();
    let errors = new_errors();
    let names: Vec<String> = (0..index)
        .map(|i| aid.procedure.route.stages[i].title.clone())
        .collect();
    let inputs = fields.clone();
    let field_ids = ids.clone();
    let found = found_at(&aid, index);
    let submit = move || {
        let mut found = Vec::new();
        let mut dates: Vec<(usize, Option<NaiveDate>)> = Vec::new();
        for (i, f) in inputs.iter().enumerate() {
            let what = format!("Date stage {} began", i + 1);
            let f = f.get_untracked();
            if f.is_empty() {
                dates.push((i, None));
                continue;
            }
            match f.parse(&what, aid.today, aid.earliest(), false) {
                Ok(d) => {
                    if let Some(e) = out_of_order(&aid, i, d, &what, &dates) {
                        found.push(FieldError::new(field_ids[i], e));
                    }
                    dates.push((i, Some(d)));
                }
                Err(e) => {
                    found.push(FieldError::date(field_ids[i], e));
                    dates.push((i, None));
                }
            }
        }
        if !show(errors, found) {
            return;
        }
        aid.record.update(|r| {
            for (i, date) in dates {
                if let Some(s) = r.stages.get_mut(i) {
                    s.started = date;
                    s.started_not_known = date.is_none();
                }
            }
        });
        aid.next(Screen::StageStart(index));
    };

    view! {
        <BackLink/>
        <QuestionForm errors on_continue=Box::new(submit)>
            <Heading text="When did the earlier stages begin?"/>
            {found.map(|at| view! { <p>{at}</p> })}
            <p>"Give the dates you know, for the record. Leave a date blank if you do not know it."</p>
            {fields.into_iter().zip(ids).zip(names).enumerate().map(|(i, ((f, id), title))| view! {
                <DateInput id label=format!("Stage {}: {title}", i + 1) fields=f errors/>
            }).collect_view()}
        </QuestionForm>
    }
}

/// The date (and, for timescales in hours, the time) a stage began, or
/// that the practitioner does not know it.
#[component]
pub fn StageStart(index: usize) -> impl IntoView {
    let aid = aid();
    let reached = aid
        .record
        .with_untracked(|r| r.stages.get(index).cloned())
        .unwrap_or_default();
    let name = stage_name(&aid.procedure, &reached.stage);
    let fields = RwSignal::new(DateFields::from_date(reached.started));
    let not_known = RwSignal::new(reached.started_not_known);
    let time = RwSignal::new(reached.started_time.clone().unwrap_or_default());
    let uses_hours = aid.procedure.route.uses_hours();
    let errors = new_errors();
    let label = format!("When did {} begin?", name.replacen("Stage", "stage", 1));
    let hint = format!(
        "{}The day you first raised it at this stage. For example, 27 3 2026",
        found_at(&aid, index).map(|at| at + " ").unwrap_or_default()
    );
    let what = format!("Date stage {} began", index + 1);
    let submit = move || {
        let mut found = Vec::new();
        let typed = fields.get_untracked();
        let unknown = not_known.get_untracked();
        let date = if unknown && typed.is_empty() {
            None
        } else if unknown {
            found.push(FieldError::new(
                "stage-start",
                format!(
                    "Enter the date stage {} began, or select ‘I do not know’, not both",
                    index + 1
                ),
            ));
            None
        } else if typed.is_empty() {
            found.push(FieldError::new(
                "stage-start",
                format!(
                    "Enter the date stage {} began, or select ‘I do not know’",
                    index + 1
                ),
            ));
            None
        } else {
            match typed.parse(&what, aid.today, aid.earliest(), false) {
                Ok(d) => {
                    if let Some(e) = out_of_order(&aid, index, d, &what, &[]) {
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
        let t = time.get_untracked();
        if uses_hours && date.is_some() && parse_time(&t).is_none() {
            found.push(FieldError::new(
                "stage-start-time",
                "Enter the time it began, like 09:30 or 14:00",
            ));
        }
        if !show(errors, found) {
            return;
        }
        aid.record.update(|r| {
            if let Some(s) = r.stages.get_mut(index) {
                s.started = date;
                s.started_not_known = date.is_none();
                s.started_time = (uses_hours && date.is_some()).then(|| t.trim().to_string());
            }
        });
        aid.next(Screen::Stage(index));
    };
    // The time (for timescales in hours) and "I do not know": markup
    // made once, with one listener keeping what is typed and ticked.
    let mut time_and_unknown = String::new();
    if uses_hours {
        time_and_unknown.push_str(&format!(
            "<div class=\"form-group\"><label class=\"label\" for=\"aid-stage-start-time\">Time it began</label><p class=\"hint\" id=\"aid-stage-start-time-hint\">Use the 24-hour clock, for example 09:30 or 14:00</p><input class=\"input input--width-4\" id=\"aid-stage-start-time\" name=\"stage-start-time\" type=\"text\" aria-describedby=\"aid-stage-start-time-hint\" value=\"{}\"></div>",
            crate::export::escape(&time.get_untracked())
        ));
    }
    time_and_unknown.push_str(&format!(
        "<p class=\"divider\">or</p><div class=\"form-group check\"><input type=\"checkbox\" id=\"aid-stage-start-unknown\" name=\"stage-start-unknown\"{}><label for=\"aid-stage-start-unknown\">I do not know when this stage began</label></div>",
        if not_known.get_untracked() { " checked" } else { "" }
    ));
    let on_input = move |ev: leptos::ev::Event| match crate::browser::typed(&ev) {
        Some((name, value)) if name == "stage-start-time" => time.set(value),
        Some((name, value)) if name == "stage-start-unknown" => not_known.set(value == "true"),
        _ => {}
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=Box::new(submit)>
            <DateInput id="stage-start" heading=true label=label fields errors hint/>
            <div on:input=on_input inner_html=time_and_unknown></div>
        </QuestionForm>
    }
}
