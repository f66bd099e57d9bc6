//! A handbook: its site, its procedures, and each procedure's route of stages.

use crate::{Calendar, Timescale};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The site as a whole (`site.yaml`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    pub title: String,
    pub description: Option<String>,
    /// The `lang` of every page (of this edition: the default language's,
    /// or a translation's).
    pub language: String,
    /// Every language the site is published in, the default first.
    pub languages: Vec<String>,
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
            languages: vec!["en-GB".into()],
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
    /// Where this is a local version: the regional procedure it extends,
    /// whose text, stages and timescales it carries with its own additions.
    #[serde(default)]
    pub region: Option<Region>,
}

impl Procedure {
    /// The day it last changed: its `updated` date or its latest amendment.
    pub fn changed(&self) -> NaiveDate {
        self.meta
            .amendments
            .iter()
            .map(|a| a.date)
            .fold(self.meta.updated, NaiveDate::max)
    }
}

impl Region {
    /// The day the regional procedure last changed.
    pub fn changed(&self) -> NaiveDate {
        self.amendments
            .iter()
            .map(|a| a.date)
            .fold(self.updated, NaiveDate::max)
    }
}

/// The regional procedure a local version extends, as the local version's
/// page, record and return name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub slug: String,
    pub title: String,
    pub partnership: String,
    #[serde(deserialize_with = "crate::iso_date::deserialize")]
    pub updated: NaiveDate,
    pub amendments: Vec<Amendment>,
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
    /// A local version's last check against its regional procedure.
    #[serde(default, deserialize_with = "crate::iso_date::optional")]
    pub reviewed: Option<NaiveDate>,
    /// The local authority areas the procedure is for ("Barnet").
    #[serde(default)]
    pub covers: Vec<String>,
    pub amendments: Vec<Amendment>,
    /// Not published yet: `serve` shows it marked, `build` leaves it out.
    #[serde(default)]
    pub draft: bool,
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
    /// The agencies whose roles the steps name; empty when the procedure
    /// names one role for everyone.
    pub agencies: Vec<Agency>,
    pub areas: Vec<String>,
    /// In a translation: each area as the default language writes it, the
    /// key a record and a return keep (so both read the same in every
    /// language). Empty in the default language: the areas are their keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub area_keys: Vec<String>,
    pub excludes: Vec<Exclusion>,
    pub stages: Vec<Stage>,
    /// What happens when the final stage does not resolve it, in the
    /// procedure's own words.
    pub end_of_route: Option<String>,
    /// The handbook holds only the procedure's first stages: its last stage
    /// here is not the procedure's final one, and `end_of_route` says where
    /// the rest is.
    #[serde(default)]
    pub partial: bool,
    pub contacts: Vec<Contact>,
    pub record: Vec<RecordQuestion>,
    /// Where anonymous monitoring returns go, if the partnership asks for them.
    pub returns: Option<ReturnsAddress>,
}

impl Route {
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The key of the area at `index`: what a record and a return keep.
    pub fn area_key(&self, index: usize) -> &str {
        self.area_keys
            .get(index)
            .or_else(|| self.areas.get(index))
            .map_or("", String::as_str)
    }

    /// Whether `key` names one of the areas.
    pub fn has_area(&self, key: &str) -> bool {
        (0..self.areas.len()).any(|i| self.area_key(i) == key)
    }

    /// The area a record or return keeps as `key`, in this route's words.
    pub fn area_words<'a>(&'a self, key: &'a str) -> &'a str {
        (0..self.areas.len())
            .find(|i| self.area_key(*i) == key)
            .and_then(|i| self.areas.get(i))
            .map_or(key, String::as_str)
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

    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
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
    /// A local version's own advice, said after the region's.
    #[serde(default)]
    pub local_advice: Option<String>,
    /// Who to call now, with real numbers from the partnership.
    pub contacts: Vec<Contact>,
}

impl Urgent {
    /// Whether the urgent box gives a number to call (`check` warns if not).
    pub fn has_phone(&self) -> bool {
        self.contacts
            .iter()
            .any(|c| c.phone.is_some() || c.out_of_hours.is_some())
    }
}

/// An agency that escalates up its own hierarchy: police, health, a school.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agency {
    /// Stable: used in `roles`, saved records and monitoring returns.
    pub id: String,
    pub name: String,
}

