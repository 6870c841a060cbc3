//! Keeping the cache's actors current: extracting articles stored without actors or
//! with an older gazetteer (after an upgrade or an edit of the user's file), in batches
//! spread over every core, and one article's actors on demand.

use crate::actors::{Extraction, Extractor};
use crate::store::{ArticleId, PreparedExtraction, Store, StoreError};

/// Articles extracted per transaction: small enough that a reader writing a flag never
/// waits long for the lock.
const BATCH: usize = 256;

/// Extracts every article whose actors are missing or stale, calling `progress` with
/// (done, total) after each batch, and stopping there when it answers `false` (the rest
/// stay stale, for the next pass); returns how many were done.
pub fn refresh_stale(
    store: &Store,
    extractor: &Extractor,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<u64, StoreError> {
    let version = extractor.version();
    let total = store.stale_extraction_count(version)?;
    if total == 0 {
        return Ok(0);
    }
    // Batches go newest first across every feed, so each one touches a page of each
    // feed's bodies; the next batches want the same pages (a page holds a feed's next
    // older articles). 12 MiB keeps a page for each of about 190 feeds (the default
    // 2 MB read each page again for almost every body: some 3 GB copied for 50,000
    // articles, a fifth of the pass's time).
    let before = store.page_cache_kib()?;
    store.set_page_cache_kib(PASS_CACHE_KIB)?;
    let result = refresh_batches(store, extractor, version, total, progress);
    // The pass's own error first; the store goes on being used either way.
    let restored = store.set_page_cache_kib(before);
    let done = result?;
    restored?;
    store.prune_actors()?;
    Ok(done)
}

/// SQLite's page cache during a pass over the cache, in KiB.
const PASS_CACHE_KIB: i64 = 12 * 1024;

fn refresh_batches(
    store: &Store,
    extractor: &Extractor,
    version: i64,
    total: u64,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<u64, StoreError> {
    let mut done = 0;
    let mut after = None;
    loop {
        let batch = store.stale_extractions(version, BATCH, after)?;
        let Some(last) = batch.last() else {
            break;
        };
        after = Some(last.cursor);
        let prepared = extract_all(extractor, &batch)?;
        store.save_extractions(&prepared)?;
        done += batch.len() as u64;
        if !progress(done.min(total), total) || batch.len() < BATCH {
            break;
        }
    }
    Ok(done)
}

fn extract_all(
    extractor: &Extractor,
    batch: &[crate::store::StaleArticle],
) -> Result<Vec<(ArticleId, PreparedExtraction)>, StoreError> {
    let workers = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let chunk = batch.len().div_ceil(workers).max(1);
    let results: Vec<Result<Vec<_>, StoreError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|a| {
                            let x = extractor.extract(&a.title, &a.text()?);
                            Ok((a.id, PreparedExtraction::new(extractor.version(), &x)?))
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(StoreError::Internal("actor extraction panicked".into()))
                })
            })
            .collect()
    });
    let mut out = Vec::with_capacity(batch.len());
    for r in results {
        out.extend(r?);
    }
    Ok(out)
}

/// Article `id`'s actors: the stored ones if current, else extracted now and stored.
pub fn for_article(
    store: &Store,
    extractor: &Extractor,
    id: ArticleId,
    title: &str,
    text: &str,
) -> Result<Extraction, StoreError> {
    if let Some((version, x)) = store.extraction(id)?
        && version == extractor.version()
    {
        return Ok(x);
    }
    let x = extractor.extract(title, text);
    store.save_extractions(&[(id, PreparedExtraction::new(extractor.version(), &x)?)])?;
    Ok(x)
}
