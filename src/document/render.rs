//! The rendered form of a [`Document`]: [`Line`]s of styled [`Piece`]s, shared by the
//! TUI and the CLI.
//!
//! This module owns only the public output types and the entry point; the wrapping
//! itself lives in `layout`. It must not depend on any terminal or UI crate: styling is
//! left to the consumer, which gets kinds and flags, never escape sequences.

use crate::width::display_width;
use std::ops::Range;

use super::{Document, layout};

/// Narrowest layout width; a smaller requested width is treated as this one.
pub const MIN_WIDTH: usize = 16;

/// One rendered terminal line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    /// The pieces, left to right; an empty line has none.
    pub pieces: Vec<Piece>,
}

impl Line {
    /// The line's text without styling.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    /// The line's width in display columns.
    pub fn width(&self) -> usize {
        self.pieces.iter().map(|p| display_width(&p.text)).sum()
    }
}

/// A run of text on one line sharing one kind and style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text to show; never contains a newline.
    pub text: String,
    /// What the text is, for styling.
    pub kind: PieceKind,
    /// Bold (from `<b>`/`<strong>`, and every heading).
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// The 1-based link reference this text belongs to or names.
    pub link: Option<u32>,
    /// Char range of `text` in [`Document::plain_text`]; `None` for decorations.
    pub source: Option<Range<usize>>,
}

/// What a [`Piece`] is, so a front end can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PieceKind {
    /// Paragraph and list text.
    Body,
    /// Heading text of the given level (1–6).
    Heading(u8),
    /// Inline code.
    Code,
    /// Preformatted text.
    Pre,
    /// An image placeholder, `[image: alt]`.
    Image,
    /// The bar in front of quoted lines.
    QuoteMarker,
    /// A list bullet or number.
    Bullet,
    /// Hanging indentation under a bullet or link number.
    Indent,
    /// A link reference such as `[3]`, after link text or in the links section.
    LinkMarker,
    /// A horizontal rule.
    Rule,
    /// The `Links:` title of the links section.
    LinksHeading,
    /// A URL in the links section.
    LinkUrl,
}

impl Document {
    /// Lays the document out at `width` display columns (at least [`MIN_WIDTH`]),
    /// followed by a `Links:` section when it has links. No line is wider than that.
    pub fn render_lines(&self, width: usize) -> Vec<Line> {
        layout::render(self, width.max(MIN_WIDTH))
    }
}
