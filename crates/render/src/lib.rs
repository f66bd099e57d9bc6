//! Renders a checked handbook into the files of a static site, in memory
//! (`stagehand-site` writes them).

mod languages;
mod offline;
mod report;
mod theme;
mod views;

pub use languages::Languages;
use languages::{Place, js_words, switch};
pub use offline::{Families, Listed, Offline, WHOLE_SITE_BUDGET, offline_files};
pub use report::render_report;

use stagehand_content::{Handbook, ProcedureContent};

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use tera::Context;
use views::{AmendmentsView, HomeView, ProcedureView};

/// What every page may load: only the site's own files, and WebAssembly (the
/// decision aid, the search). No inline script or style, no other origin, no
/// form that submits anywhere. A `<meta>` on every page, because static hosts
/// cannot be relied on to send headers; `serve` also sends it as a header,
/// with what a `<meta>` cannot say (`frame-ancestors`).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/// One file of the built site, relative to its root.
#[derive(Debug)]
pub struct OutputFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Add the script that reloads the page when `stagehand serve` rebuilds.
    pub live_reload: bool,
}

impl RenderOptions {
    pub fn live_reload(mut self, on: bool) -> Self {
        self.live_reload = on;
        self
    }
}

/// A template could not be rendered (a theme mistake, not a content one).
#[derive(Debug)]
pub struct RenderError(pub String);

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the theme could not render a page: {}", self.0)
    }
}

impl std::error::Error for RenderError {}

/// Which procedures are kept offline together: each with its region and the
/// region's local versions (a procedure on its own, with itself).
pub fn families(handbook: &Handbook) -> Families {
    let region_of = |c: &ProcedureContent| {
        c.procedure
            .region
            .as_ref()
            .map_or(c.procedure.slug.clone(), |r| r.slug.clone())
    };
    // Each region's procedures, in the handbook's order, gathered once.
    let mut regions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in &handbook.procedures {
        regions
            .entry(region_of(c))
            .or_default()
            .push(c.procedure.slug.clone());
    }
    handbook
        .procedures
        .iter()
        .map(|c| (c.procedure.slug.clone(), regions[&region_of(c)].clone()))
        .collect()
}

/// Where the feeds' links point: the site's address where it has one, else
/// its base path (feed readers resolve it against the feed's own address);
/// a language's own folder for its pages.
fn feed_base(handbook: &Handbook) -> String {
    let site = &handbook.site;
    let prefix = Languages::of(handbook).prefix(&site.language);
    format!(
        "{}{}{prefix}",
        site.url.as_deref().unwrap_or(""),
        site.base_path
    )
}

/// The site's base path: where its search index and offline copy are, for
/// the pages of every language.
fn site_base(handbook: &Handbook) -> String {
    handbook.site.base_path.clone()
}

/// A file of the content copied as it is.
fn copied(asset: &stagehand_content::Asset) -> OutputFile {
    OutputFile {
        path: asset.path.clone(),
        bytes: asset.bytes.to_vec(),
    }
}

/// Two files for one path would mean one silently replaced the other (the
/// content check refuses the names that could cause it).
fn one_file_a_path(files: &[OutputFile]) -> Result<(), RenderError> {
    let mut seen = std::collections::HashSet::new();
    match files.iter().find(|f| !seen.insert(f.path.as_path())) {
        Some(twice) => Err(RenderError(format!(
            "two files would be written to `{}`",
            twice.path.display()
        ))),
        None => Ok(()),
    }
}

/// `../` repeated: how a page at this depth reaches the site root, so links
/// work from any sub-folder and from `file://`.
pub(crate) fn root_for(depth: usize) -> String {
    if depth == 0 {
        "./".into()
    } else {
        "../".repeat(depth)
    }
}

/// Render every page of the site, in parallel, into memory.
pub fn render_site(
    handbook: &Handbook,
    options: &RenderOptions,
) -> Result<Vec<OutputFile>, RenderError> {
    Renderer::new(options)?.site(handbook)
}

