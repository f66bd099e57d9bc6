//! A procedure's page: the model with dates and timescales put into words,
//! its local parts marked, and the partnerships of its region.

use super::{ContactView, long_date, words};
use serde::Serialize;
use stagehand_content::{Handbook, ProcedureContent};
use stagehand_messages::{Arg, Messages};
use stagehand_model::{
    Agency, Exclusion, Procedure, RecordQuestion, ReturnsAddress, Route, Stage, Urgent,
};

#[derive(Serialize)]
pub(crate) struct ProcedureView<'a> {
    slug: &'a str,
    title: &'a str,
    partnership: &'a str,
    summary: &'a str,
    updated: String,
    updated_iso: String,
    review_due: Option<String>,
    amendments: Vec<AmendmentView<'a>>,
    urgent: Option<UrgentView<'a>>,
    agencies: &'a [Agency],
    areas: &'a [String],
    excludes: &'a [Exclusion],
    stages: Vec<StageView<'a>>,
    stage_count: usize,
    has_timescales: bool,
    /// Escaped, with its addresses as links.
    end_of_route: Option<String>,
    /// The handbook holds only the procedure's first stages.
    partial: bool,
    contacts: Vec<ContactView<'a>>,
    record: &'a [RecordQuestion],
    returns: Option<&'a ReturnsAddress>,
    /// The text, its root-relative addresses under the site's base path.
    text: std::borrow::Cow<'a, str>,
    toc: Vec<TocEntry<'a>>,
    pages: Vec<PageLink<'a>>,
    diagram_label: String,
    aid_json: String,
    /// Not published yet: shown marked by `serve` (and `build --drafts`).
    draft: bool,
    /// The aid's first screen, carried in the page until the aid starts.
    aid_before_start: String,
    scenarios: Vec<ScenarioLink<'a>>,
    /// Where this is a local version: its region.
    region: Option<RegionView<'a>>,
    /// The local versions of its region (or, on a regional page, its own):
    /// the partnerships a practitioner can switch to.
    local_versions: Vec<LocalLink<'a>>,
    /// The local authority areas the procedure is for.
    covers: &'a [String],
    /// Them in words, or the partnership's area where it names none.
    covers_words: String,
}

#[derive(Serialize)]
struct RegionView<'a> {
    slug: &'a str,
    title: &'a str,
    partnership: &'a str,
    updated: String,
}

/// A local version, as a link to it.
#[derive(Serialize)]
pub(crate) struct LocalLink<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub partnership: &'a str,
    pub covers: &'a [String],
    /// The page being shown.
    pub current: bool,
}

impl<'a> LocalLink<'a> {
    pub(crate) fn new(content: &'a ProcedureContent, current: &str) -> Self {
        let p = &content.procedure;
        Self {
            slug: &p.slug,
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            covers: &p.meta.covers,
            current: p.slug == current,
        }
    }
}

/// How many of a stage's record items are the region's (the rest are local).
fn regional_record(stage: &Stage) -> usize {
    stage
        .record
        .len()
        .saturating_sub(stage.local_record as usize)
}

/// The local versions of the region `region` names, in the handbook's order.
pub(crate) fn local_versions<'a>(
    handbook: &'a Handbook,
    region: &str,
    current: &str,
) -> Vec<LocalLink<'a>> {
    handbook
        .procedures
        .iter()
        .filter(|c| {
            c.procedure
                .region
                .as_ref()
                .is_some_and(|r| r.slug == region)
        })
        .map(|c| LocalLink::new(c, current))
        .collect()
}

#[derive(Serialize)]
struct ScenarioLink<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct AmendmentView<'a> {
    date: String,
    note: &'a str,
}

#[derive(Serialize)]
struct TocEntry<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct PageLink<'a> {
    slug: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
pub(crate) struct StageView<'a> {
    id: &'a str,
    number: usize,
    title: &'a str,
    section: Option<&'a str>,
    section_title: Option<&'a str>,
    steps: Vec<StepView<'a>>,
    /// The regional procedure's items of what to record, then the local ones.
    record: &'a [String],
    local_record: &'a [String],
    contacts: Vec<ContactView<'a>>,
    /// Added by a local version.
    local: bool,
    /// Each agency's role at this stage's steps, where the route names them.
    roles: Option<RolesTable<'a>>,
}

#[derive(Serialize)]
struct StepView<'a> {
    action: &'a str,
    contact: Option<&'a str>,
    timescale: String,
    sooner_if: Option<&'a str>,
    /// Added by a local version, or given local detail there.
    local: bool,
}

#[derive(Serialize)]
pub(crate) struct UrgentView<'a> {
    question: &'a str,
    advice: &'a str,
    local_advice: Option<&'a str>,
    contacts: Vec<ContactView<'a>>,
}

/// The equivalent roles at a stage: a row an agency, a column a step.
#[derive(Serialize)]
pub(crate) struct RolesTable<'a> {
    /// "Step 1", "Step 2", when the stage has several steps with roles.
    columns: Vec<String>,
    rows: Vec<RolesRow<'a>>,
}

#[derive(Serialize)]
struct RolesRow<'a> {
    agency: &'a str,
    roles: Vec<String>,
}

