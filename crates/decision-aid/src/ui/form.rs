//! Question pages in the GOV.UK Design System's patterns: back link, error
//! summary, radios, date input, text inputs. Their views come from
//! `stagehand_aid_screens::fields`. A page is made from what the record holds, or, after a
//! Continue that found errors, from what was typed (read from the form when
//! it was submitted): nothing keeps the fields while they are typed in.

use crate::dates::DateFields;
use chrono::NaiveDate;
use leptos::prelude::*;
use stagehand_aid_screens::{act, fields, parts};

pub use stagehand_aid_screens::fields::{Choice, FieldError, yes_no};

/// What a question page is made from: fresh (the record's answers), or as
/// typed when Continue was pressed, with the errors found.
#[derive(Default)]
pub struct Form {
    /// The form's fields by name, when it was submitted. A radio nobody
    /// chose and a box not ticked are absent, as in the browser's FormData.
    typed: Option<Vec<(String, String)>>,
    pub errors: Vec<FieldError>,
}

impl Form {
    pub fn submitted(typed: Vec<(String, String)>) -> Self {
        Self {
            typed: Some(typed),
            errors: Vec::new(),
        }
    }

    /// The same typed values, without errors: a page shown again to read.
    pub fn again(&self) -> Self {
        Self {
            typed: self.typed.clone(),
            errors: Vec::new(),
        }
    }

    pub fn with_errors(self, errors: Vec<FieldError>) -> Self {
        Self { errors, ..self }
    }

    /// What was typed in `name` (empty when it was not), or before any
    /// Continue, `initial`.
    pub fn text(&self, name: &str, initial: impl FnOnce() -> String) -> String {
        match &self.typed {
            Some(typed) => typed
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            None => initial(),
        }
    }

    /// What was typed in `name`, on a submitted form.
    pub fn value(&self, name: &str) -> String {
        self.text(name, String::new)
    }

    pub fn date(&self, id: &str, initial: Option<NaiveDate>) -> DateFields {
        if self.typed.is_none() {
            return DateFields::from_date(initial);
        }
        DateFields {
            day: self.value(&format!("{id}-day")),
            month: self.value(&format!("{id}-month")),
            year: self.value(&format!("{id}-year")),
        }
    }

    pub fn ticked(&self, name: &str, initial: bool) -> bool {
        match &self.typed {
            Some(typed) => typed.iter().any(|(n, _)| n == name),
            None => initial,
        }
    }

    pub fn error(&self, id: &str) -> Option<&FieldError> {
        fields::error_of(&self.errors, id)
    }
}

/// GOV.UK's hint for a date input.
pub fn date_hint() -> String {
    stagehand_aid::words::w("date-hint")
}

/// A question page's form: the error summary first, the fields, then
/// Continue. It never submits anywhere: the aid's submit listener reads it.
pub fn question_form(form: &Form, inner: AnyView) -> AnyView {
    view! {
        <form novalidate=true on:submit=act::on_submit()>
            {fields::error_summary(&form.errors)}
            {inner}
            <button class="button">{stagehand_aid::words::w("continue")}</button>
        </form>
    }
    .into_any()
}

/// A text answer that is not the screen's heading: one line (`rows` 0) or
/// a text area of that many rows.
pub fn text(
    form: &Form,
    id: &str,
    label: &str,
    hint: Option<&str>,
    value: &str,
    rows: u32,
) -> AnyView {
    fields::text_field(id, label, hint, value, form.error(id), rows, false)
}

/// A date as three fields, with the usual hint.
pub fn date(form: &Form, id: &str, label: &str, typed: &DateFields) -> AnyView {
    fields::date_input(id, label, &date_hint(), typed, form.error(id), false)
}

/// A question answered by choosing one option, as a whole page: back link,
/// caption, the question as the heading, Continue. Fields under an option
/// show while it is chosen (the stylesheet shows them; they are always in
/// the page), made by `reveal(value)`.
pub struct RadioPage<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub hint: Option<&'a str>,
    pub caption: Option<&'a str>,
    pub choices: &'a [Choice],
    /// The record's answer, before any Continue.
    pub initial: &'a str,
}

impl RadioPage<'_> {
    pub fn view(&self, form: &Form, reveal: &dyn Fn(&str) -> Option<AnyView>) -> AnyView {
        crate::browser::set_title(self.question);
        let selected = form.text(self.id, || self.initial.to_string());
        let radios = fields::Radios {
            id: self.id,
            question: self.question,
            hint: self.hint.filter(|h| !h.is_empty()),
            choices: self.choices,
            selected: &selected,
            small: false,
            inline: false,
        };
        let caption = self
            .caption
            .map(|c| view! { <span class="caption">{c.to_string()}</span> });
        view! {
            {parts::back_link()}
            {caption}
            {question_form(form, radios.view(form.error(self.id), reveal))}
        }
        .into_any()
    }
}

/// The chosen option of a radio page, or the error when none is.
pub fn chosen(form: &Form, id: &str, required: &str) -> Result<String, Vec<FieldError>> {
    let answer = form.value(id);
    if answer.is_empty() {
        Err(vec![FieldError::new(id, required)])
    } else {
        Ok(answer)
    }
}

/// An empty error list is a page answered.
pub fn answered(found: Vec<FieldError>) -> Result<(), Vec<FieldError>> {
    if found.is_empty() { Ok(()) } else { Err(found) }
}
