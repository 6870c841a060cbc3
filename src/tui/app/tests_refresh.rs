//! State tests of the list against the cache: a refresh's feeds landing, other
//! processes writing, the sample edition making way, the feeds overlay.

use super::tests::{app_with, article, key, summary};
use super::*;
use crate::refresh::{FeedReport, FeedStatus};

#[test]
fn new_articles_from_a_refresh_do_not_move_the_selection() {
    let mut app = app_with(50);
    app.update(key("j"));
    app.update(key("j"));
    let effects = app.update(key("R"));
    assert_eq!(effects, vec![Effect::Refresh]);
    app.update(Msg::Event(AppEvent::RefreshStarted(2)));
    let report = |name: &str, new, error: Option<&str>| FeedReport {
        name: name.into(),
        url: format!("http://127.0.0.1/{name}"),
        status: if error.is_some() {
            FeedStatus::Error
        } else {
            FeedStatus::Ok
        },
        new,
        updated: 0,
        http_status: Some(if error.is_some() { 500 } else { 200 }),
        error: error.map(str::to_owned),
    };
    let effects = app.update(Msg::Event(AppEvent::FeedRefreshed(report("Good", 2, None))));
    let [
        Effect::LoadList {
            generation, keep, ..
        },
        Effect::LoadTabs,
        Effect::LoadCounts,
    ] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(*keep, Some(ArticleId(3)));
    let mut ids = vec![ArticleId(100), ArticleId(101)];
    ids.extend((1..=50).map(ArticleId));
    app.update(Msg::Event(AppEvent::ListLoaded {
        generation: *generation,
        ids,
        keep: *keep,
    }));
    assert_eq!(app.list.selected_id(), Some(ArticleId(3)));
    app.update(Msg::Event(AppEvent::FeedRefreshed(report(
        "Broken",
        0,
        Some("HTTP 500"),
    ))));
    assert_eq!(app.refreshing.as_ref().unwrap().failed.len(), 1);
    app.sample = true;
    let effects = app.update(Msg::Event(AppEvent::RefreshFinished {
        error: None,
        sample: Some(false),
    }));
    assert!(!app.sample, "real articles replaced the sample edition");
    assert!(effects.contains(&Effect::LoadTabs) && effects.contains(&Effect::LoadCounts));
    let last = app.last_refresh.clone().unwrap();
    assert_eq!((last.total, last.new), (2, 2));
    assert_eq!(
        last.failed,
        vec![("Broken".to_owned(), "HTTP 500".to_owned())]
    );
}

#[test]
fn an_untouched_list_follows_the_newest_and_the_sample_makes_way() {
    let mut app = app_with(5);
    app.sample = true;
    let report = FeedReport {
        name: "Good".into(),
        url: "http://127.0.0.1/good".into(),
        status: FeedStatus::Ok,
        new: 2,
        updated: 0,
        http_status: Some(200),
        error: None,
    };
    let effects = app.update(Msg::Event(AppEvent::FeedRefreshed(report)));
    assert!(effects.contains(&Effect::RetireSample), "{effects:?}");
    let Some(Effect::LoadList {
        generation, keep, ..
    }) = effects.first()
    else {
        panic!("{effects:?}")
    };
    let mut ids = vec![ArticleId(100), ArticleId(101)];
    ids.extend((1..=5).map(ArticleId));
    app.update(Msg::Event(AppEvent::ListLoaded {
        generation: *generation,
        ids,
        keep: *keep,
    }));
    assert_eq!(app.list.selected_id(), Some(ArticleId(100)));
    let effects = app.update(Msg::Event(AppEvent::SampleRetired));
    assert!(!app.sample);
    assert!(effects.contains(&Effect::LoadTabs), "{effects:?}");
    // Once moved, the place is kept.
    app.update(key("j"));
    assert_eq!(app.list.selected, 1);
}

