//! Where the practitioner is in the route, what to do at that stage and by
//! when, and what happened.

use super::form::{
    BackLink, Choice, DateInput, Heading, QuestionForm, Radios, TextArea, new_errors, show,
    unless_chosen,
};
use super::{Screen, aid};
use crate::dates::{DateFields, long_date, parse_time};
use crate::plan::{self, stage_name};
use crate::record::Outcome as Result_;
use leptos::prelude::*;

/// Who a stage is raised with, in words: its first step's contact.
fn raised_with(index: usize) -> String {
    let aid = aid();
    let stage = &aid.procedure.route.stages[index];
    let with = stage
        .steps
        .iter()
        .find_map(|s| s.contact.clone())
        .unwrap_or_else(|| stage.title.clone());
    crate::wording::mid_sentence(&with)
}

#[component]
pub fn Where() -> impl IntoView {
    let aid = aid();
    let stages = aid.procedure.route.stages.clone();
    let initial = aid
        .record
        .with_untracked(|r| r.current())
        .map_or(String::new(), |i| i.to_string());
    let choice = RwSignal::new(initial);
    let errors = new_errors();
    let mut choices: Vec<Choice> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let with = raised_with(i);
            Choice::new(i.to_string(), format!("Stage {}: {}", i + 1, s.title)).hint(if i == 0 {
                format!("You are starting: raising it with {with}")
            } else {
                format!("It is with {with}")
            })
        })
        .collect();
    choices.push(Choice::new("unsure", "I'm not sure").hint("Answer a few questions to find out"));
    let submit = move || {
        let answer = choice.get_untracked();
        if !show(
            errors,
            unless_chosen(
                &answer,
                "where",
                "Select the stage you are at, or I'm not sure",
            ),
        ) {
            return;
        }
        match answer.parse::<usize>() {
            Ok(i) => {
                aid.record.update(|r| r.reach(&aid.procedure, i));
                aid.go(Screen::StageStart(0));
            }
            Err(_) => aid.go(Screen::Find(0)),
        }
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Radios id="where" question="Which stage are you at?" selected=choice errors choices/>
            </QuestionForm>
    }
}

/// "Have you already raised it with ...?", stage by stage.
#[component]
pub fn Find(index: usize) -> impl IntoView {
    let aid = aid();
    let count = aid.stage_count();
    let choice = RwSignal::new(String::new());
    let errors = new_errors();
    let with = raised_with(index);
    let submit = move || {
        let answer = choice.get_untracked();
        if !show(
            errors,
            unless_chosen(
                &answer,
                "find",
                format!(
                    "Select yes if you have already raised it with {}",
                    raised_with(index)
                ),
            ),
        ) {
            return;
        }
        if answer == "yes" && index + 1 < count {
            aid.go(Screen::Find(index + 1));
        } else {
            let at = index;
            aid.record.update(|r| r.reach(&aid.procedure, at));
            aid.go(Screen::StageStart(0));
        }
    };
    let hint = if index + 1 < count {
        "If you have, and it was not resolved, the next stage is yours to take."
    } else {
        "This is the final stage of the procedure."
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Radios id="find" question=format!("Have you already raised it with {with}?") hint=hint selected=choice errors
                choices=vec![Choice::new("yes", "Yes"), Choice::new("no", "No")]/>
            </QuestionForm>
    }
}

/// The date (and, for timescales in hours, the time) a stage began.
#[component]
pub fn StageStart(index: usize) -> impl IntoView {
    let aid = aid();
    let reached = aid
        .record
        .with_untracked(|r| r.stages.get(index).cloned())
        .unwrap_or_default();
    let name = stage_name(&aid.procedure, &reached.stage);
    let fields = RwSignal::new(DateFields::from_date(reached.started));
    let time = RwSignal::new(reached.started_time.clone().unwrap_or_default());
    let uses_hours = aid.procedure.route.uses_hours();
    let errors = new_errors();
    let label = format!("When did {} begin?", name.replacen("Stage", "stage", 1));
    let what = format!("Date stage {} began", index + 1);
    let submit = move || {
        let mut found = Vec::new();
        let date = fields.get_untracked().parse(&what, aid.today, false);
        if let Err(e) = &date {
            found.push(("stage-start".to_string(), e.clone()));
        }
        let t = time.get_untracked();
        if uses_hours && parse_time(&t).is_none() {
            found.push((
                "stage-start-time".to_string(),
                "Enter the time it began, like 09:30 or 14:00".to_string(),
            ));
        }
        if !show(errors, found) {
            return;
        }
        aid.record.update(|r| {
            if let Some(s) = r.stages.get_mut(index) {
                s.started = date.ok();
                s.started_time = uses_hours.then(|| t.trim().to_string());
            }
        });
        let current = aid.record.with_untracked(|r| r.current()).unwrap_or(0);
        aid.next(if index < current {
            Screen::StageStart(index + 1)
        } else {
            Screen::Stage(index)
        });
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <DateInput id="stage-start" heading=true label=label fields errors
                hint="The day you first raised it at this stage. For example, 27 3 2026"/>
            {uses_hours.then(|| view! {
                <div class="form-group">
                    <label class="label" for="stage-start-time">"Time it began"</label>
                    <p class="hint" id="stage-start-time-hint">"Use the 24-hour clock, for example 09:30 or 14:00"</p>
                    <input class="input input--width-4" id="stage-start-time" type="text" aria-describedby="stage-start-time-hint"
                        prop:value=move || time.get() on:input=move |ev| time.set(event_target_value(&ev))/>
                </div>
            })}
            </QuestionForm>
    }
}

