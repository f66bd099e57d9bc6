//! Reads a handbook's content folder (the contract in the README's content
//! guide) into the model, checking everything on the way.
//!
//! Loading never stops at the first mistake: every problem it can find is
//! collected with its file, line and column, so an editor fixes them in one go.

mod files;
mod live;
mod problem;
mod raw;
mod route;

pub use live::{Changed, LiveContent};
pub use problem::{Problem, Severity};

use chrono::NaiveDate;
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
    LiveContent::load(content, today).into_loaded()
}

/// The default content folder, relative to where stagehand runs.
pub fn default_content_dir() -> PathBuf {
    PathBuf::from("content")
}
