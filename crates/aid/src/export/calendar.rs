//! The calendar file (iCalendar): each deadline an event with a reminder the
//! working day before, the same event each time the file is made again, and
//! cancelled once it no longer applies.

use crate::plan::calendar_dates;
use crate::record::Record;
use chrono::{Datelike, NaiveDate, Timelike};
use stagehand_model::{Calendar, Due, Procedure};

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
        let followed: Vec<String> = super::versions(procedure)
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        let description = ics_text(&format!("{}\n{}", date.description, followed.join("\n")));
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