/// What to do at this stage, who to contact, and by when.
#[component]
pub fn CurrentStage(index: usize) -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let (reached, record) = aid
        .record
        .with_untracked(|r| (r.stages.get(index).cloned().unwrap_or_default(), r.clone()));
    let Some(stage) = procedure.route.stage(&reached.stage).cloned() else {
        return view! { <p>"This stage is not in the procedure."</p> }.into_any();
    };
    let steps = plan::steps(&procedure, &record, index);
    let has_dates = steps.iter().any(|s| s.due_date().is_some());
    let warnings: Vec<String> = steps
        .iter()
        .filter_map(|s| s.deadline.as_ref()?.warning.clone())
        .collect();
    let contacts: Vec<_> = procedure.route.contacts_for(&stage.id).cloned().collect();
    let contacted = RwSignal::new(reached.contacted.clone());
    let target = RwSignal::new(DateFields::from_date(reached.target));
    let errors = new_errors();
    let today = aid.today;
    let submit = {
        let aid = aid.clone();
        move || {
            let mut found = Vec::new();
            let t = target.get_untracked();
            let parsed = if t.is_empty() {
                Ok(None)
            } else {
                t.parse("Target date", today, true).map(Some)
            };
            if let Err(e) = &parsed {
                found.push(("target".to_string(), e.clone()));
            }
            if !show(errors, found) {
                return;
            }
            aid.record.update(|r| {
                if let Some(s) = r.stages.get_mut(index) {
                    s.contacted = contacted.get_untracked();
                    s.target = parsed.clone().ok().flatten();
                }
            });
            aid.next(Screen::Outcome(index));
        }
    };
    let began = reached.started.map(long_date);
    let section = stage.section.clone();
    view! {
        <BackLink/>
        <span class="caption">{format!("Stage {} of {}", index + 1, procedure.route.stages.len())}</span>
        <Heading text=stage.title.clone()/>
        {began.map(|b| view! { <p>"This stage began on "<strong>{b}</strong>"."</p> })}
        <h4>"What to do, who to contact and by when"</h4>
        <ol class="aid-steps">
            {steps.iter().map(|s| view! {
                <li>
                    <p>{s.action.clone()}</p>
                    <dl class="summary-list summary-list--compact">
                        {s.contact.clone().map(|c| view! { <div class="summary-list__row"><dt class="summary-list__key">"Contact"</dt><dd class="summary-list__value">{c}</dd></div> })}
                        <div class="summary-list__row"><dt class="summary-list__key">"By when"</dt><dd class="summary-list__value aid-due">{s.due_words(&procedure, today)}</dd></div>
                    </dl>
                </li>
            }).collect_view()}
        </ol>
        {warnings.into_iter().next().map(|w| view! { <div class="warning-text" role="note"><strong>"Check this date: "</strong>{w}</div> })}
        {(!contacts.is_empty()).then(|| view! {
            <h4>"Contacts"</h4>
            <ul>{contacts.into_iter().map(|c| view! {
                <li><strong>{c.name}</strong>{c.note.map(|n| format!(": {n}"))}
                {c.phone.map(|p| view! { <br/>"Phone: "{p} })}
                {c.email.map(|e| view! { <br/>"Email: "<a href=format!("mailto:{e}")>{e.clone()}</a> })}</li>
            }).collect_view()}</ul>
        })}
        {(!stage.record.is_empty()).then(|| view! {
            <h4>"What to record"</h4>
            <ul>{stage.record.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
        })}
        {section.map(|s| view! { <p class="no-print"><a href=format!("#{s}")>"Read what the procedure says about this stage"</a></p> })}
        <QuestionForm errors on_continue=submit>
            <TextArea id="contacted" label="Who have you contacted at this stage, and when? (optional)"
                hint="Their role and agency is enough for most records" value=contacted errors rows=3/>
            {(!has_dates).then(|| view! {
                <div class="inset"><p>"The procedure sets no timescale for this stage: resolve it within a time frame that clearly protects the child. You can set your own target date."</p></div>
                <DateInput id="target" label="Target date (optional)" fields=target errors/>
            })}
            </QuestionForm>
    }
    .into_any()
}

