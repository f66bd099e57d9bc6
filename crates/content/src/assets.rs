//! Files copied into the site as they are: everything in `static/` (a
//! host's `CNAME` or `_headers`, a logo), and the files a procedure's text
//! links to from its own folder (a diagram, a form to download).

use crate::procedure::Body;
use crate::{Asset, Problem};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Top-level folders the site itself writes: no procedure and no file in
/// `static/` may use them. The renderer's tests keep this list complete.
pub const RESERVED_FOLDERS: [&str; 4] = ["a-z", "accessibility", "assets", "pagefind"];

/// Top-level files the site itself writes, which `static/` may not replace.
pub const RESERVED_FILES: [&str; 9] = [
    "index.html",
    "404.html",
    "sitemap.xml",
    "README.md",
    "sw.js",
    "manifest.webmanifest",
    "version.json",
    "feed.xml",
    ".stagehand-build",
];

/// The files the text at `md` links to in its own folder, to be copied to
/// `<site_folder>/<address>` so the link works in the site as it does in an
/// editor's preview. A picture on another site is warned of: the site's
/// security policy stops browsers loading it.
pub(crate) fn linked(
    folder: &Path,
    md: &Path,
    body: &Body,
    site_folder: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Asset> {
    let mut files = Vec::new();
    for link in &body.rendered.links {
        let at = |message: String, help: &str| {
            Problem::at(md, &body.source, link.line, link.column, message, help).warning()
        };
        let url = link.url.trim();
        if crate::links::is_other_site(url) {
            if link.image {
                problems.push(at(
                    format!("the picture `{url}` is on another site, and the handbook's security policy stops browsers loading it"),
                    "Save the picture in the procedure's folder, beside procedure.md, and link to it by its name: ![what it shows](diagram.png).",
                ));
            }
            continue;
        }
        let Some(relative) = local_file(url) else {
            continue;
        };
        let path = folder.join(&relative);
        match std::fs::read(&path) {
            Ok(bytes) => files.push(Asset {
                path: Path::new(site_folder).join(&relative),
                bytes: Arc::from(bytes),
            }),
            Err(_) => problems.push(at(
                format!(
                    "this links to `{url}`, which is not in the procedure's folder `{}`",
                    folder.display()
                ),
                "Put the file in the procedure's folder, beside procedure.md, or correct the address.",
            )),
        }
    }
    files
}

/// The file in the procedure's own folder that a relative address names:
/// not an anchor, not a page (`.md`, or a folder ending in `/`), never
/// outside the folder.
fn local_file(url: &str) -> Option<PathBuf> {
    let path = url.split(['#', '?']).next()?;
    if path.is_empty() || path.starts_with('/') || path.ends_with('/') || path.ends_with(".md") {
        return None;
    }
    let relative = PathBuf::from(path.replace("%20", " "));
    let inside = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    (inside && relative.extension().is_some()).then_some(relative)
}

/// Each file once, by where it goes in the site.
pub(crate) fn unique(files: Vec<Asset>) -> Vec<Asset> {
    let by_path: BTreeMap<PathBuf, Asset> =
        files.into_iter().map(|f| (f.path.clone(), f)).collect();
    by_path.into_values().collect()
}

/// Every file under `static/`, to be copied into the site at the same place.
/// A file where the site writes its own, or inside a procedure's folder, is
/// a problem: the build would have to drop one of the two.
pub(crate) fn read_static(
    folder: &Path,
    slugs: &[String],
    problems: &mut Vec<Problem>,
) -> Vec<Asset> {
    if !folder.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(folder).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                problems.push(Problem::error(
                    e.path().unwrap_or(folder),
                    format!("cannot read it: {e}"),
                    "Check the file's permissions.",
                ));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(folder) else {
            continue;
        };
        let first = relative
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .unwrap_or_default();
        let clash = if relative.components().count() == 1 {
            RESERVED_FILES.contains(&first.as_str())
        } else {
            RESERVED_FOLDERS.contains(&first.as_str()) || slugs.contains(&first)
        };
        if clash {
            problems.push(Problem::error(
                entry.path(),
                format!("`static/{}` would replace or sit among the pages the build makes at `{}`", relative.display(), relative.display()),
                "Move it: a procedure's own files go in its folder under `procedures/`, and `static/` is for files the site does not make (such as `CNAME`, `_headers` or a logo).",
            ));
            continue;
        }
        match std::fs::read(entry.path()) {
            Ok(bytes) => files.push(Asset {
                path: relative.to_path_buf(),
                bytes: Arc::from(bytes),
            }),
            Err(e) => problems.push(Problem::error(
                entry.path(),
                format!("cannot read the file: {e}"),
                "Check the file's permissions.",
            )),
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::is_other_site;

    #[test]
    fn only_files_in_the_folder_are_copied() {
        assert_eq!(local_file("diagram.png"), Some("diagram.png".into()));
        assert_eq!(local_file("img/a%20b.png#x"), Some("img/a b.png".into()));
        for not in [
            "#stage-1",
            "../durham/x.png",
            "/assets/x.png",
            "other.md",
            "record-form/",
            "noextension",
        ] {
            assert_eq!(local_file(not), None, "{not}");
        }
        assert!(is_other_site("https://x.org/a.png"));
        assert!(is_other_site("//x.org/a.png"));
        assert!(is_other_site("mailto:a@b.org"));
        assert!(!is_other_site("a.png?v=1:2"));
    }
}
