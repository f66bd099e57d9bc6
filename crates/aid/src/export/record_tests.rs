//! The record and its exports, on the real procedures.
use super::*;
use crate::plan::Tag;
use crate::real_content::{darlington, durham};
use crate::record::{Ids, Outcome, Record};
use chrono::NaiveDate;
use stagehand_model::Procedure;

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
        d("2026-11-02"),
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
    // Stage 1 ended (escalated) on Wednesday 23rd, when stage 2 began: its
    // steps were done by then, which is by its second deadline (met) but
    // after its first (done: nobody said whether the discussion was on time). Stage 2 is open: 3
    // working days from Wednesday 23 December skip Christmas, the
    // weekend and the substitute Boxing Day.
    assert_eq!(
        deadlines,
        [
            ("Tuesday 22 December 2026".to_string(), Some(Tag::Done)),
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
    // Stage 1's two steps (done), stage 2's, and stage 3's as if raised
    // today, cancelled: it is not what is next, and a calendar that had it
    // from an earlier file drops it.
    assert_eq!(first.matches("BEGIN:VEVENT").count(), 4, "{first}");
    assert_eq!(first.matches("STATUS:CANCELLED").count(), 3, "{first}");
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
    assert_eq!(again.matches("STATUS:CANCELLED").count(), 4, "{again}");
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
    let newer = json.replace(
        &format!("\"version\": {}", crate::record::VERSION),
        "\"version\": 99",
    );
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
