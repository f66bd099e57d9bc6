//! The report's figures: counts by procedure, stage reached, outcome, area,
//! pair of agencies and month; working days spent at each stage (median and
//! 90th percentile); the share of deadlines met. Each is a table, so the
//! page, its charts and the CSV all show the same numbers.

use crate::read::{FileProblem, Read};
use chrono::NaiveDate;
use serde::Serialize;
use stagehand_model::{MonitoringReturn, Procedure, ReturnOutcome, StageOutcome};
use std::collections::BTreeMap;

/// One table of the report.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Table {
    /// Stable: the table's anchor in the page and its name in the CSV.
    pub id: String,
    pub title: String,
    /// What the figures are, in a sentence.
    pub caption: String,
    /// The first column's heading, then the figures'.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// The values a chart draws (the first figure of each row), if any.
    pub chart: Option<Chart>,
}

/// A label and its figures, as shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub label: String,
    pub values: Vec<String>,
}

impl Row {
    fn new(label: String, values: Vec<String>) -> Self {
        Self { label, values }
    }
}

/// A file and what is wrong with it, for the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Noted {
    pub file: String,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Chart {
    /// Horizontal bars, one a row.
    Bars,
    /// Columns in time order, one a month.
    Timeline,
}

/// The whole report.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Report {
    pub made: NaiveDate,
    /// The period counted, in words; `None`: every return.
    pub period: Option<String>,
    pub returns: usize,
    pub files: usize,
    pub training: usize,
    /// Files not counted, and why.
    pub problems: Vec<Noted>,
    /// The same return in more than one file: counted once.
    pub repeated: Vec<Noted>,
    pub tables: Vec<Table>,
}

/// Files named from the folder read, as the business unit saved them.
fn shown(folder: &std::path::Path, problems: &[FileProblem]) -> Vec<Noted> {
    problems
        .iter()
        .map(|p| Noted {
            file: p
                .file
                .strip_prefix(folder)
                .unwrap_or(&p.file)
                .display()
                .to_string(),
            message: p.message.clone(),
        })
        .collect()
}

/// Counts in a table: largest first (ties by label), or in the order given.
fn counts(
    id: String,
    title: String,
    caption: &str,
    first: &str,
    counted: Vec<(String, usize)>,
    largest_first: bool,
) -> Table {
    let mut rows = counted;
    if largest_first {
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }
    Table {
        id,
        title,
        caption: caption.into(),
        columns: vec![first.into(), "Returns".into()],
        rows: rows
            .into_iter()
            .map(|(label, n)| Row::new(label, vec![n.to_string()]))
            .collect(),
        chart: Some(Chart::Bars),
    }
}

/// The median and the 90th percentile (nearest rank) of sorted values.
pub(crate) fn median_and_p90(sorted: &[i64]) -> Option<(f64, i64)> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let median = if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
    };
    let rank = (n * 9).div_ceil(10).max(1);
    Some((median, sorted[rank - 1]))
}

/// The month a disagreement began, or when the return was made.
fn month(r: &MonitoringReturn) -> (i32, u32) {
    let m = r.began.unwrap_or(r.made);
    (m.year, m.month)
}

/// Escalations raised by each agency the procedures list, those that
/// raised none included: a partnership reports who does not escalate too.
fn raised_by(procedures: &[Procedure], raised: &BTreeMap<String, usize>) -> Table {
    let mut names: Vec<(String, String)> = Vec::new();
    for p in procedures {
        for a in &p.route.agencies {
            if !names.iter().any(|(id, _)| id == &a.id) {
                names.push((a.id.clone(), a.name.clone()));
            }
        }
    }
    let mut rows: Vec<(String, usize)> = names
        .into_iter()
        .map(|(id, name)| (name, raised.get(&id).copied().unwrap_or(0)))
        .collect();
    if let Some(n) = raised.get("other") {
        rows.push(("Another agency".into(), *n));
    }
    counts(
        "raised-by".into(),
        "Escalations raised by each agency".into(),
        "Every agency the procedures name, with the escalations it raised: 0 where it raised none.",
        "Agency raising it",
        rows,
        false,
    )
}

