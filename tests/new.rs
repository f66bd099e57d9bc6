//! `stagehand init` and `stagehand new`: a handbook, a procedure and a local
//! version that check and build with no edit, and never a file written over.

mod support;

use support::fixtures::{differences, tree};
use support::{run, scratch, stagehand};

#[test]
fn init_then_new_give_a_handbook_that_checks_and_builds_unedited() {
    let dir = scratch("new");
    let content = dir.join("handbook");
    let ok = |args: &[&str]| {
        let out = run(stagehand().args(args));
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let path = content.to_str().unwrap();
    ok(&["init", path]);
    ok(&["check", "--content", path]);
    ok(&["new", "northtown", "--content", path]);
    let said = ok(&[
        "new",
        "southtown",
        "--extends",
        "example",
        "--content",
        path,
    ]);
    assert!(said.contains("local version"), "{said}");
    let local = std::fs::read_to_string(content.join("procedures/southtown/stages.yaml")).unwrap();
    assert!(
        local.starts_with("# A local version of `example`") && local.contains("extends: example")
    );
    assert!(
        local.contains("# urgent:")
            && local.contains("# returns:")
            && local.contains("stage-1, stage-2")
    );
    let out = run(stagehand().args(["check", "--content", path]));
    let (checked, warned) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        out.status.success() && checked.contains("3 procedures"),
        "{checked}{warned}"
    );
    // It builds, but the words left for the editor to replace are pointed out.
    for procedure in ["example", "northtown", "southtown"] {
        let file = format!("procedures/{procedure}/procedure.md:");
        assert!(
            warned
                .lines()
                .any(|l| l.contains(&file) && l.contains("the template's text")),
            "{procedure}: {warned}"
        );
    }
    let site = dir.join("site");
    ok(&["build", "--content", path, "--out", site.to_str().unwrap()]);
    let page = std::fs::read_to_string(site.join("southtown/index.html")).unwrap();
    assert!(
        page.contains("local version of"),
        "the local version's page says whose it is"
    );

    // Never over a file: nothing changes, and it says which file is there.
    let before = tree(&content);
    for args in [
        vec!["init", path],
        vec!["new", "northtown", "--content", path],
        vec!["new", "Not A Slug", "--content", path],
        vec!["new", "westtown", "--extends", "nowhere", "--content", path],
    ] {
        let out = run(stagehand().args(&args));
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && said.contains("error:"),
            "{args:?}: {said}"
        );
    }
    assert!(differences(&before, &tree(&content)).is_empty());
}
