//! The readable, self-contained HTML copy of the record for the case file.

use super::{escape, summary};
use crate::dates::long_date;
use crate::record::Record;
use chrono::NaiveDate;
use stagehand_model::Procedure;

/// A readable, self-contained HTML copy of the record for the case file.
pub fn html(procedure: &Procedure, record: &Record, today: NaiveDate) -> String {
    let mut body = String::new();
    for section in summary(procedure, record, today) {
        body.push_str(&format!("<h2>{}</h2>\n<dl>\n", escape(&section.title)));
        for r in section.rows {
            let tag = r
                .tag
                .map(|t| format!(" <strong>[{}]</strong>", escape(&t.words())))
                .unwrap_or_default();
            body.push_str(&format!(
                "<dt>{}</dt><dd>{}{tag}</dd>\n",
                escape(&r.key),
                escape(&r.value).replace('\n', "<br>")
            ));
        }
        body.push_str("</dl>\n");
    }
    let training = record.training.as_ref().map_or(String::new(), |_| {
        "<p><strong>Training example: fictional, not a real case.</strong></p>\n".into()
    });
    let case = record
        .case_reference
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| format!(": case {}", escape(c)))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>Record{case}: {title}</title>\n<style>body{{font-family:Arial,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.4}}dt{{font-weight:700;margin-top:.6em}}dd{{margin:0 0 .4em}}h2{{border-top:1px solid #b1b4b6;padding-top:.5em}}</style></head>\n<body>\n<h1>Record of a professional disagreement{case}</h1>\n{training}<p>Following {title} ({partnership}), last updated {updated}. {made}. Copy made {today}.</p>\n{body}</body>\n</html>\n",
        title = escape(&procedure.meta.title),
        partnership = escape(&procedure.meta.partnership),
        updated = long_date(procedure.meta.updated),
        made = escape(&super::made_words(record)),
        today = long_date(today),
    )
}
