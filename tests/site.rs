//! The built site as files: snapshots of the real pages, every link and
//! anchor resolving, a sub-folder `base_path`, and another partnership's
//! procedure building with no code change.

mod support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use support::{build_ok, minimal_handbook, scratch, workspace};

fn build(content: &Path, name: &str) -> PathBuf {
    let out = scratch(name).join("site");
    let built = build_ok(content, &out);
    let summary = String::from_utf8_lossy(&built.stdout);
    assert!(
        summary.starts_with("Built ") && summary.contains(" ms"),
        "one summary line: {summary}"
    );
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `<main>` element: the page's own content, without the embedded data.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>") + "</main>".len();
    &html[start..end]
}

/// Every value of `attr="..."` in the page.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(html_files(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn the_real_procedures_render_as_snapshotted() {
    let site = build(&workspace().join("content"), "snapshots");
    for page in [
        "index.html",
        "durham/index.html",
        "darlington/index.html",
        "london/index.html",
        "barnet/index.html",
        "croydon/index.html",
        "croydon/amendments/index.html",
        "durham/record-form/index.html",
        "wales/index.html",
        "cy/wales/index.html",
        "cy/index.html",
    ] {
        let html = read(&site.join(page));
        insta::assert_snapshot!(page.replace('/', "__"), main_of(&html));
    }
}

#[test]
fn every_link_and_anchor_resolves() {
    let site = build(&workspace().join("content"), "links");
    let pages = html_files(&site);
    assert!(pages.len() >= 7, "{pages:?}");
    for page in pages.iter().filter(|p| !p.ends_with("404.html")) {
        let html = read(page);
        let ids: HashSet<&str> = attribute_values(&html, "id").into_iter().collect();
        for link in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if link.starts_with("http") || link.starts_with("mailto:") || link.starts_with("tel:") {
                continue;
            }
            if let Some(anchor) = link.strip_prefix('#') {
                assert!(
                    anchor.is_empty() || ids.contains(anchor),
                    "{}: no element has id {anchor}",
                    page.display()
                );
                continue;
            }
            let path = link.split(['#', '?']).next().unwrap_or_default();
            if path.is_empty() || path.starts_with('/') {
                assert!(
                    path.is_empty(),
                    "{}: {link} would break under a sub-folder",
                    page.display()
                );
                continue;
            }
            let mut target = page.parent().unwrap().join(path);
            if path.ends_with('/') {
                target = target.join("index.html");
            }
            assert!(target.exists(), "{}: {link} leads nowhere", page.display());
            // A link to a stage or section of another page needs that id there.
            let fragment = link
                .split('#')
                .nth(1)
                .map(|f| f.split('?').next().unwrap_or(f));
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let html = read(&target);
                assert!(
                    attribute_values(&html, "id").contains(&fragment),
                    "{}: {link}: {} has no element with id {fragment}",
                    page.display(),
                    target.display()
                );
            }
        }
    }
    // The stages and the text keep the anchors training material links to.
    let durham = read(&site.join("durham/index.html"));
    for anchor in [
        "stage-1",
        "stage-2",
        "stage-3",
        "stage-4",
        "3-stage-one",
        "6-stage-four",
        "decision-aid",
    ] {
        assert!(durham.contains(&format!("id=\"{anchor}\"")), "#{anchor}");
    }
    // Printed, a page says which page it was, even with no `url` (and no
    // script to say more).
    assert!(
        durham.contains("Printed from the handbook's page /durham/."),
        "the print line"
    );
    // Every id on a procedure's page is the theme's own (as the content
    // check knows them, to warn of a heading that takes one), a stage's, a
    // heading's of the text, or the aid's.
    let text_ids: HashSet<&str> = {
        // The text's section only: not the theme's ids after it.
        let start = durham.find("id=\"full-text\"").unwrap();
        let end = start + durham[start..].find("</section>").unwrap();
        attribute_values(&durham[start..end], "id")
            .into_iter()
            .collect()
    };
    for id in attribute_values(&durham, "id") {
        let known = stagehand_content::PAGE_IDS.contains(&id)
            || id.starts_with("stage-")
            || id.starts_with("aid-")
            || text_ids.contains(id);
        assert!(known, "the page's id `{id}` is not in PAGE_IDS");
    }
    // The real content gives no `url`: a sitemap of relative addresses
    // would be invalid, so there is none.
    assert!(!site.join("sitemap.xml").exists());
}

