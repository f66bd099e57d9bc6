//! The start screen: what the aid does, Start now, and carrying on from a
//! saved record.

use super::Heading;
use super::act::{Act, on_change, on_click};
use leptos::prelude::*;
use stagehand_aid::screen::Screen;
use stagehand_aid::words::w;

/// The start screen's heading, and the page's title while it shows.
pub fn start_title() -> String {
    w("start-title")
}

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
        <Heading text=start_title() />
        {link_problem
            .map(|p| {
                view! {
                    <div class="warning-text" role="note">
                        <strong>{w("link-does-not-work")}</strong>
                        {p}
                    </div>
                }
            })}
        <p>{w("start-intro")}</p>
        <p>{w("start-time")}</p>
        {draft
            .then(|| {
                view! {
                    <div class="inset">
                        <p>{w("start-draft-kept")}</p>
                        <button
                            type="button"
                            class="button"
                            data-go="summary"
                            on:click=on_click(Act::Go(Screen::Summary))
                        >
                            {w("start-continue-draft")}
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
            {w("start-now")}
        </button>
        <div class=group>
            <label class="label" for="aid-open-record">
                <strong>{w("start-open-record")}</strong>
            </label>
            <p class="hint" id="aid-open-record-hint">
                {w("start-open-record-hint")}
            </p>
            {open_error
                .map(|e| {
                    view! {
                        <p class="error-message" id="aid-open-record-error">
                            <span class="visually-hidden">{w("error-prefix")}</span>
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
