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

#[cfg(test)]
mod tests {
    use super::display_width;

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
