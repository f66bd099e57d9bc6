//! The handbook in Welsh, as a Welsh-speaking practitioner uses it on a
//! phone, by keyboard only: every Welsh page passes axe and the id and label
//! checks and fits 375 px; the language switch leads to the same page in
//! English and back; a search made on a Welsh page finds the Welsh pages,
//! in Welsh words.

use crate::PHONE;
use crate::support::Site;
use crate::support::browser::{Browser, ENTER, TAB};
use std::time::{Duration, Instant};

/// Tab to the language switch's link to `code`, and follow it.
async fn switch_to(b: &Browser, code: &str) {
    for _ in 0..60 {
        let at = b
            .eval("return document.activeElement?.getAttribute('hreflang') ?? '';")
            .await;
        if at == code && b.eval("return !!document.activeElement.closest('.language-switch');").await == true {
            b.press(ENTER).await;
            return;
        }
        b.press(TAB).await;
    }
    panic!("Tab never reached the switch to {code}");
}

async fn wait_for_lang(b: &Browser, lang: &str, path_end: &str) {
    let started = Instant::now();
    loop {
        let v = b
            .eval("return [document.documentElement.lang, location.pathname, document.readyState];")
            .await;
        if v[0] == lang && v[1].as_str().is_some_and(|p| p.ends_with(path_end)) && v[2] == "complete" {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "never reached {lang} {path_end}: {v}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_welsh_reader_on_a_phone_reads_searches_and_switches_language_by_keyboard() {
    let prefix = "welsh";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    for path in [
        "/cy/",
        "/cy/wales/",
        "/cy/wales/record-form/",
        "/cy/wales/amendments/",
        "/cy/a-z/",
        "/cy/accessibility/",
    ] {
        b.goto(&format!("{}{path}", site.url)).await;
        b.axe(&format!("{path} at 375 px")).await;
        b.ids_and_labels(path).await;
        let overflow = b
            .eval("return document.documentElement.scrollWidth - window.innerWidth;")
            .await;
        assert!(overflow.as_i64().unwrap_or(1) <= 0, "{path} is wider than 375 px by {overflow} px");
        assert_eq!(b.eval("return document.documentElement.lang;").await, "cy", "{path}");
        b.screenshot(&format!("welsh{}", path.replace('/', "-").trim_end_matches('-'))).await;
    }

    // The switch leads to the same page in English, and back.
    b.goto(&format!("{}/cy/wales/", site.url)).await;
    switch_to(&b, "en-GB").await;
    wait_for_lang(&b, "en-GB", "/wales/").await;
    assert!(b.text("h1").await.contains("Disagreeing with a decision of social services"));
    switch_to(&b, "cy").await;
    wait_for_lang(&b, "cy", "/cy/wales/").await;
    assert!(b.text("h1").await.contains("Anghytuno â phenderfyniad y gwasanaethau cymdeithasol"));
    // The route at a glance, in Welsh words and Welsh timescales.
    let route = b.text("#route").await;
    for words in ["Cam 1: Cadarnhau eich hysbysiad", "O fewn 24 awr", "O fewn 7 diwrnod gwaith", "Ar unwaith"] {
        assert!(route.contains(words), "{words}: {route}");
    }

    // A search on a Welsh page finds the Welsh page, and says so in Welsh.
    b.tab_to("site-search-input").await;
    b.type_text("rheolwr llinell\n").await;
    let started = Instant::now();
    let shown = loop {
        let text = b
            .eval("const p = document.getElementById('search-results'); return p.hidden ? '' : p.innerText;")
            .await;
        let text = text.as_str().unwrap_or_default().to_string();
        if text.contains("Canlyniadau chwilio ar gyfer") {
            break text;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "no results: {text}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(shown.contains("Canlyniadau chwilio ar gyfer “rheolwr llinell”"), "{shown}");
    let links: Vec<String> = serde_json::from_value(
        b.eval("return [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'));")
            .await,
    )
    .unwrap();
    assert!(links.iter().any(|h| h.starts_with("/cy/wales/")), "{links:?}");
    assert!(links.iter().all(|h| h.starts_with("/cy/")), "English pages in a Welsh search: {links:?}");
    b.screenshot("welsh-search").await;
}
