//! `stagehand check` and `stagehand build` on broken content: every mistake
//! in `fixtures/broken/` is reported with file, line, column and a fix, never
//! a panic, and a failed build leaves the previous site untouched.
//!
//! Each fixture folder holds only what differs from `fixtures/minimal/` (a
//! small, valid handbook), an optional `DELETE` listing files to remove, and
//! `expected.txt`: the location first, then what the report must say.

mod support;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{
    build_ok, copy_tree, files_under, minimal_handbook, run, scratch, stagehand, workspace,
};

/// The minimal handbook with one fixture of `broken/` laid over it.
fn content_for(case: &str, test: &str) -> PathBuf {
    fixture("broken", case, test)
}

/// The minimal handbook with `fixtures/<kind>/<case>` laid over it.
fn fixture(kind: &str, case: &str, test: &str) -> PathBuf {
    let content = minimal_handbook(&format!("{test}-{case}"));
    copy_tree(
        &workspace().join("tests/fixtures").join(kind).join(case),
        &content,
    );
    if let Ok(list) = std::fs::read_to_string(content.join("DELETE")) {
        for line in list.lines().filter(|l| !l.is_empty()) {
            std::fs::remove_file(content.join(line)).unwrap();
        }
        std::fs::remove_file(content.join("DELETE")).unwrap();
    }
    std::fs::remove_file(content.join("expected.txt")).unwrap();
    content
}

/// Run `check` on a fixture and list the expected lines (file:line:column
/// first, then the wording) missing from its report.
fn check_fixture(kind: &str, case: &str, test: &str) -> (bool, String, Vec<String>) {
    let dir = workspace().join("tests/fixtures").join(kind).join(case);
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let content = fixture(kind, case, test);
    let (ok, report) = run_bounded(stagehand().arg("check").arg("--content").arg(&content));
    let mut wanted: Vec<String> = expected.lines().map(str::to_string).collect();
    // The location is printed with the content folder in front.
    wanted[0] = format!("{}/{}", content.display(), wanted[0]);
    let missing = wanted
        .into_iter()
        .filter(|w| !report.contains(w.as_str()))
        .collect();
    (ok, report, missing)
}

/// Run a command, killing it if it takes more than a minute (an alias bomb
/// must be refused, not expanded until memory runs out).
fn run_bounded(cmd: &mut Command) -> (bool, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("stagehand did not answer within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_broken_fixture_is_reported_clearly() {
    let broken = workspace().join("tests/fixtures/broken");
    let mut cases: Vec<String> = std::fs::read_dir(&broken)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 22,
        "the fixtures cover the issue's list: {cases:?}"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let (ok, report, missing) = check_fixture("broken", case, "check");
        if ok || report.contains("panicked") || !missing.is_empty() || !report.contains("help:") {
            failures.push(format!(
                "== {case}: exit ok={ok}, missing {missing:?}\n{report}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Content that builds, but with something an editor should know:
/// `fixtures/warned/` holds those cases, each with its expected warning.
#[test]
fn every_warned_fixture_builds_with_a_located_warning() {
    let warned = workspace().join("tests/fixtures/warned");
    let mut failures = Vec::new();
    let mut cases: Vec<String> = std::fs::read_dir(&warned)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
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
    let content = fixture("warned", "hostile-html", "hostile");
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
fn a_failed_build_leaves_the_previous_site_untouched() {
    let out = scratch("untouched").join("site");
    let good = workspace().join("tests/fixtures/minimal");
    build_ok(&good, &out);
    let before = std::fs::read(out.join("sample/index.html")).unwrap();
    let files_before = files_under(&out).len();

    for case in ["unknown-within", "missing-site-yaml", "invalid-utf8"] {
        let content = content_for(case, "untouched");
        let failed = run(stagehand()
            .arg("build")
            .arg("--content")
            .arg(&content)
            .arg("--out")
            .arg(&out));
        assert!(!failed.status.success(), "{case} must fail the build");
        let report = String::from_utf8_lossy(&failed.stderr);
        assert!(report.contains("Nothing was written"), "{report}");
        assert_eq!(
            std::fs::read(out.join("sample/index.html")).unwrap(),
            before,
            "{case} changed the site"
        );
        assert_eq!(
            files_under(&out).len(),
            files_before,
            "{case} added or removed files"
        );
    }
    // No staging folders are left beside the site.
    let leftovers: Vec<_> = std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name() != "site")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn check_accepts_the_real_content_and_warns_of_a_passed_review() {
    let real = run(stagehand()
        .arg("check")
        .arg("--content")
        .arg(workspace().join("content")));
    assert!(
        real.status.success(),
        "{}",
        String::from_utf8_lossy(&real.stderr)
    );

    let content = content_for("unknown-within", "review");
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
