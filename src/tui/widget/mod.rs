//! Reusable text-input pieces for the report form: a one-line [`TextField`] and a
//! wrapping multi-line [`TextArea`]. Both keep a byte cursor that only ever rests on a
//! grapheme boundary, and measure by display width (`unicode-width`), never by bytes or
//! chars, so CJK, emoji and combining marks move and draw as one cell or two.
//!
//! They hold plain state; no terminal code is here (the form's view draws them).

mod text_area;
mod text_field;

pub use text_area::{TextArea, VisualLine};
pub use text_field::TextField;

use unicode_segmentation::UnicodeSegmentation as _;
use unicode_width::UnicodeWidthStr as _;

/// The byte offset of the grapheme boundary before `at` in `text` (0 at the start).
pub(crate) fn prev_boundary(text: &str, at: usize) -> usize {
    text[..at]
        .grapheme_indices(true)
        .next_back()
        .map_or(0, |(i, _)| i)
}

/// The byte offset of the grapheme boundary after `at` in `text` (its length at the end).
pub(crate) fn next_boundary(text: &str, at: usize) -> usize {
    text[at..]
        .graphemes(true)
        .next()
        .map_or(text.len(), |g| at + g.len())
}

/// Display width of one grapheme (a control or zero-width one still takes no cells).
pub(crate) fn grapheme_width(g: &str) -> usize {
    if g == "\t" { 1 } else { g.width() }
}

/// `text` with terminal-unsafe characters removed and tabs kept as typed; for a
/// one-line field newlines become spaces too.
pub(crate) fn clean_input(text: &str, multi_line: bool) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' if !multi_line => Some(' '),
            '\t' => Some(' '),
            c if crate::sanitize::is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}
