//! No terminal control sequence from the network comes out of any CLI command or is stored:
//! hostile RSS and Atom feeds carry CSI, OSC, OSC 52, C1 CSI, BEL, DEL and bidi controls in
//! every field, raw and as character references.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cli::{Env, FAST_FETCH, Output};
use common::server::{Response, TestServer};
use ddm_reader::store::{ArticleId, Store};
use rusqlite::types::Value as Sql;
use serde_json::Value;

/// Every hostile sequence, raw.
const RAW: &str = "\u{1b}[2J\u{1b}]0;title\u{7}\u{1b}]52;c;SGVsbG8=\u{7}\u{9b}31m\u{7}\u{7f}\
    \u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}";
/// The same as XML character references.
const REFS: &str = "&#27;[2J&#x1b;]0;title&#7;&#x1B;]52;c;SGVsbG8=&#x07;&#155;31m&#x9b;&#127;\
    &#8234;&#8235;&#8236;&#8237;&#8238;&#x2066;&#x2067;&#x2068;&#x2069;";
/// The same as references inside escaped HTML (`&amp;#27;` is `&#27;` to the HTML step).
const HTML_REFS: &str = "&amp;#27;[2J&amp;#x1b;]0;t&amp;#7;&amp;#155;1m&amp;#8238;&amp;#x2067;";

/// A character that must never reach a terminal or the store.
fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn rss_feed(base: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>\
<title>Evil{RAW}Channel{REFS}</title><link>{base}/{RAW}</link><description>d{RAW}</description>\
<item><title>Alpha{RAW}Title{REFS}End</title><link>{base}/alpha{RAW}x</link>\
<guid isPermaLink=\"false\">alpha-{RAW}</guid><dc:creator>Mallory{RAW}Author{REFS}</dc:creator>\
<category>Cat{RAW}One</category><category><![CDATA[Cat{RAW}Two]]></category><category>Cat{REFS}Three</category>\
<pubDate>Mon, 03 Mar 2025 10:00:00 +0000</pubDate>\
<media:content url=\"{base}/img{RAW}.jpg\" medium=\"image\"/>\
<description><![CDATA[<p>Summary{RAW}</p>]]></description>\
<content:encoded><![CDATA[<h2>Head{RAW}ing</h2><p>Body{RAW}text &#27;[2J &#155;31m &#x1b;]52;c;SGVsbG8=&#7; \
&#8238;rev&#x2069; wordy</p><p><img src=\"{base}/pic{RAW}.png\" alt=\"Alt{RAW}text&#27;]0;x&#7;\"> \
<a href=\"{base}/l{RAW}ink\">link{RAW}text</a> <a href=\"javascript:alert(1)\">js</a></p>\
<pre>code{RAW}</pre><blockquote>quote{RAW}</blockquote><ul><li>li{RAW}</li></ul>]]></content:encoded></item>\
<item><title>Beta plain</title><link>{base}/beta</link><guid>beta</guid>\
<pubDate>Sun, 02 Mar 2025 10:00:00 +0000</pubDate>\
<description>&lt;p&gt;Escaped{REFS}body {HTML_REFS} wordy&lt;/p&gt;</description></item>\
</channel></rss>\n"
    )
}

fn atom_feed(base: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\
<title type=\"html\">Atom{RAW}Feed</title><id>urn:evil</id><updated>2025-03-01T00:00:00Z</updated>\
<link href=\"{base}/{RAW}site\"/>\
<entry><title type=\"html\">Gamma&lt;b&gt;{RAW}&lt;/b&gt;Atom{REFS}</title><id>urn:gamma{RAW}</id>\
<updated>2025-03-01T10:00:00Z</updated><link rel=\"alternate\" href=\"{base}/gamma{RAW}\"/>\
<author><name>Eve{RAW}{REFS}</name><email>eve{RAW}@example.org</email></author>\
<category term=\"term{RAW}\" label=\"Label{REFS}\"/>\
<summary type=\"text\">Sum{RAW}mary</summary>\
<content type=\"html\">&lt;p&gt;Atom{RAW}body {HTML_REFS} wordy &lt;img src=\"{base}/a{RAW}.png\" alt=\"A{RAW}lt\"&gt;&lt;/p&gt;</content>\
</entry>\
<entry><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Delta{RAW}<b>X</b></div></title>\
<id>urn:delta</id><updated>2025-03-01T09:00:00Z</updated>\
<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Delta{RAW}body wordy</p></div></content></entry>\
</feed>\n"
    )
}

