//! `stagehand build` and `stagehand check`.

use crate::changes::Changes;
use crate::progress::Progress;
use rayon::prelude::*;
use stagehand_content::{Loaded, Problem, Severity, load};
use stagehand_model::Site;
use stagehand_render::{
    Families, Listed, OutputFile, RenderOptions, Staging, families, offline_files, render_site,
};
use stagehand_search::SearchIndex;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Today, as the machine's clock says, or as `STAGEHAND_TODAY` (YYYY-MM-DD)
/// says when it is set: tests that fake the browser's date give every
/// command the same day, so nothing depends on the real clock.
pub(crate) fn today() -> chrono::NaiveDate {
    std::env::var("STAGEHAND_TODAY")
        .ok()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Every problem, as text for standard error, then a count.
pub(crate) fn report(loaded: &Loaded) -> String {
    report_problems(&loaded.problems.iter().collect::<Vec<_>>())
}

pub(crate) fn report_problems(problems: &[&Problem]) -> String {
    let colour = std::io::stderr().is_terminal();
    let mut out = String::new();
    for problem in problems {
        out.push_str(&problem.render(colour));
        out.push('\n');
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    if errors + warnings > 0 {
        out.push_str(&format!(
            "{errors} error{}, {warnings} warning{}\n",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        ));
    }
    out
}

/// What `build` and `serve` say after refusing to write.
pub(crate) fn nothing_written(out: &Path) -> String {
    format!(
        "Nothing was written: the site in `{}` is unchanged.\n",
        out.display()
    )
}

/// A failed write, as the terminal shows it.
fn written_error(e: &stagehand_render::WriteError, out: &Path) -> String {
    match e {
        stagehand_render::WriteError::Refused(why) => format!("{why}{}", nothing_written(out)),
        other => format!("error: {other}\n{}", nothing_written(out)),
    }
}

/// Build the site; on any error, nothing is written. Returns the summary line
/// or every problem, as text.
pub(crate) fn build_site(
    content: &Path,
    out: &Path,
    options: &RenderOptions,
    search: bool,
    drafts: bool,
    quiet: bool,
) -> Result<(String, Changes), String> {
    let started = Instant::now();
    stagehand_render::check_place(out, content, "site")?;
    let loaded = load(content, today());
    let problems = report(&loaded);
    let warnings = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    let handbook = match loaded.into_handbook() {
        Ok((handbook, _warnings)) => handbook,
        Err(_) => return Err(format!("{problems}{}", nothing_written(out))),
    };
    if quiet {
        // CI logs: how many warnings, not each (`check` shows them).
        let n = warnings;
        if n > 0 {
            eprintln!(
                "{n} warning{}: run `stagehand check` to see them.",
                if n == 1 { "" } else { "s" }
            );
        }
    } else {
        eprint!("{problems}");
    }
    // Drafts are not published, unless asked for (to read them as built).
    let (handbook, left_out) = if drafts {
        (handbook, Vec::new())
    } else {
        handbook.without_drafts()
    };
    let progress = Progress::new();
    progress.step("Rendering pages");
    let files = render_site(&handbook, options).map_err(|e| format!("error: {e}\n"))?;
    // Against the site still there: what this build will change in it
    // (about 50 ms at 1,000 procedures: every page read and compared).
    let changes = {
        let procedures: Vec<_> = handbook.procedures.iter().map(|c| &c.procedure).collect();
        Changes::between(out, &files, &procedures)
    };
    let (site, families, procedures) = (
        handbook.site.clone(),
        families(&handbook),
        handbook.procedures.len(),
    );
    drop(handbook);
    let staged = stage(out, &files, &progress).map_err(|e| e.text(out))?;
    drop(files);
    let search = if search { Search::Make } else { Search::Off };
    let built = finish(staged, &site, &families, search, &progress).map_err(|e| e.text(out))?;
    progress.done();
    let mut summary = format!(
        "Built {procedures} procedure{}, {} pages, into `{}` in {} ms ({} files written, {} unchanged); {}",
        if procedures == 1 { "" } else { "s" },
        built.html_pages,
        out.display(),
        started.elapsed().as_millis(),
        built.written.written,
        built.written.unchanged,
        first_visit_words(built.first_visit, built.whole),
    );
    if !left_out.is_empty() {
        summary.push_str(&format!(
            "; left out, as drafts (`draft: true`): {}",
            left_out.join(", ")
        ));
    }
    if procedures == 0 {
        summary.push_str(". The site has no published procedure: take `draft: true` out of a procedure's front matter to publish it");
    }
    Ok((summary, changes))
}

/// Where a build keeps what it changed: beside the site, never in it (it is
/// the editor's, not the web's): `site-changes.txt` for `site/`.
pub(crate) fn changes_file(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or("site".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!("{name}-changes.txt"))
}

/// Why a staged build stopped: its site could not be written (or was not
/// the build's to replace), or the search index could not be made.
pub(crate) enum Stopped {
    Write(stagehand_render::WriteError),
    Index(String),
}

impl Stopped {
    /// Whether the output folder is not the build's to write at all.
    pub(crate) fn refused(&self) -> bool {
        matches!(self, Self::Write(stagehand_render::WriteError::Refused(_)))
    }

    /// The failure as the terminal shows it.
    pub(crate) fn text(&self, out: &Path) -> String {
        match self {
            Self::Write(e) => written_error(e, out),
            Self::Index(e) => format!("error: {e}\n{}", nothing_written(out)),
        }
    }
}

/// The pages written into the staging folder, remembered by digest only, so
/// that the pages themselves can be let go before the search index is made.
pub(crate) struct Staged {
    staging: Staging,
    listed: Vec<Listed>,
    to_index: Vec<String>,
    html_pages: usize,
}

/// Write the pages into the staging folder beside `out`.
pub(crate) fn stage(
    out: &Path,
    files: &[OutputFile],
    progress: &Progress,
) -> Result<Staged, Stopped> {
    progress.step("Writing pages");
    let paths: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    let mut staging = Staging::begin(out, &paths).map_err(Stopped::Write)?;
    staging.write(files).map_err(Stopped::Write)?;
    Ok(Staged {
        staging,
        listed: files.par_iter().map(Listed::of).collect(),
        to_index: indexed(files).into_iter().map(String::from).collect(),
        html_pages: files
            .iter()
            .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
            .count(),
    })
}

/// A finished build: what was written, what a first visit keeps offline,
/// and (for `serve`, which keeps it current) the search index and the files
/// made from the pages.
pub(crate) struct Built {
    pub written: stagehand_render::WriteStats,
    pub html_pages: usize,
    pub first_visit: u64,
    pub whole: bool,
    pub index: Option<SearchIndex>,
    pub derived: Vec<OutputFile>,
}

/// Make the search index from the staged pages as they lie on disk (Pagefind
/// reads them in parallel), then the offline files, which list everything,
/// then swap the staging folder in.
pub(crate) fn finish(
    staged: Staged,
    site: &Site,
    families: &Families,
    search: Search,
    progress: &Progress,
) -> Result<Built, Stopped> {
    let Staged {
        mut staging,
        mut listed,
        to_index,
        html_pages,
    } = staged;
    let mut index = None;
    let mut from_index = Vec::new();
    if search != Search::Off {
        progress.step("Making the search index");
        let mut made = SearchIndex::new((site.languages.len() < 2).then(|| language(site)))
            .map_err(|e| Stopped::Index(e.to_string()))?;
        let names: Vec<&str> = to_index.iter().map(String::as_str).collect();
        made.add_folder(staging.dir(), &names)
            .map_err(|e| Stopped::Index(e.to_string()))?;
        let folder = staging.dir().join("pagefind");
        let written = made
            .write_into(&folder)
            .map_err(|e| Stopped::Index(e.to_string()))?;
        if search == Search::Keep {
            index = Some(made);
        } else {
            drop(made);
        }
        from_index = read_back(&folder, &written).map_err(Stopped::Write)?;
        listed.extend(from_index.iter().map(Listed::of));
    }
    progress.step("Writing the offline files");
    let offline = offline_files(site, families, &listed, today());
    listed.extend(offline.files.iter().map(Listed::of));
    staging.write(&offline.files).map_err(Stopped::Write)?;
    let mut derived = from_index;
    derived.extend(offline.files);
    let all: BTreeSet<&Path> = listed.iter().map(|f| f.path.as_path()).collect();
    let written = staging.finish(&all).map_err(Stopped::Write)?;
    Ok(Built {
        written,
        html_pages,
        first_visit: offline.first_visit,
        whole: offline.whole,
        index,
        derived,
    })
}

/// Whether the search index is made, and whether it is kept afterwards
/// (`serve` keeps it, to bring it up to date after each change).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Search {
    Off,
    Make,
    Keep,
}

/// The index's files as Pagefind wrote them into `folder`, as the site's.
fn read_back(
    folder: &Path,
    names: &[std::path::PathBuf],
) -> Result<Vec<OutputFile>, stagehand_render::WriteError> {
    names
        .par_iter()
        .map(|name| {
            let at = folder.join(name);
            let bytes = std::fs::read(&at).map_err(|error| stagehand_render::WriteError::Io {
                path: at.clone(),
                error,
            })?;
            Ok(OutputFile {
                path: Path::new("pagefind").join(name),
                bytes,
            })
        })
        .collect()
}

/// The index's files, as the site's.
fn index_files(index: &mut SearchIndex) -> Result<Vec<OutputFile>, String> {
    Ok(index
        .files()
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|f| OutputFile {
            path: f.path,
            bytes: f.bytes,
        })
        .collect())
}

