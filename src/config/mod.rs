//! The user's configuration: TOML, every key with a built-in default.
//!
//! Owns parsing and validating `config.toml` and turning a bad file into an error that
//! names the file, the line and the key (and, for a misspelt key, the nearest valid one).
//! It does no I/O beyond reading the one file it is given and knows nothing of the store.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod diagnose;
mod validate;

pub(crate) use validate::log_filter_problem;

pub use diagnose::nearest;
use diagnose::{describe_toml_error, invalid};

/// The DDM feed, used when there is no config file at all.
pub const DEFAULT_FEED_URL: &str = "https://diasporadigitalmedia.com/feed/";
/// The name the built-in DDM feed is listed under.
pub const DEFAULT_FEED_NAME: &str = "Diaspora Digital Media";

/// The whole configuration, as read from `config.toml` over the built-in defaults.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Feeds to follow; merged with the ones added through `feeds add` / `import`.
    pub feeds: Vec<FeedConfig>,
    /// How feeds are fetched.
    pub fetch: FetchConfig,
    /// How long articles are kept.
    pub store: StoreConfig,
    /// Where citizen reports go (used by the report feature).
    pub report: ReportConfig,
    /// How stories are shared (used by the share menu).
    pub share: ShareConfig,
    /// Logging to `<data dir>/ddm-reader.log`.
    pub log: LogConfig,
    /// The TUI's reader.
    pub reader: ReaderConfig,
    /// Key bindings merged over the defaults: `[keys.<mode>]` tables of key = action.
    pub keys: crate::tui::keymap::KeysConfig,
    /// The user's own actors.
    pub actors: ActorsConfig,
}

/// Actor settings.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ActorsConfig {
    /// The user's gazetteer file: entries added to or overriding the bundled ones, and
    /// where `+` in the actors panel adds a discovered actor. Relative to the config
    /// file's folder; `actors.toml` there when not set.
    pub file: Option<std::path::PathBuf>,
}

/// How the TUI shows articles.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ReaderConfig {
    /// Widest text column in the reader, centred in wider terminals.
    pub width: u16,
    /// Whether opening an article marks it read.
    pub mark_read_on_open: bool,
    /// OSC 8 hyperlinks in the reader: "auto" (unless the terminal is known not to
    /// support them), "always" or "never".
    pub hyperlinks: String,
}

impl Default for ReaderConfig {
    fn default() -> Self {
        ReaderConfig {
            width: 80,
            mark_read_on_open: true,
            hyperlinks: "auto".to_owned(),
        }
    }
}

/// A feed name as feeds are told apart by it (`--feed`, the config's check, naming new
/// subscriptions): without case, beyond ASCII too.
pub fn feed_name_key(name: &str) -> String {
    name.to_lowercase()
}

/// One feed from the config file.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeedConfig {
    /// The name shown in lists and used by `--feed`.
    pub name: String,
    /// The feed's URL (http or https).
    pub url: String,
    /// An optional section the feed's articles are filed under.
    #[serde(default)]
    pub section: Option<String>,
}

/// Fetcher settings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FetchConfig {
    /// Feeds fetched at the same time.
    pub concurrency: usize,
    /// Seconds allowed to open a connection.
    pub connect_timeout_secs: u64,
    /// Seconds allowed for a whole request, body included.
    pub timeout_secs: u64,
    /// Largest response accepted, counted after decompression.
    pub max_bytes: u64,
    /// Whether the reader refreshes when it starts.
    pub refresh_on_start: bool,
}

/// Retention settings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    /// Articles first stored longer ago than this are removed (starred ones never).
    pub retention_days: u32,
    /// At most this many articles are kept per feed (starred ones do not count).
    pub max_articles_per_feed: u32,
}

/// Citizen report settings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ReportConfig {
    /// The newsroom's address.
    pub to: String,
    /// The address reports are sent from; default: the SMTP username when it is an
    /// address, else `citizen-report@ddm-reader.invalid`.
    pub from: Option<String>,
    /// Largest single attachment, in bytes.
    pub max_attachment_bytes: u64,
    /// Total attachment size above which the form warns, in bytes.
    pub warn_total_bytes: u64,
    /// SMTP server; absent means reports go out through `mailto:` or `.eml` export.
    pub smtp: Option<SmtpConfig>,
}

