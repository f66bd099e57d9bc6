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
        .map(|stage| {
            section(stage.section.as_ref(), headings, file, problems);
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
        Ok(t) => Some(t),
        Err(e) => {
            problems.push(file.at(within, e.to_string(), format!("Write the timescale as one of: {}. Or leave `within` out if the procedure sets none.", UNDERSTOOD_PHRASES.join("; "))));
            None
        }
    }
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
