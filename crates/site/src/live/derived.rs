//! The search index and the offline files of `serve`'s site, kept current
//! on a thread of their own: they depend on every page, so the reload after
//! an edit never waits for them.

use super::{Pages, SharedLedger, put, relist};
use crate::finish::is_indexed;
use stagehand_model::Site;
use stagehand_render::{Families, Listed, OutputFile, offline_files};
use stagehand_search::{Page, SearchIndex};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

/// Work for the thread that keeps the search index and offline files current.
pub(super) enum Derive {
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
pub(super) fn derive_loop(
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
