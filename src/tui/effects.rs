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

use super::actor_jobs::{self, SharedExtractor};
use super::jobs::{ReadJob, WriteJob, read_loop, refresh_all, write_loop};
use super::report_runner::ReportRunner;
use crate::config::Config;
use crate::refresh::FeedReport;
use crate::report::{FieldError, Report, ReportDraft, ReportId, ReportSummary};
use crate::store::{Article, ArticleId, ArticleSummary, ListFilter, Store, StoreError};

/// What a list shows: a filter, and a search query within it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQuery {
    /// Section, unread, starred.
    pub filter: ListFilter,
    /// Words to search for.
    pub search: Option<String>,
    /// Only articles naming this actor (resolved to its id on the read thread).
    pub actor: Option<String>,
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
        /// Where to start: the rows from here to the end are looked at, then those
        /// from the top to `until` (the selection), not included.
        from: usize,
        /// Where the look stops after wrapping to the top.
        until: usize,
    },
    /// Write the read flag.
    SetRead(ArticleId, bool),
    /// Mark these articles read (the whole list on show).
    MarkAllRead(std::sync::Arc<[ArticleId]>),
    /// Write the starred flag.
    SetStarred(ArticleId, bool),
    /// Remove the sample edition if real articles have arrived.
    RetireSample,
    /// Look whether another process committed to the cache since the last look, and
    /// say so if `report` (else only note where the cache is: after this reader's own
    /// refresh, whose stories are already on screen).
    CheckCache {
        /// Send `AppEvent::CacheChanged` on a change.
        report: bool,
    },
    /// Refresh every followed feed.
    Refresh,
    /// Read the followed feeds and their status, for the feeds overlay.
    LoadFeeds,
    /// Append a discovered actor to the user's actors file.
    AddActor(Box<crate::actors::Entry>),
    /// Open a URL in the browser.
    OpenUrl(String),
    /// Copy a link: the loop writes OSC 52 to the terminal it draws on, then the runner
    /// hands the link to the system clipboard helpers (`Runner::copy_to_system`).
    Copy(String),
    /// Clear flash message `id` after a while.
    ExpireFlash(u64),
    /// Answer `AppEvent::SaveDue(generation)` after the save delay (the debounce timer).
    ScheduleSave(u64),
    /// Answer `AppEvent::SendDue` at this time: the outbox's next retry.
    ScheduleSend(chrono::DateTime<chrono::Utc>),
    /// Save the form's draft in the outbox, in one transaction.
    SaveDraft {
        /// The form it comes from (the outbox thread knows its id once saved).
        session: u64,
        /// The draft's id, if the form knows it.
        id: Option<ReportId>,
        /// The change it holds, for `DraftSaved`.
        generation: u64,
        /// The fields.
        draft: Box<ReportDraft>,
    },
    /// Save the draft, then check it and queue it for sending.
    QueueReport {
        /// The form it comes from.
        session: u64,
        /// The draft's id, if the form knows it.
        id: Option<ReportId>,
        /// The fields.
        draft: Box<ReportDraft>,
    },
    /// Delete a draft (asked for and confirmed in the form).
    DiscardReport {
        /// The form it comes from.
        session: u64,
        /// The draft's id, if the form knows it.
        id: Option<ReportId>,
    },
    /// Read the reports not sent yet.
    LoadOutbox,
    /// Read a draft to resume it.
    LoadDraft(ReportId),
    /// Send the queued reports that are due (only with SMTP configured).
    SendReports,
    /// Open a queued report in the mail program through its `mailto:` URL.
    MailReport(ReportId),
    /// Complete the file name being typed in the attachment field.
    CompletePath(String),
    /// Look at an attachment's size.
    CheckAttachment(PathBuf),
    /// Suspend the screen and edit this text in `$VISUAL`/`$EDITOR` (the loop runs it:
    /// it owns the terminal).
    EditExternally(String),
}

