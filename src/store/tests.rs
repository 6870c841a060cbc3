//! Store behaviour: upserts that can be repeated, state kept across updates, search,
//! retention.

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::feed::fetch::Validators;
use crate::feed::{NewArticle, ParsedFeed};

mod feeds;

fn article(key: &str, title: &str, text: &str, days_ago: i64) -> NewArticle {
    let published = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap() - Duration::days(days_ago);
    let document = crate::document::from_html(&format!("<p>{text}</p>"), None);
    NewArticle {
        key: key.into(),
        url: Some(format!("https://example.org/{key}")),
        title: title.into(),
        author: Some("Ada".into()),
        categories: vec!["News".into()],
        published: Some(published),
        updated: None,
        image_url: None,
        text: document.plain_text(),
        document,
    }
}

fn feed(articles: Vec<NewArticle>) -> ParsedFeed {
    ParsedFeed {
        title: Some("Feed".into()),
        site_url: None,
        articles,
    }
}

fn store_with_feed() -> (Store, FeedId) {
    let store = Store::open_in_memory().unwrap();
    let id = store
        .ensure_feed(
            "https://example.org/feed",
            "Example",
            None,
            FeedSource::Config,
        )
        .unwrap();
    (store, id)
}

fn refresh(store: &mut Store, id: FeedId, f: &ParsedFeed) -> RefreshCounts {
    let prepared = prepare(f.clone(), Retention::default().max_per_feed, None).unwrap();
    store_prepared(store, id, &prepared)
}

/// The titles `list` shows, newest first.
fn listed_titles(store: &Store) -> Vec<String> {
    store
        .list(&ListFilter::default())
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect()
}

fn store_prepared(store: &mut Store, id: FeedId, prepared: &PreparedFeed) -> RefreshCounts {
    store
        .store_refresh(
            id,
            prepared,
            &Validators::default(),
            200,
            Utc::now(),
            Retention::default(),
        )
        .unwrap()
}

#[test]
fn repeated_refresh_is_idempotent_and_updates_in_place() {
    let (mut store, id) = store_with_feed();
    let f = feed(vec![
        article("a", "First", "peace talks in Istanbul", 2),
        article("b", "Second", "budget", 1),
    ]);
    assert_eq!(
        refresh(&mut store, id, &f),
        RefreshCounts {
            new: 2,
            updated: 0,
            expired: 0
        }
    );
    assert_eq!(refresh(&mut store, id, &f), RefreshCounts::default());
    let before = store.list(&ListFilter::default()).unwrap();
    assert_eq!(
        before.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Second", "First"]
    );
    let first = before[1].id;
    store.set_read(first, true).unwrap();
    store.set_starred(first, true).unwrap();
    let changed = feed(vec![article(
        "a",
        "First, updated",
        "peace talks moved to Ankara",
        2,
    )]);
    assert_eq!(refresh(&mut store, id, &changed).updated, 1);
    let a = store.article(first).unwrap().unwrap();
    assert_eq!(a.summary.title, "First, updated");
    assert!(
        a.summary.read && a.summary.starred,
        "state kept across an update"
    );
    assert_eq!(store.article_count().unwrap(), 2);
    // The index follows the update: the old words are gone, the new ones found.
    assert!(
        store
            .search("Istanbul", &ListFilter::default())
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.search("ankara", &ListFilter::default()).unwrap()[0].id,
        first
    );
}

#[test]
fn search_is_newest_first_with_prefix_and_no_diacritics() {
    let (mut store, id) = store_with_feed();
    let f = feed(vec![
        article("a", "Old", "President Erdoğan spoke", 5),
        article("b", "New", "Erdogan again, and Russia's envoy", 1),
        article("c", "Other", "nothing here", 0),
    ]);
    refresh(&mut store, id, &f);
    let titles = |q: &str| search_titles(&store, q);
    assert_eq!(titles("erdogan"), ["New", "Old"]);
    assert_eq!(titles("Erdoğ"), ["New", "Old"]);
    assert_eq!(titles("Russia's"), ["New"]);
    assert_eq!(titles("president erd"), ["Old"]);
    assert!(titles("\"OR\" -- NEAR(").is_empty());
}

