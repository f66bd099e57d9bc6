//! The words `stagehand init` and `stagehand new` write for the editor to
//! replace: left in, they would be published as the partnership's own.

use crate::problem::Problem;
use std::path::Path;
use std::sync::Arc;

/// Each phrase is only in the templates, never in a real procedure; the
/// `new` tests check that each template written is warned of.
pub(crate) const TEMPLATE_PHRASES: [&str; 10] = [
    "The name of your safeguarding partnership",
    "Replace this example with your partnership's own procedure",
    "Write the procedure here, in Markdown",
    "training material can link to: this one is `#1-introduction`",
    "Talk to the professional who made the decision, and try to resolve it.",
    "If it is not resolved, raise it with your manager.",
    // The example route of stages.yaml, with timescales made up for it.
    "title: Talk it through (an example stage to replace)",
    "as it applies in your area, with your partnership's contacts",
    "The regional procedure's text comes first, and this local text is added to it",
    "covers: [Your area]",
];

/// Each template phrase still in `source`, where it is: a warning while the
/// procedure is a draft (`draft: true`, as `init` and `new` write it), an
/// error once it is not, so the words cannot be published.
pub(crate) fn left_in(path: &Path, source: &Arc<str>, draft: bool, problems: &mut Vec<Problem>) {
    if draft {
        // A draft is not published: one note a file, at the first of them,
        // not a screenful on every check.
        let found: Vec<usize> = TEMPLATE_PHRASES
            .iter()
            .filter_map(|p| source.find(p))
            .collect();
        if let Some(&at) = found.iter().min() {
            let before = &source[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            problems.push(
                Problem::at(
                    path,
                    source,
                    line,
                    column,
                    format!(
                        "{} of the template's example words {} still in this draft, the first here",
                        found.len(),
                        if found.len() == 1 { "is" } else { "are" }
                    ),
                    "Replace them with your partnership's own words before you take out `draft: true`: `check` then shows each one that is left.",
                )
                .warning(),
            );
        }
        return;
    }
    for phrase in TEMPLATE_PHRASES {
        let Some(at) = source.find(phrase) else {
            continue;
        };
        let before = &source[..at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        problems.push(Problem::at(
            path,
            source,
            line,
            column,
            format!(
                "the template's text “{phrase}” is still here: it would be published as your partnership's own"
            ),
            "Replace it with your partnership's own words, and the example's stages and timescales with your procedure's (the content guide in README.md says what each part is for); or put back `draft: true` in procedure.md's front matter until you have: a draft is not published.",
        ));
    }
}
