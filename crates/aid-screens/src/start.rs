//! The start screen: what the aid does, Start now, and carrying on from a
//! saved record.

use super::Heading;
use super::act::{Act, on_change, on_click};
use leptos::prelude::*;
use stagehand_aid::screen::Screen;

/// The start screen's heading, and the page's title while it shows.
pub const START_TITLE: &str = "Work out which stage you are at, who to contact and by when";

/// The start screen. With no props, it is the one the pages carry.
///
/// Its buttons also name what they do in `data-act` and `data-go`: the
/// page's script replays a press made before the aid has started.
#[component]
pub fn StartScreen(
    /// Why the link followed (to a stage or an example) does not work.
    #[prop(optional_no_strip)]
    link_problem: Option<String>,
    /// A draft is kept on this device.
    #[prop(optional)]
    draft: bool,
    /// Why the saved record chosen could not be opened.
    #[prop(optional_no_strip)]
    open_error: Option<String>,
) -> impl IntoView {
    let (group, described) = if open_error.is_some() {
        (
            "form-group open-record form-group--error",
            "aid-open-record-hint aid-open-record-error",
        )
    } else {
        ("form-group open-record", "aid-open-record-hint")
    };
    view! {
        <Heading text=START_TITLE />
        {link_problem
            .map(|p| {
                view! {
                    <div class="warning-text" role="note">
                        <strong>"This link does not work: "</strong>
                        {p}
                    </div>
                }
            })}
        <p>
            "Answer a few questions about the disagreement. At the end you can print a record for the child's file, save it to carry on later, and add deadlines to your calendar."
        </p>
        <p>"It takes about 5 minutes. Nothing you type leaves this device."</p>
        {draft
            .then(|| {
                view! {
                    <div class="inset">
                        <p>"You kept a draft of a record on this device."</p>
                        <button
                            type="button"
                            class="button"
                            data-go="summary"
                            on:click=on_click(Act::Go(Screen::Summary))
                        >
                            "Continue your draft"
                        </button>
                    </div>
                }
            })}
        <button
            type="button"
            class="button button--start"
            data-act="start"
            on:click=on_click(Act::Do("start"))
        >
            "Start now"
        </button>
        <div class=group>
            <label class="label" for="aid-open-record">
                <strong>"Carry on from a saved record"</strong>
            </label>
            <p class="hint" id="aid-open-record-hint">
                "Choose the record file (.json) you saved from this aid."
            </p>
            {open_error
                .map(|e| {
                    view! {
                        <p class="error-message" id="aid-open-record-error">
                            <span class="visually-hidden">"Error: "</span>
                            {e}
                        </p>
                    }
                })}
            <input
                type="file"
                id="aid-open-record"
                class="file-upload"
                accept=".json,application/json"
                aria-describedby=described
                on:change=on_change(Act::OpenRecord)
            />
        </div>
    }
}
