//! How many terminal cells a string takes, measured the way ratatui draws it: grapheme
//! by grapheme. unicode-width's width of a whole string joins some pairs that the
//! buffer and terminals draw in a cell each: Arabic lam + alef (لا), in most Arabic
//! words, counts one column for two letters, so lines measured with it overflowed and
//! were cut, columns shifted, and links were placed over other words.

use unicode_segmentation::UnicodeSegmentation as _;
use unicode_width::UnicodeWidthStr as _;

/// The cells `text` takes on screen. Graphemes holding a control character take none
/// (ratatui skips them).
pub fn display_width(text: &str) -> usize {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return text.len();
    }
    text.graphemes(true)
        .filter(|g| !g.contains(char::is_control))
        .map(str::width)
        .sum()
}

/// Wraps `text` at word boundaries into lines of at most `width` columns; a word wider
/// than the line is cut, between graphemes.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = display_width(word);
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        if w > width {
            for g in word.graphemes(true) {
                let gw = display_width(g);
                if used + gw > width {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push_str(g);
                used += gw;
            }
        } else {
            line.push_str(word);
            used += w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::display_width;

    #[test]
    fn wrap_cuts_between_graphemes_and_fits() {
        // Sun + U+FE0F is drawn in two cells; a char-by-char count said one.
        for line in super::wrap("☀️☀️☀️☀️ لالالالا", 5) {
            assert!(display_width(&line) <= 5, "{line}");
            assert!(!line.starts_with('\u{fe0f}'), "{line:?}");
        }
    }

    #[test]
    fn each_grapheme_counts_as_ratatui_draws_it() {
        assert_eq!(display_width("peace talks"), 11);
        // Lam + alef: two letters, two cells (unicode-width's string width says one).
        assert_eq!(unicode_width::UnicodeWidthStr::width("لا"), 1);
        assert_eq!(display_width("لا"), 2);
        assert_eq!(display_width("الاستقلال"), 9);
        assert_eq!(display_width("日本"), 4);
        assert_eq!(display_width("e\u{301}"), 1);
        assert_eq!(display_width("👩\u{200d}👩\u{200d}👧"), 2);
        assert_eq!(display_width("a\tb"), 2);
        // Against ratatui's own buffer.
        for text in [
            "الاستقلال والسلام لا يزالان",
            "Ẹ̀kọ́ àti ìlera",
            "🇳🇬 Super Eagles",
            "東京で",
        ] {
            let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 80, 1));
            let (x, _) = buf.set_stringn(0, 0, text, 80, ratatui::style::Style::new());
            assert_eq!(display_width(text), usize::from(x), "{text}");
        }
    }
}