fn roles_table<'a>(m: &Messages, route: &'a Route, stage: &'a Stage) -> Option<RolesTable<'a>> {
    let steps: Vec<(usize, &stagehand_model::Step)> = stage
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.roles.is_empty())
        .collect();
    if route.agencies.is_empty() || steps.is_empty() {
        return None;
    }
    let columns = if steps.len() == 1 {
        vec![m.get("roles-who-to-contact")]
    } else {
        steps
            .iter()
            .map(|(n, _)| m.format("roles-step", &[("number", (n + 1).into())]))
            .collect()
    };
    let see = m.get("see-the-procedure");
    let rows = route
        .agencies
        .iter()
        .map(|a| RolesRow {
            agency: &a.name,
            roles: steps
                .iter()
                .map(|(_, s)| {
                    s.contact_for(Some(&a.id))
                        .map_or_else(|| see.clone(), str::to_string)
                })
                .collect(),
        })
        .collect();
    Some(RolesTable { columns, rows })
}

/// The procedure as the decision aid reads it: JSON that is safe inside a
/// `<script>` element (no `</script>` can close it early).
pub(crate) fn aid_json(procedure: &Procedure) -> String {
    serde_json::to_string(procedure)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

impl<'a> ProcedureView<'a> {
    pub(crate) fn new(handbook: &'a Handbook, content: &'a ProcedureContent) -> Self {
        let p = &content.procedure;
        let route = &p.route;
        let headings = &content.text.headings;
        let m = words(&handbook.site);
        let day = |d| long_date(m, d);
        let stages = route
            .stages
            .iter()
            .enumerate()
            .map(|(i, stage)| StageView {
                id: &stage.id,
                number: i + 1,
                title: &stage.title,
                section: stage.section.as_deref(),
                section_title: stage
                    .section
                    .as_deref()
                    .and_then(|s| headings.iter().find(|h| h.id == s))
                    .map(|h| h.text.as_str()),
                steps: stage
                    .steps
                    .iter()
                    .map(|step| StepView {
                        action: &step.action,
                        contact: step.contact.as_deref(),
                        timescale: m.step_timescale(step, |id| {
                            // Counting from the step's own stage goes without saying.
                            (id != stage.id)
                                .then(|| route.stage_index(id).map(|n| n + 1))
                                .flatten()
                        }),
                        sooner_if: step.sooner_if.as_deref(),
                        local: step.local,
                    })
                    .collect(),
                record: stage.record.split_at(regional_record(stage)).0,
                local_record: stage.record.split_at(regional_record(stage)).1,
                local: stage.local,
                contacts: route
                    .contacts_for(&stage.id)
                    .map(ContactView::new)
                    .collect(),
                roles: roles_table(m, route, stage),
            })
            .collect();
        Self {
            slug: &p.slug,
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            summary: &p.meta.summary,
            updated: day(p.meta.updated),
            updated_iso: p.meta.updated.to_string(),
            review_due: p.meta.review_due.map(day),
            amendments: p
                .meta
                .amendments
                .iter()
                .map(|a| AmendmentView {
                    date: day(a.date),
                    note: &a.note,
                })
                .collect(),
            urgent: route.urgent.as_ref().map(|u: &'a Urgent| UrgentView {
                question: &u.question,
                advice: &u.advice,
                local_advice: u.local_advice.as_deref(),
                contacts: u.contacts.iter().map(ContactView::new).collect(),
            }),
            agencies: &route.agencies,
            areas: &route.areas,
            excludes: &route.excludes,
            stages,
            stage_count: route.stages.len(),
            has_timescales: route
                .stages
                .iter()
                .flat_map(|s| &s.steps)
                .any(|s| s.within.is_some()),
            end_of_route: route.end_of_route.as_deref().map(super::with_links),
            partial: route.partial,
            contacts: route.contacts.iter().map(ContactView::new).collect(),
            record: &route.record,
            returns: route.returns.as_ref(),
            text: stagehand_markdown::under_base_path(&content.text.html, &handbook.site.base_path),
            toc: headings
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| TocEntry {
                    id: &h.id,
                    text: &h.text,
                })
                .collect(),
            pages: content
                .pages
                .iter()
                .map(|pg| PageLink {
                    slug: &pg.slug,
                    title: &pg.title,
                })
                .collect(),
            diagram_label: m.format(
                "route-diagram-label",
                &[
                    ("count", route.stages.len().into()),
                    (
                        "first",
                        Arg::Text(route.stages.first().map_or("", |s| s.title.as_str())),
                    ),
                    (
                        "last",
                        Arg::Text(route.stages.last().map_or("", |s| s.title.as_str())),
                    ),
                ],
            ),
            aid_json: aid_json(p),
            draft: p.meta.draft,
            aid_before_start: stagehand_aid_screens::before_start(m.language()),
            scenarios: p
                .scenarios
                .iter()
                .map(|s| ScenarioLink {
                    id: &s.id,
                    title: &s.title,
                })
                .collect(),
            region: p.region.as_ref().map(|r| RegionView {
                slug: &r.slug,
                title: &r.title,
                partnership: &r.partnership,
                updated: day(r.updated),
            }),
            local_versions: local_versions(
                handbook,
                p.region
                    .as_ref()
                    .map_or(p.slug.as_str(), |r| r.slug.as_str()),
                &p.slug,
            ),
            covers: &p.meta.covers,
            covers_words: if p.meta.covers.is_empty() {
                m.get("local-version-covers-none")
            } else {
                p.meta.covers.join(", ")
            },
        }
    }
}
