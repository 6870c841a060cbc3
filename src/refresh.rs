//! A refresh: fetch → parse → normalise → store, for many feeds at once.
//!
//! Fetches run as tokio tasks, at most `concurrency` at a time; parsing (CPU-bound) runs
//! on blocking threads, at most one per core; one writer thread owns the cache and
//! stores each feed in its own transaction as it arrives. Each feed's failure is its own:
//! it is recorded in that feed's status and never stops or delays the others. Progress
//! is reported per feed as it finishes; the final reports come back in target order.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};

use crate::config::{Config, feed_name_key};
use crate::feed::fetch::{FetchError, FetchOutcome, FetchSettings, Fetched, Fetcher, Validators};
use crate::feed::slots::{BodySlots, PrepSlots};
use crate::sanitize::clean_line;
use crate::store::{
    Checkpointer, FeedId, FeedRow, FeedSource, PreparedFeed, RefreshCounts, Retention, Store,
    StoreError,
};

/// How one feed's refresh ended, as `fetch --json` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedStatus {
    /// New content was fetched and stored.
    Ok,
    /// The server said 304: nothing changed.
    NotModified,
    /// The feed failed; see `error`.
    Error,
}

/// One feed's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedReport {
    /// Feed name.
    pub name: String,
    /// Feed URL.
    pub url: String,
    /// How it ended.
    pub status: FeedStatus,
    /// Articles seen for the first time.
    pub new: usize,
    /// Cached articles whose content changed.
    pub updated: usize,
    /// HTTP status, when there was an answer.
    pub http_status: Option<u16>,
    /// What went wrong.
    pub error: Option<String>,
}

/// Settings for a refresh.
#[derive(Debug, Clone)]
pub struct RefreshOptions {
    /// Limits for each request.
    pub fetch: FetchSettings,
    /// Feeds fetched at once.
    pub concurrency: usize,
    /// Retention applied after each feed is stored.
    pub retention: Retention,
    /// Finds each new article's actors as it is stored; without it they are found
    /// later, in the background.
    pub extractor: Option<Arc<crate::actors::Extractor>>,
}

impl RefreshOptions {
    /// The options a config asks for.
    pub fn from_config(config: &Config) -> RefreshOptions {
        let f = &config.fetch;
        RefreshOptions {
            fetch: FetchSettings {
                connect_timeout: std::time::Duration::from_secs(f.connect_timeout_secs),
                timeout: std::time::Duration::from_secs(f.timeout_secs),
                max_bytes: f.max_bytes,
            },
            concurrency: f.concurrency.max(1),
            retention: Retention {
                days: config.store.retention_days,
                max_per_feed: config.store.max_articles_per_feed,
            },
            extractor: None,
        }
    }
}

