//! State tests: keys, actions and events in; state and effects out. No terminal, no
//! tokio, no store.

use std::fmt::Write as _;

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::store::{Article, ArticleSummary, FeedId};
use crate::tui::keymap::KeysConfig;

pub(super) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

pub(super) fn summary(id: i64) -> ArticleSummary {
    ArticleSummary {
        id: ArticleId(id),
        feed: "Example".into(),
        section: Some("News".into()),
        title: format!("Story {id}"),
        url: Some(format!("https://example.org/{id}")),
        author: Some("Ada".into()),
        published: Some(now() - Duration::hours(id)),
        read: false,
        starred: false,
    }
}

pub(super) fn article(id: i64, paragraphs: usize) -> Box<Article> {
    let mut html = String::new();
    for i in 0..paragraphs {
        let _ = write!(
            html,
            "<p>Paragraph {i} with <a href=\"https://example.org/l{i}\">link {i}</a>.</p>"
        );
    }
    Box::new(Article {
        summary: summary(id),
        feed_id: FeedId(1),
        categories: vec!["News".into()],
        image_url: None,
        first_seen: now(),
        document: crate::document::from_html(&html, None),
    })
}

pub(super) fn settings() -> Settings {
    Settings {
        outlet: "DDM Reader".into(),
        reader_width: 80,
        mark_read_on_open: true,
        offline: false,
        color: true,
        truecolor: false,
        hyperlinks: false,
        share: crate::config::ShareConfig::default(),
        report: crate::tui::app::ReportSettings::default(),
        local_dates: false,
    }
}

/// An app at 100×30 whose list holds articles 1..=n, all rows fetched.
pub(super) fn app_with(n: i64) -> App {
    let mut app = App::new(
        settings(),
        Keymap::build(&KeysConfig::new()).unwrap(),
        (100, 30),
        now(),
    );
    let generation = app.take_generation();
    let ids: Vec<ArticleId> = (1..=n).map(ArticleId).collect();
    let effects = app.update(Msg::Event(AppEvent::ListLoaded {
        generation,
        ids,
        keep: None,
    }));
    for effect in effects {
        if let Effect::LoadRows { ids, .. } = effect {
            let rows = ids.iter().map(|id| summary(id.0)).collect();
            app.update(Msg::Event(AppEvent::RowsLoaded(rows)));
        }
    }
    app
}

pub(super) fn key(text: &str) -> Msg {
    Msg::Key(Key::parse(text).unwrap())
}

#[test]
fn moving_past_the_screen_asks_for_the_next_page_once() {
    let mut app = app_with(1000);
    assert_eq!(app.list.selected, 0);
    app.update(key("j"));
    assert_eq!(app.list.selected, 1);
    app.update(key("G"));
    assert_eq!(app.list.selected, 999);
    // Rows for the bottom were not fetched yet: exactly the pages near it are asked for.
    let mut app = app_with(1000);
    app.list = ArticleList::default();
    let generation = app.take_generation();
    let ids: Vec<ArticleId> = (1..=1000).map(ArticleId).collect();
    let effects = app.update(Msg::Event(AppEvent::ListLoaded {
        generation,
        ids,
        keep: None,
    }));
    assert!(matches!(&effects[..], [Effect::LoadRows { page: 0, .. }]));
    let effects = app.update(key("G"));
    let pages: Vec<usize> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::LoadRows { page, .. } => Some(*page),
            _ => None,
        })
        .collect();
    assert_eq!(pages, vec![7]);
    assert!(app.update(key("G")).is_empty(), "not asked twice");
}

