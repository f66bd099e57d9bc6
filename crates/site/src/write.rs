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

use crate::memory::{FileState, Tree};
use crate::output::{self, Made, Owner};
use crate::site_file::{SiteFile, same_bytes, write_files};
use stagehand_render::OutputFile;
use std::collections::{BTreeSet, HashSet};
use std::io;
use std::path::{Path, PathBuf};

/// Why the site was not written.
#[derive(Debug)]
pub enum WriteError {
    /// A file or folder could not be written.
    Io { path: PathBuf, error: io::Error },
    /// The output folder is not the build's to replace: the reason, and how to fix it.
    Refused(String),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Io { path, error } => write!(f, "cannot write `{}`: {error}", path.display()),
            Self::Refused(why) => f.write_str(why),
        }
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

pub(crate) fn fail(path: &Path) -> impl FnOnce(io::Error) -> WriteError + use<> {
    let path = path.to_path_buf();
    move |error| WriteError::Io { path, error }
}

fn name_of(out: &Path) -> String {
    out.file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().to_string())
}

/// `.site.<tag>` beside `site`.
fn sibling(out: &Path, tag: &str) -> PathBuf {
    out.with_file_name(format!(".{}.{tag}", name_of(out)))
}

/// The hidden copy of the site before the last build, beside `out`. Safe to
/// delete at any time: the next build then writes every file.
pub fn previous_site(out: &Path) -> PathBuf {
    sibling(out, "previous")
}

/// Write all files to `out`, replacing what was there only once every file
/// is written. Refused, with nothing written, when `out` holds files that no
/// build wrote.
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    write_whole(out, files, Made::Site)
}

/// Write a monitoring report to `out` as [`write_site`] writes a site.
/// Refused, with nothing written, when `out` holds a site (or other files).
pub fn write_report(out: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    write_whole(out, files, Made::Report)
}

fn write_whole(out: &Path, files: &[OutputFile], made: Made) -> Result<WriteStats, WriteError> {
    let writes: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    let mut staging = Staging::begin_as(out, &writes, made)?;
    staging.write(files)?;
    staging.finish(&writes)
}

/// A build being written: the staging folder beside `out`, brought up to
/// date in parts (the pages first, then what is made from them as they lie
/// on disk, such as the search index), then swapped in whole. Nothing in
/// `out` changes until [`Staging::finish`]; dropped unfinished, the staging
/// folder is kept as the next build's start.
pub struct Staging {
    out: PathBuf,
    previous: PathBuf,
    dir: PathBuf,
    made: Made,
    stats: WriteStats,
    finished: bool,
    /// What the staging folder began as (so what the build's memory says
    /// of that folder holds for it).
    began_as: Began,
}

/// What a staging folder began as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Began {
    /// The hidden site before the live one.
    Previous,
    /// The live site's files, linked (there was no site before it).
    Live,
    /// A stopped build's folder, or nothing.
    Other,
}

impl Staging {
    /// Start from the previous site (or a stopped build's staging folder).
    /// `writes` are the files the build will write: a folder without a mark
    /// holding only those is taken as a build's.
    pub fn begin(out: &Path, writes: &BTreeSet<&Path>) -> Result<Self, WriteError> {
        Self::begin_as(out, writes, Made::Site)
    }

