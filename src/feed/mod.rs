//! Feeds: fetching over HTTP, parsing, and normalising entries into articles.
//!
//! `fetch` talks to the network (the only module that does), `decode` and `parse` turn
//! bytes into feed-rs's model, and `normalize` makes clean, sanitised [`NewArticle`]s
//! ready for the store. Nothing here touches SQLite or a terminal.

pub mod decode;
pub mod fetch;
pub mod normalize;
pub mod parse;
pub mod slots;

use chrono::{DateTime, Utc};

use crate::document::Document;

/// An article as it came from a feed, cleaned and ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewArticle {
    /// Identity within its feed: the guid/id, else the link, else a hash of title and date.
    pub key: String,
    /// The article's web page.
    pub url: Option<String>,
    /// One-line title.
    pub title: String,
    /// Author or authors, joined with ", ".
    pub author: Option<String>,
    /// Categories (WordPress categories and tags).
    pub categories: Vec<String>,
    /// Publication time, when the feed gives one.
    pub published: Option<DateTime<Utc>>,
    /// Last update time, when the feed gives one.
    pub updated: Option<DateTime<Utc>>,
    /// The lead image.
    pub image_url: Option<String>,
    /// The body as a document.
    pub document: Document,
    /// The body as plain text (from the document), for search and actors.
    pub text: String,
}

/// A feed parsed and normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    /// The feed's own title.
    pub title: Option<String>,
    /// The feed's web site.
    pub site_url: Option<String>,
    /// Its articles, in feed order.
    pub articles: Vec<NewArticle>,
}

/// FNV-1a, 64-bit, over `parts` in order: stable across Rust versions and machines,
/// unlike `DefaultHasher`, so it can be stored (article identity, content fingerprints).
pub(crate) fn fnv1a(parts: &[&[u8]]) -> u64 {
    use crate::actors::fast::{FNV_BASIS, fnv1a_from};
    parts
        .iter()
        .fold(FNV_BASIS, |hash, part| fnv1a_from(hash, part))
}

/// A feed's address as shown to people (the feeds list, the feeds overlay): a password
/// in it (`https://me:secret@host/feed`, a private feed) is masked, since the screen may
/// be shared or pasted into a bug report. Scripts' JSON and exports keep it whole.
pub fn shown_url(url: &str) -> std::borrow::Cow<'_, str> {
    // The feeds overlay draws every feed's address each frame: no parse for the
    // addresses that cannot hold a password.
    if !url.contains('@') {
        return std::borrow::Cow::Borrowed(url);
    }
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Setting a password fails only on URLs that cannot have one.
            if parsed.set_password(Some("***")).is_ok() {
                std::borrow::Cow::Owned(parsed.to_string())
            } else {
                std::borrow::Cow::Borrowed(url)
            }
        }
        _ => std::borrow::Cow::Borrowed(url),
    }
}

/// Parses and normalises a fetched body. A refresh runs the two steps itself, to free
/// the body's slot between them ([`parse::parse_reusing`]). Takes the body by value so
/// that, in the common case of UTF-8, the text is the same buffer rather than a copy (a
/// large feed is held once, not twice).
pub fn process(
    bytes: impl Into<Vec<u8>>,
    http_charset: Option<&str>,
    feed_url: &url::Url,
    max_bytes: u64,
) -> Result<ParsedFeed, parse::ParseError> {
    let raw = parse::parse(bytes, http_charset, feed_url, max_bytes)?;
    Ok(normalize::normalize(raw, feed_url))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_password_in_a_feed_address_is_not_shown() {
        assert_eq!(
            super::shown_url("https://me:secret@example.org/feed"),
            "https://me:***@example.org/feed"
        );
        for plain in [
            "https://me@example.org/feed",
            "https://example.org/feed?k=v",
        ] {
            assert_eq!(super::shown_url(plain), plain);
        }
    }
}
