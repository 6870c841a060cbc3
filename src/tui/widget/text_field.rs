//! A one-line text input: insert, paste, move by grapheme, Home/End, Backspace/Delete,
//! and a horizontal window that keeps the cursor in view when the text is wider than
//! the field.

use unicode_segmentation::UnicodeSegmentation as _;

use super::{EditText, grapheme_width};

/// A one-line text input with a cursor on a grapheme boundary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    edit: EditText,
}

/// The shared editing: `text`, `cursor`, `insert`, `backspace`, `delete`, `left`, `right`.
impl std::ops::Deref for TextField {
    type Target = EditText;
    fn deref(&self) -> &EditText {
        &self.edit
    }
}

impl std::ops::DerefMut for TextField {
    fn deref_mut(&mut self) -> &mut EditText {
        &mut self.edit
    }
}

impl TextField {
    /// A field holding `text`, the cursor at its end.
    pub fn new(text: &str) -> TextField {
        TextField {
            edit: EditText::new(text, false),
        }
    }

    /// Replaces the text, the cursor at its end.
    pub fn set(&mut self, text: &str) {
        *self = TextField::new(text);
    }

    /// Moves to the start.
    pub fn home(&mut self) {
        self.edit.cursor = 0;
    }

    /// Moves to the end.
    pub fn end(&mut self) {
        self.edit.cursor = self.edit.text.len();
    }

    /// The part of the text that shows in `width` columns and the cursor's column in
    /// it: the start, or a window ending just after the cursor when it would be hidden.
    pub fn window(&self, width: usize) -> (String, usize) {
        let width = width.max(1);
        let graphemes: Vec<(usize, &str)> = self.edit.text.grapheme_indices(true).collect();
        let before: usize = graphemes
            .iter()
            .take_while(|(i, _)| *i < self.edit.cursor)
            .map(|(_, g)| grapheme_width(g))
            .sum();
        // Skip graphemes from the left until the cursor (and one cell for it) fits.
        let mut skip = 0;
        let mut skipped_width = 0;
        while before - skipped_width >= width {
            skipped_width += graphemes.get(skip).map_or(1, |(_, g)| grapheme_width(g));
            skip += 1;
        }
        let mut shown = String::new();
        let mut used = 0;
        for (_, g) in graphemes.iter().skip(skip) {
            let w = grapheme_width(g);
            if used + w > width {
                break;
            }
            shown.push_str(g);
            used += w;
        }
        (shown, before - skipped_width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_and_moving_by_grapheme() {
        let mut f = TextField::default();
        assert!(f.insert("ab"));
        f.left();
        assert!(f.insert("é"));
        assert_eq!(f.text(), "aéb");
        f.home();
        f.right();
        f.right();
        assert!(f.backspace());
        assert_eq!(f.text(), "ab");
        f.end();
        assert!(!f.delete());
        assert!(f.backspace());
        assert_eq!((f.text(), f.cursor()), ("a", 1));
    }

    #[test]
    fn combining_marks_emoji_and_flags_are_one_step() {
        // "Ẹ̀" is E + two combining marks; the flag is two regional indicators; the
        // family is a ZWJ sequence.
        let mut f = TextField::new("Ẹ̀🇳🇬👨‍👩‍👧x");
        f.left();
        assert_eq!(&f.text()[f.cursor()..], "x");
        f.left();
        assert_eq!(&f.text()[f.cursor()..], "👨‍👩‍👧x");
        f.left();
        assert_eq!(&f.text()[f.cursor()..], "🇳🇬👨‍👩‍👧x");
        f.left();
        assert_eq!(f.cursor(), 0);
        f.delete();
        assert_eq!(f.text(), "🇳🇬👨‍👩‍👧x");
        f.end();
        f.left();
        f.backspace();
        assert_eq!(f.text(), "🇳🇬x");
    }

    #[test]
    fn window_counts_columns_not_bytes() {
        let f = TextField::new("東京で会議");
        // Five wide characters: ten columns, cursor after them.
        let (shown, col) = f.window(6);
        assert_eq!((shown.as_str(), col), ("会議", 4));
        let mut f = f;
        f.home();
        assert_eq!(f.window(6), ("東京で".to_owned(), 0));
        f.right();
        assert_eq!(f.window(6).1, 2);
    }

    #[test]
    fn pasted_newlines_and_escapes_are_made_safe() {
        let mut f = TextField::default();
        f.insert("one\r\ntwo\u{1b}[31m\tthree");
        assert_eq!(f.text(), "one two[31m three");
    }
}
