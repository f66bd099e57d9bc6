//! Whole journeys through the real procedures, by keyboard only.

use crate::support::Site;
use crate::support::browser::Browser;
use crate::{
    DESKTOP, PHONE, aid_text, capture_files, cli_deadline, file_names, files, json, open_aid,
    open_file, step,
};
use crate::{NOT_RESOLVED, WAITING};

const SCRIPT: &str = "<script>window.__xss = 1</script>";
const IMAGE: &str = "<img src=x onerror=\"window.__xss = 2\">";

async fn durham_journey(width: u32, height: u32, prefix: &str) {
    let site = Site::real(prefix);
    let b = Browser::start(prefix, width, height).await;
    // Monday 20 April 2026, after Easter.
    b.set_today("2026-04-20").await;
    let page = format!("{}/durham/", site.url);
    open_aid(&b, &page).await;
    let page_title = b.title().await;
    let mut n = 0;
    step(&b, prefix, &mut n, "start").await;
    b.activate("Start now").await;

    b.wait_heading("immediate risk").await;
    assert!(
        b.title().await.starts_with("Is a child at immediate risk"),
        "the page title names the step: {}",
        b.title().await
    );
    b.activate("Continue").await; // nothing chosen: the error pattern
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains("Select yes if a child is at immediate risk"),
        "{summary}"
    );
    assert!(
        b.title().await.starts_with("Error: Is a child"),
        "{}",
        b.title().await
    );
    step(&b, prefix, &mut n, "urgent-error").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;

    // Whose case it is: optional, and never the child's name.
    b.wait_heading("About the case").await;
    assert!(aid_text(&b).await.contains("Never the child's name"));
    b.tab_to("aid-case-reference").await;
    b.type_text("CASE/7 <i>x</i>").await;
    b.tab_to("aid-your-role").await;
    b.type_text("Class teacher").await;
    b.tab_to("aid-your-agency").await;
    b.type_text(SCRIPT).await;
    b.tab_to("aid-other-agency").await;
    b.type_text("Children's social care").await;
    step(&b, prefix, &mut n, "case").await;
    b.activate("Continue").await;

    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 8).await; // Something else
    b.tab_to("aid-other-area").await;
    b.type_text(SCRIPT).await;
    step(&b, prefix, &mut n, "area").await;
    b.activate("Continue").await;

    b.wait_heading("Describe the disagreement").await;
    b.tab_to("aid-description").await;
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
    b.wait_heading("When did the earlier stages begin?").await;
    b.date("aid-earlier-1", 1, 4, 2026).await;
    step(&b, prefix, &mut n, "earlier-starts").await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 2").await;
    b.date("aid-stage-start", 2, 4, 2026).await;
    b.activate("Continue").await;

    b.wait_heading("Service or operations managers").await;
    let due = b.text(".aid-due").await;
    assert_eq!(cli_deadline("2026-04-02", "3 working days"), "2026-04-09");
    assert!(
        due.starts_with("Thursday 9 April 2026 Overdue by 7 working days"),
        "{due}"
    );
    assert!(
        due.contains("Sooner if the prevailing circumstances"),
        "{due}"
    );
    step(&b, prefix, &mut n, "stage-2").await;
    b.tab_to("aid-contacted").await;
    b.type_text("Service manager <i>children's services</i>")
        .await;
    b.activate("Continue").await;

    b.wait_heading("resolved at stage 2").await;
    b.choose("outcome", 1).await;
    step(&b, prefix, &mut n, "stage-2-outcome").await;
    b.activate("Continue").await;

    b.wait_heading("When did you take it to stage 3").await;
    // Back shows the answer given, though the record takes it only here.
    b.activate("Back").await;
    b.wait_heading("resolved at stage 2").await;
    let chosen = "return [...document.getElementsByName('outcome')].findIndex(r => r.checked);";
    assert_eq!(b.eval(chosen).await, 1);
    b.activate("Continue").await;
    b.wait_heading("When did you take it to stage 3").await;
    b.date("aid-escalated", 9, 4, 2026).await;
    b.activate("Continue").await;

    b.wait_heading("Strategic managers or heads of service")
        .await;
    let due = b.text(".aid-due").await;
    assert_eq!(cli_deadline("2026-04-09", "5 working days"), "2026-04-16");
    assert!(
        due.starts_with("Thursday 16 April 2026 Overdue by 2"),
        "{due}"
    );
    step(&b, prefix, &mut n, "stage-3").await;
    b.activate("Continue").await;

    b.wait_heading("resolved at stage 3").await;
    b.choose("outcome", 0).await;
    b.tab_to("aid-agreed").await;
    b.type_text("Joint visit agreed <b>this week</b>").await;
    b.date("aid-resolved-on", 17, 4, 2026).await;
    step(&b, prefix, &mut n, "stage-3-outcome").await;
    b.activate("Continue").await;

    b.wait_heading("Questions for the record").await;
    b.tab_to("aid-q-differences").await;
    b.type_text("Threshold <svg onload=\"window.__xss = 3\">")
        .await;
    b.choose("q-recorded", 0).await;
    step(&b, prefix, &mut n, "questions").await;
    b.activate("Continue").await;

    b.wait_heading("Check your record").await;
    step(&b, prefix, &mut n, "check").await;
    let shown = aid_text(&b).await;
    for typed in [
        SCRIPT,
        IMAGE,
        "CASE/7 <i>x</i>",
        "Joint visit agreed <b>this week</b>",
        "Service manager <i>children's services</i>",
        "Threshold <svg onload=\"window.__xss = 3\">",
    ] {
        assert!(shown.contains(typed), "the record shows “{typed}” as text");
    }
    assert!(
        shown.contains("Wednesday 1 April 2026")
            && shown.contains("Thursday 2 April 2026")
            && shown.contains("Resolved on Friday 17 April 2026"),
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
    assert_eq!(
        file_names(&b).await,
        [
            "escalation-record-durham-CASE-7-i-x-i-2026-04-20.json",
            "escalation-record-durham-CASE-7-i-x-i-2026-04-20.html"
        ],
        "the file names tell cases apart"
    );
    let record = json(&saved[0]);
    assert_eq!(record["format"], "stagehand-record");
    assert_eq!(record["description"], IMAGE);
    assert_eq!(record["case_reference"], "CASE/7 <i>x</i>");
    let readable = &saved[1];
    assert!(
        readable.contains("&lt;script&gt;window.__xss = 1&lt;/script&gt;")
            && !readable.contains(SCRIPT),
        "the readable copy escapes markup"
    );
    assert!(readable.contains("CASE/7 &lt;i&gt;x&lt;/i&gt;"));
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
    // Every printed page says whose record it is: the running head, which
    // the browser repeats at the top of each page the record runs onto.
    assert_eq!(
        b.eval("const h = document.querySelector('.aid-print thead .print-running-head'); return h ? h.textContent : '';")
            .await,
        "Record of a professional disagreement: case CASE/7 <i>x</i>"
    );
    b.eval("document.documentElement.classList.remove('print-record');")
        .await;

    // Days later: open the saved file. It opens on where it stands, and
    // the browser's Back button retraces the journey.
    open_aid(&b, &page).await;
    open_file(&b, &format!("{prefix}-saved"), &saved[0]).await;
    b.wait_heading("Where this disagreement stands").await;
    // The title names the step, as after Start now.
    assert!(
        b.title()
            .await
            .starts_with("Where this disagreement stands - "),
        "{}",
        b.title().await
    );
    let summary = aid_text(&b).await;
    assert!(
        summary.contains("Case CASE/7 <i>x</i>") && summary.contains("Nothing more to do"),
        "{summary}"
    );
    step(&b, prefix, &mut n, "reopened").await;
    b.client.back().await.expect("browser back");
    b.wait_heading("Check your record").await;
    assert_eq!(
        aid_text(&b).await,
        shown,
        "the reopened record shows every answer"
    );
    b.client.back().await.expect("browser back");
    b.wait_heading("Questions for the record").await;
    b.client.forward().await.expect("browser forward");
    b.wait_heading("Check your record").await;
    capture_files(&b).await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    let mut again = json(&files(&b).await[0]);
    let mut first = record.clone();
    for r in [&mut again, &mut first] {
        r.as_object_mut().unwrap().remove("journey");
    }
    assert_eq!(again, first, "saving again gives the same record");
    assert_eq!(
        b.eval("return localStorage.length + sessionStorage.length;")
            .await,
        0
    );
    assert_eq!(
        b.title().await.trim_start_matches("Check your record - "),
        page_title
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
    b.set_today("2026-11-23").await;
    let page = format!("{}/darlington/", site.url);
    open_aid(&b, &page).await;
    // Whatever the page loads, it has loaded: the count is taken once settled.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let requests_at_load = b
        .eval("return performance.getEntriesByType('resource').length;")
        .await;
    let mut n = 0;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 1).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;

    // Not sure where they are: the aid asks, step by step.
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 5).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “The person who made the original decision”?")
        .await;
    step(&b, prefix, &mut n, "find").await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “Your manager")
        .await;
    // The browser's own Back button goes back a question, not off the page
    // with the answers; the aid's Back link keeps step with it.
    b.client.back().await.expect("browser back");
    b.wait_heading("Have you raised it with “The person who made the original decision”?")
        .await;
    assert!(
        b.client
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/darlington/")
    );
    // And Forward comes back.
    b.client.forward().await.expect("browser forward");
    b.wait_heading("Have you raised it with “Your manager")
        .await;
    b.activate("Back").await;
    b.wait_heading("Have you raised it with “The person who made the original decision”?")
        .await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “Your manager")
        .await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “The managers involved")
        .await;
    // Raised at stage 3 and waiting: stage 3 has begun.
    b.choose("find", WAITING).await;
    b.activate("Continue").await;
    // Stage 3: the earlier stages' dates on one page (one not known), then
    // this stage's.
    b.wait_heading("When did the earlier stages begin?").await;
    b.date("aid-earlier-1", 2, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 3").await;
    b.date("aid-stage-start", 10, 11, 2026).await;
    b.activate("Continue").await;

    b.wait_heading("Interagency meeting").await;
    let shown = aid_text(&b).await;
    assert!(
        shown.contains("No timescale set by the procedure")
            && shown.contains("The procedure sets no timescale for this stage."),
        "{shown}"
    );
    step(&b, prefix, &mut n, "stage-3").await;
    b.date("aid-target", 15, 1, 2027).await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 3").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;

    // "Not yet": the aid says where it stands, and keeps the answer.
    b.wait_heading("Where this disagreement stands").await;
    let standing = aid_text(&b).await;
    assert!(
        standing.contains(
            "waiting to hear back from “The managers involved in each agency” at Stage 3: Interagency meeting"
        ),
        "{standing}"
    );
    step(&b, prefix, &mut n, "waiting").await;
    b.activate("Back").await;
    b.wait_heading("resolved at stage 3").await;
    assert_eq!(
        b.eval("return document.querySelector('input[name=outcome]:checked').value;")
            .await,
        "waiting",
        "the “Not yet” answer survives Back"
    );
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    b.activate("Check or change your answers").await;
    b.wait_heading("Check your record").await;
    let record = aid_text(&b).await;
    assert!(
        record.contains("Not known") && record.contains("Monday 2 November 2026"),
        "stage 2's date was left blank: {record}"
    );
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
            .contains("Target date: Stage 3: Interagency meeting")
    );
    let start = events[0].get_start().expect("a start date");
    assert_eq!(
        start,
        icalendar::DatePerhapsTime::Date(chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap())
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

    // Opting in keeps a draft. Opening the page again opens it on where it
    // stands; starting again asks first; clearing asks first.
    b.tick("aid-keep-draft").await;
    assert_eq!(
        b.eval("return Object.keys(localStorage);").await,
        serde_json::json!(["stagehand-draft:darlington"])
    );
    open_aid(&b, &page).await;
    b.wait_heading("Where this disagreement stands").await;
    b.client.back().await.expect("browser back");
    b.wait_heading("Check your record").await;
    b.activate("Clear everything").await;
    b.wait_heading("Are you sure you want to clear everything?")
        .await;
    let confirm = aid_text(&b).await;
    assert!(
        confirm.contains("the draft kept on this device")
            && confirm.contains("does not remove files you saved"),
        "{confirm}"
    );
    step(&b, prefix, &mut n, "confirm-clear").await;
    b.activate("No, go back to the record").await;
    b.wait_heading("Check your record").await;
    assert_eq!(b.eval("return localStorage.length;").await, 1);
    open_aid(&b, &page).await;
    b.wait_heading("Where this disagreement stands").await;
    // Back to the start, then "Start now" over the draft asks first.
    for _ in 0..30 {
        if b.text("#aid-heading")
            .await
            .starts_with("Work out which stage")
        {
            break;
        }
        b.client.back().await.expect("browser back");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.wait_heading("Work out which stage").await;
    b.activate("Start now").await;
    b.wait_heading("Are you sure you want to start again?")
        .await;
    step(&b, prefix, &mut n, "confirm-restart").await;
    b.activate("Yes, delete the draft and start again").await;
    b.wait_heading("immediate risk").await;
    assert_eq!(b.eval("return localStorage.length;").await, 0);
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
    let started = std::time::SystemTime::now();
    let mut taken = Vec::new();
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
            taken.push(b.screenshot(&format!("page-{name}-{width}")).await);
        }
        // The route at a glance stays readable on a phone: its text is the
        // page's own size, never shrunk to fit.
        b.goto(&format!("{}/durham/", site.url)).await;
        let sizes: Vec<f64> = serde_json::from_value(
            b.eval("return [...document.querySelectorAll('.route-flow li')].map(e => parseFloat(getComputedStyle(e).fontSize));")
                .await,
        )
        .unwrap();
        assert!(
            !sizes.is_empty() && sizes.iter().all(|s| *s >= 16.0),
            "route text at {width} px: {sizes:?}"
        );
    }
    // Each page at each width was photographed by this run, to be looked at.
    assert_eq!(taken.len(), pages.len() * 3);
    for path in &taken {
        let made = std::fs::metadata(path).and_then(|m| m.modified());
        assert!(
            made.is_ok_and(|t| t >= started),
            "{} was not taken by this run",
            path.display()
        );
    }
}
