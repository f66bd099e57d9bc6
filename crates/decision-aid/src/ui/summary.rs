//! A case followed over days: where a reopened record stands (each
//! deadline tagged, the one next action), and the anonymous monitoring
//! return, shown in full before it leaves the practitioner's hands.

use super::check::KeepButtons;
use super::form::{BackLink, Heading, Static};
use super::{Screen, aid};
use crate::browser;
use crate::dates::long_date;
use crate::export::{self, outcome_words};
use crate::html::{element, summary_list};
use crate::monitoring;
use crate::plan::{self, Tag};
use crate::record::{Outcome, Record};
use chrono::NaiveDate;
use leptos::prelude::*;
use stagehand_model::Procedure;

/// Where the record stands, as read-only markup below the heading.
fn standing(procedure: &Procedure, record: &Record, today: NaiveDate) -> String {
    let mut out = String::new();
    if let Some(i) = record.current() {
        let reached = &record.stages[i];
        let began = match (reached.started, reached.started_not_known) {
            (Some(d), _) => long_date(d),
            (None, true) => "Not known".into(),
            _ => "Not asked".into(),
        };
        out.push_str(&summary_list(&[
            (
                "Current stage".into(),
                plan::stage_name(procedure, &reached.stage),
                None,
            ),
            ("Began".into(), began, None),
            (
                "Outcome so far".into(),
                outcome_words(procedure, record, i),
                None,
            ),
        ]));
    }
    out.push_str(&format!(
        "<div class=\"inset next-action\"><h4>What to do next</h4>{}</div>",
        element("p", "", &plan::next_action(procedure, record, today))
    ));
    let mut deadlines = Vec::new();
    for (i, reached) in record.stages.iter().enumerate() {
        for (n, step) in plan::steps(procedure, record, i, today)
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
    if !deadlines.is_empty() {
        out.push_str("<h4>Deadlines</h4>");
        out.push_str(&summary_list(&deadlines));
    }
    out
}

fn go(to: Screen, text: &'static str, class: &'static str) -> impl IntoView {
    let aid = aid();
    view! { <button type="button" class=class on:click=move |_| aid.go(to)>{text}</button> }
}

#[component]
pub fn Summary() -> impl IntoView {
    let aid = aid();
    let record = aid.record.get_untracked();
    let case = record
        .case_reference
        .clone()
        .filter(|c| !c.trim().is_empty());
    let open = record
        .current()
        .filter(|i| matches!(record.stages[*i].outcome, Outcome::Open | Outcome::Waiting));
    let html = standing(&aid.procedure, &record, aid.today);
    view! {
        <BackLink/>
        {case.map(|c| view! { <span class="caption">{format!("Case {c}")}</span> })}
        <Heading text="Where this disagreement stands"/>
        <Static html/>
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

/// The return's every field in words, and where it goes.
fn return_html(
    procedure: &Procedure,
    made: &stagehand_model::MonitoringReturn,
    json: &str,
) -> String {
    let mut out = String::from(
        "<p>The partnership counts how its procedure is used, so that it can improve it. The return says only what is below: no names, nothing you typed, and not the case reference.</p>",
    );
    if made.training {
        out.push_str("<div class=\"warning-text\" role=\"note\">This is a training example: the return is marked as training, and the partnership will not count it.</div>");
    }
    out.push_str("<h4>This is all the partnership will see</h4>");
    let rows: Vec<(String, String, Option<Tag>)> = monitoring::words(procedure, made)
        .into_iter()
        .map(|(k, v)| (k, v, None))
        .collect();
    out.push_str(&summary_list(&rows));
    out.push_str("<p class=\"hint\">The file is made on this device. The aid never sends anything itself.</p>");
    if let Some(a) = &procedure.route.returns {
        out.push_str("<h4>Where to send it</h4>");
        if let Some(n) = &a.note {
            out.push_str(&element("p", "", n));
        }
        if let Some(e) = &a.email {
            let subject = format!("Monitoring return: {}", procedure.meta.title);
            let body = format!(
                "The anonymous monitoring return from the decision aid is below (and attached, if I attached the file).\n\n{json}\n"
            );
            out.push_str(&format!(
                "<p>By email to <strong>{}</strong>. <a href=\"mailto:{}?subject={}&amp;body={}\">Open an email with the return in your own email program</a>: nothing is sent until you send it.</p>",
                export::escape(e),
                export::escape(e),
                percent(&subject),
                percent(&body)
            ));
        }
        if let Some(u) = &a.url {
            out.push_str(&format!(
                "<p>Through the partnership's web form: <a href=\"{u}\">{u}</a></p>",
                u = export::escape(u)
            ));
        }
    }
    out
}

#[component]
pub fn Return() -> impl IntoView {
    let aid = aid();
    let today = aid.today;
    let made = aid
        .record
        .with_untracked(|r| monitoring::make(&aid.procedure, r, today));
    let json = crate::json::write(&made);
    let html = return_html(&aid.procedure, &made, &json);
    let name = aid
        .record
        .with_untracked(|r| export::return_file_name(r, today));
    view! {
        <BackLink/>
        <Heading text="Your monitoring return"/>
        <Static html/>
        <button type="button" class="button" on:click=move |_| browser::download(&name, "application/json", &json)>"Save the monitoring return (.json)"</button>
    }
}
