//! Search for the handbook: every page with `data-pagefind-body` is indexed
//! by Pagefind, used as a library (no Node, no server), and the index is
//! written with the rest of the site. In the browser, the site's own search
//! box loads Pagefind's script on first use.

use std::path::{Path, PathBuf};

mod written;

/// A page to index: its path in the site (`durham/index.html`) and its HTML.
pub struct Page<'a> {
    pub path: &'a str,
    pub html: &'a str,
}

/// A file of the index, relative to the site's root (`pagefind/...`).
pub struct IndexFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Why the index could not be made.
#[derive(Debug)]
pub struct SearchError(pub String);

impl std::fmt::Display for SearchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the search index could not be made: {}", self.0)
    }
}

impl std::error::Error for SearchError {}

/// Pagefind's files the site's own search box does not use: its ready-made
/// interfaces, their styles and the highlighting script.
fn unused(name: &str) -> bool {
    name.starts_with("pagefind-ui")
        || name.starts_with("pagefind-modular-ui")
        || name.starts_with("pagefind-component-ui")
        || name.starts_with("pagefind-highlight")
}

type Work<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, SearchError>> + Send + 'a>>;

/// A search index being made, kept so that it can be brought up to date:
/// `serve` reads again only the pages a change touched, then makes the
/// index's files again. Pagefind is async; its runtime is the index's own,
/// driven from a thread of its own, so it works whether or not the caller
/// runs inside another runtime (`stagehand serve` does).
pub struct SearchIndex {
    runtime: tokio::runtime::Runtime,
    index: pagefind::api::PagefindIndex,
}

impl SearchIndex {
    /// An empty index for pages in `language` (`en`); with `None`, each page
    /// is indexed in its own `<html lang>` (a site in several languages: a
    /// search finds pages in the language it is made in).
    pub fn new(language: Option<&str>) -> Result<Self, SearchError> {
        use pagefind::api::PagefindIndex;
        use pagefind::options::PagefindServiceConfig;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| SearchError(e.to_string()))?;
        let config = match language {
            Some(language) => PagefindServiceConfig::builder()
                .force_language(language.to_string())
                .build(),
            None => PagefindServiceConfig::builder().build(),
        };
        let index = PagefindIndex::new(Some(config)).map_err(|e| SearchError(e.to_string()))?;
        Ok(Self { runtime, index })
    }

    /// Run `work` on the index's runtime, on a thread of its own.
    fn run<T: Send>(
        &mut self,
        work: impl for<'a> FnOnce(&'a mut pagefind::api::PagefindIndex) -> Work<'a, T> + Send,
    ) -> Result<T, SearchError> {
        let Self { runtime, index } = self;
        std::thread::scope(|scope| {
            scope
                .spawn(|| runtime.block_on(work(index)))
                .join()
                .unwrap_or_else(|_| Err(SearchError("Pagefind stopped unexpectedly".into())))
        })
    }

    /// Add these pages of a site as written in `folder` (paths relative to
    /// it), which Pagefind reads in parallel: the way a whole build is
    /// indexed. Returns how many pages were read.
    pub fn add_folder(&mut self, folder: &Path, pages: &[&str]) -> Result<usize, SearchError> {
        if pages.is_empty() {
            return Ok(0);
        }
        let path = folder.to_string_lossy().to_string();
        // One glob naming each page: Pagefind reads only those (not the
        // blank forms and lists, which it would leave out of the index
        // anyway after reading them).
        let named: Vec<String> = pages.iter().map(|p| glob_literal(p)).collect();
        let glob = format!("{{{}}}", named.join(","));
        self.run(move |index| {
            Box::pin(async move {
                index
                    .add_directory(path, Some(glob))
                    .await
                    .map_err(|e| SearchError(e.to_string()))
            })
        })
    }

    /// Add pages from memory, one at a time. A page added again (by its
    /// path) replaces what was read of it before.
    pub fn add_pages(&mut self, pages: &[Page]) -> Result<(), SearchError> {
        let owned: Vec<(String, String)> = pages
            .iter()
            .map(|p| (p.path.to_string(), p.html.to_string()))
            .collect();
        self.run(move |index| {
            Box::pin(async move {
                for (path, html) in owned {
                    index
                        .add_html_file(Some(path.clone()), None, html)
                        .await
                        .map_err(|e| SearchError(format!("{path}: {e}")))?;
                }
                Ok(())
            })
        })
    }

    /// Write the index into `folder` (the site's `pagefind/`), as the
    /// Pagefind CLI does: an index file already there with the same name
    /// (a hash of what it holds) is left alone, so a rebuild compresses and
    /// writes only what changed. Returns the index's files, relative to
    /// `folder`; any other file there is the build before's, to be removed.
    pub fn write_into(&mut self, folder: &Path) -> Result<Vec<PathBuf>, SearchError> {
        let out = folder.to_string_lossy().to_string();
        self.run(move |index| {
            Box::pin(async move {
                index
                    .write_files(Some(out))
                    .await
                    .map(drop)
                    .map_err(|e| SearchError(e.to_string()))
            })
        })?;
        written::files_of(folder)
    }

    /// The index's files under `pagefind/`, for the pages added so far, in
    /// memory (as `serve` keeps them).
    pub fn files(&mut self) -> Result<Vec<IndexFile>, SearchError> {
        let files = self.run(|index| {
            Box::pin(async move {
                index
                    .get_files()
                    .await
                    .map_err(|e| SearchError(e.to_string()))
            })
        })?;
        Ok(files
            .into_iter()
            .filter(|f| {
                !f.filename
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(unused)
            })
            .map(|f| IndexFile {
                path: PathBuf::from("pagefind").join(&f.filename),
                bytes: f.contents,
            })
            .collect())
    }
}

