//! What a build says: the finished build's summary, why one wrote nothing,
//! and the content's problems as the terminal shows them.

use crate::changes::Changes;
use crate::memory::Said;
use crate::write::{WriteError, WriteStats};
use stagehand_content::{Loaded, Problem, Severity};
use std::io::IsTerminal;
use std::path::Path;

/// A finished build.
#[derive(Debug)]
#[non_exhaustive]
pub struct Built {
    pub procedures: usize,
    pub html_pages: usize,
    pub written: WriteStats,
    /// What a first visit keeps offline, and whether that is the whole handbook.
    pub first_visit: u64,
    pub whole: bool,
    /// Drafts left out.
    pub left_out: Vec<String>,
    /// What changed against the site there before.
    pub changes: Changes,
    /// Every warning, as text for standard error, and how many.
    pub problems: String,
    pub warnings: usize,
    /// What the build says of its memory (set aside, not kept).
    pub notes: Vec<String>,
    /// Nothing the build reads changed: the site was already in place.
    pub nothing_changed: bool,
    /// Procedures rendered (the others' pages were kept from the build before).
    pub rendered: usize,
    /// Whether the search index was made again (else kept, or there is none).
    pub indexed: bool,
}

impl Built {
    /// The summary line `build` prints.
    pub fn summary(&self, out: &Path, millis: u128) -> String {
        let procedures = self.procedures;
        let mut summary = if self.nothing_changed {
            format!(
                "Built {procedures} procedure{}, {} pages, into `{}` in {millis} ms: nothing changed since the last build, so nothing was written; {}",
                if procedures == 1 { "" } else { "s" },
                self.html_pages,
                out.display(),
                first_visit_words(self.first_visit, self.whole),
            )
        } else {
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            // How many procedures were rendered, and what was kept.
            let rendered = match (self.rendered, self.indexed) {
                (n, _) if n == procedures => format!("all {n} rendered"),
                (n, true) => format!("{n} rendered, the rest kept from the last build"),
                (n, false) => format!(
                    "{n} rendered, the rest kept from the last build, and the search index with them"
                ),
            };
            format!(
                "Built {procedures} procedure{}, {} pages, into `{}` in {millis} ms ({} file{} new or changed, {} unchanged, {} removed; {rendered}); {}",
                plural(procedures),
                self.html_pages,
                out.display(),
                self.written.written,
                plural(self.written.written),
                self.written.unchanged,
                self.written.removed,
                first_visit_words(self.first_visit, self.whole),
            )
        };
        if !self.left_out.is_empty() {
            summary.push_str(&format!(
                "; left out, as drafts (`draft: true`): {}",
                self.left_out.join(", ")
            ));
        }
        if procedures == 0 {
            summary.push_str(". The site has no published procedure: take `draft: true` out of a procedure's front matter to publish it");
        }
        summary
    }
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum Failed {
    /// The content has errors: every problem, as text.
    Content(String),
    /// The output folder is not the build's to write: why, and how to fix it.
    Refused(String),
    /// The theme could not render a page.
    Render(String),
    /// The site could not be written.
    Write(WriteError),
    /// The search index could not be made.
    Index(String),
}

impl Failed {
    /// Whether the output folder is not the build's to write at all.
    pub fn refused(&self) -> bool {
        matches!(self, Self::Refused(_) | Self::Write(WriteError::Refused(_)))
    }

    /// The failure as the terminal shows it, ending with what was written (nothing).
    pub fn text(&self, out: &Path) -> String {
        let nothing = nothing_written(out);
        match self {
            Self::Content(problems) => format!("{problems}{nothing}"),
            Self::Refused(why) => why.clone(),
            Self::Render(e) | Self::Index(e) => format!("error: {e}\n{nothing}"),
            Self::Write(WriteError::Refused(why)) => format!("{why}{nothing}"),
            Self::Write(e) => format!("error: {e}\n{nothing}"),
        }
    }
}

impl From<WriteError> for Failed {
    fn from(e: WriteError) -> Self {
        Self::Write(e)
    }
}

/// What `build` and `serve` say after refusing to write.
pub fn nothing_written(out: &Path) -> String {
    format!(
        "Nothing was written: the site in `{}` is unchanged.\n",
        out.display()
    )
}

/// Every problem, as text for standard error, then a count.
pub fn report(loaded: &Loaded) -> String {
    report_problems(&loaded.problems.iter().collect::<Vec<_>>())
}

pub fn report_problems(problems: &[&Problem]) -> String {
    let colour = std::io::stderr().is_terminal();
    let mut out = String::new();
    for problem in problems {
        out.push_str(&problem.render(colour));
        out.push('\n');
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    if errors + warnings > 0 {
        out.push_str(&format!(
            "{errors} error{}, {warnings} warning{}\n",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        ));
    }
    out
}

impl Built {
    /// A build that wrote `written`, having rendered `rendered` procedures.
    pub(crate) fn new(said: &Said, written: WriteStats, rendered: usize, indexed: bool) -> Self {
        Self {
            procedures: said.procedures,
            html_pages: said.html_pages,
            written,
            first_visit: said.first_visit,
            whole: said.whole,
            left_out: said.left_out.clone(),
            changes: Changes::default(),
            problems: said.problems.clone(),
            warnings: said.warnings,
            notes: Vec::new(),
            nothing_changed: false,
            rendered,
            indexed,
        }
    }

    /// A build that found nothing changed since the one that said `said`.
    pub(crate) fn as_before(said: &Said, notes: Vec<String>) -> Self {
        Self {
            notes,
            nothing_changed: true,
            ..Self::new(said, WriteStats::default(), 0, false)
        }
    }
}

/// What a first visit keeps for reading offline, for the summary line.
fn first_visit_words(bytes: u64, whole: bool) -> String {
    let size = size_words(bytes);
    if whole {
        format!("a first visit keeps the whole handbook ({size}) for reading offline")
    } else {
        format!(
            "a first visit keeps at most {size} for reading offline (the shell and the procedure read)"
        )
    }
}

/// A size as a reader says it: `912 KB`, `1.4 MB`.
fn size_words(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}
