//! The handbook's real procedures for tests, read as the generator reads them.

use stagehand_model::Procedure;

pub fn procedures() -> Vec<Procedure> {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = stagehand_content::load(&content, "2026-11-22".parse().unwrap());
    let handbook = loaded.handbook.expect("the real content loads");
    handbook
        .procedures
        .into_iter()
        .map(|p| p.procedure)
        .collect()
}

pub fn durham() -> Procedure {
    procedures()
        .into_iter()
        .find(|p| p.slug == "durham")
        .expect("the content has Durham's procedure")
}
