//! Form parts in the GOV.UK Design System's patterns: back link, error
//! summary, radios, date input, text inputs, tags and summary lists.

use super::aid;
use crate::browser;
use crate::dates::{DateError, DateFields};
use crate::plan::Tag;
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

/// The one error of a question that must be answered: none once it is.
pub fn unless_chosen(answer: &str, id: &str, message: impl Into<String>) -> Vec<FieldError> {
    if answer.is_empty() {
        vec![FieldError::new(id, message)]
    } else {
        Vec::new()
    }
}

fn error_for(errors: Errors, id: &'static str) -> Memo<Option<FieldError>> {
    Memo::new(move |_| errors.with(|e| e.iter().find(|f| f.field == id).cloned()))
}

#[component]
pub fn BackLink() -> impl IntoView {
    let aid = aid();
    view! {
        <a href="#decision-aid" class="back-link no-print" on:click=move |ev| {
            ev.prevent_default();
            aid.back();
        }>"Back"</a>
    }
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

/// A GOV.UK tag: where a deadline stands, in words as well as colour.
#[component]
pub fn TagView(tag: Tag) -> impl IntoView {
    view! { <strong class=tag.class()>{tag.words()}</strong> }
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

/// A question answered by choosing one option; its legend is the screen's
/// heading unless `small` (several questions on one page).
#[component]
pub fn Radios(
    id: &'static str,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    choices: Vec<Choice>,
    selected: RwSignal<String>,
    errors: Errors,
    /// Shown under the option whose value each names, while it is chosen.
    #[prop(optional)]
    reveal: Vec<(String, ChildrenFn)>,
    #[prop(optional)] small: bool,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let error = error_for(errors, id);
    let hint_id = format!("{id}-hint");
    let with_hint = hint.is_some();
    let described = move || {
        let mut ids = Vec::new();
        if with_hint {
            ids.push(format!("{id}-hint"));
        }
        if error.get().is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let legend = if small {
        view! { <legend class="fieldset__legend fieldset__legend--s">{question}</legend> }
            .into_any()
    } else {
        view! { <legend class="fieldset__legend"><Heading text=question/></legend> }.into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            <fieldset class="fieldset" aria-describedby=described>
                {legend}
                {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                <ErrorMessage id error/>
                <div class="radios" class:radios--inline=inline>
                    {choices.into_iter().enumerate().map(|(n, choice)| {
                        let input_id = if n == 0 { id.to_string() } else { format!("{id}-{n}") };
                        let value = choice.value.clone();
                        let checked = value.clone();
                        let item_hint_id = format!("{input_id}-item-hint");
                        let revealed = reveal.iter().find(|(v, _)| *v == choice.value).map(|(v, children)| {
                            let v = v.clone();
                            let children = children.clone();
                            view! { <Show when=move || selected.get() == v><div class="radios__conditional">{children()}</div></Show> }
                        });
                        view! {
                            <div class="radios__item">
                                <input class="radios__input" type="radio" id=input_id.clone() name=id value=value.clone()
                                    aria-describedby=choice.hint.as_ref().map(|_| item_hint_id.clone())
                                    prop:checked=move || selected.get() == checked
                                    on:change=move |_| selected.set(value.clone())/>
                                <label class="radios__label" for=input_id>{choice.label}</label>
                                {choice.hint.map(|h| view! { <p class="hint radios__hint" id=item_hint_id>{h}</p> })}
                            </div>
                            {revealed}
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

#[component]
fn ErrorMessage(id: &'static str, error: Memo<Option<FieldError>>) -> impl IntoView {
    move || {
        error.get().map(|e| view! {
            <p class="error-message" id=format!("{id}-error")><span class="visually-hidden">"Error: "</span>{e.message}</p>
        })
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
    let error = error_for(errors, id);
    let legend = if heading {
        view! { <Heading text=label/> }.into_any()
    } else {
        view! { <span>{label}</span> }.into_any()
    };
    let hint_id = format!("{id}-hint");
    let part = move |n: usize,
                     name: &'static str,
                     text: &'static str,
                     width: &'static str,
                     get: fn(&DateFields) -> String,
                     put: fn(&mut DateFields, String)| {
        let input_id = if n == 0 {
            id.to_string()
        } else {
            format!("{id}-{name}")
        };
        let wrong = move || error.get().is_some_and(|e| e.wrong[n]);
        view! {
            <div class="date-input__item">
                <label class="date-input__label" for=input_id.clone()>{text}</label>
                <input class=format!("input {width}") class:input--error=wrong
                    id=input_id name=format!("{id}-{name}") type="text" inputmode="numeric" autocomplete="off"
                    prop:value=move || fields.with(get)
                    on:input=move |ev| fields.update(|f| put(f, event_target_value(&ev)))/>
            </div>
        }
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            <fieldset class="fieldset" role="group" aria-describedby=move || {
                let mut ids = vec![format!("{id}-hint")];
                if error.get().is_some() { ids.push(format!("{id}-error")); }
                ids.join(" ")
            }>
                <legend class="fieldset__legend">{legend}</legend>
                <p class="hint" id=hint_id>{hint.unwrap_or_else(|| "For example, 27 3 2026".into())}</p>
                <ErrorMessage id error/>
                <div class="date-input">
                    {part(0, "day", "Day", "input--width-2", |f| f.day.clone(), |f, v| f.day = v)}
                    {part(1, "month", "Month", "input--width-2", |f| f.month.clone(), |f, v| f.month = v)}
                    {part(2, "year", "Year", "input--width-4", |f| f.year.clone(), |f, v| f.year = v)}
                </div>
            </fieldset>
        </div>
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
    let error = error_for(errors, id);
    let label_view = if heading {
        browser::set_title(&label);
        view! { <h3 class="aid-heading" id="aid-heading" tabindex="-1"><label for=id>{label}</label></h3> }.into_any()
    } else {
        view! { <label class="label label--s" for=id>{label}</label> }.into_any()
    };
    let has_hint = hint.is_some();
    let described = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if error.get().is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let input = if rows == 0 {
        view! {
            <input class="input" class:input--error=move || error.get().is_some() type="text" id=id name=id autocomplete="off"
                aria-describedby=described prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        }
        .into_any()
    } else {
        view! {
            <textarea class="textarea" id=id name=id rows=rows aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            {label_view}
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <ErrorMessage id error/>
            {input}
        </div>
    }
}

/// A row of a summary list: key, value, an optional tag and change link.
#[component]
pub fn SummaryRow(
    #[prop(into)] key: String,
    #[prop(into)] value: String,
    #[prop(optional_no_strip)] tag: Option<Tag>,
    #[prop(optional_no_strip)] change: Option<ChildrenFn>,
) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{value}{tag.map(|t| view! { " " <TagView tag=t/> })}</dd>
            {change.map(|c| view! { <dd class="summary-list__actions no-print">{c()}</dd> })}
        </div>
    }
}
