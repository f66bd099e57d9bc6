//! The content fixtures: each folder of `fixtures/broken/` and
//! `fixtures/warned/` holds only what differs from `fixtures/minimal/` (a
//! small, valid handbook), an optional `DELETE` listing files to remove, and
//! `expected.txt`: the location first, then what the report must say.
//! `bash scripts/fixture.sh broken/<case>` lays one out to try by hand.

use super::{files_under, minimal_handbook, workspace};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The cases of `fixtures/<kind>/`, sorted.
pub fn cases(kind: &str) -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(workspace().join("tests/fixtures").join(kind))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

/// Lay `fixtures/<kind>/<case>` over the handbook at `content`.
pub fn apply(kind: &str, case: &str, content: &Path) {
    let dir = workspace().join("tests/fixtures").join(kind).join(case);
    for entry in files_under(&dir) {
        let relative = entry.strip_prefix(&dir).unwrap();
        if entry.is_dir()
            || relative == Path::new("expected.txt")
            || relative == Path::new("DELETE")
        {
            continue;
        }
        let target = content.join(relative);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
    if let Ok(list) = std::fs::read_to_string(dir.join("DELETE")) {
        for line in list.lines().filter(|l| !l.is_empty()) {
            std::fs::remove_file(content.join(line)).unwrap();
        }
    }
}

/// A fresh copy of the minimal handbook with one fixture laid over it.
pub fn content(kind: &str, case: &str, test: &str) -> PathBuf {
    let content = minimal_handbook(&format!("{test}-{case}"));
    apply(kind, case, &content);
    content
}

/// What the report must say: the location (with the content folder in
/// front), then the wording.
pub fn expected(kind: &str, case: &str, content: &Path) -> Vec<String> {
    let path = workspace()
        .join("tests/fixtures")
        .join(kind)
        .join(case)
        .join("expected.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let mut wanted: Vec<String> = text.lines().map(str::to_string).collect();
    wanted[0] = format!("{}/{}", content.display(), wanted[0]);
    wanted
}

/// Make `content` the minimal handbook again, changing only what differs
/// (so a watcher sees edits, not a new folder).
pub fn restore(content: &Path) {
    let minimal = workspace().join("tests/fixtures/minimal");
    let want: BTreeMap<PathBuf, Vec<u8>> = files_under(&minimal)
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.strip_prefix(&minimal).unwrap().to_path_buf(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    let mut have = files_under(content);
    // Deepest first, so folders are emptied before they are removed.
    have.reverse();
    for path in have {
        let relative = path.strip_prefix(content).unwrap();
        if path.is_dir() {
            if path != content && !minimal.join(relative).is_dir() {
                std::fs::remove_dir_all(&path).unwrap();
            }
        } else if !want.contains_key(relative) {
            std::fs::remove_file(&path).unwrap();
        }
    }
    for (relative, bytes) in want {
        let target = content.join(&relative);
        if std::fs::read(&target).ok().as_ref() != Some(&bytes) {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(&target, bytes).unwrap();
        }
    }
}

/// Every file and folder under `dir` with its bytes (folders with none):
/// what "byte-for-byte unchanged" compares.
pub fn tree(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    files_under(dir)
        .into_iter()
        .map(|p| {
            let bytes = p.is_file().then(|| std::fs::read(&p).unwrap());
            (p.strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

/// The paths that differ between two trees, for a readable failure.
pub fn differences(
    before: &BTreeMap<PathBuf, Option<Vec<u8>>>,
    after: &BTreeMap<PathBuf, Option<Vec<u8>>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (path, bytes) in before {
        match after.get(path) {
            None => out.push(format!("removed {}", path.display())),
            Some(b) if b != bytes => out.push(format!("changed {}", path.display())),
            _ => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        out.push(format!("added {}", path.display()));
    }
    out
}
