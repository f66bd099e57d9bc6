//! What the aid's buttons, links and forms do. The markup names it in a
//! `data-go` (a screen), `data-change` (a screen, returning to the check
//! page) or `data-act` attribute, and a form's Continue is read from the
//! form; listeners on the aid's root carry them out, then show the screen.

use super::form::Form;
use super::{Aid, Screen, new_ids, screens, start};
use crate::browser;
use crate::export;
use crate::record::Record;
use std::rc::Rc;

/// A page that stays after Continue: with what was typed, its errors (or a
/// warning to read), and where focus goes.
pub struct Stay {
    pub form: Form,
    pub focus: &'static str,
}

pub fn listen(aid: &Rc<Aid>) {
    let root = aid.root.clone();
    let on = |kind: &str, handle: fn(&Rc<Aid>, &web_sys::Event)| {
        let aid = aid.clone();
        browser::listen(&root, kind, move |ev| handle(&aid, &ev));
    };
    on("click", on_click);
    on("change", on_change);
    on("submit", on_submit);
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

/// A click anywhere in the aid: only a button or link that names what it
/// does is handled.
fn on_click(aid: &Rc<Aid>, ev: &web_sys::Event) {
    let Some((kind, value)) = browser::action_of(ev) else {
        return;
    };
    if kind == "data-act" {
        ev.prevent_default();
        if act(aid, &value) {
            aid.render();
        }
    } else if let Some(screen) = Screen::from_code(&value, aid.stage_count()) {
        ev.prevent_default();
        if kind == "data-go" {
            aid.go(screen);
        } else {
            aid.change(screen);
        }
        aid.render();
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

/// A field changed: only the aid's own boxes outside a question's form (the
/// draft, a record file to open) act at once.
fn on_change(aid: &Rc<Aid>, ev: &web_sys::Event) {
    let Some(input) = browser::input_of(ev) else {
        return;
    };
    match input.id().as_str() {
        "aid-keep-draft" => keep_draft(aid, input.checked()),
        "aid-open-record" => start::open_file(aid, &input),
        _ => {}
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

/// Carry out a `data-act`; true when the screen is to be shown again.
fn act(aid: &Aid, name: &str) -> bool {
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
            aid.record.with(|r| export::html(procedure, r, today)),
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
        _ => {
            if let Some(id) = name.strip_prefix("focus:") {
                browser::focus(id);
            }
        }
    }
    false
}
