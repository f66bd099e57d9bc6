//! The record questions, and the check-your-answers page with everything the
//! practitioner takes away: print, record file, readable copy, calendar.

use super::form::{BackLink, DateInput, Heading, QuestionForm, new_errors, show};
use super::{Screen, aid};
use crate::browser;
use crate::dates::{DateFields, long_date};
use crate::export::{self, ChangeAt};
use crate::record::Record;
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
                            found.push((format!("q-{id}"), e));
                            continue;
                        }
                    }
                }
                AnswerKind::Date => String::new(),
                _ => text.get_untracked(),
            };
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

fn screen_for(change: &ChangeAt) -> Screen {
    match change {
        ChangeAt::Urgent => Screen::Urgent,
        ChangeAt::Area => Screen::Area,
        ChangeAt::Description => Screen::Description,
        ChangeAt::StageStart(i) => Screen::StageStart(*i),
        ChangeAt::Contacted(i) => Screen::Stage(*i),
        ChangeAt::Outcome(i) => Screen::Outcome(*i),
        ChangeAt::Questions => Screen::Questions,
    }
}

fn file_name(slug: &str, today: chrono::NaiveDate, ext: &str) -> String {
    format!("escalation-record-{slug}-{today}.{ext}")
}

#[component]
pub fn Check() -> impl IntoView {
    let aid = aid();
    let procedure = aid.procedure.clone();
    let today = aid.today;
    let sections = move || aid.record.with(|r| export::summary(&procedure, r, today));
    let current = aid
        .record
        .with_untracked(|r| r.current().map(|i| (i, r.stages[i].outcome.clone())));
    let slug = aid.procedure.slug.clone();
    let p = aid.procedure.clone();

    let save_json = {
        let (aid, slug) = (aid.clone(), slug.clone());
        move |_| {
            browser::download(
                &file_name(&slug, today, "json"),
                "application/json",
                &aid.record.with_untracked(Record::to_json),
            )
        }
    };
    let save_html = {
        let (aid, slug, p) = (aid.clone(), slug.clone(), p.clone());
        move |_| {
            browser::download(
                &file_name(&slug, today, "html"),
                "text/html",
                &aid.record.with_untracked(|r| export::html(&p, r, today)),
            )
        }
    };
    let has_dates = aid
        .record
        .with_untracked(|r| !crate::plan::upcoming(&p, r, today).is_empty());
    let save_ics = {
        let (aid, slug, p) = (aid.clone(), slug.clone(), p.clone());
        move |_| {
            browser::download(
                &file_name(&slug, today, "ics"),
                "text/calendar",
                &aid.record
                    .with_untracked(|r| export::ics(&p, r, today, &browser::utc_stamp())),
            )
        }
    };
    let keep = aid.keep_draft;
    let on_keep = {
        let slug = slug.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            keep.set(on);
            if !on {
                browser::clear_draft(&slug);
            }
        }
    };
    let clear = {
        let (aid, slug) = (aid.clone(), slug.clone());
        move |_| {
            browser::clear_draft(&slug);
            aid.keep_draft.set(false);
            aid.restart(Record::new(&aid.procedure), Screen::Start);
        }
    };
    let open_stage = matches!(current, Some((_, crate::record::Outcome::Open)));
    let go_on = {
        let aid = aid.clone();
        move |_| {
            if let Some((i, _)) = &current {
                let i = *i;
                aid.go(Screen::Stage(i));
            }
        }
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
        {move || sections().into_iter().map(|section| view! {
            <h4 class="summary-heading">{section.title}</h4>
            <dl class="summary-list">
                {section.rows.into_iter().map(|row| {
                    let key = row.key.clone();
                    let change = row.change.clone();
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{row.key}</dt>
                            <dd class="summary-list__value">{row.value}</dd>
                            <dd class="summary-list__actions no-print">{change.map(|c| {
                                let aid = aid.clone();
                                view! { <a href="#decision-aid" on:click=move |ev| { ev.prevent_default(); aid.change(screen_for(&c)); }>
                                    "Change"<span class="visually-hidden">{format!(" {}", crate::wording::mid_sentence(&key))}</span></a> }
                            })}</dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        }).collect_view()}
        <p class="print-only">{format!("Record made {}.", long_date(today))}</p>
        <div class="no-print">
            {open_stage.then(|| view! { <button type="button" class="button" on:click=go_on>"Record what happened next"</button> })}
            <h4>"Keep your record"</h4>
            <div class="button-group">
                <button type="button" class="button" on:click=move |_| browser::print_record()>"Print the record"</button>
                <button type="button" class="button button--secondary" on:click=save_json>"Save the record to carry on later (.json)"</button>
                <button type="button" class="button button--secondary" on:click=save_html>"Save a readable copy for the case file (.html)"</button>
                {has_dates.then(|| view! { <button type="button" class="button button--secondary" on:click=save_ics>"Add the deadlines to your calendar (.ics)"</button> })}
            </div>
            <p class="hint">"Files are made on this device and saved where your browser saves downloads. Nothing is uploaded."</p>
            <div class="form-group">
                <div class="check">
                    <input type="checkbox" id="keep-draft" prop:checked=move || keep.get() on:change=on_keep aria-describedby="keep-draft-hint"/>
                    <label for="keep-draft">"Keep a draft on this device"</label>
                </div>
                <p class="hint" id="keep-draft-hint">"Only on a device that nobody else uses. Anyone who opens this page on this browser will see the draft. Untick, or clear everything, to remove it."</p>
            </div>
            <button type="button" class="button button--warning" on:click=clear>"Clear everything"</button>
        </div>
    }
}
