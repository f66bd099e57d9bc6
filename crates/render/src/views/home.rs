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

/// The Welsh alphabet: its digraphs are letters of their own, in order
/// (`ch` after `c`, `ll` after `l`), as a Welsh index sorts.
const WELSH_ALPHABET: [&str; 29] = [
    "a", "b", "c", "ch", "d", "dd", "e", "f", "ff", "g", "ng", "h", "i", "j", "l", "ll", "m", "n",
    "o", "p", "ph", "r", "rh", "s", "t", "th", "u", "w", "y",
];

/// The letters of `text`, lower-cased: in Welsh, a digraph is one letter.
fn letters(text: &str, welsh: bool) -> Vec<String> {
    let lower: Vec<char> = text.to_lowercase().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        let pair: String = lower[i..(i + 2).min(lower.len())].iter().collect();
        if welsh && pair.chars().count() == 2 && WELSH_ALPHABET.contains(&pair.as_str()) {
            out.push(pair);
            i += 2;
        } else {
            out.push(lower[i].to_string());
            i += 1;
        }
    }
    out
}

/// How `text` sorts in the A to Z: by the language's alphabet.
fn alphabet_key(text: &str, welsh: bool) -> Vec<(usize, String)> {
    letters(text, welsh)
        .into_iter()
        .map(|l| match WELSH_ALPHABET.iter().position(|w| *w == l) {
            _ if !welsh => (0, l),
            Some(i) => (i + 1, String::new()),
            // A space or a mark before any letter, as a dictionary has it.
            None if !l.chars().all(char::is_alphanumeric) => (0, l),
            None => (WELSH_ALPHABET.len() + 1, l),
        })
        .collect()
}

/// The letter `text` is listed under: its first letter or digit ("Ch" in
/// Welsh for "Cam", "Ch" for "Chwilio"), or `#`.
fn first_letter(text: &str, welsh: bool) -> String {
    letters(text, welsh)
        .into_iter()
        .find(|l| l.chars().all(char::is_alphanumeric))
        .map_or("#".into(), |l| {
            let mut chars = l.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
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
    let welsh = m.language() == stagehand_messages::Language::Welsh;
    let key = |e: &AzEntry| alphabet_key(&e.text, welsh);
    entries.sort_by_cached_key(|e| (key(e), e.r#where.clone()));
    let mut groups: Vec<AzGroup> = Vec::new();
    for entry in entries {
        let letter = first_letter(&entry.text, welsh);
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

#[cfg(test)]
mod tests {
    use super::{alphabet_key, first_letter};

    #[test]
    fn a_welsh_a_to_z_sorts_and_groups_by_the_welsh_alphabet() {
        let mut words = vec![
            "Llwybr", "Lleol", "Lwc", "Cymru", "Chwilio", "Cam 1", "Camau", "Ddoe", "Dyddiad",
        ];
        words.sort_by_key(|w| alphabet_key(w, true));
        assert_eq!(
            words,
            [
                "Cam 1", "Camau", "Cymru", "Chwilio", "Dyddiad", "Ddoe", "Lwc", "Lleol", "Llwybr"
            ]
        );
        assert_eq!(first_letter("Chwilio", true), "Ch");
        assert_eq!(first_letter("Llwybr", true), "Ll");
        assert_eq!(first_letter("Cam", true), "C");
        // English keeps its own: "Chair" is under C.
        assert_eq!(first_letter("Chair", false), "C");
        let mut english = vec!["Stage 2", "Stage 10", "stage", "Agency"];
        english.sort_by_key(|w| alphabet_key(w, false));
        let mut by_string = english.clone();
        by_string.sort_by_key(|w| w.to_lowercase());
        assert_eq!(english, by_string);
    }
}