#[test]
fn search_finds_words_written_with_combining_marks() {
    let (mut store, id) = store_with_feed();
    // Decomposed accents, and Yoruba's dot below plus tone marks (no precomposed form).
    let f = feed(vec![
        article("a", "One", "Recep Tayyip Erdog\u{306}an met the press", 2),
        article(
            "b",
            "Two",
            "Go\u{301}mi\u{300}na\u{300} i\u{300}pi\u{301}nle\u{323}\u{300} O\u{323}\u{300}s\u{323}un",
            1,
        ),
        article("c", "Three", "Le re\u{301}sume\u{301} du cafe\u{301}", 0),
    ]);
    refresh(&mut store, id, &f);
    let titles = |q: &str| search_titles(&store, q);
    assert_eq!(titles("erdogan"), ["One"]);
    assert_eq!(titles("Erdoğan"), ["One"]);
    assert_eq!(titles("osun"), ["Two"]);
    // Searched as it is written, marks and all.
    assert_eq!(titles("O\u{323}\u{300}s\u{323}un"), ["Two"]);
    assert_eq!(titles("Erdog\u{306}an"), ["One"]);
    assert_eq!(titles("resume cafe"), ["Three"]);
    assert_eq!(titles("résumé"), ["Three"]);
}

#[test]
fn search_orders_alike_with_and_without_a_limit() {
    // The two plans sort differently (SQL with a limit, in Rust without): same order,
    // ties in date broken by id.
    let (mut store, id) = store_with_feed();
    let f = feed(vec![
        article("a", "A", "peace talks", 2),
        article("b", "B", "peace talks", 1),
        article("c", "C", "peace talks", 1),
        article("d", "D", "peace talks", 3),
    ]);
    refresh(&mut store, id, &f);
    let all = store.search("peace", &ListFilter::default()).unwrap();
    let limited = ListFilter {
        limit: Some(10),
        ..ListFilter::default()
    };
    assert_eq!(all, store.search("peace", &limited).unwrap());
    let titles: Vec<&str> = all.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles[2..], ["A", "D"]);
    assert!(all[0].id > all[1].id, "a tie goes to the higher id first");
}

#[test]
fn filters_and_limit() {
    let (mut store, id) = store_with_feed();
    let f = feed(
        (0..5)
            .map(|i| article(&format!("k{i}"), &format!("T{i}"), "x", i))
            .collect(),
    );
    refresh(&mut store, id, &f);
    let all = store.list(&ListFilter::default()).unwrap();
    store.set_read(all[0].id, true).unwrap();
    store.set_starred(all[1].id, true).unwrap();
    assert_eq!(
        store
            .list(&ListFilter {
                unread: true,
                ..ListFilter::default()
            })
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        store
            .list(&ListFilter {
                starred: true,
                ..ListFilter::default()
            })
            .unwrap()[0]
            .id,
        all[1].id
    );
    assert_eq!(
        store
            .list(&ListFilter {
                limit: Some(2),
                ..ListFilter::default()
            })
            .unwrap()
            .len(),
        2
    );
    assert!(!store.set_read(ArticleId(9999), true).unwrap());
}

