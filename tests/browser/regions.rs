//! One region, many partnerships, as a teacher and a police officer use it:
//! the regional page's partnerships, a local version's own stage and
//! contacts in the page and the aid, switching partnership, search narrowed
//! to one, a record reopened after an amendment, and the printed-on line.

use crate::days::not_urgent;
use crate::find::search;
use crate::support::Site;
use crate::support::browser::Browser;
use crate::{DESKTOP, PHONE, aid_text, capture_files, open_aid, open_file, step};
use serde_json::json;

/// Tab to a link with this text and follow it, as a keyboard user does.
async fn follow(b: &Browser, text: &str) {
    b.activate(text).await;
}

#[tokio::test]
async fn a_teacher_chooses_croydon_and_the_aid_follows_its_local_version() {
    let prefix = "region-teacher";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-12-08").await;
    b.goto(&format!("{}/", site.url)).await;
    let mut n = 0;
    step(&b, prefix, &mut n, "home-area-finder").await;
    b.goto(&format!("{}/london/", site.url)).await;
    step(&b, prefix, &mut n, "region").await;
    follow(&b, "Croydon Safeguarding Children Partnership").await;
    let mut page = String::new();
    for _ in 0..100 {
        page = b.text("h1").await;
        if page.contains("Croydon") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        page.contains("Resolving Professional Differences in Croydon"),
        "{page}"
    );
    step(&b, prefix, &mut n, "croydon").await;
    let text = b.text("main").await;
    assert!(
        text.contains("Stage 3: Croydon's formal stages Local")
            && text.contains("Croydon Single Point of Contact"),
        "{text}"
    );
    // The aid: Croydon's urgent numbers and advice, and its own stage.
    open_aid(&b, &format!("{}/croydon/", site.url)).await;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Act now").await;
    let urgent = aid_text(&b).await;
    assert!(
        urgent.contains("020 8255 2888") && urgent.contains("within 3 hours of the call"),
        "{urgent}"
    );
    step(&b, prefix, &mut n, "urgent-advice").await;
    b.activate("Back").await;
    not_urgent(&b).await;
    b.wait_heading("Which agency do you work for?").await;
    b.choose("your-agency", 3).await; // A school
    b.activate("Continue").await;
    b.wait_heading("Which agency do you disagree with?").await;
    b.choose("other-agency", 0).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
    let stages = aid_text(&b).await;
    assert!(
        stages.contains("Stage 3: Croydon's formal stages"),
        "{stages}"
    );
    b.choose("where", 2).await;
    b.activate("Continue").await;
    b.wait_heading("When did the earlier stages begin?").await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 3").await;
    b.date("aid-stage-start", 7, 12, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Croydon's formal stages").await;
    step(&b, prefix, &mut n, "local-stage").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 3").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    b.activate("Check or change your answers").await;
    b.wait_heading("Check your record").await;
    let record = aid_text(&b).await;
    assert!(
        record.contains("Local version\nResolving Professional Differences in Croydon (Croydon Safeguarding Children Partnership), last updated Tuesday 1 December 2026")
            && record.contains("Regional procedure\nResolving Professional Differences (London Safeguarding Children Partnership), last updated Tuesday 1 December 2026"),
        "{record}"
    );
    step(&b, prefix, &mut n, "check").await;
    // Printed: the whole record, and where the current version is.
    capture_files(&b).await;
    b.activate("Print the record").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed = b
        .eval("return document.querySelector('.aid-print').innerText;")
        .await;
    let printed = printed.as_str().unwrap_or_default();
    assert!(
        printed.contains(
            "Printed on Tuesday 8 December 2026. Check the handbook for the current version:"
        ) && printed.contains("/croydon/"),
        "{printed}"
    );
    b.print_pdf(&format!("{prefix}-record")).await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    // Its return names the local version and both dates, where returns go.
    capture_files(&b).await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    let saved = crate::files(&b).await.remove(0);
    let saved = crate::json(&saved);
    assert_eq!(saved["procedure"], "croydon");
    assert_eq!(saved["region"], "london");
    assert_eq!(saved["region_updated"], "2026-12-01");
}

#[tokio::test]
async fn a_police_officer_switches_to_another_partnership_and_sees_its_contacts() {
    let prefix = "region-police";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.goto(&format!("{}/barnet/", site.url)).await;
    let mut n = 0;
    step(&b, prefix, &mut n, "barnet").await;
    let barnet = b.text("main").await;
    assert!(barnet.contains("020 8359 4066") && !barnet.contains("020 8255 2888"));
    follow(&b, "Croydon Safeguarding Children Partnership").await;
    for _ in 0..100 {
        if b.text("h1").await.contains("Croydon") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let croydon = b.text("main").await;
    assert!(
        croydon.contains("020 8255 2888") && !croydon.contains("020 8359 4066"),
        "{croydon}"
    );
    // Nothing about the choice is kept.
    assert_eq!(
        b.eval("return localStorage.length + document.cookie.length;")
            .await,
        0
    );
    // Search from a local page, narrowed to its partnership.
    let all = search(&b, "first line managers").await;
    assert!(
        all.contains("Only results for Croydon Safeguarding Children Partnership"),
        "{all}"
    );
    assert!(
        all.contains("Barnet Safeguarding Children Partnership"),
        "{all}"
    );
    b.tick("search-only-here").await;
    let mut narrowed = String::new();
    for _ in 0..100 {
        narrowed = b.text("#search-results").await;
        if !narrowed.contains("Barnet Safeguarding Children Partnership")
            && narrowed.contains("found")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        narrowed.contains("Croydon Safeguarding Children Partnership")
            && !narrowed.contains("Barnet Safeguarding Children Partnership"),
        "{narrowed}"
    );
    step(&b, prefix, &mut n, "search-narrowed").await;
}

#[tokio::test]
async fn a_record_saved_before_an_amendment_reopens_with_the_amendment_first() {
    let prefix = "region-amended";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-12-08").await;
    open_aid(&b, &format!("{}/croydon/", site.url)).await;
    // Saved on 20 November, before both versions were amended on 1 December.
    let saved = json!({
        "format": "stagehand-record", "version": 2, "id": "r-1", "return_id": "m-1",
        "procedure": "croydon", "procedure_title": "Resolving Professional Differences in Croydon",
        "procedure_updated": "2026-11-20", "procedure_changed": "2026-11-20",
        "region": "london", "region_updated": "2021-09-01", "region_changed": "2026-11-23",
        "urgent": false,
        "stages": [{"stage": "stage-1", "started": "2026-11-16", "outcome": "waiting"}]
    });
    open_file(&b, prefix, &saved.to_string()).await;
    b.wait_heading("Where this disagreement stands").await;
    let shown = aid_text(&b).await;
    let changed = shown.find("The procedure has changed since this record was made");
    let stage = shown.find("Current stage");
    assert!(
        changed.is_some() && changed < stage,
        "the amendment is not said first: {shown}"
    );
    assert!(
        shown.contains("1 December 2026")
            && shown.contains("the regional procedure, Resolving Professional Differences"),
        "{shown}"
    );
    let mut n = 0;
    step(&b, prefix, &mut n, "amended").await;
}
