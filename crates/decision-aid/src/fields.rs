//! Question fields as markup, in the GOV.UK Design System's patterns: the
//! error summary, date input and text input. The aid sets them as an
//! element's `innerHTML` and listens for typing on the element around them
//! (`ui::form`): a reactive view of the same markup cost the wasm several
//! times as much. Every piece of text goes through [`escape`].

use crate::dates::{DateError, DateFields};
use crate::export::escape;

/// The element id of a field of the aid: every id the aid makes starts
/// with `aid-`, and the page makes none that do, so a procedure's own
/// heading (`## Outcome`) can never take a field's id and leave its label
/// selecting nothing. Field names (`name=`) stay as they are.
pub fn dom_id(field: &str) -> String {
    format!("aid-{field}")
}

/// One error on a question page: the field (or date input) it belongs to,
/// GOV.UK's message, and for dates which of day, month and year are wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    pub wrong: [bool; 3],
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            wrong: [true; 3],
        }
    }

    pub fn date(field: impl Into<String>, error: DateError) -> Self {
        Self {
            field: field.into(),
            message: error.message,
            wrong: error.wrong,
        }
    }

    /// The input the error summary's link goes to: a date's first wrong part.
    pub fn target(&self) -> String {
        let field = dom_id(&self.field);
        match self.wrong.iter().position(|w| *w) {
            Some(1) => format!("{field}-month"),
            Some(2) => format!("{field}-year"),
            _ => field,
        }
    }
}

/// The error of one field, if the page shows one.
pub fn error_of<'a>(errors: &'a [FieldError], id: &str) -> Option<&'a FieldError> {
    errors.iter().find(|f| f.field == id)
}

/// "There is a problem", each error a link to its field (the aid's click
/// listener moves focus there); empty when there are no errors.
pub fn error_summary(errors: &[FieldError]) -> String {
    if errors.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<div class=\"error-summary\" id=\"aid-error-summary\" tabindex=\"-1\" role=\"alert\" aria-labelledby=\"aid-error-summary-title\"><h3 class=\"error-summary__title\" id=\"aid-error-summary-title\">There is a problem</h3><ul class=\"error-summary__list\">",
    );
    for error in errors {
        let target = escape(&error.target());
        out.push_str(&format!(
            "<li><a href=\"#{target}\" data-act=\"focus:{target}\">{}</a></li>",
            escape(&error.message)
        ));
    }
    out.push_str("</ul></div>");
    out
}

/// ` aria-describedby="..."` for a field: its hint and its error, when present.
pub fn described_by(id: &str, hint: bool, error: bool) -> String {
    let id = dom_id(id);
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    if ids.is_empty() {
        String::new()
    } else {
        format!(" aria-describedby=\"{}\"", ids.join(" "))
    }
}

/// The form group's opening tag, red-edged when it has an error.
fn group(error: bool) -> &'static str {
    if error {
        "<div class=\"form-group form-group--error\">"
    } else {
        "<div class=\"form-group\">"
    }
}

fn hint(id: &str, text: Option<&str>) -> String {
    text.map(|h| {
        format!(
            "<p class=\"hint\" id=\"{}-hint\">{}</p>",
            dom_id(id),
            escape(h)
        )
    })
    .unwrap_or_default()
}

fn error_message(id: &str, error: Option<&FieldError>) -> String {
    error
        .map(|e| {
            format!(
                "<p class=\"error-message\" id=\"{}-error\"><span class=\"visually-hidden\">Error: </span>{}</p>",
                dom_id(id),
                escape(&e.message)
            )
        })
        .unwrap_or_default()
}

/// The screen's heading tag around `inner` (already markup).
fn heading(inner: &str) -> String {
    format!("<h3 class=\"aid-heading\" id=\"aid-heading\" tabindex=\"-1\">{inner}</h3>")
}

