//! What changed, and when: a procedure's amendments page (its own, and for a
//! local version its region's, each labelled), and the Atom feeds of them,
//! for the whole site and for each procedure.

use super::{long_date, words};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use chrono::{NaiveDate, TimeZone};
use serde::Serialize;
use stagehand_content::{Handbook, ProcedureContent};
use stagehand_messages::{Arg, Messages};
use stagehand_model::{Amendment, Procedure};

/// One list of amendments: the procedure's own, or its region's.
#[derive(Serialize)]
pub(crate) struct AmendmentList<'a> {
    title: &'a str,
    partnership: &'a str,
    /// The region's, shown on a local version's page.
    regional: bool,
    amendments: Vec<AmendmentLine<'a>>,
}

#[derive(Serialize)]
struct AmendmentLine<'a> {
    date: String,
    date_iso: String,
    note: &'a str,
}

fn lines<'a>(m: &Messages, amendments: &'a [Amendment]) -> Vec<AmendmentLine<'a>> {
    amendments
        .iter()
        .map(|a| AmendmentLine {
            date: long_date(m, a.date),
            date_iso: a.date.to_string(),
            note: &a.note,
        })
        .collect()
}

/// `/<slug>/amendments/`: the procedure's amendments, then its region's.
#[derive(Serialize)]
pub(crate) struct AmendmentsView<'a> {
    lists: Vec<AmendmentList<'a>>,
}

impl<'a> AmendmentsView<'a> {
    pub(crate) fn new(m: &Messages, content: &'a ProcedureContent) -> Self {
        let p = &content.procedure;
        let mut lists = vec![AmendmentList {
            title: &p.meta.title,
            partnership: &p.meta.partnership,
            regional: false,
            amendments: lines(m, &p.meta.amendments),
        }];
        if let Some(r) = &p.region {
            lists.push(AmendmentList {
                title: &r.title,
                partnership: &r.partnership,
                regional: true,
                amendments: lines(m, &r.amendments),
            });
        }
        Self { lists }
    }
}

/// Noon on the day, in UTC: the amendments carry days, not times.
fn at_noon(date: NaiveDate) -> FixedDateTime {
    let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default();
    chrono::FixedOffset::east_opt(0)
        .and_then(|utc| utc.from_local_datetime(&noon).single())
        .unwrap_or_default()
}

/// An amendment's id in every feed it is in: its procedure, its date and a
/// digest of its note, so it stays the same when other amendments are added
/// (a feed reader would otherwise show old ones as new).
fn amendment_id(slug: &str, a: &stagehand_model::Amendment) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(a.note.as_bytes());
    let short: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    format!("urn:stagehand:{slug}:amendment:{}:{short}", a.date)
}

/// The entries of one procedure's amendments (with its region's, for a
/// local version), each linking to its amendments page.
fn entries(m: &Messages, p: &Procedure, base: &str) -> Vec<Entry> {
    let page = format!("{base}{}/amendments/", p.slug);
    let own = p
        .meta
        .amendments
        .iter()
        .map(|a| (a, &p.meta.title, &p.meta.partnership, &p.slug));
    let regional = p.region.iter().flat_map(|r| {
        r.amendments
            .iter()
            .map(move |a| (a, &r.title, &r.partnership, &r.slug))
    });
    own.chain(regional)
        .map(|(a, title, partnership, slug)| {
            let mut entry = Entry::default();
            entry.set_id(amendment_id(slug, a));
            let date = long_date(m, a.date);
            entry.set_title(Text::plain(m.format(
                "feed-amended",
                &[
                    ("title", Arg::Text(title)),
                    ("partnership", Arg::Text(partnership)),
                    ("date", Arg::Text(&date)),
                ],
            )));
            entry.set_updated(at_noon(a.date));
            entry.set_summary(Some(Text::plain(a.note.clone())));
            entry.set_links(vec![Link {
                href: page.clone(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            }]);
            entry.set_authors(vec![Person {
                name: partnership.to_string(),
                ..Person::default()
            }]);
            entry
        })
        .collect()
}

/// An Atom feed of amendments: the whole site's (`procedure` `None`), or one
/// procedure's. `base` is the site's address, or its base path without one.
pub(crate) fn feed(
    handbook: &Handbook,
    procedure: Option<&ProcedureContent>,
    base: &str,
) -> String {
    let site = &handbook.site;
    let m = words(site);
    let titled = |title: &str| m.format("feed-title", &[("title", title.into())]);
    // Each language's feed is a feed of its own.
    let edition = if site.languages.first() == Some(&site.language) {
        String::new()
    } else {
        format!("{}:", site.language)
    };
    let (title, mut items, id) = match procedure {
        Some(c) => (
            titled(&c.procedure.meta.title),
            entries(m, &c.procedure, base),
            format!("urn:stagehand:{edition}{}:amendments", c.procedure.slug),
        ),
        None => (
            titled(&site.title),
            handbook
                .procedures
                .iter()
                .flat_map(|c| {
                    let p = &c.procedure;
                    // The whole site's feed names each regional amendment once.
                    let mut own = p.clone();
                    own.region = None;
                    entries(m, &own, base)
                })
                .collect(),
            format!("urn:stagehand:{edition}site:amendments"),
        ),
    };
    items.sort_by(|a, b| {
        b.updated()
            .cmp(a.updated())
            .then_with(|| a.id().cmp(b.id()))
    });
    let updated = items
        .first()
        .map(|e| *e.updated())
        .unwrap_or_else(|| at_noon(NaiveDate::default()));
    let mut feed = Feed::default();
    feed.set_id(id);
    feed.set_title(Text::plain(title));
    feed.set_lang(Some(site.language.clone()));
    feed.set_updated(updated);
    feed.set_links(vec![Link {
        href: base.to_string(),
        rel: "alternate".into(),
        ..Link::default()
    }]);
    feed.set_entries(items);
    feed.to_string()
}
