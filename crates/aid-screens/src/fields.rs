//! Question fields in the GOV.UK Design System's patterns: the error
//! summary, radios, date input, text input, a tick box. Each is a view made
//! from what the page shows (the record's answer, or what was typed before
//! a Continue that found errors).

use super::Heading;
use super::act::{Act, on_click};
use leptos::prelude::*;
use stagehand_aid::dates::{DateError, DateFields};
use stagehand_aid::words::w;

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

/// "There is a problem", each error a link to its field (the aid moves
/// focus there); nothing when there are no errors.
pub fn error_summary(errors: &[FieldError]) -> AnyView {
    if errors.is_empty() {
        return ().into_any();
    }
    let items = errors
        .iter()
        .map(|error| {
            let target = error.target();
            view! {
                <li>
                    <a href=format!("#{target}") on:click=on_click(Act::Focus(target.clone()))>
                        {error.message.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div
            class="error-summary"
            id="aid-error-summary"
            tabindex="-1"
            role="alert"
            aria-labelledby="aid-error-summary-title"
        >
            <h3 class="error-summary__title" id="aid-error-summary-title">
                {w("there-is-a-problem")}
            </h3>
            <ul class="error-summary__list">{items}</ul>
        </div>
    }
    .into_any()
}

/// `aria-describedby` for a field: its hint and its error, where present.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let id = dom_id(id);
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The form group's class, red-edged when it has an error.
fn group(error: bool) -> &'static str {
    if error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

fn hint(id: &str, text: Option<&str>) -> Option<impl IntoView + use<>> {
    let text = text?.to_string();
    Some(view! {
        <p class="hint" id=format!("{}-hint", dom_id(id))>
            {text}
        </p>
    })
}

fn error_message(id: &str, error: Option<&FieldError>) -> Option<impl IntoView + use<>> {
    let message = error?.message.clone();
    Some(view! {
        <p class="error-message" id=format!("{}-error", dom_id(id))>
            <span class="visually-hidden">{w("error-prefix")}</span>
            {message}
        </p>
    })
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
) -> AnyView {
    let legend = if as_heading {
        view! { <Heading text=label /> }.into_any()
    } else {
        view! { <span>{label.to_string()}</span> }.into_any()
    };
    let parts = [
        (
            "day",
            w("date-input-day"),
            "input input--width-2",
            &typed.day,
        ),
        (
            "month",
            w("date-input-month"),
            "input input--width-2",
            &typed.month,
        ),
        (
            "year",
            w("date-input-year"),
            "input input--width-4",
            &typed.year,
        ),
    ];
    let inputs = parts
        .into_iter()
        .enumerate()
        .map(|(n, (name, text, class, value))| {
            let input_id = if n == 0 {
                dom_id(id)
            } else {
                dom_id(&format!("{id}-{name}"))
            };
            let class = if error.is_some_and(|e| e.wrong[n]) {
                format!("{class} input--error")
            } else {
                class.to_string()
            };
            view! {
                <div class="date-input__item">
                    <label class="date-input__label" for=input_id.clone()>
                        {text}
                    </label>
                    <input
                        class=class
                        id=input_id
                        name=format!("{id}-{name}")
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        value=value.clone()
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group(error.is_some())>
            <fieldset
                class="fieldset"
                role="group"
                aria-describedby=described_by(id, true, error.is_some())
            >
                <legend class="fieldset__legend">{legend}</legend>
                {hint(id, Some(hint_text))}
                {error_message(id, error)}
                <div class="date-input">{inputs}</div>
            </fieldset>
        </div>
    }
    .into_any()
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
) -> AnyView {
    let dom = dom_id(id);
    let label = if as_heading {
        view! {
            <h3 class="aid-heading" id="aid-heading" tabindex="-1">
                <label for=dom.clone()>{label.to_string()}</label>
            </h3>
        }
        .into_any()
    } else {
        view! {
            <label class="label label--s" for=dom.clone()>
                {label.to_string()}
            </label>
        }
        .into_any()
    };
    let described = described_by(id, hint_text.is_some(), error.is_some());
    let input = if rows == 0 {
        let class = if error.is_some() {
            "input input--error"
        } else {
            "input"
        };
        view! {
            <input
                class=class
                type="text"
                id=dom
                name=id.to_string()
                autocomplete="off"
                aria-describedby=described
                value=value.to_string()
            />
        }
        .into_any()
    } else {
        // As a property, never as the element's text: Leptos 0.8 writes a
        // textarea's text unescaped when it renders to HTML (a test below
        // found it), and `</textarea>` typed would end the element.
        view! {
            <textarea
                class="textarea"
                id=dom
                name=id.to_string()
                rows=rows.to_string()
                aria-describedby=described
                prop:value=value.to_string()
            ></textarea>
        }
        .into_any()
    };
    view! {
        <div class=group(error.is_some())>
            {label}
            {hint(id, hint_text)}
            {error_message(id, error)}
            {input}
        </div>
    }
    .into_any()
}

/// GOV.UK's "or" and a tick box after a question's field: an answer that
/// stands instead of it ("I do not know when this stage began").
pub fn or_tick_box(name: &str, label: &str, ticked: bool) -> AnyView {
    let dom = dom_id(name);
    view! {
        <p class="divider">{w("or")}</p>
        <div class="form-group check">
            <input type="checkbox" id=dom.clone() name=name.to_string() checked=ticked />
            <label for=dom>{label.to_string()}</label>
        </div>
    }
    .into_any()
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
    vec![Choice::new("yes", w("yes")), Choice::new("no", w("no"))]
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
    /// The view, with `reveal(value)` under the option it names, shown by
    /// the stylesheet while that option is chosen.
    pub fn view(
        &self,
        error: Option<&FieldError>,
        reveal: &dyn Fn(&str) -> Option<AnyView>,
    ) -> AnyView {
        let id = self.id;
        let legend = if self.small {
            view! {
                <legend class="fieldset__legend fieldset__legend--s">
                    {self.question.to_string()}
                </legend>
            }
            .into_any()
        } else {
            view! {
                <legend class="fieldset__legend">
                    <Heading text=self.question />
                </legend>
            }
            .into_any()
        };
        let items = self
            .choices
            .iter()
            .enumerate()
            .map(|(n, choice)| {
                let input_id = if n == 0 {
                    dom_id(id)
                } else {
                    dom_id(&format!("{id}-{n}"))
                };
                let item_hint_id = format!("{input_id}-item-hint");
                let item_hint = choice.hint.clone().map(|h| {
                    view! {
                        <p class="hint radios__hint" id=item_hint_id.clone()>
                            {h}
                        </p>
                    }
                });
                let described = choice.hint.is_some().then(|| item_hint_id.clone());
                let revealed = reveal(&choice.value).map(|inner| {
                    view! { <div class="radios__conditional">{inner}</div> }
                });
                view! {
                    <div class="radios__item">
                        <input
                            class="radios__input"
                            type="radio"
                            id=input_id.clone()
                            name=id.to_string()
                            value=choice.value.clone()
                            aria-describedby=described
                            checked=choice.value == self.selected
                        />
                        <label class="radios__label" for=input_id>
                            {choice.label.clone()}
                        </label>
                        {item_hint}
                    </div>
                    {revealed}
                }
            })
            .collect_view();
        let class = if self.inline {
            "radios radios--inline"
        } else {
            "radios"
        };
        view! {
            <div class=group(error.is_some())>
                <fieldset
                    class="fieldset"
                    aria-describedby=described_by(id, self.hint.is_some(), error.is_some())
                >
                    {legend}
                    {hint(id, self.hint)}
                    {error_message(id, error)}
                    <div class=class>{items}</div>
                </fieldset>
            </div>
        }
        .into_any()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_escaped_in_every_field() {
        let typed = "\"><script>alert(1)</script>";
        let error = FieldError::new("f", typed);
        let date = DateFields {
            day: typed.into(),
            month: typed.into(),
            year: typed.into(),
        };
        let choices = [Choice::new(typed, typed).hint(typed)];
        let radios = Radios {
            id: "f",
            question: typed,
            hint: Some(typed),
            choices: &choices,
            selected: typed,
            small: false,
            inline: false,
        };
        for html in [
            text_field("f", typed, Some(typed), typed, Some(&error), 0, false).to_html(),
            text_field("f", typed, None, typed, None, 3, true).to_html(),
            date_input("f", typed, typed, &date, Some(&error), true).to_html(),
            or_tick_box("f", typed, true).to_html(),
            radios.view(Some(&error), &|_| None).to_html(),
            error_summary(std::slice::from_ref(&error)).to_html(),
        ] {
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("&lt;script&gt;"), "{html}");
        }
    }

    #[test]
    fn a_field_is_described_by_its_hint_and_error_and_labelled_by_its_own_id() {
        let error = FieldError::new("name", "Enter a name");
        let html = text_field("name", "Name", Some("Hint"), "", Some(&error), 0, false).to_html();
        assert!(
            html.contains(r#"aria-describedby="aid-name-hint aid-name-error""#),
            "{html}"
        );
        assert!(html.contains(r#"for="aid-name""#), "{html}");
        assert!(html.contains(r#"id="aid-name""#), "{html}");
        let plain = text_field("name", "Name", None, "", None, 0, false).to_html();
        assert!(!plain.contains("aria-describedby"), "{plain}");
    }
}