/// For each region (a procedure with local versions): its partnerships
/// side by side, in the period and in the period before.
pub(crate) fn regions(
    read: &Read,
    procedures: &[Procedure],
    period: Option<&crate::Period>,
) -> Vec<Table> {
    let before = period.map(|p| p.before());
    procedures
        .iter()
        .filter(|region| {
            procedures
                .iter()
                .any(|p| p.region.as_ref().is_some_and(|r| r.slug == region.slug))
        })
        .map(|region| {
            let members: Vec<&Procedure> = std::iter::once(region)
                .chain(
                    procedures
                        .iter()
                        .filter(|p| p.region.as_ref().is_some_and(|r| r.slug == region.slug)),
                )
                .collect();
            let count_in =
                |p: &Procedure, within: Option<&crate::Period>, outcome: Option<ReturnOutcome>| {
                    read.returns
                        .iter()
                        .filter(|(_, r)| r.procedure == p.slug)
                        .filter(|(_, r)| within.is_none_or(|w| w.holds(r)))
                        .filter(|(_, r)| outcome.is_none_or(|o| r.outcome == o))
                        .count()
                };
            let mut columns = vec!["Partnership".to_string(), "Returns".to_string()];
            if let Some(b) = &before {
                columns.push(format!("Returns, {}", b.words()));
            }
            columns.extend([
                "Resolved".into(),
                "Still under way".into(),
                "Not resolved at the end".into(),
            ]);
            let rows = members
                .iter()
                .map(|p| {
                    let mut values = vec![count_in(p, period, None).to_string()];
                    if let Some(b) = &before {
                        values.push(count_in(p, Some(b), None).to_string());
                    }
                    for o in [
                        ReturnOutcome::Resolved,
                        ReturnOutcome::UnderWay,
                        ReturnOutcome::NotResolved,
                    ] {
                        values.push(count_in(p, period, Some(o)).to_string());
                    }
                    let label = if p.region.is_some() {
                        p.meta.partnership.clone()
                    } else {
                        format!("{} (the regional procedure)", p.meta.partnership)
                    };
                    Row::new(label, values)
                })
                .collect();
            Table {
                id: format!("{}-partnerships", region.slug),
                title: format!("{}: the partnerships side by side", region.meta.title),
                caption: match (period, &before) {
                    (Some(p), Some(b)) => format!(
                        "Returns for the regional procedure and each local version, {}, beside {}.",
                        p.words(),
                        b.words()
                    ),
                    _ => "Returns for the regional procedure and each local version.".into(),
                },
                columns,
                rows,
                chart: None,
            }
        })
        .collect()
}

/// What one procedure's returns say, stage by stage.
#[derive(Default)]
struct ByProcedure {
    returns: usize,
    /// Returns whose last stage is this one (index), or that reached none.
    reached: BTreeMap<Option<usize>, usize>,
    areas: BTreeMap<String, usize>,
    /// Working days spent at each stage that ended.
    days: BTreeMap<usize, Vec<i64>>,
    /// Deadlines met, missed and not yet known, at each stage.
    deadlines: BTreeMap<usize, [usize; 3]>,
    /// The answers to each question counted in returns, by question id and
    /// answer as shown ("Yes", "November 2026").
    answers: BTreeMap<String, BTreeMap<String, usize>>,
}

