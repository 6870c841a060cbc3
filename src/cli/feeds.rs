//! Feed management commands: `feeds list|add|remove`, `import`, `export`.

use std::path::Path;

use serde::Serialize;

use super::commands::find_feed;
use super::{CliError, Context, output};
use crate::opml::{self, FeedEntry};
use crate::refresh::followed_feeds;
use crate::sanitize::clean_line;
use crate::store::{FeedRow, FeedSource};

#[derive(Serialize)]
struct FeedJson<'a> {
    name: &'a str,
    url: &'a str,
    section: Option<&'a str>,
    source: FeedSource,
    articles: u64,
    last_success: Option<chrono::DateTime<chrono::Utc>>,
    last_error: Option<&'a str>,
    http_status: Option<u16>,
}

/// `feeds list`: the config's feeds and the store's, merged, with their status.
pub fn list(ctx: &Context, json: bool) -> Result<(), CliError> {
    let store = ctx.store()?;
    let feeds = followed_feeds(&store, &ctx.config)?;
    if json {
        let rows: Vec<FeedJson<'_>> = feeds
            .iter()
            .map(|f| FeedJson {
                name: &f.name,
                url: &f.url,
                section: f.section.as_deref(),
                source: f.source,
                articles: f.articles,
                last_success: f.last_success,
                last_error: f.last_error.as_deref(),
                http_status: f.http_status,
            })
            .collect();
        return output::json(&rows);
    }
    for f in &feeds {
        let status = match (&f.last_error, f.last_success) {
            (Some(e), _) => format!("error: {}", clean_line(e)),
            (None, Some(t)) => format!("ok {}", output::human_date(Some(t))),
            (None, None) => "never fetched".to_owned(),
        };
        let source = if f.source == FeedSource::Config {
            "config"
        } else {
            "store"
        };
        output::say(&format!(
            "{}  [{source}] {}  {status}\n    {}",
            f.name,
            output::count(f.articles, "article"),
            crate::feed::shown_url(&f.url)
        ))?;
    }
    Ok(())
}

/// `feeds add URL [--name N]`.
pub fn add(ctx: &Context, url: &str, name: Option<&str>) -> Result<(), CliError> {
    let store = ctx.store()?;
    let entry = checked_entry(url, name)?;
    let feeds = followed_feeds(&store, &ctx.config)?;
    if let Some(f) = feeds.iter().find(|f| f.url == entry.url) {
        return Err(CliError::Usage(format!(
            "{} is already followed as `{}`",
            entry.url, f.name
        )));
    }
    let mut names = Names::of(&feeds);
    let unnamed = name.is_none();
    let name = if name.is_some() {
        // A name given is the user's to change.
        if names.taken(&entry.name) {
            return Err(CliError::Usage(format!(
                "a feed named `{}` exists already; choose another with --name",
                entry.name
            )));
        }
        entry.name
    } else {
        // Unnamed, it is named after its host; a second feed from one site is
        // numbered ("example.org (2)") rather than refused.
        names.claim(&entry.name, &entry.name)
    };
    let id = store.ensure_feed(&entry.url, &name, None, FeedSource::Store)?;
    if unnamed {
        store.mark_named_after_host(&[id])?;
    }
    let title_note = if unnamed {
        " It takes the feed's own title as its name at its first fetch."
    } else {
        ""
    };
    output::say(&format!(
        "Added {name} ({}).{title_note} Run `ddm-reader fetch` to fetch it.",
        crate::feed::shown_url(&entry.url)
    ))
}

fn checked_entry(url: &str, name: Option<&str>) -> Result<FeedEntry, CliError> {
    let mut parsed = url::Url::parse(url.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| CliError::Usage(format!("`{url}` is not an http or https URL")))?;
    // A fragment never reaches the server: `…/feed#x` is the same feed as `…/feed`, and
    // following both would list each story twice.
    parsed.set_fragment(None);
    let name = match name {
        Some(n) if !clean_line(n).is_empty() => clean_line(n),
        Some(_) => return Err(CliError::Usage("the feed name must not be empty".into())),
        None => parsed.host_str().unwrap_or("feed").to_owned(),
    };
    Ok(FeedEntry {
        name,
        url: parsed.to_string(),
        section: None,
    })
}

/// The names of the followed feeds, as they are told apart
/// ([`crate::config::feed_name_key`]): what a new subscription's name must not repeat.
struct Names(std::collections::HashSet<String>);

impl Names {
    fn of(feeds: &[FeedRow]) -> Names {
        Names(
            feeds
                .iter()
                .map(|f| crate::config::feed_name_key(&f.name))
                .collect(),
        )
    }

    fn taken(&self, name: &str) -> bool {
        self.0.contains(&crate::config::feed_name_key(name))
    }

    /// `base` if it is free, else `base` told apart by `host`, then by number; the name
    /// returned is taken from then on.
    fn claim(&mut self, base: &str, host: &str) -> String {
        let mut name = base.to_owned();
        for n in 2.. {
            if self.0.insert(crate::config::feed_name_key(&name)) {
                break;
            }
            name = if n == 2 && base != host {
                format!("{base} ({host})")
            } else {
                format!("{base} ({n})")
            };
        }
        name
    }
}

