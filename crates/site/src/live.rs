//! The site as `serve` keeps it between edits. A change to one procedure's
//! files reads that procedure again, renders its pages and the pages that
//! list every procedure (home, A to Z, sitemap), writes only the files whose
//! bytes changed, and the page reloads. The search index and the offline
//! files, which depend on every page, are brought up to date just after, on
//! a thread of their own, so the reload never waits for them.

use crate::build::{BuildOptions, inputs_digest};
use crate::finish::{Finish, is_indexed, site_before, write};
use crate::memory::{Memory, Said};
use crate::pages::render;
use crate::procedure_of;
use crate::said::{Failed, nothing_written, report_problems};
use stagehand_content::{Changed, LiveContent};
use stagehand_model::Site;
use stagehand_render::{Families, Listed, OutputFile, RenderOptions, Renderer, offline_files};
use stagehand_search::{Page, SearchIndex};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

/// Every page and theme file in the output, by path. Shared with the
/// derived files' thread, so a change copies no page.
type Pages = BTreeMap<PathBuf, Arc<[u8]>>;

/// The files of the live site, as its mark lists them: the pages (kept by
/// the main thread) and the derived files (kept by their own thread).
#[derive(Default)]
struct Ledger {
    pages: BTreeSet<PathBuf>,
    derived: BTreeSet<PathBuf>,
}

type SharedLedger = Arc<Mutex<Ledger>>;

/// Change what the mark lists, and write it.
fn relist(ledger: &SharedLedger, out: &Path, change: impl FnOnce(&mut Ledger)) {
    let mut ledger = ledger.lock().unwrap_or_else(|e| e.into_inner());
    change(&mut ledger);
    let all = ledger
        .pages
        .iter()
        .chain(&ledger.derived)
        .map(PathBuf::as_path);
    if let Err(e) = crate::remark(out, all) {
        eprintln!(
            "error: cannot write `{}`: {e}",
            out.join(crate::MARK).display()
        );
    }
}

/// The site as `serve` keeps it: the content as read, the pages as written.
pub struct LiveSite {
    ledger: SharedLedger,
    content: LiveContent,
    renderer: Renderer,
    out: PathBuf,
    pages: Pages,
    /// Procedures changed while the content had errors, to render once it has none.
    pending: BTreeSet<String>,
    /// Whether everything must be rendered again (a shared file changed).
    pending_all: bool,
    /// Whether the output folder is not the build's to write (then `serve` stops).
    refused: bool,
    derived: mpsc::Sender<Derive>,
    /// The content's folder, and how pages are rendered: what the memory
    /// of a whole build is keyed by.
    folder: PathBuf,
    options: RenderOptions,
    /// The day the site is built for (`STAGEHAND_TODAY`, or the clock's).
    today: chrono::NaiveDate,
}

/// Work for the thread that keeps the search index and offline files current.
enum Derive {
    /// The whole site was written: these derived files are what the output
    /// now holds, made with this search index from these pages.
    Written {
        derived: BTreeMap<PathBuf, Vec<u8>>,
        index: Option<SearchIndex>,
        pages: Pages,
    },
    /// Make the derived files for these pages, and write what changed.
    From(Site, Families, Pages),
    /// Say so once the work before this is done.
    Settled(mpsc::Sender<()>),
}

impl LiveSite {
    /// Read the content and build the whole site.
    pub fn start(
        content: &Path,
        out: &Path,
        options: &RenderOptions,
        search: bool,
        today: chrono::NaiveDate,
    ) -> Result<(Self, Result<String, String>), String> {
        crate::check_place(out, content, "site")?;
        let renderer = Renderer::new(options).map_err(|e| format!("error: {e}\n"))?;
        let (sender, receiver) = mpsc::channel();
        let out_for_thread = out.to_path_buf();
        let ledger = SharedLedger::default();
        let thread_ledger = ledger.clone();
        std::thread::spawn(move || derive_loop(&out_for_thread, &receiver, &thread_ledger, today));
        let mut site = Self {
            ledger,
            content: LiveContent::load(content, today),
            renderer,
            out: out.to_path_buf(),
            pages: Pages::new(),
            pending: BTreeSet::new(),
            pending_all: true,
            refused: false,
            derived: sender,
            folder: content.to_path_buf(),
            options: options.clone(),
            today,
        };
        let first = site.build(search);
        match first {
            Err(why) if site.refused => Err(why),
            first => Ok((site, first)),
        }
    }

    /// Wait until the search index and the offline files are up to date
    /// with the last change (they follow it on a thread of their own).
    pub fn settled(&self) {
        let (done, wait) = mpsc::channel();
        if self.derived.send(Derive::Settled(done)).is_ok() {
            let _ = wait.recv();
        }
    }