#[test]
fn contacts_can_be_called_and_nothing_dangles() {
    let site = build(&workspace().join("content"), "contacts");
    // The urgent boxes give the partnerships' own numbers, as links a
    // phone can dial.
    let durham = read(&site.join("durham/index.html"));
    let urgent = &durham[durham.find("id=\"urgent\"").unwrap()..];
    let urgent = &urgent[..urgent.find("</div>").unwrap()];
    assert!(
        urgent.contains("<a href=\"tel:03000267979\">03000 267 979</a>")
            && urgent.contains("mailto:firstcontact@durham.gov.uk"),
        "{urgent}"
    );
    let darlington = read(&site.join("darlington/index.html"));
    assert!(darlington.contains("<a href=\"tel:01325406252\">01325 406252</a>"));
    assert!(
        !darlington.contains("[PDF document]"),
        "no link text without a link"
    );
    // Without JavaScript, the blank form says how to print instead of
    // offering a button that does nothing.
    let form = read(&site.join("durham/record-form/index.html"));
    assert!(
        form.contains("use your browser's Print command") && !form.contains("onclick"),
        "the blank form's print instruction"
    );
}

#[test]
fn pages_run_no_inline_script_and_carry_no_inline_style() {
    let site = build(&workspace().join("content"), "inline");
    for page in html_files(&site) {
        let html = read(&page);
        for (i, _) in html.match_indices("<script") {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            assert!(
                tag.contains(" src=") || tag.contains("type=\"application/json\""),
                "{}: an inline script: {tag}",
                page.display()
            );
        }
        for attribute in [" onclick=", " onsubmit=", " onload=", " style="] {
            assert!(!html.contains(attribute), "{}: {attribute}", page.display());
        }
    }
}

/// The aid hydrates the first screen the page carries: the page must hold
/// exactly what the component renders (a space more, and hydration fails).
#[test]
fn every_procedure_page_carries_the_aids_first_screen_as_the_component_renders_it() {
    let site = build(&workspace().join("content"), "carried-screen");
    use stagehand_aid::words::Language;
    let carried = stagehand_aid_screens::before_start(Language::English);
    for slug in ["durham", "darlington", "london", "croydon", "wales"] {
        let html = read(&site.join(slug).join("index.html"));
        assert_eq!(html.matches(&carried).count(), 1, "{slug}");
    }
    // A Welsh page carries the screen in Welsh.
    let welsh = stagehand_aid_screens::before_start(Language::Welsh);
    let html = read(&site.join("cy/wales/index.html"));
    assert_eq!(html.matches(&welsh).count(), 1, "cy/wales");
    assert!(welsh.contains("Dechrau nawr"), "{welsh}");
}

#[test]
fn without_javascript_the_aid_offers_the_blank_form() {
    let site = build(&workspace().join("content"), "no-js");
    for slug in ["durham", "darlington"] {
        let html = read(&site.join(slug).join("index.html"));
        let root = &html[html.find("id=\"decision-aid-root\"").unwrap()..];
        let root = &root[..root.find("</div>").unwrap()];
        assert!(
            root.contains("needs JavaScript") && root.contains("href=\"record-form/\""),
            "{root}"
        );
        let form = read(&site.join(slug).join("record-form/index.html"));
        let marker = "id=\"stagehand-procedure\">";
        let json = &html[html.find(marker).unwrap() + marker.len()..];
        let questions: serde_json::Value =
            serde_json::from_str(&json[..json.find("</script>").unwrap()]).unwrap();
        for q in questions["route"]["record"].as_array().unwrap() {
            // As Tera escapes it for HTML.
            let question = q["question"].as_str().unwrap().replace('\'', "&#39;");
            assert!(form.contains(&question), "the blank form asks “{question}”");
        }
    }
}

