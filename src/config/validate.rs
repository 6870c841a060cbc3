//! The checks serde cannot make: values in range, feeds unique and http(s), the share
//! template, the report addresses and SMTP settings, and the `[keys]` tables. Each
//! failure points at the line of the offending key.

use std::path::Path;

use super::diagnose::invalid;
use super::{Config, ConfigError};

impl Config {
    pub(super) fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |needle: &str| text.find(needle).unwrap_or(0);
        let fetch = &self.fetch;
        // The store's two at 0 would make a refresh delete what it has just stored.
        for (key, value) in [
            ("fetch.concurrency", fetch.concurrency as u64),
            ("fetch.connect_timeout_secs", fetch.connect_timeout_secs),
            ("fetch.timeout_secs", fetch.timeout_secs),
            ("fetch.max_bytes", fetch.max_bytes),
            ("store.retention_days", u64::from(self.store.retention_days)),
            (
                "store.max_articles_per_feed",
                u64::from(self.store.max_articles_per_feed),
            ),
        ] {
            if value == 0 {
                let name = key.rsplit('.').next().unwrap_or(key);
                return Err(invalid(
                    path,
                    text,
                    at(name),
                    &format!("key `{key}`: must be greater than 0"),
                ));
            }
        }
        if let Some(problem) = log_filter_problem(&self.log.level) {
            return Err(invalid(
                path,
                text,
                at("level"),
                &format!("key `log.level`: {problem}"),
            ));
        }
        let mut names = std::collections::HashSet::new();
        let mut urls = std::collections::HashSet::new();
        for (i, feed) in self.feeds.iter().enumerate() {
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
            // Names and addresses are printed by `fetch`, `feeds list` and the reader:
            // a control character in one (an escape, a carriage return) would reach
            // the terminal, as nothing from a feed may. The value is written escaped
            // in the file, so its line is found by its key in the feed's table.
            for (key, value) in [("name", &feed.name), ("url", &feed.url)] {
                if value.chars().any(char::is_control) {
                    let table = text.get(..offset).and_then(|t| t.rfind("[[feeds]]"));
                    let line = table
                        .and_then(|t| text.get(t..)?.find(key).map(|k| t + k))
                        .unwrap_or(offset);
                    return Err(invalid(
                        path,
                        text,
                        line,
                        &format!("key `feeds.{key}`: must not hold a control character"),
                    ));
                }
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
            // `--feed` finds names without case: two that differ only in case clash.
            if !names.insert(super::feed_name_key(&feed.name)) {
                // Point at this one, the second use, to rename: its spelling as often
                // in the text as feeds before it have it.
                let quoted = format!("\"{}\"", feed.name);
                let before = self.feeds[..i]
                    .iter()
                    .filter(|f| f.name == feed.name)
                    .count();
                let second = text
                    .match_indices(&quoted)
                    .nth(before)
                    .map_or(0, |(at, _)| at);
                return Err(invalid(
                    path,
                    text,
                    second,
                    &format!(
                        "key `feeds.name`: the name `{}` is used twice (names are told \
                         apart without case)",
                        feed.name
                    ),
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

/// What is wrong with a `log.level`, if anything. A tracing filter takes a bare word as
/// a module name, so a misspelt level ("inof") would be read as one and silently log
/// nothing: each part must be a level or `target=level`.
pub(crate) fn log_filter_problem(filter: &str) -> Option<String> {
    const LEVELS: &[&str] = &["error", "warn", "info", "debug", "trace", "off"];
    let example = "(e.g. \"info\" or \"info,ddm_reader=debug\")";
    let is_level = |s: &str| {
        let s = s.trim().to_ascii_lowercase();
        LEVELS.contains(&s.as_str()) || matches!(s.as_str(), "0" | "1" | "2" | "3" | "4" | "5")
    };
    let not_a_level = |word: &str| {
        let hint = super::nearest(&word.to_ascii_lowercase(), LEVELS)
            .map(|l| format!(" (did you mean `{l}`?)"))
            .unwrap_or_default();
        format!(
            "`{word}` is not a log level{hint}: one of {}, alone or as target=level {example}",
            LEVELS.join(", ")
        )
    };
    // Span filters (`target[span{field=1,other=2}]=debug`) have commas of their own:
    // those are left to tracing's parser alone.
    if !filter.contains('[') {
        for part in filter.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            // A bare word is a module's name to tracing, every level of it logged; one a
            // letter or two from a level is a misspelt level, which would log nothing
            // ("inof").
            let wrong = match part.rsplit_once('=') {
                Some((_, level)) => (!is_level(level)).then(|| level.trim()),
                None => (!is_level(part)
                    && super::nearest(&part.to_ascii_lowercase(), LEVELS).is_some())
                .then_some(part),
            };
            if let Some(word) = wrong {
                return Some(not_a_level(word));
            }
        }
    }
    if tracing_subscriber::EnvFilter::try_new(filter).is_err() {
        return Some(format!("`{filter}` is not a log filter {example}"));
    }
    None
}
