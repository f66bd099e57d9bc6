//! The tool's own words, in each language it speaks, from Fluent message
//! files (`locales/<language>/*.ftl`): one set for the theme's templates and
//! the decision aid. Fluent, because Welsh has six plural forms and mutates a
//! word after a number ("2 ddiwrnod gwaith"): no sentence here is made by
//! appending words in code, and an editor's words always fill a place of
//! their own in a whole message.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use stagehand_model::{CountFrom, Deadline, ReturnOutcome, Route, StageOutcome, Step, Timescale};
use std::sync::OnceLock;

/// A language the tool's own words are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    English,
    Welsh,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Welsh];

    /// The tool's language for a page written in `tag` (a BCP 47 code):
    /// `en`, `en-GB` and `en-US` read English, `cy` and `cy-GB` Welsh.
    pub fn of_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::English),
            "cy" => Some(Self::Welsh),
            _ => None,
        }
    }

    /// The code its message files are filed under.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en-GB",
            Self::Welsh => "cy",
        }
    }

    /// The language's name in its own words, as a language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Welsh => "Cymraeg",
        }
    }

    fn sources(self) -> &'static [&'static str] {
        match self {
            Self::English => &[
                include_str!("../locales/en-GB/site.ftl"),
                include_str!("../locales/en-GB/aid.ftl"),
            ],
            Self::Welsh => &[
                include_str!("../locales/cy/site.ftl"),
                include_str!("../locales/cy/aid.ftl"),
            ],
        }
    }
}

/// One language's messages.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("language", &self.language)
            .finish()
    }
}

/// The messages of `language`, read once.
pub fn messages(language: Language) -> &'static Messages {
    static LOADED: [OnceLock<Messages>; 2] = [OnceLock::new(), OnceLock::new()];
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    LOADED[index].get_or_init(|| Messages::load(language))
}

/// An argument to a message: words or a number (numbers choose plural forms).
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

