//! A local version laid over its regional route, with the regional rule:
//! a local version may add (steps, stages, roles, contacts, record
//! questions) and may shorten a timescale; it may not remove or reorder a
//! regional stage or step, lengthen or drop a timescale, or change what a
//! regional step requires.

use super::File;
use super::agencies::AgencyIds;
use super::contacts::check_contact;
use super::record::questions;
use super::stages::{StageIds, count_from, roles_of, section, timescale};
use crate::Problem;
use crate::files::is_slug;
use crate::raw::{RawLocalRoute, RawLocalStage, RawLocalStep};
use serde_saphyr::Spanned;
use stagehand_markdown::Heading;
use stagehand_model::{Route, Stage, Step};

/// The region's route with the local version's additions in place, each
/// marked local. Problems are located in the local `stages.yaml`.
pub(crate) fn merge_route(
    region: &Route,
    raw: &RawLocalRoute,
    file: &File,
    headings: &[Heading],
    problems: &mut Vec<Problem>,
) -> Route {
    let mut route = region.clone();
    let agencies = AgencyIds::of(region.agencies.iter().map(|a| a.id.clone()).collect());
    stages(
        &mut route,
        region,
        &raw.stages,
        &agencies,
        headings,
        file,
        problems,
    );
    let stage_ids = StageIds::of(route.stages.iter().map(|s| s.id.clone()).collect());

    if let Some(urgent) = &raw.urgent {
        match &mut route.urgent {
            Some(box_) => {
                box_.local_advice.clone_from(&urgent.advice);
                for c in &urgent.contacts {
                    let mut contact = check_contact(c.clone(), file, problems);
                    contact.local = true;
                    box_.contacts.push(contact);
                }
            }
            None => problems.push(Problem::error(
                file.path,
                "the local version adds to the urgent box, but its regional procedure has none",
                "Ask the region to add its `urgent:` box, or remove `urgent:` from this file.",
            )),
        }
    }
    for c in &raw.contacts {
        for s in &c.stages {
            stage_ids.require(s, "the contact's `stages`", file, problems);
        }
        let mut contact = check_contact(c.clone(), file, problems);
        contact.local = true;
        route.contacts.push(contact);
    }
    let mut local_questions = questions(raw.record.clone(), file, problems);
    for q in &mut local_questions {
        if region.record.iter().any(|r| r.id == q.id) {
            problems.push(Problem::error(
                file.path,
                format!(
                    "the record question id `{}` is the regional procedure's own",
                    q.id
                ),
                "Give the local question an id of its own: the regional question is asked already.",
            ));
        }
        q.local = true;
    }
    route.record.extend(local_questions);
    if let Some(returns) = &raw.returns {
        super::unreachable_returns(returns, file, problems);
        let returns = &returns.value;
        route.returns = Some(stagehand_model::ReturnsAddress {
            email: returns.email.clone(),
            url: returns.url.clone(),
            note: returns.note.clone(),
        });
    }
    if let Some(end) = &raw.end_of_route {
        super::swallowed_yaml(end, file, problems);
        route.end_of_route = Some(end.value.clone());
    }
    if let Some(partial) = &raw.partial {
        route.partial = partial.value;
    }
    route
}

/// The stages: regional ones (by id, in the region's order) with what is
/// local to them, and local ones placed after the stage they name.
fn stages(
    route: &mut Route,
    region: &Route,
    raw: &[RawLocalStage],
    agencies: &AgencyIds,
    headings: &[Heading],
    file: &File,
    problems: &mut Vec<Problem>,
) {
    let mut last_regional: Option<usize> = None;
    for entry in raw {
        section(entry.section.as_ref(), Some(headings), file, problems);
        match region.stage_index(&entry.id.value) {
            Some(index) => {
                if let Some(last) = last_regional.filter(|last| index < *last) {
                    problems.push(file.at(
                        &entry.id,
                        format!(
                            "`{}` is listed here after `{}`, but comes before it in the regional procedure",
                            entry.id.value, region.stages[last].id
                        ),
                        "List the regional stages in the regional procedure's order: a local version may not reorder them.",
                    ));
                }
                last_regional = Some(index);
                regional_stage(route, index, entry, agencies, file, problems);
            }
            None => local_stage(route, region, entry, agencies, file, problems),
        }
    }
}

