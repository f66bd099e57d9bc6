//! A procedure in another of the site's languages: `procedure.<code>.md` and
//! `stages.<code>.yaml` beside the default language's files (Hugo's and
//! Zola's convention of a suffix). One route, two languages: ids, order,
//! timescales, agencies and every other piece of data come from the default
//! language's files; a translation gives the words only. A translation may
//! repeat a piece of data as it is (an editor translates a copy), but one
//! that changes the route is refused, as a local version's would be.

use crate::files::{parse_yaml, read_text};
use crate::procedure::{Body, read_markdown};
use crate::raw::RawMeta;
use crate::route::File;
use crate::{Problem, ProcedureContent};
use chrono::NaiveDate;
use stagehand_model::Amendment;
use std::path::{Path, PathBuf};

mod lay;
mod local;
mod scenarios;
mod words;

pub(crate) use local::{Over, read_local};

use words::RawWords;

/// The procedure of `original` in `language`, when its folder translates
/// it. Problems found are added to `problems`; `None` when there is no
/// translation or it cannot be used.
pub(crate) fn read(
    folder: &Path,
    original: &ProcedureContent,
    language: &str,
    problems: &mut Vec<Problem>,
) -> Option<ProcedureContent> {
    let (text_path, route_path) = files(folder, language, problems)?;
    let before = problems.len();
    let text = read_markdown::<RawMeta>(&text_path, "the translated text", problems);
    let source = read_text(&route_path, "the translated route", problems)?;
    let raw: RawWords = parse_yaml(&route_path, &source, &source, 0, problems)?;
    let (meta, body) = text?;
    let meta = meta?;
    let file = File {
        path: &route_path,
        source: source.clone(),
        line_offset: 0,
    };
    let mut untranslated = Vec::new();
    let route = lay::lay_words(
        &original.procedure.route,
        raw,
        &file,
        &body,
        &mut untranslated,
        problems,
    );
    stale(&meta, &body, &text_path, original, language, problems);
    let scenarios = scenarios::translate(folder, &original.procedure.scenarios, language, problems);
    let translated_amendments = amendments(&meta, &text_path, original, language, problems);
    if !untranslated.is_empty() {
        problems.push(
            Problem::error(
                &route_path,
                format!(
                    "words left in the default language, shown as they are on the translated page: {}",
                    untranslated.join("; ")
                ),
                "Give each its translated words here, by the same names as in stages.yaml.",
            )
            .warning(),
        );
    }
    if problems[before..]
        .iter()
        .any(|p| p.severity == crate::Severity::Error)
    {
        return None;
    }
    let mut procedure = original.procedure.clone();
    procedure.meta.title = meta.title;
    procedure.meta.partnership = meta.partnership;
    procedure.meta.summary = meta.summary;
    // `updated:` here is the day the translation was checked (for the stale
    // warning): the procedure's version is the default language's, which a
    // record and a return name whatever the language.
    if !meta.covers.is_empty() {
        procedure.meta.covers = meta.covers;
    }
    procedure.meta.amendments = translated_amendments;
    procedure.route = route;
    procedure.scenarios = scenarios;
    let files = crate::assets::linked(folder, &text_path, &body, &procedure.slug, problems);
    Some(ProcedureContent {
        procedure,
        text: body.rendered,
        pages: Vec::new(),
        files,
    })
}

/// Files named for the default language are never read: its words are in
/// `procedure.md`, `stages.yaml` and `scenarios.yaml`. Most often the
/// languages are the wrong way round in site.yaml (`[cy, en-GB]` with the
/// English text in procedure.md), which would publish English as Welsh.
pub(crate) fn named_for_the_default(folder: &Path, default: &str, problems: &mut Vec<Problem>) {
    for (name, own) in [
        (format!("procedure.{default}.md"), "procedure.md"),
        (format!("stages.{default}.yaml"), "stages.yaml"),
        (format!("scenarios.{default}.yaml"), "scenarios.yaml"),
    ] {
        let path = folder.join(&name);
        if path.is_file() {
            problems.push(
                Problem::error(
                    &path,
                    format!("`{name}` is never read: `{default}` is the site's default language (the first of `languages:` in site.yaml), and its words are in `{own}`"),
                    format!("Put the language `{own}` is written in first in `languages:` (for example `languages: [en-GB, cy]`), or remove `{name}`."),
                )
                .warning(),
            );
        }
    }
}

