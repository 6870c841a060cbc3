//! The command line: the contract in DESIGN.md that scripts rely on.
//!
//! `Cli` is the clap definition; `run` resolves paths and config, then calls one command.
//! Commands are thin: they call the library (store, refresh, opml) and print. Results go
//! to stdout (one JSON document with `--json`), progress and messages to stderr.
//! Exit codes: 0 success, 1 the job ran but part failed, 2 bad usage or bad config.

mod actors;
mod commands;
mod feeds;
mod man;
mod output;
mod report;
mod report_send;
mod share;

pub use report::{NewArgs, ReportCommand};

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::paths::Paths;
use crate::store::Store;

/// A fast, offline-first terminal news reader for Diaspora Digital Media.
#[derive(Debug, Parser)]
// A flag given twice: the last one wins wherever they are. Before, `--data-dir A
// --data-dir B list` was refused while `--data-dir A list --data-dir B` took B.
#[command(name = "ddm-reader", version, about, long_about = None, args_override_self = true)]
pub struct Cli {
    /// What to do; with none, open the reader (or, when not in a terminal, refresh and
    /// print the latest headlines).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Do not use the network: read the cache only.
    #[arg(long, global = true)]
    pub offline: bool,
    /// Config file (default: $XDG_CONFIG_HOME/ddm-reader/config.toml).
    #[arg(long, global = true, value_name = "PATH", env = "DDM_READER_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data directory for the cache and outbox (default: $XDG_DATA_HOME/ddm-reader).
    #[arg(long, global = true, value_name = "DIR", env = "DDM_READER_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}

impl Cli {
    /// The process's command line. `DDM_READER_CONFIG` or `DDM_READER_DATA_DIR` set to
    /// the empty string counts as unset, as XDG's own variables do: shells and service
    /// files often "unset" a variable that way, and clap would refuse it as a missing
    /// value.
    pub fn from_process() -> Cli {
        let empty = |name: &str| std::env::var_os(name).is_some_and(|v| v.is_empty());
        let mut command = <Cli as clap::CommandFactory>::command();
        for (id, var) in [
            ("config", "DDM_READER_CONFIG"),
            ("data_dir", "DDM_READER_DATA_DIR"),
        ] {
            if empty(var) {
                command = command.mut_arg(id, |arg| arg.env(None));
            }
        }
        let matches = command.try_get_matches().unwrap_or_else(|e| exit_clean(&e));
        <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| exit_clean(&e))
    }
}

