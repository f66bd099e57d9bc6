//! The procedure as the generator writes it into the page (serde's JSON of
//! the model's types): field names as in Rust, enums in kebab-case.

use super::{FromJson, JsonValue, ToJson, Value, json_names, json_object};
use stagehand_model::{
    Agency, Amendment, AnswerKind, Calendar, Contact, CountFrom, Exclusion, Holiday,
    MonitoringReturn, Procedure, ProcedureMeta, RecordQuestion, Region, ReturnDeadline,
    ReturnOutcome, ReturnStage, ReturnsAddress, Role, Route, Scenario, ScenarioStage, Stage,
    StageOutcome, Step, Timescale, Urgent,
};

json_object!(Procedure {
    slug,
    meta,
    route,
    scenarios,
    region
});
json_object!(Region {
    slug,
    title,
    partnership,
    updated,
    amendments
});
json_object!(ProcedureMeta {
    title,
    partnership,
    summary,
    updated,
    review_due,
    reviewed,
    covers,
    amendments,
    draft
});
json_object!(Amendment { date, note });
json_object!(Route {
    calendar,
    urgent,
    agencies,
    areas,
    excludes,
    stages,
    end_of_route,
    partial,
    contacts,
    record,
    returns
});
json_object!(Agency { id, name });
json_object!(Role { agency, role });
json_object!(ReturnsAddress { email, url, note });
json_object!(Calendar { division, holidays });
json_object!(Holiday { date, title });
json_object!(Urgent {
    question,
    advice,
    local_advice,
    contacts
});
json_object!(Exclusion { matter, go_to });
json_object!(Stage {
    id,
    title,
    section,
    steps,
    record,
    local,
    local_record
});
json_object!(Step {
    action,
    contact,
    roles,
    within,
    sooner_if,
    from,
    local
});
json_object!(Contact {
    name,
    email,
    phone,
    out_of_hours,
    url,
    note,
    stages,
    local
});
json_object!(RecordQuestion {
    id,
    question,
    answer,
    in_return,
    local
});
json_object!(Scenario {
    id,
    title,
    area,
    description,
    stages
});
json_object!(ScenarioStage {
    stage,
    started,
    contacted,
    outcome,
    resolved
});
json_names!(AnswerKind { Text = "text", YesNo = "yes-no", Date = "date" });

// The monitoring return, as `stagehand returns` reads it with serde.
json_object!(MonitoringReturn {
    format,
    version,
    id,
    procedure,
    procedure_updated,
    region,
    region_updated,
    made,
    training,
    area,
    agency_raising,
    agency_receiving,
    began,
    stages,
    outcome,
    answers
});
json_object!(ReturnStage {
    stage,
    working_days,
    outcome,
    deadlines
});
json_object!(ReturnDeadline { step, met });
json_names!(StageOutcome {
    UnderWay = "under-way",
    Resolved = "resolved",
    Escalated = "escalated",
    NotResolved = "not-resolved",
});
json_names!(ReturnOutcome {
    UnderWay = "under-way",
    Resolved = "resolved",
    NotResolved = "not-resolved",
});

/// serde's adjacently tagged form: `{"kind": "working-days", "count": 3}`.
impl FromJson for Timescale {
    fn from_json(value: &Value) -> Option<Self> {
        let count = || value.field("count")?.whole_number();
        Some(match value.field("kind")?.text()?.as_str() {
            "working-days" => Self::WorkingDays(count()?),
            "hours" => Self::Hours(count()?),
            "days" => Self::Days(count()?),
            "immediately" => Self::Immediately,
            "without-delay" => Self::WithoutDelay,
            "as-soon-as-possible" => Self::AsSoonAsPossible,
            _ => return None,
        })
    }
}

impl ToJson for Timescale {
    fn to_json(&self) -> Value {
        let (kind, count) = match *self {
            Self::WorkingDays(n) => ("working-days", Some(n)),
            Self::Hours(n) => ("hours", Some(n)),
            Self::Days(n) => ("days", Some(n)),
            Self::Immediately => ("immediately", None),
            Self::WithoutDelay => ("without-delay", None),
            Self::AsSoonAsPossible => ("as-soon-as-possible", None),
            // A new kind of timescale needs its name here and above.
            _ => ("unknown", None),
        };
        let mut fields = vec![("kind", Value::from_text(kind))];
        fields.extend(count.map(|n| ("count", Value::from_number(n))));
        Value::object(fields)
    }
}

/// serde's internally tagged form: `{"kind": "stage-start", "stage": "stage-1"}`
/// or `{"kind": "previous-step"}`.
impl FromJson for CountFrom {
    fn from_json(value: &Value) -> Option<Self> {
        Some(match value.field("kind")?.text()?.as_str() {
            "stage-start" => Self::StageStart {
                stage: value.field("stage")?.text()?,
            },
            "previous-step" => Self::PreviousStep,
            _ => return None,
        })
    }
}

