//! Offline use, sized to the reader. After one visit the browser keeps the
//! site's shell (the home page, the A to Z, accessibility and privacy, the
//! theme, the decision aid and the search's program) and every page of the
//! procedure read, with its region and local versions; other pages, and the
//! parts of the search index a search fetches, are kept as they are used. A
//! handbook small enough is kept whole at once. Each build's
//! copy is a cache named by a hash of all its files, filled before it is
//! used, so a page never mixes files from two builds. Nothing the
//! practitioner types is ever cached: the worker only answers requests for
//! the site's own published files.

use crate::OutputFile;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use stagehand_model::Site;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SERVICE_WORKER: &str = include_str!("../../../themes/default/static/sw.js");

/// A handbook whose offline copy is no larger than this is kept whole after
/// one visit: every page, before the reader needs it.
pub const WHOLE_SITE_BUDGET: u64 = 2_000_000;

/// A file of the site as the offline copy lists it: its place, its size and
/// a digest of its bytes (so the pages need not be kept in memory).
#[derive(Clone, Debug)]
pub struct Listed {
    pub path: PathBuf,
    pub size: u64,
    pub digest: [u8; 32],
}

impl Listed {
    pub fn of(file: &OutputFile) -> Self {
        Self::new(&file.path, &file.bytes)
    }

    pub fn new(path: &Path, bytes: &[u8]) -> Self {
        Self {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            digest: Sha256::digest(bytes).into(),
        }
    }
}

/// Each procedure's slug, with the slugs kept offline with it: itself, its
/// region and the region's local versions.
pub type Families = BTreeMap<String, Vec<String>>;

/// The offline files, and what a first visit keeps.
#[derive(Debug)]
pub struct Offline {
    pub files: Vec<OutputFile>,
    /// Bytes a first visit to a procedure's page keeps: the shell and the
    /// largest procedure family.
    pub first_visit: u64,
    /// Whether the whole handbook is kept at once (it is small enough).
    pub whole: bool,
}

/// Where a file belongs in the offline copy.
enum Part<'a> {
    /// Never kept: the note to editors.
    Never,
    /// Kept on the first visit.
    Shell,
    /// Kept with this procedure's family: `durham`, or in another
    /// language `cy/durham`.
    Procedure(&'a str),
    /// Kept once a page of this language (`cy`) is read: its home page, A
    /// to Z and accessibility page.
    Edition(&'a str),
    /// Kept once visited or used: the feeds, and the parts of the search
    /// index a search fetches (its word lists and results grow with the
    /// handbook: 1.8 MB of word lists alone at 1,000 procedures).
    Visited,
}

fn part<'a>(path: &'a Path, families: &Families, site: &Site) -> Part<'a> {
    let language = site.language.split('-').next().unwrap_or("en");
    let text = path.to_str().unwrap_or_default();
    let first = text.split('/').next().unwrap_or_default();
    if site.languages.iter().skip(1).any(|l| l == first) && text.contains('/') {
        // A page of another language: its procedure's, or its shell's.
        let rest = &text[first.len() + 1..];
        let second = rest.split('/').next().unwrap_or_default();
        return if text.ends_with("feed.xml") {
            Part::Visited
        } else if families.contains_key(second) && rest.contains('/') {
            Part::Procedure(&text[..first.len() + 1 + second.len()])
        } else {
            Part::Edition(first)
        };
    }
    if text == "README.md" {
        Part::Never
    } else if families.contains_key(first) && text.contains('/') {
        if text.ends_with("feed.xml") {
            Part::Visited
        } else {
            Part::Procedure(first)
        }
    } else if text.starts_with("pagefind/fragment/")
        || text.starts_with("pagefind/index/")
        || text.starts_with("pagefind/filter/")
        || text == "feed.xml"
        || text == "sitemap.xml"
        || (text.starts_with("pagefind/wasm.")
            && site.languages.len() < 2
            && !text.starts_with(&format!("pagefind/wasm.{language}.")))
    {
        Part::Visited
    } else {
        Part::Shell
    }
}

