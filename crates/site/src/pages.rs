//! The site's pages: those of the procedures whose inputs changed since
//! the build the memory is of are rendered; the others' are kept as that
//! build wrote them; the pages that list every procedure are always rendered.

use crate::Steps;
use crate::memory::{Digest, Memory, Rendered};
use crate::said::Failed;
use crate::site_file::SiteFile;
use rayon::prelude::*;
use stagehand_content::Handbook;
use stagehand_render::{Languages, Renderer};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The site's files as rendered (or kept from the build before), and what
/// each procedure's pages were made from.
pub(crate) struct Rendering {
    pub files: Vec<SiteFile>,
    pub procedures: BTreeMap<String, Rendered>,
    /// The procedures rendered this time.
    pub fresh: BTreeSet<String>,
}

/// Render the pages of the procedures whose inputs changed since the build
/// the memory is of (all of them without one), keep the others' pages as
/// that build wrote them, and render the pages that list every procedure.
pub(crate) fn render(
    renderer: &Renderer,
    handbook: &Handbook,
    memory: Option<&Memory>,
    out: &Path,
    steps: &dyn Steps,
) -> Result<Rendering, Failed> {
    let languages = Languages::of(handbook);
    let Rendering {
        mut files,
        mut procedures,
        fresh,
    } = keep_unchanged(renderer, handbook, &languages, memory, out);
    steps.step("Rendering the procedures that changed");
    let rendered = renderer
        .procedures(handbook, &languages, Some(&fresh))
        .map_err(|e| Failed::Render(e.to_string()))?;
    let others = &handbook.site.languages[1.min(handbook.site.languages.len())..];
    for file in &rendered {
        if let Some(slug) = crate::procedure_of(&file.path, others)
            && let Some(made) = procedures.get_mut(slug)
        {
            made.files.push(file.path.clone());
        }
    }
    files.extend(
        rendered
            .into_par_iter()
            .map(|f| SiteFile::owned(f.path, f.bytes))
            .collect::<Vec<_>>(),
    );
    let pages: Vec<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    steps.step("Rendering the pages that list every procedure");
    let shared = renderer
        .shared(handbook, &languages, &pages)
        .map_err(|e| Failed::Render(e.to_string()))?;
    files.extend(
        shared
            .into_par_iter()
            .map(|f| SiteFile::owned(f.path, f.bytes))
            .collect::<Vec<_>>(),
    );
    // One order whatever was kept: what is made from the list (the search
    // index's digest, the offline files) must not depend on it.
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if let Some(twice) = files.windows(2).find(|w| w[0].path == w[1].path) {
        let twice = &twice[0];
        return Err(Failed::Render(format!(
            "the theme could not render a page: two files would be written to `{}`",
            twice.path.display()
        )));
    }
    Ok(Rendering {
        files,
        procedures,
        fresh,
    })
}

/// Each procedure's pages kept as the build the memory is of wrote them,
/// where what they are made from is unchanged and the files are still as
/// that build left them; the others to render (`fresh`).
fn keep_unchanged(
    renderer: &Renderer,
    handbook: &Handbook,
    languages: &Languages,
    memory: Option<&Memory>,
    out: &Path,
) -> Rendering {
    let prints: Vec<(&str, Digest)> = handbook
        .procedures
        .par_iter()
        .map(|c| {
            let print = renderer.fingerprint(handbook, languages, c);
            (c.procedure.slug.as_str(), print)
        })
        .collect();
    let mut files = Vec::new();
    let mut procedures = BTreeMap::new();
    let mut fresh = BTreeSet::new();
    for (slug, print) in prints {
        let kept = memory.and_then(|m| {
            let before = m.procedures.get(slug).filter(|r| r.made_from == print)?;
            let kept: Option<Vec<SiteFile>> = before
                .files
                .par_iter()
                .map(|p| m.site.still(out, p).map(|s| SiteFile::kept(p.clone(), s)))
                .collect();
            Some((before.clone(), kept?))
        });
        match kept {
            Some((before, kept)) => {
                files.extend(kept);
                procedures.insert(slug.to_string(), before);
            }
            None => {
                fresh.insert(slug.to_string());
                procedures.insert(
                    slug.to_string(),
                    Rendered {
                        made_from: print,
                        files: Vec::new(),
                    },
                );
            }
        }
    }
    Rendering {
        files,
        procedures,
        fresh,
    }
}
