//! What the templates see: the model with dates and timescales already put
//! into words, so templates hold no logic.

mod amendments;
mod home;
mod procedure;

pub(crate) use amendments::{AmendmentsView, feed};
pub(crate) use home::{HomeView, Untranslated, a_to_z, sitemap};
pub(crate) use procedure::ProcedureView;

use chrono::NaiveDate;
use serde::Serialize;
use stagehand_content::Page;
use stagehand_messages::Messages;
use stagehand_model::Contact;

pub(crate) use stagehand_markdown::escape;

/// Text made safe for HTML, with the web addresses and email addresses in
/// it made links (`linkify` finds them, minding brackets and full stops): a
/// procedure that says where the rest of it is published gives a link to
/// follow, not an address to copy. An address written without `https://`
/// is linked with it.
pub(crate) fn with_links(text: &str) -> String {
    let mut finder = linkify::LinkFinder::new();
    finder.url_must_have_scheme(false);
    let mut out = String::with_capacity(text.len());
    for span in finder.spans(text) {
        let shown = escape(span.as_str());
        match span.kind() {
            Some(linkify::LinkKind::Url) => {
                let href = if span.as_str().contains("://") {
                    span.as_str().to_string()
                } else {
                    format!("https://{}", span.as_str())
                };
                out.push_str(&format!("<a href=\"{}\">{shown}</a>", escape(&href)));
            }
            Some(linkify::LinkKind::Email) => {
                out.push_str(&format!("<a href=\"mailto:{shown}\">{shown}</a>"));
            }
            _ => out.push_str(&shown),
        }
    }
    out
}

/// "1 November 2020", as GOV.UK writes dates ("1 Tachwedd 2020").
pub(crate) fn long_date(m: &Messages, date: NaiveDate) -> String {
    m.day(date)
}

/// The tool's words in the language of `site`'s pages (English where it has
/// none of that language's).
pub(crate) fn words(site: &stagehand_model::Site) -> &'static Messages {
    stagehand_messages::messages(
        stagehand_messages::Language::of_tag(&site.language)
            .unwrap_or(stagehand_messages::Language::English),
    )
}

#[derive(Serialize)]
pub(crate) struct PageView<'a> {
    title: &'a str,
    text: std::borrow::Cow<'a, str>,
}

impl<'a> PageView<'a> {
    pub(crate) fn new(page: &'a Page, base_path: &str) -> Self {
        Self {
            title: &page.title,
            text: stagehand_markdown::under_base_path(&page.text.html, base_path),
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

#[cfg(test)]
mod tests {
    use super::with_links;

    #[test]
    fn addresses_in_text_become_links_and_the_rest_stays_text() {
        assert_eq!(
            with_links("the policy (croydonlcsb.org.uk/policy), which <b> says"),
            "the policy (<a href=\"https://croydonlcsb.org.uk/policy\">croydonlcsb.org.uk/policy</a>), which &lt;b&gt; says"
        );
        assert_eq!(
            with_links("Write to unit@example.org."),
            "Write to <a href=\"mailto:unit@example.org\">unit@example.org</a>."
        );
        assert_eq!(
            with_links("No address here: 3.5 days."),
            "No address here: 3.5 days."
        );
    }
}
