//! Every TUI screen drawn by the production `view::render` into ratatui's `TestBackend`
//! at 80×24 and 120×40, with a fixed clock, checked against reviewed insta snapshots.
//! Plus what a text snapshot cannot show: styles (colour and `NO_COLOR`), column
//! alignment with wide and right-to-left text, and no escape sequence from a feed.
#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap
)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use ddm_reader::store::{Article, ArticleId, ArticleSummary, FeedId};
use ddm_reader::tui::app::{App, Msg, Settings};
use ddm_reader::tui::effects::{AppEvent, Effect};
use ddm_reader::tui::keymap::{Key, Keymap, KeysConfig};
use ddm_reader::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

#[path = "tui_snapshots/actors.rs"]
mod actors;
#[path = "tui_snapshots/report.rs"]
mod report;
#[path = "tui_snapshots/share.rs"]
mod share;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

const TITLES: &[(&str, &str)] = &[
    (
        "Zelensky sends team to peace talks, but slams Russia’s lack of seriousness",
        "World",
    ),
    (
        "Tinubu signs 2027 budget into law after Senate passage",
        "Politics",
    ),
    (
        "INEC opens registration in all 36 states and the FCT",
        "Politics",
    ),
    (
        "Lagos floods: residents count losses as rains continue",
        "News",
    ),
    ("東京で国際会議 — 日本語の見出し", "World"),
    ("Emoji headline 🎉🇳🇬 celebrates the Super Eagles", "Sport"),
    ("مؤتمر صحفي حول الاستقلال والسلام لا يزال", "World"),
    (
        "Governor Sanwo-Olu opens the Fourth Mainland Bridge",
        "News",
    ),
    ("CBN holds rates; naira steadies", "Business"),
    ("Combining marks: Ẹ̀kọ́ àti ìlera ní Ìbàdàn", "Health"),
];

fn summary(id: i64) -> ArticleSummary {
    let (title, section) = TITLES[(id as usize - 1) % TITLES.len()];
    ArticleSummary {
        id: ArticleId(id),
        feed: "Diaspora Digital Media".into(),
        section: Some(section.into()),
        title: title.into(),
        url: Some(format!("https://diasporadigitalmedia.com/story-{id}/")),
        author: Some("DDM Staff".into()),
        published: Some(now() - Duration::minutes(37 * id * id)),
        read: id % 3 == 0,
        starred: id == 2,
    }
}

fn article(id: i64) -> Box<Article> {
    let html = "<p>Ukrainian President <b>Volodymyr Zelenskyy</b> has sent a delegation to \
        Istanbul for peace talks with Russia, the first direct negotiations since March 2022.</p>\
        <h2>What was said</h2>\
        <blockquote><p>“I believe we have been pressured more,” he said.</p></blockquote>\
        <ul><li>A 30-day ceasefire</li><li>Prisoner exchanges</li></ul>\
        <p>Read the <a href=\"https://diasporadigitalmedia.com/full\">full statement</a> and \
        <a href=\"mailto:citizenreports@diasporadigitalmedia.com\">send a report</a>.</p>"
        .repeat(3);
    Box::new(Article {
        summary: summary(id),
        feed_id: FeedId(1),
        categories: vec!["World".into()],
        image_url: None,
        first_seen: now(),
        document: ddm_reader::document::from_html(&html, None),
    })
}

fn app(size: (u16, u16), n: i64) -> App {
    let settings = Settings {
        outlet: "Diaspora Digital Media".into(),
        reader_width: 80,
        mark_read_on_open: true,
        offline: false,
        color: true,
        truecolor: false,
        hyperlinks: false,
        share: ddm_reader::config::ShareConfig::default(),
        report: ddm_reader::tui::app::ReportSettings::default(),
        local_dates: false,
    };
    let mut app = App::new(
        settings,
        Keymap::build(&KeysConfig::new()).unwrap(),
        size,
        now(),
    );
    let generation = app.take_generation();
    let ids = (1..=n).map(ArticleId).collect();
    feed(
        &mut app,
        Msg::Event(AppEvent::ListLoaded {
            generation,
            ids,
            keep: None,
        }),
    );
    feed(
        &mut app,
        Msg::Event(AppEvent::TabsLoaded(vec![
            "Politics".into(),
            "World".into(),
            "News".into(),
        ])),
    );
    feed(
        &mut app,
        Msg::Event(AppEvent::CountsLoaded {
            total: n as u64,
            unread: (n - n / 3) as u64,
        }),
    );
    app
}

