//! A build's pages written into the staging folder, then what is made from
//! them (the search index, or the last one kept; the offline files), then
//! the folder swapped in and what was written remembered.

use crate::Steps;
use crate::memory::{Digest, FileState, Indexed, Memory, Rendered, Said, Stamp, Tree};
use crate::pages::Rendering;
use crate::said::{Built, Failed};
use crate::site_file::SiteFile;
use crate::write::{Began, Staging, WriteError, WriteStats};
use rayon::prelude::*;
use sha2::Digest as _;
use stagehand_model::Site;
use stagehand_render::{Families, Listed, offline_files};
use stagehand_search::SearchIndex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What is made from the pages once they are written: the search index
/// and the offline files.
pub(crate) struct Finish<'a> {
    pub site: &'a Site,
    pub families: &'a Families,
    pub search: bool,
    pub today: chrono::NaiveDate,
    /// Each file of the site the build replaces, by digest: what its
    /// summary counts against.
    pub before: &'a BTreeMap<PathBuf, Digest>,
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
    let mut staging = Staging::begin(out, &paths)?;
    // From here the folders beside the site change: a memory of them would
    // be wrong until the build is done. (A folder refused keeps it.)
    if memory.is_some() || inputs.is_some() {
        Memory::forget(out);
    }
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
        made: indexed,
        remembered: index,
        index: search,
    } = search_index(&mut staging, &pages, derive, memory.as_ref(), out, steps)?;
    states.extend(staging.write_known(&index_files, known, out)?);
    let mut derived = index_files;
    steps.step("Writing the offline files");
    let offline = offline_files(
        derive.site,
        derive.families,
        &listing(&pages, &derived),
        derive.today,
    );
    let offline_files: Vec<SiteFile> = offline.files.iter().map(SiteFile::new).collect();
    states.extend(staging.write_known(&offline_files, known, out)?);
    derived.extend(offline_files);
    let all: BTreeSet<&Path> = pages
        .iter()
        .chain(&derived)
        .map(|f| f.path.as_path())
        .collect();
    staging.finish(&all)?;
    let written = against(derive.before, pages.iter().chain(&derived), &all);
    said.first_visit = offline.first_visit;
    said.whole = offline.whole;
    let built = Built::new(&said, written, fresh.len(), indexed);
    let note = inputs.and_then(|inputs| {
        let files = pages.iter().chain(&derived).map(|f| f.path.clone());
        let kept = Kept {
            procedures,
            index,
            said,
        };
        remember(out, inputs, files.zip(states).collect(), memory, kept)
    });
    Ok(Written {
        built,
        note,
        pages,
        derived,
        index: search,
    })
}

/// The files new or changed, unchanged and removed, against the site
/// `before` (each file's digest).
fn against<'a>(
    before: &BTreeMap<PathBuf, Digest>,
    files: impl Iterator<Item = &'a SiteFile>,
    all: &BTreeSet<&Path>,
) -> WriteStats {
    let mut stats = WriteStats::default();
    for file in files {
        if before.get(&file.path) == Some(&file.digest) {
            stats.unchanged += 1;
        } else {
            stats.written += 1;
        }
    }
    stats.removed = before.keys().filter(|p| !all.contains(p.as_path())).count();
    stats
}

/// Each file of the site in `out` by digest, as the memory says, or as read
/// (none if there is none): what a build compares its files with.
pub(crate) fn site_before(out: &Path, memory: Option<&Memory>) -> BTreeMap<PathBuf, Digest> {
    if let Some(memory) = memory {
        return memory
            .site
            .files
            .iter()
            .map(|(path, state)| (path.clone(), state.digest))
            .collect();
    }
    let files: Vec<PathBuf> = walkdir::WalkDir::new(out)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            p.strip_prefix(out)
                .is_ok_and(|p| p != Path::new(crate::MARK))
        })
        .collect();
    files
        .par_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            let relative = path.strip_prefix(out).ok()?.to_path_buf();
            Some((relative, sha2::Sha256::digest(bytes).into()))
        })
        .collect()
}

/// Every file's listing, for the offline copy.
fn listing(pages: &[SiteFile], derived: &[SiteFile]) -> Vec<Listed> {
    pages
        .iter()
        .chain(derived)
        .map(|f| Listed {
            path: f.path.clone(),
            size: f.size,
            digest: f.digest,
        })
        .collect()
}

/// What a build remembers besides its files.
struct Kept {
    procedures: BTreeMap<String, Rendered>,
    index: Option<Indexed>,
    said: Said,
}

/// Remember what the site in `out` now holds (`files`), and that the site
/// before it is what `before` said `out` held. Returns why it could not.
fn remember(
    out: &Path,
    inputs: Digest,
    files: BTreeMap<PathBuf, FileState>,
    before: Option<Memory>,
    kept: Kept,
) -> Option<String> {
    let site = Tree {
        mark: Stamp::of(&out.join(crate::MARK)),
        files,
    };
    let mut memory = Memory::new(inputs, site, before.map(|m| m.site));
    memory.procedures = kept.procedures;
    memory.index = kept.index;
    memory.said = kept.said;
    memory.keep(out).err().map(|e| {
        format!(
            "The build could not remember what it made (`{}`: {e}): the next build does everything again.",
            crate::memory::cache_folder(out).display()
        )
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
    /// Its files: made again, or the live site's, kept.
    files: Vec<SiteFile>,
    /// Whether it was made again.
    made: bool,
    /// What to remember of it.
    remembered: Option<Indexed>,
    /// The index itself, when asked to keep it.
    index: Option<SearchIndex>,
}

/// Make the search index from the staged pages as they lie on disk
/// (Pagefind reads them in parallel), unless the memory says the live
/// site's index was made from pages with the same bytes: then it is kept.
/// Returns the index's files, whether made again, and what to remember of it.
fn search_index(
    staging: &mut Staging,
    files: &[SiteFile],
    derive: &Finish,
    memory: Option<&Memory>,
    out: &Path,
    steps: &dyn Steps,
) -> Result<Searched, Failed> {
    if !derive.search {
        return Ok(Searched {
            files: Vec::new(),
            made: false,
            remembered: None,
            index: None,
        });
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
    {
        let kept = kept_files(&before.files, memory, out);
        if kept.len() == before.files.len() {
            return Ok(Searched {
                files: kept,
                made: false,
                remembered: Some(before.clone()),
                index: None,
            });
        }
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
        files,
        made: true,
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

/// Whether Pagefind reads a page: those marked `data-pagefind-body`.
/// Pagefind leaves out every page without the mark once one has it: not
/// handing it those (the blank forms, the lists) saves a third of its work.
pub(crate) fn is_indexed(path: &Path, bytes: &[u8]) -> bool {
    path.extension().is_some_and(|e| e == "html")
        && bytes.windows(18).any(|w| w == b"data-pagefind-body")
}
