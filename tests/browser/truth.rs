//! What a teacher, a health visitor and a police officer found in a trial:
//! the urgent "Yes" chosen by its label, a record that keeps nothing nobody
//! said, answers not lost on reload, the whole record printed from every
//! screen, a route that ends early saying where it goes next, pages and
//! screens that fit a 320 px screen, and what was typed kept when Continue
//! finds a mistake.

use crate::days::{london_to_stage, london_to_where, not_urgent};
use crate::support::browser::Browser;
use crate::support::{Site, copy_tree, scratch, workspace};
use crate::{
    DESKTOP, PHONE, aid_text, capture_files, durham_waiting_at_stage_2, open_aid, open_file, step,
};
use serde_json::json;

/// Whether leaving the page now would ask first (the aid's `beforeunload`).
async fn leaving_asks(b: &Browser) -> bool {
    b.eval("const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented;")
        .await
        == true
}

/// The page is no wider than the window.
async fn fits(b: &Browser, what: &str) {
    let overflow = b
        .eval("return document.documentElement.scrollWidth - window.innerWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap_or(1) <= 0,
        "{what} is wider than the screen by {overflow} px"
    );
}

#[tokio::test]
async fn the_urgent_yes_is_chosen_by_tapping_its_label_and_names_itself() {
    let prefix = "urgent-label";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    for slug in ["durham", "darlington", "london"] {
        open_aid(&b, &format!("{}/{slug}/", site.url)).await;
        b.activate("Start now").await;
        b.wait_heading("immediate risk").await;
        // A tap on the words "Yes", as a person on a phone does.
        let chosen = b
            .eval("const yes = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === 'Yes'); yes.click();
                   const radio = document.querySelector('input[name=urgent]:checked');
                   return radio ? [radio.value, radio.labels[0].textContent.trim()] : null;")
            .await;
        assert_eq!(chosen, json!(["yes", "Yes"]), "{slug}");
        // The page's own urgent box keeps its address, and is not the radio's.
        assert_eq!(
            b.eval("return document.getElementById('urgent').tagName;")
                .await,
            "DIV",
            "{slug}"
        );
    }
}

#[tokio::test]
async fn answers_are_not_lost_on_reload_and_a_draft_can_be_kept_from_the_first_answer() {
    let prefix = "leaving";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    let page = format!("{}/durham/", site.url);
    open_aid(&b, &page).await;
    assert!(!leaving_asks(&b).await, "nothing answered yet");
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    // Offered on the first screen that takes an answer.
    assert!(
        aid_text(&b).await.contains("Keep a draft on this device"),
        "no draft offered on the first question"
    );
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    assert!(leaving_asks(&b).await, "an answer would be lost");
    let mut n = 0;
    step(&b, prefix, &mut n, "case").await;
    b.tick("aid-keep-draft").await;
    assert!(!leaving_asks(&b).await, "the draft keeps the answers");
    // Reloaded: the answers are there, and a button carries on from the
    // question they were at.
    b.goto(&page).await;
    b.wait_heading("Where this disagreement stands").await;
    b.activate("Carry on where you left off").await;
    b.wait_heading("About the case").await;
    b.activate("Back").await;
    b.wait_heading("Where this disagreement stands").await;
    b.activate("Check or change your answers").await;
    b.wait_heading("Check your record").await;
    assert!(
        aid_text(&b)
            .await
            .contains("immediate risk of significant harm?\nNo")
    );
    b.activate("Clear everything").await;
    b.wait_heading("Are you sure").await;
    b.activate("Yes, clear everything").await;
    b.wait_heading("Work out which stage").await;
    assert!(!leaving_asks(&b).await);
    assert_eq!(b.eval("return localStorage.length;").await, 0);
}

#[tokio::test]
async fn print_the_record_prints_the_whole_record_from_where_it_stands() {
    let prefix = "print-record";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    open_aid(&b, &format!("{}/durham/", site.url)).await;
    b.activate("Start now").await;
    not_urgent(&b).await;
    b.wait_heading("About the case").await;
    b.tab_to("aid-case-reference").await;
    b.type_text("PRINT-7").await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.tab_to("aid-description").await;
    b.type_text("The threshold decision for a pupil.").await;
    b.activate("Continue").await;
    durham_waiting_at_stage_2(&b, 18).await;
    capture_files(&b).await;
    b.activate("Print the record").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed = b
        .eval("const shown = e => e && getComputedStyle(e).display !== 'none' && e.offsetParent !== null;
               const copy = document.querySelector('.aid-print');
               return [shown(copy), copy.innerText, shown(document.getElementById('aid-heading'))];")
        .await;
    let text = printed[1].as_str().unwrap_or_default();
    assert_eq!(printed[0], true, "the record is not printed: {text}");
    assert_eq!(printed[2], false, "the summary screen prints as well");
    for part in [
        "Managing Professional Differences Policy",
        "Durham Safeguarding Children Partnership",
        "PRINT-7",
        "The threshold decision for a pupil.",
        "Stage 2: Service or operations managers",
        "Record made Monday 23 November 2026",
    ] {
        assert!(
            text.contains(part),
            "the printed record lacks “{part}”: {text}"
        );
    }
    b.print_pdf(&format!("{prefix}-summary")).await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    // Durham's procedure says nowhere where returns go: none is offered.
    assert!(!aid_text(&b).await.contains("Make a monitoring return"));
}

#[tokio::test]
async fn a_route_that_ends_early_says_where_it_goes_next_not_final_stage() {
    let prefix = "partial-route";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    london_to_stage(&b, &format!("{}/london/", site.url), 1, 0, 2).await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("First line managers").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 2").await;
    let shown = aid_text(&b).await;
    assert!(
        shown.contains("No, it was not resolved at this stage")
            && shown.contains("Read the rest of chapter PA4")
            && !shown.contains("final stage"),
        "{shown}"
    );
    let mut n = 0;
    step(&b, prefix, &mut n, "outcome").await;
    b.choose("outcome", 1).await;
    b.date("aid-unresolved-on", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    let record = aid_text(&b).await;
    assert!(
        record.contains(
            "Not resolved at the last stage this handbook holds on Friday 20 November 2026"
        ) && !record.contains("final stage"),
        "{record}"
    );
    step(&b, prefix, &mut n, "check").await;
}

#[tokio::test]
async fn a_procedure_without_an_urgent_question_never_shows_an_empty_one() {
    let prefix = "no-urgent";
    let content = scratch(&format!("{prefix}-content")).join("content");
    copy_tree(&workspace().join("tests/fixtures/minimal"), &content);
    copy_tree(
        &workspace().join("tests/fixtures/warned/no-urgent-box"),
        &content,
    );
    std::fs::remove_file(content.join("expected.txt")).unwrap();
    let site = Site::serve(prefix, &content);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    open_aid(&b, &format!("{}/sample/", site.url)).await;
    b.activate("Start now").await;
    b.wait_heading("About the case").await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 0).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 2, 11, 2026).await;
    // Its stage 2 counts in hours, so the time is asked too.
    b.tab_to("aid-stage-start-time").await;
    b.type_text("09:30").await;
    b.activate("Continue").await;
    b.wait_heading("Talk it through").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    b.activate("Check or change your answers").await;
    b.wait_heading("Check your record").await;
    let record = aid_text(&b).await;
    assert!(
        !record.contains("Immediate risk") && !record.contains("immediate risk"),
        "{record}"
    );
}

#[tokio::test]
async fn dates_are_never_given_for_the_person_and_slips_are_refused() {
    let prefix = "dates-given";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    let darlington = format!("{}/darlington/?stage=stage-2#decision-aid", site.url);
    open_aid(&b, &darlington).await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 2").await;
    // 1899 for 1999 or 2026: refused with GOV.UK's words.
    b.date("aid-stage-start", 12, 11, 1899).await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains("Date stage 2 began must be the same as or after"),
        "{summary}"
    );
    b.date("aid-stage-start", 12, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Managers, named practitioner").await;
    // A target date in the past is warned of; changed to a date that is not
    // a date, the warning goes and the error says why.
    // (After the stage began: before it, a target is refused.)
    b.date("aid-target", 16, 11, 2026).await;
    b.activate("Continue").await;
    assert!(
        b.text("#aid-target-warning")
            .await
            .contains("has already passed")
    );
    b.date("aid-target", 31, 2, 2026).await;
    b.activate("Continue").await;
    assert_eq!(
        b.text("#aid-target-warning").await,
        "",
        "the warning stayed"
    );
    assert!(
        b.text("#aid-error-summary")
            .await
            .contains("must be a real date")
    );
    b.date("aid-target", 30, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 2").await;
    b.choose("outcome", 0).await;
    b.tab_to("aid-agreed").await;
    b.type_text("Agreed at the meeting").await;
    b.activate("Continue").await;
    // When was it resolved? Empty until given.
    assert!(
        b.text("#aid-error-summary")
            .await
            .contains("Enter the date")
    );
    b.date("aid-resolved-on", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Questions for the record").await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    let record = aid_text(&b).await;
    // Stage 1 was taken to stage 2 on the day stage 2 began.
    assert!(
        record.contains("Not resolved: taken to stage 2, managers, named practitioner or designated safeguarding lead on Thursday 12 November 2026"),
        "{record}"
    );
    assert!(!record.contains("date not given"), "{record}");
    assert!(
        record.contains("Resolved on Friday 20 November 2026"),
        "{record}"
    );
    // Its return: the month stage 1 began is not known, stage 2's days are.
    b.activate("Make a monitoring return").await;
    b.wait_heading("Your monitoring return").await;
    let shown = aid_text(&b).await;
    assert!(
        shown.contains("Month it began") && !shown.contains("12 November"),
        "{shown}"
    );
}

#[tokio::test]
async fn a_monitoring_return_opened_as_a_record_says_what_it_is() {
    let prefix = "open-return";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    open_aid(&b, &format!("{}/darlington/", site.url)).await;
    open_file(
        &b,
        prefix,
        r#"{"format": "stagehand-return", "version": 2, "procedure": "darlington"}"#,
    )
    .await;
    let mut shown = String::new();
    for _ in 0..50 {
        shown = b.text(".open-record").await;
        if shown.contains("monitoring return") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        shown.contains("is a monitoring return")
            && shown.contains("Save the record to carry on later"),
        "{shown}"
    );
}

#[tokio::test]
async fn every_page_and_aid_screen_fits_a_320_px_screen() {
    let prefix = "reflow";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, 320, 640).await;
    b.set_today("2026-12-23").await;
    for path in [
        "/",
        "/london/",
        "/durham/",
        "/darlington/",
        "/london/record-form/",
        "/a-z/",
        "/accessibility/",
    ] {
        b.goto(&format!("{}{path}", site.url)).await;
        fits(&b, path).await;
    }
    let url = format!("{}/london/", site.url);
    open_aid(&b, &url).await;
    fits(&b, "the aid's start").await;
    b.activate("Start now").await;
    for (heading, answer) in [
        ("immediate risk", Some(("urgent", 1))),
        ("Which agency do you work for?", Some(("your-agency", 1))),
        (
            "Which agency do you disagree with?",
            Some(("other-agency", 0)),
        ),
        ("About the case", None),
        ("What is the disagreement about?", Some(("area", 0))),
        ("Describe", None),
        ("Which stage are you at?", Some(("where", 2))),
        ("Have you raised it with", Some(("find", 1))),
        ("Have you raised it with", Some(("find", 0))),
        ("When did the earlier stages begin?", None),
    ] {
        b.wait_heading(heading).await;
        fits(&b, heading).await;
        if let Some((group, index)) = answer {
            b.choose(group, index).await;
        }
        b.activate("Continue").await;
    }
    b.wait_heading("When did stage 2").await;
    b.date("aid-stage-start", 21, 12, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("First line managers").await;
    fits(&b, "stage 2").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 2").await;
    fits(&b, "the outcome").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    fits(&b, "where it stands").await;
    b.activate("Check or change your answers").await;
    b.wait_heading("Check your record").await;
    fits(&b, "the check page").await;
    let mut n = 0;
    step(&b, prefix, &mut n, "check-320").await;
}

/// The values of the aid's fields by name (a radio group: the one chosen).
async fn typed_values(b: &Browser) -> serde_json::Value {
    b.eval("const out = {}; for (const e of document.querySelectorAll('#decision-aid-root form [name]')) { if (e.type === 'radio') { if (e.checked) out[e.name] = e.value; } else if (e.type === 'checkbox') { out[e.name] = e.checked; } else { out[e.name] = e.value; } } return out;")
        .await
}

/// Question pages are made again from what was typed when Continue finds a
/// mistake (nothing keeps a field while it is typed in): every field of the
/// page keeps its value, markup typed stays text, focus goes to the errors.
#[tokio::test]
async fn what_was_typed_stays_when_continue_finds_a_mistake() {
    let prefix = "typed-stays";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    open_aid(&b, &format!("{}/durham/", site.url)).await;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.activate("Continue").await;

    // "Something else" without saying what: the choice and the page stay.
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 8).await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains("Enter what the disagreement is about"),
        "{summary}"
    );
    assert_eq!(b.focused().await.0, "aid-error-summary");
    assert_eq!(typed_values(&b).await["area"], "other");
    b.tab_to("aid-other-area").await;
    b.type_text("Transport <b>to</b> school").await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 0).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion, then front line managers").await;
    b.activate("Continue").await;

    // Resolved, with what was agreed, and a date that does not exist.
    b.wait_heading("resolved at stage 1").await;
    b.choose("outcome", 0).await;
    let agreed = "A plan <i>agreed</i> & \"kept\" </textarea><script>window.__xss = 3</script>";
    b.tab_to("aid-agreed").await;
    b.type_text(agreed).await;
    b.date("aid-resolved-on", 31, 2, 2026).await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(summary.contains("real date"), "{summary}");
    assert_eq!(b.focused().await.0, "aid-error-summary");
    assert!(
        b.title().await.starts_with("Error: "),
        "{}",
        b.title().await
    );
    let values = typed_values(&b).await;
    assert_eq!(values["outcome"], "resolved", "{values}");
    assert_eq!(values["agreed"], agreed, "{values}");
    assert_eq!(
        (
            &values["resolved-on-day"],
            &values["resolved-on-month"],
            &values["resolved-on-year"]
        ),
        (&json!("31"), &json!("2"), &json!("2026")),
        "{values}"
    );
    assert_eq!(b.eval("return window.__xss || 0;").await, 0);
    let mut n = 0;
    step(&b, prefix, &mut n, "outcome-error").await;

    // Put right, the answer is recorded as typed, and shown as text.
    b.date("aid-resolved-on", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Questions for the record").await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    assert!(
        !b.title().await.starts_with("Error: "),
        "{}",
        b.title().await
    );
    let record = aid_text(&b).await;
    assert!(record.contains(agreed), "{record}");
    assert!(record.contains("Transport <b>to</b> school"), "{record}");
    assert_eq!(b.eval("return window.__xss || 0;").await, 0);
}

