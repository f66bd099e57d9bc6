//! Reading files: text that must be UTF-8, YAML with positions, the site and
//! the calendars.

use crate::Problem;
use crate::raw::RawSite;
use serde::de::DeserializeOwned;
use stagehand_model::{Calendars, Site};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Read a file as UTF-8 text; a missing file or bad bytes become a problem.
pub(crate) fn read_text(path: &Path, what: &str, problems: &mut Vec<Problem>) -> Option<Arc<str>> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            problems.push(Problem::error(
                path,
                format!("{what} is missing"),
                format!(
                    "Create `{}`: see the content guide in README.md.",
                    path.display()
                ),
            ));
            return None;
        }
        Err(e) => {
            problems.push(Problem::error(
                path,
                format!("cannot read the file: {e}"),
                "Check the file's permissions.",
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(Arc::from(text.strip_prefix('\u{feff}').unwrap_or(&text))),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            let source: Arc<str> = Arc::from(String::from_utf8_lossy(e.as_bytes()).as_ref());
            problems.push(Problem::at(
                path,
                &source,
                line,
                column,
                "the file is not UTF-8 text: this byte is not valid UTF-8",
                "Save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8).",
            ));
            None
        }
    }
}

/// Parse YAML into `T`, turning a syntax or shape error into a problem at its
/// line and column. `line_offset` counts lines above the YAML in its file.
pub(crate) fn parse_yaml<T: DeserializeOwned>(
    path: &Path,
    source: &Arc<str>,
    yaml: &str,
    line_offset: usize,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let mut options = serde_saphyr::options! {};
    options.with_snippet = false;
    match serde_saphyr::from_str_with_options::<T>(yaml, options) {
        Ok(value) => Some(value),
        Err(err) => {
            let (mut line, mut column) = err
                .location()
                .map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
            let mut message = yaml_message(&err.to_string());
            // The parser names the place where it noticed a tab, often the
            // line above: point at the tab itself, and say it is one (it
            // looks like spaces).
            if message.contains("tab")
                && let Some((at_line, at_column)) = first_tab_in_indent(yaml, line)
            {
                (line, column) = (at_line, at_column);
                message = "this line is indented with a tab (it looks like spaces)".into();
            }
            // Reading stops at this mistake: say so, or an editor who fixes
            // it would think the rest of the file correct.
            let help = format!("{} {STOPPED}", yaml_help(&message));
            problems.push(Problem::at(
                path,
                source,
                line + line_offset,
                column.max(1),
                message,
                help,
            ));
            None
        }
    }
}

/// The first tab in a line's indentation, from line `from` (1-based) on, or
/// anywhere before it: (line, column).
fn first_tab_in_indent(yaml: &str, from: usize) -> Option<(usize, usize)> {
    let tab_at = |(i, l): (usize, &str)| {
        let indent = l.len() - l.trim_start_matches([' ', '\t']).len();
        l[..indent]
            .find('\t')
            .map(|c| (i + 1, l[..c].chars().count() + 1))
    };
    let lines: Vec<&str> = yaml.lines().collect();
    let start = from.saturating_sub(1).min(lines.len());
    lines[start..]
        .iter()
        .enumerate()
        .map(|(i, l)| (i + start, *l))
        .find_map(tab_at)
        .or_else(|| lines.iter().copied().enumerate().find_map(tab_at))
}

/// Said after a mistake that stops a file being read.
pub(crate) const STOPPED: &str =
    "Fix this first: the rest of this file is checked only once it reads.";

/// serde-saphyr's message without the position it also appends (the problem
/// carries the position).
fn yaml_message(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or(raw);
    let cut = first.find(" at line ").map_or(first, |i| &first[..i]);
    // serde-saphyr's advice is for programmers: an editor cannot change options.
    let cut = cut
        .find(", set DuplicateKeyPolicy")
        .map_or(cut, |i| &cut[..i]);
    // chrono's date errors name no field or format: say what a date must be.
    match cut {
        "input is out of range" => {
            "this is not a real day (the month has no such day, or there is no such month)"
                .to_string()
        }
        "input contains invalid characters"
        | "premature end of input"
        | "trailing input"
        | "input is not enough for unique date and time" => {
            "this is not a real date: dates are written YYYY-MM-DD".to_string()
        }
        _ => cut.trim_end_matches('.').to_string(),
    }
}