#[test]
fn enter_opens_the_reader_and_marks_the_article_read() {
    let mut app = app_with(10);
    app.update(key("j"));
    let effects = app.update(key("enter"));
    assert_eq!(effects, vec![Effect::LoadArticle(ArticleId(2))]);
    assert_eq!(app.mode(), Mode::Reader);
    let effects = app.update(Msg::Event(AppEvent::ArticleLoaded(article(2, 3))));
    assert_eq!(effects, vec![Effect::SetRead(ArticleId(2), true)]);
    assert!(
        app.list.row(1).unwrap().read,
        "the list row shows it read at once"
    );
    let reader = app.reader.as_ref().unwrap();
    assert!(matches!(&reader.lines[0], ReaderLine::Title(t) if t == "Story 2"));
    // q goes back to the list, with the same article selected.
    app.update(key("q"));
    assert_eq!(app.mode(), Mode::List);
    assert_eq!(app.list.selected_id(), Some(ArticleId(2)));
    assert!(!app.quit);
    app.update(key("q"));
    assert!(app.quit, "q on the list quits");
}

#[test]
fn mark_read_on_open_can_be_turned_off() {
    let mut app = app_with(3);
    app.settings.mark_read_on_open = false;
    app.update(key("enter"));
    let effects = app.update(Msg::Event(AppEvent::ArticleLoaded(article(1, 1))));
    assert!(effects.is_empty());
    assert!(!app.list.row(0).unwrap().read);
}

#[test]
fn a_late_article_for_another_id_is_ignored() {
    let mut app = app_with(3);
    app.update(key("enter"));
    app.update(key("q"));
    app.update(key("j"));
    app.update(key("enter"));
    let effects = app.update(Msg::Event(AppEvent::ArticleLoaded(article(1, 1))));
    assert!(effects.is_empty());
    assert!(
        app.reader.as_ref().unwrap().article.is_none(),
        "still waiting for 2"
    );
}

#[test]
fn reader_scrolls_and_reports_its_position() {
    let mut app = app_with(3);
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(1, 60))));
    let height = layout::body_height(app.size, false);
    let reader = app.reader.as_ref().unwrap();
    assert!(reader.lines.len() > height * 2);
    assert_eq!(reader.percent(height), 0);
    app.update(key("j"));
    assert_eq!(app.reader.as_ref().unwrap().scroll, 1);
    app.update(key("ctrl-d"));
    assert_eq!(app.reader.as_ref().unwrap().scroll, 1 + height / 2);
    app.update(key("G"));
    assert_eq!(app.reader.as_ref().unwrap().percent(height), 100);
    app.update(key("g"));
    assert_eq!(app.reader.as_ref().unwrap().scroll, 0);
}

#[test]
fn link_numbers_open_links_and_bad_ones_say_so() {
    let mut app = app_with(3);
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(1, 12))));
    // Twelve links: "1" could still become 10–12, so it waits for Enter or a digit.
    assert!(app.update(key("1")).is_empty());
    assert_eq!(
        app.reader.as_ref().unwrap().link_input.as_deref(),
        Some("1")
    );
    let effects = app.update(key("2"));
    assert!(effects.contains(&Effect::OpenUrl("https://example.org/l11".into())));
    assert_eq!(app.reader.as_ref().unwrap().link_input, None);
    // "3" cannot grow into a valid two-digit number: it opens at once.
    let effects = app.update(key("3"));
    assert!(effects.contains(&Effect::OpenUrl("https://example.org/l2".into())));
    app.update(key("1"));
    let effects = app.update(key("enter"));
    assert!(effects.contains(&Effect::OpenUrl("https://example.org/l0".into())));
    // Esc cancels a number without leaving the article.
    app.update(key("1"));
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::Reader);
    assert_eq!(app.reader.as_ref().unwrap().link_input, None);
    // A number past the end is an error, not a crash.
    app.update(key("1"));
    app.update(key("9"));
    let flash = app.flash.clone().unwrap();
    assert!(
        flash.error && flash.text.contains("links 1 to 12"),
        "{flash:?}"
    );
}

#[test]
fn only_web_links_are_opened() {
    let mut app = app_with(1);
    app.update(key("enter"));
    let mut a = article(1, 0);
    a.document = crate::document::from_html("<p><a href=\"file:///etc/passwd\">x</a></p>", None);
    app.update(Msg::Event(AppEvent::ArticleLoaded(a)));
    let effects = app.update(key("1"));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::OpenUrl(_))),
        "{effects:?}"
    );
}

