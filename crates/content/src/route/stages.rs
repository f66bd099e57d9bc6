//! The stages and their steps: ids, sections, timescales and what each
//! step counts from.

use super::File;
use crate::Problem;
use crate::files::is_slug;
use crate::raw::{RawRoles, RawStage, RawStep};
use serde_saphyr::Spanned;
use stagehand_markdown::Heading;
use stagehand_model::{CountFrom, Role, Stage, Step, Timescale, UNDERSTOOD_PHRASES};
use std::collections::HashSet;

/// The route's stage ids, in order, to check the places that name a stage.
pub(super) struct StageIds(Vec<String>);

impl StageIds {
    /// The ids of a route already checked (a region's, with local stages).
    pub fn of(ids: Vec<String>) -> Self {
        Self(ids)
    }

    /// Each stage id must be a slug, and used once.
    pub fn check(
        stages: &Spanned<Vec<RawStage>>,
        file: &File,
        problems: &mut Vec<Problem>,
    ) -> Self {
        if stages.value.is_empty() {
            problems.push(file.at(stages, "the route has no stages", "List at least one stage under `stages:`, each with an `id`, a `title` and its `steps`."));
        }
        let mut seen = HashSet::new();
        for stage in &stages.value {
            if !is_slug(&stage.id.value) {
                problems.push(file.at(
                    &stage.id,
                    format!(
                        "the stage id `{}` may hold only lower-case letters, digits and `-` (not at its start or end)",
                        stage.id.value
                    ),
                    "Use an id like `stage-1`: it appears in links, so keep it short and stable.",
                ));
            }
            if !seen.insert(stage.id.value.as_str()) {
                problems.push(file.at(
                    &stage.id,
                    format!("the stage id `{}` is used twice", stage.id.value),
                    "Give each stage its own id, such as `stage-1`, `stage-2`.",
                ));
            }
        }
        Self(stages.value.iter().map(|s| s.id.value.clone()).collect())
    }

    /// A problem unless `named` is one of the route's stages.
    pub fn require(
        &self,
        named: &Spanned<String>,
        what: &str,
        file: &File,
        problems: &mut Vec<Problem>,
    ) {
        if !self.0.contains(&named.value) {
            problems.push(file.at(
                named,
                format!(
                    "{what} names `{}`, which is not a stage of this route",
                    named.value
                ),
                format!("Use one of the stage ids: {}.", self.0.join(", ")),
            ));
        }
    }
}

