//! What the aid's buttons, links and forms do. Each control's handler
//! names it (`stagehand_aid_screens::act::Act`), and a form's Continue is
//! read from the form; here it is carried out, then the screen shown.

use super::form::Form;
use super::{Aid, Screen, new_ids, screens, start};
use crate::browser;
use crate::export;
use crate::record::Record;
use stagehand_aid_screens::act::Act;
use std::rc::Rc;

/// A page that stays after Continue: with what was typed, its errors (or a
/// warning to read), and where focus goes.
pub struct Stay {
    pub form: Form,
    pub focus: &'static str,
}

pub fn listen(aid: &Rc<Aid>) {
    {
        let aid = aid.clone();
        stagehand_aid_screens::act::carry_out_with(move |act, ev| carry_out(&aid, act, ev));
    }
    {
        let aid = aid.clone();
        browser::on_history_move(move |depth| {
            // Back from a link into the procedure's text returns to the same
            // step: the page stays as it is, with what was typed in it.
            let before = aid.screen.get();
            aid.returned_to(depth);
            if aid.screen.get() != before {
                aid.render();
            }
        });
    }
    // Answers not saved to a file nor kept as a draft: reloading or closing
    // the page asks first.
    let aid = aid.clone();
    browser::on_leaving(move || {
        !aid.keep_draft.get() && aid.record.with(|r| aid.saved.with(|s| r != s))
    });
}

/// What a control asked for, carried out; the screen shown again where it
/// changed.
fn carry_out(aid: &Rc<Aid>, act: Act, ev: &web_sys::Event) {
    match act {
        Act::Do(name) => {
            ev.prevent_default();
            if do_act(aid, name) {
                aid.render();
            }
        }
        Act::Go(screen) => {
            ev.prevent_default();
            aid.go(screen);
            aid.render();
        }
        Act::Change(screen) => {
            ev.prevent_default();
            aid.change(screen);
            aid.render();
        }
        Act::Focus(id) => {
            ev.prevent_default();
            browser::focus(&id);
        }
        Act::Continue => on_submit(aid, ev),
        Act::KeepDraft => {
            if let Some(input) = browser::input_of(ev) {
                keep_draft(aid, input.checked());
            }
        }
        Act::OpenRecord => {
            if let Some(input) = browser::input_of(ev) {
                start::open_file(aid, &input);
            }
        }
    }
}

/// Continue on a question page: its answer moves on, or the page shows
/// again with what was typed and the errors found.
fn on_submit(aid: &Rc<Aid>, ev: &web_sys::Event) {
    ev.prevent_default();
    let Some(typed) = browser::form_values(ev) else {
        return;
    };
    let form = Form::submitted(typed);
    match screens::answer(aid, aid.screen.get(), &form) {
        Ok(()) => aid.render(),
        Err(Answer::Errors(found)) => {
            aid.render_form(&form.with_errors(found), "aid-error-summary");
        }
        Err(Answer::Stay(stay)) => aid.render_form(&stay.form, stay.focus),
    }
}

/// Why a page stays after Continue.
pub enum Answer {
    Errors(Vec<stagehand_aid_screens::fields::FieldError>),
    Stay(Stay),
}

impl From<Vec<stagehand_aid_screens::fields::FieldError>> for Answer {
    fn from(found: Vec<stagehand_aid_screens::fields::FieldError>) -> Self {
        Answer::Errors(found)
    }
}

/// Keep a draft on this device, or stop keeping it and remove it.
fn keep_draft(aid: &Aid, on: bool) {
    aid.keep_draft.set(on);
    if on {
        browser::save_draft(&aid.procedure.slug, &aid.snapshot().to_json());
    } else {
        browser::clear_draft(&aid.procedure.slug);
    }
}

/// Carry out one of the aid's actions; true when the screen is to be
/// shown again.
fn do_act(aid: &Aid, name: &str) -> bool {
    let today = aid.today();
    let procedure = &aid.procedure;
    let download = |ext: &str, mime: &str, text: String| {
        let name = aid.record.with(|r| export::file_name(r, today, ext));
        browser::download(&name, mime, &text);
    };
    match name {
        "back" => {
            let before = aid.screen.get();
            aid.back();
            return aid.screen.get() != before;
        }
        "print" => browser::print_record(),
        "save-record" => {
            download("json", "application/json", aid.snapshot().to_json());
            aid.saved.set(aid.record.get());
        }
        "save-copy" => download(
            "html",
            "text/html",
            aid.record.with(|r| readable_copy(procedure, r, today)),
        ),
        "save-calendar" => download(
            "ics",
            "text/calendar",
            aid.record.with(|r| {
                export::ics(
                    procedure,
                    r,
                    today,
                    &browser::utc_stamp(),
                    browser::minutes_now(),
                )
            }),
        ),
        // The same return the screen shows: made from the same record.
        "save-return" => {
            let (name, made) = aid.record.with(|r| {
                (
                    export::return_file_name(r, today),
                    crate::monitoring::make(procedure, r, today),
                )
            });
            browser::download(&name, "application/json", &stagehand_aid::to_json(&made));
        }
        "start" => {
            start::start(aid);
            return true;
        }
        "example" => {
            aid.go(start::first(aid));
            return true;
        }
        "restart" => {
            keep_draft(aid, false);
            start::begin(aid);
            return true;
        }
        "clear" => {
            keep_draft(aid, false);
            aid.restart(
                Record::new(procedure, new_ids(), aid.today()),
                Screen::Start,
            );
            return true;
        }
        _ => {}
    }
    false
}

/// The readable copy as a file: the copy's view made into nodes of a
/// detached `<html>` element, written out by the browser.
fn readable_copy(
    procedure: &stagehand_model::Procedure,
    record: &Record,
    today: chrono::NaiveDate,
) -> String {
    use stagehand_aid_screens::copy;
    use wasm_bindgen::JsCast;
    let Ok(page) = browser::document().create_element("html") else {
        return String::new();
    };
    let _ = page.set_attribute("lang", copy::language());
    let view = copy::document(procedure, record, today);
    let made = leptos::mount::mount_to(page.clone().unchecked_into(), move || view);
    let text = copy::tidy(&page.outer_html());
    drop(made);
    text
}