/// Count what was read: the returns of `period` (all of them without one),
/// and for a region, its partnerships side by side, with the period before.
pub fn count(
    read: &Read,
    procedures: &[Procedure],
    made: NaiveDate,
    period: Option<&crate::Period>,
) -> Report {
    let procedure = |slug: &str| procedures.iter().find(|p| p.slug == slug);
    let agency = |p: &Procedure, id: &Option<String>| match id.as_deref() {
        None => "Not given".to_string(),
        Some("other") => "Another agency".to_string(),
        Some(a) => p.route.agency(a).map_or(a.to_string(), |x| x.name.clone()),
    };

    let mut per: BTreeMap<&str, ByProcedure> = BTreeMap::new();
    let mut by_outcome = BTreeMap::new();
    let mut by_agencies = BTreeMap::new();
    let mut by_month: BTreeMap<(i32, u32), usize> = BTreeMap::new();
    let mut raised: BTreeMap<String, usize> = BTreeMap::new();

    let in_period = |r: &MonitoringReturn| period.is_none_or(|p| p.holds(r));
    for (_, r) in read.returns.iter().filter(|(_, r)| in_period(r)) {
        // Every return read names a procedure of the handbook (checked).
        let Some(p) = procedure(&r.procedure) else {
            continue;
        };
        let this = per.entry(p.slug.as_str()).or_default();
        this.returns += 1;
        *this
            .reached
            .entry(r.stages.len().checked_sub(1))
            .or_insert(0) += 1;
        let area = match r.area.as_deref() {
            None => "Not given".to_string(),
            Some("other") => "Something else".to_string(),
            Some(a) => a.to_string(),
        };
        *this.areas.entry(area).or_insert(0) += 1;
        for (i, s) in r.stages.iter().enumerate() {
            if let Some(days) = s.working_days
                && s.outcome != StageOutcome::UnderWay
            {
                this.days.entry(i).or_default().push(i64::from(days));
            }
            for d in &s.deadlines {
                let slot = match d.met {
                    Some(true) => 0,
                    Some(false) => 1,
                    None => 2,
                };
                this.deadlines.entry(i).or_insert([0; 3])[slot] += 1;
            }
        }
        for (id, answer) in &r.answers {
            let shown = match answer.as_str() {
                "yes" => "Yes".to_string(),
                "no" => "No".to_string(),
                m => stagehand_model::Month::parse(m)
                    .and_then(|m| m.first_day())
                    .map_or_else(|| m.to_string(), |d| d.format("%B %Y").to_string()),
            };
            *this
                .answers
                .entry(id.clone())
                .or_default()
                .entry(shown)
                .or_insert(0) += 1;
        }
        *by_outcome
            .entry(crate::english().return_outcome(r.outcome, &p.route))
            .or_insert(0) += 1;
        if !p.route.agencies.is_empty() {
            let pair = format!(
                "{} → {}",
                agency(p, &r.agency_raising),
                agency(p, &r.agency_receiving)
            );
            *by_agencies.entry(pair).or_insert(0) += 1;
        }
        *by_month.entry(month(r)).or_insert(0) += 1;
        if let Some(a) = r.agency_raising.as_deref() {
            *raised.entry(a.to_string()).or_insert(0) += 1;
        }
    }

    let mut tables = vec![
        counts(
            "by-procedure".into(),
            "Returns by procedure".into(),
            "How many escalations each procedure was used for.",
            "Procedure",
            procedures
                .iter()
                .filter_map(|p| Some((p.meta.title.clone(), per.get(p.slug.as_str())?.returns)))
                .collect(),
            true,
        ),
        counts(
            "by-outcome".into(),
            "Outcomes".into(),
            "How each escalation ended, or that it is still under way.",
            "Outcome",
            by_outcome.into_iter().collect(),
            true,
        ),
        counts(
            "by-agencies".into(),
            "Agencies raising and receiving".into(),
            "The agency that raised each escalation, and the agency it was raised with, where the procedure lists agencies.",
            "Raised by → with",
            by_agencies.into_iter().collect(),
            true,
        ),
    ];
    tables.push(raised_by(procedures, &raised));
    tables.extend(crate::count::regions(read, procedures, period));
    tables.push(Table {
        id: "by-month".into(),
        title: "Escalations by month".into(),
        caption: "The month each disagreement was first raised.".into(),
        columns: vec!["Month".into(), "Returns".into()],
        rows: by_month
            .into_iter()
            .map(|((y, m), n)| {
                let name = chrono::NaiveDate::from_ymd_opt(y, m, 1)
                    .map_or_else(|| format!("{m}/{y}"), |d| d.format("%B %Y").to_string());
                Row::new(name, vec![n.to_string()])
            })
            .collect(),
        chart: Some(Chart::Timeline),
    });

    for p in procedures {
        let Some(this) = per.get(p.slug.as_str()) else {
            continue;
        };
        let stage = |i: usize| {
            p.route
                .stages
                .get(i)
                .map_or(format!("Stage {}", i + 1), |s| {
                    format!("Stage {}: {}", i + 1, s.title)
                })
        };
        let title = &p.meta.title;
        let mut reached: Vec<(String, usize)> = Vec::new();
        if let Some(n) = this.reached.get(&None) {
            reached.push(("No stage yet".into(), *n));
        }
        for i in 0..p.route.stages.len() {
            reached.push((stage(i), this.reached.get(&Some(i)).copied().unwrap_or(0)));
        }
        tables.push(counts(
            format!("{}-stage-reached", p.slug),
            format!("{title}: the stage reached"),
            "How far each escalation went: the last stage it reached.",
            "Stage reached",
            reached,
            false,
        ));
        tables.push(counts(
            format!("{}-areas", p.slug),
            format!("{title}: what the disagreements were about"),
            "The procedure's area each return named.",
            "Area",
            this.areas.clone().into_iter().collect(),
            true,
        ));
        tables.push(Table {
            id: format!("{}-working-days", p.slug),
            title: format!("{title}: working days at each stage"),
            caption: "For stages that ended (resolved, taken further, or not resolved at the end), the working days from the day the stage began to the day it ended.".into(),
            columns: vec![
                "Stage".into(),
                "Stages ended".into(),
                "Median working days".into(),
                "90th percentile".into(),
            ],
            rows: this
                .days
                .iter()
                .filter_map(|(i, values)| {
                    let mut values = values.clone();
                    values.sort_unstable();
                    let (median, p90) = median_and_p90(&values)?;
                    Some(Row::new(
                        stage(*i),
                        vec![
                            values.len().to_string(),
                            format!("{median:.1}").trim_end_matches(".0").to_string(),
                            p90.to_string(),
                        ],
                    ))
                })
                .collect(),
            chart: None,
        });
        tables.push(Table {
            id: format!("{}-deadlines", p.slug),
            title: format!("{title}: deadlines met"),
            caption: "Each step's deadline: met when its stage ended on or before it, missed when it ended after it or is still open past it.".into(),
            columns: vec![
                "Stage".into(),
                "Met".into(),
                "Missed".into(),
                "Not yet known".into(),
                "Share met".into(),
            ],
            rows: this
                .deadlines
                .iter()
                .map(|(i, [met, missed, open])| {
                    // Rounded to the nearest whole per cent.
                    let known = met + missed;
                    let share = (met * 100 + known / 2)
                        .checked_div(known)
                        .map_or_else(|| "None known yet".to_string(), |p| format!("{p}%"));
                    Row::new(
                        stage(*i),
                        vec![met.to_string(), missed.to_string(), open.to_string(), share],
                    )
                })
                .collect(),
            chart: None,
        });
        // The questions the procedure counts in returns: every answer given.
        for q in p.route.record.iter().filter(|q| q.in_return) {
            let given = this.answers.get(&q.id).cloned().unwrap_or_default();
            let answered: usize = given.values().sum();
            let mut rows: Vec<(String, usize)> = match q.answer {
                stagehand_model::AnswerKind::YesNo => ["Yes", "No"]
                    .iter()
                    .map(|a| (a.to_string(), given.get(*a).copied().unwrap_or(0)))
                    .collect(),
                _ => given.into_iter().collect(),
            };
            rows.push(("Not answered".into(), this.returns - answered));
            tables.push(counts(
                format!("{}-answer-{}", p.slug, q.id),
                format!("{title}: {}", q.question),
                "The answers given in the returns, and the returns that gave none.",
                "Answer",
                rows,
                false,
            ));
        }
    }

    Report {
        made,
        period: period.map(|p| p.words()),
        returns: read.returns.iter().filter(|(_, r)| in_period(r)).count(),
        files: read.files,
        training: read.training,
        problems: shown(&read.folder, &read.problems),
        repeated: shown(&read.folder, &read.repeated),
        tables,
    }
}