/// Why a refresh could not run at all (a single feed's failure is not one of these).
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    /// The HTTP client could not be built.
    #[error(transparent)]
    Client(#[from] FetchError),
    /// The cache could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Brings the config's feeds' rows in line with it (names, sections; rows created for
/// new feeds), writing nothing when they already are; returns their ids. Cheap enough
/// for every command that shows articles: a section changed in the config shows at
/// once.
pub fn sync_config(store: &Store, config: &Config) -> Result<Vec<FeedId>, StoreError> {
    let ids = store.ensure_feeds(
        config
            .feeds
            .iter()
            .map(|f| (f.url.as_str(), f.name.as_str(), f.section.as_deref())),
        FeedSource::Config,
    )?;
    store.restore_own_names(&ids)?;
    Ok(ids)
}

/// The feeds to follow: the config's (their rows created or updated to match), then the
/// ones added with `feeds add` / `import`. The sample edition is never fetched.
pub fn followed_feeds(store: &Store, config: &Config) -> Result<Vec<FeedRow>, StoreError> {
    let ids = sync_config(store, config)?;
    let mut all = store.feeds()?;
    // A config feed whose URL changed leaves its old row under the same name: its
    // stories would show twice. The old copy goes, but for the stories starred there.
    let configured: std::collections::HashSet<String> = config
        .feeds
        .iter()
        .map(|c| feed_name_key(&c.name))
        .collect();
    let replaced: Vec<FeedId> = all
        .iter()
        .filter(|f| f.source == FeedSource::Config && !ids.contains(&f.id))
        .filter(|f| configured.contains(&feed_name_key(&f.name)))
        .map(|f| f.id)
        .collect();
    if !replaced.is_empty() {
        for id in &replaced {
            store.remove_keeping_starred(*id)?;
        }
        all = store.feeds()?;
    }
    Ok(followed_from(&all, config))
}

/// The followed feeds as [`followed_feeds`] gives them, without writing anything: for a
/// view (the reader's feeds overlay), which must not change the cache, even with a
/// config older than the file (`followed_feeds` would put the old feeds back). A config
/// feed the cache has no row for yet shows as never fetched.
pub fn followed_feeds_view(store: &Store, config: &Config) -> Result<Vec<FeedRow>, StoreError> {
    Ok(followed_from(&store.feeds()?, config))
}

/// The followed feeds among the cache's rows `all`: the config's, in its order, then the
/// subscriptions it does not list. A feed the user also subscribed to is kept as the
/// store's (so that it is still followed once the config drops it), but while the config
/// lists it, it is the config's.
fn followed_from(all: &[FeedRow], config: &Config) -> Vec<FeedRow> {
    let mut out: Vec<FeedRow> = config
        .feeds
        .iter()
        .map(|c| match all.iter().find(|f| f.url == c.url) {
            Some(f) => FeedRow {
                source: FeedSource::Config,
                name: c.name.clone(),
                section: c.section.clone(),
                ..f.clone()
            },
            None => FeedRow {
                id: FeedId(0),
                url: c.url.clone(),
                name: c.name.clone(),
                section: c.section.clone(),
                source: FeedSource::Config,
                title: None,
                validators: Validators::default(),
                last_success: None,
                last_error: None,
                http_status: None,
                retry_after: None,
                articles: 0,
            },
        })
        .collect();
    let configured: std::collections::HashSet<&str> =
        config.feeds.iter().map(|c| c.url.as_str()).collect();
    out.extend(
        all.iter()
            .filter(|f| f.source == FeedSource::Store && !configured.contains(f.url.as_str()))
            .cloned(),
    );
    out
}

enum Write {
    Stored {
        prepared: PreparedFeed,
        validators: Validators,
        status: u16,
    },
    NotModified,
    Failed {
        error: String,
        http_status: Option<u16>,
        retry_after: Option<DateTime<Utc>>,
    },
}

struct WriteJob {
    feed: FeedId,
    write: Write,
    reply: oneshot::Sender<Result<RefreshCounts, StoreError>>,
}

/// Refreshes `feeds` into the cache at `cache`, calling `progress` as each finishes.
pub async fn refresh(
    cache: &Path,
    feeds: &[FeedRow],
    options: &RefreshOptions,
    progress: &(dyn Fn(&FeedReport) + Sync),
) -> Result<Vec<FeedReport>, RefreshError> {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    // Bodies read and held at once (each from its read until it is parsed): one per
    // core plus one, however many requests are out, so memory stays flat on big feeds
    // (measured on 500-article feeds: 158 MiB peak with every fetched body held, 92 MiB
    // with this). A fourth, to read ahead while three small feeds parse, gained nothing.
    let body_slots = BodySlots::new(
        cores + 1,
        usize::try_from(options.fetch.max_bytes).unwrap_or(usize::MAX),
    );
    let fetcher = Fetcher::new(options.fetch.clone())?.with_body_slots(body_slots);
    let (jobs, writer) = spawn_writer(cache, options.retention)?;
    let slots = Arc::new(FetchSlots {
        fetch: Arc::new(Semaphore::new(options.concurrency)),
        // As many requests again, three times over, may wait on servers that have not
        // answered: enough that a few dead hosts block nothing, few enough to stay far
        // from the open-file limit.
        stalled: Semaphore::new(options.concurrency.saturating_mul(3)),
    });
    // A feed holds one of these from the start of its parse until its write is done, so
    // only so many parsed feeds are in memory at once.
    let parse_slots = PrepSlots::new(cores);
    // Feeds that failed last time go last: an unreachable server's timeouts then delay
    // no working feed. A dispatcher hands the fetch slots out in this order (tasks
    // asking for themselves would get them in whatever order they first ran), each
    // feed's task starting with its slot; reports come back as they end.
    let mut queue: Vec<(usize, FeedRow)> = feeds.iter().cloned().enumerate().collect();
    queue.sort_by_key(|(_, f)| f.last_error.is_some());
    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<(usize, FeedReport)>();
    let dispatcher = {
        let limits = (options.fetch.max_bytes, options.retention.max_per_feed);
        let extractor = options.extractor.clone();
        tokio::spawn(async move {
            for (index, feed) in queue {
                let Ok(permit) = slots.fetch.clone().acquire_owned().await else {
                    break;
                };
                let (fetcher, jobs, slots) = (fetcher.clone(), jobs.clone(), slots.clone());
                let (parse_slots, extractor) = (parse_slots.clone(), extractor.clone());
                let done = done_tx.clone();
                tokio::spawn(async move {
                    let report = refresh_one(
                        &feed,
                        &fetcher,
                        &jobs,
                        (&slots, permit),
                        &parse_slots,
                        limits,
                        extractor,
                    )
                    .await;
                    let _ = done.send((index, report));
                });
            }
        })
    };
    let mut reports: Vec<Option<FeedReport>> = vec![None; feeds.len()];
    // Ends when the dispatcher and every feed's task have dropped their senders (a task
    // that panicked leaves its feed without a report, filled in below).
    while let Some((index, report)) = done_rx.recv().await {
        progress(&report);
        if let Some(slot) = reports.get_mut(index) {
            *slot = Some(report);
        }
    }
    if let Err(e) = dispatcher.await {
        tracing::error!(error = %e, "the feed dispatcher stopped");
    }
    // The writer ends once every sender is gone; wait so the cache is settled on return.
    let _ = tokio::task::spawn_blocking(move || writer.join()).await;
    Ok(reports
        .into_iter()
        .zip(feeds)
        .map(|(r, f)| r.unwrap_or_else(|| failed(f, "internal error: the feed task stopped", None)))
        .collect())
}

fn spawn_writer(
    cache: &Path,
    retention: Retention,
) -> Result<(mpsc::Sender<WriteJob>, std::thread::JoinHandle<()>), StoreError> {
    let mut store = Store::open(cache)?;
    // Without it the writer checkpoints itself, and everything waits for it meanwhile.
    let checkpointer = Checkpointer::start(&mut store, cache)
        .inspect_err(|e| {
            tracing::warn!(error = %e, "cannot checkpoint beside the writer; it will itself");
        })
        .ok();
    // A small queue: parsed feeds wait here rather than pile up in memory.
    let (tx, mut rx) = mpsc::channel::<WriteJob>(2);
    let handle = std::thread::spawn(move || {
        while let Some(job) = rx.blocking_recv() {
            let result = match job.write {
                Write::Stored {
                    prepared,
                    validators,
                    status,
                } => store.store_refresh(
                    job.feed,
                    &prepared,
                    &validators,
                    status,
                    Utc::now(),
                    retention,
                ),
                Write::NotModified => store
                    .record_not_modified(job.feed)
                    .map(|()| RefreshCounts::default()),
                Write::Failed {
                    error,
                    http_status,
                    retry_after,
                } => store
                    .record_failure(job.feed, &error, http_status, retry_after)
                    .map(|()| RefreshCounts::default()),
            };
            let _ = job.reply.send(result);
        }
        if let Some(checkpointer) = checkpointer {
            checkpointer.finish(&store);
        }
    });
    Ok((tx, handle))
}

/// One request for `feed` in the fetch slot `permit`. When the server has not answered
/// (no status yet) after a sixth of the timeout (1 to 5 s), the slot goes to the next
/// feed and the request waits on in one of the few `stalled` places: a server that
/// stalls then holds up no other feed while it runs out its timeout, and the requests
/// in flight stay bounded (the fetch slots plus the stalled places). Waiting for our own
/// body slots, or reading a slow body, is an answer: it keeps the slot. The permit
/// comes back if it is still held.
async fn fetch_in_slot(
    fetcher: &Fetcher,
    feed: &FeedRow,
    permit: OwnedSemaphorePermit,
    stalled: &Semaphore,
) -> (
    Result<FetchOutcome, FetchError>,
    Option<OwnedSemaphorePermit>,
) {
    let patience = (fetcher.timeout() / 6).clamp(
        std::time::Duration::from_secs(1),
        std::time::Duration::from_secs(5),
    );
    let (answered_tx, answered) = oneshot::channel();
    let request = fetcher.fetch_once(&feed.url, &feed.validators, Some(answered_tx));
    tokio::pin!(request);
    tokio::select! {
        biased;
        answer = &mut request => return (answer, Some(permit)),
        // Answered (or failed before): the rest runs in the slot.
        _ = answered => return (request.await, Some(permit)),
        () = tokio::time::sleep(patience) => {}
    }
    match stalled.try_acquire() {
        Ok(place) => {
            drop(permit);
            tracing::info!(url = %feed.url, "no answer yet: its fetch slot goes to another feed");
            let answer = request.await;
            drop(place);
            (answer, None)
        }
        // Every stalled place is taken: this one keeps its slot.
        Err(_) => (request.await, Some(permit)),
    }
}

/// The fetch slots: `fetch`, `concurrency` of them, handed out in the feeds' order;
/// `stalled`, places for requests whose server has not answered yet.
struct FetchSlots {
    fetch: Arc<Semaphore>,
    stalled: Semaphore,
}

async fn refresh_one(
    feed: &FeedRow,
    fetcher: &Fetcher,
    jobs: &mpsc::Sender<WriteJob>,
    (slots, permit): (&FetchSlots, OwnedSemaphorePermit),
    parse_slots: &PrepSlots,
    (max_bytes, max_per_feed): (u64, u32),
    extractor: Option<Arc<crate::actors::Extractor>>,
) -> FeedReport {
    if let Some(until) = feed.retry_after.filter(|t| *t > Utc::now()) {
        let msg = format!(
            "not fetched: the server asked to wait until {}",
            until.format("%Y-%m-%d %H:%M UTC")
        );
        // No request was made: no status to give (`feeds list` keeps the last one).
        return failed(feed, &msg, None);
    }
    let cancelled = || failed(feed, "internal error: refresh cancelled", None);
    let (mut answer, mut permit) = fetch_in_slot(fetcher, feed, permit, &slots.stalled).await;
    let mut retried = false;
    if answer.as_ref().is_err_and(FetchError::is_transient) {
        // One retry, but not in the slot the first try held: the feeds still waiting
        // go first. A server that never answers would otherwise hold a slot for two
        // timeouts while working feeds queue behind it.
        drop(permit);
        tokio::time::sleep(crate::feed::fetch::RETRY_DELAY).await;
        let Ok(again) = slots.fetch.clone().acquire_owned().await else {
            return cancelled();
        };
        tracing::info!(url = %feed.url, "retrying once");
        (answer, permit) = fetch_in_slot(fetcher, feed, again, &slots.stalled).await;
        retried = true;
    }
    // Held until the feed is stored, unless its server was slow to answer.
    let _permit = permit;
    let mut _parse_slot = None;
    let write = match answer {
        Err(e) => Write::Failed {
            error: clean_line(&if retried {
                format!("{e} (tried twice)")
            } else {
                e.to_string()
            }),
            http_status: e.http_status(),
            retry_after: e.retry_after(),
        },
        Ok(FetchOutcome::NotModified) => Write::NotModified,
        Ok(FetchOutcome::Fresh(response)) => {
            let Some(slot) = parse_slots.acquire(response.body.len()).await else {
                return failed(feed, "internal error: refresh cancelled", None);
            };
            _parse_slot = Some(slot);
            let status = response.status;
            let validators = response.validators.clone();
            let prepared = tokio::task::spawn_blocking(move || {
                let Fetched {
                    mut body,
                    charset,
                    final_url,
                    slot,
                    ..
                } = *response;
                let raw = crate::feed::parse::parse_reusing(
                    &mut body,
                    charset.as_deref(),
                    &final_url,
                    max_bytes,
                );
                // The body is parsed: its slot and buffer can take the next one.
                if let Some(slot) = slot {
                    slot.release(body);
                }
                let parsed =
                    crate::feed::normalize::normalize(raw.map_err(|e| e.to_string())?, &final_url);
                crate::store::prepare(parsed, max_per_feed, extractor.as_deref())
                    .map_err(|e| e.to_string())
            })
            .await;
            match prepared {
                Ok(Ok(prepared)) => Write::Stored {
                    prepared,
                    validators,
                    status,
                },
                Ok(Err(e)) => Write::Failed {
                    error: clean_line(&e),
                    http_status: Some(status),
                    retry_after: None,
                },
                Err(e) => Write::Failed {
                    error: format!("internal error while parsing: {e}"),
                    http_status: Some(status),
                    retry_after: None,
                },
            }
        }
    };
    let (status, http_status, error) = match &write {
        Write::Stored { status, .. } => (FeedStatus::Ok, Some(*status), None),
        Write::NotModified => (FeedStatus::NotModified, Some(304), None),
        Write::Failed {
            error, http_status, ..
        } => (FeedStatus::Error, *http_status, Some(error.clone())),
    };
    let (reply, answer) = oneshot::channel();
    let job = WriteJob {
        feed: feed.id,
        write,
        reply,
    };
    let counts = match jobs.send(job).await {
        Ok(()) => answer
            .await
            .unwrap_or_else(|_| Err(StoreError::Internal("the cache writer stopped".into()))),
        Err(_) => Err(StoreError::Internal("the cache writer stopped".into())),
    };
    match counts {
        Ok(c) => FeedReport {
            name: feed.name.clone(),
            url: feed.url.clone(),
            status,
            new: c.new,
            updated: c.updated,
            http_status,
            error,
        },
        Err(e) => failed(feed, &format!("could not store: {e}"), http_status),
    }
}

fn failed(feed: &FeedRow, error: &str, http_status: Option<u16>) -> FeedReport {
    FeedReport {
        name: feed.name.clone(),
        url: feed.url.clone(),
        status: FeedStatus::Error,
        new: 0,
        updated: 0,
        http_status,
        error: Some(clean_line(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::{followed_feeds, followed_feeds_view};
    use crate::config::Config;
    use crate::store::{FeedSource, Store};

    #[test]
    fn the_view_of_the_followed_feeds_writes_nothing_and_agrees() {
        let store = Store::open_in_memory().unwrap();
        let path = std::path::Path::new("/tmp/c.toml");
        let old = Config::parse(
            "[[feeds]]\nname = \"A\"\nurl = \"http://a.example/feed\"\n\
             [[feeds]]\nname = \"B\"\nurl = \"http://b.example/feed\"\nsection = \"News\"\n",
            path,
        )
        .unwrap();
        store
            .ensure_feeds([("http://s.example/feed", "S", None)], FeedSource::Store)
            .unwrap();
        let written = followed_feeds(&store, &old).unwrap();
        let seen = followed_feeds_view(&store, &old).unwrap();
        let names = |f: &[crate::store::FeedRow]| {
            f.iter()
                .map(|f| (f.name.clone(), f.url.clone(), f.section.clone(), f.source))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&seen), names(&written));
        // A config that moved on: the view shows it, and the cache keeps what it had.
        let before = store.feeds().unwrap();
        let new = Config::parse(
            "[[feeds]]\nname = \"A\"\nurl = \"http://a2.example/feed\"\n",
            path,
        )
        .unwrap();
        let seen = followed_feeds_view(&store, &new).unwrap();
        assert_eq!(seen[0].url, "http://a2.example/feed");
        assert_eq!(seen[0].articles, 0);
        assert_eq!(seen.len(), 2, "A, then the subscription S");
        assert_eq!(store.feeds().unwrap(), before, "nothing written");
    }
}
