//! `stagehand build` and `stagehand check`: the pipeline is `stagehand-site`'s;
//! this prints what it says.

use crate::progress::Progress;
use stagehand_content::load;
use stagehand_site::{BuildOptions, report, today};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Where a build keeps what it changed: beside the site, never in it (it is
/// the editor's, not the web's): `site-changes.txt` for `site/`.
pub(crate) fn changes_file(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or("site".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!("{name}-changes.txt"))
}

pub(crate) fn build(
    content: &Path,
    out: &Path,
    search: bool,
    quiet: bool,
    drafts: bool,
) -> ExitCode {
    let started = Instant::now();
    let options = BuildOptions::new(today()).search(search).drafts(drafts);
    let progress = Progress::new();
    let built = stagehand_site::build(content, out, &options, &progress);
    progress.done();
    let built = match built {
        Ok(built) => built,
        Err(failed) => {
            eprint!("{}", failed.text(out));
            return ExitCode::FAILURE;
        }
    };
    for note in &built.notes {
        eprintln!("{note}");
    }
    if quiet {
        // CI logs: how many warnings, not each (`check` shows them).
        let n = built.warnings;
        if n > 0 {
            eprintln!(
                "{n} warning{}: run `stagehand check` to see them.",
                if n == 1 { "" } else { "s" }
            );
        }
    } else {
        eprint!("{}", built.problems);
    }
    println!("{}", built.summary(out, started.elapsed().as_millis()));
    if drafts {
        println!("This site includes drafts, marked: read it, never upload it.");
    }
    let changes = &built.changes;
    let said = changes.text();
    let file = changes_file(out);
    // Kept until something changes: a build that changed nothing
    // leaves the record of the last change there.
    let changed = !changes.is_empty() || !file.exists();
    if changed && let Err(e) = std::fs::write(&file, &said) {
        eprintln!("warning: could not write `{}`: {e}", file.display());
    }
    // `--quiet` (CI logs): the one line; the list is in the file.
    if !quiet {
        print!("{said}");
        if changed {
            println!("(Also written to `{}`, outside the site.)", file.display());
        } else {
            println!(
                "(`{}`, outside the site, still lists the last build that changed a page.)",
                file.display()
            );
        }
    }
    ExitCode::SUCCESS
}
pub(crate) fn check(content: &Path, external: bool) -> ExitCode {
    let loaded = load(content, today());
    eprint!("{}", report(&loaded));
    if external {
        // The list an editor follows by hand: this machine may have no
        // internet, and a host's answer today says little of tomorrow.
        println!(
            "Links to other sites ({}), to check by hand:",
            loaded.external.len()
        );
        for link in &loaded.external {
            println!(
                "  {}:{}:{}  {}",
                link.file.display(),
                link.line,
                link.column,
                link.url
            );
        }
    }
    if loaded.has_errors() {
        ExitCode::FAILURE
    } else {
        let n = loaded.handbook().map_or(0, |h| h.procedures.len());
        let drafts = loaded.handbook().map_or(0, |h| {
            h.procedures
                .iter()
                .filter(|c| c.procedure.meta.draft)
                .count()
        });
        // "Correct" straight after a list of warnings reads as if they did
        // not matter; say what they are: a build will still be made.
        let mut procedures = format!("{n} procedure{}", if n == 1 { "" } else { "s" });
        if drafts > 0 {
            procedures.push_str(&format!(
                ", of which {drafts} {} `build` leaves out",
                if drafts == 1 {
                    "is a draft"
                } else {
                    "are drafts"
                }
            ));
        }
        if loaded.problems.is_empty() {
            println!(
                "The content in `{}` has no problems: {procedures}.",
                content.display()
            );
        } else {
            println!(
                "The content in `{}` has no errors, so it builds ({procedures}), but the warnings above are worth fixing.",
                content.display()
            );
        }
        ExitCode::SUCCESS
    }
}