/// A date as three fields: day, month, year. Only the wrong parts are
/// highlighted. With `as_heading`, the legend is the screen's heading.
pub fn date_input(
    id: &str,
    label: &str,
    hint_text: &str,
    typed: &DateFields,
    error: Option<&FieldError>,
    as_heading: bool,
) -> String {
    let legend = if as_heading {
        heading(&escape(label))
    } else {
        format!("<span>{}</span>", escape(label))
    };
    let mut out = format!(
        "{}<fieldset class=\"fieldset\" role=\"group\"{}><legend class=\"fieldset__legend\">{legend}</legend>{}{}<div class=\"date-input\">",
        group(error.is_some()),
        described_by(id, true, error.is_some()),
        hint(id, Some(hint_text)),
        error_message(id, error),
    );
    let parts = [
        ("day", "Day", "input input--width-2", &typed.day),
        ("month", "Month", "input input--width-2", &typed.month),
        ("year", "Year", "input input--width-4", &typed.year),
    ];
    for (n, (name, text, class, value)) in parts.into_iter().enumerate() {
        let input_id = if n == 0 {
            dom_id(id)
        } else {
            dom_id(&format!("{id}-{name}"))
        };
        let wrong = if error.is_some_and(|e| e.wrong[n]) {
            " input--error"
        } else {
            ""
        };
        out.push_str(&format!(
            "<div class=\"date-input__item\"><label class=\"date-input__label\" for=\"{input_id}\">{text}</label><input class=\"{class}{wrong}\" id=\"{input_id}\" name=\"{id}-{name}\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" value=\"{}\"></div>",
            escape(value)
        ));
    }
    out.push_str("</div></fieldset></div>");
    out
}

/// A text answer: one line (`rows` 0) or a text area of `rows` rows. With
/// `as_heading`, the label is the screen's heading.
pub fn text_field(
    id: &str,
    label: &str,
    hint_text: Option<&str>,
    value: &str,
    error: Option<&FieldError>,
    rows: u32,
    as_heading: bool,
) -> String {
    let dom = dom_id(id);
    let label = if as_heading {
        heading(&format!("<label for=\"{dom}\">{}</label>", escape(label)))
    } else {
        format!(
            "<label class=\"label label--s\" for=\"{dom}\">{}</label>",
            escape(label)
        )
    };
    let described = described_by(id, hint_text.is_some(), error.is_some());
    let input = if rows == 0 {
        let class = if error.is_some() {
            "input input--error"
        } else {
            "input"
        };
        format!(
            "<input class=\"{class}\" type=\"text\" id=\"{dom}\" name=\"{id}\" autocomplete=\"off\"{described} value=\"{}\">",
            escape(value)
        )
    } else {
        format!(
            "<textarea class=\"textarea\" id=\"{dom}\" name=\"{id}\" rows=\"{rows}\"{described}>{}</textarea>",
            escape(value)
        )
    };
    format!(
        "{}{label}{}{}{input}</div>",
        group(error.is_some()),
        hint(id, hint_text),
        error_message(id, error)
    )
}

/// GOV.UK's "or" and a tick box after a question's field: an answer that
/// stands instead of it ("I do not know when this stage began").
pub fn or_tick_box(name: &str, label: &str, ticked: bool) -> String {
    let dom = dom_id(name);
    format!(
        "<p class=\"divider\">or</p><div class=\"form-group check\"><input type=\"checkbox\" id=\"{dom}\" name=\"{name}\"{}><label for=\"{dom}\">{}</label></div>",
        if ticked { " checked" } else { "" },
        escape(label)
    )
}

/// One radio option: value, label, optional hint.
#[derive(Clone, Debug)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// Choices for "Yes" and "No".
pub fn yes_no() -> Vec<Choice> {
    vec![Choice::new("yes", "Yes"), Choice::new("no", "No")]
}

/// A question answered by choosing one option.
pub struct Radios<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub hint: Option<&'a str>,
    pub choices: &'a [Choice],
    /// The value chosen, or empty.
    pub selected: &'a str,
    /// A small legend (several questions on a page) rather than the
    /// screen's heading.
    pub small: bool,
    pub inline: bool,
}

