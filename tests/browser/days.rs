//! The partnership's whole job: each agency's own roles, a case followed
//! over days, an anonymous monitoring return, and `stagehand returns`
//! counting returns the aid itself made.

use crate::support::browser::Browser;
use crate::support::{Site, run, scratch, stagehand, workspace};
use crate::{
    DESKTOP, PHONE, aid_text, capture_files, file_names, files, json, open_aid, open_file, step,
};
use serde_json::Value;
use std::collections::BTreeMap;

/// The real content, with an address for London's monitoring returns:
/// London's procedure gives none, so the aid offers no return for it, but
/// its agencies make it the procedure to test returns with.
pub(crate) fn london_with_returns(name: &str) -> std::path::PathBuf {
    let content = scratch(name).join("content");
    crate::support::copy_tree(&workspace().join("content"), &content);
    let stages = content.join("procedures/london/stages.yaml");
    let text = std::fs::read_to_string(&stages).unwrap();
    std::fs::write(
        &stages,
        format!("{text}\n# For the tests only.\nreturns:\n  note: Send it to the partnership's business unit.\n"),
    )
    .unwrap();
    content
}

/// London's agencies, in the order the aid lists them.
const CSC: usize = 0;
const POLICE: usize = 1;
const HEALTH: usize = 2;
const SCHOOL: usize = 3;
const ANOTHER: usize = 4;

/// "No" to the urgent question, which every procedure now asks first.
pub(crate) async fn not_urgent(b: &Browser) {
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
}

/// Through London's first questions, as a practitioner of one agency
/// disagreeing with another, to the date stage `stage` (1 or 2) began.
pub(crate) async fn london_to_stage(
    b: &Browser,
    url: &str,
    yours: usize,
    theirs: usize,
    stage: usize,
) {
    london_to_where(b, url, yours, theirs).await;
    b.choose("where", stage - 1).await;
    b.activate("Continue").await;
    if stage > 1 {
        b.wait_heading("When did the earlier stages begin?").await;
        b.activate("Continue").await;
    }
    b.wait_heading(&format!("When did stage {stage}")).await;
}

