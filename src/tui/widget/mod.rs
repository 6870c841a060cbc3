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

/// The editing core both inputs share (they deref to it): the text and a byte cursor
/// that only rests on a grapheme boundary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditText {
    pub(crate) text: String,
    pub(crate) cursor: usize,
    multi_line: bool,
}

impl EditText {
    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor, as a byte offset into the text.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// `text`, cleaned for a one-line or multi-line input, the cursor at its end.
    pub(crate) fn new(text: &str, multi_line: bool) -> EditText {
        let text = clean_input(text, multi_line);
        EditText {
            cursor: text.len(),
            text,
            multi_line,
        }
    }

    /// Inserts typed or pasted text at the cursor, cleaned; whether anything changed.
    pub fn insert(&mut self, text: &str) -> bool {
        let clean = clean_input(text, self.multi_line);
        if clean.is_empty() {
            return false;
        }
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        true
    }

    /// Deletes the grapheme before the cursor; whether anything changed.
    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        let start = prev_boundary(&self.text, self.cursor);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        true
    }

    /// Deletes the grapheme under the cursor; whether anything changed.
    pub fn delete(&mut self) -> bool {
        if self.cursor >= self.text.len() {
            return false;
        }
        let end = next_boundary(&self.text, self.cursor);
        self.text.replace_range(self.cursor..end, "");
        true
    }

    /// Moves one grapheme left.
    pub fn left(&mut self) {
        self.cursor = prev_boundary(&self.text, self.cursor);
    }

    /// Moves one grapheme right.
    pub fn right(&mut self) {
        self.cursor = next_boundary(&self.text, self.cursor);
    }
}

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
