//! Turns the raw bytes of a response into UTF-8 text a feed parser can read.
//!
//! Feeds arrive gzip-compressed without saying so, in legacy encodings declared or not,
//! with a BOM or blank lines before the XML declaration, and with HTML entities such as
//! `&nbsp;` that XML does not know. This module repairs exactly those things and nothing
//! else; it does no parsing of the feed itself.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Read;

use encoding_rs::{Encoding, UTF_8};

/// A body that cannot be turned into text.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The body was empty.
    #[error("the server sent an empty body")]
    Empty,
    /// A gzip body that is corrupt.
    #[error("the body looks gzip-compressed but cannot be decompressed: {0}")]
    Gzip(String),
    /// A gzip body that inflates past the size cap.
    #[error("the decompressed body is larger than the {} limit", crate::feed::fetch::human_bytes(*limit))]
    TooLarge {
        /// The cap, in bytes.
        limit: u64,
    },
}

/// Decompresses a body that starts with the gzip magic bytes (some servers send gzip
/// without `Content-Encoding`), never inflating past `max_bytes`.
pub fn gunzip_if_needed(bytes: Vec<u8>, max_bytes: u64) -> Result<Vec<u8>, DecodeError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    let mut reader = flate2::read::MultiGzDecoder::new(bytes.as_slice()).take(max_bytes + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| DecodeError::Gzip(e.to_string()))?;
    if out.len() as u64 > max_bytes {
        return Err(DecodeError::TooLarge { limit: max_bytes });
    }
    Ok(out)
}

/// Decodes `bytes` to UTF-8. Order of trust: a BOM, then the XML declaration, then the
/// HTTP charset, then valid UTF-8, then a statistical guess (chardetng) for the many
/// feeds that declare nothing. A declared encoding the bytes contradict (declared UTF-8
/// but invalid) also falls back to the guess.
pub fn to_utf8(bytes: Vec<u8>, http_charset: Option<&str>) -> Result<String, DecodeError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    let (encoding, bom_len) = match Encoding::for_bom(&bytes) {
        Some((enc, bom_len)) => (enc, bom_len),
        None => (pick_encoding(&bytes, http_charset), 0),
    };
    let mut text = if encoding == UTF_8 && bom_len == 0 {
        // Already UTF-8 (checked or chosen by `pick_encoding`): reuse the buffer, and
        // only on invalid bytes pay for the lossy copy.
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    } else {
        let body = bytes.get(bom_len..).unwrap_or_default();
        encoding.decode(body).0.into_owned()
    };
    // The text is UTF-8 now: a declaration that says otherwise would make the XML
    // parser decode it a second time.
    rewrite_declared_encoding(&mut text);
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .len();
    text.drain(..lead);
    Ok(text)
}

fn pick_encoding(bytes: &[u8], http_charset: Option<&str>) -> &'static Encoding {
    let declared = declared_xml_encoding(bytes)
        .or(http_charset)
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    match declared {
        Some(enc) if enc == UTF_8 && !valid_utf8 => guess(bytes),
        Some(enc) => enc,
        None if valid_utf8 => UTF_8,
        None => guess(bytes),
    }
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

/// The `encoding="..."` of an XML declaration at the start of `bytes`, if any.
fn declared_xml_encoding(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(512)];
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &head[start..];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

fn rewrite_declared_encoding(text: &mut String) {
    let start = text.len() - text.trim_start().len();
    let Some(decl_len) = text[start..]
        .starts_with("<?xml")
        .then(|| text[start..].find("?>"))
    else {
        return;
    };
    let Some(decl_len) = decl_len else { return };
    let decl = &text[start..start + decl_len];
    let Some(at) = decl.find("encoding") else {
        return;
    };
    let after = &decl[at..];
    let Some(q1) = after.find(['"', '\'']) else {
        return;
    };
    let quote = after[q1..].chars().next().unwrap_or('"');
    let Some(q2) = after[q1 + 1..].find(quote) else {
        return;
    };
    let range = start + at + q1 + 1..start + at + q1 + 1 + q2;
    text.replace_range(range, "UTF-8");
}

/// Replaces HTML named entities that XML does not define (`&nbsp;`, `&eacute;`, …) with
/// numeric references, so a feed that uses them in plain element text still parses.
/// An unknown name, or a bare `&`, becomes `&amp;…`, which shows as the text it was.
/// CDATA sections and comments are copied unchanged: their `&` is already literal.
pub fn fix_html_entities(xml: &str) -> Cow<'_, str> {
    if !xml.contains('&') {
        return Cow::Borrowed(xml);
    }
    map_markup(xml, fix_region)
}

