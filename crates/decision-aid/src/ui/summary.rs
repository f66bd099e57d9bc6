//! A case followed over days: where a reopened record stands (each
//! deadline tagged, the one next action), and the anonymous monitoring
//! return, shown in full before it leaves the practitioner's hands.

use super::check::{go_button, keep_buttons, return_offer};
use super::start::read_only;
use super::{Aid, Screen};
use crate::dates::long_date;
use crate::export::{self, outcome_words};
use crate::html;
use crate::html::{element, summary_list};
use crate::monitoring;
use crate::plan::{self, Tag};
use crate::record::{Outcome, Record};
use chrono::NaiveDate;
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
                "Record made".into(),
                record.made.map_or(
                    "Not kept (saved by an earlier version of the aid)".into(),
                    long_date,
                ),
                None,
            ),
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
                step.due_and_done_words(),
                step.tag,
            ));
        }
        if let Some(t) = reached.target {
            deadlines.push((
                format!("Stage {}: target date you set", i + 1),
                long_date(t),
                plan::target_tag(procedure, record, i, today),
            ));
        }
    }
    if !deadlines.is_empty() {
        out.push_str("<h4>Deadlines</h4>");
        out.push_str(&summary_list(&deadlines));
    }
    out
}

pub fn summary(aid: &Aid) -> String {
    let title = "Where this disagreement stands";
    let record = aid.record.get();
    let mut html = html::BACK_LINK.to_string();
    if let Some(c) = record
        .case_reference
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        html.push_str(&element("span", "caption", &format!("Case {c}")));
    }
    html.push_str(&html::heading(title));
    // Before anything else: what changed in the procedure since the record was made.
    let changes = record.changed_since(&aid.procedure);
    if !changes.is_empty() {
        let items: Vec<String> = changes
            .iter()
            .map(|c| {
                format!(
                    "<strong>{}</strong> ({}): {}",
                    long_date(c.date),
                    crate::export::escape(&c.whose),
                    crate::export::escape(&c.note)
                )
            })
            .collect();
        html.push_str(&format!(
            "<div class=\"warning-text\" role=\"note\" id=\"aid-changed-since\"><strong>The procedure has changed since this record was made.</strong> Check that what it says still applies.</div>{}",
            html::list("changed-since", items)
        ));
    }
    html.push_str(&standing(&aid.procedure, &record, aid.today()));
    html.push_str("<div class=\"button-group no-print\">");
    // Reopened (a kept draft, a saved file): back to the question they
    // were at when it was kept.
    let stages = aid.stage_count();
    if let Some(left_at) = record
        .journey
        .last()
        .and_then(|code| Screen::from_code(code, stages))
        .filter(|s| {
            !matches!(
                s,
                Screen::Start | Screen::Summary | Screen::ConfirmRestart | Screen::ConfirmClear
            )
        })
    {
        html.push_str(&go_button(left_at, "Carry on where you left off", "button"));
    }
    if let Some(i) = record
        .current()
        .filter(|i| matches!(record.stages[*i].outcome, Outcome::Open | Outcome::Waiting))
    {
        html.push_str(&go_button(
            Screen::Outcome(i),
            "Record what happened at this stage",
            "button",
        ));
    }
    html.push_str(&go_button(
        Screen::Check,
        "Check or change your answers",
        "button button--secondary",
    ));
    html.push_str(&format!(
        "</div><div class=\"no-print\">{}{}</div>",
        keep_buttons(aid),
        return_offer(aid)
    ));
    read_only(title, html)
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
    out.push_str("<h4>What the return leaves out, and why</h4>");
    out.push_str(&html::list(
        "list",
        monitoring::left_out(procedure)
            .iter()
            .map(|item| crate::export::escape(item)),
    ));
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
        if a.email.is_none() && a.url.is_none() {
            out.push_str("<p>The procedure does not say how to reach them. Ask your agency's safeguarding lead or named person how your agency sends it.</p>");
        }
    }
    out
}

pub fn monitoring_return(aid: &Aid) -> String {
    let title = "Your monitoring return";
    let made = aid
        .record
        .with(|r| monitoring::make(&aid.procedure, r, aid.today()));
    let json = stagehand_aid::to_json(&made);
    let html = format!(
        "{}{}{}{}",
        html::BACK_LINK,
        html::heading(title),
        return_html(&aid.procedure, &made, &json),
        html::button(
            "Save the monitoring return (.json)",
            "button",
            "data-act=\"save-return\""
        )
    );
    read_only(title, html)
}
