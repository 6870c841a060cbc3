//! The command-line contract for feed management: `feeds add|list|remove` (config and
//! store feeds merged), `export` / `import` (OPML 2.0 round trip, newsboat `urls`) and
//! `completions`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cli::{
    Env, FAST_FETCH, Item, config_toml, feed_entry, fetch_feeds, keys, rss, run, simple_feed,
};
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

/// A feed added with `feeds add` that the config lists too is the config's while it
/// does, and still followed (fetched, listed, exported) once the config drops it, under
/// the name it was added with.
#[test]
fn a_subscription_outlives_the_config_listing_the_same_feed() {
    let server = TestServer::start();
    server.route(
        "/both",
        Response::ok(rss("Both", &[Item::numbered(1, "quay")])),
    );
    let url = server.url("/both");
    let env = Env::with_feeds(&[], FAST_FETCH);
    env.run(&["feeds", "add", &url, "--name", "Mine"])
        .expect_code(0);
    env.run(&["fetch"]).expect_code(0);
    env.write_config(&config_toml(&[("From config", &url)], FAST_FETCH));
    let feeds = env.feeds_json();
    assert_eq!(feeds.len(), 1, "{feeds:#?}");
    assert_eq!(feeds[0]["name"], "From config");
    assert_eq!(feeds[0]["source"], "config");
    // The config no longer lists it: the subscription is still there, under the name
    // it was given.
    env.write_config(&config_toml(&[], FAST_FETCH));
    let feeds = env.feeds_json();
    assert_eq!(feeds.len(), 1, "{feeds:#?}");
    assert_eq!(feeds[0]["url"], url.as_str());
    assert_eq!(feeds[0]["source"], "store");
    assert_eq!(feeds[0]["name"], "Mine");
    assert_eq!(feeds[0]["articles"], 1);
    let fetched = env.run(&["fetch", "--json"]);
    fetched.expect_code(0);
    assert_eq!(fetch_feeds(&fetched).len(), 1, "{}", fetched.stdout);
    let export = env.run(&["export"]);
    assert!(export.stdout.contains(url.as_str()), "{}", export.stdout);
}

/// `--feed NAME` finds the feed followed under that name, not the cached row of the
/// URL the config gave it before; two followed feeds of one name ask for the URL.
#[test]
fn a_feed_name_finds_the_feed_followed_under_it() {
    let server = TestServer::start();
    server.route(
        "/old",
        Response::ok(rss("Old", &[Item::numbered(1, "old")])),
    );
    server.route(
        "/new",
        Response::ok(rss("New", &[Item::numbered(2, "new")])),
    );
    let env = Env::with_feeds(&[("N", &server.url("/old"))], FAST_FETCH);
    env.run(&["fetch"]).expect_code(0);
    env.write_config(&config_toml(&[("N", &server.url("/new"))], FAST_FETCH));
    env.run(&["fetch"]).expect_code(0);
    let listed = env.list_json(&["--feed", "N"]);
    assert_eq!(listed.len(), 1, "{listed:#?}");
    assert_eq!(listed[0]["title"], "Story number 2");
    // The old URL's copy is gone: no story shows twice.
    let all = env.list_json(&[]);
    assert_eq!(all.len(), 1, "{all:#?}");
    // A subscription under the config feed's name: which one is meant is asked.
    env.run(&["feeds", "add", &server.url("/old"), "--name", "Other"])
        .expect_code(0);
    env.write_config(&config_toml(
        &[("N", &server.url("/new")), ("Other", &server.url("/x"))],
        FAST_FETCH,
    ));
    assert_eq!(env.feeds_json().len(), 3);
    let out = env.run(&["list", "--feed", "other"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains(server.url("/old").as_str())
            && out.stderr.contains(server.url("/x").as_str()),
        "{}",
        out.stderr
    );
    env.list_json(&["--feed", server.url("/old").as_str()]);
}

/// Unnamed feeds are named after their host; a second from one site is numbered, not
/// refused. A name given that is taken is still refused.
#[test]
fn unnamed_feeds_from_one_site_are_numbered() {
    let env = Env::new();
    env.write_config("");
    env.run(&["feeds", "add", "http://127.0.0.1:9/one.xml"])
        .expect_code(0);
    let out = env.run(&["feeds", "add", "http://127.0.0.1:9/two.xml"]);
    out.expect_code(0);
    assert!(out.stdout.contains("Added 127.0.0.1 (2)"), "{}", out.stdout);
    env.run(&[
        "feeds",
        "add",
        "http://127.0.0.1:9/three.xml",
        "--name",
        "127.0.0.1",
    ])
    .expect_code(2);
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

/// Feeds that share a title, or (unnamed) a host, are all imported under names that
/// tell them apart; the summary counts what was already followed and what was skipped.
#[test]
fn import_keeps_every_feed_whose_name_is_taken() {
    let env = Env::new();
    env.write_config("");
    env.run(&["feeds", "add", "http://127.0.0.1:9/a.xml"])
        .expect_code(0);
    let urls = env.path().join("urls");
    std::fs::write(
        &urls,
        "http://127.0.0.1:9/a.xml\nhttp://127.0.0.1:9/b.xml\nhttp://127.0.0.1:9/c.xml\n\
         http://127.0.0.1:9/d.xml\n",
    )
    .unwrap();
    let out = env.run(&["import", urls.to_str().unwrap()]);
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("Imported 3 feeds (1 already followed, 0 skipped)"),
        "{}",
        out.stdout
    );
    // In Latin-1, as its declaration says, with a feed that is not http.
    let opml = env.path().join("same.opml");
    let mut latin1 = br#"<?xml version="1.0" encoding="ISO-8859-1"?>
        <opml version="2.0"><body>
        <outline text="Same" xmlUrl="http://x.example/1"/>
        <outline text="Same" xmlUrl="http://x.example/2"/>
        <outline text="same" xmlUrl="http://y.example/3"/>
        <outline text="Caf"#
        .to_vec();
    latin1.extend_from_slice(b"\xe9\" xmlUrl=\"http://z.example/\"/>\n");
    latin1.extend_from_slice(br#"<outline text="Old" xmlUrl="ftp://z.example/"/></body></opml>"#);
    std::fs::write(&opml, latin1).unwrap();
    let out = env.run(&["import", opml.to_str().unwrap()]);
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("Imported 4 feeds (0 already followed, 1 skipped)"),
        "{}",
        out.stdout
    );
    assert!(out.stderr.contains("ftp://z.example/"), "{}", out.stderr);
    let mut names: Vec<String> = feed_set(&env.feeds_json())
        .into_iter()
        .map(|(name, _, _)| name)
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "127.0.0.1",
            "127.0.0.1 (2)",
            "127.0.0.1 (3)",
            "127.0.0.1 (4)",
            "Café",
            "Same",
            "Same (x.example)",
            "same (y.example)"
        ]
    );
}

