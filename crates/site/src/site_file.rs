//! The files of a build, as written into the staging folder: each with the
//! digest the memory keeps, written only where its bytes differ, and
//! replaced, never written over (a file may be a hard link to the live
//! site's).

use crate::memory::{Digest, FileState, Stamp, Tree};
use crate::write::{WriteError, WriteStats, fail};
use rayon::prelude::*;
use sha2::Digest as _;
use stagehand_render::OutputFile;
use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

/// One file of the site to write: its place, a digest of its bytes, and
/// the bytes, or none when they are the live site's file's (a page the
/// build kept from the build before, unchanged).
#[derive(Clone, Debug)]
pub(crate) struct SiteFile {
    pub path: PathBuf,
    pub digest: Digest,
    pub size: u64,
    /// Whether the search index reads it (a page marked `data-pagefind-body`).
    pub indexed: bool,
    pub bytes: Option<Vec<u8>>,
}

impl SiteFile {
    pub(crate) fn new(file: &OutputFile) -> Self {
        Self::owned(file.path.clone(), file.bytes.clone())
    }

    pub(crate) fn owned(path: PathBuf, bytes: Vec<u8>) -> Self {
        Self {
            indexed: crate::finish::is_indexed(&path, &bytes),
            digest: sha2::Sha256::digest(&bytes).into(),
            size: bytes.len() as u64,
            path,
            bytes: Some(bytes),
        }
    }

    /// A file of the live site, as the memory says it is.
    pub(crate) fn kept(path: PathBuf, state: FileState) -> Self {
        Self {
            path,
            digest: state.digest,
            size: state.stamp.size(),
            indexed: state.indexed,
            bytes: None,
        }
    }

    /// Its bytes: its own, or the live site's file's, which must be what
    /// the memory says (else the site changed during the build).
    fn bytes_from(&self, live: &Path) -> Result<std::borrow::Cow<'_, [u8]>, WriteError> {
        if let Some(bytes) = &self.bytes {
            return Ok(bytes.into());
        }
        let path = live.join(&self.path);
        let bytes = std::fs::read(&path).map_err(fail(&path))?;
        if sha2::Sha256::digest(&bytes)[..] != self.digest[..] {
            return Err(fail(&path)(io::Error::other(
                "it changed while the site was being built: build again",
            )));
        }
        Ok(bytes.into())
    }
}

/// Write `files` into `root`, each only where its bytes differ; a file where
/// a folder is now needed, or a folder where a file is, goes first.
pub(crate) fn write_files(
    root: &Path,
    files: &[SiteFile],
    known: Option<&Tree>,
    live: &Path,
) -> Result<(WriteStats, Vec<FileState>), WriteError> {
    make_folders(root, files)?;
    let written: Vec<(bool, FileState)> = files
        .par_iter()
        .map(|file| {
            let path = root.join(&file.path);
            let state = |indexed| {
                Stamp::of(&path)
                    .map(|stamp| FileState {
                        digest: file.digest,
                        stamp,
                        indexed,
                    })
                    .ok_or_else(|| fail(&path)(io::Error::other("it was not written")))
            };
            if let Some(before) = known.and_then(|k| k.still(root, &file.path))
                && before.digest == file.digest
            {
                return Ok((
                    false,
                    FileState {
                        indexed: file.indexed,
                        ..before
                    },
                ));
            }
            let bytes = file.bytes_from(live)?;
            if same_bytes(&path, &bytes) {
                return Ok((false, state(file.indexed)?));
            }
            if path.is_dir() {
                std::fs::remove_dir_all(&path).map_err(fail(&path))?;
            } else {
                // Replaced, never written over: the file may be a link to
                // the live site's.
                let _ = std::fs::remove_file(&path);
            }
            std::fs::write(&path, &bytes).map_err(fail(&path))?;
            Ok((true, state(file.indexed)?))
        })
        .collect::<Result<_, WriteError>>()?;
    let count = written.iter().filter(|w| w.0).count();
    let stats = WriteStats {
        written: count,
        unchanged: files.len() - count,
        removed: 0,
    };
    Ok((stats, written.into_iter().map(|w| w.1).collect()))
}

/// Make the folders `files` go in; a file where a folder is now needed goes.
fn make_folders(root: &Path, files: &[SiteFile]) -> Result<(), WriteError> {
    let folders: BTreeSet<&Path> = files
        .iter()
        .flat_map(|f| f.path.ancestors().skip(1))
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    // A path that is both a file and another file's folder cannot be
    // written (which wins would depend on the order the writes ran in).
    if let Some(both) = files.iter().find(|f| folders.contains(f.path.as_path())) {
        let path = root.join(&both.path);
        return Err(fail(&path)(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the build made it both a file and a folder of other files",
        )));
    }
    // Parents sort before their children.
    for folder in &folders {
        let path = root.join(folder);
        match std::fs::create_dir(&path) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && !path.is_dir() => {
                std::fs::remove_file(&path).map_err(fail(&path))?;
                std::fs::create_dir(&path).map_err(fail(&path))?;
            }
            Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(fail(&path)(e)),
            _ => {}
        }
    }
    Ok(())
}

/// Whether the file at `path` holds exactly `bytes` (its size first, so most
/// changed files are never read).
pub(crate) fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            std::fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}