/// Sends a message and answers the effects a test can answer from memory.
/// The list's answer to the query it is waiting for: `ids`.
fn answer_list(app: &mut App, ids: Vec<ArticleId>) {
    let generation = app.list.generation;
    feed(
        app,
        Msg::Event(AppEvent::ListLoaded {
            generation,
            ids,
            keep: None,
        }),
    );
}

fn feed(app: &mut App, msg: Msg) {
    for effect in app.update(msg) {
        match effect {
            Effect::LoadRows { ids, .. } => {
                let rows = ids.iter().map(|id| summary(id.0)).collect();
                app.update(Msg::Event(AppEvent::RowsLoaded(rows)));
            }
            Effect::LoadArticle(id) => {
                feed(app, Msg::Event(AppEvent::ArticleLoaded(article(id.0))));
            }
            _ => {}
        }
    }
}

fn keys(app: &mut App, keys: &[&str]) {
    for k in keys {
        feed(app, Msg::Key(Key::parse(k).unwrap()));
    }
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

fn snapshot(name: &str, app: &App) {
    let (w, h) = app.size;
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(app).backend());
}

#[test]
fn list_screens() {
    for size in SIZES {
        let mut a = app(size, 60);
        snapshot("list", &a);
        keys(&mut a, &["j", "j", "j"]);
        snapshot("list_third_selected", &a);
        keys(&mut a, &["G"]);
        snapshot("list_bottom", &a);
        let mut a = app(size, 0);
        snapshot("list_empty", &a);
        keys(&mut a, &["shift-tab"]);
        // The tab's answer: no starred story.
        answer_list(&mut a, vec![]);
        snapshot("list_starred_empty", &a);
    }
}

#[test]
fn search_screens() {
    for size in SIZES {
        let mut a = app(size, 60);
        keys(&mut a, &["/", "p", "o", "l"]);
        answer_list(&mut a, vec![ArticleId(2), ArticleId(3)]);
        snapshot("search_typing", &a);
        keys(&mut a, &["x", "y", "z"]);
        answer_list(&mut a, vec![]);
        snapshot("search_no_results", &a);
    }
}

#[test]
fn reader_screens() {
    for size in SIZES {
        let mut a = app(size, 60);
        keys(&mut a, &["enter"]);
        snapshot("reader_top", &a);
        keys(&mut a, &["ctrl-d"]);
        snapshot("reader_half_page", &a);
        keys(&mut a, &["G"]);
        snapshot("reader_end_with_links", &a);
        keys(&mut a, &["1"]);
        snapshot("reader_link_opening", &a);
    }
}

#[test]
fn help_screens() {
    for size in SIZES {
        let mut a = app(size, 5);
        keys(&mut a, &["?"]);
        snapshot("help_list", &a);
        let mut a = app(size, 5);
        keys(&mut a, &["enter", "?"]);
        snapshot("help_reader", &a);
    }
}

#[test]
fn status_screens() {
    use ddm_reader::refresh::{FeedReport, FeedStatus};
    for size in SIZES {
        let mut a = app(size, 30);
        a.sample = true;
        snapshot("sample_edition", &a);
        let mut a = app(size, 30);
        a.settings.offline = true;
        snapshot("offline", &a);
        let mut a = app(size, 30);
        keys(&mut a, &["R"]);
        feed(&mut a, Msg::Event(AppEvent::RefreshStarted(3)));
        let broken = FeedReport {
            name: "Broken Feed".into(),
            url: "http://127.0.0.1:1/feed".into(),
            status: FeedStatus::Error,
            new: 0,
            updated: 0,
            http_status: Some(500),
            error: Some("HTTP 500 Internal Server Error".into()),
        };
        feed(&mut a, Msg::Event(AppEvent::FeedRefreshed(broken)));
        snapshot("refreshing_one_failed", &a);
    }
}

/// The status bar's bottom row, as drawn.
fn status_row(app: &App) -> String {
    let terminal = draw(app);
    let buffer = terminal.backend().buffer();
    let y = app.size.1 - 1;
    (0..app.size.0)
        .map(|x| buffer[(x, y)].symbol())
        .collect::<String>()
}

