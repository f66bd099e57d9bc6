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
    pub language: Option<Spanned<String>>,
    /// Every language, the default first: `[en-GB, cy]`.
    pub languages: Option<Spanned<Vec<Spanned<String>>>>,
    pub base_path: Option<String>,
    pub url: Option<String>,
}

/// `site.<code>.yaml`: the site's words in another of its languages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSiteWords {
    pub title: String,
    pub description: Option<String>,
}

/// The front matter of `procedure.md`.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMeta {
    pub title: String,
    pub partnership: String,
    pub summary: String,
    pub updated: Spanned<NaiveDate>,
    pub review_due: Option<Spanned<NaiveDate>>,
    /// A local version: the day it was last checked against its region.
    pub reviewed: Option<Spanned<NaiveDate>>,
    /// The local authority areas the procedure is for.
    #[serde(default)]
    pub covers: Vec<String>,
    #[serde(default)]
    pub amendments: Vec<RawAmendment>,
    /// Not published yet: `serve` shows it, `build` leaves it out.
    #[serde(default)]
    pub draft: bool,
}

#[derive(Clone, Deserialize)]
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
    pub end_of_route: Option<Spanned<String>>,
    pub partial: Option<Spanned<bool>>,
    #[serde(default)]
    pub contacts: Vec<RawContact>,
    #[serde(default)]
    pub record: Vec<RawQuestion>,
    pub returns: Option<Spanned<RawReturns>>,
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

/// Only whether `stages.yaml` extends another procedure: read first, to
/// know which of the two shapes to read it as.
#[derive(Deserialize)]
pub(crate) struct RawExtends {
    pub extends: Option<Spanned<String>>,
}

/// A local version's `stages.yaml`: the regional procedure it extends, and
/// only what is local.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLocalRoute {
    pub extends: Spanned<String>,
    pub urgent: Option<RawLocalUrgent>,
    #[serde(default)]
    pub stages: Vec<RawLocalStage>,
    pub end_of_route: Option<Spanned<String>>,
    pub partial: Option<Spanned<bool>>,
    #[serde(default)]
    pub contacts: Vec<RawContact>,
    #[serde(default)]
    pub record: Vec<RawQuestion>,
    pub returns: Option<Spanned<RawReturns>>,
}

/// Local additions to the region's urgent box.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLocalUrgent {
    /// Said after the region's advice.
    pub advice: Option<String>,
    #[serde(default)]
    pub contacts: Vec<RawContact>,
}

/// A regional stage (by its id) with what is local to it, or a local stage
/// of its own (a new id, with a title and the stage it comes after).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLocalStage {
    pub id: Spanned<String>,
    pub title: Option<Spanned<String>>,
    pub after: Option<Spanned<String>>,
    pub section: Option<Spanned<String>>,
    #[serde(default)]
    pub steps: Vec<RawLocalStep>,
    #[serde(default)]
    pub record: Vec<String>,
    pub remove: Option<Spanned<bool>>,
}

/// A regional step (`step: 2`) with a shorter timescale or roles of its
/// own, or a local step (an `action`, placed `after` a regional step).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLocalStep {
    pub step: Option<Spanned<u32>>,
    pub action: Option<Spanned<String>>,
    pub contact: Option<Spanned<String>>,
    pub roles: Option<Spanned<RawRoles>>,
    pub within: Option<Spanned<String>>,
    pub sooner_if: Option<String>,
    pub from: Option<Spanned<String>>,
    pub after: Option<Spanned<u32>>,
    pub remove: Option<Spanned<bool>>,
}

/// `roles:` as written: agency id to role, in order, each id with its place.
#[derive(Clone)]
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

#[derive(Clone, Deserialize)]
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

#[derive(Clone, Deserialize)]
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