#[test]
fn another_partnership_builds_in_a_sub_folder() {
    let content = minimal_handbook("subfolder");
    std::fs::write(
        content.join("site.yaml"),
        "title: Sample handbook\nbase_path: /handbook/safeguarding\nurl: https://example.org\n",
    )
    .unwrap();
    // A link written from the site's top folder, as an editor writes one.
    let text = content.join("procedures/sample/procedure.md");
    let with_link = std::fs::read_to_string(&text).unwrap().replace(
        "Go to your manager.",
        "Go to your manager. See [the A to Z](/a-z/) and [stage 1](/sample/#stage-1).",
    );
    std::fs::write(&text, with_link).unwrap();
    let site = build(&content, "subfolder-site");
    let page = read(&site.join("sample/index.html"));
    assert!(
        page.contains(r#"<a href="/handbook/safeguarding/a-z/">the A to Z</a>"#)
            && page.contains(r#"<a href="/handbook/safeguarding/sample/#stage-1">stage 1</a>"#),
        "root-relative links are served from the base path"
    );
    assert!(
        page.contains("href=\"../assets/style.css\"")
            && page.contains("Sample Escalation Procedure")
    );
    assert!(page.contains("Within 2 working days") && page.contains("Within 48 hours"));
    let not_found = read(&site.join("404.html"));
    assert!(
        not_found.contains("href=\"/handbook/safeguarding/assets/style.css\""),
        "the 404 page works at any depth"
    );
    let sitemap = read(&site.join("sitemap.xml"));
    for url in [
        "<loc>https://example.org/handbook/safeguarding/</loc>",
        "<loc>https://example.org/handbook/safeguarding/sample/</loc>",
        "<loc>https://example.org/handbook/safeguarding/sample/record-form/</loc>",
        "<loc>https://example.org/handbook/safeguarding/accessibility/</loc>",
    ] {
        assert!(sitemap.contains(url), "{url} in {sitemap}");
    }
}

/// The text of every element of `html` with this class, roughly: for
/// checking what a page marks as local.
fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn a_local_version_is_the_whole_procedure_with_its_own_parts_marked() {
    let site = build(&workspace().join("content"), "regions");
    let london = read(&site.join("london/index.html"));
    let croydon = read(&site.join("croydon/index.html"));
    let barnet = read(&site.join("barnet/index.html"));
    // The A to Z tells the three partnerships' same-named stages apart, in
    // each link's own text too (a screen reader's list of links).
    let a_z = read(&site.join("a-z/index.html"));
    for procedure in [
        "Resolving Professional Differences (London Safeguarding Children Partnership)",
        "Resolving Professional Differences in Barnet (Barnet Safeguarding Children Partnership)",
        "Resolving Professional Differences in Croydon (Croydon Safeguarding Children Partnership)",
    ] {
        let entry = format!(
            r#"First line managers (stage 2)<span class="visually-hidden">, </span><span class="a-z__where">{procedure}</span></a>"#
        );
        assert!(a_z.contains(&entry), "{entry} not in the A to Z");
    }
    // The regional page lists its local versions as plain links.
    assert!(london.contains("Choose the partnership for the child's area"));
    assert!(london.contains(r#"href="../barnet/""#) && london.contains(r#"href="../croydon/""#));
    // A local page has the regional text and stages, and its own, marked.
    for local in [&croydon, &barnet] {
        assert!(local.contains("1.4 The professionals should first try to settle"));
        assert!(local.contains(r#"id="stage-1""#) && local.contains(r#"id="stage-2""#));
        assert!(
            count(local, r#"tag--purple">Local</strong>"#) >= 2,
            "{local}"
        );
        assert!(
            local.contains(r#"href="../london/""#),
            "a link back to the region"
        );
    }
    assert!(
        croydon.contains(r#"id="formal-stages""#)
            && croydon.contains("A stage of Croydon Safeguarding Children Partnership's own")
    );
    assert!(croydon.contains("020 8255 2888") && !croydon.contains("020 8359 4066"));
    // Where the rest of a procedure is published is a link to follow.
    let end = &croydon[croydon.find(r#"id="end-of-route""#).unwrap()..];
    assert!(
        end[..end.find("</p>").unwrap()].contains(
            r#"(<a href="https://croydonlcsb.org.uk/cscp-escalation-and-resolution-policy">croydonlcsb.org.uk/cscp-escalation-and-resolution-policy</a>)"#
        ),
        "{end}"
    );
    assert!(barnet.contains("020 8359 4066") && !barnet.contains("020 8255 2888"));
    // Local text sits after the regional section it names.
    let placed = |html: &str, first: &str, then: &str| {
        html.find(first)
            .zip(html.find(then))
            .is_some_and(|(a, b)| a < b)
    };
    assert!(placed(
        &croydon,
        "About this page",
        "Croydon&#39;s escalation and resolution policy"
    ));
    assert!(placed(
        &croydon,
        "Croydon&#39;s escalation and resolution policy",
        "1. Disagreement at Referral"
    ));
    // Switching partnership from any local page, and the home page by area.
    assert!(croydon.contains(r#"href="../barnet/">Barnet Safeguarding Children Partnership"#));
    let home = read(&site.join("index.html"));
    assert!(
        home.contains("Which area does the child live in?")
            && home.contains(r#"<a href="./barnet/">Barnet</a>"#)
    );
    // Search knows the partnership, to show it and to narrow to it.
    assert!(croydon.contains(
        r#"data-pagefind-filter="partnership">Croydon Safeguarding Children Partnership"#
    ));
}

#[test]
fn the_amendment_feeds_parse_and_a_local_feed_carries_the_regions_amendments() {
    let site = build(&workspace().join("content"), "feeds");
    let parse = |path: &str| {
        let bytes = std::fs::read(site.join(path)).unwrap();
        feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
    };
    let all = parse("feed.xml");
    assert!(all.entries.len() >= 6, "{}", all.entries.len());
    let croydon = parse("croydon/feed.xml");
    let titles: Vec<String> = croydon
        .entries
        .iter()
        .map(|e| {
            e.title
                .as_ref()
                .map(|t| t.content.clone())
                .unwrap_or_default()
        })
        .collect();
    assert!(titles.iter().any(|t| t.contains("Croydon")), "{titles:?}");
    assert!(
        titles
            .iter()
            .any(|t| t.contains("London Safeguarding Children Partnership")),
        "the region's amendments: {titles:?}"
    );
    // Every page names the site's feed; a procedure's page its own too.
    for page in ["index.html", "durham/index.html", "a-z/index.html"] {
        assert!(
            read(&site.join(page)).contains(r#"type="application/atom+xml" href=""#),
            "{page}"
        );
    }
    assert!(read(&site.join("croydon/index.html")).contains(r#"href="feed.xml""#));

    // An amendment keeps its id in every feed, and when another is added:
    // a feed reader shows only the new one as new.
    let ids = |feed: &feed_rs::model::Feed| -> HashSet<String> {
        feed.entries.iter().map(|e| e.id.clone()).collect()
    };
    let (before, croydon_ids) = (ids(&all), ids(&croydon));
    let london_ids: HashSet<String> = ids(&parse("london/feed.xml"));
    assert!(
        london_ids.is_subset(&croydon_ids) && london_ids.is_subset(&before),
        "the region's amendments have other ids in a local feed"
    );
    let content = scratch("feeds-amended").join("content");
    support::copy_tree(&workspace().join("content"), &content);
    let text = content.join("procedures/london/procedure.md");
    let amended = read(&text).replacen(
        "amendments:\n",
        "amendments:\n  - date: 2026-12-02\n    note: A new contact for the borough leads.\n",
        1,
    );
    std::fs::write(&text, amended).unwrap();
    let again = build(&content, "feeds-amended-site");
    let bytes = std::fs::read(again.join("feed.xml")).unwrap();
    let after = ids(&feed_rs::parser::parse(&bytes[..]).unwrap());
    assert!(before.is_subset(&after), "an old amendment's id changed");
    assert_eq!(after.len(), before.len() + 1, "one new entry");
}

/// The headings of a page, in order, as text.
fn headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<h") {
        rest = &rest[at + 2..];
        if !rest.starts_with(['1', '2', '3', '4', '5', '6']) {
            continue;
        }
        let level = &rest[..1];
        let Some(open) = rest.find('>') else { break };
        let close = format!("</h{level}>");
        let Some(end) = rest.find(&close) else { break };
        let inner = &rest[open + 1..end];
        // The heading's words, without its tags.
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(text.trim().to_string());
        rest = &rest[end..];
    }
    out
}

/// No heading says nearly what the heading just above it says (the trial
/// found "Decision aid: which stage, who and by when" over "Work out which
/// stage you are at, who to contact and by when").
#[test]
fn no_two_headings_in_a_row_say_the_same() {
    let site = build(&workspace().join("content"), "headings");
    let words = |h: &str| -> std::collections::BTreeSet<String> {
        h.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    for slug in ["durham", "darlington", "london", "barnet", "croydon"] {
        let page = read(&site.join(slug).join("index.html"));
        let list = headings(&page);
        assert!(list.len() > 5, "{slug}: {list:?}");
        for pair in list.windows(2) {
            let shared = words(&pair[0]).intersection(&words(&pair[1])).count();
            assert!(shared < 3, "{slug}: “{}” then “{}”", pair[0], pair[1]);
        }
    }
}
