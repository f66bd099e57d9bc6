//! The pages that list every procedure: the home page, grouped by region,
//! with the finder by the child's area; the A to Z; the sitemap.

use super::{escape, long_date, words};
use serde::Serialize;
use stagehand_content::{Handbook, ProcedureContent};
use stagehand_messages::Messages;

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
    pub(crate) fn new(m: &Messages, content: &'a ProcedureContent) -> Self {
        let p = &content.procedure;
        Self {
            slug: &p.slug,
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            summary: &p.meta.summary,
            updated: long_date(m, p.meta.updated),
            updated_iso: p.meta.updated.to_string(),
            stage_count: p.route.stages.len(),
        }
    }
}

/// A regional procedure with its local versions, or a procedure on its own.
#[derive(Serialize)]
pub(crate) struct HomeGroup<'a> {
    procedure: HomeItem<'a>,
    local_versions: Vec<HomeItem<'a>>,
}

/// A local authority area, and the procedure for a child who lives there.
#[derive(Serialize)]
pub(crate) struct AreaLink<'a> {
    area: &'a str,
    slug: &'a str,
    partnership: &'a str,
}

/// The home page: procedures grouped by region, and every area a procedure
/// says it covers.
#[derive(Serialize)]
pub(crate) struct HomeView<'a> {
    groups: Vec<HomeGroup<'a>>,
    areas: Vec<AreaLink<'a>>,
}

impl<'a> HomeView<'a> {
    pub(crate) fn new(handbook: &'a Handbook) -> Self {
        let m = words(&handbook.site);
        let groups = handbook
            .procedures
            .iter()
            .filter(|c| c.procedure.region.is_none())
            .map(|c| HomeGroup {
                procedure: HomeItem::new(m, c),
                local_versions: handbook
                    .procedures
                    .iter()
                    .filter(|l| {
                        l.procedure
                            .region
                            .as_ref()
                            .is_some_and(|r| r.slug == c.procedure.slug)
                    })
                    .map(|l| HomeItem::new(m, l))
                    .collect(),
            })
            .collect();
        let mut areas: Vec<AreaLink> = handbook
            .procedures
            .iter()
            .flat_map(|c| {
                let p = &c.procedure;
                p.meta.covers.iter().map(move |area| AreaLink {
                    area,
                    slug: &p.slug,
                    partnership: &p.meta.partnership,
                })
            })
            .collect();
        areas.sort_by(|a, b| a.area.cmp(b.area));
        Self { groups, areas }
    }
}

/// A procedure with no page in the language being shown, linked in its own.
#[derive(Serialize)]
pub(crate) struct Untranslated<'a> {
    href: String,
    title: &'a str,
    partnership: &'a str,
    lang: &'a str,
}

impl<'a> Untranslated<'a> {
    pub(crate) fn new(content: &'a ProcedureContent, lang: &'a str, site_root: &str) -> Self {
        let p = &content.procedure;
        Self {
            href: format!("{site_root}{}/", p.slug),
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            lang,
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
    let m = words(&handbook.site);
    let mut entries = Vec::new();
    for content in &handbook.procedures {
        let p = &content.procedure;
        entries.push(AzEntry {
            text: p.meta.title.clone(),
            r#where: p.meta.partnership.clone(),
            href: format!("{}/", p.slug),
        });
        // Looked for by the area it is for: "County Durham", not only
        // "Managing Professional Differences Policy". (Not by partnership
        // too: at a thousand procedures that made the A to Z, which a first
        // visit keeps offline, a fifth larger again.)
        for name in p.meta.covers.iter().filter(|n| **n != p.meta.title) {
            entries.push(AzEntry {
                text: name.clone(),
                r#where: format!("{} ({})", p.meta.title, p.meta.partnership),
                href: format!("{}/", p.slug),
            });
        }
        for (i, stage) in p.route.stages.iter().enumerate() {
            entries.push(AzEntry {
                text: m.format(
                    "a-to-z-stage",
                    &[("title", (&stage.title).into()), ("number", (i + 1).into())],
                ),
                // Local versions share their region's stage titles, and
                // often its procedure's title: the partnership tells them apart.
                r#where: format!("{} ({})", p.meta.title, p.meta.partnership),
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
