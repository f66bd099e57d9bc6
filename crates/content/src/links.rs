//! Links between the handbook's pages, checked against what the build
//! writes, as Zola's `check` does: a link to a page the handbook does not
//! have, or to a `#place` that page does not have, is an error naming the
//! file, line and column, with the nearest page or place that exists. A
//! picture with no words saying what it shows is a warning. Links to other
//! sites are listed (`check --external`), never fetched.

use crate::{Asset, PAGE_IDS, Problem, ProcedureContent};
use stagehand_markdown::Link;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Everything a link can lead to: pages by their address under the site's
/// root (`durham/`, `` for the home page), each with the `#places` it has
/// (`None`: not checked), and files (`durham/diagram.png`).
#[derive(Debug, Default)]
pub(crate) struct Targets {
    pages: BTreeMap<String, Option<BTreeSet<String>>>,
    files: BTreeSet<String>,
    /// The procedures `build` leaves out (`durham/`): drafts, and the local
    /// versions of a draft region.
    drafts: BTreeSet<String>,
}

/// Whether `c` is left out of a published site.
pub(crate) fn is_draft(c: &ProcedureContent, draft_regions: &BTreeSet<String>) -> bool {
    c.procedure.meta.draft
        || c.procedure
            .region
            .as_ref()
            .is_some_and(|r| draft_regions.contains(&r.slug))
}

impl Targets {
    /// The pages and files of a handbook of these procedures and `static/`
    /// files: what `stagehand_render` writes for them.
    pub(crate) fn of<'a>(
        procedures: impl Iterator<Item = &'a ProcedureContent>,
        assets: &[Asset],
    ) -> Self {
        let mut t = Self::default();
        let procedures: Vec<&ProcedureContent> = procedures.collect();
        let draft_regions: BTreeSet<String> = procedures
            .iter()
            .filter(|c| c.procedure.meta.draft)
            .map(|c| c.procedure.slug.clone())
            .collect();
        for c in &procedures {
            if is_draft(c, &draft_regions) {
                t.drafts.insert(format!("{}/", c.procedure.slug));
            }
        }
        for page in ["", "a-z/", "accessibility/"] {
            t.pages.insert(page.into(), None);
        }
        for file in ["feed.xml", "sitemap.xml", "404.html"] {
            t.files.insert(file.into());
        }
        for asset in assets {
            t.files.insert(web_path(&asset.path));
        }
        for c in procedures {
            let slug = &c.procedure.slug;
            let mut ids: BTreeSet<String> = PAGE_IDS.iter().map(|s| s.to_string()).collect();
            ids.extend(c.procedure.route.stages.iter().map(|s| s.id.clone()));
            ids.extend(c.text.headings.iter().map(|h| h.id.clone()));
            t.pages.insert(format!("{slug}/"), Some(ids));
            t.pages.insert(format!("{slug}/record-form/"), None);
            t.pages.insert(format!("{slug}/amendments/"), None);
            for page in &c.pages {
                let mut ids: BTreeSet<String> = PAGE_IDS.iter().map(|s| s.to_string()).collect();
                ids.extend(page.text.headings.iter().map(|h| h.id.clone()));
                t.pages.insert(format!("{slug}/{}/", page.slug), Some(ids));
            }
            t.files.insert(format!("{slug}/feed.xml"));
            for f in &c.files {
                t.files.insert(web_path(&f.path));
            }
        }
        t
    }
}

fn web_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// A link to another site, where it is written: what `check --external`
/// lists for an editor to follow by hand (nothing here fetches it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalLink {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub url: String,
}

/// A Markdown file of the content and the address of the page it becomes.
pub(crate) struct Source<'a> {
    pub file: PathBuf,
    /// The file's text, to show the line of a problem; read from the file
    /// when not given (only when there is a problem to show).
    pub text: Option<Arc<str>>,
    /// `durham/`, `durham/contacts/`.
    pub page: String,
    pub links: &'a [Link],
}

impl Targets {
    /// Whether the page at `page` (`durham/`, `durham/contacts/`) is left
    /// out of a published site.
    pub(crate) fn is_draft_page(&self, page: &str) -> bool {
        self.drafts.iter().any(|d| page.starts_with(d.as_str()))
    }
}

/// An address with a scheme (`https:`, `mailto:`, `tel:`) or a host (`//`).
pub(crate) fn is_other_site(url: &str) -> bool {
    url.starts_with("//")
        || url
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains(['/', '?', '#']))
}

/// Where a link on `page` leads in the site: (page or file, place). `None`
/// when it climbs above the site's root.
fn resolve(page: &str, url: &str) -> Option<(String, Option<String>)> {
    let (path, place) = match url.split_once('#') {
        Some((path, place)) => (path, Some(place.to_string())),
        None => (url, None),
    };
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() {
        return Some((page.to_string(), place));
    }
    let (base, rest) = match path.strip_prefix('/') {
        Some(rest) => ("", rest),
        None => (page, path),
    };
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    let folder = rest.ends_with('/') || rest.ends_with("/.") || rest.ends_with("/..");
    for part in rest.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    // `index.html` is its folder's page; a last part with no `.` is a page
    // written without its closing `/`.
    if parts.last() == Some(&"index.html") {
        parts.pop();
        return Some((joined(&parts, true), place));
    }
    let is_file = !folder && parts.last().is_some_and(|p| p.contains('.'));
    Some((joined(&parts, !is_file), place))
}

