//! The cache side of the effects runner: the read thread (latest list query wins), the
//! write thread (read and starred marks) and a whole refresh. Called only by `effects`.

use tokio::sync::mpsc::UnboundedSender;

use super::actor_jobs::{self, SharedExtractor};
use super::effects::{AppEvent, ListQuery};
use crate::config::Config;
use crate::refresh::{FeedReport, RefreshOptions};
use crate::store::{ArticleId, Store, StoreError};
use std::sync::Arc;
use std::sync::mpsc as std_mpsc;

pub(super) enum ReadJob {
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
        until: usize,
    },
}

pub(super) enum WriteJob {
    Read(ArticleId, bool),
    AllRead(std::sync::Arc<[ArticleId]>),
    Starred(ArticleId, bool),
    RetireSample,
    CheckCache { report: bool },
}

pub(super) async fn refresh_all(
    cache: &std::path::Path,
    config: &Config,
    extractor: &SharedExtractor,
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
    let mut options = RefreshOptions::from_config(config);
    // New articles get their actors at ingest, once the gazetteer is loaded.
    let lock = extractor.clone();
    options.extractor = tokio::task::spawn_blocking(move || lock.wait().clone())
        .await
        .map_err(|e| format!("internal error: {e}"))?;
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
        crate::sample::showing(&store)
    })
    .await
    .map_err(|e| format!("internal error: {e}"))?
    .map_err(|e| format!("cannot update the cache: {e}"))
}

pub(super) fn read_loop(
    store: &Store,
    extractor: &SharedExtractor,
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
                    list_ids(store, &query).map(|ids| AppEvent::ListLoaded {
                        generation,
                        ids,
                        keep,
                    })
                }
                ReadJob::Rows(ids) => store.summaries(&ids).map(AppEvent::RowsLoaded),
                ReadJob::Article(id) => match store.article(id) {
                    Ok(Some(a)) => {
                        // The article first, at once; its actors follow.
                        let (title, text) = (a.summary.title.clone(), a.document.plain_text());
                        if events.send(AppEvent::ArticleLoaded(Box::new(a))).is_err() {
                            return;
                        }
                        actor_jobs::article_actors(store, extractor, id, &title, &text)
                    }
                    Ok(None) => Ok(AppEvent::ArticleMissing(id)),
                    Err(e) => Err(e),
                },
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
                    until,
                } => find_unread(store, &ids, from, until)
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

/// The ids a list query names; an actor the index does not know names none.
fn list_ids(store: &Store, query: &ListQuery) -> Result<Vec<ArticleId>, StoreError> {
    let mut filter = query.filter.clone();
    if let Some(name) = &query.actor {
        match store.actor_by_name(name)? {
            Some(actor) => filter.actor = Some(actor.id),
            None => return Ok(Vec::new()),
        }
    }
    match &query.search {
        Some(words) => store.search_ids(words, &filter),
        None => store.list_ids(&filter),
    }
}

/// The index of the first unread story among `ids[from..]`, then `ids[..until]` (a
/// look that wrapped to the top).
fn find_unread(
    store: &Store,
    ids: &[ArticleId],
    from: usize,
    until: usize,
) -> Result<Option<usize>, StoreError> {
    // The look's order is the rows below the selection, then those above it.
    let ranges = if from > until {
        [from..ids.len(), 0..until]
    } else {
        [from..until, 0..0]
    };
    for range in ranges {
        let mut start = range.start;
        while let Some(chunk) = ids
            .get(start..(start + 512).min(range.end))
            .filter(|c| !c.is_empty())
        {
            let rows = store.summaries(chunk)?;
            if let Some(row) = rows.iter().find(|r| !r.read) {
                return Ok(chunk.iter().position(|id| *id == row.id).map(|i| start + i));
            }
            start += chunk.len();
        }
    }
    Ok(None)
}

