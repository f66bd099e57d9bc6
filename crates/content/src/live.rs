//! A content folder kept loaded between changes, for `stagehand serve`: after
//! an edit, only the procedure folders it touched are read and checked again.

use crate::local::LocalParts;
use crate::{
    Asset, Handbook, Loaded, Problem, ProcedureContent, Severity, assets, files, procedure,
};
use chrono::NaiveDate;
use rayon::prelude::*;
use stagehand_model::{Calendars, Site};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A content folder, read and checked, that can be brought up to date after
/// a change by reading only what changed.
#[derive(Debug)]
pub struct LiveContent {
    root: PathBuf,
    /// `root` as the file system names it, to recognise changed paths.
    canonical: PathBuf,
    today: NaiveDate,
    site: Option<Site>,
    /// The site in each of its other languages.
    editions: Vec<Site>,
    calendars: Option<Calendars>,
    /// The files of `static/`.
    assets: Vec<Asset>,
    /// The problems of `site.yaml`, the calendars, `static/` and the list of folders.
    shared: Vec<Problem>,
    procedures: Vec<Entry>,
    /// Links to other sites, where they are written (`check --external`).
    external: Vec<crate::ExternalLink>,
}

struct Entry {
    folder: PathBuf,
    slug: String,
    /// The procedure as it applies: a whole one as read, or a local version
    /// laid over its region (made again by `resolve` after every change).
    content: Option<ProcedureContent>,
    /// A local version's own parts, kept to be laid over its region again.
    local: Option<Box<LocalParts>>,
    /// The procedure in the site's other languages, where it is translated.
    translations: Vec<Translated>,
    /// The problems of its own files.
    problems: Vec<Problem>,
    /// The problems of laying a local version over its region.
    merged: Vec<Problem>,
}

struct Translated {
    language: String,
    content: ProcedureContent,
}

/// The site's languages as a folder is read: the default, and the others.
struct Languages {
    default: Option<String>,
    others: Vec<String>,
}

impl Languages {
    fn of(site: Option<&Site>, editions: &[Site]) -> Self {
        Self {
            default: site.map(|s| s.language.clone()),
            others: editions.iter().map(|e| e.language.clone()).collect(),
        }
    }
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry").field("slug", &self.slug).finish()
    }
}

/// What a change to the content touched.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Changed {
    /// These procedures (by slug), and nothing shared.
    Procedures(BTreeSet<String>),
    /// The site, the calendars or the list of procedures: everything was read again.
    Everything,
}

impl LiveContent {
    /// Read and check the whole content folder.
    pub fn load(root: &Path, today: NaiveDate) -> Self {
        let mut shared = Vec::new();
        let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        if !root.is_dir() {
            shared.push(Problem::error(
                root,
                format!("there is no content folder at `{}`", root.display()),
                "Run stagehand from the folder that holds `content/`, or name it with `--content <folder>`.",
            ));
            return Self {
                root: root.to_path_buf(),
                canonical,
                today,
                site: None,
                editions: Vec::new(),
                calendars: None,
                assets: Vec::new(),
                shared,
                procedures: Vec::new(),
                external: Vec::new(),
            };
        }
        // A handbook inside the handbook (`new` run in the wrong folder, or
        // a copy): never read, so say so rather than skip it without a word.
        for nested in ["content", "procedures/content"] {
            let folder = root.join(nested);
            if folder.is_dir() {
                shared.push(
                    Problem::error(
                        &folder,
                        format!("`{nested}/` inside the handbook is not read: procedures go in `procedures/<slug>/`, and a handbook has one `content` folder"),
                        "Move each procedure folder it holds into this handbook's `procedures/`, then delete it.",
                    )
                    .warning(),
                );
            }
        }
        let site = files::read_site(&root.join("site.yaml"), &mut shared);
        let editions: Vec<Site> = site
            .iter()
            .flat_map(|s| s.languages.iter().skip(1).map(move |l| (s, l)))
            .map(|(s, l)| files::site_in(s, l, root, &mut shared))
            .collect();
        let languages = Languages::of(site.as_ref(), &editions);
        let calendars = files::read_calendars(&root.join("calendars"), &mut shared);
        let folders = files::procedure_folders(&root.join("procedures"), &mut shared);
        if folders.is_empty() && !shared.iter().any(|p| p.severity == Severity::Error) {
            shared.push(Problem::error(
                &root.join("procedures"),
                "the handbook has no procedures",
                "Add a folder `procedures/<slug>/` with a `procedure.md` and a `stages.yaml`.",
            ));
        }
        let slugs: Vec<String> = folders
            .iter()
            .filter_map(|f| f.file_name())
            .map(|n| n.to_string_lossy().to_string())
            .collect();
        let assets = assets::read_static(&root.join("static"), &slugs, &mut shared);
        let procedures = folders
            .into_par_iter()
            .map(|folder| read_entry(folder, calendars.as_ref(), today, &languages))
            .collect();
        let mut live = Self {
            root: root.to_path_buf(),
            canonical,
            today,
            site,
            editions,
            calendars,
            assets,
            shared,
            procedures,
            external: Vec::new(),
        };
        live.resolve();
        live
    }