/// What the bar says after a refresh, with a draft waiting: the refresh's outcome first,
/// the reminder beside it (the reminder alone hid even a refresh where every feed
/// failed), then, a minute later, the reminder; failures stay said shortly beside the
/// keys once nothing else is to say.
#[test]
fn a_refresh_outcome_comes_before_the_report_reminder_then_gives_way() {
    use ddm_reader::refresh::{FeedReport, FeedStatus};
    use ddm_reader::report::{ReportId, ReportState, ReportSummary};
    let mut a = app((100, 30), 30);
    let draft = ReportSummary {
        id: ReportId(1),
        state: ReportState::Draft,
        headline: "Road closed".into(),
        created: now(),
        updated: now(),
        attempts: 0,
        last_error: None,
        next_try: None,
    };
    let queued = ReportSummary {
        id: ReportId(2),
        state: ReportState::Queued,
        ..draft.clone()
    };
    feed(
        &mut a,
        Msg::Event(AppEvent::OutboxLoaded(vec![draft, queued])),
    );
    assert!(
        status_row(&a).contains("1 draft report — press r to resume · 1 report not sent yet"),
        "{}",
        status_row(&a)
    );
    keys(&mut a, &["R"]);
    feed(&mut a, Msg::Event(AppEvent::RefreshStarted(2)));
    for name in ["One", "Two"] {
        let failed = FeedReport {
            name: name.into(),
            url: "http://127.0.0.1:1/feed".into(),
            status: FeedStatus::Error,
            new: 0,
            updated: 0,
            http_status: None,
            error: Some("cannot connect: Connection refused".into()),
        };
        feed(&mut a, Msg::Event(AppEvent::FeedRefreshed(failed)));
    }
    feed(
        &mut a,
        Msg::Event(AppEvent::RefreshFinished {
            error: None,
            sample: None,
        }),
    );
    let bar = status_row(&a);
    assert!(
        bar.contains("2 feeds failed (F: details) · 1 draft report — press r to resume"),
        "{bar}"
    );
    // Reports go out right after a refresh: a send that fails is said beside it.
    feed(
        &mut a,
        Msg::Event(AppEvent::ReportsSent(
            ddm_reader::tui::effects::SendSummary {
                error: Some("authentication failed".into()),
                ..Default::default()
            },
        )),
    );
    let bar = status_row(&a);
    assert!(
        bar.contains("2 feeds failed (F: details) · Reports not sent: auth"),
        "{bar}"
    );
    // A minute on: the reports' trouble, with the draft said before it.
    a.now += chrono::Duration::minutes(2);
    let bar = status_row(&a);
    assert!(
        bar.contains("1 draft (r resumes) · Reports not sent: authentication failed"),
        "{bar}"
    );
    // A report waiting for a retry: the line is the queue's, and the draft is said
    // before it, shortly (it went unmentioned while a report waited).
    feed(
        &mut a,
        Msg::Event(AppEvent::ReportsSent(
            ddm_reader::tui::effects::SendSummary {
                waiting: vec![(None, "sending to 127.0.0.1:1: Connection refused".into())],
                ..Default::default()
            },
        )),
    );
    let bar = status_row(&a);
    assert!(
        bar.contains("1 draft (r resumes) · 1 report queued: Connection refused"),
        "{bar}"
    );
    // Sent from another terminal: the outbox reads without it, and the queue's line
    // goes.
    feed(&mut a, Msg::Event(AppEvent::OutboxLoaded(Vec::new())));
    let bar = status_row(&a);
    assert!(
        bar.contains("2 feeds failed (F: details) · enter open"),
        "{bar}"
    );
}

/// A search on a section tab says where it looked, found or not.
#[test]
fn a_search_names_the_tab_it_looks_in() {
    let mut a = app((100, 30), 30);
    keys(&mut a, &["tab"]);
    let tab = a.tabs[a.tab].label().to_owned();
    assert_ne!(tab, "All");
    keys(&mut a, &["/", "z", "z"]);
    answer_list(&mut a, vec![]);
    let screen = format!("{:?}", draw(&a).backend());
    assert!(
        screen.contains(&format!("No articles in “{tab}” match “zz”.")),
        "{screen}"
    );
    answer_list(&mut a, vec![ArticleId(2)]);
    let screen = format!("{:?}", draw(&a).backend());
    assert!(screen.contains(&format!("1 found in “{tab}”")), "{screen}");
}

fn feed_row(id: i64, name: &str, articles: u64) -> ddm_reader::store::FeedRow {
    ddm_reader::store::FeedRow {
        id: FeedId(id),
        url: format!("https://example.org/{id}/feed/"),
        name: name.into(),
        section: None,
        source: ddm_reader::store::FeedSource::Config,
        title: None,
        validators: ddm_reader::feed::fetch::Validators::default(),
        last_success: Some(now() - Duration::minutes(5)),
        last_error: None,
        http_status: Some(200),
        retry_after: None,
        articles,
    }
}

