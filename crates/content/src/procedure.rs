//! One procedure folder: `procedure.md`, `stages.yaml`, optional
//! `scenarios.yaml`, further pages and the files its text links to, checked
//! against each other. A mistake in one file never stops the others being
//! checked.

use crate::files::{parse_yaml, read_text};
use crate::raw::{RawExtends, RawLocalRoute, RawMeta, RawRoute};
use crate::route::{Context, File, check_route};
use crate::{Problem, ProcedureContent};
use crate::{assets, pages, scenarios};
use chrono::NaiveDate;
use stagehand_markdown::{Rendered, render};
use stagehand_model::{Amendment, Calendars, Procedure, ProcedureMeta};
use std::path::Path;
use std::sync::Arc;

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

/// A procedure folder as read: a whole procedure, or a local version's own
/// parts, to be laid over its region once every folder is read.
pub(crate) enum Read {
    Whole(Box<ProcedureContent>),
    Local(Box<crate::local::LocalParts>),
}

pub(crate) fn read_procedure(
    folder: &Path,
    calendars: Option<&Calendars>,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<Read> {
    let slug = folder.file_name()?.to_string_lossy().to_string();
    let text_path = folder.join("procedure.md");
    let text = read_markdown::<RawMeta>(&text_path, "the procedure text `procedure.md`", problems);
    let route_path = folder.join("stages.yaml");
    let route_source = read_text(&route_path, "the escalation route `stages.yaml`", problems);

    if let Some((Some(meta), body)) = &text {
        review_due(meta, body, &text_path, today, problems);
        updated_in_the_future(meta, body, &text_path, today, problems);
        updated_after_amendments(meta, body, &text_path, problems);
    }
    // The template's words may stay while it is a draft; never published.
    let draft = matches!(&text, Some((Some(meta), _)) if meta.draft);
    if let Some((_, body)) = &text {
        crate::template::left_in(&text_path, &body.source, draft, problems);
    }
    if let Some(source) = &route_source {
        crate::template::left_in(&route_path, source, draft, problems);
    }
    // A local version's stages.yaml names what it extends: only its own
    // parts are read here.
    let local = route_source.as_ref().is_some_and(|source| {
        let mut quiet = Vec::new();
        parse_yaml::<RawExtends>(&route_path, source, source, 0, &mut quiet).map_or_else(
            // A file with a mistake in its YAML is still a local
            // version if it says so: its mistake is then reported
            // where it is, not as "unknown field `extends`".
            || source.lines().any(|line| line.starts_with("extends:")),
            |read| read.extends.is_some(),
        )
    });
    if local {
        let source = route_source?;
        let before = problems.len();
        let raw = parse_yaml::<RawLocalRoute>(&route_path, &source, &source, 0, problems);
        let Some(raw) = raw else {
            regional_field_in_a_local_version(&mut problems[before..]);
            return None;
        };
        let pages = pages::read(folder, problems);
        let (meta, body) = text?;
        let mut files = assets::linked(folder, &text_path, &body, &slug, problems);
        for page in &pages {
            files.extend(page.files.iter().cloned());
        }
        return Some(Read::Local(Box::new(crate::local::LocalParts {
            slug,
            folder: folder.to_path_buf(),
            meta: meta?,
            text: body,
            text_path,
            route: raw,
            route_source: source,
            route_path,
            pages,
            files: assets::unique(files),
        })));
    }

    // The route is checked even when the text has a mistake: an editor
    // fixes every file's mistakes in one go.
    let headings = text
        .as_ref()
        .map(|(_, body)| body.rendered.headings.as_slice());
    let route = route_source.and_then(|source| {
        let route_file = File {
            path: &route_path,
            source,
            line_offset: 0,
        };
        let raw: RawRoute = parse_yaml(
            route_file.path,
            &route_file.source,
            &route_file.source,
            0,
            problems,
        )?;
        let context = Context {
            headings,
            calendars,
            today,
        };
        check_route(raw, &route_file, &context, problems)
    });

    if let (Some((_, body)), Some(route)) = (&text, &route) {
        heading_ids(&body.rendered.headings, body, &text_path, route, problems);
    }
    let scenarios = scenarios::read(&folder.join("scenarios.yaml"), route.as_ref(), problems);
    let pages = pages::read(folder, problems);
    let (meta, body) = text?;
    let mut files = assets::linked(folder, &text_path, &body, &slug, problems);
    for page in &pages {
        files.extend(page.files.iter().cloned());
    }
    let (meta, route) = (meta?, route?);
    let procedure = Procedure {
        slug,
        meta: meta_of(meta),
        route,
        scenarios,
        region: None,
    };
    Some(Read::Whole(Box::new(ProcedureContent {
        procedure,
        text: body.rendered,
        pages,
        files: assets::unique(files),
    })))
}

/// "unknown field `calendar`" in a file with `extends:` is not a spelling
/// slip: a local version takes its region's calendar (and the rest), or
/// `extends:` was added to a regional procedure by mistake.
fn regional_field_in_a_local_version(problems: &mut [Problem]) {
    use crate::files::STOPPED;
    const REGIONAL: [&str; 4] = ["calendar", "areas", "excludes", "agencies"];
    for problem in problems {
        if let Some(field) = REGIONAL
            .into_iter()
            .find(|f| problem.message.contains(&format!("unknown field `{f}`")))
        {
            problem.help = format!(
                "This file has `extends:`, so it is a local version, which takes `{field}` from its region and may not set it: remove `{field}` here, or remove `extends:` if this is the regional procedure. {STOPPED}"
            );
        } else if problem.message.contains("unknown field `question`") {
            problem.help = format!(
                "This file has `extends:`, so it is a local version: its `urgent:` adds `advice` and `contacts` to the region's box, and the question is the region's. Remove `question` here, or remove `extends:` if this is the regional procedure. {STOPPED}"
            );
        }
    }
}

/// The front matter as the model holds it.
pub(crate) fn meta_of(meta: RawMeta) -> ProcedureMeta {
    ProcedureMeta {
        title: meta.title,
        partnership: meta.partnership,
        summary: meta.summary,
        updated: meta.updated.value,
        review_due: meta.review_due.map(|r| r.value),
        reviewed: meta.reviewed.map(|r| r.value),
        covers: meta.covers,
        draft: meta.draft,
        amendments: meta
            .amendments
            .into_iter()
            .map(|a| Amendment {
                date: a.date,
                note: a.note,
            })
            .collect(),
    }
}

/// The ids the procedure's page gives its own parts (the theme's
/// `procedure.html` and `base.html`); each stage's box takes its stage id,
/// and the decision aid's ids all start with `aid-`. The site tests check
/// this list against a built page.
pub const PAGE_IDS: [&str; 25] = [
    "main-content",
    "site-search-input",
    "search-results",
    "offline-notice",
    "urgent",
    "contents-title",
    "decision-aid",
    "decision-aid-title",
    "decision-aid-root",
    "route",
    "route-title",
    "covered",
    "not-covered",
    "end-of-route",
    "record-questions",
    "monitoring-returns",
    "training",
    "training-title",
    "contacts",
    "contacts-title",
    "full-text",
    "full-text-title",
    "stagehand-procedure",
    "printed-on",
    "stagehand-words",
];

/// A heading of the text whose address is also one of the page's own:
/// links to it would find only one of the two.
pub(crate) fn heading_ids(
    headings: &[stagehand_markdown::Heading],
    body: &Body,
    path: &Path,
    route: &stagehand_model::Route,
    problems: &mut Vec<Problem>,
) {
    for heading in headings {
        let id = heading.id.as_str();
        let whose = if route.stage(id).is_some() {
            Some(format!("the box of {id} in the route"))
        } else if PAGE_IDS.contains(&id) || id.starts_with("aid-") {
            Some("a part of the page itself".to_string())
        } else {
            None
        };
        if let Some(whose) = whose {
            problems.push(
                Problem::at(
                    path,
                    &body.source,
                    heading.line,
                    1,
                    format!("the heading's address `#{id}` is also the address of {whose}, so a link to it finds only one of the two"),
                    format!("Give the heading an address of its own, such as `## {} {{#{id}-text}}`.", heading.text),
                )
                .warning(),
            );
        }
    }
}

fn review_due(
    meta: &RawMeta,
    body: &Body,
    path: &Path,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) {
    if let Some(review) = &meta.review_due
        && review.value < today
    {
        problems.push(
            body.front_matter(path).at(
                review,
                format!("the review of this procedure was due on {}", review.value.format("%-d %B %Y")),
                "Review the procedure with the partnership, then set `review_due` to the next review date.",
            )
            .warning(),
        );
    }
}

/// `updated:` after today: the page would say it was last updated on a day
/// that has not come.
fn updated_in_the_future(
    meta: &RawMeta,
    body: &Body,
    path: &Path,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) {
    if meta.updated.value > today {
        problems.push(
            body.front_matter(path)
                .at(
                    &meta.updated,
                    format!(
                        "`updated: {}` is after today: the page would say it was last updated on a day that has not come",
                        meta.updated.value
                    ),
                    format!("Set `updated:` to the day the procedure last changed, today ({today}) or before."),
                )
                .warning(),
        );
    }
}

/// The page says "Last updated" from `updated:`, beside the amendments: a
/// newer amendment would have it say the procedure last changed before it did.
fn updated_after_amendments(meta: &RawMeta, body: &Body, path: &Path, problems: &mut Vec<Problem>) {
    let Some(newest) = meta.amendments.iter().map(|a| a.date).max() else {
        return;
    };
    if newest > meta.updated.value {
        problems.push(
            body.front_matter(path).at(
                &meta.updated,
                format!(
                    "`updated: {}` is before the newest amendment, of {}: the page would say it was last updated before its last change",
                    meta.updated.value,
                    newest.format("%-d %B %Y")
                ),
                format!("Set `updated: {newest}` (or the day of a later change)."),
            )
            .warning(),
        );
    }
}

#[derive(Clone)]
pub(crate) struct Body {
    pub source: Arc<str>,
    pub rendered: Rendered,
}

impl Body {
    /// The file, for problems located in its front matter (which starts on
    /// line 2).
    pub(crate) fn front_matter<'a>(&self, path: &'a Path) -> File<'a> {
        File {
            path,
            source: self.source.clone(),
            line_offset: 1,
        }
    }
}

