//! A mistake in content, with where it is and how to fix it.

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in the content: file, line and column (1-based; 0 when the
/// problem is the file as a whole), what is wrong and how to fix it.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Problem {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// What is wrong, and what was expected.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// The file's text, for the snippet with a caret.
    source: Option<Arc<str>>,
}

impl Problem {
    /// A problem with a whole file or folder (missing, unreadable).
    pub fn error(file: &Path, message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            message: message.into(),
            help: help.into(),
            source: None,
        }
    }

    /// A problem at a place in a file.
    pub fn at(
        file: &Path,
        source: &Arc<str>,
        line: usize,
        column: usize,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Self {
            line,
            column,
            source: Some(source.clone()),
            ..Self::error(file, message, help)
        }
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// `file:line:column`, as editors and terminals link it.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.display().to_string()
        } else {
            format!("{}:{}:{}", self.file.display(), self.line, self.column)
        }
    }

    /// Byte offset of the line and column in the source, for the caret.
    fn offset(&self, source: &str) -> Option<usize> {
        let line_start = if self.line <= 1 {
            0
        } else {
            source.match_indices('\n').nth(self.line - 2)?.0 + 1
        };
        let line = source[line_start..].split('\n').next().unwrap_or_default();
        let col = line
            .char_indices()
            .nth(self.column.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i);
        Some(line_start + col)
    }

    /// The problem as the terminal shows it: location, message, the line
    /// with a caret under the place, and the fix. `colour` is set only for
    /// a terminal; anywhere else (a CI log, a file, grep) a line is never
    /// wrapped, so a long path never splits a message in two.
    pub fn render(&self, colour: bool) -> String {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut diagnostic =
            MietteDiagnostic::new(format!("{}: {}", self.location(), self.message))
                .with_help(self.help.clone())
                .with_severity(match self.severity {
                    Severity::Error => miette::Severity::Error,
                    Severity::Warning => miette::Severity::Warning,
                })
                .with_code(kind);
        let theme = if colour {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_context_lines(1)
            .with_wrap_lines(colour);
        let mut out = String::new();
        match (&self.source, self.line) {
            (Some(source), 1..) => {
                let at = self.offset(source).unwrap_or(0);
                diagnostic = diagnostic.with_label(LabeledSpan::at_offset(at, "here"));
                let report = miette::Report::new(diagnostic).with_source_code(NamedSource::new(
                    self.file.display().to_string(),
                    source.to_string(),
                ));
                let _ = handler.render_report(&mut out, report.as_ref());
            }
            _ => {
                let _ = handler.render_report(&mut out, &diagnostic);
            }
        }
        out
    }
}

impl fmt::Display for Problem {
    /// One line: `file:line:column: message (help)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.location(), self.message, self.help)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A CI log or a piped report is searched for the message whole: a deep
    /// content folder must not split it across lines.
    #[test]
    fn a_report_not_on_a_terminal_keeps_each_message_on_one_line() {
        let deep = Path::new(&"/a-deep-folder".repeat(8)).join("procedures/x/stages.yaml");
        let source: Arc<str> = Arc::from("extends: y\n");
        let message = "`extends: y` leads back to `x`: local versions extend each other in a loop";
        let problem = Problem::at(&deep, &source, 1, 10, message, "Remove one `extends`.");
        assert!(problem.render(false).contains(message));
        assert!(
            !problem.render(true).contains(message),
            "a terminal still wraps"
        );
    }
}
