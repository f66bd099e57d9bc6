//! The record questions, the check-your-answers page with everything the
//! practitioner takes away (print, record file, readable copy, calendar),
//! and "clear everything", which asks first.

use super::form::{
    BackLink, DateInput, FieldError, Heading, QuestionForm, SummaryRow, new_errors, show,
};
use super::{Aid, Screen, aid, new_ids};
use crate::browser;
use crate::dates::{DateFields, long_date};
use crate::export::{self, ChangeAt};
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
    let texts: Vec<(String, RwSignal<String>, RwSignal<DateFields>)> = questions
        .iter()
        .map(|q| {
            let a = answers.get(&q.id).cloned().unwrap_or_default();
            let date = if q.answer == AnswerKind::Date {
                DateFields::from_date(stagehand_model::iso_date::parse(&a))
            } else {
                DateFields::default()
            };
            (q.id.clone(), RwSignal::new(a), RwSignal::new(date))
        })
        .collect();
    let fields = texts.clone();
    let kinds: Vec<AnswerKind> = questions.iter().map(|q| q.answer).collect();
    let submit = move || {
        let mut found = Vec::new();
        let mut out = Vec::new();
        for ((id, text, date), kind) in fields.iter().zip(&kinds) {
            let value = match kind {
                AnswerKind::Date if !date.get_untracked().is_empty() => {
                    match date.get_untracked().parse("The date", aid.today, true) {
                        Ok(d) => d.to_string(),
                        Err(e) => {
                            found.push(FieldError::date(format!("q-{id}"), e));
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
            {questions.into_iter().zip(texts).map(|(q, (id, text, date))| {
                let field_id: &'static str = Box::leak(format!("q-{id}").into_boxed_str());
                match q.answer {
                    AnswerKind::YesNo => view! {
                        <div class="form-group"><fieldset class="fieldset">
                            <legend class="fieldset__legend fieldset__legend--s">{q.question.clone()}</legend>
                            <div class="radios radios--inline">
                                {["yes", "no"].into_iter().enumerate().map(|(n, v)| {
                                    let input_id = if n == 0 { field_id.to_string() } else { format!("{field_id}-no") };
                                    view! {
                                        <div class="radios__item">
                                            <input class="radios__input" type="radio" id=input_id.clone() name=field_id value=v
                                                prop:checked=move || text.get() == v on:change=move |_| text.set(v.to_string())/>
                                            <label class="radios__label" for=input_id>{if v == "yes" { "Yes" } else { "No" }}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset></div>
                    }.into_any(),
                    AnswerKind::Date => view! { <DateInput id=field_id label=q.question.clone() fields=date errors/> }.into_any(),
                    _ => view! {
                        <div class="form-group">
                            <label class="label label--s" for=field_id>{q.question.clone()}</label>
                            <textarea class="textarea" id=field_id rows="3" prop:value=move || text.get()
                                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                        </div>
                    }.into_any(),
                }
            }).collect_view()}
        </QuestionForm>
    }
}

pub fn screen_for(change: &ChangeAt) -> Screen {
    match change {
        ChangeAt::Urgent => Screen::Urgent,
        ChangeAt::YourAgency => Screen::YourAgency,
        ChangeAt::OtherAgency => Screen::OtherAgency,
        ChangeAt::Case => Screen::Case,
        ChangeAt::Area => Screen::Area,
        ChangeAt::Description => Screen::Description,
        ChangeAt::StageStart(i) => Screen::StageStart(*i),
        ChangeAt::Contacted(i) => Screen::Stage(*i),
        ChangeAt::Outcome(i) => Screen::Outcome(*i),
        ChangeAt::Questions => Screen::Questions,
    }
}

/// The record as summary lists, with "Change" links (hidden in print).
#[component]
pub fn RecordSummary() -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let today = aid.today;
    move || {
        let sections = aid.record.with(|r| export::summary(&procedure, r, today));
        sections
            .into_iter()
            .map(|section| {
                let aid = aid.clone();
                view! {
                    <h4 class="summary-heading">{section.title}</h4>
                    <dl class="summary-list">
                        {section.rows.into_iter().map(|row| {
                            let key = row.key.clone();
                            let change: Option<ChildrenFn> = row.change.map(|c| {
                                let aid = aid.clone();
                                let key = key.clone();
                                let link: ChildrenFn = std::sync::Arc::new(move || {
                                    let aid = aid.clone();
                                    let c = c.clone();
                                    view! { <a href="#decision-aid" on:click=move |ev| { ev.prevent_default(); aid.change(screen_for(&c)); }>
                                        "Change"<span class="visually-hidden">{format!(" {}", crate::wording::mid_sentence(&key))}</span></a> }.into_any()
                                });
                                link
                            });
                            view! { <SummaryRow key=row.key value=row.value tag=row.tag change/> }
                        }).collect_view()}
                    </dl>
                }
            })
            .collect_view()
    }
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
