//! Effects and their runner: what `App::update` asks for (`Effect`, imperative) and what
//! comes back (`AppEvent`, past tense).
//!
//! The runner does all of the TUI's I/O off the UI task: reads on one thread with its own
//! connection (latest query wins: superseded list loads are skipped), writes on another
//! (read/star flags are committed at once), refreshes on tokio, the browser through
//! `open`, the clipboard helpers through `clipboard`. It never touches `App`; it only
//! sends events back. (A copy's OSC 52 is the one write the loop does itself: it goes to
//! the terminal the loop draws on.)

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc as std_mpsc;
use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;

use crate::config::Config;
use crate::refresh::{FeedReport, RefreshOptions};
use crate::store::{Article, ArticleId, ArticleSummary, ListFilter, Store, StoreError};

/// What a list shows: a filter, and a search query within it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQuery {
    /// Section, unread, starred.
    pub filter: ListFilter,
    /// Words to search for.
    pub search: Option<String>,
}

/// A side effect `update` asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Load the ids of a view; the answer carries `generation` and `keep`.
    LoadList {
        /// Query generation.
        generation: u64,
        /// What to list.
        query: ListQuery,
        /// The article to keep selected.
        keep: Option<ArticleId>,
    },
    /// Load the rows of one page of the list.
    LoadRows {
        /// Page number, for the bookkeeping.
        page: usize,
        /// The ids on it.
        ids: Vec<ArticleId>,
    },
    /// Load one article with its body.
    LoadArticle(ArticleId),
    /// Load the sections present, for the tabs.
    LoadTabs,
    /// Count articles and unread ones.
    LoadCounts,
    /// Find the first unread article at or after `from` in `ids`.
    FindUnread {
        /// Query generation the ids belong to.
        generation: u64,
        /// The view's ids.
        ids: Arc<[ArticleId]>,
        /// Where to start.
        from: usize,
    },
    /// Write the read flag.
    SetRead(ArticleId, bool),
    /// Write the starred flag.
    SetStarred(ArticleId, bool),
    /// Refresh every followed feed.
    Refresh,
    /// Open a URL in the browser.
    OpenUrl(String),
    /// Copy a link: the loop writes OSC 52 to the terminal it draws on, then the runner
    /// hands the link to the system clipboard helpers (`Runner::copy_to_system`).
    Copy(String),
    /// Clear flash message `id` after a while.
    ExpireFlash(u64),
}

/// A fact reported back to `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum AppEvent {
    /// The ids of a view.
    ListLoaded {
        /// Query generation.
        generation: u64,
        /// The ids, in list order.
        ids: Vec<ArticleId>,
        /// The article to keep selected.
        keep: Option<ArticleId>,
    },
    /// Rows of one page.
    RowsLoaded(Vec<ArticleSummary>),
    /// An article with its body.
    ArticleLoaded(Box<Article>),
    /// The article is no longer in the cache.
    ArticleMissing(ArticleId),
    /// The sections present, most used first.
    TabsLoaded(Vec<String>),
    /// Articles in the cache and how many are unread.
    CountsLoaded {
        /// All articles.
        total: u64,
        /// Unread ones.
        unread: u64,
    },
    /// Where the next unread article is, if any.
    UnreadFound {
        /// Query generation the index belongs to.
        generation: u64,
        /// Its index.
        index: Option<usize>,
    },
    /// A cache read or write failed.
    StoreFailed(String),
    /// A refresh began with this many feeds.
    RefreshStarted(usize),
    /// One feed is done.
    FeedRefreshed(FeedReport),
    /// The refresh is over.
    RefreshFinished {
        /// Why it could not run at all.
        error: Option<String>,
        /// Whether the sample edition is still in the cache, when known.
        sample: Option<bool>,
    },
    /// The browser was started on a URL.
    Opened(String),
    /// The URL could not be opened.
    OpenFailed {
        /// The URL.
        url: String,
        /// Why.
        error: String,
    },
    /// A link was copied (or not: the outcome says where it went).
    Copied(crate::clipboard::Copied),
    /// A flash message's time is up.
    FlashExpired(u64),
}

enum ReadJob {
    List {
        generation: u64,
        query: ListQuery,
        keep: Option<ArticleId>,
    },
    Rows(Vec<ArticleId>),
    Article(ArticleId),
    Tabs,
    Counts,
    FindUnread {
        generation: u64,
        ids: Arc<[ArticleId]>,
        from: usize,
    },
}

enum WriteJob {
    Read(ArticleId, bool),
    Starred(ArticleId, bool),
}