#[test]
fn retention_by_count_and_age_keeps_starred() {
    let (mut store, id) = store_with_feed();
    let f = feed(
        (0..10)
            .map(|i| article(&format!("k{i}"), &format!("T{i}"), "x", i))
            .collect(),
    );
    refresh(&mut store, id, &f);
    let oldest = store
        .list(&ListFilter::default())
        .unwrap()
        .last()
        .unwrap()
        .id;
    store.set_starred(oldest, true).unwrap();
    let keep4 = Retention {
        days: 90,
        max_per_feed: 4,
    };
    assert_eq!(store.apply_retention(Utc::now(), keep4).unwrap(), 5);
    let left = store.list(&ListFilter::default()).unwrap();
    assert_eq!(left.len(), 5, "4 newest plus the starred one");
    assert!(left.iter().any(|a| a.id == oldest));
    // Age counts from when an article was first stored, not its publication date.
    assert_eq!(
        store
            .apply_retention(Utc::now(), Retention::default())
            .unwrap(),
        0
    );
    let later = Utc::now() + Duration::days(91);
    assert_eq!(
        store.apply_retention(later, Retention::default()).unwrap(),
        4
    );
    assert_eq!(
        store.list(&ListFilter::default()).unwrap().len(),
        1,
        "starred never expires"
    );
}

#[test]
fn a_feed_longer_than_the_cap_stores_only_its_newest() {
    let (mut store, id) = store_with_feed();
    let f = feed(
        (0..10)
            .map(|i| article(&format!("k{i}"), &format!("T{i}"), "x", i))
            .collect(),
    );
    let cap = Retention {
        days: 90,
        max_per_feed: 3,
    };
    let prepared = prepare(f, cap.max_per_feed, None).unwrap();
    let counts = store
        .store_refresh(id, &prepared, &Validators::default(), 200, Utc::now(), cap)
        .unwrap();
    assert_eq!((counts.new, counts.expired), (3, 0));
    let titles = listed_titles(&store);
    assert_eq!(titles, ["T0", "T1", "T2"]);
}

/// `count` texts of up to `max_pieces` of `pieces` each, drawn by a fixed xorshift: the
/// same texts at every run.
pub(crate) fn random_texts(pieces: &[&str], count: usize, max_pieces: u64) -> Vec<String> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let n = next() % max_pieces;
            (0..n)
                .map(|_| pieces[usize::try_from(next() % pieces.len() as u64).unwrap_or(0)])
                .collect()
        })
        .collect()
}

/// The titles `search` gives for `query`, in its order.
fn search_titles(store: &Store, query: &str) -> Vec<String> {
    store
        .search(query, &ListFilter::default())
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect()
}

/// A store with one feed of `n` articles, one a day, the newest first in time.
pub(crate) fn seeded_store(n: i64) -> (Store, FeedId) {
    let (mut store, id) = store_with_feed();
    let articles = (0..n)
        .map(|i| article(&format!("a{i}"), &format!("Story {i}"), "Some text.", i))
        .collect();
    refresh(&mut store, id, &feed(articles));
    (store, id)
}

/// Stores `f` with each article's actors given as `(name, discovered, mentions)`.
fn refresh_with_actors(
    store: &mut Store,
    id: FeedId,
    f: &ParsedFeed,
    actors: &[&[(&str, bool, u32)]],
) -> RefreshCounts {
    use crate::actors::{Actor, Extraction, Kind};
    let mut prepared = prepare(f.clone(), Retention::default().max_per_feed, None).unwrap();
    for (article, named) in prepared.articles.iter_mut().zip(actors) {
        let x = Extraction {
            actors: named
                .iter()
                .map(|&(name, discovered, mentions)| Actor {
                    name: name.into(),
                    kind: Kind::Person,
                    description: if discovered {
                        String::new()
                    } else {
                        format!("{name}, from the gazetteer")
                    },
                    discovered,
                    mentions: (0..mentions).map(|i| (i * 10, i * 10 + 4)).collect(),
                    title_mentions: Vec::new(),
                })
                .collect(),
            quotes: Vec::new(),
        };
        article.actors = Some(PreparedExtraction::new(1, &x).unwrap());
    }
    store_prepared(store, id, &prepared)
}

