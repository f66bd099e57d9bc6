//! What an editor sees while editing with `stagehand serve`, on a phone: a
//! content error over the page keeps its pointer under the mistake.

use crate::support::browser::Browser;
use crate::support::{Process, free_port, minimal_handbook, stagehand, wait_for_port};
use crate::{PHONE, step};
use std::time::{Duration, Instant};

#[tokio::test]
async fn the_error_over_the_page_keeps_its_pointer_under_the_mistake_at_375_px() {
    let prefix = "serve-overlay";
    let content = minimal_handbook(prefix);
    let out = content.parent().unwrap().join("preview");
    let port = free_port();
    let _server = Process::spawn(
        stagehand()
            .args(["serve", "--port", &port.to_string(), "--content"])
            .arg(&content)
            .arg("--out")
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null()),
    );
    wait_for_port(port);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.goto(&format!("http://127.0.0.1:{port}/sample/")).await;
    // Wait until the page listens for the server's news.
    let started = Instant::now();
    while b
        .eval("return document.querySelector('script[src=\"/__stagehand/live-reload.js\"]') !== null;")
        .await
        != true
    {
        assert!(started.elapsed() < Duration::from_secs(10), "no reload script");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let stages = content.join("procedures/sample/stages.yaml");
    let good = std::fs::read_to_string(&stages).unwrap();
    std::fs::write(
        &stages,
        good.replace("within: 2 working days", "within: soonish"),
    )
    .unwrap();
    let started = Instant::now();
    let report = loop {
        let shown = b
            .eval("const p = document.querySelector('#stagehand-problem pre'); return p ? p.textContent : '';")
            .await;
        if let Some(text) = shown.as_str().filter(|t| !t.is_empty()) {
            break text.to_string();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the error never showed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let mut n = 0;
    step(&b, prefix, &mut n, "overlay").await;
    assert!(report.contains("`soonish` is not a timescale"), "{report}");
    // The error first: it is why nothing was built.
    assert!(report.trim_start().starts_with("error"), "{report}");
    // Each line of the report is one line on screen: the pointer (▲) stays
    // under the word, the report scrolling sideways instead of wrapping.
    let layout = b
        .eval(
            "const pre = document.querySelector('#stagehand-problem pre');
             const lines = pre.textContent.split('\\n').length;
             const height = parseFloat(getComputedStyle(pre).lineHeight);
             return [getComputedStyle(pre).whiteSpace, Math.round(pre.scrollHeight / height), lines,
                     document.documentElement.scrollWidth - window.innerWidth];",
        )
        .await;
    assert_eq!(layout[0], "pre", "{layout}");
    assert!(
        layout[1].as_i64().unwrap_or(0) <= layout[2].as_i64().unwrap_or(0) + 1,
        "the report's lines wrapped: {layout}"
    );
    assert!(
        layout[3].as_i64().unwrap_or(1) <= 0,
        "the page is wider than the phone: {layout}"
    );
    std::fs::write(&stages, good).unwrap();
}
