//! What a long build is doing, shown on a terminal only: a large handbook
//! takes seconds, and a silent terminal looks stuck. In CI logs, and when
//! the output is piped, nothing extra is printed. With `STAGEHAND_TIMINGS=1`
//! each step's time is printed after the build (for `scripts/bench.sh`'s
//! account of where the time goes).

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub(crate) struct Progress {
    bar: ProgressBar,
    started: Instant,
    steps: Mutex<Vec<(&'static str, Instant)>>,
}

impl Progress {
    pub(crate) fn new() -> Self {
        let bar = if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        } else {
            ProgressBar::hidden()
        };
        Self {
            bar,
            started: Instant::now(),
            steps: Mutex::new(Vec::new()),
        }
    }

    /// Clear the line: the summary follows. Then each step's time, if asked.
    pub(crate) fn done(&self) {
        self.bar.finish_and_clear();
        if std::env::var_os("STAGEHAND_TIMINGS").is_none() {
            return;
        }
        let steps = self.steps.lock().unwrap_or_else(|e| e.into_inner());
        let mut from = ("Checking the memory and the content's files", self.started);
        let now = Instant::now();
        for &(what, at) in steps.iter().chain([&("", now)]) {
            eprintln!("timing: {:>6} ms  {}", (at - from.1).as_millis(), from.0);
            from = (what, at);
        }
    }
}

impl stagehand_site::Steps for Progress {
    /// The step now under way.
    fn step(&self, what: &'static str) {
        self.bar.set_message(what);
        self.steps
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((what, Instant::now()));
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if !self.bar.is_finished() {
            self.bar.finish_and_clear();
        }
    }
}
