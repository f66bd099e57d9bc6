//! `stages.yaml` checked against itself and against `procedure.md`'s
//! headings. Each seam of the route has its own module: the stages and their
//! steps, the agencies and their roles, the contacts (and the urgent box), and
//! the record questions. Every check adds its problems and carries on, so one
//! mistake never hides another.

mod agencies;
mod contacts;
mod local;
mod record;
mod stages;

pub(crate) use local::merge_route;

use crate::Problem;
use crate::raw::{RawExclusion, RawRoute};
use chrono::{Months, NaiveDate};
use serde_saphyr::Spanned;
use stagehand_markdown::Heading;
use stagehand_model::{Agency, Calendar, Calendars, Exclusion, ReturnsAddress, Route};
use std::path::Path;
use std::sync::Arc;

/// A file's text with where a problem in it should point.
pub(crate) struct File<'a> {
    pub path: &'a Path,
    pub source: Arc<str>,
    /// Lines above the YAML in its file (front matter starts on line 2).
    pub line_offset: usize,
}

impl File<'_> {
    pub fn at<T>(
        &self,
        spanned: &Spanned<T>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Problem {
        let loc = spanned.referenced;
        Problem::at(
            self.path,
            &self.source,
            loc.line() as usize + self.line_offset,
            loc.column() as usize,
            message,
            help,
        )
    }
}

/// What the route's checks need besides the file itself.
pub(crate) struct Context<'a> {
    /// `None` when procedure.md could not be read: its own error says so,
    /// and no `section:` is called wrong for it.
    pub headings: Option<&'a [Heading]>,
    pub calendars: Option<&'a Calendars>,
    pub today: NaiveDate,
}

/// Check the route; `None` when any of its problems is an error.
pub(crate) fn check_route(
    raw: RawRoute,
    file: &File,
    context: &Context,
    problems: &mut Vec<Problem>,
) -> Option<Route> {
    let before = problems.len();
    let calendar = calendar(&raw.calendar, file, context, problems);
    let stage_ids = stages::StageIds::check(&raw.stages, file, problems);
    let agency_ids = agencies::check(&raw.agencies, file, problems);
    let stages = stages::check(
        &raw.stages.value,
        &stage_ids,
        &agency_ids,
        context.headings,
        file,
        problems,
    );
    let contacts = contacts::check_all(raw.contacts, &stage_ids, file, problems);
    let urgent = contacts::urgent(raw.urgent, file, problems);
    let record = record::questions(raw.record, file, problems);
    if let Some(partial) = &raw.partial
        && partial.value
        && raw.end_of_route.is_none()
    {
        problems.push(file.at(
            partial,
            "`partial: true` says the handbook holds only the procedure's first stages, but no `end_of_route` says where the rest is",
            "Add `end_of_route:` saying where the rest of the procedure is published, in the procedure's words.",
        ));
    }

    if problems[before..]
        .iter()
        .any(|p| p.severity == crate::Severity::Error)
    {
        return None;
    }
    Some(Route {
        calendar: calendar?,
        urgent,
        agencies: raw
            .agencies
            .into_iter()
            .map(|a| Agency {
                id: a.id.value,
                name: a.name,
            })
            .collect(),
        areas: raw.areas,
        area_keys: Vec::new(),
        excludes: raw.excludes.into_iter().map(exclusion).collect(),
        stages,
        end_of_route: raw.end_of_route.map(|end| {
            swallowed_yaml(&end, file, problems);
            end.value
        }),
        partial: raw.partial.is_some_and(|p| p.value),
        contacts,
        record,
        returns: raw.returns.map(|r| {
            unreachable_returns(&r, file, problems);
            ReturnsAddress {
                email: r.value.email,
                url: r.value.url,
                note: r.value.note,
            }
        }),
    })
}

