//! `stagehand build` and `stagehand check`.

use stagehand_content::{Loaded, Problem, Severity, load};
use stagehand_model::Site;
use stagehand_render::{OutputFile, RenderOptions, offline_files, render_site, write_site};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Today, as the machine's clock says, or as `STAGEHAND_TODAY` (YYYY-MM-DD)
/// says when it is set: tests that fake the browser's date give every
/// command the same day, so nothing depends on the real clock.
pub(crate) fn today() -> chrono::NaiveDate {
    std::env::var("STAGEHAND_TODAY")
        .ok()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Every problem, as text for standard error, then a count.
pub(crate) fn report(loaded: &Loaded) -> String {
    report_problems(&loaded.problems.iter().collect::<Vec<_>>())
}

pub(crate) fn report_problems(problems: &[&Problem]) -> String {
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

/// What `build` and `serve` say after refusing to write.
pub(crate) fn nothing_written(out: &Path) -> String {
    format!(
        "Nothing was written: the site in `{}` is unchanged.\n",
        out.display()
    )
}

/// A failed write, as the terminal shows it.
pub(crate) fn written_error(e: &stagehand_render::WriteError, out: &Path) -> String {
    match e {
        stagehand_render::WriteError::Refused(why) => format!("{why}{}", nothing_written(out)),
        other => format!("error: {other}\n{}", nothing_written(out)),
    }
}

/// Build the site; on any error, nothing is written. Returns the summary line
/// or every problem, as text.
pub(crate) fn build_site(
    content: &Path,
    out: &Path,
    options: &RenderOptions,
    search: bool,
) -> Result<String, String> {
    let started = Instant::now();
    stagehand_render::check_place(out, content, "site")?;
    let loaded = load(content, today());
    let problems = report(&loaded);
    let handbook = match loaded.into_handbook() {
        Ok((handbook, _warnings)) => handbook,
        Err(_) => return Err(format!("{problems}{}", nothing_written(out))),
    };
    eprint!("{problems}");
    let mut files = render_site(&handbook, options).map_err(|e| format!("error: {e}\n"))?;
    let derived = derived_files(&handbook.site, &files, search)?;
    files.extend(derived);
    let written = write_site(out, &files).map_err(|e| written_error(&e, out))?;
    let pages = files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
        .count();
    Ok(format!(
        "Built {} procedure{}, {pages} pages, into `{}` in {} ms ({} files written, {} unchanged)",
        handbook.procedures.len(),
        if handbook.procedures.len() == 1 {
            ""
        } else {
            "s"
        },
        out.display(),
        started.elapsed().as_millis(),
        written.written,
        written.unchanged,
    ))
}

/// What is made from the finished pages: the search index (when `search`)
/// and the offline files, which list every other file.
pub(crate) fn derived_files(
    site: &Site,
    pages: &[OutputFile],
    search: bool,
) -> Result<Vec<OutputFile>, String> {
    let mut derived = if search {
        search_index(pages, &site.language)?
    } else {
        Vec::new()
    };
    let offline = {
        let all: Vec<&OutputFile> = pages.iter().chain(&derived).collect();
        offline_files(site, &all, today())
    };
    derived.extend(offline);
    Ok(derived)
}

/// Pagefind's index of every page, written with the site. Pagefind reads the
/// pages' `data-pagefind-*` marks: what to index, what to leave out.
fn search_index(files: &[OutputFile], language: &str) -> Result<Vec<OutputFile>, String> {
    let pages: Vec<stagehand_search::Page> = files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "html"))
        .filter_map(|f| {
            Some(stagehand_search::Page {
                path: f.path.to_str()?,
                html: std::str::from_utf8(&f.bytes).ok()?,
            })
        })
        // Pagefind leaves out every page without the mark once one has it:
        // not handing it those (the blank forms, the lists) halves its work.
        .filter(|page| page.html.contains("data-pagefind-body"))
        .collect();
    // Pagefind knows languages by their primary tag: `en`, not `en-GB`.
    let primary = language.split('-').next().unwrap_or("en");
    let index = stagehand_search::index(&pages, primary).map_err(|e| format!("error: {e}\n"))?;
    Ok(index
        .into_iter()
        .map(|f| OutputFile {
            path: f.path,
            bytes: f.bytes,
        })
        .collect())
}

pub(crate) fn build(content: &Path, out: &Path, search: bool) -> ExitCode {
    match build_site(content, out, &RenderOptions::default(), search) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprint!("{problems}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn check(content: &Path) -> ExitCode {
    let loaded = load(content, today());
    eprint!("{}", report(&loaded));
    if loaded.has_errors() {
        ExitCode::FAILURE
    } else {
        let n = loaded.handbook().map_or(0, |h| h.procedures.len());
        println!(
            "The content in `{}` is correct: {n} procedure{}.",
            content.display(),
            if n == 1 { "" } else { "s" }
        );
        ExitCode::SUCCESS
    }
}
