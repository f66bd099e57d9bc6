//! A case followed over days: where a reopened record stands (each
//! deadline tagged, the one next action), and the anonymous monitoring
//! return, shown in full before it leaves the practitioner's hands.

use super::check::{go_button, keep_buttons, return_offer};
use super::start::read_only;
use super::{Aid, Screen};
use crate::dates::long_date;
use crate::export::outcome_words;
use crate::monitoring;
use crate::plan::{self, Tag};
use crate::record::{Outcome, Record};
use chrono::NaiveDate;
use leptos::prelude::*;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_aid_screens::Heading;
use stagehand_aid_screens::act::{Act, on_click};
use stagehand_aid_screens::parts::{self, summary_list};
use stagehand_model::Procedure;

/// Where the record stands, read-only, below the heading.
fn standing(procedure: &Procedure, record: &Record, today: NaiveDate) -> AnyView {
    let current = record.current().map(|i| {
        let reached = &record.stages[i];
        let began = match (reached.started, reached.started_not_known) {
            (Some(d), _) => long_date(d),
            (None, true) => w("not-known"),
            _ => w("not-asked"),
        };
        summary_list(vec![
            (
                w("current-stage"),
                plan::stage_name(procedure, &reached.stage),
                None,
            ),
            (w("key-began"), began, None),
            (
                w("key-record-made"),
                record
                    .made
                    .map_or_else(|| w("record-made-not-kept-short"), long_date),
                None,
            ),
            (
                w("outcome-so-far"),
                outcome_words(procedure, record, i),
                None,
            ),
        ])
    });
    let mut deadlines = Vec::new();
    for (i, reached) in record.stages.iter().enumerate() {
        for (n, step) in plan::steps(procedure, record, i, today)
            .into_iter()
            .enumerate()
        {
            let who = step
                .contact
                .clone()
                .unwrap_or_else(|| wf("step-n-capital", &[("number", (n + 1).into())]));
            deadlines.push((
                wf(
                    "deadline-of-stage",
                    &[("number", (i + 1).into()), ("who", Arg::Text(&who))],
                ),
                step.due_and_done_words(),
                step.tag,
            ));
        }
        if let Some(t) = reached.target {
            deadlines.push((
                wf("target-of-stage", &[("number", (i + 1).into())]),
                long_date(t),
                plan::target_tag(procedure, record, i, today),
            ));
        }
    }
    let deadlines = (!deadlines.is_empty())
        .then(|| view! { <h4>{w("deadlines")}</h4> {summary_list(deadlines)} });
    view! {
        {current}
        <div class="inset next-action">
            <h4>{w("section-next")}</h4>
            <p>{plan::next_action(procedure, record, today)}</p>
        </div>
        {deadlines}
    }
    .into_any()
}

pub fn summary(aid: &Aid) -> AnyView {
    let title = w("summary-title");
    let record = aid.record.get();
    let case = record
        .case_reference
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .map(|c| view! { <span class="caption">{wf("case-caption", &[("case", Arg::Text(c))])}</span> });
    // Before anything else: what changed in the procedure since the record was made.
    let changes = record.changed_since(&aid.procedure);
    let changed = (!changes.is_empty()).then(|| {
        let items = changes
            .iter()
            .map(|c| {
                view! {
                    <strong>{long_date(c.date)}</strong>
                    {wf("changed-item", &[("whose", Arg::Text(&c.whose)), ("note", Arg::Text(&c.note))])}
                }
                .into_any()
            })
            .collect();
        view! {
            <div class="warning-text" role="note" id="aid-changed-since">
                <strong>{w("changed-since")}</strong>
                {w("changed-since-check")}
            </div>
            {parts::list("changed-since", items)}
        }
    });
    // Reopened (a kept draft, a saved file): back to the question they
    // were at when it was kept.
    let stages = aid.stage_count();
    let left_at = record
        .journey
        .last()
        .and_then(|code| Screen::from_code(code, stages))
        .filter(|s| {
            !matches!(
                s,
                Screen::Start | Screen::Summary | Screen::ConfirmRestart | Screen::ConfirmClear
            )
        })
        .map(|to| go_button(to, w("carry-on"), "button"));
    let outcome = record
        .current()
        .filter(|i| matches!(record.stages[*i].outcome, Outcome::Open | Outcome::Waiting))
        .map(|i| go_button(Screen::Outcome(i), w("record-this-stage"), "button"));
    let view = view! {
        {parts::back_link()}
        {case}
        <Heading text=title.clone() />
        {changed}
        {standing(&aid.procedure, &record, aid.today())}
        <div class="button-group no-print">
            {left_at}
            {outcome}
            {go_button(Screen::Check, w("check-or-change"), "button button--secondary")}
        </div>
        <div class="no-print">{keep_buttons(aid)} {return_offer(aid)}</div>
    };
    read_only(&title, view)
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

/// Where the return goes: the partnership's address, form or note.
fn send_to(procedure: &Procedure, json: &str) -> Option<AnyView> {
    let a = procedure.route.returns.as_ref()?;
    let email = a.email.clone().map(|e| {
        let subject = wf(
            "return-email-subject",
            &[("title", Arg::Text(&procedure.meta.title))],
        );
        let body = format!("{}\n\n{json}\n", w("return-email-body"));
        let href = format!(
            "mailto:{e}?subject={}&body={}",
            percent(&subject),
            percent(&body)
        );
        view! {
            <p>
                {w("by-email-to")} <strong>{e}</strong> ". "
                <a href=href>{w("open-email")}</a>
                {w("nothing-sent-until")}
            </p>
        }
    });
    let url = a.url.clone().map(|u| {
        let shown = u.clone();
        view! {
            <p>{w("through-web-form")} <a href=u>{shown}</a></p>
        }
    });
    let neither = (a.email.is_none() && a.url.is_none()).then(|| {
        view! {
            <p>{w("no-way-to-reach")}</p>
        }
    });
    Some(
        view! {
            <h4>{w("where-to-send")}</h4>
            {a.note.clone().map(|n| view! { <p>{n}</p> })}
            {email}
            {url}
            {neither}
        }
        .into_any(),
    )
}

/// The return's every field in words, and where it goes.
fn return_view(
    procedure: &Procedure,
    made: &stagehand_model::MonitoringReturn,
    json: &str,
) -> AnyView {
    let training = made.training.then(|| {
        view! {
            <div class="warning-text" role="note">{w("return-training-warning")}</div>
        }
    });
    let rows: Vec<(String, String, Option<Tag>)> = monitoring::words(procedure, made)
        .into_iter()
        .map(|(k, v)| (k, v, None))
        .collect();
    let left_out = monitoring::left_out(procedure)
        .into_iter()
        .map(|item| item.into_any())
        .collect();
    view! {
        <p>{w("return-intro")}</p>
        {training}
        <h4>{w("return-all-they-see")}</h4>
        {summary_list(rows)}
        <h4>{w("return-left-out")}</h4>
        {parts::list("list", left_out)}
        <p class="hint">{w("return-made-here")}</p>
        {send_to(procedure, json)}
    }
    .into_any()
}

pub fn monitoring_return(aid: &Aid) -> AnyView {
    let title = w("return-title");
    let made = aid
        .record
        .with(|r| monitoring::make(&aid.procedure, r, aid.today()));
    let json = stagehand_aid::to_json(&made);
    let view = view! {
        {parts::back_link()}
        <Heading text=title.clone() />
        {return_view(&aid.procedure, &made, &json)}
        <button type="button" class="button" on:click=on_click(Act::Do("save-return"))>
            {w("save-return")}
        </button>
    };
    read_only(&title, view)
}
