//! A server that never answers must not hold up working feeds: its retry waits behind
//! the feeds not tried yet, and a feed that failed last time asks for a slot last.

mod common;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::cli::simple_feed;
use common::server::{Response, TestServer};
use ddm_reader::config::Config;
use ddm_reader::refresh::{FeedReport, RefreshOptions, followed_feeds, refresh};
use ddm_reader::store::Store;

/// Refreshes every followed feed once, one at a time; each feed's name and when it
/// finished, in the order they finished.
fn refresh_in_order(config: &Config, cache: &std::path::Path) -> Vec<(String, Duration)> {
    let store = Store::open(cache).expect("open the cache");
    let feeds = followed_feeds(&store, config).expect("the followed feeds");
    drop(store);
    let options = RefreshOptions::from_config(config);
    let started = Instant::now();
    let done = Mutex::new(Vec::new());
    let progress = |r: &FeedReport| {
        done.lock()
            .expect("not poisoned")
            .push((r.name.clone(), started.elapsed()));
    };
    tokio::runtime::Runtime::new()
        .expect("a runtime")
        .block_on(refresh(cache, &feeds, &options, &progress))
        .expect("the refresh runs");
    done.into_inner().expect("not poisoned")
}

/// A server with a feed that never answers and one that does, and a config following
/// both, Dead first, with one fetch slot and `timeout` seconds to answer.
fn dead_then_good(timeout: u64) -> (TestServer, tempfile::TempDir, Config) {
    let server = TestServer::start();
    server.route("/dead", Response::hang());
    server.route(
        "/good",
        Response::ok(simple_feed("Good", 3, "harbour")).content_type("application/rss+xml"),
    );
    let text = format!(
        "[fetch]\nconcurrency = 1\ntimeout_secs = {timeout}\nconnect_timeout_secs = {timeout}\n\n\
         [[feeds]]\nname = \"Dead\"\nurl = \"{}\"\n\n[[feeds]]\nname = \"Good\"\nurl = \"{}\"\n",
        server.url("/dead"),
        server.url("/good")
    );
    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = Config::parse(&text, &dir.path().join("config.toml")).expect("a config");
    (server, dir, config)
}

#[test]
fn a_server_that_never_answers_does_not_hold_up_the_others() {
    let (server, dir, config) = dead_then_good(1);
    let cache = dir.path().join("cache.sqlite");

    // First refresh: Dead asks first and times out; its retry waits behind Good, which
    // is stored after one timeout, not two (it used to wait for the retry too).
    let done = refresh_in_order(&config, &cache);
    let names: Vec<&str> = done.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Good", "Dead"], "{done:?}");
    assert_eq!(server.hits("/dead"), 2, "still one retry");

    // Next refresh: Dead failed last time, so Good gets the one slot first and is not
    // kept waiting (were Dead first, Good would wait out its second of patience).
    let done = refresh_in_order(&config, &cache);
    assert_eq!(done[0].0, "Good", "{done:?}");
    assert!(done[0].1 < Duration::from_millis(900), "{done:?}");
    assert_eq!(server.hits("/dead"), 4);
}

#[test]
fn a_stalled_server_gives_its_slot_to_the_next_feed() {
    // One slot, a 4 s timeout: the dead server keeps it for a sixth of that at most
    // (1 s, the least), and Good is stored long before Dead's first try times out.
    let (_server, dir, config) = dead_then_good(4);
    let done = refresh_in_order(&config, &dir.path().join("cache.sqlite"));
    assert_eq!(done[0].0, "Good", "{done:?}");
    // Behaviour, not speed: "before the timeout", with a wide margin either side.
    assert!(done[0].1 < Duration::from_secs(3), "{done:?}");
    assert!(
        done[1].1 >= Duration::from_secs(8),
        "Dead still waits out two timeouts: {done:?}"
    );
}
