//! A handbook in two languages (`languages: [en-GB, cy]`, the fixture
//! `fixtures/bilingual/`): `check` passes it, and `build` and `serve` publish
//! each translated page under `/cy/`, linked both ways to its English page,
//! with every word of the tool's own in Welsh. A procedure with no Welsh
//! version says so, and is never linked as if it had one. (A translation
//! that changes the route, or is stale, goes through every door with the
//! other fixtures: `broken/translation-*`, `warned/translation-*`.)

mod support;

use std::path::{Path, PathBuf};
use support::{Site, build_ok, fixtures, minimal_handbook, run, stagehand};

fn bilingual(name: &str) -> PathBuf {
    let content = minimal_handbook(name);
    fixtures::apply("", "bilingual", &content);
    content
}

fn read(site: &Path, page: &str) -> String {
    std::fs::read_to_string(site.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// The pages of the site in each language, by their place under its root.
const PAGES: [&str; 7] = [
    "index.html",
    "a-z/index.html",
    "accessibility/index.html",
    "sample/index.html",
    "sample/record-form/index.html",
    "westtown/index.html",
    "westtown/record-form/index.html",
];

#[test]
fn check_passes_a_handbook_in_two_languages() {
    let content = bilingual("languages-check");
    let out = run(stagehand().arg("check").arg("--content").arg(&content));
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{report}");
    assert!(!report.contains("translation"), "{report}");
}

#[test]
fn every_page_is_published_in_each_language_and_linked_both_ways() {
    let content = bilingual("languages-build");
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    for page in PAGES {
        let english = read(&site, page);
        let welsh = read(&site, &format!("cy/{page}"));
        assert!(english.contains("<html lang=\"en-GB\""), "{page}");
        assert!(welsh.contains("<html lang=\"cy\""), "cy/{page}");
        // Each links to the other, in the switch and as an alternate.
        let depth = page.matches('/').count();
        let up = if depth == 0 {
            "./".to_string()
        } else {
            "../".repeat(depth)
        };
        let to_welsh = format!("{up}cy/{}", page.trim_end_matches("index.html"));
        let to_english = format!(
            "{}{}",
            "../".repeat(depth + 1),
            page.trim_end_matches("index.html")
        );
        let to_english = if to_english.is_empty() {
            "../".into()
        } else {
            to_english
        };
        assert!(
            english.contains(&format!("hreflang=\"cy\" href=\"{to_welsh}\"")),
            "{page}: {to_welsh}"
        );
        assert!(
            welsh.contains(&format!("hreflang=\"en-GB\" href=\"{to_english}\"")),
            "cy/{page}: {to_english}"
        );
        // Each lists itself too, and the default language's as x-default.
        for (html, own, default) in [(&english, "en-GB", "./"), (&welsh, "cy", &*to_english)] {
            assert!(
                html.contains(&format!("hreflang=\"{own}\" href=\"./\"")),
                "{page}"
            );
            assert!(
                html.contains(&format!("hreflang=\"x-default\" href=\"{default}\"")),
                "{page}"
            );
        }
        assert!(
            welsh.contains("<span aria-hidden=\"true\">English</span>"),
            "cy/{page}"
        );
        assert!(
            english.contains("<span aria-hidden=\"true\">Cymraeg</span>"),
            "{page}"
        );
    }
    for file in [
        "cy/sample/amendments/index.html",
        "cy/feed.xml",
        "cy/sample/feed.xml",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    // The route's words, timescales and dates, in Welsh.
    let page = read(&site, "cy/sample/index.html");
    for words in [
        "Cam 1: Siarad amdano",
        "O fewn 2 ddiwrnod gwaith",
        "O fewn 48 awr",
        "15 Ionawr 2026",
        "Y llwybr yn fras",
        "Llawlyfr y bartneriaeth brawf",
    ] {
        assert!(page.contains(words), "cy/sample/ lacks {words}");
    }
}

/// With the site's address, every `hreflang` link is a full address, as
/// search engines require.
#[test]
fn hreflang_links_are_full_addresses_where_the_site_has_one() {
    let content = bilingual("languages-address");
    let yaml = read(&content, "site.yaml").replace(
        "base_path: /",
        "url: https://procedures.example.org\nbase_path: /",
    );
    std::fs::write(content.join("site.yaml"), yaml).unwrap();
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    let welsh = read(&site, "cy/sample/index.html");
    for link in [
        "hreflang=\"en-GB\" href=\"https://procedures.example.org/sample/\"",
        "hreflang=\"cy\" href=\"https://procedures.example.org/cy/sample/\"",
        "hreflang=\"x-default\" href=\"https://procedures.example.org/sample/\"",
    ] {
        assert!(welsh.contains(link), "{link}");
    }
}

/// A host serves one 404 page for every address, `/cy/...` too: it says
/// itself in each language, each linking to its own home page.
#[test]
fn the_page_not_found_says_itself_in_each_language() {
    let content = bilingual("languages-404");
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    let page = read(&site, "404.html");
    assert!(page.contains("<h1>Page not found</h1>"));
    assert!(page.contains("<div lang=\"cy\">\n<h2>Ni chanfuwyd y dudalen</h2>"));
    assert!(page.contains("<a href=\"/cy/\">Gweld pob gweithdrefn</a>"));
    assert!(
        page.contains("<h2>Nid yw&#39;r dudalen hon wedi&#39;i chadw ar y ddyfais hon</h2>")
            || page.contains("<h2>Nid yw'r dudalen hon wedi'i chadw ar y ddyfais hon</h2>")
    );
}

#[test]
fn a_procedure_with_no_welsh_version_says_so_and_is_never_linked_as_one() {
    let content = bilingual("languages-untranslated");
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    assert!(!site.join("cy/northtown").exists());
    let english = read(&site, "northtown/index.html");
    assert!(english.contains("lang=\"cy\">Nid yw&#39;r dudalen hon ar gael yn Gymraeg.</li>"));
    assert!(!english.contains("hreflang=\"cy\""));
    // The Welsh home page lists it apart, in English, linked to its page.
    let home = read(&site, "cy/index.html");
    assert!(home.contains("Gweithdrefnau nad ydynt ar gael yn Gymraeg"));
    assert!(home.contains("<a href=\"../northtown/\" hreflang=\"en-GB\" lang=\"en-GB\">Northtown Escalation Procedure</a>"));
}

/// A local version translates as a whole procedure does, laid over its
/// region's translation: the region's words from the region's Welsh files,
/// the local ones from its own, the data (its local step's timescale) the
/// default language's.
#[test]
fn a_local_version_is_laid_over_its_regions_translation() {
    let content = bilingual("languages-local");
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    let welsh = read(&site, "cy/westtown/index.html");
    for words in [
        "Gweithdrefn Uwchgyfeirio Sampl yn Westtown",
        "Siaradwch â&#39;r person a wnaeth y penderfyniad.",
        "Dywedwch wrth eich arweinydd diogelu.",
        "Drws ffrynt Westtown",
        "O fewn 1 diwrnod gwaith",
    ] {
        assert!(welsh.contains(words), "{words}");
    }
    for words in ["Tell your safeguarding lead", "Talk to the person who made"] {
        assert!(!welsh.contains(words), "{words}");
    }
    // The Welsh region lists it, in Welsh.
    let region = read(&site, "cy/sample/index.html");
    assert!(region.contains("Partneriaeth Ddiogelu Westtown"));
}

/// Training scenarios translate as the route does: the Welsh page's
/// training links and the data the aid fills in from are Welsh words over
/// the default language's data.
#[test]
fn training_scenarios_are_read_in_the_pages_language() {
    let content = bilingual("languages-scenarios");
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    let english = read(&site, "sample/index.html");
    let welsh = read(&site, "cy/sample/index.html");
    assert!(english.contains("A school&#39;s referral is closed with no assessment"));
    assert!(welsh.contains("Atgyfeiriad ysgol yn cael ei gau heb asesiad"));
    assert!(welsh.contains("Y gweithiwr cymdeithasol a gaeodd yr atgyfeiriad"));
    assert!(
        !welsh.contains("referral is closed"),
        "an English scenario on the Welsh page"
    );
    // The dates are the default language's.
    assert!(welsh.contains("2026-03-02"));
}

/// The rule: no message of the tool's own reads in English on a Welsh page,
/// the decision aid's first screen included.
#[test]
fn no_word_of_the_tools_own_is_left_in_english_on_a_welsh_page() {
    use stagehand_messages::{Language, messages};
    let content = bilingual("languages-words");
    let site = content.parent().unwrap().join("site");
    build_ok(&content, &site);
    let english = messages(Language::English);
    let own: Vec<String> = english
        .ids()
        .into_iter()
        .filter(|id| {
            !id.starts_with("js-") && !id.starts_with("month-") && !id.starts_with("weekday-")
        })
        .map(|id| english.get(&id))
        .filter(|text| text.len() > 12 && !text.contains('[') && !text.contains('{'))
        .collect();
    assert!(own.len() > 60, "{}", own.len());
    for page in PAGES
        .iter()
        .map(|p| format!("cy/{p}"))
        .chain(["cy/sample/amendments/index.html".into()])
    {
        let html = read(&site, &page);
        for text in &own {
            // A message with markup is compared by its words before it.
            let words = text.split('<').next().unwrap_or(text);
            if words.len() > 12 {
                assert!(!html.contains(words), "{page} says, in English: {words}");
            }
        }
    }
}

#[test]
fn serve_publishes_the_welsh_pages_too() {
    let content = bilingual("languages-serve");
    let site = Site::serve("languages-serve-site", &content);
    let port: u16 = site.url.rsplit(':').next().unwrap().parse().unwrap();
    let page = get(port, "/cy/sample/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("<html lang=\"cy\""), "{page}");
    assert!(page.contains("O fewn 2 ddiwrnod gwaith"));
    let local = get(port, "/cy/westtown/");
    assert!(local.starts_with("HTTP/1.1 200"), "{local}");
    assert!(local.contains("Dywedwch wrth eich arweinydd diogelu."));
}

fn get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    let _ = stream.read_to_string(&mut out);
    out
}
