//! The readable, self-contained HTML copy of the record for the case file:
//! a whole document, made from the same summary as every other export.

use leptos::prelude::*;
use stagehand_aid::dates::long_date;
use stagehand_aid::export::{made_words, summary};
use stagehand_aid::record::Record;
use stagehand_aid::words::{Arg, w, wf};
use stagehand_model::Procedure;

const STYLE: &str = "body{font-family:Arial,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.4}dt{font-weight:700;margin-top:.6em}dd{margin:0 0 .4em}h2{border-top:1px solid #b1b4b6;padding-top:.5em}";

/// Text over several lines, each line break kept.
fn lines(text: &str) -> impl IntoView + use<> {
    text.split('\n')
        .enumerate()
        .map(|(n, line)| view! { {(n > 0).then(|| view! { <br /> })} {line.to_string()} })
        .collect_view()
}

/// The copy's language, set on its `<html>` element: the aid's.
pub fn language() -> &'static str {
    stagehand_aid::words::language().code()
}

/// A readable, self-contained HTML copy of the record for the case file:
/// a page, written out with `<!DOCTYPE html>` and `<html>` around it (in
/// the browser, by the browser from the nodes the aid made of it).
#[cfg(feature = "ssr")]
pub fn readable_copy(procedure: &Procedure, record: &Record, today: chrono::NaiveDate) -> String {
    tidy(&format!(
        "<html lang=\"{}\">{}</html>",
        language(),
        document(procedure, record, today).to_html()
    ))
}

/// The copy as a file, from its `<html>` element written out: without
/// Leptos's markers (empty comments), and a line to each block, so that it
/// reads cleanly in a text editor or a case system that imports it. Only
/// markup the copy itself makes is matched: typed text is escaped, so it
/// cannot hold a `<`.
pub fn tidy(html: &str) -> String {
    let mut out = html.replace("<!---->", "").replace("<!>", "");
    for end in [
        "</title>", "</style>", "</head>", "</h1>", "</h2>", "</p>", "</dt>", "</dd>", "</dl>",
        "</body>",
    ] {
        out = out.replace(end, &format!("{end}\n"));
    }
    format!("<!DOCTYPE html>\n{out}\n")
}

/// The copy's `<head>` and `<body>`.
pub fn document(procedure: &Procedure, record: &Record, today: chrono::NaiveDate) -> AnyView {
    let sections = summary(procedure, record, today)
        .into_iter()
        .map(|section| {
            let rows = section
                .rows
                .into_iter()
                .map(|r| {
                    let tag = r
                        .tag
                        .map(|t| view! { " " <strong>{wf("copy-tag", &[("tag", Arg::Text(&t.words()))])}</strong> });
                    view! {
                        <dt>{r.key}</dt>
                        <dd>{lines(&r.value)} {tag}</dd>
                    }
                })
                .collect_view();
            view! {
                <h2>{section.title}</h2>
                <dl>{rows}</dl>
            }
        })
        .collect_view();
    let training = record.training.as_ref().map(|_| {
        view! {
            <p>
                <strong>{w("copy-training")}</strong>
            </p>
        }
    });
    let case = record
        .case_reference
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| wf("copy-case", &[("case", Arg::Text(c))]))
        .unwrap_or_default();
    let title = &procedure.meta.title;
    let (updated, made, copied) = (
        long_date(procedure.meta.updated),
        made_words(record),
        long_date(today),
    );
    let following = wf(
        "copy-following",
        &[
            ("title", Arg::Text(title)),
            ("partnership", Arg::Text(&procedure.meta.partnership)),
            ("updated", Arg::Text(&updated)),
            ("made", Arg::Text(&made)),
            ("copied", Arg::Text(&copied)),
        ],
    );
    let page_title = wf(
        "copy-title",
        &[("case", Arg::Text(&case)), ("title", Arg::Text(title))],
    );
    let heading = wf("copy-heading", &[("case", Arg::Text(&case))]);
    view! {
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{page_title}</title>
            <style>{STYLE}</style>
        </head>
        <body>
            <h1>{heading}</h1>
            {training}
            <p>{following}</p>
            {sections}
        </body>
    }
    .into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use stagehand_aid::record::Ids;

    #[test]
    fn the_copy_is_a_whole_document_and_everything_typed_in_it_is_text() {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let today = "2026-12-07".parse().unwrap();
        let (handbook, _) = stagehand_content::load(&content, today)
            .into_handbook()
            .expect("the real content loads");
        let durham = &handbook
            .procedures
            .iter()
            .find(|p| p.procedure.slug == "durham")
            .unwrap()
            .procedure;
        let ids = Ids {
            record: "r".into(),
            monitoring: "m".into(),
        };
        let mut record = Record::new(durham, ids, today);
        record.case_reference = Some("</title><script>".into());
        record.description = Some("First line\n<b>second</b>".into());
        let copy = readable_copy(durham, &record, today);
        assert!(
            copy.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"),
            "{copy}"
        );
        assert!(
            !copy.contains("<script>") && !copy.contains("<b>"),
            "{copy}"
        );
        assert!(copy.contains("&lt;/title&gt;&lt;script&gt;"), "{copy}");
        assert!(
            copy.contains("First line<br>&lt;b&gt;second&lt;/b&gt;"),
            "{copy}"
        );
        assert!(
            !copy.contains("<!--") && !copy.contains("<!>"),
            "no Leptos markers: {copy}"
        );
        assert!(copy.lines().count() > 10, "a line to each block: {copy}");
    }
}
