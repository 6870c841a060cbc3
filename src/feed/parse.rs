//! Parses a feed body (RSS 0.9x/1.0/2.0, Atom, JSON Feed) with feed-rs.
//!
//! Owns the step from bytes to feed-rs's model: decompression, decoding and entity repair
//! (in [`super::decode`]), the parse itself, and reading what feed-rs drops (an
//! item-level `media:thumbnail`). It produces no articles; [`super::normalize`] does.

use std::borrow::Cow;

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use url::Url;

use super::decode::{self, DecodeError};

const MEDIA_RSS_NS: &str = "http://search.yahoo.com/mrss/";

/// A parsed feed, with the thumbnails feed-rs does not keep.
#[derive(Debug)]
pub struct RawFeed {
    /// feed-rs's model of the feed.
    pub feed: feed_rs::model::Feed,
    /// For each entry, in document order, what feed-rs does not keep.
    pub extras: Vec<ItemExtras>,
}

/// What feed-rs drops from an item or entry, read in a second, light pass.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemExtras {
    /// Its own `media:thumbnail` URL (not one inside `media:group`/`media:content`).
    pub thumbnail: Option<String>,
    /// Its `xml:base` (RSS items; feed-rs keeps only Atom content's).
    pub base: Option<String>,
}

/// Why a body is not a usable feed.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    /// The body could not be decoded to text.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// An HTML page where a feed was expected.
    #[error("not a feed: the server sent an HTML page")]
    Html,
    /// Text that is neither RSS, Atom nor JSON Feed.
    #[error("not a feed: no RSS, Atom or JSON Feed root element")]
    NotAFeed,
    /// A feed that is malformed or cut short.
    #[error("malformed feed: {0}")]
    Malformed(String),
}

/// Parses `bytes` fetched from `feed_url`; `http_charset` is the charset of the
/// response's Content-Type, if any.
pub fn parse(
    bytes: impl Into<Vec<u8>>,
    http_charset: Option<&str>,
    feed_url: &Url,
    max_bytes: u64,
) -> Result<RawFeed, ParseError> {
    parse_reusing(&mut bytes.into(), http_charset, feed_url, max_bytes)
}

/// [`parse`], taking the bytes out of `body` and leaving in it, on success, the
/// emptied buffer the text ended in, for the next body.
pub fn parse_reusing(
    body: &mut Vec<u8>,
    http_charset: Option<&str>,
    feed_url: &Url,
    max_bytes: u64,
) -> Result<RawFeed, ParseError> {
    let bytes = decode::gunzip_if_needed(std::mem::take(body), max_bytes)?;
    let text = decode::to_utf8(bytes, http_charset)?;
    let is_json = text.starts_with('{');
    let text = if is_json { text } else { repair_xml(text) };
    if !is_json && looks_like_html(&text) {
        return Err(ParseError::Html);
    }
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url.as_str()))
        // Identity is ours to decide (guid, else link, else a hash of title and date):
        // an empty id tells normalise that the feed gave none.
        .id_generator(|_, _, _| String::new())
        .build();
    let feed = parser.parse(text.as_bytes()).map_err(|e| match e {
        feed_rs::parser::ParseFeedError::ParseError(
            feed_rs::parser::ParseErrorKind::NoFeedRoot,
        ) => ParseError::NotAFeed,
        other => ParseError::Malformed(first_line(&other.to_string())),
    })?;
    let extras = if !is_json && (text.contains(MEDIA_RSS_NS) || text.contains("xml:base")) {
        item_extras(&text)
    } else {
        Vec::new()
    };
    let mut spare = text.into_bytes();
    spare.clear();
    *body = spare;
    Ok(RawFeed { feed, extras })
}

/// The repairs a real-world XML feed needs before feed-rs can read it, each copying the
/// text only when it changes something.
fn repair_xml(text: String) -> String {
    let repairs: [fn(&str) -> Cow<'_, str>; 3] = [
        decode::fix_html_entities,
        fix_rss_root,
        decode::drop_late_declarations,
    ];
    repairs
        .iter()
        .fold(text, |text, repair| match repair(&text) {
            Cow::Borrowed(_) => text,
            Cow::Owned(fixed) => fixed,
        })
}

/// RSS 2.0 has no namespace and feed-rs wants a `version`: a root `<rss>` without one,
/// or one that puts its elements in a default namespace (UserLand's
/// `http://backend.userland.com/rss2`), is rewritten to a plain `<rss version="2.0">`.
fn fix_rss_root(text: &str) -> Cow<'_, str> {
    let Some(start) = root_start(text) else {
        return Cow::Borrowed(text);
    };
    let rest = &text[start..];
    if !(rest.starts_with("<rss>") || rest.starts_with("<rss ") || rest.starts_with("<rss\n")) {
        return Cow::Borrowed(text);
    }
    let Some(end) = rest.find('>') else {
        return Cow::Borrowed(text);
    };
    let tag = &rest[..end];
    let needs_version = !tag.contains("version");
    let default_ns = ["xmlns=\"", "xmlns='"]
        .iter()
        .find_map(|q| tag.find(q).map(|i| (i, q.len())));
    if !needs_version && default_ns.is_none() {
        return Cow::Borrowed(text);
    }
    let mut new_tag = tag.to_owned();
    if let Some((i, qlen)) = default_ns {
        let quote = &tag[i + qlen - 1..i + qlen];
        if let Some(close) = tag[i + qlen..].find(quote) {
            new_tag.replace_range(i..=i + qlen + close, "");
        }
    }
    if needs_version {
        new_tag.insert_str(4, " version=\"2.0\"");
    }
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..start]);
    out.push_str(&new_tag);
    out.push_str(&rest[end..]);
    out.into()
}

