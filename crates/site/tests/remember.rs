//! A build that remembers, through the library's API: a rebuild is
//! byte-for-byte a clean build of the same content, whatever was edited; a
//! build with nothing changed writes nothing; a memory that cannot be
//! trusted is set aside with a line; `serve`'s whole build remembers too.

use stagehand_site::{BuildOptions, Built, LiveSite, build, cache_folder};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn today() -> chrono::NaiveDate {
    "2026-12-07".parse().unwrap()
}

fn real_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` (the hidden mark too), with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The paths at which two trees differ.
fn differences(a: &BTreeMap<PathBuf, Vec<u8>>, b: &BTreeMap<PathBuf, Vec<u8>>) -> Vec<PathBuf> {
    a.keys()
        .chain(b.keys())
        .filter(|p| a.get(*p) != b.get(*p))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn options() -> BuildOptions {
    BuildOptions::new(today())
}

fn built(content: &Path, out: &Path, options: &BuildOptions) -> Built {
    build(content, out, options, &()).unwrap_or_else(|e| panic!("{}", e.text(out)))
}

/// The content with `n` more procedures, each a copy of Durham's under its
/// own name: a handbook large enough that keeping pages matters.
fn generated(dir: &Path, n: usize) -> PathBuf {
    let content = dir.join("content");
    copy_tree(&real_content(), &content);
    let durham = content.join("procedures/durham");
    for i in 0..n {
        let copy = content.join(format!("procedures/copy-{i:02}"));
        copy_tree(&durham, &copy);
        let text = std::fs::read_to_string(copy.join("procedure.md")).unwrap();
        let text = text.replacen("title: ", &format!("title: Copy {i} of "), 1);
        std::fs::write(copy.join("procedure.md"), text).unwrap();
    }
    content
}

/// An edit an editor makes, keeping the content one that builds.
fn edit(content: &Path, step: usize) -> String {
    let procedures = content.join("procedures");
    let mut copies: Vec<PathBuf> = std::fs::read_dir(&procedures)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("copy-")
        })
        .collect();
    copies.sort();
    let pick = |n: usize| copies[n % copies.len()].clone();
    let append = |file: &Path, text: &str| {
        let mut bytes = std::fs::read(file).unwrap();
        bytes.extend_from_slice(text.as_bytes());
        std::fs::write(file, bytes).unwrap();
    };
    match step % 9 {
        0 => {
            let p = pick(step * 7).join("procedure.md");
            append(&p, &format!("\n\nA paragraph added by edit {step}.\n"));
            format!("appended a paragraph to {}", p.display())
        }
        1 => {
            let p = procedures.join("wales/procedure.cy.md");
            append(&p, &format!("\n\nParagraff {step}.\n"));
            "appended a paragraph to the Welsh Wales procedure".into()
        }
        2 => {
            let p = content.join("site.yaml");
            let text = std::fs::read_to_string(&p).unwrap();
            let title = text.lines().next().unwrap().to_string();
            std::fs::write(
                &p,
                text.replacen(&title, &format!("title: Resolving differences {step}"), 1),
            )
            .unwrap();
            "changed the site's title".into()
        }
        3 => {
            let gone = pick(step * 3);
            std::fs::remove_dir_all(&gone).unwrap();
            format!("deleted {}", gone.display())
        }
        4 => {
            let new = procedures.join(format!("copy-new-{step}"));
            copy_tree(&procedures.join("darlington"), &new);
            format!("added {}", new.display())
        }
        5 => {
            // Saved again with the same bytes.
            let p = pick(step).join("stages.yaml");
            let bytes = std::fs::read(&p).unwrap();
            std::fs::write(&p, bytes).unwrap();
            "saved a file again unchanged".into()
        }
        6 => {
            let p = procedures.join("london/procedure.md");
            append(&p, &format!("\n\nRegional note {step}.\n"));
            "appended to the region of two local versions".into()
        }
        8 => {
            // A bank holiday added: every deadline the aid counts may move.
            let p = content.join("calendars/bank-holidays.json");
            let mut calendar: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            calendar["england-and-wales"]["events"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({
                    "title": format!("A day added by edit {step}"),
                    "date": "2026-12-29",
                    "notes": "",
                    "bunting": false
                }));
            std::fs::write(&p, serde_json::to_vec_pretty(&calendar).unwrap()).unwrap();
            "added a bank holiday".into()
        }
        _ => {
            let p = pick(step * 5).join("stages.yaml");
            let text = std::fs::read_to_string(&p).unwrap();
            std::fs::write(&p, text.replacen("title: ", &format!("title: {step} "), 1)).unwrap();
            format!("renamed a stage in {}", p.display())
        }
    }
}

#[test]
fn a_rebuild_after_each_edit_is_a_clean_build_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let content = generated(dir.path(), 12);
    let out = dir.path().join("site");
    let first = built(&content, &out, &options());
    assert_eq!(first.rendered, first.procedures);
    // Counted against the site it replaced: there was none.
    assert_eq!((first.written.unchanged, first.written.removed), (0, 0));
    assert_eq!(
        first.written.written,
        tree(&out).len() - 1,
        "every file but the mark"
    );
    for step in 0..18 {
        let what = edit(&content, step);
        let rebuilt = built(&content, &out, &options());
        let clean = dir.path().join(format!("clean-{step}"));
        built(&content, &clean, &options().remember(false));
        let wrong = differences(&tree(&out), &tree(&clean));
        assert!(
            wrong.is_empty(),
            "after edit {step} ({what}), the rebuild differs from a clean build at {wrong:?}"
        );
        if step % 9 == 0 {
            assert_eq!(
                rebuilt.rendered, 1,
                "edit {step} ({what}) rendered {}",
                rebuilt.rendered
            );
        }
        std::fs::remove_dir_all(&clean).unwrap();
    }
}

#[test]
fn a_build_with_nothing_changed_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&real_content(), &content);
    let out = dir.path().join("site");
    let first = built(&content, &out, &options());
    let before = tree(&out);
    let mark = std::fs::metadata(out.join(stagehand_site::MARK))
        .unwrap()
        .modified()
        .unwrap();
    let again = built(&content, &out, &options());
    assert!(again.nothing_changed);
    assert_eq!(again.procedures, first.procedures);
    assert_eq!(
        again.problems, first.problems,
        "the warnings are said again"
    );
    assert_eq!(tree(&out), before);
    let still = std::fs::metadata(out.join(stagehand_site::MARK))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(mark, still, "the site was not written again");
    // A file put in the site by hand is looked at, changed content or not:
    // the build refuses to replace the folder it would be lost with.
    std::fs::write(out.join("_headers"), "/*\n  X-Frame-Options: DENY\n").unwrap();
    let refused = build(&content, &out, &options(), &()).unwrap_err();
    assert!(refused.refused(), "{}", refused.text(&out));
    assert!(
        refused.text(&out).contains("_headers"),
        "{}",
        refused.text(&out)
    );
    std::fs::remove_file(out.join("_headers")).unwrap();
    assert!(built(&content, &out, &options()).nothing_changed);
    // Another day is another input: the offline copy's version carries it.
    let tomorrow = BuildOptions::new(today().succ_opt().unwrap());
    assert!(!built(&content, &out, &tomorrow).nothing_changed);
}

#[test]
fn the_search_index_is_kept_while_no_page_it_reads_changed() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&real_content(), &content);
    let out = dir.path().join("site");
    assert!(built(&content, &out, &options()).indexed);
    // A file of `static/` is copied into the site; no page changes.
    std::fs::create_dir_all(content.join("static")).unwrap();
    std::fs::write(content.join("static/CNAME"), "handbook.example.org\n").unwrap();
    let kept = built(&content, &out, &options());
    assert!(!kept.indexed, "no indexed page changed");
    assert_eq!(kept.rendered, 0);
    let clean = dir.path().join("clean");
    built(&content, &clean, &options().remember(false));
    assert_eq!(
        differences(&tree(&out), &tree(&clean)),
        Vec::<PathBuf>::new()
    );
    let durham = content.join("procedures/durham/procedure.md");
    let text = std::fs::read_to_string(&durham).unwrap();
    std::fs::write(&durham, format!("{text}\n\nA new paragraph.\n")).unwrap();
    let remade = built(&content, &out, &options());
    assert!(remade.indexed);
    assert_eq!(remade.rendered, 1);
}

#[test]
fn a_memory_that_cannot_be_trusted_is_set_aside_with_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&real_content(), &content);
    let out = dir.path().join("site");
    built(&content, &out, &options());
    let memory = cache_folder(&out).join("memory.json");
    let text = std::fs::read_to_string(&memory).unwrap();
    let clean = dir.path().join("clean");
    built(&content, &clean, &options().remember(false));
    for (what, damaged, said) in [
        (
            "half-written",
            text[..text.len() / 3].to_string(),
            "damaged or half-written",
        ),
        (
            "another version's",
            text.replacen("\"tool\":\"stagehand ", "\"tool\":\"stagehand 0.0.1 ", 1),
            "another stagehand binary",
        ),
        ("not JSON", "\u{0}\u{1}binary".to_string(), "damaged"),
    ] {
        std::fs::write(&memory, damaged).unwrap();
        let rebuilt = built(&content, &out, &options());
        assert!(
            rebuilt.notes.iter().any(|n| n.contains(said)),
            "a {what} memory: {:?}",
            rebuilt.notes
        );
        assert_eq!(
            rebuilt.rendered, rebuilt.procedures,
            "a {what} memory is not used"
        );
        // Nothing changed in the site it replaced, told without a memory too.
        assert_eq!(
            (rebuilt.written.written, rebuilt.written.removed),
            (0, 0),
            "a {what} memory"
        );
        assert_eq!(
            differences(&tree(&out), &tree(&clean)),
            Vec::<PathBuf>::new()
        );
        let trusted = built(&content, &out, &options());
        assert!(
            trusted.notes.is_empty(),
            "remembered again: {:?}",
            trusted.notes
        );
        assert!(trusted.nothing_changed);
    }
    // Safe to delete at any time.
    std::fs::remove_dir_all(cache_folder(&out)).unwrap();
    let rebuilt = built(&content, &out, &options());
    assert!(rebuilt.notes.is_empty());
    assert_eq!(
        differences(&tree(&out), &tree(&clean)),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn a_file_of_the_site_changed_by_hand_is_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_tree(&real_content(), &content);
    let out = dir.path().join("site");
    built(&content, &out, &options());
    built(&content, &out, &options().search(false));
    built(&content, &out, &options());
    let clean = dir.path().join("clean");
    built(&content, &clean, &options().remember(false));
    // In the live site and in the hidden one before it, as a person (or a
    // sync tool) might.
    std::fs::write(out.join("durham/index.html"), "edited by hand").unwrap();
    let previous = stagehand_site::previous_site(&out);
    std::fs::write(previous.join("darlington/index.html"), "edited by hand").unwrap();
    let rebuilt = built(&content, &out, &options());
    assert!(!rebuilt.nothing_changed);
    assert_eq!(
        differences(&tree(&out), &tree(&clean)),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn serve_builds_the_whole_site_through_the_same_pipeline_and_remembers() {
    let dir = tempfile::tempdir().unwrap();
    let content = generated(dir.path(), 3);
    let out = dir.path().join("preview");
    let render = stagehand_render::RenderOptions::default().live_reload(true);
    let (site, first) = LiveSite::start(&content, &out, &render, true, today()).unwrap();
    first.unwrap();
    drop(site);
    edit(&content, 0);
    let (_site, again) = LiveSite::start(&content, &out, &render, true, today()).unwrap();
    again.unwrap();
    let clean = dir.path().join("clean");
    built(
        &content,
        &clean,
        &options().render(render).drafts(true).remember(false),
    );
    assert_eq!(
        differences(&tree(&out), &tree(&clean)),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn serve_after_each_edit_is_a_clean_build_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let content = generated(dir.path(), 4);
    let out = dir.path().join("preview");
    let render = stagehand_render::RenderOptions::default().live_reload(true);
    let (mut site, first) = LiveSite::start(&content, &out, &render, true, today()).unwrap();
    first.unwrap();
    for step in 0..9 {
        let before = tree(&content);
        let what = edit(&content, step);
        // As the watcher gives them: the files changed, added or removed
        // (a folder removed is reported as its files).
        let paths: Vec<PathBuf> = differences(&before, &tree(&content))
            .into_iter()
            .map(|p| content.join(p))
            .collect();
        site.changed(&paths, true).unwrap();
        site.settled();
        let clean = dir.path().join(format!("clean-{step}"));
        let options = BuildOptions::new(today())
            .render(render.clone())
            .drafts(true)
            .remember(false);
        built(&content, &clean, &options);
        let wrong = differences(&tree(&out), &tree(&clean));
        assert!(
            wrong.is_empty(),
            "after edit {step} ({what}), serve's site differs from a clean build at {wrong:?}"
        );
    }
}
