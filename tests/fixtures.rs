//! Every file in `tests/fixtures/feeds/` (a copy of the shared real-world corpus, with its
//! SOURCES.md and LICENSES.md) yields its articles (count and first title in
//! feed order, as a careful human reads the file) or fails with a clear error; plus the
//! quirks those files carry (encodings, gzip, xml:base, entities, HTML in titles), checked
//! through the library and end to end through a local server.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::cli::{Env, FAST_FETCH, fetch_feeds};
use common::server::TestServer;
use ddm_reader::feed::{ParsedFeed, process};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/feeds");
const MAX: u64 = 16 << 20;

/// What a file should give.
enum Expect {
    /// This many articles; the first one in feed order has this title.
    Articles(usize, &'static str),
    /// An error whose message contains every one of these words.
    Error(&'static [&'static str]),
}
use Expect::{Articles, Error};

/// The expected result for every fixture, checked by reading each file.
#[rustfmt::skip]
const TABLE: &[(&str, Expect)] = &[
    ("atom-blank-line-before-xml-decl-markup-in-text-content.xml", Articles(1, "0042: consulting lessons, there are no strings on me, buttondown, focus goof, jsfuck, 1ml")),
    ("atom-content-xml-base-relative-img.xml", Articles(1, "my cool entry title")),
    ("atom-google-alerts-escaped-html-titles.xml", Articles(20, "Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...")),
    ("atom-intertwingly-xhtml-inline-svg.xml", Articles(20, "Inhibiting Suspend")),
    ("atom-nws-cap-spaces-around-equals.xml", Articles(1, "Winter Weather Advisory issued November 07 at 4:09AM EST until November 08 at 12:00PM EST by NWS")),
    ("atom-typepad-feedburner-xhtml-content.xml", Articles(10, "Stock Watch: April's Finest")),
    // Named "atom" upstream, but an RSS 2.0 feed with a10: Atom elements, after a BOM.
    ("atom-utf8-bom.xml", Articles(5, "Title 5")),
    ("blogger-atom-feedburner.xml", Articles(25, "AdWords and DFP Java client library will soon require Java 7+")),
    ("blogger-rss2-2006-single-line-single-quoted.xml", Articles(8, "Teh Saxxi")),
    ("empty-zero-byte.xml", Error(&["empty"])),
    ("ghost-4-rss2-cdata-everywhere.xml", Articles(1, "Send emails without publishing")),
    ("gzip-compressed-windows-1251-rss2.xml.gz", Articles(10, "В Бузулуке главные стройплощадки – детсад и Ледовый дворец")),
    ("jsonfeed-1.0-inessential.json", Articles(20, "James Dempsey and the Breakpoints Benefit App Camp for Girls")),
    ("jsonfeed-1.1-wordpress-entity-in-title.json", Articles(3, "InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark")),
    ("medium-rss2-content-encoded.xml", Articles(7, "THE CREATIVE FORAGER")),
    ("not-a-feed-html-object-moved.html", Error(&["not a feed"])),
    // The outer itunes:category is never closed: not well-formed even after trimming.
    ("podcast-itunes-single-quoted-attributes.xml", Error(&["malformed", "itunes:category"])),
    ("podcast-nightvale-itunes-cdata.xml", Articles(1, "221 - The Glow Cloud, Explained")),
    ("podcast-podigee-itunes-episode-type.xml", Articles(1, "Trailer")),
    ("podcast-podlove-cre-large-chapters.xml", Articles(30, "CRE207 Planetarien")),
    ("rss091-iso-8859-1-comment-before-root.xml", Articles(1, "13/08/2020 21:27 - Comitê completa 150 dias de atuação na prevenção contra o novo Coronavírus")),
    ("rss1-rdf-debian-news.xml", Articles(1, "Updated Debian 11: 11.6 released")),
    ("rss1-rdf-iso-8859-1-golem-content-encoded.xml", Articles(1, "Digitalministerium: Neue Glasfaserförderung mit Schnellkasse")),
    // 10 stories; the empty `<item />` nested in each is not one.
    ("rss2-feedburner-pcmag-nested-empty-item.xml", Articles(10, "My Professional Armchair Analysis of CES")),
    ("rss2-guardian-media-content.xml", Articles(55, "Trump State of the Union address promised unity but emphasized discord")),
    ("rss2-huffpost-media-content.xml", Articles(2, "Winnipeg High School Orders Custom Hijabs For Muslim Athletes")),
    ("rss2-hugo-no-xml-decl-item-xml-base.xml", Articles(2, "Pareto-optimal compression")),
    ("rss2-iso-8859-1-undeclared-no-xml-decl.xml", Articles(15, "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno")),
    ("rss2-iso-8859-1-wrong-atom-namespace-uri.xml", Articles(1, "Revolução nas telas com pontos quânticos impressos em 3D")),
    ("rss2-kannada-news-cdata-whitespace-unknown-elements.xml", Articles(15, "ISUZU launches the ‘mu-X’ premium full-size 7 seater SUV in Bengaluru")),
    ("rss2-spec-sample-harvard.xml", Articles(4, "Star City")),
    ("rss2-spiegel-podcast-html-entities-in-cdata.xml", Articles(1, "07.02. – die Wochenvorschau: Lockdown-Verlängerung, Kriegsverbrecher vor Gericht, Super Bowl, Karneval")),
    ("rss2-undeclared-html-entity-nbsp.xml", Articles(1, "Snowflake is the DBMS of the Year 2022, defending the title from last year")),
    // Ends without `</rss>`, but both items are whole.
    ("rss2-unix-timestamp-dcdate-missing-close-tag.xml", Articles(2, "Item 0 with an invalid date")),
    ("rss2-windows-1251-russian-news.xml", Articles(10, "В Бузулуке главные стройплощадки – детсад и Ледовый дворец")),
    ("undeclared-koi8-r-russian-rss.xml", Articles(1, "Как пережить новогоднюю ночь")),
    ("undeclared-shift-jis-japanese-atom.xml", Articles(1, "DrecomRSSに記事投稿が反映されない…")),
    // No title: the reader makes one from the first 80 characters of the text.
    ("undeclared-windows-1255-hebrew-rss.xml", Articles(1, "האם תדפיס נייר של אתר אינטרנט שמוצג על מסך משתמש הוא העתק נאמן למקור של אתר האינ…")),
    ("wordpress-2.7-rss2-content-encoded-tenderlove.xml", Articles(10, "Nokogiri’s Slop Feature")),
    ("wordpress-4.8-arstechnica-feedburner-stylesheet-pi.xml", Articles(1, "Apple isn’t the most cash-rich company in the world anymore, but it doesn’t matter")),
    ("wordpress-5.1-rss2-content-encoded-georss.xml", Articles(1, "Minor earthquake, 3.5 mag was detected near Aris in Greece")),
    ("wordpress-com-techcrunch-rss2-content-encoded.xml", Articles(20, "Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M")),
    ("youtube-atom-media-group.xml", Articles(1, "Navigating with Quantum Entanglement")),
];

