//! What the practitioner takes away: the record summary (shown on the check
//! page and in every export), a readable HTML file and a calendar file.
//! Everything typed is escaped here, whatever it contains.

use crate::dates::long_date;
use crate::plan::{stage_name, steps, upcoming};
use crate::record::{Outcome, Record};
use chrono::{Datelike, NaiveDate, Timelike};
use stagehand_model::{AnswerKind, Due, Procedure};

/// Which screen a summary row's "Change" link returns to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeAt {
    Urgent,
    Area,
    Description,
    StageStart(usize),
    Contacted(usize),
    Outcome(usize),
    Questions,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub value: String,
    pub change: Option<ChangeAt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
}

fn row(key: impl Into<String>, value: impl Into<String>, change: Option<ChangeAt>) -> Row {
    Row {
        key: key.into(),
        value: value.into(),
        change,
    }
}

fn or_none(text: &str) -> String {
    if text.trim().is_empty() {
        "Not given".into()
    } else {
        text.to_string()
    }
}

/// The record as sections of key and value, in the order a reader expects.
pub fn summary(procedure: &Procedure, record: &Record, today: NaiveDate) -> Vec<Section> {
    let mut sections = Vec::new();
    let area = match record.area.as_deref() {
        Some("other") => format!("Something else: {}", or_none(&record.other_area)),
        Some(a) => a.to_string(),
        None => "Not given".into(),
    };
    let mut about = vec![
        row(
            procedure
                .route
                .urgent
                .as_ref()
                .map_or("Immediate risk", |u| u.question.as_str()),
            match record.urgent {
                Some(true) => "Yes",
                Some(false) => "No",
                None => "Not answered",
            },
            Some(ChangeAt::Urgent),
        ),
        row("What the disagreement is about", area, Some(ChangeAt::Area)),
        row(
            "Description",
            or_none(&record.description),
            Some(ChangeAt::Description),
        ),
    ];
    if let Some(t) = &record.training {
        about.insert(0, row("Training example", format!("{t} (fictional)"), None));
    }
    sections.push(Section {
        title: "The disagreement".into(),
        rows: about,
    });

    for (i, reached) in record.stages.iter().enumerate() {
        let mut rows = Vec::new();
        let began = reached.started.map_or("Not given".into(), |d| {
            let time = reached
                .started_time
                .as_deref()
                .filter(|t| !t.is_empty())
                .map(|t| format!(" at {t}"))
                .unwrap_or_default();
            format!("{}{time}", long_date(d))
        });
        rows.push(row("Began", began, Some(ChangeAt::StageStart(i))));
        rows.push(row(
            "Who was contacted",
            or_none(&reached.contacted),
            Some(ChangeAt::Contacted(i)),
        ));
        for step in steps(procedure, record, i) {
            let who = step.contact.clone().unwrap_or_else(|| "Step".into());
            // Once a stage has ended, "overdue" no longer means anything: the date alone.
            let due = match (&reached.outcome, step.due_date()) {
                (Outcome::Open, _) | (_, None) => step.due_words(procedure, today),
                (_, Some(due)) => crate::dates::long_due(&due).unwrap_or_default(),
            };
            rows.push(row(format!("Deadline: {who}"), due, None));
        }
        if let Some(t) = reached.target {
            rows.push(row(
                "Target date you set",
                long_date(t),
                Some(ChangeAt::Contacted(i)),
            ));
        }
        let outcome = match reached.outcome {
            Outcome::Open => "Not yet known: still under way".to_string(),
            Outcome::Resolved => format!(
                "Resolved{}: {}",
                reached
                    .ended
                    .map(|d| format!(" on {}", long_date(d)))
                    .unwrap_or_default(),
                or_none(&reached.agreed)
            ),
            Outcome::Escalated => format!(
                "Not resolved: escalated{}",
                reached
                    .ended
                    .map(|d| format!(" on {}", long_date(d)))
                    .unwrap_or_default()
            ),
        };
        rows.push(row("Outcome", outcome, Some(ChangeAt::Outcome(i))));
        sections.push(Section {
            title: stage_name(procedure, &reached.stage),
            rows,
        });
    }

    if !procedure.route.record.is_empty() {
        let rows = procedure
            .route
            .record
            .iter()
            .map(|q| {
                let answer = record.answers.get(&q.id).map(String::as_str).unwrap_or("");
                let shown = match q.answer {
                    AnswerKind::YesNo => match answer {
                        "yes" => "Yes".into(),
                        "no" => "No".into(),
                        _ => "Not answered".into(),
                    },
                    _ => or_none(answer),
                };
                row(q.question.clone(), shown, Some(ChangeAt::Questions))
            })
            .collect();
        sections.push(Section {
            title: "Questions for the record".into(),
            rows,
        });
    }
    sections
}

