//! The first screens: start (or carry on), a training example's story,
//! safety, what the disagreement is about, a description.

use super::form::{
    BackLink, Choice, Field, FieldError, OnAnswer, QuestionForm, RadioQuestion, TextField,
    new_errors, read_only, yes_no,
};
use super::{Aid, Screen, aid, new_ids};
use crate::browser;
use crate::export::escape;
use crate::html;
use crate::record::Record;
use leptos::prelude::*;

/// After the safety question: a link's own destination, or the case's details.
pub fn after_urgent(aid: &Aid) -> Screen {
    if let Some(to) = aid.after_urgent.get_untracked() {
        aid.after_urgent.set(None);
        return to;
    }
    if aid.procedure.route.agencies.is_empty() {
        Screen::Case
    } else {
        Screen::YourAgency
    }
}

/// After the case's details: what it is about, or straight to the description.
pub fn after_case(aid: &Aid) -> Screen {
    let route = &aid.procedure.route;
    if route.areas.is_empty() && route.excludes.is_empty() {
        Screen::Description
    } else {
        Screen::Area
    }
}

/// The first question of a new journey.
pub fn first(aid: &Aid) -> Screen {
    if aid.procedure.route.urgent.is_some() {
        Screen::Urgent
    } else {
        after_urgent(aid)
    }
}

pub fn begin(aid: &Aid) {
    aid.after_urgent.set(None);
    aid.link_problem.set(None);
    let fresh = Record::new(&aid.procedure, new_ids());
    aid.saved.set_value(fresh.clone());
    aid.record.set(fresh);
    aid.go(first(aid));
}

/// "Start now": over a kept draft, ask first.
pub fn start(aid: &Aid) {
    if has_draft(aid) {
        aid.go(Screen::ConfirmRestart);
    } else {
        begin(aid);
    }
}

/// A kept draft has answers worth asking about before starting again.
fn has_draft(aid: &Aid) -> bool {
    aid.keep_draft.get_untracked()
        && aid
            .record
            .with_untracked(|r| r.urgent.is_some() || !r.stages.is_empty())
}

/// "Carry on from a saved record": open the chosen file, or say why not.
pub fn open_file(aid: &Aid, input: &web_sys::HtmlInputElement) {
    let aid = aid.clone();
    browser::read_file(input, move |text| {
        match Record::from_json(&text, &aid.procedure) {
            Ok(record) => {
                aid.open_error.set(None);
                aid.link_problem.set(None);
                aid.open(record);
            }
            Err(e) => {
                aid.open_error.set(Some(e.to_string()));
                request_animation_frame(|| browser::focus("aid-open-record"));
            }
        }
    });
}

fn start_html(aid: &Aid, open_error: Option<String>) -> String {
    let problem = aid.link_problem.get_untracked();
    html::start_screen(html::StartScreen {
        link_problem: problem.as_deref(),
        draft: has_draft(aid),
        open_error: open_error.as_deref(),
    })
}

const TITLE: &str = html::START_TITLE;

#[component]
pub fn Start() -> impl IntoView {
    let aid = aid();
    move || read_only(TITLE, start_html(&aid, aid.open_error.get()))
}

/// Starting again over a kept draft would lose it: GOV.UK's confirmation.
#[component]
pub fn ConfirmRestart() -> impl IntoView {
    let title = "Are you sure you want to start again?";
    let html = html::confirmation(
        title,
        "<p>You kept a draft record on this device. Starting again deletes the draft: its answers cannot be brought back.</p><p>Files you saved, records you printed and events you added to your calendar are not affected.</p>",
        "Yes, delete the draft and start again",
        "restart",
        "No, keep the draft",
    );
    read_only(title, html)
}