#[test]
fn search_as_you_type_latest_query_wins() {
    let mut app = app_with(20);
    app.update(key("/"));
    assert_eq!(app.mode(), Mode::Search);
    let first = app.update(key("p"));
    let second = app.update(key("e"));
    let generation = |effects: &[Effect]| match effects {
        [
            Effect::LoadList {
                generation, query, ..
            },
        ] => (*generation, query.search.clone()),
        other => panic!("{other:?}"),
    };
    let (g1, q1) = generation(&first);
    let (g2, q2) = generation(&second);
    assert_eq!((q1.as_deref(), q2.as_deref()), (Some("p"), Some("pe")));
    // "q", "R" and "?" are typed, not bound, while searching.
    for k in ["q", "R", "?"] {
        assert!(!app.update(key(k)).contains(&Effect::Refresh));
    }
    assert!(!app.quit && app.help.is_none());
    assert_eq!(app.search.as_ref().unwrap().query, "peqR?");
    for _ in 0..3 {
        app.update(key("backspace"));
    }
    // Control keys still work: ctrl-c quits from anywhere.
    let mut other = app_with(1);
    other.update(key("/"));
    other.update(key("ctrl-c"));
    assert!(other.quit);
    // The older answer arrives late and is dropped.
    app.update(Msg::Event(AppEvent::ListLoaded {
        generation: g1,
        ids: vec![ArticleId(1)],
        keep: None,
    }));
    assert_eq!(app.list.len(), 20);
    assert!(g2 > g1);
    let latest = app.list.generation;
    app.update(Msg::Event(AppEvent::ListLoaded {
        generation: latest,
        ids: vec![ArticleId(7)],
        keep: None,
    }));
    assert_eq!(app.list.len(), 1);
    // Enter browses the results; Esc clears the search and reloads the whole list.
    app.update(key("enter"));
    assert_eq!(app.mode(), Mode::List);
    let effects = app.update(key("esc"));
    assert!(matches!(&effects[..], [Effect::LoadList { query, .. }] if query.search.is_none()));
    assert!(app.search.is_none());
}

#[test]
fn star_and_read_toggles_write_at_once() {
    let mut app = app_with(5);
    let effects = app.update(key("*"));
    assert!(effects.contains(&Effect::SetStarred(ArticleId(1), true)));
    assert!(app.list.row(0).unwrap().starred);
    let effects = app.update(key("*"));
    assert!(effects.contains(&Effect::SetStarred(ArticleId(1), false)));
    app.counts = Some((5, 5));
    let effects = app.update(key("m"));
    assert_eq!(effects, vec![Effect::SetRead(ArticleId(1), true)]);
    assert_eq!(app.counts, Some((5, 4)));
}

