//! The output folder is the build's, and nothing else: what an editor puts
//! in `static/` or beside a procedure reaches the site; nothing the build did
//! not write is ever deleted; a build killed at any moment leaves the live
//! site whole and, after the next build, nothing beside it.

mod support;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;
use support::fixtures::{differences, tree};
use support::{build_ok, build_ok_with, copy_tree, minimal_handbook, run, stagehand};

fn build(content: &Path, out: &Path) -> (bool, String) {
    let built = run(stagehand()
        .args(["build", "--no-search", "--content"])
        .arg(content)
        .arg("--out")
        .arg(out));
    (
        built.status.success(),
        String::from_utf8_lossy(&built.stderr).into_owned(),
    )
}

#[test]
fn static_files_and_files_a_procedure_links_to_are_copied() {
    let content = minimal_handbook("output-static");
    std::fs::create_dir_all(content.join("static/.well-known")).unwrap();
    std::fs::write(content.join("static/CNAME"), "procedures.example.org\n").unwrap();
    std::fs::write(
        content.join("static/.well-known/security.txt"),
        "Contact: x\n",
    )
    .unwrap();
    let picture = b"\x89PNG not really, but bytes all the same";
    std::fs::write(content.join("procedures/sample/diagram.png"), picture).unwrap();
    let md = content.join("procedures/sample/procedure.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(
        &md,
        format!("{text}\n![The route as a diagram](diagram.png)\n"),
    )
    .unwrap();
    let out = content.parent().unwrap().join("site");
    build_ok(&content, &out);
    assert_eq!(
        std::fs::read_to_string(out.join("CNAME")).unwrap(),
        "procedures.example.org\n"
    );
    assert!(out.join(".well-known/security.txt").exists());
    assert_eq!(
        std::fs::read(out.join("sample/diagram.png")).unwrap(),
        picture
    );
    let page = std::fs::read_to_string(out.join("sample/index.html")).unwrap();
    assert!(
        page.contains(r#"<img src="diagram.png" alt="The route as a diagram">"#),
        "{page}"
    );
    // Copied again by every build, not lost after two.
    build_ok(&content, &out);
    build_ok(&content, &out);
    assert!(out.join("CNAME").exists() && out.join("sample/diagram.png").exists());
}

#[test]
fn a_build_never_deletes_what_it_did_not_write() {
    let content = minimal_handbook("output-foreign");
    let dir = content.parent().unwrap().to_path_buf();
    let out = dir.join("site");
    build_ok(&content, &out);
    // A host's file put in the built site by hand: the build refuses, and says where it goes.
    std::fs::write(out.join("CNAME"), "procedures.example.org\n").unwrap();
    let (ok, report) = build(&content, &out);
    assert!(
        !ok && report.contains("CNAME") && report.contains("static/"),
        "{report}"
    );
    assert!(out.join("CNAME").exists());
    std::fs::remove_file(out.join("CNAME")).unwrap();

    // A folder of someone's own files.
    let documents = dir.join("documents");
    std::fs::create_dir_all(&documents).unwrap();
    std::fs::write(documents.join("notes.txt"), "mine").unwrap();
    let (ok, report) = build(&content, &documents);
    assert!(
        !ok && report.contains("not a site that stagehand built"),
        "{report}"
    );
    assert_eq!(
        std::fs::read_to_string(documents.join("notes.txt")).unwrap(),
        "mine"
    );
    assert!(!dir.join(".documents.previous").exists());

    // The content itself, the folder that holds it, a folder inside it, and
    // the folder stagehand runs in.
    let before = tree(&dir);
    for (out, cwd) in [
        (content.clone(), &dir),
        (dir.clone(), &dir),
        (content.join("procedures/site"), &dir),
        (".".into(), &dir),
        (".".into(), &documents),
    ] {
        let refused = run(stagehand()
            .current_dir(cwd)
            .args(["build", "--content"])
            .arg(&content)
            .arg("--out")
            .arg(&out));
        let report = String::from_utf8_lossy(&refused.stderr);
        assert!(
            !refused.status.success()
                && report.contains("cannot be written to")
                && report.contains("help:"),
            "{}: {report}",
            out.display()
        );
        assert!(
            differences(&before, &tree(&dir)).is_empty(),
            "{} changed files",
            out.display()
        );
    }
}

/// The hidden folders a build may leave beside `out`.
fn beside(out: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".site"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_killed_build_leaves_the_site_whole_and_nothing_behind_after_the_next() {
    // Big enough that a build takes a while to write.
    let content = minimal_handbook("output-killed");
    let sample = content.join("procedures/sample");
    for n in 0..1000 {
        copy_tree(&sample, &content.join(format!("procedures/sample-{n}")));
    }
    let out = content.parent().unwrap().join("site");
    build_ok_with(&content, &out, &["--no-search"]);
    let whole = tree(&out);
    let mut killed_while_writing = 0;
    let md = sample.join("procedure.md");
    let text = std::fs::read_to_string(&md).unwrap();
    // Killed at moments after its staging folder appears: while it writes,
    // about when it swaps, and after.
    for (round, wait) in [0u64, 2, 10, 30, 60, 120, 250, 500].into_iter().enumerate() {
        // Every page changes (the home page lists the title), so the build writes.
        std::fs::write(
            &md,
            text.replace("Sample Escalation", &format!("Sample {round} Escalation")),
        )
        .unwrap();
        let mut child = stagehand()
            .args(["build", "--no-search", "--content"])
            .arg(&content)
            .arg("--out")
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let staging = out.with_file_name(format!(".site.new-{}", child.id()));
        while !staging.exists() && child.try_wait().unwrap().is_none() {
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_millis(wait));
        let _ = child.kill();
        let _ = child.wait();
        if staging.exists() {
            killed_while_writing += 1;
        }
        // The live site is one build whole: the one before, or the one killed
        // just after its swap. Never a mixture, never missing.
        let now = tree(&out);
        let home =
            String::from_utf8_lossy(now[Path::new("index.html")].as_ref().unwrap()).into_owned();
        let paths = |t: &std::collections::BTreeMap<std::path::PathBuf, Option<Vec<u8>>>| {
            t.keys().cloned().collect::<std::collections::BTreeSet<_>>()
        };
        let (a, b) = (paths(&whole), paths(&now));
        let lost: Vec<_> = a.difference(&b).take(5).collect();
        let added: Vec<_> = b.difference(&a).take(5).collect();
        assert!(
            lost.is_empty() && added.is_empty(),
            "round {round}: files lost {lost:?}, added {added:?}"
        );
        let title = (0..=round)
            .rev()
            .find(|r| home.contains(&format!("Sample {r} Escalation")));
        let page = String::from_utf8_lossy(now[Path::new("sample/index.html")].as_ref().unwrap())
            .into_owned();
        assert_eq!(
            title,
            (0..=round)
                .rev()
                .find(|r| page.contains(&format!("Sample {r} Escalation"))),
            "round {round}: the home page and the procedure's page are from different builds"
        );
        // What the killed build left beside the site (its memory, the site
        // before) is trusted or set aside: the next build is a clean one.
        build_ok_with(&content, &out, &["--no-search"]);
        let clean = out.with_file_name(format!("clean-{round}"));
        build_ok_with(&content, &clean, &["--no-search"]);
        let wrong = differences(&tree(&clean), &tree(&out));
        assert!(
            wrong.is_empty(),
            "round {round}: the build after a killed one differs from a clean build: {:?}",
            &wrong[..wrong.len().min(5)]
        );
        std::fs::remove_dir_all(&clean).unwrap();
        let _ = std::fs::remove_dir_all(clean.with_file_name(format!(".clean-{round}.cache")));
    }
    assert!(
        killed_while_writing > 0,
        "no build was killed while it wrote"
    );
    build_ok(&content, &out);
    assert_eq!(
        beside(&out),
        [".site.cache", ".site.previous"],
        "leftovers beside the site"
    );
    // A staging folder left by a build killed long ago, by a process that is gone.
    let stale = out.with_file_name(".site.new-4000000");
    copy_tree(&out, &stale);
    build_ok_with(&content, &out, &["--no-search"]);
    assert_eq!(
        beside(&out),
        [".site.cache", ".site.previous"],
        "leftovers beside the site"
    );
    // With no previous site, a leftover staging folder is where the next build starts.
    std::fs::rename(out.with_file_name(".site.previous"), &stale).unwrap();
    build_ok_with(&content, &out, &["--no-search"]);
    assert_eq!(beside(&out), [".site.cache", ".site.previous"]);
}

/// An editor about to publish sees what the build changed: the pages, and
/// in a procedure's route the timescale and contact that changed, on the
/// terminal and in a file beside the site (never in it); `--quiet` prints
/// the one line.
#[test]
fn build_says_what_changed_since_the_site_before() {
    let content = minimal_handbook("what-changed");
    let dir = content.parent().unwrap().to_path_buf();
    let out = dir.join("site");
    let first = build_ok_with(&content, &out, &["--no-search"]);
    let said = String::from_utf8_lossy(&first.stdout);
    assert!(said.contains("Every page is new"), "{said}");
    let again = build_ok_with(&content, &out, &["--no-search"]);
    let said = String::from_utf8_lossy(&again.stdout);
    assert!(
        said.contains("No page changed since the site before."),
        "{said}"
    );

    let stages = content.join("procedures/sample/stages.yaml");
    let yaml = std::fs::read_to_string(&stages).unwrap().replace(
        "        contact: Your manager\n        within: 48 hours",
        "        contact: Your team manager\n        within: 72 hours",
    );
    std::fs::write(&stages, yaml).unwrap();
    let changed = build_ok_with(&content, &out, &["--no-search"]);
    let said = String::from_utf8_lossy(&changed.stdout);
    for line in [
        "pages changed since the site before:",
        "  /sample/\n",
        "sample: stage 2 (Managers), step 1: timescale within 72 hours (was within 48 hours)",
        "sample: stage 2 (Managers), step 1: contact Your team manager (was Your manager)",
    ] {
        assert!(said.contains(line), "{line}: {said}");
    }
    let kept = std::fs::read_to_string(dir.join("site-changes.txt")).unwrap();
    assert!(kept.contains("timescale within 72 hours"), "{kept}");
    assert!(!out.join("site-changes.txt").exists());

    let quiet = build_ok_with(&content, &out, &["--no-search", "--quiet"]);
    let said = String::from_utf8_lossy(&quiet.stdout);
    assert_eq!(said.lines().count(), 1, "{said}");
    // Nothing changed since: the record of the last change is kept.
    let kept = std::fs::read_to_string(dir.join("site-changes.txt")).unwrap();
    assert!(kept.contains("timescale within 72 hours"), "{kept}");
}
