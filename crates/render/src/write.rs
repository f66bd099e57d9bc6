//! Writing the site so that a failed build never leaves a half-written site,
//! and a rebuild writes only what changed.
//!
//! The previous site is kept beside the output, hidden (`.site.previous`).
//! A build takes it as its staging folder, brings it up to date (writing
//! only the files whose bytes differ, removing what is no longer built), and
//! swaps it in with two renames. The site being replaced becomes the next
//! build's `.site.previous`. Nothing in the live folder changes until the
//! swap, and no tree is deleted: on this kind of file system creating and
//! deleting thousands of files and folders is most of a build's time.

use crate::OutputFile;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub error: io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write `{}`: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for WriteError {}

/// What a write did, for the build's summary and the benchmark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteStats {
    /// Files whose bytes were written.
    pub written: usize,
    /// Files already there with the same bytes, left alone.
    pub unchanged: usize,
    /// Files and folders of the previous build that are no longer built.
    pub removed: usize,
}

fn fail(path: &Path) -> impl FnOnce(io::Error) -> WriteError + use<> {
    let path = path.to_path_buf();
    move |error| WriteError { path, error }
}

/// `.site.<tag>` beside `site`.
fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().to_string());
    out.with_file_name(format!(".{name}.{tag}"))
}

/// The hidden copy of the site before the last build, beside `out`. Safe to
/// delete at any time: the next build then writes every file.
pub fn previous_site(out: &Path) -> PathBuf {
    sibling(out, "previous")
}

/// Write all files to `out`, replacing what was there only once every file is written.
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail(parent))?;
    }
    let previous = previous_site(out);
    let staging = sibling(out, &format!("new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    // The previous site is the best start: most of its files are still right.
    if !previous.is_dir() || std::fs::rename(&previous, &staging).is_err() {
        let _ = std::fs::remove_dir_all(&previous);
        std::fs::create_dir(&staging).map_err(fail(&staging))?;
    }
    let stats = match bring_up_to_date(&staging, files) {
        Ok(stats) => stats,
        Err(e) => {
            // Still a tree of whole files, to be corrected by the next build.
            let _ = std::fs::rename(&staging, &previous);
            return Err(e);
        }
    };
    let had_site = out.exists();
    if had_site {
        std::fs::rename(out, &previous).map_err(fail(out))?;
    }
    if let Err(error) = std::fs::rename(&staging, out) {
        // Put the previous site back: never leave no site at all.
        if had_site {
            let _ = std::fs::rename(&previous, out);
        }
        return Err(WriteError {
            path: out.to_path_buf(),
            error,
        });
    }
    Ok(stats)
}

/// Make the folder `root` hold exactly `files`: remove what is not wanted,
/// make the missing folders, write each file whose bytes differ.
fn bring_up_to_date(root: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    let wanted: HashSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    let folders: BTreeSet<&Path> = files
        .iter()
        .flat_map(|f| f.path.ancestors().skip(1))
        .filter(|p| !p.as_os_str().is_empty())
        .collect();

    let mut removed = 0;
    // Deepest first, so a folder is emptied before it is looked at.
    for entry in walkdir::WalkDir::new(root)
        .min_depth(1)
        .contents_first(true)
    {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(root).to_path_buf();
            WriteError {
                path,
                error: e.into(),
            }
        })?;
        let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
        let kind = entry.file_type();
        let keep = if kind.is_dir() {
            folders.contains(relative)
        } else {
            kind.is_file() && wanted.contains(relative)
        };
        if !keep {
            let gone = if kind.is_dir() {
                std::fs::remove_dir_all(entry.path())
            } else {
                std::fs::remove_file(entry.path())
            };
            gone.map_err(fail(entry.path()))?;
            removed += 1;
        }
    }
    // Parents sort before their children.
    for folder in &folders {
        let path = root.join(folder);
        match std::fs::create_dir(&path) {
            Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(fail(&path)(e)),
            _ => {}
        }
    }

    let written: Vec<bool> = files
        .par_iter()
        .map(|file| {
            let path = root.join(&file.path);
            if same_bytes(&path, &file.bytes) {
                return Ok(false);
            }
            std::fs::write(&path, &file.bytes).map_err(fail(&path))?;
            Ok(true)
        })
        .collect::<Result<_, WriteError>>()?;
    let count = written.iter().filter(|w| **w).count();
    Ok(WriteStats {
        written: count,
        unchanged: files.len() - count,
        removed,
    })
}

/// Whether the file at `path` holds exactly `bytes` (its size first, so most
/// changed files are never read).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            std::fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    /// Every file under `dir`, with its text.
    fn tree(dir: &Path) -> BTreeMap<String, String> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let name = e.path().strip_prefix(dir).unwrap().display().to_string();
                (name, std::fs::read_to_string(e.path()).unwrap())
            })
            .collect()
    }

    fn expected(files: &[OutputFile]) -> BTreeMap<String, String> {
        files
            .iter()
            .map(|f| {
                (
                    f.path.display().to_string(),
                    String::from_utf8(f.bytes.clone()).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn each_build_leaves_exactly_its_own_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let a = vec![
            file("index.html", "home A"),
            file("durham/index.html", "Durham"),
            file("durham/record-form/index.html", "form"),
            file("old/index.html", "dropped in B"),
        ];
        let b = vec![
            file("index.html", "home B, longer"),
            file("durham/index.html", "Durham"),
            // A file where a folder was, and a folder where a file was.
            file("durham/record-form", "now a file"),
            file("index.html.d/x.html", "new folder"),
        ];
        for (round, files) in [&a, &b, &a, &b, &b, &a].into_iter().enumerate() {
            write_site(&out, files).unwrap();
            assert_eq!(tree(&out), expected(files), "build {round}");
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(names, [".site.previous", "site"]);
    }

    #[test]
    fn a_rebuild_writes_only_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let files = vec![file("a/index.html", "A"), file("b/index.html", "B")];
        let first = write_site(&out, &files).unwrap();
        assert_eq!(first.written, 2);
        // The second build starts from nothing kept; the third from the first.
        write_site(&out, &files).unwrap();
        let changed = vec![file("a/index.html", "A"), file("b/index.html", "C")];
        let third = write_site(&out, &changed).unwrap();
        assert_eq!((third.written, third.unchanged), (1, 1));
        assert_eq!(tree(&out), expected(&changed));
    }

    #[test]
    fn a_failed_write_leaves_the_site_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let good = vec![file("index.html", "good")];
        write_site(&out, &good).unwrap();
        write_site(&out, &good).unwrap();
        // A file cannot be written where the path needs it to be a folder's child.
        let bad = vec![
            file("index.html", "bad"),
            file("index.html/x", "impossible"),
        ];
        assert!(write_site(&out, &bad).is_err());
        assert_eq!(tree(&out), expected(&good));
        write_site(&out, &good).unwrap();
        assert_eq!(tree(&out), expected(&good));
    }
}