/// Rows the code gets wrong today (see `known_wrong_titles_are_fixed`).
#[rustfmt::skip]
const KNOWN_WRONG: &[(&str, Expect)] = &[
    // `<title><![CDATA[Neverwinter & Jingle Jam Humble Bundle!]]></title>`: the `&` is
    // literal text inside CDATA.
    ("rss2-relative-channel-and-self-links.xml", Articles(2, "Neverwinter & Jingle Jam Humble Bundle!")),
    // `<![CDATA[... &#x0024;4300 3bd 1930ft<sup>2</sup>]]>`: HTML in a title, meant as "$4300 … 1930ft2".
    ("rss1-rdf-craigslist-enc-ev-modules.xml", Articles(25, "Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2")),
];

const NOT_FEEDS: &[&str] = &["SOURCES.md", "LICENSES.md"];

fn url_for(file: &str) -> url::Url {
    url::Url::parse(&format!("http://127.0.0.1:9/feeds/{file}")).unwrap()
}

fn parse_file(file: &str) -> Result<ParsedFeed, String> {
    let bytes = std::fs::read(Path::new(DIR).join(file)).unwrap();
    process(bytes, None, &url_for(file), MAX).map_err(|e| e.to_string())
}

fn check(rows: &[(&str, Expect)]) {
    let mut failures = Vec::new();
    for (file, expect) in rows {
        match (parse_file(file), expect) {
            (Ok(feed), Articles(count, title)) => {
                let first = feed.articles.first().map(|a| a.title.as_str());
                if feed.articles.len() != *count || first != Some(*title) {
                    failures.push(format!(
                        "{file}: got {} articles, first {first:?}; want {count}, {title:?}",
                        feed.articles.len()
                    ));
                }
            }
            (Ok(feed), Error(_)) => {
                failures.push(format!(
                    "{file}: parsed ({} articles) but should fail",
                    feed.articles.len()
                ));
            }
            (Err(e), Articles(..)) => failures.push(format!("{file}: failed: {e}")),
            (Err(e), Error(words)) => {
                let lower = e.to_lowercase();
                if !words.iter().all(|w| lower.contains(&w.to_lowercase())) {
                    failures.push(format!("{file}: error {e:?} should mention {words:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixtures wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_fixture_gives_its_articles_or_a_clear_error() {
    check(TABLE);
}

#[test]
fn known_wrong_titles_are_fixed() {
    check(KNOWN_WRONG);
}

#[test]
fn the_table_covers_every_fixture() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !NOT_FEEDS.contains(&n.as_str()))
        .collect();
    let in_table: BTreeSet<String> = TABLE
        .iter()
        .chain(KNOWN_WRONG)
        .map(|(f, _)| (*f).to_owned())
        .collect();
    assert_eq!(
        TABLE.len() + KNOWN_WRONG.len(),
        in_table.len(),
        "a file is listed twice"
    );
    let missing: Vec<_> = on_disk.difference(&in_table).collect();
    let extra: Vec<_> = in_table.difference(&on_disk).collect();
    assert!(missing.is_empty(), "fixtures without a row: {missing:?}");
    assert!(extra.is_empty(), "rows without a fixture: {extra:?}");
}

#[test]
fn every_fixture_fetched_from_a_server() {
    let server = TestServer::start();
    let routed = server.serve_dir("/feeds", DIR);
    assert!(routed >= TABLE.len());
    let all: Vec<(String, String)> = TABLE
        .iter()
        .chain(KNOWN_WRONG)
        .map(|(f, _)| ((*f).to_owned(), server.url(&format!("/feeds/{f}"))))
        .collect();
    let feeds: Vec<(&str, &str)> = all.iter().map(|(n, u)| (n.as_str(), u.as_str())).collect();
    let env = Env::with_feeds(&feeds, FAST_FETCH);
    let out = env.run(&["fetch", "--json"]);
    out.expect_code(1); // three fixtures are not feeds
    let reports = fetch_feeds(&out);
    assert_eq!(reports.len(), all.len());
    for (file, expect) in TABLE.iter().chain(KNOWN_WRONG) {
        let r = reports.iter().find(|r| r["name"] == *file).unwrap();
        match expect {
            Articles(count, _) => {
                assert_eq!(r["status"], "ok", "{file}: {r:#}");
                assert_eq!(r["new"], *count, "{file}: {r:#}");
            }
            Error(words) => {
                assert_eq!(r["status"], "error", "{file}: {r:#}");
                let e = r["error"].as_str().unwrap().to_lowercase();
                assert!(
                    words.iter().all(|w| e.contains(&w.to_lowercase())),
                    "{file}: {e}"
                );
            }
        }
    }
    // The gzip file is served as raw bytes (no Content-Encoding) and still read.
    let gz = env.list_json(&["--feed", "gzip-compressed-windows-1251-rss2.xml.gz"]);
    assert_eq!(gz.len(), 10);
    assert!(
        gz.iter()
            .any(|a| a["title"] == "В Бузулуке главные стройплощадки – детсад и Ледовый дворец")
    );
    // Relative item links are resolved against the feed URL.
    let rel = env.list_json(&["--feed", "rss2-relative-channel-and-self-links.xml"]);
    let want = server.url(
        "/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21",
    );
    assert!(rel.iter().any(|a| a["url"] == want.as_str()), "{rel:#?}");
}

fn first(file: &str) -> ddm_reader::feed::NewArticle {
    parse_file(file)
        .unwrap()
        .articles
        .into_iter()
        .next()
        .unwrap()
}

#[test]
fn legacy_encodings_are_decoded() {
    for (file, word) in [
        ("rss091-iso-8859-1-comment-before-root.xml", "Comitê"),
        (
            "rss1-rdf-iso-8859-1-golem-content-encoded.xml",
            "Glasfaserförderung",
        ),
        ("rss2-iso-8859-1-undeclared-no-xml-decl.xml", "simulações"),
        ("rss2-iso-8859-1-wrong-atom-namespace-uri.xml", "Revolução"),
        ("rss2-windows-1251-russian-news.xml", "Бузулуке"),
        ("undeclared-koi8-r-russian-rss.xml", "новогоднюю"),
        ("undeclared-shift-jis-japanese-atom.xml", "記事投稿"),
        ("undeclared-windows-1255-hebrew-rss.xml", "אינטרנט"),
    ] {
        let a = first(file);
        assert!(
            a.title.contains(word),
            "{file}: title {:?} should contain {word}",
            a.title
        );
        assert!(!a.title.contains('\u{fffd}'), "{file}: {:?}", a.title);
    }
    // The Hebrew text itself, not only its made-up title.
    assert!(
        first("undeclared-windows-1255-hebrew-rss.xml")
            .text
            .contains("ויש אפילו הוכחה מדהימה")
    );
}

#[test]
fn gzip_fixture_is_gunzipped() {
    let gz = parse_file("gzip-compressed-windows-1251-rss2.xml.gz").unwrap();
    let plain = parse_file("rss2-windows-1251-russian-news.xml").unwrap();
    let titles = |f: &ParsedFeed| {
        f.articles
            .iter()
            .map(|a| a.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&gz), titles(&plain));
    assert_eq!(
        gz.title.as_deref(),
        Some("Новости Оренбурга и области / Раздел Новости")
    );
}

#[test]
fn xml_base_relative_image_is_resolved() {
    let a = first("atom-content-xml-base-relative-img.xml");
    assert_eq!(
        a.image_url.as_deref(),
        Some("https://numi.st/post/2022/travel-uke/IMG_1232.jpeg")
    );
}

#[test]
fn relative_links_are_absolute() {
    let feed = parse_file("rss2-relative-channel-and-self-links.xml").unwrap();
    assert_eq!(
        feed.site_url.as_deref(),
        Some("http://127.0.0.1:9/en/games/neverwinter/news")
    );
    for a in &feed.articles {
        let url = a.url.as_deref().unwrap();
        assert!(
            url.starts_with("http://127.0.0.1:9/en/games/neverwinter/news/detail/"),
            "{url}"
        );
    }
    let hugo = parse_file("rss2-hugo-no-xml-decl-item-xml-base.xml").unwrap();
    assert_eq!(
        hugo.articles[0].url.as_deref(),
        Some("https://insanity.industries/post/pareto-optimal-compression/")
    );
}

#[test]
fn json_feed_entity_in_title_is_decoded() {
    let feed = parse_file("jsonfeed-1.1-wordpress-entity-in-title.json").unwrap();
    assert_eq!(feed.title.as_deref(), Some("Blog – InfluxData"));
}

/// A `dc:date` that does not parse (a Unix timestamp) leaves the item's valid
/// `pubDate`: the item keeps its date instead of sorting as new.
#[test]
fn an_unparsable_dc_date_keeps_the_pub_date() {
    let feed = parse_file("rss2-unix-timestamp-dcdate-missing-close-tag.xml").unwrap();
    assert_eq!(
        feed.articles[0].published.map(|d| d.to_rfc3339()),
        Some("2017-10-16T15:10:00+00:00".to_owned())
    );
}

/// JSON Feed 1.1: "If an id is presented as a number or other type, a JSON Feed reader
/// must coerce it to a string." A numeric id does not cost the feed.
#[test]
fn json_feed_numeric_ids_are_read_as_strings() {
    let json = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "J",
        "items": [
            {"id": 2, "title": "Two", "content_text": "two"},
            {"id": "x", "title": "Ex", "content_text": "ex"},
            {"id": 3.5, "title": "Three", "content_text": "three"}
        ]}"#;
    let feed = process(json.to_vec(), None, &url_for("j.json"), MAX).unwrap();
    let keys: Vec<&str> = feed.articles.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["2", "x", "3.5"]);
}

#[test]
fn html_markup_in_google_alerts_titles_is_stripped() {
    let feed = parse_file("atom-google-alerts-escaped-html-titles.xml").unwrap();
    assert_eq!(feed.articles.len(), 20);
    for a in &feed.articles {
        assert!(
            !a.title.contains('<') && !a.title.contains("&lt;"),
            "{:?}",
            a.title
        );
    }
    assert_eq!(
        feed.articles.last().unwrap().title,
        "Latest research shows Microsoft Teams is stomping Slack"
    );
}

#[test]
fn html_entities_are_decoded() {
    // `&nbsp;` in plain element text (not XML) parses, and becomes a space.
    let nbsp = first("rss2-undeclared-html-entity-nbsp.xml");
    assert!(
        !nbsp.text.contains("&nbsp;") && !nbsp.text.contains("&#160;"),
        "{}",
        nbsp.text
    );
    // `&ndash;` `&auml;` inside CDATA HTML are decoded by the HTML step.
    let spiegel = first("rss2-spiegel-podcast-html-entities-in-cdata.xml");
    assert!(
        !spiegel.text.contains("&auml;") && !spiegel.text.contains("&ndash;"),
        "{}",
        spiegel.text
    );
}
