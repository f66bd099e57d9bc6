//! What the templates see: the model with dates and timescales already put
//! into words, so templates hold no logic.

use crate::OutputFile;
use crate::diagram;
use chrono::NaiveDate;
use serde::Serialize;
use stagehand_content::{Handbook, Page, ProcedureContent};
use stagehand_model::{Contact, Exclusion, Procedure, RecordQuestion, Step, Urgent};

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

/// A step's timescale in words, for the page and the blank record form.
pub(crate) fn timescale_words(step: &Step) -> String {
    match step.within {
        None => "None set by the procedure".into(),
        Some(t) => {
            let words = t.to_string();
            let mut chars = words.chars();
            chars
                .next()
                .map_or(words.clone(), |c| c.to_uppercase().chain(chars).collect())
        }
    }
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
    urgent: Option<&'a Urgent>,
    areas: &'a [String],
    excludes: &'a [Exclusion],
    stages: Vec<StageView<'a>>,
    stage_count: usize,
    has_timescales: bool,
    contacts: &'a [Contact],
    record: &'a [RecordQuestion],
    text: &'a str,
    toc: Vec<TocEntry<'a>>,
    pages: Vec<PageLink<'a>>,
    diagram: String,
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
    contacts: Vec<&'a Contact>,
}

#[derive(Serialize)]
struct StepView<'a> {
    action: &'a str,
    contact: Option<&'a str>,
    timescale: String,
    from_title: Option<String>,
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
        let stages =
            route
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
                            timescale: timescale_words(step),
                            from_title: step.from.as_deref().filter(|f| *f != stage.id).and_then(
                                |f| route.stage_index(f).map(|n| format!("stage {}", n + 1)),
                            ),
                        })
                        .collect(),
                    record: &stage.record,
                    contacts: route.contacts_for(&stage.id).collect(),
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
            urgent: route.urgent.as_ref(),
            areas: &route.areas,
            excludes: &route.excludes,
            stages,
            stage_count: route.stages.len(),
            has_timescales: route
                .stages
                .iter()
                .flat_map(|s| &s.steps)
                .any(|s| s.within.is_some()),
            contacts: &route.contacts,
            record: &route.record,
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
            diagram: diagram::route_svg(p),
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

/// `sitemap.xml`: every HTML page but the 404, with absolute addresses when
/// `site.yaml` gives the site's `url`.
pub(crate) fn sitemap(handbook: &Handbook, files: &[OutputFile]) -> String {
    let prefix = format!(
        "{}{}",
        handbook.site.url.as_deref().unwrap_or(""),
        handbook.site.base_path
    );
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut paths: Vec<String> = files
        .iter()
        .filter_map(|f| f.path.to_str())
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
