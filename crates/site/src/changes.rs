//! What a build changes in the published site, for the editor about to
//! upload it: the pages whose bytes differ from the site there before, the
//! pages gone, and for each procedure what changed in its route (stages,
//! steps, timescales, contacts), read from the route the page before
//! carried for its decision aid.

use crate::memory::Digest;
use crate::site_file::SiteFile;
use rayon::prelude::*;
use stagehand_model::{Contact, Procedure, Route, Stage, Step};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The differences between the site in `out` and the files of a build.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Pages new or changed, by address (`/durham/`).
    pub pages: Vec<String>,
    /// Pages the site had and no longer has.
    pub removed: Vec<String>,
    /// What changed in routes: one line each.
    pub routes: Vec<String>,
    /// There was no site before to compare with.
    pub first: bool,
}

fn address(path: &Path) -> String {
    let path = path.to_string_lossy().replace('\\', "/");
    format!("/{}", path.strip_suffix("index.html").unwrap_or(&path))
}

fn is_page(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "html")
}

/// The route a procedure's page carried for its aid, as the model reads it.
fn route_in(page: &str) -> Option<Procedure> {
    let start = page.find("id=\"stagehand-procedure\">")? + "id=\"stagehand-procedure\">".len();
    let end = start + page[start..].find("</script>")?;
    serde_json::from_str(&page[start..end]).ok()
}

impl Changes {
    /// Nothing to say: no page changed or went (a first build is a change).
    pub fn is_empty(&self) -> bool {
        !self.first && self.pages.is_empty() && self.removed.is_empty()
    }

    /// Compare `files` (a build's) with the site in `out` (`before`: each of
    /// its files' digests), and the routes of `procedures` (those rendered
    /// again) with those their pages carried.
    pub(crate) fn between(
        out: &Path,
        files: &[SiteFile],
        procedures: &[&Procedure],
        before: &BTreeMap<PathBuf, Digest>,
    ) -> Self {
        if !out.join(crate::MARK).is_file() {
            return Self {
                first: true,
                ..Self::default()
            };
        }
        let mut pages: Vec<String> = files
            .par_iter()
            .filter(|f| is_page(&f.path))
            .filter(|f| before.get(&f.path) != Some(&f.digest))
            .map(|f| address(&f.path))
            .collect();
        pages.sort();
        let now: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
        let mut removed: Vec<String> = std::fs::read_to_string(out.join(crate::MARK))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(Path::new)
            .filter(|p| is_page(p) && !now.contains(p))
            .map(address)
            .collect();
        removed.sort();
        let routes = procedures
            .par_iter()
            .flat_map(|p| {
                let before = std::fs::read_to_string(out.join(&p.slug).join("index.html"))
                    .ok()
                    .and_then(|page| route_in(&page));
                match before {
                    Some(before) => route_changes(&p.slug, &before.route, &p.route),
                    None => Vec::new(),
                }
            })
            .collect();
        Self {
            pages,
            removed,
            routes,
            first: false,
        }
    }

