//! `stagehand returns` on folders of monitoring returns: good ones counted,
//! every bad one named with what is wrong (and the rest still counted), a
//! return sent twice counted once, and never a half-written report.

mod support;

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use support::fixtures::tree;
use support::{build_ok, copy_tree, run, scratch, stagehand, workspace};

/// A well-formed return of Durham's procedure, resolved at stage 2.
fn durham_return(id: &str) -> Value {
    json!({
        "format": "stagehand-return", "version": 1, "id": id,
        "procedure": "durham", "procedure_updated": "2020-11-01", "made": "2026-11-20",
        "training": false, "area": "other", "agency_raising": null, "agency_receiving": null,
        "stages": [
            {"stage": "stage-1", "started": "2026-11-02", "ended": "2026-11-04", "outcome": "escalated",
             "deadlines": [{"step": 1, "due": "2026-11-03", "met": false}, {"step": 2, "due": "2026-11-04", "met": true}]},
            {"stage": "stage-2", "started": "2026-11-04", "ended": "2026-11-06", "outcome": "resolved",
             "deadlines": [{"step": 1, "due": "2026-11-09", "met": true}]}
        ],
        "outcome": "resolved", "answers": {"recorded": "yes"}
    })
}

/// A version 2 return of Darlington's procedure, as the aid makes them now:
/// months and working days, with the answer Darlington counts.
fn darlington_return(id: &str, satisfied: Option<&str>) -> Value {
    let mut answers = serde_json::Map::new();
    if let Some(a) = satisfied {
        answers.insert("satisfied".into(), json!(a));
    }
    json!({
        "format": "stagehand-return", "version": 2, "id": id,
        "procedure": "darlington", "procedure_updated": "2026-11-23", "made": "2026-11",
        "training": false, "area": null, "agency_raising": null, "agency_receiving": null,
        "began": "2026-10",
        "stages": [
            {"stage": "stage-1", "working_days": 4, "outcome": "resolved", "deadlines": []}
        ],
        "outcome": "resolved", "answers": answers
    })
}

fn write(dir: &Path, name: &str, value: &Value) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, serde_json::to_string_pretty(value).unwrap()).unwrap();
}

fn returns(folder: &Path, out: &Path) -> (bool, String, String) {
    let done = run(stagehand()
        .arg("returns")
        .arg(folder)
        .arg("--content")
        .arg(workspace().join("content"))
        .arg("--out")
        .arg(out));
    (
        done.status.success(),
        String::from_utf8_lossy(&done.stdout).into_owned(),
        String::from_utf8_lossy(&done.stderr).into_owned(),
    )
}

/// A CSV line's cells, with RFC 4180 quoting.
fn cells(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => out.last_mut().unwrap().push(c),
        }
    }
    out
}

/// The CSV's figure for one table, label and column.
fn figure(csv: &str, table: &str, label: &str, column: &str) -> Option<String> {
    csv.lines().map(cells).find_map(|c| {
        (c.len() == 4 && c[0] == table && c[1] == label && c[2] == column).then(|| c[3].clone())
    })
}

