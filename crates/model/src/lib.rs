//! The handbook's domain, shared by the generator and the decision aid.
//!
//! Nothing here touches the file system, so the same types compile for the
//! native generator and for `wasm32-unknown-unknown`: a stage means one thing
//! everywhere.

mod calendar;
mod deadline;
pub mod iso_date;
mod monitoring;
mod procedure;
mod route_data;
mod timescale;

pub use calendar::{Calendar, CalendarError, Calendars, Holiday};
pub use deadline::{Deadline, DeadlineError, Due, Start, deadline, working_days_between};
pub use monitoring::{
    MonitoringReturn, Month, RETURN_FORMAT, RETURN_VERSION, ReturnDeadline, ReturnOutcome,
    ReturnStage, StageOutcome, version_1,
};
pub use procedure::{
    Agency, Amendment, AnswerKind, Contact, CountFrom, Exclusion, Procedure, ProcedureMeta,
    RecordQuestion, Region, ReturnsAddress, Role, Route, Scenario, ScenarioStage, Site, Stage,
    Step, Urgent,
};
pub use timescale::{Timescale, TimescaleError, UNDERSTOOD_PHRASES};
