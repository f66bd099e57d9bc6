//! Local versions: a procedure whose `stages.yaml` says `extends: <slug>`
//! is read on its own (its text, its additions), then laid over its regional
//! procedure once every folder is read. What it is then, the whole procedure
//! as it applies in that partnership's area, is what the site and the aid use.

use crate::procedure::{Body, heading_ids, meta_of};
use crate::raw::{RawLocalRoute, RawMeta};
use crate::route::{File, merge_route};
use crate::{Asset, Page, Problem, ProcedureContent, scenarios};
use chrono::NaiveDate;
use stagehand_markdown::{Heading, Rendered};
use stagehand_model::{Procedure, Region};
use std::path::PathBuf;
use std::sync::Arc;

/// A local version's own files, as read.
pub(crate) struct LocalParts {
    pub slug: String,
    pub folder: PathBuf,
    pub meta: RawMeta,
    pub text: Body,
    pub text_path: PathBuf,
    pub route: RawLocalRoute,
    pub route_source: Arc<str>,
    pub route_path: PathBuf,
    pub pages: Vec<Page>,
    pub files: Vec<Asset>,
}

impl LocalParts {
    /// The slug of the procedure it extends.
    pub fn extends(&self) -> &str {
        &self.route.extends.value
    }

    fn route_file(&self) -> File<'_> {
        File {
            path: &self.route_path,
            source: self.route_source.clone(),
            line_offset: 0,
        }
    }

    /// A problem at the `extends:` line.
    pub fn at_extends(&self, message: String, help: String) -> Problem {
        self.route_file().at(&self.route.extends, message, help)
    }
}

use stagehand_markdown::escape;

/// The local version laid over `region`: `None` when any of its problems is
/// an error.
pub(crate) fn merge(
    region: &ProcedureContent,
    parts: &LocalParts,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<ProcedureContent> {
    let before = problems.len();
    let meta = meta_of(parts.meta.clone());
    let text = merge_text(&region.text, parts, &meta.partnership, problems);
    let route = merge_route(
        &region.procedure.route,
        &parts.route,
        &parts.route_file(),
        &text.headings,
        problems,
    );
    heading_ids(
        &parts.text.rendered.headings,
        &parts.text,
        &parts.text_path,
        &route,
        problems,
    );
    reviewed(region, parts, problems);
    let _ = today;
    let scenarios = scenarios::read(&parts.folder.join("scenarios.yaml"), Some(&route), problems);
    if problems[before..]
        .iter()
        .any(|p| p.severity == crate::Severity::Error)
    {
        return None;
    }
    let r = &region.procedure;
    Some(ProcedureContent {
        procedure: Procedure {
            slug: parts.slug.clone(),
            meta,
            route,
            scenarios,
            region: Some(Region {
                slug: r.slug.clone(),
                title: r.meta.title.clone(),
                partnership: r.meta.partnership.clone(),
                updated: r.meta.updated,
                amendments: r.meta.amendments.clone(),
            }),
        },
        text,
        pages: parts.pages.clone(),
        files: parts.files.clone(),
    })
}

/// Warn when the region changed after the local version was last reviewed.
fn reviewed(region: &ProcedureContent, parts: &LocalParts, problems: &mut Vec<Problem>) {
    let changed = region.procedure.changed();
    let last = parts
        .meta
        .reviewed
        .as_ref()
        .map_or(parts.meta.updated.value, |r| r.value);
    if changed > last {
        let message = format!(
            "the regional procedure changed on {}, after {}'s local version was last reviewed on {}",
            changed.format("%-d %B %Y"),
            parts.meta.partnership,
            last.format("%-d %B %Y")
        );
        let help = "Read the regional procedure's amendments, change the local version if it needs it, then set `reviewed:` in procedure.md to the day you checked.";
        let problem = match &parts.meta.reviewed {
            Some(r) => parts
                .text
                .front_matter(&parts.text_path)
                .at(r, message, help),
            None => Problem::error(&parts.text_path, message, help),
        };
        problems.push(problem.warning());
    }
}

/// A rendered text cut at its level-2 headings: the part before the first,
/// then each section with its heading's id.
fn sections(rendered: &Rendered) -> Vec<(Option<&Heading>, &str)> {
    let html = rendered.html.as_str();
    let tops: Vec<&Heading> = rendered.headings.iter().filter(|h| h.level == 2).collect();
    let mut starts: Vec<(usize, &Heading)> = Vec::new();
    let mut from = 0;
    for heading in tops {
        let tag = format!("<h2 id=\"{}\"", heading.id);
        if let Some(at) = html[from..].find(&tag) {
            starts.push((from + at, heading));
            from += at + tag.len();
        }
    }
    let mut out = Vec::new();
    let first = starts.first().map_or(html.len(), |(at, _)| *at);
    out.push((None, &html[..first]));
    for (n, (at, heading)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(html.len(), |(next, _)| *next);
        out.push((Some(*heading), &html[*at..end]));
    }
    out
}

/// The headings of a text between one level-2 heading and the next.
fn headings_of<'a>(rendered: &'a Rendered, top: Option<&Heading>) -> Vec<&'a Heading> {
    let mut inside = top.is_none();
    let mut out = Vec::new();
    for h in &rendered.headings {
        if h.level == 2 {
            inside = top.is_some_and(|t| t.id == h.id);
        }
        if inside && (top.is_some() || h.level != 2) {
            out.push(h);
        }
    }
    out
}