    /// Bring the content up to date after the files at `paths` changed.
    pub fn update(&mut self, paths: &[PathBuf]) -> Changed {
        let mut touched = BTreeSet::new();
        for path in paths {
            match self.procedure_of(path) {
                Some(index) => {
                    touched.insert(index);
                }
                None => {
                    *self = Self::load(&self.root, self.today);
                    return Changed::Everything;
                }
            }
        }
        let calendars = self.calendars.as_ref();
        let today = self.today;
        let languages = Languages::of(self.site.as_ref(), &self.editions);
        let mut slugs = BTreeSet::new();
        for index in touched {
            let entry = &mut self.procedures[index];
            *entry = read_entry(entry.folder.clone(), calendars, today, &languages);
            slugs.insert(entry.slug.clone());
        }
        self.resolve();
        // A region's local versions carry its text; its page lists theirs.
        Changed::Procedures(self.families(slugs))
    }

    /// These procedures and every other of their region: the region and its
    /// local versions, transitively.
    fn families(&self, slugs: BTreeSet<String>) -> BTreeSet<String> {
        let extends = |e: &Entry| e.local.as_ref().map(|l| l.extends().to_string());
        let mut out = slugs;
        loop {
            let mut more = out.clone();
            for e in &self.procedures {
                if let Some(region) = extends(e) {
                    if out.contains(&e.slug) {
                        more.insert(region.clone());
                    }
                    if out.contains(&region) {
                        more.insert(e.slug.clone());
                    }
                }
            }
            if more == out {
                return out;
            }
            out = more;
        }
    }

