//! `stagehand serve`: build, serve on loopback, rebuild on every change to
//! the content, and reload the open pages. A content error is shown in the
//! terminal and over the page, and the server keeps running.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use futures_util::stream::{self, Stream, StreamExt};
use stagehand_render::RenderOptions;
use stagehand_site::LiveSite;
use std::convert::Infallible;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// What the open pages are told after a rebuild: reload, or show this error.
#[derive(Clone, Debug)]
enum Outcome {
    Built,
    Failed(String),
}

struct Shared {
    events: broadcast::Sender<Outcome>,
    /// The last build's error, for pages that connect after it.
    error: RwLock<Option<String>>,
}

/// The pages' own policy, and `frame-ancestors`, which only a header can set.
fn served_policy() -> HeaderValue {
    let policy = format!(
        "{}; frame-ancestors 'none'",
        stagehand_render::CONTENT_SECURITY_POLICY
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("frame-ancestors 'none'"))
}

const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");

/// Tell the open pages what the last build gave.
fn announce(result: Result<String, String>, shared: &Shared) {
    let outcome = match result {
        Ok(summary) => {
            println!("{summary}");
            Outcome::Built
        }
        Err(problems) => {
            eprint!("{problems}");
            Outcome::Failed(strip_ansi(&problems))
        }
    };
    *shared.error.write().unwrap_or_else(|e| e.into_inner()) = match &outcome {
        Outcome::Failed(text) => Some(text.clone()),
        Outcome::Built => None,
    };
    let _ = shared.events.send(outcome);
}

/// The terminal's colours are no use in the page.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn event(outcome: &Outcome) -> Event {
    match outcome {
        Outcome::Built => Event::default().event("reload").data("built"),
        Outcome::Failed(text) => Event::default()
            .event("problem")
            .data(text.replace('\r', "")),
    }
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let current = shared
        .error
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let first = stream::iter(current.map(|text| Ok(event(&Outcome::Failed(text)))));
    let later = BroadcastStream::new(shared.events.subscribe())
        .filter_map(|o| async move { o.ok().map(|o| Ok(event(&o))) });
    Sse::new(first.chain(later)).keep_alive(KeepAlive::default())
}

async fn live_reload_js() -> impl IntoResponse {
    (
        [("content-type", "text/javascript; charset=utf-8")],
        LIVE_RELOAD_JS,
    )
}

pub(crate) fn serve(
    content: PathBuf,
    out: PathBuf,
    port: u16,
    live: bool,
    search: bool,
) -> ExitCode {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the server: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(content, out, port, live, search))
}

async fn run(content: PathBuf, out: PathBuf, port: u16, live: bool, search: bool) -> ExitCode {
    let (events_tx, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        events: events_tx,
        error: RwLock::new(None),
    });
    let options = RenderOptions::default().live_reload(live);
    let (mut site, first) =
        match LiveSite::start(&content, &out, &options, search, stagehand_site::today()) {
            Ok(started) => started,
            Err(e) => {
                eprint!("{e}");
                return ExitCode::FAILURE;
            }
        };
    announce(first, &shared);

    let watching = shared.clone();
    // Kept for as long as the server runs: dropping it stops the watching.
    let _watcher = if live {
        let watcher = crate::watch::watch(&content, move |paths| {
            announce(site.changed(&paths, search), &watching);
        });
        match watcher {
            Ok(w) => Some(w),
            Err(e) => {
                eprintln!(
                    "error: cannot watch `{}` for changes: {e}",
                    content.display()
                );
                return ExitCode::FAILURE;
            }
        }
    } else {
        None
    };

    let files = ServeDir::new(&out).not_found_service(ServeFile::new(out.join("404.html")));
    let app = Router::new()
        .route("/__stagehand/events", get(events))
        .route("/__stagehand/live-reload.js", get(live_reload_js))
        .fallback_service(files)
        .with_state(shared)
        // gzip or brotli, as the browser asks: on a slow phone connection
        // the aid loads in about half the time. Never the reload events.
        .layer(CompressionLayer::new())
        // The pages carry the policy as a <meta>; a header can also forbid
        // framing, which a <meta> cannot (the README tells hosts to do the same).
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            served_policy(),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ));
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "error: cannot listen on 127.0.0.1:{port}: {e}. Choose another port with --port."
            );
            return ExitCode::FAILURE;
        }
    };
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    if live {
        println!(
            "Serving `{}` on http://{address}/ (Ctrl+C to stop). Rebuilding on every change to `{}`.",
            out.display(),
            content.display()
        );
    } else {
        println!(
            "Serving `{}` on http://{address}/ as it will be published (Ctrl+C to stop). Changes to `{}` are not rebuilt: run `stagehand serve` without `--no-reload` for that.",
            out.display(),
            content.display()
        );
    }
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the server stopped: {e}");
            ExitCode::FAILURE
        }
    }
}
