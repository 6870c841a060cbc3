//! The content policy of [`super::from_html`]: which URLs are kept, which images are
//! tracking pixels, and the fast path in front of [`crate::sanitize::clean`].
//!
//! Pure functions on strings; they know nothing of HTML structure and must stay cheap,
//! as they run for every text run, link and image of every article at ingest.

use std::borrow::Cow;

use url::Url;

use crate::sanitize;

/// [`sanitize::clean`], skipped when a byte scan shows it would change nothing. The
/// scan matches exactly the UTF-8 encodings of the characters `clean` removes or
/// replaces ([`sanitize::is_unsafe`] and [`sanitize::is_separator`], checked by a
/// test), so the result is always identical; it exists because text runs
/// are by far the bulk of the input and a byte scan is several times cheaper.
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let unsafe_at = |i: usize, byte: u8| match byte {
        0..=0x08 | 0x0b..=0x1f | 0x7f => true,
        // C1 controls and the soft hyphen.
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f | 0xad)),
        // U+2028–U+202E, U+2066–U+2069.
        0xe2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0xa8..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        // U+FDD0–U+FDEF, U+FFFE, U+FFFF.
        0xef => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0xb7), Some(0x90..=0xaf)) | (Some(0xbf), Some(0xbe..=0xbf))
        ),
        // The last two of planes 1–16: xx xF BF BE/BF.
        0xf0..=0xf4 => {
            b.get(i + 2) == Some(&0xbf)
                && matches!(b.get(i + 3), Some(0xbe..=0xbf))
                && b.get(i + 1).is_some_and(|x| x & 0x0f == 0x0f)
        }
        _ => false,
    };
    // A branch-free pass the compiler vectorizes finds the (rare) texts with a lead
    // byte worth a closer look; only those pay for the exact scan.
    #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, so it vectorizes
    let quick = |x: u8| {
        (x < 0x20) & (x != b'\n') & (x != b'\t')
            | (x == 0x7f)
            | (x == 0xc2)
            | (x == 0xe2)
            | (x == 0xef)
            | (x.wrapping_sub(0xf0) < 5)
    };
    if !b.iter().fold(false, |acc, &x| acc | quick(x)) {
        return Cow::Borrowed(s);
    }
    if b.iter()
        .enumerate()
        .any(|(i, &x)| quick(x) && unsafe_at(i, x))
    {
        sanitize::clean(s)
    } else {
        Cow::Borrowed(s)
    }
}

/// Resolves `raw` against `base` and keeps it only if it is http(s) (or mailto, for
/// links), returned as a sanitized one-line string.
pub(crate) fn resolve(base: Option<&Url>, raw: &str, allow_mailto: bool) -> Option<String> {
    let url = match base {
        Some(base) => base.join(raw),
        None => Url::parse(raw),
    }
    .ok()?;
    match url.scheme() {
        "http" | "https" => {}
        "mailto" if allow_mailto => {}
        _ => return None,
    }
    let clean = sanitize::clean_line(url.as_str());
    (!clean.is_empty()).then_some(clean)
}

/// A `width` or `height` of 0 or 1 (pixels) marks a tracking pixel.
pub(crate) fn is_tiny_dimension(value: &str) -> bool {
    matches!(value.trim().trim_end_matches("px").trim(), "0" | "1")
}

/// Substrings of a (lowercased) image URL that mark a tracking pixel. Deliberately a
/// short list of the patterns seen in real feeds; it is not an ad blocker.
const TRACKER_PATTERNS: &[&str] = &[
    "feeds.feedburner.com/~r/",
    "feeds.feedburner.com/~ff/",
    "stats.wordpress.com",
    "://pixel.",
    "/pixel.",
    "/pixel?",
    "/pixel/",
    ".gif?",
    "medium.com/_/stat",
    "doubleclick.net",
];

/// Whether an image URL matches [`TRACKER_PATTERNS`] or ends in `/pixel`.
pub(crate) fn is_tracker(url: &str) -> bool {
    let url = url.to_ascii_lowercase();
    TRACKER_PATTERNS.iter().any(|p| url.contains(p)) || url.ends_with("/pixel")
}
