//! Removes terminal-unsafe characters from text that came from the network.
//!
//! Everything a feed supplies (titles, authors, categories, body text, URLs) passes
//! through [`clean`] before it is stored, so no escape sequence from a feed can reach a
//! terminal later, whatever front end prints it. This module owns only the character
//! policy; it knows nothing of feeds or storage.

use std::borrow::Cow;

/// Whether `c` must never be stored or shown: C0 controls other than newline and tab,
/// DEL, C1 controls (which include the 8-bit CSI U+009B and OSC U+009D), and the bidi
/// embedding, override and isolate controls that can reorder what a reader sees. Also
/// the characters a terminal prints as nothing though the screen's layout gives them a
/// cell, which shifts the rest of the line and leaves old text behind: the soft hyphen
/// (which also splits a word for search and actors: "Ni\u{ad}ge\u{ad}ri\u{ad}a") and
/// the noncharacters (U+FDD0–U+FDEF and the last two of every plane).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || is_invisible(c)
}

/// The soft hyphen and the noncharacters: dropped without parting the word they are in.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{fdd0}'..='\u{fdef}') || u32::from(c) & 0xfffe == 0xfffe
}

/// Whether `c` is the line or paragraph separator (U+2028, U+2029), pasted into many
/// CMSs from word processors: kept as a space, since a terminal prints nothing for it.
pub fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Returns `s` without the characters [`is_unsafe`] rejects, and with the separators
/// ([`is_separator`]) as spaces. A carriage return is dropped too (CRLF becomes LF);
/// ESC goes with its C0 neighbours, so a CSI or OSC sequence is left as inert
/// printable text at worst.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| is_unsafe(c) || is_separator(c)) {
        Cow::Owned(
            s.chars()
                .filter(|&c| !is_unsafe(c))
                .map(|c| if is_separator(c) { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// Like [`clean`], and also folds every run of whitespace (newlines included) into one
/// space and trims the ends: for one-line fields such as titles, authors and categories.
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || (is_unsafe(c) && !is_invisible(c))) {
        let word = clean(word);
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
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
    fn drops_what_prints_as_nothing_and_spaces_the_separators() {
        let s = "Ni\u{ad}ge\u{ad}ri\u{ad}a line\u{2028}sep para\u{2029}x\u{fdd0}\u{fffe}\u{1ffff}y";
        assert_eq!(clean(s), "Nigeria line sep para xy");
        assert_eq!(clean_line(s), "Nigeria line sep para xy");
        assert!(!is_unsafe('\u{fdf0}') && !is_unsafe('\u{fffd}') && !is_unsafe('\u{ffef}'));
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
