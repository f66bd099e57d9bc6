//! `stagehand check` on content that builds with warnings, the real content,
//! and `stagehand deadline`. The broken fixtures go through every door in
//! `doors.rs`; the fixtures' layout is in `support/fixtures.rs`.

mod support;

use support::{build_ok, fixtures, run, scratch, stagehand, workspace};

/// Run `check` on a fixture: whether it passed, its report, and the
/// expected lines missing from the report.
fn check_fixture(kind: &str, case: &str, test: &str) -> (bool, String, Vec<String>) {
    let content = fixtures::content(kind, case, test);
    let out = run(stagehand().arg("check").arg("--content").arg(&content));
    let report = String::from_utf8_lossy(&out.stderr).into_owned();
    let missing = fixtures::expected(kind, case, &content)
        .into_iter()
        .filter(|w| !report.contains(w.as_str()))
        .collect();
    (out.status.success(), report, missing)
}

/// Content that builds, but with something an editor should know:
/// `fixtures/warned/` holds those cases, each with its expected warning.
#[test]
fn every_warned_fixture_builds_with_a_located_warning() {
    let mut failures = Vec::new();
    let cases = fixtures::cases("warned");
    assert!(!cases.is_empty());
    for case in &cases {
        let (ok, report, missing) = check_fixture("warned", case, "warned");
        if !ok || !missing.is_empty() || !report.contains("warning") || !report.contains("help:") {
            failures.push(format!(
                "== {case}: exit ok={ok}, missing {missing:?}\n{report}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Raw HTML in procedure text is an editor's convenience, not a way to run
/// code on a public site: what the check warns of is gone from the built page,
/// and what is safe (a picture and its description) stays.
#[test]
fn hostile_html_in_procedure_text_never_reaches_the_page() {
    let content = fixtures::content("warned", "hostile-html", "hostile");
    let out = scratch("hostile").join("site");
    build_ok(&content, &out);
    let page = std::fs::read_to_string(out.join("sample/index.html")).unwrap();
    let body = &page[page.find("<main").unwrap()..];
    for gone in [
        "document.cookie",
        "onerror",
        "javascript:",
        "style=",
        "<iframe",
    ] {
        assert!(!body.contains(gone), "{gone} reached the page");
    }
    assert!(body.contains(r#"<img src="x.png" alt="A picture">"#));
    assert!(body.contains("Read more"));
    assert!(body.contains("Urgent."));
    assert!(body.contains("Open the form"));
}

#[test]
fn check_accepts_the_real_content_and_warns_of_a_passed_review() {
    let real = run(stagehand()
        .arg("check")
        .arg("--content")
        .arg(workspace().join("content")));
    let said = String::from_utf8_lossy(&real.stderr);
    assert!(real.status.success(), "{said}");
    // Its warnings: the address it will have once published, and
    // Darlington's returns, which its procedure sends to a business unit
    // without saying how to reach it (no address is made up for it).
    assert!(said.contains("0 errors, 2 warnings\n"), "{said}");
    assert!(
        said.contains("darlington/stages.yaml:113:3: `returns` says where monitoring returns go, but gives no way to reach it"),
        "{said}"
    );

    let content = fixtures::content("broken", "unknown-within", "review");
    std::fs::copy(
        workspace().join("tests/fixtures/minimal/procedures/sample/stages.yaml"),
        content.join("procedures/sample/stages.yaml"),
    )
    .unwrap();
    let md = content.join("procedures/sample/procedure.md");
    let text = std::fs::read_to_string(&md).unwrap().replace(
        "updated: 2026-01-15",
        "updated: 2026-01-15\nreview_due: 2020-01-01",
    );
    std::fs::write(&md, text).unwrap();
    let out = run(stagehand().arg("check").arg("--content").arg(&content));
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "a warning is not an error: {report}");
    assert!(
        report.contains("procedure.md:6:13")
            && report.contains("review of this procedure was due on 1 January 2020"),
        "{report}"
    );
}

#[test]
fn deadline_prints_what_the_aid_shows() {
    let content = workspace().join("content");
    let deadline = |from: &str, within: &str| {
        let out = run(stagehand()
            .args(["deadline", "--from", from, "--within", within, "--content"])
            .arg(&content));
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Christmas Day (Friday) and the substitute Boxing Day (Monday 28th) are skipped.
    assert_eq!(deadline("2026-12-23", "3 working days").1, "2026-12-30\n");
    assert_eq!(
        deadline("2026-12-23T17:00", "24 hours").1,
        "2026-12-24T17:00\n"
    );
    assert_eq!(deadline("2026-12-23", "2 days").1, "2026-12-25\n");
    // Past the calendar's last year: a date, and a warning on standard error.
    let (ok, out, err) = deadline("2030-06-03", "1 working day");
    assert!(
        ok && out == "2030-06-04\n" && err.contains("warning") && err.contains("2030"),
        "{out}{err}"
    );
    let (ok, _, err) = deadline("2026-12-23", "soonish");
    assert!(!ok && err.contains("not a timescale"), "{err}");
    let (ok, _, err) = deadline("2026-12-23", "24 hours");
    assert!(!ok && err.contains("needs the time"), "{err}");
}

/// `check --external` lists every link to another site where it is written,
/// for an editor to follow by hand; nothing is fetched (this machine, like
/// many an editor's build machine, may have no internet).
#[test]
fn check_external_lists_links_to_other_sites_where_they_are_written() {
    let out = run(stagehand()
        .args(["check", "--external", "--content"])
        .arg(workspace().join("content")));
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("to check by hand:")
            && said.contains("procedures/durham/stages.yaml:")
            && said.contains("mailto:firstcontact@durham.gov.uk")
            && said.contains(
                "procedures/croydon/procedure.md:27:189  https://croydonlcsb.org.uk/cscp-escalation-and-resolution-policy"
            ),
        "{said}"
    );
}