impl ToJson for CountFrom {
    fn to_json(&self) -> Value {
        match self {
            Self::StageStart { stage } => Value::object([
                ("kind", Value::from_text("stage-start")),
                ("stage", Value::from_text(stage)),
            ]),
            Self::PreviousStep => Value::object([("kind", Value::from_text("previous-step"))]),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::json::{self, Value};
    use crate::real_content::procedures as real_procedures;
    use stagehand_model::{Procedure, Timescale};

    #[test]
    fn the_aid_reads_the_procedures_as_the_generator_writes_them() {
        let procedures = real_procedures();
        assert_eq!(procedures.len(), 5);
        for procedure in procedures {
            // What `stagehand build` embeds in the page.
            let embedded = serde_json::to_string(&procedure).unwrap();
            let read: Option<Procedure> = json::read(&embedded);
            assert_eq!(read.as_ref(), Some(&procedure), "{}", procedure.slug);
            // And written back, it is the generator's JSON again.
            let written: Value = serde_json::from_str(&json::write(&procedure)).unwrap();
            assert_eq!(written, serde_json::to_value(&procedure).unwrap());
        }
    }

    #[test]
    fn a_step_counted_from_elsewhere_reads_as_serde_writes_it() {
        use stagehand_model::CountFrom;
        for from in [
            CountFrom::PreviousStep,
            CountFrom::StageStart {
                stage: "stage-1".into(),
            },
        ] {
            let text = serde_json::to_string(&from).unwrap();
            assert_eq!(json::read::<CountFrom>(&text), Some(from.clone()), "{text}");
            let written: Value = serde_json::from_str(&json::write(&from)).unwrap();
            assert_eq!(written, serde_json::to_value(&from).unwrap());
        }
    }

    #[test]
    fn a_monitoring_return_as_the_aid_writes_it_is_what_serde_reads() {
        use stagehand_model::{
            MonitoringReturn, Month, ReturnDeadline, ReturnOutcome, ReturnStage, StageOutcome,
        };
        let d = |s: &str| s.parse().unwrap();
        let m = |s: &str| Month::parse(s).unwrap();
        let made = MonitoringReturn {
            format: "stagehand-return".into(),
            version: 2,
            id: "abc".into(),
            procedure: "durham".into(),
            procedure_updated: d("2020-11-01"),
            region: None,
            region_updated: None,
            made: m("2026-11"),
            training: false,
            area: Some("other".into()),
            agency_raising: None,
            agency_receiving: Some("police".into()),
            began: Some(m("2026-11")),
            stages: vec![ReturnStage {
                stage: "stage-1".into(),
                working_days: Some(3),
                outcome: StageOutcome::UnderWay,
                deadlines: vec![ReturnDeadline {
                    step: 1,
                    met: Some(false),
                }],
            }],
            outcome: ReturnOutcome::UnderWay,
            answers: [("satisfied".to_string(), "yes".to_string())].into(),
        };
        let text = json::write(&made);
        let read: MonitoringReturn = serde_json::from_str(&text).expect(&text);
        assert_eq!(read, made);
    }

    #[test]
    fn every_kind_of_timescale_reads_as_serde_writes_it() {
        for t in [
            Timescale::WorkingDays(3),
            Timescale::Hours(24),
            Timescale::Days(7),
            Timescale::Immediately,
            Timescale::WithoutDelay,
            Timescale::AsSoonAsPossible,
        ] {
            let text = serde_json::to_string(&t).unwrap();
            assert_eq!(json::read::<Timescale>(&text), Some(t), "{text}");
        }
        assert_eq!(
            json::read::<Timescale>(r#"{"kind": "weeks", "count": 2}"#),
            None
        );
        assert_eq!(json::read::<Timescale>(r#"{"kind": "hours"}"#), None);
    }

    #[test]
    fn a_procedure_missing_a_field_is_not_read() {
        let procedure = real_procedures().remove(0);
        let mut value = serde_json::to_value(&procedure).unwrap();
        value["route"]["stages"][0]
            .as_object_mut()
            .unwrap()
            .remove("title");
        assert_eq!(json::read::<Procedure>(&value.to_string()), None);
        // An optional field may be missing or null.
        let mut value = serde_json::to_value(&procedure).unwrap();
        value["route"]["stages"][0]["section"] = Value::Null;
        value["route"]["stages"][1]
            .as_object_mut()
            .unwrap()
            .remove("section");
        let read = json::read::<Procedure>(&value.to_string()).unwrap();
        assert_eq!(read.route.stages[0].section, None);
        assert_eq!(read.route.stages[1].section, None);
    }
}
