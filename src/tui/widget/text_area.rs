//! A multi-line text input that wraps at the field's width: words move to the next row
//! when they do not fit (a word wider than the row is cut), Enter is a newline, the
//! arrows move by grapheme and by visual row, Home/End go to the row's ends.
//!
//! Wrapping is recomputed from the text and the width whenever it is needed, so a
//! resize needs no bookkeeping.

use unicode_segmentation::UnicodeSegmentation as _;

use super::{EditText, grapheme_width, prev_boundary};

/// One row on screen: the bytes `start..end` of the text (without the newline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    /// First byte.
    pub start: usize,
    /// One past the last byte shown.
    pub end: usize,
}

/// A multi-line text input with a cursor on a grapheme boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextArea {
    edit: EditText,
}

impl Default for TextArea {
    fn default() -> Self {
        TextArea::new("")
    }
}

/// The shared editing: `text`, `cursor`, `insert`, `backspace`, `delete`, `left`, `right`.
impl std::ops::Deref for TextArea {
    type Target = EditText;
    fn deref(&self) -> &EditText {
        &self.edit
    }
}

impl std::ops::DerefMut for TextArea {
    fn deref_mut(&mut self) -> &mut EditText {
        &mut self.edit
    }
}

impl TextArea {
    /// An area holding `text`, the cursor at its end.
    pub fn new(text: &str) -> TextArea {
        TextArea {
            edit: EditText::new(text, true),
        }
    }

    /// Replaces the text, the cursor at its end.
    pub fn set(&mut self, text: &str) {
        *self = TextArea::new(text);
    }

    /// Moves to the start of the cursor's row.
    pub fn home(&mut self, width: usize) {
        let lines = self.lines(width);
        let (row, _) = self.locate(&lines);
        self.edit.cursor = lines[row].start;
    }

    /// Moves to the end of the cursor's row.
    pub fn end(&mut self, width: usize) {
        let lines = self.lines(width);
        let (row, _) = self.locate(&lines);
        let line = lines[row];
        // The end of a wrapped row is the next row's start: stay before its last grapheme.
        let wrapped = lines
            .get(row + 1)
            .is_some_and(|next| next.start == line.end);
        self.edit.cursor = if wrapped && line.end > line.start {
            prev_boundary(&self.edit.text, line.end)
        } else {
            line.end
        };
    }

    /// Moves one row up, keeping the column as near as the row allows; returns false
    /// on the first row.
    pub fn up(&mut self, width: usize) -> bool {
        let lines = self.lines(width);
        let (row, col) = self.locate(&lines);
        if row == 0 {
            return false;
        }
        self.edit.cursor = self.offset_at(lines[row - 1], col, &lines, row - 1);
        true
    }

    /// Moves one row down; returns false on the last row.
    pub fn down(&mut self, width: usize) -> bool {
        let lines = self.lines(width);
        let (row, col) = self.locate(&lines);
        if row + 1 >= lines.len() {
            return false;
        }
        self.edit.cursor = self.offset_at(lines[row + 1], col, &lines, row + 1);
        true
    }

    /// The cursor's (row, column) on screen at `width`.
    pub fn cursor_position(&self, width: usize) -> (usize, usize) {
        self.locate(&self.lines(width))
    }

    /// The rows the text takes at `width` columns (at least one).
    pub fn lines(&self, width: usize) -> Vec<VisualLine> {
        let width = width.max(1);
        let mut out = Vec::new();
        let mut para_start = 0;
        for para in self.edit.text.split('\n') {
            wrap_paragraph(para, para_start, width, &mut out);
            para_start += para.len() + 1;
        }
        out
    }

    fn locate(&self, lines: &[VisualLine]) -> (usize, usize) {
        // The last row starting at or before the cursor (a wrapped row's end is the
        // next row's start).
        let row = lines
            .iter()
            .rposition(|l| l.start <= self.edit.cursor)
            .unwrap_or(0);
        let line = lines[row];
        let col = self.edit.text[line.start..self.edit.cursor.min(line.end).max(line.start)]
            .graphemes(true)
            .map(grapheme_width)
            .sum();
        (row, col)
    }

