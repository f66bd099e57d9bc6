//! Form parts in the GOV.UK Design System's patterns: back link, error
//! summary, radios, date input, text inputs, tags and summary lists.

use crate::browser;
use crate::dates::{DateError, DateFields};
use leptos::prelude::*;

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
    fn target(&self) -> String {
        match self.wrong.iter().position(|w| *w) {
            Some(1) => format!("{}-month", self.field),
            Some(2) => format!("{}-year", self.field),
            _ => self.field.clone(),
        }
    }
}

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
    on_continue: impl Fn() + 'static,
    #[prop(optional, into)] button: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            on_continue();
        }>
            <ErrorSummary errors/>
            {children()}
            <button class="button">{button.unwrap_or_else(|| "Continue".into())}</button>
        </form>
    }
}

#[component]
pub fn ErrorSummary(errors: Errors) -> impl IntoView {
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| view! {
            <div class="error-summary" id="aid-error-summary" tabindex="-1" role="alert" aria-labelledby="aid-error-summary-title">
                <h3 class="error-summary__title" id="aid-error-summary-title">"There is a problem"</h3>
                <ul class="error-summary__list">
                    {list.into_iter().map(|error| {
                        let target = error.target();
                        let href = format!("#{target}");
                        view! { <li><a href=href on:click=move |ev| {
                            ev.prevent_default();
                            browser::focus(&target);
                        }>{error.message}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// The screen's heading: focused when the screen opens, and the page's
/// title names it.
#[component]
pub fn Heading(#[prop(into)] text: String) -> impl IntoView {
    browser::set_title(&text);
    view! { <h3 class="aid-heading" id="aid-heading" tabindex="-1">{text}</h3> }
}

/// One radio option: value, label, optional hint.
#[derive(Clone)]
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

/// The error of one field, if the page shows one.
fn error_of(errors: Errors, id: &str) -> Option<FieldError> {
    errors.with(|e| e.iter().find(|f| f.field == id).cloned())
}

/// `aria-describedby` for a field: its hint and its error, when present.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
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
fn group_class(error: bool) -> &'static str {
    if error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

/// The field's error message, when it has one.
fn error_message(id: &str, error: &Option<FieldError>) -> Option<impl IntoView + use<>> {
    error.as_ref().map(|e| {
        let message = e.message.clone();
        view! { <p class="error-message" id=format!("{id}-error")><span class="visually-hidden">"Error: "</span>{message}</p> }
    })
}

/// A question answered by choosing one option; its legend is the screen's
/// heading unless `small` (several questions on one page).
///
/// The form fields re-render as a whole when their error changes, rather
/// than each attribute reacting on its own: far less wasm for the same
/// markup. Typed values live in signals, so nothing typed is lost.
#[component]
pub fn Radios(
    id: &'static str,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    choices: Vec<Choice>,
    selected: RwSignal<String>,
    errors: Errors,
    /// Shown under the option whose value each names, while it is chosen
    /// (the stylesheet shows it; it is always in the page).
    #[prop(optional)]
    reveal: Vec<(String, ChildrenFn)>,
    #[prop(optional)] small: bool,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    move || {
        let error = error_of(errors, id);
        let legend = if small {
            view! { <legend class="fieldset__legend fieldset__legend--s">{question.clone()}</legend> }
                .into_any()
        } else {
            view! { <legend class="fieldset__legend"><Heading text=question.clone()/></legend> }
                .into_any()
        };
        let now = selected.get_untracked();
        view! {
            <div class=group_class(error.is_some())>
                <fieldset class="fieldset" aria-describedby=described_by(id, hint.is_some(), error.is_some())>
                    {legend}
                    {hint.clone().map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
                    {error_message(id, &error)}
                    <div class=if inline { "radios radios--inline" } else { "radios" }>
                        {choices.iter().enumerate().map(|(n, choice)| {
                            let input_id = if n == 0 { id.to_string() } else { format!("{id}-{n}") };
                            let value = choice.value.clone();
                            let item_hint_id = format!("{input_id}-item-hint");
                            let revealed = reveal.iter().find(|(v, _)| *v == choice.value).map(|(_, children)| {
                                view! { <div class="radios__conditional">{children()}</div> }
                            });
                            view! {
                                <div class="radios__item">
                                    <input class="radios__input" type="radio" id=input_id.clone() name=id value=value.clone()
                                        aria-describedby=choice.hint.as_ref().map(|_| item_hint_id.clone())
                                        checked=now == value
                                        on:change=move |_| selected.set(value.clone())/>
                                    <label class="radios__label" for=input_id>{choice.label.clone()}</label>
                                    {choice.hint.clone().map(|h| view! { <p class="hint radios__hint" id=item_hint_id>{h}</p> })}
                                </div>
                                {revealed}
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
        }
    }
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
    #[prop(optional)] reveal: Vec<(String, ChildrenFn)>,
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
        <QuestionForm errors on_continue=submit>
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
    let hint = hint.unwrap_or_else(|| "For example, 27 3 2026".into());
    move || {
        let error = error_of(errors, id);
        let legend = if heading {
            view! { <Heading text=label.clone()/> }.into_any()
        } else {
            view! { <span>{label.clone()}</span> }.into_any()
        };
        let typed = fields.get_untracked();
        let parts = [
            ("day", "Day", "input input--width-2", typed.day),
            ("month", "Month", "input input--width-2", typed.month),
            ("year", "Year", "input input--width-4", typed.year),
        ];
        view! {
            <div class=group_class(error.is_some())>
                <fieldset class="fieldset" role="group" aria-describedby=described_by(id, true, error.is_some())>
                    <legend class="fieldset__legend">{legend}</legend>
                    <p class="hint" id=format!("{id}-hint")>{hint.clone()}</p>
                    {error_message(id, &error)}
                    <div class="date-input">
                        {parts.into_iter().enumerate().map(|(n, (name, text, class, value))| {
                            let input_id = if n == 0 { id.to_string() } else { format!("{id}-{name}") };
                            let wrong = error.as_ref().is_some_and(|e| e.wrong[n]);
                            view! {
                                <div class="date-input__item">
                                    <label class="date-input__label" for=input_id.clone()>{text}</label>
                                    <input class=if wrong { format!("{class} input--error") } else { class.to_string() }
                                        id=input_id name=format!("{id}-{name}") type="text" inputmode="numeric" autocomplete="off"
                                        value=value
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            fields.update(|f| match n {
                                                0 => f.day = v,
                                                1 => f.month = v,
                                                _ => f.year = v,
                                            })
                                        }/>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
        }
    }
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
    if heading {
        browser::set_title(&label);
    }
    move || {
        let error = error_of(errors, id);
        let label_view = if heading {
            view! { <h3 class="aid-heading" id="aid-heading" tabindex="-1"><label for=id>{label.clone()}</label></h3> }.into_any()
        } else {
            view! { <label class="label label--s" for=id>{label.clone()}</label> }.into_any()
        };
        let described = described_by(id, hint.is_some(), error.is_some());
        let now = value.get_untracked();
        let set = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
        let input = if rows == 0 {
            let class = if error.is_some() {
                "input input--error"
            } else {
                "input"
            };
            view! {
                <input class=class type="text" id=id name=id autocomplete="off"
                    aria-describedby=described value=now on:input=set/>
            }
            .into_any()
        } else {
            view! {
                <textarea class="textarea" id=id name=id rows=rows aria-describedby=described
                    on:input=set>{now}</textarea>
            }
            .into_any()
        };
        view! {
            <div class=group_class(error.is_some())>
                {label_view}
                {hint.clone().map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
                {error_message(id, &error)}
                {input}
            </div>
        }
    }
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
