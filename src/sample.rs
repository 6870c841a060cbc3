//! The sample edition: a small feed embedded in the binary (a real DDM story and a
//! welcome article), loaded when the cache is empty and no feed can be reached, so the
//! first run offline never opens on an empty screen. It is retired as soon as real
//! articles arrive.

use chrono::Utc;

use crate::feed::fetch::Validators;
use crate::store::{FeedSource, Retention, Store, StoreError};

/// The feed's bytes, from `assets/`.
pub const SAMPLE_FEED: &[u8] = include_bytes!("../assets/sample-edition.xml");
/// The sample's pseudo-URL in the feeds table (not http, so it is never fetched).
pub const SAMPLE_URL: &str = "ddm-reader:sample-edition";
/// The label the sample is shown under.
pub const SAMPLE_NAME: &str = "Sample edition";
const SAMPLE_BASE: &str = "https://diasporadigitalmedia.com/";

/// Loads the sample edition into `store`; returns how many articles it holds.
pub fn load(store: &mut Store) -> Result<usize, StoreError> {
    let base = url::Url::parse(SAMPLE_BASE).map_err(|e| StoreError::Internal(e.to_string()))?;
    let parsed = crate::feed::process(SAMPLE_FEED, None, &base, u64::MAX)
        .map_err(|e| StoreError::Internal(format!("bundled sample edition: {e}")))?;
    let id = store.ensure_feed(SAMPLE_URL, SAMPLE_NAME, None, FeedSource::Sample)?;
    let count = parsed.articles.len();
    let prepared = crate::store::prepare(parsed, Retention::default().max_per_feed, None)?;
    store.store_refresh(
        id,
        &prepared,
        &Validators::default(),
        200,
        Utc::now(),
        Retention::default(),
    )?;
    Ok(count)
}

/// Removes the sample edition once the cache holds real articles, but for the stories
/// starred in it; `true` if anything went.
pub fn retire_if_superseded(store: &Store) -> Result<bool, StoreError> {
    let Some(sample) = store.feed_by_url(SAMPLE_URL)? else {
        return Ok(false);
    };
    if store.article_count()? > sample.articles {
        return store.remove_keeping_starred(sample.id);
    }
    Ok(false)
}

/// Whether the sample edition is what the cache shows: it is there, and nothing else.
pub fn showing(store: &Store) -> Result<bool, StoreError> {
    let Some(sample) = store.feed_by_url(SAMPLE_URL)? else {
        return Ok(false);
    };
    Ok(store.article_count()? == sample.articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_loads_and_retires() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(load(&mut store).unwrap(), 2);
        let list = store.list(&crate::store::ListFilter::default()).unwrap();
        assert!(
            list.iter()
                .any(|a| a.title.starts_with("Zelensky sends team"))
        );
        assert!(list.iter().all(|a| a.feed == SAMPLE_NAME));
        assert!(!retire_if_superseded(&store).unwrap());
        assert!(showing(&store).unwrap());
        // A story starred in the sample stays when real ones come; the rest goes.
        let zelensky = list
            .iter()
            .find(|a| a.title.starts_with("Zelensky"))
            .unwrap()
            .id;
        store.set_starred(zelensky, true).unwrap();
        let real = store
            .ensure_feed("https://example.org/feed", "Real", None, FeedSource::Config)
            .unwrap();
        let mut feed = crate::feed::process(
            SAMPLE_FEED,
            None,
            &url::Url::parse("https://example.org/").unwrap(),
            u64::MAX,
        )
        .unwrap();
        feed.articles.truncate(1);
        feed.articles[0].key = "real-1".into();
        let prepared = crate::store::prepare(feed, 10, None).unwrap();
        store
            .store_refresh(
                real,
                &prepared,
                &Validators::default(),
                200,
                Utc::now(),
                Retention::default(),
            )
            .unwrap();
        assert!(retire_if_superseded(&store).unwrap());
        assert!(!showing(&store).unwrap());
        let starred = store
            .list(&crate::store::ListFilter {
                starred: true,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(starred.len(), 1);
        assert_eq!(starred[0].id, zelensky);
        assert_eq!(
            store
                .list(&crate::store::ListFilter::default())
                .unwrap()
                .len(),
            2
        );
        // Nothing more to retire while the star stays.
        assert!(!retire_if_superseded(&store).unwrap());
    }
}