/// Focus has landed on the element with this id (it moves a frame after
/// the screen is shown).
async fn focus_lands_on(b: &Browser, id: &str, what: &str) {
    for _ in 0..40 {
        if b.focused().await.0 == id {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("{what}: focus is on “{}”, not #{id}", b.focused().await.0);
}

/// From a trial of the aid as rewritten: arriving by a `#decision-aid`
/// link, Back put focus nowhere (the browser, restoring the address's
/// fragment, undid it); the aid's own links to its fields and screens had a
/// "Back to the decision aid" link put inside its form; a target date before
/// the stage began was only "already passed".
#[tokio::test]
async fn back_errors_and_targets_stay_where_they_belong() {
    let prefix = "aid-links";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-30").await;
    open_aid(&b, &format!("{}/darlington/#decision-aid", site.url)).await;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.activate("Back").await;
    b.wait_heading("immediate risk").await;
    focus_lands_on(&b, "aid-heading", "after Back").await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    focus_lands_on(&b, "aid-heading", "after Continue").await;
    b.activate("Continue").await;

    // An error's link moves focus to its field, and adds nothing to the form.
    b.wait_heading("What is the disagreement about?").await;
    b.activate("Continue").await;
    focus_lands_on(&b, "aid-error-summary", "after a mistake").await;
    b.activate("Select what the disagreement is about").await;
    focus_lands_on(&b, "aid-area", "after the error's link").await;
    assert_eq!(
        b.eval("return document.getElementById('back-to-aid') === null;")
            .await,
        true,
        "the aid's own link was taken for a link into the text"
    );
    b.choose("area", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 0).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 24, 11, 2026).await;
    b.activate("Continue").await;

    // Darlington sets no timescale: a target of one's own, not before the
    // stage began; a past one is said once, then accepted.
    b.wait_heading("Speak to the person who made the decision")
        .await;
    b.date("aid-target", 20, 11, 2026).await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains(
            "Target date must be the same as or after the date stage 1 began, Tuesday 24 November 2026"
        ),
        "{summary}"
    );
    b.date("aid-target", 27, 11, 2026).await;
    b.activate("Continue").await;
    focus_lands_on(&b, "aid-target-warning", "a past target date").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
}

