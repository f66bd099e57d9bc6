//! Random edits, not only the mistakes we thought of: small edits to a copy
//! of the real content (a line deleted, doubled or swapped, an indent
//! changed, a word swapped, odd bytes inserted, a file cut short or emptied,
//! a folder renamed or a file deleted), each checked for what must always
//! hold: nothing panics; `check` and `build` agree; on an error the
//! published site is byte-for-byte as it was, with nothing left beside it;
//! every error names a file of the content; and content that checks builds
//! every procedure it has.
//!
//! `cargo test` runs 300 cases from a fixed seed. For more, or others:
//! `RANDOM_EDITS=5000 RANDOM_EDITS_SEED=7 cargo test --test random_edits`.

mod support;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::{Path, PathBuf};
use std::process::Output;
use support::fixtures::{differences, tree};
use support::{copy_tree, files_under, run, scratch, stagehand, workspace};

/// One small edit to one file (or folder) of the content.
#[derive(Clone, Debug)]
enum Edit {
    DeleteLine(Index),
    DoubleLine(Index),
    SwapLines(Index),
    Indent(Index, bool),
    SwapWord(Index, Index),
    Insert(Index, &'static [u8]),
    CutShort(Index),
    Empty,
    DeleteFile,
    RenameFolder(&'static str),
}

/// Bytes an editor's slip (or a bad save) puts in a file.
const INSERTS: [&[u8]; 8] = [b"\xff", b":", b"\t", b"- ", b"\n", b"{", b"#", b"\""];
/// Names a procedure's folder can end up with in a file manager.
const NAMES: [&str; 8] = [
    "Durham",
    "durham copy",
    "a-z",
    "-x",
    "x-",
    "assets",
    "new-name",
    "d_urham",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::DeleteLine),
        any::<Index>().prop_map(Edit::DoubleLine),
        any::<Index>().prop_map(Edit::SwapLines),
        (any::<Index>(), any::<bool>()).prop_map(|(i, more)| Edit::Indent(i, more)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapWord(a, b)),
        (any::<Index>(), proptest::sample::select(&INSERTS[..]))
            .prop_map(|(i, b)| Edit::Insert(i, b)),
        any::<Index>().prop_map(Edit::CutShort),
        Just(Edit::Empty),
        Just(Edit::DeleteFile),
        proptest::sample::select(&NAMES[..]).prop_map(Edit::RenameFolder),
    ]
}

/// Edits to files chosen by index, one or two at a time.
fn case() -> impl Strategy<Value = Vec<(Index, Edit)>> {
    proptest::collection::vec((any::<Index>(), edit()), 1..=2)
}