#[test]
fn feeds_screens() {
    use ddm_reader::refresh::{FeedReport, FeedStatus};
    let long = "cannot reach http://127.0.0.1:9/a/very/long/path/feed.xml: error \
        sending request: client error (Connect): tcp connect error: Connection refused \
        (os error 111), after one retry";
    for size in SIZES {
        let mut a = app(size, 30);
        keys(&mut a, &["F"]);
        snapshot("feeds_loading", &a);
        let mut failing = feed_row(2, "Broken Feed", 12);
        failing.last_error = Some(long.into());
        failing.http_status = None;
        failing.last_success = Some(now() - Duration::days(2));
        let mut busy = feed_row(3, "Busy Server", 0);
        busy.last_error = Some("HTTP 429 Too Many Requests".into());
        busy.http_status = Some(429);
        busy.last_success = None;
        busy.retry_after = Some(now() + Duration::minutes(30));
        busy.section = Some("World".into());
        let mut never = feed_row(4, "Never Fetched", 0);
        never.last_success = None;
        never.http_status = None;
        let feeds = vec![
            feed_row(1, "Diaspora Digital Media", 1234),
            failing,
            busy,
            never,
        ];
        feed(&mut a, Msg::Event(AppEvent::FeedsLoaded(Ok(feeds))));
        snapshot("feeds", &a);
        let text = format!("{:?}", draw(&a).backend());
        // The whole error is there, wrapped, which the status bar can only cut.
        for word in ["Connection", "refused", "(os", "111),", "retry"] {
            assert!(text.contains(word), "{word} in {text}");
        }
        keys(&mut a, &["G"]);
        snapshot("feeds_bottom", &a);
        keys(&mut a, &["esc"]);
        assert!(a.feeds.is_none(), "esc closes");
        // The status bar after a refresh with a failure points at the overlay.
        keys(&mut a, &["R"]);
        feed(&mut a, Msg::Event(AppEvent::RefreshStarted(1)));
        let broken = FeedReport {
            name: "Broken Feed".into(),
            url: "http://127.0.0.1:9/feed".into(),
            status: FeedStatus::Error,
            new: 0,
            updated: 0,
            http_status: None,
            error: Some(long.into()),
        };
        feed(&mut a, Msg::Event(AppEvent::FeedRefreshed(broken)));
        // During the refresh the overlay says which feeds it has done.
        let done = FeedReport {
            name: "Diaspora Digital Media".into(),
            url: "https://example.org/1/feed/".into(),
            status: FeedStatus::Ok,
            new: 0,
            updated: 0,
            http_status: Some(200),
            error: None,
        };
        feed(&mut a, Msg::Event(AppEvent::FeedRefreshed(done)));
        keys(&mut a, &["F"]);
        feed(
            &mut a,
            Msg::Event(AppEvent::FeedsLoaded(Ok(vec![
                feed_row(1, "Diaspora Digital Media", 1234),
                feed_row(5, "Slow One", 7),
            ]))),
        );
        let text = format!("{:?}", draw(&a).backend());
        assert!(
            text.contains("done in this refresh") && text.contains("waiting in this refresh"),
            "{text}"
        );
        keys(&mut a, &["esc"]);
        feed(
            &mut a,
            Msg::Event(AppEvent::RefreshFinished {
                error: None,
                sample: Some(false),
            }),
        );
        snapshot("refreshed_one_failed", &a);
    }
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_panic() {
    for size in [(59, 24), (80, 14), (10, 3), (1, 1), (0, 0)] {
        let a = app(size, 5);
        let terminal = draw(&a);
        if size.0 >= 30 && size.1 >= 3 {
            let text = format!("{}", terminal.backend());
            assert!(text.contains("Terminal too small"), "{size:?}\n{text}");
        }
    }
    let a = app((59, 14), 5);
    snapshot("too_small", &a);
    // At 20×6 the notice wraps: the sizes are all there.
    let a = app((20, 6), 5);
    let text: String = format!("{}", draw(&a).backend())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("20×6;") && text.contains("60×15"), "{text}");
}