/// The finder's "raised and not resolved" at every step of the last stage
/// is what she said: the outcome shows it chosen, as at any other stage.
#[tokio::test]
async fn not_resolved_at_the_last_stage_is_shown_as_said() {
    let prefix = "last-not-resolved";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    london_to_where(&b, &format!("{}/london/", site.url), 1, 1).await;
    b.choose("where", 2).await; // I'm not sure
    b.activate("Continue").await;
    for whom in ["professionals involved", "police detective sergeant"] {
        b.wait_heading(whom).await;
        b.choose("find", crate::NOT_RESOLVED).await;
        b.activate("Continue").await;
    }
    b.wait_heading("When did the earlier stages begin?").await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 2").await;
    b.date("aid-stage-start", 18, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("First line managers").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 2").await;
    assert_eq!(
        b.eval("return document.querySelector('input[name=outcome]:checked')?.value ?? '';")
            .await,
        "unresolved"
    );
}

/// From the re-trial: the browser's Back after "Read what the procedure
/// says" emptied what was typed on the stage's screen; an outcome changed
/// from resolved to "needs to go to stage 2" offered the resolved day as the
/// day it was taken further; a stage link's first screen did not name itself
/// in the title.
#[tokio::test]
async fn what_was_typed_and_said_survives_reading_and_changing() {
    let prefix = "read-and-change";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    open_aid(
        &b,
        &format!("{}/durham/?stage=stage-1#decision-aid", site.url),
    )
    .await;
    b.wait_heading("immediate risk").await;
    assert!(
        b.title().await.starts_with("Is a child at immediate risk"),
        "{}",
        b.title().await
    );
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion, then front line managers").await;
    b.tab_to("aid-contacted").await;
    b.type_text("The social worker, Tuesday").await;
    b.activate("Read what the procedure says about this stage")
        .await;
    b.client.back().await.expect("browser back");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        b.eval("return document.getElementById('aid-contacted')?.value ?? 'gone';")
            .await,
        "The social worker, Tuesday",
        "what was typed was lost on the way back from the text"
    );
    b.activate("Continue").await;

    b.wait_heading("resolved at stage 1").await;
    b.choose("outcome", 0).await;
    b.tab_to("aid-agreed").await;
    b.type_text("Agreed at the meeting").await;
    b.date("aid-resolved-on", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Questions for the record").await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    b.activate("Change outcome").await;
    b.wait_heading("resolved at stage 1").await;
    b.choose("outcome", 1).await; // No, it needs to go to stage 2
    b.activate("Continue").await;
    b.wait_heading("When did you take it to stage 2").await;
    assert_eq!(
        b.eval("return ['', '-month', '-year'].map(p => document.getElementById('aid-escalated' + p).value).join('');")
            .await,
        "",
        "the day it was resolved was offered as the day it was taken further"
    );
}

/// From the re-trial: "it needs to go to stage 2" said before it has gone
/// there had no true answer on the next screen, which required the day it
/// was taken. Now it can be said, and the record says what is so.
#[tokio::test]
async fn needing_to_go_to_the_next_stage_is_not_having_gone() {
    let prefix = "not-taken-yet";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    london_to_where(&b, &format!("{}/london/", site.url), 1, 1).await;
    b.choose("where", 2).await; // I'm not sure
    b.activate("Continue").await;
    b.wait_heading("professionals involved").await;
    b.choose("find", crate::NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("police detective sergeant").await;
    b.choose("find", crate::NOT_YET).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 18, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion between the professionals").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
    b.activate("Continue").await; // "needs to go to stage 2", as the finder said
    b.wait_heading("When did you take it to stage 2").await;
    // Both is a mistake; "not yet" alone is an answer.
    b.date("aid-escalated", 20, 11, 2026).await;
    b.tick("aid-escalated-not-yet").await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(summary.contains("not both"), "{summary}");
    let mut n = 0;
    step(&b, prefix, &mut n, "date-and-not-yet").await;
    b.tab_to("aid-escalated").await;
    for _ in 0..3 {
        b.select_all().await;
        b.press('\u{e017}').await; // Delete
        b.press('\u{e004}').await; // Tab
    }
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    let stands = aid_text(&b).await;
    assert!(
        stands.contains("Not resolved: not yet taken to stage 2")
            && stands.contains("Take it to stage 2"),
        "{stands}"
    );
    assert!(!stands.contains("Stage 2:"), "stage 2 was begun: {stands}");
    step(&b, prefix, &mut n, "stands").await;
}