/// Runs effects and sends their outcome back as events.
pub struct Runner {
    events: UnboundedSender<AppEvent>,
    reads: std_mpsc::Sender<ReadJob>,
    writes: std_mpsc::Sender<WriteJob>,
    cache: PathBuf,
    config: Arc<Config>,
    refreshing: Arc<std::sync::atomic::AtomicBool>,
}

impl Runner {
    /// Starts the read and write threads; `store` becomes the read thread's connection.
    pub fn start(
        store: Store,
        cache: PathBuf,
        config: Arc<Config>,
        events: UnboundedSender<AppEvent>,
    ) -> Result<Runner, StoreError> {
        let (reads, read_rx) = std_mpsc::channel();
        let read_events = events.clone();
        std::thread::Builder::new()
            .name("ddm-reads".into())
            .spawn(move || read_loop(&store, &read_rx, &read_events))
            .map_err(|e| StoreError::Corrupt(format!("cannot start the read thread: {e}")))?;
        let write_store = Store::open(&cache)?;
        let (writes, write_rx) = std_mpsc::channel();
        let write_events = events.clone();
        std::thread::Builder::new()
            .name("ddm-writes".into())
            .spawn(move || write_loop(&write_store, &write_rx, &write_events))
            .map_err(|e| StoreError::Corrupt(format!("cannot start the write thread: {e}")))?;
        Ok(Runner {
            events,
            reads,
            writes,
            cache,
            config,
            refreshing: Arc::default(),
        })
    }

    /// Runs one effect; never blocks the caller.
    pub fn run(&self, effect: Effect) {
        let _span =
            tracing::debug_span!("effect", kind = ?std::mem::discriminant(&effect)).entered();
        let read = |job| {
            if self.reads.send(job).is_err() {
                self.fail("the read thread stopped");
            }
        };
        let write = |job| {
            if self.writes.send(job).is_err() {
                self.fail("the write thread stopped; read and starred marks are not saved");
            }
        };
        match effect {
            Effect::LoadList {
                generation,
                query,
                keep,
            } => read(ReadJob::List {
                generation,
                query,
                keep,
            }),
            Effect::LoadRows { ids, .. } => read(ReadJob::Rows(ids)),
            Effect::LoadArticle(id) => read(ReadJob::Article(id)),
            Effect::LoadTabs => read(ReadJob::Tabs),
            Effect::LoadCounts => read(ReadJob::Counts),
            Effect::FindUnread {
                generation,
                ids,
                from,
            } => read(ReadJob::FindUnread {
                generation,
                ids,
                from,
            }),
            Effect::SetRead(id, on) => write(WriteJob::Read(id, on)),
            Effect::SetStarred(id, on) => write(WriteJob::Starred(id, on)),
            Effect::Refresh => self.refresh(),
            Effect::OpenUrl(url) => {
                let opener = self.config.share.opener.clone();
                let events = self.events.clone();
                // Spawning a process can take a moment; keep it off the UI task.
                tokio::task::spawn_blocking(move || {
                    let event = match crate::open::open_url(&url, opener.as_deref()) {
                        Ok(()) => AppEvent::Opened(url),
                        Err(e) => AppEvent::OpenFailed {
                            url,
                            error: e.to_string(),
                        },
                    };
                    let _ = events.send(event);
                });
            }
            // Only when no terminal took the OSC 52 (the loop handles `Copy` itself).
            Effect::Copy(text) => self.copy_to_system(text, false),
            Effect::ExpireFlash(id) => {
                let events = self.events.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_secs(6)).await;
                    let _ = events.send(AppEvent::FlashExpired(id));
                });
            }
        }
    }

    /// Hands `text` to the system clipboard helpers off the UI task and reports where it
    /// went; `terminal` says whether the loop already wrote OSC 52.
    pub fn copy_to_system(&self, text: String, terminal: bool) {
        let events = self.events.clone();
        tokio::task::spawn_blocking(move || {
            let env = crate::clipboard::ClipboardEnv::from_env();
            let copied = crate::clipboard::copy_with_helpers(&text, &env, terminal);
            let _ = events.send(AppEvent::Copied(copied));
        });
    }

    fn fail(&self, message: &str) {
        let _ = self.events.send(AppEvent::StoreFailed(message.to_owned()));
    }

    fn refresh(&self) {
        use std::sync::atomic::Ordering;
        if self.refreshing.swap(true, Ordering::SeqCst) {
            return;
        }
        let events = self.events.clone();
        let cache = self.cache.clone();
        let config = self.config.clone();
        let refreshing = self.refreshing.clone();
        tokio::spawn(async move {
            let outcome = refresh_all(&cache, &config, &events).await;
            refreshing.store(false, Ordering::SeqCst);
            let (error, sample) = match outcome {
                Ok(sample) => (None, Some(sample)),
                Err(e) => (Some(e), None),
            };
            let _ = events.send(AppEvent::RefreshFinished { error, sample });
        });
    }
}

