//! The few browser services the aid uses: today's date, downloads, the
//! opt-in draft in localStorage, reading a chosen file, printing, focus.

use chrono::NaiveDate;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The page's own title, kept while the aid puts its step in front.
    static PAGE_TITLE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the screen shows errors: its title then starts "Error: ".
    static TITLE_ERROR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the aid runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// The page's address without its query or fragment: where the current
/// version of the procedure is.
pub fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Today in the browser's own time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// `20261122T093000Z`, for calendar files.
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// Minutes since 1970: grows with every download of a calendar file, as
/// iCalendar's SEQUENCE must for an update to replace the event.
pub fn minutes_now() -> u32 {
    (js_sys::Date::now() / 60_000.0) as u32
}

/// 128 random bits as a UUID (version 4), from the browser's cryptographic
/// generator.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The language the aid speaks: its box's `lang`, or the page's.
pub fn page_language() -> stagehand_aid::words::Language {
    let doc = document();
    let own = doc
        .get_element_by_id("decision-aid-root")
        .and_then(|root| root.get_attribute("lang"));
    let page = doc
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    own.or(page)
        .as_deref()
        .and_then(stagehand_aid::words::Language::of_tag)
        .unwrap_or(stagehand_aid::words::Language::English)
}

/// Put the aid's step in front of the page's title, once the practitioner
/// has started: "Which stage are you at? - Managing Professional ...".
pub fn set_title(step: &str) {
    let doc = document();
    let page = PAGE_TITLE.with(|t| t.borrow().clone());
    if let Some(page) = page {
        let error = if TITLE_ERROR.get() {
            stagehand_aid::words::w("error-prefix")
        } else {
            String::new()
        };
        doc.set_title(&format!("{error}{step} - {page}"));
    }
}

/// Called when the journey starts: from now on the title names the step.
pub fn keep_page_title() {
    PAGE_TITLE.with(|t| {
        if t.borrow().is_none() {
            *t.borrow_mut() = Some(document().title());
        }
    });
}

/// "Error: " in front of the title while a page shows errors.
pub fn mark_title_error(on: bool) {
    TITLE_ERROR.set(on);
    let doc = document();
    let title = doc.title();
    let prefix = stagehand_aid::words::w("error-prefix");
    let plain = title.strip_prefix(&prefix).unwrap_or(&title).to_string();
    doc.set_title(&if on {
        format!("{prefix}{plain}")
    } else {
        plain
    });
}

/// A query parameter of the page's address (`?stage=stage-2`).
pub fn query(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Offer text as a file to save; made in the browser, never uploaded.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        let _ = document().body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn draft_key(slug: &str) -> String {
    format!("stagehand-draft:{slug}")
}

/// Only ever called once the person has ticked "keep a draft on this device".
pub fn save_draft(slug: &str, json: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&draft_key(slug), json);
    }
}

pub fn load_draft(slug: &str) -> Option<String> {
    storage()?.get_item(&draft_key(slug)).ok().flatten()
}

pub fn clear_draft(slug: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&draft_key(slug));
    }
}

/// Read the first chosen file as text, then call `done` with it.
pub fn read_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(String) + 'static) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let r = reader.clone();
    let onload = Closure::once(move || {
        if let Some(text) = r.result().ok().and_then(|v| v.as_string()) {
            done(text);
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    let _ = reader.read_as_text(&file);
}

/// Print the record: the print stylesheet shows the aid's copy of the whole
/// record (`.aid-print`) alone while `print-record` is set on the root. It
/// stays set after the print dialog, until the screen changes, so a print
/// made from the browser's own menu straight after prints the same.
pub fn print_record() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("print-record");
    }
    let _ = window().print();
}

/// Printing from now on prints the page as it is, not the record alone.
pub fn stop_printing_record() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1("print-record");
    }
}

/// Ask before the page is closed or reloaded while `unsaved()` says
/// answers would be lost (the browser shows its own question).
pub fn on_leaving(unsaved: impl Fn() -> bool + 'static) {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if unsaved() {
            ev.prevent_default();
        }
    });
    let _ = window()
        .add_event_listener_with_callback("beforeunload", listener.as_ref().unchecked_ref());
    // The aid lives as long as the page.
    listener.forget();
}

