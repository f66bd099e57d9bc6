//! The record questions, the check-your-answers page with everything the
//! practitioner takes away (print, record file, readable copy, calendar),
//! and "clear everything", which asks first.

use super::form::{
    BackLink, DateInput, FieldError, Heading, QuestionForm, Radios, TextField, new_errors, show,
    yes_no,
};
use super::{Aid, Screen, aid, new_ids};
use crate::browser;
use crate::dates::{DateFields, long_date};
use crate::export;
use crate::record::{Outcome, Record};
use leptos::prelude::*;
use stagehand_model::AnswerKind;

#[component]
pub fn Questions() -> impl IntoView {
    let aid = aid();
    let questions = aid.procedure.route.record.clone();
    let answers = aid.record.with_untracked(|r| r.answers.clone());
    let errors = new_errors();
    // One signal a question; dates keep their three fields.
    let fields: Vec<(
        &'static str,
        AnswerKind,
        RwSignal<String>,
        RwSignal<DateFields>,
    )> = questions
        .iter()
        .map(|q| {
            let a = answers.get(&q.id).cloned().unwrap_or_default();
            let date = DateFields::from_date(stagehand_model::iso_date::parse(&a));
            let id: &'static str = Box::leak(format!("q-{}", q.id).into_boxed_str());
            (id, q.answer, RwSignal::new(a), RwSignal::new(date))
        })
        .collect();
    let ids: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
    let read = fields.clone();
    let submit = move || {
        let mut found = Vec::new();
        let mut out = Vec::new();
        for ((field, kind, text, date), id) in read.iter().zip(&ids) {
            let value = match kind {
                AnswerKind::Date if !date.get_untracked().is_empty() => {
                    match date.get_untracked().parse("The date", aid.today, true) {
                        Ok(d) => d.to_string(),
                        Err(e) => {
                            found.push(FieldError::date(*field, e));
                            continue;
                        }
                    }
                }
                AnswerKind::Date => String::new(),
                _ => text.get_untracked(),
            };
            // Every question on the page was asked: an empty answer is kept
            // as "not given", never dropped as "not asked".
            out.push((id.clone(), value));
        }
        if !show(errors, found) {
            return;
        }
        aid.record.update(|r| r.answers.extend(out));
        aid.changing.set(false);
        aid.go(Screen::Check);
    };
    view! {
        <BackLink/>
        <QuestionForm errors on_continue=submit>
            <Heading text="Questions for the record"/>
            <p>"The procedure asks for these answers on the record. Answer what you can: you can come back to them."</p>
            {questions.into_iter().zip(fields).map(|(q, (id, kind, text, date))| match kind {
                AnswerKind::YesNo => view! {
                    <Radios id question=q.question small=true inline=true selected=text errors choices=yes_no()/>
                }.into_any(),
                AnswerKind::Date => view! { <DateInput id label=q.question fields=date errors/> }.into_any(),
                _ => view! { <TextField id label=q.question value=text errors rows=3/> }.into_any(),
            }).collect_view()}
        </QuestionForm>
    }
}

/// The record as summary lists, with "Change" links (hidden in print).
#[component]
pub fn RecordSummary() -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let today = aid.today;
    let stages = aid.stage_count();
    let html = move || {
        aid.record
            .with(|r| crate::html::record(&export::summary(&procedure, r, today)))
    };
    // One listener for every "Change" link: each names its screen.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(code) = browser::data_of_link(&ev, "data-change") else {
            return;
        };
        if let Some(screen) = Screen::from_code(&code, stages) {
            ev.prevent_default();
            aid.change(screen);
        }
    };
    view! { <div on:click=on_click inner_html=html></div> }
}

/// Print, save, a readable copy and the calendar file.
#[component]
pub fn KeepButtons() -> impl IntoView {
    let aid = aid();
    let today = aid.today;
    let p = aid.procedure.clone();
    let save_json = {
        let aid = aid.clone();
        move |_| {
            let record = aid.snapshot();
            browser::download(
                &export::file_name(&record, today, "json"),
                "application/json",
                &record.to_json(),
            )
        }
    };
    let save_html = {
        let (aid, p) = (aid.clone(), p.clone());
        move |_| {
            let record = aid.record.get_untracked();
            browser::download(
                &export::file_name(&record, today, "html"),
                "text/html",
                &export::html(&p, &record, today),
            )
        }
    };
    let has_dates = aid
        .record
        .with_untracked(|r| !crate::plan::calendar_dates(&p, r, today).is_empty());
    let save_ics = {
        let (aid, p) = (aid.clone(), p.clone());
        move |_| {
            let record = aid.record.get_untracked();
            browser::download(
                &export::file_name(&record, today, "ics"),
                "text/calendar",
                &export::ics(
                    &p,
                    &record,
                    today,
                    &browser::utc_stamp(),
                    browser::minutes_now(),
                ),
            )
        }
    };
    view! {
        <h4>"Keep your record"</h4>
        <div class="button-group">
            <button type="button" class="button" on:click=move |_| browser::print_record()>"Print the record"</button>
            <button type="button" class="button button--secondary" on:click=save_json>"Save the record to carry on later (.json)"</button>
            <button type="button" class="button button--secondary" on:click=save_html>"Save a readable copy for the case file (.html)"</button>
            {has_dates.then(|| view! { <button type="button" class="button button--secondary" on:click=save_ics>"Add the deadlines to your calendar (.ics)"</button> })}
        </div>
        <p class="hint">"Files are made on this device and saved where your browser saves downloads. Nothing is uploaded."</p>
    }
}

