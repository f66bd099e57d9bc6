//! A route's data without its words: what every language of a procedure
//! must share (ids, order, timescales, what counts from where, which agency
//! a role is for, addresses and phone numbers), so a translation can be
//! told apart from a change.

use crate::{Contact, Route};

const WORDS: &str = "";

fn contact(c: &Contact) -> Contact {
    Contact {
        name: WORDS.into(),
        note: c.note.as_ref().map(|_| WORDS.into()),
        ..c.clone()
    }
}

impl Route {
    /// The route with every word an editor translates left empty (kept
    /// `Some` where it was given, so a missing piece still differs).
    pub fn without_words(&self) -> Route {
        let mut route = self.clone();
        let blank = |s: &mut String| s.clear();
        let blank_some = |s: &mut Option<String>| {
            if let Some(s) = s {
                s.clear();
            }
        };
        if let Some(u) = &mut route.urgent {
            blank(&mut u.question);
            blank(&mut u.advice);
            blank_some(&mut u.local_advice);
            u.contacts = u.contacts.iter().map(contact).collect();
        }
        for a in &mut route.agencies {
            blank(&mut a.name);
        }
        route.areas.iter_mut().for_each(blank);
        route.area_keys.clear();
        for e in &mut route.excludes {
            blank(&mut e.matter);
            blank_some(&mut e.go_to);
        }
        for stage in &mut route.stages {
            blank(&mut stage.title);
            // A translated text may give its own headings' addresses.
            blank_some(&mut stage.section);
            stage.record.iter_mut().for_each(blank);
            for step in &mut stage.steps {
                blank(&mut step.action);
                blank_some(&mut step.contact);
                blank_some(&mut step.sooner_if);
                for role in &mut step.roles {
                    blank(&mut role.role);
                }
            }
        }
        blank_some(&mut route.end_of_route);
        route.contacts = route.contacts.iter().map(contact).collect();
        for q in &mut route.record {
            blank(&mut q.question);
        }
        if let Some(r) = &mut route.returns {
            blank_some(&mut r.note);
        }
        route
    }
}