/// Ends the process on a command-line error as clap would (exit 2, the message on
/// stderr; help and version on stdout, exit 0), but with what was typed cleaned of
/// control characters: clap quotes a bad value as it came, and a carriage return or
/// an 8-bit CSI in it reached the terminal.
fn exit_clean(e: &clap::Error) -> ! {
    if !e.use_stderr() {
        e.exit();
    }
    let text = e.render().to_string();
    say_err!("{}", crate::sanitize::clean(text.trim_end()));
    std::process::exit(e.exit_code());
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Refresh the cache, headless.
    Fetch {
        /// Only this feed (name or URL); may be repeated.
        #[arg(long = "feed", value_name = "NAME|URL")]
        feeds: Vec<String>,
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// List cached articles, newest first.
    List {
        /// Only this feed (name or URL).
        #[arg(long, value_name = "NAME|URL")]
        feed: Option<String>,
        /// Only unread articles.
        #[arg(long)]
        unread: bool,
        /// Only starred articles.
        #[arg(long)]
        starred: bool,
        /// Only articles naming this actor (person, organisation or place).
        #[arg(long, value_name = "NAME")]
        actor: Option<String>,
        /// At most N articles.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Print one article (and mark it read).
    Read {
        /// The article's id, from `list` or `search`.
        id: i64,
        /// Style the text: auto (when stdout is a terminal), always or never.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Search titles and text, newest first.
    Search {
        /// Words to find (all of them; the last one may be a prefix).
        query: String,
        /// At most N results.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// The people, organisations and places an article names, or the most named across
    /// the cache in the last 7 days (by publication date, else when first stored).
    Actors {
        /// The article's id, from `list` or `search`.
        id: Option<i64>,
        /// The N actors named in the most articles of the last 7 days (without an ID
        /// or this: the top 20).
        #[arg(long, value_name = "N", conflicts_with = "id",
              value_parser = clap::value_parser!(u32).range(1..))]
        top: Option<u32>,
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Share an article: open its share link, copy its link or show a QR code.
    Share {
        /// The article's id, from `list` or `search`.
        id: i64,
        /// Where to share it.
        #[arg(long, value_enum, value_name = "TARGET")]
        to: crate::share::ShareTarget,
        /// Print the link (for qr: the QR code) instead of opening it.
        #[arg(long)]
        print: bool,
    },
    /// Show, add or remove feeds.
    Feeds {
        /// What to do with feeds.
        #[command(subcommand)]
        command: FeedsCommand,
    },
    /// Import feeds from an OPML file (or a newsboat `urls` file).
    Import {
        /// The file to read (`-`: standard input).
        file: PathBuf,
    },
    /// Export the feeds as OPML 2.0, to FILE or stdout.
    Export {
        /// The file to write (default, or `-`: stdout).
        file: Option<PathBuf>,
    },
    /// Citizen reports: queue, list, show, send, export, discard.
    Report {
        /// What to do with reports.
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): `ddm-reader man > ddm-reader.1`
    Man,
}

/// `feeds` subcommands.
#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Every followed feed with its status.
    List {
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Follow a feed (kept in the cache, not the config file).
    Add {
        /// The feed's URL.
        url: String,
        /// Its name (default: the feed's own title once fetched; until then the site's
        /// host name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Stop following a feed added with `feeds add` or `import`.
    Remove {
        /// The feed's name (or URL).
        name: String,
    },
}

/// When `read` styles its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// A command that could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad usage or bad config (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The job ran but part of it failed (exit 1); the message is already printed.
    #[error("{0}")]
    Partial(String),
    /// Something else failed (exit 1).
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
    /// The reader was ended by signal `n` (exit 128 + n, as shells report it).
    #[error("ended by signal {0}")]
    Signalled(u8),
}

/// How the reader ended, as a command's result.
fn ended(outcome: anyhow::Result<Option<u8>>) -> Result<(), CliError> {
    match outcome {
        Ok(None) => Ok(()),
        Ok(Some(signal)) => Err(CliError::Signalled(signal)),
        Err(e) => Err(CliError::Failed(e)),
    }
}

impl From<crate::store::StoreError> for CliError {
    fn from(e: crate::store::StoreError) -> Self {
        // The cache opened, then a write was refused: a file beside it is read-only
        // (SQLite gives a `-shm` it creates the cache's own mode, so a cache made
        // read-only once keeps failing after it is made writable again).
        let read_only = matches!(&e, crate::store::StoreError::Sqlite(s)
            if s.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly));
        let e = anyhow::Error::new(e);
        CliError::Failed(if read_only {
            e.context(
                "the cache cannot be written: check the permissions of cache.sqlite and of \
                 the cache.sqlite-wal and cache.sqlite-shm files beside it, in the data \
                 directory",
            )
        } else {
            e
        })
    }
}

/// What every command gets: resolved paths and the config.
pub struct Context {
    /// File locations.
    pub paths: Paths,
    /// The configuration.
    pub config: Config,
    /// `--offline`.
    pub offline: bool,
}

impl Context {
    /// The gazetteer (bundled and the user's file) ready to match. A broken user file
    /// is a config error.
    pub fn extractor(&self) -> Result<crate::actors::Extractor, CliError> {
        crate::actors::Extractor::load_cached(
            Some(&self.actors_file()),
            &self.paths.compiled_actors(),
        )
        .map_err(|e| bad_actors_file(&e))
    }

    /// The version [`Context::extractor`] would have, from the files' bytes alone.
    pub fn actors_version(&self) -> Result<i64, CliError> {
        crate::actors::Gazetteer::current_version(Some(&self.actors_file()))
            .map_err(|e| bad_actors_file(&e))
    }

    /// The bundled gazetteer and the user's file, not compiled for matching.
    pub fn gazetteer(&self) -> Result<crate::actors::Gazetteer, CliError> {
        crate::actors::Gazetteer::load(Some(&self.actors_file())).map_err(|e| bad_actors_file(&e))
    }

    fn actors_file(&self) -> std::path::PathBuf {
        self.paths.actors_file(self.config.actors.file.as_deref())
    }

    /// Refuses an export to `target` when it would write over the reader's own files
    /// or is a directory (exit 2: the path is a mistake).
    pub fn refuse_own(&self, target: &std::path::Path) -> Result<(), CliError> {
        if target.is_dir() {
            return Err(CliError::Usage(format!(
                "cannot export to {}: it is a directory; give a file name",
                target.display()
            )));
        }
        match crate::files::OwnFiles::new(&self.paths, self.actors_file()).refusal(target) {
            Some(why) => Err(CliError::Usage(format!("refusing to export: {why}"))),
            None => Ok(()),
        }
    }

    /// Opens the cache with its feeds as the config names them now: a section or a
    /// name changed in the config shows in `list`, `search` and `read` at once, not
    /// only after the next `fetch` (nothing is written when nothing changed).
    pub fn synced_store(&self) -> Result<Store, CliError> {
        let store = self.store()?;
        crate::refresh::sync_config(&store, &self.config)?;
        Ok(store)
    }

    /// Opens the cache.
    pub fn store(&self) -> Result<Store, CliError> {
        Store::open(&self.paths.cache()).map_err(|e| {
            CliError::Failed(anyhow::Error::new(e).context(format!(
                "opening the cache {}",
                self.paths.cache().display()
            )))
        })
    }
}

fn bad_actors_file(e: &crate::actors::GazetteerError) -> CliError {
    CliError::Usage(format!("bad actors file: {e}"))
}

/// Runs the parsed command line and returns the process exit code. Error lines may
/// quote what was typed or what a feed or server sent: their control characters are
/// dropped like a feed's, so none reaches the terminal.
pub fn run(cli: Cli) -> ExitCode {
    let clean = crate::sanitize::clean;
    match run_inner(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(msg)) => {
            say_err!("ddm-reader: {}", clean(&msg));
            ExitCode::from(2)
        }
        Err(CliError::Partial(msg)) => {
            if !msg.is_empty() {
                say_err!("ddm-reader: {}", clean(&msg));
            }
            ExitCode::from(1)
        }
        Err(CliError::Failed(e)) if is_broken_pipe(&e) => {
            // The reader of our stdout went away (`| head`): nothing left to say.
            ExitCode::SUCCESS
        }
        Err(CliError::Failed(e)) => {
            say_err!(
                "ddm-reader: {}",
                clean(&crate::errors::one_line(e.as_ref()))
            );
            ExitCode::from(1)
        }
        Err(CliError::Signalled(signal)) => ExitCode::from(128_u8.saturating_add(signal)),
    }
}

/// Whether the bare command opens the TUI: stdin and stdout are a terminal. Piped or
/// redirected, it prints the latest headlines instead, as scripts expect.
fn interactive() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
    })
}

