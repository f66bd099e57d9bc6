//! Form parts in the GOV.UK Design System's patterns: back link, error
//! summary, radios, date input, text inputs, tags and summary lists. Their
//! markup comes from `crate::fields`; these components keep what is typed.

use crate::browser;
use crate::dates::DateFields;
use crate::fields;
use leptos::prelude::*;

pub use crate::fields::{Choice, FieldError, yes_no};

/// The errors of a question page, in the order its fields appear.
pub type Errors = RwSignal<Vec<FieldError>>;

pub fn new_errors() -> Errors {
    RwSignal::new(Vec::new())
}

/// Show these errors (or none); focus the summary when there are some, and
/// start the page title with "Error: " while they show (GOV.UK's pattern).
pub fn show(errors: Errors, found: Vec<FieldError>) -> bool {
    let ok = found.is_empty();
    errors.set(found);
    browser::mark_title_error(!ok);
    if !ok {
        request_animation_frame(|| browser::focus("aid-error-summary"));
    }
    ok
}

/// The aid's Back link; the aid's one click listener follows it (`act`).
#[component]
pub fn BackLink() -> impl IntoView {
    view! { <Static html=crate::html::BACK_LINK.to_string()/> }
}

/// A question page's form: the error summary first, the fields, then
/// Continue. The page never submits anywhere: Continue calls `on_continue`.
#[component]
pub fn QuestionForm(
    errors: Errors,
    /// Boxed: a generic parameter would copy the form's view for each page.
    on_continue: Box<dyn Fn()>,
    children: Children,
) -> impl IntoView {
    view! {
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            on_continue();
        }>
            <ErrorSummary errors/>
            {children()}
            <button class="button">"Continue"</button>
        </form>
    }
}

#[component]
pub fn ErrorSummary(errors: Errors) -> impl IntoView {
    view! { <div inner_html=move || fields::error_summary(&errors.get())></div> }
}

/// The screen's heading: focused when the screen opens, and the page's
/// title names it.
#[component]
pub fn Heading(#[prop(into)] text: String) -> impl IntoView {
    browser::set_title(&text);
    view! { <h3 class="aid-heading" id="aid-heading" tabindex="-1">{text}</h3> }
}

/// GOV.UK's hint for a date input.
const DATE_HINT: &str = "For example, 27 3 2026";

/// A field whose markup is made by [`crate::fields`], with the signal
/// that keeps what was typed into it.
#[derive(Clone)]
pub enum Field {
    Text {
        id: &'static str,
        label: String,
        hint: Option<String>,
        value: RwSignal<String>,
        /// 0: a one-line input; more: a text area of that many rows.
        rows: u32,
        /// The label is the screen's heading.
        heading: bool,
    },
    Date {
        id: &'static str,
        label: String,
        hint: String,
        fields: RwSignal<DateFields>,
        /// The legend is the screen's heading.
        heading: bool,
    },
}

impl Field {
    /// A text field that is not the screen's heading.
    pub fn text(
        id: &'static str,
        label: impl Into<String>,
        value: RwSignal<String>,
        rows: u32,
    ) -> Self {
        Field::Text {
            id,
            label: label.into(),
            hint: None,
            value,
            rows,
            heading: false,
        }
    }

    /// A date that is not the screen's heading, with the usual hint.
    pub fn date(id: &'static str, label: impl Into<String>, fields: RwSignal<DateFields>) -> Self {
        Field::Date {
            id,
            label: label.into(),
            hint: DATE_HINT.into(),
            fields,
            heading: false,
        }
    }

    /// The markup, from what was typed (read without tracking it, so that
    /// typing never re-makes the field under the cursor).
    fn html(&self, errors: &[FieldError]) -> String {
        match self {
            Field::Text {
                id,
                label,
                hint,
                value,
                rows,
                heading,
            } => fields::text_field(
                id,
                label,
                hint.as_deref(),
                &value.get_untracked(),
                fields::error_of(errors, id),
                *rows,
                *heading,
            ),
            Field::Date {
                id,
                label,
                hint,
                fields: typed,
                heading,
            } => fields::date_input(
                id,
                label,
                hint,
                &typed.get_untracked(),
                fields::error_of(errors, id),
                *heading,
            ),
        }
    }

    /// Keep what was typed, if the input (`name`) is this field's.
    fn take(&self, name: &str, typed: String) {
        match self {
            Field::Text { id, value, .. } if name == *id => value.set(typed),
            Field::Date { id, fields, .. } => {
                let part = name.strip_prefix(id).and_then(|p| p.strip_prefix('-'));
                fields.update(|f| match part {
                    Some("day") => f.day = typed,
                    Some("month") => f.month = typed,
                    Some("year") => f.year = typed,
                    _ => {}
                });
            }
            _ => {}
        }
    }

    fn title(&self) -> Option<&str> {
        match self {
            Field::Text {
                label,
                heading: true,
                ..
            }
            | Field::Date {
                label,
                heading: true,
                ..
            } => Some(label),
            _ => None,
        }
    }
}