    /// Bring the site up to date after the files at `paths` changed. Returns
    /// the summary line, or every problem as text (then nothing was written).
    pub fn changed(&mut self, paths: &[PathBuf], search: bool) -> Result<String, String> {
        match self.content.update(paths) {
            Changed::Everything => self.pending_all = true,
            Changed::Procedures(slugs) => self.pending.extend(slugs),
            _ => self.pending_all = true,
        }
        self.build(search)
    }

    fn build(&mut self, search: bool) -> Result<String, String> {
        let started = Instant::now();
        if self.content.has_errors() {
            // The errors first: they are why nothing was built (the
            // warnings follow, as `check` gives them).
            let mut problems = self.content.problems();
            problems.sort_by_key(|p| p.severity != stagehand_content::Severity::Error);
            let problems = report_problems(&problems);
            return Err(format!("{problems}{}", nothing_written(&self.out)));
        }
        // After a small change, only its own warnings: not the whole handbook's again.
        let warnings = if self.pending_all {
            self.content.problems()
        } else {
            self.content.problems_in(&self.pending)
        };
        eprint!("{}", report_problems(&warnings));
        let result = if self.pending_all {
            self.build_all(search)
        } else {
            self.build_pending()
        }?;
        self.pending.clear();
        self.pending_all = false;
        Ok(format!("{result} in {} ms", started.elapsed().as_millis()))
    }

    /// Everything, written with one swap by the pipeline `stagehand build`
    /// uses, remembering as it does (the pages whose inputs did not change
    /// since the memory was made are kept).
    fn build_all(&mut self, search: bool) -> Result<String, String> {
        let renderer = &self.renderer;
        let out = &self.out;
        let recalled = Memory::recall(out);
        if let Some(note) = &recalled.note {
            eprintln!("{note}");
        }
        let memory = recalled.memory.filter(|m| m.site.is(out));
        let rendered = self
            .content
            .with_handbook(|handbook| -> Result<_, Failed> {
                let rendering = render(renderer, handbook, memory.as_ref(), out, &())?;
                Ok((
                    rendering,
                    handbook.site.clone(),
                    stagehand_render::families(handbook),
                    handbook.procedures.len(),
                ))
            })
            .ok_or_else(|| "error: the content has errors\n".to_string())?
            .map_err(|e| e.text(out))?;
        let (rendering, site, families, count) = rendered;
        let before = site_before(out, memory.as_ref());
        let derive = Finish {
            site: &site,
            families: &families,
            search,
            today: self.today,
            before: &before,
            keep_index: true,
        };
        let said = Said {
            procedures: count,
            ..Said::default()
        };
        let options = BuildOptions::new(self.today)
            .render(self.options.clone())
            .search(search)
            .drafts(true);
        let inputs = inputs_digest(&self.folder, &options);
        let written = match write(out, rendering, &derive, memory, inputs, said, &()) {
            Ok(written) => written,
            Err(stopped) => {
                self.refused = stopped.refused();
                return Err(stopped.text(out));
            }
        };
        if let Some(note) = &written.note {
            eprintln!("{note}");
        }
        // The pages are read back from the site just written: `serve`
        // keeps every page, to write only what a change alters.
        self.pages = written
            .pages
            .into_iter()
            .map(|f| {
                let bytes = match f.bytes {
                    Some(bytes) => bytes,
                    None => std::fs::read(out.join(&f.path)).unwrap_or_default(),
                };
                (f.path, bytes.into())
            })
            .collect();
        {
            let mut ledger = self.ledger.lock().unwrap_or_else(|e| e.into_inner());
            ledger.pages = self.pages.keys().cloned().collect();
            ledger.derived = written.derived.iter().map(|f| f.path.clone()).collect();
        }
        let _ = self.derived.send(Derive::Written {
            derived: written
                .derived
                .into_iter()
                .map(|f| (f.path, f.bytes.unwrap_or_default()))
                .collect(),
            index: written.index,
            pages: self.pages.clone(),
        });
        let built = written.built;
        Ok(format!(
            "Built {count} procedure{}, {} files written, {} unchanged, into `{}`",
            if count == 1 { "" } else { "s" },
            built.written.written,
            built.written.unchanged,
            self.out.display()
        ))
    }