    fn begin_as(out: &Path, writes: &BTreeSet<&Path>, made: Made) -> Result<Self, WriteError> {
        may_replace(out, writes, made)?;
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(fail(parent))?;
        }
        let previous = previous_site(out);
        let dir = sibling(out, &format!("new-{}", std::process::id()));
        let began_as = start_staging(out, &previous, &dir)?;
        Ok(Self {
            out: out.to_path_buf(),
            previous,
            dir,
            made,
            stats: WriteStats::default(),
            finished: false,
            began_as,
        })
    }

    /// The staging folder: the site as written so far.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// What the staging folder began as.
    pub(crate) fn began_as(&self) -> Began {
        self.began_as
    }

    /// Write these files, each only where its bytes differ.
    pub fn write(&mut self, files: &[OutputFile]) -> Result<(), WriteError> {
        let files: Vec<SiteFile> = files.iter().map(SiteFile::new).collect();
        self.write_known(&files, None, &self.out.clone())?;
        Ok(())
    }

    /// Write these files, each only where its bytes differ: a file `known`
    /// says the staging folder holds with the same digest, unchanged since,
    /// is not read at all. A file kept from the build before is copied from
    /// the live site (`live`). Returns what each file now holds.
    pub(crate) fn write_known(
        &mut self,
        files: &[SiteFile],
        known: Option<&Tree>,
        live: &Path,
    ) -> Result<Vec<FileState>, WriteError> {
        let (stats, states) = write_files(&self.dir, files, known, live)?;
        self.stats.written += stats.written;
        self.stats.unchanged += stats.unchanged;
        Ok(states)
    }

    /// Remove what the build no longer makes (all it wrote is `all`), mark
    /// the folder with its files, and swap it in.
    pub fn finish(mut self, all: &BTreeSet<&Path>) -> Result<WriteStats, WriteError> {
        self.stats.removed = remove_unwanted(&self.dir, all)?;
        let mark = self.dir.join(output::MARK);
        let listed = output::mark(self.made, all.iter().copied());
        if !same_bytes(&mark, &listed) {
            let _ = std::fs::remove_file(&mark);
            std::fs::write(&mark, listed).map_err(fail(&mark))?;
        }
        let (out, previous, dir) = (&self.out, &self.previous, &self.dir);
        let had_site = out.exists();
        if had_site {
            std::fs::rename(out, previous).map_err(fail(out))?;
        }
        if let Err(error) = std::fs::rename(dir, out) {
            // Put the previous site back: never leave no site at all.
            if had_site {
                let _ = std::fs::rename(previous, out);
            }
            return Err(WriteError::Io {
                path: out.to_path_buf(),
                error,
            });
        }
        self.finished = true;
        Ok(self.stats)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            // Still a tree of whole files, to be corrected by the next build.
            let _ = std::fs::rename(&self.dir, &self.previous);
        }
    }
}

/// Refuse to replace `out` (or the hidden previous site beside it) unless
/// every file in it is one a build wrote, or one this build writes again.
fn may_replace(out: &Path, writes: &BTreeSet<&Path>, made: Made) -> Result<(), WriteError> {
    let shown = out.display();
    match output::owner(out, writes).map_err(fail(out))? {
        Owner::Build(there, _) if there != made => {
            let other = match made {
                Made::Site => "`site`",
                Made::Report => "`report`",
            };
            return Err(WriteError::Refused(format!(
                "error: `{shown}` holds {}, and writing {} there would replace it.\nhelp: Choose another folder with `--out`, such as {other}.\n",
                there.words(),
                match made {
                    Made::Site => "the site",
                    Made::Report => "the report",
                },
            )));
        }
        Owner::Nobody => {}
        Owner::Other if !out.is_dir() => {
            return Err(WriteError::Refused(format!(
                "error: the site cannot be written to `{shown}`: it is a file, not a folder.\nhelp: Choose another name for the site's folder with `--out`.\n"
            )));
        }
        Owner::Other => {
            return Err(WriteError::Refused(format!(
                "error: the site cannot be written to `{shown}`: the folder holds files, and it is not a site that stagehand built. A build replaces its folder whole, so they would be lost.\nhelp: Choose an empty or new folder with `--out`, or move those files out of `{shown}` first.\n"
            )));
        }
        Owner::Build(_, listed) => {
            let lost = match listed {
                Some(listed) => output::foreign(out, &listed, writes).map_err(fail(out))?,
                None => Vec::new(),
            };
            if !lost.is_empty() {
                let names: Vec<String> = lost
                    .iter()
                    .take(5)
                    .map(|p| format!("`{}`", out.join(p).display()))
                    .collect();
                let more = if lost.len() > 5 {
                    format!(" and {} more", lost.len() - 5)
                } else {
                    String::new()
                };
                return Err(WriteError::Refused(format!(
                    "error: {}{more} {} not written by stagehand, and the build replaces `{shown}` whole, so {} would be lost.\nhelp: Put files the site needs (such as `CNAME` or `_headers`) in the content's `static/` folder: every build copies them into the site. Then delete {} from `{shown}`.\n",
                    names.join(", "),
                    if lost.len() == 1 { "was" } else { "were" },
                    if lost.len() == 1 { "it" } else { "they" },
                    if lost.len() == 1 { "it" } else { "them" },
                )));
            }
        }
    }
    let previous = previous_site(out);
    if output::owner(&previous, writes).map_err(fail(&previous))? == Owner::Other {
        return Err(WriteError::Refused(format!(
            "error: `{}` beside the site is where stagehand keeps the site before the last build, and it holds files stagehand did not write.\nhelp: Move that folder away, then build again.\n",
            previous.display()
        )));
    }
    Ok(())
}

