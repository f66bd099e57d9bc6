//! One build of the whole site: read and check the content, render the
//! pages (only those whose inputs changed, when the build remembers the
//! last), write them into a staging folder beside the site, make the search
//! index from them (or keep the last one, when no page it reads changed),
//! then the offline files, which list everything, then swap the staging
//! folder in. On any error nothing in the site changes.

use crate::Steps;
use crate::changes::Changes;
use crate::finish::{Finish, site_before, write};
use crate::memory::{Digest, Memory, Said};
use crate::pages::render;
use crate::said::{Built, Failed, report};
use rayon::prelude::*;
use sha2::Digest as _;
use stagehand_content::{Severity, load};
use stagehand_render::{RenderOptions, Renderer, families};
use std::path::{Path, PathBuf};

/// How to build.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct BuildOptions {
    pub render: RenderOptions,
    /// Make the search index.
    pub search: bool,
    /// Include the drafts (to read them as built, never to publish).
    pub drafts: bool,
    /// The day the build takes as today.
    pub today: chrono::NaiveDate,
    /// Remember what the build made, beside the site, and use what the
    /// build before remembered.
    pub remember: bool,
}

impl BuildOptions {
    pub fn new(today: chrono::NaiveDate) -> Self {
        Self {
            render: RenderOptions::default(),
            search: true,
            drafts: false,
            today,
            remember: true,
        }
    }

    pub fn search(mut self, on: bool) -> Self {
        self.search = on;
        self
    }

    pub fn drafts(mut self, on: bool) -> Self {
        self.drafts = on;
        self
    }

    pub fn remember(mut self, on: bool) -> Self {
        self.remember = on;
        self
    }

    pub fn render(mut self, options: RenderOptions) -> Self {
        self.render = options;
        self
    }
}

/// Build the site from `content` into `out`; on any error, nothing is written.
pub fn build(
    content: &Path,
    out: &Path,
    options: &BuildOptions,
    steps: &dyn Steps,
) -> Result<Built, Failed> {
    crate::output::check_place(out, content, "site").map_err(Failed::Refused)?;
    let Start {
        memory,
        inputs,
        notes,
    } = start(content, out, options);
    if let (Some(memory), Some(inputs)) = (&memory, inputs)
        && memory.inputs == inputs
        && memory.site.is_exactly(out)
        // A build killed part way left a folder to finish or remove.
        && crate::write::leftovers(out).is_empty()
    {
        return Ok(Built::as_before(&memory.said, notes));
    }
    steps.step("Reading the content");
    let loaded = load(content, options.today);
    let problems = report(&loaded);
    let warnings = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    let Ok((handbook, _)) = loaded.into_handbook() else {
        return Err(Failed::Content(problems));
    };
    // Drafts are not published, unless asked for (to read them as built).
    let (handbook, left_out) = if options.drafts {
        (handbook, Vec::new())
    } else {
        handbook.without_drafts()
    };
    steps.step("Comparing each procedure with what its pages were made from");
    let renderer = Renderer::new(&options.render).map_err(|e| Failed::Render(e.to_string()))?;
    let rendering = render(&renderer, &handbook, memory.as_ref(), out, steps)?;
    let before = site_before(out, memory.as_ref());
    // Against the site still there: what this build will change in it.
    let changes = {
        let fresh: Vec<_> = handbook
            .procedures
            .iter()
            .filter(|c| rendering.fresh.contains(&c.procedure.slug))
            .map(|c| &c.procedure)
            .collect();
        Changes::between(out, &rendering.files, &fresh, &before)
    };
    let said = Said {
        procedures: handbook.procedures.len(),
        html_pages: rendering
            .files
            .iter()
            .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
            .count(),
        left_out,
        problems,
        warnings,
        ..Said::default()
    };
    let (site, families) = (handbook.site.clone(), families(&handbook));
    drop(handbook);
    let written = write(
        out,
        rendering,
        &Finish {
            site: &site,
            families: &families,
            search: options.search,
            today: options.today,
            before: &before,
            keep_index: false,
        },
        memory,
        inputs,
        said,
        steps,
    )?;
    let mut built = written.built;
    built.changes = changes;
    built.notes = notes;
    built.notes.extend(written.note);
    Ok(built)
}

/// What a build starts from: the memory of the site now in `out` (a memory
/// of another is no use), the digest of its inputs, and what it says of a
/// memory it set aside.
struct Start {
    memory: Option<Memory>,
    inputs: Option<Digest>,
    notes: Vec<String>,
}

fn start(content: &Path, out: &Path, options: &BuildOptions) -> Start {
    if !options.remember {
        return Start {
            memory: None,
            inputs: None,
            notes: Vec::new(),
        };
    }
    let recalled = Memory::recall(out);
    Start {
        memory: recalled.memory.filter(|m| m.site.is(out)),
        inputs: inputs_digest(content, options),
        notes: recalled.note.into_iter().collect(),
    }
}

/// A digest of everything a build reads: every file of the content (by its
/// place and bytes), the options and the day. `None` if a file cannot be read
/// (the build then does everything, and remembers nothing).
pub(crate) fn inputs_digest(content: &Path, options: &BuildOptions) -> Option<Digest> {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(content)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let each: Vec<Digest> = files
        .par_iter()
        .map(|path| {
            let bytes = std::fs::read(path).ok()?;
            let mut h = sha2::Sha256::new();
            h.update(
                path.strip_prefix(content)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .as_bytes(),
            );
            h.update([0]);
            h.update(&bytes);
            Some(h.finalize().into())
        })
        .collect::<Option<_>>()?;
    let mut h = sha2::Sha256::new();
    h.update(
        format!(
            "{:?} search={} drafts={} today={}\0",
            options.render, options.search, options.drafts, options.today
        )
        .as_bytes(),
    );
    for digest in each {
        h.update(digest);
    }
    Some(h.finalize().into())
}
