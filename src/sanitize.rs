//! Removes terminal-unsafe characters from text that came from the network.
//!
//! Everything a feed supplies (titles, authors, categories, body text, URLs) passes
//! through [`clean`] before it is stored, so no escape sequence from a feed can reach a
//! terminal later, whatever front end prints it. This module owns only the character
//! policy; it knows nothing of feeds or storage.

use std::borrow::Cow;

/// Whether `c` must never be stored or shown: C0 controls other than newline and tab,
/// DEL, C1 controls (which include the 8-bit CSI U+009B and OSC U+009D), and the bidi
/// embedding, override and isolate controls that can reorder what a reader sees.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Returns `s` without the characters [`is_unsafe`] rejects. A carriage return is
/// dropped too (CRLF becomes LF); ESC goes with its C0 neighbours, so a CSI or OSC
/// sequence is left as inert printable text at worst.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_unsafe) {
        Cow::Owned(s.chars().filter(|&c| !is_unsafe(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Like [`clean`], and also folds every run of whitespace (newlines included) into one
/// space and trims the ends: for one-line fields such as titles, authors and categories.
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || is_unsafe(c)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_and_bidi_controls() {
        let hostile =
            "a\u{1b}[31mred\u{1b}]52;c;SGVsbG8=\u{7}b\u{9b}2Jc\u{202e}d\u{2066}e\u{7f}f\r\n";
        let out = clean(hostile);
        assert!(!out.chars().any(is_unsafe));
        assert_eq!(out, "a[31mred]52;c;SGVsbG8=b2Jcdef\n");
    }

    #[test]
    fn keeps_newline_tab_and_non_latin_text() {
        let s = "שלום\tмир\n東京 🙂 e\u{301}";
        assert!(matches!(clean(s), Cow::Borrowed(_)));
    }

    #[test]
    fn clean_line_folds_whitespace() {
        assert_eq!(
            clean_line("  Hello\n\t world\u{1b} \u{202e}"),
            "Hello world"
        );
    }
}
