//! What the practitioner takes away: the record summary (shown on the check
//! page and in every export), a readable HTML file and a calendar file.
//! Everything typed is escaped here, whatever it contains.

use crate::dates::long_date;
use crate::plan::{Tag, calendar_dates, stage_name, steps};
use crate::record::{Outcome, Record};
use crate::wording::{given, mid_sentence};
use chrono::{Datelike, NaiveDate, Timelike};
use stagehand_model::{AnswerKind, Calendar, Due, Procedure};

/// Which screen a summary row's "Change" link returns to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeAt {
    Urgent,
    YourAgency,
    OtherAgency,
    Case,
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
    /// Where a deadline stands today, shown as a tag beside the value.
    pub tag: Option<Tag>,
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
        tag: None,
        change,
    }
}

/// An agency in words: from the procedure's list, as typed, or not asked.
pub fn agency_words(procedure: &Procedure, id: Option<&str>, named: Option<&str>) -> String {
    match (id.and_then(|a| procedure.route.agency(a)), named) {
        (Some(agency), _) => agency.name.clone(),
        (None, named) if id.is_some() || named.is_some() => given(named.or(Some(""))),
        _ => "Not asked".into(),
    }
}

/// The outcome of a stage in one sentence.
pub fn outcome_words(procedure: &Procedure, record: &Record, index: usize) -> String {
    let Some(reached) = record.stages.get(index) else {
        return String::new();
    };
    let on = record
        .ended_on(index)
        .map(|d| format!(" on {}", long_date(d)))
        .unwrap_or_default();
    match reached.outcome {
        Outcome::Open => "Not asked yet".into(),
        Outcome::Waiting => "Not yet known: waiting to hear back".into(),
        Outcome::Resolved => format!("Resolved{on}: {}", given(Some(&reached.agreed))),
        Outcome::Escalated => {
            let next = procedure
                .route
                .stages
                .get(index + 1)
                .map(|s| format!(": taken to stage {}, {}", index + 2, mid_sentence(&s.title)))
                .unwrap_or_default();
            let on = if on.is_empty() {
                " (date not given)".to_string()
            } else {
                on
            };
            format!("Not resolved{next}{on}")
        }
        Outcome::Unresolved => {
            let last = if procedure.route.partial {
                "the last stage this handbook holds"
            } else {
                "the final stage"
            };
            let mut words = format!("Not resolved at {last}{on}.");
            if let Some(end) = &procedure.route.end_of_route {
                words.push(' ');
                words.push_str(end);
            }
            if !reached.agreed.trim().is_empty() {
                words.push_str(&format!(" What happens next: {}", reached.agreed.trim()));
            }
            words
        }
    }
}

