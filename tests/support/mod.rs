//! Shared by the end-to-end tests: the real `stagehand` binary, a served
//! site, and headless Chromium driven through chromedriver.
#![allow(dead_code)]

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The binary under test; `STAGEHAND_BIN` runs the tests against another
/// build of it (an older one, to see that a test fails without its fix).
/// The day every test's `stagehand` takes as today, unless the test sets
/// another: no test depends on the real date (the real content's review
/// dates and bank holidays run out, and "today" moves every night).
pub const TODAY: &str = "2026-12-07";

/// The `stagehand` binary, its clock pinned to [`TODAY`].
pub fn stagehand() -> Command {
    let mut command = match std::env::var_os("STAGEHAND_BIN") {
        Some(bin) => Command::new(bin),
        None => Command::new(env!("CARGO_BIN_EXE_stagehand")),
    };
    command.env("STAGEHAND_TODAY", TODAY);
    command
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// A scratch folder under `target/`, emptied first.
pub fn scratch(name: &str) -> PathBuf {
    let dir = workspace().join("target/e2e").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("stagehand runs")
}

/// `stagehand build`, which must succeed.
pub fn build_ok(content: &Path, out: &Path) -> Output {
    build_ok_with(content, out, &[])
}

/// `stagehand build` with extra arguments, which must succeed.
pub fn build_ok_with(content: &Path, out: &Path, extra: &[&str]) -> Output {
    let built = run(stagehand()
        .arg("build")
        .args(extra)
        .arg("--content")
        .arg(content)
        .arg("--out")
        .arg(out));
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    built
}

/// Every folder and file under `dir`, `dir` first.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in files_under(from) {
        let target = to.join(entry.strip_prefix(from).unwrap());
        if entry.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&entry, &target).unwrap();
        }
    }
}

/// A copy of `fixtures/minimal` (a small, valid handbook) at
/// `target/e2e/<name>/content`, to change for one test.
pub fn minimal_handbook(name: &str) -> PathBuf {
    let content = scratch(name).join("content");
    copy_tree(&workspace().join("tests/fixtures/minimal"), &content);
    content
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A child process in its own process group, killed with all its children
/// (Chromium's helpers too) when dropped, even when a test panics.
pub struct Process(Child);

impl Process {
    pub fn spawn(cmd: &mut Command) -> Self {
        let child = cmd
            .process_group(0)
            .stdin(Stdio::null())
            .spawn()
            .expect("the process starts");
        Self(child)
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.0.wait();
    }
}

pub fn wait_for_port(port: u16) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "nothing listened on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `stagehand serve` over the real content, on a free loopback port.
pub struct Site {
    pub url: String,
    port: u16,
    content: PathBuf,
    out: PathBuf,
    server: Option<Process>,
}

impl Site {
    pub fn serve(name: &str, content: &Path) -> Self {
        let dir = scratch(name);
        let mut site = Self {
            url: String::new(),
            port: free_port(),
            content: content.to_path_buf(),
            out: dir.join("site"),
            server: None,
        };
        site.url = format!("http://127.0.0.1:{}", site.port);
        site.start();
        site
    }

    /// Start serving again, at the same address (so the browser's offline
    /// copy, which belongs to the address, is the same one).
    pub fn start(&mut self) {
        self.server = Some(Process::spawn(
            stagehand()
                .args(["serve", "--no-reload", "--port", &self.port.to_string()])
                .arg("--content")
                .arg(&self.content)
                .arg("--out")
                .arg(&self.out)
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        ));
        wait_for_port(self.port);
    }

    /// Stop serving: truly offline, as a phone with no signal is (the
    /// browser's offline emulation does not reach its service worker).
    pub fn stop(&mut self) {
        self.server = None;
    }

    pub fn real(name: &str) -> Self {
        Self::serve(name, &workspace().join("content"))
    }
}

/// The axe-core script: `AXE_CORE_JS`, or where `tests/run.sh` installs it.
pub fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/axe/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is needed at {} ({e}): run `bash tests/run.sh`, which installs it with npm",
            path.display()
        )
    })
}

pub fn screenshots() -> PathBuf {
    let dir = workspace().join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}
pub mod browser;
pub mod fixtures;