fn regional_stage(
    route: &mut Route,
    index: usize,
    entry: &RawLocalStage,
    agencies: &AgencyIds,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    if let Some(remove) = entry.remove.as_ref().filter(|r| r.value) {
        problems.push(file.at(
            remove,
            format!("a local version may not remove the regional stage `{}`", entry.id.value),
            "Remove `remove: true`: every regional stage applies in every local version. Say in the local text how it works locally.",
        ));
    }
    if let Some(after) = &entry.after {
        problems.push(file.at(
            after,
            format!("a local version may not move the regional stage `{}`", entry.id.value),
            "Remove `after`: a regional stage stays where the regional procedure puts it. `after` places a local stage (one with an id of its own).",
        ));
    }
    if let Some(title) = &entry.title {
        problems.push(file.at(
            title,
            format!("a local version may not rename the regional stage `{}`", entry.id.value),
            "Remove `title`: the regional stage keeps its title. A local stage needs an id of its own.",
        ));
    }
    let id = entry.id.value.clone();
    let stage_ids = StageIds::of(route.stages.iter().map(|s| s.id.clone()).collect());
    let stage = &mut route.stages[index];
    let regional_steps = stage.steps.len();
    let mut placed: Vec<(usize, Step)> = Vec::new();
    let mut last_step = 0;
    for raw_step in &entry.steps {
        match &raw_step.step {
            Some(n) => {
                let number = n.value as usize;
                if number == 0 || number > regional_steps {
                    problems.push(file.at(
                        n,
                        format!("stage `{id}` has {regional_steps} regional step(s): there is no step {number}"),
                        "Number regional steps from 1, as the regional procedure lists them, or leave `step` out for a local step.",
                    ));
                    continue;
                }
                if number <= last_step {
                    problems.push(file.at(
                        n,
                        format!("step {number} comes after step {last_step}: a local version may not reorder the regional steps"),
                        "List the regional steps in order.",
                    ));
                }
                last_step = number;
                change_step(
                    &mut stage.steps[number - 1],
                    raw_step,
                    agencies,
                    file,
                    problems,
                );
            }
            None => {
                let after = raw_step
                    .after
                    .as_ref()
                    .map_or(regional_steps, |a| a.value as usize);
                if after > regional_steps {
                    if let Some(a) = &raw_step.after {
                        problems.push(file.at(
                            a,
                            format!("stage `{id}` has {regional_steps} regional step(s): a step cannot come after step {after}"),
                            format!("Write `after:` a number from 0 (before the first) to {regional_steps}."),
                        ));
                    }
                    continue;
                }
                if let Some(step) =
                    local_step(raw_step, after == 0, &stage_ids, agencies, file, problems)
                {
                    placed.push((after, step));
                }
            }
        }
    }
    // Local steps go after the regional step they name, in the order written.
    for (after, step) in placed.into_iter().rev() {
        let at = after + stage.steps[..after].iter().filter(|s| s.local).count();
        stage.steps.insert(at.min(stage.steps.len()), step);
    }
    stage.local_record = entry.record.len() as u32;
    stage.record.extend(entry.record.iter().cloned());
}

/// What a local version may change of a regional step: a shorter
/// timescale, roles for agencies the region gives none, a contact where
/// the region names none, a reason to be sooner.
fn change_step(
    step: &mut Step,
    raw: &RawLocalStep,
    agencies: &AgencyIds,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    if let Some(action) = &raw.action {
        problems.push(file.at(
            action,
            "a local version may not change what a regional step requires",
            "Remove `action` from this regional step. To add something local, write a local step (without `step:`) with its own `action`.",
        ));
    }
    if let Some(remove) = raw.remove.as_ref().filter(|r| r.value) {
        problems.push(file.at(
            remove,
            "a local version may not remove a regional step",
            "Remove `remove: true`: every regional step applies in every local version.",
        ));
    }
    if let Some(from) = &raw.from {
        problems.push(file.at(
            from,
            "a local version may not change where a regional step's timescale counts from",
            "Remove `from`: the regional step counts as the regional procedure says.",
        ));
    }
    if let Some(within) = &raw.within {
        shorter(step, within, file, problems);
    }
    if let Some(contact) = &raw.contact {
        if step.contact.is_some() {
            problems.push(file.at(
                contact,
                "the regional step already names who to contact: a local version may not change it",
                "Remove `contact`, and give each agency's local role under `roles:` instead.",
            ));
        } else {
            step.contact = Some(contact.value.clone());
            step.local = true;
        }
    }
    if let Some(roles) = &raw.roles {
        for role in roles_of(roles, agencies, file, problems) {
            if step.roles.iter().any(|r| r.agency == role.agency) {
                problems.push(file.at(
                    roles,
                    format!("the regional step already names the role for `{}`: a local version may not change it", role.agency),
                    "Give roles only for agencies the regional step names none for.",
                ));
            } else {
                step.roles.push(role);
                step.local = true;
            }
        }
    }
    if let Some(sooner) = &raw.sooner_if
        && step.sooner_if.is_none()
    {
        step.sooner_if = Some(sooner.clone());
        step.local = true;
    }
}

