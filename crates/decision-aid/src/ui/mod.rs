//! The aid's screens, one question each, following the GOV.UK Design System.
//!
//! Every screen is markup made from the record (`crate::html`,
//! `crate::fields` and each screen's file) and set as the aid's content;
//! what its buttons, links and forms do is carried out by listeners on the
//! aid's root (`events`). A reactive view for each screen cost the wasm
//! several times as much as the markup, and the aid must stay small for a
//! phone.

mod case;
mod check;
mod events;
mod finding;
mod form;
mod screens;
mod slot;
mod stage;
mod start;
mod summary;

use crate::browser;
use crate::record::{Ids, Record};
pub use crate::screen::Screen;
use form::Form;
use leptos::prelude::*;
use slot::Slot;
use stagehand_model::Procedure;
use std::any::Any;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The aid's state: the procedure (read-only), the record, and the
/// navigation. What is typed is read from the form on Continue.
pub struct Aid {
    pub procedure: Procedure,
    pub record: Slot<Record>,
    pub screen: Slot<Screen>,
    /// The screens before this one, oldest first: the aid's Back.
    history: Slot<Vec<Screen>>,
    /// Screens gone back from, for the browser's Forward button.
    forward: Slot<Vec<Screen>>,
    /// Set by a "Change" link: the next "Continue" returns to the check page.
    pub changing: Slot<bool>,
    pub keep_draft: Slot<bool>,
    /// The record as it was last saved to a file (or opened, or started):
    /// leaving the page with other answers, and no draft kept, asks first.
    pub saved: Slot<Record>,
    /// Where the safety question continues to, when a link started the aid
    /// part-way (a stage, a training example).
    pub after_urgent: Slot<Option<Screen>>,
    /// A link named a stage or example this procedure does not have.
    pub link_problem: Slot<Option<String>>,
    /// Why the saved record chosen on the start screen could not be opened.
    pub open_error: Slot<Option<String>>,
    /// The answers to the finding questions (which stage, and the finder's),
    /// by screen, so Back shows what was chosen: they are not in the record.
    chosen: Slot<Vec<(Screen, String)>>,
    /// A target date in the past, said once before it is accepted.
    pub warned: Slot<Option<chrono::NaiveDate>>,
    /// The screen last shown: a new one takes focus at its heading.
    shown: Slot<Option<Screen>>,
    /// The Leptos view showing the screen, while one does: dropped, it
    /// leaves the page.
    mounted: Slot<Vec<Box<dyn Any>>>,
    root: web_sys::Element,
}

pub fn new_ids() -> Ids {
    Ids {
        record: browser::random_id(),
        monitoring: browser::random_id(),
    }
}

impl Aid {
    /// Today, read again on every screen: a tab left open past midnight
    /// moves on with the clock ("Due today", "Overdue", file names).
    pub fn today(&self) -> chrono::NaiveDate {
        browser::today()
    }

    pub fn go(&self, next: Screen) {
        browser::keep_page_title();
        let now = self.screen.get();
        self.history.update(|h| h.push(now));
        self.forward.set(Vec::new());
        // One browser history entry a step, so the browser's Back button
        // goes back a question instead of leaving the page (and the answers).
        browser::push_step(self.history.with(Vec::len));
        self.screen.set(next);
    }

    /// The browser went back or forward to the entry of step `depth`.
    pub fn returned_to(&self, depth: usize) {
        while self.history.with(Vec::len) > depth {
            if !self.back_one() {
                break;
            }
        }
        while self.history.with(Vec::len) < depth {
            if !self.forward_one() {
                break;
            }
        }
    }

