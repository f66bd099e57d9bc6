//! Offline use: after one visit, the whole handbook works with no signal.
//! The build writes a service worker that precaches every file of this
//! build under a name made from a hash of them all, so a new build fills a
//! new cache and replaces the old one in one step: a page never mixes files
//! from two builds. Nothing the practitioner types is ever cached: the worker
//! only answers requests for the site's own published files.

use crate::OutputFile;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use stagehand_model::Site;

const SERVICE_WORKER: &str = include_str!("../../../themes/default/static/sw.js");

/// The service worker, its version file and the web app manifest, for the
/// finished list of the site's `files` (index included).
pub fn offline_files(site: &Site, files: &[&OutputFile], built: NaiveDate) -> Vec<OutputFile> {
    let mut paths: Vec<&OutputFile> = files.iter().copied().filter(|f| precached(f)).collect();
    paths.sort_by(|a, b| a.path.cmp(&b.path));
    let mut hash = Sha256::new();
    for file in &paths {
        hash.update(file.path.to_string_lossy().as_bytes());
        hash.update([0]);
        hash.update(&file.bytes);
    }
    let digest = hash.finalize();
    let version: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    let urls: Vec<String> = paths.iter().map(|f| url_of(f)).collect();
    let about = serde_json::json!({
        "version": version,
        "built": built.to_string(),
        "built_words": built.format("%-d %B %Y").to_string(),
    });
    let worker = SERVICE_WORKER
        .replace(
            "\"__VERSION__\"",
            &serde_json::to_string(&version).unwrap_or_default(),
        )
        .replace(
            "[\"__FILES__\"]",
            &serde_json::to_string(&urls).unwrap_or_default(),
        );
    let manifest = serde_json::json!({
        "name": site.title,
        "short_name": site.title,
        "description": site.description,
        "lang": site.language,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b0c0c",
        "icons": [{ "src": "assets/icon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    vec![
        OutputFile {
            path: "sw.js".into(),
            bytes: worker.into_bytes(),
        },
        OutputFile {
            path: "version.json".into(),
            bytes: about.to_string().into_bytes(),
        },
        OutputFile {
            path: "manifest.webmanifest".into(),
            bytes: manifest.to_string().into_bytes(),
        },
    ]
}

/// Everything a reader might open is kept, except the note to editors.
fn precached(file: &OutputFile) -> bool {
    file.path != std::path::Path::new("README.md")
}

/// A file's address relative to the worker (which sits at the site's root):
/// `durham/index.html` is asked for as `durham/`.
fn url_of(file: &OutputFile) -> String {
    let path = file.path.to_string_lossy().replace('\\', "/");
    match path.strip_suffix("index.html") {
        Some("") => "./".into(),
        Some(folder) => folder.to_string(),
        None => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn worker(files: &[OutputFile]) -> String {
        let out = offline_files(
            &Site::new("Test"),
            &files.iter().collect::<Vec<_>>(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        );
        String::from_utf8(out[0].bytes.clone()).unwrap()
    }

    #[test]
    fn a_changed_page_changes_the_cache_and_folders_are_asked_for_by_name() {
        let one = worker(&[
            file("index.html", "a"),
            file("durham/index.html", "b"),
            file("README.md", "x"),
        ]);
        let two = worker(&[
            file("index.html", "a"),
            file("durham/index.html", "c"),
            file("README.md", "x"),
        ]);
        assert_ne!(one, two);
        assert!(one.contains(r#"["durham/","./"]"#), "{one}");
        assert!(!one.contains("README"));
        let same = worker(&[
            file("index.html", "a"),
            file("durham/index.html", "b"),
            file("README.md", "y"),
        ]);
        assert_eq!(one, same, "the editors' note is not part of the site");
    }
}