fn joined(parts: &[&str], folder: bool) -> String {
    let mut out = parts.join("/");
    if folder && !out.is_empty() {
        out.push('/');
    }
    out
}

/// The link's problems: a page or place that is not there (an error), a
/// picture that says nothing of what it shows (a warning).
pub(crate) fn check(
    source: &Source,
    targets: &Targets,
    problems: &mut Vec<Problem>,
    external: &mut Vec<ExternalLink>,
) {
    let text = std::cell::OnceCell::new();
    let text = || {
        text.get_or_init(|| {
            source.text.clone().unwrap_or_else(|| {
                Arc::from(std::fs::read_to_string(&source.file).unwrap_or_default())
            })
        })
        .clone()
    };
    for link in source.links {
        let at = |message: String, help: String| {
            Problem::at(&source.file, &text(), link.line, link.column, message, help)
        };
        let url = link.url.trim();
        if link.image && !link.described {
            problems.push(
                at(
                    format!("the picture `{url}` has no words saying what it shows"),
                    "Describe it between the brackets, for someone who cannot see it: ![The route from stage 1 to stage 4](route.png).".into(),
                )
                .warning(),
            );
        }
        if is_other_site(url) {
            external.push(ExternalLink {
                file: source.file.clone(),
                line: link.line,
                column: link.column,
                url: url.to_string(),
            });
            continue;
        }
        if url.is_empty() {
            continue;
        }
        let Some((target, place)) = resolve(&source.page, url) else {
            problems.push(at(
                format!("this links to `{url}`, which leads above the site's top folder"),
                "Link to a page of the handbook, such as `../durham/` from a procedure's page, or `/durham/` from anywhere.".into(),
            ));
            continue;
        };
        // A published page may not lead to a draft: `build` leaves it out.
        if targets.is_draft_page(&target) && !targets.is_draft_page(&source.page) {
            problems.push(at(
                format!("this links to `{url}`, a draft (`draft: true`): `build` leaves it out, so the published link would lead nowhere"),
                "Publish it first (take `draft: true` out of its procedure.md), or take the link out until then.".into(),
            ));
            continue;
        }
        if targets.files.contains(&target) {
            continue;
        }
        let Some(places) = targets.pages.get(&target) else {
            // A file in the procedure's own folder that is missing is
            // reported where files are copied (`assets`).
            if !target.ends_with('/') && !url.contains('/') {
                continue;
            }
            let known: Vec<&str> = targets
                .pages
                .keys()
                .map(String::as_str)
                .filter(|p| !targets.is_draft_page(p))
                .collect();
            let help = match crate::near::nearest(&target, &known) {
                Some(near) => format!(
                    "Did you mean `/{near}`? A link that starts with `/` is read from the site's top folder."
                ),
                None => format!(
                    "Link to one of the handbook's pages: {}.",
                    known
                        .iter()
                        .filter(|p| p.matches('/').count() == 1)
                        .map(|p| format!("`/{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            let leads = if url.trim_end_matches('/') == format!("/{target}").trim_end_matches('/') {
                String::new()
            } else {
                format!(" (it leads to `/{target}`)")
            };
            problems.push(at(
                format!("this links to `{url}`, which is no page of this handbook{leads}"),
                help,
            ));
            continue;
        };
        let (Some(place), Some(places)) = (place.filter(|p| !p.is_empty()), places) else {
            continue;
        };
        if places.contains(&place) {
            continue;
        }
        let known: Vec<&str> = places.iter().map(String::as_str).collect();
        let shown = if target == source.page {
            "this page".to_string()
        } else {
            format!("`/{target}`")
        };
        let help = match crate::near::nearest(&place, &known) {
            Some(near) => format!("Did you mean `#{near}`?"),
            None => {
                // The page's own places: its stages and headings, not the
                // theme's.
                let own: Vec<String> = known
                    .iter()
                    .filter(|id| !PAGE_IDS.contains(id))
                    .take(16)
                    .map(|id| format!("`#{id}`"))
                    .collect();
                format!(
                    "Link to one of its stages or headings: {}. A heading's address is its words, lower-case, joined with `-` (`## 3. Stage One` is `#3-stage-one`), or the `{{#...}}` written after it.",
                    own.join(", ")
                )
            }
        };
        problems.push(at(
            format!("this links to `{url}`, but {shown} has no place `#{place}`"),
            help,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn links_resolve_as_a_browser_would() {
        let r = |page: &str, url: &str| resolve(page, url);
        assert_eq!(
            r("durham/", "#stage-2"),
            Some(("durham/".into(), Some("stage-2".into())))
        );
        assert_eq!(r("durham/", "../london/"), Some(("london/".into(), None)));
        assert_eq!(r("durham/", "../london"), Some(("london/".into(), None)));
        assert_eq!(
            r("durham/", "/london/#stage-1"),
            Some(("london/".into(), Some("stage-1".into())))
        );
        assert_eq!(
            r("durham/", "record-form/"),
            Some(("durham/record-form/".into(), None))
        );
        assert_eq!(
            r("durham/", "diagram.png"),
            Some(("durham/diagram.png".into(), None))
        );
        assert_eq!(r("durham/contacts/", "../"), Some(("durham/".into(), None)));
        assert_eq!(r("durham/", "../index.html"), Some(("".into(), None)));
        assert_eq!(r("durham/", "../../x/"), None);
    }
}
