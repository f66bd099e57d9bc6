//! Which handbook a command works on, and where its site goes: the folder
//! named with `--content`, or the handbook found from the current folder, as
//! Hugo and Zola find their site. A handbook is the folder that holds
//! `site.yaml`; from the folder a command runs in, or any folder above it,
//! that is the folder itself or its `content/`. The site is built beside the
//! content (`site/`), and `serve`'s preview kept apart from it, hidden
//! (`.stagehand-preview/`), so a preview is never what is published.

use std::path::{Path, PathBuf};

/// Where a command reads and writes.
pub(crate) struct Place {
    pub content: PathBuf,
    /// `build`'s output folder: what is published.
    pub out: PathBuf,
    /// `serve`'s folder: never the published one.
    pub preview: PathBuf,
}

/// The handbook named (`content`) or found from `here`, with the folders
/// `out` names or the ones beside the content. `Err` says there is none,
/// and what to run.
pub(crate) fn find(content: Option<PathBuf>, out: Option<PathBuf>) -> Result<Place, String> {
    let (content, found) = match content {
        // Named: as before, outputs are relative to where it runs.
        Some(content) => {
            let out = out.unwrap_or_else(|| PathBuf::from("site"));
            let preview = beside(&content, ".stagehand-preview");
            return Ok(Place {
                content,
                out,
                preview,
            });
        }
        None => {
            let here = std::env::current_dir()
                .map_err(|e| format!("cannot read the current folder: {e}"))?;
            (handbook_from(&here).ok_or_else(|| none_here(&here))?, here)
        }
    };
    let shown = shorter(&content, &found);
    eprintln!("Using the handbook in `{}`.", shown.display());
    Ok(Place {
        out: out.unwrap_or_else(|| shorter(&beside(&content, "site"), &found)),
        preview: shorter(&beside(&content, ".stagehand-preview"), &found),
        content: shown,
    })
}

/// The handbook `here` is in or above: a folder with `site.yaml`, or with
/// `content/site.yaml`.
pub(crate) fn handbook_from(here: &Path) -> Option<PathBuf> {
    here.ancestors().find_map(|dir| {
        if dir.join("site.yaml").is_file() {
            Some(dir.to_path_buf())
        } else if dir.join("content/site.yaml").is_file() {
            Some(dir.join("content"))
        } else {
            None
        }
    })
}

fn none_here(here: &Path) -> String {
    // A handbook in a folder just below: the editor is one `cd` away.
    let below: Vec<String> = std::fs::read_dir(here)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| {
                    let p = e.path();
                    p.join("site.yaml").is_file() || p.join("content/site.yaml").is_file()
                })
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let help = match below.first() {
        Some(name) => format!(
            "There is one in `{name}`: run `cd {name}`, then this again; or name the handbook's folder with `--content <folder>`."
        ),
        None => "Make one with `stagehand init <name>`, then `cd <name>` and run this again; or name the handbook's folder with `--content <folder>`.".into(),
    };
    format!(
        "there is no handbook in `{}` or in any folder above it: no `site.yaml`, and no `content/site.yaml`.\n  help: {help}",
        here.display()
    )
}

/// A folder beside the content folder (in the folder that holds it).
fn beside(content: &Path, name: &str) -> PathBuf {
    match content.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.join(name),
        _ => PathBuf::from(name),
    }
}

/// `path` relative to `here` where it is inside it (shorter to read), else
/// as it is.
fn shorter(path: &Path, here: &Path) -> PathBuf {
    match path.strip_prefix(here) {
        Ok(rest) if rest.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rest) => rest.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handbook_is_found_from_inside_it_and_from_the_folder_above() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("handbook/content");
        std::fs::create_dir_all(content.join("procedures/durham")).unwrap();
        std::fs::write(content.join("site.yaml"), "title: T\n").unwrap();
        for from in [
            dir.path().join("handbook"),
            content.clone(),
            content.join("procedures/durham"),
        ] {
            assert_eq!(handbook_from(&from), Some(content.clone()), "{from:?}");
        }
        assert_eq!(handbook_from(dir.path()), None);
        assert_eq!(beside(&content, "site"), dir.path().join("handbook/site"));
    }
}