/// Was it resolved at this stage?
#[component]
pub fn Outcome(index: usize) -> impl IntoView {
    let aid = aid();
    let count = aid.stage_count();
    let last = index + 1 >= count;
    let reached = aid
        .record
        .with_untracked(|r| r.stages.get(index).cloned())
        .unwrap_or_default();
    let initial = match reached.outcome {
        Result_::Open if reached.agreed.is_empty() => String::new(),
        Result_::Open => "waiting".into(),
        Result_::Resolved => "resolved".into(),
        Result_::Escalated => "escalate".into(),
    };
    let choice = RwSignal::new(initial);
    let agreed = RwSignal::new(reached.agreed.clone());
    let errors = new_errors();
    let mut choices = vec![Choice::new("resolved", "Yes, it was resolved")];
    choices.push(if last {
        Choice::new("escalate", "No, and this is the final stage")
    } else {
        let next = &aid.procedure.route.stages[index + 1];
        Choice::new(
            "escalate",
            format!("No, it needs to go to stage {}: {}", index + 2, next.title),
        )
    });
    choices.push(
        Choice::new("waiting", "Not yet: I'm waiting to hear back")
            .hint("You can save the record now and carry on later"),
    );
    let has_questions = !aid.procedure.route.record.is_empty();
    let submit = move || {
        let answer = choice.get_untracked();
        let mut found = Vec::new();
        if answer.is_empty() {
            found.push((
                "outcome".to_string(),
                "Select whether the disagreement was resolved at this stage".to_string(),
            ));
        } else if answer == "resolved" && agreed.get_untracked().trim().is_empty() {
            found.push(("agreed".to_string(), "Enter what was agreed".to_string()));
        }
        if !show(errors, found) {
            return;
        }
        aid.changing.set(false);
        let today = aid.today;
        match answer.as_str() {
            "resolved" => {
                aid.record.update(|r| {
                    r.stages.truncate(index + 1);
                    let s = &mut r.stages[index];
                    s.outcome = Result_::Resolved;
                    s.agreed = agreed.get_untracked();
                    s.ended = s.ended.or(Some(today));
                });
                aid.go(if has_questions {
                    Screen::Questions
                } else {
                    Screen::Check
                });
            }
            "escalate" if !last => aid.go(Screen::Escalate(index)),
            "escalate" => {
                aid.record.update(|r| {
                    let s = &mut r.stages[index];
                    s.outcome = Result_::Escalated;
                    s.ended = s.ended.or(Some(today));
                });
                aid.go(if has_questions {
                    Screen::Questions
                } else {
                    Screen::Check
                });
            }
            _ => {
                aid.record.update(|r| {
                    r.stages.truncate(index + 1);
                    r.stages[index].outcome = Result_::Open;
                });
                aid.go(Screen::Check);
            }
        }
    };
    let agreed_field: ChildrenFn = std::sync::Arc::new(move || {
        view! { <TextArea id="agreed" label="What was agreed?" value=agreed errors rows=3/> }
            .into_any()
    });
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Radios id="outcome" question=format!("Was the disagreement resolved at stage {}?", index + 1) selected=choice errors choices
                reveal=("resolved".to_string(), agreed_field)/>
            </QuestionForm>
    }
}

/// The date it was escalated: the next stage begins then.
#[component]
pub fn Escalate(index: usize) -> impl IntoView {
    let aid = aid();
    let next_name = aid
        .procedure
        .route
        .stages
        .get(index + 1)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let existing = aid
        .record
        .with_untracked(|r| r.stages.get(index).and_then(|s| s.ended));
    let fields = RwSignal::new(DateFields::from_date(existing));
    let errors = new_errors();
    let what = "Date it was escalated";
    let submit = move || {
        let date = fields.get_untracked().parse(what, aid.today, false);
        let started = aid
            .record
            .with_untracked(|r| r.stages.get(index).and_then(|s| s.started));
        let found = match (&date, started) {
            (Err(e), _) => vec![("escalated".to_string(), e.clone())],
            (Ok(d), Some(s)) if *d < s => vec![(
                "escalated".to_string(),
                format!(
                    "Date it was escalated must be on or after the day stage {} began, {}",
                    index + 1,
                    long_date(s)
                ),
            )],
            _ => vec![],
        };
        if !show(errors, found) {
            return;
        }
        let date = date.ok();
        aid.record.update(|r| {
            r.reach(&aid.procedure, index + 1);
            r.stages[index].outcome = Result_::Escalated;
            r.stages[index].ended = date;
            r.stages[index + 1].started = date;
        });
        let needs_time = aid.procedure.route.uses_hours();
        aid.go(if needs_time {
            Screen::StageStart(index + 1)
        } else {
            Screen::Stage(index + 1)
        });
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <DateInput id="escalated" heading=true label=format!("When did you take it to stage {}: {}?", index + 2, next_name) fields errors
                hint="Stage deadlines count from this day. For example, 27 3 2026"/>
            </QuestionForm>
    }
}