/// The fields of the form an event (its submit) came from, by name, as
/// the browser would send them: a radio nobody chose and a box not ticked
/// are absent.
pub fn form_values(ev: &web_sys::Event) -> Option<Vec<(String, String)>> {
    let form: web_sys::HtmlFormElement = ev.target()?.dyn_into().ok()?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    let entries = js_sys::try_iter(&data).ok()??;
    Some(
        entries
            .filter_map(|entry| {
                let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect(),
    )
}

/// The input an event came from.
pub fn input_of(ev: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target()?.dyn_into().ok()
}

/// Move focus to an element by id (an error summary, a field).
pub fn focus(id: &str) {
    focus_at(&format!("#{id}"));
}

/// Move focus to the first element `selector` finds.
fn focus_at(selector: &str) {
    if let Ok(Some(el)) = document().query_selector(selector) {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Move focus once the browser has finished what it is doing: after Back
/// to an address with a `#fragment`, the browser itself moves focus as the
/// history entry is restored, and would undo a focus made at once.
pub fn focus_soon(selector: String) {
    let later = Closure::once_into_js(move || focus_at(&selector));
    let _ = window().request_animation_frame(later.unchecked_ref());
}

/// Where focus is inside `root`, as a selector that finds the same control
/// in markup made again: its id, or what it does (`data-act`, `data-go`).
pub fn focused_place(root: &web_sys::Element) -> Option<String> {
    let el = document().active_element()?;
    if !root.contains(Some(&el)) {
        return None;
    }
    if !el.id().is_empty() {
        return Some(format!("#{}", el.id()));
    }
    ["data-act", "data-go"]
        .into_iter()
        .find_map(|name| Some(format!("[{name}=\"{}\"]", el.get_attribute(name)?)))
}

/// Adds a browser history entry for aid step `depth` (same address).
pub fn push_step(depth: usize) {
    if let Ok(history) = window().history() {
        let _ = history.push_state(&JsValue::from_f64(depth as f64), "");
    }
}

/// Marks the current browser history entry as aid step `depth`.
pub fn replace_step(depth: usize) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&JsValue::from_f64(depth as f64), "");
    }
}

/// The aid step of the current browser history entry, if it is one of ours.
pub fn step_depth() -> Option<usize> {
    let state = window().history().ok()?.state().ok()?;
    state.as_f64().map(|d| d as usize)
}

pub fn history_back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// Calls `to_step` with the aid step whenever the browser moves to one of
/// the aid's history entries (Back or Forward). The page's own entry is
/// marked as step 0, so entries without a step (a contents link,
/// `#stage-2`) are left alone.
pub fn on_history_move(to_step: impl Fn(usize) + 'static) {
    if let Ok(history) = window().history()
        && history.state().is_ok_and(|s| s.is_null())
    {
        let _ = history.replace_state(&JsValue::from_f64(0.0), "");
    }
    let listener =
        Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |ev: web_sys::PopStateEvent| {
            if let Some(depth) = ev.state().as_f64() {
                to_step(depth as usize);
            }
        });
    let _ =
        window().add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    // The aid lives as long as the page.
    listener.forget();
}

/// The procedure in the page could not be read (made by another version of
/// Stagehand, or damaged): say so beside Start, with what to do instead,
/// as `aid.js` does when the aid cannot be fetched. Text only, no markup.
pub fn say_unreadable() {
    let doc = document();
    let Some(root) = doc.get_element_by_id("decision-aid-root") else {
        return;
    };
    let (Ok(note), Ok(form)) = (doc.create_element("p"), doc.create_element("a")) else {
        return;
    };
    let _ = note.set_attribute("class", "aid-loading");
    let _ = note.set_attribute("role", "alert");
    use stagehand_aid::words::w;
    note.set_text_content(Some(&w("unreadable")));
    let _ = form.set_attribute("href", "record-form/");
    form.set_text_content(Some(&w("unreadable-print-form")));
    let _ = note.append_child(&form);
    let _ = note.append_with_str_1(&w("unreadable-follow-route"));
    match root.query_selector("[data-act=start]").ok().flatten() {
        Some(start) => {
            let _ = start.after_with_node_1(&note);
        }
        None => {
            let _ = root.append_child(&note);
        }
    }
}
