//! The decision aid's browser files, built from `crates/decision-aid` by this
//! crate's build script and carried inside the `stagehand` binary.

/// `(file name, bytes)` for each file the site serves under `assets/`.
pub const ASSETS: &[(&str, &[u8])] = &[
    (
        "decision_aid.js",
        include_bytes!(concat!(env!("OUT_DIR"), "/decision_aid.js")),
    ),
    (
        "decision_aid_bg.wasm",
        include_bytes!(concat!(env!("OUT_DIR"), "/decision_aid_bg.wasm")),
    ),
];