/// Panics if `bytes` (one command's stdout or stderr) holds a forbidden character. With
/// `allow_sgr`, well-formed SGR sequences (`ESC [ digits/semicolons m`) are allowed.
fn assert_clean(what: &str, bytes: &[u8], allow_sgr: bool) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\u{1b}' && allow_sgr {
            let rest = &text[at + 1..];
            let params = rest
                .strip_prefix('[')
                .map(|r| r.find(|c: char| !c.is_ascii_digit() && c != ';'));
            if let Some(Some(end)) = params
                && rest[1 + end..].starts_with('m')
            {
                for _ in 0..end + 2 {
                    chars.next();
                }
                continue;
            }
        }
        assert!(
            !forbidden(c),
            "{what}: U+{:04X} at byte {at} in:\n{text:?}",
            c as u32
        );
    }
}

fn assert_json_clean(what: &str, v: &Value) {
    match v {
        Value::String(s) => {
            assert!(!s.chars().any(forbidden), "{what}: JSON string {s:?}");
        }
        Value::Array(a) => a.iter().for_each(|x| assert_json_clean(what, x)),
        Value::Object(o) => {
            for (k, x) in o {
                assert!(!k.chars().any(forbidden), "{what}: JSON key {k:?}");
                assert_json_clean(what, x);
            }
        }
        _ => {}
    }
}

fn checked(env: &Env, args: &[&str], allow_sgr: bool) -> Output {
    let out = env.run(args);
    let what = args.join(" ");
    assert!(
        out.code == 0 || out.code == 1,
        "{what}: exit {}: {}",
        out.code,
        out.stderr
    );
    assert_clean(&format!("{what} (stdout)"), &out.stdout_bytes, allow_sgr);
    assert_clean(&format!("{what} (stderr)"), &out.stderr_bytes, false);
    if args.contains(&"--json") {
        assert_json_clean(&what, &out.json());
    }
    out
}