#[test]
fn mark_all_read_asks_for_a_second_press() {
    let mut app = app_with(5);
    let marks = |effects: &[Effect]| {
        effects
            .iter()
            .filter_map(|e| match e {
                Effect::MarkAllRead(ids) => Some(ids.len()),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert!(marks(&app.update(key("A"))).is_empty());
    let flash = &app.flash.as_ref().unwrap().text;
    assert!(
        flash.contains("Press A again") && flash.contains("all 5 stories"),
        "{flash}"
    );
    // Any other key forgets the first press, and the question goes with it.
    app.update(key("j"));
    assert!(app.flash.is_none(), "{:?}", app.flash);
    assert!(marks(&app.update(key("A"))).is_empty());
    assert_eq!(marks(&app.update(key("A"))), [5]);
    assert!(app.list.row(0).unwrap().read, "shown read at once");
    let effects = app.update(Msg::Event(AppEvent::AllMarkedRead(5)));
    assert!(effects.iter().any(|e| matches!(e, Effect::LoadList { .. })));
    assert!(effects.contains(&Effect::LoadCounts));
    assert_eq!(app.flash.as_ref().unwrap().text, "Marked 5 stories read");
    // A question no longer on show is no question: the next press asks again.
    app.update(key("A"));
    app.flash = None;
    assert!(marks(&app.update(key("A"))).is_empty());
    // A failed save puts the list back to what the cache holds.
    let effects = app.update(Msg::Event(AppEvent::AllMarkFailed(
        "marking the list read: database is locked".into(),
    )));
    assert!(effects.iter().any(|e| matches!(e, Effect::LoadList { .. })));
    assert!(app.flash.as_ref().unwrap().text.contains("undone"));
}

#[test]
fn tabs_filter_and_unread_only_stacks() {
    let mut app = app_with(5);
    app.update(Msg::Event(AppEvent::TabsLoaded(vec![
        "News".into(),
        "Sport".into(),
    ])));
    assert_eq!(app.tabs.len(), 5);
    // Counts change during a refresh: the tabs keep their places, new ones come last,
    // and one no story has any more goes.
    app.update(Msg::Event(AppEvent::TabsLoaded(vec![
        "Sport".into(),
        "Arts".into(),
        "News".into(),
    ])));
    let names: Vec<String> = app.tabs.iter().map(|t| format!("{t:?}")).collect();
    assert_eq!(
        names,
        [
            "All",
            "Section(\"News\")",
            "Section(\"Sport\")",
            "Section(\"Arts\")",
            "Unread",
            "Starred"
        ]
    );
    app.update(Msg::Event(AppEvent::TabsLoaded(vec![
        "News".into(),
        "Sport".into(),
    ])));
    assert_eq!(app.tabs.len(), 5);
    let effects = app.update(key("tab"));
    assert!(matches!(&effects[..], [Effect::LoadList { query, .. }]
        if query.filter.section.as_deref() == Some("News")));
    // Until the section's stories come, the last tab's are gone from the screen, and
    // Enter opens none of them.
    assert!(app.list.is_empty() && !app.list.loaded);
    assert!(app.update(key("enter")).is_empty());
    assert!(app.reader.is_none());
    app.update(key("shift-tab"));
    app.update(key("shift-tab"));
    assert_eq!(app.tabs[app.tab], Tab::Starred);
    let effects = app.update(key("u"));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::LoadList { query, .. }
        if query.filter.starred && query.filter.unread))
    );
}

/// A list nobody has moved in yet (the first run's) stays on the newest story as feeds
/// land; the first real articles replace the sample edition, and the list starts again
/// from the top.
/// A cron `fetch` in another process changes the cache: the list follows it, but not
/// during this reader's own refresh (which reloads as each feed lands); a mark given to
/// a story that fetch removed says it was not saved.
#[test]
fn next_unread_skips_read_rows_and_asks_the_store_past_them() {
    let mut app = app_with(300);
    for i in 1..=3 {
        app.list.update_row(ArticleId(i), |r| r.read = true);
    }
    app.list.select(0, 10);
    app.update(key("N"));
    assert_eq!(app.list.selected_id(), Some(ArticleId(4)));
    // Past the fetched rows the store is asked, and the answer is followed.
    let mut app = app_with(300);
    for i in 1..=300 {
        app.list.update_row(ArticleId(i), |r| r.read = true);
    }
    let effects = app.update(key("N"));
    let [
        Effect::FindUnread {
            generation,
            from,
            until,
            ..
        },
    ] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(*from, PAGE, "asks from the first row not fetched");
    assert_eq!(*until, 0, "then from the top up to the selection");
    let generation = *generation;
    app.update(Msg::Event(AppEvent::UnreadFound {
        generation,
        index: Some(200),
    }));
    assert_eq!(app.list.selected, 200);
    app.update(Msg::Event(AppEvent::UnreadFound {
        generation,
        index: None,
    }));
    assert!(app.flash.as_ref().unwrap().text.contains("No more unread"));
}

