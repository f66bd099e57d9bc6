//! The site as `serve` keeps it between edits. A change to one procedure's
//! files reads that procedure again, renders its pages and the pages that
//! list every procedure (home, A to Z, sitemap), writes only the files whose
//! bytes changed, and the page reloads. The search index and the offline
//! files, which depend on every page, are brought up to date just after, on
//! a thread of their own, so the reload never waits for them.

use crate::build::{BuildOptions, inputs_digest};
use crate::finish::{Finish, site_before, write};
use crate::memory::{Memory, Said};
use crate::pages::render;
use crate::procedure_of;
use crate::said::{Failed, nothing_written, report_problems};
use stagehand_content::{Changed, LiveContent};
use stagehand_model::Site;
use stagehand_render::{OutputFile, RenderOptions, Renderer};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

mod derived;
use derived::{Derive, derive_loop};

/// What a change re-renders: the changed procedures' pages and the pages
/// that list them all, with the site and its other languages.
struct Rerendered {
    files: Vec<OutputFile>,
    site: Site,
    other_languages: Vec<String>,
}

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

    /// The changed procedures' pages and the pages that list them all;
    /// `None` if the content has errors.
    fn render_pending(&mut self) -> Option<Result<Rerendered, String>> {
        let renderer = &self.renderer;
        let pending = &self.pending;
        let pages = &self.pages;
        self.content.with_handbook(|handbook| -> Result<_, String> {
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
            Ok(Rerendered {
                files,
                site: handbook.site.clone(),
                other_languages: other_languages.to_vec(),
            })
        })
    }

    /// Only the changed procedures and the pages that list them all.
    fn build_pending(&mut self) -> Result<String, String> {
        let Rerendered {
            files,
            site,
            other_languages,
        } = match self.render_pending() {
            None => return Err("error: the content has errors\n".into()),
            Some(Err(e)) => {
                self.pending_all = true;
                return Err(e);
            }
            Some(Ok(rendered)) => rendered,
        };
        let pending = &self.pending;
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