/// SMTP settings for sending reports.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    /// Server host name.
    pub host: String,
    /// Server port.
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    /// `starttls`, `tls` or `none` (loopback testing only).
    #[serde(default = "default_smtp_security")]
    pub security: String,
    /// Login name, if the server wants AUTH.
    #[serde(default)]
    pub username: Option<String>,
    /// Environment variable holding the password.
    #[serde(default)]
    pub password_env: Option<String>,
    /// Program (argv, no shell) that prints the password.
    #[serde(default)]
    pub password_command: Option<Vec<String>>,
    /// Seconds allowed for connecting and for each SMTP command.
    #[serde(default = "default_smtp_timeout")]
    pub timeout_secs: u64,
}

/// Share settings.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ShareConfig {
    /// Share text for WhatsApp and the e-mail body; `{title}` and `{url}` are filled in.
    pub template: String,
    /// Program (argv, no shell) that opens URLs; else `$BROWSER`, else the platform's.
    pub opener: Option<Vec<String>>,
    /// An X account (without the @) that X names as the post's source ("via @…").
    pub x_via: Option<String>,
    /// Hashtags (without the #) X adds to the post.
    pub x_hashtags: Vec<String>,
}

/// Log settings.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// A tracing filter such as `info` or `ddm_reader=debug`.
    pub level: String,
}

fn default_smtp_port() -> u16 {
    587
}

fn default_smtp_security() -> String {
    "starttls".to_owned()
}

fn default_smtp_timeout() -> u64 {
    30
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            concurrency: 8,
            connect_timeout_secs: 10,
            timeout_secs: 30,
            max_bytes: 16 * 1024 * 1024,
            refresh_on_start: true,
        }
    }
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            retention_days: 90,
            max_articles_per_feed: 2000,
        }
    }
}

impl Default for ReportConfig {
    fn default() -> Self {
        ReportConfig {
            to: "citizenreports@diasporadigitalmedia.com".to_owned(),
            from: None,
            max_attachment_bytes: 25 * 1024 * 1024,
            warn_total_bytes: 20 * 1024 * 1024,
            smtp: None,
        }
    }
}

impl Default for ShareConfig {
    fn default() -> Self {
        ShareConfig {
            template: "{title} — {url}".to_owned(),
            opener: None,
            x_via: None,
            x_hashtags: Vec::new(),
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            level: "info".to_owned(),
        }
    }
}

/// Where the configuration came from, for messages and for `feeds list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigSource {
    /// Read from this file.
    File(PathBuf),
    /// No file: the built-in defaults (with the DDM feed).
    BuiltIn,
}

/// A configuration that could not be used: names the file, line and key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid, or holds an unknown key or a value of the wrong type.
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, naming the key.
        message: String,
    },
}

impl Config {
    /// Loads the configuration from `path` if given and present; `required` says whether
    /// a missing file is an error (an explicit `--config`) or means the built-in defaults.
    pub fn load(path: &Path, required: bool) -> Result<(Config, ConfigSource), ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let config = Config::parse(&text, path)?;
                Ok((config, ConfigSource::File(path.to_path_buf())))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                Ok((Config::built_in(), ConfigSource::BuiltIn))
            }
            Err(source) => Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// The configuration used when there is no file: defaults plus the DDM feed.
    pub fn built_in() -> Config {
        Config {
            feeds: vec![FeedConfig {
                name: DEFAULT_FEED_NAME.to_owned(),
                url: DEFAULT_FEED_URL.to_owned(),
                section: None,
            }],
            ..Config::default()
        }
    }

    /// Parses and validates `text`, read from `path` (used in messages only).
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            invalid(path, text, offset, &describe_toml_error(&e, text, offset))
        })?;
        config.validate(text, path)?;
        Ok(config)
    }
}

impl fmt::Display for ConfigSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigSource::File(p) => write!(f, "{}", p.display()),
            ConfigSource::BuiltIn => f.write_str("built-in defaults"),
        }
    }
}

#[cfg(test)]
mod tests;