/// Removes every XML declaration but a leading one. A second `<?xml … encoding=…?>`
/// is not well-formed, and the XML reader below feed-rs panics when one names another
/// encoding (found by fuzzing); the text is UTF-8 by now, so it has nothing to say.
pub fn drop_late_declarations(xml: &str) -> Cow<'_, str> {
    let body_start = xml.len() - xml.trim_start().len();
    let first = xml[body_start..]
        .starts_with("<?xml")
        .then(|| body_start + 5);
    let from = first.unwrap_or(0);
    if xml
        .get(from..)
        .is_none_or(|rest| find(rest, "<?xml").is_none())
    {
        return Cow::Borrowed(xml);
    }
    let (head, rest) = xml.split_at(from);
    let mut out = String::with_capacity(xml.len());
    out.push_str(head);
    match map_markup(rest, drop_declarations) {
        Cow::Borrowed(_) => Cow::Borrowed(xml),
        Cow::Owned(tail) => {
            out.push_str(&tail);
            Cow::Owned(out)
        }
    }
}

fn drop_declarations(region: &str, out: &mut String) -> bool {
    let mut changed = false;
    let mut rest = region;
    while let Some(at) = rest.find("<?xml") {
        let is_decl = rest[at + 5..].starts_with(|c: char| c.is_ascii_whitespace() || c == '?');
        let end = if is_decl {
            rest[at..].find("?>").map(|e| at + e + 2)
        } else {
            None
        };
        if let Some(end) = end {
            out.push_str(&rest[..at]);
            rest = &rest[end..];
            changed = true;
        } else if is_decl {
            // No `?>` anywhere after: no later declaration can end either. Stopping
            // here keeps this linear on `<?xml <?xml <?xml …` with no end.
            break;
        } else {
            out.push_str(&rest[..at + 5]);
            rest = &rest[at + 5..];
        }
    }
    out.push_str(rest);
    changed
}

/// Byte offset of `needle` in `haystack`. These scans cover whole feeds (megabytes):
/// `memchr`'s vectorised search is several times faster than `str::find`'s two-way
/// search there. A match of an ASCII needle starts on a character boundary.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(haystack.as_bytes(), needle.as_bytes())
}

/// Runs `f` over the parts of `xml` outside CDATA sections and comments, copying those
/// unchanged; borrowed back if `f` changed nothing. `f` appends its region, changed or
/// not, to the string it is given, and says whether it changed anything.
fn map_markup(xml: &str, mut f: impl FnMut(&str, &mut String) -> bool) -> Cow<'_, str> {
    // The copy is started only once `f` changes something: most feeds need no repair,
    // and copying a whole feed to throw the copy away cost a multi-megabyte allocation
    // per feed (and, freed, made the allocator keep that much memory per thread).
    let mut out: Option<String> = None;
    // `f` writes each markup region here first; only a changed one starts the copy.
    let mut region = String::new();
    let mut markup = |start: usize, end: usize, out: &mut Option<String>| {
        region.clear();
        let changed = f(&xml[start..end], &mut region);
        match out {
            Some(out) => out.push_str(&region),
            None if changed => {
                let mut copy = String::with_capacity(xml.len() + 64);
                copy.push_str(&xml[..start]);
                copy.push_str(&region);
                *out = Some(copy);
            }
            None => {}
        }
    };
    let mut pos = 0;
    // Where the next CDATA section and comment start, found once each and searched
    // again only after `pos` passes them: searching afresh every time would be
    // quadratic in a feed of many CDATA sections and no comments.
    let mut next: [(Option<usize>, &str, &str); 2] =
        [(None, "<![CDATA[", "]]>"), (None, "<!--", "-->")];
    for (at, open, _) in &mut next {
        *at = find(xml, open);
    }
    while pos < xml.len() {
        for (at, open, _) in &mut next {
            if at.is_some_and(|a| a < pos) {
                *at = find(&xml[pos..], open).map(|a| a + pos);
            }
        }
        let Some((at, close)) = next
            .iter()
            .filter_map(|(at, _, close)| at.map(|a| (a, *close)))
            .min_by_key(|(a, _)| *a)
        else {
            markup(pos, xml.len(), &mut out);
            break;
        };
        markup(pos, at, &mut out);
        let end = find(&xml[at..], close).map_or(xml.len(), |e| at + e + close.len());
        if let Some(out) = &mut out {
            out.push_str(&xml[at..end]);
        }
        pos = end;
    }
    out.map_or(Cow::Borrowed(xml), Cow::Owned)
}

