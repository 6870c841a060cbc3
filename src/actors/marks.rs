//! Where the marks that URL finding and quote pairing start from stand in a text: full
//! stops, `@`, colons and slashes (every URL, e-mail address and domain has one), and
//! quotation marks. Testing every char of the text for them cost as much as a tenth of
//! an extraction; here eight bytes are tested at once, and only the rare eight with a
//! candidate byte is looked at byte by byte.
//!
//! [`url_ranges`] then finds the URLs, e-mail addresses and domains around the marks.

/// The marks of a text, as char offsets, in text order.
#[derive(Debug, Default)]
pub struct Marks {
    /// `.`, `@`, `:` and `/`: where a URL, an e-mail address or a domain may be.
    pub url: Vec<usize>,
    /// `"`, `“` and `”`, each with its char.
    pub quotes: Vec<(usize, char)>,
}

const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of each of eight bytes: a byte past ASCII has it.
pub(super) const HI: u64 = 0x8080_8080_8080_8080;

/// Non-zero when some byte of `x` is `b` (the classic test for a zero byte, exact as to
/// whether there is one).
fn has(x: u64, b: u8) -> u64 {
    let v = x ^ (LO * u64::from(b));
    v.wrapping_sub(LO) & !v & HI
}

/// Non-zero when some byte of `x` may start a mark: one of the ASCII marks, or the
/// first byte of `“` and `”` (and of other punctuation: `’`, `—`).
fn candidates(x: u64) -> u64 {
    // `.` and `/` differ only in the lowest bit.
    has(x | LO, b'/') | has(x, b':') | has(x, b'@') | has(x, b'"') | has(x, 0xe2)
}

/// Whether `b` opens a char (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    b & 0xc0 != 0x80
}

/// The marks of `text`.
pub fn find(text: &str) -> Marks {
    let bytes = text.as_bytes();
    let mut marks = Marks::default();
    // The char offset of the byte being looked at.
    let mut at = 0;
    let mut chunks = bytes.chunks_exact(8);
    let mut p = 0;
    for chunk in &mut chunks {
        let mut eight = [0_u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        if candidates(x) == 0 {
            at += if x & HI == 0 {
                8
            } else {
                // All but the continuation bytes (10xxxxxx) open a char.
                let continuation = x & !(x << 1) & HI;
                8 - continuation.count_ones() as usize
            };
        } else {
            for k in p..p + 8 {
                look_at(bytes, k, at, &mut marks);
                at += usize::from(starts_char(bytes[k]));
            }
        }
        p += 8;
    }
    for k in p..bytes.len() {
        look_at(bytes, k, at, &mut marks);
        at += usize::from(starts_char(bytes[k]));
    }
    marks
}

/// Records the mark at byte `k` (char offset `at`) of `bytes`, if one is there.
fn look_at(bytes: &[u8], k: usize, at: usize, marks: &mut Marks) {
    match bytes[k] {
        b'.' | b'@' | b':' | b'/' => marks.url.push(at),
        b'"' => marks.quotes.push((at, '"')),
        // “ is E2 80 9C, ” is E2 80 9D.
        0xe2 if bytes.get(k + 1) == Some(&0x80) => match bytes.get(k + 2) {
            Some(0x9c) => marks.quotes.push((at, '“')),
            Some(0x9d) => marks.quotes.push((at, '”')),
            _ => {}
        },
        _ => {}
    }
}

/// Char ranges of URLs, e-mail addresses and bare domains, where no actor is found.
/// `marks` are the offsets of the chars one of them must have, in order.
pub(super) fn url_ranges(chars: &[char], marks: &[usize]) -> Vec<std::ops::Range<usize>> {
    const TLDS: &[&str] = &[
        "com", "org", "net", "ng", "uk", "io", "gov", "edu", "co", "info", "news", "tv",
    ];
    let mut out = Vec::new();
    // The word being looked at, lower-cased: one buffer for all.
    let mut word = String::new();
    // Only a word with one of these marks can be one: the marks, then their words.
    let mut i = 0;
    for &k in marks {
        // A mark in the word just looked at.
        if k < i {
            continue;
        }
        i = k;
        let mut start = i;
        while start > 0 && !chars[start - 1].is_whitespace() {
            start -= 1;
        }
        while i < chars.len() && !chars[i].is_whitespace() {
            i += 1;
        }
        word.clear();
        word.extend(chars[start..i].iter().map(char::to_ascii_lowercase));
        let bare = word.trim_end_matches(['.', ',', ')', ';', ':']);
        let dotted = bare.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty() && !host.ends_with('.') && TLDS.contains(&tld)
        });
        if word.contains("://") || word.starts_with("www.") || word.contains('@') || dotted {
            out.push(start..i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks found char by char.
    fn by_char(text: &str) -> (Vec<usize>, Vec<(usize, char)>) {
        let mut url = Vec::new();
        let mut quotes = Vec::new();
        for (i, c) in text.chars().enumerate() {
            if matches!(c, '.' | '@' | ':' | '/') {
                url.push(i);
            } else if matches!(c, '"' | '“' | '”') {
                quotes.push((i, c));
            }
        }
        (url, quotes)
    }

    #[test]
    fn finds_every_mark_at_its_char_offset() {
        let texts = [
            "",
            ".",
            "ab",
            "Visit https://example.com/news or mail a@b.ng.",
            "“Ẹ kú àárọ̀,” ó sọ. \"We’re here\" — 5:30 p.m. ÀÌ/ÉÈ ‘a’ \u{2019}x\u{201d}",
            "ééééééééé.“ééé”:x/y@z\"",
            "no marks at all in this plain sentence without any stops",
            "日本語のテキスト。“引用”です. 終わり",
        ];
        for text in texts {
            // Every offset into the text: marks on each side of an eight-byte boundary.
            for skip in 0..text.len() {
                let Some(part) = text.get(skip..) else {
                    continue;
                };
                let marks = find(part);
                assert_eq!((marks.url, marks.quotes), by_char(part), "{part:?}");
            }
        }
    }
}
