//! The built site in headless Chromium, used as a practitioner would: by
//! keyboard only, checked with axe-core at every step, at desktop and phone
//! widths. Needs Debian's `chromium` and `chromium-driver` and axe-core
//! (`bash tests/run.sh` installs them).

mod support;

use chrono::{Datelike, Local};
use serde_json::Value;
use support::browser::Browser;
use support::{Site, run, screenshots, stagehand};

const DESKTOP: (u32, u32) = (1280, 900);
const PHONE: (u32, u32) = (375, 800);

/// Wait for the aid to replace its no-script message.
async fn open_aid(b: &Browser, url: &str) {
    b.goto(url).await;
    b.wait_heading("").await;
}

async fn capture_files(b: &Browser) {
    b.eval("window.__files = []; const made = URL.createObjectURL; URL.createObjectURL = function (blob) { window.__files.push(blob); return made.call(URL, blob); }; window.print = function () { window.__printed = document.documentElement.className; };").await;
}

async fn files(b: &Browser) -> Vec<String> {
    let v = b.eval_async("const done = arguments[arguments.length - 1]; Promise.all(window.__files.map(f => f.text())).then(done);").await;
    serde_json::from_value(v).unwrap_or_default()
}

fn cli_deadline(from: &str, within: &str) -> String {
    let out = run(stagehand()
        .args(["deadline", "--from", from, "--within", within, "--content"])
        .arg(support::workspace().join("content")));
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn step(b: &Browser, prefix: &str, n: &mut u32, name: &str) {
    *n += 1;
    b.axe(&format!("{prefix} step {n} ({name})")).await;
    b.screenshot(&format!("{prefix}-{:02}-{name}", n)).await;
}

const SCRIPT: &str = "<script>window.__xss = 1</script>";
const IMAGE: &str = "<img src=x onerror=\"window.__xss = 2\">";

async fn durham_journey(width: u32, height: u32, prefix: &str) {
    let site = Site::real(prefix);
    let b = Browser::start(prefix, width, height).await;
    let page = format!("{}/durham/", site.url);
    open_aid(&b, &page).await;
    let mut n = 0;
    step(&b, prefix, &mut n, "start").await;
    b.activate("Start now").await;

    b.wait_heading("immediate risk").await;
    b.activate("Continue").await; // nothing chosen: the error pattern
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains("Select yes if a child is at immediate risk"),
        "{summary}"
    );
    step(&b, prefix, &mut n, "urgent-error").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;

    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 8).await; // Something else
    b.tab_to("other-area").await;
    b.type_text(SCRIPT).await;
    step(&b, prefix, &mut n, "area").await;
    b.activate("Continue").await;

    b.wait_heading("Describe the disagreement").await;
    b.tab_to("description").await;
    b.type_text(IMAGE).await;
    step(&b, prefix, &mut n, "description").await;
    b.activate("Continue").await;

    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 1).await;
    step(&b, prefix, &mut n, "where").await;
    b.activate("Continue").await;

    // Stage 1 began Wednesday 1 April 2026; stage 2 on Thursday 2 April,
    // the day before Good Friday. Its 3 working days skip Good Friday, the
    // weekend and Easter Monday.
    b.wait_heading("When did stage 1").await;
    b.date("stage-start", 1, 4, 2026).await;
    step(&b, prefix, &mut n, "stage-1-start").await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 2").await;
    b.date("stage-start", 2, 4, 2026).await;
    b.activate("Continue").await;

    b.wait_heading("Service or operations managers").await;
    let due = b.text(".aid-due").await;
    assert_eq!(cli_deadline("2026-04-02", "3 working days"), "2026-04-09");
    assert!(
        due.starts_with("Thursday 9 April 2026 (overdue by"),
        "{due}"
    );
    step(&b, prefix, &mut n, "stage-2").await;
    b.tab_to("contacted").await;
    b.type_text("Service manager <i>children's services</i>")
        .await;
    b.activate("Continue").await;

    b.wait_heading("resolved at stage 2").await;
    b.choose("outcome", 1).await;
    step(&b, prefix, &mut n, "stage-2-outcome").await;
    b.activate("Continue").await;

    b.wait_heading("When did you take it to stage 3").await;
    b.date("escalated", 9, 4, 2026).await;
    b.activate("Continue").await;

    b.wait_heading("Strategic managers or heads of service")
        .await;
    let due = b.text(".aid-due").await;
    assert_eq!(cli_deadline("2026-04-09", "5 working days"), "2026-04-16");
    assert!(due.starts_with("Thursday 16 April 2026"), "{due}");
    step(&b, prefix, &mut n, "stage-3").await;
    b.activate("Continue").await;

    b.wait_heading("resolved at stage 3").await;
    b.choose("outcome", 0).await;
    b.tab_to("agreed").await;
    b.type_text("Joint visit agreed <b>this week</b>").await;
    step(&b, prefix, &mut n, "stage-3-outcome").await;
    b.activate("Continue").await;

    b.wait_heading("Questions for the record").await;
    b.tab_to("q-differences").await;
    b.type_text("Threshold <svg onload=\"window.__xss = 3\">")
        .await;
    b.choose("q-recorded", 0).await;
    step(&b, prefix, &mut n, "questions").await;
    b.activate("Continue").await;

    b.wait_heading("Check your record").await;
    step(&b, prefix, &mut n, "check").await;
    let shown = b.text("#decision-aid-root").await;
    for typed in [
        SCRIPT,
        IMAGE,
        "Joint visit agreed <b>this week</b>",
        "Service manager <i>children's services</i>",
        "Threshold <svg onload=\"window.__xss = 3\">",
    ] {
        assert!(shown.contains(typed), "the record shows “{typed}” as text");
    }
    assert!(
        shown.contains("Wednesday 1 April 2026") && shown.contains("Thursday 2 April 2026"),
        "{shown}"
    );
    assert_eq!(b.eval("return [window.__xss === undefined, document.querySelectorAll('#decision-aid-root img, #decision-aid-root b, #decision-aid-root i, #decision-aid-root svg').length];").await, serde_json::json!([true, 0]));

    // What they leave with: the record file, a readable copy, the print.
    capture_files(&b).await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    b.activate("Save a readable copy for the case file (.html)")
        .await;
    b.activate("Print the record").await;
    let saved = files(&b).await;
    assert_eq!(saved.len(), 2, "two files were made");
    let record: Value = serde_json::from_str(&saved[0]).expect("the record file is JSON");
    assert_eq!(record["format"], "stagehand-record");
    assert_eq!(record["description"], IMAGE);
    let readable = &saved[1];
    assert!(
        readable.contains("&lt;script&gt;window.__xss = 1&lt;/script&gt;")
            && !readable.contains(SCRIPT),
        "the readable copy escapes markup"
    );
    assert!(
        !readable.contains("<img src=x"),
        "the readable copy escapes markup"
    );
    let printed = b.eval("return window.__printed;").await;
    assert!(
        printed.as_str().unwrap_or("").contains("print-record"),
        "printing shows the record alone: {printed}"
    );
    b.eval("document.documentElement.classList.add('print-record');")
        .await;
    let pdf = b.print_pdf(&format!("{prefix}-record")).await;
    assert!(pdf.starts_with(b"%PDF"));
    b.eval("document.documentElement.classList.remove('print-record');")
        .await;

    // Days later: open the saved file and carry on, every answer restored.
    let file = support::scratch(&format!("{prefix}-saved")).join("record.json");
    std::fs::write(&file, &saved[0]).unwrap();
    open_aid(&b, &page).await;
    b.client
        .find(fantoccini::Locator::Id("open-record"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    b.wait_heading("Check your record").await;
    assert_eq!(
        b.text("#decision-aid-root").await,
        shown,
        "the reopened record shows every answer"
    );
    capture_files(&b).await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    assert_eq!(
        files(&b).await[0],
        saved[0],
        "saving again gives the same file"
    );
    assert_eq!(
        b.eval("return localStorage.length + sessionStorage.length;")
            .await,
        0
    );
}

#[tokio::test]
async fn durham_by_keyboard_at_desktop_width() {
    durham_journey(DESKTOP.0, DESKTOP.1, "durham-desktop").await;
}

#[tokio::test]
async fn durham_by_keyboard_at_phone_width() {
    durham_journey(PHONE.0, PHONE.1, "durham-phone").await;
}

#[tokio::test]
async fn darlington_sets_no_timescales_and_keeps_nothing_unasked() {
    let prefix = "darlington";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    open_aid(&b, &format!("{}/darlington/", site.url)).await;
    let requests_at_load = b
        .eval("return performance.getEntriesByType('resource').length;")
        .await;
    let mut n = 0;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 1).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;

    // Not sure where they are: the aid asks, stage by stage.
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 5).await;
    b.activate("Continue").await;
    b.wait_heading("Have you already raised it with the person who made the original decision?")
        .await;
    step(&b, prefix, &mut n, "find").await;
    b.choose("find", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Have you already raised it with your manager")
        .await;
    // The browser's own Back button goes back a question, not off the page
    // with the answers; the aid's Back link keeps step with it.
    b.client.back().await.expect("browser back");
    b.wait_heading("Have you already raised it with the person who made the original decision?")
        .await;
    assert!(
        b.client
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/darlington/")
    );
    b.choose("find", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Have you already raised it with your manager")
        .await;
    b.activate("Back").await;
    b.wait_heading("Have you already raised it with the person who made the original decision?")
        .await;
    b.choose("find", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Have you already raised it with your manager")
        .await;
    b.choose("find", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Have you already raised it with the managers involved")
        .await;
    b.choose("find", 1).await;
    b.activate("Continue").await;
    for (stage, day) in [(1, 2), (2, 5), (3, 10)] {
        b.wait_heading(&format!("When did stage {stage}")).await;
        b.date("stage-start", day, 11, 2026).await;
        b.activate("Continue").await;
    }

    b.wait_heading("Interagency meeting").await;
    let shown = b.text("#decision-aid-root").await;
    assert!(
        shown.contains("No timescale set by the procedure"),
        "{shown}"
    );
    step(&b, prefix, &mut n, "stage-3").await;
    let next_year = Local::now().year() + 1;
    b.date("target", 15, 1, next_year).await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 3").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;

    b.wait_heading("Check your record").await;
    step(&b, prefix, &mut n, "check").await;
    capture_files(&b).await;
    b.activate("Add the deadlines to your calendar (.ics)")
        .await;
    let ics = files(&b).await.remove(0);
    let calendar: icalendar::Calendar = ics
        .parse()
        .unwrap_or_else(|e| panic!("the .ics parses: {e}\n{ics}"));
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 1, "{ics}");
    use icalendar::Component;
    assert!(
        events[0]
            .get_summary()
            .unwrap_or_default()
            .contains("Stage 3: Interagency meeting")
    );
    let start = events[0].get_start().expect("a start date");
    assert_eq!(
        start,
        icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(next_year, 1, 15).unwrap()
        )
    );

    // Nothing was sent or stored: no request since the page loaded, no storage.
    assert_eq!(
        b.eval("return performance.getEntriesByType('resource').length;")
            .await,
        requests_at_load,
        "no network request after load"
    );
    assert_eq!(
        b.eval("return [localStorage.length, sessionStorage.length, document.cookie];")
            .await,
        serde_json::json!([0, 0, ""])
    );
    let databases = b.eval_async("const done = arguments[arguments.length - 1]; indexedDB.databases().then(d => done(d.length));").await;
    assert_eq!(databases, 0);

    // Opting in keeps a draft; clearing removes it.
    b.tab_to("keep-draft").await;
    b.press(support::browser::SPACE).await;
    assert_eq!(
        b.eval("return Object.keys(localStorage);").await,
        serde_json::json!(["stagehand-draft:darlington"])
    );
    open_aid(&b, &format!("{}/darlington/", site.url)).await;
    b.activate("Continue your draft").await;
    b.wait_heading("Check your record").await;
    assert!(
        b.text("#decision-aid-root")
            .await
            .contains("Interagency meeting")
    );
    b.activate("Clear everything").await;
    b.wait_heading("Work out which stage").await;
    assert_eq!(b.eval("return localStorage.length;").await, 0);
}

#[tokio::test]
async fn trainer_links_open_a_stage_or_a_worked_example() {
    let site = Site::real("trainer-links");
    let b = Browser::start("trainer-links", DESKTOP.0, DESKTOP.1).await;
    open_aid(
        &b,
        &format!("{}/durham/?stage=stage-3#decision-aid", site.url),
    )
    .await;
    b.wait_heading("When did stage 3").await;
    b.axe("a stage link").await;
    open_aid(
        &b,
        &format!(
            "{}/durham/?scenario=referral-threshold#decision-aid",
            site.url
        ),
    )
    .await;
    b.wait_heading("Service or operations managers").await;
    let shown = b.text("#decision-aid-root").await;
    assert!(shown.contains("Training example"), "{shown}");
    b.axe("a worked example").await;
    b.screenshot("trainer-scenario").await;
}

/// Every page type: no axe violations, and nothing wider than a 375 px phone.
#[tokio::test]
async fn every_page_type_is_accessible_and_fits_a_phone() {
    let site = Site::real("pages");
    let pages = [
        ("home", "/"),
        ("durham", "/durham/"),
        ("darlington", "/darlington/"),
        ("durham-record-form", "/durham/record-form/"),
        ("accessibility", "/accessibility/"),
        ("not-found", "/no-such-page/"),
    ];
    for (width, height) in [DESKTOP, PHONE, (320, 640)] {
        let b = Browser::start(&format!("pages-{width}"), width, height).await;
        for (name, path) in pages {
            b.goto(&format!("{}{path}", site.url)).await;
            b.axe(&format!("{name} at {width} px")).await;
            let overflow = b
                .eval("return document.documentElement.scrollWidth - window.innerWidth;")
                .await;
            assert!(
                overflow.as_i64().unwrap_or(1) <= 0,
                "{name} is wider than {width} px by {overflow} px"
            );
            b.screenshot(&format!("page-{name}-{width}")).await;
        }
    }
    assert!(screenshots().exists());
}
