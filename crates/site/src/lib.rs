//! The build as a library: `stagehand build` and `stagehand serve` drive it,
//! and its tests drive it as they do.
//!
//! A build reads and checks the content (`stagehand-content`), renders the
//! pages (`stagehand-render`), writes them into a staging folder beside the
//! site, makes the search index (`stagehand-search`) and the offline files,
//! and swaps the folder in: on any error the site is left as it was. It
//! remembers, beside the site, what each page was made from, so the next
//! build renders only the procedures that changed and remakes the search
//! index only when a page it reads changed (see [`cache_folder`]).

mod build;
mod changes;
mod finish;
mod live;
mod memory;
mod output;
mod pages;
mod said;
mod site_file;
mod write;

pub use build::{BuildOptions, build};
pub use changes::Changes;
pub use live::LiveSite;
pub use memory::cache_folder;
pub use output::{MARK, check_place, remark};
pub use said::{Built, Failed, nothing_written, report, report_problems};
pub use write::{Staging, WriteError, WriteStats, previous_site, write_report, write_site};

use std::path::Path;

/// What a long build is doing, for a caller that shows it (`build` on a
/// terminal); each step replaces the one before.
pub trait Steps: Sync {
    fn step(&self, what: &'static str) {
        let _ = what;
    }
}

/// Nothing is shown.
impl Steps for () {}

/// Today, as the machine's clock says, or as `STAGEHAND_TODAY` (YYYY-MM-DD)
/// says when it is set: tests that fake the browser's date give every
/// command the same day, so nothing depends on the real clock.
pub fn today() -> chrono::NaiveDate {
    std::env::var("STAGEHAND_TODAY")
        .ok()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The procedure a page belongs to: the first folder of `<slug>/...`, or
/// of `cy/<slug>/...` for a page in another of the site's languages.
pub(crate) fn procedure_of<'a>(path: &'a Path, other_languages: &[String]) -> Option<&'a str> {
    let mut parts = path.components();
    let first = parts.next()?.as_os_str().to_str()?;
    let second = parts.next()?.as_os_str().to_str()?;
    if other_languages.iter().any(|l| l == first) {
        return parts.next().map(|_| second);
    }
    Some(first)
}
