//! The output folder is the build's, and nothing else. A build replaces the
//! whole folder, so it refuses one that is, holds or is inside the content,
//! and one holding files no build wrote: those would be lost. A build marks
//! its folder with a list of the files it wrote (`.stagehand-build`), which
//! is how the next build knows them.

use std::collections::BTreeSet;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The mark a build leaves in its folder: the files it wrote, one a line.
pub const MARK: &str = ".stagehand-build";

const MARK_HEADER: &str =
    "# This folder is a site written by `stagehand build`: upload what is in it to
# any web host (this hidden file need not go with it). Everything here is
# generated: do not edit it by hand, and do not commit it. Each build replaces
# the files listed below. Any other file put here stops the build, so that
# nothing is lost: put files the site needs (CNAME, _headers) in the
# content's static/.
";

const REPORT_HEADER: &str =
    "# This folder is a monitoring report written by `stagehand returns`. Each
# report replaces the files listed below. Any other file put here stops it,
# so that nothing is lost.
";

/// What a marked folder holds: a handbook site (`build`, `serve`) or a
/// monitoring report (`returns`). Neither replaces the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Made {
    Site,
    Report,
}

impl Made {
    fn header(self) -> &'static str {
        match self {
            Self::Site => MARK_HEADER,
            Self::Report => REPORT_HEADER,
        }
    }

    /// In words, for a refusal: "a handbook site".
    pub(crate) fn words(self) -> &'static str {
        match self {
            Self::Site => "a handbook site built by `stagehand build`",
            Self::Report => "a monitoring report written by `stagehand returns`",
        }
    }
}

/// What the site README of builds made before the mark began with.
const LEGACY_README: &str = "# site/\n\n`stagehand build` writes";

/// The mark's text for a folder holding `files`.
pub(crate) fn mark<'a>(made: Made, files: impl IntoIterator<Item = &'a Path>) -> Vec<u8> {
    let mut text = String::from(made.header());
    for path in files.into_iter().collect::<BTreeSet<_>>() {
        text.push_str(&path.to_string_lossy());
        text.push('\n');
    }
    text.into_bytes()
}

/// Rewrite the mark of a live site whose files change one by one (`serve`),
/// whole or not at all. List a file before writing it and stop listing it
/// after removing it, so the mark never misses a file of the build's.
pub fn remark<'a>(out: &Path, files: impl IntoIterator<Item = &'a Path>) -> io::Result<()> {
    let temporary = out.join(format!("{MARK}.stagehand-new"));
    std::fs::write(&temporary, mark(Made::Site, files))?;
    std::fs::rename(&temporary, out.join(MARK))
}

/// Who a folder belongs to.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// Not there, or empty: the build may take it.
    Nobody,
    /// A build's (of a site or a report), with the files its mark lists
    /// (`None`: an older build, before the mark, whose files are all taken
    /// to be its own).
    Build(Made, Option<BTreeSet<PathBuf>>),
    /// Something else: files that are not a build's.
    Other,
}

/// Whose `folder` is. A folder without a mark whose every file the new build
/// writes anyway is taken too: nothing in it would be lost.
pub(crate) fn owner(folder: &Path, writes: &BTreeSet<&Path>) -> io::Result<Owner> {
    let meta = match std::fs::symlink_metadata(folder) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Owner::Nobody),
        other => other?,
    };
    if !meta.is_dir() {
        return Ok(Owner::Other);
    }
    if let Ok(text) = std::fs::read_to_string(folder.join(MARK)) {
        let listed: BTreeSet<PathBuf> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(PathBuf::from)
            .collect();
        // Reports were marked as sites before the mark said which: a
        // report is the folder with `report.csv` and no offline worker.
        let made = if text.starts_with(REPORT_HEADER)
            || (listed.contains(Path::new("report.csv")) && !listed.contains(Path::new("sw.js")))
        {
            Made::Report
        } else {
            Made::Site
        };
        return Ok(Owner::Build(made, Some(listed)));
    }
    if std::fs::read_to_string(folder.join("README.md")).is_ok_and(|t| t.starts_with(LEGACY_README))
    {
        return Ok(Owner::Build(Made::Site, None));
    }
    let files = files_in(folder)?;
    if files.is_empty() {
        Ok(Owner::Nobody)
    } else if files.iter().all(|f| writes.contains(f.as_path())) {
        Ok(Owner::Build(made_of(&files), None))
    } else {
        Ok(Owner::Other)
    }
}

