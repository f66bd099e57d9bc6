//! `stagehand init` and `stagehand new`: start a handbook, a procedure or a
//! local version from files that check and build as they are, every slot
//! an editor may fill written out and commented. Never over an existing file.

use stagehand_site::today;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const SITE: &str = include_str!("scaffold/site.yaml");
const PROCEDURE: &str = include_str!("scaffold/procedure.md");
const STAGES: &str = include_str!("scaffold/stages.yaml");
const LOCAL_PROCEDURE: &str = include_str!("scaffold/local-procedure.md");
const LOCAL_STAGES: &str = include_str!("scaffold/local-stages.yaml");
/// GOV.UK's bank holidays, as this handbook's own content carries them.
const BANK_HOLIDAYS: &str = include_str!("../../../content/calendars/bank-holidays.json");

/// Write every file, or none when any already exists.
fn write_all(files: &[(PathBuf, String)]) -> Result<(), String> {
    if let Some((path, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(format!(
            "`{}` already exists: stagehand never writes over a file. Choose another name, or move it away first.",
            path.display()
        ));
    }
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot make `{}`: {e}", parent.display()))?;
        }
        std::fs::write(path, text)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
    }
    Ok(())
}

/// A new procedure's two files, with today's date in them.
fn procedure_files(folder: &Path) -> Vec<(PathBuf, String)> {
    let today = today();
    let next_year = today.with_year_after();
    vec![
        (
            folder.join("procedure.md"),
            PROCEDURE
                .replace("{today}", &today.to_string())
                .replace("{next_year}", &next_year.to_string()),
        ),
        (folder.join("stages.yaml"), STAGES.to_string()),
    ]
}

trait YearAfter {
    fn with_year_after(&self) -> Self;
}

impl YearAfter for chrono::NaiveDate {
    fn with_year_after(&self) -> Self {
        self.checked_add_months(chrono::Months::new(12))
            .unwrap_or(*self)
    }
}

