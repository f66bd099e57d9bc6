//! Search for the handbook: every page with `data-pagefind-body` is indexed
//! by Pagefind, used as a library (no Node, no server), and the index is
//! written with the rest of the site. In the browser, the site's own search
//! box loads Pagefind's script on first use.

use std::path::PathBuf;

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

/// Index the pages (in the language `language`, such as `en`), and return
/// the index's files under `pagefind/`.
pub fn index(pages: &[Page], language: &str) -> Result<Vec<IndexFile>, SearchError> {
    // Pagefind is async; its runtime gets a thread of its own, so `index`
    // can be called from inside another runtime (`stagehand serve`).
    std::thread::scope(|scope| {
        scope
            .spawn(|| index_here(pages, language))
            .join()
            .unwrap_or_else(|_| Err(SearchError("Pagefind stopped unexpectedly".into())))
    })
}

fn index_here(pages: &[Page], language: &str) -> Result<Vec<IndexFile>, SearchError> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| SearchError(e.to_string()))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| SearchError(e.to_string()))?;
        for page in pages {
            index
                .add_html_file(Some(page.path.to_string()), None, page.html.to_string())
                .await
                .map_err(|e| SearchError(format!("{}: {e}", page.path)))?;
        }
        let files = index
            .get_files()
            .await
            .map_err(|e| SearchError(e.to_string()))?;
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
    })
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
}
