//! `stagehand serve`: correct content types, a 404 page, and a content error
//! shown to the open page (through the reload channel) without the server
//! stopping.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::{Process, free_port, minimal_handbook, stagehand, wait_for_port};

/// A plain HTTP/1.1 GET; returns the head and as much body as arrives in `wait`.
fn get(port: u16, path: &str, wait: Duration) -> String {
    get_with(port, path, "", wait)
}

fn get_with(port: u16, path: &str, headers: &str, wait: Duration) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(wait)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
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

#[test]
fn serve_no_reload_does_not_claim_to_rebuild() {
    let content = minimal_handbook("serve-no-reload");
    let dir = content.parent().unwrap().to_path_buf();
    let port = free_port();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_stagehand"))
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
    let home = get(port, "/", Duration::from_secs(1));
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
    let _server = Process::spawn(
        stagehand()
            .args(["serve", "--port", &port.to_string(), "--content"])
            .arg(&content)
            .arg("--out")
            .arg(dir.join("site"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null()),
    );
    wait_for_port(port);
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
                    && events.contains("stages.yaml:9:17"),
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
        if !events.contains("event: problem") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the fix was never built"
        );
    }
}
