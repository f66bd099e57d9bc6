//! One procedure folder: `procedure.md`, `stages.yaml`, optional
//! `scenarios.yaml` and further pages, checked against each other.

use crate::files::{is_slug, parse_yaml, read_text};
use crate::raw::{RawContact, RawExclusion, RawMeta, RawPageMeta, RawRoute, RawScenarios};
use crate::{Page, Problem, ProcedureContent};
use chrono::NaiveDate;
use serde_saphyr::Spanned;
use stagehand_markdown::{Heading, render};
use stagehand_model::{
    Agency, Amendment, AnswerKind, Calendars, Contact, CountFrom, Exclusion, Procedure,
    ProcedureMeta, RecordQuestion, ReturnsAddress, Role, Route, Scenario, ScenarioStage, Stage,
    Step, Timescale, UNDERSTOOD_PHRASES, Urgent,
};
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

/// A file's text with where a problem in it should point.
struct File<'a> {
    path: &'a Path,
    source: Arc<str>,
    /// Lines above the YAML in its file (front matter starts on line 2).
    line_offset: usize,
}

impl File<'_> {
    fn at<T>(
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

/// Front matter between `---` lines, the Markdown after it, and the number of
/// lines before the Markdown.
fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let lines_before = 2 + yaml.matches('\n').count();
            return Some((yaml, body, lines_before));
        }
        offset += line.len();
    }
    None
}

