//! One rule, through every door: content with any error is never built.
//! Every fixture of `fixtures/broken/` goes through `check` (exit 1, a
//! located message with a fix), `build` over an existing site (exit 1, the
//! site byte-for-byte unchanged, nothing left beside it), and `serve` (the
//! error reaches the open page, the pages are unchanged, the fix recovers).

mod support;

use std::io::Read;
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::fixtures::{self, differences, tree};
use support::{Process, build_ok, free_port, minimal_handbook, scratch, stagehand, wait_for_port};

/// The broken cases, checked to cover what the issues listed.
fn broken_cases() -> Vec<String> {
    let cases = fixtures::cases("broken");
    for needed in [
        "folder-name-not-a-slug",
        "folder-name-reserved",
        "folder-name-starts-with-dash",
        "calendar-impossible-date",
        "calendar-cut-short",
        "calendar-missing",
        "front-matter-date-and-timescale",
        "unknown-answer-kind",
        "static-file-replaces-a-page",
    ] {
        assert!(
            cases.iter().any(|c| c == needed),
            "no fixture {needed}: {cases:?}"
        );
    }
    cases
}

/// Run a command, killing it if it takes more than a minute (an alias bomb
/// must be refused, not expanded until memory runs out). Exit code and
/// standard error.
fn run_bounded(cmd: &mut Command) -> (Option<i32>, String) {
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
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_broken_fixture_fails_check_with_a_located_fix() {
    let mut failures = Vec::new();
    for case in &broken_cases() {
        let content = fixtures::content("broken", case, "check");
        let (code, report) = run_bounded(stagehand().arg("check").arg("--content").arg(&content));
        let missing: Vec<_> = fixtures::expected("broken", case, &content)
            .into_iter()
            .filter(|w| !report.contains(w.as_str()))
            .collect();
        if code != Some(1)
            || report.contains("panicked")
            || !missing.is_empty()
            || !report.contains("help:")
        {
            failures.push(format!(
                "== {case}: exit {code:?}, missing {missing:?}\n{report}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_broken_fixture_fails_build_and_leaves_the_site_as_it_was() {
    let out = scratch("doors-build").join("site");
    let good = minimal_handbook("doors-build-good");
    build_ok(&good, &out);
    // Twice, so the hidden previous site is there too, as after any rebuild.
    build_ok(&good, &out);
    let parent = out.parent().unwrap().to_path_buf();
    let before = tree(&parent);
    let mut failures = Vec::new();
    for case in &broken_cases() {
        let content = fixtures::content("broken", case, "build");
        let (code, report) = run_bounded(
            stagehand()
                .arg("build")
                .arg("--content")
                .arg(&content)
                .arg("--out")
                .arg(&out),
        );
        let changed = differences(&before, &tree(&parent));
        let missing: Vec<_> = fixtures::expected("broken", case, &content)
            .into_iter()
            .filter(|w| !report.contains(w.as_str()))
            .collect();
        let said = report.contains(&format!(
            "Nothing was written: the site in `{}` is unchanged.",
            out.display()
        ));
        if code != Some(1) || !changed.is_empty() || !missing.is_empty() || !said {
            failures.push(format!(
                "== {case}: exit {code:?}, changed {changed:?}, missing {missing:?}\n{report}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The reload channel of a running `serve`, read as the page reads it.
struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    fn open(port: u16) -> Self {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        std::io::Write::write_all(
            &mut stream,
            b"GET /__stagehand/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
        let mut events = Self {
            stream,
            seen: String::new(),
        };
        events.until(|seen| seen.contains("\r\n\r\n"), "the stream's head");
        events
    }

    /// Read until `done` says so of what arrived since the last wait.
    fn until(&mut self, done: impl Fn(&str) -> bool, what: &str) -> String {
        let started = Instant::now();
        let mut buf = [0; 8192];
        loop {
            if done(&self.seen) {
                return std::mem::take(&mut self.seen);
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "never told {what}: {}",
                self.seen
            );
            if let Ok(n) = self.stream.read(&mut buf) {
                self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        }
    }
}

/// A whole event of this kind: it ends with a blank line.
fn told(seen: &str, kind: &str) -> bool {
    seen.find(&format!("event: {kind}"))
        .is_some_and(|at| seen[at..].contains("\n\n"))
}

#[test]
fn every_broken_fixture_through_serve_keeps_the_last_good_site_and_recovers() {
    let dir = scratch("doors-serve");
    let content = dir.join("content");
    support::copy_tree(
        &support::workspace().join("tests/fixtures/minimal"),
        &content,
    );
    let site = dir.join("site");
    let port = free_port();
    let _server = Process::spawn(
        stagehand()
            .args([
                "serve",
                "--no-search",
                "--port",
                &port.to_string(),
                "--content",
            ])
            .arg(&content)
            .arg("--out")
            .arg(&site)
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    );
    wait_for_port(port);
    let mut events = Events::open(port);
    let good = tree(&site);
    let mut failures = Vec::new();
    for case in &broken_cases() {
        fixtures::apply("broken", case, &content);
        let report = events.until(|s| told(s, "problem"), &format!("of {case}"));
        let missing: Vec<_> = fixtures::expected("broken", case, &content)
            .into_iter()
            .filter(|w| !report.contains(w.as_str()))
            .collect();
        let changed = differences(&good, &tree(&site));
        fixtures::restore(&content);
        // A fix written as several files may pass through a broken state:
        // what matters is that the site is built again.
        let recovered = events.until(|s| told(s, "reload"), &format!("the fix of {case}"));
        // The fixed site is the good one again, derived files and all.
        let started = Instant::now();
        let mut after = differences(&good, &tree(&site));
        while !after.is_empty() && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(100));
            after = differences(&good, &tree(&site));
        }
        if !missing.is_empty() || !changed.is_empty() || !after.is_empty() {
            failures.push(format!(
                "== {case}: missing {missing:?}, changed while broken {changed:?}, after the fix {after:?}\n{report}\n{recovered}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
