//! The reading commands: the default headlines, `fetch`, `list`, `read`, `search`.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use super::output::{self, write_error};
use super::{CliError, ColorChoice, Context};
use crate::refresh::{self, FeedReport, FeedStatus, RefreshOptions};
use crate::store::{ArticleId, FeedRow, ListFilter, Store};

/// Headlines printed by the bare command.
const HEADLINES: usize = 20;

/// The bare `ddm-reader`: refresh (unless offline), then the latest headlines. With an
/// empty cache and no feed reachable, the bundled sample edition is loaded and labelled.
pub fn headlines(ctx: &Context) -> Result<(), CliError> {
    let mut store = ctx.store()?;
    let mut failed = Vec::new();
    if !ctx.offline && ctx.config.fetch.refresh_on_start {
        let feeds = refresh::followed_feeds(&store, &ctx.config)?;
        let reports = run_refresh(ctx, &feeds)?;
        crate::sample::retire_if_superseded(&store)?;
        failed.extend(
            reports
                .into_iter()
                .filter(|r| r.status == FeedStatus::Error),
        );
    }
    let mut sample = false;
    if store.article_count()? == 0 {
        crate::sample::load(&mut store)?;
        sample = true;
    } else if crate::sample::showing(&store)? {
        sample = true;
    }
    let rows = store.list_headlines(&ListFilter {
        limit: Some(HEADLINES),
        ..ListFilter::default()
    })?;
    if sample {
        output::say("Sample edition — no feed could be reached and the cache is empty.")?;
        output::say("Run `ddm-reader fetch` when you are online.\n")?;
    }
    for r in &failed {
        say_err!(
            "ddm-reader: {}: {}",
            r.name,
            crate::sanitize::clean_line(r.error.as_deref().unwrap_or("failed"))
        );
    }
    output::articles(&rows)?;
    if failed.is_empty() {
        Ok(())
    } else {
        // The headlines are shown, but part of the job (a refresh) failed: exit 1.
        Err(CliError::Partial(String::new()))
    }
}

/// `fetch`: refresh every followed feed (or the named ones); exit 1 if any failed.
pub fn fetch(ctx: &Context, only: &[String], json: bool) -> Result<(), CliError> {
    if ctx.offline {
        return Err(CliError::Usage(
            "fetch needs the network, but --offline was given".into(),
        ));
    }
    let store = ctx.store()?;
    let mut feeds = refresh::followed_feeds(&store, &ctx.config)?;
    if !only.is_empty() {
        let mut chosen = Vec::new();
        for wanted in only {
            let feed = find_feed(&feeds, wanted, |_| true)?;
            if !chosen.iter().any(|f: &FeedRow| f.id == feed.id) {
                chosen.push(feed.clone());
            }
        }
        feeds = chosen;
    }
    if feeds.is_empty() {
        // Not an error (a config may list none yet), but worth a word on stderr: the
        // output alone would look like a refresh that found nothing.
        say_err!(
            "ddm-reader: no feeds to fetch: the config ({}) lists none; add one with \
             `ddm-reader feeds add URL` or `import FILE`",
            ctx.paths.config.display()
        );
    }
    let mut reports = run_refresh(ctx, &feeds)?;
    // A feed followed without a name took its title in this refresh: reported by the
    // name it has now, which `--feed` and `list` know it by.
    let names: std::collections::HashMap<String, String> = store
        .feeds()?
        .into_iter()
        .map(|f| (f.url, f.name))
        .collect();
    for r in &mut reports {
        if let Some(name) = names.get(&r.url) {
            r.name.clone_from(name);
        }
    }
    crate::sample::retire_if_superseded(&store)?;
    if json {
        #[derive(Serialize)]
        struct FetchJson<'a> {
            feeds: &'a [FeedReport],
        }
        output::json(&FetchJson { feeds: &reports })?;
    } else {
        output::feed_reports(&reports)?;
    }
    let failed: Vec<&str> = reports
        .iter()
        .filter(|r| r.status == FeedStatus::Error)
        .map(|r| r.name.as_str())
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(CliError::Partial(format!(
            "{} of {} failed: {}",
            failed.len(),
            output::count(reports.len() as u64, "feed"),
            failed.join(", ")
        )))
    }
}

