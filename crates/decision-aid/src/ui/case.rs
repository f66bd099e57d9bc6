//! Whose case it is: the practitioner's agency and the other agency (where
//! the procedure lists agencies), the case reference and their role. All
//! optional; the reference is never the child's name.

use super::events::Answer;
use super::form::{self, Choice, Form, RadioPage};
use super::start::after_case;
use super::{Aid, Screen};
use leptos::prelude::*;
use stagehand_aid_screens::{Heading, parts};

/// The words of one agency question: theirs or the practitioner's own.
struct AgencyQuestion {
    question: &'static str,
    id: &'static str,
    name_id: &'static str,
    hint: &'static str,
    required: &'static str,
}

fn agency_question(theirs: bool) -> AgencyQuestion {
    if theirs {
        AgencyQuestion {
            question: "Which agency do you disagree with?",
            id: "other-agency",
            name_id: "other-agency-name",
            hint: "The agency whose decision, action or lack of action you are challenging",
            required: "Select the agency you disagree with",
        }
    } else {
        AgencyQuestion {
            question: "Which agency do you work for?",
            id: "your-agency",
            name_id: "your-agency-name",
            hint: "The aid then shows your own agency's role at each stage",
            required: "Select the agency you work for",
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
    choices.push(Choice::new("other", "Another agency"));
    RadioPage {
        id: q.id,
        question: q.question,
        hint: Some(q.hint),
        caption: None,
        choices: &choices,
        initial: &initial,
    }
    .view(form, &|value| {
        (value == "other").then(|| {
            form::text(
                form,
                q.name_id,
                "Name of the agency (optional)",
                None,
                &other,
                0,
            )
        })
    })
}

pub fn answer_agency(aid: &Aid, form: &Form, theirs: bool) -> Result<(), Answer> {
    let q = agency_question(theirs);
    let answer = form::chosen(form, q.id, q.required)?;
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
    let title = "About the case (optional)";
    crate::browser::set_title(title);
    let listed = !aid.procedure.route.agencies.is_empty();
    let record = aid.record.get();
    let field = |id: &str, label: &str, hint: Option<&str>, initial: &Option<String>| {
        let value = form.text(id, || initial.clone().unwrap_or_default());
        form::text(form, id, label, hint, &value, 0)
    };
    let mut fields = vec![
        field(
            "case-reference",
            "Case reference",
            Some("The reference your agency uses for the child or family. Never the child's name."),
            &record.case_reference,
        ),
        field(
            "your-role",
            "Your role",
            Some("For example, class teacher or health visitor"),
            &record.role,
        ),
    ];
    if !listed {
        fields.push(field(
            "your-agency",
            "Your agency",
            None,
            &record.agency_named,
        ));
        fields.push(field(
            "other-agency",
            "The agency you disagree with",
            None,
            &record.other_agency_named,
        ));
    }
    let inner = view! {
        <Heading text=title />
        <p>
            "These help you tell this record apart from others: they appear on the printed record, in the saved file's name and in your calendar. Nothing here is sent to the partnership."
        </p>
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
