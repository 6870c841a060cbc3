//! The cache survives `kill -9` in the middle of a large refresh, and a second process
//! waits for the lock instead of failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fmt::Write as _;
use std::thread::sleep;
use std::time::{Duration, Instant};

use common::cli::{Env, FAST_FETCH, finish};
use common::server::{Response, TestServer};
use rusqlite::{Connection, OpenFlags};

const FEEDS: i64 = 40;
const PER_FEED: i64 = 300;

/// Feed `f`: `PER_FEED` items with bodies of about 1 KB.
fn big_feed(f: i64) -> String {
    let mut out = String::with_capacity(300 * 1300);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed {f}</title>\
         <link>http://127.0.0.1/</link><description>d</description>\n"
    );
    for i in 0..PER_FEED {
        let mut body = format!("<p>Story {i} of feed {f}.</p>");
        while body.len() < 1000 {
            body.push_str("<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>");
        }
        let _ = writeln!(
            out,
            "<item><title>Feed {f} story {i}</title><link>http://127.0.0.1/{f}/{i}</link>\
             <guid>f{f}-{i}</guid><pubDate>{:02} Feb 2025 {:02}:{:02}:00 +0000</pubDate>\
             <content:encoded><![CDATA[{body}]]></content:encoded></item>",
            1 + i / 60 % 28,
            i % 24,
            i % 60
        );
    }
    out.push_str("</channel></rss>\n");
    out
}

fn read_only(env: &Env) -> Option<Connection> {
    let conn = Connection::open_with_flags(env.cache(), OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.busy_timeout(Duration::from_secs(5)).ok()?;
    Some(conn)
}

fn count(conn: &Connection, sql: &str) -> Option<i64> {
    conn.query_row(sql, [], |r| r.get(0)).ok()
}

fn serve_big_feeds() -> (TestServer, Env) {
    let server = TestServer::start();
    let mut feeds = Vec::new();
    for f in 0..FEEDS {
        let path = format!("/big/{f}");
        // Answers spread over about a second, so that the kill lands mid-refresh.
        let delay = Duration::from_millis(25 * f.unsigned_abs());
        let response = Response::ok(big_feed(f))
            .content_type("application/rss+xml")
            .etag(&format!("\"f{f}\""));
        server.route(&path, response.delay(delay));
        feeds.push((format!("Feed {f}"), server.url(&path)));
    }
    let feeds: Vec<(&str, &str)> = feeds
        .iter()
        .map(|(n, u)| (n.as_str(), u.as_str()))
        .collect();
    let env = Env::with_feeds(&feeds, FAST_FETCH);
    (server, env)
}

#[test]
fn kill_9_during_a_large_refresh_leaves_a_sound_cache() {
    let (_server, env) = serve_big_feeds();
    let total = FEEDS * PER_FEED;
    let started = Instant::now();
    let mut child = env.spawn(&["fetch"]);
    // Wait until some feeds are committed, but not all, then kill -9.
    let mut seen = 0;
    loop {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no articles after a minute"
        );
        if let Some(n) = read_only(&env).and_then(|c| count(&c, "SELECT count(*) FROM articles")) {
            seen = n;
        }
        if seen >= total * 2 / 5 {
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    let out = finish(child, started);
    assert!(
        seen < total,
        "the refresh finished before it could be killed ({seen} articles); {}",
        out.stderr
    );
    assert_eq!(out.code, -1, "killed by a signal: {}", out.stderr);

    let conn = Connection::open(env.cache()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let orphans = count(
        &conn,
        "SELECT count(*) FROM articles a LEFT JOIN bodies b ON b.article_id = a.id WHERE b.article_id IS NULL",
    );
    assert_eq!(orphans, Some(0), "every article has its body");
    // One transaction per feed: each feed is either all there or not at all.
    let mut stmt = conn
        .prepare("SELECT feed_id, count(*) FROM articles GROUP BY feed_id")
        .unwrap();
    let per_feed: Vec<(i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!per_feed.is_empty());
    for (feed, n) in &per_feed {
        assert_eq!(*n, PER_FEED, "feed {feed} was stored in part");
    }
    let committed = per_feed.len();
    drop(stmt);
    drop(conn);

    let again = env.run(&["fetch"]);
    again.expect_code(0);
    let conn = read_only(&env).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM articles"), Some(total));
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let feeds = env.feeds_json();
    assert_eq!(feeds.len(), 40);
    assert!(
        feeds
            .iter()
            .all(|f| f["articles"] == PER_FEED && f["last_error"].is_null()),
        "{feeds:#?}"
    );
    let search = env.run(&["search", "story", "--limit", "5", "--json"]);
    search.expect_code(0);
    assert_eq!(search.json().as_array().unwrap().len(), 5);
    assert!(committed < 40);
}

#[test]
fn a_second_process_waits_for_the_lock() {
    let server = TestServer::start();
    let feed = big_feed(0);
    server.route("/feed", Response::ok(feed));
    let env = Env::with_feeds(&[("Locked", &server.url("/feed"))], FAST_FETCH);
    // Create the cache, then hold its write lock as another process would.
    env.run(&["feeds", "list"]).expect_code(0);
    let holder = Connection::open(env.cache()).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE feeds SET name = name;")
        .unwrap();
    let started = Instant::now();
    let child = env.spawn(&["fetch", "--json"]);
    sleep(Duration::from_millis(1500));
    holder.execute_batch("COMMIT").unwrap();
    let out = finish(child, started);
    out.expect_code(0);
    assert!(
        out.elapsed >= Duration::from_millis(1400),
        "fetch should have waited: {:?}",
        out.elapsed
    );
    let report = &out.json()["feeds"][0];
    assert_eq!(report["status"], "ok", "{report:#}");
    assert_eq!(report["new"], PER_FEED);
    // Readers are never blocked by a writer either (WAL): list while a write is held.
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE feeds SET name = name;")
        .unwrap();
    let list = env.run(&["list", "--limit", "3", "--json"]);
    holder.execute_batch("COMMIT").unwrap();
    list.expect_code(0);
    assert_eq!(list.json().as_array().unwrap().len(), 3);
}
