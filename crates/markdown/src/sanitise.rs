//! Raw HTML in a procedure's Markdown goes through ammonia with an
//! allow-list of what procedures use (headings, lists, tables, links,
//! `details`, abbreviations...). Scripts, event handlers, `style`, frames,
//! forms and `javascript:` or `data:` addresses are removed.
//!
//! ammonia does not say what it removed, so the raw HTML is also read here,
//! with lol_html (which knows where each tag is), against the same
//! allow-list: every removal becomes a located warning for `stagehand check`.

use ammonia::{Builder, UrlRelative};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The elements procedure text may use.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Removed with everything inside them.
const REMOVED_WITH_CONTENT: &[&str] = &["script", "style"];

/// Attributes any allowed element may keep. `id` is for headings' anchors.
const GENERIC_ATTRIBUTES: &[&str] = &["id", "lang", "title", "dir"];

const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang"]),
    ("img", &["src", "alt", "width", "height"]),
    ("ol", &["start", "type", "reversed"]),
    ("td", &["colspan", "rowspan", "headers"]),
    ("th", &["colspan", "rowspan", "headers", "scope", "abbr"]),
    ("details", &["open"]),
    ("time", &["datetime"]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("del", &["cite", "datetime"]),
    ("ins", &["cite", "datetime"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
];

/// Addresses a link or image may have, besides relative ones.
const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Table cell alignment, as classes: an inline `style` would be refused by
/// the pages' Content-Security-Policy.
const ALIGNMENTS: &[&str] = &["align-left", "align-center", "align-right"];

static SANITISER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut b = Builder::empty();
    b.tags(TAGS.iter().copied().collect())
        .clean_content_tags(REMOVED_WITH_CONTENT.iter().copied().collect())
        .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect())
        .tag_attributes(
            TAG_ATTRIBUTES
                .iter()
                .map(|(t, a)| (*t, a.iter().copied().collect()))
                .collect(),
        )
        .allowed_classes(HashMap::from([
            ("td", ALIGNMENTS.iter().copied().collect::<HashSet<_>>()),
            ("th", ALIGNMENTS.iter().copied().collect::<HashSet<_>>()),
        ]))
        .url_schemes(URL_SCHEMES.iter().copied().collect())
        .url_relative(UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true);
    b
});

/// Clean HTML rendered from Markdown.
pub(crate) fn clean(html: &str) -> String {
    // pulldown-cmark aligns table cells with inline styles.
    let html = html
        .replace(" style=\"text-align: left\"", " class=\"align-left\"")
        .replace(" style=\"text-align: center\"", " class=\"align-center\"")
        .replace(" style=\"text-align: right\"", " class=\"align-right\"");
    SANITISER.clean(&html).to_string()
}

/// Something the sanitiser removes: where it is in the HTML given, what it
/// is, and how to write it instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// Byte offset in the text scanned.
    pub offset: usize,
    pub what: String,
    pub instead: String,
}

/// Whether an address would be removed: a scheme other than the allowed
/// ones (`javascript:`, `data:`, `vbscript:`...). Relative addresses stay.
pub(crate) fn bad_url(url: &str) -> Option<String> {
    let trimmed: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    let scheme_end = trimmed.find(':')?;
    let scheme = &trimmed[..scheme_end];
    let is_scheme = !scheme.is_empty()
        && scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    // A colon after a slash, `?` or `#` is part of a relative address.
    let relative = trimmed[..scheme_end].contains(['/', '?', '#']);
    (is_scheme && !relative && !URL_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()))
        .then(|| scheme.to_ascii_lowercase())
}

fn instead_for_tag(tag: &str) -> String {
    match tag {
        "script" | "noscript" => "Procedure text cannot run scripts: remove it. The decision aid is added to the page by Stagehand.".into(),
        "style" => "The theme sets the page's styles: remove it, and use Markdown for emphasis (**bold**, _italic_).".into(),
        "iframe" | "frame" | "frameset" | "object" | "embed" | "video" | "audio" => {
            "Pages cannot embed other pages or media: link to it instead, as [its title](https://...).".into()
        }
        "form" | "input" | "button" | "select" | "textarea" | "label" | "fieldset" => {
            "Procedure text cannot hold forms: the decision aid and the blank record form ask the questions. Describe what to record in `record:` in stages.yaml.".into()
        }
        "font" | "center" => "Remove it: the theme sets fonts and alignment.".into(),
        _ => format!("`<{tag}>` is not used in procedure text: remove it, or write it in Markdown."),
    }
}

/// The addresses of links (`<a href>`) and pictures (`<img src>`) in a piece
/// of raw HTML: byte offset, address, whether it is a picture, and whether
/// it says what it shows (a picture's `alt`; a link always does).
pub(crate) fn addresses_in(html: &str) -> Vec<(usize, String, bool, bool)> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    let found = std::cell::RefCell::new(Vec::new());
    let settings = RewriteStrSettings::new().append_element_content_handler(element!(
        "a[href], img[src]",
        |el| {
            let image = el.tag_name().eq_ignore_ascii_case("img");
            let name = if image { "src" } else { "href" };
            if let Some(url) = el.get_attribute(name) {
                let described = !image
                    || el
                        .get_attribute("alt")
                        .is_some_and(|a| !a.trim().is_empty());
                found.borrow_mut().push((
                    el.source_location().bytes().start,
                    url,
                    image,
                    described,
                ));
            }
            Ok(())
        }
    ));
    let _ = rewrite_str(html, settings);
    found.into_inner()
}