#[test]
fn another_processs_changes_reload_the_list_and_a_lost_mark_says_so() {
    let mut app = app_with(5);
    // Every few seconds: the cache's version, and the outbox (reports sent from the
    // command line, drafts another reader kept, which `r` must offer).
    assert_eq!(
        app.update(Msg::Watch),
        [Effect::CheckCache { report: true }, Effect::LoadOutbox]
    );
    app.outbox.clear();
    let effects = app.update(Msg::Event(AppEvent::CacheChanged));
    assert!(
        matches!(effects.first(), Some(Effect::LoadList { .. }))
            && effects.contains(&Effect::LoadCounts),
        "{effects:?}"
    );
    app.update(Msg::Event(AppEvent::RefreshStarted(2)));
    assert!(app.update(Msg::Event(AppEvent::CacheChanged)).is_empty());
    // Showing the sample edition, a change made elsewhere may be the first real
    // stories: the sample is asked to retire.
    app.refreshing = None;
    app.sample = true;
    let effects = app.update(Msg::Event(AppEvent::CacheChanged));
    assert!(effects.contains(&Effect::RetireSample), "{effects:?}");
    app.sample = false;
    let effects = app.update(Msg::Event(AppEvent::RefreshFinished {
        error: None,
        sample: None,
    }));
    assert!(
        effects.contains(&Effect::CheckCache { report: false }),
        "{effects:?}"
    );
    let effects = app.update(Msg::Event(AppEvent::MarkMissed(ArticleId(2))));
    assert!(
        effects.iter().any(|e| matches!(e, Effect::LoadList { .. })),
        "{effects:?}"
    );
    assert!(
        app.flash
            .as_ref()
            .is_some_and(|f| f.text.contains("Not saved"))
    );
}

#[test]
fn a_mark_that_cannot_be_saved_is_undone_on_screen() {
    let mut app = app_with(3);
    let id = app.list.selected_id().unwrap();
    app.update(key("*"));
    assert!(app.list.row_by_id(id).unwrap().starred);
    let effects = app.update(Msg::Event(AppEvent::MarkFailed {
        id,
        star: true,
        on: true,
        error: "saving a mark: database is locked".into(),
    }));
    assert!(
        !app.list.row_by_id(id).unwrap().starred,
        "shown as it is on disk"
    );
    assert!(
        effects.iter().any(|e| matches!(e, Effect::LoadList { .. })),
        "{effects:?}"
    );
    let flash = &app.flash.as_ref().unwrap().text;
    assert!(
        flash.contains("undone") && flash.contains("locked"),
        "{flash}"
    );
    // A read mark the same way: unread again, and counted so.
    let read = app.is_read(id);
    app.update(key("m"));
    assert_eq!(app.is_read(id), !read);
    app.update(Msg::Event(AppEvent::MarkFailed {
        id,
        star: false,
        on: !read,
        error: "saving a mark: attempt to write a readonly database".into(),
    }));
    assert_eq!(app.is_read(id), read);
}

#[test]
fn offline_refresh_is_refused_politely() {
    let mut app = app_with(1);
    app.settings.offline = true;
    let effects = app.update(key("R"));
    assert!(!effects.contains(&Effect::Refresh));
    assert!(app.flash.as_ref().unwrap().text.contains("Offline"));
}

#[test]
fn a_refresh_of_no_feeds_says_how_to_add_one() {
    let mut app = app_with(5);
    app.update(Msg::Event(AppEvent::RefreshStarted(0)));
    app.update(Msg::Event(AppEvent::RefreshFinished {
        error: None,
        sample: None,
    }));
    assert!(
        app.flash
            .as_ref()
            .is_some_and(|f| f.text.contains("feeds add URL")),
        "{:?}",
        app.flash
    );
}

