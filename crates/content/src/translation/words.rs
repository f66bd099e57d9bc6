//! `stages.<code>.yaml` as read: the same names as `stages.yaml`, every
//! piece of data optional (kept only to be compared with the original's).

use crate::raw::{RawExclusion, RawRoles};
use serde::Deserialize;
use serde_saphyr::Spanned;

/// `stages.<code>.yaml`: the words of `stages.yaml`, by the same names.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWords {
    pub(super) calendar: Option<Spanned<String>>,
    pub(super) urgent: Option<RawUrgentWords>,
    #[serde(default)]
    pub(super) agencies: Vec<RawAgencyWords>,
    #[serde(default)]
    pub(super) areas: Vec<String>,
    #[serde(default)]
    pub(super) excludes: Vec<RawExclusion>,
    pub(super) stages: Spanned<Vec<RawStageWords>>,
    pub(super) end_of_route: Option<String>,
    pub(super) partial: Option<Spanned<bool>>,
    #[serde(default)]
    pub(super) contacts: Vec<RawContactWords>,
    #[serde(default)]
    pub(super) record: Vec<RawQuestionWords>,
    pub(super) returns: Option<RawReturnsWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawUrgentWords {
    pub(super) question: Option<String>,
    pub(super) advice: Option<String>,
    #[serde(default)]
    pub(super) contacts: Vec<RawContactWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAgencyWords {
    pub(super) id: Spanned<String>,
    pub(super) name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStageWords {
    pub(super) id: Spanned<String>,
    pub(super) title: Option<String>,
    /// A heading of the translated text (its addresses are its own words).
    pub(super) section: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) steps: Vec<RawStepWords>,
    #[serde(default)]
    pub(super) record: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStepWords {
    pub(super) action: Option<String>,
    pub(super) contact: Option<String>,
    pub(super) roles: Option<Spanned<RawRoles>>,
    pub(super) within: Option<Spanned<String>>,
    pub(super) sooner_if: Option<String>,
    pub(super) from: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawContactWords {
    pub(super) name: Option<String>,
    pub(super) note: Option<String>,
    pub(super) email: Option<Spanned<String>>,
    pub(super) phone: Option<Spanned<String>>,
    pub(super) out_of_hours: Option<Spanned<String>>,
    pub(super) url: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) stages: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestionWords {
    pub(super) id: Spanned<String>,
    pub(super) question: Option<String>,
    pub(super) answer: Option<Spanned<String>>,
    pub(super) in_return: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReturnsWords {
    pub(super) note: Option<String>,
    pub(super) email: Option<Spanned<String>>,
    pub(super) url: Option<Spanned<String>>,
}