pub(super) fn write_loop(
    store: &Store,
    jobs: &std_mpsc::Receiver<WriteJob>,
    events: &UnboundedSender<AppEvent>,
) {
    // The cache's `data_version` as this connection last saw it: it changes when any
    // other connection commits (a cron `fetch`, this reader's own refresh), never for
    // this one's marks.
    let mut seen: Option<i64> = None;
    while let Ok(job) = jobs.recv() {
        let (id, star, on, result) = match job {
            WriteJob::Read(id, on) => (id, false, on, store.set_read(id, on)),
            WriteJob::Starred(id, on) => (id, true, on, store.set_starred(id, on)),
            WriteJob::CheckCache { report } => {
                check_cache(store, &mut seen, report, events);
                continue;
            }
            WriteJob::RetireSample => {
                retire_sample(store, events);
                continue;
            }
            WriteJob::AllRead(ids) => {
                let _ = events.send(match store.set_read_many(&ids) {
                    Ok(n) => AppEvent::AllMarkedRead(n),
                    Err(e) => AppEvent::AllMarkFailed(format!("marking the list read: {e}")),
                });
                continue;
            }
        };
        match result {
            Ok(true) => {}
            Ok(false) => {
                let _ = events.send(AppEvent::MarkMissed(id));
            }
            Err(e) => {
                let _ = events.send(AppEvent::MarkFailed {
                    id,
                    star,
                    on,
                    error: format!("saving a mark: {e}"),
                });
            }
        }
    }
}

/// Notes the cache's `data_version`, saying when another connection committed since
/// the last look (if `report`).
fn check_cache(
    store: &Store,
    seen: &mut Option<i64>,
    report: bool,
    events: &UnboundedSender<AppEvent>,
) {
    match store.data_version() {
        Ok(now) => {
            if report && seen.is_some_and(|before| before != now) {
                let _ = events.send(AppEvent::CacheChanged);
            }
            *seen = Some(now);
        }
        Err(e) => tracing::warn!(error = %e, "reading the cache's data version"),
    }
}

/// The sample edition makes way for real articles, if any came.
fn retire_sample(store: &Store, events: &UnboundedSender<AppEvent>) {
    let event = match crate::sample::retire_if_superseded(store) {
        Ok(true) => AppEvent::SampleRetired,
        // Another process (a `fetch`) may have retired it already: the reader must
        // stop saying "Sample edition" all the same.
        Ok(false) => match crate::sample::showing(store) {
            Ok(false) => AppEvent::SampleRetired,
            Ok(true) => return,
            Err(e) => AppEvent::StoreFailed(format!("reading the cache: {e}")),
        },
        Err(e) => AppEvent::StoreFailed(format!("removing the sample edition: {e}")),
    };
    let _ = events.send(event);
}

#[cfg(test)]
mod tests {
    use super::{AppEvent, find_unread, retire_sample};
    use crate::store::{ListFilter, tests::seeded_store};

    #[test]
    fn the_unread_look_goes_on_from_the_top_and_stops_at_the_selection() {
        let (store, _) = seeded_store(1200);
        let ids = store.list_ids(&ListFilter::default()).unwrap();
        for id in &ids {
            store.set_read(*id, true).unwrap();
        }
        // Unread: the row at 3 and the one at 1100 (past the first chunk).
        store.set_read(ids[3], false).unwrap();
        store.set_read(ids[1100], false).unwrap();
        assert_eq!(find_unread(&store, &ids, 10, 9).unwrap(), Some(1100));
        assert_eq!(
            find_unread(&store, &ids, 1101, 1100).unwrap(),
            Some(3),
            "wraps"
        );
        assert_eq!(find_unread(&store, &ids, 5, 4).unwrap(), Some(1100));
        // From a row above the selection (the rows below were all looked at): only
        // up to the selection.
        assert_eq!(find_unread(&store, &ids, 0, 3).unwrap(), None);
        assert_eq!(find_unread(&store, &ids, 0, 4).unwrap(), Some(3));
        store.set_read(ids[3], true).unwrap();
        assert_eq!(
            find_unread(&store, &ids, 1101, 1100).unwrap(),
            None,
            "only the selection"
        );
    }

    #[test]
    fn a_sample_edition_another_process_retired_is_reported_gone() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        crate::sample::load(&mut store).unwrap();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        // Only the sample: nothing to do, nothing said.
        retire_sample(&store, &tx);
        assert!(rx.try_recv().is_err());
        // Another process removed it (its fetch brought real stories): said gone.
        let sample = store
            .feed_by_url(crate::sample::SAMPLE_URL)
            .unwrap()
            .unwrap();
        store.remove_feed(sample.id).unwrap();
        retire_sample(&store, &tx);
        assert!(matches!(rx.try_recv(), Ok(AppEvent::SampleRetired)));
    }
}