/// The content's files, in a stable order.
fn content_files(content: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = files_under(content)
        .into_iter()
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// Apply one edit; a description of what was done.
fn apply(content: &Path, file: Index, edit: &Edit) -> String {
    let files = content_files(content);
    if files.is_empty() {
        return "no file left".into();
    }
    let path = file.get(&files).clone();
    let shown = path.strip_prefix(content).unwrap().display().to_string();
    let bytes = std::fs::read(&path).unwrap();
    let mut ls = lines(&bytes);
    let write = |ls: &[Vec<u8>]| std::fs::write(&path, ls.concat()).unwrap();
    let n = ls.len().max(1);
    match edit {
        Edit::DeleteLine(i) if !ls.is_empty() => {
            let i = i.index(n);
            ls.remove(i);
            write(&ls);
            format!("{shown}: line {} deleted", i + 1)
        }
        Edit::DoubleLine(i) if !ls.is_empty() => {
            let i = i.index(n);
            ls.insert(i, ls[i].clone());
            write(&ls);
            format!("{shown}: line {} doubled", i + 1)
        }
        Edit::SwapLines(i) if ls.len() > 1 => {
            let i = i.index(ls.len() - 1);
            ls.swap(i, i + 1);
            write(&ls);
            format!("{shown}: lines {} and {} swapped", i + 1, i + 2)
        }
        Edit::Indent(i, more) if !ls.is_empty() => {
            let i = i.index(n);
            if *more {
                ls[i].splice(0..0, *b"  ");
            } else {
                let spaces = ls[i].iter().take(2).take_while(|b| **b == b' ').count();
                ls[i].drain(..spaces);
            }
            write(&ls);
            format!(
                "{shown}: line {} indented {}",
                i + 1,
                if *more { "more" } else { "less" }
            )
        }
        Edit::SwapWord(a, b) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let words: Vec<(usize, &str)> = text
                .split_inclusive(char::is_whitespace)
                .scan(0, |at, w| {
                    let start = *at;
                    *at += w.len();
                    Some((start, w.trim_end()))
                })
                .filter(|(_, w)| !w.is_empty())
                .collect();
            if words.len() < 2 {
                return format!("{shown}: no words to swap");
            }
            let (at, old) = *a.get(&words);
            let (_, new) = *b.get(&words);
            let changed = format!("{}{new}{}", &text[..at], &text[at + old.len()..]);
            std::fs::write(&path, changed).unwrap();
            format!("{shown}: `{old}` replaced by `{new}`")
        }
        Edit::Insert(i, inserted) => {
            let at = i.index(bytes.len() + 1);
            let mut changed = bytes.clone();
            changed.splice(at..at, inserted.iter().copied());
            std::fs::write(&path, changed).unwrap();
            format!("{shown}: {inserted:?} inserted at byte {at}")
        }
        Edit::CutShort(i) => {
            let at = i.index(bytes.len() + 1);
            std::fs::write(&path, &bytes[..at]).unwrap();
            format!("{shown}: cut short at byte {at}")
        }
        Edit::Empty => {
            std::fs::write(&path, "").unwrap();
            format!("{shown}: emptied")
        }
        Edit::DeleteFile => {
            std::fs::remove_file(&path).unwrap();
            format!("{shown}: deleted")
        }
        Edit::RenameFolder(name) => {
            let folder = path.parent().unwrap();
            let to = folder.with_file_name(name);
            if folder == content || to.exists() {
                return format!("{shown}: folder not renamed");
            }
            std::fs::rename(folder, &to).unwrap();
            format!(
                "{}: folder renamed to `{name}`",
                folder.strip_prefix(content).unwrap().display()
            )
        }
        _ => format!("{shown}: nothing to edit"),
    }
}

fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The places of the errors in a report (miette's `×` lines).
fn error_lines(report: &str) -> Vec<&str> {
    report
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('×'))
        .collect()
}

/// What must hold after one case's edits; the failures found.
fn check_case(dir: &Path, reference: &Path, edits: &[(Index, Edit)]) -> Option<String> {
    let content = dir.join("content");
    let site = dir.join("site");
    let _ = std::fs::remove_dir_all(dir);
    copy_tree(&workspace().join("content"), &content);
    copy_tree(reference, &site);
    let done: Vec<String> = edits
        .iter()
        .map(|(file, edit)| apply(&content, *file, edit))
        .collect();
    let before = tree(dir);
    let checked = run(stagehand().arg("check").arg("--content").arg(&content));
    let built = run(stagehand()
        .args(["build", "--no-search", "--content"])
        .arg(&content)
        .arg("--out")
        .arg(&site));
    let (check_report, build_report) = (stderr(&checked), stderr(&built));
    let mut wrong = Vec::new();
    for (door, out, report) in [
        ("check", &checked, &check_report),
        ("build", &built, &build_report),
    ] {
        if !matches!(code(out), Some(0 | 1)) || report.contains("panicked") {
            wrong.push(format!("{door} ended with {:?}", out.status));
        }
        for line in error_lines(report) {
            if !line.contains(&content.display().to_string()) {
                wrong.push(format!(
                    "{door} reported an error naming no file of the content: {line}"
                ));
            }
        }
    }
    if checked.status.success() != built.status.success() {
        wrong.push(format!(
            "check {} but build {}",
            if checked.status.success() {
                "passed"
            } else {
                "failed"
            },
            if built.status.success() {
                "passed"
            } else {
                "failed"
            }
        ));
    }
    if !built.status.success() {
        let changed = differences(&before, &tree(dir));
        if !changed.is_empty() {
            wrong.push(format!("the failed build changed {changed:?}"));
        }
    } else {
        // Content that checks is built whole: a page for every procedure folder.
        let folders = std::fs::read_dir(content.join("procedures"))
            .map(|d| d.flatten().filter(|e| e.path().is_dir()).count())
            .unwrap_or(0);
        let pages = std::fs::read_dir(&site)
            .unwrap()
            .flatten()
            .filter(|e| e.path().join("record-form/index.html").exists())
            .count();
        if pages != folders {
            wrong.push(format!(
                "{folders} procedure folders built into {pages} procedures"
            ));
        }
    }
    (!wrong.is_empty()).then(|| {
        format!(
            "== {}\n{}\n-- check:\n{check_report}\n-- build:\n{build_report}",
            done.join("; "),
            wrong.join("\n")
        )
    })
}

