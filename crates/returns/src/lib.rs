//! `stagehand returns`: the partnership's count of how its escalation
//! procedures are used, from the anonymous monitoring returns practitioners
//! send it.
//!
//! [`read`] takes every `.json` file under a folder, refusing anything that
//! is not a well-formed return of a procedure in the handbook (each refusal
//! names the file and what is wrong) and counting a return sent twice once.
//! [`count`] turns what is left into the report's tables.

mod check;
mod count;
mod period;
mod read;

pub use count::{Chart, Noted, Report, Row, Table, count};
pub use period::Period;
pub use read::{FileProblem, Read, read};

/// The largest file read as a return: a real one is a few kilobytes.
pub const MAX_RETURN_BYTES: u64 = 256 * 1024;

/// The report is the business unit's, in English.
pub(crate) fn english() -> &'static stagehand_messages::Messages {
    stagehand_messages::messages(stagehand_messages::Language::English)
}
