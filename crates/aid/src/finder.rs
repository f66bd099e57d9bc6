//! "I'm not sure which stage I'm at": the aid asks, step by step through
//! the route, whether the practitioner has raised the disagreement with
//! each person the procedure names, and whether they are waiting for the
//! answer or it was not resolved. Only "not resolved" moves on.

use crate::wording::mid_sentence;
use crate::words::{Arg, w, wf};
use stagehand_model::Procedure;

/// A step of the route the finder asks about: (stage, step), 0-based.
pub type Place = (usize, usize);

/// The steps the finder asks about, in the route's order. A step whose
/// contact is the same as the one before it is not asked twice.
pub fn questions(procedure: &Procedure, agency: Option<&str>) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    let mut last: Option<String> = None;
    for (i, stage) in procedure.route.stages.iter().enumerate() {
        for (j, step) in stage.steps.iter().enumerate() {
            let who = step.contact_for(agency).map(str::to_string);
            if who.is_some() && who == last {
                continue;
            }
            last = who;
            out.push((i, j));
        }
        if stage.steps.is_empty() {
            out.push((i, 0));
            last = None;
        }
    }
    out
}

/// The question after `place`, when the answer was "Yes"; `None` when it
/// was the last.
pub fn after(procedure: &Procedure, agency: Option<&str>, place: Place) -> Option<Place> {
    let all = questions(procedure, agency);
    let at = all.iter().position(|p| *p == place)?;
    all.get(at + 1).copied()
}

/// The first question.
pub fn first(procedure: &Procedure, agency: Option<&str>) -> Place {
    questions(procedure, agency)
        .first()
        .copied()
        .unwrap_or((0, 0))
}

/// "Have you taken it to stage 2: ...?"
fn taken_to(index: usize, title: &str) -> String {
    wf(
        "finder-taken-to",
        &[("number", (index + 1).into()), ("title", Arg::Text(title))],
    )
}

/// The question for a step: who they would have raised it with.
pub fn question(procedure: &Procedure, agency: Option<&str>, place: Place) -> String {
    let Some(stage) = procedure.route.stages.get(place.0) else {
        return String::new();
    };
    match stage.steps.get(place.1) {
        Some(step) => match step.contact_for(agency) {
            Some(who) => wf("finder-raised-with", &[("contact", Arg::Text(who))]),
            // A stage's first step that names no one is the stage itself:
            // "Have you done this: If the informal stages ...?" read badly.
            None if place.1 == 0 => taken_to(place.0, &stage.title),
            None => {
                let action = step.action.trim_end_matches('.');
                let action_mid = mid_sentence(action);
                wf(
                    "finder-done-this",
                    &[
                        ("action", Arg::Text(action)),
                        ("action_mid", Arg::Text(&action_mid)),
                    ],
                )
            }
        },
        None => taken_to(place.0, &stage.title),
    }
}

/// An answer to a finder question. "Raised and waiting" and "raised and not
/// resolved" are different places: only the second moves on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Not raised there yet: this step is theirs to take.
    No,
    /// Raised, and waiting for the answer: this step, with its deadline.
    Waiting,
    /// Raised, and it was not resolved: on to the next step.
    NotResolved,
}

impl Answer {
    /// The radio's value.
    pub fn value(&self) -> &'static str {
        match self {
            Self::No => "no",
            Self::Waiting => "waiting",
            Self::NotResolved => "not-resolved",
        }
    }

    pub fn from_value(value: &str) -> Option<Self> {
        [Self::No, Self::Waiting, Self::NotResolved]
            .into_iter()
            .find(|a| a.value() == value)
    }

    /// The three choices, in the order a person reads them.
    pub fn labels() -> [(Self, String); 3] {
        [
            (Self::Waiting, w("finder-yes-waiting")),
            (Self::NotResolved, w("finder-yes-not-resolved")),
            (Self::No, w("finder-no")),
        ]
    }
}

/// Where the finder's answers put the practitioner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Landing {
    pub stage: usize,
    /// The step they are at; the stage's number of steps when every step
    /// is done and it was not resolved (next: take it to the next stage, or
    /// at the final stage, record that it was not resolved).
    pub step: usize,
    /// They raised it at this step and are waiting for the answer.
    pub waiting: bool,
}

/// What an answer at `place` leads to: the next question, or where they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Ask(Place),
    Land(Landing),
}

/// The one rule for an answer. "No" at the first step of a later stage
/// means it has not been taken there: they are at the end of the stage
/// before, every step of it done. A stage begins only when they say they
/// have taken it there.
pub fn answer(procedure: &Procedure, agency: Option<&str>, place: Place, answer: Answer) -> Next {
    let stages = &procedure.route.stages;
    let (stage, step) = place;
    let done_with = |stage: usize| {
        Next::Land(Landing {
            stage,
            step: stages.get(stage).map_or(0, |s| s.steps.len()),
            waiting: false,
        })
    };
    match answer {
        Answer::No if step == 0 && stage > 0 => done_with(stage - 1),
        Answer::No => Next::Land(Landing {
            stage,
            step,
            waiting: false,
        }),
        Answer::Waiting => Next::Land(Landing {
            stage,
            step,
            waiting: true,
        }),
        Answer::NotResolved => match after(procedure, agency, place) {
            Some(next) => Next::Ask(next),
            None => done_with(stage),
        },
    }
}

