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

/// `{{ t(id="route-title") }}`, `{{ t(id="stage-title", number=1, title=stage.title) }}`:
/// the message `id` in the page's language (`lang` in its context), from the
/// tool's Fluent files. Its words are the theme's own and may hold markup;
/// every value given to it is escaped first, so it is output as it is.
struct Translate;

impl tera::Function<tera::TeraResult<tera::Value>> for Translate {
    fn call(&self, kwargs: tera::Kwargs, state: &tera::State) -> tera::TeraResult<tera::Value> {
        use stagehand_messages::{Arg, Language, messages};
        let id: &str = kwargs.must_get("id")?;
        // `lang=` picks another language's words (the 404 page says itself
        // in each); otherwise the page's own.
        let lang: Option<String> = match kwargs.get::<String>("lang")? {
            Some(lang) => Some(lang),
            None => state.get("lang")?,
        };
        let language = lang
            .as_deref()
            .and_then(Language::of_tag)
            .unwrap_or(Language::English);
        let m = messages(language);
        if !m.has(id) {
            return Err(tera::Error::message(format!(
                "the theme asks for the message `{id}`, which the tool's message files do not have"
            )));
        }
        let mut texts: Vec<(String, String)> = Vec::new();
        let mut numbers: Vec<(String, i64)> = Vec::new();
        for (key, value) in kwargs.iter() {
            let key = key.to_string();
            if key == "id" || key == "lang" {
                continue;
            }
            match value.as_i64() {
                Some(n) if value.is_number() => numbers.push((key, n)),
                _ => {
                    let text = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_string);
                    texts.push((key, crate::views::escape(&text)));
                }
            }
        }
        let args: Vec<(&str, Arg)> = texts
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::Text(v)))
            .chain(numbers.iter().map(|(k, n)| (k.as_str(), Arg::Number(*n))))
            .collect();
        Ok(tera::Value::safe_string(&m.format(id, &args)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

pub(crate) fn templates() -> Result<Tera, RenderError> {
    let mut tera = Tera::new();
    tera.register_function("t", Translate);
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