/// Through London's first questions to "Which stage are you at?".
pub(crate) async fn london_to_where(b: &Browser, url: &str, yours: usize, theirs: usize) {
    open_aid(b, url).await;
    b.activate("Start now").await;
    not_urgent(b).await;
    b.wait_heading("Which agency do you work for?").await;
    b.choose("your-agency", yours).await;
    b.activate("Continue").await;
    b.wait_heading("Which agency do you disagree with?").await;
    b.choose("other-agency", theirs).await;
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

async fn own_roles(width: u32, height: u32, prefix: &str) {
    let site = Site::real(prefix);
    let b = Browser::start(prefix, width, height).await;
    b.set_today("2026-11-23").await;
    let url = format!("{}/london/", site.url);
    let mut n = 0;
    // A police officer who disagrees with children's social care.
    london_to_stage(&b, &url, POLICE, CSC, 2).await;
    b.date("aid-stage-start", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("First line managers").await;
    let shown = aid_text(&b).await;
    assert!(
        shown.contains("Contact\nA police detective sergeant")
            && shown.contains(
                "Their counterpart\nA local authority children's social care manager (Children's social care)"
            ),
        "{shown}"
    );
    step(&b, prefix, &mut n, "police").await;
    // A teacher who disagrees with health.
    london_to_stage(&b, &url, SCHOOL, HEALTH, 2).await;
    b.date("aid-stage-start", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("First line managers").await;
    let shown = aid_text(&b).await;
    assert!(
        shown.contains("Contact\nThe designated safeguarding lead in the school")
            && shown.contains(
                "Their counterpart\nA designated or named safeguarding child health professional (Health)"
            ),
        "{shown}"
    );
    step(&b, prefix, &mut n, "teacher").await;
    // And the page itself, without the aid: the equivalent roles as a table.
    b.goto(&format!("{url}#stage-2")).await;
    b.screenshot(&format!("{prefix}-roles-table")).await;
    let table = b.text(".stage:has(> #stage-2) .roles-table").await;
    assert!(
        table.contains("Police A police detective sergeant")
            && table.contains("A school The designated safeguarding lead in the school"),
        "{table}"
    );
}

#[tokio::test]
async fn a_police_officer_and_a_teacher_see_their_own_roles() {
    own_roles(DESKTOP.0, DESKTOP.1, "roles-desktop").await;
}

#[tokio::test]
async fn a_police_officer_and_a_teacher_see_their_own_roles_on_a_phone() {
    own_roles(PHONE.0, PHONE.1, "roles-phone").await;
}

#[tokio::test]
async fn a_record_reopened_days_later_opens_where_it_stands() {
    let prefix = "days";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    let page = format!("{}/durham/", site.url);
    // Monday 16 November: stage 2 begins; 3 working days make Thursday 19th.
    b.set_today("2026-11-16").await;
    open_aid(&b, &page).await;
    b.activate("Start now").await;
    b.wait_heading("immediate risk").await;
    b.choose("urgent", 1).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    b.tab_to("aid-case-reference").await;
    b.type_text("DAYS-1").await;
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 0).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did the earlier stages begin?").await;
    b.date("aid-earlier-1", 12, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 2").await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Service or operations managers").await;
    assert!(
        aid_text(&b)
            .await
            .contains("Thursday 19 November 2026 Due in 3 working days")
    );
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 2").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
    capture_files(&b).await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    b.activate("Add the deadlines to your calendar (.ics)")
        .await;
    let made = files(&b).await;
    let (saved, ics) = (&made[0], &made[1]);
    assert!(file_names(&b).await[1].contains("DAYS-1"));
    // A reminder on the working day before each deadline, saying what to do
    // and whom to contact.
    let calendar: icalendar::Calendar = ics.parse().expect("the .ics parses");
    assert!(!calendar.components.is_empty());
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("DTSTART;VALUE=DATE:20261119"))
        .unwrap_or_else(|| panic!("an event on the 19th: {ics}"));
    let unfolded = event.replace("\r\n ", "");
    assert!(
        unfolded.contains("BEGIN:VALARM")
            && unfolded.contains("TRIGGER:-PT15H")
            && unfolded.contains("Refer the matter without delay")
            && unfolded.contains("Contact: Agency service manager"),
        "{unfolded}"
    );

    // Days later: on the deadline, then past it.
    for (today, tag, next) in [
        (
            "2026-11-19",
            "Thursday 19 November 2026 Due today",
            "If it is not resolved by Thursday 19 November 2026, take it to stage 3",
        ),
        (
            "2026-11-24",
            "Thursday 19 November 2026 Overdue by 3 working days",
            "The deadline, Thursday 19 November 2026, has passed: take it to stage 3",
        ),
    ] {
        b.set_today(today).await;
        open_aid(&b, &page).await;
        open_file(&b, &format!("{prefix}-{today}"), saved).await;
        b.wait_heading("Where this disagreement stands").await;
        let shown = aid_text(&b).await;
        assert!(shown.contains(tag), "{today}: {shown}");
        assert!(
            // Taken to stage 2 on the 16th: stage 1's steps were done by
            // then, so the team manager's deadline, the 16th, was met; the
            // professionals', the 13th, is only done: nobody said whether
            // they spoke on time, so the record never says "missed".
            shown.contains("Stage 1: Your agency team manager, front line manager or equivalent\nMonday 16 November 2026 Met")
                && shown.contains("Friday 13 November 2026 Done")
                && !shown.contains("Missed"),
            "{today}: {shown}"
        );
        assert!(
            shown.contains(
                "You are waiting to hear back from “Agency service manager, operations manager or equivalent” at Stage 2: Service or operations managers."
            ) && shown.contains(next),
            "{today}: {shown}"
        );
        b.screenshot(&format!("{prefix}-summary-{today}")).await;
    }
    b.axe("the summary of where it stands").await;
    let tags: Vec<String> = serde_json::from_value(
        b.eval("return [...document.querySelectorAll('#decision-aid-root .tag')].map(t => t.className + ':' + t.textContent);")
            .await,
    )
    .unwrap();
    assert!(
        tags.iter()
            .any(|t| t.contains("tag--red") && t.contains("Overdue by 3 working days")),
        "{tags:?}"
    );
    b.eval("document.documentElement.classList.add('print-record');")
        .await;
    b.print_pdf(&format!("{prefix}-summary")).await;
}

/// A unique word typed into every text field, to look for in the return.
const TYPED: &str = "QZXTYPED";

#[tokio::test]
async fn a_monitoring_return_holds_nothing_typed() {
    let prefix = "return";
    let site = Site::serve(prefix, &london_with_returns(&format!("{prefix}-content")));
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    open_aid(&b, &format!("{}/london/", site.url)).await;
    b.activate("Start now").await;
    not_urgent(&b).await;
    b.wait_heading("Which agency do you work for?").await;
    b.choose("your-agency", ANOTHER).await;
    b.tab_to("aid-your-agency-name").await;
    b.type_text(&format!("{TYPED} agency")).await;
    b.activate("Continue").await;
    b.wait_heading("Which agency do you disagree with?").await;
    b.choose("other-agency", POLICE).await;
    b.activate("Continue").await;
    b.wait_heading("About the case").await;
    for field in ["case-reference", "your-role"] {
        b.tab_to(&format!("aid-{field}")).await;
        b.type_text(&format!("{TYPED} {field}")).await;
    }
    b.activate("Continue").await;
    b.wait_heading("What is the disagreement about?").await;
    b.choose("area", 3).await;
    b.tab_to("aid-other-area").await;
    b.type_text(&format!("{TYPED} area")).await;
    b.activate("Continue").await;
    b.wait_heading("Describe").await;
    b.tab_to("aid-description").await;
    b.type_text(&format!("{TYPED} description")).await;
    b.activate("Continue").await;
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 0).await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 1").await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion between the professionals").await;
    b.tab_to("aid-contacted").await;
    b.type_text(&format!("{TYPED} contacted")).await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 1").await;
    b.choose("outcome", 0).await;
    b.tab_to("aid-agreed").await;
    b.type_text(&format!("{TYPED} agreed")).await;
    b.date("aid-resolved-on", 20, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Check your record").await;
    b.activate("Make a monitoring return").await;
    b.wait_heading("Your monitoring return").await;
    let preview = aid_text(&b).await;
    assert!(
        preview.contains("This is all the partnership will see"),
        "{preview}"
    );
    assert!(
        !preview.contains(TYPED),
        "the preview shows nothing typed: {preview}"
    );
    assert!(
        preview.contains("Another agency (its name is not included)")
            && preview.contains("Agency receiving it\nPolice")
            && preview.contains("Something else (your description is not included)"),
        "{preview}"
    );
    // What it leaves out is said, and why, before it is saved.
    assert!(
        preview.contains("What the return leaves out, and why")
            && preview.contains("Everything you typed"),
        "{preview}"
    );
    let mut n = 0;
    step(&b, prefix, &mut n, "return").await;
    capture_files(&b).await;
    b.activate("Save the monitoring return (.json)").await;
    let made = files(&b).await.remove(0);
    assert!(!made.contains(TYPED), "{made}");
    assert_eq!(
        file_names(&b).await,
        ["monitoring-return-london-2026-11.json"],
        "no case reference, and no day, in the return's name"
    );
    let r = json(&made);
    assert_eq!(r["agency_raising"], "other");
    assert_eq!(r["agency_receiving"], "police");
    assert_eq!(r["area"], "other");
    assert_eq!(r["outcome"], "resolved");
    assert_eq!(r["stages"][0]["deadlines"][0]["met"], true);
    // The record file, by contrast, keeps what was typed, for the child's file.
    capture_files(&b).await;
    b.activate("Back").await;
    b.wait_heading("Check your record").await;
    b.activate("Save the record to carry on later (.json)")
        .await;
    assert!(files(&b).await[0].contains(TYPED));
}