    fn offset_at(&self, line: VisualLine, col: usize, lines: &[VisualLine], row: usize) -> usize {
        let wrapped = lines.get(row + 1).is_some_and(|n| n.start == line.end);
        let mut used = 0;
        let mut last = line.start;
        for (i, g) in self.edit.text[line.start..line.end].grapheme_indices(true) {
            let w = grapheme_width(g);
            if used + w > col {
                return line.start + i;
            }
            used += w;
            last = line.start + i;
        }
        if wrapped && line.end > line.start {
            last
        } else {
            line.end
        }
    }
}

/// Appends the rows of one paragraph (text without newlines starting at byte `base`).
fn wrap_paragraph(para: &str, base: usize, width: usize, out: &mut Vec<VisualLine>) {
    let mut start = 0;
    let mut used = 0;
    // Where the row may break: just after the last space seen in it.
    let mut last_space: Option<usize> = None;
    for (i, g) in para.grapheme_indices(true) {
        let w = grapheme_width(g);
        if used + w > width && i > start {
            let cut = match last_space {
                Some(cut) if cut > start => cut,
                _ => i,
            };
            out.push(VisualLine {
                start: base + start,
                end: base + cut,
            });
            used = para[cut..i].graphemes(true).map(grapheme_width).sum();
            start = cut;
            last_space = None;
        }
        used += w;
        if g.chars().all(char::is_whitespace) {
            last_space = Some(i + g.len());
        }
    }
    out.push(VisualLine {
        start: base + start,
        end: base + para.len(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(a: &TextArea, width: usize) -> Vec<&str> {
        a.lines(width)
            .iter()
            .map(|l| &a.text()[l.start..l.end])
            .collect()
    }

    #[test]
    fn wraps_words_and_cuts_long_ones() {
        let a = TextArea::new("the quick brown fox\nabcdefghij");
        assert_eq!(rows(&a, 10), ["the quick ", "brown fox", "abcdefghij"]);
        assert_eq!(
            rows(&a, 4),
            [
                "the ", "quic", "k ", "brow", "n ", "fox", "abcd", "efgh", "ij"
            ]
        );
        assert_eq!(rows(&TextArea::default(), 5), [""]);
        assert_eq!(rows(&TextArea::new("a\n"), 5), ["a", ""]);
    }

    #[test]
    fn wide_characters_wrap_by_columns() {
        let a = TextArea::new("東京で国際会議");
        assert_eq!(rows(&a, 5), ["東京", "で国", "際会", "議"]);
        assert_eq!(a.cursor_position(5), (3, 2));
    }

    #[test]
    fn cursor_moves_by_row_and_grapheme() {
        let mut a = TextArea::new("hello world\nẸ̀kọ́ 🇳🇬 ok");
        // Rows at width 8: "hello ", "world", "Ẹ̀kọ́ 🇳🇬 ", "ok".
        assert_eq!(a.cursor_position(8), (3, 2));
        assert!(a.up(8));
        assert_eq!(a.cursor_position(8), (2, 2));
        assert_eq!(&a.text()[a.cursor()..], "ọ́ 🇳🇬 ok");
        a.right();
        a.right();
        assert_eq!(&a.text()[a.cursor()..], "🇳🇬 ok");
        assert_eq!(a.cursor_position(8), (2, 4));
        a.right();
        assert_eq!(a.cursor_position(8), (2, 6));
        assert!(a.up(8));
        assert_eq!(a.cursor_position(8), (1, 5));
        a.home(8);
        assert_eq!(&a.text()[a.cursor()..a.cursor() + 5], "world");
        a.end(8);
        assert_eq!(a.cursor_position(8), (1, 5));
        assert!(a.up(8));
        assert!(!a.up(8));
        a.end(8);
        // The end of a wrapped row stays on it (before the space that ends it).
        assert_eq!(a.cursor_position(8), (0, 5));
        a.left();
        a.backspace();
        assert!(a.text().starts_with("helo world"));
        assert!(a.down(8));
        assert!(a.down(8));
        assert!(a.down(8));
        assert!(!a.down(8));
    }

    #[test]
    fn enter_and_paste_keep_newlines_but_not_escapes() {
        let mut a = TextArea::default();
        a.insert("line one\r\nline two\u{1b}]52;c;x\u{7}");
        a.insert("\n");
        assert_eq!(a.text(), "line one\nline two]52;c;x\n");
        assert_eq!(a.cursor_position(20), (2, 0));
        a.backspace();
        a.backspace();
        assert_eq!(a.text(), "line one\nline two]52;c;");
    }
}
