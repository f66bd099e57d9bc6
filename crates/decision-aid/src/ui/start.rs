//! The first screens: how the page opens, start (or carry on), a training
//! example's story, safety, what the disagreement is about, a description.

use super::events::Answer;
use super::form::{self, Choice, FieldError, Form, RadioPage, yes_no};
use super::{Aid, Page, Screen, new_ids};
use crate::browser;
use crate::record::Record;
use leptos::prelude::*;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_aid_screens::act::{Act, on_click};
use stagehand_aid_screens::{Heading, parts};
use stagehand_aid_screens::{StartScreen, start_title};
use stagehand_model::Procedure;
use std::rc::Rc;

/// How the page opens.
pub struct Opening {
    pub record: Record,
    pub screen: Screen,
    pub after_urgent: Option<Screen>,
    pub problem: Option<String>,
    pub draft: Option<Record>,
}

/// A training example or stage from the address, else a kept draft, else a
/// new record. A link to a stage or example still asks about the child's
/// safety first; a link to one this procedure does not have says so.
pub fn opening(procedure: &Procedure, today: chrono::NaiveDate) -> Opening {
    let mut open = Opening {
        record: Record::new(procedure, new_ids(), today),
        screen: Screen::Start,
        after_urgent: None,
        problem: None,
        draft: None,
    };
    let first = if procedure.route.urgent.is_some() {
        Screen::Urgent
    } else {
        Screen::Start
    };
    if let Some(id) = browser::query("scenario") {
        match procedure.scenarios.iter().find(|s| s.id == id) {
            Some(s) => {
                open.record = Record::from_scenario(procedure, s, new_ids(), today);
                open.screen = Screen::Scenario;
                open.after_urgent = Some(Screen::Stage(open.record.current().unwrap_or(0)));
                return open;
            }
            None => {
                open.problem = Some(wf("link-no-example", &[("id", Arg::Text(&id))]));
            }
        }
    } else if let Some(id) = browser::query("stage") {
        match procedure.route.stage_index(&id) {
            Some(i) => {
                open.record.reach(procedure, i, 0);
                open.after_urgent = Some(Screen::StageStart(i));
                open.screen = if first == Screen::Urgent {
                    Screen::Urgent
                } else {
                    Screen::StageStart(i)
                };
                return open;
            }
            None => {
                let list: Vec<String> = (1..=procedure.route.stages.len())
                    .map(|n| n.to_string())
                    .collect();
                let stages = list.join(", ");
                open.problem = Some(wf(
                    "link-no-stage",
                    &[("id", Arg::Text(&id)), ("stages", Arg::Text(&stages))],
                ));
            }
        }
    }
    if open.problem.is_none()
        && let Some(draft) = browser::load_draft(&procedure.slug)
        && let Ok(record) = Record::from_json(&draft, procedure)
    {
        open.draft = Some(record);
    }
    open
}

