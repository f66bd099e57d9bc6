//! The record questions, the check-your-answers page with everything the
//! practitioner takes away (print, record file, readable copy, calendar),
//! and "clear everything", which asks first.

use super::events::Answer;
use super::form::{self, FieldError, Form, yes_no};
use super::start::read_only;
use super::{Aid, Screen};
use crate::dates::long_date;
use crate::export;
use crate::record::Outcome;
use leptos::prelude::*;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_aid_screens::act::{Act, on_change, on_click};
use stagehand_aid_screens::{Heading, fields, parts};
use stagehand_model::AnswerKind;

fn question_id(id: &str) -> String {
    format!("q-{id}")
}

pub fn questions(aid: &Aid, form: &Form) -> AnyView {
    let title = w("section-questions");
    crate::browser::set_title(&title);
    let answers = aid.record.with(|r| r.answers.clone());
    let asked: Vec<AnyView> = aid
        .procedure
        .route
        .record
        .iter()
        .map(|q| {
            let id = question_id(&q.id);
            let given = answers.get(&q.id).cloned().unwrap_or_default();
            match q.answer {
                AnswerKind::YesNo => fields::Radios {
                    id: &id,
                    question: &q.question,
                    hint: None,
                    choices: &yes_no(),
                    selected: &form.text(&id, || given.clone()),
                    small: true,
                    inline: true,
                }
                .view(form.error(&id), &|_| None),
                AnswerKind::Date => {
                    let typed = form.date(&id, stagehand_model::iso_date::parse(&given));
                    form::date(form, &id, &q.question, &typed)
                }
                _ => form::text(
                    form,
                    &id,
                    &q.question,
                    None,
                    &form.text(&id, || given.clone()),
                    3,
                ),
            }
        })
        .collect();
    let inner = view! {
        <Heading text=title />
        <p>{w("questions-intro")}</p>
        {asked}
    };
    view! {
        {parts::back_link()}
        {form::question_form(form, inner.into_any())}
    }
    .into_any()
}

pub fn answer_questions(aid: &Aid, form: &Form) -> Result<(), Answer> {
    let mut found = Vec::new();
    let mut out = Vec::new();
    for q in &aid.procedure.route.record {
        let id = question_id(&q.id);
        let value = match q.answer {
            AnswerKind::Date => {
                let typed = form.date(&id, None);
                if typed.is_empty() {
                    String::new()
                } else {
                    match typed.parse(&w("the-date"), aid.today(), aid.earliest(), true) {
                        Ok(d) => d.to_string(),
                        Err(e) => {
                            found.push(FieldError::date(id, e));
                            continue;
                        }
                    }
                }
            }
            _ => form.value(&id),
        };
        // Every question on the page was asked: an empty answer is kept
        // as "not given", never dropped as "not asked".
        out.push((q.id.clone(), value));
    }
    form::answered(found)?;
    aid.record.update(|r| r.answers.extend(out));
    aid.changing.set(false);
    aid.go(Screen::Check);
    Ok(())
}

/// A button that does one of the aid's actions.
fn act_button(text: String, class: &'static str, act: &'static str) -> impl IntoView {
    view! {
        <button type="button" class=class on:click=on_click(Act::Do(act))>
            {text}
        </button>
    }
}

/// Print, save, a readable copy and the calendar file.
pub fn keep_buttons(aid: &Aid) -> AnyView {
    // A file holding only a supposed date that does not apply is not offered.
    let has_dates = aid.record.with(|r| {
        crate::plan::calendar_dates(&aid.procedure, r, aid.today())
            .iter()
            .any(|c| !(c.supposed && c.cancelled))
    });
    let secondary = "button button--secondary";
    view! {
        <h4>{w("keep-your-record")}</h4>
        <div class="button-group">
            {act_button(w("print-record"), "button", "print")}
            {act_button(w("save-record"), secondary, "save-record")}
            {act_button(w("save-copy"), secondary, "save-copy")}
            {has_dates.then(|| act_button(w("save-calendar"), secondary, "save-calendar"))}
        </div>
        <p class="hint">{w("files-made-here")}</p>
    }
    .into_any()
}

/// A button to another screen.
pub fn go_button(to: Screen, text: String, class: &'static str) -> impl IntoView + use<> {
    view! {
        <button type="button" class=class on:click=on_click(Act::Go(to))>
            {text}
        </button>
    }
}

