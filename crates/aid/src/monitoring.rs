//! The anonymous monitoring return, made from the record: only what the
//! procedure itself defines (its stages, areas, agencies, yes-no and date
//! questions marked `in_return`) and dates. Nothing typed ever goes in:
//! `make` copies no free-text field of the record, by construction.

use crate::plan::steps;
use crate::record::{Outcome, Record};
use crate::words::{Arg, w, wf};
use chrono::NaiveDate;
use stagehand_model::{
    AnswerKind, MonitoringReturn, Month, Procedure, RETURN_FORMAT, RETURN_VERSION, ReturnDeadline,
    ReturnOutcome, ReturnStage, StageOutcome, working_days_between,
};
use std::collections::BTreeMap;

/// An agency as the return carries it: an id from the list, `other` when
/// the practitioner typed a name the list does not have (the name itself
/// is left out), or nothing. A procedure that lists no agencies counts none:
/// "another agency" would be untrue of every one (the police included).
fn agency(procedure: &Procedure, id: Option<&str>, named: Option<&str>) -> Option<String> {
    match id {
        Some(a) if procedure.route.agency(a).is_some() => Some(a.to_string()),
        _ if procedure.route.agencies.is_empty() => None,
        _ if named.is_some_and(|n| !n.trim().is_empty()) => Some("other".into()),
        _ => None,
    }
}

/// What the return does not carry, and why, in the practitioner's words:
/// each item is shown before the return is saved.
pub fn left_out(procedure: &Procedure) -> Vec<String> {
    let route = &procedure.route;
    let mut out = vec![w("left-out-typed"), w("left-out-days")];
    if route.agencies.is_empty() {
        out.push(w("left-out-agencies"));
    }
    let typed: Vec<&str> = route
        .record
        .iter()
        .filter(|q| !q.in_return)
        .map(|q| q.question.as_str())
        .collect();
    if !typed.is_empty() {
        let questions = typed.join("; ");
        out.push(wf(
            "left-out-answers",
            &[("questions", Arg::Text(&questions))],
        ));
    }
    out
}

/// The return for this record, as of `today`: months and working days,
/// never a day of the month.
pub fn make(procedure: &Procedure, record: &Record, today: NaiveDate) -> MonitoringReturn {
    let route = &procedure.route;
    let area = record.area.as_deref().and_then(|a| {
        if a == "other" || route.has_area(a) {
            Some(a.to_string())
        } else {
            None
        }
    });
    let mut stages = Vec::new();
    for (i, reached) in record.stages.iter().enumerate() {
        let deadlines = steps(procedure, record, i, today)
            .into_iter()
            .enumerate()
            .filter(|(_, step)| step.due_date().and_then(|d| d.date()).is_some())
            .map(|(n, step)| ReturnDeadline {
                step: n as u32 + 1,
                met: step.tag.and_then(|t| t.met()),
            })
            .collect();
        let working_days = match (reached.started, record.ended_on(i)) {
            (Some(start), Some(end)) if end >= start => {
                u32::try_from(working_days_between(start, end, &route.calendar)).ok()
            }
            _ => None,
        };
        stages.push(ReturnStage {
            stage: reached.stage.clone(),
            working_days,
            outcome: match reached.outcome {
                Outcome::Open | Outcome::Waiting => StageOutcome::UnderWay,
                Outcome::Resolved => StageOutcome::Resolved,
                Outcome::Escalated => StageOutcome::Escalated,
                Outcome::Unresolved => StageOutcome::NotResolved,
            },
            deadlines,
        });
    }
    let outcome = match stages.last().map(|s| s.outcome) {
        Some(StageOutcome::Resolved) => ReturnOutcome::Resolved,
        Some(StageOutcome::NotResolved) => ReturnOutcome::NotResolved,
        _ => ReturnOutcome::UnderWay,
    };
    let mut answers = BTreeMap::new();
    for q in route.record.iter().filter(|q| q.in_return) {
        let Some(answer) = record.answers.get(&q.id) else {
            continue;
        };
        let kept = match q.answer {
            AnswerKind::YesNo if answer == "yes" || answer == "no" => Some(answer.clone()),
            AnswerKind::Date => {
                stagehand_model::iso_date::parse(answer).map(|d| Month::of(d).to_string())
            }
            _ => None,
        };
        if let Some(kept) = kept {
            answers.insert(q.id.clone(), kept);
        }
    }
    MonitoringReturn {
        format: RETURN_FORMAT.into(),
        version: RETURN_VERSION,
        id: record.return_id.clone(),
        procedure: procedure.slug.clone(),
        procedure_updated: procedure.meta.updated,
        region: procedure.region.as_ref().map(|r| r.slug.clone()),
        region_updated: procedure.region.as_ref().map(|r| r.updated),
        made: Month::of(today),
        training: record.training.is_some(),
        area,
        agency_raising: agency(
            procedure,
            record.agency.as_deref(),
            record.agency_named.as_deref(),
        ),
        agency_receiving: agency(
            procedure,
            record.other_agency.as_deref(),
            record.other_agency_named.as_deref(),
        ),
        began: record.stages.iter().find_map(|s| s.started).map(Month::of),
        stages,
        outcome,
        answers,
    }
}

