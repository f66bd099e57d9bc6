//! Read-only parts of the aid's screens as HTML text: summary lists, tags,
//! paragraphs. Built here and set as one element's `innerHTML`, they cost
//! the wasm a fraction of what a reactive view of the same markup does (the
//! aid must stay under its size budget), and they are plain functions that
//! native tests can read. Every piece of text goes through [`escape`].

use crate::export::escape;
use crate::plan::Tag;
pub use stagehand_aid_markup::{START_TITLE, StartScreen, button, heading, start_screen};

/// A GOV.UK tag, in words as well as colour.
pub fn tag(tag: Tag) -> String {
    format!(
        "<strong class=\"{}\">{}</strong>",
        tag.class(),
        escape(&tag.words())
    )
}

/// A summary list: key, value and, for a deadline, its tag.
pub fn summary_list(rows: &[(String, String, Option<Tag>)]) -> String {
    let mut out = String::from("<dl class=\"summary-list\">");
    for (key, value, t) in rows {
        out.push_str(&format!(
            "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{}</dt><dd class=\"summary-list__value\">{}{}</dd></div>",
            escape(key),
            escape(value),
            t.map(|t| format!(" {}", tag(t))).unwrap_or_default()
        ));
    }
    out.push_str("</dl>");
    out
}

/// An element with escaped text: `element("p", "hint", "...")`.
pub fn element(name: &str, class: &str, text: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    format!("<{name}{class}>{}</{name}>", escape(text))
}

/// The aid's Back link, as on its question pages.
pub const BACK_LINK: &str =
    "<a href=\"#decision-aid\" class=\"back-link no-print\" data-act=\"back\">Back</a>";

/// A link styled as one, for the "No, go back" of a confirmation.
pub fn link_button(text: &str, act: &str) -> String {
    format!(
        "<a href=\"#decision-aid\" class=\"link-button\" {act}>{}</a>",
        escape(text)
    )
}

/// GOV.UK's confirmation page: Back, the question, what it means, then the
/// warning button that does `act` and a link back.
pub fn confirmation(title: &str, body: &str, yes: &str, act: &str, no: &str) -> String {
    format!(
        "{BACK_LINK}{}{body}<div class=\"button-group\">{}{}</div>",
        heading(title),
        button(
            yes,
            "button button--warning",
            &format!("data-act=\"{act}\"")
        ),
        link_button(no, "data-act=\"back\"")
    )
}

/// A contact point with working `tel:` and `mailto:` links.
pub fn contact(c: &stagehand_model::Contact) -> String {
    let tel = |n: &str| {
        let dial: String = n
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("<a href=\"tel:{dial}\">{}</a>", escape(n))
    };
    let mut out = format!("<strong>{}</strong>", escape(&c.name));
    if let Some(n) = &c.note {
        out.push_str(&format!(": {}", escape(n)));
    }
    if let Some(p) = &c.phone {
        out.push_str(&format!("<br>Phone: {}", tel(p)));
    }
    if let Some(p) = &c.out_of_hours {
        out.push_str(&format!("<br>Out of hours: {}", tel(p)));
    }
    if let Some(e) = &c.email {
        out.push_str(&format!(
            "<br>Email: <a href=\"mailto:{e}\">{e}</a>",
            e = escape(e)
        ));
    }
    if let Some(u) = &c.url {
        out.push_str(&format!("<br><a href=\"{u}\">{u}</a>", u = escape(u)));
    }
    out
}

/// A list of items, each already markup.
pub fn list(class: &str, items: impl IntoIterator<Item = String>) -> String {
    let mut out = format!("<ul class=\"{class}\">");
    for item in items {
        out.push_str(&format!("<li>{item}</li>"));
    }
    out.push_str("</ul>");
    out
}

