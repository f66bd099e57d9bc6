//! The default theme, carried inside the binary so an editor needs nothing
//! but `stagehand` itself.

use crate::{OutputFile, RenderError};
use tera::Tera;

macro_rules! theme_file {
    ($path:literal) => {
        (
            $path,
            include_str!(concat!("../../../themes/default/", $path)),
        )
    };
}

const TEMPLATES: &[(&str, &str)] = &[
    theme_file!("templates/base.html"),
    theme_file!("templates/home.html"),
    theme_file!("templates/procedure.html"),
    theme_file!("templates/stage_steps.html"),
    theme_file!("templates/contact.html"),
    theme_file!("templates/record_form.html"),
    theme_file!("templates/page.html"),
    theme_file!("templates/accessibility.html"),
    theme_file!("templates/404.html"),
    theme_file!("templates/a_z.html"),
    theme_file!("templates/amendments.html"),
    theme_file!("templates/report.html"),
];

pub(crate) fn templates() -> Result<Tera, RenderError> {
    let mut tera = Tera::new();
    let named = TEMPLATES
        .iter()
        .map(|(path, text)| (path.trim_start_matches("templates/"), *text));
    tera.add_raw_templates(named)
        .map_err(|e| RenderError(e.to_string()))?;
    Ok(tera)
}

macro_rules! static_file {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!("../../../themes/default/static/", $name)).as_slice(),
        )
    };
}

/// The theme's own assets, served under `assets/`.
const STATIC: &[(&str, &[u8])] = &[
    static_file!("style.css"),
    static_file!("aid.js"),
    static_file!("print-form.js"),
    static_file!("icon.svg"),
    static_file!("site.js"),
];

pub(crate) fn static_files() -> Vec<OutputFile> {
    let mut files: Vec<OutputFile> = STATIC
        .iter()
        .map(|(name, bytes)| OutputFile {
            path: format!("assets/{name}").into(),
            bytes: bytes.to_vec(),
        })
        .collect();
    for (name, bytes) in stagehand_widget::ASSETS {
        files.push(OutputFile {
            path: format!("assets/{name}").into(),
            bytes: bytes.to_vec(),
        });
    }
    files
}