/// `clap_complete`'s bash script for a binary whose name has a hyphen names the
/// subcommands' `case` arms `ddm__subcmd__reader__subcmd__feeds` while the loop that
/// reads the words sets `ddm__reader__subcmd__feeds`, so nothing past the first word
/// completed (clap-rs/clap#6421, open). The arms are renamed to what the loop sets.
fn fix_bash_completion(script: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(script)
        .replace("ddm__subcmd__reader__", "ddm__reader__")
        .into_bytes()
}

fn run_inner(cli: Cli) -> Result<(), CliError> {
    // These two need no config, cache or log.
    match &cli.command {
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "ddm-reader", &mut script);
            if *shell == clap_complete::Shell::Bash {
                script = fix_bash_completion(&script);
            }
            return std::io::Write::write_all(&mut std::io::stdout(), &script).map_err(|e| {
                CliError::Failed(anyhow::Error::new(e).context("writing completions"))
            });
        }
        Some(Command::Man) => {
            let page = man::page().map_err(|e| {
                CliError::Failed(anyhow::Error::new(e).context("writing the man page"))
            })?;
            return std::io::Write::write_all(&mut std::io::stdout(), page.as_bytes()).map_err(
                |e| CliError::Failed(anyhow::Error::new(e).context("writing the man page")),
            );
        }
        _ => {}
    }
    let paths = Paths::resolve(cli.config.as_deref(), cli.data_dir.as_deref())
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let (config, _source) = Config::load(&paths.config, paths.config_explicit)
        .map_err(|e| CliError::Usage(format!("bad config: {e}")))?;
    crate::logging::init(&paths.log_file(), &config.log.level);
    let ctx = Context {
        paths,
        config,
        offline: cli.offline,
    };
    match cli.command {
        None if interactive() => ended(crate::tui::run(crate::tui::Options {
            paths: ctx.paths,
            config: ctx.config,
            offline: ctx.offline,
            report_form: false,
        })),
        None => commands::headlines(&ctx),
        Some(Command::Fetch { feeds, json }) => commands::fetch(&ctx, &feeds, json),
        Some(Command::List {
            feed,
            unread,
            starred,
            actor,
            limit,
            json,
        }) => commands::list(
            &ctx,
            &commands::ListArgs {
                feed: feed.as_deref(),
                unread,
                starred,
                actor: actor.as_deref(),
                limit,
            },
            json,
        ),
        Some(Command::Actors { id, top, json }) => actors::run(&ctx, id, top, json),
        Some(Command::Read { id, color, json }) => commands::read(&ctx, id, color, json),
        Some(Command::Search { query, limit, json }) => commands::search(&ctx, &query, limit, json),
        Some(Command::Share { id, to, print }) => share::share(&ctx, id, to, print),
        Some(Command::Feeds { command }) => match command {
            FeedsCommand::List { json } => feeds::list(&ctx, json),
            FeedsCommand::Add { url, name } => feeds::add(&ctx, &url, name.as_deref()),
            FeedsCommand::Remove { name } => feeds::remove(&ctx, &name),
        },
        Some(Command::Import { file }) => feeds::import(&ctx, &file),
        Some(Command::Export { file }) => feeds::export(&ctx, file.as_deref()),
        Some(Command::Report { command }) => report::run(&ctx, command),
        Some(Command::Completions { .. } | Command::Man) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_valid() {
        <Cli as clap::CommandFactory>::command().debug_assert();
    }

    #[test]
    fn a_flag_given_twice_takes_the_last_wherever_they_are() {
        for args in [
            ["ddm-reader", "--data-dir", "/a", "--data-dir", "/b", "list"],
            ["ddm-reader", "--data-dir", "/a", "list", "--data-dir", "/b"],
            ["ddm-reader", "list", "--data-dir", "/a", "--data-dir", "/b"],
        ] {
            let cli = Cli::try_parse_from(args).unwrap();
            assert_eq!(cli.data_dir.as_deref(), Some(std::path::Path::new("/b")));
        }
        // A flag meant to be repeated still gathers every value.
        let cli = Cli::try_parse_from(["ddm-reader", "fetch", "--feed", "a", "--feed", "b"]);
        let Some(Command::Fetch { feeds, .. }) = cli.unwrap().command else {
            panic!("not fetch")
        };
        assert_eq!(feeds, ["a", "b"]);
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = Cli::try_parse_from(["ddm-reader", "list", "--offline", "--data-dir", "/tmp/x"])
            .unwrap();
        assert!(cli.offline);
        assert_eq!(
            cli.data_dir.as_deref(),
            Some(std::path::Path::new("/tmp/x"))
        );
    }

    #[test]
    fn a_refused_write_names_the_files_to_check() {
        let refused = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
            Some("attempt to write a readonly database".into()),
        );
        let CliError::Failed(e) = CliError::from(crate::store::StoreError::Sqlite(refused)) else {
            panic!("not a failure")
        };
        let line = crate::errors::one_line(e.as_ref());
        assert!(
            line.contains("cache.sqlite-shm") && line.contains("readonly database"),
            "{line}"
        );
    }
}
