//! A record you can trust: nothing recorded that was not asked, the finder
//! lands on the right step, dates a person can give honestly, whose case it
//! is, nothing lost, and a calendar that updates instead of duplicating.

use crate::support::Site;
use crate::support::browser::Browser;
use crate::{
    DESKTOP, NOT_RESOLVED, NOT_YET, PHONE, WAITING, aid_text, capture_files,
    durham_waiting_at_stage_2, file_names, files, json, open_aid, step,
};

async fn start(b: &Browser, url: &str) {
    open_aid(b, url).await;
}

/// Through the first questions to "Which stage are you at?".
async fn to_where(b: &Browser) {
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    from_urgent_to_where(b).await;
}

/// From the safety question ("No") through the case's questions to "Which
/// stage are you at?".
pub(crate) async fn from_urgent_to_where(b: &Browser) {
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
}

#[tokio::test]
async fn a_stage_link_asks_about_safety_first_and_records_nothing_unasked() {
    let prefix = "stage-link";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    start(
        &b,
        &format!("{}/durham/?stage=stage-3#decision-aid", site.url),
    )
    .await;
    // The safety question is put first, even from a trainer's link, which
    // says where it goes.
    b.wait_heading("Is a child at immediate risk").await;
    let said = aid_text(&b).await;
    assert!(
        said.contains(
            "You followed a link to stage 3: Strategic managers or heads of service. First, the child's safety."
        ),
        "{said}"
    );
    let mut n = 0;
    step(&b, prefix, &mut n, "urgent-first").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 3").await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Strategic managers").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 3").await;
    b.choose("outcome", 2).await; // Not yet
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    b.activate("Check or change your answers").await;
    b.wait_heading("Check your record").await;
    step(&b, prefix, &mut n, "check").await;
    let shown = aid_text(&b).await;
    for said in [
        "Is a child at immediate risk of significant harm?\nNo",
        "What the disagreement is about\nNot asked",
        "Description\nNot asked",
        "Case reference\nNot asked",
        "Outcome\nNot yet known: waiting to hear back",
        "What were the professional differences?\nNot asked yet",
    ] {
        assert!(shown.contains(said), "“{said}” in {shown}");
    }
    // Stages 1 and 2 were never asked about: their dates say so.
    assert_eq!(shown.matches("Began\nNot asked").count(), 2, "{shown}");
    capture_files(&b).await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    let record = json(&files(&b).await[0]);
    assert_eq!(record["urgent"], false, "asked, and answered No");
    assert_eq!(record["area"], serde_json::Value::Null);
    assert_eq!(record["description"], serde_json::Value::Null);
    assert_eq!(record["stages"][0]["started"], serde_json::Value::Null);
    assert_eq!(record["stages"][0]["started_not_known"], false);
    assert_eq!(record["stages"][2]["outcome"], "waiting");
}