/// One London journey ending in a return: `(yours, theirs)` agencies, the
/// stage it stops at, and whether it was resolved there.
async fn london_return(
    b: &Browser,
    url: &str,
    yours: usize,
    theirs: usize,
    stage: usize,
    resolved: bool,
) -> String {
    london_to_stage(b, url, yours, theirs, stage).await;
    b.date("aid-stage-start", 16, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading(if stage == 1 {
        "Discussion between"
    } else {
        "First line managers"
    })
    .await;
    b.activate("Continue").await;
    b.wait_heading(&format!("resolved at stage {stage}")).await;
    if resolved {
        b.choose("outcome", 0).await;
        b.tab_to("aid-agreed").await;
        b.type_text("Agreed").await;
        b.date("aid-resolved-on", 18, 11, 2026).await;
        b.activate("Continue").await;
        b.wait_heading("Check your record").await;
    } else {
        b.choose("outcome", 2).await;
        b.activate("Continue").await;
        b.wait_heading("Where this disagreement stands").await;
    }
    b.activate("Make a monitoring return").await;
    b.wait_heading("Your monitoring return").await;
    capture_files(b).await;
    b.activate("Save the monitoring return (.json)").await;
    files(b).await.remove(0)
}

#[tokio::test]
async fn stagehand_returns_counts_the_returns_the_aid_made() {
    let prefix = "returns-report";
    let content = london_with_returns(&format!("{prefix}-content"));
    let site = Site::serve(prefix, &content);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.set_today("2026-11-23").await;
    let url = format!("{}/london/", site.url);
    let made = [
        london_return(&b, &url, POLICE, CSC, 1, true).await,
        london_return(&b, &url, SCHOOL, HEALTH, 2, false).await,
        london_return(&b, &url, POLICE, CSC, 2, true).await,
        london_return(&b, &url, HEALTH, SCHOOL, 1, false).await,
    ];
    let folder = scratch(&format!("{prefix}-folder"));
    for (i, text) in made.iter().enumerate() {
        std::fs::create_dir_all(folder.join(format!("week-{}", i % 2))).unwrap();
        std::fs::write(folder.join(format!("week-{}/return-{i}.json", i % 2)), text).unwrap();
    }
    // The same return sent twice, and a file that is not a return.
    std::fs::write(folder.join("week-1/return-0-again.json"), &made[0]).unwrap();
    std::fs::write(
        folder.join("broken.json"),
        "{\"format\": \"stagehand-return\"",
    )
    .unwrap();

    // Counted independently, from the files themselves.
    let returns: Vec<Value> = made.iter().map(|t| json(t)).collect();
    let mut by_pair: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_outcome: BTreeMap<String, usize> = BTreeMap::new();
    let mut reached: BTreeMap<usize, usize> = BTreeMap::new();
    let names: BTreeMap<&str, &str> = [
        ("childrens-social-care", "Children's social care"),
        ("police", "Police"),
        ("health", "Health"),
        ("education", "A school"),
    ]
    .into();
    for r in &returns {
        let pair = format!(
            "{} → {}",
            names[r["agency_raising"].as_str().unwrap()],
            names[r["agency_receiving"].as_str().unwrap()]
        );
        *by_pair.entry(pair).or_default() += 1;
        *by_outcome
            .entry(r["outcome"].as_str().unwrap().to_string())
            .or_default() += 1;
        *reached
            .entry(r["stages"].as_array().unwrap().len())
            .or_default() += 1;
    }
    assert_eq!(by_pair["Police → Children's social care"], 2);

    let out = scratch(&format!("{prefix}-out")).join("report");
    // The browser's clock says 23 November 2026: so does the command's.
    let done = run(stagehand()
        .env("STAGEHAND_TODAY", "2026-11-23")
        .arg("returns")
        .arg(&folder)
        .arg("--content")
        .arg(&content)
        .arg("--out")
        .arg(&out));
    let said = String::from_utf8_lossy(&done.stdout);
    let problems = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "{problems}");
    assert!(
        said.starts_with(
            "Counted 4 returns from 6 files (1 not counted, 0 training, 1 sent more than once)"
        ),
        "{said}"
    );
    assert!(problems.contains("broken.json` is not JSON"), "{problems}");
    let csv = std::fs::read_to_string(out.join("report.csv")).unwrap();
    let figure = |table: &str, label: &str| -> usize {
        csv.lines()
            .find(|l| {
                l.starts_with(&format!("{table},{label},Returns,"))
                    || l.starts_with(&format!("{table},\"{label}\",Returns,"))
            })
            .and_then(|l| l.rsplit(',').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {table} {label} in {csv}"))
    };
    for (pair, n) in &by_pair {
        assert_eq!(figure("by-agencies", pair), *n, "{pair}");
    }
    assert_eq!(figure("by-outcome", "Resolved"), by_outcome["resolved"]);
    assert_eq!(
        figure("by-outcome", "Still under way"),
        by_outcome["under-way"]
    );
    assert_eq!(
        figure(
            "london-stage-reached",
            "Stage 1: Discussion between the professionals"
        ),
        reached[&1]
    );
    assert_eq!(
        figure("london-stage-reached", "Stage 2: First line managers"),
        reached[&2]
    );
    assert_eq!(
        figure("by-procedure", "Resolving Professional Differences"),
        4
    );

    // The report, looked at as a person would.
    b.goto(&format!("file://{}", out.join("index.html").display()))
        .await;
    b.axe("the monitoring report").await;
    b.screenshot("returns-report").await;
    b.eval("window.scrollTo(0, document.getElementById('by-agencies').offsetTop);")
        .await;
    b.screenshot("returns-report-agencies").await;
    let phone = Browser::start(&format!("{prefix}-phone"), PHONE.0, PHONE.1).await;
    phone
        .goto(&format!("file://{}", out.join("index.html").display()))
        .await;
    let overflow = phone
        .eval("return document.documentElement.scrollWidth - window.innerWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap_or(1) <= 0,
        "the report is wider than a phone by {overflow}"
    );
    phone.screenshot("returns-report-phone").await;
    phone.print_pdf("returns-report").await;
}
