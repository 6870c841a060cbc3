//! Turns feed-rs entries into clean [`NewArticle`]s.
//!
//! Owns identity (guid, else link, else a hash of title and date), the choice of body
//! (`content:encoded` over `description`), the lead image, URL resolution and the
//! sanitising of every string that came from the feed. Pure: no I/O.

use feed_rs::model::{Entry, Feed, Text};
use url::Url;

use super::parse::{ItemExtras, RawFeed};
use super::{NewArticle, ParsedFeed};
use crate::document::{self, Document};
use crate::sanitize::clean_line;

/// Most categories kept per article.
const MAX_CATEGORIES: usize = 64;
/// Longest category name kept, in characters.
const MAX_CATEGORY_CHARS: usize = 100;
/// Longest title or author line kept, in characters: a hostile 100,000-character title
/// filled a reader's screen before the story.
const MAX_LINE_CHARS: usize = 500;

/// `line` cut to [`MAX_LINE_CHARS`], with "…" when cut.
fn bounded(line: String) -> String {
    match line.char_indices().nth(MAX_LINE_CHARS) {
        Some((end, _)) => {
            let mut cut = line;
            cut.truncate(end);
            cut.push('…');
            cut
        }
        None => line,
    }
}

/// Normalises every entry of `raw`, fetched from `feed_url`.
pub fn normalize(raw: RawFeed, feed_url: &Url) -> ParsedFeed {
    let RawFeed { feed, extras } = raw;
    let Feed {
        title,
        links,
        entries,
        ..
    } = feed;
    let title = title.map(|t| text_line(&t)).filter(|t| !t.is_empty());
    let site_url = links
        .iter()
        .filter(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .find_map(|l| web_url(&l.href, feed_url));
    // An item given twice (one guid on two items) is stored once, as it first comes:
    // otherwise each copy overwrote the other and every fetch counted it as updated.
    let mut keys = std::collections::HashSet::new();
    let articles = entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            normalize_entry(
                &entry,
                &extras.get(i).cloned().unwrap_or_default(),
                feed_url,
            )
        })
        .filter(|a| keys.insert(a.key.clone()))
        .collect();
    ParsedFeed {
        title,
        site_url,
        articles,
    }
}

fn normalize_entry(entry: &Entry, extras: &ItemExtras, feed_url: &Url) -> NewArticle {
    let base = entry
        .base
        .as_deref()
        .or(extras.base.as_deref())
        .and_then(|b| feed_url.join(b.trim()).ok())
        .unwrap_or_else(|| feed_url.clone());
    let url = entry
        .links
        .iter()
        // Not `<comments>` / `wfw:commentRss`, which feed-rs also gives no `rel`.
        .filter(|l| l.rel.as_deref().is_none_or(|r| r == "alternate") && l.target.is_none())
        // feed-rs resolves links against their own xml:base; the entry's `base` is the
        // content's, so a relative link left over resolves against the feed URL.
        .find_map(|l| web_url(&l.href, feed_url));
    let body_html = entry
        .content
        .as_ref()
        .and_then(|c| {
            let body = c.body.as_deref()?;
            Some(if c.content_type.essence().to_string().ends_with("plain") {
                plain_to_html(body)
            } else {
                body.to_owned()
            })
        })
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.as_ref().map(text_html));
    let document = body_html
        .map(|h| document::from_html(&h, Some(&base)))
        .unwrap_or_default();
    let text = document.plain_text();
    let published = entry.published.or(entry.updated);
    let mut title = entry.title.as_ref().map(text_line).unwrap_or_default();
    if title.is_empty() {
        title = fallback_title(&text);
    }
    let key = identity(&entry.id, url.as_deref(), &title, published);
    let author = authors(entry);
    // Deduplicated through a set and capped: a hostile item can carry hundreds of
    // thousands of categories.
    let mut categories: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for c in &entry.categories {
        let name: String = clean_line(c.label.as_deref().unwrap_or(&c.term))
            .chars()
            .take(MAX_CATEGORY_CHARS)
            .collect();
        if !name.is_empty() && seen.insert(name.clone()) {
            categories.push(name);
            if categories.len() == MAX_CATEGORIES {
                break;
            }
        }
    }
    let image_url = lead_image(entry, extras.thumbnail.as_deref(), &base, &document);
    NewArticle {
        key,
        url,
        title,
        author,
        categories,
        published,
        updated: entry.updated,
        image_url,
        document,
        text,
    }
}