/// Everything the sanitiser would remove from a piece of raw HTML.
pub(crate) fn removed_from(html: &str) -> Vec<Removed> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    let found = std::cell::RefCell::new(Vec::new());
    let settings = RewriteStrSettings::new().append_element_content_handler(element!(
        "*",
        |el| {
            let at = el.source_location().bytes().start;
            let tag = el.tag_name().to_ascii_lowercase();
            let mut found = found.borrow_mut();
            if !TAGS.contains(&tag.as_str()) {
                let with = if REMOVED_WITH_CONTENT.contains(&tag.as_str()) {
                    " and everything in it"
                } else {
                    ""
                };
                found.push(Removed {
                    offset: at,
                    what: format!("`<{tag}>`{with} is removed"),
                    instead: instead_for_tag(&tag),
                });
                return Ok(());
            }
            let allowed: &[&str] = TAG_ATTRIBUTES
                .iter()
                .find(|(t, _)| *t == tag)
                .map_or(&[], |(_, a)| a);
            for attribute in el.attributes() {
                let name = attribute.name().to_ascii_lowercase();
                let value = attribute.value();
                let (what, instead) = if name.starts_with("on") {
                    (
                        format!("the event handler `{name}` on `<{tag}>` is removed"),
                        "Procedure text cannot run scripts: remove the attribute.".to_string(),
                    )
                } else if name == "style" {
                    (
                        format!("the inline `style` on `<{tag}>` is removed"),
                        "The theme sets the page's styles: remove the attribute, and use Markdown for emphasis.".to_string(),
                    )
                } else if name == "class" && (tag == "td" || tag == "th") && ALIGNMENTS.contains(&value.as_str()) {
                    continue;
                } else if !GENERIC_ATTRIBUTES.contains(&name.as_str()) && !allowed.contains(&name.as_str()) {
                    (
                        format!("the attribute `{name}` on `<{tag}>` is removed"),
                        "Remove the attribute: procedure text keeps only what the page needs (links' `href`, images' `src` and `alt`, headings' `id`).".to_string(),
                    )
                } else if (name == "href" || name == "src" || name == "cite")
                    && let Some(scheme) = bad_url(&value)
                {
                    (
                        format!("the `{scheme}:` address in `{name}` on `<{tag}>` is removed"),
                        "Link only to web pages, email addresses and phone numbers: https://..., mailto:... or tel:....".to_string(),
                    )
                } else {
                    continue;
                };
                found.push(Removed {
                    offset: at,
                    what,
                    instead,
                });
            }
            Ok(())
        }
    ));
    // The scan only reports; a fragment it cannot read is cleaned all the same.
    let _ = rewrite_str(html, settings);
    found.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_procedures_use() {
        let html = "<h2 id=\"stage-1\">Stage 1</h2><p>A <abbr title=\"Designated Safeguarding Lead\">DSL</abbr> <a href=\"https://example.org\">link</a> <a href=\"tel:0300\">call</a> <a href=\"../durham/\">page</a></p><details><summary>More</summary><p>Text</p></details><table><tbody><tr><th class=\"align-center\">A</th></tr></tbody></table>";
        assert_eq!(clean(html), html);
        assert!(removed_from(html).is_empty(), "{:?}", removed_from(html));
    }

    #[test]
    fn removes_scripts_handlers_styles_frames_forms_and_bad_addresses() {
        let html = "<script>alert(1)</script><img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">x</a><p style=\"color:red\">y</p><iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input name=a></form><img src=\"data:image/png;base64,AAAA\" alt=z>";
        let cleaned = clean(html);
        for gone in [
            "script",
            "alert",
            "onerror",
            "javascript",
            "style",
            "iframe",
            "form",
            "input",
            "data:",
        ] {
            assert!(!cleaned.contains(gone), "{gone} in {cleaned}");
        }
        let found: Vec<String> = removed_from(html).into_iter().map(|r| r.what).collect();
        assert_eq!(
            found,
            [
                "`<script>` and everything in it is removed",
                "the event handler `onerror` on `<img>` is removed",
                "the `javascript:` address in `href` on `<a>` is removed",
                "the inline `style` on `<p>` is removed",
                "`<iframe>` is removed",
                "`<form>` is removed",
                "`<input>` is removed",
                "the `data:` address in `src` on `<img>` is removed",
            ]
        );
    }

    #[test]
    fn a_colon_later_in_a_relative_address_is_not_a_scheme() {
        assert_eq!(bad_url("page.html?a=b:c"), None);
        assert_eq!(bad_url("#x:y"), None);
        assert_eq!(bad_url("  JavaScript:alert(1)"), Some("javascript".into()));
        assert_eq!(bad_url("java\tscript:alert(1)"), Some("javascript".into()));
        assert_eq!(bad_url("mailto:a@b.org"), None);
    }
}
