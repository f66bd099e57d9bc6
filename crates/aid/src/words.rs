//! The aid's words, in the language of the page it runs on: the tool's
//! Fluent messages (`crates/messages/locales/*/aid.ftl`), one set for the
//! aid's screens, its record and its exports. The page's language is set
//! once when the aid starts (the browser runs one page, so one language);
//! natively it is English unless a caller sets another for its thread.

use std::cell::Cell;

pub use stagehand_messages::{Arg, Language};

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
}

/// Speak `language` from now on (on this thread).
pub fn set_language(language: Language) {
    LANGUAGE.with(|l| l.set(language));
}

pub fn language() -> Language {
    LANGUAGE.with(Cell::get)
}

/// The messages of the current language.
pub fn messages() -> &'static stagehand_messages::Messages {
    stagehand_messages::messages(language())
}

/// The message `id`.
pub fn w(id: &str) -> String {
    messages().get(id)
}

/// The message `id` with its arguments.
pub fn wf(id: &str, args: &[(&str, Arg)]) -> String {
    messages().format(id, args)
}

/// Run `f` speaking `language`, then speak as before.
pub fn speaking<T>(language: Language, f: impl FnOnce() -> T) -> T {
    let before = self::language();
    set_language(language);
    let out = f();
    set_language(before);
    out
}
