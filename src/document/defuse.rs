//! A linear pre-pass that keeps hostile markup from costing quadratic time downstream.
//!
//! html5ever checks each new attribute of a tag against all the earlier ones, so one
//! tag with hundreds of thousands of attributes takes minutes. This pass finds tags
//! with more than [`MAX_ATTRIBUTE_TOKENS`] whitespace-separated parts and turns their
//! opening `<` into `&lt;`, so the tokenizer reads them as text. Its idea of a tag is
//! never shorter than html5ever's (every quote opens a quoted run here, only those after
//! `=` do there), so no tag the tokenizer sees can be larger than this pass allows.

use std::borrow::Cow;

/// More parts than any real tag has (a data: URI is one part, however long).
pub const MAX_ATTRIBUTE_TOKENS: usize = 1024;

/// `html` with every oversized tag's `<` escaped; borrowed when there is none.
pub fn defuse_huge_tags(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut escape: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Text between tags is most of an article: skip it with a vectorised search.
        let Some(skip) = memchr::memchr(b'<', &bytes[i..]) else {
            break;
        };
        i += skip;
        let start = i;
        let mut tokens = 0;
        let mut in_space = true;
        let mut quote: Option<u8> = None;
        i += 1;
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'>' => break,
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b.is_ascii_whitespace() => in_space = true,
                None => {
                    if in_space {
                        tokens += 1;
                        in_space = false;
                    }
                }
            }
            i += 1;
        }
        if tokens > MAX_ATTRIBUTE_TOKENS {
            escape.push(start);
        }
    }
    if escape.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + escape.len() * 3);
    let mut last = 0;
    for at in escape {
        out.push_str(&html[last..at]);
        out.push_str("&lt;");
        last = at + 1;
    }
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_markup_is_untouched() {
        let html = "<p class=\"a\" data-x='>'>x<img src=\"data:image/png;base64,AAAA\"></p>";
        assert!(matches!(defuse_huge_tags(html), Cow::Borrowed(_)));
    }

    #[test]
    fn a_tag_with_too_many_attributes_becomes_text_fast() {
        let mut attrs = String::new();
        for i in 0..200_000 {
            attrs.push_str(" a");
            attrs.push_str(&i.to_string());
        }
        let html = format!("<p>before</p><p{attrs}>after</p>");
        let out = defuse_huge_tags(&html);
        assert!(out.starts_with("<p>before</p>&lt;p a0 a1"));
        // The whole conversion stays fast; without the pass html5ever compares each of
        // the 200,000 attributes with all earlier ones.
        let doc = crate::document::from_html(&html, None);
        assert!(doc.plain_text().starts_with("before"));
    }
}