/// Appends `region` (markup and text, no CDATA) to `out` with its entities repaired;
/// `true` if anything changed.
fn fix_region(region: &str, out: &mut String) -> bool {
    let bytes = region.as_bytes();
    let mut changed = false;
    let mut last = 0;
    let mut i = 0;
    while let Some(pos) = region[i..].find('&') {
        let amp = i + pos;
        i = amp + 1;
        let name_len = bytes[i..]
            .iter()
            .take(40)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name_end = i + name_len;
        if bytes.get(i) == Some(&b'#') {
            continue; // A numeric reference: the XML parser judges it.
        }
        let known = (name_len > 0 && bytes.get(name_end) == Some(&b';'))
            .then(|| &region[i..name_end])
            .filter(|n| !matches!(*n, "amp" | "lt" | "gt" | "quot" | "apos"));
        if name_len > 0 && bytes.get(name_end) == Some(&b';') && known.is_none() {
            continue; // One of XML's own five.
        }
        out.push_str(&region[last..amp]);
        changed = true;
        match known.and_then(|_| html5ever::data::NAMED_ENTITIES.get(&region[i..=name_end])) {
            Some(&(first, second)) if first != 0 => {
                let _ = write!(out, "&#{first};");
                if second != 0 {
                    let _ = write!(out, "&#{second};");
                }
                last = name_end + 1;
                i = last;
            }
            _ => {
                out.push_str("&amp;");
                last = i;
            }
        }
    }
    out.push_str(&region[last..]);
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_latin1_is_decoded() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>";
        let text = to_utf8(bytes.to_vec(), None).unwrap();
        assert!(text.contains("café"));
        assert!(text.contains("encoding=\"UTF-8\""));
    }

    #[test]
    fn bom_and_leading_blank_lines_are_dropped() {
        let text = to_utf8(
            b"\xef\xbb\xbf\n\n  <?xml version='1.0'?><a/>".to_vec(),
            None,
        )
        .unwrap();
        assert!(text.starts_with("<?xml"));
    }

    #[test]
    fn undeclared_windows_1251_is_guessed() {
        // "Новости города" in windows-1251, no declaration.
        let body = b"<rss><title>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe3\xee\xf0\xee\xe4\xe0 \
            \xcd\xee\xe2\xee\xf1\xf2\xe8 \xe3\xee\xf0\xee\xe4\xe0</title></rss>";
        let text = to_utf8(body.to_vec(), None).unwrap();
        assert!(text.contains("Новости города"), "{text}");
    }

    #[test]
    fn empty_body_is_an_error() {
        assert!(matches!(
            to_utf8(b"  \n".to_vec(), None),
            Err(DecodeError::Empty)
        ));
    }

    #[test]
    fn html_entities_become_numeric() {
        assert_eq!(
            fix_html_entities("a&nbsp;b &amp; &eacute; &#8211;"),
            "a&#160;b &amp; &#233; &#8211;"
        );
        assert_eq!(fix_html_entities("&bogus; & x"), "&amp;bogus; &amp; x");
        assert_eq!(
            fix_html_entities("<t><![CDATA[A & B &nbsp;]]></t><!-- & --><u>&hellip;</u>"),
            "<t><![CDATA[A & B &nbsp;]]></t><!-- & --><u>&#8230;</u>"
        );
        assert!(matches!(
            fix_html_entities("<a>&amp; &#38;</a>"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn late_declarations_are_dropped() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><a><?xml version=\"1.0\" encoding=\"windows-1251\"?>x</a><![CDATA[<?xml version='1.0'?>]]><?xml-stylesheet href='s'?></rss>";
        assert_eq!(
            drop_late_declarations(xml),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><a>x</a><![CDATA[<?xml version='1.0'?>]]><?xml-stylesheet href='s'?></rss>"
        );
        assert!(matches!(
            drop_late_declarations("<?xml version='1.0'?><a/>"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn gzip_is_capped() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&vec![b'a'; 10_000]).unwrap();
        let gz = enc.finish().unwrap();
        assert_eq!(gunzip_if_needed(gz.clone(), 20_000).unwrap().len(), 10_000);
        assert!(matches!(
            gunzip_if_needed(gz, 1_000),
            Err(DecodeError::TooLarge { .. })
        ));
    }
}