/// What an unmarked folder of a build's files holds.
fn made_of(files: &[PathBuf]) -> Made {
    if files.iter().any(|f| f == Path::new("report.csv")) {
        Made::Report
    } else {
        Made::Site
    }
}

/// The files in `out` that no build wrote and this build would lose.
pub(crate) fn foreign(
    out: &Path,
    listed: &BTreeSet<PathBuf>,
    writes: &BTreeSet<&Path>,
) -> io::Result<Vec<PathBuf>> {
    Ok(files_in(out)?
        .into_iter()
        .filter(|f| {
            f != Path::new(MARK)
                && !is_litter(f)
                && !listed.contains(f)
                && !writes.contains(f.as_path())
        })
        .collect())
}

/// A file `serve` was writing beside its old version when it stopped.
pub(crate) fn is_litter(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".stagehand-new"))
}

/// Every file under `folder`, relative to it.
fn files_in(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(folder).min_depth(1) {
        let entry = entry.map_err(io::Error::from)?;
        if !entry.file_type().is_dir() {
            let relative = entry.path().strip_prefix(folder).unwrap_or(entry.path());
            files.push(relative.to_path_buf());
        }
    }
    Ok(files)
}

/// `path` made absolute and free of `.` and `..`, though it may not exist
/// yet (its nearest existing ancestor is resolved, links and all).
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        match Path::new(&name).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::CurDir) => {}
            _ => out.push(name),
        }
    }
    out
}

/// Refuse an output folder that a build replacing it whole would damage:
/// the content folder, one holding it, one inside it, or one holding the
/// folder stagehand runs in.
/// `what` names what is written there: "site", "report".
pub fn check_place(out: &Path, content: &Path, what: &str) -> Result<(), String> {
    let (o, c) = (resolved(out), resolved(content));
    let shown = out.display();
    let why = if o == c {
        Some(format!("`{shown}` is the content folder"))
    } else if c.starts_with(&o) {
        Some(format!(
            "`{shown}` holds the content folder `{}`",
            content.display()
        ))
    } else if o.starts_with(&c) {
        Some(format!(
            "`{shown}` is inside the content folder `{}`",
            content.display()
        ))
    } else if std::env::current_dir().is_ok_and(|here| resolved(&here).starts_with(&o)) {
        Some(format!(
            "`{shown}` holds the folder stagehand is running in"
        ))
    } else {
        None
    };
    match why {
        Some(why) => Err(format!(
            "error: the {what} cannot be written to `{shown}`: {why}, and stagehand replaces its output folder whole.\nhelp: Choose a folder of its own for the {what}, such as `--out {what}` beside `content`.\n"
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_and_the_folders_around_it_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        std::fs::create_dir_all(content.join("procedures")).unwrap();
        for bad in [
            content.clone(),
            dir.path().to_path_buf(),
            content.join("procedures/site"),
            content.join("../content/x/.."),
        ] {
            assert!(
                check_place(&bad, &content, "site").is_err(),
                "{}",
                bad.display()
            );
        }
        assert!(check_place(&dir.path().join("site"), &content, "site").is_ok());
        assert!(check_place(&dir.path().join("content-site"), &content, "site").is_ok());
    }

    #[test]
    fn a_folder_is_a_builds_only_by_its_mark_or_what_the_build_writes() {
        let dir = tempfile::tempdir().unwrap();
        let none = BTreeSet::new();
        assert_eq!(
            owner(&dir.path().join("new"), &none).unwrap(),
            Owner::Nobody
        );
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        assert_eq!(owner(dir.path(), &none).unwrap(), Owner::Other);
        let writes: BTreeSet<&Path> = [Path::new("notes.txt")].into();
        assert_eq!(
            owner(dir.path(), &writes).unwrap(),
            Owner::Build(Made::Site, None)
        );
        std::fs::write(
            dir.path().join(MARK),
            mark(Made::Site, [Path::new("index.html")]),
        )
        .unwrap();
        assert_eq!(
            owner(dir.path(), &none).unwrap(),
            Owner::Build(Made::Site, Some([PathBuf::from("index.html")].into()))
        );
    }
}
