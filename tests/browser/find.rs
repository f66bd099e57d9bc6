//! Find it, have it offline, trust it: the header's search over the real
//! content, the whole handbook with no signal after one visit, and the
//! Content-Security-Policy in force on the real pages.

use crate::days::london_to_stage;
use crate::support::browser::Browser;
use crate::support::{Site, copy_tree, run, scratch, stagehand, workspace};
use crate::{DESKTOP, PHONE, aid_text, step};
use std::time::{Duration, Instant};

/// Search from the header by keyboard, and wait for the results.
pub(crate) async fn search(b: &Browser, query: &str) -> String {
    b.tab_to("site-search-input").await;
    b.select_all().await;
    b.type_text(query).await;
    b.type_text("\n").await;
    let started = Instant::now();
    loop {
        let shown = b
            .eval("const p = document.getElementById('search-results'); return p.hidden || p.textContent.includes('Searching') ? '' : p.innerText;")
            .await;
        if let Some(text) = shown.as_str().filter(|t| !t.is_empty()) {
            return text.to_string();
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no results for {query}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The links in the results, as (text, address).
async fn result_links(b: &Browser) -> Vec<(String, String)> {
    let v = b
        .eval("return [...document.querySelectorAll('#search-results a')].map(a => [a.textContent, a.getAttribute('href')]);")
        .await;
    serde_json::from_value(v).unwrap()
}

async fn searching(width: u32, height: u32, prefix: &str) {
    let site = Site::real(prefix);
    let b = Browser::start(prefix, width, height).await;
    b.goto(&format!("{}/", site.url)).await;
    let mut n = 0;
    // "conference" finds what Durham's procedure does not cover.
    let shown = search(&b, "conference").await;
    step(&b, prefix, &mut n, "conference").await;
    assert!(shown.contains("Search results for “conference”"), "{shown}");
    assert!(
        shown.contains("Durham Safeguarding Children Partnership"),
        "{shown}"
    );
    let links = result_links(&b).await;
    assert!(
        links
            .iter()
            .any(|(t, href)| t.contains("does not cover") && href == "/durham/#not-covered"),
        "{links:?}"
    );
    // "head of service" finds the stages that go to heads of service, in
    // both procedures, and a result lands on its stage.
    search(&b, "head of service").await;
    step(&b, prefix, &mut n, "head-of-service").await;
    let links = result_links(&b).await;
    let stage_links: Vec<&(String, String)> = links
        .iter()
        .filter(|(_, href)| href.contains("#stage-"))
        .collect();
    // Durham's stage 3 (strategic managers or heads of service) and
    // Darlington's stage 4 (Heads of Service), by their people.
    assert!(
        stage_links.iter().any(|(_, h)| h == "/durham/#stage-3"),
        "{links:?}"
    );
    assert!(
        stage_links.iter().any(|(_, h)| h == "/darlington/#stage-4"),
        "{links:?}"
    );
    // "of" is not one of the words looked for.
    let marked: Vec<String> = serde_json::from_value(
        b.eval("return [...document.querySelectorAll('#search-results mark')].map(m => m.textContent.toLowerCase());")
            .await,
    )
    .unwrap();
    assert!(!marked.is_empty(), "nothing was highlighted");
    assert!(!marked.iter().any(|m| m == "of"), "{marked:?}");
    let (title, href) = stage_links[0].clone();
    let id = href.split('#').nth(1).unwrap().to_string();
    // Focus is on the results: Tab onward to the result, and follow it.
    b.activate(&title).await;
    let started = Instant::now();
    while !b
        .eval("return location.href;")
        .await
        .as_str()
        .unwrap()
        .ends_with(&href)
    {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "never reached {href}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let target = b
        .eval("return document.querySelector(':target')?.id ?? '';")
        .await;
    assert_eq!(target, id.as_str());
    // "training" finds every procedure's links for training.
    search(&b, "training").await;
    step(&b, prefix, &mut n, "training").await;
    let links = result_links(&b).await;
    for slug in ["durham", "darlington", "london"] {
        assert!(
            links
                .iter()
                .any(|(_, h)| h.starts_with(&format!("/{slug}/")) && h.contains("#training")),
            "{slug}: {links:?}"
        );
    }
    // A step's label and its value are words apart in an excerpt.
    let shown = search(&b, "working days").await;
    assert!(
        shown.contains("Timescale Within") && !shown.contains("TimescaleWithin"),
        "{shown}"
    );
    // Nothing found says so, in GOV.UK's words.
    let shown = search(&b, "xylophone").await;
    step(&b, prefix, &mut n, "nothing-found").await;
    assert!(shown.contains("There are no matching results."), "{shown}");
}

#[tokio::test(flavor = "current_thread")]
async fn search_finds_stages_in_both_procedures_at_desktop_width() {
    searching(DESKTOP.0, DESKTOP.1, "search-desktop").await;
}

#[tokio::test(flavor = "current_thread")]
async fn search_finds_stages_in_both_procedures_at_phone_width() {
    searching(PHONE.0, PHONE.1, "search-phone").await;
}

/// Without JavaScript the search box's place is a link to the A to Z, a
/// real page listing every procedure and stage.
#[tokio::test(flavor = "current_thread")]
async fn the_a_to_z_lists_every_stage_and_links_to_it() {
    let prefix = "a-to-z";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.goto(&format!("{}/a-z/", site.url)).await;
    let mut n = 0;
    step(&b, prefix, &mut n, "page").await;
    let links: Vec<String> = serde_json::from_value(
        b.eval("return [...document.querySelectorAll('.a-z__list a')].map(a => a.getAttribute('href'));")
            .await,
    )
    .unwrap();
    for stage in 1..=5 {
        assert!(
            links.contains(&format!("../darlington/#stage-{stage}")),
            "{links:?}"
        );
    }
    for stage in 1..=4 {
        assert!(
            links.contains(&format!("../durham/#stage-{stage}")),
            "{links:?}"
        );
    }
    // Each area a procedure is for, under its own letter: Durham is found
    // under C (County Durham) and Darlington under D.
    let texts: Vec<String> = serde_json::from_value(
        b.eval(
            "return [...document.querySelectorAll('.a-z__list a')].map(a => a.textContent.trim());",
        )
        .await,
    )
    .unwrap();
    for name in ["County Durham", "Darlington", "Barnet", "Croydon"] {
        assert!(
            texts.iter().any(|t| t.starts_with(name)),
            "{name}: {texts:?}"
        );
    }
    // The home page's "Which area does the child live in?" lists them too.
    b.goto(&format!("{}/", site.url)).await;
    let home = b.text("main").await;
    for area in ["County Durham", "Darlington", "Barnet", "Croydon"] {
        assert!(home.contains(area), "{area}: {home}");
    }
}

/// The policy is in force on a real page: an inline script put into it does
/// not run, a request to another origin is refused, and both are reported.
#[tokio::test(flavor = "current_thread")]
async fn the_content_security_policy_blocks_inline_script_and_other_origins() {
    let prefix = "policy";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, DESKTOP.0, DESKTOP.1).await;
    b.goto(&format!("{}/durham/", site.url)).await;
    let outcome = b
        .eval_async(
            "const done = arguments[arguments.length - 1];
             const seen = [];
             document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));
             const s = document.createElement('script');
             s.textContent = 'window.__inline = true';
             document.body.append(s);
             fetch('https://example.org/').then(() => 'fetched', () => 'refused').then(f =>
               setTimeout(() => done([window.__inline === true, f, seen]), 200));",
        )
        .await;
    assert_eq!(outcome[0], false, "the inline script ran: {outcome}");
    assert_eq!(outcome[1], "refused", "{outcome}");
    let seen = outcome[2].to_string();
    assert!(
        seen.contains("script-src-elem") && seen.contains("connect-src"),
        "{seen}"
    );
    // The served pages say the same in headers, with what a <meta> cannot say.
    let page = reqwest_like_get(&format!("{}/durham/", site.url));
    assert!(page.contains("frame-ancestors 'none'"), "{page}");
    assert!(
        page.to_lowercase()
            .contains("x-content-type-options: nosniff"),
        "{page}"
    );
    assert!(
        page.to_lowercase().contains("referrer-policy: no-referrer"),
        "{page}"
    );
}

/// The response headers of a page, read over a plain socket.
fn reqwest_like_get(url: &str) -> String {
    use std::io::{Read, Write};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    let _ = stream.read_to_string(&mut out);
    out.split("\r\n\r\n").next().unwrap_or_default().to_string()
}

/// Wait until this page is controlled by the handbook's service worker,
/// which has then kept every file.
async fn kept_offline(b: &Browser) {
    let started = Instant::now();
    loop {
        let ready = b
            .eval_async("const done = arguments[arguments.length - 1];
                         navigator.serviceWorker.ready.then(() => done(!!navigator.serviceWorker.controller));")
            .await;
        if ready == true {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the service worker never took charge"
        );
        b.eval("location.reload();").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn after_one_visit_the_handbook_works_offline_and_then_updates() {
    let prefix = "offline";
    let content = scratch("offline-content").join("content");
    copy_tree(&workspace().join("content"), &content);
    let mut site = Site::serve(prefix, &content);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.set_today("2026-11-23").await;
    b.goto(&format!("{}/", site.url)).await;
    kept_offline(&b).await;

    // No signal: the server stopped, so nothing comes from the network.
    site.stop();
    b.offline(true).await;
    let mut n = 0;
    // Another procedure, never opened before, opens with no connection.
    b.goto(&format!("{}/darlington/", site.url)).await;
    let notice = b.text("#offline-notice").await;
    step(&b, prefix, &mut n, "darlington-offline").await;
    assert!(
        b.text("h1").await.contains("Professional Challenge"),
        "no page offline"
    );
    assert!(
        notice.contains("You are offline") && notice.contains("published on"),
        "{notice}"
    );
    // Search works with no connection.
    let shown = search(&b, "conference").await;
    assert!(shown.contains("Durham"), "{shown}");
    // And the aid, through to who to contact and by when.
    london_to_stage(&b, &format!("{}/london/", site.url), 1, 0, 1).await;
    b.date("aid-stage-start", 23, 11, 2026).await;
    b.activate("Continue").await;
    b.wait_heading("Discussion between the professionals").await;
    let shown = aid_text(&b).await;
    step(&b, prefix, &mut n, "aid-offline").await;
    // Begun on Monday 23 November: a working week later.
    assert!(shown.contains("30 November 2026"), "{shown}");

    // A new build is published; back online, the reader is offered it, and
    // takes it.
    let procedure = content.join("procedures/durham/procedure.md");
    let text = std::fs::read_to_string(&procedure).unwrap();
    std::fs::write(&procedure, text.replacen("title: ", "title: Revised ", 1)).unwrap();
    let out = scratch(prefix).join("site");
    let built = run(stagehand()
        .arg("build")
        .arg("--content")
        .arg(&content)
        .arg("--out")
        .arg(&out));
    assert!(built.status.success());
    site.start();
    b.offline(false).await;
    b.goto(&format!("{}/durham/", site.url)).await;
    let started = Instant::now();
    while b
        .eval("return !!document.getElementById('new-version');")
        .await
        != true
    {
        assert!(
            // Generous: with every browser test running at once on two
            // cores, the worker's update check has taken over 20 s.
            started.elapsed() < Duration::from_secs(60),
            "the new version was never offered"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    step(&b, prefix, &mut n, "new-version-offered").await;
    let heading = b.text("h1").await;
    assert!(
        heading.contains("Managing Professional Differences") && !heading.contains("Revised"),
        "the old page changed before the reader chose: “{heading}”"
    );
    b.activate("Load the new version").await;
    let started = Instant::now();
    while !b.text("h1").await.contains("Revised") {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the new version never loaded"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Everything this browser has kept for the site, in bytes, and the
/// addresses kept.
async fn kept(b: &Browser) -> (u64, Vec<String>) {
    let got = b
        .eval_async(
            "const done = arguments[arguments.length - 1];
             (async () => {
               let bytes = 0; const urls = [];
               for (const name of await caches.keys()) {
                 const cache = await caches.open(name);
                 for (const request of await cache.keys()) {
                   const response = await cache.match(request);
                   bytes += (await response.arrayBuffer()).byteLength;
                   urls.push(new URL(request.url).pathname);
                 }
               }
               done([bytes, urls]);
             })();",
        )
        .await;
    let bytes = got[0].as_u64().unwrap_or_default();
    let urls = got[1]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|u| u.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    (bytes, urls)
}

#[tokio::test(flavor = "current_thread")]
async fn one_visit_to_a_large_handbook_keeps_the_shell_and_the_procedure_read_and_no_more() {
    let prefix = "offline-large";
    // A thousand procedures: Durham's, a thousand times over.
    let content = scratch("offline-large-content").join("content");
    let real = workspace().join("content");
    copy_tree(&real.join("calendars"), &content.join("calendars"));
    std::fs::copy(real.join("site.yaml"), content.join("site.yaml")).unwrap();
    for i in 0..1000 {
        copy_tree(
            &real.join("procedures/durham"),
            &content.join(format!("procedures/durham-{i:04}")),
        );
    }
    let mut site = Site::serve(prefix, &content);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.goto(&format!("{}/durham-0500/", site.url)).await;
    kept_offline(&b).await;
    // The procedure's own pages are kept as soon as the page asks.
    let started = Instant::now();
    let (bytes, urls) = loop {
        let (bytes, urls) = kept(&b).await;
        if urls
            .iter()
            .any(|u| u.ends_with("/durham-0500/record-form/"))
        {
            break (bytes, urls);
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the procedure's pages were never kept: {urls:?}"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    };
    // The shell holds the decision aid's wasm (0.8 MB unpacked since the
    // aid is made with Leptos); 1,000 procedures' pages would be far more.
    assert!(
        bytes < 3_500_000,
        "one visit kept {bytes} bytes in {} files",
        urls.len()
    );
    for shell in [
        "/",
        "/a-z/",
        "/accessibility/",
        "/assets/decision_aid_bg.wasm",
        "/pagefind/pagefind.js",
    ] {
        assert!(
            urls.iter().any(|u| u == shell),
            "{shell} not kept: {urls:?}"
        );
    }
    assert!(
        !urls.iter().any(|u| u.starts_with("/durham-0001/")),
        "a procedure never opened was kept"
    );
    // With no signal (the server stopped, so nothing can come from the
    // network): the procedure read opens, whole; another says plainly that
    // it is not kept.
    let url = site.url.clone();
    site.stop();
    b.offline(true).await;
    b.goto(&format!("{url}/durham-0500/record-form/")).await;
    assert!(
        b.text("h1")
            .await
            .starts_with("Record of a professional disagreement"),
        "the record form did not open offline: {}",
        b.text("h1").await
    );
    b.goto(&format!("{url}/durham-0001/")).await;
    let mut n = 0;
    step(&b, prefix, &mut n, "not-kept-offline").await;
    assert_eq!(
        b.text("h1:not([hidden] *)").await,
        "This page is not kept on this device"
    );
    // The signal lost while the phone still says it is online: the same.
    b.offline(false).await;
    b.goto(&format!("{url}/durham-0002/")).await;
    assert_eq!(
        b.text("h1:not([hidden] *)").await,
        "This page is not kept on this device"
    );
}
