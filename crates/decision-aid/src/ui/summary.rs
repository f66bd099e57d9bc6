//! A case followed over days: where a reopened record stands (each
//! deadline tagged, the one next action), and the anonymous monitoring
//! return, shown in full before it leaves the practitioner's hands.

use super::check::KeepButtons;
use super::form::{BackLink, Heading, SummaryRow, TagView};
use super::{Screen, aid};
use crate::browser;
use crate::dates::long_date;
use crate::export::{self, outcome_words};
use crate::monitoring;
use crate::plan::{self, Tag};
use crate::record::Outcome;
use leptos::prelude::*;

#[component]
pub fn Summary() -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let today = aid.today;
    let record = aid.record.get_untracked();
    let case = record
        .case_reference
        .clone()
        .filter(|c| !c.trim().is_empty());
    let current = record.current();
    let next = plan::next_action(&procedure, &record, today);
    let mut deadlines = Vec::new();
    for (i, reached) in record.stages.iter().enumerate() {
        for (n, step) in plan::steps(&procedure, &record, i, today)
            .into_iter()
            .enumerate()
        {
            let who = step
                .contact
                .clone()
                .unwrap_or_else(|| format!("Step {}", n + 1));
            deadlines.push((
                format!("Stage {}: {who}", i + 1),
                step.due_words(),
                step.tag,
            ));
        }
        if let Some(t) = reached.target {
            let tag = if reached.outcome.ended() {
                Tag::Done
            } else {
                Tag::against(t, today, &procedure.route.calendar)
            };
            deadlines.push((
                format!("Stage {}: target date you set", i + 1),
                long_date(t),
                Some(tag),
            ));
        }
    }
    let open =
        current.filter(|i| matches!(record.stages[*i].outcome, Outcome::Open | Outcome::Waiting));
    let facts = current.map(|i| {
        let reached = &record.stages[i];
        let began = match (reached.started, reached.started_not_known) {
            (Some(d), _) => long_date(d),
            (None, true) => "Not known".into(),
            _ => "Not asked".into(),
        };
        (
            plan::stage_name(&procedure, &reached.stage),
            began,
            outcome_words(&procedure, &record, i),
        )
    });
    let go = |to: Screen, text: &'static str, class: &'static str| {
        let aid = aid.clone();
        view! { <button type="button" class=class on:click=move |_| aid.go(to)>{text}</button> }
    };
    view! {
        <BackLink/>
        {case.map(|c| view! { <span class="caption">{format!("Case {c}")}</span> })}
        <Heading text="Where this disagreement stands"/>
        {facts.map(|(stage, began, outcome)| view! {
            <dl class="summary-list">
                <SummaryRow key="Current stage" value=stage/>
                <SummaryRow key="Began" value=began/>
                <SummaryRow key="Outcome so far" value=outcome/>
            </dl>
        })}
        <div class="inset next-action">
            <h4>"What to do next"</h4>
            <p>{next}</p>
        </div>
        {(!deadlines.is_empty()).then(|| view! {
            <h4>"Deadlines"</h4>
            <dl class="summary-list">
                {deadlines.into_iter().map(|(key, value, tag)| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key}</dt>
                        <dd class="summary-list__value">{value}{tag.map(|t| view! { " " <TagView tag=t/> })}</dd>
                    </div>
                }).collect_view()}
            </dl>
        })}
        <div class="button-group no-print">
            {open.map(|i| go(Screen::Outcome(i), "Record what happened at this stage", "button"))}
            {go(Screen::Check, "Check or change your answers", "button button--secondary")}
            {go(Screen::Return, "Make a monitoring return", "button button--secondary")}
        </div>
        <div class="no-print"><KeepButtons/></div>
    }
}

/// `mailto:` parts are percent-encoded: everything but letters, digits and
/// `-._~` (RFC 3986's unreserved characters).
fn percent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[component]
pub fn Return() -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let today = aid.today;
    let made = aid
        .record
        .with_untracked(|r| monitoring::make(&procedure, r, today));
    let fields = monitoring::words(&procedure, &made);
    let json = crate::json::write(&made);
    let name = aid
        .record
        .with_untracked(|r| export::return_file_name(r, today));
    let training = made.training;
    let address = procedure.route.returns.clone();
    let email = address.as_ref().and_then(|a| a.email.clone()).map(|e| {
        let subject = format!("Monitoring return: {}", procedure.meta.title);
        let body = format!(
            "The anonymous monitoring return from the decision aid is below (and attached, if I attached the file).\n\n{json}\n"
        );
        (
            e.clone(),
            format!("mailto:{e}?subject={}&body={}", percent(&subject), percent(&body)),
        )
    });
    let save = {
        let (json, name) = (json.clone(), name.clone());
        move |_| browser::download(&name, "application/json", &json)
    };
    view! {
        <BackLink/>
        <Heading text="Your monitoring return"/>
        <p>"The partnership counts how its procedure is used, so that it can improve it. The return says only what is below: no names, nothing you typed, and not the case reference."</p>
        {training.then(|| view! { <div class="warning-text" role="note">"This is a training example: the return is marked as training, and the partnership will not count it."</div> })}
        <h4>"This is all the partnership will see"</h4>
        <dl class="summary-list">
            {fields.into_iter().map(|(k, v)| view! { <SummaryRow key=k value=v/> }).collect_view()}
        </dl>
        <button type="button" class="button" on:click=save>"Save the monitoring return (.json)"</button>
        {address.map(|a| view! {
            <h4>"Where to send it"</h4>
            {a.note.map(|n| view! { <p>{n}</p> })}
            {email.map(|(e, href)| view! {
                <p>"By email to "<strong>{e}</strong>". "
                <a href=href>"Open an email with the return in your own email program"</a>
                ": nothing is sent until you send it."</p>
            })}
            {a.url.map(|u| view! { <p>"Through the partnership's web form: "<a href=u.clone()>{u.clone()}</a></p> })}
        })}
        <p class="hint">"The file is made on this device. The aid never sends anything itself."</p>
    }
}
