//! The agencies a route names roles for.

use super::File;
use crate::Problem;
use crate::files::is_slug;
use crate::raw::RawAgency;
use serde_saphyr::Spanned;
use std::collections::HashSet;

/// The route's agency ids, in order.
pub(super) struct AgencyIds(Vec<String>);

impl AgencyIds {
    /// The ids of a route already checked.
    pub fn of(ids: Vec<String>) -> Self {
        Self(ids)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A problem unless `named` is one of the route's agencies (when it lists any).
    pub fn require(&self, named: &Spanned<String>, file: &File, problems: &mut Vec<Problem>) {
        if !self.0.is_empty() && !self.0.contains(&named.value) {
            problems.push(file.at(
                named,
                format!("`{}` is not an agency of this route", named.value),
                format!(
                    "Use one of the agency ids listed under `agencies:`: {}. Or add `{}` to that list.",
                    self.0.join(", "),
                    named.value
                ),
            ));
        }
    }
}

/// Each agency id must be a slug, and used once.
pub(super) fn check(agencies: &[RawAgency], file: &File, problems: &mut Vec<Problem>) -> AgencyIds {
    let mut seen = HashSet::new();
    for agency in agencies {
        if !is_slug(&agency.id.value) || !seen.insert(agency.id.value.as_str()) {
            problems.push(file.at(
                &agency.id,
                format!("the agency id `{}` is not a unique id of lower-case letters, digits and `-`", agency.id.value),
                "Give each agency its own short id, such as `police`, `health` or `education`: roles, saved records and monitoring returns use it.",
            ));
        }
    }
    AgencyIds(agencies.iter().map(|a| a.id.value.clone()).collect())
}