pub(super) fn check(
    raw: &[RawStage],
    stage_ids: &StageIds,
    agency_ids: &super::agencies::AgencyIds,
    headings: Option<&[Heading]>,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Vec<Stage> {
    raw.iter()
        .enumerate()
        .map(|(i, stage)| {
            section(stage.section.as_ref(), headings, file, problems);
            section_number(i + 1, stage.section.as_ref(), headings, file, problems);
            let mut steps = Vec::new();
            for raw_step in &stage.steps {
                let step = check_step(
                    raw_step,
                    steps.is_empty(),
                    stage_ids,
                    agency_ids,
                    file,
                    problems,
                );
                steps.push(step);
            }
            Stage {
                id: stage.id.value.clone(),
                title: stage.title.clone(),
                section: stage.section.as_ref().map(|s| s.value.clone()),
                steps,
                record: stage.record.clone(),
                local: false,
                local_record: 0,
            }
        })
        .collect()
}

/// `section:` must name a heading of procedure.md.
pub(super) fn section(
    section: Option<&Spanned<String>>,
    headings: Option<&[Heading]>,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    if let (Some(section), Some(headings)) = (section, headings)
        && !headings.iter().any(|h| h.id == section.value)
    {
        let list: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        problems.push(file.at(
            section,
            format!(
                "`section: {}` names no heading in procedure.md",
                section.value
            ),
            format!(
                "Use the id of a heading in procedure.md: {}.",
                list.join(", ")
            ),
        ));
    }
}

/// The number a heading gives its stage ("Stage 1", "Stage One").
fn stage_number_in(text: &str) -> Option<usize> {
    const WORDS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.iter().position(|w| *w == "stage")?;
    let n = words.get(at + 1)?;
    n.parse()
        .ok()
        .or_else(|| WORDS.iter().position(|w| w == n).map(|i| i + 1))
}

/// A `section:` whose heading gives another stage's number: the aid would
/// say "Read the procedure text for stage 2: Stage 1".
fn section_number(
    number: usize,
    section: Option<&Spanned<String>>,
    headings: Option<&[Heading]>,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    let Some((section, heading)) = section.zip(headings).and_then(|(section, headings)| {
        headings
            .iter()
            .find(|h| h.id == section.value)
            .map(|h| (section, h))
    }) else {
        return;
    };
    if let Some(said) = stage_number_in(&heading.text).filter(|said| *said != number) {
        problems.push(
            file.at(
                section,
                format!(
                    "this is stage {number} of the route, but its `section:` names the heading “{}”, which says stage {said}",
                    heading.text
                ),
                format!("Name the heading for stage {number} in `section:`, or correct the stage's place in the route or the heading's number."),
            )
            .warning(),
        );
    }
}

fn check_step(
    raw: &RawStep,
    first: bool,
    stage_ids: &StageIds,
    agency_ids: &super::agencies::AgencyIds,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Step {
    let within = raw
        .within
        .as_ref()
        .and_then(|w| timescale(w, file, problems));
    let from = raw
        .from
        .as_ref()
        .map(|from| count_from(from, first, stage_ids, file, problems));
    let roles = raw
        .roles
        .as_ref()
        .map(|roles| roles_of(roles, agency_ids, file, problems))
        .unwrap_or_default();
    let mut step = Step::new(raw.action.clone());
    step.contact = raw.contact.clone();
    step.roles = roles;
    step.within = within;
    step.sooner_if = raw.sooner_if.clone();
    step.from = from;
    step
}

/// A `within` phrase as a timescale, or a problem at its place.
pub(super) fn timescale(
    within: &Spanned<String>,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Option<Timescale> {
    match Timescale::parse(&within.value) {
        Ok(Timescale::Days(n)) if !within.value.to_lowercase().contains("calendar") => {
            problems.push(file.at(within, format!("`{}` counts calendar days: weekends and bank holidays count too, so from a Friday {}", within.value.trim(), days_against_working_days(n)), format!("If the procedure means working days, write `within: {n} working day{s}`. If it truly means calendar days, write `within: {n} calendar day{s}` and this warning goes.", s = if n == 1 { "" } else { "s" })).warning());
            Some(Timescale::Days(n))
        }
        Ok(t) => Some(t),
        Err(e) => {
            let (message, help) = match written_around(&within.value) {
                Some((what, fixed)) => (
                    format!(
                        "`{}` is not a timescale Stagehand understands: {what}",
                        within.value.trim()
                    ),
                    format!("Write `within: {fixed}`."),
                ),
                None => (
                    e.to_string(),
                    format!(
                        "Write the timescale as one of: {}. Or leave `within` out if the procedure sets none.",
                        UNDERSTOOD_PHRASES.join("; ")
                    ),
                ),
            };
            problems.push(file.at(within, message, help));
            None
        }
    }
}

/// What `n` calendar days from a Friday give, beside `n` working days (no
/// bank holiday between): "`2 days` ends on the Sunday; `2 working days`
/// on the Tuesday".
fn days_against_working_days(n: u32) -> String {
    use chrono::{Datelike, Duration, NaiveDate, Weekday};
    // Any Friday with no bank holiday in the weeks after it.
    let friday = NaiveDate::from_ymd_opt(2026, 1, 9).unwrap_or_default();
    let calendar = friday + Duration::days(i64::from(n));
    let mut working = friday;
    for _ in 0..n {
        working = working.succ_opt().unwrap_or(working);
        while matches!(working.weekday(), Weekday::Sat | Weekday::Sun) {
            working = working.succ_opt().unwrap_or(working);
        }
    }
    // Weeks counted from the Monday after the Friday: "the", "the next".
    let which = |day: NaiveDate| match (day - friday).num_days() + 4 {
        0..7 => "the",
        7..14 => "the next",
        _ => "a later",
    };
    format!(
        "{n} day{s} ends on {} {}, and {n} working day{s} on {} {}",
        which(calendar),
        calendar.format("%A"),
        which(working),
        working.format("%A"),
        s = if n == 1 { "" } else { "s" }
    )
}

/// A timescale that would be understood without the word `within` before
/// it or a full stop after it: what is in the way, and the phrase without it.
fn written_around(written: &str) -> Option<(&'static str, String)> {
    let trimmed = written.trim();
    let (what, rest) = if let Some(rest) = trimmed
        .strip_prefix("within ")
        .or_else(|| trimmed.strip_prefix("Within "))
    {
        (
            "the key `within:` already says “within”, so the word is not written again",
            rest,
        )
    } else if let Some(rest) = trimmed.strip_suffix(['.', ',', ';']) {
        ("a timescale has no full stop or other mark after it", rest)
    } else {
        return None;
    };
    let rest = rest.trim().trim_end_matches(['.', ',', ';']).trim();
    Timescale::parse(rest)
        .ok()
        .map(|_| (what, rest.to_string()))
}

/// `from: previous step`, written with any spacing.
const PREVIOUS_STEP: &str = "previous step";

pub(super) fn count_from(
    from: &Spanned<String>,
    first: bool,
    stage_ids: &StageIds,
    file: &File,
    problems: &mut Vec<Problem>,
) -> CountFrom {
    if from.value.split_whitespace().collect::<Vec<_>>().join(" ") == PREVIOUS_STEP {
        if first {
            problems.push(file.at(
                from,
                "`from: previous step` is on the first step of the stage, which has no previous step",
                "Remove `from` from the first step: it is counted from the start of its stage.",
            ));
        }
        return CountFrom::PreviousStep;
    }
    stage_ids.require(from, "`from`", file, problems);
    CountFrom::StageStart {
        stage: from.value.clone(),
    }
}

pub(super) fn roles_of(
    raw: &Spanned<RawRoles>,
    agency_ids: &super::agencies::AgencyIds,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Vec<Role> {
    if agency_ids.is_empty() {
        problems.push(file.at(
            raw,
            "this step names roles by agency, but the route lists no `agencies`",
            "Add an `agencies:` list at the top of stages.yaml (each with an `id` and a `name`), or remove `roles`.",
        ));
    }
    raw.value
        .0
        .iter()
        .map(|(agency, role)| {
            agency_ids.require(agency, file, problems);
            Role {
                agency: agency.value.clone(),
                role: role.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_gives_its_stage_number_in_figures_or_words() {
        assert_eq!(stage_number_in("3. Stage One"), Some(1));
        assert_eq!(stage_number_in("Stage 2: managers"), Some(2));
        assert_eq!(stage_number_in("Introduction"), None);
    }

    #[test]
    fn calendar_days_are_set_beside_working_days() {
        assert_eq!(
            days_against_working_days(2),
            "2 days ends on the Sunday, and 2 working days on the next Tuesday"
        );
    }

    #[test]
    fn the_word_within_or_a_full_stop_is_named() {
        assert_eq!(
            written_around("within 7 working days").map(|(_, f)| f),
            Some("7 working days".into())
        );
        assert_eq!(
            written_around("7 working days.").map(|(_, f)| f),
            Some("7 working days".into())
        );
        assert_eq!(written_around("soonish"), None);
    }
}