#[test]
fn columns_stay_aligned_with_wide_combining_and_rtl_titles() {
    let a = app((100, 30), 10);
    let terminal = draw(&a);
    let buffer = terminal.backend().buffer();
    // The time column is right-aligned: every row's last text cell is in the same column.
    let mut ends = Vec::new();
    for y in 1..11u16 {
        let end = (0..buffer.area.width)
            .rev()
            .find(|&x| buffer[(x, y)].symbol().trim() != "")
            .unwrap();
        ends.push(end);
    }
    assert!(
        ends.windows(2).all(|w| w[0] == w[1]),
        "ragged right edge: {ends:?}"
    );
    // Each row's section starts in the same column, whatever the title's script.
    let starts: Vec<u16> = (1..11u16)
        .map(|y| {
            let section: Vec<char> = summary(i64::from(y)).section.unwrap().chars().collect();
            (0..buffer.area.width)
                .rev()
                .find(|&x| {
                    section.iter().enumerate().all(|(i, c)| {
                        let x = x + i as u16;
                        x < buffer.area.width && buffer[(x, y)].symbol() == c.to_string()
                    })
                })
                .unwrap()
        })
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "sections misaligned: {starts:?}"
    );
}

#[test]
fn styles_carry_meaning_with_and_without_colour() {
    let mut a = app((100, 30), 10);
    keys(&mut a, &["enter"]);
    let colored = draw(&a);
    let has_color = |t: &Terminal<TestBackend>| {
        t.backend()
            .buffer()
            .content()
            .iter()
            .any(|c| c.fg != Color::Reset || c.bg != Color::Reset)
    };
    assert!(has_color(&colored));
    a.settings.color = false;
    let plain = draw(&a);
    assert!(!has_color(&plain), "NO_COLOR: no colour at all");
    // Headings stay bold and links underlined without colour.
    let buffer = plain.backend().buffer();
    let bold = buffer
        .content()
        .iter()
        .any(|c| c.modifier.contains(ratatui::style::Modifier::BOLD));
    let underlined = buffer
        .content()
        .iter()
        .any(|c| c.modifier.contains(ratatui::style::Modifier::UNDERLINED));
    assert!(bold && underlined);
    // Only the 16 basic colours are used, so 16-colour terminals show the same.
    for cell in colored.backend().buffer().content() {
        for c in [cell.fg, cell.bg] {
            assert!(!matches!(c, Color::Rgb(..) | Color::Indexed(_)), "{c:?}");
        }
    }
}

