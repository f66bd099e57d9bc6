//! The decision aid: which stage a practitioner is at, who to contact and by
//! when, and a record to keep. Runs entirely in the browser; nothing typed is
//! sent anywhere, and nothing is stored unless the person asks.
//!
//! The record, dates, deadlines and exports are the engine's
//! (`stagehand-aid`, plain Rust tested natively); `ui` shows them in the
//! page and handles what is pressed and typed, built only for the browser.

pub use stagehand_aid::{dates, export, finder, monitoring, plan, record, screen, wording};

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    // The page's language, before a word is said.
    stagehand_aid::words::set_language(browser::page_language());
    ui::mount();
}