/// What a first visit keeps for reading offline, for the summary line.
fn first_visit_words(bytes: u64, whole: bool) -> String {
    let size = size_words(bytes);
    if whole {
        format!("a first visit keeps the whole handbook ({size}) for reading offline")
    } else {
        format!(
            "a first visit keeps at most {size} for reading offline (the shell and the procedure read)"
        )
    }
}

/// A size as a reader says it: `912 KB`, `1.4 MB`.
fn size_words(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// Pagefind knows languages by their primary tag: `en`, not `en-GB`.
fn language(site: &Site) -> &str {
    site.language.split('-').next().unwrap_or("en")
}

/// What is made from the finished pages, as `serve` keeps them (each
/// listed by digest): the search index (when there is one) and the offline
/// files, which list every other file.
pub(crate) fn derived_files(
    site: &Site,
    families: &Families,
    pages: &[Listed],
    search: Option<&mut SearchIndex>,
) -> Result<Vec<OutputFile>, String> {
    let mut derived = match search {
        None => Vec::new(),
        Some(index) => index_files(index).map_err(|e| format!("error: {e}\n"))?,
    };
    let mut listed: Vec<Listed> = derived.iter().map(Listed::of).collect();
    listed.extend_from_slice(pages);
    derived.extend(offline_files(site, families, &listed, today()).files);
    Ok(derived)
}

/// The pages Pagefind indexes: those marked `data-pagefind-body`. Pagefind
/// leaves out every page without the mark once one has it: not handing it
/// those (the blank forms, the lists) saves a third of its work.
pub(crate) fn indexed(files: &[OutputFile]) -> Vec<&str> {
    files
        .iter()
        .filter(|f| is_indexed(&f.path, &f.bytes))
        .filter_map(|f| f.path.to_str())
        .collect()
}

pub(crate) fn is_indexed(path: &Path, bytes: &[u8]) -> bool {
    path.extension().is_some_and(|e| e == "html")
        && bytes.windows(18).any(|w| w == b"data-pagefind-body")
}

pub(crate) fn build(
    content: &Path,
    out: &Path,
    search: bool,
    quiet: bool,
    drafts: bool,
) -> ExitCode {
    match build_site(
        content,
        out,
        &RenderOptions::default(),
        search,
        drafts,
        quiet,
    ) {
        Ok((summary, changes)) => {
            println!("{summary}");
            if drafts {
                println!("This site includes drafts, marked: read it, never upload it.");
            }
            let said = changes.text();
            let file = changes_file(out);
            // Kept until something changes: a build that changed nothing
            // leaves the record of the last change there.
            let changed = !changes.is_empty() || !file.exists();
            if changed && let Err(e) = std::fs::write(&file, &said) {
                eprintln!("warning: could not write `{}`: {e}", file.display());
            }
            // `--quiet` (CI logs): the one line; the list is in the file.
            if !quiet {
                print!("{said}");
                println!("(Also written to `{}`, outside the site.)", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprint!("{problems}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn check(content: &Path, external: bool) -> ExitCode {
    let loaded = load(content, today());
    eprint!("{}", report(&loaded));
    if external {
        // The list an editor follows by hand: this machine may have no
        // internet, and a host's answer today says little of tomorrow.
        println!(
            "Links to other sites ({}), to check by hand:",
            loaded.external.len()
        );
        for link in &loaded.external {
            println!(
                "  {}:{}:{}  {}",
                link.file.display(),
                link.line,
                link.column,
                link.url
            );
        }
    }
    if loaded.has_errors() {
        ExitCode::FAILURE
    } else {
        let n = loaded.handbook().map_or(0, |h| h.procedures.len());
        let drafts = loaded.handbook().map_or(0, |h| {
            h.procedures
                .iter()
                .filter(|c| c.procedure.meta.draft)
                .count()
        });
        // "Correct" straight after a list of warnings reads as if they did
        // not matter; say what they are: a build will still be made.
        let mut procedures = format!("{n} procedure{}", if n == 1 { "" } else { "s" });
        if drafts > 0 {
            procedures.push_str(&format!(
                ", of which {drafts} {} `build` leaves out",
                if drafts == 1 {
                    "is a draft"
                } else {
                    "are drafts"
                }
            ));
        }
        if loaded.problems.is_empty() {
            println!(
                "The content in `{}` has no problems: {procedures}.",
                content.display()
            );
        } else {
            println!(
                "The content in `{}` has no errors, so it builds ({procedures}), but the warnings above are worth fixing.",
                content.display()
            );
        }
        ExitCode::SUCCESS
    }
}
