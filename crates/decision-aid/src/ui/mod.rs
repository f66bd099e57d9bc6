//! The aid's screens, one question each, following the GOV.UK Design System.

mod act;
mod case;
mod check;
mod finding;
mod form;
mod stage;
mod start;
mod summary;

use crate::browser;
use crate::record::{Ids, Record};
pub use crate::screen::Screen;
use leptos::prelude::*;
use stagehand_model::Procedure;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The aid's shared state: the procedure (read-only), the record, and the
/// navigation. Form fields keep their own signals until "Continue".
#[derive(Clone)]
pub struct Aid {
    pub procedure: Arc<Procedure>,
    pub record: RwSignal<Record>,
    pub screen: RwSignal<Screen>,
    /// The screens before this one, oldest first: the aid's Back.
    history: RwSignal<Vec<Screen>>,
    /// Screens gone back from, for the browser's Forward button.
    forward: RwSignal<Vec<Screen>>,
    /// Set by a "Change" link: the next "Continue" returns to the check page.
    pub changing: RwSignal<bool>,
    pub keep_draft: RwSignal<bool>,
    /// The record as it was last saved to a file (or opened, or started):
    /// leaving the page with other answers, and no draft kept, asks first.
    pub saved: StoredValue<Record>,
    /// Where the safety question continues to, when a link started the aid
    /// part-way (a stage, a training example).
    pub after_urgent: RwSignal<Option<Screen>>,
    /// A link named a stage or example this procedure does not have.
    pub link_problem: RwSignal<Option<String>>,
    /// Why the saved record chosen on the start screen could not be opened.
    pub open_error: RwSignal<Option<String>>,
    /// The answers to the finding questions (which stage, and the finder's),
    /// by screen, so Back shows what was chosen: they are not in the record.
    chosen: StoredValue<Vec<(Screen, String)>>,
    pub today: chrono::NaiveDate,
}

pub fn new_ids() -> Ids {
    Ids {
        record: browser::random_id(),
        monitoring: browser::random_id(),
    }
}

impl Aid {
    pub fn go(&self, next: Screen) {
        browser::keep_page_title();
        let now = self.screen.get_untracked();
        self.history.update(|h| h.push(now));
        self.forward.set(Vec::new());
        // One browser history entry a step, so the browser's Back button
        // goes back a question instead of leaving the page (and the answers).
        browser::push_step(self.history.with_untracked(Vec::len));
        browser::mark_title_error(false);
        self.screen.set(next);
    }