/// Index the pages (in the language `language`, such as `en`), and return
/// the index's files under `pagefind/`.
pub fn index(pages: &[Page], language: &str) -> Result<Vec<IndexFile>, SearchError> {
    let mut index = SearchIndex::new(Some(language))?;
    index.add_pages(pages)?;
    index.files()
}

/// A path as a glob that matches only it: the glob's special characters
/// escaped. (Procedure and page names are slugs, so there are none today.)
fn glob_literal(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if "?*$:<>()[]{},\\".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_the_marked_part_of_each_page() {
        let html = "<html><body><nav>Menu words</nav><main data-pagefind-body><h1>Durham</h1><h2 id=\"stage-2\">Stage 2</h2><p>Refer to the head of service.</p></main></body></html>";
        let files = index(
            &[Page {
                path: "durham/index.html",
                html,
            }],
            "en",
        )
        .unwrap();
        let names: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
        assert!(
            names.contains(&"pagefind/pagefind.js".to_string()),
            "{names:?}"
        );
        assert!(
            names.contains(&"pagefind/pagefind-entry.json".to_string()),
            "{names:?}"
        );
        assert!(
            names.iter().any(|n| n.ends_with(".pf_fragment")),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|n| n.contains("pagefind-ui")),
            "{names:?}"
        );
    }

    fn pages(changed: &str) -> Vec<(String, String)> {
        (0..40)
            .map(|i| {
                let area = if i % 2 == 0 { "North" } else { "South" };
                let words = if i == 7 { changed } else { "Refer to the head of service" };
                (
                    format!("p-{i}/index.html"),
                    format!("<html lang=\"en\"><body><main data-pagefind-body data-pagefind-filter=\"area:{area}\"><h1>Procedure {i}</h1><h2 id=\"stage-1\">Stage 1</h2><p>{words} {i}.</p></main></body></html>"),
                )
            })
            .collect()
    }

    fn names_pagefind_gives(pages: &[(String, String)]) -> Vec<PathBuf> {
        let as_pages: Vec<Page> = pages
            .iter()
            .map(|(path, html)| Page { path, html })
            .collect();
        let mut names: Vec<PathBuf> = index(&as_pages, "en")
            .unwrap()
            .into_iter()
            .map(|f| f.path.strip_prefix("pagefind").unwrap().to_path_buf())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_files_listed_after_writing_are_pagefinds_own_and_a_rebuild_keeps_the_unchanged() {
        let folder = tempfile::tempdir().unwrap();
        let out = folder.path().join("pagefind");
        for (round, words) in ["Refer to the head of service", "Escalate to the chair"]
            .iter()
            .enumerate()
        {
            let pages = pages(words);
            let mut made = SearchIndex::new(Some("en")).unwrap();
            made.add_pages(
                &pages
                    .iter()
                    .map(|(path, html)| Page { path, html })
                    .collect::<Vec<_>>(),
            )
            .unwrap();
            let listed = made.write_into(&out).unwrap();
            assert_eq!(listed, names_pagefind_gives(&pages), "round {round}");
            for name in &listed {
                assert!(
                    out.join(name).is_file(),
                    "{name:?} is listed but not written"
                );
            }
            if round == 1 {
                // The first round's fragment for the changed page is still
                // there, and not listed: the build removes it.
                let fragments = std::fs::read_dir(out.join("fragment")).unwrap().count();
                let listed_fragments = listed.iter().filter(|p| p.starts_with("fragment")).count();
                assert_eq!(fragments, listed_fragments + 1);
            }
        }
    }

    #[test]
    fn a_folder_is_indexed_as_its_pages_are() {
        let folder = tempfile::tempdir().unwrap();
        let pages = pages("Refer to the head of service");
        for (path, html) in &pages {
            let at = folder.path().join(path);
            std::fs::create_dir_all(at.parent().unwrap()).unwrap();
            std::fs::write(at, html).unwrap();
        }
        std::fs::write(
            folder.path().join("blank.html"),
            "<html><body>Not named</body></html>",
        )
        .unwrap();
        let mut made = SearchIndex::new(Some("en")).unwrap();
        let names: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(made.add_folder(folder.path(), &names).unwrap(), 40);
        let from_folder: Vec<(PathBuf, Vec<u8>)> = made
            .files()
            .unwrap()
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
        let as_pages: Vec<Page> = pages
            .iter()
            .map(|(path, html)| Page { path, html })
            .collect();
        let from_memory: Vec<(PathBuf, Vec<u8>)> = index(&as_pages, "en")
            .unwrap()
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
        // The pages' fragments are the same, byte for byte; the word index
        // numbers the pages in the order they were read, so it may differ.
        let fragments = |files: Vec<(PathBuf, Vec<u8>)>| {
            let mut kept: Vec<_> = files
                .into_iter()
                .filter(|f| f.0.starts_with("pagefind/fragment"))
                .collect();
            kept.sort();
            kept
        };
        let (from_folder, from_memory) = (fragments(from_folder), fragments(from_memory));
        assert_eq!(from_folder.len(), 40);
        assert!(
            from_folder == from_memory,
            "the same fragments, whether read from the folder or from memory"
        );
    }
}
