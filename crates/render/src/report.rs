//! The partnership's monitoring report as a static page in the site's
//! style: each table with an SVG chart above it, and the figures as CSV.
//!
//! The charts are drawn here rather than with a plotting library: each is a
//! handful of rectangles and labels, and drawing them directly keeps their
//! text at the page's own size on any screen (the SVG has no viewBox to
//! shrink it), their colours the theme's, and their markup accessible.

use crate::views::{escape, long_date};
use crate::{OutputFile, RenderError, theme};
use serde::Serialize;
use stagehand_model::Site;
use stagehand_returns::{Report, Table};
use tera::Context;

/// The longest label drawn in a chart; the table beside it has them whole.
const LABEL_CHARS: usize = 44;
const BAR_ROW: usize = 50;

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn first_number(values: &[String]) -> f64 {
    values.first().and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

/// Horizontal bars: a label over each bar, the count at its end.
fn bars(table: &Table) -> String {
    let max = table
        .rows
        .iter()
        .map(|r| first_number(&r.values))
        .fold(1.0, f64::max);
    let height = table.rows.len() * BAR_ROW + 10;
    let mut body = String::new();
    for (n, row) in table.rows.iter().enumerate() {
        let (label, values) = (&row.label, &row.values);
        let value = first_number(values);
        let y = n * BAR_ROW;
        // Leave room for the number after the longest bar.
        let width = (value / max * 85.0).max(0.5);
        body.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"16\" fill=\"#0b0c0c\">{}</text>\n<rect x=\"0\" y=\"{}\" width=\"{width:.1}%\" height=\"20\" fill=\"#1d70b8\"/>\n<text x=\"{:.1}%\" y=\"{}\" dx=\"6\" font-size=\"16\" font-weight=\"700\" fill=\"#0b0c0c\">{}</text>\n",
            y + 16,
            escape(&short(label)),
            y + 22,
            width,
            y + 38,
            escape(&values.first().cloned().unwrap_or_default())
        ));
    }
    svg(table, height, &body)
}

/// Columns in time order, one a month, the count above each.
fn timeline(table: &Table) -> String {
    let max = table
        .rows
        .iter()
        .map(|r| first_number(&r.values))
        .fold(1.0, f64::max);
    let n = table.rows.len().max(1) as f64;
    let plot = 160.0;
    let mut body = String::from(
        "<line x1=\"0\" x2=\"100%\" y1=\"190\" y2=\"190\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>\n",
    );
    // Label every month when there are few, else every third.
    let every = if table.rows.len() > 12 { 3 } else { 1 };
    for (i, row) in table.rows.iter().enumerate() {
        let (label, values) = (&row.label, &row.values);
        let value = first_number(values);
        let h = value / max * plot;
        let slot = 100.0 / n;
        let x = slot * i as f64 + slot * 0.15;
        let centre = slot * i as f64 + slot / 2.0;
        body.push_str(&format!(
            "<rect x=\"{x:.2}%\" y=\"{:.1}\" width=\"{:.2}%\" height=\"{h:.1}\" fill=\"#1d70b8\"/>\n<text x=\"{centre:.2}%\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\" fill=\"#0b0c0c\">{}</text>\n",
            190.0 - h,
            slot * 0.7,
            184.0 - h,
            escape(&values.first().cloned().unwrap_or_default())
        ));
        if i % every == 0 {
            // "November 2026" as "Nov 2026".
            let mut words = label.split(' ');
            let month: String = words.next().unwrap_or("").chars().take(3).collect();
            let year = words.next().unwrap_or("");
            body.push_str(&format!(
                "<text x=\"{centre:.2}%\" y=\"212\" text-anchor=\"middle\" font-size=\"16\" fill=\"#0b0c0c\">{}</text>\n",
                escape(&format!("{month} {year}"))
            ));
        }
    }
    svg(table, 222, &body)
}

fn svg(table: &Table, height: usize, body: &str) -> String {
    let total: f64 = table.rows.iter().map(|r| first_number(&r.values)).sum();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-chart-title\" font-family=\"Arial, Helvetica, sans-serif\">\n<title id=\"{id}-chart-title\">{title}: a chart of {rows} {what}, {total} returns in all. The table below gives each figure.</title>\n{body}</svg>",
        id = table.id,
        title = escape(&table.title),
        rows = table.rows.len(),
        what = if table.rows.len() == 1 { "row" } else { "rows" },
    )
}

#[derive(Serialize)]
struct TableView<'a> {
    #[serde(flatten)]
    table: &'a Table,
    svg: Option<String>,
}

/// The report's files: `index.html`, `report.csv` and the stylesheet.
pub fn render_report(site: &Site, report: &Report) -> Result<Vec<OutputFile>, RenderError> {
    use stagehand_returns::Chart;
    let tera = theme::templates()?;
    let tables: Vec<TableView> = report
        .tables
        .iter()
        .map(|table| TableView {
            table,
            svg: match (table.chart, table.rows.is_empty()) {
                (_, true) | (None, _) => None,
                (Some(Chart::Bars), false) => Some(bars(table)),
                (Some(Chart::Timeline), false) => Some(timeline(table)),
            },
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("site", site);
    ctx.insert(
        "made",
        &long_date(
            stagehand_messages::messages(stagehand_messages::Language::English),
            report.made,
        ),
    );
    ctx.insert("period", &report.period);
    ctx.insert("returns", &report.returns);
    ctx.insert("files", &report.files);
    ctx.insert("training", &report.training);
    ctx.insert("problems", &report.problems);
    ctx.insert("repeated", &report.repeated);
    ctx.insert("tables", &tables);
    let html = tera
        .render("report.html", &ctx)
        .map_err(|e| RenderError(format!("report.html: {e}")))?;
    let mut files = vec![
        OutputFile {
            path: "index.html".into(),
            bytes: html.into_bytes(),
        },
        OutputFile {
            path: "report.csv".into(),
            bytes: report.csv().into_bytes(),
        },
    ];
    files.extend(
        theme::static_files()
            .into_iter()
            .filter(|f| f.path.ends_with("style.css")),
    );
    Ok(files)
}
