//! Reading a folder of returns: every problem named with its file, the rest
//! kept; the same return (by id) counted once.

use crate::MAX_RETURN_BYTES;
use crate::check::check;
use chrono::NaiveDate;
use rayon::prelude::*;
use stagehand_model::{MonitoringReturn, Procedure, RETURN_FORMAT, RETURN_VERSION, version_1};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A file that was not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub file: PathBuf,
    pub message: String,
}

/// What reading a folder gave.
#[derive(Debug, Default)]
pub struct Read {
    /// The folder read: the report names files from here.
    pub folder: PathBuf,
    /// The returns to count, each once, with the file it came from.
    pub returns: Vec<(PathBuf, MonitoringReturn)>,
    pub problems: Vec<FileProblem>,
    /// Files read (`.json` files under the folder).
    pub files: usize,
    /// Returns made from training examples: fictional, never counted.
    pub training: usize,
    /// Files that were the same return again (the same id): counted once,
    /// the latest made.
    pub repeated: Vec<FileProblem>,
}

/// One file as a return, or what is wrong with it.
fn read_one(
    path: &Path,
    procedures: &[Procedure],
    today: NaiveDate,
) -> Result<MonitoringReturn, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot be read: {e}"))?
        .len();
    if size > MAX_RETURN_BYTES {
        return Err(format!(
            "is {} bytes, far larger than a monitoring return (a few kilobytes): it is not one",
            size
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        format!(
            "is not JSON (line {}, column {}): {e}",
            e.line(),
            e.column()
        )
    })?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(RETURN_FORMAT) => {}
        Some("stagehand-record") => {
            return Err("is a practitioner's saved record, not a monitoring return: it may hold names and typed text, so it is never counted. Ask for the monitoring return instead".into());
        }
        _ => {
            return Err(
                "is not a monitoring return (it has no `\"format\": \"stagehand-return\"`)".into(),
            );
        }
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(RETURN_VERSION) => {
            return Err(format!(
                "was made by a newer version of the decision aid (return version {v}): update stagehand to count it"
            ));
        }
        Some(_) => {}
        None => return Err("has no `version`: it is not a monitoring return".into()),
    }
    let not_one = |e: serde_json::Error| {
        format!(
            "is not a monitoring return as the aid makes them: {}",
            crate::check::without_typed_text(&e.to_string())
        )
    };
    let made: MonitoringReturn = if value.get("version").and_then(|v| v.as_u64()) == Some(1) {
        // Version 1 carried days; they are counted as months and working days.
        let old: version_1::Return = serde_json::from_value(value).map_err(not_one)?;
        let calendar = procedures
            .iter()
            .find(|p| p.slug == old.procedure)
            .map(|p| p.route.calendar.clone())
            .ok_or_else(|| {
                format!(
                    "names a procedure, {}, that the handbook does not have",
                    crate::check::named(&old.procedure)
                )
            })?;
        if old.made > today {
            return Err(format!("was made on {}, an impossible date", old.made));
        }
        old.upgrade(&calendar)?
    } else {
        serde_json::from_value(value).map_err(not_one)?
    };
    check(&made, procedures, today)?;
    Ok(made)
}

/// Read every `.json` file under `folder` (and its subfolders). A return
/// made after `today` is impossible.
pub fn read(folder: &Path, procedures: &[Procedure], today: NaiveDate) -> Result<Read, String> {
    if !folder.is_dir() {
        return Err(format!(
            "there is no folder of returns at `{}`",
            folder.display()
        ));
    }
    let mut paths = Vec::new();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(folder).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if e.path()
                    .extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("json"))
                {
                    paths.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => problems.push(FileProblem {
                file: e
                    .path()
                    .map_or_else(|| folder.to_path_buf(), Path::to_path_buf),
                message: format!("cannot be read: {e}"),
            }),
        }
    }
    let results: Vec<(PathBuf, Result<MonitoringReturn, String>)> = paths
        .par_iter()
        .map(|p| (p.clone(), read_one(p, procedures, today)))
        .collect();
    let mut out = Read {
        folder: folder.to_path_buf(),
        files: paths.len(),
        problems,
        ..Read::default()
    };
    // One return per id: the latest made (ties: the later file) wins.
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (path, result) in results {
        match result {
            Err(message) => out.problems.push(FileProblem {
                file: path,
                message,
            }),
            Ok(r) if r.training => out.training += 1,
            Ok(r) => match by_id.get(&r.id).copied() {
                Some(i) => {
                    let (kept_path, kept) = &out.returns[i];
                    let note = |file: &Path, other: &Path| FileProblem {
                        file: file.to_path_buf(),
                        message: format!(
                            "is the same return as `{}` (id {}): counted once",
                            other.strip_prefix(folder).unwrap_or(other).display(),
                            r.id
                        ),
                    };
                    // Same month: the one further along the route.
                    let later = (
                        r.made,
                        r.stages.len(),
                        r.outcome != stagehand_model::ReturnOutcome::UnderWay,
                    ) >= (
                        kept.made,
                        kept.stages.len(),
                        kept.outcome != stagehand_model::ReturnOutcome::UnderWay,
                    );
                    if later {
                        out.repeated.push(note(kept_path, &path));
                        out.returns[i] = (path, r);
                    } else {
                        out.repeated.push(note(&path, kept_path));
                    }
                }
                None => {
                    by_id.insert(r.id.clone(), out.returns.len());
                    out.returns.push((path, r));
                }
            },
        }
    }
    Ok(out)
}
