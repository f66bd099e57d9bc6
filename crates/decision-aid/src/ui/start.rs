//! The first questions: safety, what the disagreement is about, a description.

use super::form::{
    BackLink, Choice, Heading, QuestionForm, Radios, TextArea, new_errors, show, unless_chosen,
};
use super::{Screen, aid};
use crate::browser;
use crate::record::Record;
use leptos::prelude::*;

/// The first screen after the safety question: areas, or straight on.
fn after_urgent() -> Screen {
    let aid = aid();
    let route = &aid.procedure.route;
    if route.areas.is_empty() && route.excludes.is_empty() {
        Screen::Description
    } else {
        Screen::Area
    }
}

#[component]
pub fn Start() -> impl IntoView {
    let aid = aid();
    let has_draft =
        aid.keep_draft.get_untracked() && aid.record.with_untracked(|r| r.urgent.is_some());
    let open_error = RwSignal::new(None::<String>);
    let first = if aid.procedure.route.urgent.is_some() {
        Screen::Urgent
    } else {
        after_urgent()
    };
    let begin = {
        let aid = aid.clone();
        move |_| {
            let fresh = Record::new(&aid.procedure);
            aid.record.set(fresh);
            aid.go(first);
        }
    };
    let resume = {
        let aid = aid.clone();
        move |_| aid.go(Screen::Check)
    };
    let on_file = {
        let aid = aid.clone();
        move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let aid = aid.clone();
            browser::read_file(&input, move |text| {
                match Record::from_json(&text, &aid.procedure) {
                    Ok(record) => {
                        open_error.set(None);
                        aid.record.set(record);
                        aid.go(Screen::Check);
                    }
                    Err(e) => {
                        open_error.set(Some(e.to_string()));
                        request_animation_frame(|| browser::focus("open-record"));
                    }
                }
            });
        }
    };
    view! {
        <Heading text="Work out which stage you are at, who to contact and by when"/>
        <p>"Answer a few questions about the disagreement. At the end you can print a record for the child's file, save it to carry on later, and add deadlines to your calendar."</p>
        <p>"It takes about 5 minutes. Nothing you type leaves this device."</p>
        {has_draft.then(|| view! {
            <div class="inset"><p>"You kept a draft of a record on this device."</p>
            <button type="button" class="button" on:click=resume>"Continue your draft"</button></div>
        })}
        <button type="button" class="button button--start" on:click=begin>"Start now"</button>
        <div class="form-group open-record" class:form-group--error=move || open_error.get().is_some()>
            <label class="label" for="open-record"><strong>"Carry on from a saved record"</strong></label>
            <p class="hint" id="open-record-hint">"Choose the record file (.json) you saved from this aid."</p>
            {move || open_error.get().map(|e| view! { <p class="error-message" id="open-record-error"><span class="visually-hidden">"Error: "</span>{e}</p> })}
            <input type="file" id="open-record" class="file-upload" accept=".json,application/json"
                aria-describedby=move || if open_error.get().is_some() { "open-record-hint open-record-error" } else { "open-record-hint" }
                on:change=on_file/>
        </div>
    }
}

