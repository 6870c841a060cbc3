//! The user's configuration: TOML, every key with a built-in default.
//!
//! Owns parsing and validating `config.toml` and turning a bad file into an error that
//! names the file, the line and the key (and, for a misspelt key, the nearest valid one).
//! It does no I/O beyond reading the one file it is given and knows nothing of the store.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::Deserialize;

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

    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |needle: &str| text.find(needle).unwrap_or(0);
        let fetch = &self.fetch;
        for (key, value) in [
            ("concurrency", fetch.concurrency as u64),
            ("connect_timeout_secs", fetch.connect_timeout_secs),
            ("timeout_secs", fetch.timeout_secs),
            ("max_bytes", fetch.max_bytes),
        ] {
            if value == 0 {
                return Err(invalid(
                    path,
                    text,
                    at(key),
                    &format!("key `fetch.{key}`: must be greater than 0"),
                ));
            }
        }
        let mut names = std::collections::HashSet::new();
        let mut urls = std::collections::HashSet::new();
        for feed in &self.feeds {
            if !urls.insert(feed.url.as_str()) {
                // Point at the second occurrence, the one to delete.
                let second = text.rfind(&feed.url).unwrap_or(0);
                return Err(invalid(
                    path,
                    text,
                    second,
                    &format!("key `feeds.url`: `{}` is listed twice", feed.url),
                ));
            }
            let offset = at(&feed.url);
            if feed.name.trim().is_empty() {
                return Err(invalid(
                    path,
                    text,
                    offset,
                    "key `feeds.name`: must not be empty",
                ));
            }
            match url::Url::parse(&feed.url) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => {}
                _ => {
                    return Err(invalid(
                        path,
                        text,
                        offset,
                        &format!(
                            "key `feeds.url`: `{}` is not an http or https URL",
                            feed.url
                        ),
                    ));
                }
            }
            if !names.insert(feed.name.as_str()) {
                return Err(invalid(
                    path,
                    text,
                    at(&format!("\"{}\"", feed.name)),
                    &format!("key `feeds.name`: the name `{}` is used twice", feed.name),
                ));
            }
        }
        if !matches!(self.reader.hyperlinks.as_str(), "auto" | "always" | "never") {
            return Err(invalid(
                path,
                text,
                at("hyperlinks"),
                "key `reader.hyperlinks`: must be \"auto\", \"always\" or \"never\"",
            ));
        }
        if self.reader.width < 20 {
            return Err(invalid(
                path,
                text,
                at("width"),
                "key `reader.width`: must be at least 20",
            ));
        }
        if let Err(e) = crate::tui::keymap::Keymap::build(&self.keys) {
            return Err(invalid(
                path,
                text,
                keys_offset(text, &e.path),
                &e.to_string(),
            ));
        }
        if let Err((key, message)) = crate::share::check_config(&self.share) {
            let table = text.find("[share]").unwrap_or(0);
            let offset = text
                .get(table..)
                .and_then(|t| t.find(key))
                .map_or(table, |i| table + i);
            let message = format!("key `share.{key}`: {message}");
            return Err(invalid(path, text, offset, &message));
        }
        self.validate_report(text, path)
    }

    fn validate_report(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |needle: &str| text.find(needle).unwrap_or(0);
        let report = &self.report;
        if report.to.parse::<lettre::Address>().is_err()
            && report.to.parse::<lettre::message::Mailbox>().is_err()
        {
            return Err(invalid(
                path,
                text,
                at(&report.to),
                &format!("key `report.to`: `{}` is not an e-mail address", report.to),
            ));
        }
        if let Some(from) = &report.from
            && from.parse::<lettre::message::Mailbox>().is_err()
        {
            return Err(invalid(
                path,
                text,
                at(from),
                &format!("key `report.from`: `{from}` is not an e-mail address"),
            ));
        }
        if report.max_attachment_bytes == 0 {
            return Err(invalid(
                path,
                text,
                at("max_attachment_bytes"),
                "key `report.max_attachment_bytes`: must be greater than 0",
            ));
        }
        let Some(smtp) = &report.smtp else {
            return Ok(());
        };
        let problem = if !matches!(smtp.security.as_str(), "starttls" | "tls" | "none") {
            Some((
                "security",
                "key `report.smtp.security`: must be \"starttls\", \"tls\" or \"none\"".to_owned(),
            ))
        } else if smtp.security == "none" && !crate::report::send::is_loopback(&smtp.host) {
            Some((
                "security",
                format!(
                    "key `report.smtp.security`: \"none\" (unencrypted) is allowed only to this \
                     machine (localhost, 127.0.0.1, ::1), not to `{}`; use \"starttls\" or \"tls\"",
                    smtp.host
                ),
            ))
        } else if smtp.password_env.is_some() && smtp.password_command.is_some() {
            Some((
                "password_command",
                "key `report.smtp.password_command`: set password_env or password_command, not both"
                    .to_owned(),
            ))
        } else if smtp.password_command.as_ref().is_some_and(Vec::is_empty) {
            Some((
                "password_command",
                "key `report.smtp.password_command`: give a program and its arguments".to_owned(),
            ))
        } else if smtp.timeout_secs == 0 {
            Some((
                "timeout_secs",
                "key `report.smtp.timeout_secs`: must be greater than 0".to_owned(),
            ))
        } else {
            None
        };
        match problem {
            Some((key, message)) => {
                let smtp_at = text.find("[report.smtp]").unwrap_or(0);
                let offset = text
                    .get(smtp_at..)
                    .and_then(|t| t.find(key))
                    .map_or(smtp_at, |i| smtp_at + i);
                Err(invalid(path, text, offset, &message))
            }
            None => Ok(()),
        }
    }
}

