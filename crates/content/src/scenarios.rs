//! `scenarios.yaml`: fictional worked examples for training, each naming
//! stages of the route.

use crate::Problem;
use crate::files::{is_slug, parse_yaml, read_text};
use crate::raw::RawScenarios;
use crate::route::File;
use stagehand_model::{Route, Scenario, ScenarioStage};
use std::collections::HashSet;
use std::path::Path;

pub(crate) fn read(
    path: &Path,
    route: Option<&Route>,
    problems: &mut Vec<Problem>,
) -> Vec<Scenario> {
    if !path.exists() {
        return Vec::new();
    }
    let Some(source) = read_text(path, "the training scenarios `scenarios.yaml`", problems) else {
        return Vec::new();
    };
    let Some(raw) = parse_yaml::<RawScenarios>(path, &source, &source, 0, problems) else {
        return Vec::new();
    };
    let file = File {
        path,
        source: source.clone(),
        line_offset: 0,
    };
    let mut ids = HashSet::new();
    let mut scenarios = Vec::new();
    for s in raw.scenarios {
        if !is_slug(&s.id.value) || !ids.insert(s.id.value.clone()) {
            problems.push(file.at(&s.id, format!("the scenario id `{}` is not a unique slug", s.id.value), "Give each scenario its own id of lower-case letters, digits and `-`: training links use it."));
        }
        let mut stages = Vec::new();
        for st in s.stages {
            if let Some(route) = route
                && route.stage(&st.stage.value).is_none()
            {
                let list: Vec<&str> = route.stages.iter().map(|s| s.id.as_str()).collect();
                problems.push(file.at(
                    &st.stage,
                    format!("`stage: {}` is not a stage of this route", st.stage.value),
                    format!(
                        "Use one of the stage ids in stages.yaml: {}.",
                        list.join(", ")
                    ),
                ));
            }
            stages.push(ScenarioStage {
                stage: st.stage.value,
                started: st.started,
                contacted: st.contacted,
                outcome: st.outcome,
                resolved: st.resolved,
            });
        }
        scenarios.push(Scenario {
            id: s.id.value,
            title: s.title,
            area: s.area,
            description: s.description,
            stages,
        });
    }
    scenarios
}
