//! `fetch` against hostile servers on 127.0.0.1: each bad feed ends in a clear per-feed
//! error while a good feed in the same run is stored; conditional GET; updates in place.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::cli::{Env, FAST_FETCH, Item, Output, feed_entry, fetch_feeds, rss, simple_feed};
use common::server::{Response, TestServer};
use serde_json::Value;

const MIB: u64 = 1024 * 1024;

/// Serves a good feed at `/good` and `bad` at `/bad`, fetches both with `--json` and checks
/// the common outcome: exit 1, the good feed stored, the bad one an error whose text
/// contains every one of `expect` (case-insensitive). Returns the bad feed's JSON entry.
fn hostile(bad: Response, extra_config: &str, expect: &[&str]) -> (TestServer, Env, Output, Value) {
    let server = TestServer::start();
    server.route(
        "/good",
        Response::ok(simple_feed("Good", 3, "harbour")).content_type("application/rss+xml"),
    );
    server.route("/bad", bad);
    let env = Env::with_feeds(
        &[("Good", &server.url("/good")), ("Bad", &server.url("/bad"))],
        extra_config,
    );
    let out = env.run(&["fetch", "--json"]);
    out.expect_code(1);
    let feeds = fetch_feeds(&out);
    let good = feed_entry(&feeds, "Good");
    assert_eq!(good["status"], "ok", "{good:#}");
    assert_eq!(good["new"], 3, "{good:#}");
    assert!(good["error"].is_null(), "{good:#}");
    let bad = feed_entry(&feeds, "Bad").clone();
    assert_eq!(bad["status"], "error", "{bad:#}");
    assert_eq!(bad["new"], 0, "{bad:#}");
    let error = bad["error"].as_str().expect("an error text").to_lowercase();
    for word in expect {
        assert!(
            error.contains(&word.to_lowercase()),
            "error {error:?} should mention {word:?}"
        );
    }
    // The failure is named on stderr too, and stdout is nothing but the JSON document.
    assert!(
        out.stderr.contains("Bad"),
        "stderr should name the failed feed: {}",
        out.stderr
    );
    // `feeds list` keeps the status.
    let listed = env.feeds_json();
    let good_row = feed_entry(&listed, "Good");
    assert_eq!(good_row["articles"], 3, "{good_row:#}");
    assert!(good_row["last_error"].is_null(), "{good_row:#}");
    assert!(good_row["last_success"].is_string(), "{good_row:#}");
    let bad_row = feed_entry(&listed, "Bad");
    assert_eq!(bad_row["articles"], 0, "{bad_row:#}");
    assert_eq!(
        bad_row["last_error"]
            .as_str()
            .map(str::to_lowercase)
            .as_deref(),
        Some(error.as_str())
    );
    // The good feed's articles are listed.
    assert_eq!(env.list_json(&[]).len(), 3);
    (server, env, out, bad)
}

#[test]
fn no_answer_times_out_and_is_retried_once_quickly() {
    let cfg = "[fetch]\ntimeout_secs = 1\nconnect_timeout_secs = 1\n";
    let (server, _env, out, bad) = hostile(Response::hang(), cfg, &["timed out"]);
    assert!(
        out.elapsed < Duration::from_secs(6),
        "the run took {:?}",
        out.elapsed
    );
    assert_eq!(server.hits("/bad"), 2, "one retry after a timeout");
    assert!(bad["http_status"].is_null());
}

#[test]
fn huge_body_with_content_length_stops_at_the_limit() {
    let (_s, _e, _o, bad) = hostile(Response::huge(50 * MIB), FAST_FETCH, &["limit"]);
    assert_eq!(bad["http_status"], 200, "the server did answer");
    let error = bad["error"].as_str().unwrap();
    assert!(
        error.contains("16777216") || error.contains("16 MiB"),
        "{error}"
    );
}

#[test]
fn huge_chunked_body_stops_at_the_limit() {
    let (_s, _e, _o, bad) = hostile(Response::huge_chunked(50 * MIB), FAST_FETCH, &["limit"]);
    assert_eq!(bad["http_status"], 200, "the server did answer");
    let error = bad["error"].as_str().unwrap();
    assert!(
        error.contains("16777216") || error.contains("16 MiB"),
        "{error}"
    );
}

#[test]
fn configured_max_bytes_is_the_limit() {
    let cfg = format!("{FAST_FETCH}max_bytes = 100000\n");
    let (_s, _e, _o, bad) = hostile(Response::huge_chunked(MIB), &cfg, &["limit"]);
    assert!(bad["error"].as_str().unwrap().contains("100000"), "{bad:#}");
}

#[test]
fn gzip_bomb_stops_at_the_limit() {
    let (_s, _e, _o, bad) = hostile(Response::gzip_bomb(50 * MIB), FAST_FETCH, &["limit"]);
    let error = bad["error"].as_str().unwrap();
    assert!(
        error.contains("16777216") || error.contains("16 MiB"),
        "{error}"
    );
}

