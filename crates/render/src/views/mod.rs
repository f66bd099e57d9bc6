//! What the templates see: the model with dates and timescales already put
//! into words, so templates hold no logic.

mod amendments;
mod home;
mod procedure;

pub(crate) use amendments::{AmendmentsView, feed};
pub(crate) use home::{HomeView, a_to_z, sitemap};
pub(crate) use procedure::ProcedureView;

use chrono::NaiveDate;
use serde::Serialize;
use stagehand_content::Page;
use stagehand_model::Contact;

/// Text made safe for HTML and XML outside templates (the SVG, the sitemap).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// "1 November 2020", as GOV.UK writes dates.
pub(crate) fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

#[derive(Serialize)]
pub(crate) struct PageView<'a> {
    title: &'a str,
    text: &'a str,
}

impl<'a> PageView<'a> {
    pub(crate) fn new(page: &'a Page) -> Self {
        Self {
            title: &page.title,
            text: &page.text.html,
        }
    }
}

/// A contact point, with the number as a `tel:` link can dial it.
#[derive(Serialize)]
pub(crate) struct ContactView<'a> {
    name: &'a str,
    note: Option<&'a str>,
    phone: Option<&'a str>,
    phone_dial: Option<String>,
    out_of_hours: Option<&'a str>,
    out_of_hours_dial: Option<String>,
    email: Option<&'a str>,
    url: Option<&'a str>,
    /// A local version's own contact.
    local: bool,
}

impl<'a> ContactView<'a> {
    pub(crate) fn new(c: &'a Contact) -> Self {
        let dial = |n: &str| {
            n.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect()
        };
        Self {
            name: &c.name,
            note: c.note.as_deref(),
            phone: c.phone.as_deref(),
            phone_dial: c.phone.as_deref().map(dial),
            out_of_hours: c.out_of_hours.as_deref(),
            out_of_hours_dial: c.out_of_hours.as_deref().map(dial),
            email: c.email.as_deref(),
            url: c.url.as_deref(),
            local: c.local,
        }
    }
}
