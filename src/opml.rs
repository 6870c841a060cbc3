//! Feed lists in and out: OPML 2.0 (import and export) and newsboat's `urls` file
//! (import). Pure functions over text; the CLI decides what to store.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::sanitize::clean_line;

/// A feed read from or written to a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// Display name.
    pub name: String,
    /// Feed URL.
    pub url: String,
    /// Section (the enclosing OPML outline, or a newsboat tag).
    pub section: Option<String>,
}

/// Why a list could not be read.
#[derive(Debug, thiserror::Error)]
pub enum OpmlError {
    /// Not well-formed XML.
    #[error("not valid OPML: {0}")]
    Xml(String),
    /// Well-formed, but no feeds in it.
    #[error("no feeds found (no outline with an xmlUrl, and not a newsboat urls file)")]
    Empty,
}

/// Reads an OPML document, or a newsboat `urls` file when the text is not XML.
pub fn import(text: &str) -> Result<Vec<FeedEntry>, OpmlError> {
    import_noting_skipped(text).map(|(feeds, _)| feeds)
}

/// [`import`], and what of the list was left out, each with why (a URL listed twice,
/// a newsboat `query:` feed, a line that is no http or https URL).
pub fn import_noting_skipped(text: &str) -> Result<(Vec<FeedEntry>, Vec<String>), OpmlError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let mut skipped = Vec::new();
    let feeds = if trimmed.starts_with('<') {
        parse_opml(trimmed, &mut skipped)?
    } else {
        parse_newsboat(trimmed, &mut skipped)
    };
    if feeds.is_empty() {
        Err(OpmlError::Empty)
    } else {
        Ok((feeds, skipped))
    }
}

fn parse_opml(text: &str, skipped: &mut Vec<String>) -> Result<Vec<FeedEntry>, OpmlError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut feeds = Listed::default();
    // The titles of enclosing outlines that are folders (no xmlUrl).
    let mut folders: Vec<Option<String>> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| OpmlError::Xml(e.to_string()))?;
        match event {
            Event::Start(e) if e.local_name().into_inner() == "outline" => {
                let (name, url) = outline(&e);
                match url {
                    Some(url) => {
                        feeds.push(name, url, &folders, skipped);
                        folders.push(None);
                    }
                    None => folders.push(name),
                }
            }
            Event::Empty(e) if e.local_name().into_inner() == "outline" => {
                if let (name, Some(url)) = outline(&e) {
                    feeds.push(name, url, &folders, skipped);
                }
            }
            Event::End(e) if e.local_name().into_inner() == "outline" => {
                folders.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(feeds.feeds)
}

fn outline(e: &BytesStart<'_>) -> (Option<String>, Option<String>) {
    let mut text = None;
    let mut title = None;
    let mut url = None;
    for attr in e.attributes().flatten() {
        let Ok(value) = attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) else {
            continue;
        };
        let value = clean_line(&value);
        if value.is_empty() {
            continue;
        }
        match attr.key.local_name().into_inner() {
            "text" => text = Some(value),
            "title" => title = Some(value),
            // Some exporters write `xmlURL`, others `xmlurl`.
            key if key.eq_ignore_ascii_case("xmlurl") => url = Some(value),
            _ => {}
        }
    }
    (title.or(text), url)
}

/// The feeds a file lists, each URL once. A set tells a URL seen before: looking
/// through the list each time made a 200,000-feed import take over a minute.
#[derive(Default)]
struct Listed {
    feeds: Vec<FeedEntry>,
    urls: std::collections::HashSet<String>,
}

impl Listed {
    /// Adds a feed in `folders` (the innermost named one is its section), unless its
    /// URL came before.
    fn push(
        &mut self,
        name: Option<String>,
        url: String,
        folders: &[Option<String>],
        skipped: &mut Vec<String>,
    ) {
        let section = folders.iter().rev().find_map(Clone::clone);
        self.add(name, url, section, skipped);
    }

    fn add(
        &mut self,
        name: Option<String>,
        url: String,
        section: Option<String>,
        skipped: &mut Vec<String>,
    ) {
        if !self.urls.insert(url.clone()) {
            skipped.push(format!("{url}: listed twice in the file"));
            return;
        }
        let name = name.unwrap_or_else(|| host_name(&url));
        self.feeds.push(FeedEntry { name, url, section });
    }
}

fn host_name(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| url.to_owned())
}

/// newsboat's `urls`: one feed per line, `URL [tag…] ["~Name"]`; `#` comments; `query:`
/// and `exec:`/`filter:` feeds are skipped (they are not plain URLs).
fn parse_newsboat(text: &str, skipped: &mut Vec<String>) -> Vec<FeedEntry> {
    let mut feeds = Listed::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = split_quoted(line).into_iter();
        let Some(url) = words.next() else { continue };
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            let what = clean_line(line);
            skipped.push(
                if ["query:", "exec:", "filter:"]
                    .iter()
                    .any(|p| url.starts_with(p))
                {
                    format!("{what}: a newsboat query, exec or filter feed, not a URL")
                } else {
                    format!("{what}: not an http or https URL")
                },
            );
            continue;
        }
        let mut name = None;
        let mut section = None;
        for w in words {
            if let Some(n) = w.strip_prefix('~') {
                // `"~"`: no name, so the host's.
                name = Some(clean_line(n)).filter(|n| !n.is_empty());
            } else if !w.starts_with('!') && section.is_none() {
                section = Some(clean_line(&w));
            }
        }
        feeds.add(name, clean_line(&url), section, skipped);
    }
    feeds.feeds
}

