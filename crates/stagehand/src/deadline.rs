//! `stagehand deadline`: the aid's arithmetic, for scripts and for checking by hand.

use chrono::{NaiveDate, NaiveDateTime};
use stagehand_model::{Start, Timescale, deadline as due};
use std::path::Path;
use std::process::ExitCode;

fn parse_start(from: &str) -> Option<Start> {
    if let Ok(d) = NaiveDate::parse_from_str(from, "%Y-%m-%d") {
        return Some(Start::Date(d));
    }
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(from, f).ok())
        .map(Start::DateTime)
}

pub(crate) fn deadline(from: &str, within: &str, calendar: &str, content: &Path) -> ExitCode {
    let fail = |message: String| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    };
    let Some(start) = parse_start(from) else {
        return fail(format!(
            "`--from {from}` is not a date: write 2026-12-23, or 2026-12-23T09:30 for timescales in hours"
        ));
    };
    let timescale = match Timescale::parse(within) {
        Ok(t) => t,
        Err(e) => {
            return fail(format!(
                "{e}. Understood: {}",
                stagehand_model::UNDERSTOOD_PHRASES.join("; ")
            ));
        }
    };
    // Only the calendar is read: the rest of the content need not be valid to work out a date.
    let path = content.join("calendars/bank-holidays.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot read `{}`: {e}", path.display())),
    };
    let calendars = match stagehand_model::Calendars::from_govuk_json(&text) {
        Ok(c) => c,
        Err(e) => {
            return fail(format!(
                "{}:{}:{}: {}",
                path.display(),
                e.line,
                e.column,
                e.message
            ));
        }
    };
    let Some(cal) = calendars.get(calendar) else {
        let known: Vec<&str> = calendars.divisions().collect();
        return fail(format!(
            "unknown calendar `{calendar}`: use one of {}",
            known.join(", ")
        ));
    };
    match due(start, Some(timescale), cal) {
        Ok(d) => {
            println!("{}", d.due);
            let english = stagehand_messages::messages(stagehand_messages::Language::English);
            if let Some(w) = english.deadline_warning(&d) {
                eprintln!("warning: {w}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}: write `--from {}T09:00`", start.date())),
    }
}