async fn refresh_all(
    cache: &std::path::Path,
    config: &Config,
    events: &UnboundedSender<AppEvent>,
) -> Result<bool, String> {
    let path = cache.to_path_buf();
    let config_copy = config.clone();
    let feeds = tokio::task::spawn_blocking(move || {
        let store = Store::open(&path)?;
        crate::refresh::followed_feeds(&store, &config_copy)
    })
    .await
    .map_err(|e| format!("internal error: {e}"))?
    .map_err(|e| format!("cannot read the feed list: {e}"))?;
    let _ = events.send(AppEvent::RefreshStarted(feeds.len()));
    let options = RefreshOptions::from_config(config);
    let progress = |report: &FeedReport| {
        let _ = events.send(AppEvent::FeedRefreshed(report.clone()));
    };
    crate::refresh::refresh(cache, &feeds, &options, &progress)
        .await
        .map_err(|e| e.to_string())?;
    let path = cache.to_path_buf();
    // Real articles arrived: the sample edition makes way for them.
    tokio::task::spawn_blocking(move || {
        let store = Store::open(&path)?;
        crate::sample::retire_if_superseded(&store)?;
        Ok::<_, StoreError>(store.feed_by_url(crate::sample::SAMPLE_URL)?.is_some())
    })
    .await
    .map_err(|e| format!("internal error: {e}"))?
    .map_err(|e| format!("cannot update the cache: {e}"))
}

fn read_loop(
    store: &Store,
    jobs: &std_mpsc::Receiver<ReadJob>,
    events: &UnboundedSender<AppEvent>,
) {
    while let Ok(first) = jobs.recv() {
        // Take everything queued, so a burst of list loads (typing a search) runs only
        // its latest.
        let mut batch = vec![first];
        batch.extend(jobs.try_iter());
        let newest = batch
            .iter()
            .filter_map(|j| match j {
                ReadJob::List { generation, .. } => Some(*generation),
                _ => None,
            })
            .max();
        for job in batch {
            let event = match job {
                ReadJob::List {
                    generation,
                    query,
                    keep,
                } => {
                    if Some(generation) != newest {
                        continue;
                    }
                    let ids = match &query.search {
                        Some(words) => store.search_ids(words, &query.filter),
                        None => store.list_ids(&query.filter),
                    };
                    ids.map(|ids| AppEvent::ListLoaded {
                        generation,
                        ids,
                        keep,
                    })
                }
                ReadJob::Rows(ids) => store.summaries(&ids).map(AppEvent::RowsLoaded),
                ReadJob::Article(id) => store.article(id).map(|a| match a {
                    Some(a) => AppEvent::ArticleLoaded(Box::new(a)),
                    None => AppEvent::ArticleMissing(id),
                }),
                ReadJob::Tabs => store
                    .sections()
                    .map(|s| AppEvent::TabsLoaded(s.into_iter().map(|(name, _)| name).collect())),
                ReadJob::Counts => store
                    .counts()
                    .map(|(total, unread)| AppEvent::CountsLoaded { total, unread }),
                ReadJob::FindUnread {
                    generation,
                    ids,
                    from,
                } => find_unread(store, &ids, from)
                    .map(|index| AppEvent::UnreadFound { generation, index }),
            };
            let event =
                event.unwrap_or_else(|e| AppEvent::StoreFailed(format!("reading the cache: {e}")));
            if events.send(event).is_err() {
                return;
            }
        }
    }
}

fn find_unread(store: &Store, ids: &[ArticleId], from: usize) -> Result<Option<usize>, StoreError> {
    let mut start = from;
    while let Some(chunk) = ids
        .get(start..(start + 512).min(ids.len()))
        .filter(|c| !c.is_empty())
    {
        let rows = store.summaries(chunk)?;
        if let Some(row) = rows.iter().find(|r| !r.read) {
            return Ok(chunk.iter().position(|id| *id == row.id).map(|i| start + i));
        }
        start += chunk.len();
    }
    Ok(None)
}

fn write_loop(
    store: &Store,
    jobs: &std_mpsc::Receiver<WriteJob>,
    events: &UnboundedSender<AppEvent>,
) {
    while let Ok(job) = jobs.recv() {
        let result = match job {
            WriteJob::Read(id, on) => store.set_read(id, on),
            WriteJob::Starred(id, on) => store.set_starred(id, on),
        };
        if let Err(e) = result {
            let _ = events.send(AppEvent::StoreFailed(format!("saving a mark: {e}")));
        }
    }
}
