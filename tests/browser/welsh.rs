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
        if at == code
            && b.eval("return !!document.activeElement.closest('.language-switch');")
                .await
                == true
        {
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
        if v[0] == lang
            && v[1].as_str().is_some_and(|p| p.ends_with(path_end))
            && v[2] == "complete"
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "never reached {lang} {path_end}: {v}"
        );
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
        assert!(
            overflow.as_i64().unwrap_or(1) <= 0,
            "{path} is wider than 375 px by {overflow} px"
        );
        assert_eq!(
            b.eval("return document.documentElement.lang;").await,
            "cy",
            "{path}"
        );
        b.screenshot(&format!(
            "welsh{}",
            path.replace('/', "-").trim_end_matches('-')
        ))
        .await;
    }

    // The switch leads to the same page in English, and back.
    b.goto(&format!("{}/cy/wales/", site.url)).await;
    switch_to(&b, "en-GB").await;
    wait_for_lang(&b, "en-GB", "/wales/").await;
    assert!(
        b.text("h1")
            .await
            .contains("Disagreeing with a decision of social services")
    );
    switch_to(&b, "cy").await;
    wait_for_lang(&b, "cy", "/cy/wales/").await;
    assert!(
        b.text("h1")
            .await
            .contains("Anghytuno â phenderfyniad y gwasanaethau cymdeithasol")
    );
    // The route at a glance, in Welsh words and Welsh timescales.
    let route = b.text("#route").await;
    for words in [
        "Cam 1: Cadarnhau eich hysbysiad",
        "O fewn 24 awr",
        "O fewn 7 diwrnod gwaith",
        "Ar unwaith",
    ] {
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
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no results: {text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        shown.contains("Canlyniadau chwilio ar gyfer “rheolwr llinell”"),
        "{shown}"
    );
    let links: Vec<String> = serde_json::from_value(
        b.eval("return [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'));")
            .await,
    )
    .unwrap();
    assert!(
        links.iter().any(|h| h.starts_with("/cy/wales/")),
        "{links:?}"
    );
    assert!(
        links.iter().all(|h| h.starts_with("/cy/")),
        "English pages in a Welsh search: {links:?}"
    );
    b.screenshot("welsh-search").await;
}

