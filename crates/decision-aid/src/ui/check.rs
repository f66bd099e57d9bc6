//! The record questions, the check-your-answers page with everything the
//! practitioner takes away (print, record file, readable copy, calendar),
//! and "clear everything", which asks first.

use super::events::Answer;
use super::form::{self, FieldError, Form, yes_no};
use super::start::read_only;
use super::{Aid, Screen};
use crate::dates::long_date;
use crate::export::{self, escape};
use crate::html;
use crate::record::Outcome;
use stagehand_model::AnswerKind;

fn question_id(id: &str) -> String {
    format!("q-{id}")
}

pub fn questions(aid: &Aid, form: &Form) -> String {
    let title = "Questions for the record";
    crate::browser::set_title(title);
    let answers = aid.record.with(|r| r.answers.clone());
    let mut inner = format!(
        "{}<p>The procedure asks for these answers on the record. Answer what you can: you can come back to them.</p>",
        html::heading(title)
    );
    for q in &aid.procedure.route.record {
        let id = question_id(&q.id);
        let given = answers.get(&q.id).cloned().unwrap_or_default();
        inner.push_str(&match q.answer {
            AnswerKind::YesNo => crate::fields::Radios {
                id: &id,
                question: &q.question,
                hint: None,
                choices: &yes_no(),
                selected: &form.text(&id, || given.clone()),
                small: true,
                inline: true,
            }
            .html(form.error(&id), &|_| None),
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
        });
    }
    format!("{}{}", html::BACK_LINK, form::question_form(form, &inner))
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
                    match typed.parse("The date", aid.today(), aid.earliest(), true) {
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

/// Print, save, a readable copy and the calendar file.
pub fn keep_buttons(aid: &Aid) -> String {
    // A file holding only a supposed date that does not apply is not offered.
    let has_dates = aid.record.with(|r| {
        crate::plan::calendar_dates(&aid.procedure, r, aid.today())
            .iter()
            .any(|c| !(c.supposed && c.cancelled))
    });
    let mut out = format!(
        "<h4>Keep your record</h4><div class=\"button-group\">{}{}{}",
        html::button("Print the record", "button", "data-act=\"print\""),
        html::button(
            "Save the record to carry on later (.json)",
            "button button--secondary",
            "data-act=\"save-record\""
        ),
        html::button(
            "Save a readable copy for the case file (.html)",
            "button button--secondary",
            "data-act=\"save-copy\""
        ),
    );
    if has_dates {
        out.push_str(&html::button(
            "Add the deadlines to your calendar (.ics)",
            "button button--secondary",
            "data-act=\"save-calendar\"",
        ));
    }
    out.push_str("</div><p class=\"hint\">Files are made on this device and saved where your browser saves downloads. Nothing is uploaded.</p>");
    out
}

/// A button to another screen.
pub fn go_button(to: Screen, text: &str, class: &str) -> String {
    html::button(text, class, &format!("data-go=\"{}\"", to.code()))
}

/// The whole record as it prints: the procedure and its version, every
/// answer, and the day it was made. The same from every screen that offers
/// "Print the record".
pub fn printed_record(aid: &Aid) -> String {
    let procedure = &aid.procedure;
    let today = aid.today();
    let record = aid
        .record
        .with(|r| html::record(&export::summary(procedure, r, today)));
    // Every printed page says whose record it is: a table's head row is
    // repeated by the browser at the top of each page it runs onto.
    let case = aid
        .record
        .with(|r| r.case_reference.clone())
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .map(|c| format!(": case {}", escape(&c)))
        .unwrap_or_default();
    format!(
        "<table class=\"print-pages\"><thead><tr><td class=\"print-running-head\">Record of a professional disagreement{case}</td></tr></thead><tbody><tr><td><div class=\"print-only\">{}<p><strong>{}</strong></p></div><h2 class=\"print-only\">Record of a professional disagreement</h2>{record}<p class=\"print-only\">{}.</p><p class=\"print-only\">Printed on {}. Check the handbook for the current version: {}</p></td></tr></tbody></table>",
        html::element("p", "caption", &procedure.meta.partnership),
        escape(&format!(
            "{}, last updated {}",
            procedure.meta.title,
            long_date(procedure.meta.updated)
        )),
        escape(&export::made_words(&aid.record.get())),
        long_date(today),
        escape(&crate::browser::page_address())
    )
}

/// "Tell the partnership": only where the procedure says where returns go.
pub fn return_offer(aid: &Aid) -> String {
    if aid.procedure.route.returns.is_none() {
        return String::new();
    }
    format!(
        "<h4>Tell the partnership</h4><p>The partnership counts how its procedure is used. You can make an anonymous monitoring return: you see everything in it before you save it.</p>{}",
        go_button(
            Screen::Return,
            "Make a monitoring return",
            "button button--secondary",
        )
    )
}

fn check_html(aid: &Aid, title: &str) -> String {
    let next_stage = aid.record.with(|r| {
        r.current()
            .filter(|i| matches!(r.stages[*i].outcome, Outcome::Open | Outcome::Waiting))
    });
    let printed = printed_record(aid);
    let mut out = format!(
        "{}<div class=\"no-print\">{}<p>This is your record of the disagreement so far. Check it, then print it or save it for the child's file.</p></div>{printed}<div class=\"no-print\">",
        html::BACK_LINK,
        html::heading(title),
    );
    if let Some(i) = next_stage {
        out.push_str(&go_button(
            Screen::Outcome(i),
            "Record what happened next",
            "button",
        ));
    }
    out.push_str(&keep_buttons(aid));
    out.push_str(&return_offer(aid));
    out.push_str(&go_button(
        Screen::ConfirmClear,
        "Clear everything",
        "button button--warning",
    ));
    out.push_str("</div>");
    out
}

/// "Keep a draft on this device", offered on every screen that takes an
/// answer, from the first.
pub fn keep_draft_html(kept: bool) -> String {
    format!(
        "<div class=\"form-group keep-draft no-print\"><div class=\"check\"><input type=\"checkbox\" id=\"aid-keep-draft\" aria-describedby=\"aid-keep-draft-hint\"{}><label for=\"aid-keep-draft\">Keep a draft on this device</label></div><p class=\"hint\" id=\"aid-keep-draft-hint\">Only on a device that nobody else uses. Your answers are kept in this browser until you untick this or clear everything; anyone who opens this page on this browser will see them.</p></div>",
        if kept { " checked" } else { "" }
    )
}

/// The record as summary lists with "Change" links (hidden in print), and
/// everything the practitioner takes away.
pub fn check(aid: &Aid) -> String {
    let title = "Check your record";
    read_only(title, check_html(aid, title))
}

/// "Clear everything" asks first, and says what it removes.
pub fn confirm_clear(aid: &Aid) -> String {
    let title = "Are you sure you want to clear everything?";
    let kept = if aid.keep_draft.get() {
        "<li>the draft kept on this device</li>"
    } else {
        ""
    };
    let html = html::confirmation(
        title,
        &format!(
            "<p>This removes:</p><ul><li>every answer in this decision aid, on this page</li>{kept}</ul><p>It cannot be undone. It does not remove files you saved, records you printed and events you added to your calendar.</p>"
        ),
        "Yes, clear everything",
        "clear",
        "No, go back to the record",
    );
    read_only(title, html)
}