    /// Continue to `next`, or back to the check page after a change.
    pub fn next(&self, next: Screen) {
        if self.changing.get() {
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
    /// has an entry there, so both Back buttons stay in step (the screen
    /// then changes when the browser says it has gone back).
    pub fn back(&self) {
        if browser::step_depth() == Some(self.history.with(Vec::len)) {
            browser::history_back();
        } else {
            self.back_one();
        }
    }

    fn back_one(&self) -> bool {
        let Some(previous) = self.history.update(Vec::pop) else {
            return false;
        };
        let now = self.screen.get();
        self.forward.update(|f| f.push(now));
        self.changing.set(false);
        self.screen.set(previous);
        true
    }

    fn forward_one(&self) -> bool {
        let Some(next) = self.forward.update(Vec::pop) else {
            return false;
        };
        let now = self.screen.get();
        self.history.update(|h| h.push(now));
        self.screen.set(next);
        true
    }

    /// A new record at the start, forgetting the journey.
    pub fn restart(&self, record: Record, screen: Screen) {
        self.history.set(Vec::new());
        self.forward.set(Vec::new());
        self.changing.set(false);
        self.chosen.set(Vec::new());
        self.saved.set(record.clone());
        self.record.set(record);
        browser::replace_step(0);
        self.screen.set(screen);
    }

    /// Open a saved record (or a kept draft) on the summary of where it
    /// stands, with the screens it went through replayed into the
    /// browser's history, so Back works as it did before.
    pub fn open(&self, record: Record) {
        // The title names the step from now on, as after Start.
        browser::keep_page_title();
        let stages = self.procedure.route.stages.len();
        let journey: Vec<Screen> = record
            .journey
            .iter()
            .filter_map(|code| Screen::from_code(code, stages))
            .filter(|s| *s != Screen::Summary)
            .collect();
        let now = self.screen.get();
        let base = self.history.with(Vec::len);
        self.history.update(|h| {
            h.push(now);
            h.extend(journey);
        });
        self.forward.set(Vec::new());
        self.chosen.set(Vec::new());
        self.saved.set(record.clone());
        self.record.set(record);
        let depth = self.history.with(Vec::len);
        for d in base + 1..=depth {
            browser::push_step(d);
        }
        self.screen.set(Screen::Summary);
    }

    /// The record as it is saved: with the journey so far.
    pub fn snapshot(&self) -> Record {
        let mut record = self.record.get();
        record.journey = self.history.with(|h| h.iter().map(Screen::code).collect());
        record.journey.push(self.screen.get().code());
        record
    }

    /// What was chosen on `screen` the last time it was answered.
    pub fn chosen(&self, screen: Screen) -> Option<String> {
        self.chosen
            .with(|c| c.iter().find(|(s, _)| *s == screen).map(|(_, v)| v.clone()))
    }

    pub fn choose(&self, screen: Screen, value: &str) {
        self.chosen.update(|c| {
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
        self.record.with(|r| r.agency.clone())
    }

    /// Show the current screen, made fresh from the record.
    pub fn render(&self) {
        self.render_form(&Form::default(), "aid-heading");
    }

    /// Show the current screen from `form` (what was typed, and its
    /// errors); focus `focus` if the screen is the one already shown, else
    /// the new screen's heading, so keyboard and screen reader users start
    /// reading the new question.
    pub fn render_form(&self, form: &Form, focus: &str) {
        let screen = self.screen.get();
        let before = self.shown.update(|s| s.replace(screen));
        // "Print the record" prints the record until the screen changes.
        if before != Some(screen) {
            browser::stop_printing_record();
            self.warned.set(None);
        }
        browser::mark_title_error(!form.errors.is_empty());
        let page = screens::page(self, screen, form);
        let keep = !matches!(
            screen,
            Screen::Start | Screen::ConfirmRestart | Screen::ConfirmClear | Screen::Scenario
        );
        let keep = keep.then(|| check::keep_draft(self.keep_draft.get()));
        let printed = check::printed_record(self);
        let after = view! {
            {keep}
            <div class="aid-print">{printed}</div>
        }
        .into_any();
        // `aid.js` prints the record on the browser's own Print only once
        // something has been said: a blank one is not what was wanted.
        let said = if self.record.with(Record::is_blank) {
            "blank"
        } else {
            "said"
        };
        let _ = self.root.set_attribute("data-record", said);
        // The aid's first screen replaces the one the page carried, where
        // the reader may already be: keep their place.
        let place = before
            .is_none()
            .then(|| browser::focused_place(&self.root))
            .flatten();
        self.show(page, after, before.is_none());
        // The draft is written only while the person has asked for it.
        if self.keep_draft.get() {
            browser::save_draft(&self.procedure.slug, &self.snapshot().to_json());
        }
        let to = match before {
            Some(s) if s == screen => Some(format!("#{focus}")),
            Some(_) => Some("#aid-heading".to_string()),
            None => place,
        };
        if let Some(to) = to {
            browser::focus_soon(to);
        }
    }
}

impl Aid {
    /// Show `page` in the aid's box for screens, with `after` (the draft's
    /// box, the printed record) below it. On the aid's first showing, the
    /// screen the page carries is taken over in place (hydrated), so
    /// nothing the reader sees or has focused is replaced.
    fn show(&self, page: Page, after: AnyView, first: bool) {
        // The screen shown before goes first, with whatever it owned.
        self.mounted.set(Vec::new());
        let Page { view, carried } = page;
        let wrapper = self.root.query_selector(":scope > .aid").ok().flatten();
        let screen_box = wrapper
            .as_ref()
            .and_then(|w| w.query_selector(":scope > div").ok().flatten());
        // Hydration needs the nodes the page carried: `aid.js` noted them
        // as the page loaded. Anything changed since (a note added while the
        // aid loaded, a browser's translation) and the aid's own screen is
        // shown instead.
        let untouched = |screen_box: &web_sys::Element| {
            screen_box.get_attribute("data-carried") == Some(screen_box.inner_html())
        };
        if let (true, true, Some(wrapper), Some(screen_box)) = (first, carried, wrapper, screen_box)
            && untouched(&screen_box)
        {
            let screen = leptos::mount::hydrate_from(screen_box.unchecked_into(), move || view);
            let below = leptos::mount::mount_to(wrapper.unchecked_into(), move || after);
            self.mounted
                .set(vec![Box::new(screen) as Box<dyn Any>, Box::new(below)]);
            return;
        }
        let training = self.record.with(|r| r.training.clone()).map(|t| {
            view! {
                <p class="aid-training">
                    <strong class="tag">{stagehand_aid::words::w("key-training")}</strong>
                    {stagehand_aid::words::wf(
                        "training-banner",
                        &[("title", stagehand_aid::words::Arg::Text(&t))],
                    )}
                </p>
            }
        });
        self.root.set_inner_html("");
        let root: web_sys::HtmlElement = self.root.clone().unchecked_into();
        let whole = leptos::mount::mount_to(root, move || {
            view! {
                <div class="aid" aria-live="off">
                    {training}
                    <div>{view}</div>
                    {after}
                </div>
            }
        });
        self.mounted.set(vec![Box::new(whole)]);
    }
}

/// What a screen shows.
pub struct Page {
    pub view: AnyView,
    /// The view is the screen each page carries, as it carries it.
    pub carried: bool,
}

fn read_procedure() -> Option<Procedure> {
    let json = browser::document()
        .get_element_by_id("stagehand-procedure")?
        .text_content()?;
    serde_json::from_str(&json).ok()
}

/// Replace the no-script message with the aid.
pub fn mount() {
    let Some(procedure) = read_procedure() else {
        browser::say_unreadable();
        return;
    };
    let Some(root) = browser::document().get_element_by_id("decision-aid-root") else {
        return;
    };
    let today = browser::today();
    let open = start::opening(&procedure, today);
    let aid = Rc::new(Aid {
        procedure,
        record: Slot::new(open.record.clone()),
        screen: Slot::new(open.screen),
        history: Slot::new(Vec::new()),
        forward: Slot::new(Vec::new()),
        changing: Slot::new(false),
        keep_draft: Slot::new(open.draft.is_some()),
        saved: Slot::new(open.record),
        after_urgent: Slot::new(open.after_urgent),
        link_problem: Slot::new(open.problem),
        open_error: Slot::new(None),
        chosen: Slot::new(Vec::new()),
        warned: Slot::new(None),
        shown: Slot::new(None),
        mounted: Slot::new(Vec::new()),
        root,
    });
    // A link to a stage or a worked example opens the aid part-way: the
    // title names the step from the first screen.
    if aid.screen.get() != Screen::Start {
        browser::keep_page_title();
    }
    if let Some(draft) = open.draft {
        aid.open(draft);
    }
    events::listen(&aid);
    aid.render();
}
