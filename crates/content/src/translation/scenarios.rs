//! `scenarios.<code>.yaml`: the training scenarios' words in another
//! language. As with the route, the data (ids, stages, dates, whether a
//! stage was resolved, the area, which a record keeps in the default
//! language) is the default language's `scenarios.yaml`; a translation gives
//! the title, description, whom was contacted and the outcome.

use crate::Problem;
use crate::files::{parse_yaml, read_text};
use crate::route::File;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;
use stagehand_model::Scenario;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenariosWords {
    scenarios: Vec<RawScenarioWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenarioWords {
    id: Spanned<String>,
    title: Option<String>,
    area: Option<Spanned<String>>,
    description: Option<String>,
    #[serde(default)]
    stages: Vec<RawScenarioStageWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenarioStageWords {
    stage: Spanned<String>,
    started: Option<Spanned<NaiveDate>>,
    contacted: Option<String>,
    outcome: Option<String>,
    resolved: Option<Spanned<bool>>,
}

const FIX: &str = "Give the scenarios of scenarios.yaml, by their ids, each stage in the same order with the same data: a translation gives the words only.";

/// The scenarios of `original` with the words of `scenarios.<language>.yaml`
/// laid over them; what is not translated stays in the default language,
/// with a warning.
pub(super) fn translate(
    folder: &Path,
    original: &[Scenario],
    language: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Scenario> {
    let path = folder.join(format!("scenarios.{language}.yaml"));
    let mut scenarios = original.to_vec();
    if !path.is_file() {
        if !original.is_empty() {
            problems.push(untranslated(
                &folder.join("scenarios.yaml"),
                "the training scenarios have no translation: they are shown in the default language",
                language,
            ));
        }
        return scenarios;
    }
    let Some(source) = read_text(&path, "the translated training scenarios", problems) else {
        return scenarios;
    };
    let Some(raw) = parse_yaml::<RawScenariosWords>(&path, &source, &source, 0, problems) else {
        return scenarios;
    };
    let file = File {
        path: &path,
        source: source.clone(),
        line_offset: 0,
    };
    let mut given = Vec::new();
    for words in raw.scenarios {
        let Some(scenario) = scenarios.iter_mut().find(|s| s.id == words.id.value) else {
            let ids: Vec<&str> = original.iter().map(|s| s.id.as_str()).collect();
            let help = match crate::near::nearest(&words.id.value, &ids) {
                Some(id) => format!("Did you mean `{id}`? {FIX}"),
                None => FIX.to_string(),
            };
            problems.push(file.at(
                &words.id,
                format!(
                    "the translation changes the scenarios: `{}` is not a scenario of scenarios.yaml",
                    words.id.value
                ),
                help,
            ));
            continue;
        };
        given.push(scenario.id.clone());
        lay(scenario, words, &file, problems);
    }
    let left: Vec<&str> = original
        .iter()
        .filter(|s| !given.contains(&s.id))
        .map(|s| s.id.as_str())
        .collect();
    if !left.is_empty() {
        problems.push(untranslated(
            &path,
            &format!(
                "scenarios left in the default language: {}",
                left.join(", ")
            ),
            language,
        ));
    }
    scenarios
}

fn untranslated(path: &Path, message: &str, language: &str) -> Problem {
    Problem::error(
        path,
        message,
        format!("Copy them from scenarios.yaml into scenarios.{language}.yaml and translate the title, description, contacted and outcome of each."),
    )
    .warning()
}

/// One scenario's words, where the data it repeats is the original's.
fn lay(scenario: &mut Scenario, words: RawScenarioWords, file: &File, problems: &mut Vec<Problem>) {
    let mut refuse = |problem: Problem| problems.push(problem);
    if let Some(area) = &words.area
        && scenario.area.as_deref() != Some(area.value.as_str())
    {
        refuse(changes(
            file,
            area,
            format!(
                "`area: {}` is not the area in scenarios.yaml (the area is kept in the default language, as a record keeps it)",
                area.value
            ),
        ));
    }
    if words.stages.len() != scenario.stages.len() {
        refuse(changes(
            file,
            &words.id,
            format!(
                "`{}` has {} stage(s) here and {} in scenarios.yaml",
                scenario.id,
                words.stages.len(),
                scenario.stages.len()
            ),
        ));
        return;
    }
    for (stage, w) in scenario.stages.iter_mut().zip(words.stages) {
        if w.stage.value != stage.stage {
            refuse(changes(
                file,
                &w.stage,
                format!(
                    "`stage: {}` here is `{}` in scenarios.yaml",
                    w.stage.value, stage.stage
                ),
            ));
        }
        if let Some(started) = w.started.as_ref().filter(|s| s.value != stage.started) {
            refuse(changes(
                file,
                started,
                format!(
                    "`started: {}` here is {} in scenarios.yaml",
                    started.value, stage.started
                ),
            ));
        }
        if let Some(resolved) = w.resolved.as_ref().filter(|r| r.value != stage.resolved) {
            refuse(changes(
                file,
                resolved,
                format!(
                    "`resolved: {}` here is {} in scenarios.yaml",
                    resolved.value, stage.resolved
                ),
            ));
        }
        stage.contacted = w.contacted.or(stage.contacted.take());
        stage.outcome = w.outcome.or(stage.outcome.take());
    }
    if let Some(title) = words.title {
        scenario.title = title;
    }
    if let Some(description) = words.description {
        scenario.description = description;
    }
}

fn changes<T>(file: &File, at: &Spanned<T>, what: String) -> Problem {
    file.at(
        at,
        format!("the translation changes the scenarios: {what}"),
        FIX,
    )
}