#[test]
fn next_unread_goes_on_from_the_top() {
    let mut app = app_with(5);
    for i in [1, 2, 4, 5] {
        app.list.update_row(ArticleId(i), |r| r.read = true);
    }
    app.list.select(3, 10);
    app.update(key("N"));
    assert_eq!(
        app.list.selected_id(),
        Some(ArticleId(3)),
        "the unread row above"
    );
    assert!(
        app.flash.as_ref().unwrap().text.contains("from the top"),
        "and says it went round"
    );
    // The selection itself is not "next": with no other unread row, say so.
    app.update(key("N"));
    assert_eq!(app.list.selected_id(), Some(ArticleId(3)));
    assert!(app.flash.as_ref().unwrap().text.contains("No more unread"));
}

#[test]
fn help_toggles_and_swallows_list_keys() {
    let mut app = app_with(5);
    app.update(key("?"));
    assert_eq!(app.mode(), Mode::Help);
    app.update(key("j"));
    assert_eq!(app.list.selected, 0, "j scrolls the help, not the list");
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::List);
}

/// A refresh with no feed at all (an empty config file) says how to add one.
/// The help pages like a list, and keeps within its end: back up from the end moves at
/// once.
#[test]
fn help_pages_and_stops_at_its_end() {
    let mut app = app_with(5);
    app.update(key("?"));
    app.update(key("pagedown"));
    let paged = app.help.unwrap();
    assert!(paged > 1, "{paged}");
    app.update(key("G"));
    let end = app.help.unwrap();
    assert_eq!(end, crate::tui::view::help::max_scroll(&app));
    assert!(end >= paged);
    app.update(key("space"));
    assert_eq!(app.help, Some(end));
    app.update(key("k"));
    assert_eq!(app.help, Some(end - 1));
    app.update(key("g"));
    assert_eq!(app.help, Some(0));
}

#[test]
fn mouse_wheel_scrolls_and_clicks_select_then_open() {
    let mut app = app_with(50);
    app.update(Msg::Mouse(Mouse::ScrollDown));
    assert_eq!(app.list.selected, 3);
    app.update(Msg::Mouse(Mouse::Click(10, layout::BODY_TOP + 5)));
    assert_eq!(app.list.selected, 5);
    let effects = app.update(Msg::Mouse(Mouse::Click(10, layout::BODY_TOP + 5)));
    assert_eq!(effects, vec![Effect::LoadArticle(ArticleId(6))]);
}

#[test]
fn resize_relays_out_the_reader() {
    let mut app = app_with(1);
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(1, 20))));
    assert_eq!(app.reader.as_ref().unwrap().width, 80);
    app.update(Msg::Resize(64, 20));
    assert_eq!(app.reader.as_ref().unwrap().width, 60);
}

#[test]
fn a_in_the_list_opens_the_article_with_its_actors_panel() {
    let mut app = app_with(1);
    let effects = app.update(key("a"));
    assert_eq!(effects, vec![Effect::LoadArticle(ArticleId(1))]);
    assert_eq!(app.mode(), crate::tui::action::Mode::Actors);
}

#[test]
fn o_opens_only_web_pages() {
    let mut app = app_with(2);
    let effects = app.update(key("o"));
    assert!(effects.contains(&Effect::OpenUrl("https://example.org/1".into())));
    app.list.update_row(ArticleId(1), |r| {
        r.url = Some("mailto:x@example.org".into());
    });
    let effects = app.update(key("o"));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::OpenUrl(_))),
        "{effects:?}"
    );
    assert!(app.flash.as_ref().unwrap().error);
}

/// `q` over search results goes back to the list, as Esc does; on the list it quits;
/// Ctrl-c quits from the results.
#[test]
fn q_over_search_results_goes_back_not_out() {
    let mut app = app_with(20);
    for k in ["/", "p", "e", "enter"] {
        app.update(key(k));
    }
    assert_eq!(app.mode(), Mode::List);
    assert!(app.search.is_some());
    app.update(key("q"));
    assert!(app.search.is_none() && !app.quit);
    app.update(key("q"));
    assert!(app.quit);
    let mut other = app_with(20);
    for k in ["/", "p", "enter", "ctrl-c"] {
        other.update(key(k));
    }
    assert!(other.quit);
}