fn yaml_help(message: &str) -> String {
    let m = message.to_lowercase();
    if m.contains("unknown field") {
        match misspelt_field(message) {
            Some(near) => format!(
                "Did you mean `{near}`? Check the field name against the content guide in README.md."
            ),
            None => "Check the spelling of the field name against the content guide in README.md."
                .into(),
        }
    } else if m.contains("missing field") {
        "Add the field: the content guide in README.md lists the required fields.".into()
    } else if m.contains("duplicate") {
        "Each key may appear once in a mapping: remove or rename the repeated one.".into()
    } else if m.contains("tab") {
        "YAML does not allow tabs for indentation: indent with spaces.".into()
    } else if m.contains("not a real date") || m.contains("not a real day") {
        "Check the date: a real day, written year-month-day, such as 2026-02-28.".into()
    } else if m.contains("mapping values are not allowed") {
        "A value with `: ` in it must be in quotes, as in `contact: \"Northtown: the duty manager\"`. Otherwise check the indentation at this place.".into()
    } else if m.contains("end of input") || m.contains("end of stream") {
        "The file is empty or ends too early: the content guide in README.md shows what it holds."
            .into()
    } else if m.contains("budget") || m.contains("alias") {
        "Remove the YAML anchors and aliases (`&name`, `*name`): content never needs them.".into()
    } else {
        "Check the YAML syntax at this place: indentation with spaces, `key: value`, and `- ` before each list item.".into()
    }
}