/// The man page names each command as it is typed, with its own options, and says
/// what scripts rely on beside them: exit status, environment, files.
#[test]
fn the_man_page_names_commands_as_they_are_typed() {
    let env = Env::new();
    let out = run(&mut {
        let mut c = env.bare_command();
        c.arg("man");
        c
    });
    out.expect_code(0);
    assert!(
        out.stdout.starts_with(".ie") || out.stdout.contains(".TH"),
        "{}",
        out.stdout
    );
    // No page of its own for a subcommand (none is written): each as it is typed.
    assert!(!out.stdout.contains("(1)"), "{}", out.stdout);
    for typed in [
        ".SS \"ddm\\-reader fetch [OPTIONS]\"",
        ".SS \"ddm\\-reader read [OPTIONS] <ID>\"",
        ".SS \"ddm\\-reader report send [OPTIONS] [ID]\"",
        "\\fB\\-\\-unread\\fR",
        "\\fB\\-\\-keep\\-metadata\\fR",
        ".SH EXIT STATUS",
        ".SH ENVIRONMENT",
        "DDM_READER_DATA_DIR",
        ".SH FILES",
    ] {
        assert!(out.stdout.contains(typed), "{typed} in {}", out.stdout);
    }
    // The global options once, at the top, not under every command.
    assert_eq!(
        out.stdout
            .matches("\\fB\\-\\-data\\-dir\\fR \\fI<DIR>\\fR")
            .count(),
        1
    );
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

/// The bash script completes past the first word: subcommands of `feeds`, options of
/// `read` and the values of `--color`.
#[test]
fn bash_completes_subcommands_and_their_options() {
    let env = Env::new();
    let out = run(&mut {
        let mut c = env.bare_command();
        c.args(["completions", "bash"]);
        c
    });
    out.expect_code(0);
    let script = env.path().join("ddm-reader.bash");
    std::fs::write(&script, &out.stdout).unwrap();
    let complete = |words: &[&str]| -> String {
        let line = format!(
            "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _ddm__reader ddm-reader '{}' '{}'; \
             echo \"${{COMPREPLY[*]}}\"",
            script.display(),
            words.join(" "),
            words.len() - 1,
            words[words.len() - 1],
            words[words.len() - 2],
        );
        let out = std::process::Command::new("bash")
            .args(["--norc", "-c", &line])
            .output()
            .expect("bash runs");
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete(&["ddm-reader", "fe"]).trim(), "fetch feeds");
    assert_eq!(complete(&["ddm-reader", "feeds", "l"]).trim(), "list");
    assert!(complete(&["ddm-reader", "read", "1", "--co"]).contains("--color"));
    assert!(
        complete(&["ddm-reader", "read", "1", "--color", "a"]).contains("auto"),
        "{}",
        complete(&["ddm-reader", "read", "1", "--color", "a"])
    );
}

#[test]
fn an_import_file_past_the_limit_is_refused_before_reading_it_all() {
    let env = Env::new();
    env.write_config("");
    let huge = env.path().join("huge.opml");
    // Sparse: 65 MiB of zeros on disk costs nothing.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(65 << 20)
        .unwrap();
    let out = env.run(&["import", huge.to_str().unwrap()]);
    out.expect_code(2);
    assert!(out.stderr.contains("larger than 64 MiB"), "{}", out.stderr);
    assert!(env.feeds_json().iter().all(|f| f["source"] != "store"));
}

/// `feeds add URL` without `--name` names the feed after its host until its first
/// refresh, then after the feed's own title; a name given is kept; a title another feed
/// has already is numbered. A fragment is not part of a feed's address.
#[test]
fn a_feed_added_without_a_name_takes_its_title() {
    let server = TestServer::start();
    server.route("/news", Response::ok(simple_feed("Debian News", 2, "quay")));
    server.route("/more", Response::ok(simple_feed("Debian News", 2, "pier")));
    server.route("/mine", Response::ok(simple_feed("Planet", 2, "dock")));
    let env = Env::with_feeds(&[], FAST_FETCH);
    let add = env.run(&["feeds", "add", &server.url("/news")]);
    add.expect_code(0);
    assert!(add.stdout.contains("Added 127.0.0.1 "), "{}", add.stdout);
    env.run(&["feeds", "add", &format!("{}#again", server.url("/news"))])
        .expect_code(2);
    env.run(&["feeds", "add", &server.url("/more")])
        .expect_code(0);
    env.run(&["feeds", "add", &server.url("/mine"), "--name", "Mine"])
        .expect_code(0);
    // The refresh that names them reports them by their new names.
    let fetched = env.run(&["fetch", "--json"]);
    fetched.expect_code(0);
    let mut reported: Vec<String> = fetch_feeds(&fetched)
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_owned())
        .collect();
    reported.sort();
    assert_eq!(reported, ["Debian News", "Debian News (2)", "Mine"]);
    let mut names: Vec<String> = env
        .feeds_json()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["Debian News", "Debian News (2)", "Mine"]);
    // The title's name is the feed's own from then on: `--feed` finds it.
    let listed = env.list_json(&["--feed", "Debian News"]);
    assert_eq!(listed.len(), 2, "{listed:#?}");
    // A later change of the feed's title leaves the name alone.
    server.route("/news", Response::ok(simple_feed("Renamed", 3, "quay")));
    env.run(&["fetch"]).expect_code(0);
    assert!(
        env.feeds_json().iter().any(|f| f["name"] == "Debian News"),
        "{:#?}",
        env.feeds_json()
    );
}