/// Byte offset of the root element: past the XML declaration, comments, processing
/// instructions and a doctype.
fn root_start(text: &str) -> Option<usize> {
    let mut i = 0;
    loop {
        let rest = text.get(i..)?;
        let skip = rest.len() - rest.trim_start().len();
        i += skip;
        let rest = &text[i..];
        let end = if rest.starts_with("<?") {
            rest.find("?>").map(|e| e + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|e| e + 3)
        } else if rest.starts_with("<!") {
            rest.find('>').map(|e| e + 1)
        } else {
            return rest.starts_with('<').then_some(i);
        };
        i += end?;
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).chars().take(200).collect()
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    let head = head.trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Each item's or entry's [`ItemExtras`], in document order.
fn item_extras(xml: &str) -> Vec<ItemExtras> {
    let mut reader = quick_xml::reader::NsReader::from_str(xml);
    let mut out = Vec::new();
    let mut depth_in_item: Option<usize> = None;
    let mut depth = 0usize;
    // A read error ends the pass: feed-rs has already judged the document.
    while let Ok((ns, event)) = reader.read_resolved_event() {
        match event {
            Event::Start(e) => {
                depth += 1;
                let local = e.local_name();
                if matches!(local.into_inner(), "item" | "entry") && depth_in_item.is_none() {
                    depth_in_item = Some(depth);
                    let base = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.into_inner() == "xml:base")
                        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
                        .map(|v| v.trim().to_owned());
                    out.push(ItemExtras {
                        thumbnail: None,
                        base,
                    });
                } else if depth_in_item == Some(depth - 1) {
                    note_thumbnail(&ns, &e, &mut out);
                }
            }
            Event::Empty(e) if depth_in_item == Some(depth) => {
                note_thumbnail(&ns, &e, &mut out);
            }
            Event::End(_) => {
                if depth_in_item == Some(depth) {
                    depth_in_item = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn note_thumbnail(
    ns: &ResolveResult<'_>,
    e: &quick_xml::events::BytesStart<'_>,
    out: &mut [ItemExtras],
) {
    let is_media = matches!(ns, ResolveResult::Bound(n) if n.into_inner() == MEDIA_RSS_NS);
    if !is_media || e.local_name().into_inner() != "thumbnail" {
        return;
    }
    let url = e
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == "url");
    if let (Some(item), Some(attr)) = (out.last_mut(), url)
        && item.thumbnail.is_none()
        && let Ok(value) = attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)
    {
        item.thumbnail = Some(value.into_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url() -> Url {
        Url::parse("https://example.org/feed/").unwrap()
    }

    #[test]
    fn item_level_thumbnail_is_read() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
            <item><title>a</title><media:thumbnail url="https://example.org/a.jpg"/></item>
            <item><title>b</title></item>
            <item><title>c</title><media:group><media:thumbnail url="https://example.org/g.jpg"/></media:group></item>
            </channel></rss>"#;
        let raw = parse(xml.as_bytes(), None, &url(), 1 << 20).unwrap();
        assert_eq!(raw.feed.entries.len(), 3);
        let thumbs: Vec<_> = raw.extras.iter().map(|x| x.thumbnail.as_deref()).collect();
        assert_eq!(thumbs, vec![Some("https://example.org/a.jpg"), None, None]);
    }

    #[test]
    fn rss_root_without_version_or_with_userland_namespace_parses() {
        let xml =
            "<!-- c --><rss><channel><title>t</title><item><title>a</title></item></channel></rss>";
        assert_eq!(
            parse(xml.as_bytes(), None, &url(), 1 << 20)
                .unwrap()
                .feed
                .entries
                .len(),
            1
        );
        let xml = "<?xml version='1.0'?><rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"><channel><item><title>a</title></item></channel></rss>";
        assert_eq!(
            parse(xml.as_bytes(), None, &url(), 1 << 20)
                .unwrap()
                .feed
                .entries
                .len(),
            1
        );
    }

    #[test]
    fn html_page_is_not_a_feed() {
        let err = parse(
            b"<!DOCTYPE html><html><body>hi</body></html>",
            None,
            &url(),
            1 << 20,
        );
        assert!(matches!(err, Err(ParseError::Html)));
    }

    #[test]
    fn truncated_xml_is_malformed() {
        let err = parse(
            b"<rss version=\"2.0\"><channel><title>t</title><item><title>a",
            None,
            &url(),
            1 << 20,
        );
        assert!(err.is_err());
    }
}