impl Report {
    /// Every figure as CSV: table, row, column, value, written by the `csv`
    /// crate (quoting commas, quotes and line breaks of every kind). A text
    /// cell a spreadsheet would take as a formula (`=`, `+`, `-`, `@`, or a
    /// tab or carriage return first) is written with a `'` before it, as
    /// OWASP advises: names come from the content, which a business unit
    /// opens in a spreadsheet.
    pub fn csv(&self) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        let mut write = |cells: [&str; 4]| {
            // Writing to memory cannot fail.
            let _ = out.write_record(cells.map(|c| guarded(c).into_owned()));
        };
        write(["table", "label", "figure", "value"]);
        for table in &self.tables {
            for row in &table.rows {
                for (column, value) in table.columns.iter().skip(1).zip(&row.values) {
                    write([&table.id, &row.label, column, value]);
                }
            }
        }
        let bytes = out.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// A cell a spreadsheet will not run: text that starts like a formula gets
/// a `'` first; a number (a count, a median) is left as it is.
fn guarded(cell: &str) -> std::borrow::Cow<'_, str> {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula && cell.parse::<f64>().is_err() {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::{guarded, median_and_p90};

    #[test]
    fn a_cell_that_starts_like_a_formula_is_not_one() {
        for formula in [
            "=HYPERLINK(\"x\")",
            "+A1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\r=1",
        ] {
            assert!(guarded(formula).starts_with('\''), "{formula}");
        }
        for plain in ["Police", "12", "-1", "2.5", "Resolved"] {
            assert_eq!(guarded(plain), plain);
        }
    }

    #[test]
    fn median_and_ninetieth_percentile() {
        assert_eq!(median_and_p90(&[]), None);
        assert_eq!(median_and_p90(&[4]), Some((4.0, 4)));
        assert_eq!(median_and_p90(&[1, 2, 3, 4]), Some((2.5, 4)));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(median_and_p90(&ten), Some((5.5, 9)));
        let twenty: Vec<i64> = (1..=20).collect();
        assert_eq!(median_and_p90(&twenty), Some((10.5, 18)));
    }
}
