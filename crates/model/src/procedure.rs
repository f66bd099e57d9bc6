//! A handbook: its site, its procedures, and each procedure's route of stages.

use crate::{Calendar, Timescale};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The site as a whole (`site.yaml`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    pub title: String,
    pub description: Option<String>,
    /// The `lang` of every page.
    pub language: String,
    /// Where the site is served from, always starting and ending with `/`.
    pub base_path: String,
    /// The site's public address, for `sitemap.xml`; optional.
    pub url: Option<String>,
}

impl Site {
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            description: None,
            language: "en-GB".into(),
            base_path: "/".into(),
            url: None,
        }
    }
}

/// One escalation procedure: its text's front matter and its route.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Procedure {
    /// The folder name, and the procedure's URL: `/<slug>/`.
    pub slug: String,
    pub meta: ProcedureMeta,
    pub route: Route,
    /// Worked examples for training (`scenarios.yaml`), fictional.
    pub scenarios: Vec<Scenario>,
}

/// The front matter of `procedure.md`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureMeta {
    pub title: String,
    pub partnership: String,
    pub summary: String,
    /// The last amendment, shown on the page and on the printed record.
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub updated: NaiveDate,
    #[serde(default, deserialize_with = "crate::iso_date::optional")]
    pub review_due: Option<NaiveDate>,
    pub amendments: Vec<Amendment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub date: NaiveDate,
    pub note: String,
}

/// `stages.yaml`: the escalation route as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    /// The bank holidays used to count working days.
    pub calendar: Calendar,
    pub urgent: Option<Urgent>,
    pub areas: Vec<String>,
    pub excludes: Vec<Exclusion>,
    pub stages: Vec<Stage>,
    pub contacts: Vec<Contact>,
    pub record: Vec<RecordQuestion>,
}

impl Route {
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The contacts that name this stage.
    pub fn contacts_for<'a>(&'a self, stage: &'a str) -> impl Iterator<Item = &'a Contact> + 'a {
        self.contacts
            .iter()
            .filter(move |c| c.stages.iter().any(|s| s == stage))
    }

    /// Whether any step of the route counts in hours (so the aid asks for times).
    pub fn uses_hours(&self) -> bool {
        self.stages
            .iter()
            .flat_map(|s| &s.steps)
            .any(|st| st.within.is_some_and(|t| t.needs_time()))
    }
}

/// The safety question asked before anything else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urgent {
    pub question: String,
    pub advice: String,
}

/// A matter the procedure does not cover, and where to go instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exclusion {
    pub matter: String,
    pub go_to: Option<String>,
}

/// One stage of escalation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    /// Stable id: used in URLs (`#stage-1`) and in saved records.
    pub id: String,
    pub title: String,
    /// The heading id in `procedure.md` that explains this stage.
    pub section: Option<String>,
    pub steps: Vec<Step>,
    /// What must be written down at this stage, and where.
    pub record: Vec<String>,
}

/// One thing to do within a stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub action: String,
    /// Who to contact, as the procedure names the role.
    pub contact: Option<String>,
    /// `None`: the procedure sets no timescale.
    pub within: Option<Timescale>,
    /// The count starts when this stage began; `None` is the step's own stage.
    pub from: Option<String>,
}

impl Step {
    pub fn new(action: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            contact: None,
            within: None,
            from: None,
        }
    }
}

/// A real contact point, shown with the stages that name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    /// What the contact is for, in a sentence.
    pub note: Option<String>,
    pub stages: Vec<String>,
}

/// A question on the record (the monitoring return).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordQuestion {
    pub id: String,
    pub question: String,
    pub answer: AnswerKind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    #[default]
    Text,
    YesNo,
    Date,
}

/// A fictional worked example for training: a link opens the aid pre-filled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub area: Option<String>,
    pub description: String,
    /// The stages reached so far, oldest first.
    pub stages: Vec<ScenarioStage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioStage {
    pub stage: String,
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub started: NaiveDate,
    pub contacted: Option<String>,
    /// `Some` when the stage ended: what was agreed, or why it was escalated.
    pub outcome: Option<String>,
    pub resolved: bool,
}