    /// Lay every local version over its region, regions first; a version
    /// that names no procedure, or a chain that loops, is an error.
    fn resolve(&mut self) {
        let today = self.today;
        for e in &mut self.procedures {
            e.merged.clear();
            if e.local.is_some() {
                e.content = None;
                e.translations.clear();
            }
        }
        let mut done: Vec<bool> = self.procedures.iter().map(|e| e.local.is_none()).collect();
        loop {
            let mut progress = false;
            for i in 0..self.procedures.len() {
                if done[i] {
                    continue;
                }
                let Some(parts) = self.procedures[i].local.as_ref() else {
                    continue;
                };
                let Some(r) = self
                    .procedures
                    .iter()
                    .position(|e| e.slug == parts.extends())
                else {
                    // Only a regional procedure can be extended.
                    let known: Vec<&str> = self
                        .procedures
                        .iter()
                        .filter(|e| e.local.is_none())
                        .map(|e| e.slug.as_str())
                        .collect();
                    let problem = parts.at_extends(
                        format!(
                            "`extends: {}` names no procedure of this handbook",
                            parts.extends()
                        ),
                        match crate::near::nearest(parts.extends(), &known) {
                            Some(near) => format!(
                                "Did you mean `extends: {near}`? The regional procedures are: {}.",
                                known.join(", ")
                            ),
                            None => format!(
                                "Name the regional procedure's folder: {}.",
                                known.join(", ")
                            ),
                        },
                    );
                    self.procedures[i].merged.push(problem);
                    done[i] = true;
                    progress = true;
                    continue;
                };
                if let Some(theirs) = self.procedures[r]
                    .local
                    .as_ref()
                    .filter(|theirs| theirs.extends() != parts.slug)
                {
                    // One level only: a local version of a local version
                    // would take the other partnership's local parts as
                    // its own.
                    let problem = parts.at_extends(
                        format!(
                            "`extends: {}` names a local version: `{}` is itself a local version of `{}`",
                            parts.extends(),
                            parts.extends(),
                            theirs.extends()
                        ),
                        format!(
                            "Extend the regional procedure: `extends: {}`.",
                            theirs.extends()
                        ),
                    );
                    self.procedures[i].merged.push(problem);
                    done[i] = true;
                    progress = true;
                    continue;
                }
                if !done[r] {
                    continue;
                }
                let mut problems = Vec::new();
                let merged = self.procedures[r]
                    .content
                    .as_ref()
                    .and_then(|region| crate::local::merge(region, parts, today, &mut problems));
                let translations = match &merged {
                    Some(original) => self.local_translations(i, r, original, &mut problems),
                    None => Vec::new(),
                };
                let entry = &mut self.procedures[i];
                entry.merged = problems;
                entry.content = merged;
                entry.translations = translations;
                done[i] = true;
                progress = true;
            }
            if !progress {
                break;
            }
        }
        self.check_links();
        // What is left extends itself, through a chain that loops.
        for (i, e) in self.procedures.iter_mut().enumerate() {
            if !done[i]
                && let Some(parts) = &e.local
            {
                let problem = parts.at_extends(
                    format!("`extends: {}` leads back to `{}`: local versions extend each other in a loop", parts.extends(), e.slug),
                    "A local version extends a regional procedure, which extends nothing: remove `extends` from the one that is the regional procedure.".to_string(),
                );
                e.merged.push(problem);
            }
        }
    }

    /// The local version at `i` (laid over the region at `r` as
    /// `original`) in each of the site's other languages it is translated
    /// into, over the region's translation.
    fn local_translations(
        &self,
        i: usize,
        r: usize,
        original: &ProcedureContent,
        problems: &mut Vec<Problem>,
    ) -> Vec<Translated> {
        let entry = &self.procedures[i];
        let Some(parts) = entry.local.as_deref() else {
            return Vec::new();
        };
        self.editions
            .iter()
            .map(|e| &e.language)
            .filter_map(|language| {
                let region = self.procedures[r]
                    .translations
                    .iter()
                    .find(|t| &t.language == language)
                    .map(|t| &t.content);
                let over = crate::translation::Over {
                    original,
                    parts,
                    region,
                };
                crate::translation::read_local(&entry.folder, over, language, self.today, problems)
                    .map(|content| Translated {
                        language: language.clone(),
                        content,
                    })
            })
            .collect()
    }