/// How a run of sends went, for the status bar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SendSummary {
    /// Reports the server accepted.
    pub sent: usize,
    /// Reports still queued: when the next try is, and the error.
    pub waiting: Vec<(Option<chrono::DateTime<chrono::Utc>>, String)>,
    /// Reports the server refused for good, with the error.
    pub failed: Vec<String>,
    /// Why nothing could be tried at all.
    pub error: Option<String>,
    /// Each report tried: `None` when it went, else why not.
    pub outcomes: Vec<(crate::report::ReportId, Option<String>)>,
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
    /// The followed feeds with their status (or why they could not be read).
    FeedsLoaded(Result<Vec<crate::store::FeedRow>, String>),
    /// A refresh began with this many feeds.
    RefreshStarted(usize),
    /// One feed is done.
    FeedRefreshed(FeedReport),
    /// The sample edition made way for the articles a refresh brought.
    SampleRetired,
    /// Another process (a cron `fetch`) changed the cache.
    CacheChanged,
    /// A read or starred mark found no article: another process removed it.
    MarkMissed(ArticleId),
    /// The list on show was marked read: this many stories were unread.
    AllMarkedRead(usize),
    /// Marking the list read failed; the message says why.
    AllMarkFailed(String),
    /// A read or star mark could not be written (the cache locked past the wait,
    /// read-only).
    MarkFailed {
        /// The article.
        id: ArticleId,
        /// The star (else the read mark).
        star: bool,
        /// The value that was not saved.
        on: bool,
        /// Why.
        error: String,
    },
    /// The refresh is over.
    RefreshFinished {
        /// Why it could not run at all.
        error: Option<String>,
        /// Whether the sample edition is still in the cache, when known.
        sample: Option<bool>,
    },
    /// Article `0`'s actors and quotes.
    ActorsLoaded(ArticleId, Box<crate::actors::Extraction>),
    /// The user's actors file could not be used: the bundled gazetteer stands in.
    ActorsFileFailed(String),
    /// Re-extracting stale articles: (done, total).
    ActorsProgress(u64, u64),
    /// The cache's actors are current (or could not be made so: the error).
    ActorsIndexed(Option<String>),
    /// An actor was added to the user's file: its name and the file.
    ActorAdded(String, PathBuf),
    /// Adding an actor failed: why.
    ActorAddFailed(String),
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
    /// The save delay for change `generation` is over.
    SaveDue(u64),
    /// A queued report's retry time has come.
    SendDue,
    /// A draft was saved.
    DraftSaved {
        /// The form.
        session: u64,
        /// The change saved.
        generation: u64,
        /// Its id in the outbox.
        id: ReportId,
        /// Something to tell: it was saved as a new draft, and why.
        note: Option<String>,
    },
    /// A draft could not be saved: what is typed lives only in the form.
    DraftSaveFailed {
        /// The form.
        session: u64,
        /// What went wrong.
        error: String,
    },
    /// The reports not sent yet, newest first.
    OutboxLoaded(Vec<ReportSummary>),
    /// A draft to resume.
    DraftLoaded(Box<Report>),
    /// A report was queued.
    ReportQueued {
        /// The form.
        session: u64,
        /// The report.
        id: ReportId,
        /// What is worth knowing about it.
        warnings: Vec<FieldError>,
    },
    /// A report could not be queued; it stays a draft.
    QueueFailed {
        /// The form.
        session: u64,
        /// The draft's id, if it was saved.
        id: Option<ReportId>,
        /// What went wrong.
        error: String,
        /// The fields at fault, when the checks failed.
        fields: Vec<FieldError>,
        /// Whether the draft itself was saved before queueing failed.
        saved: bool,
    },
    /// A draft was discarded.
    ReportDiscarded,
    /// The outbox failed (a save, a read); the message says what.
    OutboxFailed(String),
    /// A run of sends is over.
    ReportsSent(SendSummary),
    /// The `mailto:` URL of a report, to open.
    MailtoReady(String),
    /// Completions of a path: what was typed, and the candidates.
    PathCompleted {
        /// The text completed.
        input: String,
        /// Full candidates (directories end in `/`).
        matches: Vec<String>,
    },
    /// An attachment's size, or why it cannot be read.
    AttachmentChecked {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: Result<u64, String>,
    },
    /// The external editor finished: the new text, or why it failed.
    Edited(Result<String, String>),
}

/// Runs effects and sends their outcome back as events.
pub struct Runner {
    events: UnboundedSender<AppEvent>,
    reads: std_mpsc::Sender<ReadJob>,
    writes: std_mpsc::Sender<WriteJob>,
    cache: PathBuf,
    config: Arc<Config>,
    refreshing: Arc<std::sync::atomic::AtomicBool>,
    reports: ReportRunner,
    actors: ActorFiles,
    /// The read and write threads, joined by [`Runner::finish`]: a mark sent just before
    /// quitting is saved, and the cache is closed before the process exits.
    threads: [std::thread::JoinHandle<()>; 2],
}

