//! Offline: the cache answers when the server is gone, and a first run with no network
//! shows the bundled sample edition instead of an empty screen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cli::{Env, FAST_FETCH, config_toml, simple_feed};
use common::server::{Response, TestServer, refuse_port};

const SAMPLE_TITLE: &str =
    "Zelensky sends team to peace talks, but slams Russia’s lack of seriousness";

#[test]
fn the_cache_answers_when_the_server_is_gone() {
    let server = TestServer::start();
    server.route("/news", Response::ok(simple_feed("News", 5, "lagoon")));
    server.route("/other", Response::ok(simple_feed("Other", 2, "delta")));
    let env = Env::with_feeds(
        &[
            ("Harbour News", &server.url("/news")),
            ("Other", &server.url("/other")),
        ],
        FAST_FETCH,
    );
    env.run(&["fetch"]).expect_code(0);
    let before = env.list_json(&[]);
    assert_eq!(before.len(), 7);
    drop(server);

    let list = env.list_json(&[]);
    assert_eq!(list, before);
    let plain = env.run(&["list"]);
    plain.expect_code(0);
    assert_eq!(plain.stdout.lines().count(), 7);

    let id = list[0]["id"].as_i64().unwrap().to_string();
    let read = env.run(&["read", &id, "--color", "never"]);
    read.expect_code(0);
    assert!(
        read.stdout.contains(list[0]["title"].as_str().unwrap()),
        "{}",
        read.stdout
    );
    let read_json = env.run(&["read", &id, "--json"]);
    read_json.expect_code(0);
    assert!(
        read_json.json()["text"]
            .as_str()
            .unwrap()
            .contains("lagoon")
    );

    let search = env.run(&["search", "lagoon", "--json"]);
    search.expect_code(0);
    assert_eq!(search.json().as_array().unwrap().len(), 5);

    // `fetch` fails, names each failed feed, and loses nothing.
    let fetch = env.run(&["fetch"]);
    fetch.expect_code(1);
    assert!(
        fetch.stderr.contains("Harbour News") && fetch.stderr.contains("Other"),
        "{}",
        fetch.stderr
    );
    let json = env.run(&["fetch", "--json"]);
    json.expect_code(1);
    for f in json.json()["feeds"].as_array().unwrap() {
        assert_eq!(f["status"], "error", "{f:#}");
        assert!(f["error"].as_str().unwrap().contains("connect"), "{f:#}");
    }
    let after = env.list_json(&[]);
    assert_eq!(after.len(), 7);
    let feeds = env.feeds_json();
    assert!(
        feeds
            .iter()
            .all(|f| f["last_error"].is_string() && f["articles"].as_u64().unwrap() > 0),
        "{feeds:#?}"
    );
    // `--offline` reads the cache without trying the network.
    let offline = env.run(&["--offline"]);
    offline.expect_code(0);
    assert!(
        offline.stdout.contains("Story number 5"),
        "{}",
        offline.stdout
    );
    assert!(
        !offline.stdout.contains("Sample edition"),
        "{}",
        offline.stdout
    );
}

#[test]
fn first_run_offline_shows_the_sample_edition_until_a_fetch_succeeds() {
    let dead = format!("http://127.0.0.1:{}/feed", refuse_port());
    let env = Env::with_feeds(&[("Unreachable", &dead)], FAST_FETCH);
    let out = env.run(&[]);
    assert!(
        out.code == 0 || out.code == 1,
        "exit {}: {}",
        out.code,
        out.stderr
    );
    assert!(out.stdout.contains("Sample edition"), "{}", out.stdout);
    assert!(out.stdout.contains(SAMPLE_TITLE), "{}", out.stdout);
    assert!(
        out.stderr.contains("Unreachable"),
        "the failed feed is named: {}",
        out.stderr
    );
    let list = env.list_json(&[]);
    assert!(list.iter().any(|a| a["title"] == SAMPLE_TITLE), "{list:#?}");
    assert!(
        list.iter().all(|a| a["feed"] == "Sample edition"),
        "{list:#?}"
    );
    // The sample story can be read in full.
    let id = list.iter().find(|a| a["title"] == SAMPLE_TITLE).unwrap()["id"].to_string();
    let read = env.run(&["read", &id, "--json"]);
    read.expect_code(0);
    assert!(read.json()["text"].as_str().unwrap().contains("Istanbul"));

    // Later, online: the sample gives way to the real articles.
    let server = TestServer::start();
    server.route("/feed", Response::ok(simple_feed("Real", 3, "estuary")));
    env.write_config(&config_toml(&[("Real", &server.url("/feed"))], FAST_FETCH));
    env.run(&["fetch"]).expect_code(0);
    let list = env.list_json(&[]);
    assert_eq!(list.len(), 3, "{list:#?}");
    assert!(list.iter().all(|a| a["feed"] == "Real"), "{list:#?}");
    let bare = env.run(&["--offline"]);
    bare.expect_code(0);
    assert!(!bare.stdout.contains("Sample edition"), "{}", bare.stdout);
    assert!(!bare.stdout.contains(SAMPLE_TITLE), "{}", bare.stdout);
}

#[test]
fn offline_flag_with_an_empty_cache_shows_the_sample() {
    let env = Env::with_feeds(&[], "");
    let out = env.run(&["--offline"]);
    out.expect_code(0);
    assert!(
        out.stdout.contains("Sample edition") && out.stdout.contains(SAMPLE_TITLE),
        "{}",
        out.stdout
    );
    // `fetch --offline` is a usage error, not a silent no-op.
    env.run(&["fetch", "--offline"]).expect_code(2);
}
