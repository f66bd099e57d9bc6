//! Markdown to HTML, with stable heading ids and the list of headings for a
//! contents list.
//!
//! Heading ids are what training material links to, so they depend only on
//! the heading's own text (or an explicit `{#id}`), never on its position.
//!
//! Raw HTML is sanitised (see [`sanitise`]), and each thing removed is kept
//! with its line and column for `stagehand check` to warn about.

mod sanitise;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;
use std::ops::Range;

/// A heading in the text: its level (2 for `##`), id and plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    /// 1-based line in the Markdown it was read from.
    pub line: usize,
    /// `## Heading {#id after=other-id}`: in a local version, the regional
    /// section this one follows. Never written into the page.
    pub after: Option<String>,
}

/// Rendered Markdown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// What the sanitiser removed from the text, with where it was.
    pub removed: Vec<Removed>,
    /// Every link and picture's address, with where it is, so the content
    /// check can copy the files they name and warn of pictures on other sites.
    pub links: Vec<Link>,
}

/// A link's or a picture's address in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// 1-based, in the file the Markdown was read from.
    pub line: usize,
    pub column: usize,
    pub url: String,
    /// A picture (`![...](...)` or `<img src>`), not a link.
    pub image: bool,
    /// A picture with words saying what it shows (`![the route](...)`,
    /// `alt="..."`); a link always is.
    pub described: bool,
}

/// Something removed from the text as unsafe or unsupported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// 1-based, in the file the Markdown was read from.
    pub line: usize,
    pub column: usize,
    /// "`<script>` and everything in it is removed".
    pub what: String,
    /// How to write it instead.
    pub instead: String,
}

/// Rendered text as served from `base_path` (`/handbook/`): a link or
/// picture whose address starts with `/` is read from the site's top folder,
/// so it gets the base path in front (`/durham/` becomes
/// `/handbook/durham/`). Unchanged where the site is served from `/`.
pub fn under_base_path<'a>(html: &'a str, base_path: &str) -> std::borrow::Cow<'a, str> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    let base = base_path.trim_end_matches('/');
    if base.is_empty() || !html.contains("=\"/") {
        return html.into();
    }
    let settings = RewriteStrSettings::new().append_element_content_handler(element!(
        "a[href^='/'], img[src^='/']",
        |el| {
            let name = if el.tag_name().eq_ignore_ascii_case("img") {
                "src"
            } else {
                "href"
            };
            if let Some(url) = el.get_attribute(name).filter(|u| !u.starts_with("//")) {
                el.set_attribute(name, &format!("{base}{url}"))?;
            }
            Ok(())
        }
    ));
    rewrite_str(html, settings).map_or(html.into(), Into::into)
}

/// Line and column (1-based, columns in characters) of a byte offset.
fn place(markdown: &str, offset: usize, line_offset: usize) -> (usize, usize) {
    let before = &markdown[..offset.min(markdown.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line + line_offset, before[line_start..].chars().count() + 1)
}

/// What the sanitiser will remove from the raw HTML and link addresses
/// in the Markdown, located in its file.
fn removals(
    markdown: &str,
    html_ranges: &[Range<usize>],
    links: &[(usize, String)],
    line_offset: usize,
) -> Vec<Removed> {
    let mut out = Vec::new();
    for range in html_ranges {
        for r in sanitise::removed_from(&markdown[range.clone()]) {
            let (line, column) = place(markdown, range.start + r.offset, line_offset);
            out.push(Removed {
                line,
                column,
                what: r.what,
                instead: r.instead,
            });
        }
    }
    for (offset, url) in links {
        if let Some(scheme) = sanitise::bad_url(url) {
            let (line, column) = place(markdown, *offset, line_offset);
            out.push(Removed {
                line,
                column,
                what: format!("the `{scheme}:` address of this link is removed"),
                instead: "Link only to web pages, email addresses and phone numbers: https://..., mailto:... or tel:....".into(),
            });
        }
    }
    out.sort_by_key(|r| (r.line, r.column));
    out
}

/// Text made safe for HTML and XML outside templates and the aid's views
/// (the SVG, the sitemap, a local version's note, the returns report): the
/// project's one escaper; Tera and Leptos escape their own.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// An id from a heading's text: `3. Stage One` becomes `3-stage-one`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') && !matches!(c, '\'' | '’') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    }
}