/// The line (1-based) of the `---` that closes front matter whose opening
/// `---` is missing: the file starts with a `key:` field and reaches a `---`
/// line before any heading.
fn fields_then_closing_line(source: &str) -> Option<usize> {
    let first = source.lines().next()?;
    let (key, _) = first.split_once(':')?;
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return None;
    }
    source
        .lines()
        .take_while(|l| !l.starts_with('#'))
        .position(|l| l.trim_end() == "---")
        .map(|i| i + 1)
}

/// A Markdown file with YAML front matter: the front matter when it could be
/// read, and the text (rendered even when the front matter has a mistake, so
/// the route can still be checked against its headings).
pub(crate) fn read_markdown<T: serde::de::DeserializeOwned>(
    path: &Path,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<(Option<T>, Body)> {
    let source = read_text(path, what, problems)?;
    let Some((yaml, markdown, lines_before)) = split_front_matter(&source) else {
        // Begun but never closed is a different slip from none at all.
        let blank = source.lines().take_while(|l| l.trim().is_empty()).count();
        let (message, help) = if blank > 0
            && source
                .lines()
                .nth(blank)
                .is_some_and(|l| l.trim_end() == "---")
        {
            (
                format!(
                    "the front matter's opening `---` is on line {}: it must be the file's first line",
                    blank + 1
                ),
                format!(
                    "Remove the blank line{} above it.",
                    if blank == 1 { "" } else { "s" }
                ),
            )
        } else if source.starts_with("---") {
            (
                "the front matter begun on line 1 has no closing `---` line".to_string(),
                "Add a line of just `---` after the last field (`updated:`, or `amendments:` and its notes), before the procedure's text.".to_string(),
            )
        } else if let Some(closing) = fields_then_closing_line(&source) {
            // The fields are there, and the closing line: only the
            // opening one is missing.
            (
                format!(
                    "the front matter has no opening `---` line: its fields are on lines 1 to {}, closed by the `---` on line {}",
                    closing - 1,
                    closing
                ),
                "Add a line of just `---` above line 1.".to_string(),
            )
        } else {
            (
                "the file has no front matter: it must begin with a `---` line, the fields, and another `---` line".to_string(),
                "Add the front matter at the top (title, partnership, summary, updated): see the content guide in README.md.".to_string(),
            )
        };
        problems.push(Problem::at(path, &source, 1, 1, message, help));
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
    Some((meta, Body { source, rendered }))
}