/// What to do at a stage, who to contact and by when: everything on the
/// stage's screen above its questions.
pub fn stage(
    procedure: &stagehand_model::Procedure,
    record: &crate::record::Record,
    index: usize,
    today: chrono::NaiveDate,
) -> String {
    use crate::dates::long_date;
    let Some(reached) = record.stages.get(index) else {
        return String::new();
    };
    let Some(stage) = procedure.route.stage(&reached.stage) else {
        return element("p", "", "This stage is not in the procedure.");
    };
    let steps = crate::plan::steps(procedure, record, index, today);
    let other = record
        .other_agency
        .as_deref()
        .and_then(|a| procedure.route.agency(a))
        .map(|a| a.name.clone());
    let mut out = String::new();
    match (reached.started, reached.started_not_known) {
        (Some(d), _) => out.push_str(&format!(
            "<p>This stage began on <strong>{}</strong>.</p>",
            long_date(d)
        )),
        (None, true) => out.push_str("<p>You do not know when this stage began.</p>"),
        _ => {}
    }
    out.push_str("<h4>What to do, who to contact and by when</h4><ol class=\"aid-steps\">");
    let row = |key: &str, value: String| {
        format!(
            "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{key}</dt><dd class=\"summary-list__value\">{value}</dd></div>"
        )
    };
    let waiting = reached.outcome == crate::record::Outcome::Waiting;
    let at = record.at_step(index);
    let past = record.past_every_step(procedure, index);
    for (n, s) in steps.iter().enumerate() {
        out.push_str("<li>");
        if n == reached.step as usize && waiting {
            out.push_str("<p><strong class=\"tag tag--blue\">You raised it here: waiting for the answer</strong></p>");
        } else if n == at && n > 0 && !waiting && !past {
            out.push_str("<p><strong class=\"tag tag--blue\">You are at this step</strong></p>");
        }
        out.push_str(&element("p", "", &s.action));
        out.push_str("<dl class=\"summary-list summary-list--compact\">");
        if let Some(c) = &s.contact {
            out.push_str(&row("Contact", escape(c)));
        }
        if let Some(c) = &s.counterpart {
            let of = other
                .as_deref()
                .map(|a| format!(" ({})", escape(a)))
                .unwrap_or_default();
            out.push_str(&row("Their counterpart", format!("{}{of}", escape(c))));
        }
        let mut due = escape(&s.due_and_done_words());
        if let Some(t) = s.tag {
            due.push(' ');
            due.push_str(&tag(t));
        }
        if let Some(w) = &s.sooner_if {
            due.push_str(&format!("<br>Sooner if {}.", escape(w)));
        }
        out.push_str(&format!(
            "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">By when</dt><dd class=\"summary-list__value aid-due\">{due}</dd></div>"
        ));
        out.push_str("</dl></li>");
    }
    out.push_str("</ol>");
    if record.past_every_step(procedure, index) {
        out.push_str(&format!(
            "<div class=\"inset\"><p>{}</p></div>",
            escape(&crate::plan::next_action(procedure, record, today))
        ));
    }
    if let Some(w) = steps
        .iter()
        .find_map(|s| s.deadline.as_ref()?.warning.clone())
    {
        out.push_str(&format!(
            "<div class=\"warning-text\" role=\"note\"><strong>Check this date: </strong>{}</div>",
            escape(&w)
        ));
    }
    let contacts: Vec<String> = procedure
        .route
        .contacts_for(&stage.id)
        .map(contact)
        .collect();
    if !contacts.is_empty() {
        out.push_str("<h4>Contacts</h4>");
        out.push_str(&list("", contacts));
    }
    if !stage.record.is_empty() {
        out.push_str("<h4>What to record</h4>");
        out.push_str(&list("", stage.record.iter().map(|r| escape(r))));
    }
    if let Some(section) = &stage.section {
        out.push_str(&format!(
            "<p class=\"no-print\"><a href=\"#{}\">Read what the procedure says about this stage</a></p>",
            escape(section)
        ));
    }
    out
}

/// The record as summary lists with "Change" links (hidden in print).
/// Each link names the screen it returns to in `data-change`; the page
/// listens for clicks on the whole list.
pub fn record(sections: &[crate::export::Section]) -> String {
    use crate::export::ChangeAt;
    use crate::screen::Screen;
    let mut out = String::new();
    for section in sections {
        out.push_str(&element("h4", "summary-heading", &section.title));
        out.push_str("<dl class=\"summary-list\">");
        for row in &section.rows {
            let value = format!(
                "{}{}",
                escape(&row.value),
                row.tag.map(|t| format!(" {}", tag(t))).unwrap_or_default()
            );
            let change = row
                .change
                .as_ref()
                .map(|c| {
                    let screen = match c {
                        ChangeAt::Urgent => Screen::Urgent,
                        ChangeAt::YourAgency => Screen::YourAgency,
                        ChangeAt::OtherAgency => Screen::OtherAgency,
                        ChangeAt::Case => Screen::Case,
                        ChangeAt::Area => Screen::Area,
                        ChangeAt::Description => Screen::Description,
                        ChangeAt::StageStart(i) => Screen::StageStart(*i),
                        ChangeAt::Contacted(i) => Screen::Stage(*i),
                        ChangeAt::Outcome(i) => Screen::Outcome(*i),
                        ChangeAt::Questions => Screen::Questions,
                    };
                    format!(
                        "<dd class=\"summary-list__actions no-print\"><a href=\"#decision-aid\" data-change=\"{}\">Change<span class=\"visually-hidden\"> {}</span></a></dd>",
                        screen.code(),
                        escape(&crate::wording::mid_sentence(&row.key))
                    )
                })
                .unwrap_or_default();
            out.push_str(&format!(
                "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{}</dt><dd class=\"summary-list__value\">{value}</dd>{change}</div>",
                escape(&row.key)
            ));
        }
        out.push_str("</dl>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_typed_is_escaped() {
        let list = summary_list(&[(
            "<b>key</b>".into(),
            "<script>x</script>".into(),
            Some(Tag::DueToday),
        )]);
        assert!(
            !list.contains("<script>") && !list.contains("<b>"),
            "{list}"
        );
        assert!(list.contains("&lt;script&gt;x&lt;/script&gt;"));
        assert!(list.contains("<strong class=\"tag tag--orange\">Due today</strong>"));
        assert_eq!(element("p", "", "a & b"), "<p>a &amp; b</p>");
    }
}