fn run_refresh(ctx: &Context, feeds: &[FeedRow]) -> Result<Vec<FeedReport>, CliError> {
    let mut options = RefreshOptions::from_config(&ctx.config);
    options.extractor = Some(std::sync::Arc::new(ctx.extractor()?));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            CliError::Failed(anyhow::Error::new(e).context("starting the async runtime"))
        })?;
    let bar = output::progress_bar(feeds.len());
    let progress = |r: &FeedReport| {
        bar.set_message(r.name.clone());
        bar.inc(1);
    };
    let reports = runtime
        .block_on(refresh::refresh(
            &ctx.paths.cache(),
            feeds,
            &options,
            &progress,
        ))
        .map_err(|e| CliError::Failed(anyhow::Error::new(e).context("refreshing feeds")))?;
    bar.finish_and_clear();
    Ok(reports)
}

/// Finds a feed by URL, or by name (case-insensitive). Of several feeds with one name,
/// a followed one (`followed`) is taken over one only cached, such as the row of a
/// config feed whose URL has since changed; two followed feeds with one name (a config
/// feed and a subscription) are ambiguous, and the error lists their URLs.
pub fn find_feed<'a>(
    feeds: &'a [FeedRow],
    wanted: &str,
    followed: impl Fn(&FeedRow) -> bool,
) -> Result<&'a FeedRow, CliError> {
    if let Some(f) = feeds.iter().find(|f| f.url == wanted) {
        return Ok(f);
    }
    let key = crate::config::feed_name_key(wanted);
    let named: Vec<&FeedRow> = feeds
        .iter()
        .filter(|f| crate::config::feed_name_key(&f.name) == key)
        .collect();
    let best: Vec<&FeedRow> = if named.iter().any(|f| followed(f)) {
        named.into_iter().filter(|f| followed(f)).collect()
    } else {
        named
    };
    match best.as_slice() {
        [one] => Ok(one),
        [] => {
            let known: Vec<&str> = feeds.iter().map(|f| f.name.as_str()).collect();
            let hint = crate::config::nearest(wanted, &known)
                .map(|n| format!(" (did you mean `{n}`?)"))
                .unwrap_or_default();
            Err(CliError::Usage(format!(
                "no feed named `{wanted}`{hint}; `ddm-reader feeds list` shows them"
            )))
        }
        many => {
            let urls: Vec<&str> = many.iter().map(|f| f.url.as_str()).collect();
            Err(CliError::Usage(format!(
                "{} feeds are named `{wanted}`; give the URL of the one you mean: {}",
                many.len(),
                urls.join(", ")
            )))
        }
    }
}

/// Whether `feed` is followed: the config lists it, or it was added to the store.
pub fn is_followed(ctx: &Context, feed: &FeedRow) -> bool {
    feed.source == crate::store::FeedSource::Store
        || ctx.config.feeds.iter().any(|f| f.url == feed.url)
}

/// What `list` filters on.
pub struct ListArgs<'a> {
    /// `--feed`.
    pub feed: Option<&'a str>,
    /// `--unread`.
    pub unread: bool,
    /// `--starred`.
    pub starred: bool,
    /// `--actor`.
    pub actor: Option<&'a str>,
    /// `--limit`.
    pub limit: Option<usize>,
}

/// `list`.
pub fn list(ctx: &Context, args: &ListArgs<'_>, json: bool) -> Result<(), CliError> {
    let mut store = ctx.synced_store()?;
    let feed = match args.feed {
        Some(wanted) => Some(find_feed(&store.feeds()?, wanted, |f| is_followed(ctx, f))?.id),
        None => None,
    };
    let actor = match args.actor {
        Some(name) => Some(super::actors::find_actor(ctx, &mut store, name)?),
        None => None,
    };
    let filter = ListFilter {
        feed,
        unread: args.unread,
        starred: args.starred,
        limit: args.limit,
        section: None,
        actor,
    };
    if json {
        output::json(&store.list(&filter)?)
    } else {
        output::articles(&store.list_headlines(&filter)?)
    }
}