    /// Only the changed procedures and the pages that list them all.
    fn build_pending(&mut self) -> Result<String, String> {
        let renderer = &self.renderer;
        let pending = &self.pending;
        let pages = &self.pages;
        let rendered = self.content.with_handbook(|handbook| -> Result<_, String> {
            let languages = stagehand_render::Languages::of(handbook);
            let other_languages = &handbook.site.languages[1..];
            let mut files = renderer
                .procedures(handbook, &languages, Some(pending))
                .map_err(|e| format!("error: {e}\n"))?;
            // Every procedure's pages, for the sitemap: the others' as they
            // are, the changed ones' as just rendered.
            let slugs: BTreeSet<&str> = handbook
                .procedures
                .iter()
                .map(|c| c.procedure.slug.as_str())
                .collect();
            let paths: Vec<PathBuf> = pages
                .keys()
                .filter(|p| {
                    procedure_of(p, other_languages)
                        .is_some_and(|s| slugs.contains(s) && !pending.contains(s))
                })
                .chain(files.iter().map(|f| &f.path))
                .cloned()
                .collect();
            files.extend(
                renderer
                    .shared(handbook, &languages, &paths)
                    .map_err(|e| format!("error: {e}\n"))?,
            );
            Ok((files, handbook.site.clone(), other_languages.to_vec()))
        });
        let (files, site, other_languages) = match rendered {
            None => return Err("error: the content has errors\n".into()),
            Some(Err(e)) => {
                self.pending_all = true;
                return Err(e);
            }
            Some(Ok(rendered)) => rendered,
        };
        // What the changed procedures had before and no longer have.
        let now: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
        let gone: Vec<PathBuf> = self
            .pages
            .keys()
            .filter(|p| {
                procedure_of(p, &other_languages).is_some_and(|s| pending.contains(s))
                    && !now.contains(p.as_path())
            })
            .cloned()
            .collect();

        // The live folder now changes file by file: what the memory says
        // of it would no longer hold.
        Memory::forget(&self.out);
        let mut written = 0;
        relist(&self.ledger, &self.out, |l| {
            l.pages.extend(files.iter().map(|f| f.path.clone()));
        });
        for file in files {
            if self.pages.get(&file.path).map(|b| &b[..]) != Some(&file.bytes[..]) {
                put(&self.out, &file.path, &file.bytes)
                    .map_err(|e| format!("error: cannot write `{}`: {e}\n", file.path.display()))?;
                written += 1;
                self.pages.insert(file.path, file.bytes.into());
            }
        }
        for path in &gone {
            remove(&self.out, path);
            self.pages.remove(path);
        }
        if !gone.is_empty() {
            relist(&self.ledger, &self.out, |l| {
                for path in &gone {
                    l.pages.remove(path);
                }
            });
        }
        let families = self
            .content
            .with_handbook(stagehand_render::families)
            .unwrap_or_default();
        let _ = self
            .derived
            .send(Derive::From(site, families, self.pages.clone()));
        Ok(format!(
            "Rebuilt {}: {written} file{} written, {} removed",
            pending.iter().cloned().collect::<Vec<_>>().join(", "),
            if written == 1 { "" } else { "s" },
            gone.len()
        ))
    }
}

/// Replace one file of the live site whole: written beside it, then renamed
/// over it, so a reader never gets half a page.
fn put(out: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = out.join(path);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let temporary = target.with_file_name(format!(".{name}.stagehand-new"));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, &target)
}

/// Remove a file the site no longer has, and its folder if that is now empty.
fn remove(out: &Path, path: &Path) {
    let target = out.join(path);
    let _ = std::fs::remove_file(&target);
    if let Some(parent) = target.parent().filter(|p| *p != out) {
        let _ = std::fs::remove_dir(parent);
    }
}

/// What the thread that keeps the derived files current holds between
/// changes: the search index, the pages it was made from, each page's
/// listing (so an unchanged page is not hashed again) and the derived files
/// the output holds.
struct Derived {
    /// The day the offline files are made for.
    today: chrono::NaiveDate,
    index: Option<SearchIndex>,
    indexed: Pages,
    listed: BTreeMap<PathBuf, (Arc<[u8]>, Listed)>,
    written: BTreeMap<PathBuf, Vec<u8>>,
}

impl Derived {
    /// Read again, into the index, only the pages whose bytes changed; a
    /// page gone is read as an empty one, which Pagefind leaves out (it has
    /// no way to remove a page).
    fn reindex(&mut self, pages: &Pages) -> Result<(), String> {
        let Some(index) = self.index.as_mut() else {
            return Ok(());
        };
        let mut changed: Vec<(String, String)> = Vec::new();
        for (path, bytes) in pages {
            let marked = is_indexed(path, bytes);
            let before = self.indexed.get(path);
            if marked && before.is_none_or(|b| !Arc::ptr_eq(b, bytes) && b[..] != bytes[..]) {
                changed.push((
                    path.to_string_lossy().into_owned(),
                    String::from_utf8_lossy(bytes).into_owned(),
                ));
            } else if !marked && before.is_some() {
                changed.push((path.to_string_lossy().into_owned(), EMPTY_PAGE.into()));
            }
        }
        for path in self.indexed.keys().filter(|p| !pages.contains_key(*p)) {
            changed.push((path.to_string_lossy().into_owned(), EMPTY_PAGE.into()));
        }
        let as_pages: Vec<Page> = changed
            .iter()
            .map(|(path, html)| Page { path, html })
            .collect();
        index
            .add_pages(&as_pages)
            .map_err(|e| format!("error: {e}\n"))?;
        self.indexed = pages
            .iter()
            .filter(|(path, bytes)| is_indexed(path, bytes))
            .map(|(path, bytes)| (path.clone(), Arc::clone(bytes)))
            .collect();
        Ok(())
    }

