//! Laying a translation's words over the original route. Every piece of
//! data the translation repeats must be the original's: one that differs
//! changes the route, and is refused where it is written.

use super::words::{RawContactWords, RawStageWords, RawStepWords, RawWords};
use crate::Problem;
use crate::procedure::Body;
use crate::raw::RawExclusion;
use crate::route::File;
use serde_saphyr::Spanned;
use stagehand_model::{Contact, Route, Stage, Step, Timescale};

const FIX: &str = "Remove it here (the default language's stages.yaml decides it for every language), or change it there.";

/// What laying the words found: the route changes refused, and the words
/// left in the default language.
struct Laying<'a> {
    file: &'a File<'a>,
    body: &'a Body,
    untranslated: &'a mut Vec<String>,
    problems: &'a mut Vec<Problem>,
}

fn changed(what: &str) -> String {
    format!(
        "the translation changes the route: {what}. A translation gives the words only; the route is the default language's"
    )
}

impl Laying<'_> {
    fn refuse<T>(&mut self, at: &Spanned<T>, what: &str, help: &str) {
        self.problems.push(self.file.at(at, changed(what), help));
    }

    /// Lay one translated piece of words, or note it was left untranslated.
    fn word(&mut self, target: &mut String, words: Option<String>, what: impl Into<String>) {
        match words {
            // Copied and left as it was: a name ("NSPCC Helpline") may be
            // the same in both languages, a sentence is not.
            Some(w) if w.trim() == target.trim() && w.split_whitespace().count() >= 3 => {
                self.untranslated.push(what.into());
            }
            Some(w) => *target = w,
            None => self.untranslated.push(what.into()),
        }
    }

    fn stage(&mut self, stage: &mut Stage, words: RawStageWords) {
        let title = format!("the title of {}", stage.id);
        self.word(&mut stage.title, words.title, title);
        stage.section = self.section(stage.section.take(), words.section.as_ref());
        if words.steps.len() != stage.steps.len() {
            let what = format!(
                "{} has {} step(s) here and {} in stages.yaml",
                stage.id,
                words.steps.len(),
                stage.steps.len()
            );
            self.refuse(
                &words.id,
                &what,
                "Give every step of the stage, in order, with its words translated.",
            );
            return;
        }
        for (n, (step, w)) in stage.steps.iter_mut().zip(words.steps).enumerate() {
            self.step(step, w, &format!("{} step {}", stage.id, n + 1));
        }
        if words.record.is_empty() {
            if !stage.record.is_empty() {
                self.untranslated
                    .push(format!("what to record at {}", stage.id));
            }
        } else if words.record.len() == stage.record.len() {
            stage.record = words.record;
        } else {
            let what = format!("{} has another number of things to record", stage.id);
            self.refuse(
                &words.id,
                &what,
                "Translate each item of `record:` in order, no more and no fewer.",
            );
        }
    }

    /// The translated text's headings are its own words: a stage links to
    /// the one its `section:` names, or to the original's where the
    /// translated text gives that heading the same address.
    fn section(
        &mut self,
        original: Option<String>,
        given: Option<&Spanned<String>>,
    ) -> Option<String> {
        let headings = &self.body.rendered.headings;
        match given {
            Some(section) if headings.iter().any(|h| h.id == section.value) => {
                Some(section.value.clone())
            }
            Some(section) => {
                self.problems.push(self.file.at(
                    section,
                    format!("`section: {}` is not a heading of the translated text", section.value),
                    "Give the address of the heading of the translated text that describes this stage, as in its contents.",
                ));
                None
            }
            None => original.filter(|s| headings.iter().any(|h| &h.id == s)),
        }
    }

    fn step(&mut self, step: &mut Step, w: RawStepWords, place: &str) {
        self.word(&mut step.action, w.action, format!("the action of {place}"));
        if let Some(contact) = step.contact.as_mut() {
            self.word(contact, w.contact, format!("the contact of {place}"));
        }
        if let Some(sooner) = step.sooner_if.as_mut() {
            self.word(sooner, w.sooner_if, format!("`sooner_if` of {place}"));
        }
        if let Some(within) = &w.within
            && Timescale::parse(&within.value).ok() != step.within
        {
            let theirs = step
                .within
                .map_or_else(|| "none".to_string(), |t| t.to_string());
            self.refuse(
                within,
                &format!(
                    "the timescale of {place} is not stages.yaml's: `{}` here, {theirs} there",
                    within.value.trim()
                ),
                "Remove `within:` here: the timescale comes from stages.yaml, and Stagehand says it in each language itself.",
            );
        }
        if let Some(from) = &w.from
            && step.from.is_none()
        {
            self.refuse(from, &format!("{place} is counted from elsewhere"), FIX);
        }
        for (agency, role) in w.roles.map(|r| r.value.0).unwrap_or_default() {
            match step.roles.iter_mut().find(|r| r.agency == agency.value) {
                Some(r) => r.role = role,
                None => {
                    let what = format!("`{}` has no role in {place} in stages.yaml", agency.value);
                    self.refuse(&agency, &what, FIX);
                }
            }
        }
    }

    fn contacts(&mut self, contacts: &mut [Contact], words: Vec<RawContactWords>, which: &str) {
        if words.len() != contacts.len() {
            if !contacts.is_empty() {
                self.untranslated
                    .push(format!("the {which} contacts (give every one, in order)"));
            }
            return;
        }
        for (contact, w) in contacts.iter_mut().zip(words) {
            let data = [
                (&w.phone, contact.phone.as_deref()),
                (&w.out_of_hours, contact.out_of_hours.as_deref()),
                (&w.email, contact.email.as_deref()),
                (&w.url, contact.url.as_deref()),
            ];
            for (given, original) in data {
                if let Some(given) = given
                    && Some(given.value.as_str()) != original
                {
                    self.problems.push(self.file.at(
                        given,
                        format!("the translation changes a contact's number or address: `{}` is not in stages.yaml", given.value),
                        "Numbers and addresses come from stages.yaml: remove it here, or correct it there.",
                    ));
                }
            }
            let _ = &w.stages;
            self.word(
                &mut contact.name,
                w.name,
                format!("a name in the {which} contacts"),
            );
            if let Some(note) = contact.note.as_mut() {
                self.word(note, w.note, format!("a note in the {which} contacts"));
            }
        }
    }

    /// The route's own words beyond its stages: the urgent box, agencies,
    /// lists, contacts, the record's questions, where returns go.
    fn rest(&mut self, route: &mut Route, raw: RawWords) {
        lay_lists(route, &raw.areas, &raw.excludes, self.untranslated);
        match raw.end_of_route {
            Some(end) => route.end_of_route = Some(end),
            None if route.end_of_route.is_some() => self.untranslated.push("`end_of_route`".into()),
            None => {}
        }
        if let Some(urgent) = route.urgent.as_mut() {
            match raw.urgent {
                Some(words) => {
                    self.word(&mut urgent.question, words.question, "the urgent question");
                    self.word(&mut urgent.advice, words.advice, "the urgent advice");
                    self.contacts(&mut urgent.contacts, words.contacts, "urgent");
                }
                None => self.untranslated.push("the urgent box".into()),
            }
        }
        for (agency, words) in route.agencies.iter_mut().zip(&raw.agencies) {
            if words.id.value != agency.id {
                self.refuse(
                    &words.id,
                    "the agencies are not stages.yaml's, in its order",
                    FIX,
                );
            } else if let Some(name) = &words.name {
                agency.name = name.clone();
            }
        }
        self.contacts(&mut route.contacts, raw.contacts, "contacts");
        for (question, words) in route.record.iter_mut().zip(raw.record) {
            if words.id.value != question.id {
                self.refuse(
                    &words.id,
                    "the record's questions are not stages.yaml's, in its order",
                    FIX,
                );
                continue;
            }
            let _ = (&words.answer, &words.in_return);
            let what = format!("the question `{}`", question.id);
            self.word(&mut question.question, words.question, what);
        }
        if let (Some(returns), Some(words)) = (route.returns.as_mut(), raw.returns) {
            for (given, original) in [(&words.email, &returns.email), (&words.url, &returns.url)] {
                if let Some(given) = given
                    && Some(&given.value) != original.as_ref()
                {
                    self.refuse(given, "where returns go is not stages.yaml's", FIX);
                }
            }
            if let Some(note) = words.note {
                returns.note = Some(note);
            }
        }
    }
}