/// A training example's story, shown before it starts.
#[component]
pub fn ScenarioStory() -> impl IntoView {
    let (title, story) = aid().record.with_untracked(|r| {
        (
            r.training.clone().unwrap_or_default(),
            r.description.clone().unwrap_or_default(),
        )
    });
    let html = format!(
        "<span class=\"caption\">Worked example for training</span>{}{}<p>The example's dates have been moved to the past week, so its deadlines read as they would in a real case today.</p>{}",
        html::heading(&title),
        html::element("p", "", &story),
        html::button("Start the example", "button", "data-act=\"example\"")
    );
    read_only(&title, html)
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
    let on_answer: OnAnswer = Box::new(move |answer| {
        aid.record.update(|r| r.urgent = Some(answer == "yes"));
        if answer == "yes" {
            aid.go(Screen::UrgentAdvice)
        } else {
            aid.next(after_urgent(&aid))
        }
        Vec::new()
    });
    view! {
        <RadioQuestion id="urgent" question choices=yes_no() initial
            required="Select yes if a child is at immediate risk of significant harm" on_answer/>
    }
}

#[component]
pub fn UrgentAdvice() -> impl IntoView {
    let title = "Act now to keep the child safe";
    let mut html = format!(
        "{}<div class=\"urgent\">{}",
        html::BACK_LINK,
        html::heading(title)
    );
    if let Some(u) = &aid().procedure.route.urgent {
        html.push_str(&format!("<p><strong>{}</strong></p>", escape(&u.advice)));
        if let Some(local) = &u.local_advice {
            html.push_str(&format!("<p><strong>{}</strong></p>", escape(local)));
        }
        if !u.contacts.is_empty() {
            html.push_str(&html::list(
                "contact-list",
                u.contacts.iter().map(html::contact),
            ));
        }
    }
    html.push_str("</div><p>Come back to this procedure once the child is safe. The disagreement can be escalated then.</p>");
    read_only(title, html)
}

#[component]
pub fn Area() -> impl IntoView {
    let aid = aid();
    let route = aid.procedure.route.clone();
    let initial = aid
        .record
        .with_untracked(|r| r.area.clone())
        .unwrap_or_default();
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
    let on_answer: OnAnswer = Box::new(move |answer| {
        if answer == "other" && other.get_untracked().trim().is_empty() {
            return vec![FieldError::new(
                "other-area",
                "Enter what the disagreement is about",
            )];
        }
        if let Some(i) = answer
            .strip_prefix("excluded-")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|i| *i < excludes)
        {
            aid.go(Screen::Excluded(i));
            return Vec::new();
        }
        aid.record.update(|r| {
            r.area = Some(answer.to_string());
            r.other_area = if answer == "other" {
                other.get_untracked()
            } else {
                String::new()
            };
        });
        aid.next(Screen::Description);
        Vec::new()
    });
    let other_field = vec![Field::text("other-area", "What is it about?", other, 2)];
    view! {
        <RadioQuestion id="area" question="What is the disagreement about?" hint="Choose the closest" choices initial
            required="Select what the disagreement is about" on_answer errors reveal=vec![("other".to_string(), other_field)]/>
    }
}

#[component]
pub fn Excluded(index: usize) -> impl IntoView {
    let title = "This procedure does not cover this disagreement";
    let mut html = format!("{}{}", html::BACK_LINK, html::heading(title));
    if let Some(e) = aid().procedure.route.excludes.get(index) {
        html.push_str(&html::element("p", "", &format!("{}.", e.matter)));
        html.push_str(&html::element(
            "p",
            "",
            e.go_to
                .as_deref()
                .unwrap_or("Ask your agency's safeguarding lead which procedure to follow."),
        ));
    }
    read_only(title, html)
}

#[component]
pub fn Description() -> impl IntoView {
    let aid = aid();
    let value = RwSignal::new(
        aid.record
            .with_untracked(|r| r.description.clone())
            .unwrap_or_default(),
    );
    let errors = new_errors();
    let submit = move || {
        aid.record
            .update(|r| r.description = Some(value.get_untracked()));
        aid.next(Screen::Where);
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=Box::new(submit)>
            <TextField id="description" heading=true label="Describe the disagreement (optional)"
                hint="A sentence or two for the record: the decision you disagree with, and why. Leave out names and details the record does not need: use the case reference, not the child's name."
                value errors rows=5/>
        </QuestionForm>
    }
}