#[test]
fn the_feeds_overlay_loads_scrolls_follows_a_refresh_and_closes() {
    let mut app = app_with(5);
    let effects = app.update(key("F"));
    assert_eq!(effects, vec![Effect::LoadFeeds]);
    assert_eq!(app.mode(), Mode::Feeds);
    // Keys of the list underneath do nothing here: `r` would open the report form.
    assert!(app.update(key("r")).is_empty());
    assert!(app.report.is_none());
    let row = |i: i64| crate::store::FeedRow {
        id: crate::store::FeedId(i),
        url: format!("https://example.org/{i}"),
        name: format!("Feed {i}"),
        section: None,
        source: crate::store::FeedSource::Config,
        title: None,
        validators: crate::feed::fetch::Validators::default(),
        last_success: None,
        last_error: Some("HTTP 404 Not Found".into()),
        http_status: Some(404),
        retry_after: None,
        articles: 0,
    };
    app.update(Msg::Event(AppEvent::FeedsLoaded(Ok((1..=40)
        .map(row)
        .collect()))));
    app.update(key("G"));
    let end = app.feeds.as_ref().unwrap().scroll;
    assert!(end > 0 && end == crate::tui::view::feeds::max_scroll(&app));
    app.update(key("j"));
    assert_eq!(
        app.feeds.as_ref().unwrap().scroll,
        end,
        "held within its end"
    );
    // A refresh started from the overlay reloads it when it ends.
    let effects = app.update(key("R"));
    assert!(effects.contains(&Effect::Refresh), "{effects:?}");
    let effects = app.update(Msg::Event(AppEvent::RefreshFinished {
        error: None,
        sample: Some(false),
    }));
    assert!(effects.contains(&Effect::LoadFeeds), "{effects:?}");
    // A failed read says so in the overlay, which stays open.
    app.update(Msg::Event(AppEvent::FeedsLoaded(Err("cannot read".into()))));
    assert_eq!(
        app.feeds.as_ref().unwrap().error.as_deref(),
        Some("cannot read")
    );
    app.update(key("F"));
    assert!(app.feeds.is_none(), "F closes it too");
    assert_eq!(app.mode(), Mode::List);

    // One feed's stories: chosen with j, opened with Enter, left with Esc.
    app.update(key("F"));
    app.update(Msg::Event(AppEvent::FeedsLoaded(Ok((1..=3)
        .map(row)
        .collect()))));
    app.update(key("j"));
    let effects = app.update(key("enter"));
    assert!(app.feeds.is_none());
    assert!(
        matches!(&effects[..], [Effect::LoadList { query, .. }]
            if query.filter.feed == Some(crate::store::FeedId(2))),
        "{effects:?}"
    );
    assert_eq!(
        app.feed_view.as_ref().map(|(_, n)| n.as_str()),
        Some("Feed 2")
    );
    assert!(
        app.list.is_empty(),
        "the full list's rows are gone until it loads"
    );
    let effects = app.update(key("esc"));
    assert!(app.feed_view.is_none());
    assert!(
        matches!(&effects[..], [Effect::LoadList { query, .. }] if query.filter.feed.is_none()),
        "{effects:?}"
    );
}

#[test]
fn rows_another_process_changed_are_fetched_again() {
    let mut app = app_with(5);
    assert!(!app.list.row(1).unwrap().read);
    // Another reader marks story 2 read: the cache watch says the cache changed.
    let effects = app.update(Msg::Event(AppEvent::CacheChanged));
    let Some(Effect::LoadList { generation, .. }) = effects
        .iter()
        .find(|e| matches!(e, Effect::LoadList { .. }))
    else {
        panic!("{effects:?}")
    };
    let effects = app.update(Msg::Event(AppEvent::ListLoaded {
        generation: *generation,
        ids: (1..=5).map(ArticleId).collect(),
        keep: None,
    }));
    // The cached rows are asked for again, and shown as they were meanwhile.
    let Some(Effect::LoadRows { ids, .. }) = effects
        .iter()
        .find(|e| matches!(e, Effect::LoadRows { .. }))
    else {
        panic!("the rows are fetched again: {effects:?}")
    };
    assert_eq!(ids.len(), 5);
    assert!(app.list.row(1).is_some());
    // Until they come, N trusts no stale mark: it asks the store.
    let effects = app.update(key("N"));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::FindUnread { .. })),
        "{effects:?}"
    );
    let mut two = summary(2);
    two.read = true;
    app.update(Msg::Event(AppEvent::RowsLoaded(vec![two])));
    assert!(
        app.list.row(1).unwrap().read,
        "the mark made elsewhere shows"
    );
}

/// `F` opens on the feed of the story selected in the list, or of the one being read.
#[test]
fn the_feeds_overlay_opens_on_the_story_s_feed() {
    let feed = |i: i64, name: &str| crate::store::FeedRow {
        name: name.into(),
        ..super::tests_back::feed(i)
    };
    let mut feeds: Vec<_> = (1..=30).map(|i| feed(i, &format!("Feed {i:02}"))).collect();
    feeds.push(feed(40, "Example"));
    // The list's rows are all from "Example", the last of 31 feeds.
    let mut app = app_with(3);
    app.update(key("F"));
    app.update(Msg::Event(AppEvent::FeedsLoaded(Ok(feeds.clone()))));
    let overlay = app.feeds.as_ref().unwrap();
    assert_eq!(overlay.selected, 30);
    assert!(overlay.scroll > 0, "scrolled to show it");
    // A refresh reads the feeds again: the choice stays.
    app.update(key("k"));
    app.update(Msg::Event(AppEvent::FeedsLoaded(Ok(feeds.clone()))));
    assert_eq!(app.feeds.as_ref().unwrap().selected, 29);
    app.update(key("esc"));
    // In the reader, the article's own feed (article() says feed 1).
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(1, 3))));
    app.update(key("F"));
    app.update(Msg::Event(AppEvent::FeedsLoaded(Ok(feeds))));
    assert_eq!(app.feeds.as_ref().unwrap().selected, 0);
}
