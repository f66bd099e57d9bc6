//! What a build remembers, so the next one redoes only what changed: kept
//! beside the output (`.site.cache/`, hidden, never uploaded, safe to delete
//! at any time: the next build then does everything).
//!
//! It says which binary made it, a digest of everything the build read (so
//! a build with nothing changed does nothing), what each file of the site
//! and of the hidden site before it holds (digest, size and last change, as
//! git's index does, so a file is trusted only while it is as it was left),
//! what each procedure's pages were made from, and which pages the search
//! index was made from. A memory that cannot be read, or was made by another
//! binary, is set aside with a line saying so. It is removed before a build
//! changes anything on disk and written, whole, only after the site is in
//! place: a build stopped halfway leaves none, never a wrong one.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A SHA-256 digest.
pub(crate) type Digest = [u8; 32];

/// The memory's layout: a memory of another layout is not read.
const FORMAT: u32 = 1;

/// The memory's folder beside `out`: `.site.cache` beside `site`.
pub fn cache_folder(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().to_string());
    out.with_file_name(format!(".{name}.cache"))
}

fn memory_file(out: &Path) -> PathBuf {
    cache_folder(out).join("memory.json")
}

/// When a file last changed, and its size: a file is as the memory left
/// it while both are the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    size: u64,
    /// Nanoseconds since 1970.
    modified: i128,
}

impl Stamp {
    pub(crate) fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::symlink_metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        let modified = meta.modified().ok()?;
        let modified = match modified.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => after.as_nanos() as i128,
            Err(before) => -(before.duration().as_nanos() as i128),
        };
        Some(Self {
            size: meta.len(),
            modified,
        })
    }

    pub(crate) fn size(self) -> u64 {
        self.size
    }
}

/// What one file of a site holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FileState {
    #[serde(with = "hex")]
    pub digest: Digest,
    pub stamp: Stamp,
    /// Whether the search index reads it.
    #[serde(default)]
    pub indexed: bool,
}

/// What a folder of the site holds: its mark's stamp (a folder swapped for
/// another has another mark), and each file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Tree {
    pub mark: Option<Stamp>,
    pub files: BTreeMap<PathBuf, FileState>,
}

impl Tree {
    /// Whether `dir` is the folder this tree describes (its mark is as left).
    pub(crate) fn is(&self, dir: &Path) -> bool {
        self.mark.is_some() && Stamp::of(&dir.join(crate::MARK)) == self.mark
    }

    /// The state of `path` in `dir`, if the file is still as remembered.
    pub(crate) fn still(&self, dir: &Path, path: &Path) -> Option<FileState> {
        let state = *self.files.get(path)?;
        (Stamp::of(&dir.join(path)) == Some(state.stamp)).then_some(state)
    }

    /// Whether `dir` holds exactly the files remembered, each as it was (a
    /// build with nothing changed is then already in place). A file put
    /// there since, by hand, is not: the build then looks at it, and
    /// refuses to replace the folder.
    pub(crate) fn is_exactly(&self, dir: &Path) -> bool {
        use rayon::prelude::*;
        if !self.is(dir) {
            return false;
        }
        let mut there = 0;
        for entry in walkdir::WalkDir::new(dir).min_depth(1) {
            let Ok(entry) = entry else { return false };
            if entry.file_type().is_dir() {
                continue;
            }
            let path = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            if path == Path::new(crate::MARK) {
                continue;
            }
            if !self.files.contains_key(path) {
                return false;
            }
            there += 1;
        }
        there == self.files.len()
            && self
                .files
                .par_iter()
                .all(|(path, state)| Stamp::of(&dir.join(path)) == Some(state.stamp))
    }
}

/// The pages a procedure's render made, and the digest of what it was made from.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Rendered {
    #[serde(with = "hex")]
    pub made_from: Digest,
    pub files: Vec<PathBuf>,
}

/// The search index's files, and the digest of the pages it was made from.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Indexed {
    #[serde(with = "hex")]
    pub made_from: Digest,
    pub files: Vec<PathBuf>,
}

/// What the last build said, to say again when nothing changed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Said {
    pub procedures: usize,
    pub html_pages: usize,
    pub first_visit: u64,
    pub whole: bool,
    pub left_out: Vec<String>,
    pub problems: String,
    pub warnings: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Memory {
    format: u32,
    tool: String,
    /// Everything the build read: the content's files, the options, the day.
    #[serde(with = "hex")]
    pub inputs: Digest,
    /// What the output folder holds.
    pub site: Tree,
    /// What the hidden site before it (`.site.previous`) holds, if known.
    pub previous: Option<Tree>,
    /// Each procedure's pages, by slug.
    pub procedures: BTreeMap<String, Rendered>,
    pub index: Option<Indexed>,
    pub said: Said,
}

