//! State tests of the way back from "More on …" and one feed's stories: Esc returns to
//! the tab, the search, the story and the article they were opened from.

use super::tests::{app_with, article, key, summary};
use super::*;
use crate::actors::{Actor, Extraction, Kind};
use crate::store::FeedId;

/// Answers the list load among `effects` with `ids`, and the rows it then asks for.
fn answer(app: &mut App, effects: &[Effect], ids: &[i64]) {
    let Some(Effect::LoadList {
        generation, keep, ..
    }) = effects
        .iter()
        .find(|e| matches!(e, Effect::LoadList { .. }))
    else {
        panic!("no list load in {effects:?}")
    };
    let effects = app.update(Msg::Event(AppEvent::ListLoaded {
        generation: *generation,
        ids: ids.iter().copied().map(ArticleId).collect(),
        keep: *keep,
    }));
    for effect in effects {
        if let Effect::LoadRows { ids, .. } = effect {
            let rows = ids.iter().map(|id| summary(id.0)).collect();
            app.update(Msg::Event(AppEvent::RowsLoaded(rows)));
        }
    }
}

/// An app on the News tab (searching for `search`, if given), 40 stories, story 31
/// selected some rows down the screen.
fn on_news_tab(search: Option<&str>) -> App {
    let mut app = app_with(40);
    let all: Vec<i64> = (1..=40).collect();
    app.update(Msg::Event(AppEvent::TabsLoaded(vec!["News".into()])));
    let effects = app.update(key("tab"));
    answer(&mut app, &effects, &all);
    if let Some(query) = search {
        app.update(key("/"));
        let effects = app.update(Msg::Paste(query.into()));
        answer(&mut app, &effects, &all);
        app.update(key("enter"));
    }
    for _ in 0..30 {
        app.update(key("j"));
    }
    assert_eq!(app.list.selected_id(), Some(ArticleId(31)));
    assert!(app.list.offset > 0);
    app
}

/// Feed `id` as the feeds overlay lists it.
pub(super) fn feed(id: i64) -> crate::store::FeedRow {
    crate::store::FeedRow {
        id: FeedId(id),
        url: format!("https://example.org/{id}.xml"),
        name: format!("Feed {id}"),
        section: None,
        source: crate::store::FeedSource::Config,
        title: None,
        validators: crate::feed::fetch::Validators::default(),
        last_success: None,
        last_error: None,
        http_status: None,
        retry_after: None,
        articles: 3,
    }
}

/// `F`, the feeds read, Enter on the first: its stories, answered with 1..=3.
fn open_feed_one(app: &mut App) {
    app.update(key("F"));
    app.update(Msg::Event(AppEvent::FeedsLoaded(Ok(vec![
        feed(1),
        feed(2),
    ]))));
    let effects = app.update(key("enter"));
    let (query, _) = list_load(&effects);
    assert_eq!(query.filter.feed, Some(FeedId(1)));
    assert_eq!(query.filter.section, None, "every section's stories");
    assert_eq!(query.search, None);
    answer(app, &effects, &[1, 2, 3]);
}

fn list_load(effects: &[Effect]) -> (ListQuery, Option<ArticleId>) {
    effects
        .iter()
        .find_map(|e| match e {
            Effect::LoadList { query, keep, .. } => Some((query.clone(), *keep)),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no list load in {effects:?}"))
}

#[test]
fn esc_from_more_on_goes_back_to_the_reader_on_the_tab_it_came_from() {
    let mut app = on_news_tab(None);
    let row = app.list.selected - app.list.offset;
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(31, 60))));
    app.update(key("ctrl-d"));
    let x = Extraction {
        actors: vec![Actor {
            name: "OSC".into(),
            kind: Kind::Org,
            description: String::new(),
            discovered: false,
            mentions: vec![(0, 3)],
            title_mentions: Vec::new(),
        }],
        quotes: Vec::new(),
    };
    app.update(Msg::Event(AppEvent::ActorsLoaded(
        ArticleId(31),
        Box::new(x),
    )));
    let scroll = app.reader.as_ref().unwrap().scroll;
    assert!(scroll > 0);
    app.update(key("a"));
    let effects = app.update(key("enter"));
    let (query, _) = list_load(&effects);
    assert_eq!(query.actor.as_deref(), Some("OSC"));
    assert_eq!(query.filter.section, None, "every section's stories");
    assert!(app.reader.is_none());
    answer(&mut app, &effects, &[31, 7]);
    app.update(key("j"));

    // Esc: the article again, scrolled where it was, with its actors panel.
    let effects = app.update(key("esc"));
    assert!(app.more_on.is_none());
    let reader = app.reader.as_ref().unwrap();
    assert_eq!((reader.id, reader.scroll), (ArticleId(31), scroll));
    assert_eq!(app.mode(), Mode::Actors);
    assert_eq!(app.tabs[app.tab], Tab::Section("News".into()));
    let (query, keep) = list_load(&effects);
    assert_eq!(query.filter.section.as_deref(), Some("News"));
    assert_eq!(query.actor, None);
    assert_eq!(keep, Some(ArticleId(31)));
    // Under it, the News list on story 31, on the row it had on screen.
    answer(&mut app, &effects, &(1..=40).collect::<Vec<_>>());
    app.update(key("esc"));
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::List);
    assert_eq!(app.list.selected_id(), Some(ArticleId(31)));
    assert_eq!(app.list.selected - app.list.offset, row);
}

#[test]
fn esc_from_one_feeds_stories_goes_back_to_the_tab_and_story() {
    // Esc, or `q` (which quit the reader from there).
    for back in ["esc", "q"] {
        let mut app = on_news_tab(Some("Story"));
        open_feed_one(&mut app);
        // The tab and its search, with the story selected, and no overlay.
        let effects = app.update(key(back));
        assert!(!app.quit, "{back}");
        assert!(app.feed_view.is_none() && app.feeds.is_none());
        assert_eq!(app.mode(), Mode::List);
        let (query, keep) = list_load(&effects);
        assert_eq!(query.filter.section.as_deref(), Some("News"));
        assert_eq!(query.search.as_deref(), Some("Story"));
        assert_eq!(keep, Some(ArticleId(31)));
        answer(&mut app, &effects, &(1..=40).collect::<Vec<_>>());
        assert_eq!(app.list.selected_id(), Some(ArticleId(31)));
    }
}

#[test]
fn a_feed_opened_from_the_reader_goes_back_to_the_reader() {
    let mut app = on_news_tab(None);
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(31, 60))));
    open_feed_one(&mut app);
    assert!(app.reader.is_none());
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::Reader);
    assert_eq!(app.reader.as_ref().map(|r| r.id), Some(ArticleId(31)));
}

#[test]
fn another_tab_forgets_the_way_back() {
    let mut app = on_news_tab(None);
    open_feed_one(&mut app);
    assert_eq!(app.back.len(), 1);
    app.update(key("tab"));
    assert!(app.feed_view.is_none());
    assert!(app.back.is_empty());
    // Esc on the new tab goes nowhere.
    let effects = app.update(key("esc"));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(app.tabs[app.tab], Tab::Section("News".into()));
}