#[test]
fn the_actor_index_keeps_gazetteer_names_and_adds_up_folded_duplicates() {
    let (mut store, id) = store_with_feed();
    let f = feed(vec![
        article("a", "One", "text one", 3),
        article("b", "Two", "text two", 2),
        article("c", "Three", "text three", 1),
    ]);
    // "Erdoğan" from the gazetteer first; then a discovered spelling of the same key
    // must not rename it; two spellings in one article are one actor.
    refresh_with_actors(
        &mut store,
        id,
        &f,
        &[
            &[("Erdoğan", false, 2)],
            &[("ERDOGAN", true, 1)],
            &[("Erdogan", true, 1), ("Erdoğan", false, 3)],
        ],
    );
    let erdogan = store.actor_by_name("erdogan").unwrap().unwrap();
    assert_eq!(
        erdogan.name, "Erdoğan",
        "a discovered spelling renamed a gazetteer actor"
    );
    assert_eq!((erdogan.articles, erdogan.mentions), (3, 2 + 1 + 4));
    // A discovered actor is renamed by a later discovery of the same key.
    let f = feed(vec![article("d", "Four", "text four", 0)]);
    refresh_with_actors(&mut store, id, &f, &[&[("Jane Doe", true, 1)]]);
    let f = feed(vec![article("e", "Five", "text five", 0)]);
    refresh_with_actors(&mut store, id, &f, &[&[("JANE DOE", true, 2)]]);
    let jane = store.actor_by_name("jane doe").unwrap().unwrap();
    assert_eq!(
        (jane.name.as_str(), jane.articles, jane.mentions),
        ("JANE DOE", 2, 3)
    );
}

#[test]
fn the_count_cap_applies_to_what_the_age_rule_keeps() {
    let (mut store, id) = store_with_feed();
    let cap = Retention {
        days: 90,
        max_per_feed: 4,
    };
    let store_at = |store: &mut Store, f: ParsedFeed, now| {
        let prepared = prepare(f, cap.max_per_feed, None).unwrap();
        store
            .store_refresh(id, &prepared, &Validators::default(), 200, now, cap)
            .unwrap()
    };
    // Four recent stories, then, 91 days on, three that the feed dates earlier: the four
    // have aged out, and the three are all that is left, under the cap.
    let first: Vec<_> = (0..4)
        .map(|i| article(&format!("new{i}"), &format!("N{i}"), "x", i))
        .collect();
    store_at(&mut store, feed(first), Utc::now());
    let back_dated: Vec<_> = (0..3)
        .map(|i| article(&format!("old{i}"), &format!("O{i}"), "x", 100 + i))
        .collect();
    let counts = store_at(
        &mut store,
        feed(back_dated),
        Utc::now() + Duration::days(91),
    );
    assert_eq!((counts.new, counts.expired), (3, 4));
    let titles = listed_titles(&store);
    assert_eq!(titles, ["O0", "O1", "O2"]);
}

#[test]
fn renaming_configured_feeds_waits_for_another_process_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    let store = Store::open(&path).unwrap();
    store
        .ensure_feeds([("https://e.example/a", "A", None)], FeedSource::Config)
        .unwrap();
    // Another process (a cron `fetch`) holds the write lock for a moment.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        other.execute_batch("COMMIT").unwrap();
    });
    // The config renamed the feed and added one: both are written once the lock is free.
    let ids = store
        .ensure_feeds(
            [
                ("https://e.example/a", "A renamed", Some("World")),
                ("https://e.example/b", "B", None),
            ],
            FeedSource::Config,
        )
        .unwrap();
    release.join().unwrap();
    let names: Vec<_> = store
        .feeds()
        .unwrap()
        .into_iter()
        .map(|f| (f.id, f.name, f.section))
        .collect();
    assert_eq!(
        names,
        [
            (ids[0], "A renamed".to_string(), Some("World".to_string())),
            (ids[1], "B".to_string(), None)
        ]
    );
}