/// The theme, ready to render pages. Kept between builds by `serve`, which
/// renders only the pages a change touched.
pub struct Renderer {
    tera: tera::Tera,
    options: RenderOptions,
}

impl Renderer {
    pub fn new(options: &RenderOptions) -> Result<Self, RenderError> {
        Ok(Self {
            tera: theme::templates()?,
            options: options.clone(),
        })
    }

    fn base(&self, handbook: &Handbook, place: Place) -> Context {
        let mut ctx = Context::new();
        let extra = usize::from(!place.languages.is_default(place.language));
        ctx.insert("site", &handbook.site);
        ctx.insert("lang", place.language);
        ctx.insert("root", &root_for(place.depth));
        // The theme's files, the search and the offline copy are the
        // whole site's, above a language's folder.
        ctx.insert("site_root", &root_for(place.depth + extra));
        ctx.insert("site_base", &site_base(handbook));
        ctx.insert(
            "edition",
            &place.languages.prefix(place.language).trim_end_matches('/'),
        );
        ctx.insert("live_reload", &self.options.live_reload);
        ctx.insert("csp", CONTENT_SECURITY_POLICY);
        ctx.insert("js_words", js_words(views::words(&handbook.site)));
        ctx
    }

    fn page(
        &self,
        template: &str,
        ctx: &Context,
        place: Place,
        path: String,
    ) -> Result<OutputFile, RenderError> {
        // The page's own address under the site, for its printed line.
        let mut ctx = ctx.clone();
        let folder = path.strip_suffix("index.html").unwrap_or(&path);
        let prefix = place.languages.prefix(place.language);
        ctx.insert("page_path", &format!("{prefix}{folder}"));
        // The 404 page is served at any address: no switch to a sibling.
        if path != "404.html" {
            ctx.insert("switch", &switch(place, folder));
        }
        let html = self
            .tera
            .render(template, &ctx)
            .map_err(|e| RenderError(format!("{template}: {e}")))?;
        Ok(OutputFile {
            path: format!("{prefix}{path}").into(),
            bytes: html.into_bytes(),
        })
    }

    /// Every file of the site but the search index and the offline files:
    /// every procedure's pages in each language, then the pages that list them.
    pub fn site(&self, handbook: &Handbook) -> Result<Vec<OutputFile>, RenderError> {
        let languages = Languages::of(handbook);
        let mut files = self.procedures(handbook, &languages, None)?;
        let pages: Vec<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
        files.extend(self.shared(handbook, &languages, &pages)?);
        one_file_a_path(&files)?;
        Ok(files)
    }

    /// The pages of the procedures `only` names (or of every one), in the
    /// default language and in each translation of them.
    pub fn procedures(
        &self,
        handbook: &Handbook,
        languages: &Languages,
        only: Option<&BTreeSet<String>>,
    ) -> Result<Vec<OutputFile>, RenderError> {
        use rayon::prelude::*;
        let wanted = |c: &&ProcedureContent| only.is_none_or(|o| o.contains(&c.procedure.slug));
        let mut files: Vec<OutputFile> = handbook
            .procedures
            .par_iter()
            .filter(wanted)
            .map(|content| self.procedure(handbook, languages, content))
            .collect::<Result<Vec<_>, RenderError>>()?
            .into_iter()
            .flatten()
            .collect();
        for translation in &handbook.translations {
            let Some(edition) = handbook.edition(&translation.site.language) else {
                continue;
            };
            let translated: Vec<Vec<OutputFile>> = edition
                .procedures
                .par_iter()
                .filter(wanted)
                .map(|content| self.procedure_in(&edition, languages, content))
                .collect::<Result<_, RenderError>>()?;
            files.extend(translated.into_iter().flatten());
        }
        Ok(files)
    }