    /// Every link of every procedure's text and further pages, against the
    /// pages and files the whole handbook makes (a link may lead to another
    /// procedure, so all are checked after any change).
    fn check_links(&mut self) {
        let targets = crate::links::Targets::of(
            self.procedures.iter().filter_map(|e| e.content.as_ref()),
            &self.assets,
        );
        self.external.clear();
        for e in &mut self.procedures {
            let Some(c) = &e.content else { continue };
            let page = format!("{}/", e.slug);
            let own = match &e.local {
                Some(parts) => crate::links::Source {
                    file: parts.text_path.clone(),
                    text: Some(parts.text.source.clone()),
                    page,
                    links: &parts.text.rendered.links,
                },
                None => crate::links::Source {
                    file: e.folder.join("procedure.md"),
                    text: None,
                    page,
                    links: &c.text.links,
                },
            };
            let mut found = Vec::new();
            crate::links::check(&own, &targets, &mut found, &mut self.external);
            for extra in &c.pages {
                let source = crate::links::Source {
                    file: e.folder.join(format!("{}.md", extra.slug)),
                    text: None,
                    page: format!("{}/{}/", e.slug, extra.slug),
                    links: &extra.text.links,
                };
                crate::links::check(&source, &targets, &mut found, &mut self.external);
            }
            e.merged.extend(found);
            route_addresses(&e.folder.join("stages.yaml"), c, &mut self.external);
        }
    }

    /// Which known procedure folder `path` is in, if it is in one that still exists.
    fn procedure_of(&self, path: &Path) -> Option<usize> {
        let relative = path
            .strip_prefix(&self.canonical)
            .or_else(|_| path.strip_prefix(&self.root))
            .ok()?;
        let mut parts = relative.components();
        if parts.next()?.as_os_str() != "procedures" {
            return None;
        }
        let slug = parts.next()?.as_os_str().to_str()?;
        let index = self.procedures.iter().position(|e| e.slug == slug)?;
        self.procedures[index].folder.is_dir().then_some(index)
    }

    /// Every problem found, in the order `check` reports them.
    pub fn problems(&self) -> Vec<&Problem> {
        self.shared
            .iter()
            .chain(
                self.procedures
                    .iter()
                    .flat_map(|e| e.problems.iter().chain(&e.merged)),
            )
            .collect()
    }

    /// The problems of the shared files and of these procedures only: what
    /// an editor needs to see after changing them.
    pub fn problems_in(&self, slugs: &BTreeSet<String>) -> Vec<&Problem> {
        self.shared
            .iter()
            .chain(
                self.procedures
                    .iter()
                    .filter(|e| slugs.contains(&e.slug))
                    .flat_map(|e| e.problems.iter().chain(&e.merged)),
            )
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        self.problems()
            .iter()
            .any(|p| p.severity == Severity::Error)
    }

    /// Lend the handbook (its procedures sorted by title) to `render`, when
    /// the content has no error.
    pub fn with_handbook<R>(&mut self, render: impl FnOnce(&Handbook) -> R) -> Option<R> {
        let procedures = self.take_sorted();
        let translations = self.translations(&procedures);
        let problems = self.problems();
        match Handbook::checked(
            self.site.clone(),
            procedures,
            translations,
            &self.assets,
            &problems,
        ) {
            Ok(handbook) => {
                let result = render(&handbook);
                self.put_back(handbook.procedures);
                Some(result)
            }
            Err(procedures) => {
                self.put_back(procedures);
                None
            }
        }
    }

    /// The procedures, moved out of their entries and sorted by title; each
    /// remembers its entry by slug for `put_back`.
    fn take_sorted(&mut self) -> Vec<ProcedureContent> {
        let mut procedures: Vec<ProcedureContent> = self
            .procedures
            .iter_mut()
            .filter_map(|e| e.content.take())
            .collect();
        procedures.sort_by(|a, b| a.procedure.meta.title.cmp(&b.procedure.meta.title));
        procedures
    }

    /// The site in each other language, its procedures in the order of
    /// `procedures` (the default language's).
    fn translations(&self, procedures: &[ProcedureContent]) -> Vec<crate::Edition> {
        self.editions
            .iter()
            .map(|site| crate::Edition {
                site: site.clone(),
                procedures: procedures
                    .iter()
                    .filter_map(|c| {
                        let entry = self
                            .procedures
                            .iter()
                            .find(|e| e.slug == c.procedure.slug)?;
                        entry
                            .translations
                            .iter()
                            .find(|t| t.language == site.language)
                            .map(|t| t.content.clone())
                    })
                    .collect(),
            })
            .collect()
    }

