//! A return checked against the procedure it names: every stage, area,
//! agency and answer must be one the procedure defines, and its dates must
//! be possible. A return that fails is not counted, and its file is named.

use chrono::NaiveDate;
use stagehand_model::{
    AnswerKind, MonitoringReturn, Month, Procedure, ReturnOutcome, StageOutcome,
};

/// A value read from a return, as a message may show it: a name the aid
/// writes (`durham`, `stage-2`, `police`) is shown; anything else is not,
/// since the report and the terminal must never show typed text, even from
/// a file someone edited.
pub(crate) fn named(value: &str) -> String {
    let token = !value.is_empty()
        && value.len() <= 40
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if token {
        format!("`{value}`")
    } else {
        "a value not shown here (the aid writes none like it, and a return never carries typed text: this file was edited, or is not from the aid)".into()
    }
}

/// A reader's message about a return (serde's, say), with every quoted
/// value that is not a name the aid writes left out, as [`named`] does.
pub(crate) fn without_typed_text(message: &str) -> String {
    let mut out = String::new();
    for (i, part) in message.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str(&named(part));
        } else {
            out.push_str(&without_quoted(part));
        }
    }
    out
}

fn without_quoted(text: &str) -> String {
    text.split('"')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 && named(part).starts_with('`') {
                format!("\"{part}\"")
            } else if i % 2 == 1 {
                "(a value not shown)".to_string()
            } else {
                part.to_string()
            }
        })
        .collect()
}

/// The earliest month a return can speak of: before it, a date is a slip.
fn too_early(month: Month) -> bool {
    month.year < 2000
}

pub(crate) fn check(
    r: &MonitoringReturn,
    procedures: &[Procedure],
    today: NaiveDate,
) -> Result<(), String> {
    let id_ok = !r.id.is_empty()
        && r.id.len() <= 64
        && r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !id_ok {
        return Err("has no usable id: a return's id is the random number the aid gave it".into());
    }
    let Some(procedure) = procedures.iter().find(|p| p.slug == r.procedure) else {
        let known: Vec<&str> = procedures.iter().map(|p| p.slug.as_str()).collect();
        return Err(format!(
            "names a procedure, {}, that the handbook does not have (it has {})",
            named(&r.procedure),
            known.join(", ")
        ));
    };
    let route = &procedure.route;
    let region = procedure.region.as_ref().map(|g| g.slug.as_str());
    if r.region.is_some() && r.region.as_deref() != region {
        return Err(format!(
            "says `{}` is a local version of {}, which it is not",
            r.procedure,
            named(r.region.as_deref().unwrap_or_default())
        ));
    }
    if too_early(r.made) || r.made > Month::of(today) {
        return Err(format!("was made in {}, an impossible month", r.made));
    }
    if let Some(began) = r.began
        && (too_early(began) || began > r.made)
    {
        return Err(format!(
            "says the escalation began in {began}, which is impossible (the return was made in {})",
            r.made
        ));
    }
    if let Some(area) = &r.area
        && area != "other"
        && !route.areas.contains(area)
    {
        return Err(format!(
            "names an area, {}, that is not one of the procedure's",
            named(area)
        ));
    }
    for agency in [&r.agency_raising, &r.agency_receiving]
        .into_iter()
        .flatten()
    {
        if agency != "other" && route.agency(agency).is_none() {
            return Err(format!(
                "names an agency, {}, that the procedure does not list",
                named(agency)
            ));
        }
    }
    for (i, s) in r.stages.iter().enumerate() {
        let Some(stage) = route.stages.get(i).filter(|st| st.id == s.stage) else {
            return Err(format!(
                "names {} as its stage {}, but the procedure's stage {} is `{}`",
                named(&s.stage),
                i + 1,
                i + 1,
                route.stages.get(i).map_or("(none)", |st| st.id.as_str())
            ));
        };
        let last = i + 1 == r.stages.len();
        let final_stage = i + 1 == route.stages.len();
        let outcome_ok = match s.outcome {
            StageOutcome::Escalated => !last,
            StageOutcome::NotResolved => last && final_stage,
            StageOutcome::Resolved | StageOutcome::UnderWay => last,
        };
        if !outcome_ok {
            return Err(format!(
                "says stage {} was {}, which cannot be where it is in the route",
                i + 1,
                crate::english().stage_outcome(s.outcome, route)
            ));
        }
        // Ten years of working days: anything more is a slip.
        if s.working_days.is_some_and(|n| n > 2600) {
            return Err(format!(
                "says stage {} took {} working days, which is impossible",
                i + 1,
                s.working_days.unwrap_or_default()
            ));
        }
        for d in &s.deadlines {
            if d.step == 0 || d.step as usize > stage.steps.len() {
                return Err(format!(
                    "gives a deadline for step {} of stage {}, which has {} step(s)",
                    d.step,
                    i + 1,
                    stage.steps.len()
                ));
            }
        }
    }
    let outcome_ok = matches!(
        (r.outcome, r.stages.last().map(|s| s.outcome)),
        (ReturnOutcome::Resolved, Some(StageOutcome::Resolved))
            | (ReturnOutcome::NotResolved, Some(StageOutcome::NotResolved))
            | (ReturnOutcome::UnderWay, None | Some(StageOutcome::UnderWay))
    );
    if !outcome_ok {
        return Err(format!(
            "says the outcome was “{}”, which its last stage does not",
            crate::english().return_outcome(r.outcome, route)
        ));
    }
    for (id, answer) in &r.answers {
        let Some(q) = route.record.iter().find(|q| &q.id == id && q.in_return) else {
            return Err(format!(
                "answers a question, {}, that the procedure does not count in returns",
                named(id)
            ));
        };
        let ok = match q.answer {
            AnswerKind::YesNo => answer == "yes" || answer == "no",
            AnswerKind::Date => Month::parse(answer).is_some(),
            _ => false,
        };
        if !ok {
            let expected = match q.answer {
                AnswerKind::YesNo => "yes or no",
                _ => "a month",
            };
            return Err(format!(
                "answers `{id}` with something other than {expected}: {}",
                named(answer)
            ));
        }
    }
    Ok(())
}