impl Messages {
    fn load(language: Language) -> Self {
        let id: unic_langid::LanguageIdentifier = language
            .code()
            .parse()
            .expect("the message files' codes are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // The pages are left to right throughout: no isolation marks.
        bundle.set_use_isolating(false);
        // `ar { SOFT($date) }`: "ar ddydd Llun". Welsh mutates a word after
        // many others; the tool's own words (dates) can be mutated, an
        // editor's are given a place of their own instead.
        let _ = bundle.add_function("SOFT", |positional, _named| match positional.first() {
            Some(FluentValue::String(s)) => FluentValue::from(soft_mutation(s)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        });
        for source in language.sources() {
            // The files are the tool's own, checked by this crate's tests.
            let resource = FluentResource::try_new((*source).to_string())
                .unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
        Self { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether the message exists (a theme may ask for one by name).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id`, with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its arguments. A missing message gives its id
    /// in brackets (the tests check that every id used exists in every
    /// language, so a reader never sees one).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(*s),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Every message id, for the tests that compare languages.
    pub fn ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for source in self.language.sources() {
            let resource = FluentResource::try_new((*source).to_string())
                .unwrap_or_else(|(resource, _)| resource);
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
        ids
    }

    /// "4 December 2026", "4 Rhagfyr 2026".
    pub fn day(&self, date: NaiveDate) -> String {
        let month = self.get(&format!("month-{}", date.month()));
        self.format(
            "date-day",
            &[
                ("day", Arg::Number(date.day().into())),
                ("month", Arg::Text(&month)),
                ("year", Arg::Number(date.year().into())),
            ],
        )
    }

    /// "Friday 4 December 2026", "dydd Gwener 4 Rhagfyr 2026".
    pub fn date(&self, date: NaiveDate) -> String {
        let weekday = self.get(&format!("weekday-{}", date.weekday().number_from_monday()));
        let month = self.get(&format!("month-{}", date.month()));
        self.format(
            "date-weekday",
            &[
                ("weekday", Arg::Text(&weekday)),
                ("day", Arg::Number(date.day().into())),
                ("month", Arg::Text(&month)),
                ("year", Arg::Number(date.year().into())),
            ],
        )
    }

    /// "within 3 working days", "o fewn 3 diwrnod gwaith".
    pub fn timescale(&self, timescale: Timescale) -> String {
        let count = |id: &str, n: u32| self.format(id, &[("count", n.into())]);
        match timescale {
            Timescale::WorkingDays(n) => count("timescale-working-days", n),
            Timescale::Hours(n) => count("timescale-hours", n),
            Timescale::Days(n) => count("timescale-days", n),
            Timescale::Immediately => self.get("timescale-immediately"),
            Timescale::WithoutDelay => self.get("timescale-without-delay"),
            Timescale::AsSoonAsPossible => self.get("timescale-as-soon-as-possible"),
            // A kind added to the model and not yet to the messages.
            other => other.to_string(),
        }
    }

    /// A step's timescale as the route shows it: "Within 1 working day,
    /// counted from the previous step's deadline", "As soon as possible: the
    /// procedure sets no date", or that it sets none. `stage_number` gives a
    /// stage id's number in the route.
    pub fn step_timescale(
        &self,
        step: &Step,
        stage_number: impl Fn(&str) -> Option<usize>,
    ) -> String {
        let Some(within) = step.within else {
            return self.get("timescale-none");
        };
        let words = capitalised(&self.timescale(within));
        let words = words.as_str();
        if within.is_urgent_without_date() {
            return self.format("timescale-no-date", &[("timescale", words.into())]);
        }
        match &step.from {
            None => words.to_string(),
            Some(CountFrom::PreviousStep) => {
                self.format("timescale-from-previous", &[("timescale", words.into())])
            }
            Some(CountFrom::StageStart { stage }) => match stage_number(stage) {
                Some(n) => self.format(
                    "timescale-from-stage",
                    &[("timescale", words.into()), ("number", n.into())],
                ),
                None => words.to_string(),
            },
        }
    }
}

impl Messages {
    /// The last stage as a phrase: "the final stage of the procedure", or,
    /// where the handbook holds only the first stages, "the last stage this
    /// handbook holds". The one rule for the last stage, for the aid, the
    /// return and the report alike.
    pub fn last_stage(&self, route: &Route) -> String {
        self.get(if route.partial {
            "last-stage-partial"
        } else {
            "last-stage"
        })
    }

    /// A deadline counted through a year the calendar has no bank holidays
    /// for: check it.
    pub fn deadline_warning(&self, deadline: &Deadline) -> Option<String> {
        if deadline.unknown_years.is_empty() {
            return None;
        }
        let years: Vec<String> = deadline.unknown_years.iter().map(i32::to_string).collect();
        let years = years.join(", ");
        Some(self.format(
            "deadline-unknown-years",
            &[
                ("calendar", Arg::Text(&deadline.calendar)),
                ("years", Arg::Text(&years)),
            ],
        ))
    }

    fn partial(route: &Route) -> Arg<'static> {
        Arg::Text(if route.partial { "yes" } else { "no" })
    }

    /// A stage's outcome, as a return counts it: "taken to the next stage".
    pub fn stage_outcome(&self, outcome: StageOutcome, route: &Route) -> String {
        match outcome {
            StageOutcome::UnderWay => self.get("outcome-under-way"),
            StageOutcome::Resolved => self.get("outcome-resolved"),
            StageOutcome::Escalated => self.get("outcome-escalated"),
            StageOutcome::NotResolved => {
                self.format("outcome-not-resolved", &[("partial", Self::partial(route))])
            }
        }
    }

    /// A return's outcome: "Not resolved at the final stage of the procedure".
    pub fn return_outcome(&self, outcome: ReturnOutcome, route: &Route) -> String {
        match outcome {
            ReturnOutcome::UnderWay => self.get("return-outcome-under-way"),
            ReturnOutcome::Resolved => self.get("return-outcome-resolved"),
            ReturnOutcome::NotResolved => self.format(
                "return-outcome-not-resolved",
                &[("partial", Self::partial(route))],
            ),
        }
    }
}

/// The words with a capital letter first, as a sentence begins.
pub fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;

/// Welsh soft mutation (treiglad meddal) of a phrase's first word: "dydd
/// Llun" after "ar" is "ddydd Llun", "Tachwedd" after "i" "Dachwedd".
pub fn soft_mutation(text: &str) -> String {
    const RULES: [(&str, &str); 11] = [
        ("ll", "l"),
        ("rh", "r"),
        ("ch", "ch"),
        ("dd", "dd"),
        ("p", "b"),
        ("t", "d"),
        ("c", "g"),
        ("b", "f"),
        ("d", "dd"),
        ("g", ""),
        ("m", "f"),
    ];
    let lower = text.to_lowercase();
    for (from, to) in RULES {
        if lower.starts_with(from) {
            let rest = &text[from.len()..];
            let upper = text.chars().next().is_some_and(char::is_uppercase);
            let mut out = String::with_capacity(text.len() + 1);
            match (upper, to.chars().next()) {
                (true, Some(first)) => {
                    out.extend(first.to_uppercase());
                    out.push_str(&to[first.len_utf8()..]);
                }
                (true, None) => {
                    // "Gwener" loses its g: the next letter takes the capital.
                    let mut chars = rest.chars();
                    if let Some(c) = chars.next() {
                        out.extend(c.to_uppercase());
                    }
                    out.push_str(chars.as_str());
                    return out;
                }
                _ => out.push_str(to),
            }
            out.push_str(rest);
            return out;
        }
    }
    text.to_string()
}