    /// The browser went back or forward to the entry of step `depth`.
    pub fn returned_to(&self, depth: usize) {
        while self.history.with_untracked(Vec::len) > depth {
            if !self.back_one() {
                break;
            }
        }
        while self.history.with_untracked(Vec::len) < depth {
            if !self.forward_one() {
                break;
            }
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

    fn back_one(&self) -> bool {
        let Some(previous) = self.history.try_update(|h| h.pop()).flatten() else {
            return false;
        };
        let now = self.screen.get_untracked();
        self.forward.update(|f| f.push(now));
        self.changing.set(false);
        browser::mark_title_error(false);
        self.screen.set(previous);
        true
    }

    fn forward_one(&self) -> bool {
        let Some(next) = self.forward.try_update(|f| f.pop()).flatten() else {
            return false;
        };
        let now = self.screen.get_untracked();
        self.history.update(|h| h.push(now));
        browser::mark_title_error(false);
        self.screen.set(next);
        true
    }

    /// A new record at the start, forgetting the journey.
    pub fn restart(&self, record: Record, screen: Screen) {
        self.history.set(Vec::new());
        self.forward.set(Vec::new());
        self.changing.set(false);
        self.chosen.set_value(Vec::new());
        self.saved.set_value(record.clone());
        self.record.set(record);
        browser::replace_step(0);
        self.screen.set(screen);
    }

    /// Open a saved record (or a kept draft) on the summary of where it
    /// stands, with the screens it went through replayed into the
    /// browser's history, so Back works as it did before.
    pub fn open(&self, record: Record) {
        let stages = self.procedure.route.stages.len();
        let journey: Vec<Screen> = record
            .journey
            .iter()
            .filter_map(|code| Screen::from_code(code, stages))
            .filter(|s| *s != Screen::Summary)
            .collect();
        let now = self.screen.get_untracked();
        let base = self.history.with_untracked(Vec::len);
        self.history.update(|h| {
            h.push(now);
            h.extend(journey);
        });
        self.forward.set(Vec::new());
        self.chosen.set_value(Vec::new());
        self.saved.set_value(record.clone());
        self.record.set(record);
        let depth = self.history.with_untracked(Vec::len);
        for d in base + 1..=depth {
            browser::push_step(d);
        }
        self.screen.set(Screen::Summary);
    }

    /// The record as it is saved: with the journey so far.
    pub fn snapshot(&self) -> Record {
        let mut record = self.record.get_untracked();
        record.journey = self
            .history
            .with_untracked(|h| h.iter().map(Screen::code).collect());
        record.journey.push(self.screen.get_untracked().code());
        record
    }

    /// What was chosen on `screen` the last time it was answered.
    pub fn chosen(&self, screen: Screen) -> Option<String> {
        self.chosen
            .with_value(|c| c.iter().find(|(s, _)| *s == screen).map(|(_, v)| v.clone()))
    }

    pub fn choose(&self, screen: Screen, value: &str) {
        self.chosen.update_value(|c| {
            c.retain(|(s, _)| *s != screen);
            c.push((screen, value.to_string()));
        });
    }

    pub fn stage_count(&self) -> usize {
        self.procedure.route.stages.len()
    }

    /// The first day a date can be: the start of the bank holiday
    /// calendar's first year (before it, a date is a slip, such as 1899).
    pub fn earliest(&self) -> chrono::NaiveDate {
        let year = self
            .procedure
            .route
            .calendar
            .years()
            .map_or(2000, |(first, _)| first);
        chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(chrono::NaiveDate::MIN)
    }

    /// The practitioner's agency id, where the procedure lists agencies.
    pub fn agency(&self) -> Option<String> {
        self.record.with_untracked(|r| r.agency.clone())
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

/// How the page opens.
struct Opening {
    record: Record,
    screen: Screen,
    after_urgent: Option<Screen>,
    problem: Option<String>,
    draft: Option<Record>,
}

/// A training example or stage from the address, else a kept draft, else a
/// new record. A link to a stage or example still asks about the child's
/// safety first; a link to one this procedure does not have says so.
fn opening(procedure: &Procedure, today: chrono::NaiveDate) -> Opening {
    let mut open = Opening {
        record: Record::new(procedure, new_ids()),
        screen: Screen::Start,
        after_urgent: None,
        problem: None,
        draft: None,
    };
    let first = if procedure.route.urgent.is_some() {
        Screen::Urgent
    } else {
        Screen::Start
    };
    if let Some(id) = browser::query("scenario") {
        match procedure.scenarios.iter().find(|s| s.id == id) {
            Some(s) => {
                open.record = Record::from_scenario(procedure, s, new_ids(), today);
                open.screen = Screen::Scenario;
                open.after_urgent = Some(Screen::Stage(open.record.current().unwrap_or(0)));
                return open;
            }
            None => {
                open.problem = Some(format!(
                    "The link you followed names a worked example, “{id}”, that this procedure does not have. You can start from the beginning instead."
                ));
            }
        }
    } else if let Some(id) = browser::query("stage") {
        match procedure.route.stage_index(&id) {
            Some(i) => {
                open.record.reach(procedure, i, 0);
                open.after_urgent = Some(Screen::StageStart(i));
                open.screen = if first == Screen::Urgent {
                    Screen::Urgent
                } else {
                    Screen::StageStart(i)
                };
                return open;
            }
            None => {
                let list: Vec<String> = (1..=procedure.route.stages.len())
                    .map(|n| n.to_string())
                    .collect();
                open.problem = Some(format!(
                    "The link you followed names a stage, “{id}”, that this procedure does not have (it has stages {}). You can start from the beginning instead.",
                    list.join(", ")
                ));
            }
        }
    }
    if open.problem.is_none()
        && let Some(draft) = browser::load_draft(&procedure.slug)
        && let Ok(record) = Record::from_json(&draft, procedure)
    {
        open.draft = Some(record);
    }
    open
}

#[component]
fn App(procedure: Procedure) -> impl IntoView {
    let today = browser::today();
    let open = opening(&procedure, today);
    let aid = Aid {
        procedure: Arc::new(procedure),
        record: RwSignal::new(open.record.clone()),
        screen: RwSignal::new(open.screen),
        history: RwSignal::new(Vec::new()),
        forward: RwSignal::new(Vec::new()),
        changing: RwSignal::new(false),
        keep_draft: RwSignal::new(open.draft.is_some()),
        saved: StoredValue::new(open.record.clone()),
        after_urgent: RwSignal::new(open.after_urgent),
        link_problem: RwSignal::new(open.problem),
        open_error: RwSignal::new(None),
        chosen: StoredValue::new(Vec::new()),
        today,
    };
    provide_context(aid.clone());
    {
        let aid = aid.clone();
        browser::on_history_move(move |depth| aid.returned_to(depth));
    }
    if let Some(draft) = open.draft {
        aid.open(draft);
    }

    // The draft is written only while the person has asked for it.
    let slug = aid.procedure.slug.clone();
    {
        let aid = aid.clone();
        Effect::new(move |_| {
            aid.record.track();
            aid.screen.track();
            if aid.keep_draft.get() {
                browser::save_draft(&slug, &aid.snapshot().to_json());
            }
        });
    }

    // Answers not saved to a file nor kept as a draft: reloading or closing
    // the page asks first.
    {
        let aid = aid.clone();
        browser::on_leaving(move || {
            !aid.keep_draft.get_untracked()
                && aid
                    .record
                    .with_untracked(|r| aid.saved.with_value(|s| r != s))
        });
    }

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

    let (on_click, on_change) = (aid.clone(), aid.clone());
    view! {
        <div class="aid" aria-live="off"
            on:click=move |ev| act::on_click(&on_click, &ev)
            on:change=move |ev| act::on_change(&on_change, &ev)>
            {move || aid.record.with(|r| r.training.clone()).map(|t| view! {
                <p class="aid-training"><strong class="tag">"Training example"</strong>" "{t}": fictional, not a real case."</p>
            })}
            {move || {
                let screen = aid.screen.get();
                // "Print the record" prints this, from whichever screen.
                browser::stop_printing_record();
                match screen {
                Screen::Start => view! { <start::Start/> }.into_any(),
                Screen::ConfirmRestart => view! { <start::ConfirmRestart/> }.into_any(),
                Screen::Scenario => view! { <start::ScenarioStory/> }.into_any(),
                Screen::Urgent => view! { <start::Urgent/> }.into_any(),
                Screen::UrgentAdvice => view! { <start::UrgentAdvice/> }.into_any(),
                Screen::YourAgency => view! { <case::Agency theirs=false/> }.into_any(),
                Screen::OtherAgency => view! { <case::Agency theirs=true/> }.into_any(),
                Screen::Case => view! { <case::Case/> }.into_any(),
                Screen::Area => view! { <start::Area/> }.into_any(),
                Screen::Excluded(i) => view! { <start::Excluded index=i/> }.into_any(),
                Screen::Description => view! { <start::Description/> }.into_any(),
                Screen::Where => view! { <finding::Where/> }.into_any(),
                Screen::Find(i, j) => view! { <finding::Find stage=i step=j/> }.into_any(),
                Screen::EarlierStarts(i) => view! { <finding::EarlierStarts index=i/> }.into_any(),
                Screen::StageStart(i) => view! { <finding::StageStart index=i/> }.into_any(),
                Screen::Stage(i) => view! { <stage::CurrentStage index=i/> }.into_any(),
                Screen::Outcome(i) => view! { <stage::Outcome index=i/> }.into_any(),
                Screen::Escalate(i) => view! { <stage::Escalate index=i/> }.into_any(),
                Screen::Questions => view! { <check::Questions/> }.into_any(),
                Screen::Check => view! { <check::Check/> }.into_any(),
                Screen::Summary => view! { <summary::Summary/> }.into_any(),
                Screen::Return => view! { <summary::Return/> }.into_any(),
                Screen::ConfirmClear => view! { <check::ConfirmClear/> }.into_any(),
            }}}
            {move || (!matches!(aid.screen.get(), Screen::Start | Screen::ConfirmRestart | Screen::ConfirmClear | Screen::Scenario))
                .then(|| view! { <div inner_html=move || check::keep_draft_html(aid.keep_draft.get())></div> })}
            <div class="aid-print" inner_html=move || { aid.record.track(); check::printed_record(&aid) }></div>
        </div>
    }
}
