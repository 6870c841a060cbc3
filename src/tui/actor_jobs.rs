//! The actors side of the effects runner: loading the gazetteer and bringing the cache's
//! actors up to date on a background thread of their own (the reader stays usable
//! meanwhile), one article's actors for the read thread, and `+` appending a discovered
//! actor to the user's file. It never touches `App`; it only sends events back.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use tokio::sync::mpsc::UnboundedSender;

use super::effects::AppEvent;
use crate::actors::{Entry, Extractor};
use crate::store::{ArticleId, Store, StoreError};

/// The extractor, set once by the loader thread. `None` only if even the bundled
/// gazetteer failed to load, so that nothing waiting on it ever waits for ever.
pub type SharedExtractor = Arc<OnceLock<Option<Arc<Extractor>>>>;

/// Starts the loader thread: the gazetteer (the user's file, else the bundled one alone,
/// with the error flashed), then every stale article re-extracted, with progress.
pub fn start(
    cache: PathBuf,
    user_file: PathBuf,
    events: UnboundedSender<AppEvent>,
) -> std::io::Result<SharedExtractor> {
    let shared = SharedExtractor::default();
    let lock = shared.clone();
    std::thread::Builder::new()
        .name("ddm-actors".into())
        .spawn(move || {
            let started = std::time::Instant::now();
            let extractor = load(&user_file, &events);
            // Set before anything else, whatever happened: the read thread waits on it.
            let _ = lock.set(extractor.clone());
            tracing::info!(elapsed = ?started.elapsed(), "gazetteer loaded");
            let Some(extractor) = extractor else {
                return;
            };
            let outcome = Store::open(&cache).and_then(|store| {
                let mut progress = |done, total| {
                    let _ = events.send(AppEvent::ActorsProgress(done, total));
                };
                crate::actor_index::refresh_stale(&store, &extractor, &mut progress)
            });
            tracing::info!(elapsed = ?started.elapsed(), ?outcome, "actors up to date");
            let error = outcome.err().map(|e| format!("finding actors: {e}"));
            let _ = events.send(AppEvent::ActorsIndexed(error));
        })?;
    Ok(shared)
}

fn load(user_file: &std::path::Path, events: &UnboundedSender<AppEvent>) -> Option<Arc<Extractor>> {
    match Extractor::load(Some(user_file)) {
        Ok(x) => Some(Arc::new(x)),
        Err(e) => {
            tracing::warn!(error = %e, "the user's actors file");
            let _ = events.send(AppEvent::ActorsFileFailed(e.to_string()));
            match Extractor::load(None) {
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