/// The role an agency's practitioner goes to at a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub agency: String,
    pub role: String,
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
    /// Added by a local version: not part of the regional procedure.
    #[serde(default)]
    pub local: bool,
    /// Items of `record` a local version added (the regional ones come first).
    #[serde(default)]
    pub local_record: u32,
}

/// One thing to do within a stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub action: String,
    /// Who to contact, as the procedure names the role: everyone's role, or
    /// the fallback for an agency `roles` does not name.
    pub contact: Option<String>,
    /// Each agency's own role at this step, in the order written.
    pub roles: Vec<Role>,
    /// `None`: the procedure sets no timescale.
    pub within: Option<Timescale>,
    /// When the step must happen sooner than `within`, in the procedure's words.
    pub sooner_if: Option<String>,
    /// Where the count starts; `None` is the start of the step's own stage.
    pub from: Option<CountFrom>,
    /// Added by a local version, or (for a regional step) given a shorter
    /// timescale or roles there.
    #[serde(default)]
    pub local: bool,
}

impl Step {
    pub fn new(action: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            contact: None,
            roles: Vec::new(),
            within: None,
            sooner_if: None,
            from: None,
            local: false,
        }
    }

    /// The timescale in one true sentence, whatever kind it is: "Within 1
    /// working day, counted from the previous step's deadline", "As soon as
    /// possible: the procedure sets no date", or that it sets none.
    /// `stage_number` gives a stage id's number in the route (1 is the first).
    pub fn timescale_words(&self, stage_number: impl Fn(&str) -> Option<usize>) -> String {
        let Some(within) = self.within else {
            return "No timescale set by the procedure".into();
        };
        let mut words = within.to_string();
        // ASCII: the words are English, and the aid must not carry Unicode's case tables.
        if let Some(first) = words.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        if within.is_urgent_without_date() {
            return format!("{words}: the procedure sets no date");
        }
        match &self.from {
            None => words,
            Some(CountFrom::PreviousStep) => {
                format!("{words}, counted from the previous step's deadline")
            }
            Some(CountFrom::StageStart { stage }) => match stage_number(stage) {
                Some(n) => format!("{words}, counted from the start of stage {n}"),
                None => words,
            },
        }
    }

    /// The role an agency's practitioner contacts: its own, or the plain `contact`.
    pub fn contact_for(&self, agency: Option<&str>) -> Option<&str> {
        agency
            .and_then(|a| self.roles.iter().find(|r| r.agency == a))
            .map(|r| r.role.as_str())
            .or(self.contact.as_deref())
    }
}

/// Where a step's timescale is counted from, when not its own stage's start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CountFrom {
    /// The start of another (earlier) stage.
    StageStart { stage: String },
    /// The previous step's deadline: "then within one working day of that".
    PreviousStep,
}

/// A real contact point, shown with the stages that name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A number for evenings, weekends and bank holidays.
    pub out_of_hours: Option<String>,
    pub url: Option<String>,
    /// What the contact is for, in a sentence.
    pub note: Option<String>,
    pub stages: Vec<String>,
    /// A local version's own contact.
    #[serde(default)]
    pub local: bool,
}

/// A question on the record (the monitoring return).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordQuestion {
    pub id: String,
    pub question: String,
    pub answer: AnswerKind,
    /// Counted in the anonymous monitoring return (yes-no and date answers only).
    pub in_return: bool,
    /// A local version's own question.
    #[serde(default)]
    pub local: bool,
}

/// Where a partnership asks for monitoring returns to be sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnsAddress {
    pub email: Option<String>,
    /// A web form's address.
    pub url: Option<String>,
    pub note: Option<String>,
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
