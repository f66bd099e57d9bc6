//! The files of an index Pagefind wrote into a folder. Pagefind names each
//! index file by a hash of what it holds and leaves one already there alone
//! (as its CLI does), so a rebuild compresses and writes only what changed;
//! but the folder then also holds the files of the build before. The index's
//! own files are those its entry file and its metadata name: read back here
//! so that the build keeps those, lists them for offline use, and removes
//! the rest. The test in `lib.rs` holds this list to Pagefind's own.

use crate::SearchError;
use flate2::read::GzDecoder;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The files every index has, whatever its pages (the site's own search box
/// uses these; Pagefind's ready-made interfaces are left out).
const COMMON: [&str; 4] = [
    "pagefind.js",
    "pagefind-worker.js",
    "pagefind-entry.json",
    "wasm.unknown.pagefind",
];

#[derive(Deserialize)]
struct Entry {
    languages: BTreeMap<String, Language>,
}

#[derive(Deserialize)]
struct Language {
    hash: String,
    wasm: Option<String>,
}

fn problem(what: impl std::fmt::Display) -> SearchError {
    SearchError(format!(
        "the index Pagefind wrote could not be read back: {what}"
    ))
}

/// The index's files in `folder` (its `pagefind/`), relative to it.
pub(crate) fn files_of(folder: &Path) -> Result<Vec<PathBuf>, SearchError> {
    let entry: Entry = serde_json::from_slice(
        &std::fs::read(folder.join("pagefind-entry.json")).map_err(problem)?,
    )
    .map_err(problem)?;
    let mut files: Vec<PathBuf> = COMMON.iter().map(PathBuf::from).collect();
    for (language, about) in &entry.languages {
        if about.wasm.is_some() {
            files.push(format!("wasm.{language}.pagefind").into());
        }
        let meta = format!("pagefind.{}.pf_meta", about.hash);
        files.extend(named_in_meta(&folder.join(&meta))?);
        files.push(meta.into());
    }
    files.sort();
    files.dedup();
    Ok(files)
}

/// The fragments, word index chunks and filters a language's metadata names.
/// Its layout (Pagefind 1.6's `MetaIndex`, CBOR arrays): version, pages
/// (hash, word count, group hash), index chunks (from, to, hash), filters
/// (name, hash), sorts, meta fields.
fn named_in_meta(path: &Path) -> Result<Vec<PathBuf>, SearchError> {
    use ciborium::Value;
    let mut bytes = Vec::new();
    GzDecoder::new(std::fs::File::open(path).map_err(problem)?)
        .read_to_end(&mut bytes)
        .map_err(problem)?;
    let body = bytes
        .strip_prefix(b"pagefind_dcd")
        .ok_or_else(|| problem("its metadata has no Pagefind header"))?;
    let meta: Value = ciborium::from_reader(body).map_err(problem)?;
    let parts = meta
        .as_array()
        .ok_or_else(|| problem("its metadata is not a list"))?;
    let list = |i: usize| -> Result<&Vec<Value>, SearchError> {
        parts
            .get(i)
            .and_then(Value::as_array)
            .ok_or_else(|| problem(format!("its metadata has no part {i}")))
    };
    let text = |item: &Value, i: usize| -> Result<String, SearchError> {
        item.as_array()
            .and_then(|fields| fields.get(i))
            .and_then(Value::as_text)
            .map(str::to_string)
            .ok_or_else(|| problem("its metadata has an entry without a hash"))
    };
    let mut files = Vec::new();
    for page in list(1)? {
        // A page's fragment is in its group's file when it has one.
        let group = text(page, 2)?;
        let hash = if group.is_empty() {
            text(page, 0)?
        } else {
            group
        };
        files.push(format!("fragment/{hash}.pf_fragment").into());
    }
    for chunk in list(2)? {
        files.push(format!("index/{}.pf_index", text(chunk, 2)?).into());
    }
    for filter in list(3)? {
        files.push(format!("filter/{}.pf_filter", text(filter, 1)?).into());
    }
    Ok(files)
}