/// "November 2026".
fn month_words(m: Month) -> String {
    // By hand, as `dates::long_date`: chrono's strftime costs the wasm 5 KB.
    match m.month {
        1..=12 => {
            let month = crate::dates::name_of_month(m.month - 1);
            wf(
                "month-year",
                &[
                    ("month", Arg::Text(&month)),
                    ("year", Arg::Number(m.year.into())),
                ],
            )
        }
        _ => m.to_string(),
    }
}

/// Every field of the return in plain words, in the file's order: what the
/// practitioner checks before it leaves their hands.
pub fn words(procedure: &Procedure, r: &MonitoringReturn) -> Vec<(String, String)> {
    let route = &procedure.route;
    let agency = |a: &Option<String>| match a.as_deref() {
        None if route.agencies.is_empty() => w("return-agencies-not-counted"),
        None => w("not-given"),
        Some("other") => w("return-another-agency"),
        Some(id) => route.agency(id).map_or(id.to_string(), |a| a.name.clone()),
    };

    let mut out = crate::export::versions(procedure);
    out.push((w("return-made"), month_words(r.made)));
    if r.training {
        out.push((w("key-training"), w("return-training")));
    }
    out.push((
        w("return-about"),
        match r.area.as_deref() {
            None => w("not-given"),
            Some("other") => w("return-something-else"),
            Some(a) => route.area_words(a).into(),
        },
    ));
    out.push((w("return-agency-raising"), agency(&r.agency_raising)));
    out.push((w("return-agency-receiving"), agency(&r.agency_receiving)));
    out.push((
        w("return-month-began"),
        r.began.map_or_else(|| w("not-known"), month_words),
    ));
    for s in &r.stages {
        let name = crate::plan::stage_name(procedure, &s.stage);
        let outcome = crate::words::messages().stage_outcome(s.outcome, &procedure.route);
        let mut text = stagehand_messages::capitalised(&outcome);
        if let Some(days) = s.working_days {
            text.push_str(&wf(
                "return-after-days",
                &[("count", Arg::Number(days.into()))],
            ));
        }
        for d in &s.deadlines {
            let met = match d.met {
                Some(true) => "met",
                Some(false) => "missed",
                None => "unknown",
            };
            text.push_str(&wf(
                "return-step-deadline",
                &[
                    ("number", Arg::Number(d.step.into())),
                    ("met", Arg::Text(met)),
                ],
            ));
        }
        out.push((name, text));
    }
    out.push((
        w("key-outcome"),
        crate::words::messages().return_outcome(r.outcome, route),
    ));
    for q in route.record.iter().filter(|q| q.in_return) {
        let shown = match r.answers.get(&q.id).map(String::as_str) {
            None => w("not-answered"),
            Some("yes") => w("yes"),
            Some("no") => w("no"),
            Some(m) => Month::parse(m).map_or(m.to_string(), month_words),
        };
        out.push((q.question.clone(), shown));
    }
    out.push((w("return-number"), r.id.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::real_content::darlington;
    use crate::record::{Ids, Record};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn new_record(p: &Procedure) -> Record {
        Record::new(
            p,
            Ids {
                record: "rec".into(),
                monitoring: "ret".into(),
            },
            d("2026-12-01"),
        )
    }

    /// A record made on the Welsh page gives the very return the English
    /// page would: structured fields only, so `stagehand returns` counts
    /// both under one procedure.
    #[test]
    fn a_return_is_the_same_in_every_language() {
        use crate::words::{Language, speaking};
        let english = crate::real_content::procedure("wales");
        let welsh = crate::real_content::translations("cy")
            .into_iter()
            .find(|p| p.slug == "wales")
            .expect("the Wales procedure in Welsh");
        let made = |p: &Procedure| {
            let mut record = new_record(p);
            record.urgent = Some(false);
            record.reach(p, 1, 0);
            record.stages[0].started = Some(d("2026-11-02"));
            record.stages[0].ended = Some(d("2026-11-04"));
            record.stages[1].started = Some(d("2026-11-04"));
            record.stages[1].outcome = Outcome::Waiting;
            make(p, &record, d("2026-12-07"))
        };
        let in_english = speaking(Language::English, || made(&english));
        let in_welsh = speaking(Language::Welsh, || made(&welsh));
        assert_eq!(in_english, in_welsh);
        assert_eq!(in_welsh.procedure, "wales");
        // What it is about goes by the default language's words (the key),
        // whatever the page's: a translation's areas are its own words.
        let english = crate::real_content::durham();
        let mut welsh = english.clone();
        welsh.route.area_keys = english.route.areas.clone();
        welsh.route.areas = (0..english.route.areas.len())
            .map(|i| format!("Maes {i}"))
            .collect();
        let about = |p: &Procedure| {
            let mut record = new_record(p);
            record.area = Some(p.route.area_key(0).to_string());
            make(p, &record, d("2026-12-07"))
        };
        let (in_english, in_welsh) = (about(&english), about(&welsh));
        assert!(in_english.area.is_some());
        assert_eq!(in_english, in_welsh);
    }

    #[test]
    fn a_return_carries_no_typed_text() {
        let p = darlington();
        let mut record = new_record(&p);
        let typed = "TYPED-SECRET";
        record.case_reference = Some(typed.into());
        record.role = Some(typed.into());
        record.agency_named = Some(typed.into());
        record.other_agency_named = Some(typed.into());
        record.area = Some("other".into());
        record.other_area = typed.into();
        record.description = Some(typed.into());
        record.reach(&p, 1, 0);
        record.stages[0].started = Some(d("2026-11-02"));
        record.stages[0].ended = Some(d("2026-11-04"));
        record.stages[0].contacted = Some(typed.into());
        record.stages[0].agreed = typed.into();
        record.stages[1].started = Some(d("2026-11-04"));
        record.stages[1].contacted = Some(typed.into());
        record.stages[1].outcome = Outcome::Resolved;
        record.stages[1].agreed = typed.into();
        for q in &p.route.record {
            record.answers.insert(q.id.clone(), typed.into());
        }
        record.answers.insert("satisfied".into(), "yes".into());
        let made = make(&p, &record, d("2026-11-23"));
        let json = crate::to_json(&made);
        assert!(!json.contains(typed), "{json}");
        // Darlington lists no agencies: a typed one is not counted at all.
        assert_eq!(made.agency_raising, None);
        assert_eq!(made.area.as_deref(), Some("other"));
        assert_eq!(made.outcome, ReturnOutcome::Resolved);
        assert_eq!(made.id, "ret");
        // Only the questions the content marks `in_return`, and only yes or no.
        assert_eq!(
            made.answers,
            [("satisfied".to_string(), "yes".to_string())].into()
        );
        // And the words shown before saving say everything in the file.
        let shown = words(&p, &made);
        assert!(shown.iter().all(|(_, v)| !v.contains(typed)));
        assert!(
            shown
                .iter()
                .any(|(k, v)| k == "Return number" && v == "ret")
        );
    }

    #[test]
    fn a_return_carries_months_and_working_days_never_a_day() {
        let p = crate::real_content::durham();
        let mut record = new_record(&p);
        record.reach(&p, 1, 0);
        record.stages[0].started = Some(d("2026-12-21"));
        // Taken to stage 2 on Wednesday 23rd: 2 working days at stage 1.
        record.stages[1].started = Some(d("2026-12-23"));
        let made = make(&p, &record, d("2027-01-04"));
        assert_eq!(made.began, Month::parse("2026-12"));
        assert_eq!(made.made, Month::parse("2027-01").unwrap());
        assert_eq!(made.stages[0].working_days, Some(2));
        assert_eq!(made.stages[1].working_days, None, "still under way");
        let met: Vec<_> = made.stages[0].deadlines.iter().map(|d| d.met).collect();
        // Done by the 23rd: met for the second deadline; for the first,
        // not known (the return never says "missed" of what nobody said).
        assert_eq!(met, [None, Some(true)]);
        // Stage 2's 3 working days from the 23rd ended on the 30th.
        assert_eq!(made.stages[1].deadlines[0].met, Some(false), "overdue");
        let json = crate::to_json(&made);
        let days: Vec<&str> = json
            .split('"')
            .filter(|t| stagehand_model::iso_date::parse(t).is_some())
            .collect();
        // The only day in the file is the procedure's own, public date.
        assert_eq!(days, ["2020-11-01"], "{json}");
    }

    /// Darlington lists no agencies: a typed agency (the police, say) is not
    /// counted as "another agency", and the return says why it has none;
    /// what it leaves out is listed, the questions answered in words too.
    #[test]
    fn a_procedure_without_agencies_counts_none_and_says_what_is_left_out() {
        let p = darlington();
        let mut record = new_record(&p);
        record.agency_named = Some("Durham Constabulary".into());
        record.other_agency_named = Some("Children's social care".into());
        let made = make(&p, &record, d("2026-12-07"));
        assert_eq!((made.agency_raising, made.agency_receiving), (None, None));
        let shown = words(&p, &make(&p, &record, d("2026-12-07")));
        assert!(
            shown
                .iter()
                .any(|(k, v)| k == "Agency raising it" && v.starts_with("Not counted")),
            "{shown:?}"
        );
        let left = left_out(&p).join(" ");
        assert!(
            left.contains("What was the challenge?") && left.contains("lists none"),
            "{left}"
        );
    }

    /// One rule for the last stage: a partial route's return, in the aid's
    /// words as in the report's, says where the handbook stops, never "final".
    #[test]
    fn a_partial_route_never_says_final() {
        let p = crate::real_content::procedure("london");
        assert!(p.route.partial);
        let mut record = new_record(&p);
        let last = p.route.stages.len() - 1;
        record.reach(&p, last, 0);
        record.stages[last].started = Some(d("2026-12-01"));
        record.stages[last].outcome = Outcome::Unresolved;
        record.stages[last].ended = Some(d("2026-12-03"));
        let made = make(&p, &record, d("2026-12-07"));
        let said: Vec<String> = words(&p, &made).into_iter().map(|(_, v)| v).collect();
        let all = said.join(" | ");
        assert!(!all.contains("final"), "{all}");
        assert!(
            all.contains("Not resolved at the last stage this handbook holds"),
            "{all}"
        );
    }
}
