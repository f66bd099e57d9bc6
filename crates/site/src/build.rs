//! One build of the whole site: read and check the content, render the
//! pages (only those whose inputs changed, when the build remembers the
//! last), write them into a staging folder beside the site, make the search
//! index from them (or keep the last one, when no page it reads changed),
//! then the offline files, which list everything, then swap the staging
//! folder in. On any error nothing in the site changes.

use crate::Steps;
use crate::changes::Changes;
use crate::memory::{Digest, Indexed, Memory, Rendered, Said, Stamp, Tree};
use crate::write::{Began, SiteFile, Staging, WriteError, WriteStats};
use rayon::prelude::*;
use sha2::Digest as _;
use stagehand_content::{Handbook, Loaded, Problem, Severity, load};
use stagehand_model::Site;
use stagehand_render::{
    Families, Languages, Listed, RenderOptions, Renderer, families, offline_files,
};
use stagehand_search::SearchIndex;
use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// How to build.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct BuildOptions {
    pub render: RenderOptions,
    /// Make the search index.
    pub search: bool,
    /// Include the drafts (to read them as built, never to publish).
    pub drafts: bool,
    /// The day the build takes as today.
    pub today: chrono::NaiveDate,
    /// Remember what the build made, beside the site, and use what the
    /// build before remembered.
    pub remember: bool,
}

impl BuildOptions {
    pub fn new(today: chrono::NaiveDate) -> Self {
        Self {
            render: RenderOptions::default(),
            search: true,
            drafts: false,
            today,
            remember: true,
        }
    }

    pub fn search(mut self, on: bool) -> Self {
        self.search = on;
        self
    }

    pub fn drafts(mut self, on: bool) -> Self {
        self.drafts = on;
        self
    }

    pub fn remember(mut self, on: bool) -> Self {
        self.remember = on;
        self
    }

    pub fn render(mut self, options: RenderOptions) -> Self {
        self.render = options;
        self
    }
}

/// A finished build.
#[derive(Debug)]
#[non_exhaustive]
pub struct Built {
    pub procedures: usize,
    pub html_pages: usize,
    pub written: WriteStats,
    /// What a first visit keeps offline, and whether that is the whole handbook.
    pub first_visit: u64,
    pub whole: bool,
    /// Drafts left out.
    pub left_out: Vec<String>,
    /// What changed against the site there before.
    pub changes: Changes,
    /// Every warning, as text for standard error, and how many.
    pub problems: String,
    pub warnings: usize,
    /// What the build says of its memory (set aside, not kept).
    pub notes: Vec<String>,
    /// Nothing the build reads changed: the site was already in place.
    pub nothing_changed: bool,
    /// Procedures rendered (the others' pages were kept from the build before).
    pub rendered: usize,
    /// Whether the search index was made again (else kept, or there is none).
    pub indexed: bool,
}

impl Built {
    /// The summary line `build` prints.
    pub fn summary(&self, out: &Path, millis: u128) -> String {
        let procedures = self.procedures;
        let mut summary = if self.nothing_changed {
            format!(
                "Built {procedures} procedure{}, {} pages, into `{}` in {millis} ms: nothing changed since the last build, so nothing was written; {}",
                if procedures == 1 { "" } else { "s" },
                self.html_pages,
                out.display(),
                first_visit_words(self.first_visit, self.whole),
            )
        } else {
            format!(
                "Built {procedures} procedure{}, {} pages, into `{}` in {millis} ms ({} files written, {} unchanged; {} of {procedures} procedure{} rendered, the rest kept from the last build{}); {}",
                if procedures == 1 { "" } else { "s" },
                self.html_pages,
                out.display(),
                self.written.written,
                self.written.unchanged,
                self.rendered,
                if procedures == 1 { "" } else { "s" },
                if self.indexed {
                    ""
                } else {
                    ", and the search index with them"
                },
                first_visit_words(self.first_visit, self.whole),
            )
        };
        if !self.left_out.is_empty() {
            summary.push_str(&format!(
                "; left out, as drafts (`draft: true`): {}",
                self.left_out.join(", ")
            ));
        }
        if procedures == 0 {
            summary.push_str(". The site has no published procedure: take `draft: true` out of a procedure's front matter to publish it");
        }
        summary
    }
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum Failed {
    /// The content has errors: every problem, as text.
    Content(String),
    /// The output folder is not the build's to write: why, and how to fix it.
    Refused(String),
    /// The theme could not render a page.
    Render(String),
    /// The site could not be written.
    Write(WriteError),
    /// The search index could not be made.
    Index(String),
}

impl Failed {
    /// Whether the output folder is not the build's to write at all.
    pub fn refused(&self) -> bool {
        matches!(self, Self::Refused(_) | Self::Write(WriteError::Refused(_)))
    }