/// Where in `text` the `[keys]` entry `keys.<mode>."<key>"` is, as near as can be told.
fn keys_offset(text: &str, dotted: &str) -> usize {
    let mut parts = dotted.splitn(3, '.');
    let (_, mode, key) = (parts.next(), parts.next().unwrap_or(""), parts.next());
    let table = text
        .find(&format!("[keys.{mode}]"))
        .or_else(|| text.find("[keys]"))
        .unwrap_or(0);
    key.and_then(|k| text.get(table..).and_then(|t| t.find(k)).map(|i| table + i))
        .unwrap_or(table)
}

fn invalid(path: &Path, text: &str, offset: usize, message: &str) -> ConfigError {
    let (line, column) = line_column(text, offset);
    ConfigError::Invalid {
        path: path.to_path_buf(),
        line,
        column,
        message: message.to_owned(),
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Turns toml's message into one that names the dotted key and suggests a valid one.
fn describe_toml_error(e: &toml::de::Error, text: &str, offset: usize) -> String {
    let message = e.message().trim().to_owned();
    let key = key_path_at(text, offset);
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let unknown = rest.split('`').next().unwrap_or("");
        let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
        let mut out = format!("unknown key `{key}`");
        if let Some(best) = nearest(unknown, &expected) {
            let _ = write!(out, " (did you mean `{best}`?)");
        }
        if !expected.is_empty() {
            let _ = write!(out, "; valid keys here: {}", expected.join(", "));
        }
        return out;
    }
    if key.is_empty() {
        message
    } else {
        format!("key `{key}`: {message}")
    }
}

/// The dotted key whose line holds `offset`: the last table header above it plus the
/// key before `=` on that line.
fn key_path_at(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let line_start = text
        .get(..offset)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line = text
        .get(line_start..)
        .and_then(|l| l.lines().next())
        .unwrap_or("");
    let table = text
        .get(..line_start)
        .unwrap_or("")
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_owned());
    let trimmed = line.trim();
    if trimmed.starts_with('[') {
        return trimmed
            .trim_matches(|c| c == '[' || c == ']')
            .trim()
            .to_owned();
    }
    let key = line
        .split('=')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches('"');
    match (table, key.is_empty()) {
        (Some(t), false) => format!("{t}.{key}"),
        (Some(t), true) => t,
        (None, _) => key.to_owned(),
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (levenshtein(word, c), *c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 2).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
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
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Config::parse(text, Path::new("/tmp/c.toml"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn example_config_parses_and_matches_defaults() {
        let text = include_str!("../config.example.toml");
        let config = Config::parse(text, Path::new("config.example.toml")).unwrap();
        assert_eq!(config.fetch, FetchConfig::default());
        assert_eq!(config.store, StoreConfig::default());
        assert_eq!(config.reader, ReaderConfig::default());
        assert_eq!(config.share, ShareConfig::default());
        assert_eq!(config.report, ReportConfig::default());
        assert_eq!(config.feeds[0].url, DEFAULT_FEED_URL);
    }

    #[test]
    fn bad_key_bindings_name_line_and_key() {
        let e = err("[reader]\nwidth = 72\n\n[keys.list]\n\"x\" = \"toggle_raed\"\n");
        assert!(e.starts_with("/tmp/c.toml:5:"), "{e}");
        assert!(e.contains("keys.list.\"x\""), "{e}");
        assert!(e.contains("did you mean `toggle_read`?"), "{e}");
        let e = err("[keys.reader]\n\"ctlr-x\" = \"quit\"\n");
        assert!(e.starts_with("/tmp/c.toml:2:"), "{e}");
        assert!(e.contains("unknown key name `ctlr-x`"), "{e}");
    }

    #[test]
    fn unknown_key_names_line_and_suggests() {
        let e = err("[fetch]\nconcurency = 4\n");
        assert!(e.starts_with("/tmp/c.toml:2:"), "{e}");
        assert!(e.contains("unknown key `fetch.concurency`"), "{e}");
        assert!(e.contains("did you mean `concurrency`?"), "{e}");
    }

    #[test]
    fn wrong_type_names_key_and_line() {
        let e = err("[fetch]\nconcurrency = 8\ntimeout_secs = \"thirty\"\n");
        assert!(e.starts_with("/tmp/c.toml:3:"), "{e}");
        assert!(e.contains("fetch.timeout_secs"), "{e}");
    }

    #[test]
    fn syntax_error_names_line() {
        let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\n");
        assert!(e.starts_with("/tmp/c.toml:3:"), "{e}");
    }

    #[test]
    fn unknown_feed_key_is_rejected() {
        let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\"\nsectoin = \"N\"\n");
        assert!(e.contains("/tmp/c.toml:4:"), "{e}");
        assert!(e.contains("did you mean `section`?"), "{e}");
    }

    #[test]
    fn bad_values_are_rejected() {
        assert!(err("[fetch]\nconcurrency = 0\n").contains("fetch.concurrency"));
        let e = err("[[feeds]]\nname = \"x\"\nurl = \"ftp://a.example/\"\n");
        assert!(e.contains(":3:") && e.contains("not an http"), "{e}");
        let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\"\n\
             [[feeds]]\nname = \"x\"\nurl = \"https://b.example/\"\n");
        assert!(e.contains("used twice"), "{e}");
        let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\"\n\
             [[feeds]]\nname = \"y\"\nurl = \"https://a.example/\"\n");
        assert!(e.contains(":6:") && e.contains("listed twice"), "{e}");
    }

    #[test]
    fn share_settings_are_checked() {
        let e = err("[share]\ntemplate = \"{title}\"\n");
        assert!(e.starts_with("/tmp/c.toml:2:"), "{e}");
        assert!(e.contains("share.template") && e.contains("{url}"), "{e}");
        let e = err("[share]\ntemplate = \"{headline} {url}\"\n");
        assert!(e.contains("`{headline}`"), "{e}");
        let e = err("[share]\nopener = []\n");
        assert!(e.contains("share.opener"), "{e}");
        let e = err("[share]\nx_via = \"@ddm\"\n");
        assert!(
            e.starts_with("/tmp/c.toml:2:") && e.contains("share.x_via"),
            "{e}"
        );
        let e = err("[share]\nx_hashtags = [\"ok\", \"#bad\"]\n");
        assert!(e.contains("share.x_hashtags") && e.contains("#bad"), "{e}");
        let e = err("[share]\nx_hashtag = [\"ok\"]\n");
        assert!(e.contains("did you mean `x_hashtags`?"), "{e}");
        let ok = Config::parse(
            "[share]\ntemplate = \"{title}\\n{url}\"\nx_via = \"DDM\"\nx_hashtags = [\"Naija\"]\n",
            Path::new("/tmp/c.toml"),
        )
        .unwrap();
        assert_eq!(ok.share.template, "{title}\n{url}");
        assert_eq!(ok.share.x_via.as_deref(), Some("DDM"));
    }

    #[test]
    fn report_settings_are_checked() {
        let smtp = |rest: &str| {
            err(&format!(
                "[report.smtp]\nhost = \"smtp.example.org\"\n{rest}"
            ))
        };
        let e = smtp("security = \"none\"\n");
        assert!(e.starts_with("/tmp/c.toml:3:"), "{e}");
        assert!(
            e.contains("only to this machine") && e.contains("smtp.example.org"),
            "{e}"
        );
        let e = smtp("password_env = \"P\"\npassword_command = [\"pass\"]\n");
        assert!(
            e.starts_with("/tmp/c.toml:4:") && e.contains("not both"),
            "{e}"
        );
        assert!(smtp("security = \"ssl\"\n").contains("report.smtp.security"));
        assert!(err("[report]\nto = \"not an address\"\n").contains("report.to"));
        assert!(err("[report]\nfrom = \"@@\"\n").contains("report.from"));
        let ok = "[report]\nfrom = \"Ada <ada@example.org>\"\n[report.smtp]\nhost = \"127.0.0.1\"\n\
                  security = \"none\"\n";
        let c = Config::parse(ok, Path::new("/tmp/c.toml")).unwrap();
        assert_eq!(c.report.smtp.unwrap().timeout_secs, 30);
    }

    #[test]
    fn missing_optional_file_means_built_in() {
        let (c, s) = Config::load(Path::new("/nonexistent/ddm.toml"), false).unwrap();
        assert_eq!(s, ConfigSource::BuiltIn);
        assert_eq!(c.feeds[0].url, DEFAULT_FEED_URL);
        assert!(Config::load(Path::new("/nonexistent/ddm.toml"), true).is_err());
    }
}
