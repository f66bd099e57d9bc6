//! Reads a handbook's content folder (the contract in the README's content
//! guide) into the model, checking everything on the way.
//!
//! Loading never stops at the first mistake: every problem it can find is
//! collected with its file, line and column, so an editor fixes them in one go.

mod assets;
mod files;
mod links;
mod live;
mod local;
mod near;
mod pages;
mod problem;
mod procedure;
mod raw;
mod route;
mod scenarios;
mod template;
mod translation;

pub use assets::{RESERVED_FILES, RESERVED_FOLDERS};
pub use links::ExternalLink;
pub use live::{Changed, LiveContent};
pub use problem::{Problem, Severity};
pub use procedure::PAGE_IDS;

use chrono::NaiveDate;
use stagehand_markdown::Rendered;
use stagehand_model::{Procedure, Site};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A handbook read from its content folder, with no error, ready to render.
/// Only this crate can make one, and only through [`Handbook::checked`].
#[derive(Debug)]
#[non_exhaustive]
pub struct Handbook {
    pub site: Site,
    pub procedures: Vec<ProcedureContent>,
    /// The files of `static/`, copied into the site as they are.
    pub assets: Vec<Asset>,
    /// The site in each of its other languages (`languages:` after the
    /// first), with the procedures translated into it.
    pub translations: Vec<Edition>,
}

/// The site in one of its other languages: its words (`site.<code>.yaml`)
/// and the procedures translated into it (`procedure.<code>.md`), in the
/// order of the default language's.
#[derive(Debug)]
#[non_exhaustive]
pub struct Edition {
    pub site: Site,
    pub procedures: Vec<ProcedureContent>,
}

impl Handbook {
    /// The handbook as it reads in `language`: its site's words and its
    /// translated procedures (none of the others), for the renderer.
    pub fn edition(&self, language: &str) -> Option<Handbook> {
        let edition = self
            .translations
            .iter()
            .find(|e| e.site.language == language)?;
        Some(Handbook {
            site: edition.site.clone(),
            procedures: edition.procedures.clone(),
            assets: Vec::new(),
            translations: Vec::new(),
        })
    }

    /// The translation of the procedure `slug` into `language`, if any.
    pub fn translation(&self, slug: &str, language: &str) -> Option<&ProcedureContent> {
        self.translations
            .iter()
            .find(|e| e.site.language == language)?
            .procedures
            .iter()
            .find(|c| c.procedure.slug == slug)
    }
}

impl Handbook {
    /// The handbook as `build` publishes it: drafts left out, and the local
    /// versions of a draft region with them (their page is the region's
    /// text). Returns the slugs left out, for the build to say.
    pub fn without_drafts(mut self) -> (Self, Vec<String>) {
        let draft_regions: std::collections::BTreeSet<String> = self
            .procedures
            .iter()
            .filter(|c| c.procedure.meta.draft)
            .map(|c| c.procedure.slug.clone())
            .collect();
        let (drafts, published): (Vec<_>, Vec<_>) = std::mem::take(&mut self.procedures)
            .into_iter()
            .partition(|c| links::is_draft(c, &draft_regions));
        self.procedures = published;
        let kept: std::collections::BTreeSet<&str> = self
            .procedures
            .iter()
            .map(|c| c.procedure.slug.as_str())
            .collect();
        for edition in &mut self.translations {
            edition
                .procedures
                .retain(|c| kept.contains(c.procedure.slug.as_str()));
        }
        let left_out = drafts.into_iter().map(|c| c.procedure.slug).collect();
        (self, left_out)
    }
}

/// A file copied into the site as it is.
#[derive(Clone, Debug)]
pub struct Asset {
    /// Where it goes, relative to the site's root.
    pub path: PathBuf,
    pub bytes: Arc<[u8]>,
}

/// One procedure: the model, its rendered text, and its further pages.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ProcedureContent {
    pub procedure: Procedure,
    pub text: Rendered,
    pub pages: Vec<Page>,
    /// The files its text and pages link to in its folder, each where the
    /// link finds it in the site (`<slug>/diagram.png`).
    pub files: Vec<Asset>,
}

/// A further page of a procedure (`procedures/<slug>/<name>.md`).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Page {
    /// The file stem: the page is at `/<procedure>/<slug>/`.
    pub slug: String,
    pub title: String,
    pub text: Rendered,
    /// The files this page links to, as for [`ProcedureContent::files`].
    pub files: Vec<Asset>,
}

impl Handbook {
    /// The one rule, decided here and nowhere else: a handbook exists only
    /// when no problem found anywhere in the content (site.yaml, a calendar,
    /// a folder's name, a procedure's files) is an error. A renderer can only
    /// be handed a `Handbook`, so content with an error can never be built.
    /// Without one, the procedures are given back.
    fn checked(
        site: Option<Site>,
        procedures: Vec<ProcedureContent>,
        translations: Vec<Edition>,
        assets: &[Asset],
        problems: &[&Problem],
    ) -> Result<Self, Vec<ProcedureContent>> {
        match site {
            Some(site) if !problems.iter().any(|p| p.severity == Severity::Error) => Ok(Self {
                site,
                procedures,
                assets: assets.to_vec(),
                translations,
            }),
            _ => Err(procedures),
        }
    }
}

/// What reading a content folder gave: every problem found (warnings too),
/// and the handbook, which exists only when none of them is an error.
#[derive(Debug)]
pub struct Loaded {
    handbook: Option<Handbook>,
    pub problems: Vec<Problem>,
    /// Links to other sites, in the order written.
    pub external: Vec<ExternalLink>,
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

    /// The handbook, when the content has no error.
    pub fn handbook(&self) -> Option<&Handbook> {
        self.handbook.as_ref()
    }

    /// The handbook and its warnings, or every problem when there is an error.
    pub fn into_handbook(self) -> Result<(Handbook, Vec<Problem>), Vec<Problem>> {
        match self.handbook {
            Some(handbook) => Ok((handbook, self.problems)),
            None => Err(self.problems),
        }
    }
}

/// Read and check the content folder. `today` decides whether a `review_due`
/// date has passed.
pub fn load(content: &Path, today: NaiveDate) -> Loaded {
    LiveContent::load(content, today).into_loaded()
}

/// Whether `name` can be a new procedure's folder: `Err` says why not, and
/// what to call it instead.
pub fn procedure_name(name: &str) -> Result<(), String> {
    match files::name_problem(name) {
        // No folder exists yet: a name to give `new`, not one to rename.
        Some((message, instead)) => Err(format!(
            "the name {message}. Use `{instead}` instead: stagehand new {instead}"
        )),
        None => Ok(()),
    }
}

/// The languages site.yaml names, the default first (none when it cannot
/// be read: `check` says why).
pub fn site_languages(content: &Path) -> Vec<String> {
    files::read_site(&content.join("site.yaml"), &mut Vec::new())
        .map(|site| site.languages)
        .unwrap_or_default()
}

/// The default content folder, relative to where stagehand runs.
pub fn default_content_dir() -> PathBuf {
    PathBuf::from("content")
}
