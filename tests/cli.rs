//! The command-line contract scripts rely on (DESIGN.md): JSON fields, ordering, filters,
//! exit codes, config errors, global flags and variables (feed management: `cli_feeds.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cli::{Env, FAST_FETCH, Item, config_toml, keys, rss, run};
use common::server::{Response, TestServer};
use ddm_reader::store::{ArticleId, Store};
use serde_json::Value;

const SUMMARY_KEYS: [&str; 9] = [
    "author",
    "feed",
    "id",
    "published",
    "read",
    "section",
    "starred",
    "title",
    "url",
];

/// Two feeds on a local server, fetched: "World" (section News, 4 stories mentioning
/// "lighthouse", one of them also "zanzibar") and "Sport" (3 stories mentioning "stadium").
fn fetched() -> (TestServer, Env) {
    let server = TestServer::start();
    let mut world: Vec<Item> = (1..=4)
        .map(|n| Item::numbered(n * 2, "lighthouse"))
        .collect();
    "<p>A ferry to <b>Zanzibar</b> was late.</p>".clone_into(&mut world[1].body);
    let sport: Vec<Item> = (1..=3)
        .map(|n| Item {
            guid: format!("sport-{n}"),
            ..Item::numbered(n * 2 + 1, "stadium")
        })
        .collect();
    server.route("/world", Response::ok(rss("World", &world)));
    server.route("/sport", Response::ok(rss("Sport", &sport)));
    let env = Env::new();
    let mut cfg = config_toml(&[("World", &server.url("/world"))], "");
    cfg = cfg.replace("url = ", "section = \"News\"\nurl = ");
    cfg.push_str(&config_toml(
        &[("Sport", &server.url("/sport"))],
        FAST_FETCH,
    ));
    env.write_config(&cfg);
    env.run(&["fetch"]).expect_code(0);
    (server, env)
}

fn ids(list: &[Value]) -> Vec<i64> {
    list.iter().map(|a| a["id"].as_i64().unwrap()).collect()
}

