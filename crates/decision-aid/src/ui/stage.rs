//! What to do at a stage, who to contact and by when, and what happened.

use super::form::{
    BackLink, Choice, DateInput, FieldError, Heading, QuestionForm, Radios, TagView, TextField,
    new_errors, show,
};
use super::{Screen, aid};
use crate::dates::{DateFields, long_date};
use crate::plan;
use crate::record::Outcome as Result_;
use chrono::NaiveDate;
use leptos::prelude::*;
use stagehand_model::Contact;

/// A contact point with working `tel:` and `mailto:` links.
#[component]
pub fn ContactView(contact: Contact) -> impl IntoView {
    let tel = |n: &str| format!("tel:{}", n.replace(' ', ""));
    view! {
        <strong>{contact.name}</strong>{contact.note.map(|n| format!(": {n}"))}
        {contact.phone.map(|p| view! { <br/>"Phone: "<a href=tel(&p)>{p.clone()}</a> })}
        {contact.out_of_hours.map(|p| view! { <br/>"Out of hours: "<a href=tel(&p)>{p.clone()}</a> })}
        {contact.email.map(|e| view! { <br/>"Email: "<a href=format!("mailto:{e}")>{e.clone()}</a> })}
        {contact.url.map(|u| view! { <br/><a href=u.clone()>{u.clone()}</a> })}
    }
}