    /// The failure as the terminal shows it, ending with what was written (nothing).
    pub fn text(&self, out: &Path) -> String {
        let nothing = nothing_written(out);
        match self {
            Self::Content(problems) => format!("{problems}{nothing}"),
            Self::Refused(why) => why.clone(),
            Self::Render(e) | Self::Index(e) => format!("error: {e}\n{nothing}"),
            Self::Write(WriteError::Refused(why)) => format!("{why}{nothing}"),
            Self::Write(e) => format!("error: {e}\n{nothing}"),
        }
    }
}

impl From<WriteError> for Failed {
    fn from(e: WriteError) -> Self {
        Self::Write(e)
    }
}

/// What `build` and `serve` say after refusing to write.
pub fn nothing_written(out: &Path) -> String {
    format!(
        "Nothing was written: the site in `{}` is unchanged.\n",
        out.display()
    )
}

/// Every problem, as text for standard error, then a count.
pub fn report(loaded: &Loaded) -> String {
    report_problems(&loaded.problems.iter().collect::<Vec<_>>())
}

pub fn report_problems(problems: &[&Problem]) -> String {
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

/// Build the site from `content` into `out`; on any error, nothing is written.
pub fn build(
    content: &Path,
    out: &Path,
    options: &BuildOptions,
    steps: &dyn Steps,
) -> Result<Built, Failed> {
    crate::output::check_place(out, content, "site").map_err(Failed::Refused)?;
    let recalled = if options.remember {
        Memory::recall(out)
    } else {
        crate::memory::Recalled {
            memory: None,
            note: None,
        }
    };
    let notes: Vec<String> = recalled.note.into_iter().collect();
    let inputs = options
        .remember
        .then(|| inputs_digest(content, options))
        .flatten();
    // Only a memory of the site now in `out` is any use.
    let memory = recalled.memory.filter(|m| m.site.is(out));
    if let (Some(memory), Some(inputs)) = (&memory, inputs)
        && memory.inputs == inputs
        && memory.site.all_still(out)
        // A build killed part way left a folder to finish or remove.
        && crate::write::leftovers(out).is_empty()
    {
        return Ok(Built::as_before(&memory.said, notes));
    }
    steps.step("Reading the content");
    let loaded = load(content, options.today);
    let problems = report(&loaded);
    let warnings = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    let Ok((handbook, _)) = loaded.into_handbook() else {
        return Err(Failed::Content(problems));
    };
    // Drafts are not published, unless asked for (to read them as built).
    let (handbook, left_out) = if options.drafts {
        (handbook, Vec::new())
    } else {
        handbook.without_drafts()
    };
    steps.step("Comparing each procedure with what its pages were made from");
    let renderer = Renderer::new(&options.render).map_err(|e| Failed::Render(e.to_string()))?;
    let rendering = render(&renderer, &handbook, memory.as_ref(), out, steps)?;
    // Against the site still there: what this build will change in it.
    let changes = {
        let fresh: Vec<_> = handbook
            .procedures
            .iter()
            .filter(|c| rendering.fresh.contains(&c.procedure.slug))
            .map(|c| &c.procedure)
            .collect();
        Changes::between(
            out,
            &rendering.files,
            &fresh,
            memory.as_ref().map(|m| &m.site),
        )
    };
    let said = Said {
        procedures: handbook.procedures.len(),
        html_pages: rendering
            .files
            .iter()
            .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
            .count(),
        left_out,
        problems,
        warnings,
        ..Said::default()
    };
    let (site, families) = (handbook.site.clone(), families(&handbook));
    drop(handbook);
    let written = write(
        out,
        rendering,
        &Finish {
            site: &site,
            families: &families,
            search: options.search,
            today: options.today,
            keep_index: false,
        },
        memory,
        inputs,
        said,
        steps,
    )?;
    let mut built = written.built;
    built.changes = changes;
    built.notes = notes;
    built.notes.extend(written.note);
    Ok(built)
}

impl Built {
    fn as_before(said: &Said, notes: Vec<String>) -> Self {
        Self {
            procedures: said.procedures,
            html_pages: said.html_pages,
            written: WriteStats::default(),
            first_visit: said.first_visit,
            whole: said.whole,
            left_out: said.left_out.clone(),
            changes: Changes::default(),
            problems: said.problems.clone(),
            warnings: said.warnings,
            notes,
            nothing_changed: true,
            rendered: 0,
            indexed: false,
        }
    }
}

/// A digest of everything a build reads: every file of the content (by its
/// place and bytes), the options and the day. `None` if a file cannot be read
/// (the build then reads everything, and says what).
pub(crate) fn inputs_digest(content: &Path, options: &BuildOptions) -> Option<Digest> {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(content)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let each: Vec<Digest> = files
        .par_iter()
        .map(|path| {
            let bytes = std::fs::read(path).ok()?;
            let mut h = sha2::Sha256::new();
            h.update(
                path.strip_prefix(content)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .as_bytes(),
            );
            h.update([0]);
            h.update(&bytes);
            Some(h.finalize().into())
        })
        .collect::<Option<_>>()?;
    let mut h = sha2::Sha256::new();
    h.update(
        format!(
            "{:?} search={} drafts={} today={}\0",
            options.render, options.search, options.drafts, options.today
        )
        .as_bytes(),
    );
    for digest in each {
        h.update(digest);
    }
    Some(h.finalize().into())
}

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
    let prints: Vec<(&str, Digest)> = handbook
        .procedures
        .par_iter()
        .map(|c| {
            let print = renderer.fingerprint(handbook, &languages, c);
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

/// What is made from the pages once they are written: the search index
/// and the offline files.
pub(crate) struct Finish<'a> {
    pub site: &'a Site,
    pub families: &'a Families,
    pub search: bool,
    pub today: chrono::NaiveDate,
    /// Make the search index even when the memory has it, and keep it
    /// (`serve` brings it up to date after each change).
    pub keep_index: bool,
}

/// A written site: the build, what could not be remembered, and (for
/// `serve`) the files written and the search index.
pub(crate) struct Written {
    pub built: Built,
    pub note: Option<String>,
    /// The pages and the theme's files.
    pub pages: Vec<SiteFile>,
    /// The search index's files and the offline files.
    pub derived: Vec<SiteFile>,
    pub index: Option<SearchIndex>,
}

/// Write the pages into the staging folder, make the search index and the
/// offline files, swap the folder in, and remember what was written.
pub(crate) fn write(
    out: &Path,
    rendering: Rendering,
    derive: &Finish,
    memory: Option<Memory>,
    inputs: Option<Digest>,
    mut said: Said,
    steps: &dyn Steps,
) -> Result<Written, Failed> {
    steps.step("Writing pages");
    let Rendering {
        files,
        procedures,
        fresh,
    } = rendering;
    let paths: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    // From here the folders beside the site change: a memory of them would
    // be wrong until the build is done.
    if memory.is_some() || inputs.is_some() {
        Memory::forget(out);
    }
    let mut staging = Staging::begin(out, &paths)?;
    let known = memory
        .as_ref()
        .and_then(|m| match staging.began_as() {
            Began::Previous => m.previous.as_ref(),
            Began::Live => Some(&m.site),
            Began::Other => None,
        })
        .filter(|tree| tree.is(staging.dir()));
    let mut states = staging.write_known(&files, known, out)?;
    drop(paths);
    // The pages are on disk now: let their bytes go before Pagefind starts
    // (the largest part of a build's memory); only their digests are kept.
    let mut pages = files;
    for page in &mut pages {
        page.bytes = None;
    }
    let Searched {
        files: index_files,
        remembered: index,
        index: search,
    } = search_index(&mut staging, &pages, derive, memory.as_ref(), out, steps)?;
    let indexed = index_files.is_some();
    let index_files = match index_files {
        Some(made) => made,
        None => index
            .as_ref()
            .map(|i| kept_files(&i.files, memory.as_ref(), out))
            .unwrap_or_default(),
    };
    states.extend(staging.write_known(&index_files, known, out)?);
    let mut derived = index_files;
    steps.step("Writing the offline files");
    let listed: Vec<Listed> = pages
        .iter()
        .chain(&derived)
        .map(|f| Listed {
            path: f.path.clone(),
            size: f.size,
            digest: f.digest,
        })
        .collect();
    let offline = offline_files(derive.site, derive.families, &listed, derive.today);
    let offline_files: Vec<SiteFile> = offline.files.iter().map(SiteFile::new).collect();
    states.extend(staging.write_known(&offline_files, known, out)?);
    derived.extend(offline_files);
    let all: BTreeSet<&Path> = pages
        .iter()
        .chain(&derived)
        .map(|f| f.path.as_path())
        .collect();
    let written = staging.finish(&all)?;
    said.first_visit = offline.first_visit;
    said.whole = offline.whole;
    let built = Built {
        procedures: said.procedures,
        html_pages: said.html_pages,
        written,
        first_visit: said.first_visit,
        whole: said.whole,
        left_out: said.left_out.clone(),
        changes: Changes::default(),
        problems: said.problems.clone(),
        warnings: said.warnings,
        notes: Vec::new(),
        nothing_changed: false,
        rendered: fresh.len(),
        indexed,
    };
    let note = inputs.and_then(|inputs| {
        let site = Tree {
            mark: Stamp::of(&out.join(crate::MARK)),
            files: pages
                .iter()
                .chain(&derived)
                .map(|f| f.path.clone())
                .zip(states)
                .collect(),
        };
        let previous = memory.map(|m| m.site);
        let mut kept = Memory::new(inputs, site, previous);
        kept.procedures = procedures;
        kept.index = index;
        kept.said = said;
        kept.keep(out).err().map(|e| {
            format!(
                "The build could not remember what it made (`{}`: {e}): the next build does everything again.",
                crate::memory::cache_folder(out).display()
            )
        })
    });
    Ok(Written {
        built,
        note,
        pages,
        derived,
        index: search,
    })
}

/// The files `paths` of the live site, as the memory says they are.
fn kept_files(paths: &[PathBuf], memory: Option<&Memory>, out: &Path) -> Vec<SiteFile> {
    paths
        .iter()
        .filter_map(|p| {
            let state = memory?.site.still(out, p)?;
            Some(SiteFile::kept(p.clone(), state))
        })
        .collect()
}

/// The search index, made again or kept.
struct Searched {
    /// Its files, when made again (else the live site's are kept).
    files: Option<Vec<SiteFile>>,
    /// What to remember of it.
    remembered: Option<Indexed>,
    /// The index itself, when asked to keep it.
    index: Option<SearchIndex>,
}

/// Make the search index from the staged pages as they lie on disk
/// (Pagefind reads them in parallel), unless the memory says the live
/// site's index was made from pages with the same bytes: then it is kept.
/// Returns the index's files when made again, and what to remember of it.
fn search_index(
    staging: &mut Staging,
    files: &[SiteFile],
    derive: &Finish,
    memory: Option<&Memory>,
    out: &Path,
    steps: &dyn Steps,
) -> Result<Searched, Failed> {
    let none = Searched {
        files: None,
        remembered: None,
        index: None,
    };
    if !derive.search {
        return Ok(none);
    }
    let pages: Vec<&SiteFile> = files.iter().filter(|f| f.indexed).collect();
    let made_from = {
        let mut h = sha2::Sha256::new();
        h.update(format!("{:?}\0", derive.site.languages).as_bytes());
        for page in &pages {
            h.update(page.path.to_string_lossy().as_bytes());
            h.update([0]);
            h.update(page.digest);
        }
        Digest::from(h.finalize())
    };
    if let Some(before) = memory.and_then(|m| m.index.as_ref())
        && !derive.keep_index
        && before.made_from == made_from
        && kept_files(&before.files, memory, out).len() == before.files.len()
    {
        return Ok(Searched {
            remembered: Some(before.clone()),
            ..none
        });
    }
    steps.step("Pagefind reading the pages");
    let mut made =
        SearchIndex::new(index_language(derive.site)).map_err(|e| Failed::Index(e.to_string()))?;
    let names: Vec<&str> = pages.iter().filter_map(|f| f.path.to_str()).collect();
    made.add_folder(staging.dir(), &names)
        .map_err(|e| Failed::Index(e.to_string()))?;
    steps.step("Building the search index from what Pagefind read");
    let folder = staging.dir().join("pagefind");
    let written = made
        .write_into(&folder)
        .map_err(|e| Failed::Index(e.to_string()))?;
    // Let the index go before the offline files, unless it is kept.
    let made = derive.keep_index.then_some(made);
    let files = read_back(&folder, &written)?;
    let index = Indexed {
        made_from,
        files: files.iter().map(|f| f.path.clone()).collect(),
    };
    Ok(Searched {
        files: Some(files),
        remembered: Some(index),
        index: made,
    })
}

/// The index's files as Pagefind wrote them into `folder`, as the site's.
fn read_back(folder: &Path, names: &[PathBuf]) -> Result<Vec<SiteFile>, WriteError> {
    names
        .par_iter()
        .map(|name| {
            let at = folder.join(name);
            let bytes = std::fs::read(&at).map_err(|error| WriteError::Io {
                path: at.clone(),
                error,
            })?;
            Ok(SiteFile::owned(Path::new("pagefind").join(name), bytes))
        })
        .collect()
}

/// The language Pagefind indexes every page in: one for a site in one
/// language; `None` (each page's own `<html lang>`) for a site in several.
pub(crate) fn index_language(site: &Site) -> Option<&str> {
    // Pagefind knows languages by their primary tag: `en`, not `en-GB`.
    (site.languages.len() < 2).then(|| site.language.split('-').next().unwrap_or("en"))
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

/// Whether Pagefind reads a page: those marked `data-pagefind-body`.
/// Pagefind leaves out every page without the mark once one has it: not
/// handing it those (the blank forms, the lists) saves a third of its work.
pub(crate) fn is_indexed(path: &Path, bytes: &[u8]) -> bool {
    path.extension().is_some_and(|e| e == "html")
        && bytes.windows(18).any(|w| w == b"data-pagefind-body")
}
