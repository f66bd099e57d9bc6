//! Every "what to do next" says whom and by when: the Durham journey from the
//! practitioners' second trial, a step marked done on its day, and an outcome
//! that follows the finder's answers.

use crate::support::Site;
use crate::support::browser::Browser;
use crate::{NOT_RESOLVED, NOT_YET, PHONE, aid_text, capture_files, files, open_aid, step};

/// The "What to do next" box on "Where this disagreement stands".
async fn next_action(b: &Browser) -> String {
    b.text(".next-action").await
}

#[tokio::test]
async fn the_durham_journey_says_whom_and_by_when_at_every_next_step() {
    let prefix = "by-when";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-12-07").await;
    open_aid(&b, &format!("{}/durham/", site.url)).await;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    // Nothing said yet: the browser's own Print prints the page, not a
    // blank record.
    b.eval("window.dispatchEvent(new Event('beforeprint'));")
        .await;
    assert_eq!(
        b.eval("return document.documentElement.classList.contains('print-record');")
            .await,
        false,
        "a blank record would be printed"
    );
    b.eval("window.dispatchEvent(new Event('afterprint'));")
        .await;
    crate::record::from_urgent_to_where(&b).await;
    b.choose("where", 4).await; // I'm not sure
    b.activate("Continue").await;
    // Raised with the social worker on Wednesday 2 December, not resolved;
    // not yet raised with the team manager.
    b.wait_heading("Have you raised it with “The professionals involved”?")
        .await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “Your agency team manager")
        .await;
    b.choose("find", NOT_YET).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 2, 12, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion, then front line managers").await;
    let mut n = 0;
    step(&b, prefix, &mut n, "stage-1").await;
    // Nothing is filled in for her: each step's day is empty until given.
    let given = b
        .eval("return [...document.querySelectorAll('#decision-aid-root input[name^=done-]')].map(i => i.value).join('');")
        .await;
    assert_eq!(given, "", "a day was filled in for the person");
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
    // The outcome follows the finder: not raised with the team manager yet
    // is offered, and chosen, as she said.
    let chosen = b
        .eval("const r = document.querySelector('input[name=outcome]:checked'); return r ? r.labels[0].innerText : '';")
        .await;
    assert!(
        chosen
            .as_str()
            .is_some_and(|c| c.contains("not yet raised with “Your agency team manager")),
        "{chosen}"
    );
    step(&b, prefix, &mut n, "outcome-follows-finder").await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    let next = next_action(&b).await;
    assert!(
        next.contains("Contact “Your agency team manager")
            && next.contains("today, Monday 7 December 2026: it was due by Friday 4 December 2026"),
        "{next}"
    );
    let stands = aid_text(&b).await;
    assert!(
        !stands.contains("waiting"),
        "nobody is waited for: {stands}"
    );
    assert!(
        stands.contains("Not resolved yet: not yet raised with “Your agency team manager"),
        "the answer she gave is recorded: {stands}"
    );
    step(&b, prefix, &mut n, "stands-not-raised").await;

    // Her team manager raised it on Friday 4 December: she marks the step
    // done on its day, and says it needs to go to stage 2, not yet taken.
    b.activate("Back").await;
    b.wait_heading("resolved at stage 1").await;
    b.activate("Back").await;
    b.wait_heading("Discussion, then front line managers").await;
    b.date("aid-done-2", 4, 12, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
    b.choose("outcome", 1).await; // No, it needs to go to stage 2
    b.activate("Continue").await;
    b.wait_heading("When did you take it to stage 2").await;
    b.tick("aid-escalated-not-yet").await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    let next = next_action(&b).await;
    assert!(
        next.contains("raise it with “Agency service manager")
            && next.contains("If you raise it today, Monday 7 December 2026")
            && next.contains("is Thursday 10 December 2026"),
        "{next}"
    );
    let stands = aid_text(&b).await;
    assert!(
        stands.contains("Friday 4 December 2026; done on Friday 4 December 2026 Met"),
        "the step done on its deadline is met: {stands}"
    );
    assert!(
        !stands.contains("Overdue"),
        "a step done on time is not overdue: {stands}"
    );
    // The record for the child's file says what to do next, and by when.
    let printed = b
        .eval("return document.querySelector('.aid-print').textContent;")
        .await;
    let printed = printed.as_str().unwrap_or_default();
    assert!(
        printed.contains("What to do next")
            && printed.contains("raise it with “Agency service manager")
            && printed.contains("Thursday 10 December 2026"),
        "{printed}"
    );
    step(&b, prefix, &mut n, "stands-marked-done").await;

    // The calendar file holds the next deadline, and the step as met.
    capture_files(&b).await;
    b.activate("Add the deadlines to your calendar (.ics)")
        .await;
    let ics = files(&b).await.remove(0);
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261210")
            && ics.contains("SUMMARY:Due if raised on Monday 7 December 2026: Stage 2"),
        "{ics}"
    );
    assert!(ics.contains("SUMMARY:Met: Stage 1"), "{ics}");

    // The browser's own Print, from here, prints the record, not the
    // procedure; afterwards the page prints as itself. (Chromium says
    // `beforeprint` while the page is still laid out for the screen.)
    let printed = "return [getComputedStyle(document.querySelector('.aid-print')).display,
                           getComputedStyle(document.getElementById('full-text')).display];";
    b.eval("window.dispatchEvent(new Event('beforeprint'));")
        .await;
    b.cdp(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "media": "print" }),
    )
    .await;
    assert_eq!(b.eval(printed).await, serde_json::json!(["block", "none"]));
    b.eval("window.dispatchEvent(new Event('afterprint'));")
        .await;
    assert_eq!(b.eval(printed).await[1], "block");
    b.cdp(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "media": "" }),
    )
    .await;
}

/// At 375 px, a step's "Contact:" and "Timescale:" (and a page's other
/// labels) keep their words whole, each on one line, and nothing is wider
/// than the screen; the same in print.
#[tokio::test]
async fn labels_keep_their_words_whole_on_a_phone_and_in_print() {
    let prefix = "labels-whole";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    let broken = "return [...document.querySelectorAll('.step-facts dt, .doc-facts dt')]
                    .filter(dt => { const r = document.createRange(); r.selectNodeContents(dt); return r.getClientRects().length > 1; })
                    .map(dt => dt.textContent);";
    for slug in ["durham", "darlington", "croydon", "london"] {
        b.goto(&format!("{}/{slug}/", site.url)).await;
        let labels = b
            .eval("return document.querySelectorAll('.step-facts dt').length;")
            .await;
        assert!(labels.as_i64().unwrap_or(0) > 0, "{slug}: no step labels");
        assert_eq!(b.eval(broken).await, serde_json::json!([]), "{slug}");
        let overflow = b
            .eval("return document.documentElement.scrollWidth - window.innerWidth;")
            .await;
        assert!(overflow.as_i64().unwrap_or(1) <= 0, "{slug}: {overflow}");
        b.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": "print" }),
        )
        .await;
        assert_eq!(
            b.eval(broken).await,
            serde_json::json!([]),
            "{slug} in print"
        );
        b.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": "" }),
        )
        .await;
    }
}