/// What to do at this stage, who to contact, and by when.
#[component]
pub fn CurrentStage(index: usize) -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let record = aid.record.get_untracked();
    let reached = record.stages.get(index).cloned().unwrap_or_default();
    let Some(stage) = procedure.route.stage(&reached.stage).cloned() else {
        return view! { <p>"This stage is not in the procedure."</p> }.into_any();
    };
    let today = aid.today;
    let steps = plan::steps(&procedure, &record, index, today);
    let has_dates = steps.iter().any(|s| s.due_date().is_some());
    let start_unknown = reached.started.is_none()
        && stage
            .steps
            .iter()
            .any(|s| s.within.is_some_and(|t| !t.is_urgent_without_date()));
    let urgent_only = stage
        .steps
        .iter()
        .any(|s| s.within.is_some_and(|t| t.is_urgent_without_date()));
    let warnings: Vec<String> = steps
        .iter()
        .filter_map(|s| s.deadline.as_ref()?.warning.clone())
        .collect();
    let contacts: Vec<Contact> = procedure.route.contacts_for(&stage.id).cloned().collect();
    let other_agency = record
        .other_agency
        .as_deref()
        .and_then(|a| procedure.route.agency(a))
        .map(|a| a.name.clone());
    let contacted = RwSignal::new(reached.contacted.clone().unwrap_or_default());
    let target = RwSignal::new(DateFields::from_date(reached.target));
    let warned = StoredValue::new(None::<NaiveDate>);
    let past_target = RwSignal::new(None::<NaiveDate>);
    let errors = new_errors();
    let submit = {
        let aid = aid.clone();
        move || {
            let mut found = Vec::new();
            let t = target.get_untracked();
            let parsed = if t.is_empty() {
                None
            } else {
                match t.parse("Target date", today, true) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        found.push(FieldError::date("target", e));
                        None
                    }
                }
            };
            if !show(errors, found) {
                return;
            }
            // A target date in the past: say so once, then accept it.
            if let Some(d) = parsed.filter(|d| *d < today)
                && warned.get_value() != Some(d)
            {
                warned.set_value(Some(d));
                past_target.set(Some(d));
                request_animation_frame(|| crate::browser::focus("target-warning"));
                return;
            }
            aid.record.update(|r| {
                if let Some(s) = r.stages.get_mut(index) {
                    s.contacted = Some(contacted.get_untracked());
                    s.target = parsed;
                }
            });
            aid.next(Screen::Outcome(index));
        }
    };
    let began = reached.started.map(long_date);
    let section = stage.section.clone();
    let at_step = reached.step as usize;
    view! {
        <BackLink/>
        <span class="caption">{format!("Stage {} of {}", index + 1, procedure.route.stages.len())}</span>
        <Heading text=stage.title.clone()/>
        {match (began, reached.started_not_known) {
            (Some(b), _) => view! { <p>"This stage began on "<strong>{b}</strong>"."</p> }.into_any(),
            (None, true) => view! { <p>"You do not know when this stage began."</p> }.into_any(),
            _ => ().into_any(),
        }}
        <h4>"What to do, who to contact and by when"</h4>
        <ol class="aid-steps">
            {steps.iter().enumerate().map(|(n, s)| view! {
                <li>
                    {(n == at_step && at_step > 0).then(|| view! { <p><strong class="tag tag--blue">"You are at this step"</strong></p> })}
                    <p>{s.action.clone()}</p>
                    <dl class="summary-list summary-list--compact">
                        {s.contact.clone().map(|c| view! { <div class="summary-list__row"><dt class="summary-list__key">"Contact"</dt><dd class="summary-list__value">{c}</dd></div> })}
                        {s.counterpart.clone().map(|c| view! { <div class="summary-list__row"><dt class="summary-list__key">"Their counterpart"</dt><dd class="summary-list__value">{c}{other_agency.clone().map(|a| format!(" ({a})"))}</dd></div> })}
                        <div class="summary-list__row"><dt class="summary-list__key">"By when"</dt><dd class="summary-list__value aid-due">
                            {s.due_words()}{s.tag.map(|t| view! { " " <TagView tag=t/> })}
                            {s.sooner_if.clone().map(|w| view! { <br/>{format!("Sooner if {w}.")} })}
                        </dd></div>
                    </dl>
                </li>
            }).collect_view()}
        </ol>
        {warnings.into_iter().next().map(|w| view! { <div class="warning-text" role="note"><strong>"Check this date: "</strong>{w}</div> })}
        {start_unknown.then(|| view! { <div class="warning-text" role="note">"The date this stage began is not known, so its deadlines cannot be worked out. You can add the date from the check page."</div> })}
        {(!contacts.is_empty()).then(|| view! {
            <h4>"Contacts"</h4>
            <ul>{contacts.into_iter().map(|c| view! { <li><ContactView contact=c/></li> }).collect_view()}</ul>
        })}
        {(!stage.record.is_empty()).then(|| view! {
            <h4>"What to record"</h4>
            <ul>{stage.record.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
        })}
        {section.map(|s| view! { <p class="no-print"><a href=format!("#{s}")>"Read what the procedure says about this stage"</a></p> })}
        <QuestionForm errors on_continue=submit>
            <TextField id="contacted" label="Who have you contacted at this stage, and when? (optional)"
                hint="Their role and agency is enough for most records" value=contacted errors rows=3/>
            {(!has_dates && !start_unknown).then(|| view! {
                <div class="inset"><p>{if urgent_only {
                    "You can set your own target date to keep this stage moving."
                } else {
                    "The procedure sets no timescale for this stage. You can set your own target date to keep it moving."
                }}</p></div>
                {move || past_target.get().map(|d| view! {
                    <div class="warning-text" id="target-warning" tabindex="-1" role="alert">
                        <strong>{format!("The target date you entered, {}, has already passed. ", long_date(d))}</strong>
                        "Continue if that is right, or change it."
                    </div>
                })}
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
        Result_::Open => "",
        Result_::Waiting => "waiting",
        Result_::Resolved => "resolved",
        Result_::Escalated => "escalate",
        Result_::Unresolved => "unresolved",
    };
    let choice = RwSignal::new(initial.to_string());
    let agreed = RwSignal::new(reached.agreed.clone());
    let when = RwSignal::new(DateFields::from_date(reached.ended.or(Some(aid.today))));
    let errors = new_errors();
    let mut choices = vec![Choice::new("resolved", "Yes, it was resolved")];
    let end = aid.procedure.route.end_of_route.clone();
    choices.push(if last {
        let choice = Choice::new("unresolved", "No, it was not resolved at this final stage");
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
    let submit = move || {
        let answer = choice.get_untracked();
        let mut found = Vec::new();
        let mut ended = None;
        if answer.is_empty() {
            found.push(FieldError::new(
                "outcome",
                format!(
                    "Select whether the disagreement was resolved at stage {}",
                    index + 1
                ),
            ));
        } else if answer == "resolved" || answer == "unresolved" {
            if answer == "resolved" && agreed.get_untracked().trim().is_empty() {
                found.push(FieldError::new("agreed", "Enter what was agreed"));
            }
            let field = if answer == "resolved" {
                "resolved-on"
            } else {
                "unresolved-on"
            };
            match when.get_untracked().parse("The date", aid.today, false) {
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
        if !show(errors, found) {
            return;
        }
        aid.changing.set(false);
        let after_questions = if has_questions {
            Screen::Questions
        } else {
            Screen::Check
        };
        match answer.as_str() {
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
                aid.go(after_questions);
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
    };
    let resolved_field: ChildrenFn = std::sync::Arc::new(move || {
        view! {
            <TextField id="agreed" label="What was agreed?" value=agreed errors rows=3/>
            <DateInput id="resolved-on" label="When was it resolved?" fields=when errors/>
        }
        .into_any()
    });
    let unresolved_field: ChildrenFn = std::sync::Arc::new(move || {
        view! {
            <TextField id="next-course" label="What happens next? (optional)" value=agreed errors rows=3/>
            <DateInput id="unresolved-on" label="When was this decided?" fields=when errors/>
        }
        .into_any()
    });
    let mut reveal = vec![("resolved".to_string(), resolved_field)];
    if last {
        reveal.push(("unresolved".to_string(), unresolved_field));
    }
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Radios id="outcome" question=format!("Was the disagreement resolved at stage {}?", index + 1) selected=choice errors choices
                reveal/>
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
        <QuestionForm errors on_continue=submit>
            <DateInput id="escalated" heading=true label=format!("When did you take it to stage {}: {}?", index + 2, next_name) fields errors
                hint="Stage deadlines count from this day. For example, 27 3 2026"/>
        </QuestionForm>
    }
}
