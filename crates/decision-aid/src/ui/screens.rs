//! Each screen's page and, for a question, what its Continue does.

use super::events::Answer;
use super::form::Form;
use super::{Aid, Page, Screen, case, check, finding, stage, start, summary};

/// The screen's view, from the record or, after a Continue that found
/// errors, from what was typed.
pub fn page(aid: &Aid, screen: Screen, form: &Form) -> Page {
    let view = match screen {
        Screen::Start => return start::start_page(aid),
        Screen::ConfirmRestart => start::confirm_restart(),
        Screen::Scenario => start::scenario_story(aid),
        Screen::Urgent => start::urgent(aid, form),
        Screen::UrgentAdvice => start::urgent_advice(aid),
        Screen::YourAgency => case::agency(aid, form, false),
        Screen::OtherAgency => case::agency(aid, form, true),
        Screen::Case => case::case(aid, form),
        Screen::Area => start::area(aid, form),
        Screen::Excluded(i) => start::excluded(aid, i),
        Screen::Description => start::description(aid, form),
        Screen::Where => finding::where_(aid, form),
        Screen::Find(i, j) => finding::find(aid, form, i, j),
        Screen::EarlierStarts(i) => finding::earlier_starts(aid, form, i),
        Screen::StageStart(i) => finding::stage_start(aid, form, i),
        Screen::Stage(i) => stage::current_stage(aid, form, i),
        Screen::Outcome(i) => stage::outcome(aid, form, i),
        Screen::Escalate(i) => stage::escalate(aid, form, i),
        Screen::Questions => check::questions(aid, form),
        Screen::Check => check::check(aid),
        Screen::Summary => summary::summary(aid),
        Screen::Return => summary::monitoring_return(aid),
        Screen::ConfirmClear => check::confirm_clear(aid),
    };
    Page {
        view,
        carried: false,
    }
}

/// Continue on the screen's form, as typed: the record changed and the next
/// screen chosen, or why the page stays.
pub fn answer(aid: &Aid, screen: Screen, form: &Form) -> Result<(), Answer> {
    match screen {
        Screen::Urgent => start::answer_urgent(aid, form),
        Screen::YourAgency => case::answer_agency(aid, form, false),
        Screen::OtherAgency => case::answer_agency(aid, form, true),
        Screen::Case => case::answer_case(aid, form),
        Screen::Area => start::answer_area(aid, form),
        Screen::Description => start::answer_description(aid, form),
        Screen::Where => finding::answer_where(aid, form),
        Screen::Find(i, j) => finding::answer_find(aid, form, i, j),
        Screen::EarlierStarts(i) => finding::answer_earlier_starts(aid, form, i),
        Screen::StageStart(i) => finding::answer_stage_start(aid, form, i),
        Screen::Stage(i) => stage::answer_current_stage(aid, form, i),
        Screen::Outcome(i) => stage::answer_outcome(aid, form, i),
        Screen::Escalate(i) => stage::answer_escalate(aid, form, i),
        Screen::Questions => check::answer_questions(aid, form),
        // Screens without a form are not submitted.
        _ => Ok(()),
    }
}