/// The memory found beside a site, and what to say about it.
pub(crate) struct Recalled {
    pub memory: Option<Memory>,
    /// Why a memory there was set aside (then the build does everything).
    pub note: Option<String>,
}

impl Memory {
    pub(crate) fn new(inputs: Digest, site: Tree, previous: Option<Tree>) -> Self {
        Self {
            format: FORMAT,
            tool: tool(),
            inputs,
            site,
            previous,
            procedures: BTreeMap::new(),
            index: None,
            said: Said::default(),
        }
    }

    /// The memory beside `out`, if there is one this binary can trust.
    pub(crate) fn recall(out: &Path) -> Recalled {
        let file = memory_file(out);
        let shown = cache_folder(out);
        let set_aside = |why: &str| Recalled {
            memory: None,
            note: Some(format!(
                "The build's memory in `{}` {why}: building everything, and remembering it again.",
                shown.display()
            )),
        };
        let text = match std::fs::read(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Recalled {
                    memory: None,
                    note: None,
                };
            }
            Err(_) => return set_aside("cannot be read"),
        };
        match serde_json::from_slice::<Memory>(&text) {
            Ok(memory) if memory.format == FORMAT && memory.tool == tool() => Recalled {
                memory: Some(memory),
                note: None,
            },
            Ok(_) => set_aside(
                "was made by another stagehand binary (another version, or the same one built or installed again)",
            ),
            Err(_) => set_aside("is damaged or half-written"),
        }
    }

    /// Remove the memory beside `out`: the site is about to change.
    pub(crate) fn forget(out: &Path) {
        let _ = std::fs::remove_file(memory_file(out));
    }

    /// Write the memory beside `out`, whole (written beside, then renamed).
    pub(crate) fn keep(&self, out: &Path) -> std::io::Result<()> {
        let folder = cache_folder(out);
        std::fs::create_dir_all(&folder)?;
        let file = memory_file(out);
        let temporary = folder.join(format!("memory.json.{}", std::process::id()));
        std::fs::write(&temporary, serde_json::to_vec(self)?)?;
        std::fs::rename(&temporary, &file)
    }
}

/// Which binary is running: its version, and the size and last change of
/// its file (the theme and the decision aid are inside it, so another build
/// of stagehand may render other bytes from the same content).
fn tool() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|exe| Stamp::of(&exe))
        .map_or_else(String::new, |s| format!("{} {}", s.size, s.modified));
    format!("stagehand {} {exe}", env!("CARGO_PKG_VERSION"))
}

/// A digest as 64 hex digits in the memory's file.
mod hex {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(super) fn serialize<S: Serializer>(digest: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        use std::fmt::Write;
        let mut text = String::with_capacity(64);
        for byte in digest {
            let _ = write!(text, "{byte:02x}");
        }
        s.serialize_str(&text)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let text = <&str>::deserialize(d)?;
        let mut digest = [0u8; 32];
        if text.len() != 64 {
            return Err(D::Error::custom("a digest is 64 hex digits"));
        }
        for (i, byte) in digest.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(D::Error::custom)?;
        }
        Ok(digest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memory_is_read_back_as_written_and_a_damaged_one_is_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        assert!(Memory::recall(&out).memory.is_none());
        assert!(Memory::recall(&out).note.is_none());
        let mut memory = Memory::new([7; 32], Tree::default(), None);
        memory.said.procedures = 3;
        memory.keep(&out).unwrap();
        let recalled = Memory::recall(&out);
        assert_eq!(recalled.memory.unwrap().said.procedures, 3);
        let file = memory_file(&out);
        let text = std::fs::read(&file).unwrap();
        std::fs::write(&file, &text[..text.len() / 2]).unwrap();
        let note = Memory::recall(&out).note.unwrap();
        assert!(note.contains("damaged or half-written"), "{note}");
        let other = String::from_utf8(text)
            .unwrap()
            .replace("\"tool\":\"stagehand ", "\"tool\":\"stagehand 0.0.0 ");
        std::fs::write(&file, other).unwrap();
        let note = Memory::recall(&out).note.unwrap();
        assert!(note.contains("another stagehand binary"), "{note}");
    }
}
