//! Feeds coming and going: removing one, the config and the store sharing one, the
//! ids a removed feed leaves, and articles too old to keep.

use super::*;

/// Stores `articles` as one refresh of feed `id`, keeping at most `max_per_feed`.
fn refresh_keeping(
    store: &mut Store,
    id: FeedId,
    articles: Vec<NewArticle>,
    max_per_feed: u32,
) -> RefreshCounts {
    let prepared = prepare(feed(articles), 10, None).unwrap();
    let retention = Retention {
        days: 90,
        max_per_feed,
    };
    store
        .store_refresh(
            id,
            &prepared,
            &Validators::default(),
            200,
            Utc::now(),
            retention,
        )
        .unwrap()
}

#[test]
fn removing_a_feed_removes_its_articles_and_index() {
    let (mut store, id) = store_with_feed();
    refresh(
        &mut store,
        id,
        &feed(vec![article("a", "A", "unique-word", 1)]),
    );
    store.remove_feed(id).unwrap();
    assert_eq!(store.article_count().unwrap(), 0);
    assert!(
        store
            .search("unique", &ListFilter::default())
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn removing_a_feed_keeps_its_starred_articles_unfollowed() {
    let (mut store, id) = store_with_feed();
    refresh(
        &mut store,
        id,
        &feed(vec![
            article("a", "Kept", "one", 1),
            article("b", "Gone", "two", 2),
        ]),
    );
    let kept = store
        .list(&ListFilter::default())
        .unwrap()
        .into_iter()
        .find(|a| a.title == "Kept")
        .unwrap()
        .id;
    assert!(store.set_starred(kept, true).unwrap());
    assert_eq!(store.remove_feed(id).unwrap(), (1, 1));
    let left = store.list(&ListFilter::default()).unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!((left[0].id, left[0].starred), (kept, true));
    // The row it needs stays, as a feed no config lists: followed by no one.
    let row = store
        .feeds()
        .unwrap()
        .into_iter()
        .find(|f| f.id == id)
        .unwrap();
    assert_eq!(row.source, FeedSource::Config);
    // Subscribing again takes it back, the starred story with it.
    let again = store
        .ensure_feed(&row.url, "Again", None, FeedSource::Store)
        .unwrap();
    assert_eq!(again, id);
    // With nothing starred, the feed goes whole.
    assert!(store.set_starred(kept, false).unwrap());
    assert_eq!(store.remove_feed(id).unwrap(), (1, 0));
    assert!(store.feeds().unwrap().iter().all(|f| f.id != id));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn a_feed_the_config_dropped_can_be_taken_over_by_the_store() {
    let store = Store::open_in_memory().unwrap();
    let id = store
        .ensure_feed("https://example.org/f", "Old", None, FeedSource::Config)
        .unwrap();
    let again = store
        .ensure_feed(
            "https://example.org/f",
            "New",
            Some("World"),
            FeedSource::Store,
        )
        .unwrap();
    assert_eq!(again, id, "same row, articles kept");
    let feed = store.feed(id).unwrap().unwrap();
    assert_eq!(
        (feed.source, feed.name.as_str(), feed.section.as_deref()),
        (FeedSource::Store, "New", Some("World"))
    );
}

#[test]
fn a_feed_the_user_subscribed_to_stays_theirs_when_the_config_lists_it_too() {
    let store = Store::open_in_memory().unwrap();
    let id = store
        .ensure_feed("https://example.org/f", "Mine", None, FeedSource::Store)
        .unwrap();
    let again = store
        .ensure_feeds(
            [("https://example.org/f", "From config", Some("News"))],
            FeedSource::Config,
        )
        .unwrap();
    assert_eq!(again, vec![id]);
    let feed = store.feed(id).unwrap().unwrap();
    // The config's name and section, but still subscribed in the store.
    assert_eq!(
        (feed.source, feed.name.as_str(), feed.section.as_deref()),
        (FeedSource::Store, "From config", Some("News"))
    );
    // Listing it again writes nothing new.
    store
        .ensure_feeds(
            [("https://example.org/f", "From config", Some("News"))],
            FeedSource::Config,
        )
        .unwrap();
    assert_eq!(store.feed(id).unwrap().unwrap(), feed);
}

/// Ids are what scripts keep: once a feed is removed, its ids (even the highest) are
/// never given to another story.
#[test]
fn a_removed_feeds_ids_are_never_given_again() {
    let (mut store, first) = store_with_feed();
    refresh(&mut store, first, &feed(vec![article("a", "A", "one", 1)]));
    let second = store
        .ensure_feed("https://example.org/b", "B", None, FeedSource::Store)
        .unwrap();
    refresh(
        &mut store,
        second,
        &feed(vec![
            article("b1", "B1", "two", 2),
            article("b2", "B2", "three", 3),
        ]),
    );
    let ids = |store: &Store| -> Vec<i64> {
        let mut ids: Vec<i64> = store
            .list(&ListFilter::default())
            .unwrap()
            .iter()
            .map(|a| a.id.0)
            .collect();
        ids.sort_unstable();
        ids
    };
    assert_eq!(ids(&store), [1, 2, 3]);
    store.remove_feed(second).unwrap();
    let third = store
        .ensure_feed("https://example.org/c", "C", None, FeedSource::Store)
        .unwrap();
    refresh(
        &mut store,
        third,
        &feed(vec![
            article("c1", "C1", "four", 4),
            article("c2", "C2", "five", 5),
        ]),
    );
    assert_eq!(ids(&store), [1, 4, 5]);
}

/// Retention removing the highest id (an article past the count cap) does not give
/// that id again either.
#[test]
fn an_id_removed_by_retention_is_not_given_again() {
    let (mut store, id) = store_with_feed();
    let mut store_with = |articles: Vec<NewArticle>| {
        refresh_keeping(&mut store, id, articles, 1);
    };
    store_with(vec![article("new", "New", "one", 1)]);
    // Stored as id 2, then expired at once: older than the one kept.
    store_with(vec![
        article("new", "New", "one", 1),
        article("old", "Old", "two", 9),
    ]);
    store_with(vec![
        article("newer", "Newer", "three", 0),
        article("new", "New", "one", 1),
    ]);
    let ids: Vec<i64> = store
        .list(&ListFilter::default())
        .unwrap()
        .iter()
        .map(|a| a.id.0)
        .collect();
    assert_eq!(ids, [3]);
}

/// A feed that still lists an article older than the newest `max_per_feed` it already
/// has: that article goes as it comes, and is not counted as new at every fetch.
#[test]
fn an_article_too_old_to_keep_is_not_new_at_every_fetch() {
    let (mut store, id) = store_with_feed();
    let mut store_with = |articles: Vec<NewArticle>| refresh_keeping(&mut store, id, articles, 2);
    let first = store_with(vec![
        article("a", "A", "one", 1),
        article("b", "B", "two", 2),
    ]);
    assert_eq!((first.new, first.expired), (2, 0));
    for _ in 0..2 {
        let again = store_with(vec![
            article("a", "A", "one", 1),
            article("b", "B", "two", 2),
            article("old", "Old", "three", 300),
        ]);
        assert_eq!((again.new, again.expired), (0, 0));
    }
    let newer = store_with(vec![
        article("c", "C", "four", 0),
        article("a", "A", "one", 1),
    ]);
    assert_eq!((newer.new, newer.expired), (1, 1));
}

/// A config feed now listed at another URL under its name: its old copy goes, but for
/// the stories starred there, and then the row itself.
#[test]
fn a_replaced_config_feed_goes_but_for_its_starred_stories() {
    let (mut store, id) = store_with_feed();
    refresh(
        &mut store,
        id,
        &feed(vec![
            article("a", "A", "one", 1),
            article("b", "B", "two", 2),
        ]),
    );
    let starred = store.list(&ListFilter::default()).unwrap()[0].id;
    store.set_starred(starred, true).unwrap();
    store.remove_keeping_starred(id).unwrap();
    let left: Vec<_> = store
        .list(&ListFilter::default())
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(left, [starred]);
    assert!(
        store.feed(id).unwrap().is_some(),
        "kept for its starred story"
    );
    // Nothing more to do while the star stays; once it goes, so does the row.
    store.remove_keeping_starred(id).unwrap();
    store.set_starred(starred, false).unwrap();
    store.remove_keeping_starred(id).unwrap();
    assert!(store.feed(id).unwrap().is_none());
    assert!(store.list(&ListFilter::default()).unwrap().is_empty());
}