/// The regional text with the local sections in place, each marked as the
/// partnership's own: after the regional section its heading names
/// (`{#id after=regional-id}`), or at the end.
fn merge_text(
    region: &Rendered,
    parts: &LocalParts,
    partnership: &str,
    problems: &mut Vec<Problem>,
) -> Rendered {
    let local = &parts.text.rendered;
    let regional = sections(region);
    let ids: Vec<&str> = region.headings.iter().map(|h| h.id.as_str()).collect();
    for h in &local.headings {
        if ids.contains(&h.id.as_str()) {
            problems.push(Problem::at(
                &parts.text_path,
                &parts.text.source,
                h.line,
                1,
                format!(
                    "the heading's address `#{}` is the regional procedure's own",
                    h.id
                ),
                format!(
                    "Give the local heading an address of its own: `## {} {{#local-{}}}`.",
                    h.text, h.id
                ),
            ));
        }
        if let Some(after) = &h.after
            && !regional
                .iter()
                .any(|(top, _)| top.is_some_and(|t| &t.id == after))
        {
            let known: Vec<&str> = regional
                .iter()
                .filter_map(|(t, _)| t.map(|t| t.id.as_str()))
                .collect();
            problems.push(Problem::at(
                &parts.text_path,
                &parts.text.source,
                h.line,
                1,
                format!("`after={after}` names no section of the regional procedure"),
                format!(
                    "Name the regional section this one follows: {}.",
                    known.join(", ")
                ),
            ));
        }
    }
    let mark = |html: &str| {
        format!(
            "<div class=\"local-text\"><p class=\"local-label\"><strong class=\"tag tag--purple\">Local</strong> {}</p>{html}</div>",
            escape(partnership)
        )
    };
    let local_sections = sections(local);
    let mut html = String::new();
    let mut headings: Vec<Heading> = Vec::new();
    let placed = |after: Option<&str>| -> Vec<(Option<&Heading>, &str)> {
        local_sections
            .iter()
            .filter(|(top, _)| top.is_some_and(|t| t.after.as_deref() == after))
            .copied()
            .collect()
    };
    for (i, (top, chunk)) in regional.iter().enumerate() {
        html.push_str(chunk);
        headings.extend(headings_of(region, *top).into_iter().cloned());
        if i == 0 {
            // The local version's own opening, after the region's.
            let (_, preface) = &local_sections[0];
            if !preface.trim().is_empty() {
                html.push_str(&mark(preface));
                headings.extend(headings_of(local, None).into_iter().cloned());
            }
        }
        if let Some(top) = top {
            for (local_top, chunk) in placed(Some(top.id.as_str())) {
                html.push_str(&mark(chunk));
                headings.extend(headings_of(local, local_top).into_iter().cloned());
            }
        }
    }
    for (local_top, chunk) in placed(None) {
        html.push_str(&mark(chunk));
        headings.extend(headings_of(local, local_top).into_iter().cloned());
    }
    Rendered {
        html,
        headings,
        removed: Vec::new(),
        links: Vec::new(),
    }
}