/// An http(s) URL, resolved against `base` and cleaned; anything else is dropped.
fn web_url(href: &str, base: &Url) -> Option<String> {
    let href = clean_line(href);
    let url = base.join(&href).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

fn identity(
    id: &str,
    url: Option<&str>,
    title: &str,
    published: Option<chrono::DateTime<chrono::Utc>>,
) -> String {
    let id = clean_line(id);
    if !id.is_empty() {
        return id;
    }
    if let Some(url) = url {
        return url.to_owned();
    }
    let date = published
        .map(|d| d.timestamp().to_string())
        .unwrap_or_default();
    format!(
        "hash:{:016x}",
        super::fnv1a(&[title.as_bytes(), b"\x1f", date.as_bytes()])
    )
}

fn is_html(t: &Text) -> bool {
    let essence = t.content_type.essence().to_string();
    essence.contains("html")
}

/// A one-line string from a feed `Text` that may be HTML (Atom `type="html"`).
/// Titles are often HTML whatever their declared type (character references in a JSON
/// Feed title, `<sup>` in an RSS one), so anything that looks like markup or a reference
/// goes through the HTML-to-text step. In a title not declared HTML only inline
/// formatting tags are markup: "Why <script> tags matter" keeps its words.
fn text_line(t: &Text) -> String {
    bounded(if is_html(t) {
        clean_line(&document::from_html(&t.content, None).plain_text())
    } else if looks_like_markup(&t.content) {
        let html = escape_all_but_inline_tags(&t.content);
        clean_line(&document::from_html(&html, None).plain_text())
    } else {
        clean_line(&t.content)
    })
}

/// Tags that plain-text titles carry as formatting.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "br", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub",
    "sup", "u",
];

/// `s` with every `<` escaped except those opening an inline formatting tag.
fn escape_all_but_inline_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for (i, part) in s.split('<').enumerate() {
        if i == 0 {
            out.push_str(part);
            continue;
        }
        let name: String = part
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        out.push_str(if INLINE_TAGS.contains(&name.as_str()) {
            "<"
        } else {
            "&lt;"
        });
        out.push_str(part);
    }
    out
}

fn looks_like_markup(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(2).any(|w| {
        (w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
            || (w[0] == b'&' && (w[1].is_ascii_alphanumeric() || w[1] == b'#'))
    })
}

fn text_html(t: &Text) -> String {
    if is_html(t) {
        t.content.clone()
    } else {
        plain_to_html(&t.content)
    }
}

fn plain_to_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str("<p>");
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out.push_str("</p>");
    out
}

fn fallback_title(text: &str) -> String {
    let line = clean_line(text);
    if line.is_empty() {
        return "(untitled)".to_owned();
    }
    let mut title: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        title.push('…');
    }
    title
}

fn authors(entry: &Entry) -> Option<String> {
    let names: Vec<String> = entry
        .authors
        .iter()
        .map(|p| {
            let name = p.name.as_deref().map(unwrap_parens);
            let name = name.filter(|n| !n.trim().is_empty());
            clean_line(name.or(p.email.as_deref()).unwrap_or(""))
        })
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| bounded(names.join(", ")))
}