pub(crate) fn read_procedure(
    folder: &Path,
    calendars: Option<&Calendars>,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<ProcedureContent> {
    let slug = folder.file_name()?.to_string_lossy().to_string();
    let text_path = folder.join("procedure.md");
    let text = read_markdown::<RawMeta>(&text_path, "the procedure text `procedure.md`", problems);
    let route_path = folder.join("stages.yaml");
    let route_source = read_text(&route_path, "the escalation route `stages.yaml`", problems);
    let (meta, body) = text?;

    if let Some(review) = &meta.review_due
        && review.value < today
    {
        let file = File {
            path: &text_path,
            source: body.source.clone(),
            line_offset: 1,
        };
        problems.push(
            file.at(
                review,
                format!("the review of this procedure was due on {}", review.value.format("%-d %B %Y")),
                "Review the procedure with the partnership, then set `review_due` to the next review date.",
            )
            .warning(),
        );
    }

    let route_file = File {
        path: &route_path,
        source: route_source?,
        line_offset: 0,
    };
    let raw: RawRoute = parse_yaml(
        route_file.path,
        &route_file.source,
        &route_file.source,
        0,
        problems,
    )?;
    let route = check_route(
        raw,
        &route_file,
        &body.rendered.headings,
        calendars,
        problems,
    );

    let scenarios = read_scenarios(&folder.join("scenarios.yaml"), route.as_ref(), problems);
    let pages = read_pages(folder, problems);
    let route = route?;
    let procedure = Procedure {
        slug,
        meta: ProcedureMeta {
            title: meta.title,
            partnership: meta.partnership,
            summary: meta.summary,
            updated: meta.updated,
            review_due: meta.review_due.map(|r| r.value),
            amendments: meta
                .amendments
                .into_iter()
                .map(|a| Amendment {
                    date: a.date,
                    note: a.note,
                })
                .collect(),
        },
        route,
        scenarios,
    };
    Some(ProcedureContent {
        procedure,
        text: body.rendered,
        pages,
    })
}

struct Body {
    source: Arc<str>,
    rendered: stagehand_markdown::Rendered,
}

/// A Markdown file with YAML front matter.
fn read_markdown<T: serde::de::DeserializeOwned>(
    path: &Path,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<(T, Body)> {
    let source = read_text(path, what, problems)?;
    let Some((yaml, markdown, lines_before)) = split_front_matter(&source) else {
        problems.push(Problem::at(
            path,
            &source,
            1,
            1,
            "the file has no front matter: it must begin with a `---` line, the fields, and another `---` line",
            "Add the front matter at the top (title, partnership, summary, updated): see the content guide in README.md.",
        ));
        return None;
    };
    let meta = parse_yaml::<T>(path, &source, yaml, 1, problems);
    let rendered = render(markdown, lines_before);
    for removed in &rendered.removed {
        problems.push(
            Problem::at(
                path,
                &source,
                removed.line,
                removed.column,
                removed.what.clone(),
                removed.instead.clone(),
            )
            .warning(),
        );
    }
    Some((meta?, Body { source, rendered }))
}

fn check_route(
    raw: RawRoute,
    file: &File,
    headings: &[Heading],
    calendars: Option<&Calendars>,
    problems: &mut Vec<Problem>,
) -> Option<Route> {
    let before = problems.len();
    let calendar = calendars.and_then(|calendars| {
        let found = calendars.get(&raw.calendar.value);
        if found.is_none() {
            let known: Vec<&str> = calendars.divisions().collect();
            problems.push(file.at(
                &raw.calendar,
                format!("unknown calendar division `{}`", raw.calendar.value),
                format!(
                    "Use one of the divisions in calendars/bank-holidays.json: {}.",
                    known.join(", ")
                ),
            ));
        }
        found.cloned()
    });

    if raw.stages.value.is_empty() {
        problems.push(file.at(&raw.stages, "the route has no stages", "List at least one stage under `stages:`, each with an `id`, a `title` and its `steps`."));
    }
    let mut ids = HashSet::new();
    for stage in &raw.stages.value {
        if !is_slug(&stage.id.value) {
            problems.push(file.at(
                &stage.id,
                format!(
                    "the stage id `{}` may hold only lower-case letters, digits and `-`",
                    stage.id.value
                ),
                "Use an id like `stage-1`: it appears in links, so keep it short and stable.",
            ));
        }
        if !ids.insert(stage.id.value.as_str()) {
            problems.push(file.at(
                &stage.id,
                format!("the stage id `{}` is used twice", stage.id.value),
                "Give each stage its own id, such as `stage-1`, `stage-2`.",
            ));
        }
    }
    let mut agency_ids = HashSet::new();
    for agency in &raw.agencies {
        if !is_slug(&agency.id.value) || !agency_ids.insert(agency.id.value.as_str()) {
            problems.push(file.at(
                &agency.id,
                format!("the agency id `{}` is not a unique id of lower-case letters, digits and `-`", agency.id.value),
                "Give each agency its own short id, such as `police`, `health` or `education`: roles, saved records and monitoring returns use it.",
            ));
        }
    }
    let known_stages = |problems: &mut Vec<Problem>, s: &Spanned<String>, what: &str| {
        if !ids.contains(s.value.as_str()) {
            let list: Vec<&str> = raw
                .stages
                .value
                .iter()
                .map(|s| s.id.value.as_str())
                .collect();
            problems.push(file.at(
                s,
                format!(
                    "{what} names `{}`, which is not a stage of this route",
                    s.value
                ),
                format!("Use one of the stage ids: {}.", list.join(", ")),
            ));
        }
    };

    let mut stages = Vec::new();
    for stage in &raw.stages.value {
        if let Some(section) = &stage.section
            && !headings.iter().any(|h| h.id == section.value)
        {
            let list: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
            problems.push(file.at(
                section,
                format!(
                    "`section: {}` names no heading in procedure.md",
                    section.value
                ),
                format!(
                    "Use the id of a heading in procedure.md: {}.",
                    list.join(", ")
                ),
            ));
        }
        let mut steps = Vec::new();
        for raw_step in &stage.steps {
            let within = raw_step.within.as_ref().and_then(|w| match Timescale::parse(&w.value) {
                Ok(t) => Some(t),
                Err(e) => {
                    problems.push(file.at(w, e.to_string(), format!("Write the timescale as one of: {}. Or leave `within` out if the procedure sets none.", UNDERSTOOD_PHRASES.join("; "))));
                    None
                }
            });
            let from = raw_step.from.as_ref().map(|from| {
                if from.value.split_whitespace().collect::<Vec<_>>().join(" ") == PREVIOUS_STEP {
                    if steps.is_empty() {
                        problems.push(file.at(
                            from,
                            "`from: previous step` is on the first step of the stage, which has no previous step",
                            "Remove `from` from the first step: it is counted from the start of its stage.",
                        ));
                    }
                    return CountFrom::PreviousStep;
                }
                known_stages(problems, from, "`from`");
                CountFrom::StageStart {
                    stage: from.value.clone(),
                }
            });
            let mut roles = Vec::new();
            if let Some(raw_roles) = &raw_step.roles {
                if raw.agencies.is_empty() {
                    problems.push(file.at(
                        raw_roles,
                        "this step names roles by agency, but the route lists no `agencies`",
                        "Add an `agencies:` list at the top of stages.yaml (each with an `id` and a `name`), or remove `roles`.",
                    ));
                }
                for (agency, role) in &raw_roles.value.0 {
                    if !raw.agencies.is_empty() && !agency_ids.contains(agency.value.as_str()) {
                        let list: Vec<&str> =
                            raw.agencies.iter().map(|a| a.id.value.as_str()).collect();
                        problems.push(file.at(
                            agency,
                            format!("`{}` is not an agency of this route", agency.value),
                            format!(
                                "Use one of the agency ids listed under `agencies:`: {}. Or add `{}` to that list.",
                                list.join(", "),
                                agency.value
                            ),
                        ));
                    }
                    roles.push(Role {
                        agency: agency.value.clone(),
                        role: role.clone(),
                    });
                }
            }
            let mut step = Step::new(raw_step.action.clone());
            step.contact = raw_step.contact.clone();
            step.roles = roles;
            step.within = within;
            step.sooner_if = raw_step.sooner_if.clone();
            step.from = from;
            steps.push(step);
        }
        stages.push(Stage {
            id: stage.id.value.clone(),
            title: stage.title.clone(),
            section: stage.section.as_ref().map(|s| s.value.clone()),
            steps,
            record: stage.record.clone(),
        });
    }

    let mut contacts = Vec::new();
    for c in raw.contacts {
        for s in &c.stages {
            known_stages(problems, s, "the contact's `stages`");
        }
        contacts.push(check_contact(c, file, problems));
    }
    let urgent = raw.urgent.map(|u| {
        let place = Spanned::new((), u.referenced, u.defined);
        let contacts: Vec<Contact> = u
            .value
            .contacts
            .into_iter()
            .map(|c| check_contact(c, file, problems))
            .collect();
        let urgent = Urgent {
            question: u.value.question,
            advice: u.value.advice,
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
        urgent
    });

    let mut question_ids = HashSet::new();
    let mut record = Vec::new();
    for q in raw.record {
        if !question_ids.insert(q.id.value.clone()) {
            problems.push(file.at(
                &q.id,
                format!("the record question id `{}` is used twice", q.id.value),
                "Give each record question its own id: saved records use it.",
            ));
        }
        let answer = q.answer.as_ref().map_or(AnswerKind::Text, |a| a.value);
        let in_return = q.in_return.as_ref().is_some_and(|r| r.value);
        if let (Some(marked), AnswerKind::Text) = (&q.in_return, answer)
            && marked.value
        {
            problems.push(file.at(
                marked,
                format!("the question `{}` is a text answer, and a monitoring return never carries typed text", q.id.value),
                "Only `yes-no` and `date` answers can be `in_return: true`. Remove `in_return`, or make the answer `yes-no` or `date`.",
            ));
        }
        record.push(RecordQuestion {
            id: q.id.value,
            question: q.question,
            answer,
            in_return,
        });
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
        excludes: raw
            .excludes
            .into_iter()
            .map(|e| match e {
                RawExclusion::Matter(matter) => Exclusion {
                    matter,
                    go_to: None,
                },
                RawExclusion::WithAdvice { matter, go_to } => Exclusion { matter, go_to },
            })
            .collect(),
        stages,
        end_of_route: raw.end_of_route,
        contacts,
        record,
        returns: raw.returns.map(|r| ReturnsAddress {
            email: r.email,
            url: r.url,
            note: r.note,
        }),
    })
}

/// `from: previous step`, written with any spacing.
const PREVIOUS_STEP: &str = "previous step";

/// A contact, with its phone numbers and email address checked so that the
/// page's `tel:` and `mailto:` links work.
fn check_contact(c: RawContact, file: &File, problems: &mut Vec<Problem>) -> Contact {
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
    }
}

fn read_scenarios(
    path: &Path,
    route: Option<&Route>,
    problems: &mut Vec<Problem>,
) -> Vec<Scenario> {
    if !path.exists() {
        return Vec::new();
    }
    let Some(source) = read_text(path, "the training scenarios `scenarios.yaml`", problems) else {
        return Vec::new();
    };
    let Some(raw) = parse_yaml::<RawScenarios>(path, &source, &source, 0, problems) else {
        return Vec::new();
    };
    let file = File {
        path,
        source: source.clone(),
        line_offset: 0,
    };
    let mut ids = HashSet::new();
    let mut scenarios = Vec::new();
    for s in raw.scenarios {
        if !is_slug(&s.id.value) || !ids.insert(s.id.value.clone()) {
            problems.push(file.at(&s.id, format!("the scenario id `{}` is not a unique slug", s.id.value), "Give each scenario its own id of lower-case letters, digits and `-`: training links use it."));
        }
        let mut stages = Vec::new();
        for st in s.stages {
            if let Some(route) = route
                && route.stage(&st.stage.value).is_none()
            {
                let list: Vec<&str> = route.stages.iter().map(|s| s.id.as_str()).collect();
                problems.push(file.at(
                    &st.stage,
                    format!("`stage: {}` is not a stage of this route", st.stage.value),
                    format!(
                        "Use one of the stage ids in stages.yaml: {}.",
                        list.join(", ")
                    ),
                ));
            }
            stages.push(ScenarioStage {
                stage: st.stage.value,
                started: st.started,
                contacted: st.contacted,
                outcome: st.outcome,
                resolved: st.resolved,
            });
        }
        scenarios.push(Scenario {
            id: s.id.value,
            title: s.title,
            area: s.area,
            description: s.description,
            stages,
        });
    }
    scenarios
}

/// Further pages: every other `.md` file in the folder.
fn read_pages(folder: &Path, problems: &mut Vec<Problem>) -> Vec<Page> {
    let mut pages = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return pages;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let is_page = path.extension().is_some_and(|e| e == "md")
            && path
                .file_name()
                .is_some_and(|n| n != "procedure.md" && n != "README.md");
        if !is_page {
            continue;
        }
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !is_slug(&stem) || stem == "record-form" {
            problems.push(Problem::error(&path, format!("the page name `{stem}` cannot be used: it becomes the page's address"), "Rename the file using lower-case letters, digits and `-` (and not `record-form`, which Stagehand uses)."));
            continue;
        }
        if let Some((meta, body)) = read_markdown::<RawPageMeta>(&path, "the page", problems) {
            pages.push(Page {
                slug: stem,
                title: meta.title,
                text: body.rendered,
            });
        }
    }
    pages
}
