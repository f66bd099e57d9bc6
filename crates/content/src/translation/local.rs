//! A local version in another language: `procedure.<code>.md` and
//! `stages.<code>.yaml` beside its own files, written as the default
//! language's are (`extends:`, only what is local), laid over the regional
//! procedure's translation. The region's words come from its translation and
//! the local words from these files; the data must be the default language's
//! local version's, as for any translation.

use super::{files, stale};
use crate::files::{parse_yaml, read_text};
use crate::local::{LocalParts, merge};
use crate::procedure::read_markdown;
use crate::raw::{RawLocalRoute, RawMeta};
use crate::route::File;
use crate::{Problem, ProcedureContent, Severity};
use chrono::NaiveDate;
use std::path::Path;

/// What a local version's translation is laid over.
pub(crate) struct Over<'a> {
    /// The local version as it applies in the default language.
    pub original: &'a ProcedureContent,
    /// Its own parts in the default language.
    pub parts: &'a LocalParts,
    /// The regional procedure in `language`, if it is translated.
    pub region: Option<&'a ProcedureContent>,
}

/// The local version of `over` in `language`, when its folder translates it.
pub(crate) fn read_local(
    folder: &Path,
    over: Over,
    language: &str,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<ProcedureContent> {
    let (text_path, route_path) = files(folder, language, problems)?;
    let Some(region) = over.region else {
        problems.push(
            Problem::error(
                &text_path,
                format!(
                    "the regional procedure `{}` has no `{language}` version, so this local version's cannot be laid over it: its page is published in the default language only",
                    over.parts.extends()
                ),
                format!(
                    "Translate `{}` first (procedure.{language}.md and stages.{language}.yaml in its folder).",
                    over.parts.extends()
                ),
            )
            .warning(),
        );
        return None;
    };
    let before = problems.len();
    let text = read_markdown::<RawMeta>(&text_path, "the translated text", problems);
    let source = read_text(&route_path, "the translated route", problems)?;
    let route: RawLocalRoute = parse_yaml(&route_path, &source, &source, 0, problems)?;
    let (meta, body) = text?;
    let meta = meta?;
    let files = crate::assets::linked(folder, &text_path, &body, &over.parts.slug, problems);
    let parts = LocalParts {
        slug: over.parts.slug.clone(),
        folder: folder.to_path_buf(),
        meta,
        text: body,
        text_path: text_path.clone(),
        route,
        route_source: source.clone(),
        route_path: route_path.clone(),
        pages: Vec::new(),
        files,
    };
    let file = File {
        path: &route_path,
        source,
        line_offset: 0,
    };
    if parts.extends() != over.parts.extends() {
        problems.push(file.at(
            &parts.route.extends,
            format!(
                "the translation changes the route: it extends `{}`, and stages.yaml `{}`",
                parts.extends(),
                over.parts.extends()
            ),
            "A translation extends the same regional procedure as the default language's local version.",
        ));
        return None;
    }
    // The local version's own warnings (a region changed since it was
    // reviewed) are said once, for the default language's files.
    let mut merging = Vec::new();
    let merged = merge(region, &parts, today, &mut merging);
    problems.extend(
        merging
            .into_iter()
            .filter(|p| p.severity == Severity::Error),
    );
    let mut merged = merged?;
    same_data(&merged, over.original, &parts, &file, problems);
    stale(
        &parts.meta,
        &parts.text,
        &text_path,
        over.original,
        language,
        problems,
    );
    merged.procedure.meta.amendments =
        super::amendments(&parts.meta, &text_path, over.original, language, problems);
    merged.procedure.scenarios = super::scenarios::translate(
        folder,
        &over.original.procedure.scenarios,
        language,
        problems,
    );
    if problems[before..]
        .iter()
        .any(|p| p.severity == Severity::Error)
    {
        return None;
    }
    let procedure = &mut merged.procedure;
    // The version a record and a return name is the default language's.
    procedure.meta.updated = over.original.procedure.meta.updated;
    procedure.meta.reviewed = over.original.procedure.meta.reviewed;
    procedure.meta.review_due = over.original.procedure.meta.review_due;
    procedure.meta.draft = over.original.procedure.meta.draft;
    // Records and returns keep an area in the default language's words.
    procedure.route.area_keys = over.original.procedure.route.areas.clone();
    Some(merged)
}

/// The translation gives words only: its route, without them, is the
/// default language's. A difference is reported at the stage it is in.
fn same_data(
    merged: &ProcedureContent,
    original: &ProcedureContent,
    parts: &LocalParts,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    let ours = merged.procedure.route.without_words();
    let theirs = original.procedure.route.without_words();
    if ours == theirs {
        return;
    }
    let help = "Give the same stages, steps, timescales, roles' agencies and contact details as stages.yaml, with the words translated.";
    let stage = ours
        .stages
        .iter()
        .zip(&theirs.stages)
        .find(|(a, b)| a != b)
        .map(|(a, _)| a.id.clone())
        .or_else(|| (ours.stages.len() != theirs.stages.len()).then(String::new));
    let at = stage.as_deref().and_then(|id| {
        parts
            .route
            .stages
            .iter()
            .find(|s| s.id.value == id)
            .map(|s| &s.id)
    });
    let what = match &stage {
        Some(id) if !id.is_empty() => format!("{id} is not the same as in stages.yaml"),
        Some(_) => "it has other stages than stages.yaml".to_string(),
        None => "its urgent box, contacts, record questions or returns are not the same as in stages.yaml".to_string(),
    };
    let message = format!(
        "the translation changes the route: {what}. A translation gives the words only; the route is the default language's"
    );
    problems.push(match at {
        Some(at) => file.at(at, message, help),
        None => file.at(&parts.route.extends, message, help),
    });
}