/// An OPML outline without a title is named after its feed's title once fetched; a
/// titled one keeps its title. `-` reads the list from stdin and writes it to stdout.
#[test]
fn import_and_export_take_dash_for_the_standard_streams() {
    let server = TestServer::start();
    server.route("/a", Response::ok(simple_feed("Feed A", 1, "quay")));
    server.route("/b", Response::ok(simple_feed("Feed B", 1, "pier")));
    let env = Env::with_feeds(&[], FAST_FETCH);
    let opml = format!(
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>\
         <outline type=\"rss\" xmlUrl=\"{}\"/>\
         <outline type=\"rss\" text=\"Bee\" xmlUrl=\"{}\"/></body></opml>",
        server.url("/a"),
        server.url("/b")
    );
    let mut cmd = env.command(&["import", "-"]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), opml.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Imported 2 feeds"),
        "{out:?}"
    );
    env.run(&["fetch"]).expect_code(0);
    let exported = env.run(&["export", "-"]);
    exported.expect_code(0);
    assert!(
        exported.stdout.contains("text=\"Feed A\"") && exported.stdout.contains("text=\"Bee\""),
        "{}",
        exported.stdout
    );
    assert!(!env.path().join("-").exists());
    // A directory is a mistake in the command line: exit 2, nothing written.
    let out = env.run(&["export", env.path().to_str().unwrap()]);
    out.expect_code(2);
    assert!(out.stderr.contains("is a directory"), "{}", out.stderr);
}
