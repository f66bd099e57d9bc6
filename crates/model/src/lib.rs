//! The handbook's domain, shared by the generator and the decision aid.
//!
//! Nothing here touches the file system, so the same types compile for the
//! native generator and for `wasm32-unknown-unknown`: a stage means one thing
//! everywhere.

mod calendar;
mod deadline;
pub mod iso_date;
mod procedure;
mod timescale;

pub use calendar::{Calendar, CalendarError, Calendars, Holiday};
pub use deadline::{Deadline, DeadlineError, Due, Start, deadline, working_days_between};
pub use procedure::{
    Amendment, AnswerKind, Contact, Exclusion, Procedure, ProcedureMeta, RecordQuestion, Route,
    Scenario, ScenarioStage, Site, Stage, Step, Urgent,
};
pub use timescale::{Timescale, TimescaleError, UNDERSTOOD_PHRASES};
