//! What the templates see: the model with dates and timescales already put
//! into words, so templates hold no logic.

use chrono::NaiveDate;
use serde::Serialize;
use stagehand_content::{Handbook, Page, ProcedureContent};
use stagehand_model::{
    Agency, Contact, Exclusion, Procedure, RecordQuestion, ReturnsAddress, Route, Stage, Urgent,
};

/// Text made safe for HTML and XML outside templates (the SVG, the sitemap).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// "1 November 2020", as GOV.UK writes dates.
pub(crate) fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

#[derive(Serialize)]
pub(crate) struct HomeItem<'a> {
    slug: &'a str,
    title: &'a str,
    partnership: &'a str,
    summary: &'a str,
    updated: String,
    updated_iso: String,
    stage_count: usize,
}

impl<'a> HomeItem<'a> {
    pub(crate) fn new(content: &'a ProcedureContent) -> Self {
        let p = &content.procedure;
        Self {
            slug: &p.slug,
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            summary: &p.meta.summary,
            updated: long_date(p.meta.updated),
            updated_iso: p.meta.updated.to_string(),
            stage_count: p.route.stages.len(),
        }
    }
}

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
    end_of_route: Option<&'a str>,
    /// The handbook holds only the procedure's first stages.
    partial: bool,
    contacts: Vec<ContactView<'a>>,
    record: &'a [RecordQuestion],
    returns: Option<&'a ReturnsAddress>,
    text: &'a str,
    toc: Vec<TocEntry<'a>>,
    pages: Vec<PageLink<'a>>,
    diagram_label: String,
    aid_json: String,
    scenarios: Vec<ScenarioLink<'a>>,
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
    record: &'a [String],
    contacts: Vec<ContactView<'a>>,
    /// Each agency's role at this stage's steps, where the route names them.
    roles: Option<RolesTable<'a>>,
}

#[derive(Serialize)]
struct StepView<'a> {
    action: &'a str,
    contact: Option<&'a str>,
    timescale: String,
    sooner_if: Option<&'a str>,
}

/// A contact point, with the number as a `tel:` link can dial it.
#[derive(Serialize)]
pub(crate) struct ContactView<'a> {
    name: &'a str,
    note: Option<&'a str>,
    phone: Option<&'a str>,
    phone_dial: Option<String>,
    out_of_hours: Option<&'a str>,
    out_of_hours_dial: Option<String>,
    email: Option<&'a str>,
    url: Option<&'a str>,
}