/// From "unknown field `titel`, expected one of `title`, ...": the
/// expected field nearest the one written.
fn misspelt_field(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once("unknown field `")?;
    let (typed, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest
        .split_once("expected")?
        .1
        .split([',', ' ', '`'])
        .filter(|w| !w.is_empty() && *w != "one" && *w != "of" && *w != "or")
        .collect();
    crate::near::nearest(typed, &expected)
}

/// A BCP 47 tag, as `<html lang>` needs: `en-GB`, `cy`, never `Welsh`.
fn language_tag(
    language: &serde_saphyr::Spanned<String>,
    file: &crate::route::File,
    problems: &mut Vec<Problem>,
    field: &str,
) -> Option<String> {
    let tag = language.value.trim();
    let valid = language_tags::LanguageTag::parse(tag)
        .ok()
        .filter(|t| t.validate().is_ok());
    if valid.is_none() {
        let (written, example) = if field == "language" {
            (
                format!("`language: {tag}`"),
                "`language: en-GB` for British English",
            )
        } else {
            (
                format!("`{tag}` in `languages:`"),
                "`en-GB` for British English or `cy` for Welsh",
            )
        };
        problems.push(file.at(
            language,
            format!("{written} is not a language code: a page's language is written as a BCP 47 tag, which browsers and screen readers read"),
            format!("Write the code of the language the procedures are written in, such as {example}."),
        ));
    }
    valid.map(|t| t.to_string())
}

/// The site as it reads in another of its languages, from `site.<code>.yaml`
/// beside `site.yaml` (its title and description; without it, the default
/// language's, and a warning).
pub(crate) fn site_in(
    site: &Site,
    language: &str,
    root: &Path,
    problems: &mut Vec<Problem>,
) -> Site {
    let mut translated = site.clone();
    translated.language = language.to_string();
    let path = root.join(format!("site.{language}.yaml"));
    if !path.is_file() {
        problems.push(
            Problem::error(
                &path,
                format!("the site's title and description have no `{language}` words, so the `{language}` pages show them in the default language"),
                format!("Create `site.{language}.yaml` with `title:` and `description:` in that language."),
            )
            .warning(),
        );
        return translated;
    }
    let Some(source) = read_text(&path, "the site's translated words", problems) else {
        return translated;
    };
    if let Some(words) =
        parse_yaml::<crate::raw::RawSiteWords>(&path, &source, &source, 0, problems)
    {
        translated.title = words.title;
        translated.description = words.description.or(translated.description);
    }
    translated
}

pub(crate) fn read_site(path: &Path, problems: &mut Vec<Problem>) -> Option<Site> {
    let source = read_text(path, "the site file `site.yaml`", problems)?;
    let raw: RawSite = parse_yaml(path, &source, &source, 0, problems)?;
    let mut site = Site::new(raw.title);
    site.description = raw.description;
    let file = crate::route::File {
        path,
        source: source.clone(),
        line_offset: 0,
    };
    if let (Some(_), Some(languages)) = (&raw.language, &raw.languages) {
        problems.push(file.at(
            languages,
            "`site.yaml` gives both `language:` and `languages:`",
            "Keep `languages:`, with the default language first, and remove `language:`.",
        ));
    }
    if let Some(language) = &raw.language
        && let Some(tag) = language_tag(language, &file, problems, "language")
    {
        site.language = tag;
        site.languages = vec![site.language.clone()];
    }
    if let Some(languages) = &raw.languages {
        let tags: Vec<String> = languages
            .value
            .iter()
            .filter_map(|l| language_tag(l, &file, problems, "languages"))
            .collect();
        for (l, tag) in languages.value.iter().zip(&tags) {
            // Every page's own words are the tool's: in a language it has
            // no words for, a page would be half in another.
            if stagehand_messages::Language::of_tag(tag).is_none() && languages.value.len() > 1 {
                problems.push(file.at(
                    l,
                    format!("Stagehand cannot write its own words (menus, the route's headings, the decision aid) in `{tag}`"),
                    "A site in more than one language can use English (en-GB) and Welsh (cy).",
                ));
            }
        }
        if let Some(first) = tags.first() {
            site.language = first.clone();
            site.languages = tags;
        } else {
            problems.push(file.at(
                languages,
                "`languages:` names no language",
                "Name the site's languages, the default first: `languages: [en-GB, cy]`.",
            ));
        }
    }
    if let Some(base) = raw.base_path {
        let trimmed = base.trim_matches('/');
        site.base_path = if trimmed.is_empty() {
            "/".into()
        } else {
            format!("/{trimmed}/")
        };
    }
    site.url = raw.url.map(|u| u.trim_end_matches('/').to_string());
    if let Some(url) = site
        .url
        .as_deref()
        .filter(|u| !u.starts_with("https://") && !u.starts_with("http://"))
    {
        // The line the address is on, for the caret.
        let line = source
            .lines()
            .position(|l| l.trim_start().starts_with("url:"))
            .map_or(0, |i| i + 1);
        let column = source
            .lines()
            .nth(line.saturating_sub(1))
            .and_then(|l| l.find(url))
            .map_or(1, |c| c + 1);
        problems.push(
            Problem::at(
                path,
                &source,
                line,
                column,
                format!("`url: {url}` is not a full address, so the sitemap and the amendments feeds would give addresses a browser cannot follow"),
                format!("Write it with `https://` in front: `url: https://{}`.", url.trim_start_matches('/')),
            )
            .warning(),
        );
    }
    if site.url.is_none() {
        problems.push(
            Problem::error(
                path,
                "site.yaml gives no `url`, so the build writes no sitemap.xml and the amendments feeds' links are relative: both need each page's full address",
                "Add the site's public address, such as `url: https://procedures.example.org`, once it has one.",
            )
            .warning(),
        );
    }
    Some(site)
}

pub(crate) fn read_calendars(folder: &Path, problems: &mut Vec<Problem>) -> Option<Calendars> {
    let path = folder.join("bank-holidays.json");
    if !path.exists() {
        problems.push(Problem::error(
            &path,
            "the bank holiday calendar `calendars/bank-holidays.json` is missing: working days cannot be counted without it",
            "Download GOV.UK's list from https://www.gov.uk/bank-holidays.json and save it as calendars/bank-holidays.json.",
        ));
        return None;
    }
    let source = read_text(
        &path,
        "the bank holiday calendar `calendars/bank-holidays.json`",
        problems,
    )?;
    match Calendars::from_govuk_json(&source) {
        Ok(calendars) => Some(calendars),
        Err(e) => {
            let message = if e.message.starts_with("EOF while parsing") {
                "the file ends too soon, as if it was cut short".to_string()
            } else {
                yaml_message(&e.message)
            };
            problems.push(Problem::at(
                &path,
                &source,
                e.line,
                e.column,
                format!("the bank holiday file is not in GOV.UK's format: {message}"),
                "Download it again from https://www.gov.uk/bank-holidays.json, or fix the JSON at this place (each event needs a `title` and a `date` written YYYY-MM-DD).",
            ));
            None
        }
    }
}

/// A valid procedure slug: lower-case letters, digits and `-`.
pub(crate) fn is_slug(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Whether `name` can be a procedure's folder (its address): what is wrong
/// with it, and a name to use instead.
pub(crate) fn procedure_name_problem(name: &str) -> Option<(String, String)> {
    let (message, instead) = name_problem(name)?;
    Some((
        format!("the folder name {message}"),
        format!("Rename the folder, for example to `{instead}`."),
    ))
}

/// What is wrong with `name` as a procedure's name (after "the folder name"
/// or "the name"), and a name to use instead.
pub(crate) fn name_problem(name: &str) -> Option<(String, String)> {
    if crate::RESERVED_FOLDERS.contains(&name) {
        return Some((
            format!(
                "`{name}` is used by the site itself (its `/{name}/` pages), so a procedure cannot have it"
            ),
            format!("{name}-procedure"),
        ));
    }
    if is_slug(name) {
        return None;
    }
    let suggestion: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let suggestion = if suggestion.is_empty() {
        "my-procedure".to_string()
    } else {
        suggestion
    };
    Some((
        format!(
            "`{name}` is not a valid procedure slug: it becomes the procedure's address, so it may hold only lower-case letters, digits and `-`, and may not start or end with `-`"
        ),
        suggestion,
    ))
}

/// The procedure folders, sorted; a folder name that is not a slug is a problem.
pub(crate) fn procedure_folders(folder: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let walker = walkdir::WalkDir::new(folder)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let message = if e
                    .io_error()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)
                {
                    "the `procedures` folder is missing".to_string()
                } else {
                    format!("cannot read the folder: {e}")
                };
                problems.push(Problem::error(folder, message, "Create `procedures/<slug>/` with a `procedure.md` and a `stages.yaml` for each procedure."));
                continue;
            }
        };
        if !entry.file_type().is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if let Some((message, help)) = procedure_name_problem(&name) {
            problems.push(Problem::error(entry.path(), message, help));
            continue;
        }
        found.push(entry.into_path());
    }
    found
}