/// The whole record as it prints: the procedure and its version, every
/// answer, and the day it was made. The same from every screen that offers
/// "Print the record".
pub fn printed_record(aid: &Aid) -> AnyView {
    let procedure = &aid.procedure;
    let today = aid.today();
    let record = aid
        .record
        .with(|r| parts::record(&export::summary(procedure, r, today)));
    // Every printed page says whose record it is: a table's head row is
    // repeated by the browser at the top of each page it runs onto.
    let case = aid
        .record
        .with(|r| r.case_reference.clone())
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .map(|c| wf("copy-case", &[("case", Arg::Text(&c))]))
        .unwrap_or_default();
    let updated = long_date(procedure.meta.updated);
    let version = wf(
        "printed-version",
        &[
            ("title", Arg::Text(&procedure.meta.title)),
            ("date", Arg::Text(&updated)),
        ],
    );
    let made = export::made_words(&aid.record.get());
    let (day, address) = (long_date(today), crate::browser::page_address());
    let printed = wf(
        "printed-on",
        &[("day", Arg::Text(&day)), ("address", Arg::Text(&address))],
    );
    let heading = wf("copy-heading", &[("case", Arg::Text(&case))]);
    view! {
        <table class="print-pages">
            <thead>
                <tr>
                    <td class="print-running-head">
                        {heading}
                    </td>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <td>
                        <div class="print-only">
                            <p class="caption">{procedure.meta.partnership.clone()}</p>
                            <p>
                                <strong>{version}</strong>
                            </p>
                        </div>
                        <h2 class="print-only">{wf("copy-heading", &[("case", Arg::Text(""))])}</h2>
                        {record}
                        <p class="print-only">{format!("{made}.")}</p>
                        <p class="print-only">{printed}</p>
                    </td>
                </tr>
            </tbody>
        </table>
    }
    .into_any()
}

/// "Tell the partnership": only where the procedure says where returns go.
pub fn return_offer(aid: &Aid) -> Option<AnyView> {
    aid.procedure.route.returns.as_ref()?;
    Some(
        view! {
            <h4>{w("tell-partnership")}</h4>
            <p>{w("tell-partnership-intro")}</p>
            {go_button(Screen::Return, w("make-return"), "button button--secondary")}
        }
        .into_any(),
    )
}

/// "Keep a draft on this device", offered on every screen that takes an
/// answer, from the first.
pub fn keep_draft(kept: bool) -> AnyView {
    view! {
        <div class="form-group keep-draft no-print">
            <div class="check">
                <input
                    type="checkbox"
                    id="aid-keep-draft"
                    aria-describedby="aid-keep-draft-hint"
                    checked=kept
                    on:change=on_change(Act::KeepDraft)
                />
                <label for="aid-keep-draft">{w("keep-draft")}</label>
            </div>
            <p class="hint" id="aid-keep-draft-hint">{w("keep-draft-hint")}</p>
        </div>
    }
    .into_any()
}

/// The record as summary lists with "Change" links (hidden in print), and
/// everything the practitioner takes away.
pub fn check(aid: &Aid) -> AnyView {
    let title = w("check-title");
    let next_stage = aid.record.with(|r| {
        r.current()
            .filter(|i| matches!(r.stages[*i].outcome, Outcome::Open | Outcome::Waiting))
    });
    let view = view! {
        {parts::back_link()}
        <div class="no-print">
            <Heading text=title.clone() />
            <p>{w("check-intro")}</p>
        </div>
        {printed_record(aid)}
        <div class="no-print">
            {next_stage.map(|i| go_button(Screen::Outcome(i), w("record-what-next"), "button"))}
            {keep_buttons(aid)}
            {return_offer(aid)}
            {go_button(Screen::ConfirmClear, w("clear-everything"), "button button--warning")}
        </div>
    };
    read_only(&title, view)
}

/// "Clear everything" asks first, and says what it removes.
pub fn confirm_clear(aid: &Aid) -> AnyView {
    let title = w("clear-title");
    let kept = aid
        .keep_draft
        .get()
        .then(|| view! { <li>{w("clear-removes-draft")}</li> });
    let body = view! {
        <p>{w("clear-removes")}</p>
        <ul>
            <li>{w("clear-removes-answers")}</li>
            {kept}
        </ul>
        <p>{w("clear-cannot-be-undone")}</p>
    };
    let view = parts::confirmation(
        &title,
        body.into_any(),
        &w("clear-yes"),
        "clear",
        &w("clear-no"),
    );
    read_only(&title, view)
}
