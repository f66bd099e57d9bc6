//! What the practitioner takes away: the record summary (shown on the check
//! page, in the readable copy and in every export), the files' names and a
//! calendar file.

mod calendar;
mod names;
mod summary;

pub use calendar::ics;
pub use names::{file_name, return_file_name};
pub use summary::{ChangeAt, Row, Section, agency_words, outcome_words, summary, versions};

#[cfg(test)]
mod record_tests;

/// "Record made Sunday 6 December 2026", from the record (files saved
/// before version 3 did not keep the day).
pub fn made_words(record: &crate::record::Record) -> String {
    match record.made {
        Some(day) => {
            let date = crate::dates::long_date(day);
            crate::words::wf("record-made", &[("date", crate::words::Arg::Text(&date))])
        }
        None => crate::words::w("record-made-not-kept"),
    }
}