#[test]
fn headlines_are_the_summaries_rows_in_the_same_order() {
    // `list` and `search` print headlines, `--json` prints summaries: the same rows.
    let (mut store, id) = store_with_feed();
    let other = store
        .ensure_feed(
            "https://example.org/other",
            "Other",
            Some("World"),
            FeedSource::Config,
        )
        .unwrap();
    let f = |prefix: &str| {
        feed(
            (0..6)
                .map(|i| {
                    article(
                        &format!("{prefix}{i}"),
                        &format!("{prefix} {i}"),
                        "peace",
                        i % 3,
                    )
                })
                .collect(),
        )
    };
    refresh(&mut store, id, &f("a"));
    let erdogan: &[(&str, bool, u32)] = &[("Erdoğan", false, 1)];
    refresh_with_actors(
        &mut store,
        other,
        &f("b"),
        &[erdogan, &[], erdogan, erdogan, &[], &[]],
    );
    let erdogan = Some(store.actor_by_name("Erdoğan").unwrap().unwrap().id);
    let all = store.list(&ListFilter::default()).unwrap();
    store.set_read(all[0].id, true).unwrap();
    store.set_starred(all[3].id, true).unwrap();
    let rows = |h: Headlines| {
        h.iter()
            .map(|r| {
                (
                    r.id,
                    r.published,
                    r.read,
                    r.starred,
                    r.feed.to_owned(),
                    r.title.to_owned(),
                )
            })
            .collect::<Vec<_>>()
    };
    let summaries = |s: Vec<ArticleSummary>| {
        s.into_iter()
            .map(|r| (r.id, r.published, r.read, r.starred, r.feed, r.title))
            .collect::<Vec<_>>()
    };
    let filters = [
        ListFilter::default(),
        ListFilter {
            unread: true,
            ..ListFilter::default()
        },
        ListFilter {
            starred: true,
            ..ListFilter::default()
        },
        ListFilter {
            feed: Some(other),
            ..ListFilter::default()
        },
        ListFilter {
            section: Some("World".into()),
            ..ListFilter::default()
        },
        ListFilter {
            section: Some("News".into()),
            limit: Some(4),
            ..ListFilter::default()
        },
        ListFilter {
            actor: erdogan,
            ..ListFilter::default()
        },
        ListFilter {
            actor: erdogan,
            unread: true,
            limit: Some(2),
            ..ListFilter::default()
        },
        ListFilter {
            limit: Some(5),
            ..ListFilter::default()
        },
    ];
    for (i, filter) in filters.iter().enumerate() {
        let listed = summaries(store.list(filter).unwrap());
        assert!(!listed.is_empty(), "{filter:?}");
        assert!(i == 0 || listed.len() < all.len(), "filters: {filter:?}");
        assert_eq!(
            rows(store.list_headlines(filter).unwrap()),
            listed,
            "{filter:?}"
        );
        let found = summaries(store.search("pea", filter).unwrap());
        assert_eq!(found, listed, "every article says peace: {filter:?}");
        assert_eq!(
            rows(store.search_headlines("pea", filter).unwrap()),
            found,
            "{filter:?}"
        );
    }
    assert!(
        store
            .search_headlines("--", &ListFilter::default())
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        rows(
            store
                .search_headlines("war", &ListFilter::default())
                .unwrap()
        ),
        []
    );
}

#[test]
fn marking_many_read_counts_only_the_unread() {
    let (store, _) = seeded_store(30);
    let ids = store.list_ids(&ListFilter::default()).unwrap();
    store.set_read(ids[0], true).unwrap();
    assert_eq!(store.set_read_many(&ids).unwrap(), 29);
    assert_eq!(store.set_read_many(&ids).unwrap(), 0);
    let unread = ListFilter {
        unread: true,
        ..ListFilter::default()
    };
    assert!(store.list_ids(&unread).unwrap().is_empty());
    // A removed article is skipped, not an error.
    assert_eq!(store.set_read_many(&[ArticleId(999_999)]).unwrap(), 0);
}