/// After the safety question: a link's own destination, or the case's details.
pub fn after_urgent(aid: &Aid) -> Screen {
    if let Some(to) = aid.after_urgent.get() {
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
    let fresh = Record::new(&aid.procedure, new_ids(), aid.today());
    aid.saved.set(fresh.clone());
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
    aid.keep_draft.get()
        && aid
            .record
            .with(|r| r.urgent.is_some() || !r.stages.is_empty())
}

/// "Carry on from a saved record": open the chosen file, or say why not.
pub fn open_file(aid: &Rc<Aid>, input: &web_sys::HtmlInputElement) {
    let aid = aid.clone();
    browser::read_file(input, move |text| {
        match Record::from_json(&text, &aid.procedure) {
            Ok(record) => {
                aid.open_error.set(None);
                aid.link_problem.set(None);
                aid.open(record);
                aid.render();
            }
            Err(e) => {
                aid.open_error.set(Some(e.to_string()));
                aid.render_form(&Form::default(), "aid-open-record");
            }
        }
    });
}

pub fn start_page(aid: &Aid) -> Page {
    let link_problem = aid.link_problem.get();
    let open_error = aid.open_error.get();
    let draft = has_draft(aid);
    browser::set_title(&start_title());
    // As the page carries it: the aid takes that one over in place.
    let carried = link_problem.is_none() && open_error.is_none() && !draft;
    let view =
        view! { <StartScreen link_problem=link_problem draft=draft open_error=open_error /> }
            .into_any();
    Page { view, carried }
}

/// A screen with nothing to fill in: its title names the page.
pub fn read_only(title: &str, view: impl IntoView + 'static) -> AnyView {
    browser::set_title(title);
    view.into_any()
}

/// Starting again over a kept draft would lose it: GOV.UK's confirmation.
pub fn confirm_restart() -> AnyView {
    let title = w("restart-title");
    let body = view! {
        <p>{w("restart-deletes-draft")}</p>
        <p>{w("restart-files-not-affected")}</p>
    };
    let view = parts::confirmation(
        &title,
        body.into_any(),
        &w("restart-yes"),
        "restart",
        &w("restart-no"),
    );
    read_only(&title, view)
}

/// A training example's story, shown before it starts.
pub fn scenario_story(aid: &Aid) -> AnyView {
    let (title, story) = aid.record.with(|r| {
        (
            r.training.clone().unwrap_or_default(),
            r.description.clone().unwrap_or_default(),
        )
    });
    let view = view! {
        <span class="caption">{w("example-caption")}</span>
        <Heading text=title.clone() />
        <p>{story}</p>
        <p>{w("example-dates-moved")}</p>
        <button type="button" class="button" on:click=on_click(Act::Do("example"))>
            {w("example-start")}
        </button>
    };
    read_only(&title, view)
}

pub fn urgent(aid: &Aid, form: &Form) -> AnyView {
    let question = aid
        .procedure
        .route
        .urgent
        .as_ref()
        .map(|u| u.question.as_str())
        .unwrap_or_default();
    let initial = match aid.record.with(|r| r.urgent) {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    // A link to a stage (a trainer's) says where it goes, before the
    // safety question it asks first.
    let linked = match aid.after_urgent.get() {
        Some(Screen::StageStart(i)) => aid.procedure.route.stages.get(i).map(|s| {
            wf(
                "link-to-stage-safety-first",
                &[("number", (i + 1).into()), ("title", Arg::Text(&s.title))],
            )
        }),
        _ => None,
    };
    RadioPage {
        id: "urgent",
        question,
        hint: linked.as_deref(),
        caption: None,
        choices: &yes_no(),
        initial,
    }
    .view(form, &|_| None)
}

pub fn answer_urgent(aid: &Aid, form: &Form) -> Result<(), Answer> {
    let answer = form::chosen(form, "urgent", &w("urgent-required"))?;
    aid.record.update(|r| r.urgent = Some(answer == "yes"));
    if answer == "yes" {
        aid.go(Screen::UrgentAdvice)
    } else {
        aid.next(after_urgent(aid))
    }
    Ok(())
}

pub fn urgent_advice(aid: &Aid) -> AnyView {
    let title = w("urgent-act-now");
    let advice = aid.procedure.route.urgent.as_ref().map(|u| {
        let contacts = (!u.contacts.is_empty()).then(|| {
            parts::list(
                "contact-list",
                u.contacts.iter().map(parts::contact).collect(),
            )
        });
        view! {
            <p>
                <strong>{u.advice.clone()}</strong>
            </p>
            {u.local_advice.clone().map(|local| view! { <p><strong>{local}</strong></p> })}
            {contacts}
        }
    });
    let view = view! {
        {parts::back_link()}
        <div class="urgent">
            <Heading text=title.clone() />
            {advice}
        </div>
        <p>{w("urgent-come-back")}</p>
    };
    read_only(&title, view)
}

fn area_choices(aid: &Aid) -> Vec<Choice> {
    let route = &aid.procedure.route;
    // Each kept by its key (the default language's words), shown in the page's.
    let mut choices: Vec<Choice> = route
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| Choice::new(route.area_key(i), a.clone()))
        .collect();
    for (i, e) in route.excludes.iter().enumerate() {
        choices.push(
            Choice::new(format!("excluded-{i}"), e.matter.clone()).hint(w("area-not-covered-hint")),
        );
    }
    choices.push(Choice::new("other", w("area-something-else-choice")));
    choices
}

pub fn area(aid: &Aid, form: &Form) -> AnyView {
    let initial = aid.record.with(|r| r.area.clone()).unwrap_or_default();
    let other = form.text("other-area", || aid.record.with(|r| r.other_area.clone()));
    let (question, hint, other_label) = (w("area-question"), w("area-hint"), w("area-other-label"));
    RadioPage {
        id: "area",
        question: &question,
        hint: Some(&hint),
        caption: None,
        choices: &area_choices(aid),
        initial: &initial,
    }
    .view(form, &|value| {
        (value == "other").then(|| form::text(form, "other-area", &other_label, None, &other, 2))
    })
}

pub fn answer_area(aid: &Aid, form: &Form) -> Result<(), Answer> {
    let answer = form::chosen(form, "area", &w("area-required"))?;
    let other = form.value("other-area");
    if answer == "other" && other.trim().is_empty() {
        return Err(vec![FieldError::new("other-area", w("area-other-required"))].into());
    }
    let excludes = aid.procedure.route.excludes.len();
    if let Some(i) = answer
        .strip_prefix("excluded-")
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|i| *i < excludes)
    {
        aid.go(Screen::Excluded(i));
        return Ok(());
    }
    aid.record.update(|r| {
        r.other_area = if answer == "other" {
            other
        } else {
            String::new()
        };
        r.area = Some(answer);
    });
    aid.next(Screen::Description);
    Ok(())
}

pub fn excluded(aid: &Aid, index: usize) -> AnyView {
    let title = w("excluded-title");
    let excluded = aid.procedure.route.excludes.get(index).map(|e| {
        let go_to = e.go_to.clone().unwrap_or_else(|| w("excluded-ask-lead"));
        view! {
            <p>{format!("{}.", e.matter)}</p>
            <p>{go_to}</p>
        }
    });
    let view = view! {
        {parts::back_link()}
        <Heading text=title.clone() />
        {excluded}
    };
    read_only(&title, view)
}

pub fn description(aid: &Aid, form: &Form) -> AnyView {
    let title = w("description-title");
    browser::set_title(&title);
    let value = form.text("description", || {
        aid.record
            .with(|r| r.description.clone())
            .unwrap_or_default()
    });
    let field = stagehand_aid_screens::fields::text_field(
        "description",
        &title,
        Some(&w("description-hint")),
        &value,
        form.error("description"),
        5,
        true,
    );
    view! {
        {parts::back_link()}
        {form::question_form(form, field)}
    }
    .into_any()
}

pub fn answer_description(aid: &Aid, form: &Form) -> Result<(), Answer> {
    let value = form.value("description");
    aid.record.update(|r| r.description = Some(value));
    aid.next(Screen::Where);
    Ok(())
}