/// The original route with the translation's words laid over it.
pub(super) fn lay_words(
    original: &Route,
    raw: RawWords,
    file: &File,
    body: &Body,
    untranslated: &mut Vec<String>,
    problems: &mut Vec<Problem>,
) -> Route {
    let mut route = original.clone();
    let mut laying = Laying {
        file,
        body,
        untranslated,
        problems,
    };
    if let Some(calendar) = &raw.calendar
        && calendar.value != original.calendar.division
    {
        laying.refuse(calendar, "`calendar:` names another calendar", FIX);
    }
    if let Some(partial) = &raw.partial
        && partial.value != original.partial
    {
        laying.refuse(partial, "`partial:` differs", FIX);
    }
    // Stages: the same ids, in the same order.
    let ids: Vec<&str> = raw
        .stages
        .value
        .iter()
        .map(|s| s.id.value.as_str())
        .collect();
    let theirs: Vec<&str> = original.stages.iter().map(|s| s.id.as_str()).collect();
    if ids != theirs {
        let what = format!(
            "its stages are {} where stages.yaml has {}",
            list(&ids),
            list(&theirs)
        );
        laying.refuse(
            &raw.stages,
            &what,
            "Give the same stages, by the same ids and in the same order, as stages.yaml.",
        );
        return route;
    }
    let mut raw = raw;
    let stages = std::mem::take(&mut raw.stages.value);
    for (stage, words) in route.stages.iter_mut().zip(stages) {
        laying.stage(stage, words);
    }
    laying.rest(&mut route, raw);
    route
}

fn lay_lists(
    route: &mut Route,
    areas: &[String],
    excludes: &[RawExclusion],
    untranslated: &mut Vec<String>,
) {
    if areas.len() == route.areas.len() {
        route.area_keys = std::mem::replace(&mut route.areas, areas.to_vec());
    } else if !route.areas.is_empty() {
        untranslated.push("`areas` (give every one, in order)".into());
    }
    if excludes.len() == route.excludes.len() {
        for (e, words) in route.excludes.iter_mut().zip(excludes) {
            match words {
                RawExclusion::Matter(m) => e.matter = m.clone(),
                RawExclusion::WithAdvice { matter, go_to } => {
                    e.matter = matter.clone();
                    if go_to.is_some() {
                        e.go_to = go_to.clone();
                    }
                }
            }
        }
    } else if !route.excludes.is_empty() {
        untranslated.push("`excludes` (give every one, in order)".into());
    }
}

fn list(ids: &[&str]) -> String {
    if ids.is_empty() {
        "none".into()
    } else {
        ids.join(", ")
    }
}