/// What the runner needs for actors: the extractor being loaded, and the user's file.
#[derive(Debug, Clone)]
pub struct ActorFiles {
    /// Set once the gazetteer is loaded (`None` if even the bundled one failed).
    pub extractor: SharedExtractor,
    /// Where `+` appends a discovered actor.
    pub user_file: PathBuf,
}

impl Runner {
    /// Starts the read and write threads; `store` becomes the read thread's connection.
    pub fn start(
        store: Store,
        cache: PathBuf,
        outbox: PathBuf,
        config: Arc<Config>,
        actors: ActorFiles,
        events: UnboundedSender<AppEvent>,
    ) -> Result<Runner, StoreError> {
        let reports = ReportRunner::start(outbox, config.clone(), events.clone())
            .map_err(|e| StoreError::Thread("the outbox thread", e))?;
        let (reads, read_rx) = std_mpsc::channel();
        let read_events = events.clone();
        let extractor = actors.extractor.clone();
        let read_thread = std::thread::Builder::new()
            .name("ddm-reads".into())
            .spawn(move || read_loop(&store, &extractor, &read_rx, &read_events))
            .map_err(|e| StoreError::Thread("the cache's read thread", e))?;
        let write_store = Store::open(&cache)?;
        let (writes, write_rx) = std_mpsc::channel();
        let write_events = events.clone();
        let write_thread = std::thread::Builder::new()
            .name("ddm-writes".into())
            .spawn(move || write_loop(&write_store, &write_rx, &write_events))
            .map_err(|e| StoreError::Thread("the cache's write thread", e))?;
        Ok(Runner {
            events,
            reads,
            writes,
            cache,
            config,
            refreshing: Arc::default(),
            reports,
            actors,
            threads: [read_thread, write_thread],
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
                until,
            } => read(ReadJob::FindUnread {
                generation,
                ids,
                from,
                until,
            }),
            Effect::SetRead(id, on) => write(WriteJob::Read(id, on)),
            Effect::MarkAllRead(ids) => write(WriteJob::AllRead(ids)),
            Effect::SetStarred(id, on) => write(WriteJob::Starred(id, on)),
            Effect::RetireSample => write(WriteJob::RetireSample),
            Effect::CheckCache { report } => write(WriteJob::CheckCache { report }),
            Effect::Refresh => self.refresh(),
            Effect::LoadFeeds => self.load_feeds(),
            Effect::AddActor(entry) => {
                actor_jobs::add_actor(*entry, self.actors.user_file.clone(), &self.events);
            }
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
            other => self.reports.run(other),
        }
    }

    /// Waits for the outbox thread to write what it was given (a last draft save at
    /// quit), and for the read and write threads to end after their queued jobs (a star
    /// pressed just before quitting), so nothing is lost on the way out.
    pub fn finish(self) {
        let Runner {
            reads,
            writes,
            reports,
            threads,
            ..
        } = self;
        reports.finish();
        // Each loop ends once its channel is closed and what is queued is done. One at a
        // time: a connection that closes removes the cache's log only if it can lock the
        // file alone, so two closing at once could each see the other and both leave
        // it (a tmux test saw a `-wal` left behind once under load).
        let join = |thread: std::thread::JoinHandle<()>| {
            if thread.join().is_err() {
                tracing::error!("a cache thread of the reader panicked");
            }
        };
        let [read_thread, write_thread] = threads;
        drop(reads);
        join(read_thread);
        drop(writes);
        join(write_thread);
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

    /// The followed feeds, as a refresh would find them, read without writing.
    fn load_feeds(&self) {
        let events = self.events.clone();
        let cache = self.cache.clone();
        let config = self.config.clone();
        tokio::task::spawn_blocking(move || {
            let feeds = Store::open(&cache)
                .and_then(|store| crate::refresh::followed_feeds_view(&store, &config))
                .map_err(|e| format!("cannot read the feed list: {e}"));
            let _ = events.send(AppEvent::FeedsLoaded(feeds));
        });
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
        let extractor = self.actors.extractor.clone();
        tokio::spawn(async move {
            let outcome = refresh_all(&cache, &config, &extractor, &events).await;
            refreshing.store(false, Ordering::SeqCst);
            let (error, sample) = match outcome {
                Ok(sample) => (None, Some(sample)),
                Err(e) => (Some(e), None),
            };
            let _ = events.send(AppEvent::RefreshFinished { error, sample });
        });
    }
}
