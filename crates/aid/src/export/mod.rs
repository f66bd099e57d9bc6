//! What the practitioner takes away: the record summary (shown on the check
//! page and in every export), a readable HTML file, the files' names and a
//! calendar file. Everything typed is escaped here, whatever it contains.

mod calendar;
mod copy;
mod names;
mod summary;

pub use calendar::ics;
pub use copy::html;
pub use names::{file_name, return_file_name};
pub use summary::{ChangeAt, Row, Section, agency_words, outcome_words, summary, versions};

/// Text made safe to place in HTML: the readable copy is a file of its own,
/// made outside any page (and natively in tests).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
    }
}

#[cfg(test)]
mod record_tests;

/// "Record made Sunday 6 December 2026", from the record (files saved
/// before version 3 did not keep the day).
pub fn made_words(record: &crate::record::Record) -> String {
    match record.made {
        Some(day) => format!("Record made {}", crate::dates::long_date(day)),
        None => "The day this record was first made was not kept (it was saved by an earlier version of the aid)".into(),
    }
}
