//! What the aid's buttons, links and forms do, as values: each control's
//! Leptos event handler hands its `Act` to the aid. The screens are views
//! made apart from the aid's state (and rendered by the generator too), so
//! the aid says once, when it starts, what carries them out.

use leptos::ev::{Event, MouseEvent, SubmitEvent};
use stagehand_aid::screen::Screen;
use std::cell::RefCell;
use std::rc::Rc;

/// What a control asks the aid to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// One of the aid's actions: `start`, `print`, `save-record`, `back`...
    Do(&'static str),
    /// Move on to a screen.
    Go(Screen),
    /// Go back to a screen to change an answer, then to the check page.
    Change(Screen),
    /// Move focus to a field (an error summary's link).
    Focus(String),
    /// Continue on a question page: its form was submitted.
    Continue,
    /// "Keep a draft on this device" ticked or unticked.
    KeepDraft,
    /// A saved record chosen to carry on from.
    OpenRecord,
}

type Carry = Rc<dyn Fn(Act, &Event)>;

thread_local! {
    // The aid runs on the page's one thread; nothing is set when the
    // generator renders the screens (their handlers never run there).
    static CARRY: RefCell<Option<Carry>> = const { RefCell::new(None) };
}

/// Says what carries out every `Act` from now on (the aid, once started).
pub fn carry_out_with(carry: impl Fn(Act, &Event) + 'static) {
    CARRY.with(|c| *c.borrow_mut() = Some(Rc::new(carry)));
}

fn carry_out(act: Act, ev: &Event) {
    // Cloned out first: carrying it out may show another screen, whose
    // controls are made while this one is still running.
    if let Some(carry) = CARRY.with(|c| c.borrow().clone()) {
        carry(act, ev);
    }
}

/// A click handler for `on:click`.
pub fn on_click(act: Act) -> impl FnMut(MouseEvent) + 'static {
    move |ev: MouseEvent| carry_out(act.clone(), &ev)
}

/// A change handler for `on:change`.
pub fn on_change(act: Act) -> impl FnMut(Event) + 'static {
    move |ev: Event| carry_out(act.clone(), &ev)
}

/// The submit handler of a question page's form.
pub fn on_submit() -> impl FnMut(SubmitEvent) + 'static {
    move |ev: SubmitEvent| carry_out(Act::Continue, &ev)
}