/// A translation's text and route, `None` when the folder has neither, or
/// (an error) one without the other.
fn files(folder: &Path, language: &str, problems: &mut Vec<Problem>) -> Option<(PathBuf, PathBuf)> {
    let text_path = folder.join(format!("procedure.{language}.md"));
    let route_path = folder.join(format!("stages.{language}.yaml"));
    match (text_path.is_file(), route_path.is_file()) {
        (false, false) => None,
        (true, true) => Some((text_path, route_path)),
        (true, false) | (false, true) => {
            let (has, lacks) = if text_path.is_file() {
                (&text_path, &route_path)
            } else {
                (&route_path, &text_path)
            };
            problems.push(Problem::error(
                has,
                format!(
                    "a translation needs its text and its route: `{}` has no `{}` beside it",
                    file_name(has),
                    file_name(lacks)
                ),
                format!(
                    "Add `{}` (a copy of the default language's file with its words translated), or remove `{}`.",
                    file_name(lacks),
                    file_name(has)
                ),
            ));
            None
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// The translation's amendments: the default language's, by their dates,
/// with the notes translated. None given: the default language's notes are
/// shown (a warning), as the Welsh page must not say nothing was amended.
fn amendments(
    meta: &RawMeta,
    path: &Path,
    original: &ProcedureContent,
    language: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Amendment> {
    let theirs = &original.procedure.meta.amendments;
    if meta.amendments.is_empty() && !theirs.is_empty() {
        problems.push(
            Problem::error(
                path,
                "the amendments have no translation: the translated pages show them in the default language",
                format!("Copy `amendments:` from procedure.md into procedure.{language}.md and translate each note, keeping its date."),
            )
            .warning(),
        );
        return theirs.clone();
    }
    let dates =
        |a: &mut dyn Iterator<Item = NaiveDate>| a.map(|d| d.to_string()).collect::<Vec<_>>();
    let ours = dates(&mut meta.amendments.iter().map(|a| a.date));
    let wanted = dates(&mut theirs.iter().map(|a| a.date));
    if ours != wanted {
        problems.push(Problem::error(
            path,
            format!(
                "the translation changes the amendments: their dates are {} here and {} in procedure.md",
                list(&ours),
                list(&wanted)
            ),
            "Give the same amendments as procedure.md, by the same dates, with each note translated.",
        ));
    }
    meta.amendments
        .iter()
        .map(|a| Amendment {
            date: a.date,
            note: a.note.clone(),
        })
        .collect()
}

fn list(dates: &[String]) -> String {
    if dates.is_empty() {
        "none".into()
    } else {
        dates.join(", ")
    }
}

/// A translation last updated before the text it translates changed may no
/// longer say the same.
fn stale(
    meta: &RawMeta,
    body: &Body,
    path: &Path,
    original: &ProcedureContent,
    language: &str,
    problems: &mut Vec<Problem>,
) {
    let changed = original.procedure.changed();
    if meta.updated.value < changed {
        problems.push(
            body.front_matter(path)
                .at(
                    &meta.updated,
                    format!(
                        "the translation may be out of date: it was last updated on {}, and the text it translates changed on {changed}",
                        meta.updated.value
                    ),
                    format!(
                        "Check the `{language}` text and stages against procedure.md and stages.yaml, bring them up to date, then set `updated: {changed}` (or the day you checked) here."
                    ),
                )
                .warning(),
        );
    }
}