/// `search`.
pub fn search(
    ctx: &Context,
    query: &str,
    limit: Option<usize>,
    json: bool,
) -> Result<(), CliError> {
    let store = ctx.synced_store()?;
    let filter = ListFilter {
        limit,
        ..ListFilter::default()
    };
    if json {
        output::json(&store.search(query, &filter)?)
    } else {
        output::articles(&store.search_headlines(query, &filter)?)
    }
}

#[derive(Serialize)]
struct ReadJson<'a> {
    id: ArticleId,
    feed: &'a str,
    title: &'a str,
    url: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<chrono::DateTime<chrono::Utc>>,
    categories: &'a [String],
    text: String,
    links: &'a [String],
    actors: Vec<super::actors::ActorMentionsJson<'a>>,
    quotes: Vec<super::actors::QuoteJson<'a>>,
}

/// `read ID`: prints the article and marks it read.
pub fn read(ctx: &Context, id: i64, color: ColorChoice, json: bool) -> Result<(), CliError> {
    let mut store = ctx.synced_store()?;
    let article = load_article(&store, id)?;
    let s = &article.summary;
    if json {
        let text = article.document.plain_text();
        let x = super::actors::extraction(ctx, &mut store, s.id, &s.title, &text)?;
        output::json(&ReadJson {
            id: s.id,
            feed: &s.feed,
            title: &s.title,
            url: s.url.as_deref(),
            author: s.author.as_deref(),
            published: s.published,
            categories: &article.categories,
            links: &article.document.links,
            actors: super::actors::mentions_json(&x, &text),
            quotes: super::actors::quotes_json(&x),
            text,
        })?;
    } else {
        let stdout = std::io::stdout();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            // `NO_COLOR` set to the empty string counts as unset (no-color.org), as in
            // the reader and `share --to qr`.
            ColorChoice::Auto => stdout.is_terminal() && !crate::tui::theme::Theme::no_color_env(),
        };
        let width = text_width(stdout.is_terminal());
        let mut out = stdout.lock();
        let (bold, dim, reset) = if color {
            ("\x1b[1m", "\x1b[2m", "\x1b[0m")
        } else {
            ("", "", "")
        };
        let mut meta = vec![s.feed.clone()];
        meta.extend(s.author.clone());
        if s.published.is_some() {
            meta.push(output::human_date(s.published));
        }
        if !article.categories.is_empty() {
            meta.push(article.categories.join(", "));
        }
        // Title and byline wrap like the text (a feed's title or category list can be
        // hundreds of columns); the address stays whole, to be copied or clicked.
        for line in crate::width::wrap(&s.title, width) {
            writeln!(out, "{bold}{line}{reset}").map_err(write_error)?;
        }
        for line in crate::width::wrap(&meta.join(" · "), width) {
            writeln!(out, "{dim}{line}{reset}").map_err(write_error)?;
        }
        if let Some(url) = &s.url {
            writeln!(out, "{dim}{url}{reset}").map_err(write_error)?;
        }
        writeln!(out).map_err(write_error)?;
        writeln!(out, "{}", article.document.to_ansi(width, color)).map_err(write_error)?;
    }
    store.set_read(s.id, true)?;
    Ok(())
}

pub(super) fn load_article(store: &Store, id: i64) -> Result<crate::store::Article, CliError> {
    store.article(ArticleId(id))?.ok_or_else(|| {
        CliError::Usage(format!(
            "no article with id {id}; `ddm-reader list` shows the ids"
        ))
    })
}

/// Wrap width for `read`: the terminal's (from `COLUMNS` when set), at most 100, else 80.
fn text_width(is_terminal: bool) -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok());
    match columns {
        Some(c) if is_terminal => c.clamp(20, 100),
        _ => 80,
    }
}