#[test]
fn escape_sequences_from_a_feed_never_reach_the_screen() {
    use ddm_reader::feed::fetch::Validators;
    use ddm_reader::store::{FeedSource, Retention, Store};
    let hostile = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>\
        <item><title>Evil \u{1b}[2J\u{1b}]0;pwned\u{7} title\u{9b}31m</title><link>https://e.example/1</link>\
        <description><![CDATA[<p>Body \u{1b}[31mred\u{1b}]8;;http://x\u{1b}\\ \u{202e}gnp.exe</p>]]></description>\
        </item></channel></rss>";
    let mut store = Store::open_in_memory().unwrap();
    let base = url::Url::parse("https://e.example/feed").unwrap();
    let parsed = ddm_reader::feed::process(hostile.as_bytes(), None, &base, u64::MAX).unwrap();
    let id = store
        .ensure_feed("https://e.example/feed", "Evil", None, FeedSource::Config)
        .unwrap();
    let prepared = ddm_reader::store::prepare(parsed, 100, None).unwrap();
    store
        .store_refresh(
            id,
            &prepared,
            &Validators::default(),
            200,
            now(),
            Retention::default(),
        )
        .unwrap();
    let ids = store
        .list_ids(&ddm_reader::store::ListFilter::default())
        .unwrap();
    let rows = store.summaries(&ids).unwrap();
    let stored = store.article(ids[0]).unwrap().unwrap();

    let mut a = app((100, 30), 0);
    let generation = a.take_generation();
    a.update(Msg::Event(AppEvent::ListLoaded {
        generation,
        ids,
        keep: None,
    }));
    a.update(Msg::Event(AppEvent::RowsLoaded(rows)));
    let check = |t: &Terminal<TestBackend>| {
        for cell in t.backend().buffer().content() {
            assert!(
                !cell.symbol().chars().any(ddm_reader::sanitize::is_unsafe),
                "control character on screen: {:?}",
                cell.symbol()
            );
        }
    };
    let list = draw(&a);
    check(&list);
    assert!(format!("{}", list.backend()).contains("Evil"));
    a.update(Msg::Key(Key::parse("enter").unwrap()));
    a.update(Msg::Event(AppEvent::ArticleLoaded(Box::new(stored))));
    let reader = draw(&a);
    check(&reader);
    assert!(format!("{}", reader.backend()).contains("Body"));
}

/// A linked piece's first cell holds the whole piece, which the terminal prints over
/// the cells after it; under the share menu it would print over the menu, so while a
/// popup is up the reader has no hyperlinks.
#[test]
fn no_hyperlink_is_drawn_under_a_popup() {
    let mut a = app((100, 30), 5);
    a.settings.hyperlinks = true;
    keys(&mut a, &["enter"]);
    let osc8 = |a: &ddm_reader::tui::app::App| {
        draw(a)
            .backend()
            .buffer()
            .content()
            .iter()
            .filter(|c| c.symbol().starts_with("\u{1b}]8;;"))
            .count()
    };
    assert!(osc8(&a) > 0);
    keys(&mut a, &["s"]);
    assert!(a.share.is_some());
    assert_eq!(osc8(&a), 0);
    keys(&mut a, &["esc"]);
    assert!(osc8(&a) > 0);
}

#[test]
fn links_are_osc8_hyperlinks_that_keep_their_columns() {
    let mut a = app((100, 30), 5);
    a.settings.hyperlinks = true;
    keys(&mut a, &["enter"]);
    let terminal = draw(&a);
    let buffer = terminal.backend().buffer();
    let linked: Vec<&ratatui::buffer::Cell> = buffer
        .content()
        .iter()
        .filter(|c| c.symbol().starts_with("\u{1b}]8;;"))
        .collect();
    assert!(!linked.is_empty());
    let first = linked[0];
    assert_eq!(
        first.symbol(),
        "\u{1b}]8;;https://diasporadigitalmedia.com/full\u{1b}\\full statement\u{1b}]8;;\u{1b}\\"
    );
    assert_eq!(
        first.diff_option,
        ratatui::buffer::CellDiffOption::ForcedWidth(std::num::NonZeroU16::new(14).unwrap())
    );
    // Off, the same screen has no escape sequence at all.
    a.settings.hyperlinks = false;
    let plain = draw(&a);
    assert!(
        !plain
            .backend()
            .buffer()
            .content()
            .iter()
            .any(|c| c.symbol().contains('\u{1b}'))
    );
}

#[test]
fn the_report_form_over_the_reader_shows_only_its_own_hints() {
    let mut a = app((100, 30), 5);
    keys(&mut a, &["enter", "r"]);
    let text = format!("{}", draw(&a).backend());
    let status = text.lines().last().unwrap();
    assert!(status.contains("ctrl-s"), "{status}");
    assert!(
        !status.contains("link") && !status.contains('%'),
        "{status}"
    );
}

/// At 60 × 15, the smallest size the reader draws at, the form's last fields do not fit
/// under the box: the part under it scrolls so that the focused field is on screen.
#[test]
fn every_report_field_is_seen_when_focused_at_the_smallest_size() {
    let mut a = app((60, 15), 5);
    keys(&mut a, &["r"]);
    let mut seen = Vec::new();
    for _ in 0..10 {
        keys(&mut a, &["tab"]);
        let text = format!("{}", draw(&a).backend());
        for label in ["Where", "Contact", "Consent", "Attach", "Metadata"] {
            if text.contains(label) && !seen.contains(&label) {
                seen.push(label);
            }
        }
        let focus = a.report.as_ref().unwrap().focus;
        if focus == ddm_reader::tui::app::FormField::KeepMetadata {
            assert!(text.contains("Keep photo metadata"), "{text}");
            return;
        }
    }
    panic!("never reached the metadata switch; saw {seen:?}");
}

#[test]
fn a_section_name_longer_than_the_header_is_cut_not_dropped() {
    let long = "Politics, Government and Public Affairs of the Federal Republic of Nigeria and \
                the Diaspora";
    let mut a = app((80, 24), 5);
    feed(
        &mut a,
        Msg::Event(AppEvent::TabsLoaded(vec!["News".into(), long.into()])),
    );
    keys(&mut a, &["tab", "tab"]);
    let terminal = draw(&a);
    let header: String = (0..80)
        .map(|x| terminal.backend().buffer()[(x, 0)].symbol().to_owned())
        .collect();
    assert!(header.contains("Politics, Government and"), "{header}");
    assert!(header.contains('…'), "{header}");
}