impl Radios<'_> {
    /// The markup, with `reveal(value)` (markup) under the option it names,
    /// shown by the stylesheet while that option is chosen.
    pub fn html(
        &self,
        error: Option<&FieldError>,
        reveal: &dyn Fn(&str) -> Option<String>,
    ) -> String {
        let id = self.id;
        let legend = if self.small {
            format!(
                "<legend class=\"fieldset__legend fieldset__legend--s\">{}</legend>",
                escape(self.question)
            )
        } else {
            format!(
                "<legend class=\"fieldset__legend\">{}</legend>",
                heading(&escape(self.question))
            )
        };
        let mut out = format!(
            "{}<fieldset class=\"fieldset\"{}>{legend}{}{}<div class=\"{}\">",
            group(error.is_some()),
            described_by(id, self.hint.is_some(), error.is_some()),
            hint(id, self.hint),
            error_message(id, error),
            if self.inline {
                "radios radios--inline"
            } else {
                "radios"
            }
        );
        for (n, choice) in self.choices.iter().enumerate() {
            let input_id = if n == 0 {
                dom_id(id)
            } else {
                dom_id(&format!("{id}-{n}"))
            };
            let value = escape(&choice.value);
            let (described, item_hint) = match &choice.hint {
                Some(h) => (
                    format!(" aria-describedby=\"{input_id}-item-hint\""),
                    format!(
                        "<p class=\"hint radios__hint\" id=\"{input_id}-item-hint\">{}</p>",
                        escape(h)
                    ),
                ),
                None => (String::new(), String::new()),
            };
            let checked = if choice.value == self.selected {
                " checked"
            } else {
                ""
            };
            out.push_str(&format!(
                "<div class=\"radios__item\"><input class=\"radios__input\" type=\"radio\" id=\"{input_id}\" name=\"{id}\" value=\"{value}\"{described}{checked}><label class=\"radios__label\" for=\"{input_id}\">{}</label>{item_hint}</div>",
                escape(&choice.label)
            ));
            if let Some(inner) = reveal(&choice.value) {
                out.push_str(&format!("<div class=\"radios__conditional\">{inner}</div>"));
            }
        }
        out.push_str("</div></fieldset></div>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_escaped_in_every_field() {
        let typed = "\"><script>alert(1)</script>";
        let error = FieldError::new("f", typed);
        for html in [
            text_field("f", typed, Some(typed), typed, Some(&error), 0, false),
            text_field("f", typed, None, typed, None, 3, true),
            date_input(
                "f",
                typed,
                typed,
                &DateFields {
                    day: typed.into(),
                    month: typed.into(),
                    year: typed.into(),
                },
                Some(&error),
                true,
            ),
            error_summary(std::slice::from_ref(&error)),
            Radios {
                id: "f",
                question: typed,
                hint: Some(typed),
                choices: &[Choice::new(typed, typed).hint(typed)],
                selected: typed,
                small: false,
                inline: false,
            }
            .html(Some(&error), &|_| None),
        ] {
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("&lt;script&gt;"), "{html}");
        }
    }

    #[test]
    fn a_date_error_marks_only_the_wrong_parts_and_links_to_the_first() {
        let error = FieldError {
            field: "start".into(),
            message: "Date must include a month".into(),
            wrong: [false, true, false],
        };
        let html = date_input(
            "start",
            "When?",
            "For example",
            &DateFields::default(),
            Some(&error),
            false,
        );
        assert_eq!(html.matches("input--error").count(), 1);
        assert!(html.contains("id=\"aid-start-month\""));
        assert!(html.contains("aria-describedby=\"aid-start-hint aid-start-error\""));
        assert!(error_summary(&[error]).contains("href=\"#aid-start-month\""));
        assert_eq!(error_summary(&[]), "");
    }

    #[test]
    fn the_chosen_option_is_checked_and_its_revealed_fields_follow_it() {
        let choices = [
            Choice::new("yes", "Yes"),
            Choice::new("other", "Something else"),
        ];
        let html = Radios {
            id: "area",
            question: "What is it about?",
            hint: None,
            choices: &choices,
            selected: "other",
            small: false,
            inline: false,
        }
        .html(None, &|v| {
            (v == "other").then(|| "<input id=\"other-area\">".into())
        });
        assert!(html.contains("id=\"aid-area-1\" name=\"area\" value=\"other\" checked>"));
        assert!(!html.contains("value=\"yes\" checked"));
        assert!(
            html.contains(
                "</div><div class=\"radios__conditional\"><input id=\"other-area\"></div>"
            )
        );
        assert!(html.contains("id=\"aid-heading\""));
    }
}