/// The service worker, its version file and the web app manifest, for the
/// finished list of the site's `files` (index included).
pub fn offline_files(
    site: &Site,
    families: &Families,
    files: &[Listed],
    built: NaiveDate,
) -> Offline {
    let mut listed: Vec<&Listed> = files
        .iter()
        .filter(|f| !matches!(part(&f.path, families, site), Part::Never))
        .collect();
    listed.sort_by(|a, b| a.path.cmp(&b.path));
    let mut hash = Sha256::new();
    for file in &listed {
        hash.update(file.path.to_string_lossy().as_bytes());
        hash.update([0]);
        hash.update(file.digest);
    }
    let digest = hash.finalize();
    let version: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();

    let whole_size: u64 = listed.iter().map(|f| f.size).sum();
    let whole = whole_size <= WHOLE_SITE_BUDGET;
    // The worker's own files but itself: which build this copy is (shown
    // when offline) and the web app manifest.
    let mut shell = vec![
        "manifest.webmanifest".to_string(),
        "version.json".to_string(),
    ];
    let mut by_procedure: BTreeMap<&str, (Vec<String>, u64)> = BTreeMap::new();
    for file in &listed {
        match part(&file.path, families, site) {
            _ if whole => shell.push(url_of(&file.path)),
            Part::Shell => shell.push(url_of(&file.path)),
            Part::Procedure(slug) | Part::Edition(slug) => {
                let entry = by_procedure.entry(slug).or_default();
                entry.0.push(url_of(&file.path));
                entry.1 += file.size;
            }
            Part::Visited | Part::Never => {}
        }
    }
    let shell_size: u64 = if whole {
        whole_size
    } else {
        listed
            .iter()
            .filter(|f| matches!(part(&f.path, families, site), Part::Shell))
            .map(|f| f.size)
            .sum()
    };
    // Each procedure's files to keep: its own and its family's, in each
    // language (`durham`, `cy/durham`); and each other language's shell.
    let mut keep: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut largest = 0;
    let prefixes: Vec<String> = std::iter::once(String::new())
        .chain(site.languages.iter().skip(1).map(|l| format!("{l}/")))
        .collect();
    for prefix in &prefixes {
        let edition_shell = by_procedure.get(prefix.trim_end_matches('/'));
        for (slug, family) in families {
            let mut urls: Vec<&str> = Vec::new();
            let mut size = edition_shell.map_or(0, |(_, size)| *size);
            for member in family {
                let key = format!("{prefix}{member}");
                if let Some((member_urls, member_size)) = by_procedure.get(key.as_str()) {
                    urls.extend(member_urls.iter().map(String::as_str));
                    size += member_size;
                }
            }
            largest = largest.max(size);
            if !whole && (prefix.is_empty() || !urls.is_empty()) {
                keep.insert(format!("{prefix}{slug}"), urls);
            }
        }
        if let (false, false, Some((urls, _))) = (whole, prefix.is_empty(), edition_shell) {
            keep.insert(
                prefix.trim_end_matches('/').to_string(),
                urls.iter().map(String::as_str).collect(),
            );
        }
    }
    let about = serde_json::json!({
        "version": version,
        "built": built.to_string(),
        "built_words": built.format("%-d %B %Y").to_string(),
        // The same day in each of the site's languages, as its pages say it.
        "built_day": site.languages.iter().map(|l| {
            let tool = stagehand_messages::Language::of_tag(l).unwrap_or(stagehand_messages::Language::English);
            (l.clone(), stagehand_messages::messages(tool).day(built))
        }).collect::<BTreeMap<_, _>>(),
    });
    let worker = SERVICE_WORKER
        .replace(
            "\"__VERSION__\"",
            &serde_json::to_string(&version).unwrap_or_default(),
        )
        .replace(
            "[\"__FILES__\"]",
            &serde_json::to_string(&shell).unwrap_or_default(),
        )
        .replace(
            "{ \"__PROCEDURES__\": [] }",
            &serde_json::to_string(&keep).unwrap_or_default(),
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
    let files = vec![
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
    ];
    let own: u64 = files[1..].iter().map(|f| f.bytes.len() as u64).sum();
    Offline {
        files,
        first_visit: own + shell_size + if whole { 0 } else { largest },
        whole,
    }
}

/// A file's address relative to the worker (which sits at the site's root):
/// `durham/index.html` is asked for as `durham/`.
fn url_of(path: &Path) -> String {
    let path = path.to_string_lossy().replace('\\', "/");
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

    fn offline(files: &[OutputFile], families: &Families) -> Offline {
        offline_files(
            &Site::new("Test"),
            families,
            &files.iter().map(Listed::of).collect::<Vec<_>>(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        )
    }

    fn worker(files: &[OutputFile]) -> String {
        let out = offline(files, &Families::new());
        String::from_utf8(out.files[0].bytes.clone()).unwrap()
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
        assert!(
            one.contains(r#"["manifest.webmanifest","version.json","durham/","./"]"#),
            "{one}"
        );
        assert!(!one.contains("README"));
        let same = worker(&[
            file("index.html", "a"),
            file("durham/index.html", "b"),
            file("README.md", "y"),
        ]);
        assert_eq!(one, same, "the editors' note is not part of the site");
    }

    #[test]
    fn a_large_handbook_keeps_its_shell_and_the_procedure_read_with_its_family() {
        let big = "x".repeat(3_000_000);
        let files = vec![
            file("index.html", "home"),
            file("assets/style.css", "css"),
            file("a-z/index.html", "a to z"),
            file("feed.xml", "feed"),
            file("pagefind/pagefind.js", "search"),
            file("pagefind/fragment/en_1.pf_fragment", &big),
            file("london/index.html", "London"),
            file("barnet/index.html", "Barnet"),
            file("durham/index.html", "Durham"),
        ];
        let families: Families = [
            (
                "london".to_string(),
                vec!["london".to_string(), "barnet".to_string()],
            ),
            (
                "barnet".to_string(),
                vec!["barnet".to_string(), "london".to_string()],
            ),
            ("durham".to_string(), vec!["durham".to_string()]),
        ]
        .into();
        let out = offline(&files, &families);
        assert!(!out.whole);
        let worker = String::from_utf8(out.files[0].bytes.clone()).unwrap();
        assert!(
            worker.contains(
                r#"const FILES = ["manifest.webmanifest","version.json","a-z/","assets/style.css","./","pagefind/pagefind.js"]"#
            ),
            "{worker}"
        );
        assert!(
            worker.contains(r#""barnet":["barnet/","london/"]"#),
            "{worker}"
        );
        assert!(
            !worker.contains("fragment"),
            "fragments are kept as search uses them"
        );
        // The shell, and London with Barnet.
        let own: u64 = out.files[1..].iter().map(|f| f.bytes.len() as u64).sum();
        assert_eq!(out.first_visit, own + 4 + 3 + 6 + 6 + 6 + 6);
    }
}
