//! What to do at a stage, who to contact and by when, and what happened.

use super::form::{
    BackLink, Choice, DateInput, Field, FieldError, OnAnswer, QuestionForm, RadioQuestion, Static,
    TextField, new_errors, show,
};
use super::{Screen, aid};
use crate::browser;
use crate::dates::{DateFields, long_date};
use crate::plan;
use crate::record::Outcome as Result_;
use chrono::NaiveDate;
use leptos::prelude::*;

/// What to do at this stage, who to contact, and by when.
#[component]
pub fn CurrentStage(index: usize) -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let record = aid.record.get_untracked();
    let reached = record.stages.get(index).cloned().unwrap_or_default();
    let today = aid.today;
    let earliest = aid.earliest();
    let title = procedure
        .route
        .stage(&reached.stage)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let steps = plan::steps(&procedure, &record, index, today);
    let has_dates = steps.iter().any(|s| s.due_date().is_some());
    let timescales: Vec<_> = procedure
        .route
        .stage(&reached.stage)
        .map(|s| s.steps.iter().filter_map(|st| st.within).collect())
        .unwrap_or_default();
    let start_unknown =
        reached.started.is_none() && timescales.iter().any(|t| !t.is_urgent_without_date());
    let urgent_only = timescales.iter().any(|t| t.is_urgent_without_date());
    let mut html = crate::html::stage(&procedure, &record, index, today);
    if start_unknown {
        html.push_str("<div class=\"warning-text\" role=\"note\">The date this stage began is not known, so its deadlines cannot be worked out. You can add the date from the check page.</div>");
    }
    let contacted = RwSignal::new(reached.contacted.clone().unwrap_or_default());
    let target = RwSignal::new(DateFields::from_date(reached.target));
    let warned = StoredValue::new(None::<NaiveDate>);
    let past_target = RwSignal::new(None::<NaiveDate>);
    let errors = new_errors();
    let submit = move || {
        let mut found = Vec::new();
        let t = target.get_untracked();
        let parsed = if t.is_empty() {
            None
        } else {
            match t.parse("Target date", today, earliest, true) {
                Ok(d) => Some(d),
                Err(e) => {
                    found.push(FieldError::date("target", e));
                    None
                }
            }
        };
        if !show(errors, found) {
            // The warning was about a date no longer there.
            past_target.set(None);
            warned.set_value(None);
            return;
        }
        // A target date in the past: say so once, then accept it.
        if let Some(d) = parsed.filter(|d| *d < today)
            && warned.get_value() != Some(d)
        {
            warned.set_value(Some(d));
            past_target.set(Some(d));
            request_animation_frame(|| crate::browser::focus("aid-target-warning"));
            return;
        }
        aid.record.update(|r| {
            if let Some(s) = r.stages.get_mut(index) {
                s.contacted = Some(contacted.get_untracked());
                s.target = parsed;
            }
        });
        aid.next(Screen::Outcome(index));
    };
    let inset = if urgent_only {
        "You can set your own target date to keep this stage moving."
    } else {
        "The procedure sets no timescale for this stage. You can set your own target date to keep it moving."
    };
    let heading = format!(
        "<span class=\"caption\">Stage {} of {}</span>{}",
        index + 1,
        procedure.route.stages.len(),
        crate::html::heading(&title)
    );
    browser::set_title(&title);
    html.insert_str(0, &heading);
    let ask_target = !has_dates && !start_unknown;
    // A target date in the past is said once, above the date.
    let warning = move || {
        past_target
            .get()
            .map(|d| {
                format!(
                    "<div class=\"warning-text\" id=\"aid-target-warning\" tabindex=\"-1\" role=\"alert\"><strong>The target date you entered, {}, has already passed. </strong>Continue if that is right, or change it.</div>",
                    long_date(d)
                )
            })
            .unwrap_or_default()
    };
    view! {
        <BackLink/>
        <Static html/>
        <QuestionForm errors on_continue=Box::new(submit)>
            <TextField id="contacted" label="Who have you contacted at this stage, and when? (optional)"
                hint="Their role and agency is enough for most records" value=contacted errors rows=3/>
            {ask_target.then(|| view! {
                <div class="inset"><p>{inset}</p></div>
                <div inner_html=warning></div>
                <DateInput id="target" label="Target date (optional)" fields=target errors/>
            })}
        </QuestionForm>
    }
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
    // "No, take it further" is recorded only on the next screen: until
    // then, Back shows the choice made here, not the record's "waiting".
    // The finder's "raised and not resolved" at every step of a stage that
    // has a next: that is what she said, so it is shown chosen.
    let not_resolved = !last
        && aid
            .record
            .with_untracked(|r| r.past_every_step(&aid.procedure, index));
    let initial = aid.chosen(Screen::Outcome(index)).unwrap_or_else(|| {
        match reached.outcome {
            Result_::Open if not_resolved => "escalate",
            Result_::Open => "",
            Result_::Waiting => "waiting",
            Result_::Resolved => "resolved",
            Result_::Escalated => "escalate",
            Result_::Unresolved => "unresolved",
        }
        .to_string()
    });
    let agreed = RwSignal::new(reached.agreed.clone());
    // Empty until the person gives the date, as GOV.UK's date pattern does.
    let when = RwSignal::new(DateFields::from_date(reached.ended));
    let errors = new_errors();
    let mut choices = vec![Choice::new("resolved", "Yes, it was resolved")];
    let end = aid.procedure.route.end_of_route.clone();
    choices.push(if last {
        // Where the handbook holds only the first stages, this is not the
        // procedure's final one: say where it goes next, in its own words.
        let label = if aid.procedure.route.partial {
            "No, it was not resolved at this stage"
        } else {
            "No, it was not resolved at this final stage"
        };
        let choice = Choice::new("unresolved", label);
        match &end {
            Some(e) => choice.hint(e.clone()),
            None => choice.hint("The procedure has no further stage"),
        }
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
    let started = reached.started;
    let on_answer: OnAnswer = Box::new(move |answer| {
        let mut found = Vec::new();
        let mut ended = None;
        if answer == "resolved" || answer == "unresolved" {
            if answer == "resolved" && agreed.get_untracked().trim().is_empty() {
                found.push(FieldError::new("agreed", "Enter what was agreed"));
            }
            let field = if answer == "resolved" {
                "resolved-on"
            } else {
                "unresolved-on"
            };
            match when
                .get_untracked()
                .parse("The date", aid.today, aid.earliest(), false)
            {
                Ok(d) if started.is_some_and(|s| d < s) => found.push(FieldError::new(
                    field,
                    format!(
                        "The date must be the same as or after the date stage {} began, {}",
                        index + 1,
                        started.map(long_date).unwrap_or_default()
                    ),
                )),
                Ok(d) => ended = Some(d),
                Err(e) => found.push(FieldError::date(field, e)),
            }
        }
        if !found.is_empty() {
            return found;
        }
        aid.choose(Screen::Outcome(index), answer);
        aid.changing.set(false);
        match answer {
            "resolved" | "unresolved" => {
                aid.record.update(|r| {
                    r.stages.truncate(index + 1);
                    let s = &mut r.stages[index];
                    s.outcome = if answer == "resolved" {
                        Result_::Resolved
                    } else {
                        Result_::Unresolved
                    };
                    s.agreed = agreed.get_untracked();
                    s.ended = ended;
                });
                aid.go(if has_questions {
                    Screen::Questions
                } else {
                    Screen::Check
                });
            }
            "escalate" => aid.go(Screen::Escalate(index)),
            _ => {
                aid.record.update(|r| {
                    r.stages.truncate(index + 1);
                    r.stages[index].outcome = Result_::Waiting;
                    r.stages[index].ended = None;
                });
                aid.go(Screen::Summary);
            }
        }
        Vec::new()
    });
    let resolved_field = vec![
        Field::text("agreed", "What was agreed?", agreed, 3),
        Field::date("resolved-on", "When was it resolved?", when),
    ];
    let unresolved_field = vec![
        Field::text("next-course", "What happens next? (optional)", agreed, 3),
        Field::date("unresolved-on", "When was this decided?", when),
    ];
    let mut reveal = vec![("resolved".to_string(), resolved_field)];
    if last {
        reveal.push(("unresolved".to_string(), unresolved_field));
    }
    view! {
        <RadioQuestion id="outcome" question=format!("Was the disagreement resolved at stage {}?", index + 1)
            choices initial required=format!("Select whether the disagreement was resolved at stage {}", index + 1)
            on_answer errors reveal/>
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
        let date = fields
            .get_untracked()
            .parse(what, aid.today, aid.earliest(), false);
        let started = aid
            .record
            .with_untracked(|r| r.stages.get(index).and_then(|s| s.started));
        let found = match (&date, started) {
            (Err(e), _) => vec![FieldError::date("escalated", e.clone())],
            (Ok(d), Some(s)) if *d < s => vec![FieldError::new(
                "escalated",
                format!(
                    "Date it was escalated must be the same as or after the date stage {} began, {}",
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
            r.reach(&aid.procedure, index + 1, 0);
            r.stages[index].outcome = Result_::Escalated;
            r.stages[index].ended = date;
            r.stages[index + 1].started = date;
            r.stages[index + 1].started_not_known = false;
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
        <QuestionForm errors on_continue=Box::new(submit)>
            <DateInput id="escalated" heading=true label=format!("When did you take it to stage {}: {}?", index + 2, next_name) fields errors
                hint="Stage deadlines count from this day. For example, 27 3 2026"/>
        </QuestionForm>
    }
}
