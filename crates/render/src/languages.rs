//! The site in several languages: which pages each language has, every
//! page's language switch (GOV.UK's "English | Cymraeg") and `hreflang`
//! links, and the words the site's scripts say in each.

use crate::root_for;
use stagehand_content::Handbook;
use std::collections::{BTreeMap, BTreeSet};

/// The site's languages, and which procedures each has: what every page's
/// language switch and `hreflang` links need.
#[derive(Clone, Debug)]
pub struct Languages {
    pub(crate) all: Vec<String>,
    /// Each other language's translated procedures, by slug.
    translated: BTreeMap<String, BTreeSet<String>>,
    /// The site's full address with its base path, where site.yaml gives
    /// one: `hreflang` links must be absolute to count.
    pub(crate) address: Option<String>,
}

impl Languages {
    pub fn of(handbook: &Handbook) -> Self {
        Self {
            all: handbook.site.languages.clone(),
            translated: handbook
                .translations
                .iter()
                .map(|e| {
                    let slugs = e
                        .procedures
                        .iter()
                        .map(|c| c.procedure.slug.clone())
                        .collect();
                    (e.site.language.clone(), slugs)
                })
                .collect(),
            address: handbook
                .site
                .url
                .as_deref()
                .map(|url| format!("{}{}", url.trim_end_matches('/'), handbook.site.base_path)),
        }
    }

    pub(crate) fn is_default(&self, language: &str) -> bool {
        self.all.first().is_none_or(|d| d == language)
    }

    /// Where a language's pages are, under the site's root: `""`, `"cy/"`.
    pub fn prefix(&self, language: &str) -> String {
        if self.is_default(language) {
            String::new()
        } else {
            format!("{language}/")
        }
    }

    /// Whether the page of procedure `slug` (or a page every language has)
    /// exists in `language`.
    pub(crate) fn has(&self, language: &str, slug: Option<&str>) -> bool {
        match slug {
            _ if self.is_default(language) => true,
            None => self.all.iter().any(|l| l == language),
            Some(slug) => self
                .translated
                .get(language)
                .is_some_and(|s| s.contains(slug)),
        }
    }
}

/// One language in a page's language switch.
#[derive(serde::Serialize)]
pub(crate) struct SwitchItem {
    code: String,
    /// Its name in its own words ("Cymraeg").
    name: &'static str,
    /// "Change the language to ...", in that language's words.
    hint: String,
    /// The same page in that language; `None` for the page's own.
    href: Option<String>,
    /// The page does not exist in that language: what it says, in it.
    missing: Option<String>,
    /// Its `hreflang` link, the page's own included, where the page exists
    /// in more than one language (search engines expect every version to
    /// list every other and itself).
    alternate: Option<String>,
    /// The default language's: its alternate is also `x-default`.
    default: bool,
}

/// Which page is being rendered: its language's edition of the handbook,
/// and the procedure it belongs to (none for the pages every language has).
#[derive(Clone, Copy)]
pub(crate) struct Place<'a> {
    pub(crate) languages: &'a Languages,
    pub(crate) language: &'a str,
    pub(crate) slug: Option<&'a str>,
    pub(crate) depth: usize,
}

/// The language switch of a page at `folder` (under its language's root):
/// every language, the page's own first as GOV.UK shows it, each other
/// linked where the page exists in it, or saying in it that it does not.
pub(crate) fn switch(place: Place, folder: &str) -> Vec<SwitchItem> {
    let languages = place.languages;
    if languages.all.len() < 2 {
        return Vec::new();
    }
    let extra = usize::from(!languages.is_default(place.language));
    let site_root = root_for(place.depth + extra);
    let translated = languages
        .all
        .iter()
        .filter(|code| languages.has(code, place.slug))
        .count()
        > 1;
    languages
        .all
        .iter()
        .map(|code| {
            let tool = stagehand_messages::Language::of_tag(code)
                .unwrap_or(stagehand_messages::Language::English);
            let m = stagehand_messages::messages(tool);
            let own = code == place.language;
            let exists = languages.has(code, place.slug);
            let href = format!("{site_root}{}{folder}", languages.prefix(code));
            let href = if href.is_empty() { "./".into() } else { href };
            SwitchItem {
                code: code.clone(),
                name: tool.own_name(),
                hint: m.format(
                    "language-switch-other",
                    &[("language", tool.own_name().into())],
                ),
                href: (!own && exists).then(|| href.clone()),
                missing: (!exists).then(|| m.get("no-translation")),
                alternate: (translated && exists).then(|| match &languages.address {
                    Some(address) => format!("{address}{}{folder}", languages.prefix(code)),
                    None if own => "./".into(),
                    None => href.clone(),
                }),
                default: languages.is_default(code),
            }
        })
        .collect()
}

/// The words the site's scripts say (search, offline, print), in the page's
/// language, as JSON for a `<script type="application/json">`: each message
/// whose id starts `js-`, its variables left as `{name}` for the script.
pub(crate) fn js_words(m: &'static stagehand_messages::Messages) -> &'static str {
    use std::sync::OnceLock;
    static MADE: [OnceLock<String>; 2] = [OnceLock::new(), OnceLock::new()];
    let index = usize::from(m.language() != stagehand_messages::Language::English);
    MADE[index].get_or_init(|| {
        use stagehand_messages::Arg;
        const NAMES: [&str; 6] = ["partnership", "query", "day", "address", "title", "count"];
        let places: Vec<String> = NAMES.iter().map(|n| format!("{{{n}}}")).collect();
        let args: Vec<(&str, Arg)> = NAMES
            .iter()
            .zip(&places)
            .map(|(n, p)| (*n, Arg::Text(p)))
            .collect();
        let words: BTreeMap<String, String> = m
            .ids()
            .into_iter()
            .filter_map(|id| {
                let key = match id.strip_prefix("js-") {
                    Some(key) => key.to_string(),
                    None if id.starts_with("month-") => id.clone(),
                    None => return None,
                };
                Some((key, m.format(&id, &args)))
            })
            .collect();
        serde_json::to_string(&words)
            .unwrap_or_default()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    })
}
