//! The aid costs the page nothing until it is used: its first screen is in
//! the page as HTML, its wasm is fetched only when the reader comes near it,
//! presses Start or arrives to use it, and nothing moves when it starts.

use crate::support::Site;
use crate::support::browser::Browser;
use crate::{PHONE, step};
use serde_json::{Value, json};

/// Whether the page has fetched the aid's wasm.
async fn fetched_the_aid(b: &Browser) -> bool {
    b.eval("return performance.getEntriesByType('resource').some(e => e.name.endsWith('/decision_aid_bg.wasm'));")
        .await
        == Value::Bool(true)
}

/// Where the aid's Start button and the paragraph after the aid are on the
/// page (from its top), and the aid's markup.
async fn layout(b: &Browser) -> (f64, f64, String) {
    let v = b
        .eval(
            "const top = e => e.getBoundingClientRect().top + scrollY;
             return [top(document.querySelector('#decision-aid-root [data-act=start]')),
                     top(document.querySelector('.aid-privacy')),
                     document.querySelector('#decision-aid-root .aid > div').innerHTML.replace(/<!--.*?-->/g, '')];",
        )
        .await;
    (
        v[0].as_f64().unwrap_or(-1.0),
        v[1].as_f64().unwrap_or(-1.0),
        v[2].as_str().unwrap_or_default().to_string(),
    )
}

/// The page loaded, and an intersection observer of the aid made now has
/// answered (so `aid.js`'s, made first, has too), and two frames more.
async fn settled(b: &Browser) {
    let done = b
        .eval_async(
            "const done = arguments[arguments.length - 1];
             const look = () => {
               const o = new IntersectionObserver(() => {
                 o.disconnect();
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
               }, { rootMargin: '100% 0px' });
               o.observe(document.getElementById('decision-aid-root'));
             };
             if (document.readyState === 'complete') look(); else addEventListener('load', look);",
        )
        .await;
    assert_eq!(done, Value::Bool(true));
}

/// A phone on a slow signal (60 KB/s), whatever the page has kept: the aid
/// takes seconds to come.
async fn on_a_slow_signal(prefix: &str) -> Browser {
    let slow = Browser::start(prefix, PHONE.0, PHONE.1).await;
    slow.cdp("Network.enable", json!({})).await;
    // Past the offline copy, which fetches the aid in the background.
    slow.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
        .await;
    // And past the browser's cache: the aid came from it on one run in a few.
    slow.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    slow.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 60_000, "uploadThroughput": 60_000 }),
    )
    .await;
    slow
}

/// Two animation frames: what the page does "a frame later" is done.
async fn frames(b: &Browser) {
    let done = b
        .eval_async(
            "const done = arguments[arguments.length - 1];
             requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
        )
        .await;
    assert_eq!(done, Value::Bool(true));
}