    fn put_back(&mut self, procedures: Vec<ProcedureContent>) {
        for content in procedures {
            if let Some(entry) = self
                .procedures
                .iter_mut()
                .find(|e| e.slug == content.procedure.slug)
            {
                entry.content = Some(content);
            }
        }
    }

    /// Everything, as a one-off load gives it.
    pub fn into_loaded(mut self) -> Loaded {
        let procedures = self.take_sorted();
        let translations = self.translations(&procedures);
        let handbook = Handbook::checked(
            self.site.take(),
            procedures,
            translations,
            &self.assets,
            &self.problems(),
        )
        .ok();
        let mut problems: Vec<Problem> = std::mem::take(&mut self.shared);
        for entry in std::mem::take(&mut self.procedures) {
            problems.extend(entry.problems);
            problems.extend(entry.merged);
        }
        Loaded {
            handbook,
            problems,
            external: self.external,
        }
    }
}

fn read_entry(
    folder: PathBuf,
    calendars: Option<&Calendars>,
    today: NaiveDate,
    languages: &Languages,
) -> Entry {
    let (default, languages) = (languages.default.as_deref(), languages.others.as_slice());
    let mut problems = Vec::new();
    if let Some(default) = default {
        crate::translation::named_for_the_default(&folder, default, &mut problems);
    }
    let read = procedure::read_procedure(&folder, calendars, today, &mut problems);
    let slug = folder
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let (content, local) = match read {
        Some(procedure::Read::Whole(content)) => (Some(*content), None),
        Some(procedure::Read::Local(parts)) => (None, Some(parts)),
        None => (None, None),
    };
    let translations = match &content {
        Some(original) => languages
            .iter()
            .filter_map(|language| {
                crate::translation::read(&folder, original, language, &mut problems).map(
                    |content| Translated {
                        language: language.clone(),
                        content,
                    },
                )
            })
            .collect(),
        // A local version's translations are laid over its region's, once
        // every folder is read (`resolve`).
        None => Vec::new(),
    };
    Entry {
        folder,
        slug,
        content,
        local,
        translations,
        problems,
        merged: Vec::new(),
    }
}

/// The web and email addresses a route gives (its contacts', the urgent
/// box's, where returns go, and any in its end), where its own stages.yaml
/// writes them: for `check --external`. (A local version's region's are
/// listed under the region.)
fn route_addresses(path: &Path, c: &ProcedureContent, external: &mut Vec<crate::ExternalLink>) {
    let route = &c.procedure.route;
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let contacts = route
        .contacts
        .iter()
        .chain(route.urgent.iter().flat_map(|u| &u.contacts));
    let mut found: Vec<String> = Vec::new();
    for contact in contacts {
        found.extend(contact.url.iter().cloned());
        found.extend(contact.email.iter().map(|e| format!("mailto:{e}")));
    }
    if let Some(r) = &route.returns {
        found.extend(r.url.iter().cloned());
        found.extend(r.email.iter().map(|e| format!("mailto:{e}")));
    }
    if let Some(end) = &route.end_of_route {
        let mut finder = linkify::LinkFinder::new();
        finder.url_must_have_scheme(false);
        found.extend(finder.links(end).map(|l| match l.kind() {
            linkify::LinkKind::Email => format!("mailto:{}", l.as_str()),
            _ => l.as_str().to_string(),
        }));
    }
    for url in found {
        let written = url.strip_prefix("mailto:").unwrap_or(&url);
        // Where the YAML gives it, not where a comment cites it.
        let at = text.lines().enumerate().find_map(|(i, line)| {
            let column = line.find(written)?;
            (!line.trim_start().starts_with('#'))
                .then(|| (i + 1, line[..column].chars().count() + 1))
        });
        let Some((line, column)) = at else {
            continue;
        };
        external.push(crate::ExternalLink {
            file: path.to_path_buf(),
            line,
            column,
            url,
        });
    }
}