/// Where a path of answers, from the first question, lands; `None` while
/// it is unfinished.
pub fn land(procedure: &Procedure, agency: Option<&str>, answers: &[Answer]) -> Option<Landing> {
    let mut place = first(procedure, agency);
    for a in answers {
        match answer(procedure, agency, place, *a) {
            Next::Ask(next) => place = next,
            Next::Land(landing) => return Some(landing),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::real_content::procedures;

    const fn at(stage: usize, step: usize) -> Landing {
        Landing {
            stage,
            step,
            waiting: false,
        }
    }

    const fn waiting(stage: usize, step: usize) -> Landing {
        Landing {
            stage,
            step,
            waiting: true,
        }
    }

    /// Every answer path through every procedure in `content/`, and where a
    /// careful reader of the procedure would say the practitioner is. "R"
    /// raised it there and it was not resolved; "W" raised it and is waiting
    /// for the answer; "N" has not raised it there.
    const EXPECTED: &[(&str, &str, Landing)] = &[
        // Durham: stage 1 is a discussion (1 working day), then the team
        // manager (1 working day); stages 2 to 4 have one contact each.
        ("durham", "N", at(0, 0)),
        ("durham", "W", waiting(0, 0)),
        ("durham", "RN", at(0, 1)),
        ("durham", "RW", waiting(0, 1)),
        // With the team manager and not resolved, not yet at the service
        // manager: stage 1 is over, and stage 2 has not begun.
        ("durham", "RRN", at(0, 2)),
        ("durham", "RRW", waiting(1, 0)),
        ("durham", "RRRN", at(1, 1)),
        ("durham", "RRRW", waiting(2, 0)),
        ("durham", "RRRRN", at(2, 1)),
        ("durham", "RRRRW", waiting(3, 0)),
        ("durham", "RRRRR", at(3, 1)),
        // Darlington: five stages, one contact each.
        ("darlington", "N", at(0, 0)),
        ("darlington", "W", waiting(0, 0)),
        ("darlington", "RN", at(0, 1)),
        ("darlington", "RW", waiting(1, 0)),
        ("darlington", "RRN", at(1, 1)),
        ("darlington", "RRW", waiting(2, 0)),
        ("darlington", "RRRN", at(2, 1)),
        ("darlington", "RRRW", waiting(3, 0)),
        ("darlington", "RRRRN", at(3, 1)),
        ("darlington", "RRRRW", waiting(4, 0)),
        ("darlington", "RRRRR", at(4, 1)),
        // London (as far as this handbook has it): the professionals, then
        // the first line managers.
        ("london", "N", at(0, 0)),
        ("london", "W", waiting(0, 0)),
        ("london", "RN", at(0, 1)),
        ("london", "RW", waiting(1, 0)),
        ("london", "RR", at(1, 1)),
        // Barnet's local version: London's route, with local detail only.
        ("barnet", "N", at(0, 0)),
        ("barnet", "W", waiting(0, 0)),
        ("barnet", "RN", at(0, 1)),
        ("barnet", "RW", waiting(1, 0)),
        ("barnet", "RR", at(1, 1)),
        // Croydon's: London's two informal stages, then its formal stage.
        ("croydon", "N", at(0, 0)),
        ("croydon", "W", waiting(0, 0)),
        ("croydon", "RN", at(0, 1)),
        ("croydon", "RW", waiting(1, 0)),
        ("croydon", "RRN", at(1, 1)),
        ("croydon", "RRW", waiting(2, 0)),
        ("croydon", "RRR", at(2, 1)),
        // Wales: stage 1 is the report confirmed in writing (24 hours), then
        // chased (7 working days); then the practitioner's line manager and
        // DSP; then the senior manager for safeguarding in social services.
        ("wales", "N", at(0, 0)),
        ("wales", "W", waiting(0, 0)),
        ("wales", "RN", at(0, 1)),
        ("wales", "RW", waiting(0, 1)),
        ("wales", "RRN", at(0, 2)),
        ("wales", "RRW", waiting(1, 0)),
        ("wales", "RRRN", at(1, 1)),
        ("wales", "RRRW", waiting(2, 0)),
        ("wales", "RRRR", at(2, 1)),
    ];

    fn path(text: &str) -> Vec<Answer> {
        text.chars()
            .map(|c| match c {
                'R' => Answer::NotResolved,
                'W' => Answer::Waiting,
                _ => Answer::No,
            })
            .collect()
    }

    #[test]
    fn every_path_lands_where_a_careful_reader_would() {
        for procedure in procedures() {
            let n = questions(&procedure, None).len();
            // Every path: "N" or "W" after k "R"s, and all "R".
            let mut paths: Vec<String> = (0..n)
                .flat_map(|k| ["N", "W"].map(|last| "R".repeat(k) + last))
                .collect();
            paths.push("R".repeat(n));
            for p in paths {
                let want = EXPECTED
                    .iter()
                    .find(|(slug, answers, _)| *slug == procedure.slug && *answers == p)
                    .unwrap_or_else(|| {
                        panic!(
                            "the table has no row for {} {p}: add what a reader would choose",
                            procedure.slug
                        )
                    })
                    .2;
                assert_eq!(
                    land(&procedure, None, &path(&p)),
                    Some(want),
                    "{} {p}",
                    procedure.slug
                );
            }
        }
    }

    #[test]
    fn durham_asks_about_the_team_manager_before_stage_two() {
        let p = crate::real_content::durham();
        let first = first(&p, None);
        assert_eq!(
            question(&p, None, first),
            "Have you raised it with “The professionals involved”?"
        );
        let second = after(&p, None, first).unwrap();
        assert_eq!(second, (0, 1));
        assert_eq!(
            question(&p, None, second),
            "Have you raised it with “Your agency team manager, front line manager or equivalent”?"
        );
        assert_eq!(
            question(&p, None, (1, 0)),
            "Have you raised it with “Agency service manager, operations manager or equivalent”?"
        );
        assert_eq!(land(&p, None, &[Answer::NotResolved]), None, "unfinished");
    }
}
