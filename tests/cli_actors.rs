//! The actors contract (DESIGN.md): `read --json` actors with char offsets and quotes,
//! `actors ID`, `actors --top N`, `list --actor NAME`, and the user's actors file.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation,
    clippy::format_collect
)]

mod common;

use common::cli::{Env, FAST_FETCH, Item, config_toml, keys, rss};
use common::server::{Response, TestServer};
use serde_json::Value;

fn seed_item(hours_ago: i64) -> Item {
    let raw = include_str!("actors_eval/seed.txt");
    let mut lines = raw.lines().skip(1);
    let title = lines.next().unwrap().to_string();
    let body: String = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{l}</p>"))
        .collect();
    Item {
        guid: "seed".into(),
        title,
        body,
        date: (chrono::Utc::now() - chrono::Duration::hours(hours_ago)).to_rfc2822(),
    }
}

fn other_item() -> Item {
    Item {
        guid: "other".into(),
        title: "Putin meets Erdogan".into(),
        body: "<p>Vladimir Putin met Recep Tayyip Erdogan in Ankara on Monday. \
               “We spoke about grain and gas for an hour,” Putin said.</p>"
            .into(),
        date: (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc2822(),
    }
}

fn fetched() -> (TestServer, Env) {
    let server = TestServer::start();
    server.route(
        "/news",
        Response::ok(rss("News", &[seed_item(2), other_item()])),
    );
    let env = Env::new();
    env.write_config(&config_toml(&[("News", &server.url("/news"))], FAST_FETCH));
    env.run(&["fetch"]).expect_code(0);
    (server, env)
}

fn id_of(env: &Env, title_part: &str) -> String {
    env.list_json(&[])
        .iter()
        .find(|a| a["title"].as_str().unwrap().contains(title_part))
        .unwrap()["id"]
        .to_string()
}

fn named<'a>(actors: &'a Value, name: &str) -> &'a Value {
    actors
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {actors:#}"))
}

#[test]
fn read_json_gives_actors_with_char_offsets_and_quotes() {
    let (_server, env) = fetched();
    let id = id_of(&env, "Zelensky sends team");
    let a = env.run(&["read", &id, "--json"]).json();
    let text: Vec<char> = a["text"].as_str().unwrap().chars().collect();
    let zelenskyy = named(&a["actors"], "Volodymyr Zelenskyy");
    assert_eq!(zelenskyy["kind"], "person");
    let mentions = zelenskyy["mentions"].as_array().unwrap();
    assert!(mentions.len() >= 10, "{mentions:#?}");
    let forms: Vec<&str> = mentions
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(forms.contains(&"Zelenskyy") && forms.contains(&"Volodymyr Zelenskyy"));
    for actor in a["actors"].as_array().unwrap() {
        assert_eq!(keys(actor), ["kind", "mentions", "name"]);
        for m in actor["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text[s..e].iter().collect();
            assert_eq!(slice, m["text"].as_str().unwrap());
        }
    }
    // Russia’s is Russia; Medinsky after Vladimir Medinsky is the same man.
    assert!(
        named(&a["actors"], "Russia")["mentions"]
            .as_array()
            .unwrap()
            .len()
            >= 5
    );
    let medinsky = named(&a["actors"], "Vladimir Medinsky")["mentions"]
        .as_array()
        .unwrap();
    assert!(medinsky.iter().any(|m| m["text"] == "Medinsky"));
    let quotes = a["quotes"].as_array().unwrap();
    let trump = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("Nothing’s going to happen")
        })
        .unwrap();
    assert_eq!(trump["speaker"], "Donald Trump");
    assert_eq!(keys(trump), ["end", "speaker", "start", "text"]);
    let (s, e) = (
        trump["start"].as_u64().unwrap() as usize,
        trump["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[s..e].iter().collect::<String>(),
        trump["text"].as_str().unwrap()
    );
    assert!(quotes.iter().any(|q| q["speaker"] == "Marco Rubio"));
}

#[test]
fn actors_id_top_and_list_by_actor() {
    let (_server, env) = fetched();
    let id = id_of(&env, "Zelensky sends team");
    let out = env.run(&["actors", &id, "--json"]).json();
    assert_eq!(out["id"].to_string(), id);
    let actors = &out["actors"];
    for a in actors.as_array().unwrap() {
        assert_eq!(
            keys(a),
            ["description", "discovered", "kind", "mentions", "name"]
        );
    }
    let first = &actors[0];
    assert!(
        first["name"].as_str().unwrap().contains("Zelenskyy"),
        "{first}"
    );
    assert_eq!(named(actors, "Kremlin")["kind"], "org");
    let palace = named(actors, "Dolmabahçe Palace");
    assert_eq!(
        (palace["kind"].as_str(), palace["discovered"].as_bool()),
        (Some("place"), Some(true))
    );
    assert!(palace["description"].is_null(), "none known: {palace}");
    assert_eq!(
        named(actors, "Vladimir Putin")["description"],
        "President of Russia"
    );
    assert!(
        !actors
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["name"] == "Air Force One" || a["name"] == "Ukrainian")
    );

    let top = env.run(&["actors", "--top", "3", "--json"]).json();
    let putin = named(&top, "Vladimir Putin");
    assert_eq!(keys(putin), ["articles", "kind", "mentions", "name"]);
    assert_eq!(putin["articles"], 2);
    assert_eq!(top.as_array().unwrap().len(), 3);

    for name in ["Vladimir Putin", "putin", "PUTIN"] {
        let list = env.list_json(&["--actor", name]);
        assert_eq!(list.len(), 2, "{name}");
    }
    assert_eq!(env.list_json(&["--actor", "Medinsky"]).len(), 1);
    let unknown = env.run(&["list", "--actor", "Nobody Atall"]);
    unknown.expect_code(2);
    assert!(
        unknown.stderr.contains("Nobody Atall"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn the_users_actors_file_adds_actors_and_a_bad_one_is_a_config_error() {
    let (_server, env) = fetched();
    let id = id_of(&env, "Zelensky sends team");
    // Beside the config file, when `[actors] file` is not set.
    let file = env.path().join("actors.toml");
    std::fs::write(
        &file,
        "[[actor]]\nname = \"Boris Bondarev\"\nkind = \"person\"\ndescription = \"Former Russian diplomat\"\naliases = [\"Bondarev\"]\n",
    )
    .unwrap();
    let out = env.run(&["actors", &id, "--json"]).json();
    let b = named(&out["actors"], "Boris Bondarev");
    assert_eq!(b["discovered"], false);
    assert_eq!(b["description"], "Former Russian diplomat");
    std::fs::write(&file, "[[actor]]\nname = \"X\"\nkind = \"thing\"\n").unwrap();
    let bad = env.run(&["actors", &id]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("actors.toml"), "{}", bad.stderr);
}