fn done(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What a handbook's repository never holds: what `build` and `serve` make
/// beside the content, made again by every build.
const GITIGNORE: &str = "# What `stagehand build` and `stagehand serve` write beside the content:
# made again by every build, never committed. Upload only what is in site/.
/site/
/site-changes.txt
/.site.previous/
/.site.cache/
/.site.new-*/
/site-with-drafts/
/site-with-drafts-changes.txt
/.site-with-drafts.*/
/.stagehand-preview/
/..stagehand-preview.*/
";

/// `stagehand init <folder>`: a handbook folder, as Hugo and Zola make one:
/// its content in `content/` (site.yaml, GOV.UK's bank holidays and one
/// example procedure); `build` writes the site beside it, in `site/`.
pub(crate) fn init(folder: &Path) -> ExitCode {
    let content = folder.join("content");
    let mut files = vec![
        (folder.join(".gitignore"), GITIGNORE.to_string()),
        (content.join("site.yaml"), SITE.to_string()),
        (
            content.join("calendars/bank-holidays.json"),
            BANK_HOLIDAYS.to_string(),
        ),
    ];
    files.extend(procedure_files(&content.join("procedures/example")));
    done(write_all(&files).map(|()| {
        format!(
            "Made a handbook in `{0}`: its content in `{0}/content` (site.yaml, GOV.UK's bank holidays and an example procedure), and a `.gitignore` that keeps what builds make (`site/` and the hidden folders beside it) out of its repository.\nNext:\n  cd {0}\n  stagehand check      finds every mistake\n  stagehand serve      a preview to read while you edit (never the published site)\n  stagehand build      the site to publish, in `{0}/site`",
            folder.display()
        )
    }))
}

/// The `check` command an editor runs next for `content`: with no flags
/// where it would find this handbook from here.
fn check_command(content: &Path) -> String {
    let found = std::env::current_dir()
        .ok()
        .and_then(|here| crate::place::handbook_from(&here))
        .and_then(|h| h.canonicalize().ok());
    if found.is_some() && found == content.canonicalize().ok() {
        "stagehand check".into()
    } else {
        format!("stagehand check --content {}", content.display())
    }
}

/// `stagehand new <slug> [--extends <region>]`.
pub(crate) fn new(content: &Path, slug: &str, extends: Option<&str>) -> ExitCode {
    if let Err(why) = stagehand_content::procedure_name(slug) {
        return done(Err(why));
    }
    let folder = content.join("procedures").join(slug);
    let files = match extends {
        None => procedure_files(&folder),
        Some(region) => match local_files(content, &folder, region) {
            Ok(files) => files,
            Err(e) => return done(Err(e)),
        },
    };
    let kind = if extends.is_some() {
        "local version"
    } else {
        "procedure"
    };
    // In a handbook of more than one language, say where its translations
    // go: nothing else would tell an editor.
    let translations: String = stagehand_content::site_languages(content)
        .iter()
        .skip(1)
        .map(|code| {
            format!("\nThe handbook is also in `{code}`: translate it beside them in procedure.{code}.md and stages.{code}.yaml (copies of the two with their words translated; see Translations in the README's content guide).")
        })
        .collect();
    done(write_all(&files).map(|()| {
        format!(
            "Made the {kind} `{slug}` in `{}`: edit its procedure.md and stages.yaml, then run `{}`.{translations}",
            folder.display(),
            check_command(content)
        )
    }))
}

/// A local version's two files, naming the region's stages and headings.
fn local_files(
    content: &Path,
    folder: &Path,
    region: &str,
) -> Result<Vec<(PathBuf, String)>, String> {
    let procedures = content.join("procedures");
    let region_folder = procedures.join(region);
    let Ok(route) = std::fs::read_to_string(region_folder.join("stages.yaml")) else {
        let known: Vec<String> = std::fs::read_dir(&procedures)
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| e.path().join("stages.yaml").is_file())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let near = known
            .iter()
            .map(|k| (strsim::damerau_levenshtein(region, k), k))
            .filter(|(d, _)| *d <= 2)
            .min()
            .map(|(_, k)| format!(" Did you mean `--extends {k}`?"))
            .unwrap_or_default();
        return Err(format!(
            "there is no procedure `{region}` in `{}` to make a local version of.{near}",
            procedures.display()
        ));
    };
    // One level only: a local version of a local version is refused by
    // `check`, so it is not made.
    if let Some(theirs) = route
        .lines()
        .find_map(|l| l.strip_prefix("extends:"))
        .map(str::trim)
    {
        return Err(format!(
            "`{region}` is itself a local version (of `{theirs}`): a local version extends the regional procedure. Run: stagehand new <name> --extends {theirs}"
        ));
    }
    // The region's title, stages and headings, where the content reads.
    let loaded = stagehand_content::load(content, today());
    let found = loaded
        .handbook()
        .and_then(|h| h.procedures.iter().find(|c| c.procedure.slug == region));
    let (title, stages, headings) = match found {
        Some(c) => (
            c.procedure.meta.title.clone(),
            c.procedure
                .route
                .stages
                .iter()
                .map(|s| s.id.clone())
                .collect::<Vec<_>>(),
            c.text
                .headings
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| h.id.clone())
                .collect::<Vec<_>>(),
        ),
        None => (region.to_string(), vec!["stage-1".to_string()], Vec::new()),
    };
    let today = today().to_string();
    let fill = |text: &str| {
        text.replace("{today}", &today)
            .replace("{title}", &title)
            .replace("{region}", region)
            .replace("{stages}", &stages.join(", "))
            .replace(
                "{first_stage}",
                stages.first().map_or("stage-1", String::as_str),
            )
            .replace(
                "{headings}",
                &if headings.is_empty() {
                    "(none)".to_string()
                } else {
                    headings.join(", ")
                },
            )
    };
    Ok(vec![
        (folder.join("procedure.md"), fill(LOCAL_PROCEDURE)),
        (folder.join("stages.yaml"), fill(LOCAL_STAGES)),
    ])
}