#[test]
fn no_control_sequence_from_a_feed_comes_out_or_is_stored() {
    let server = TestServer::start();
    let base = server.url("");
    let base = base.trim_end_matches('/');
    server.route(
        "/rss",
        Response::ok(rss_feed(base)).content_type("application/rss+xml"),
    );
    server.route(
        "/atom",
        Response::ok(atom_feed(base)).content_type("application/atom+xml"),
    );
    let feeds = [
        ("Evil RSS", server.url("/rss")),
        ("Evil Atom", server.url("/atom")),
    ];
    let feeds: Vec<(&str, &str)> = feeds.iter().map(|(n, u)| (*n, u.as_str())).collect();
    let env = Env::with_feeds(&feeds, FAST_FETCH);

    let fetch = checked(&env, &["fetch", "--json"], false);
    let reports = fetch.json();
    let reports = reports["feeds"].as_array().unwrap();
    assert_eq!(reports[0]["status"], "ok", "{:#}", reports[0]);
    assert_eq!(reports[0]["new"], 2);
    assert_eq!(reports[1]["status"], "ok", "{:#}", reports[1]);
    assert_eq!(reports[1]["new"], 2);
    checked(&env, &["fetch"], false);

    // The hostile articles are there (so the checks below are not vacuous), cleaned.
    let list = checked(&env, &["list", "--json"], false).json();
    let list = list.as_array().unwrap().clone();
    assert_eq!(list.len(), 4, "{list:#?}");
    let titles: Vec<&str> = list.iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("Alpha") && t.contains("Title") && t.ends_with("End")),
        "{titles:?}"
    );
    assert!(titles.iter().any(|t| t.starts_with("Gamma")), "{titles:?}");
    assert!(
        list.iter().any(|a| a["author"]
            .as_str()
            .is_some_and(|s| s.starts_with("Mallory"))),
        "{list:#?}"
    );
    checked(&env, &["list"], false);
    for q in ["wordy", "Alpha", "Gamma"] {
        checked(&env, &["search", q], false);
        let hits = checked(&env, &["search", q, "--json"], false).json();
        assert!(
            !hits.as_array().unwrap().is_empty(),
            "search {q} finds the hostile articles"
        );
    }
    for a in &list {
        let id = a["id"].to_string();
        checked(&env, &["read", &id, "--color", "never"], false);
        let colored = checked(&env, &["read", &id, "--color", "always"], true);
        assert!(
            colored.stdout.contains("\u{1b}["),
            "--color always styles the text"
        );
        let json = checked(&env, &["read", &id, "--json"], false).json();
        assert!(
            json["text"].as_str().unwrap().contains("wordy")
                || a["title"] == "Beta plain"
                || a["title"].as_str().unwrap().starts_with("Delta")
        );
    }
    checked(&env, &["feeds", "list"], false);
    checked(&env, &["feeds", "list", "--json"], false);
    checked(&env, &["--offline"], false);
    assert_store_clean(&env);
    let store = Store::open(&env.cache()).unwrap();
    for a in &list {
        let article = store
            .article(ArticleId(a["id"].as_i64().unwrap()))
            .unwrap()
            .unwrap();
        let doc = serde_json::to_value(&article.document).unwrap();
        assert_json_clean("stored document", &doc);
        for s in article.categories.iter().chain(&article.image_url) {
            assert!(!s.chars().any(forbidden), "{s:?}");
        }
        let plain = article.document.plain_text();
        assert!(!plain.chars().any(forbidden), "{plain:?}");
    }
}

#[test]
fn an_error_message_quoting_hostile_text_is_cleaned() {
    let server = TestServer::start();
    // The parser's message quotes the broken end tag, control characters and all.
    let broken =
        format!("<rss version=\"2.0\"><channel><title>b</title><item><title>x</title{RAW}></item>");
    server.route(
        "/broken",
        Response::ok(broken).content_type("application/rss+xml"),
    );
    let env = Env::with_feeds(&[("Broken", &server.url("/broken"))], FAST_FETCH);
    let out = checked(&env, &["fetch", "--json"], false);
    let report = &out.json()["feeds"][0];
    assert_eq!(report["status"], "error", "{report:#}");
    assert!(
        report["error"].as_str().unwrap().contains("malformed"),
        "{report:#}"
    );
    checked(&env, &["fetch"], false);
    checked(&env, &["feeds", "list"], false);
    let feeds = checked(&env, &["feeds", "list", "--json"], false).json();
    assert!(
        feeds[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("malformed"),
        "{feeds:#}"
    );
    checked(&env, &["--offline"], false);
    assert_store_clean(&env);
}

/// Every TEXT value of every table of the cache (bodies are deflated JSON, checked decoded
/// by the caller; FTS shadow tables hold binary index pages).
fn assert_store_clean(env: &Env) {
    let conn = rusqlite::Connection::open_with_flags(
        env.cache(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.iter().any(|t| t == "articles") && tables.iter().any(|t| t == "bodies"));
    let mut texts = 0;
    for table in &tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                // Blobs: see above. Numbers and NULLs cannot carry characters.
                if let Sql::Text(s) = row.get::<_, Sql>(i).unwrap() {
                    texts += 1;
                    assert!(!s.chars().any(forbidden), "table {table} column {i}: {s:?}");
                }
            }
        }
    }
    assert!(texts > 5, "the scan saw {texts} text values");
}
