//! Whose case it is: the practitioner's agency and the other agency (where
//! the procedure lists agencies), the case reference and their role. All
//! optional; the reference is never the child's name.

use super::form::{
    BackLink, Choice, Field, OnAnswer, QuestionForm, RadioQuestion, TextField, new_errors, show,
};
use super::start::after_case;
use super::{Screen, aid};
use leptos::prelude::*;

/// "Which agency do you work for?" or "Which agency do you disagree with?":
/// the procedure's agencies, or another one named in words.
#[component]
pub fn Agency(theirs: bool) -> impl IntoView {
    let aid = aid();
    let (id, named) = aid.record.with_untracked(|r| {
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
    let other = RwSignal::new(named.unwrap_or_default());
    let errors = new_errors();
    let mut choices: Vec<Choice> = aid
        .procedure
        .route
        .agencies
        .iter()
        .map(|a| Choice::new(a.id.clone(), a.name.clone()))
        .collect();
    choices.push(Choice::new("other", "Another agency"));
    let (question, field, hint, required) = if theirs {
        (
            "Which agency do you disagree with?",
            "other-agency",
            "The agency whose decision, action or lack of action you are challenging",
            "Select the agency you disagree with",
        )
    } else {
        (
            "Which agency do you work for?",
            "your-agency",
            "The aid then shows your own agency's role at each stage",
            "Select the agency you work for",
        )
    };
    let on_answer: OnAnswer = Box::new(move |answer| {
        let (id, named) = if answer == "other" {
            (None, Some(other.get_untracked().trim().to_string()))
        } else {
            (Some(answer.to_string()), None)
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
        Vec::new()
    });
    let name_id = if theirs {
        "other-agency-name"
    } else {
        "your-agency-name"
    };
    let other_field = vec![Field::text(
        name_id,
        "Name of the agency (optional)",
        other,
        0,
    )];
    view! {
        <RadioQuestion id=field question hint choices initial required on_answer errors
            reveal=vec![("other".to_string(), other_field)]/>
    }
}

/// The case reference and the practitioner's role (and, where the
/// procedure lists no agencies, both agencies in words).
#[component]
pub fn Case() -> impl IntoView {
    let aid = aid();
    let listed = !aid.procedure.route.agencies.is_empty();
    let record = aid.record.get_untracked();
    let reference = RwSignal::new(record.case_reference.unwrap_or_default());
    let role = RwSignal::new(record.role.unwrap_or_default());
    let agency = RwSignal::new(record.agency_named.unwrap_or_default());
    let other = RwSignal::new(record.other_agency_named.unwrap_or_default());
    let errors = new_errors();
    let submit = move || {
        show(errors, Vec::new());
        aid.record.update(|r| {
            r.case_reference = Some(reference.get_untracked().trim().to_string());
            r.role = Some(role.get_untracked().trim().to_string());
            if !listed {
                r.agency_named = Some(agency.get_untracked().trim().to_string());
                r.other_agency_named = Some(other.get_untracked().trim().to_string());
            }
        });
        aid.next(after_case(&aid));
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=Box::new(submit)>
            <super::form::Heading text="About the case (optional)"/>
            <p>"These help you tell this record apart from others: they appear on the printed record, in the saved file's name and in your calendar. Nothing here is sent to the partnership."</p>
            <TextField id="case-reference" label="Case reference" rows=0 value=reference errors
                hint="The reference your agency uses for the child or family. Never the child's name."/>
            <TextField id="your-role" label="Your role" rows=0 value=role errors
                hint="For example, class teacher or health visitor"/>
            {(!listed).then(|| view! {
                <TextField id="your-agency" label="Your agency" rows=0 value=agency errors/>
                <TextField id="other-agency" label="The agency you disagree with" rows=0 value=other errors/>
            })}
        </QuestionForm>
    }
}
