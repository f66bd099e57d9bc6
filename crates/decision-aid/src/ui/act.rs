//! What the buttons and links in the aid's read-only markup do. The markup
//! (made as text by `crate::html`) names it in a `data-go` (a screen),
//! `data-change` (a screen, returning to the check page) or `data-act`
//! attribute, and one listener on the aid carries it out. A reactive view
//! for each button cost the wasm several times as much.

use super::{Aid, Screen, new_ids, start};
use crate::browser;
use crate::export;
use crate::record::Record;
use leptos::prelude::*;

/// A click anywhere in the aid.
pub fn on_click(aid: &Aid, ev: &web_sys::Event) {
    let Some((kind, value)) = browser::action_of(ev) else {
        return;
    };
    if kind == "data-act" {
        ev.prevent_default();
        act(aid, &value);
    } else if let Some(screen) = Screen::from_code(&value, aid.stage_count()) {
        ev.prevent_default();
        if kind == "data-go" {
            aid.go(screen);
        } else {
            aid.change(screen);
        }
    }
}

/// A field changed anywhere in the aid: only the read-only screens' own
/// inputs are handled here; question pages keep theirs in signals.
pub fn on_change(aid: &Aid, ev: &web_sys::Event) {
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
    if !on {
        browser::clear_draft(&aid.procedure.slug);
    }
}

fn act(aid: &Aid, name: &str) {
    let today = aid.today;
    let procedure = &aid.procedure;
    let download = |ext: &str, mime: &str, text: String| {
        let name = aid
            .record
            .with_untracked(|r| export::file_name(r, today, ext));
        browser::download(&name, mime, &text);
    };
    match name {
        "back" => aid.back(),
        "print" => browser::print_record(),
        "save-record" => {
            download("json", "application/json", aid.snapshot().to_json());
            aid.saved.set_value(aid.record.get_untracked());
        }
        "save-copy" => download(
            "html",
            "text/html",
            aid.record
                .with_untracked(|r| export::html(procedure, r, today)),
        ),
        "save-calendar" => download(
            "ics",
            "text/calendar",
            aid.record.with_untracked(|r| {
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
            let (name, made) = aid.record.with_untracked(|r| {
                (
                    export::return_file_name(r, today),
                    crate::monitoring::make(procedure, r, today),
                )
            });
            browser::download(&name, "application/json", &crate::json::write(&made));
        }
        "start" => start::start(aid),
        "example" => aid.go(start::first(aid)),
        "restart" => {
            keep_draft(aid, false);
            start::begin(aid);
        }
        "clear" => {
            keep_draft(aid, false);
            aid.restart(Record::new(procedure, new_ids()), Screen::Start);
        }
        _ => {
            if let Some(id) = name.strip_prefix("focus:") {
                browser::focus(id);
            }
        }
    }
}