/// RSS's `<author>` is an address with the name after it in parentheses
/// (`ada@example.org (Ada Obi)`); feed-rs keeps the email apart and leaves
/// `(Ada Obi)` as the name. The parentheses go.
fn unwrap_parens(name: &str) -> &str {
    let name = name.trim();
    name.strip_prefix('(')
        .and_then(|n| n.strip_suffix(')'))
        .filter(|n| !n.contains(['(', ')']))
        .map_or(name, str::trim)
}

/// The lead image: `media:content`, then `media:thumbnail` (feed-rs's and our own
/// item-level one), then an image enclosure, then the first image in the body.
fn lead_image(
    entry: &Entry,
    item_thumbnail: Option<&str>,
    base: &Url,
    document: &Document,
) -> Option<String> {
    let is_image = |ct: Option<String>| ct.is_none_or(|t| t.starts_with("image/"));
    let media_content = entry.media.iter().flat_map(|m| &m.content).find_map(|c| {
        let url = c.url.as_ref()?;
        is_image(c.content_type.as_ref().map(|t| t.essence().to_string()))
            .then(|| url.as_str().to_owned())
    });
    let media_thumb = entry
        .media
        .iter()
        .flat_map(|m| &m.thumbnails)
        .map(|t| t.image.uri.clone())
        .next();
    let enclosure = entry
        .links
        .iter()
        .filter(|l| l.rel.as_deref() == Some("enclosure"))
        .find(|l| {
            l.media_type
                .as_deref()
                .is_some_and(|t| t.starts_with("image/"))
        })
        .map(|l| l.href.clone());
    media_content
        .or(media_thumb)
        .or_else(|| item_thumbnail.map(str::to_owned))
        .or(enclosure)
        .and_then(|u| web_url(&u, base))
        .or_else(|| document.first_image().map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(xml: &str) -> ParsedFeed {
        let url = Url::parse("https://example.org/blog/feed/").unwrap();
        super::super::process(xml.as_bytes(), None, &url, 1 << 20).unwrap()
    }

    #[test]
    fn titles_and_authors_are_bounded() {
        let long = "T".repeat(100_000);
        let feed = parse(&format!(
            r#"<rss version="2.0"><channel><title>{long}</title><item><title>{long}</title>
            <author>a@b.c ({long})</author><guid>1</guid></item></channel></rss>"#
        ));
        let article = &feed.articles[0];
        for line in [
            &article.title,
            article.author.as_ref().unwrap(),
            feed.title.as_ref().unwrap(),
        ] {
            assert_eq!(line.chars().count(), MAX_LINE_CHARS + 1);
            assert!(line.ends_with('…'));
        }
    }

    #[test]
    fn an_item_given_twice_is_kept_once_as_it_first_comes() {
        let feed = parse(
            r#"<rss version="2.0"><channel><title>B</title>
            <item><title>First</title><guid>same</guid></item>
            <item><title>Second</title><guid>same</guid></item>
            <item><title>Other</title><guid>other</guid></item>
            </channel></rss>"#,
        );
        let titles: Vec<&str> = feed.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["First", "Other"]);
    }

    #[test]
    fn an_rss_author_is_the_name_in_parentheses_after_the_address() {
        let feed = parse(
            r#"<rss version="2.0"><channel><title>B</title>
            <item><title>One</title><guid>1</guid><author>writer@example.com (Ada Obi)</author></item>
            <item><title>Two</title><guid>2</guid><author>writer@example.com</author></item>
            <item><title>Three</title><guid>3</guid><author>Bola (Lagos) Ade</author></item>
            </channel></rss>"#,
        );
        let authors: Vec<Option<&str>> =
            feed.articles.iter().map(|a| a.author.as_deref()).collect();
        assert_eq!(
            authors,
            [
                Some("Ada Obi"),
                Some("writer@example.com"),
                Some("Bola (Lagos) Ade")
            ]
        );
    }

    #[test]
    fn wordpress_item_prefers_content_encoded() {
        let feed = parse(
            r#"<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Blog</title><link>https://example.org/</link>
            <item><title>Hello &amp; welcome</title><link>https://example.org/hello</link>
            <guid isPermaLink="false">https://example.org/?p=1</guid>
            <dc:creator><![CDATA[Ada Obi]]></dc:creator>
            <category><![CDATA[News]]></category><category><![CDATA[Politics]]></category>
            <description><![CDATA[Short summary]]></description>
            <content:encoded><![CDATA[<p>The full story.</p>]]></content:encoded>
            <pubDate>Thu, 15 May 2025 12:00:00 +0000</pubDate></item></channel></rss>"#,
        );
        let a = &feed.articles[0];
        assert_eq!(a.key, "https://example.org/?p=1");
        assert_eq!(a.title, "Hello & welcome");
        assert_eq!(a.author.as_deref(), Some("Ada Obi"));
        assert_eq!(a.categories, vec!["News", "Politics"]);
        assert!(a.text.contains("The full story."), "{}", a.text);
        assert!(!a.text.contains("Short summary"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2025-05-15T12:00:00+00:00"
        );
    }

    #[test]
    fn relative_urls_resolve_against_item_xml_base() {
        let feed = parse(
            r#"<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
            <item xml:base="https://other.example/post/one/"><title>A</title><link>/a</link>
            <content:encoded><![CDATA[<p><img src="pic.jpg" alt="x"></p>]]></content:encoded></item>
            </channel></rss>"#,
        );
        let a = &feed.articles[0];
        assert_eq!(
            a.image_url.as_deref(),
            Some("https://other.example/post/one/pic.jpg")
        );
    }

    #[test]
    fn plain_titles_strip_inline_tags_but_keep_other_words() {
        let feed = parse(
            r#"<rss version="2.0"><channel><title>t</title>
            <item><title>Why &lt;script&gt; tags matter</title></item>
            <item><title>1930ft&lt;sup&gt;2&lt;/sup&gt; &amp;amp; more</title></item>
            </channel></rss>"#,
        );
        assert_eq!(feed.articles[0].title, "Why <script> tags matter");
        assert_eq!(feed.articles[1].title, "1930ft2 & more");
    }

    #[test]
    fn the_comments_link_is_not_the_article_url() {
        let feed = parse(
            r#"<rss version="2.0"><channel><title>t</title>
            <item><title>A</title><comments>https://example.org/a#comments</comments>
            <link>https://example.org/a</link></item></channel></rss>"#,
        );
        assert_eq!(
            feed.articles[0].url.as_deref(),
            Some("https://example.org/a")
        );
    }

    #[test]
    fn identity_falls_back_to_link_then_hash() {
        let feed = parse(
            r#"<rss version="2.0"><channel><title>t</title>
            <item><title>A</title><link>/a</link></item>
            <item><title>B</title></item></channel></rss>"#,
        );
        assert_eq!(feed.articles[0].key, "https://example.org/a");
        assert_eq!(
            feed.articles[0].url.as_deref(),
            Some("https://example.org/a")
        );
        assert!(feed.articles[1].key.starts_with("hash:"));
        let again = parse(
            r#"<rss version="2.0"><channel><title>t</title>
            <item><title>B</title></item></channel></rss>"#,
        );
        assert_eq!(again.articles[0].key, feed.articles[1].key);
    }

    #[test]
    fn hostile_strings_are_cleaned() {
        let feed = parse(
            "<rss version=\"2.0\"><channel><title>t</title><item>\
             <title>Hi &#27;[2J there&#x9b;31m \u{202e}x</title>\
             <author>e\u{7}vil</author><link>https://example.org/\u{1b}]8;;x</link>\
             <category>c&#27;]52;c;AAAA&#7;</category></item></channel></rss>",
        );
        let a = &feed.articles[0];
        for s in [
            &a.title,
            a.author.as_ref().unwrap(),
            a.url.as_ref().unwrap(),
            &a.categories[0],
        ] {
            assert!(!s.chars().any(crate::sanitize::is_unsafe), "{s:?}");
        }
    }
}
