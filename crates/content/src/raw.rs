//! The files' own shapes, as an editor writes them, with positions kept
//! where a later check needs to point at a value.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;

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
    pub urgent: Option<Spanned<RawUrgent>>,
    #[serde(default)]
    pub agencies: Vec<RawAgency>,
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub excludes: Vec<RawExclusion>,
    pub stages: Spanned<Vec<RawStage>>,
    pub end_of_route: Option<String>,
    pub partial: Option<Spanned<bool>>,
    #[serde(default)]
    pub contacts: Vec<RawContact>,
    #[serde(default)]
    pub record: Vec<RawQuestion>,
    pub returns: Option<RawReturns>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUrgent {
    pub question: String,
    pub advice: String,
    #[serde(default)]
    pub contacts: Vec<RawContact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAgency {
    pub id: Spanned<String>,
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReturns {
    pub email: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// `roles:` as written: agency id to role, in order, each id with its place.
pub(crate) struct RawRoles(pub Vec<(Spanned<String>, String)>);

impl<'de> Deserialize<'de> for RawRoles {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> serde::de::Visitor<'de> for Pairs {
            type Value = RawRoles;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("each agency's id and its role, like `police: Detective Sergeant`")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawRoles, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<Spanned<String>, String>()? {
                    pairs.push(pair);
                }
                Ok(RawRoles(pairs))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
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
    pub roles: Option<Spanned<RawRoles>>,
    pub within: Option<Spanned<String>>,
    pub sooner_if: Option<String>,
    pub from: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    pub name: String,
    pub email: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    pub out_of_hours: Option<Spanned<String>>,
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
    /// `text`, `yes-no` or `date`: read as words, so that a mistake in it
    /// is reported at its place without hiding the rest of the file.
    pub answer: Option<Spanned<String>>,
    pub in_return: Option<Spanned<bool>>,
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