    /// A digest of everything [`Renderer::procedures`] makes a procedure's
    /// pages from: these options, the site's words in each language, which
    /// languages have the procedure (its language switch), and the procedure
    /// as read in each. The theme is the binary's own, so a caller keeping
    /// pages between builds adds which binary made them. Each value is
    /// written whole by its `Debug`, so nothing read is left out: two builds
    /// with the same digest render the same bytes.
    pub fn fingerprint(
        &self,
        handbook: &Handbook,
        languages: &Languages,
        content: &ProcedureContent,
    ) -> [u8; 32] {
        use sha2::Digest;
        use std::fmt::Write;
        struct Hashing(sha2::Sha256);
        impl std::fmt::Write for Hashing {
            fn write_str(&mut self, s: &str) -> std::fmt::Result {
                self.0.update(s.as_bytes());
                Ok(())
            }
        }
        let slug = content.procedure.slug.as_str();
        let mut h = Hashing(sha2::Sha256::new());
        let _ = write!(
            h,
            "{:?}\0{:?}\0{:?}\0",
            self.options, handbook.site, content
        );
        for language in &languages.all {
            let _ = write!(h, "{language}:{}\0", languages.has(language, Some(slug)));
        }
        let _ = write!(h, "{:?}\0", languages.address);
        for edition in &handbook.translations {
            let translated = edition.procedures.iter().find(|c| c.procedure.slug == slug);
            let _ = write!(h, "{:?}\0{:?}\0", edition.site, translated);
        }
        h.0.finalize().into()
    }

    /// One procedure's pages: the procedure, its blank record form, its further pages.
    pub fn procedure(
        &self,
        handbook: &Handbook,
        languages: &Languages,
        content: &ProcedureContent,
    ) -> Result<Vec<OutputFile>, RenderError> {
        self.procedure_in(handbook, languages, content)
    }

    /// A procedure's pages, in the language of `handbook`'s edition.
    fn procedure_in(
        &self,
        handbook: &Handbook,
        languages: &Languages,
        content: &ProcedureContent,
    ) -> Result<Vec<OutputFile>, RenderError> {
        let view = ProcedureView::new(handbook, content);
        let slug = &content.procedure.slug;
        let language = handbook.site.language.as_str();
        let at = |depth| Place {
            languages,
            language,
            slug: Some(slug),
            depth,
        };
        let m = views::words(&handbook.site);
        let mut files = Vec::with_capacity(2 + content.pages.len());
        let mut ctx = self.base(handbook, at(1));
        ctx.insert("p", &view);
        files.push(self.page("procedure.html", &ctx, at(1), format!("{slug}/index.html"))?);
        let mut ctx = self.base(handbook, at(2));
        ctx.insert("p", &view);
        files.push(self.page(
            "record_form.html",
            &ctx,
            at(2),
            format!("{slug}/record-form/index.html"),
        )?);
        for extra in &content.pages {
            let mut ctx = self.base(handbook, at(2));
            ctx.insert("p", &view);
            ctx.insert(
                "page",
                &views::PageView::new(extra, &handbook.site.base_path),
            );
            files.push(self.page(
                "page.html",
                &ctx,
                at(2),
                format!("{slug}/{}/index.html", extra.slug),
            )?);
        }
        let mut ctx = self.base(handbook, at(2));
        ctx.insert("p", &view);
        ctx.insert("changes", &AmendmentsView::new(m, content));
        files.push(self.page(
            "amendments.html",
            &ctx,
            at(2),
            format!("{slug}/amendments/index.html"),
        )?);
        let prefix = languages.prefix(language);
        files.push(OutputFile {
            path: format!("{prefix}{slug}/feed.xml").into(),
            bytes: views::feed(handbook, Some(content), &feed_base(handbook)).into_bytes(),
        });
        files.extend(content.files.iter().map(|f| {
            let mut file = copied(f);
            file.path = PathBuf::from(&prefix).join(file.path);
            file
        }));
        Ok(files)
    }