fn split_quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            // `\"` inside quotes is a quote, `\\` a backslash.
            '\\' if quoted => cur.extend(chars.next()),
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Writes an OPML 2.0 document; feeds with a section are grouped in a folder outline.
pub fn export(feeds: &[FeedEntry], date: chrono::DateTime<chrono::Utc>) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing into a Vec cannot fail; the results are ignored for that reason.
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let _ = w.write_event(Event::Start(
        BytesStart::new("opml").with_attributes([("version", "2.0")]),
    ));
    let _ = w.write_event(Event::Start(BytesStart::new("head")));
    let _ = w
        .create_element("title")
        .write_text_content(BytesText::new("ddm-reader feeds"));
    let _ = w
        .create_element("dateCreated")
        .write_text_content(BytesText::new(&date.to_rfc2822()));
    let _ = w.write_event(Event::End(BytesEnd::new("head")));
    let _ = w.write_event(Event::Start(BytesStart::new("body")));
    let mut sections: Vec<Option<&str>> = Vec::new();
    for f in feeds {
        if !sections.contains(&f.section.as_deref()) {
            sections.push(f.section.as_deref());
        }
    }
    for section in sections {
        if let Some(s) = section {
            let folder = BytesStart::new("outline").with_attributes([("text", s), ("title", s)]);
            let _ = w.write_event(Event::Start(folder));
        }
        for f in feeds.iter().filter(|f| f.section.as_deref() == section) {
            let outline = BytesStart::new("outline").with_attributes([
                ("type", "rss"),
                ("text", f.name.as_str()),
                ("title", f.name.as_str()),
                ("xmlUrl", f.url.as_str()),
            ]);
            let _ = w.write_event(Event::Empty(outline));
        }
        if section.is_some() {
            let _ = w.write_event(Event::End(BytesEnd::new("outline")));
        }
    }
    let _ = w.write_event(Event::End(BytesEnd::new("body")));
    let _ = w.write_event(Event::End(BytesEnd::new("opml")));
    let mut out = String::from_utf8_lossy(&w.into_inner()).into_owned();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, url: &str, section: Option<&str>) -> FeedEntry {
        FeedEntry {
            name: name.into(),
            url: url.into(),
            section: section.map(Into::into),
        }
    }

    #[test]
    fn opml_round_trip() {
        let feeds = vec![
            entry(
                "Diaspora Digital Media",
                "https://diasporadigitalmedia.com/feed/",
                None,
            ),
            entry(
                "Tom & Jerry \"quotes\" <b>",
                "https://a.example/rss?x=1&y=2",
                Some("World"),
            ),
            entry("Ünïcødé 東京", "https://b.example/atom.xml", Some("World")),
            entry("Other", "https://c.example/feed.json", Some("Tech")),
        ];
        let xml = export(&feeds, chrono::Utc::now());
        assert_eq!(import(&xml).unwrap(), feeds);
    }

    #[test]
    fn newsboat_urls_file() {
        let text = "# comment\nhttps://a.example/feed news \"~A Feed\"\n\
                    https://b.example/rss\nquery:unread:unread = \"yes\"\n";
        assert_eq!(
            import(text).unwrap(),
            vec![
                entry("A Feed", "https://a.example/feed", Some("news")),
                entry("b.example", "https://b.example/rss", None)
            ]
        );
    }

    #[test]
    fn newsboat_empty_names_escaped_quotes_and_any_spelling_of_xmlurl() {
        let text = "https://a.example/feed \"~\"\n\
                    https://b.example/rss \"~Quoted \\\"inner\\\" name\"\n";
        assert_eq!(
            import(text).unwrap(),
            vec![
                entry("a.example", "https://a.example/feed", None),
                entry("Quoted \"inner\" name", "https://b.example/rss", None)
            ]
        );
        let xml = r#"<opml><body><outline text="Up" xmlURL="https://c.example/"/></body></opml>"#;
        assert_eq!(
            import(xml).unwrap(),
            vec![entry("Up", "https://c.example/", None)]
        );
    }

    #[test]
    fn what_is_left_out_is_said() {
        let text = "https://a.example/\nhttps://a.example/\nfile:///etc/passwd\n\
                    \"query:Unread:unread = \\\"yes\\\"\"\nexec:~/bin/feed\nnot a url\n";
        let (feeds, skipped) = import_noting_skipped(text).unwrap();
        assert_eq!(feeds.len(), 1);
        assert_eq!(
            skipped,
            [
                "https://a.example/: listed twice in the file",
                "file:///etc/passwd: not an http or https URL",
                "\"query:Unread:unread = \\\"yes\\\"\": a newsboat query, exec or filter feed, not a URL",
                "exec:~/bin/feed: a newsboat query, exec or filter feed, not a URL",
                "not a url: not an http or https URL",
            ]
        );
    }

    #[test]
    fn bad_and_empty_lists() {
        assert!(matches!(
            import("<opml><body><outline></body>"),
            Err(OpmlError::Xml(_))
        ));
        assert!(matches!(
            import("<opml><body/></opml>"),
            Err(OpmlError::Empty)
        ));
    }
}
