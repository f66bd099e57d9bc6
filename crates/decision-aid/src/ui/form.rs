//! Form parts in the GOV.UK Design System's patterns: back link, error
//! summary, radios, date input, text areas.

use super::aid;
use crate::browser;
use crate::dates::DateFields;
use leptos::prelude::*;

/// Field id and message, in the order the fields appear.
pub type Errors = RwSignal<Vec<(String, String)>>;

pub fn new_errors() -> Errors {
    RwSignal::new(Vec::new())
}

/// Show these errors (or none); focus the summary when there are some.
pub fn show(errors: Errors, found: Vec<(String, String)>) -> bool {
    let ok = found.is_empty();
    errors.set(found);
    if !ok {
        request_animation_frame(|| browser::focus("aid-error-summary"));
    }
    ok
}

/// The one error of a question that must be answered: none once it is.
pub fn unless_chosen(answer: &str, id: &str, message: impl Into<String>) -> Vec<(String, String)> {
    if answer.is_empty() {
        vec![(id.to_string(), message.into())]
    } else {
        Vec::new()
    }
}

fn error_for(errors: Errors, id: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|e| e.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone())))
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
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| view! {
            <div class="error-summary" id="aid-error-summary" tabindex="-1" role="alert" aria-labelledby="aid-error-summary-title">
                <h3 class="error-summary__title" id="aid-error-summary-title">"There is a problem"</h3>
                <ul class="error-summary__list">
                    {list.into_iter().map(|(id, message)| {
                        let target = id.clone();
                        view! { <li><a href=format!("#{id}") on:click=move |ev| {
                            ev.prevent_default();
                            browser::focus(&target);
                        }>{message}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// The screen's heading: focused when the screen opens.
#[component]
pub fn Heading(#[prop(into)] text: String) -> impl IntoView {
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

/// A question answered by choosing one option; its legend is the screen's heading.
#[component]
pub fn Radios(
    id: &'static str,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    choices: Vec<Choice>,
    selected: RwSignal<String>,
    errors: Errors,
    /// Shown under the option whose value it names, while that option is chosen.
    #[prop(optional)]
    reveal: Option<(String, ChildrenFn)>,
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
    let has_hint = hint.clone();
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend"><Heading text=question/></legend>
                {has_hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                {move || error.get().map(|e| view! { <p class="error-message" id=format!("{id}-error")><span class="visually-hidden">"Error: "</span>{e}</p> })}
                <div class="radios">
                    {choices.into_iter().enumerate().map(|(n, choice)| {
                        let input_id = if n == 0 { id.to_string() } else { format!("{id}-{n}") };
                        let value = choice.value.clone();
                        let checked = value.clone();
                        let item_hint_id = format!("{input_id}-item-hint");
                        let revealed = reveal.as_ref().filter(|(v, _)| *v == choice.value).map(|(v, children)| {
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

/// A date as three fields: day, month, year.
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
    let part = move |name: &'static str,
                     text: &'static str,
                     width: &'static str,
                     get: fn(&DateFields) -> String,
                     put: fn(&mut DateFields, String)| {
        let input_id = if name == "day" {
            id.to_string()
        } else {
            format!("{id}-{name}")
        };
        view! {
            <div class="date-input__item">
                <label class="date-input__label" for=input_id.clone()>{text}</label>
                <input class=format!("input {width}") class:input--error=move || error.get().is_some()
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
                {move || error.get().map(|e| view! { <p class="error-message" id=format!("{id}-error")><span class="visually-hidden">"Error: "</span>{e}</p> })}
                <div class="date-input">
                    {part("day", "Day", "input--width-2", |f| f.day.clone(), |f, v| f.day = v)}
                    {part("month", "Month", "input--width-2", |f| f.month.clone(), |f, v| f.month = v)}
                    {part("year", "Year", "input--width-4", |f| f.year.clone(), |f, v| f.year = v)}
                </div>
            </fieldset>
        </div>
    }
}

/// A text answer, optional unless the screen checks it.
#[component]
pub fn TextArea(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: RwSignal<String>,
    errors: Errors,
    #[prop(default = 4)] rows: u32,
    /// The label is the screen's heading.
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let error = error_for(errors, id);
    let label_view = if heading {
        view! { <h3 class="aid-heading" id="aid-heading" tabindex="-1"><label for=id>{label}</label></h3> }.into_any()
    } else {
        view! { <label class="label" for=id>{label}</label> }.into_any()
    };
    let has_hint = hint.is_some();
    view! {
        <div class="form-group" class:form-group--error=move || error.get().is_some()>
            {label_view}
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="error-message" id=format!("{id}-error")><span class="visually-hidden">"Error: "</span>{e}</p> })}
            <textarea class="textarea" id=id name=id rows=rows
                aria-describedby=move || {
                    let mut ids = Vec::new();
                    if has_hint { ids.push(format!("{id}-hint")); }
                    if error.get().is_some() { ids.push(format!("{id}-error")); }
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </div>
    }
}
