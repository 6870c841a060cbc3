//! The command-line contract for feed management: `feeds add|list|remove` (config and
//! store feeds merged), `export` / `import` (OPML 2.0 round trip, newsboat `urls`) and
//! `completions`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cli::{Env, FAST_FETCH, Item, config_toml, feed_entry, keys, rss, run};
use common::server::{Response, TestServer};
use serde_json::Value;

#[test]
fn feeds_add_list_and_remove() {
    let server = TestServer::start();
    server.route(
        "/extra",
        Response::ok(rss("Extra", &[Item::numbered(1, "quay")])),
    );
    let env = Env::with_feeds(&[("Configured", &server.url("/configured"))], FAST_FETCH);
    let add = env.run(&["feeds", "add", &server.url("/extra"), "--name", "Extra"]);
    add.expect_code(0);
    let feeds = env.feeds_json();
    assert_eq!(feeds.len(), 2, "{feeds:#?}");
    for f in &feeds {
        assert_eq!(
            keys(f),
            [
                "articles",
                "http_status",
                "last_error",
                "last_success",
                "name",
                "section",
                "source",
                "url"
            ]
        );
    }
    assert_eq!(feed_entry(&feeds, "Configured")["source"], "config");
    let extra = feed_entry(&feeds, "Extra");
    assert_eq!(extra["source"], "store");
    assert_eq!(extra["url"], server.url("/extra").as_str());
    // Adding it twice is refused.
    env.run(&["feeds", "add", &server.url("/extra")])
        .expect_code(2);
    // A config feed is removed in the config file, which the message names.
    let out = env.run(&["feeds", "remove", "Configured"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains(&env.config.display().to_string()),
        "{}",
        out.stderr
    );
    env.run(&["feeds", "remove", "Extra"]).expect_code(0);
    let feeds = env.feeds_json();
    assert_eq!(feeds.len(), 1);
    assert_eq!(feeds[0]["name"], "Configured");
}

fn feed_set(feeds: &[Value]) -> Vec<(String, String, Option<String>)> {
    let mut out: Vec<_> = feeds
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().map(str::to_owned);
            (s("name").unwrap(), s("url").unwrap(), s("section"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn export_import_round_trip() {
    let env = Env::new();
    let mut cfg = config_toml(&[("Alpha News", "http://127.0.0.1:9/alpha.xml")], "");
    cfg = cfg.replace("url = ", "section = \"World & Politics\"\nurl = ");
    cfg.push_str(&config_toml(
        &[("Beta <Blog>", "http://127.0.0.1:9/beta?x=1&y=2")],
        "",
    ));
    env.write_config(&cfg);
    env.run(&[
        "feeds",
        "add",
        "http://127.0.0.1:9/gamma.rss",
        "--name",
        "Gamma",
    ])
    .expect_code(0);
    let original = feed_set(&env.feeds_json());
    assert_eq!(original.len(), 3);

    let to_stdout = env.run(&["export"]);
    to_stdout.expect_code(0);
    assert!(
        to_stdout.stdout.contains("<opml version=\"2.0\""),
        "{}",
        to_stdout.stdout
    );
    let file = env.path().join("feeds.opml");
    env.run(&["export", file.to_str().unwrap()]).expect_code(0);

    let fresh = Env::new();
    fresh.write_config("");
    fresh
        .run(&["import", file.to_str().unwrap()])
        .expect_code(0);
    assert_eq!(feed_set(&fresh.feeds_json()), original);
    assert!(fresh.feeds_json().iter().all(|f| f["source"] == "store"));
    // Importing again adds nothing twice.
    fresh
        .run(&["import", file.to_str().unwrap()])
        .expect_code(0);
    assert_eq!(fresh.feeds_json().len(), 3);
}

#[test]
fn import_a_newsboat_urls_file() {
    let env = Env::new();
    env.write_config("");
    let urls = env.path().join("urls");
    std::fs::write(
        &urls,
        "# my feeds\nhttp://127.0.0.1:9/one.xml news \"~First One\"\n\
         http://127.0.0.1:9/two.xml\n\"query:Unread:unread = \\\"yes\\\"\"\n",
    )
    .unwrap();
    env.run(&["import", urls.to_str().unwrap()]).expect_code(0);
    let feeds = feed_set(&env.feeds_json());
    assert_eq!(
        feeds,
        vec![
            (
                "127.0.0.1".to_owned(),
                "http://127.0.0.1:9/two.xml".to_owned(),
                None
            ),
            (
                "First One".to_owned(),
                "http://127.0.0.1:9/one.xml".to_owned(),
                Some("news".to_owned())
            ),
        ]
    );
    // Not a list at all: a usage error naming the file.
    let junk = env.path().join("junk.opml");
    std::fs::write(&junk, "<opml><body></body></opml>").unwrap();
    let out = env.run(&["import", junk.to_str().unwrap()]);
    out.expect_code(2);
    assert!(out.stderr.contains("junk.opml"), "{}", out.stderr);
}

#[test]
fn completions_print_a_script() {
    let env = Env::new();
    let out = run(&mut {
        let mut c = env.bare_command();
        c.args(["completions", "bash"]);
        c
    });
    out.expect_code(0);
    assert!(
        out.stdout.contains("complete") && out.stdout.contains("ddm-reader"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("fetch") && out.stdout.contains("--json"));
}
