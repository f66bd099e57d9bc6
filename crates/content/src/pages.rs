//! Further pages of a procedure: every other `.md` file in its folder.

use crate::files::is_slug;
use crate::procedure::read_markdown;
use crate::raw::RawPageMeta;
use crate::{Page, Problem, assets};
use std::path::Path;

/// Page names the site itself uses inside a procedure's folder.
const RESERVED_PAGES: [&str; 2] = ["record-form", "amendments"];

/// `procedure.cy.md`, `contacts.cy.md`: a file in another language (a
/// language code before `.md`), read as a translation, never as a page.
pub(crate) fn is_translation(path: &Path) -> bool {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    stem.rsplit_once('.').is_some_and(|(_, code)| {
        language_tags::LanguageTag::parse(code).is_ok_and(|t| t.validate().is_ok())
    })
}

pub(crate) fn read(folder: &Path, problems: &mut Vec<Problem>) -> Vec<Page> {
    let mut pages = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return pages;
    };
    let slug = folder
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let is_page = path.extension().is_some_and(|e| e == "md")
            && path
                .file_name()
                .is_some_and(|n| n != "procedure.md" && n != "README.md")
            && !is_translation(&path);
        if !is_page {
            continue;
        }
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !is_slug(&stem) || RESERVED_PAGES.contains(&stem.as_str()) {
            problems.push(Problem::error(&path, format!("the page name `{stem}` cannot be used: it becomes the page's address"), "Rename the file using lower-case letters, digits and `-`, not starting or ending with `-` (and not `record-form` or `amendments`, which Stagehand uses)."));
            continue;
        }
        if let Some((meta, body)) = read_markdown::<RawPageMeta>(&path, "the page", problems) {
            let files = assets::linked(folder, &path, &body, &format!("{slug}/{stem}"), problems);
            if let Some(meta) = meta {
                pages.push(Page {
                    slug: stem,
                    title: meta.title,
                    text: body.rendered,
                    files,
                });
            }
        }
    }
    pages
}
