//! The actors side of the effects runner: loading the gazetteer and bringing the cache's
//! actors up to date on a background thread of their own (the reader stays usable
//! meanwhile), one article's actors for the read thread, and `+` appending a discovered
//! actor to the user's file. It never touches `App`; it only sends events back.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use tokio::sync::mpsc::UnboundedSender;

use super::effects::AppEvent;
use crate::actors::{Entry, Extractor};
use crate::store::{ArticleId, Store, StoreError};

/// The extractor, set once by the loader thread. `None` only if even the bundled
/// gazetteer failed to load, so that nothing waiting on it ever waits for ever.
pub type SharedExtractor = Arc<OnceLock<Option<Arc<Extractor>>>>;

/// The loader thread, to stop and join at quit: it holds a connection to the cache
/// while it re-extracts, and a process that ends with one open leaves the cache's log
/// behind (a `q` right after start, on a loaded machine).
pub struct Loader {
    /// Asks the pass to stop after its batch in progress.
    pub stop: Arc<AtomicBool>,
    /// The thread.
    pub thread: std::thread::JoinHandle<()>,
}

impl Loader {
    /// Stops the pass after its batch in progress (what is left stays stale, for the
    /// next start) and waits for the thread.
    pub fn finish(self) {
        self.stop.store(true, Ordering::SeqCst);
        if self.thread.join().is_err() {
            tracing::error!("the actors thread panicked");
        }
    }
}

/// Starts the loader thread: the gazetteer (the user's file, else the bundled one alone,
/// with the error flashed), then every stale article re-extracted, with progress.
pub fn start(
    cache: PathBuf,
    compiled: PathBuf,
    user_file: PathBuf,
    events: UnboundedSender<AppEvent>,
) -> std::io::Result<(SharedExtractor, Loader)> {
    let shared = SharedExtractor::default();
    let lock = shared.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::Builder::new()
        .name("ddm-actors".into())
        .spawn(move || {
            // Should loading panic, the lock is still set (to no extractor) on the way out.
            let _unblock = Unblock(lock.clone());
            let started = std::time::Instant::now();
            let extractor = load(&user_file, &compiled, &events);
            // Set before anything else, whatever happened: the read thread waits on it.
            let _ = lock.set(extractor.clone());
            tracing::info!(elapsed = ?started.elapsed(), "gazetteer loaded");
            let Some(extractor) = extractor else {
                return;
            };
            if stopped.load(Ordering::SeqCst) {
                return;
            }
            let outcome = Store::open(&cache).and_then(|store| {
                let mut progress = |done, total| {
                    let _ = events.send(AppEvent::ActorsProgress(done, total));
                    !stopped.load(Ordering::SeqCst)
                };
                crate::actor_index::refresh_stale(&store, &extractor, &mut progress)
            });
            tracing::info!(elapsed = ?started.elapsed(), ?outcome, "actors up to date");
            let error = outcome.err().map(|e| format!("finding actors: {e}"));
            let _ = events.send(AppEvent::ActorsIndexed(error));
        })?;
    Ok((shared, Loader { stop, thread }))
}

/// Sets the lock to "no extractor" when dropped, unless it was set already.
struct Unblock(SharedExtractor);

impl Drop for Unblock {
    fn drop(&mut self) {
        let _ = self.0.set(None);
    }
}

fn load(
    user_file: &Path,
    compiled: &Path,
    events: &UnboundedSender<AppEvent>,
) -> Option<Arc<Extractor>> {
    match Extractor::load_cached(Some(user_file), compiled) {
        Ok(x) => Some(Arc::new(x)),
        Err(e) => {
            tracing::warn!(error = %e, "the user's actors file");
            let _ = events.send(AppEvent::ActorsFileFailed(e.to_string()));
            match Extractor::load_cached(None, compiled) {
                Ok(x) => Some(Arc::new(x)),
                Err(e) => {
                    tracing::error!(error = %e, "the bundled gazetteer");
                    None
                }
            }
        }
    }
}

/// Article `id`'s actors, for the read thread: stored if current, else found now and
/// stored (waiting for the gazetteer if it is still loading).
pub(super) fn article_actors(
    store: &Store,
    extractor: &SharedExtractor,
    id: ArticleId,
    title: &str,
    text: &str,
) -> Result<AppEvent, StoreError> {
    let Some(extractor) = extractor.wait() else {
        return Ok(AppEvent::ActorsLoaded(id, Box::default()));
    };
    crate::actor_index::for_article(store, extractor, id, title, text)
        .map(|x| AppEvent::ActorsLoaded(id, Box::new(x)))
}

/// Appends `entry` to the user's actors file, off the UI task.
pub(super) fn add_actor(entry: Entry, file: PathBuf, events: &UnboundedSender<AppEvent>) {
    let events = events.clone();
    tokio::task::spawn_blocking(move || {
        let event = match crate::actors::gazetteer::append_user_entry(&file, &entry) {
            Ok(()) => AppEvent::ActorAdded(entry.name, file),
            Err(e) => AppEvent::ActorAddFailed(e.to_string()),
        };
        let _ = events.send(event);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_user_file_is_reported_and_the_bundled_gazetteer_stands_in() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("actors.toml");
        std::fs::write(&file, "[[actor]]\nname = \"Ada\"\nkind = \"robot\"\n").unwrap();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let compiled = dir.path().join("actors.bin");
        let extractor = load(&file, &compiled, &tx).expect("the bundled gazetteer");
        assert!(extractor.entry_names().all(|n| n != "Ada"));
        match rx.try_recv() {
            Ok(AppEvent::ActorsFileFailed(e)) => assert!(e.contains("actors.toml"), "{e}"),
            other => panic!("{other:?}"),
        }
        // A file not written yet is no error.
        let missing = dir.path().join("none.toml");
        assert!(load(&missing, &compiled, &tx).is_some());
        assert!(rx.try_recv().is_err());
    }

    #[test]
    fn the_loader_indexes_the_cache_with_progress_then_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache.db");
        let mut store = Store::open(&cache).unwrap();
        crate::sample::load(&mut store).unwrap();
        drop(store);
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let (shared, thread) = start(
            cache.clone(),
            dir.path().join("actors.bin"),
            dir.path().join("actors.toml"),
            tx,
        )
        .unwrap();
        assert!(shared.wait().is_some());
        let mut events = Vec::new();
        while let Some(event) = rx.blocking_recv() {
            let last = matches!(event, AppEvent::ActorsIndexed(_));
            events.push(event);
            if last {
                break;
            }
        }
        assert!(
            matches!(events.first(), Some(AppEvent::ActorsProgress(_, 2))),
            "{events:?}"
        );
        assert_eq!(events.last(), Some(&AppEvent::ActorsIndexed(None)));
        thread.finish();
        let store = Store::open(&cache).unwrap();
        assert!(store.actor_by_name("Vladimir Putin").unwrap().is_some());
    }
}
