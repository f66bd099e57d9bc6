//! `stagehand init` and `stagehand new`: a handbook, a procedure and a local
//! version that check and build with no edit, and never a file written over.

mod support;

use support::fixtures::{differences, tree};
use support::{run, scratch, stagehand};

#[test]
fn init_then_new_give_a_handbook_that_checks_and_builds_unedited() {
    let dir = scratch("new");
    // `init` makes the handbook's folder, its content in `content/`.
    let folder = dir.join("handbook");
    let content = folder.join("content");
    let init = folder.to_str().unwrap();
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
    ok(&["init", init]);
    // What builds make beside the content is never committed.
    let ignored = std::fs::read_to_string(folder.join(".gitignore")).unwrap();
    for made in [
        "/site/",
        "/.site.previous/",
        "/.site.cache/",
        "/.stagehand-preview/",
    ] {
        assert!(ignored.lines().any(|l| l == made), "{made} in {ignored}");
    }
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
    // It builds, but the words left for the editor to replace are pointed out
    // (in a draft, once a file, at the first of them).
    for procedure in ["example", "northtown", "southtown"] {
        let file = format!("procedures/{procedure}/procedure.md:");
        assert!(
            warned.lines().any(|l| l.contains(&file)
                && l.contains("of the template's example words")
                && l.contains("still in this draft")),
            "{procedure}: {warned}"
        );
    }
    assert!(
        checked.contains("of which 3 are drafts `build` leaves out"),
        "{checked}"
    );
    let site = dir.join("site");
    // What init and new write are drafts: built, they are left out, and
    // built with --drafts, marked.
    let said = ok(&["build", "--content", path, "--out", site.to_str().unwrap()]);
    assert!(
        said.contains("left out, as drafts (`draft: true`):") && !site.join("southtown").exists(),
        "{said}"
    );
    ok(&[
        "build",
        "--drafts",
        "--content",
        path,
        "--out",
        site.to_str().unwrap(),
    ]);
    let page = std::fs::read_to_string(site.join("southtown/index.html")).unwrap();
    assert!(
        page.contains("This procedure is a draft"),
        "marked as a draft"
    );
    assert!(
        page.contains("local version of"),
        "the local version's page says whose it is"
    );

    // Never over a file: nothing changes, and it says which file is there.
    let before = tree(&content);
    for args in [
        vec!["init", init],
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

/// A commented slot in a template, uncommented as an editor would: its
/// `# ` taken off where what follows is YAML (`key:` or `- `), never from
/// prose.
fn uncommented(yaml: &str) -> String {
    let mut out = String::new();
    for line in yaml.lines() {
        let indent = line.len() - line.trim_start().len();
        let slot = line.trim_start().strip_prefix("# ").filter(|rest| {
            let rest = rest.trim_start();
            rest.starts_with("- ")
                || rest.split_once(':').is_some_and(|(key, _)| {
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                })
        });
        match slot {
            Some(rest) => out.push_str(&format!("{}{rest}", &line[..indent])),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_slot_a_template_offers_checks_when_filled_in() {
    let dir = scratch("new-slots");
    let folder = dir.join("handbook");
    let content = folder.join("content");
    let path = content.to_str().unwrap();
    for args in [
        vec!["init", folder.to_str().unwrap()],
        vec![
            "new",
            "southtown",
            "--extends",
            "example",
            "--content",
            path,
        ],
    ] {
        assert!(run(stagehand().args(&args)).status.success(), "{args:?}");
    }
    for procedure in ["example", "southtown"] {
        let file = content.join(format!("procedures/{procedure}/stages.yaml"));
        let yaml = std::fs::read_to_string(&file).unwrap();
        let filled = uncommented(&yaml);
        assert!(
            filled
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .count()
                > yaml
                    .lines()
                    .filter(|l| !l.trim_start().starts_with('#'))
                    .count()
                    + 10,
            "{procedure}: few slots were uncommented:\n{filled}"
        );
        std::fs::write(&file, filled).unwrap();
    }
    let out = run(stagehand().args(["check", "--content", path]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The editor's path with no flags, as Hugo's and Zola's: `init`, `cd`,
/// `new`, `new --extends`, `check`, `build`, each run inside the handbook's
/// folder (or a folder in it), finding the handbook itself and saying which;
/// nothing is written outside the handbook's folder. Above it, with no
/// handbook, each says so and what to run.
#[test]
fn the_editors_path_needs_no_flags_and_stays_in_the_handbook() {
    // In the system's temporary folder: inside this repository, the folders
    // above would hold its own handbook (`content/site.yaml`).
    let temporary = tempfile::tempdir().unwrap();
    let dir = temporary.path().to_path_buf();
    let folder = dir.join("handbook");
    let at = |here: &std::path::Path, args: &[&str]| {
        let out = run(stagehand().current_dir(here).args(args));
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, said, _) = at(&dir, &["init", "handbook"]);
    assert!(ok && said.contains("cd handbook"), "{said}");
    // Above the handbook: no handbook here, and what to do.
    for args in [vec!["new", "northtown"], vec!["check"], vec!["build"]] {
        let (ok, _, err) = at(&dir, &args);
        assert!(
            !ok && err.contains("there is no handbook in")
                && err.contains("There is one in `handbook`: run `cd handbook`"),
            "{args:?}: {err}"
        );
    }
    // A name that cannot be an address: what to call it, not "rename the
    // folder" (there is none yet).
    let (ok, _, err) = at(&folder, &["new", "Resolving_Differences"]);
    assert!(
        !ok && err
            .contains("Use `resolving-differences` instead: stagehand new resolving-differences")
            && !err.contains("Rename the folder"),
        "{err}"
    );
    let (ok, said, err) = at(&folder, &["new", "northtown"]);
    assert!(ok, "{err}");
    assert!(err.contains("Using the handbook in `content`"), "{err}");
    assert!(said.contains("then run `stagehand check`"), "{said}");
    // From a folder inside the content, too.
    let inside = folder.join("content/procedures/northtown");
    let (ok, _, err) = at(&inside, &["new", "southtown", "--extends", "example"]);
    assert!(ok, "{err}");
    let (ok, said, err) = at(&inside, &["check"]);
    assert!(ok && said.contains("3 procedures"), "{said}{err}");
    // A local version of a local version is not made: what to run instead.
    let (ok, _, err) = at(&folder, &["new", "gateshead", "--extends", "southtown"]);
    assert!(
        !ok && err.contains("is itself a local version")
            && err.contains("stagehand new <name> --extends example"),
        "{err}"
    );
    let (ok, _, err) = at(&folder, &["new", "gateshead", "--extends", "exampel"]);
    assert!(
        !ok && err.contains("Did you mean `--extends example`?"),
        "{err}"
    );
    // Drafts, as init and new write them: left out of the site, and said.
    let (ok, said, err) = at(&folder, &["build"]);
    assert!(ok, "{err}");
    for slug in ["example", "northtown", "southtown"] {
        assert!(
            !folder.join("site").join(slug).exists(),
            "{slug} was published"
        );
        assert!(said.contains(slug), "{said}");
    }
    assert!(said.contains("left out, as drafts"), "{said}");
    // Built with its drafts, to read them: beside the site, never in it.
    let (ok, said, err) = at(&folder, &["build", "--drafts"]);
    assert!(ok && said.contains("never upload it"), "{said}{err}");
    assert!(folder.join("site-with-drafts/example/index.html").is_file());
    assert!(!folder.join("site/example").exists());
    // A published procedure may not link to a draft: the link would lead
    // nowhere once built.
    let published = folder.join("content/procedures/published");
    std::fs::create_dir_all(&published).unwrap();
    for file in ["procedure.md", "stages.yaml"] {
        std::fs::copy(
            support::workspace()
                .join("tests/fixtures/minimal/procedures/sample")
                .join(file),
            published.join(file),
        )
        .unwrap();
    }
    let text = published.join("procedure.md");
    let linked = std::fs::read_to_string(&text).unwrap().replace(
        "Go to your manager.",
        "Go to your manager. See [the example](/example/).",
    );
    std::fs::write(&text, linked).unwrap();
    let (ok, _, err) = at(&folder, &["check"]);
    assert!(
        !ok && err.contains("this links to `/example/`, a draft (`draft: true`)"),
        "{err}"
    );
    std::fs::remove_dir_all(&published).unwrap();
    // With the template's words still in it, a procedure cannot leave draft:
    // check and build say where the words are.
    let text = folder.join("content/procedures/example/procedure.md");
    let undrafted = std::fs::read_to_string(&text)
        .unwrap()
        .replace("draft: true\n", "");
    std::fs::write(&text, undrafted).unwrap();
    for command in ["check", "build"] {
        let (ok, _, err) = at(&folder, &[command]);
        assert!(
            !ok && err.contains("procedures/example/procedure.md:")
                && err.contains("the template's text")
                && err.contains("put back `draft: true`"),
            "{command}: {err}"
        );
    }
    assert!(!folder.join("site/example").exists());
    // Nothing outside the handbook's folder.
    let outside: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(outside, ["handbook"]);
    // The site holds only what is for the web: no README, no notes.
    assert!(!folder.join("site/README.md").exists());
}

/// In a handbook of two languages, `new` says where a procedure's
/// translation goes; in one of one language, it says nothing of it.
#[test]
fn new_in_a_handbook_of_two_languages_says_where_its_translation_goes() {
    let dir = scratch("new-languages");
    let folder = dir.join("handbook");
    let content = folder.join("content");
    assert!(
        run(stagehand().args(["init", folder.to_str().unwrap()]))
            .status
            .success()
    );
    let path = content.to_str().unwrap();
    let new = |slug: &str| {
        let out = run(stagehand().args(["new", slug, "--content", path]));
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(!new("northtown").contains("procedure.cy.md"));
    let site = std::fs::read_to_string(content.join("site.yaml")).unwrap();
    let two: String = site
        .lines()
        .map(|l| {
            if l.starts_with("language:") {
                "languages: [en-GB, cy]"
            } else {
                l
            }
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(site, two, "the template names its language");
    std::fs::write(content.join("site.yaml"), two).unwrap();
    let said = new("southtown");
    assert!(
        said.contains("procedure.cy.md and stages.cy.yaml"),
        "{said}"
    );
}
