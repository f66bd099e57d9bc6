//! `stagehand returns`: read a folder of monitoring returns, count them, and
//! write the report, whole or not at all.

use stagehand_content::load;
use stagehand_render::render_report;
use stagehand_site::write_report;
use stagehand_site::{report, today};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// The period asked for: `--period`, or `--from` and `--to` (either may be
/// left out: the earliest and latest days).
pub(crate) fn period(
    from: Option<&str>,
    to: Option<&str>,
    named: Option<&str>,
) -> Result<Option<stagehand_returns::Period>, String> {
    if let Some(n) = named {
        return stagehand_returns::Period::named(n)
            .map(Some)
            .ok_or_else(|| format!("`--period {n}` is not a period: write a half year, 2026-H1 or 2026-H2, or a year, 2026"));
    }
    let day = |text: Option<&str>, flag: &str, default: chrono::NaiveDate| match text {
        None => Ok(default),
        Some(t) => chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| {
            format!("`--{flag} {t}` is not a date: write it YYYY-MM-DD, such as 2026-07-01")
        }),
    };
    if from.is_none() && to.is_none() {
        return Ok(None);
    }
    let from = day(
        from,
        "from",
        chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
    )?;
    let to = day(to, "to", today())?;
    if to < from {
        return Err(format!("`--to` ({to}) is before `--from` ({from})"));
    }
    Ok(Some(stagehand_returns::Period { from, to }))
}

pub(crate) fn returns(
    folder: &Path,
    content: &Path,
    out: &Path,
    period: Option<&stagehand_returns::Period>,
) -> ExitCode {
    let started = Instant::now();
    if let Err(why) = stagehand_site::check_place(out, content, "report") {
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
    if read.files == 0 {
        eprintln!(
            "warning: no return (`.json` file) was found in `{}` or its folders: check that it is the folder the returns were saved to.",
            folder.display()
        );
    }
    for problem in &read.problems {
        eprintln!(
            "not counted: `{}` {}",
            problem.file.display(),
            problem.message
        );
    }
    let counted = stagehand_returns::count(&read, &procedures, today(), period);
    let files = match render_report(&handbook.site, &counted) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = write_report(out, &files) {
        match e {
            stagehand_site::WriteError::Refused(why) => {
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