#[test]
fn redirect_loop_is_too_many_redirects() {
    let server = TestServer::start();
    server.route("/good", Response::ok(simple_feed("Good", 3, "harbour")));
    server.route("/bad", Response::redirect("/loop-b"));
    server.route("/loop-b", Response::redirect("/bad"));
    let env = Env::with_feeds(
        &[("Good", &server.url("/good")), ("Bad", &server.url("/bad"))],
        FAST_FETCH,
    );
    let out = env.run(&["fetch", "--json"]);
    out.expect_code(1);
    let feeds = fetch_feeds(&out);
    assert_eq!(feed_entry(&feeds, "Good")["new"], 3);
    let bad = feed_entry(&feeds, "Bad");
    assert_eq!(bad["status"], "error");
    assert!(
        bad["error"]
            .as_str()
            .unwrap()
            .contains("too many redirects"),
        "{bad:#}"
    );
    // At most 5 redirects are followed: 6 requests in all.
    assert!(
        server.hits("/bad") + server.hits("/loop-b") <= 6,
        "{:?}",
        server.all_requests().len()
    );
}

#[test]
fn a_short_redirect_chain_is_followed() {
    let server = TestServer::start();
    server.route("/good", Response::ok(simple_feed("Good", 3, "harbour")));
    server.route("/moved", Response::redirect("/moved-2").with_status(301));
    server.route("/moved-2", Response::redirect("/good"));
    let env = Env::with_feeds(&[("Moved", &server.url("/moved"))], FAST_FETCH);
    let out = env.run(&["fetch", "--json"]);
    out.expect_code(0);
    assert_eq!(feed_entry(&fetch_feeds(&out), "Moved")["new"], 3);
}

#[test]
fn not_found_is_an_error() {
    let (server, _e, _o, bad) = hostile(Response::status(404, "gone"), FAST_FETCH, &["404"]);
    assert_eq!(bad["http_status"], 404);
    assert_eq!(server.hits("/bad"), 1, "a 404 is not retried");
}

#[test]
fn server_error_is_retried_once() {
    let (server, _e, _o, bad) = hostile(Response::status(500, "oops"), FAST_FETCH, &["500"]);
    assert_eq!(bad["http_status"], 500);
    assert_eq!(server.hits("/bad"), 2, "a 500 is retried once");
}

#[test]
fn unavailable_then_ok_succeeds_after_one_retry() {
    let server = TestServer::start();
    server.route(
        "/flaky",
        Response::sequence(vec![
            Response::status(503, "busy"),
            Response::ok(simple_feed("Flaky", 2, "tide")),
        ]),
    );
    let env = Env::with_feeds(&[("Flaky", &server.url("/flaky"))], FAST_FETCH);
    let out = env.run(&["fetch", "--json"]);
    out.expect_code(0);
    let flaky = feed_entry(&fetch_feeds(&out), "Flaky").clone();
    assert_eq!(flaky["status"], "ok", "{flaky:#}");
    assert_eq!(flaky["new"], 2);
    assert_eq!(server.hits("/flaky"), 2);
}