/// `feeds remove NAME`: only feeds kept in the store; config feeds are edited there.
pub fn remove(ctx: &Context, name: &str) -> Result<(), CliError> {
    let store = ctx.store()?;
    followed_feeds(&store, &ctx.config)?;
    // Every feed in the cache, so one the config no longer lists can still be removed.
    let feeds = store.feeds()?;
    let feed = find_feed(&feeds, name, |f| super::commands::is_followed(ctx, f))?;
    if ctx.config.feeds.iter().any(|f| f.url == feed.url) {
        return Err(CliError::Usage(format!(
            "`{}` comes from the config file {}; remove it there",
            feed.name,
            ctx.paths.config.display()
        )));
    }
    let (removed, starred) = store.remove_feed(feed.id)?;
    let kept = match starred {
        0 => String::new(),
        1 => " Its starred article is kept (`ddm-reader list --starred`).".to_owned(),
        n => format!(" Its {n} starred articles are kept (`ddm-reader list --starred`)."),
    };
    output::say(&format!(
        "Removed {} and its {} cached.{kept}",
        feed.name,
        output::count(removed, "article")
    ))
}

/// The largest file `import` reads: an OPML of 200,000 feeds is about 30 MiB.
const MAX_IMPORT: u64 = 64 << 20;

/// `import FILE`: OPML, or a newsboat `urls` file. All its feeds are added in one
/// transaction: an import cut short adds none.
pub fn import(ctx: &Context, file: &Path) -> Result<(), CliError> {
    let stdin = file == Path::new("-");
    let shown = if stdin {
        "standard input".to_owned()
    } else {
        file.display().to_string()
    };
    let cannot = |e: &dyn std::fmt::Display| CliError::Usage(format!("cannot read {shown}: {e}"));
    let mut bytes = Vec::new();
    // `-` is standard input, as scripts expect.
    let source: Box<dyn std::io::Read> = if stdin {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| cannot(&e))?)
    };
    std::io::Read::read_to_end(&mut std::io::Read::take(source, MAX_IMPORT + 1), &mut bytes)
        .map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > MAX_IMPORT {
        return Err(cannot(&format!(
            "it is larger than {} MiB, far more than a list of feeds",
            MAX_IMPORT >> 20
        )));
    }
    // OPML from older readers may be in the encoding its declaration names (Latin-1,
    // say): decoded like a feed.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => crate::feed::decode::to_utf8(e.into_bytes(), None).map_err(|e| cannot(&e))?,
    };
    let (entries, left_out) =
        opml::import_noting_skipped(&text).map_err(|e| CliError::Usage(format!("{shown}: {e}")))?;
    for why in &left_out {
        say_err!("skipped {why}");
    }
    let store = ctx.store()?;
    let feeds = followed_feeds(&store, &ctx.config)?;
    let mut urls: std::collections::HashSet<String> = feeds.iter().map(|f| f.url.clone()).collect();
    let mut names = Names::of(&feeds);
    let (mut followed, mut skipped) = (0, left_out.len());
    let mut to_add: Vec<(String, String, Option<&str>, bool)> = Vec::new();
    for entry in &entries {
        let Ok(checked) = checked_entry(&entry.url, Some(&entry.name)) else {
            say_err!(
                "skipped {}: not an http or https URL",
                clean_line(&entry.url)
            );
            skipped += 1;
            continue;
        };
        if !urls.insert(checked.url.clone()) {
            followed += 1;
            continue;
        }
        // Two feeds with one title (or, unnamed, on one host) are both kept: told apart
        // by host, then by number.
        let host = url::Url::parse(&checked.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_default();
        // An outline without a title (or a newsboat line without `~name`) is named
        // after its host until the feed's own title comes.
        let unnamed = checked.name == host;
        let name = names.claim(&checked.name, &host);
        to_add.push((checked.url, name, entry.section.as_deref(), unnamed));
    }
    let ids = store.ensure_feeds(
        to_add
            .iter()
            .map(|(url, name, section, _)| (url.as_str(), name.as_str(), *section)),
        FeedSource::Store,
    )?;
    let unnamed: Vec<_> = ids
        .iter()
        .zip(&to_add)
        .filter(|(_, (.., unnamed))| *unnamed)
        .map(|(id, _)| *id)
        .collect();
    store.mark_named_after_host(&unnamed)?;
    let added = ids.len();
    output::say(&format!(
        "Imported {} ({followed} already followed, {skipped} skipped). Run `ddm-reader fetch` to fetch them.",
        output::count(added as u64, "feed")
    ))
}

/// `export [FILE]`: the followed feeds as OPML 2.0.
pub fn export(ctx: &Context, file: Option<&Path>) -> Result<(), CliError> {
    let store = ctx.store()?;
    let feeds: Vec<FeedEntry> = followed_feeds(&store, &ctx.config)?
        .into_iter()
        .map(|f| FeedEntry {
            name: f.name,
            url: f.url,
            section: f.section,
        })
        .collect();
    let xml = opml::export(&feeds, chrono::Utc::now());
    match file.filter(|path| *path != Path::new("-")) {
        Some(path) => {
            ctx.refuse_own(path)?;
            crate::files::write_replacing(path, xml.as_bytes(), crate::files::Access::Usual)
                .map_err(|e| {
                    CliError::Failed(
                        anyhow::Error::new(e).context(format!("writing {}", path.display())),
                    )
                })
        }
        None => output::say(xml.trim_end()),
    }
}