#[test]
fn every_bad_file_is_named_and_the_rest_are_counted() {
    let dir = scratch("returns-bad");
    let folder = dir.join("returns");
    write(&folder, "good/one.json", &durham_return("a1"));
    write(&folder, "good/two.json", &durham_return("a2"));
    // The same return saved twice: counted once.
    write(&folder, "again/one-copy.json", &durham_return("a1"));
    // Version 2 returns, with the answer Darlington counts, given or not.
    write(
        &folder,
        "v2/one.json",
        &darlington_return("d1", Some("yes")),
    );
    write(&folder, "v2/two.json", &darlington_return("d2", Some("no")));
    write(
        &folder,
        "v2/three.json",
        &darlington_return("d3", Some("yes")),
    );
    write(&folder, "v2/four.json", &darlington_return("d4", None));
    let mut dated = darlington_return("b7", None);
    dated["stages"][0]["started"] = json!("2026-10-05");
    write(&folder, "v2-with-a-day.json", &dated);
    let mut training = durham_return("t1");
    training["training"] = json!(true);
    write(&folder, "training.json", &training);

    let mut bad: Vec<(&str, Value, &str)> = Vec::new();
    let mut newer = durham_return("b1");
    newer["version"] = json!(9);
    bad.push(("newer.json", newer, "newer version of the decision aid"));
    let mut unknown = durham_return("b2");
    unknown["procedure"] = json!("nowhere");
    bad.push((
        "unknown-procedure.json",
        unknown,
        "names a procedure, `nowhere`, that the handbook does not have",
    ));
    let mut stage = durham_return("b3");
    stage["stages"][1]["stage"] = json!("stage-9");
    bad.push((
        "unknown-stage.json",
        stage,
        "names `stage-9` as its stage 2",
    ));
    let mut dates = durham_return("b4");
    dates["stages"][0]["ended"] = json!("2026-10-01");
    bad.push((
        "impossible-dates.json",
        dates,
        "ended (2026-10-01) before it began",
    ));
    let mut future = durham_return("b5");
    future["made"] = json!("2099-01-01");
    bad.push(("made-in-the-future.json", future, "an impossible date"));
    let mut typed = durham_return("b6");
    typed["notes"] = json!("Typed text must never be counted");
    bad.push((
        "extra-field.json",
        typed,
        "is not a monitoring return as the aid makes them",
    ));
    // Typed text where a name or an answer belongs: never shown, in the
    // terminal or on the report, even though the file is named.
    let mut answered = durham_return("b7");
    answered["answers"]["recorded"] = json!("The social worker Jane Smith refused");
    bad.push((
        "typed-answer.json",
        answered,
        "answers `recorded` with something other than yes or no",
    ));
    let mut area = durham_return("b8");
    area["area"] = json!("Jane Smith's neglect case");
    bad.push((
        "typed-area.json",
        area,
        "names an area, a value not shown here",
    ));
    let mut outcome = durham_return("b9");
    outcome["outcome"] = json!("Jane Smith refused to help");
    bad.push((
        "typed-outcome.json",
        outcome,
        "is not a monitoring return as the aid makes them",
    ));
    let record = json!({"format": "stagehand-record", "version": 2, "procedure": "durham"});
    bad.push((
        "a-record.json",
        record,
        "a practitioner's saved record, not a monitoring return",
    ));
    bad.push((
        "not-a-return.json",
        json!({"hello": 1}),
        "is not a monitoring return",
    ));
    for (name, value, _) in &bad {
        write(&folder, name, value);
    }
    std::fs::write(folder.join("not-json.json"), "{ this is not json").unwrap();
    // A 50 MB file is refused without being read whole.
    let big = std::fs::File::create(folder.join("huge.json")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();
    std::fs::write(folder.join("notes.txt"), "not a .json file: not read").unwrap();

    let out = dir.join("report");
    let (ok, said, problems) = returns(&folder, &out);
    assert!(ok, "{problems}");
    assert!(!problems.contains("panicked"), "{problems}");
    for (name, _, why) in &bad {
        let line = problems
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is not named: {problems}"));
        assert!(line.contains(why), "{name}: {line}");
    }
    assert!(
        problems.contains("not-json.json` is not JSON (line 1, column 3)"),
        "{problems}"
    );
    assert!(
        problems.contains("huge.json` is 52428800 bytes"),
        "{problems}"
    );
    assert!(
        said.starts_with(
            "Counted 6 returns from 22 files (14 not counted, 1 training, 1 sent more than once)"
        ),
        "{said}"
    );
    let csv = std::fs::read_to_string(out.join("report.csv")).unwrap();
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    for shown in [&problems, &said, &page, &csv] {
        assert!(!shown.contains("Jane Smith"), "typed text shown: {shown}");
        assert!(
            !shown.contains("Typed text must never"),
            "typed text shown: {shown}"
        );
    }
    assert_eq!(
        figure(
            &csv,
            "by-procedure",
            "Managing Professional Differences Policy",
            "Returns"
        ),
        Some("2".into())
    );
    assert_eq!(
        figure(
            &csv,
            "durham-stage-reached",
            "Stage 2: Service or operations managers",
            "Returns"
        ),
        Some("2".into())
    );
    // Stage 1: 2 November to 4 November is 2 working days; its deadlines
    // were met once and missed once in each return.
    assert_eq!(
        figure(
            &csv,
            "durham-working-days",
            "Stage 1: Discussion, then front line managers",
            "Median working days"
        ),
        Some("2".into())
    );
    assert_eq!(
        figure(
            &csv,
            "durham-deadlines",
            "Stage 1: Discussion, then front line managers",
            "Share met"
        ),
        Some("50%".into())
    );
    // Version 2 carries no day: a return with one is refused.
    assert!(
        problems.contains("v2-with-a-day.json` is not a monitoring return as the aid makes them"),
        "{problems}"
    );
    // Darlington counts "are practitioners satisfied?": every answer, and
    // the returns that gave none.
    let answer = |a: &str| figure(&csv, "darlington-answer-satisfied", a, "Returns");
    assert_eq!(
        (answer("Yes"), answer("No"), answer("Not answered")),
        (Some("2".into()), Some("1".into()), Some("1".into()))
    );
    assert!(
        page.contains("Are practitioners involved satisfied with the outcome?"),
        "{page}"
    );
    assert!(page.contains("14 files not counted"), "{page}");
    assert!(!page.contains("Typed text must never be counted"));

    // A report that cannot be written (someone's notes were saved in its
    // folder, and would be lost) leaves the previous one whole, and the notes.
    let before = std::fs::read(out.join("index.html")).unwrap();
    std::fs::write(out.join("notes.txt"), "kept by hand").unwrap();
    write(&folder, "good/three.json", &durham_return("a3"));
    let (ok, _, problems) = returns(&folder, &out);
    assert!(!ok && problems.contains("notes.txt"), "{problems}");
    assert_eq!(std::fs::read(out.join("index.html")).unwrap(), before);
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "kept by hand"
    );
}