/// The seed of the random edits: `RANDOM_EDITS_SEED`, or a fixed one.
fn seed() -> u64 {
    std::env::var("RANDOM_EDITS_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(15)
}

/// Random edits from `seed`, the same on every machine.
fn runner(seed: u64) -> TestRunner {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes),
    )
}

#[test]
fn random_edits_never_reach_the_published_site() {
    let cases: usize = std::env::var("RANDOM_EDITS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let seed = seed();
    let root = scratch("random-edits");
    let reference = root.join("reference");
    support::build_ok_with(&workspace().join("content"), &reference, &["--no-search"]);

    let mut runner = runner(seed);
    let all: Vec<Vec<(Index, Edit)>> = (0..cases)
        .map(|_| case().new_tree(&mut runner).unwrap().current())
        .collect();

    // Two at a time: each case is two short runs of the real binary.
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let (all, root, reference) = (&all, &root, &reference);
                scope.spawn(move || {
                    all.iter()
                        .enumerate()
                        .filter(|(i, _)| i % workers == w)
                        .filter_map(|(i, edits)| {
                            check_case(&root.join(format!("case-{w}")), reference, edits)
                                .map(|f| format!("case {i}: {f}"))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {cases} random edits (seed {seed}) broke a rule:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Random edits one after another to one copy of the real content, built
/// each time into one site that remembers the build before: every build that
/// succeeds is byte-for-byte a clean build of the same content into a new
/// folder, and one that fails leaves the site as it was (the content is then
/// put back as it last built, as an editor would fix it).
/// `RANDOM_REBUILDS=500 RANDOM_EDITS_SEED=7` for more, or others.
#[test]
fn after_random_edits_a_rebuild_is_a_clean_build_byte_for_byte() {
    let cases: usize = std::env::var("RANDOM_REBUILDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let seed = seed();
    let root = scratch("random-rebuilds");
    let (content, good, site) = (root.join("content"), root.join("good"), root.join("site"));
    copy_tree(&workspace().join("content"), &content);
    copy_tree(&content, &good);
    support::build_ok(&content, &site);
    let mut runner = runner(seed);
    let (mut built, mut failed) = (0, 0);
    for i in 0..cases {
        let edits = case().new_tree(&mut runner).unwrap().current();
        let done: Vec<String> = edits
            .iter()
            .map(|(file, edit)| apply(&content, *file, edit))
            .collect();
        let before = tree(&site);
        let rebuilt = run(stagehand()
            .args(["build", "--quiet", "--content"])
            .arg(&content)
            .arg("--out")
            .arg(&site));
        if rebuilt.status.success() {
            built += 1;
            let clean = root.join("clean");
            support::build_ok_with(&content, &clean, &["--quiet"]);
            let wrong = differences(&tree(&clean), &tree(&site));
            assert!(
                wrong.is_empty(),
                "case {i} ({}): the rebuild differs from a clean build: {:?}",
                done.join("; "),
                &wrong[..wrong.len().min(5)]
            );
            std::fs::remove_dir_all(&clean).unwrap();
            let _ = std::fs::remove_dir_all(root.join(".clean.cache"));
            let _ = std::fs::remove_dir_all(&good);
            copy_tree(&content, &good);
        } else {
            failed += 1;
            let changed = differences(&before, &tree(&site));
            assert!(
                changed.is_empty(),
                "case {i}: the failed build changed {changed:?}"
            );
            std::fs::remove_dir_all(&content).unwrap();
            copy_tree(&good, &content);
        }
    }
    // Both kinds happened, or the test tested less than it says.
    assert!(built > 0 && failed > 0, "{built} built, {failed} failed");
}