#[tokio::test]
async fn the_aid_starts_only_when_the_reader_comes_to_it_and_nothing_moves() {
    let prefix = "lazy-aid";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    let mut n = 0;
    b.goto(&format!("{}/durham/", site.url)).await;
    // Loaded and settled: the page's own watcher for the reader coming near
    // has had its first look (an observer made after it, on the same
    // element, answers after it), and the first screen is there, the aid
    // is not.
    settled(&b).await;
    assert!(
        !fetched_the_aid(&b).await,
        "the aid was fetched before anyone came to it"
    );
    assert_eq!(
        b.eval("return document.getElementById('aid-fallback').hidden;")
            .await,
        Value::Bool(true),
        "the no-script message shows with scripts on"
    );
    let before = layout(&b).await;
    assert!(before.2.contains("Start now"), "{}", before.2);
    // Scrolling down to it starts it, and nothing moves.
    b.eval("document.getElementById('decision-aid').scrollIntoView();")
        .await;
    b.aid_running().await;
    assert!(fetched_the_aid(&b).await);
    let after = layout(&b).await;
    step(&b, prefix, &mut n, "started-in-place").await;
    assert!(
        (before.0 - after.0).abs() < 0.5 && (before.1 - after.1).abs() < 0.5,
        "the aid moved when it started: Start at {} then {}, the text after it at {} then {}",
        before.0,
        after.0,
        before.1,
        after.1
    );
    assert_eq!(
        before.2, after.2,
        "the carried first screen is not the aid's own"
    );
    b.axe("the aid started in place").await;

    // By keyboard, from the top of a fresh page: Tab to Start now and
    // press it at once, before the aid has loaded. The aid starts and goes
    // to the first question, with focus on it.
    b.goto(&format!("{}/london/", site.url)).await;
    assert!(!fetched_the_aid(&b).await);
    b.activate("Start now").await;
    let heading = b.wait_heading("Is a child at immediate risk").await;
    assert!(heading.contains("immediate risk"), "{heading}");
    b.aid_running().await;
    assert_eq!(b.focused().await.0, "aid-heading");
    step(&b, prefix, &mut n, "started-by-keyboard").await;

    // The signal lost while it loads: the reader is told so, and what to
    // do instead, not that the browser cannot run it.
    let blocked = Browser::start(&format!("{prefix}-blocked"), PHONE.0, PHONE.1).await;
    blocked.cdp("Network.enable", json!({})).await;
    blocked
        .cdp(
            "Network.setBlockedURLs",
            json!({ "urls": ["*decision_aid_bg.wasm"] }),
        )
        .await;
    blocked.goto(&format!("{}/durham/", site.url)).await;
    blocked.activate("Start now").await;
    let started = std::time::Instant::now();
    let told = loop {
        let told = blocked.text("#decision-aid-root [role=alert]").await;
        if !told.is_empty() {
            break told;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(15),
            "the reader was never told the aid did not load"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert!(
        told.contains("could not be loaded") && told.contains("print a blank record form"),
        "{told}"
    );
    step(&blocked, prefix, &mut n, "could-not-load").await;

    // On a slow connection, the reader reaches Start now while the aid is
    // still loading: focus stays on it as the aid's own screen replaces the
    // carried one, and Enter starts.
    let slow = on_a_slow_signal(&format!("{prefix}-slow")).await;
    slow.goto(&format!("{}/durham/", site.url)).await;
    slow.eval("document.getElementById('decision-aid').scrollIntoView();")
        .await;
    // (Focus put there directly: Tabbing through the page would take
    // longer than the aid takes to load.)
    slow.eval("document.querySelector('#decision-aid-root [data-act=start]').focus();")
        .await;
    assert_eq!(
        slow.eval("return document.getElementById('decision-aid-root').dataset.aid || '';")
            .await,
        "",
        "the aid had loaded before the reader reached Start now: nothing was tested"
    );
    slow.aid_running().await;
    // The aid moves focus a frame after it starts: two frames on, it is done.
    frames(&slow).await;
    assert_eq!(
        slow.eval("const e = document.activeElement; return e.dataset.act || e.tagName;")
            .await,
        "start",
        "focus was lost as the aid started"
    );
    slow.press('\u{e007}').await; // Enter
    slow.wait_heading("immediate risk").await;

    // Arriving to use it (a training lead's link to a stage) starts it at once.
    b.goto(&format!("{}/durham/?stage=stage-2#decision-aid", site.url))
        .await;
    b.aid_running().await;
    b.wait_heading("").await;
}

/// A procedure the aid cannot read (here, a kind of timescale it does not
/// know, as a page made by another version could hold) says so beside
/// Start, with what to do instead; Start is never dead without a word.
#[tokio::test]
async fn a_procedure_the_aid_cannot_read_says_so_beside_start() {
    let prefix = "unreadable";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.goto(&format!("{}/durham/", site.url)).await;
    let changed = b
        .eval(
            "const data = document.getElementById('stagehand-procedure');
             const before = data.textContent;
             data.textContent = before.replaceAll('\"working-days\"', '\"fortnights\"');
             return data.textContent !== before;",
        )
        .await;
    assert_eq!(
        changed,
        Value::Bool(true),
        "the page has no timescale to change"
    );
    b.eval("document.getElementById('decision-aid').scrollIntoView();")
        .await;
    b.aid_running().await;
    let said = b
        .eval("const p = document.querySelector('#decision-aid-root [data-act=start] + .aid-loading'); return p ? [p.getAttribute('role'), p.innerText] : null;")
        .await;
    assert_eq!(said[0], "alert", "{said}");
    assert!(
        said[1]
            .as_str()
            .is_some_and(|t| t.contains("cannot read this procedure")
                && t.contains("print a blank record form")),
        "{said}"
    );
    let mut n = 0;
    step(&b, prefix, &mut n, "unreadable").await;
}

/// A saved record chosen on the page's own "carry on" control while the aid
/// starts still opens: a phone's file picker stays open meanwhile, and the
/// choice comes to the control the aid has since taken over.
#[tokio::test]
async fn a_record_chosen_while_the_aid_starts_still_opens() {
    let prefix = "open-while-starting";
    let site = Site::real(prefix);
    let b = Browser::start(prefix, PHONE.0, PHONE.1).await;
    b.goto(&format!("{}/durham/", site.url)).await;
    let carried = b
        .eval("window.__carried = document.getElementById('aid-open-record'); return window.__carried !== null;")
        .await;
    assert_eq!(carried, Value::Bool(true), "the page carries the control");
    b.eval("document.getElementById('decision-aid').scrollIntoView();")
        .await;
    b.aid_running().await;
    // The aid takes the carried screen over in place (hydrated): the
    // control the reader may have open is the aid's own.
    assert_eq!(
        b.eval("return window.__carried.isConnected;").await,
        Value::Bool(true),
        "the aid replaced the carried control instead of taking it over"
    );
    b.eval(
        "const record = { format: 'stagehand-record', version: 3, procedure: 'durham', stages: [] };
         const chosen = new DataTransfer();
         chosen.items.add(new File([JSON.stringify(record)], 'record.json', { type: 'application/json' }));
         window.__carried.files = chosen.files;
         window.__carried.dispatchEvent(new Event('change', { bubbles: true }));",
    )
    .await;
    b.wait_heading("Where this disagreement stands").await;

    // Chosen before the aid has come, on a slow signal: the page says it is
    // coming, beside the control, and the record opens once it has.
    let slow = on_a_slow_signal(&format!("{prefix}-slow")).await;
    slow.goto(&format!("{}/durham/", site.url)).await;
    let said = slow
        .eval(
            "const record = { format: 'stagehand-record', version: 3, procedure: 'durham', stages: [] };
             const input = document.getElementById('aid-open-record');
             const chosen = new DataTransfer();
             chosen.items.add(new File([JSON.stringify(record)], 'record.json', { type: 'application/json' }));
             input.files = chosen.files;
             input.dispatchEvent(new Event('change', { bubbles: true }));
             const note = document.querySelector('#aid-open-record + .aid-loading');
             return [document.getElementById('decision-aid-root').dataset.aid || '',
                     note ? note.getAttribute('role') : '', note ? note.textContent : ''];",
        )
        .await;
    assert_eq!(
        said[0], "",
        "the aid had loaded before the record was chosen: nothing was tested"
    );
    assert_eq!(said[1], "status", "{said}");
    assert_eq!(said[2], "Starting the decision aid…", "{said}");
    slow.wait_heading("Where this disagreement stands").await;
}