#[test]
fn too_many_requests_backs_the_feed_off() {
    let (server, env, _o, bad) = hostile(
        Response::status(429, "slow down").retry_after("120"),
        FAST_FETCH,
        &["429", "wait"],
    );
    assert_eq!(bad["http_status"], 429);
    assert_eq!(server.hits("/bad"), 1, "a 429 is not retried at once");
    // Right after, the feed is not asked again: it reports that it is waiting.
    let again = env.run(&["fetch", "--json"]);
    again.expect_code(1);
    let bad = feed_entry(&fetch_feeds(&again), "Bad").clone();
    assert_eq!(bad["status"], "error");
    assert!(
        bad["error"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("wait"),
        "{bad:#}"
    );
    assert!(
        bad["http_status"].is_null(),
        "no request, no status: {bad:#}"
    );
    assert_eq!(
        feed_entry(&env.feeds_json(), "Bad")["http_status"],
        429,
        "feeds list keeps the last answer"
    );
    assert_eq!(
        server.hits("/bad"),
        1,
        "the second fetch must not hit the server"
    );
    assert_eq!(server.hits("/good"), 2);
}

#[test]
fn html_page_is_not_a_feed() {
    let page = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><p>Hello</p></body></html>";
    hostile(
        Response::ok(page).content_type("text/html"),
        FAST_FETCH,
        &["not a feed"],
    );
}

#[test]
fn empty_body_is_an_error() {
    hostile(Response::ok(""), FAST_FETCH, &["empty"]);
}

#[test]
fn truncated_xml_is_malformed() {
    let full = simple_feed("Cut", 3, "anchor");
    let cut = &full[..full.find("Story number 2").unwrap() + 8];
    hostile(
        Response::ok(cut.to_owned()).content_type("application/rss+xml"),
        FAST_FETCH,
        &["malformed"],
    );
}

#[test]
fn connection_closed_before_the_body_ends_is_an_error() {
    let full = simple_feed("Cut", 3, "anchor");
    let half = full.as_bytes()[..full.len() / 2].to_vec();
    hostile(
        Response::truncated(full.len() as u64, half),
        FAST_FETCH,
        &["response"],
    );
}

fn feed_v1() -> Vec<Item> {
    (1..=3).map(|n| Item::numbered(n, "lighthouse")).collect()
}

#[test]
fn conditional_get_sends_validators_and_a_304_rewrites_nothing() {
    const LM: &str = "Sat, 01 Mar 2025 10:00:00 GMT";
    let server = TestServer::start();
    let v1 = Response::ok(rss("Cond", &feed_v1()))
        .etag("\"v1\"")
        .last_modified(LM);
    server.route("/feed", v1);
    let env = Env::with_feeds(&[("Cond", &server.url("/feed"))], FAST_FETCH);
    let first = env.run(&["fetch", "--json"]);
    first.expect_code(0);
    assert_eq!(feed_entry(&fetch_feeds(&first), "Cond")["new"], 3);
    let ua = server.requests("/feed")[0]
        .header("User-Agent")
        .unwrap_or_default()
        .to_owned();
    assert!(ua.starts_with("ddm-reader/"), "User-Agent {ua:?}");
    let before = env.list_json(&[]);
    let feeds_before = env.feeds_json();

    let second = env.run(&["fetch", "--json"]);
    second.expect_code(0);
    let requests = server.requests("/feed");
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].header("If-None-Match"), Some("\"v1\""));
    assert_eq!(requests[1].header("If-Modified-Since"), Some(LM));
    let cond = feed_entry(&fetch_feeds(&second), "Cond").clone();
    assert_eq!(cond["status"], "not_modified", "{cond:#}");
    assert_eq!(cond["new"], 0);
    assert_eq!(cond["updated"], 0);
    assert_eq!(cond["http_status"], 304);
    assert_eq!(
        env.list_json(&[]),
        before,
        "a 304 must not change the articles"
    );
    let feeds_after = env.feeds_json();
    assert_eq!(feeds_after[0]["articles"], feeds_before[0]["articles"]);
    assert!(feeds_after[0]["last_error"].is_null());
}

#[test]
fn a_changed_feed_updates_in_place_and_keeps_read_state() {
    let server = TestServer::start();
    server.route(
        "/feed",
        Response::ok(rss("Changing", &feed_v1())).etag("\"v1\""),
    );
    let env = Env::with_feeds(&[("Changing", &server.url("/feed"))], FAST_FETCH);
    env.run(&["fetch", "--json"]).expect_code(0);
    let before = env.list_json(&[]);
    assert_eq!(before.len(), 3);
    let id_of = |list: &[Value], title: &str| -> i64 {
        list.iter()
            .find(|a| a["title"] == title)
            .unwrap_or_else(|| panic!("no {title} in {list:#?}"))["id"]
            .as_i64()
            .unwrap()
    };
    let edited_id = id_of(&before, "Story number 2");
    let kept_id = id_of(&before, "Story number 1");
    // `read ID` marks it read.
    env.run(&["read", &edited_id.to_string()]).expect_code(0);
    assert!(
        env.list_json(&["--unread"])
            .iter()
            .all(|a| a["id"] != edited_id)
    );

    let mut v2 = feed_v1();
    v2[1].title = "Story number 2, corrected".to_owned();
    v2.push(Item::numbered(4, "lighthouse"));
    server.route("/feed", Response::ok(rss("Changing", &v2)).etag("\"v2\""));
    let out = env.run(&["fetch", "--json"]);
    out.expect_code(0);
    let entry = feed_entry(&fetch_feeds(&out), "Changing").clone();
    assert_eq!(entry["status"], "ok", "{entry:#}");
    assert_eq!(entry["updated"], 1, "{entry:#}");
    assert_eq!(entry["new"], 1, "{entry:#}");
    assert_eq!(
        server.requests("/feed")[1].header("If-None-Match"),
        Some("\"v1\"")
    );

    let after = env.list_json(&[]);
    assert_eq!(after.len(), 4, "updated in place, never duplicated");
    assert_eq!(
        id_of(&after, "Story number 2, corrected"),
        edited_id,
        "the edited article keeps its id"
    );
    assert_eq!(id_of(&after, "Story number 1"), kept_id);
    let edited = after.iter().find(|a| a["id"] == edited_id).unwrap();
    assert_eq!(edited["read"], true, "read state survives an update");
    let unread = env.list_json(&["--unread"]);
    assert_eq!(unread.len(), 3);
    assert!(unread.iter().all(|a| a["id"] != edited_id));
    // Newest first: the new story 4 leads.
    assert_eq!(after[0]["title"], "Story number 4");
}