/// Escape text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// A readable, self-contained HTML copy of the record for the case file.
pub fn html(procedure: &Procedure, record: &Record, today: NaiveDate) -> String {
    let mut body = String::new();
    for section in summary(procedure, record, today) {
        body.push_str(&format!("<h2>{}</h2>\n<dl>\n", escape(&section.title)));
        for r in section.rows {
            body.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>\n",
                escape(&r.key),
                escape(&r.value).replace('\n', "<br>")
            ));
        }
        body.push_str("</dl>\n");
    }
    let training = record.training.as_ref().map_or(String::new(), |_| {
        "<p><strong>Training example: fictional, not a real case.</strong></p>\n".into()
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>Record: {title}</title>\n<style>body{{font-family:Arial,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.4}}dt{{font-weight:700;margin-top:.6em}}dd{{margin:0 0 .4em}}h2{{border-top:1px solid #b1b4b6;padding-top:.5em}}</style></head>\n<body>\n<h1>Record of a professional disagreement</h1>\n{training}<p>Following {title} ({partnership}), last updated {updated}. Record made {made}.</p>\n{body}</body>\n</html>\n",
        title = escape(&procedure.meta.title),
        partnership = escape(&procedure.meta.partnership),
        updated = long_date(procedure.meta.updated),
        made = long_date(today),
    )
}

/// Escape text for an iCalendar TEXT value (RFC 5545 3.3.11).
fn ics_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Fold a content line at 75 octets, never inside a character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// `20261230`, as iCalendar writes dates.
fn compact(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A calendar file with each upcoming deadline as an event.
pub fn ics(procedure: &Procedure, record: &Record, today: NaiveDate, stamp: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Stagehand//Decision aid//EN",
        "CALSCALE:GREGORIAN",
    ] {
        out.push_str(&fold(line));
    }
    for (n, (due, summary, description)) in
        upcoming(procedure, record, today).into_iter().enumerate()
    {
        let (start, end) = match due {
            Due::DateTime(t) => (
                format!(
                    "DTSTART:{}T{:02}{:02}00",
                    compact(t.date()),
                    t.hour(),
                    t.minute()
                ),
                "DURATION:PT30M".to_string(),
            ),
            other => {
                let d = other.date().unwrap_or(today);
                (
                    format!("DTSTART;VALUE=DATE:{}", compact(d)),
                    format!("DTEND;VALUE=DATE:{}", compact(d.succ_opt().unwrap_or(d))),
                )
            }
        };
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{n}-{stamp}@stagehand", record.procedure),
            format!("DTSTAMP:{stamp}"),
            start,
            end,
            format!("SUMMARY:{}", ics_text(&summary)),
            format!(
                "DESCRIPTION:{}",
                ics_text(&format!("{description}\n{}", procedure.meta.title))
            ),
            "END:VEVENT".to_string(),
        ] {
            out.push_str(&fold(&line));
        }
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_escapes_and_folds() {
        assert_eq!(ics_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let long = "x".repeat(200);
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;
    use crate::real_content::durham;
    use crate::record::{Outcome, Record};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn ended_stages_show_dates_and_open_ones_count_against_today() {
        let p = durham();
        let mut record = Record::new(&p);
        record.reach(&p, 1);
        record.stages[0].started = Some(d("2026-12-21"));
        record.stages[1].started = Some(d("2026-12-23"));
        let today = d("2026-12-24");
        let rows: Vec<Row> = summary(&p, &record, today)
            .into_iter()
            .flat_map(|s| s.rows)
            .collect();
        let deadlines: Vec<&str> = rows
            .iter()
            .filter(|r| r.key.starts_with("Deadline"))
            .map(|r| r.value.as_str())
            .collect();
        // Stage 1 ended (escalated): dates only. Stage 2 is open: 3 working
        // days from Wednesday 23 December skip Christmas, the weekend and the
        // substitute Boxing Day.
        assert_eq!(
            deadlines,
            [
                "Tuesday 22 December 2026",
                "Tuesday 22 December 2026",
                "Wednesday 30 December 2026 (due in 2 working days)",
            ]
        );
        assert_eq!(record.stages[0].outcome, Outcome::Escalated);
    }

    #[test]
    fn calendar_file_lists_upcoming_deadlines_only() {
        let p = durham();
        let mut record = Record::new(&p);
        record.reach(&p, 1);
        record.stages[0].started = Some(d("2026-12-21"));
        record.stages[1].started = Some(d("2026-12-23"));
        record.description = "a, b; c".into();
        let ics = ics(&p, &record, d("2026-12-24"), "20261224T090000Z");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "{ics}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20261230\r\n"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20261231\r\n"), "{ics}");
    }

    #[test]
    fn a_saved_record_reads_back_and_refuses_others() {
        let p = durham();
        let mut record = Record::new(&p);
        record.reach(&p, 2);
        record.description = "<script>x</script>".into();
        let json = record.to_json();
        assert_eq!(Record::from_json(&json, &p), Ok(record.clone()));
        let other = json.replace("\"procedure\": \"durham\"", "\"procedure\": \"darlington\"");
        assert!(Record::from_json(&other, &p).is_err());
        let newer = json.replace("\"version\": 1", "\"version\": 99");
        assert_eq!(
            Record::from_json(&newer, &p),
            Err(crate::record::OpenError::NewerVersion(99))
        );
        assert_eq!(
            Record::from_json("{}", &p),
            Err(crate::record::OpenError::NotARecord)
        );
        assert_eq!(
            Record::from_json("not json", &p),
            Err(crate::record::OpenError::NotARecord)
        );
        let stage_not_an_object = json.replace("\"stage\": \"stage-1\"", "\"stage\": 1");
        assert_eq!(
            Record::from_json(&stage_not_an_object, &p),
            Err(crate::record::OpenError::NotARecord)
        );
    }

    #[test]
    fn a_file_missing_fields_reads_them_as_empty() {
        let p = durham();
        let text = r#"{"format": "stagehand-record", "version": 1, "procedure": "durham",
            "stages": [{"stage": "stage-1", "started": "2026-12-21"}]}"#;
        let record = Record::from_json(text, &p).expect("an older, shorter file opens");
        assert_eq!(record.stages[0].started, Some(d("2026-12-21")));
        assert_eq!(record.stages[0].outcome, Outcome::Open);
        assert_eq!(record.description, "");
        assert_eq!(record.training, None);
    }
}