    /// Each page's listing, hashed again only where its bytes changed.
    fn listings(&mut self, pages: &Pages) -> Vec<Listed> {
        let listed = std::mem::take(&mut self.listed);
        self.listed = pages
            .iter()
            .map(|(path, bytes)| {
                let listing = match listed.get(path) {
                    Some((before, listing))
                        if Arc::ptr_eq(before, bytes) || before[..] == bytes[..] =>
                    {
                        listing.clone()
                    }
                    _ => Listed::new(path, bytes),
                };
                (path.clone(), (Arc::clone(bytes), listing))
            })
            .collect();
        self.listed.values().map(|(_, l)| l.clone()).collect()
    }
}

/// A page with nothing to index: what a page no longer indexed is replaced by.
const EMPTY_PAGE: &str = "<html><body data-pagefind-body></body></html>";

/// Keep the search index and offline files current: always for the newest
/// pages, skipping any that a newer change has already replaced.
fn derive_loop(
    out: &Path,
    work: &mpsc::Receiver<Derive>,
    ledger: &SharedLedger,
    today: chrono::NaiveDate,
) {
    let mut state = Derived {
        today,
        index: None,
        indexed: Pages::new(),
        listed: BTreeMap::new(),
        written: BTreeMap::new(),
    };
    while let Ok(first) = work.recv() {
        // Only the newest change matters: a whole site written replaces
        // every change before it.
        let mut change = None;
        let mut waiting = Vec::new();
        for next in std::iter::once(first).chain(work.try_iter()) {
            match next {
                Derive::Written {
                    derived,
                    index,
                    pages,
                } => {
                    state.written = derived;
                    state.index = index;
                    state.indexed = pages
                        .into_iter()
                        .filter(|(path, bytes)| is_indexed(path, bytes))
                        .collect();
                    change = None;
                }
                Derive::From(site, families, pages) => change = Some((site, families, pages)),
                Derive::Settled(done) => waiting.push(done),
            }
        }
        if let Some((site, families, pages)) = change {
            state.bring_up_to_date(out, ledger, &site, &families, &pages);
        }
        for done in waiting {
            let _ = done.send(());
        }
    }
}

impl Derived {
    /// Make the derived files for `pages`, and write those that changed.
    fn bring_up_to_date(
        &mut self,
        out: &Path,
        ledger: &SharedLedger,
        site: &Site,
        families: &Families,
        pages: &Pages,
    ) {
        let derived = self.reindex(pages).and_then(|()| {
            let listed = self.listings(pages);
            derived_files(site, families, &listed, self.index.as_mut(), self.today)
        });
        let derived = match derived {
            Ok(files) => files,
            Err(problem) => {
                eprint!("{problem}");
                return;
            }
        };
        let now: BTreeMap<PathBuf, Vec<u8>> =
            derived.into_iter().map(|f| (f.path, f.bytes)).collect();
        relist(ledger, out, |l| l.derived.extend(now.keys().cloned()));
        for (path, bytes) in &now {
            if self.written.get(path) != Some(bytes)
                && let Err(e) = put(out, path, bytes)
            {
                eprintln!("error: cannot write `{}`: {e}", path.display());
            }
        }
        for path in self.written.keys().filter(|p| !now.contains_key(*p)) {
            let _ = std::fs::remove_file(out.join(path));
        }
        relist(ledger, out, |l| l.derived = now.keys().cloned().collect());
        self.written = now;
    }
}

/// What is made from the finished pages, as `serve` keeps them (each
/// listed by digest): the search index (when there is one) and the offline
/// files, which list every other file.
fn derived_files(
    site: &Site,
    families: &Families,
    pages: &[Listed],
    search: Option<&mut SearchIndex>,
    today: chrono::NaiveDate,
) -> Result<Vec<OutputFile>, String> {
    let mut derived: Vec<OutputFile> = match search {
        None => Vec::new(),
        Some(index) => index
            .files()
            .map_err(|e| format!("error: {e}\n"))?
            .into_iter()
            .map(|f| OutputFile {
                path: f.path,
                bytes: f.bytes,
            })
            .collect(),
    };
    let mut listed: Vec<Listed> = derived.iter().map(Listed::of).collect();
    listed.extend_from_slice(pages);
    derived.extend(offline_files(site, families, &listed, today).files);
    Ok(derived)
}