fn assert_newest_first(list: &[Value]) {
    let dates: Vec<&str> = list
        .iter()
        .map(|a| a["published"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
}

#[test]
fn list_json_has_exactly_the_contract_fields_newest_first() {
    let (_server, env) = fetched();
    let list = env.list_json(&[]);
    assert_eq!(list.len(), 7);
    for a in &list {
        assert_eq!(keys(a), SUMMARY_KEYS, "{a:#}");
        assert_eq!(a["read"], false);
        assert_eq!(a["starred"], false);
    }
    assert_newest_first(&list);
    assert_eq!(list[0]["title"], "Story number 8");
    assert_eq!(list[0]["feed"], "World");
    assert_eq!(list[0]["section"], "News");
    assert_eq!(list[1]["feed"], "Sport");
    // Plain `list`: one line per article, with its id and title, nothing else.
    let plain = env.run(&["list"]);
    plain.expect_code(0);
    let lines: Vec<&str> = plain.stdout.lines().collect();
    assert_eq!(lines.len(), 7, "{}", plain.stdout);
    for (line, a) in lines.iter().zip(&list) {
        assert!(
            line.trim_start().starts_with(&a["id"].to_string()),
            "{line}"
        );
        assert!(line.contains(a["title"].as_str().unwrap()), "{line}");
    }
}

#[test]
fn list_filters() {
    let (_server, env) = fetched();
    let all = env.list_json(&[]);
    assert_eq!(ids(&env.list_json(&["--limit", "3"])), ids(&all)[..3]);
    let sport = env.list_json(&["--feed", "Sport"]);
    assert_eq!(sport.len(), 3);
    assert!(sport.iter().all(|a| a["feed"] == "Sport"));
    // By name, case-insensitive; an unknown feed is a usage error.
    assert_eq!(env.list_json(&["--feed", "sport"]).len(), 3);
    let bad = env.run(&["list", "--feed", "Sprot"]);
    bad.expect_code(2);
    assert!(
        bad.stderr.contains("Sprot") && bad.stderr.contains("Sport"),
        "{}",
        bad.stderr
    );

    // `read` marks read; --unread leaves it out.
    let first = all[0]["id"].as_i64().unwrap();
    env.run(&["read", &first.to_string()]).expect_code(0);
    let unread = env.list_json(&["--unread"]);
    assert_eq!(unread.len(), 6);
    assert!(!ids(&unread).contains(&first));

    // No star command yet: star through the library.
    let starred_id = all[3]["id"].as_i64().unwrap();
    assert!(
        Store::open(&env.cache())
            .unwrap()
            .set_starred(ArticleId(starred_id), true)
            .unwrap()
    );
    let starred = env.list_json(&["--starred"]);
    assert_eq!(ids(&starred), vec![starred_id]);
    assert_eq!(starred[0]["starred"], true);
    assert_eq!(
        env.list_json(&["--starred", "--feed", "Sport", "--limit", "5"])
            .len(),
        usize::from(all[3]["feed"] == "Sport")
    );
}

#[test]
fn search_finds_a_word_from_a_body() {
    let (_server, env) = fetched();
    let out = env.run(&["search", "zanzibar", "--json"]);
    out.expect_code(0);
    let hits = out.json();
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert_eq!(keys(&hits[0]), SUMMARY_KEYS);
    assert_eq!(hits[0]["title"], "Story number 4");
    let many = env.run(&["search", "lighthouse", "--json"]).json();
    let many = many.as_array().unwrap();
    assert_eq!(many.len(), 3);
    assert_newest_first(many);
    assert_eq!(
        env.run(&["search", "lighthouse", "--limit", "2", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let plain = env.run(&["search", "stadium"]);
    plain.expect_code(0);
    assert_eq!(plain.stdout.lines().count(), 3, "{}", plain.stdout);
    assert_eq!(
        env.run(&["search", "nowhere-to-be-found", "--json"]).json(),
        serde_json::json!([])
    );
}

#[test]
fn read_json_has_the_contract_fields() {
    let (_server, env) = fetched();
    let list = env.list_json(&["--feed", "World"]);
    let id = list
        .iter()
        .find(|a| a["title"] == "Story number 4")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let out = env.run(&["read", &id.to_string(), "--json"]);
    out.expect_code(0);
    let a = out.json();
    assert_eq!(
        keys(&a),
        [
            "actors",
            "author",
            "categories",
            "feed",
            "id",
            "links",
            "published",
            "quotes",
            "text",
            "title",
            "url"
        ]
    );
    assert_eq!(a["id"], id);
    assert_eq!(a["feed"], "World");
    assert_eq!(a["title"], "Story number 4");
    assert!(
        a["text"]
            .as_str()
            .unwrap()
            .contains("A ferry to Zanzibar was late."),
        "{a:#}"
    );
    assert!(a["categories"].is_array() && a["links"].is_array() && a["actors"].is_array());
    let plain = env.run(&["read", &id.to_string(), "--color", "never"]);
    plain.expect_code(0);
    assert!(
        plain.stdout.starts_with("Story number 4\n"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("Zanzibar"));
}

#[test]
fn read_wraps_a_long_title_and_byline_like_the_text() {
    let server = TestServer::start();
    let title = "Governor signs the bill ".repeat(12);
    let item = Item {
        title: title.trim().to_owned(),
        body: "<p>Short body.</p>".to_owned(),
        ..Item::numbered(1, "x")
    };
    server.route(
        "/long",
        Response::ok(rss("A feed with a very long name indeed", &[item])),
    );
    let env = Env::with_feeds(&[("Long", &server.url("/long"))], FAST_FETCH);
    env.run(&["fetch"]).expect_code(0);
    let id = env.list_json(&[])[0]["id"].to_string();
    let out = env.run(&["read", &id, "--color", "never"]);
    out.expect_code(0);
    for line in out.stdout.lines().filter(|l| !l.starts_with("http")) {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    let words: Vec<&str> = out.stdout.split_whitespace().collect();
    assert_eq!(
        words[..4 * 12].join(" "),
        title.trim(),
        "the whole title, in order"
    );
}

#[test]
fn a_misspelt_log_level_in_the_environment_is_said() {
    let (_server, env) = fetched();
    let out = run(env.command(&["list"]).env("DDM_READER_LOG", "inof"));
    out.expect_code(0);
    assert!(
        out.stderr.contains("DDM_READER_LOG") && out.stderr.contains("did you mean `info`"),
        "{}",
        out.stderr
    );
    let fine = run(env
        .command(&["list"])
        .env("DDM_READER_LOG", "info,ddm_reader=debug"));
    assert!(fine.stderr.is_empty(), "{}", fine.stderr);
}

#[test]
fn read_an_unknown_id_is_a_usage_error() {
    let (_server, env) = fetched();
    let out = env.run(&["read", "999999"]);
    out.expect_code(2);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("999999"), "{}", out.stderr);
}

#[test]
fn bad_configs_are_rejected_with_file_line_and_key() {
    let env = Env::new();
    let path = env.config.display().to_string();
    env.write_config("[fetch]\nconcurency = 4\n");
    let out = env.run(&["list"]);
    out.expect_code(2);
    assert!(out.stderr.contains(&format!("{path}:2:")), "{}", out.stderr);
    assert!(
        out.stderr.contains("concurency") && out.stderr.contains("did you mean `concurrency`"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());

    env.write_config("[[feeds]]\nname = \"x\"\nurl = \"http://127.0.0.1:9/\n");
    let out = env.run(&["list"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains(&format!("{path}:3:")),
        "syntax error: {}",
        out.stderr
    );

    env.write_config("[fetch]\nconcurrency = 4\ntimeout_secs = \"thirty\"\n");
    let out = env.run(&["list"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains(&format!("{path}:3:")) && out.stderr.contains("timeout_secs"),
        "{}",
        out.stderr
    );

    // A control character in a feed's name would reach the terminal through `fetch`
    // and `feeds list`.
    env.write_config("[[feeds]]\nurl = \"http://127.0.0.1:9/\"\nname = \"a\\u001b[31mb\\rc\"\n");
    let out = env.run(&["list"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains(&format!("{path}:3:"))
            && out.stderr.contains("feeds.name")
            && out.stderr.contains("control character"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);

    // An explicit --config that does not exist is an error too, not the built-in feed.
    let missing = env.path().join("nope.toml");
    let out = run(env
        .bare_command()
        .arg("--config")
        .arg(&missing)
        .arg("--data-dir")
        .arg(&env.data)
        .arg("list"));
    out.expect_code(2);
    assert!(out.stderr.contains("nope.toml"), "{}", out.stderr);
}

#[test]
fn global_flags_anywhere_and_environment_variables() {
    let (_server, env) = fetched();
    let want = env.list_json(&[]);
    let after = run(&mut {
        let mut c = env.bare_command();
        c.args(["list", "--json", "--config"])
            .arg(&env.config)
            .arg("--data-dir")
            .arg(&env.data);
        c
    });
    after.expect_code(0);
    assert_eq!(after.json().as_array().unwrap(), &want);
    let by_env = run(&mut {
        let mut c = env.bare_command();
        c.args(["list", "--json"])
            .env("DDM_READER_CONFIG", &env.config)
            .env("DDM_READER_DATA_DIR", &env.data);
        c
    });
    by_env.expect_code(0);
    assert_eq!(by_env.json().as_array().unwrap(), &want);
    let mixed = run(&mut {
        let mut c = env.bare_command();
        c.arg("--data-dir")
            .arg(&env.data)
            .args(["list", "--json"])
            .env("DDM_READER_CONFIG", &env.config);
        c
    });
    mixed.expect_code(0);
    assert_eq!(mixed.json().as_array().unwrap(), &want);
    // Set to the empty string, the variables count as unset: the XDG locations.
    let xdg_data = env.path().join("home/.local/share/ddm-reader");
    std::fs::create_dir_all(env.path().join("home/.config/ddm-reader")).unwrap();
    std::fs::copy(
        &env.config,
        env.path().join("home/.config/ddm-reader/config.toml"),
    )
    .unwrap();
    let empty = run(&mut {
        let mut c = env.bare_command();
        c.args(["--offline", "feeds", "list", "--json"])
            .env("DDM_READER_CONFIG", "")
            .env("DDM_READER_DATA_DIR", "");
        c
    });
    empty.expect_code(0);
    assert_eq!(
        empty.json().as_array().unwrap().len(),
        2,
        "the config's two feeds"
    );
    assert!(
        xdg_data.join("cache.sqlite").exists(),
        "the cache in XDG_DATA_HOME"
    );
}

#[test]
fn fetch_stdout_is_only_results() {
    let (_server, env) = fetched();
    let out = env.run(&["fetch"]);
    out.expect_code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one line per feed: {}", out.stdout);
    assert!(lines.iter().any(|l| l.contains("World")) && lines.iter().any(|l| l.contains("Sport")));
    let json = env.run(&["fetch", "--json"]);
    json.expect_code(0);
    let doc = json.json();
    assert_eq!(keys(&doc), ["feeds"]);
    for f in doc["feeds"].as_array().unwrap() {
        assert_eq!(
            keys(f),
            [
                "error",
                "http_status",
                "name",
                "new",
                "status",
                "updated",
                "url"
            ]
        );
    }
}

/// A damaged cache file stops every command with what to do about it, and is left as
/// it is (its stars are in it).
#[test]
fn a_damaged_cache_says_how_to_go_on_and_is_left_alone() {
    let env = Env::new();
    env.write_config("");
    std::fs::create_dir_all(&env.data).unwrap();
    let junk = "not a database ".repeat(5000);
    std::fs::write(env.cache(), &junk).unwrap();
    let out = env.run(&["list"]);
    out.expect_code(1);
    assert!(
        out.stderr.contains("the cache file is damaged: move")
            && out.stderr.contains("outbox.sqlite"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read_to_string(env.cache()).unwrap(), junk);
}

/// A story dated years ahead is listed as of when it was first stored, not pinned above
/// every other story until its date comes; its own date is still what `published` says.
#[test]
fn a_story_dated_in_the_future_is_not_pinned_to_the_top() {
    let server = TestServer::start();
    let mut items: Vec<Item> = (1..=3).map(|n| Item::numbered(n, "quay")).collect();
    // Two dated ahead, as a feed whose clock runs fast: the later one listed first.
    for (n, title, date) in [
        (8, "From the future", "01 Jan 2099 00:00:00 +0000"),
        (9, "Further in the future", "01 Jan 2099 01:00:00 +0000"),
    ] {
        let mut ahead = Item::numbered(n, "quay");
        ahead.title = title.into();
        ahead.date = date.into();
        items.push(ahead);
    }
    server.route("/f", Response::ok(rss("F", &items)));
    let env = Env::with_feeds(&[("F", &server.url("/f"))], FAST_FETCH);
    env.run(&["fetch"]).expect_code(0);
    // A story published now comes in after it: it is the newest, and listed first.
    let mut fresh = Item::numbered(10, "quay");
    fresh.title = "Just published".into();
    fresh.date = chrono::Utc::now().to_rfc2822();
    items.push(fresh);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    server.route("/f", Response::ok(rss("F", &items)));
    env.run(&["fetch"]).expect_code(0);
    let list = env.list_json(&[]);
    let titles: Vec<&str> = list.iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles[..3],
        ["Just published", "Further in the future", "From the future"],
        "{titles:?}"
    );
    assert_eq!(list[2]["published"], "2099-01-01T00:00:00Z");
}

/// What a script or a user gets for small slips: `fetch` with no feed says so on stderr
/// (exit 0: nothing failed), `actors --top 0` is a usage error, and an error line
/// quoting what was typed carries no control character to the terminal.
#[test]
fn small_slips_get_a_clear_word() {
    let env = Env::with_feeds(&[], FAST_FETCH);
    let out = env.run(&["fetch"]);
    out.expect_code(0);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains("no feeds to fetch"), "{}", out.stderr);
    env.run(&["actors", "--top", "0"]).expect_code(2);
    // The reader's own error lines, and the command-line parser's, which quote a bad
    // value as it was typed.
    let typed: [&[&str]; 2] = [
        &["list", "--feed", "\u{1b}]0;pwned\u{7}x\u{9b}2J"],
        &["share", "1", "--to", "pwned\rOK \u{202e}\u{9b}2J"],
    ];
    for args in typed {
        let out = env.run(args);
        out.expect_code(2);
        assert!(out.stderr.contains("pwned"), "{}", out.stderr);
        assert!(
            !out.stderr
                .chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "{:?}",
            out.stderr
        );
    }
}
