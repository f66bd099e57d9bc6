//! Builds the decision aid for the browser: `crates/decision-aid` compiled to
//! wasm by a nested cargo (own target folder, see shared build notes), then
//! wasm-bindgen run as a library. The output is embedded by `src/lib.rs`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, exit};

const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";

fn fail(message: &str) -> ! {
    eprintln!("\nerror: {message}\n");
    exit(1)
}

fn target_installed(rustc: &str) -> bool {
    let Ok(out) = Command::new(rustc).args(["--print", "sysroot"]).output() else {
        return true; // cannot tell: let cargo say what is wrong
    };
    let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    sysroot.join("lib/rustlib").join(TARGET).exists()
}

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest.join("../..");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for watched in [
        "crates/decision-aid/src",
        "crates/aid/src",
        "crates/aid/Cargo.toml",
        "crates/decision-aid/Cargo.toml",
        "crates/model/src",
        "crates/aid-screens/src",
        "crates/aid-screens/Cargo.toml",
        "crates/model/Cargo.toml",
        // The aid speaks from the message files, compiled into the wasm.
        "crates/messages/src",
        "crates/messages/locales",
        "crates/messages/Cargo.toml",
        "Cargo.lock",
        "Cargo.toml",
    ] {
        println!(
            "cargo:rerun-if-changed={}",
            workspace.join(watched).display()
        );
    }

    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    if !target_installed(&rustc) {
        fail(
            "the decision aid is built for the browser, and this Rust has no wasm target.\n       Add it once with:  rustup target add wasm32-unknown-unknown",
        );
    }

    let target_dir = workspace.join("target/widget");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut inner = Command::new(cargo);
    inner
        .current_dir(&workspace)
        .args([
            "build",
            "--package",
            "decision-aid",
            "--lib",
            "--target",
            TARGET,
            "--profile",
            PROFILE,
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    // The outer build's settings (profile, flags, target) are not the widget's.
    for (key, _) in env::vars() {
        if (key.starts_with("CARGO_") && key != "CARGO_HOME" && key != "CARGO_NET_OFFLINE")
            || key == "RUSTFLAGS"
            || key == "RUSTC_WORKSPACE_WRAPPER"
        {
            inner.env_remove(key);
        }
    }
    let status = inner
        .status()
        .unwrap_or_else(|e| fail(&format!("could not run cargo for the decision aid: {e}")));
    if !status.success() {
        fail(
            "building the decision aid (crates/decision-aid) for wasm32-unknown-unknown failed: see the errors above",
        );
    }

    let wasm = target_dir
        .join(TARGET)
        .join(PROFILE)
        .join("decision_aid.wasm");
    bindgen(&wasm, &out_dir);
}

fn bindgen(wasm: &Path, out_dir: &Path) {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen
        .input_path(wasm)
        .typescript(false)
        .omit_default_module_path(false)
        .remove_name_section(true)
        .remove_producers_section(true);
    let result = bindgen.web(true).and_then(|b| b.generate(out_dir));
    if let Err(e) = result {
        fail(&format!(
            "wasm-bindgen could not prepare the decision aid: {e}"
        ));
    }
}
