//! The procedure as the generator writes it into the page (serde's JSON of
//! the model's types): field names as in Rust, enums in kebab-case.

use super::{FromJson, JsonValue, ToJson, Value, json_names, json_object};
use stagehand_model::{
    Amendment, AnswerKind, Calendar, Contact, Exclusion, Holiday, Procedure, ProcedureMeta,
    RecordQuestion, Route, Scenario, ScenarioStage, Stage, Step, Timescale, Urgent,
};

json_object!(Procedure {
    slug,
    meta,
    route,
    scenarios
});
json_object!(ProcedureMeta {
    title,
    partnership,
    summary,
    updated,
    review_due,
    amendments
});
json_object!(Amendment { date, note });
json_object!(Route {
    calendar,
    urgent,
    areas,
    excludes,
    stages,
    contacts,
    record
});
json_object!(Calendar { division, holidays });
json_object!(Holiday { date, title });
json_object!(Urgent { question, advice });
json_object!(Exclusion { matter, go_to });
json_object!(Stage {
    id,
    title,
    section,
    steps,
    record
});
json_object!(Step {
    action,
    contact,
    within,
    from
});
json_object!(Contact {
    name,
    email,
    phone,
    url,
    note,
    stages
});
json_object!(RecordQuestion {
    id,
    question,
    answer
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

/// serde's adjacently tagged form: `{"kind": "working-days", "count": 3}`.
impl FromJson for Timescale {
    fn from_json(value: &Value) -> Option<Self> {
        let count = || value.field("count")?.whole_number();
        Some(match value.field("kind")?.text()?.as_str() {
            "working-days" => Self::WorkingDays(count()?),
            "hours" => Self::Hours(count()?),
            "days" => Self::Days(count()?),
            "immediately" => Self::Immediately,
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
            // A new kind of timescale needs its name here and above.
            _ => ("unknown", None),
        };
        let mut fields = vec![("kind", Value::from_text(kind))];
        fields.extend(count.map(|n| ("count", Value::from_number(n))));
        Value::object(fields)
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
        assert_eq!(procedures.len(), 2);
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
    fn every_kind_of_timescale_reads_as_serde_writes_it() {
        for t in [
            Timescale::WorkingDays(3),
            Timescale::Hours(24),
            Timescale::Days(7),
            Timescale::Immediately,
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