fn go_button(
    aid: &Aid,
    to: Screen,
    text: &'static str,
    class: &'static str,
) -> impl IntoView + use<> {
    let aid = aid.clone();
    view! { <button type="button" class=class on:click=move |_| aid.go(to)>{text}</button> }
}

#[component]
pub fn Check() -> impl IntoView {
    let aid = aid();
    let today = aid.today;
    let current = aid
        .record
        .with_untracked(|r| r.current().map(|i| (i, r.stages[i].outcome.clone())));
    let keep = aid.keep_draft;
    let slug = aid.procedure.slug.clone();
    let on_keep = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        keep.set(on);
        if !on {
            browser::clear_draft(&slug);
        }
    };
    let next_stage = match &current {
        Some((i, Outcome::Open | Outcome::Waiting)) => Some(*i),
        _ => None,
    };
    view! {
        <BackLink/>
        <div class="print-only">
            <p class="caption">{aid.procedure.meta.partnership.clone()}</p>
            <p><strong>{format!("{}, last updated {}", aid.procedure.meta.title, long_date(aid.procedure.meta.updated))}</strong></p>
        </div>
        <h2 class="print-only">"Record of a professional disagreement"</h2>
        <div class="no-print">
            <Heading text="Check your record"/>
            <p>"This is your record of the disagreement so far. Check it, then print it or save it for the child's file."</p>
        </div>
        <RecordSummary/>
        <p class="print-only">{format!("Record made {}.", long_date(today))}</p>
        <div class="no-print">
            {next_stage.map(|i| go_button(&aid, Screen::Outcome(i), "Record what happened next", "button"))}
            <KeepButtons/>
            <h4>"Tell the partnership"</h4>
            <p>"The partnership counts how its procedure is used. You can make an anonymous monitoring return: you see everything in it before you save it."</p>
            {go_button(&aid, Screen::Return, "Make a monitoring return", "button button--secondary")}
            <div class="form-group">
                <div class="check">
                    <input type="checkbox" id="keep-draft" prop:checked=move || keep.get() on:change=on_keep aria-describedby="keep-draft-hint"/>
                    <label for="keep-draft">"Keep a draft on this device"</label>
                </div>
                <p class="hint" id="keep-draft-hint">"Only on a device that nobody else uses. Anyone who opens this page on this browser will see the draft. Untick, or clear everything, to remove it."</p>
            </div>
            {go_button(&aid, Screen::ConfirmClear, "Clear everything", "button button--warning")}
        </div>
    }
}

/// "Clear everything" asks first, and says what it removes.
#[component]
pub fn ConfirmClear() -> impl IntoView {
    let aid = aid();
    let kept = aid.keep_draft.get_untracked();
    let clear = {
        let aid = aid.clone();
        move |_| {
            browser::clear_draft(&aid.procedure.slug);
            aid.keep_draft.set(false);
            aid.restart(Record::new(&aid.procedure, new_ids()), Screen::Start);
        }
    };
    let keep = {
        let aid = aid.clone();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            aid.back();
        }
    };
    view! {
        <BackLink/>
        <Heading text="Are you sure you want to clear everything?"/>
        <p>"This removes:"</p>
        <ul>
            <li>"every answer in this decision aid, on this page"</li>
            {kept.then(|| view! { <li>"the draft kept on this device"</li> })}
        </ul>
        <p>"It cannot be undone. It does not remove files you saved, records you printed or events you added to your calendar."</p>
        <div class="button-group">
            <button type="button" class="button button--warning" on:click=clear>"Yes, clear everything"</button>
            <a href="#decision-aid" class="link-button" on:click=keep>"No, go back to the record"</a>
        </div>
    }
}
