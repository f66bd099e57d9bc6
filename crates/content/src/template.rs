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
    "title: Talk it through",
    "as it applies in your area, with your partnership's contacts",
    "The regional procedure's text comes first, and this local text is added to it",
    "covers: [Your area]",
];

/// Warn of each template phrase still in `source`, where it is.
pub(crate) fn left_in(path: &Path, source: &Arc<str>, problems: &mut Vec<Problem>) {
    for phrase in TEMPLATE_PHRASES {
        let Some(at) = source.find(phrase) else {
            continue;
        };
        let before = &source[..at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        problems.push(
            Problem::at(
                path,
                source,
                line,
                column,
                format!("the template's text “{phrase}” is still here: it would be published as your partnership's own"),
                "Replace it with your partnership's own words, and the example's stages and timescales with your procedure's (the content guide in README.md says what each part is for).",
            )
            .warning(),
        );
    }
}
