//! "I'm not sure which stage I'm at": the aid asks, step by step through
//! the route, whether the practitioner has already raised the disagreement
//! with each person the procedure names. The first "No" is where they are.

use crate::wording::mid_sentence;
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

/// The question for a step: who they would have raised it with.
pub fn question(procedure: &Procedure, agency: Option<&str>, place: Place) -> String {
    let Some(stage) = procedure.route.stages.get(place.0) else {
        return String::new();
    };
    match stage.steps.get(place.1) {
        Some(step) => match step.contact_for(agency) {
            Some(who) => format!("Have you already raised it with {}?", mid_sentence(who)),
            None => {
                format!(
                    "Have you already done this: {}",
                    mid_sentence(step.action.trim_end_matches('.'))
                ) + "?"
            }
        },
        None => format!(
            "Have you already taken it to stage {}: {}?",
            place.0 + 1,
            stage.title
        ),
    }
}

/// Where a path of answers lands: at the first "No", or, when every
/// answer was "Yes", at the last step asked about (it is with them now).
/// `None` while the path is unfinished.
pub fn land(procedure: &Procedure, agency: Option<&str>, answers: &[bool]) -> Option<Place> {
    let all = questions(procedure, agency);
    for (n, yes) in answers.iter().enumerate() {
        let place = *all.get(n)?;
        if !yes || n + 1 == all.len() {
            return Some(place);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::real_content::procedures;

    /// Every answer path through every procedure in `content/`, and the step
    /// a careful reader of the procedure would say the practitioner is at.
    /// "Y" has already raised it there; "N" has not.
    const EXPECTED: &[(&str, &str, Place)] = &[
        // Durham: stage 1 is a discussion (1 working day), then the team
        // manager (1 working day); stages 2 to 4 have one contact each.
        ("durham", "N", (0, 0)),
        ("durham", "YN", (0, 1)),
        ("durham", "YYN", (1, 0)),
        ("durham", "YYYN", (2, 0)),
        ("durham", "YYYYN", (3, 0)),
        ("durham", "YYYYY", (3, 0)),
        // Darlington: five stages, one contact each.
        ("darlington", "N", (0, 0)),
        ("darlington", "YN", (1, 0)),
        ("darlington", "YYN", (2, 0)),
        ("darlington", "YYYN", (3, 0)),
        ("darlington", "YYYYN", (4, 0)),
        ("darlington", "YYYYY", (4, 0)),
        // London (as far as this handbook has it): the professionals, then
        // the first line managers.
        ("london", "N", (0, 0)),
        ("london", "YN", (1, 0)),
        ("london", "YY", (1, 0)),
    ];

    fn path(text: &str) -> Vec<bool> {
        text.chars().map(|c| c == 'Y').collect()
    }

    #[test]
    fn every_path_lands_where_a_careful_reader_would() {
        for procedure in procedures() {
            let n = questions(&procedure, None).len();
            // Every path: "N" after k "Y"s, and all "Y".
            let mut paths: Vec<String> = (0..n).map(|k| "Y".repeat(k) + "N").collect();
            paths.push("Y".repeat(n));
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
            "Have you already raised it with the professionals involved?"
        );
        let second = after(&p, None, first).unwrap();
        assert_eq!(second, (0, 1));
        assert_eq!(
            question(&p, None, second),
            "Have you already raised it with your agency team manager, front line manager or equivalent?"
        );
        assert_eq!(land(&p, None, &[true]), None, "unfinished");
    }
}
