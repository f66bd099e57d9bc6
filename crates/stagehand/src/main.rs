//! `stagehand`: builds a handbook of escalation procedures into a static site.

mod build;
mod deadline;
mod new;
mod place;
mod progress;
mod returns;
mod serve;
mod watch;

use clap::{Parser, Subcommand};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "stagehand",
    version,
    about = "Turns a folder of escalation procedures into a static handbook website with a decision aid."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site from the handbook into its output folder (`site/` beside the content).
    Build {
        /// The handbook's folder (the one with site.yaml); found from the current folder if not given.
        #[arg(long)]
        content: Option<PathBuf>,
        /// Where to write the site; `site/` beside the content if not given.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Build without the search index (faster; the search box then says search is not available).
        #[arg(long)]
        no_search: bool,
        /// Print only the summary line, not the pages changed (they are still written beside the site).
        #[arg(long)]
        quiet: bool,
        /// Include the drafts (`draft: true`), marked as drafts: to read them as built, never to publish.
        #[arg(long)]
        drafts: bool,
    },
    /// Check the content and report every problem found, without building.
    Check {
        /// The handbook's folder (the one with site.yaml); found from the current folder if not given.
        #[arg(long)]
        content: Option<PathBuf>,
        /// Also list every link to another site, where it is written, to follow by hand (nothing is fetched).
        #[arg(long)]
        external: bool,
    },
    /// Build a preview, serve it on 127.0.0.1, and rebuild and reload the page on every change.
    Serve {
        /// The handbook's folder (the one with site.yaml); found from the current folder if not given.
        #[arg(long)]
        content: Option<PathBuf>,
        /// Where to keep the preview; `.stagehand-preview/` beside the content if not given.
        /// Never the folder `build` publishes.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// Serve the site exactly as it will be published: no watching, no reload script.
        #[arg(long)]
        no_reload: bool,
        /// Rebuild without the search index, for faster rebuilds while editing.
        #[arg(long)]
        no_search: bool,
    },
    /// Count a folder of anonymous monitoring returns into a report for the partnership.
    Returns {
        /// The folder the returns were saved in (its subfolders are read too).
        folder: PathBuf,
        /// The handbook's folder; found from the current folder if not given.
        #[arg(long)]
        content: Option<PathBuf>,
        /// Where to write the report (a folder: index.html and report.csv).
        #[arg(long, default_value = "report")]
        out: PathBuf,
        /// Count only escalations that began on or after this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// ... and on or before this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        /// A half year or a year instead: 2026-H2, 2026.
        #[arg(long, conflicts_with_all = ["from", "to"])]
        period: Option<String>,
    },
    /// Start a new handbook in a folder: site.yaml, GOV.UK's bank holidays and an example procedure.
    Init {
        /// The folder to make it in (made if missing; no file in it is written over).
        folder: PathBuf,
    },
    /// Start a new procedure, or with --extends a local version of a regional one.
    New {
        /// The procedure's folder name and address: lower-case letters, digits and `-`.
        slug: String,
        /// The regional procedure this is a local version of.
        #[arg(long)]
        extends: Option<String>,
        /// The handbook's folder; found from the current folder if not given.
        #[arg(long)]
        content: Option<PathBuf>,
    },
    /// Print the deadline the decision aid would show for a step.
    Deadline {
        /// When the step started: 2026-12-23, or 2026-12-23T09:30 for timescales in hours.
        #[arg(long)]
        from: String,
        /// The timescale, as written in stages.yaml: "3 working days", "48 hours".
        #[arg(long)]
        within: String,
        /// The bank holiday division to count working days with.
        #[arg(long, default_value = "england-and-wales")]
        calendar: String,
        /// The handbook's folder; found from the current folder if not given.
        #[arg(long)]
        content: Option<PathBuf>,
    },
}

/// Whether two folder names (either may not exist yet) are the same folder.
fn same_folder(a: &std::path::Path, b: &std::path::Path) -> bool {
    let whole = |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    whole(a) == whole(b)
}

/// The handbook to work on, or the reason there is none (said, exit 1).
fn place(content: Option<PathBuf>, out: Option<PathBuf>) -> Result<place::Place, ExitCode> {
    place::find(content, out).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::FAILURE
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let run = || -> Result<ExitCode, ExitCode> {
        Ok(match cli.command {
            Command::Build {
                content,
                out,
                no_search,
                quiet,
                drafts,
            } => {
                let named = out.is_some();
                let at = place(content, out)?;
                // A build with drafts is to read, never to publish: by
                // default it goes beside the site, not into it.
                let out = if drafts && !named {
                    at.out.with_file_name(format!(
                        "{}-with-drafts",
                        at.out
                            .file_name()
                            .map_or("site".into(), |n| n.to_string_lossy())
                    ))
                } else {
                    at.out
                };
                build::build(&at.content, &out, !no_search, quiet, drafts)
            }
            Command::Check { content, external } => {
                build::check(&place(content, None)?.content, external)
            }
            Command::Serve {
                content,
                out,
                port,
                no_reload,
                no_search,
            } => {
                let at = place(content, None)?;
                let preview = out.unwrap_or_else(|| at.preview.clone());
                // Never the folder `build` publishes: a preview carries its
                // reload script and the drafts.
                if same_folder(&preview, &at.out) {
                    eprintln!(
                        "error: `{}` is the folder `stagehand build` publishes, and a preview (with its drafts and reload script) must never be there.\n  help: Leave out `--out`: the preview is kept in `{}`.",
                        preview.display(),
                        at.preview.display()
                    );
                    return Err(ExitCode::FAILURE);
                }
                serve::serve(at.content, preview, port, !no_reload, !no_search)
            }
            Command::Returns {
                folder,
                content,
                out,
                from,
                to,
                period,
            } => match returns::period(from.as_deref(), to.as_deref(), period.as_deref()) {
                Ok(period) => returns::returns(
                    &folder,
                    &place(content, None)?.content,
                    &out,
                    period.as_ref(),
                ),
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            },
            Command::Init { folder } => new::init(&folder),
            Command::New {
                slug,
                extends,
                content,
            } => new::new(&place(content, None)?.content, &slug, extends.as_deref()),
            Command::Deadline {
                from,
                within,
                calendar,
                content,
            } => deadline::deadline(&from, &within, &calendar, &place(content, None)?.content),
        })
    };
    run().unwrap_or_else(|code| code)
}
