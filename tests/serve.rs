//! `stagehand serve`: correct content types, a 404 page, and a content error
//! shown to the open page (through the reload channel) without the server
//! stopping.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::{Process, free_port, minimal_handbook, run, stagehand, wait_for_port};

/// A plain HTTP/1.1 GET; returns the head and as much body as arrives in `wait`.
fn get(port: u16, path: &str, wait: Duration) -> String {
    get_with(port, path, "", wait)
}

/// A connection with a GET sent, reading with the given timeout.
fn request(port: u16, path: &str, headers: &str, timeout: Duration) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(timeout)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    stream
}

fn get_with(port: u16, path: &str, headers: &str, wait: Duration) -> String {
    let mut stream = request(port, path, headers, wait);
    let mut out = Vec::new();
    let mut buf = [0; 8192];
    let started = Instant::now();
    while started.elapsed() < wait {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(_) => break,
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `stagehand serve` with live reload, quiet, once it is listening.
fn serve(content: &std::path::Path, out: &std::path::Path, port: u16) -> Process {
    let server = Process::spawn(
        stagehand()
            .args(["serve", "--port", &port.to_string(), "--content"])
            .arg(content)
            .arg("--out")
            .arg(out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null()),
    );
    wait_for_port(port);
    server
}

#[test]
fn serve_no_reload_does_not_claim_to_rebuild() {
    let content = minimal_handbook("serve-no-reload");
    let dir = content.parent().unwrap().to_path_buf();
    let port = free_port();
    let mut server = stagehand()
        .args([
            "serve",
            "--no-reload",
            "--port",
            &port.to_string(),
            "--content",
        ])
        .arg(&content)
        .arg("--out")
        .arg(dir.join("site"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    let home = get(port, "/", Duration::from_secs(5));
    assert!(
        home.starts_with("HTTP/1.1 200") && home.contains("</html>"),
        "no whole page: {home}"
    );
    assert!(!home.contains("live-reload"), "{home}");
    let _ = server.kill();
    let out = server.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("as it will be published") && !said.contains("Rebuilding on every change"),
        "{said}"
    );
}

#[test]
fn serve_shows_content_errors_and_keeps_serving() {
    let content = minimal_handbook("serve");
    let dir = content.parent().unwrap().to_path_buf();
    let port = free_port();
    let _server = serve(&content, &dir.join("site"), port);
    let quick = Duration::from_secs(5);

    let home = get(port, "/", quick);
    assert!(
        home.starts_with("HTTP/1.1 200") && home.contains("/__stagehand/live-reload.js"),
        "{home}"
    );
    let wasm = get(port, "/assets/decision_aid_bg.wasm", quick);
    assert!(
        wasm.to_lowercase()
            .contains("content-type: application/wasm"),
        "{}",
        &wasm[..300.min(wasm.len())]
    );
    // Compressed when the browser asks.
    for (path, encoding) in [("/assets/decision_aid_bg.wasm", "br"), ("/sample/", "gzip")] {
        let head = get_with(
            port,
            path,
            &format!("Accept-Encoding: {encoding}\r\n"),
            quick,
        )
        .to_lowercase();
        let head = &head[..head.find("\r\n\r\n").unwrap_or(head.len())];
        assert!(
            head.contains(&format!("content-encoding: {encoding}")),
            "{path}: {head}"
        );
    }
    let missing = get(port, "/no-such-page/", quick);
    assert!(
        missing.starts_with("HTTP/1.1 404") && missing.contains("Page not found"),
        "{missing}"
    );

    // A mistake: the open page is told, and the last good site is still served.
    let stages = content.join("procedures/sample/stages.yaml");
    let good = std::fs::read_to_string(&stages).unwrap();
    std::fs::write(
        &stages,
        good.replace("within: 2 working days", "within: soonish"),
    )
    .unwrap();
    let started = Instant::now();
    loop {
        let events = get(port, "/__stagehand/events", Duration::from_millis(700));
        if events.contains("event: problem") {
            assert!(
                events.contains("`soonish` is not a timescale")
                    && events.contains("stages.yaml:15:17"),
                "{events}"
            );
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the error never reached the page: {events}"
        );
    }
    assert!(
        get(port, "/sample/", quick).starts_with("HTTP/1.1 200"),
        "the server keeps serving"
    );

    // Fixed: the error is gone for pages that connect now.
    std::fs::write(&stages, good).unwrap();
    let started = Instant::now();
    loop {
        let events = get(port, "/__stagehand/events", Duration::from_millis(700));
        // Only a whole answer counts: an empty or cut-off one says nothing.
        let answered = events.starts_with("HTTP/1.1 200")
            && events
                .to_lowercase()
                .contains("content-type: text/event-stream");
        if answered && !events.contains("event: problem") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the fix was never built"
        );
    }
}

/// Opens the reload channel, makes a change, and waits for what the page is told.
fn after_change(port: u16, change: impl FnOnce()) -> String {
    let mut stream = request(port, "/__stagehand/events", "", Duration::from_millis(200));
    // The stream's head first, so the change cannot come before we listen.
    let mut seen = String::new();
    let mut buf = [0; 8192];
    while !seen.contains("\r\n\r\n") {
        if let Ok(n) = stream.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    let head = seen.len();
    change();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        if let Ok(n) = stream.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        let news = &seen[head..];
        if news.contains("event: reload") || news.contains("event: problem") {
            // The whole event: it ends with a blank line.
            if news.contains("\n\n") {
                return news.to_string();
            }
        }
    }
    panic!("the page was told nothing after the change: {seen}")
}

fn body(port: u16, path: &str) -> String {
    let page = get(port, path, Duration::from_secs(5));
    assert!(page.starts_with("HTTP/1.1 200"), "{path}: {page}");
    page
}

#[test]
fn serve_rewrites_only_what_a_change_touches_and_recovers_from_errors() {
    let dir = support::scratch("serve-incremental");
    let content = dir.join("content");
    support::copy_tree(&support::workspace().join("content"), &content);
    let site = dir.join("site");
    let port = free_port();
    let _server = serve(&content, &site, port);
    let modified = |page: &str| {
        std::fs::metadata(site.join(page))
            .unwrap()
            .modified()
            .unwrap()
    };
    let darlington_before = modified("darlington/index.html");
    let worker_before = std::fs::read_to_string(site.join("sw.js")).unwrap();

    // Durham's title changes: its pages and the home page show it at once.
    let durham = content.join("procedures/durham/procedure.md");
    let text = std::fs::read_to_string(&durham).unwrap();
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap()
        .to_string();
    let told = after_change(port, || {
        std::fs::write(
            &durham,
            text.replacen(&title, &format!("{title} (revised)"), 1),
        )
        .unwrap()
    });
    assert!(told.contains("event: reload"), "{told}");
    for page in ["/durham/", "/durham/record-form/", "/", "/a-z/"] {
        assert!(
            body(port, page).contains("(revised)"),
            "{page} does not show the new title"
        );
    }
    // Another procedure's page was not written again.
    assert_eq!(modified("darlington/index.html"), darlington_before);
    // The offline files follow, just after the reload.
    let started = Instant::now();
    while std::fs::read_to_string(site.join("sw.js")).unwrap() == worker_before {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the service worker never caught up with the change"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // A mistake in Darlington, then a good change to London while it stands:
    // nothing is written until Darlington is fixed, and then both are.
    let stages = content.join("procedures/darlington/stages.yaml");
    let good = std::fs::read_to_string(&stages).unwrap();
    let told = after_change(port, || {
        std::fs::write(&stages, format!("{good}\nnot yaml: [\n")).unwrap()
    });
    assert!(
        told.contains("event: problem") && told.contains("stages.yaml"),
        "{told}"
    );
    let london = content.join("procedures/london/procedure.md");
    let london_text = std::fs::read_to_string(&london).unwrap();
    let told = after_change(port, || {
        std::fs::write(
            &london,
            format!("{london_text}\nA paragraph written while Darlington was broken.\n"),
        )
        .unwrap()
    });
    assert!(told.contains("event: problem"), "{told}");
    assert!(!body(port, "/london/").contains("while Darlington was broken"));
    let told = after_change(port, || std::fs::write(&stages, &good).unwrap());
    assert!(told.contains("event: reload"), "{told}");
    assert!(body(port, "/london/").contains("while Darlington was broken"));

    // A new procedure folder, then its removal.
    support::copy_tree(&content.join("procedures/durham"), &dir.join("durham-copy"));
    let told = after_change(port, || {
        std::fs::rename(
            dir.join("durham-copy"),
            content.join("procedures/durham-two"),
        )
        .unwrap()
    });
    assert!(told.contains("event: reload"), "{told}");
    assert!(body(port, "/").contains("durham-two/"));
    assert!(site.join("durham-two/record-form/index.html").exists());
    let told = after_change(port, || {
        std::fs::remove_dir_all(content.join("procedures/durham-two")).unwrap()
    });
    assert!(told.contains("event: reload"), "{told}");
    assert!(!site.join("durham-two").exists());
    assert!(!body(port, "/").contains("durham-two/"));
}

/// The preview is never the publication: `serve`, run in a handbook with no
/// flags, keeps its pages (with their reload script) out of the folder
/// `build` publishes, and the site built after it holds nothing of the
/// preview.
#[test]
fn a_site_built_after_serving_holds_nothing_of_the_preview() {
    // Outside this repository, whose own handbook the folders above hold.
    let temporary = tempfile::tempdir().unwrap();
    let dir = temporary.path();
    assert!(
        run(stagehand().current_dir(dir).args(["init", "handbook"]))
            .status
            .success()
    );
    let folder = dir.join("handbook");
    // Never into the folder `build` publishes, even when asked.
    let refused = run(stagehand()
        .current_dir(&folder)
        .args(["serve", "--port", "1", "--out", "site"]));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        !refused.status.success() && said.contains("is the folder `stagehand build` publishes"),
        "{said}"
    );
    assert!(!folder.join("site").exists());
    let port = free_port();
    let server = Process::spawn(
        stagehand()
            .current_dir(&folder)
            .args(["serve", "--port", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null()),
    );
    wait_for_port(port);
    let page = get(port, "/example/", Duration::from_secs(5));
    assert!(
        page.contains("/__stagehand/live-reload.js"),
        "the preview reloads: {page}"
    );
    assert!(
        page.contains("This procedure is a draft"),
        "serve shows a draft, marked: {page}"
    );
    drop(server);
    assert!(
        !folder.join("site").exists(),
        "serve wrote into the folder build publishes"
    );
    assert!(
        run(stagehand().current_dir(&folder).arg("build"))
            .status
            .success()
    );
    let mut files = 0;
    for path in support::files_under(&folder.join("site")) {
        if path.is_file() {
            files += 1;
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("/__stagehand/") && !text.contains(" data-live-reload"),
                "{} carries the preview's reload",
                path.display()
            );
        }
    }
    assert!(files > 10, "{files}");
    assert!(!folder.join("site/README.md").exists());
}
