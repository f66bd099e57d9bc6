//! Writing the site: into a fresh folder beside the output, then swapped in,
//! so the previous site stays whole until the new one is complete.

use crate::OutputFile;
use rayon::prelude::*;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub error: io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write `{}`: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for WriteError {}

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().to_string());
    out.with_file_name(format!(".{name}.{tag}-{}", std::process::id()))
}

/// Write all files to `out`, replacing what was there only once every file is written.
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |error| WriteError { path, error }
    };
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail(parent))?;
    }
    let staging = sibling(out, "new");
    let _ = std::fs::remove_dir_all(&staging);
    let written = files.par_iter().try_for_each(|file| {
        let path = staging.join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(fail(dir))?;
        }
        std::fs::write(&path, &file.bytes).map_err(fail(&path))
    });
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    let old = sibling(out, "old");
    if out.exists() {
        std::fs::rename(out, &old).map_err(fail(out))?;
    }
    if let Err(error) = std::fs::rename(&staging, out) {
        // Put the previous site back: never leave no site at all.
        let _ = std::fs::rename(&old, out);
        return Err(WriteError {
            path: out.to_path_buf(),
            error,
        });
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}