impl<'a> ContactView<'a> {
    pub(crate) fn new(c: &'a Contact) -> Self {
        let dial = |n: &str| {
            n.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect()
        };
        Self {
            name: &c.name,
            note: c.note.as_deref(),
            phone: c.phone.as_deref(),
            phone_dial: c.phone.as_deref().map(dial),
            out_of_hours: c.out_of_hours.as_deref(),
            out_of_hours_dial: c.out_of_hours.as_deref().map(dial),
            email: c.email.as_deref(),
            url: c.url.as_deref(),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct UrgentView<'a> {
    question: &'a str,
    advice: &'a str,
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
    roles: Vec<&'a str>,
}

fn roles_table<'a>(route: &'a Route, stage: &'a Stage) -> Option<RolesTable<'a>> {
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
        vec!["Who to contact".to_string()]
    } else {
        steps
            .iter()
            .map(|(n, _)| format!("Step {}", n + 1))
            .collect()
    };
    let rows = route
        .agencies
        .iter()
        .map(|a| RolesRow {
            agency: &a.name,
            roles: steps
                .iter()
                .map(|(_, s)| s.contact_for(Some(&a.id)).unwrap_or("See the procedure"))
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
    pub(crate) fn new(content: &'a ProcedureContent) -> Self {
        let p = &content.procedure;
        let route = &p.route;
        let headings = &content.text.headings;
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
                        timescale: step.timescale_words(|id| {
                            // Counting from the step's own stage goes without saying.
                            (id != stage.id)
                                .then(|| route.stage_index(id).map(|n| n + 1))
                                .flatten()
                        }),
                        sooner_if: step.sooner_if.as_deref(),
                    })
                    .collect(),
                record: &stage.record,
                contacts: route
                    .contacts_for(&stage.id)
                    .map(ContactView::new)
                    .collect(),
                roles: roles_table(route, stage),
            })
            .collect();
        Self {
            slug: &p.slug,
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            summary: &p.meta.summary,
            updated: long_date(p.meta.updated),
            updated_iso: p.meta.updated.to_string(),
            review_due: p.meta.review_due.map(long_date),
            amendments: p
                .meta
                .amendments
                .iter()
                .map(|a| AmendmentView {
                    date: long_date(a.date),
                    note: &a.note,
                })
                .collect(),
            urgent: route.urgent.as_ref().map(|u: &'a Urgent| UrgentView {
                question: &u.question,
                advice: &u.advice,
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
            end_of_route: route.end_of_route.as_deref(),
            partial: route.partial,
            contacts: route.contacts.iter().map(ContactView::new).collect(),
            record: &route.record,
            returns: route.returns.as_ref(),
            text: &content.text.html,
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
            diagram_label: format!(
                "The escalation route: {} stages, from {} to {}.",
                route.stages.len(),
                route.stages.first().map_or("", |s| s.title.as_str()),
                route.stages.last().map_or("", |s| s.title.as_str())
            ),
            aid_json: aid_json(p),
            scenarios: p
                .scenarios
                .iter()
                .map(|s| ScenarioLink {
                    id: &s.id,
                    title: &s.title,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct PageView<'a> {
    title: &'a str,
    text: &'a str,
}

impl<'a> PageView<'a> {
    pub(crate) fn new(page: &'a Page) -> Self {
        Self {
            title: &page.title,
            text: &page.text.html,
        }
    }
}

/// `sitemap.xml`: every HTML page but the 404, with absolute addresses.
pub(crate) fn sitemap<'a>(
    url: &str,
    base_path: &str,
    pages: impl Iterator<Item = &'a std::path::Path>,
) -> String {
    let prefix = format!("{url}{base_path}");
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut paths: Vec<String> = pages
        .filter_map(|p| p.to_str())
        .filter(|p| p.ends_with("index.html"))
        .map(|p| p.trim_end_matches("index.html").to_string())
        .collect();
    paths.sort();
    for path in paths {
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&format!("{prefix}{path}"))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// One line of the A to Z: a procedure or one of its stages.
#[derive(Serialize)]
pub(crate) struct AzEntry {
    text: String,
    /// The partnership, or the procedure a stage belongs to.
    r#where: String,
    href: String,
}

/// The A to Z's entries under one letter.
#[derive(Serialize)]
pub(crate) struct AzGroup {
    letter: String,
    entries: Vec<AzEntry>,
}

/// Every procedure and every stage, grouped by first letter: the search box's
/// place when JavaScript is off, and a page a trainer can print.
pub(crate) fn a_to_z(handbook: &Handbook) -> Vec<AzGroup> {
    let mut entries = Vec::new();
    for content in &handbook.procedures {
        let p = &content.procedure;
        entries.push(AzEntry {
            text: p.meta.title.clone(),
            r#where: p.meta.partnership.clone(),
            href: format!("{}/", p.slug),
        });
        for (i, stage) in p.route.stages.iter().enumerate() {
            entries.push(AzEntry {
                text: format!("{} (stage {})", stage.title, i + 1),
                r#where: p.meta.title.clone(),
                href: format!("{}/#{}", p.slug, stage.id),
            });
        }
    }
    let key = |e: &AzEntry| e.text.to_lowercase();
    entries.sort_by_key(|e| (key(e), e.r#where.clone()));
    let mut groups: Vec<AzGroup> = Vec::new();
    for entry in entries {
        let letter = entry
            .text
            .chars()
            .find(|c| c.is_alphanumeric())
            .map_or("#".into(), |c| c.to_uppercase().to_string());
        match groups.last_mut() {
            Some(group) if group.letter == letter => group.entries.push(entry),
            _ => groups.push(AzGroup {
                letter,
                entries: vec![entry],
            }),
        }
    }
    groups
}