#[tokio::test]
async fn a_training_example_tells_its_story_with_this_weeks_dates() {
    let prefix = "scenario";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    start(
        &b,
        &format!(
            "{}/durham/?scenario=referral-threshold#decision-aid",
            site.url
        ),
    )
    .await;
    b.wait_heading("A school's referral is judged below the threshold")
        .await;
    let story = aid_text(&b).await;
    assert!(
        story.contains("Fictional. A primary school's designated safeguarding lead"),
        "{story}"
    );
    let mut n = 0;
    step(&b, prefix, &mut n, "story").await;
    b.activate("Start the example").await;
    b.wait_heading("Is a child at immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("Service or operations managers").await;
    let shown = aid_text(&b).await;
    // Stage 2 began on the Wednesday of the past week (its weekday in the
    // scenario), so its three working days end today.
    assert!(shown.contains("Training example"), "{shown}");
    assert!(
        shown.contains("Wednesday 18 November 2026")
            && shown.contains("Monday 23 November 2026 Due today"),
        "{shown}"
    );
    assert!(!shown.contains("Overdue"), "{shown}");
    step(&b, prefix, &mut n, "stage").await;

    // A link to something the procedure does not have says so.
    start(
        &b,
        &format!("{}/durham/?stage=stage-9#decision-aid", site.url),
    )
    .await;
    let problem = aid_text(&b).await;
    assert!(
        problem.contains("names a stage, “stage-9”, that this procedure does not have"),
        "{problem}"
    );
    step(&b, prefix, &mut n, "unknown-stage").await;
    start(
        &b,
        &format!("{}/durham/?scenario=nope#decision-aid", site.url),
    )
    .await;
    assert!(
        aid_text(&b)
            .await
            .contains("names a worked example, “nope”, that this procedure does not have")
    );
}

/// The steps of the stage on screen, as read.
async fn step_texts(b: &Browser) -> Vec<String> {
    serde_json::from_value(
        b.eval("return [...document.querySelectorAll('.aid-steps > li')].map(li => li.innerText);")
            .await,
    )
    .unwrap()
}

#[tokio::test]
async fn the_finder_asks_about_every_step() {
    let prefix = "finder";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    let durham = format!("{}/durham/", site.url);
    // Raised with the professionals, not resolved; raised with the team
    // manager and waiting for the answer: stage 1, step 2, not stage 2.
    start(&b, &durham).await;
    to_where(&b).await;
    b.choose("where", 4).await; // I'm not sure
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “The professionals involved”?")
        .await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading(
        "Have you raised it with “Your agency team manager, front line manager or equivalent”?",
    )
    .await;
    b.choose("find", WAITING).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    // Said, not left to be guessed from the question that follows.
    let hint = "return document.getElementById('aid-stage-start-hint').innerText;";
    assert!(
        b.eval(hint).await.as_str().is_some_and(|h| h
            .starts_with("Your answers put you at stage 1: Discussion, then front line managers.")),
        "{}",
        b.eval(hint).await
    );
    b.date("aid-stage-start", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion, then front line managers").await;
    let mut n = 0;
    step(&b, prefix, &mut n, "stage-1-step-2").await;
    // Into the procedure's text about this stage, and back by keyboard to
    // the same question.
    b.activate("Read what the procedure says about this stage")
        .await;
    b.press(crate::support::browser::TAB).await;
    assert_eq!(b.focused().await.1, "Back to the decision aid");
    b.press(crate::support::browser::ENTER).await;
    assert_eq!(
        b.focused().await,
        (
            "aid-heading".to_string(),
            "Discussion, then front line managers".to_string()
        )
    );
    let shown = step_texts(&b).await;
    assert_eq!(shown.len(), 2);
    assert!(shown[0].contains("Done"), "{}", shown[0]);
    assert!(
        shown[1].contains("You raised it here: waiting for the answer")
            && shown[1].contains("Wednesday 25 November 2026"),
        "the team manager within one working day of the discussion's deadline: {}",
        shown[1]
    );

    // Raised with both and not resolved, not yet with the service manager:
    // stage 1 is over and stage 2 has not begun. No "when did stage 2
    // begin?", and no deadline of stage 1 tagged done by a date not given.
    b.goto(&durham).await;
    start(&b, &durham).await;
    to_where(&b).await;
    b.choose("where", 4).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “The professionals involved”?")
        .await;
    // "I'm not sure" is not in the record, and Back still shows it chosen.
    b.activate("Back").await;
    b.wait_heading("Which stage are you at?").await;
    let chosen = "return [...document.getElementsByName('where')].findIndex(r => r.checked);";
    assert_eq!(b.eval(chosen).await, 4);
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “The professionals involved”?")
        .await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “Your agency team manager")
        .await;
    b.choose("find", NOT_RESOLVED).await;
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “Agency service manager")
        .await;
    step(&b, prefix, &mut n, "service-manager").await;
    // The finder does not yet know the stage, so it does not name one; Back
    // shows the answer given.
    let caption = "return document.querySelector('#decision-aid-root .caption').innerText;";
    assert_eq!(b.eval(caption).await, "Finding your stage");
    b.activate("Back").await;
    b.wait_heading("Have you raised it with “Your agency team manager")
        .await;
    let chosen = "return [...document.getElementsByName('find')].findIndex(r => r.checked);";
    assert_eq!(b.eval(chosen).await, NOT_RESOLVED as i64);
    b.activate("Continue").await;
    b.wait_heading("Have you raised it with “Agency service manager")
        .await;
    b.choose("find", NOT_YET).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion, then front line managers").await;
    step(&b, prefix, &mut n, "stage-1-done").await;
    let shown = step_texts(&b).await;
    assert!(
        shown
            .iter()
            .all(|s| s.contains("Done") && !s.contains("You are at this step")),
        "{shown:?}"
    );
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
    // Raised at every step and not resolved, as she said: shown chosen.
    let chosen = "return [...document.getElementsByName('outcome')].findIndex(r => r.checked);";
    assert_eq!(b.eval(chosen).await, 1, "No, it needs to go to stage 2");
    b.choose("outcome", 2).await; // Not yet: waiting
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    let stands = aid_text(&b).await;
    assert!(
        stands.contains("Stage 1: Discussion") && !stands.contains("Stage 2: Service"),
        "stage 2 has not begun: {stands}"
    );
}

#[tokio::test]
async fn the_end_of_the_route_and_a_stage_without_a_date_say_one_true_thing() {
    let prefix = "final-stage";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    let mut n = 0;
    // Darlington's stage 4: "as soon as possible", and no other sentence
    // saying there is no timescale.
    start(
        &b,
        &format!("{}/darlington/?stage=stage-4#decision-aid", site.url),
    )
    .await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 4").await;
    b.date("aid-stage-start", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Heads of Service").await;
    let shown = aid_text(&b).await;
    assert_eq!(
        shown
            .matches("As soon as possible: the procedure sets no date")
            .count(),
        1,
        "{shown}"
    );
    assert!(!shown.contains("sets no timescale"), "{shown}");
    step(&b, prefix, &mut n, "asap").await;

    // The final stage: not resolved, in the procedure's own terms.
    start(
        &b,
        &format!("{}/darlington/?stage=stage-5#decision-aid", site.url),
    )
    .await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 5").await;
    b.date("aid-stage-start", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Statutory Safeguarding Partners").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 5").await;
    let choices = aid_text(&b).await;
    assert!(
        choices.contains("No, it was not resolved at this final stage")
            && choices.contains("make the ultimate decision on the next course of action"),
        "{choices}"
    );
    b.choose("outcome", 1).await;
    step(&b, prefix, &mut n, "final-outcome").await;
    // No date the person did not give: the date is empty until they do.
    assert_eq!(
        b.eval("return ['day', 'month', 'year'].map(p => document.getElementById('aid-unresolved-on' + (p === 'day' ? '' : '-' + p)).value).join('');")
            .await,
        "",
        "the date was filled in for them"
    );
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(summary.contains("Enter the date"), "{summary}");
    b.date("aid-unresolved-on", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Questions for the record").await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    let record = aid_text(&b).await;
    assert!(
        record.contains("Not resolved at the final stage on Monday 23 November 2026. The Statutory Safeguarding Partners"),
        "{record}"
    );
    assert!(!record.contains("escalated"), "{record}");
}

#[tokio::test]
async fn dates_can_be_not_known_but_not_out_of_order() {
    let prefix = "dates";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    start(&b, &format!("{}/durham/", site.url)).await;
    to_where(&b).await;
    b.choose("where", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did the earlier stages begin?").await;
    // Only the wrong part of a date is highlighted.
    b.tab_to("aid-earlier-1").await;
    b.type_text("3").await;
    b.tab_to("aid-earlier-1-year").await;
    b.type_text("2026").await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains("Date stage 1 began must include a month"),
        "{summary}"
    );
    let red: Vec<String> = serde_json::from_value(
        b.eval("return [...document.querySelectorAll('.input--error')].map(e => e.id);")
            .await,
    )
    .unwrap();
    assert_eq!(red, ["aid-earlier-1-month"]);
    let mut n = 0;
    step(&b, prefix, &mut n, "month-missing").await;
    b.date("aid-earlier-1", 10, 11, 2026).await;
    b.activate("Continue").await;

    b.wait_heading("When did stage 2").await;
    // Blank, and not "I do not know": GOV.UK's words.
    b.activate("Continue").await;
    assert!(
        b.text("#aid-error-summary")
            .await
            .contains("Enter the date stage 2 began, or select ‘I do not know’")
    );
    // Before stage 1: refused.
    b.date("aid-stage-start", 5, 11, 2026).await;
    b.activate("Continue").await;
    let summary = b.text("#aid-error-summary").await;
    assert!(
        summary.contains(
            "Date stage 2 began must be the same as or after the date stage 1 began, Tuesday 10 November 2026"
        ),
        "{summary}"
    );
    step(&b, prefix, &mut n, "out-of-order").await;
    // Not known: allowed, and said so.
    b.tab_to("aid-stage-start").await;
    for _ in 0..3 {
        b.select_all().await;
        b.press('\u{e017}').await; // Delete
        b.press(crate::support::browser::TAB).await;
    }
    b.tick("aid-stage-start-unknown").await;
    b.activate("Continue").await;
    b.wait_heading("Service or operations managers").await;
    let shown = aid_text(&b).await;
    assert!(
        shown.contains("You do not know when this stage began")
            && shown.contains("deadlines cannot be worked out"),
        "{shown}"
    );
    step(&b, prefix, &mut n, "not-known").await;

    // A target date in the past: a warning, then accepted.
    start(
        &b,
        &format!("{}/darlington/?stage=stage-3#decision-aid", site.url),
    )
    .await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 3").await;
    b.date("aid-stage-start", 2, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Interagency meeting").await;
    b.date("aid-target", 13, 11, 2026).await;
    b.activate("Continue").await;
    let warning = b.text("#aid-target-warning").await;
    assert!(
        warning.contains("Friday 13 November 2026, has already passed"),
        "{warning}"
    );
    step(&b, prefix, &mut n, "past-target").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 3").await;
}

#[tokio::test]
async fn the_calendar_updates_its_events_and_names_the_case() {
    let prefix = "calendar";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    start(&b, &format!("{}/durham/", site.url)).await;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.tab_to("aid-case-reference").await;
    b.type_text("ABC-123").await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    durham_waiting_at_stage_2(&b, 20).await;
    capture_files(&b).await;
    b.activate("Add the deadlines to your calendar (.ics)")
        .await;
    let first = files(&b).await.remove(0);
    assert!(file_names(&b).await[0].contains("ABC-123"));
    let uid = |ics: &str| {
        ics.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert!(
        first.contains("SUMMARY:Due: Stage 2: Service or operations managers")
            && first.contains("(case ABC-123)"),
        "{first}"
    );
    assert!(first.contains("STATUS:CONFIRMED"), "{first}");
    // Resolved later, and downloaded again: the same event, now cancelled.
    b.activate("Record what happened at this stage").await;
    b.wait_heading("resolved at stage 2").await;
    b.choose("outcome", 0).await;
    b.tab_to("aid-agreed").await;
    b.type_text("Agreed").await;
    b.date("aid-resolved-on", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Questions for the record").await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    capture_files(&b).await;
    b.activate("Add the deadlines to your calendar (.ics)")
        .await;
    let second = files(&b).await.remove(0);
    assert_eq!(uid(&first), uid(&second), "the same events, updated");
    assert!(!second.contains("STATUS:CONFIRMED"), "{second}");
    assert!(second.contains("STATUS:CANCELLED"), "{second}");
    let calendar: icalendar::Calendar = second.parse().expect("the .ics parses");
    assert!(!calendar.components.is_empty());
}

#[tokio::test]
async fn buttons_look_like_buttons_and_forms_print_whole() {
    let prefix = "looks";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    open_aid(&b, &format!("{}/durham/", site.url)).await;
    // Secondary buttons stand out from the aid's panel.
    let colours = b
        .eval("const panel = getComputedStyle(document.querySelector('.aid-section')).backgroundColor;
               const probe = document.createElement('button'); probe.className = 'button button--secondary';
               document.querySelector('.aid').append(probe);
               const c = getComputedStyle(probe).backgroundColor; probe.remove(); return [panel, c];")
        .await;
    assert_ne!(colours[0], colours[1], "{colours}");
    // Printed, a question is never split from its answer box.
    b.goto(&format!("{}/durham/record-form/", site.url)).await;
    b.cdp(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "media": "print" }),
    )
    .await;
    let split = b
        .eval("return [...document.querySelectorAll('.record-form .form-group')].filter(g => getComputedStyle(g).breakInside !== 'avoid').length;")
        .await;
    assert_eq!(split, 0);
    let pdf = b.print_pdf("durham-record-form").await;
    assert!(pdf.starts_with(b"%PDF"));
}
