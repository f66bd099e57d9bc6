//! Watch the content folder and hand on the paths that changed, once a
//! save has settled.
//!
//! Not notify-debouncer-full: it drops a folder created and then removed
//! within its window as if nothing happened, but a rebuild started by an
//! earlier event may already have read that folder. `serve` then kept an
//! error from a folder that was gone, and never rebuilt (the doors test
//! caught it, one run in a few). Here every changed path is handed on.

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a save is given to settle: an editor's save is one or two
/// events a few milliseconds apart, and every millisecond here is one the
/// reload waits.
const SETTLE: Duration = Duration::from_millis(30);

/// Watch `folder`; call `changed` with the paths of each settled change,
/// on a thread of its own. Dropping the watcher stops it.
pub(crate) fn watch(
    folder: &Path,
    mut changed: impl FnMut(Vec<PathBuf>) + Send + 'static,
) -> notify::Result<RecommendedWatcher> {
    let (events, arrived) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(events)?;
    watcher.watch(folder, RecursiveMode::Recursive)?;
    std::thread::spawn(move || {
        while let Ok(first) = arrived.recv() {
            let mut paths = Vec::new();
            take(first, &mut paths);
            let mut settled = Instant::now() + SETTLE;
            loop {
                let wait = settled.saturating_duration_since(Instant::now());
                match arrived.recv_timeout(wait) {
                    Ok(event) => {
                        if take(event, &mut paths) {
                            settled = Instant::now() + SETTLE;
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
            }
            if !paths.is_empty() {
                paths.sort();
                paths.dedup();
                changed(paths);
            }
        }
    });
    Ok(watcher)
}

/// Add an event's paths; false when it is not a change (reading a file is
/// an event too, and the build's own reads must not start a build).
fn take(event: notify::Result<notify::Event>, paths: &mut Vec<PathBuf>) -> bool {
    match event {
        Ok(event) if !matches!(event.kind, EventKind::Access(_)) => {
            paths.extend(event.paths);
            true
        }
        _ => false,
    }
}