#[test]
fn a_folder_that_is_not_there_is_an_error() {
    let (ok, _, problems) = returns(
        &PathBuf::from("/no/such/folder"),
        &scratch("returns-none").join("r"),
    );
    assert!(!ok);
    assert!(
        problems.contains("there is no folder of returns"),
        "{problems}"
    );
}

/// A version 2 return of one of London's partnerships, begun in `began`.
fn london_family_return(
    id: &str,
    procedure: &str,
    began: &str,
    outcome: &str,
    raising: &str,
) -> Value {
    let region = (procedure != "london").then_some("london");
    json!({
        "format": "stagehand-return", "version": 2, "id": id,
        "procedure": procedure, "procedure_updated": if procedure == "london" { "2021-09-01" } else { "2026-12-01" },
        "region": region, "region_updated": region.map(|_| "2021-09-01"),
        "made": "2026-11",
        "training": false, "area": null, "agency_raising": raising, "agency_receiving": "childrens-social-care",
        "began": began,
        "stages": [
            {"stage": "stage-1", "working_days": null, "outcome": if outcome == "resolved" { "resolved" } else { "under-way" }, "deadlines": []}
        ],
        "outcome": outcome, "answers": {}
    })
}

#[test]
fn a_region_s_partnerships_side_by_side_for_a_half_year_and_the_one_before() {
    let dir = scratch("returns-region");
    let folder = dir.join("returns");
    let returns_of = [
        ("l1", "london", "2026-08", "resolved", "police"),
        ("b1", "barnet", "2026-09", "resolved", "police"),
        ("b2", "barnet", "2026-10", "under-way", "education"),
        ("b3", "barnet", "2026-03", "resolved", "police"),
        ("c1", "croydon", "2026-02", "under-way", "police"),
    ];
    for (id, p, began, outcome, raising) in returns_of {
        write(
            &folder,
            &format!("{id}.json"),
            &london_family_return(id, p, began, outcome, raising),
        );
    }
    let out = dir.join("report");
    let done = run(stagehand()
        .env("STAGEHAND_TODAY", "2026-12-01")
        .arg("returns")
        .arg(&folder)
        .arg("--content")
        .arg(workspace().join("content"))
        .arg("--out")
        .arg(&out)
        .args(["--period", "2026-H2"]));
    let problems = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "{problems}");
    let said = String::from_utf8_lossy(&done.stdout);
    assert!(said.starts_with("Counted 3 returns"), "{said}");
    let csv = std::fs::read_to_string(out.join("report.csv")).unwrap();
    let before = "Returns, 1 January 2026 to 30 June 2026";
    let side = |label: &str, column: &str| figure(&csv, "london-partnerships", label, column);
    assert_eq!(
        side("Barnet Safeguarding Children Partnership", "Returns"),
        Some("2".into())
    );
    assert_eq!(
        side("Barnet Safeguarding Children Partnership", before),
        Some("1".into())
    );
    assert_eq!(
        side("Croydon Safeguarding Children Partnership", "Returns"),
        Some("0".into())
    );
    assert_eq!(
        side("Croydon Safeguarding Children Partnership", before),
        Some("1".into())
    );
    assert_eq!(
        side(
            "London Safeguarding Children Partnership (the regional procedure)",
            "Resolved"
        ),
        Some("1".into())
    );
    // Agencies that raised none in the half year are listed, with 0.
    assert_eq!(
        figure(&csv, "raised-by", "Health", "Returns"),
        Some("0".into())
    );
    assert_eq!(
        figure(&csv, "raised-by", "Police", "Returns"),
        Some("2".into())
    );
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        page.contains("began from 1 July 2026 to 31 December 2026"),
        "{page}"
    );
}