/// A timescale the same as or shorter than the regional one: never longer,
/// never dropped.
fn shorter(step: &mut Step, within: &Spanned<String>, file: &File, problems: &mut Vec<Problem>) {
    let words = within.value.trim().to_ascii_lowercase();
    if words.is_empty() || words == "none" || words == "no timescale" {
        problems.push(file.at(
            within,
            "a local version may not drop a regional step's timescale",
            "Remove `within`: the regional timescale applies. A local version may only shorten it.",
        ));
        return;
    }
    let Some(local) = timescale(within, file, problems) else {
        return;
    };
    let Some(regional) = step.within else {
        // The region sets none: a local timescale adds one.
        step.within = Some(local);
        step.local = true;
        return;
    };
    if local.is_urgent_without_date() && !regional.is_urgent_without_date() {
        // Sooner in words, but the practitioner would lose the date.
        problems.push(file.at(
            within,
            format!("`{}` sets no date, and the regional timescale ({regional}) does: a local version may not drop it", within.value),
            format!("Write a timescale with a date, no longer than the regional one ({regional}), or remove `within` to keep it."),
        ));
        return;
    }
    match local.within_regional(&regional) {
        Some(true) => {
            if local != regional {
                step.within = Some(local);
                step.local = true;
            }
        }
        Some(false) => problems.push(file.at(
            within,
            format!("`{}` is longer than the regional timescale ({regional}): a local version may shorten a timescale, never lengthen it", within.value),
            format!("Write a timescale no longer than the regional one ({regional}), or remove `within` to keep it."),
        )),
        None => problems.push(file.at(
            within,
            format!("`{}` cannot be compared with the regional timescale ({regional})", within.value),
            format!("Write the local timescale in the regional one's unit (as {regional} is), no longer than it."),
        )),
    }
}

fn local_step(
    raw: &RawLocalStep,
    first: bool,
    stage_ids: &StageIds,
    agencies: &AgencyIds,
    file: &File,
    problems: &mut Vec<Problem>,
) -> Option<Step> {
    let Some(action) = &raw.action else {
        problems.push(Problem::error(
            file.path,
            "a local step has no `action`",
            "Give the local step an `action`, or a `step:` number if it changes a regional step.",
        ));
        return None;
    };
    let mut step = Step::new(action.value.clone());
    step.contact = raw.contact.as_ref().map(|c| c.value.clone());
    step.within = raw
        .within
        .as_ref()
        .and_then(|w| timescale(w, file, problems));
    step.sooner_if = raw.sooner_if.clone();
    step.from = raw
        .from
        .as_ref()
        .map(|f| count_from(f, first, stage_ids, file, problems));
    step.roles = raw
        .roles
        .as_ref()
        .map(|r| roles_of(r, agencies, file, problems))
        .unwrap_or_default();
    step.local = true;
    Some(step)
}

/// A stage of the local version's own, after the stage it names.
fn local_stage(
    route: &mut Route,
    region: &Route,
    entry: &RawLocalStage,
    agencies: &AgencyIds,
    file: &File,
    problems: &mut Vec<Problem>,
) {
    let id = &entry.id;
    if !is_slug(&id.value) || route.stage(&id.value).is_some() {
        problems.push(file.at(
            id,
            format!(
                "the stage id `{}` is not a new id of lower-case letters, digits and `-`",
                id.value
            ),
            "Give the local stage an id of its own, such as `formal-stage`.",
        ));
        return;
    }
    let Some(title) = &entry.title else {
        let known: Vec<&str> = region.stages.iter().map(|s| s.id.as_str()).collect();
        problems.push(file.at(
            id,
            format!("`{}` is not a stage of the regional procedure, and has no `title` to be a local one", id.value),
            format!("For a regional stage, use one of its ids: {}. For a local stage, give it a `title` and the stage it comes `after`.", known.join(", ")),
        ));
        return;
    };
    let at = match &entry.after {
        None => route.stages.len(),
        Some(after) => match route.stage_index(&after.value) {
            Some(i) => i + 1,
            None => {
                let known: Vec<&str> = route.stages.iter().map(|s| s.id.as_str()).collect();
                problems.push(file.at(
                    after,
                    format!("`after: {}` names no stage", after.value),
                    format!("Name the stage this one follows: {}.", known.join(", ")),
                ));
                return;
            }
        },
    };
    let stage_ids = StageIds::of(route.stages.iter().map(|s| s.id.clone()).collect());
    let mut steps = Vec::new();
    for raw_step in &entry.steps {
        if let Some(n) = &raw_step.step {
            problems.push(file.at(
                n,
                "a local stage has no regional steps to change",
                "Remove `step:` and give the step its own `action`.",
            ));
            continue;
        }
        if let Some(step) = local_step(
            raw_step,
            steps.is_empty(),
            &stage_ids,
            agencies,
            file,
            problems,
        ) {
            steps.push(step);
        }
    }
    route.stages.insert(
        at,
        Stage {
            id: id.value.clone(),
            title: title.value.clone(),
            section: entry.section.as_ref().map(|s| s.value.clone()),
            steps,
            record: entry.record.clone(),
            local: true,
            local_record: entry.record.len() as u32,
        },
    );
}