/// The record as sections of key and value, in the order a reader expects.
pub fn summary(procedure: &Procedure, record: &Record, today: NaiveDate) -> Vec<Section> {
    let route = &procedure.route;
    let mut sections = Vec::new();
    let area = match record.area.as_deref() {
        Some("other") => format!("Something else: {}", given(Some(&record.other_area))),
        Some(a) => a.to_string(),
        None => "Not asked".into(),
    };
    let mut about = Vec::new();
    if let Some(t) = &record.training {
        about.push(row("Training example", format!("{t} (fictional)"), None));
    }
    // A procedure with no urgent question never shows one.
    if let Some(urgent) = &route.urgent {
        about.push(row(
            urgent.question.as_str(),
            match record.urgent {
                Some(true) => "Yes",
                Some(false) => "No",
                None => "Not asked",
            },
            Some(ChangeAt::Urgent),
        ));
    }
    about.push(row(
        "Case reference",
        given(record.case_reference.as_deref()),
        Some(ChangeAt::Case),
    ));
    about.push(row(
        "Your role",
        given(record.role.as_deref()),
        Some(ChangeAt::Case),
    ));
    let agencies_change = |listed: ChangeAt| {
        Some(if route.agencies.is_empty() {
            ChangeAt::Case
        } else {
            listed
        })
    };
    about.push(row(
        "Your agency",
        agency_words(
            procedure,
            record.agency.as_deref(),
            record.agency_named.as_deref(),
        ),
        agencies_change(ChangeAt::YourAgency),
    ));
    about.push(row(
        "The agency you disagree with",
        agency_words(
            procedure,
            record.other_agency.as_deref(),
            record.other_agency_named.as_deref(),
        ),
        agencies_change(ChangeAt::OtherAgency),
    ));
    about.push(row(
        "What the disagreement is about",
        area,
        Some(ChangeAt::Area),
    ));
    about.push(row(
        "Description",
        given(record.description.as_deref()),
        Some(ChangeAt::Description),
    ));
    sections.push(Section {
        title: "The disagreement".into(),
        rows: about,
    });

    for (i, reached) in record.stages.iter().enumerate() {
        let mut rows = Vec::new();
        let began = match (reached.started, reached.started_not_known) {
            (Some(d), _) => {
                let time = reached
                    .started_time
                    .as_deref()
                    .filter(|t| !t.is_empty())
                    .map(|t| format!(" at {t}"))
                    .unwrap_or_default();
                format!("{}{time}", long_date(d))
            }
            (None, true) => "Not known".into(),
            (None, false) => "Not asked".into(),
        };
        rows.push(row("Began", began, Some(ChangeAt::StageStart(i))));
        rows.push(row(
            "Who was contacted",
            given(reached.contacted.as_deref()),
            Some(ChangeAt::Contacted(i)),
        ));
        for step in steps(procedure, record, i, today) {
            let who = step.contact.clone().unwrap_or_else(|| "Step".into());
            let mut r = row(format!("Deadline: {who}"), step.due_words(), None);
            r.tag = step.tag;
            rows.push(r);
        }
        if let Some(t) = reached.target {
            let mut r = row(
                "Target date you set",
                long_date(t),
                Some(ChangeAt::Contacted(i)),
            );
            r.tag = crate::plan::target_tag(procedure, record, i, today);
            rows.push(r);
        }
        rows.push(row(
            "Outcome",
            outcome_words(procedure, record, i),
            Some(ChangeAt::Outcome(i)),
        ));
        sections.push(Section {
            title: stage_name(procedure, &reached.stage),
            rows,
        });
    }

    if !route.record.is_empty() {
        let rows = route
            .record
            .iter()
            .map(|q| {
                let shown = match (record.answers.get(&q.id).map(String::as_str), q.answer) {
                    (None, _) => "Not asked yet".into(),
                    (Some("yes"), AnswerKind::YesNo) => "Yes".into(),
                    (Some("no"), AnswerKind::YesNo) => "No".into(),
                    (Some(_), AnswerKind::YesNo) => "Not answered".into(),
                    (Some(a), AnswerKind::Date) => stagehand_model::iso_date::parse(a)
                        .map_or_else(|| given(Some(a)), long_date),
                    (Some(a), _) => given(Some(a)),
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
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>Record{case}: {title}</title>\n<style>body{{font-family:Arial,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.4}}dt{{font-weight:700;margin-top:.6em}}dd{{margin:0 0 .4em}}h2{{border-top:1px solid #b1b4b6;padding-top:.5em}}</style></head>\n<body>\n<h1>Record of a professional disagreement{case}</h1>\n{training}<p>Following {title} ({partnership}), last updated {updated}. Record made {made}.</p>\n{body}</body>\n</html>\n",
        title = escape(&procedure.meta.title),
        partnership = escape(&procedure.meta.partnership),
        updated = long_date(procedure.meta.updated),
        made = long_date(today),
    )
}

/// A file name the practitioner can tell apart from other cases':
/// `escalation-record-durham-ABC-123-2026-11-23.json`. Only letters, digits
/// and `-` from the case reference are kept.
pub fn file_name(record: &Record, today: NaiveDate, ext: &str) -> String {
    named("escalation-record", record, today, ext)
}

/// The monitoring return's file: no case reference, which the partnership
/// must not see.
/// The return's file name carries its month, as the return does, not the day.
pub fn return_file_name(record: &Record, today: NaiveDate) -> String {
    format!(
        "monitoring-return-{}-{}.json",
        record.procedure,
        stagehand_model::Month::of(today)
    )
}

fn named(kind: &str, record: &Record, today: NaiveDate, ext: &str) -> String {
    let case: String = record
        .case_reference
        .as_deref()
        .unwrap_or("")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let case: String = case.chars().take(40).collect();
    let case = if case.is_empty() {
        String::new()
    } else {
        format!("{case}-")
    };
    format!("{kind}-{}-{case}{today}.{ext}", record.procedure)
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

/// The working day before `date`, at 9 in the morning, as a duration before
/// the event's start (an all-day event starts at midnight): `-P2DT15H` for a
/// Monday deadline (Friday 9am).
fn reminder_before(due: Due, calendar: &Calendar) -> String {
    let (date, minutes_into_day) = match due {
        Due::DateTime(t) => (t.date(), i64::from(t.hour() * 60 + t.minute())),
        other => (other.date().unwrap_or_default(), 0),
    };
    let mut day = date.pred_opt().unwrap_or(date);
    for _ in 0..14 {
        if calendar.is_working_day(day) {
            break;
        }
        day = day.pred_opt().unwrap_or(day);
    }
    // From 9am on `day` to the start of the event.
    let minutes = (date - day).num_days() * 24 * 60 - 9 * 60 + minutes_into_day;
    let (days, rest) = (minutes / (24 * 60), minutes % (24 * 60));
    let (hours, mins) = (rest / 60, rest % 60);
    let mut out = String::from("-P");
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    out.push('T');
    out.push_str(&format!("{hours}H"));
    if mins > 0 {
        out.push_str(&format!("{mins}M"));
    }
    out
}

/// A calendar file with each deadline as an event, with a reminder on the
/// working day before. Events keep their ids (the record's id, the stage
/// and the step), so a file downloaded again updates them; a deadline that
/// no longer applies is sent as cancelled. `sequence` must grow with each
/// download (minutes since some fixed time will do).
pub fn ics(
    procedure: &Procedure,
    record: &Record,
    today: NaiveDate,
    stamp: &str,
    sequence: u32,
) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Stagehand//Decision aid//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    for date in calendar_dates(procedure, record, today) {
        let (start, end) = match date.due {
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
        let description = ics_text(&format!("{}\n{}", date.description, procedure.meta.title));
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}@stagehand", record.id, date.key),
            format!("SEQUENCE:{sequence}"),
            format!("DTSTAMP:{stamp}"),
            start,
            end,
            format!("SUMMARY:{}", ics_text(&date.summary)),
            format!("DESCRIPTION:{description}"),
            format!(
                "STATUS:{}",
                if date.cancelled {
                    "CANCELLED"
                } else {
                    "CONFIRMED"
                }
            ),
        ];
        if !date.cancelled {
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                format!(
                    "TRIGGER:{}",
                    reminder_before(date.due, &procedure.route.calendar)
                ),
                format!("DESCRIPTION:{description}"),
                "END:VALARM".to_string(),
            ]);
        }
        lines.push("END:VEVENT".to_string());
        for line in lines {
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

    #[test]
    fn the_reminder_is_on_the_working_day_before_at_nine() {
        let cal = Calendar::new("t", vec![]);
        let d = |s: &str| Due::Date(s.parse().unwrap());
        // Wednesday: Tuesday 9am is 15 hours before midnight.
        assert_eq!(reminder_before(d("2026-11-25"), &cal), "-PT15H");
        // Monday: Friday 9am.
        assert_eq!(reminder_before(d("2026-11-23"), &cal), "-P2DT15H");
        let at_five = Due::DateTime("2026-11-25T17:00:00".parse().unwrap());
        assert_eq!(reminder_before(at_five, &cal), "-P1DT8H");
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;
    use crate::real_content::{darlington, durham};
    use crate::record::{Ids, Outcome, Record};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn new(p: &Procedure) -> Record {
        Record::new(
            p,
            Ids {
                record: "rec-1".into(),
                monitoring: "ret-1".into(),
            },
        )
    }

    fn rows(p: &Procedure, r: &Record, today: NaiveDate) -> Vec<Row> {
        summary(p, r, today)
            .into_iter()
            .flat_map(|s| s.rows)
            .collect()
    }

    #[test]
    fn ended_stages_are_met_or_missed_and_open_ones_count_against_today() {
        let p = durham();
        let mut record = new(&p);
        record.reach(&p, 1, 0);
        record.stages[0].started = Some(d("2026-12-21"));
        record.stages[1].started = Some(d("2026-12-23"));
        let today = d("2026-12-24");
        let deadlines: Vec<(String, Option<Tag>)> = rows(&p, &record, today)
            .into_iter()
            .filter(|r| r.key.starts_with("Deadline"))
            .map(|r| (r.value, r.tag))
            .collect();
        // Stage 1 ended (escalated) on Wednesday 23rd, when stage 2 began:
        // after its first deadline, on its second. Stage 2 is open: 3
        // working days from Wednesday 23 December skip Christmas, the
        // weekend and the substitute Boxing Day.
        assert_eq!(
            deadlines,
            [
                ("Tuesday 22 December 2026".to_string(), Some(Tag::Missed)),
                ("Wednesday 23 December 2026".to_string(), Some(Tag::Met)),
                (
                    "Wednesday 30 December 2026".to_string(),
                    Some(Tag::DueIn(2))
                ),
            ]
        );
        assert_eq!(record.stages[0].outcome, Outcome::Escalated);
    }

    #[test]
    fn nothing_unasked_is_recorded_as_an_answer() {
        let p = durham();
        // A trainer's link to stage 3: a date entered, "Not yet" answered.
        let mut record = new(&p);
        record.reach(&p, 2, 0);
        record.stages[2].started = Some(d("2026-11-16"));
        record.stages[2].outcome = Outcome::Waiting;
        let shown = rows(&p, &record, d("2026-11-23"));
        let value = |key: &str| {
            shown
                .iter()
                .find(|r| r.key == key)
                .map(|r| r.value.clone())
                .unwrap_or_else(|| panic!("no row {key}"))
        };
        assert_eq!(
            value("Is a child at immediate risk of significant harm?"),
            "Not asked"
        );
        assert_eq!(value("What the disagreement is about"), "Not asked");
        assert_eq!(value("Description"), "Not asked");
        assert_eq!(value("Case reference"), "Not asked");
        assert_eq!(value("Your agency"), "Not asked");
        assert_eq!(
            value("What were the professional differences?"),
            "Not asked yet"
        );
        let began: Vec<&str> = shown
            .iter()
            .filter(|r| r.key == "Began")
            .map(|r| r.value.as_str())
            .collect();
        assert_eq!(began, ["Not asked", "Not asked", "Monday 16 November 2026"]);
        assert!(
            !shown.iter().any(|r| r.value == "No"),
            "nothing says No that nobody said"
        );
    }

    #[test]
    fn the_end_of_the_route_is_said_in_the_procedures_own_terms() {
        let p = darlington();
        let mut record = new(&p);
        record.reach(&p, 4, 0);
        record.stages[4].outcome = Outcome::Unresolved;
        record.stages[4].ended = Some(d("2026-11-20"));
        let outcome = outcome_words(&p, &record, 4);
        assert!(
            outcome.starts_with("Not resolved at the final stage on Friday 20 November 2026."),
            "{outcome}"
        );
        assert!(!outcome.contains("escalated"), "{outcome}");
        assert!(outcome.contains("ultimate decision"), "{outcome}");
    }

    #[test]
    fn the_calendar_file_updates_its_events_and_cancels_what_no_longer_applies() {
        let p = durham();
        let mut record = new(&p);
        record.case_reference = Some("ABC/123".into());
        record.reach(&p, 1, 0);
        record.stages[0].started = Some(d("2026-12-21"));
        record.stages[1].started = Some(d("2026-12-23"));
        let first = ics(&p, &record, d("2026-12-24"), "20261224T090000Z", 10);
        assert_eq!(first.matches("BEGIN:VEVENT").count(), 3, "{first}");
        assert_eq!(first.matches("STATUS:CANCELLED").count(), 2, "{first}");
        assert!(first.contains("UID:rec-1-stage-2-1@stagehand"), "{first}");
        assert!(first.contains("DTSTART;VALUE=DATE:20261230\r\n"), "{first}");
        assert!(first.contains("(case ABC/123)"), "{first}");
        assert_eq!(first.matches("BEGIN:VALARM").count(), 1, "{first}");
        // Tuesday 29 December is the working day before Wednesday 30th.
        assert!(first.contains("TRIGGER:-PT15H"), "{first}");
        // Downloaded again later, stage 2 resolved: the same event, cancelled.
        record.stages[1].outcome = Outcome::Resolved;
        let again = ics(&p, &record, d("2026-12-28"), "20261228T090000Z", 11);
        assert!(again.contains("UID:rec-1-stage-2-1@stagehand"));
        assert_eq!(again.matches("STATUS:CANCELLED").count(), 3, "{again}");
        assert!(again.contains("SEQUENCE:11"));
    }

    #[test]
    fn file_names_tell_cases_apart() {
        let p = durham();
        let mut record = new(&p);
        assert_eq!(
            file_name(&record, d("2026-11-23"), "json"),
            "escalation-record-durham-2026-11-23.json"
        );
        record.case_reference = Some(" ABC/123 <x> ".into());
        assert_eq!(
            file_name(&record, d("2026-11-23"), "ics"),
            "escalation-record-durham-ABC-123-x-2026-11-23.ics"
        );
    }

    #[test]
    fn a_saved_record_reads_back_and_refuses_others() {
        let p = durham();
        let mut record = new(&p);
        record.reach(&p, 2, 0);
        record.description = Some("<script>x</script>".into());
        record.journey = vec!["start".into(), "urgent".into()];
        let json = record.to_json();
        assert_eq!(Record::from_json(&json, &p), Ok(record.clone()));
        let other = json.replace("\"procedure\": \"durham\"", "\"procedure\": \"darlington\"");
        assert!(Record::from_json(&other, &p).is_err());
        let newer = json.replace("\"version\": 2", "\"version\": 99");
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
    fn a_file_missing_fields_reads_them_as_not_asked() {
        let p = durham();
        let text = r#"{"format": "stagehand-record", "version": 2, "procedure": "durham",
            "stages": [{"stage": "stage-1", "started": "2026-12-21"}]}"#;
        let record = Record::from_json(text, &p).expect("a shorter file opens");
        assert_eq!(record.stages[0].started, Some(d("2026-12-21")));
        assert_eq!(record.stages[0].outcome, Outcome::Open);
        assert_eq!(record.description, None);
        assert_eq!(record.training, None);
    }
}
