//! Headless Chromium through chromedriver, used with the keyboard only.

use super::{Process, free_port, screenshots, wait_for_port};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const TAB: char = '\u{e004}';
pub const ENTER: char = '\u{e007}';
pub const SPACE: char = '\u{e00d}';
pub const DOWN: char = '\u{e015}';
pub const UP: char = '\u{e013}';
pub const CONTROL: char = '\u{e009}';

pub struct Browser {
    pub client: Client,
    _driver: Process,
}

/// A Chrome DevTools Protocol command, sent through chromedriver's
/// `goog/cdp/execute` endpoint (the clock, the network).
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    pub async fn start(name: &str, width: u32, height: u32) -> Self {
        let port = free_port();
        let driver = Process::spawn(
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        wait_for_port(port);
        let profile = super::scratch(&format!("chrome-{name}"));
        let caps = json!({
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--lang=en-GB", "--hide-scrollbars", "--disable-dev-shm-usage",
                    format!("--window-size={width},{height}"),
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": { "download.default_directory": profile.join("downloads").display().to_string() }
            }
        });
        let caps = caps.as_object().cloned().unwrap_or_default();
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = Client::with_capabilities_and_connector(
            &format!("http://127.0.0.1:{port}"),
            &caps,
            connector,
        )
        .await
        .expect("chromedriver opens a session (are chromium and chromium-driver installed?)");
        let browser = Self {
            client,
            _driver: driver,
        };
        browser
            .client
            .set_window_size(width, height)
            .await
            .expect("window size");
        browser
    }

    /// Run a DevTools Protocol command on the page.
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// Set the browser's clock to this day (at 10am), for every page opened
    /// from now on: the aid reads today's date from it.
    pub async fn set_today(&self, date: &str) {
        let script = format!(
            "(() => {{ const Real = Date; const offset = new Real('{date}T10:00:00').getTime() - Real.now();
               class Fake extends Real {{ constructor(...a) {{ if (a.length === 0) super(Real.now() + offset); else super(...a); }}
                 static now() {{ return Real.now() + offset; }} }}
               globalThis.Date = Fake; }})();"
        );
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        )
        .await;
    }

    /// Cut the page off from the network (DevTools' "Offline"), or restore it.
    pub async fn offline(&self, offline: bool) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("page loads");
    }

    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Run an async script: it ends by calling `arguments[arguments.length - 1](value)`.
    pub async fn eval_async(&self, script: &str) -> Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn press(&self, key: char) {
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Select everything in the focused field (Ctrl+A), so typing replaces it.
    pub async fn select_all(&self) {
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: CONTROL })
            .then(KeyAction::Down { value: 'a' })
            .then(KeyAction::Up { value: 'a' })
            .then(KeyAction::Up { value: CONTROL });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Type text into whatever has focus, as a person would.
    pub async fn type_text(&self, text: &str) {
        self.client
            .active_element()
            .await
            .expect("focus")
            .send_keys(text)
            .await
            .expect("typing");
    }

    /// What has focus: its id, or its text for buttons and links.
    pub async fn focused(&self) -> (String, String) {
        let v = self.eval("const e = document.activeElement; return [e.id || '', (e.textContent || '').trim()];").await;
        (
            v[0].as_str().unwrap_or("").to_string(),
            v[1].as_str().unwrap_or("").to_string(),
        )
    }

    /// Press Tab until the element with this id has focus.
    pub async fn tab_to(&self, id: &str) {
        for _ in 0..200 {
            if self.focused().await.0 == id {
                return;
            }
            self.press(TAB).await;
        }
        panic!("Tab never reached #{id}");
    }

    /// Press Tab until a button or link with this text has focus, then Enter.
    pub async fn activate(&self, text: &str) {
        for _ in 0..200 {
            if self.focused().await.1 == text {
                self.press(ENTER).await;
                return;
            }
            self.press(TAB).await;
        }
        panic!("Tab never reached “{text}”");
    }

    /// Choose option `index` of a radio group by keyboard: Tab into the
    /// group (onto its checked option, if any), then the arrow keys.
    pub async fn choose(&self, group: &str, index: usize) {
        let at = format!(
            "const e = document.activeElement; return e && e.name === '{group}' ? [...document.getElementsByName('{group}')].indexOf(e) : -1;"
        );
        for _ in 0..200 {
            if self.eval(&at).await.as_i64().unwrap_or(-1) >= 0 {
                break;
            }
            self.press(TAB).await;
        }
        let current = self.eval(&at).await.as_i64().unwrap_or(-1);
        assert!(current >= 0, "Tab never reached the radios “{group}”");
        let current = current as usize;
        if current == index {
            self.press(SPACE).await;
        }
        for _ in current..index {
            self.press(DOWN).await;
        }
        for _ in index..current {
            self.press(UP).await;
        }
    }

    /// Tick or untick a checkbox by keyboard.
    pub async fn tick(&self, id: &str) {
        self.tab_to(id).await;
        self.press(SPACE).await;
    }

    /// The page's title.
    pub async fn title(&self) -> String {
        self.client.title().await.unwrap_or_default()
    }

    /// Fill a GOV.UK date input (three fields) by keyboard.
    pub async fn date(&self, id: &str, day: u32, month: u32, year: i32) {
        self.tab_to(id).await;
        for (n, part) in [day.to_string(), month.to_string(), year.to_string()]
            .iter()
            .enumerate()
        {
            if n > 0 {
                self.press(TAB).await;
            }
            self.select_all().await;
            self.type_text(part).await;
        }
    }

    /// The aid's current heading, once it contains `expected`.
    /// Wait until the aid has started (it starts when the reader comes
    /// near it, moves into it or arrives to use it: see `assets/aid.js`).
    pub async fn aid_running(&self) {
        let started = Instant::now();
        while self
            .eval("return document.getElementById('decision-aid-root')?.dataset.aid === 'running';")
            .await
            != Value::Bool(true)
        {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "the aid never started"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn wait_heading(&self, expected: &str) -> String {
        let started = Instant::now();
        loop {
            let there = self.client.find(Locator::Css("#aid-heading")).await.is_ok();
            let text = self.text("#aid-heading").await;
            if there && text.contains(expected) {
                // Every screen the tests reach: ids once, labels that select.
                self.ids_and_labels(&format!("the screen “{text}”")).await;
                return text;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "the aid never showed “{expected}”; it shows “{text}”"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// axe-core on the page as it is now: no violations and nothing it
    /// could not decide, or a readable list; then what axe-core no longer
    /// checks (ids, labels).
    pub async fn axe(&self, label: &str) {
        let loaded = self.eval("return typeof window.axe !== 'undefined';").await;
        if loaded != Value::Bool(true) {
            self.client
                .execute(&super::axe_source(), vec![])
                .await
                .expect("axe-core loads");
        }
        let result = self
            .eval_async(
                "const done = arguments[arguments.length - 1];
                 const list = items => items.filter(v => v.nodes.length).map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ') + ' (' + n.any.map(a => a.data && a.data.messageKey).filter(k => k).join(', ') + ')').join(', '));
                 // axe-core cannot work out the contrast of SVG text: work it out
                 // here, from its fill against the white page, and keep only
                 // the text that fails (4.5:1).
                 const luminance = c => { const [r, g, b] = c.match(/[0-9.]+/g).slice(0, 3).map(v => { v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                 const svgTextPasses = n => { const e = document.querySelector(n.target.join(' ')); if (!e || !(e instanceof SVGElement)) return false; const l = luminance(getComputedStyle(e).fill); return 1.05 / (l + 0.05) >= 4.5; };
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                   .then(r => { for (const v of r.incomplete) if (v.id === 'color-contrast') v.nodes = v.nodes.filter(n => !svgTextPasses(n)); done({ violations: list(r.violations), incomplete: list(r.incomplete) }); })
                   .catch(e => done({ error: String(e) }));",
            )
            .await;
        assert!(
            result.get("error").is_none(),
            "axe-core failed on {label}: {result}"
        );
        let found = |key: &str| -> Vec<String> {
            serde_json::from_value(result[key].clone()).unwrap_or_else(|e| {
                panic!("axe-core gave no {key} list on {label} ({e}): {result}")
            })
        };
        let (violations, incomplete) = (found("violations"), found("incomplete"));
        assert!(
            violations.is_empty() && incomplete.is_empty(),
            "axe-core found problems on {label}:\n{}\nand could not decide:\n{}",
            violations.join("\n"),
            incomplete.join("\n")
        );
        self.ids_and_labels(label).await;
    }

    /// Every id on the page used once, and every label selecting the control
    /// it names (axe-core 4 checks neither): a label whose `for` finds another
    /// element first selects nothing when tapped, and names nothing.
    pub async fn ids_and_labels(&self, label: &str) {
        let problems = self
            .eval(
                "const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
                 const count = id => ids.filter(x => x === id).length;
                 const out = [...new Set(ids.filter(id => count(id) > 1))].map(id => 'the id \"' + id + '\" is used ' + count(id) + ' times');
                 for (const l of document.querySelectorAll('label[for]')) {
                   if (!l.control || l.control.id !== l.htmlFor) out.push('the label \"' + l.textContent.trim() + '\" (for=\"' + l.htmlFor + '\") selects nothing');
                 }
                 for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                   if (c.labels.length === 0 && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby')) out.push('the field ' + (c.id || c.name) + ' has no label');
                 }
                 return out;",
            )
            .await;
        let problems: Vec<String> = serde_json::from_value(problems.clone())
            .unwrap_or_else(|e| panic!("the id and label check gave {problems} ({e})"));
        assert!(problems.is_empty(), "on {label}:\n{}", problems.join("\n"));
    }

    /// A PNG of the page as it is, kept under `target/screenshots/`; its path.
    pub async fn screenshot(&self, name: &str) -> std::path::PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        assert!(
            png.starts_with(b"\x89PNG"),
            "{name}: the browser gave no PNG"
        );
        let path = screenshots().join(format!("{name}.png"));
        std::fs::write(&path, png).expect("screenshot written");
        path
    }

    /// Print to PDF as Chromium prints (print stylesheet applied).
    pub async fn print_pdf(&self, name: &str) -> Vec<u8> {
        let config = fantoccini::wd::PrintConfiguration::builder()
            .build()
            .expect("print settings");
        let pdf = self.client.print(config).await.expect("print to PDF");
        std::fs::write(screenshots().join(format!("{name}.pdf")), &pdf).expect("pdf written");
        pdf
    }
}
