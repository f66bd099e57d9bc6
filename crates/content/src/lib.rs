//! Reads a handbook's content folder (the contract in the README's content
//! guide) into the model, checking everything on the way.
//!
//! Loading never stops at the first mistake: every problem it can find is
//! collected with its file, line and column, so an editor fixes them in one go.

mod files;
mod problem;
mod raw;
mod route;

pub use problem::{Problem, Severity};

use chrono::NaiveDate;
use rayon::prelude::*;
use stagehand_markdown::Rendered;
use stagehand_model::{Procedure, Site};
use std::path::{Path, PathBuf};

/// A handbook read from its content folder, ready to render.
#[derive(Debug)]
#[non_exhaustive]
pub struct Handbook {
    pub site: Site,
    pub procedures: Vec<ProcedureContent>,
}

/// One procedure: the model, its rendered text, and its further pages.
#[derive(Debug)]
#[non_exhaustive]
pub struct ProcedureContent {
    pub procedure: Procedure,
    pub text: Rendered,
    pub pages: Vec<Page>,
}

/// A further page of a procedure (`procedures/<slug>/<name>.md`).
#[derive(Debug)]
#[non_exhaustive]
pub struct Page {
    /// The file stem: the page is at `/<procedure>/<slug>/`.
    pub slug: String,
    pub title: String,
    pub text: Rendered,
}

/// What reading a content folder gave: the handbook when there was no error,
/// and every problem found (warnings too).
#[derive(Debug)]
pub struct Loaded {
    pub handbook: Option<Handbook>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Read and check the content folder. `today` decides whether a `review_due`
/// date has passed.
pub fn load(content: &Path, today: NaiveDate) -> Loaded {
    let mut problems = Vec::new();
    if !content.is_dir() {
        problems.push(Problem::error(
            content,
            format!("there is no content folder at `{}`", content.display()),
            "Run stagehand from the folder that holds `content/`, or name it with `--content <folder>`.",
        ));
        return Loaded {
            handbook: None,
            problems,
        };
    }
    let site = files::read_site(&content.join("site.yaml"), &mut problems);
    let calendars = files::read_calendars(&content.join("calendars"), &mut problems);

    let folders = files::procedure_folders(&content.join("procedures"), &mut problems);
    let results: Vec<(Option<ProcedureContent>, Vec<Problem>)> = folders
        .par_iter()
        .map(|folder| {
            let mut found = Vec::new();
            let procedure = route::read_procedure(folder, calendars.as_ref(), today, &mut found);
            (procedure, found)
        })
        .collect();
    let mut procedures = Vec::new();
    for (procedure, found) in results {
        problems.extend(found);
        procedures.extend(procedure);
    }
    if procedures.is_empty() && folders.is_empty() {
        problems.push(Problem::error(
            &content.join("procedures"),
            "the handbook has no procedures",
            "Add a folder `procedures/<slug>/` with a `procedure.md` and a `stages.yaml`.",
        ));
    }
    procedures.sort_by(|a, b| a.procedure.meta.title.cmp(&b.procedure.meta.title));
    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    let handbook = match (site, has_errors) {
        (Some(site), false) => Some(Handbook { site, procedures }),
        _ => None,
    };
    Loaded { handbook, problems }
}

/// The default content folder, relative to where stagehand runs.
pub fn default_content_dir() -> PathBuf {
    PathBuf::from("content")
}
