//! Whose case it is: the practitioner's agency and the other agency (where
//! the procedure lists agencies), the case reference and their role. All
//! optional; the reference is never the child's name.

use super::events::Answer;
use super::form::{self, Choice, Form, RadioPage};
use super::start::after_case;
use super::{Aid, Screen};
use leptos::prelude::*;
use stagehand_aid::words::w;
use stagehand_aid_screens::{Heading, parts};

/// The words of one agency question: theirs or the practitioner's own.
struct AgencyQuestion {
    question: String,
    id: &'static str,
    name_id: &'static str,
    hint: String,
    required: String,
}

fn agency_question(theirs: bool) -> AgencyQuestion {
    if theirs {
        AgencyQuestion {
            question: w("other-agency-question"),
            id: "other-agency",
            name_id: "other-agency-name",
            hint: w("other-agency-hint"),
            required: w("other-agency-required"),
        }
    } else {
        AgencyQuestion {
            question: w("your-agency-question"),
            id: "your-agency",
            name_id: "your-agency-name",
            hint: w("your-agency-hint"),
            required: w("your-agency-required"),
        }
    }
}

/// "Which agency do you work for?" or "Which agency do you disagree with?":
/// the procedure's agencies, or another one named in words.
pub fn agency(aid: &Aid, form: &Form, theirs: bool) -> AnyView {
    let q = agency_question(theirs);
    let (id, named) = aid.record.with(|r| {
        if theirs {
            (r.other_agency.clone(), r.other_agency_named.clone())
        } else {
            (r.agency.clone(), r.agency_named.clone())
        }
    });
    let initial = match (&id, &named) {
        (Some(id), _) => id.clone(),
        (None, Some(_)) => "other".into(),
        _ => String::new(),
    };
    let other = form.text(q.name_id, || named.unwrap_or_default());
    let mut choices: Vec<Choice> = aid
        .procedure
        .route
        .agencies
        .iter()
        .map(|a| Choice::new(a.id.clone(), a.name.clone()))
        .collect();
    choices.push(Choice::new("other", w("another-agency")));
    let name_label = w("agency-name-label");
    RadioPage {
        id: q.id,
        question: &q.question,
        hint: Some(&q.hint),
        caption: None,
        choices: &choices,
        initial: &initial,
    }
    .view(form, &|value| {
        (value == "other").then(|| form::text(form, q.name_id, &name_label, None, &other, 0))
    })
}

pub fn answer_agency(aid: &Aid, form: &Form, theirs: bool) -> Result<(), Answer> {
    let q = agency_question(theirs);
    let answer = form::chosen(form, q.id, &q.required)?;
    let (id, named) = if answer == "other" {
        (None, Some(form.value(q.name_id).trim().to_string()))
    } else {
        (Some(answer), None)
    };
    aid.record.update(|r| {
        if theirs {
            r.other_agency = id;
            r.other_agency_named = named;
        } else {
            r.agency = id;
            r.agency_named = named;
        }
    });
    aid.next(if theirs {
        Screen::Case
    } else {
        Screen::OtherAgency
    });
    Ok(())
}

/// The case reference and the practitioner's role (and, where the
/// procedure lists no agencies, both agencies in words).
pub fn case(aid: &Aid, form: &Form) -> AnyView {
    let title = w("case-title");
    crate::browser::set_title(&title);
    let listed = !aid.procedure.route.agencies.is_empty();
    let record = aid.record.get();
    let field = |id: &str, label: &str, hint: Option<&str>, initial: &Option<String>| {
        let value = form.text(id, || initial.clone().unwrap_or_default());
        form::text(form, id, label, hint, &value, 0)
    };
    let mut fields = vec![
        field(
            "case-reference",
            &w("key-case-reference"),
            Some(&w("case-reference-hint")),
            &record.case_reference,
        ),
        field(
            "your-role",
            &w("key-your-role"),
            Some(&w("your-role-hint")),
            &record.role,
        ),
    ];
    if !listed {
        fields.push(field(
            "your-agency",
            &w("key-your-agency"),
            None,
            &record.agency_named,
        ));
        fields.push(field(
            "other-agency",
            &w("key-other-agency"),
            None,
            &record.other_agency_named,
        ));
    }
    let inner = view! {
        <Heading text=title />
        <p>{w("case-intro")}</p>
        {fields}
    };
    view! {
        {parts::back_link()}
        {form::question_form(form, inner.into_any())}
    }
    .into_any()
}

pub fn answer_case(aid: &Aid, form: &Form) -> Result<(), Answer> {
    let listed = !aid.procedure.route.agencies.is_empty();
    let typed = |id: &str| Some(form.value(id).trim().to_string());
    aid.record.update(|r| {
        r.case_reference = typed("case-reference");
        r.role = typed("your-role");
        if !listed {
            r.agency_named = typed("your-agency");
            r.other_agency_named = typed("other-agency");
        }
    });
    aid.next(after_case(aid));
    Ok(())
}