/// Names from the content reach the spreadsheet a business unit opens: one
/// that starts like a formula is written so that it is not one, and one
/// with a comma, quotes or a carriage return is quoted whole.
#[test]
fn names_from_the_content_never_run_as_formulas_in_the_csv() {
    let dir = scratch("returns-formula");
    let content = dir.join("content");
    copy_tree(&workspace().join("content"), &content);
    let stages = content.join("procedures/london/stages.yaml");
    let yaml = std::fs::read_to_string(&stages)
        .unwrap()
        .replace("    name: Police\n", "    name: \"=1+2 Police\"\n")
        .replace(
            "    name: Health\n",
            "    name: \"Health, \\\"community\\\"\\rteams\"\n",
        );
    std::fs::write(&stages, yaml).unwrap();
    let folder = dir.join("returns");
    write(
        &folder,
        "l1.json",
        &london_family_return("l1", "london", "2026-08", "resolved", "police"),
    );
    let out = dir.join("report");
    let done = run(stagehand()
        .env("STAGEHAND_TODAY", "2026-12-01")
        .arg("returns")
        .arg(&folder)
        .arg("--content")
        .arg(&content)
        .arg("--out")
        .arg(&out));
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let csv = std::fs::read_to_string(out.join("report.csv")).unwrap();
    assert!(
        csv.contains("raised-by,'=1+2 Police,Returns,1\n"),
        "a formula reached the spreadsheet: {csv}"
    );
    assert!(
        !csv.lines()
            .any(|l| l.split(',').any(|c| c.starts_with('='))),
        "{csv}"
    );
    assert!(
        csv.contains("raised-by,\"Health, \"\"community\"\"\rteams\",Returns,0\n"),
        "{csv:?}"
    );
}

#[test]
fn a_report_never_replaces_a_site_nor_a_site_a_report() {
    let dir = scratch("returns-and-site");
    let folder = dir.join("returns");
    write(&folder, "one.json", &durham_return("a1"));
    let site = dir.join("site");
    build_ok(&workspace().join("content"), &site);
    let before = tree(&site);
    let (ok, _, problems) = returns(&folder, &site);
    assert!(!ok, "the report was written over the site");
    assert!(
        problems.contains("holds a handbook site built by `stagehand build`")
            && problems.contains("such as `report`"),
        "{problems}"
    );
    assert!(tree(&site) == before, "the site changed");

    let report = dir.join("report");
    let (ok, _, problems) = returns(&folder, &report);
    assert!(ok, "{problems}");
    let before = tree(&report);
    let built = run(stagehand()
        .arg("build")
        .arg("--content")
        .arg(workspace().join("content"))
        .arg("--out")
        .arg(&report));
    let said = String::from_utf8_lossy(&built.stderr);
    assert!(
        !built.status.success(),
        "the site was built over the report"
    );
    assert!(
        said.contains("holds a monitoring report written by `stagehand returns`"),
        "{said}"
    );
    assert!(tree(&report) == before, "the report changed");
}
