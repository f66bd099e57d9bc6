//! The handbook's real procedures for tests, read as the generator reads them.

use stagehand_model::Procedure;

pub fn procedures() -> Vec<Procedure> {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = stagehand_content::load(&content, "2026-11-22".parse().unwrap());
    let (handbook, _) = loaded.into_handbook().expect("the real content loads");
    handbook
        .procedures
        .into_iter()
        .map(|p| p.procedure)
        .collect()
}

pub fn procedure(slug: &str) -> Procedure {
    procedures()
        .into_iter()
        .find(|p| p.slug == slug)
        .unwrap_or_else(|| panic!("the content has the procedure `{slug}`"))
}

pub fn durham() -> Procedure {
    procedure("durham")
}

pub fn darlington() -> Procedure {
    procedure("darlington")
}

/// The real procedures translated into `language` (`cy`).
pub fn translations(language: &str) -> Vec<Procedure> {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = stagehand_content::load(&content, "2026-11-22".parse().unwrap());
    let (handbook, _) = loaded.into_handbook().expect("the real content loads");
    handbook
        .edition(language)
        .map(|e| e.procedures.into_iter().map(|p| p.procedure).collect())
        .unwrap_or_default()
}