/// Every message of the tool's own in English, as a reader would see it
/// whole: none may show on a Welsh screen.
fn english_words() -> Vec<String> {
    use stagehand_messages::{Language, messages};
    let english = messages(Language::English);
    english
        .ids()
        .into_iter()
        .map(|id| english.get(&id))
        .filter(|text| text.len() > 12 && !text.contains('[') && !text.contains('{'))
        .map(|text| {
            text.split('<')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .filter(|text| text.len() > 12)
        .collect()
}

async fn all_welsh(b: &Browser, english: &[String], screen: &str) {
    let shown = crate::aid_text(b).await;
    for words in english {
        assert!(
            !shown.contains(words.as_str()),
            "{screen} says, in English: {words}\n{shown}"
        );
    }
    // A date after "ar" mutates ("ar ddydd Llun"), and a stage's name is
    // never left to mutate after "yn".
    for slip in ["ar dydd", "Ar dydd", "yn “Cam", "yn Cam"] {
        assert!(!shown.contains(slip), "{screen}: {slip}\n{shown}");
    }
}

/// The decision aid in Welsh, on a phone, by keyboard: every screen in
/// Welsh words (none of the tool's own left in English), Welsh dates and
/// timescales, axe and the id and label checks on each; the record saved on
/// the Welsh page opens on the English page, in English.
#[tokio::test(flavor = "current_thread")]
async fn the_aid_speaks_welsh_on_a_welsh_page_and_its_record_opens_in_english() {
    let prefix = "welsh-aid";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-12-07").await;
    let english = english_words();
    crate::open_aid(&b, &format!("{}/cy/wales/", site.url)).await;
    let mut n = 0;
    b.wait_heading("Darganfod ar ba gam yr ydych").await;
    all_welsh(&b, &english, "start").await;
    b.activate("Dechrau nawr").await;
    b.wait_heading("A yw plentyn mewn perygl uniongyrchol o niwed?")
        .await;
    crate::step(&b, prefix, &mut n, "urgent").await;
    all_welsh(&b, &english, "urgent").await;
    b.choose("urgent", 1).await;
    b.activate("Parhau").await;
    b.wait_heading("Am yr achos (dewisol)").await;
    all_welsh(&b, &english, "case").await;
    b.activate("Parhau").await;
    b.wait_heading("Disgrifiwch yr anghytundeb").await;
    b.activate("Parhau").await;
    b.wait_heading("Ar ba gam ydych chi?").await;
    crate::step(&b, prefix, &mut n, "where").await;
    all_welsh(&b, &english, "where").await;
    // An error, in Welsh: nothing chosen.
    b.activate("Parhau").await;
    b.wait_heading("Ar ba gam ydych chi?").await;
    let shown = crate::aid_text(&b).await;
    assert!(
        shown.contains("Mae problem wedi codi") && shown.contains("Dewiswch y cam rydych arno"),
        "{shown}"
    );
    b.choose("where", 0).await;
    b.activate("Parhau").await;
    b.wait_heading("Pryd y dechreuodd cam 1").await;
    all_welsh(&b, &english, "stage start").await;
    b.date("aid-stage-start", 3, 12, 2026).await;
    b.tab_to("aid-stage-start-time").await;
    b.type_text("09:30").await;
    b.activate("Parhau").await;
    b.wait_heading("Cadarnhau eich hysbysiad, a gofyn am ateb")
        .await;
    crate::step(&b, prefix, &mut n, "stage-1").await;
    let shown = crate::aid_text(&b).await;
    all_welsh(&b, &english, "stage 1").await;
    // Welsh dates, times and timescales: 24 hours from Thursday 3 December
    // 9:30am; then 7 working days from that deadline.
    for words in [
        "dydd Gwener 4 Rhagfyr 2026 am 09:30",
        "dydd Mawrth 15 Rhagfyr 2026",
        "Erbyn pryd",
    ] {
        assert!(shown.contains(words), "{words}: {shown}");
    }
    b.activate("Parhau").await;
    b.wait_heading("A gafodd yr anghytundeb ei ddatrys ar gam 1?")
        .await;
    all_welsh(&b, &english, "outcome").await;
    b.choose("outcome", 2).await;
    b.activate("Parhau").await;
    b.wait_heading("Sefyllfa'r anghytundeb hwn").await;
    crate::step(&b, prefix, &mut n, "summary").await;
    all_welsh(&b, &english, "summary").await;
    let shown = crate::aid_text(&b).await;
    assert!(shown.contains("Rydych yn aros am ateb"), "{shown}");

    // The record, saved on the Welsh page, opens on the English page.
    crate::capture_files(&b).await;
    b.activate("Cadw'r cofnod i barhau yn nes ymlaen (.json)")
        .await;
    let started = Instant::now();
    let saved = loop {
        let files = crate::files(&b).await;
        if let Some(f) = files.into_iter().find(|f| f.contains("stagehand-record")) {
            break f;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no record was saved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // Its file's name is Welsh too.
    let names = crate::file_names(&b).await;
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("cofnod-uwchgyfeirio-wales-")),
        "{names:?}"
    );
    crate::open_aid(&b, &format!("{}/wales/", site.url)).await;
    crate::open_file(&b, "welsh-aid-record", &saved).await;
    b.wait_heading("Where this disagreement stands").await;
    let shown = crate::aid_text(&b).await;
    assert!(shown.contains("You are waiting to hear back"), "{shown}");
    assert!(
        shown.contains("Friday 4 December 2026 at 9:30am"),
        "{shown}"
    );
}
