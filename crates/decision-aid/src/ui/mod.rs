//! The aid's screens, one question each, following the GOV.UK Design System.

mod check;
mod form;
mod stage;
mod start;

use crate::browser;
use crate::record::Record;
use leptos::prelude::*;
use stagehand_model::Procedure;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where the practitioner is in the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Urgent,
    UrgentAdvice,
    Area,
    Excluded(usize),
    Description,
    Where,
    /// "Have you already raised it with ...?" for stage n.
    Find(usize),
    /// The date stage n began.
    StageStart(usize),
    /// What to do at stage n, who to contact and by when.
    Stage(usize),
    Outcome(usize),
    /// The date the disagreement went from stage n to the next.
    Escalate(usize),
    Questions,
    Check,
}

/// The aid's shared state: the procedure (read-only), the record, and the
/// navigation. Form fields keep their own signals until "Continue".
#[derive(Clone)]
pub struct Aid {
    pub procedure: Arc<Procedure>,
    pub record: RwSignal<Record>,
    pub screen: RwSignal<Screen>,
    history: RwSignal<Vec<Screen>>,
    /// Set by a "Change" link: the next "Continue" returns to the check page.
    pub changing: RwSignal<bool>,
    pub keep_draft: RwSignal<bool>,
    pub today: chrono::NaiveDate,
}

impl Aid {
    pub fn go(&self, next: Screen) {
        let now = self.screen.get_untracked();
        self.history.update(|h| h.push(now));
        // One browser history entry a step, so the browser's Back button
        // goes back a question instead of leaving the page (and the answers).
        browser::push_step(self.history.with_untracked(Vec::len));
        self.screen.set(next);
    }

    /// The browser went back (or forward) to the entry of step `depth`.
    pub fn returned_to(&self, depth: usize) {
        while self.history.with_untracked(Vec::len) > depth {
            self.back_one();
        }
    }

    /// Continue to `next`, or back to the check page after a change.
    pub fn next(&self, next: Screen) {
        if self.changing.get_untracked() {
            self.changing.set(false);
            self.go(Screen::Check);
        } else {
            self.go(next);
        }
    }

    pub fn change(&self, at: Screen) {
        self.changing.set(true);
        self.go(at);
    }

    /// The aid's Back link: through the browser's history when this step
    /// has an entry there, so both Back buttons stay in step.
    pub fn back(&self) {
        if browser::step_depth() == Some(self.history.with_untracked(Vec::len)) {
            browser::history_back();
        } else {
            self.back_one();
        }
    }

    fn back_one(&self) {
        let previous = self.history.try_update(|h| h.pop()).flatten();
        self.changing.set(false);
        self.screen.set(previous.unwrap_or(Screen::Start));
    }

    pub fn restart(&self, record: Record, screen: Screen) {
        self.history.set(Vec::new());
        self.changing.set(false);
        self.record.set(record);
        self.screen.set(screen);
    }

    pub fn stage_count(&self) -> usize {
        self.procedure.route.stages.len()
    }
}

pub fn aid() -> Aid {
    expect_context::<Aid>()
}

fn read_procedure() -> Option<Procedure> {
    let json = browser::document()
        .get_element_by_id("stagehand-procedure")?
        .text_content()?;
    crate::json::read(&json)
}

/// Replace the no-script message with the aid.
pub fn mount() {
    let Some(procedure) = read_procedure() else {
        return;
    };
    let Some(root) = browser::document().get_element_by_id("decision-aid-root") else {
        return;
    };
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, move || view! { <App procedure/> }).forget();
}

/// The record and screen a page opens with: a training scenario or stage
/// from the address, else a draft the person chose to keep, else a new one.
fn opening(procedure: &Procedure) -> (Record, Screen, bool) {
    if let Some(id) = browser::query("scenario")
        && let Some(s) = procedure.scenarios.iter().find(|s| s.id == id)
    {
        let record = Record::from_scenario(procedure, s);
        let at = record.current().unwrap_or(0);
        return (record, Screen::Stage(at), false);
    }
    if let Some(id) = browser::query("stage")
        && let Some(i) = procedure.route.stage_index(&id)
    {
        let mut record = Record::new(procedure);
        record.urgent = Some(false);
        record.reach(procedure, i);
        return (record, Screen::StageStart(i), false);
    }
    if let Some(draft) = browser::load_draft(&procedure.slug)
        && let Ok(record) = Record::from_json(&draft, procedure)
    {
        return (record, Screen::Start, true);
    }
    (Record::new(procedure), Screen::Start, false)
}

#[component]
fn App(procedure: Procedure) -> impl IntoView {
    let (record, screen, kept) = opening(&procedure);
    let aid = Aid {
        procedure: Arc::new(procedure),
        record: RwSignal::new(record),
        screen: RwSignal::new(screen),
        history: RwSignal::new(Vec::new()),
        changing: RwSignal::new(false),
        keep_draft: RwSignal::new(kept),
        today: browser::today(),
    };
    provide_context(aid.clone());
    {
        let aid = aid.clone();
        browser::on_history_move(move |depth| aid.returned_to(depth));
    }

    // The draft is written only while the person has asked for it.
    let slug = aid.procedure.slug.clone();
    Effect::new(move |_| {
        let json = aid.record.with(Record::to_json);
        if aid.keep_draft.get() {
            browser::save_draft(&slug, &json);
        }
    });

    // Each new screen takes focus at its heading, so keyboard and screen
    // reader users start reading the new question.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        aid.screen.track();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        request_animation_frame(|| browser::focus("aid-heading"));
    });

    view! {
        <div class="aid" aria-live="off">
            {move || aid.record.with(|r| r.training.clone()).map(|t| view! {
                <p class="aid-training"><strong class="tag">"Training example"</strong>" "{t}": fictional, not a real case."</p>
            })}
            {move || match aid.screen.get() {
                Screen::Start => view! { <start::Start/> }.into_any(),
                Screen::Urgent => view! { <start::Urgent/> }.into_any(),
                Screen::UrgentAdvice => view! { <start::UrgentAdvice/> }.into_any(),
                Screen::Area => view! { <start::Area/> }.into_any(),
                Screen::Excluded(i) => view! { <start::Excluded index=i/> }.into_any(),
                Screen::Description => view! { <start::Description/> }.into_any(),
                Screen::Where => view! { <stage::Where/> }.into_any(),
                Screen::Find(i) => view! { <stage::Find index=i/> }.into_any(),
                Screen::StageStart(i) => view! { <stage::StageStart index=i/> }.into_any(),
                Screen::Stage(i) => view! { <stage::CurrentStage index=i/> }.into_any(),
                Screen::Outcome(i) => view! { <stage::Outcome index=i/> }.into_any(),
                Screen::Escalate(i) => view! { <stage::Escalate index=i/> }.into_any(),
                Screen::Questions => view! { <check::Questions/> }.into_any(),
                Screen::Check => view! { <check::Check/> }.into_any(),
            }}
        </div>
    }
}