#[component]
pub fn Urgent() -> impl IntoView {
    let aid = aid();
    let question = aid
        .procedure
        .route
        .urgent
        .as_ref()
        .map(|u| u.question.clone())
        .unwrap_or_default();
    let initial = match aid.record.with_untracked(|r| r.urgent) {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let choice = RwSignal::new(initial.to_string());
    let errors = new_errors();
    let submit = move || {
        let answer = choice.get_untracked();
        if !show(
            errors,
            unless_chosen(
                &answer,
                "urgent",
                "Select yes if a child is at immediate risk of significant harm",
            ),
        ) {
            return;
        }
        aid.record.update(|r| r.urgent = Some(answer == "yes"));
        if answer == "yes" {
            aid.go(Screen::UrgentAdvice)
        } else {
            aid.next(after_urgent())
        }
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Radios id="urgent" question=question selected=choice errors
                choices=vec![Choice::new("yes", "Yes"), Choice::new("no", "No")]/>
            </QuestionForm>
    }
}

#[component]
pub fn UrgentAdvice() -> impl IntoView {
    let aid = aid();
    let advice = aid
        .procedure
        .route
        .urgent
        .as_ref()
        .map(|u| u.advice.clone())
        .unwrap_or_default();
    view! {
        <BackLink/>
        <div class="urgent">
            <Heading text="Act now to keep the child safe"/>
            <p><strong>{advice}</strong></p>
        </div>
        <p>"Come back to this procedure once the child is safe. The disagreement can be escalated then."</p>
    }
}

#[component]
pub fn Area() -> impl IntoView {
    let aid = aid();
    let route = aid.procedure.route.clone();
    let initial = aid
        .record
        .with_untracked(|r| r.area.clone())
        .unwrap_or_default();
    let choice = RwSignal::new(initial);
    let other = RwSignal::new(aid.record.with_untracked(|r| r.other_area.clone()));
    let errors = new_errors();
    let mut choices: Vec<Choice> = route
        .areas
        .iter()
        .map(|a| Choice::new(a.clone(), a.clone()))
        .collect();
    for (i, e) in route.excludes.iter().enumerate() {
        choices.push(
            Choice::new(format!("excluded-{i}"), e.matter.clone())
                .hint("This procedure does not cover this"),
        );
    }
    choices.push(Choice::new("other", "Something else"));
    let excludes = route.excludes.len();
    let submit = move || {
        let answer = choice.get_untracked();
        let mut found = Vec::new();
        if answer.is_empty() {
            found.push((
                "area".to_string(),
                "Select what the disagreement is about".to_string(),
            ));
        } else if answer == "other" && other.get_untracked().trim().is_empty() {
            found.push((
                "other-area".to_string(),
                "Enter what the disagreement is about".to_string(),
            ));
        }
        if !show(errors, found) {
            return;
        }
        if let Some(i) = answer
            .strip_prefix("excluded-")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|i| *i < excludes)
        {
            aid.go(Screen::Excluded(i));
            return;
        }
        aid.record.update(|r| {
            r.area = Some(answer.clone());
            r.other_area = if answer == "other" {
                other.get_untracked()
            } else {
                String::new()
            };
        });
        aid.next(Screen::Description);
    };
    let other_field: ChildrenFn = std::sync::Arc::new(move || {
        view! { <TextArea id="other-area" label="What is it about?" value=other errors rows=2/> }
            .into_any()
    });
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Radios id="area" question="What is the disagreement about?" hint="Choose the closest" selected=choice errors choices
                reveal=("other".to_string(), other_field)/>
            </QuestionForm>
    }
}

#[component]
pub fn Excluded(index: usize) -> impl IntoView {
    let aid = aid();
    let exclusion = aid.procedure.route.excludes.get(index).cloned();
    view! {
        <BackLink/>
        <Heading text="This procedure does not cover this disagreement"/>
        {exclusion.map(|e| view! {
            <p>{e.matter}"."</p>
            <p>{e.go_to.unwrap_or_else(|| "Ask your agency's safeguarding lead which procedure to follow.".into())}</p>
        })}
    }
}

#[component]
pub fn Description() -> impl IntoView {
    let aid = aid();
    let value = RwSignal::new(aid.record.with_untracked(|r| r.description.clone()));
    let errors = new_errors();
    let submit = move || {
        aid.record.update(|r| r.description = value.get_untracked());
        aid.next(Screen::Where);
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <TextArea id="description" heading=true label="Describe the disagreement (optional)"
                hint="A sentence or two for the record: the decision you disagree with, and why. Leave out names and details the record does not need: use the child's reference, not their name."
                value errors rows=5/>
            </QuestionForm>
    }
}