    /// The pages each language has whatever it translates: home (with its
    /// feed), A to Z, accessibility and privacy.
    fn pages_of_every_language(
        &self,
        whole: &Handbook,
        handbook: &Handbook,
        languages: &Languages,
    ) -> Result<Vec<OutputFile>, RenderError> {
        let language = handbook.site.language.as_str();
        let at = |depth| Place {
            languages,
            language,
            slug: None,
            depth,
        };
        let mut files = Vec::new();
        let mut ctx = self.base(handbook, at(0));
        ctx.insert("home", &HomeView::new(handbook));
        // The procedures with no page in this language, linked in theirs.
        let untranslated: Vec<views::Untranslated> = whole
            .procedures
            .iter()
            .filter(|c| !languages.has(language, Some(&c.procedure.slug)))
            .map(|c| views::Untranslated::new(c, &whole.site.language, &root_for(1)))
            .collect();
        ctx.insert("untranslated", &untranslated);
        files.push(self.page("home.html", &ctx, at(0), "index.html".into())?);
        files.push(OutputFile {
            path: format!("{}feed.xml", languages.prefix(language)).into(),
            bytes: views::feed(handbook, None, &feed_base(handbook)).into_bytes(),
        });
        let mut ctx = self.base(handbook, at(1));
        ctx.insert("groups", &views::a_to_z(handbook));
        files.push(self.page("a_z.html", &ctx, at(1), "a-z/index.html".into())?);
        files.push(self.page(
            "accessibility.html",
            &self.base(handbook, at(1)),
            at(1),
            "accessibility/index.html".into(),
        )?);
        Ok(files)
    }

    /// The pages every procedure appears on (home, A to Z, the sitemap of
    /// `procedure_pages` and these), the fixed pages and the theme's files.
    pub fn shared(
        &self,
        handbook: &Handbook,
        languages: &Languages,
        procedure_pages: &[PathBuf],
    ) -> Result<Vec<OutputFile>, RenderError> {
        let mut files = self.pages_of_every_language(handbook, handbook, languages)?;
        for translation in &handbook.translations {
            if let Some(edition) = handbook.edition(&translation.site.language) {
                files.extend(self.pages_of_every_language(handbook, &edition, languages)?);
            }
        }
        let at = Place {
            languages,
            language: &handbook.site.language,
            slug: None,
            depth: 0,
        };
        // The 404 page is served at any depth, so it links from the site's base path.
        let mut ctx = self.base(handbook, at);
        ctx.insert("root", &handbook.site.base_path);
        ctx.insert("site_root", &handbook.site.base_path);
        // One 404 page answers for every language (a host serves the one at
        // the root): it says itself in each, linking to each home page.
        let others: Vec<serde_json::Value> = handbook
            .site
            .languages
            .iter()
            .skip(1)
            .map(|code| {
                serde_json::json!({
                    "code": code,
                    "root": format!("{}{}", handbook.site.base_path, languages.prefix(code)),
                })
            })
            .collect();
        ctx.insert("other_languages", &others);
        files.push(self.page("404.html", &ctx, at, "404.html".into())?);
        // A sitemap's addresses must be absolute: without the site's `url`
        // there is none to write (`check` says so).
        if let Some(url) = &handbook.site.url {
            let pages = procedure_pages
                .iter()
                .map(PathBuf::as_path)
                .chain(files.iter().map(|f| f.path.as_path()));
            let sitemap = views::sitemap(url, &handbook.site.base_path, pages);
            files.push(OutputFile {
                path: "sitemap.xml".into(),
                bytes: sitemap.into_bytes(),
            });
        }
        files.extend(theme::static_files());
        files.extend(handbook.assets.iter().map(copied));
        // No README in the site: what would be uploaded is only the site.
        // What the folder is, is said in its hidden mark (`stagehand_site::MARK`).
        Ok(files)
    }
}