/// Make the staging folder: the previous site when there is one (most of its
/// files are still right), else the staging folder of a build that was
/// stopped before it finished; other such leftovers are removed; else the
/// live site's files, linked, not copied (a build writes a file by replacing
/// it, so the live site's stays as it is). Returns what it began as.
fn start_staging(out: &Path, previous: &Path, staging: &Path) -> Result<Began, WriteError> {
    let mut start = previous.is_dir().then(|| previous.to_path_buf());
    for leftover in leftovers(out) {
        if leftover == staging {
            continue;
        }
        match start {
            None => start = Some(leftover),
            Some(_) => {
                let _ = std::fs::remove_dir_all(&leftover);
            }
        }
    }
    let _ = std::fs::remove_dir_all(staging);
    if let Some(from) = start
        && std::fs::rename(&from, staging).is_ok()
    {
        return Ok(if from == previous {
            Began::Previous
        } else {
            Began::Other
        });
    }
    let _ = std::fs::remove_dir_all(previous);
    if out.join(output::MARK).is_file() {
        if link_site(out, staging).is_ok() {
            return Ok(Began::Live);
        }
        let _ = std::fs::remove_dir_all(staging);
    }
    std::fs::create_dir(staging).map_err(fail(staging))?;
    Ok(Began::Other)
}

/// Make `staging` a tree of links to the files of the live site `out`:
/// most of them are still right, and a link costs no bytes. The search
/// index's own top-level files are copied, since Pagefind writes them in
/// place (its other files are named by their contents and never rewritten).
fn link_site(out: &Path, staging: &Path) -> io::Result<()> {
    for entry in walkdir::WalkDir::new(out) {
        let entry = entry?;
        let relative = entry.path().strip_prefix(out).unwrap_or(entry.path());
        let target = staging.join(relative);
        if entry.file_type().is_dir() {
            std::fs::create_dir(&target)?;
        } else if relative.parent() == Some(Path::new("pagefind"))
            || std::fs::hard_link(entry.path(), &target).is_err()
        {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Staging folders beside `out` (`.site.new-<process>`) of builds no longer running.
pub(crate) fn leftovers(out: &Path) -> Vec<PathBuf> {
    let prefix = format!(".{}.new-", name_of(out));
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            name.strip_prefix(&prefix)
                .and_then(|pid| pid.parse::<u32>().ok())
                .is_some_and(|pid| !is_running(pid))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// Whether a process is running (on Linux, where `/proc` tells; elsewhere
/// only this process counts).
fn is_running(pid: u32) -> bool {
    pid == std::process::id() || Path::new("/proc").join(pid.to_string()).is_dir()
}

/// Remove from `root` every file and folder the build does not make.
fn remove_unwanted(root: &Path, wanted: &BTreeSet<&Path>) -> Result<usize, WriteError> {
    let folders: HashSet<&Path> = wanted
        .iter()
        .flat_map(|f| f.ancestors().skip(1))
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
            WriteError::Io {
                path,
                error: e.into(),
            }
        })?;
        let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
        let kind = entry.file_type();
        let keep = if kind.is_dir() {
            folders.contains(relative)
        } else {
            kind.is_file() && (wanted.contains(relative) || relative == Path::new(output::MARK))
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
    Ok(removed)
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
            .filter(|e| e.file_type().is_file() && e.file_name() != output::MARK)
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