/// Returns that go to a team with no way to reach it (no `email`, no `url`):
/// the aid would tell a practitioner to send one and not say where.
pub(crate) fn unreachable_returns(
    returns: &Spanned<crate::raw::RawReturns>,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    if returns.value.email.is_none() && returns.value.url.is_none() {
        problems.push(
            file.at(
                returns,
                "`returns` says where monitoring returns go, but gives no way to reach it",
                "Add the team's `email:` or the `url:` of its form, as the procedure or the partnership publishes it. Never make one up: until one is published, this warning stays.",
            )
            .warning(),
        );
    }
}

fn exclusion(raw: RawExclusion) -> Exclusion {
    match raw {
        RawExclusion::Matter(matter) => Exclusion {
            matter,
            go_to: None,
        },
        RawExclusion::WithAdvice { matter, go_to } => Exclusion { matter, go_to },
    }
}

/// How long before a calendar's last listed holiday `check` starts to warn:
/// GOV.UK publishes the next years well before they begin.
const CALENDAR_WARNING: Months = Months::new(6);

/// The route's bank holiday division, and a warning when its list of
/// holidays runs out soon (deadlines after that would skip no holiday).
fn calendar(
    division: &Spanned<String>,
    file: &File,
    context: &Context,
    problems: &mut Vec<Problem>,
) -> Option<Calendar> {
    let calendars = context.calendars?;
    let Some(found) = calendars.get(&division.value) else {
        let known: Vec<&str> = calendars.divisions().collect();
        problems.push(file.at(
            division,
            format!("unknown calendar division `{}`", division.value),
            format!(
                "Use one of the divisions in calendars/bank-holidays.json: {}.",
                known.join(", ")
            ),
        ));
        return None;
    };
    if let Some(last) = found.holidays.last()
        && context
            .today
            .checked_add_months(CALENDAR_WARNING)
            .is_some_and(|soon| last.date <= soon)
    {
        problems.push(
            file.at(
                division,
                format!(
                    "the `{}` bank holidays in calendars/bank-holidays.json end on {}: deadlines after that will not skip bank holidays",
                    division.value,
                    last.date.format("%-d %B %Y")
                ),
                "Download the current list from https://www.gov.uk/bank-holidays.json and save it as calendars/bank-holidays.json.",
            )
            .warning(),
        );
    }
    Some(found.clone())
}

/// Stage lines added below a `>-` text, indented, become part of its words
/// and are published as them: warn where a text reads like the route's own
/// fields ("... settle it. - id: stage-1 steps: - step: 1 within: ...").
pub(crate) fn swallowed_yaml(text: &Spanned<String>, file: &File, problems: &mut Vec<Problem>) {
    const FIELDS: [&str; 6] = [
        "- id: ",
        "steps: ",
        "- step: ",
        "within: ",
        "- action: ",
        "contact: ",
    ];
    let found: Vec<&str> = FIELDS
        .into_iter()
        .filter(|field| text.value.contains(field))
        .collect();
    if found.len() >= 2 {
        // Point at the first line that reads like a field, below the text's start.
        let start = text.referenced.line() as usize + file.line_offset;
        let (line, column) = file
            .source
            .lines()
            .enumerate()
            .skip(start)
            .find(|(_, l)| {
                let l = l.trim_start().trim_start_matches("- ");
                FIELDS
                    .iter()
                    .any(|f| l.starts_with(f.trim_start_matches("- ")))
            })
            .map_or((start, text.referenced.column() as usize), |(i, l)| {
                (i + 1, l.len() - l.trim_start().len() + 1)
            });
        problems.push(
            Problem::at(
                file.path,
                &file.source,
                line,
                column,
                format!(
                    "this text has the route's own fields in it ({}): lines meant as stages were indented under it, and would be published as its words",
                    found.iter().map(|f| format!("`{}`", f.trim())).collect::<Vec<_>>().join(", ")
                ),
                "Move those lines out of the text, to where they belong in stages.yaml (under `stages:`), with their own indentation.",
            )
            .warning(),
        );
    }
}
