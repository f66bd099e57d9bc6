//! The files' own shapes, as an editor writes them, with positions kept
//! where a later check needs to point at a value.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;
use stagehand_model::AnswerKind;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSite {
    pub title: String,
    pub description: Option<String>,
    pub language: Option<String>,
    pub base_path: Option<String>,
    pub url: Option<String>,
}

/// The front matter of `procedure.md`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMeta {
    pub title: String,
    pub partnership: String,
    pub summary: String,
    pub updated: NaiveDate,
    pub review_due: Option<Spanned<NaiveDate>>,
    #[serde(default)]
    pub amendments: Vec<RawAmendment>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAmendment {
    pub date: NaiveDate,
    pub note: String,
}

/// The front matter of a further page.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPageMeta {
    pub title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRoute {
    pub calendar: Spanned<String>,
    pub urgent: Option<RawUrgent>,
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub excludes: Vec<RawExclusion>,
    pub stages: Spanned<Vec<RawStage>>,
    #[serde(default)]
    pub contacts: Vec<RawContact>,
    #[serde(default)]
    pub record: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUrgent {
    pub question: String,
    pub advice: String,
}

/// An exclusion is either a sentence, or a matter with where to go instead.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum RawExclusion {
    Matter(String),
    WithAdvice {
        matter: String,
        go_to: Option<String>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStage {
    pub id: Spanned<String>,
    pub title: String,
    pub section: Option<Spanned<String>>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub record: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStep {
    pub action: String,
    pub contact: Option<String>,
    pub within: Option<Spanned<String>>,
    pub from: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub stages: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestion {
    pub id: Spanned<String>,
    pub question: String,
    #[serde(default)]
    pub answer: AnswerKind,
}

/// `scenarios.yaml`: fictional worked examples for training.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawScenarios {
    pub scenarios: Vec<RawScenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawScenario {
    pub id: Spanned<String>,
    pub title: String,
    pub area: Option<String>,
    pub description: String,
    #[serde(default)]
    pub stages: Vec<RawScenarioStage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawScenarioStage {
    pub stage: Spanned<String>,
    pub started: NaiveDate,
    pub contacted: Option<String>,
    pub outcome: Option<String>,
    #[serde(default)]
    pub resolved: bool,
}