/// A heading being read: where its start event is, and what it says so far.
struct OpenHeading {
    start: usize,
    level: u8,
    explicit: Option<String>,
    line: usize,
    text: String,
    after: Option<String>,
}

fn level_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// Render Markdown. `line_offset` is the number of lines before the Markdown
/// in its file (the front matter), so heading lines point into the file.
pub fn render(markdown: &str, line_offset: usize) -> Rendered {
    let options =
        Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut events: Vec<Event> = Vec::new();
    let mut headings = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut open: Option<OpenHeading> = None;
    // Raw HTML, a block's consecutive lines joined, and links' addresses.
    let mut html_ranges: Vec<Range<usize>> = Vec::new();
    let mut links: Vec<(usize, String)> = Vec::new();
    let mut addresses: Vec<Link> = Vec::new();
    let mut in_html_block = false;
    // The picture whose description (its alt text) is being read.
    let mut picture: Option<usize> = None;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match &event {
            Event::Text(t) | Event::Code(t) if picture.is_some() && !t.trim().is_empty() => {
                if let Some(link) = picture.and_then(|i| addresses.get_mut(i)) {
                    link.described = true;
                }
            }
            Event::End(TagEnd::Image) => picture = None,
            _ => {}
        }
        match &event {
            Event::Html(_) if in_html_block => {
                if let Some(last) = html_ranges.last_mut() {
                    last.end = range.end;
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => html_ranges.push(range.clone()),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                links.push((range.start, dest_url.to_string()));
                let (line, column) = place(markdown, range.start, line_offset);
                let image = matches!(event, Event::Start(Tag::Image { .. }));
                if image {
                    picture = Some(addresses.len());
                }
                addresses.push(Link {
                    line,
                    column,
                    url: dest_url.to_string(),
                    image,
                    described: !image,
                });
            }
            _ => {}
        }
        in_html_block = match &event {
            Event::Start(Tag::HtmlBlock) => true,
            Event::End(TagEnd::HtmlBlock) => false,
            _ => in_html_block,
        };
        if let Event::Start(Tag::HtmlBlock) = &event {
            // The block's first line starts a new range.
            html_ranges.push(range.start..range.start);
        }
        match &event {
            Event::Start(Tag::Heading {
                level, id, attrs, ..
            }) => {
                let line = line_offset + markdown[..range.start].matches('\n').count() + 1;
                let after = attrs
                    .iter()
                    .find(|(k, _)| k.as_ref() == "after")
                    .and_then(|(_, v)| v.as_ref().map(|v| v.trim_matches('"').to_string()));
                open = Some(OpenHeading {
                    start: events.len(),
                    level: level_number(*level),
                    explicit: id.as_ref().map(|i| i.to_string()),
                    line,
                    text: String::new(),
                    after,
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = open.as_mut() {
                    h.text.push_str(t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(OpenHeading {
                    start,
                    level,
                    explicit,
                    line,
                    text,
                    after,
                }) = open.take()
                {
                    let text = text.trim().to_string();
                    let base = explicit.unwrap_or_else(|| slugify(&text));
                    let mut id = base.clone();
                    let mut n = 1;
                    while !used.insert(id.clone()) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    if let Event::Start(Tag::Heading {
                        id: slot, attrs, ..
                    }) = &mut events[start]
                    {
                        *slot = Some(CowStr::from(id.clone()));
                        // Placement is for the build, not the page.
                        attrs.retain(|(k, _)| k.as_ref() != "after");
                    }
                    headings.push(Heading {
                        level,
                        id,
                        text,
                        line,
                        after,
                    });
                }
            }
            _ => {}
        }
        events.push(event);
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    let removed = removals(markdown, &html_ranges, &links, line_offset);
    for range in &html_ranges {
        for (offset, url, image, described) in sanitise::addresses_in(&markdown[range.clone()]) {
            let (line, column) = place(markdown, range.start + offset, line_offset);
            addresses.push(Link {
                line,
                column,
                url,
                image,
                described,
            });
        }
    }
    addresses.sort_by_key(|l| (l.line, l.column));
    // Only text with raw HTML or links needs ammonia: Markdown alone
    // renders to safe HTML (pulldown-cmark escapes text).
    let html = if html_ranges.is_empty() && links.is_empty() && !out.contains(" style=") {
        out
    } else {
        sanitise::clean(&out)
    };
    Rendered {
        html,
        headings,
        removed,
        links: addresses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_ids_from_their_text() {
        let r = render(
            "## 3. Stage One\n\ntext\n\n## Stage 2 {#stage-two}\n\n### Children’s social care\n",
            5,
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["3-stage-one", "stage-two", "childrens-social-care"]);
        assert_eq!(r.headings[0].line, 6);
        assert_eq!(r.headings[1].line, 10);
        assert!(
            r.html.contains(r#"<h2 id="3-stage-one">3. Stage One</h2>"#),
            "{}",
            r.html
        );
    }

    #[test]
    fn ids_do_not_depend_on_other_text() {
        let a = render("## Intro\n\n## Stage One\n", 0);
        let b = render(
            "## Introduction, rewritten\n\nNew paragraph.\n\n## Stage One\n",
            0,
        );
        assert_eq!(a.headings[1].id, b.headings[1].id);
    }

    #[test]
    fn links_and_pictures_are_listed_with_their_place() {
        let r = render(
            "Text\n\n![Route](diagram.png) and [form](form.pdf)\n\n<p><img src=\"https://x.org/a.png\" alt=\"a\"></p>\n",
            3,
        );
        let found: Vec<_> = r
            .links
            .iter()
            .map(|l| (l.line, l.column, l.url.as_str(), l.image))
            .collect();
        assert_eq!(
            found,
            [
                (6, 1, "diagram.png", true),
                (6, 27, "form.pdf", false),
                (8, 4, "https://x.org/a.png", true)
            ]
        );
        assert!(r.links.iter().all(|l| l.described));
    }

    #[test]
    fn root_relative_addresses_are_served_from_the_base_path() {
        let html = "<p><a href=\"/durham/#stage-1\">x</a> <a href=\"//x.org/\">y</a> <a href=\"../a/\">z</a> <img src=\"/logo.png\" alt=\"l\"></p>";
        assert_eq!(
            under_base_path(html, "/handbook/"),
            "<p><a href=\"/handbook/durham/#stage-1\">x</a> <a href=\"//x.org/\">y</a> <a href=\"../a/\">z</a> <img src=\"/handbook/logo.png\" alt=\"l\"></p>"
        );
        assert_eq!(under_base_path(html, "/"), html);
    }

    #[test]
    fn a_picture_without_words_is_known() {
        let r = render(
            "![](route.png) ![ ](a.png) <img src=\"b.png\" alt=\"\">\n",
            0,
        );
        let described: Vec<_> = r.links.iter().map(|l| l.described).collect();
        assert_eq!(described, [false, false, false]);
    }

    #[test]
    fn a_local_section_says_which_section_it_follows() {
        let r = render(
            "## Local contacts {#local-contacts after=stage-2-text}\n\nCall us.\n",
            0,
        );
        assert_eq!(r.headings[0].after.as_deref(), Some("stage-2-text"));
        assert_eq!(r.headings[0].id, "local-contacts");
        assert!(!r.html.contains("after"), "{}", r.html);
    }

    #[test]
    fn repeated_headings_stay_unique() {
        let r = render("## Notes\n\n## Notes\n", 0);
        assert_eq!(r.headings[1].id, "notes-1");
    }
}
