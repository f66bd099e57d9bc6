//! `stagehand returns`: read a folder of monitoring returns, count them, and
//! write the report, whole or not at all.

use crate::build::{report, today};
use stagehand_content::load;
use stagehand_render::{render_report, write_site};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

pub(crate) fn returns(folder: &Path, content: &Path, out: &Path) -> ExitCode {
    let started = Instant::now();
    if let Err(why) = stagehand_render::check_place(out, content, "report") {
        eprint!("{why}");
        return ExitCode::FAILURE;
    }
    let loaded = load(content, today());
    if loaded.has_errors() {
        eprint!("{}", report(&loaded));
        eprintln!(
            "The returns are checked against the procedures in `{}`, which has errors: nothing was written.",
            content.display()
        );
        return ExitCode::FAILURE;
    }
    let Ok((handbook, _)) = loaded.into_handbook() else {
        return ExitCode::FAILURE;
    };
    let procedures: Vec<_> = handbook
        .procedures
        .iter()
        .map(|p| p.procedure.clone())
        .collect();
    let read = match stagehand_returns::read(folder, &procedures, today()) {
        Ok(read) => read,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for problem in &read.problems {
        eprintln!(
            "not counted: `{}` {}",
            problem.file.display(),
            problem.message
        );
    }
    let counted = stagehand_returns::count(&read, &procedures, today());
    let files = match render_report(&handbook.site, &counted) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = write_site(out, &files) {
        match e {
            stagehand_render::WriteError::Refused(why) => {
                eprint!("{}", why.replace("the site cannot", "the report cannot"))
            }
            other => eprintln!("error: {other}"),
        }
        eprintln!("The report in `{}` is unchanged.", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "Counted {} return{} from {} file{} ({} not counted, {} training, {} sent more than once) into `{}` in {} ms",
        counted.returns,
        if counted.returns == 1 { "" } else { "s" },
        counted.files,
        if counted.files == 1 { "" } else { "s" },
        read.problems.len(),
        read.training,
        read.repeated.len(),
        out.display(),
        started.elapsed().as_millis()
    );
    ExitCode::SUCCESS
}