/// Fields as one element: re-made when the page's errors change, while
/// the element's one listener keeps what is typed.
fn fields_view(fields: Vec<Field>, errors: Errors) -> impl IntoView {
    if let Some(title) = fields.iter().find_map(Field::title) {
        browser::set_title(title);
    }
    let fields = StoredValue::new(fields);
    let html = move || {
        errors.with(|e| fields.with_value(|f| f.iter().map(|f| f.html(e)).collect::<String>()))
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some((name, typed)) = browser::typed(&ev) {
            fields.with_value(|f| f.iter().for_each(|f| f.take(&name, typed.clone())));
        }
    };
    view! { <div on:input=on_input inner_html=html></div> }
}

/// A question answered by choosing one option; its legend is the screen's
/// heading unless `small` (several questions on one page). Fields under an
/// option show while it is chosen (the stylesheet shows them; they are
/// always in the page).
#[component]
pub fn Radios(
    id: &'static str,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    choices: Vec<Choice>,
    selected: RwSignal<String>,
    errors: Errors,
    #[prop(optional)] reveal: Vec<(String, Vec<Field>)>,
    #[prop(optional)] small: bool,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    if !small {
        browser::set_title(&question);
    }
    let hint = hint.filter(|h| !h.is_empty());
    let reveal = StoredValue::new(reveal);
    let html = move || {
        errors.with(|e| {
            let radios = fields::Radios {
                id,
                question: &question,
                hint: hint.as_deref(),
                choices: &choices,
                selected: &selected.get_untracked(),
                small,
                inline,
            };
            reveal.with_value(|reveal| {
                radios.html(fields::error_of(e, id), |value| {
                    let (_, shown) = reveal.iter().find(|(v, _)| v == value)?;
                    Some(shown.iter().map(|f| f.html(e)).collect())
                })
            })
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let Some((name, typed)) = browser::typed(&ev) else {
            return;
        };
        if name == id {
            selected.set(typed);
        } else {
            reveal.with_value(|r| {
                r.iter()
                    .flat_map(|(_, f)| f)
                    .for_each(|f| f.take(&name, typed.clone()))
            });
        }
    };
    // Choosing a radio fires `input` as well as `change`.
    view! { <div on:input=on_input inner_html=html></div> }
}

/// What a radio question does with its answer: the errors it finds (an
/// empty list moves on).
pub type OnAnswer = Box<dyn Fn(&str) -> Vec<FieldError>>;

/// A whole question page answered by choosing one option: back link, the
/// question, Continue. Every such page shares this one view, which keeps
/// the aid's wasm small; a page adds only its choices and what it does.
#[component]
pub fn RadioQuestion(
    id: &'static str,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] caption: Option<String>,
    choices: Vec<Choice>,
    #[prop(into)] initial: String,
    /// The error when nothing is chosen.
    #[prop(into)]
    required: String,
    on_answer: OnAnswer,
    #[prop(optional)] reveal: Vec<(String, Vec<Field>)>,
    /// The signal of the choice, when the page's revealed fields need it.
    #[prop(optional)]
    selected: Option<RwSignal<String>>,
    /// The page's errors, when its revealed fields show some of them.
    #[prop(optional)]
    errors: Option<Errors>,
) -> impl IntoView {
    let selected = selected.unwrap_or_else(|| RwSignal::new(String::new()));
    if selected.get_untracked().is_empty() {
        selected.set(initial);
    }
    let errors = errors.unwrap_or_else(new_errors);
    let submit = move || {
        let answer = selected.get_untracked();
        let found = if answer.is_empty() {
            vec![FieldError::new(id, required.clone())]
        } else {
            on_answer(&answer)
        };
        show(errors, found);
    };
    view! {
        <BackLink/>
        {caption.map(|c| view! { <span class="caption">{c}</span> })}
        <QuestionForm errors on_continue=Box::new(submit)>
            <Radios id question hint=hint.unwrap_or_default() selected errors choices reveal/>
        </QuestionForm>
    }
}

/// A date as three fields: day, month, year. Only the wrong parts are
/// highlighted.
#[component]
pub fn DateInput(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    fields: RwSignal<DateFields>,
    errors: Errors,
    /// The legend is the screen's heading.
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let hint = hint.unwrap_or_else(|| DATE_HINT.into());
    fields_view(
        vec![Field::Date {
            id,
            label,
            hint,
            fields,
            heading,
        }],
        errors,
    )
}

/// A text answer, optional unless the screen checks it: one line, or
/// several (`rows`).
#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: RwSignal<String>,
    errors: Errors,
    /// 0: a one-line input; more: a text area of that many rows.
    #[prop(default = 4)]
    rows: u32,
    /// The label is the screen's heading.
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    fields_view(
        vec![Field::Text {
            id,
            label,
            hint,
            value,
            rows,
            heading,
        }],
        errors,
    )
}

/// Read-only markup made by [`crate::html`], whose text is escaped there.
#[component]
pub fn Static(html: String) -> impl IntoView {
    view! { <div inner_html=html></div> }
}

/// A screen with nothing to fill in: read-only markup, heading first, whose
/// buttons and links act through `data-` attributes (see `super::act`).
/// One view for all such screens keeps the wasm small.
pub fn read_only(title: &str, html: String) -> AnyView {
    browser::set_title(title);
    view! { <Static html/> }.into_any()
}
