//! The names of the files the aid makes: the case's reference (never a
//! name) and the day, so a practitioner can tell them apart.

use crate::record::Record;
use chrono::NaiveDate;

/// A file name the practitioner can tell apart from other cases':
/// `escalation-record-durham-ABC-123-2026-11-23.json`. Only letters, digits
/// and `-` from the case reference are kept.
pub fn file_name(record: &Record, today: NaiveDate, ext: &str) -> String {
    // In the page's language ("cofnod-uwchgyfeirio-..."), as the file is
    // the practitioner's; a monitoring return's name is the same in every
    // language, as the return is.
    named(&crate::words::w("file-name-record"), record, today, ext)
}

/// The monitoring return's file: no case reference, which the partnership
/// must not see.
/// The return's file name carries its month, as the return does, not the day.
pub fn return_file_name(record: &Record, today: NaiveDate) -> String {
    format!(
        "monitoring-return-{}-{}.json",
        record.procedure,
        stagehand_model::Month::of(today)
    )
}

fn named(kind: &str, record: &Record, today: NaiveDate, ext: &str) -> String {
    let case: String = record
        .case_reference
        .as_deref()
        .unwrap_or("")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let case: String = case.chars().take(40).collect();
    let case = if case.is_empty() {
        String::new()
    } else {
        format!("{case}-")
    };
    format!("{kind}-{}-{case}{today}.{ext}", record.procedure)
}
