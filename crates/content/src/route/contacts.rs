//! Contacts, with numbers a phone can dial and addresses a mail program can
//! open, and the urgent box that must never be silently missing.

use super::File;
use super::stages::StageIds;
use crate::Problem;
use crate::raw::{RawContact, RawUrgent};
use serde_saphyr::Spanned;
use stagehand_model::{Contact, Urgent};

pub(super) fn check_all(
    raw: Vec<RawContact>,
    stage_ids: &StageIds,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Vec<Contact> {
    raw.into_iter()
        .map(|c| {
            for s in &c.stages {
                stage_ids.require(s, "the contact's `stages`", file, problems);
            }
            check_contact(c, file, problems)
        })
        .collect()
}

/// The urgent box: warned of when it is missing, or when it gives no number.
pub(super) fn urgent(
    raw: Option<Spanned<RawUrgent>>,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Option<Urgent> {
    let Some(raw) = raw else {
        // A warning, not an error: folders that build today keep building.
        problems.push(
            Problem::error(
                file.path,
                "the route has no `urgent:` box, so neither the page nor the decision aid asks whether a child is at immediate risk of significant harm",
                "Add at the top of stages.yaml `urgent:` with a `question`, the `advice` from the procedure (what to do instead of waiting for it), and `contacts:` with the partnership's published numbers. Never make a number up.",
            )
            .warning(),
        );
        return None;
    };
    let place = Spanned::new((), raw.referenced, raw.defined);
    let contacts: Vec<Contact> = raw
        .value
        .contacts
        .into_iter()
        .map(|c| check_contact(c, file, problems))
        .collect();
    let urgent = Urgent {
        question: raw.value.question,
        advice: raw.value.advice,
        local_advice: None,
        contacts,
    };
    if !urgent.has_phone() {
        problems.push(
            file.at(
                &place,
                "the urgent box gives no phone number to call",
                "Under `urgent:`, add `contacts:` with the partnership's real numbers (`phone`, and `out_of_hours` for evenings and weekends), taken from the partnership's own published pages. Never make one up.",
            )
            .warning(),
        );
    }
    Some(urgent)
}

/// A contact, with its phone numbers and email address checked so that the
/// page's `tel:` and `mailto:` links work.
pub(crate) fn check_contact(c: RawContact, file: &File, problems: &mut Vec<Problem>) -> Contact {
    for phone in [&c.phone, &c.out_of_hours].into_iter().flatten() {
        let digits = phone.value.chars().filter(char::is_ascii_digit).count();
        let allowed = phone
            .value
            .chars()
            .all(|ch| ch.is_ascii_digit() || " +()-".contains(ch));
        if !allowed || !(3..=15).contains(&digits) {
            problems.push(file.at(
                phone,
                format!("`{}` is not a phone number a phone can dial", phone.value),
                "Write the number with digits and spaces only, such as \"03000 267 979\" (in quotes), and put any words in the contact's `note`.",
            ));
        }
    }
    if let Some(email) = &c.email {
        let ok = email
            .value
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
            && !email.value.contains(char::is_whitespace);
        if !ok {
            problems.push(file.at(
                email,
                format!("`{}` is not an email address", email.value),
                "Write the address alone, such as unit@example.org.",
            ));
        }
    }
    Contact {
        name: c.name,
        email: c.email.map(|e| e.value),
        phone: c.phone.map(|p| p.value),
        out_of_hours: c.out_of_hours.map(|p| p.value),
        url: c.url,
        note: c.note,
        stages: c.stages.into_iter().map(|s| s.value).collect(),
        local: false,
    }
}