    /// What `build` prints and writes beside the site.
    pub fn text(&self) -> String {
        if self.first {
            return "Every page is new: there was no site here before.\n".into();
        }
        if self.pages.is_empty() && self.removed.is_empty() {
            return "No page changed since the site before.\n".into();
        }
        let mut out = String::new();
        let n = self.pages.len();
        out.push_str(&format!(
            "{n} page{} changed since the site before:\n",
            if n == 1 { "" } else { "s" }
        ));
        for page in &self.pages {
            out.push_str(&format!("  {page}\n"));
        }
        if !self.removed.is_empty() {
            out.push_str("Pages no longer in the site:\n");
            for page in &self.removed {
                out.push_str(&format!("  {page}\n"));
            }
        }
        if !self.routes.is_empty() {
            out.push_str("What changed in the routes:\n");
            for line in &self.routes {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}

fn stage_name(i: usize, stage: &Stage) -> String {
    format!("stage {} ({})", i + 1, stage.title)
}

fn timescale(step: &Step) -> String {
    step.within
        .map(|w| w.to_string())
        .unwrap_or_else(|| "no timescale".into())
}

fn contact(c: &Contact) -> String {
    let mut parts = vec![c.name.clone()];
    parts.extend(c.phone.iter().cloned());
    parts.extend(c.email.iter().cloned());
    parts.extend(c.url.iter().cloned());
    parts.join(", ")
}

/// What changed in a route, a line each, named by the procedure's slug.
fn route_changes(slug: &str, before: &Route, now: &Route) -> Vec<String> {
    let mut out = Vec::new();
    let was: Vec<&str> = before.stages.iter().map(|s| s.id.as_str()).collect();
    let is: Vec<&str> = now.stages.iter().map(|s| s.id.as_str()).collect();
    for (i, stage) in now.stages.iter().enumerate() {
        let Some(old) = before.stages.iter().find(|s| s.id == stage.id) else {
            out.push(format!("{slug}: {} added", stage_name(i, stage)));
            continue;
        };
        let name = stage_name(i, stage);
        if old.title != stage.title {
            out.push(format!("{slug}: {name}: title was “{}”", old.title));
        }
        for (n, step) in stage.steps.iter().enumerate() {
            let Some(was) = old.steps.get(n) else {
                out.push(format!("{slug}: {name}: step {} added", n + 1));
                continue;
            };
            let at = format!("{slug}: {name}, step {}", n + 1);
            if was.within != step.within || was.from != step.from {
                out.push(format!(
                    "{at}: timescale {} (was {})",
                    timescale(step),
                    timescale(was)
                ));
            }
            if was.contact != step.contact || was.roles != step.roles {
                out.push(format!(
                    "{at}: contact {} (was {})",
                    step.contact.as_deref().unwrap_or("none"),
                    was.contact.as_deref().unwrap_or("none")
                ));
            }
            if was.action != step.action {
                out.push(format!("{at}: its words changed"));
            }
        }
        if old.steps.len() > stage.steps.len() {
            out.push(format!(
                "{slug}: {name}: {} step(s) removed",
                old.steps.len() - stage.steps.len()
            ));
        }
    }
    for old in before
        .stages
        .iter()
        .filter(|s| !is.contains(&s.id.as_str()))
    {
        out.push(format!("{slug}: stage “{}” removed", old.title));
    }
    let order_was: Vec<&str> = was.iter().filter(|id| is.contains(id)).copied().collect();
    let order_is: Vec<&str> = is.iter().filter(|id| was.contains(id)).copied().collect();
    if order_was != order_is {
        out.push(format!("{slug}: the stages are in a new order"));
    }
    let shown = |cs: &[Contact]| -> BTreeSet<String> { cs.iter().map(contact).collect() };
    // The urgent box's numbers are what a practitioner calls first.
    let urgent = |r: &Route| {
        r.urgent
            .as_ref()
            .map(|u| shown(&u.contacts))
            .unwrap_or_default()
    };
    let (old, new) = (urgent(before), urgent(now));
    for c in new.difference(&old) {
        out.push(format!("{slug}: urgent box: {c} (new or changed)"));
    }
    for c in old.difference(&new) {
        out.push(format!("{slug}: urgent box: {c} no longer given"));
    }
    let (old, new) = (shown(&before.contacts), shown(&now.contacts));
    for c in new.difference(&old) {
        out.push(format!("{slug}: contact {c} (new or changed)"));
    }
    for c in old.difference(&new) {
        out.push(format!("{slug}: contact {c} no longer given"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use stagehand_model::Timescale;

    fn durham() -> Route {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let loaded = stagehand_content::load(&content, "2026-12-07".parse().unwrap());
        let (handbook, _) = loaded.into_handbook().expect("the real content loads");
        let durham = handbook
            .procedures
            .iter()
            .find(|c| c.procedure.slug == "durham")
            .expect("durham");
        durham.procedure.route.clone()
    }

    #[test]
    fn a_changed_timescale_contact_and_stage_are_each_said() {
        let before = durham();
        let mut now = before.clone();
        let step = &mut now.stages[1].steps[0];
        step.within = Some(Timescale::WorkingDays(5));
        step.contact = Some("Your service manager".into());
        now.stages.pop();
        if let Some(phone) = now
            .urgent
            .as_mut()
            .and_then(|u| u.contacts.first_mut())
            .and_then(|c| c.phone.as_mut())
        {
            *phone = "03000 111 222".into();
        }
        let said = route_changes("durham", &before, &now);
        assert!(
            said.iter()
                .any(|l| l.starts_with("durham: urgent box: First Contact")
                    && l.contains("03000 111 222")),
            "{said:?}"
        );
        now.urgent = before.urgent.clone();
        assert_eq!(
            route_changes("durham", &before, &now),
            [
                "durham: stage 2 (Service or operations managers), step 1: timescale within 5 working days (was within 3 working days)",
                "durham: stage 2 (Service or operations managers), step 1: contact Your service manager (was Agency service manager, operations manager or equivalent)",
                "durham: stage “DSCP agency representative and Chair” removed",
            ]
        );
        assert!(route_changes("durham", &before, &before).is_empty());
    }
}
