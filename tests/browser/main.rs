//! The built site in headless Chromium, used as a practitioner would: by
//! keyboard only, checked with axe-core at every step, at desktop and phone
//! widths. Needs Debian's `chromium` and `chromium-driver` and axe-core
//! (`bash tests/run.sh` installs them).

#[path = "../support/mod.rs"]
mod support;

mod by_when;
mod days;
mod editing;
mod find;
mod journeys;
mod lazy;
mod record;
mod regions;
mod truth;
mod welsh;

use serde_json::Value;
use support::browser::Browser;
use support::{run, stagehand};

pub const DESKTOP: (u32, u32) = (1280, 900);
pub const PHONE: (u32, u32) = (375, 800);

/// Open the page and come to the aid, as a reader scrolling down does:
/// the aid starts when it comes near.
pub async fn open_aid(b: &Browser, url: &str) {
    b.goto(url).await;
    b.eval("document.getElementById('decision-aid').scrollIntoView();")
        .await;
    b.aid_running().await;
    b.wait_heading("").await;
}

/// From now on, every file the aid offers is kept (with its name) instead
/// of being downloaded, and printing only notes what would print.
pub async fn capture_files(b: &Browser) {
    b.eval(
        "window.__files = []; window.__names = [];
         const made = URL.createObjectURL;
         URL.createObjectURL = function (blob) { window.__files.push(blob); return made.call(URL, blob); };
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () { if (this.download) { window.__names.push(this.download); } else { click.call(this); } };
         window.print = function () { window.__printed = document.documentElement.className; };",
    )
    .await;
}

/// The files made since `capture_files`, as text.
pub async fn files(b: &Browser) -> Vec<String> {
    let v = b.eval_async("const done = arguments[arguments.length - 1]; Promise.all(window.__files.map(f => f.text())).then(done);").await;
    serde_json::from_value(v).unwrap_or_default()
}

/// Their names.
pub async fn file_names(b: &Browser) -> Vec<String> {
    serde_json::from_value(b.eval("return window.__names;").await).unwrap_or_default()
}

pub fn cli_deadline(from: &str, within: &str) -> String {
    let out = run(stagehand()
        .args(["deadline", "--from", from, "--within", within, "--content"])
        .arg(support::workspace().join("content")));
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// axe-core on the screen as it is, and a screenshot to look at.
pub async fn step(b: &Browser, prefix: &str, n: &mut u32, name: &str) {
    *n += 1;
    // The screenshot first, so a failing check has a picture to look at.
    b.screenshot(&format!("{prefix}-{:02}-{name}", n)).await;
    b.axe(&format!("{prefix} step {n} ({name})")).await;
}

/// The aid's whole text, as shown.
pub async fn aid_text(b: &Browser) -> String {
    b.text("#decision-aid-root").await
}

/// Open a saved file in the aid's "Carry on from a saved record".
/// From "Which stage are you at?" on Durham's page: stage 2, begun on
/// `day` November 2026, and waiting to hear back, to where it stands.
pub async fn durham_waiting_at_stage_2(b: &Browser, day: u32) {
    b.wait_heading("Which stage are you at?").await;
    b.choose("where", 1).await;
    b.activate("Continue").await;
    b.wait_heading("When did the earlier stages begin?").await;
    b.activate("Continue").await;
    b.wait_heading("When did stage 2").await;
    b.date("aid-stage-start", day, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Service or operations managers").await;
    b.activate("Continue").await;
    b.wait_heading("resolved at stage 2").await;
    b.choose("outcome", 2).await;
    b.activate("Continue").await;
    b.wait_heading("Where this disagreement stands").await;
}

/// The finder's answers, in the order it lists them.
pub const WAITING: usize = 0;
pub const NOT_RESOLVED: usize = 1;
pub const NOT_YET: usize = 2;

pub async fn open_file(b: &Browser, name: &str, text: &str) {
    let file = support::scratch(name).join("record.json");
    std::fs::write(&file, text).unwrap();
    b.client
        .find(fantoccini::Locator::Id("aid-open-record"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
}

pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}
