//! The document model an article body becomes: structured blocks of styled spans,
//! numbered link references, and the renderers that wrap them at any width.
//!
//! This module owns the conversion from untrusted article HTML ([`from_html`]), the
//! compact serialized form stored per article (serde, short tags), the plain-text view
//! ([`Document::plain_text`]) and the line layout ([`Document::render_lines`],
//! [`Document::to_ansi`]) shared by the TUI and the CLI. It must not depend on any UI
//! crate, must not fetch anything, and must never let a terminal control character
//! through: every string it stores has passed through [`crate::sanitize`].
//!
//! # The plain-text contract
//!
//! [`Document::plain_text`] is the reference string downstream code stores character
//! offsets into (actor mentions, search hits). It is built as follows, and nothing else
//! may change it without a data migration:
//!
//! - top-level blocks, and blocks inside a quote, are separated by `"\n\n"`;
//! - headings and paragraphs are their span texts concatenated verbatim (no link
//!   markers); a `<br>` is a `"\n"` inside a span's text;
//! - a list is its items separated by `"\n"`, and the blocks of one item are separated
//!   by `"\n"` too; there are no bullet or number prefixes;
//! - preformatted text is verbatim, an image is `"[image: ALT]"` (or `"[image]"` without
//!   alt text), and a rule is `"---"`.
//!
//! Offsets are counted in `char`s, not bytes. Every [`Piece`] produced by
//! [`Document::render_lines`] that carries a `source` range satisfies
//! `plain_text.chars().skip(r.start).take(r.len()) == piece.text`; decorations (bullets,
//! quote bars, indentation, `[n]` link markers, the links section) carry `None`. Word
//! wrapping only ever breaks at a space or a newline, or inside an over-long word,
//! and never inserts characters into a sourced piece.

mod ansi;
mod builder;
mod defuse;
mod html;
mod layout;
mod policy;
mod render;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_render;
#[cfg(test)]
mod tests_speed;

use serde::{Deserialize, Serialize};

pub use html::from_html;
pub use render::{Line, MIN_WIDTH, Piece, PieceKind};

/// An article body as structured blocks, wrappable at any width.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// The body, in reading order.
    #[serde(rename = "b", default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// Numbered link targets: `links[0]` is reference `[1]`. Each URL appears once.
    #[serde(rename = "l", default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
}

/// One block-level element of a [`Document`].
///
/// The serde tags are deliberately short: this is stored for every article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A heading of level 1 to 6.
    #[serde(rename = "h")]
    Heading {
        /// 1 for `<h1>` through 6 for `<h6>`.
        #[serde(rename = "v")]
        level: u8,
        /// The heading text.
        #[serde(rename = "s")]
        spans: Vec<Span>,
    },
    /// A run of text; a `"\n"` inside a span is a hard line break.
    #[serde(rename = "p")]
    Paragraph(Vec<Span>),
    /// A block quotation, which may nest.
    #[serde(rename = "q")]
    Quote(Vec<Block>),
    /// A bulleted or numbered list; each item is a list of blocks (lists may nest).
    #[serde(rename = "l")]
    List {
        /// Numbered (`<ol>`) rather than bulleted (`<ul>`).
        #[serde(rename = "o", default, skip_serializing_if = "is_false")]
        ordered: bool,
        /// The items, each never empty when produced by [`from_html`].
        #[serde(rename = "i")]
        items: Vec<Vec<Block>>,
    },
    /// Text whose whitespace and line breaks are significant (tabs already expanded).
    #[serde(rename = "c")]
    Preformatted(String),
    /// An image reference; the URL is absolute http(s).
    #[serde(rename = "m")]
    Image {
        /// The alt text, possibly empty, folded to one line.
        #[serde(rename = "a", default, skip_serializing_if = "String::is_empty")]
        alt: String,
        /// The absolute image URL.
        #[serde(rename = "u")]
        url: String,
    },
    /// A thematic break (`<hr>`).
    #[serde(rename = "r")]
    Rule,
}

/// A run of text sharing one style and one link target.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    /// The text, whitespace already collapsed; may contain `"\n"` for a `<br>`.
    #[serde(rename = "t")]
    pub text: String,
    /// Bold, italic and code flags.
    #[serde(rename = "s", default, skip_serializing_if = "SpanStyle::is_plain")]
    pub style: SpanStyle,
    /// 1-based index into [`Document::links`], if this text is a link.
    #[serde(rename = "l", default, skip_serializing_if = "Option::is_none")]
    pub link: Option<u32>,
}

/// Inline style flags of a [`Span`], stored as one small integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SpanStyle(u8);

impl SpanStyle {
    /// No styling.
    pub const PLAIN: SpanStyle = SpanStyle(0);
    /// Bold (`<b>`, `<strong>`).
    pub const BOLD: SpanStyle = SpanStyle(1);
    /// Italic (`<i>`, `<em>`, `<cite>`).
    pub const ITALIC: SpanStyle = SpanStyle(2);
    /// Inline code (`<code>`, `<kbd>`, `<samp>`, `<tt>`).
    pub const CODE: SpanStyle = SpanStyle(4);

    /// The union of two sets of flags.
    #[must_use]
    pub const fn with(self, other: SpanStyle) -> SpanStyle {
        SpanStyle(self.0 | other.0)
    }

    /// The flags present in both `self` and `other`.
    #[must_use]
    pub const fn intersect(self, other: SpanStyle) -> SpanStyle {
        SpanStyle(self.0 & other.0)
    }

    /// Whether bold is set.
    pub const fn bold(self) -> bool {
        self.0 & Self::BOLD.0 != 0
    }

    /// Whether italic is set.
    pub const fn italic(self) -> bool {
        self.0 & Self::ITALIC.0 != 0
    }

    /// Whether inline code is set.
    pub const fn code(self) -> bool {
        self.0 & Self::CODE.0 != 0
    }

    /// The flags as stored.
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// Flags as [`SpanStyle::bits`] gave them.
    pub const fn from_bits(bits: u8) -> SpanStyle {
        SpanStyle(bits)
    }

    /// Whether no flag is set.
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes &Self
    pub const fn is_plain(&self) -> bool {
        self.0 == 0
    }
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes &bool
fn is_false(b: &bool) -> bool {
    !*b
}

/// Separator between top-level blocks and between blocks of a quote.
const BLOCK_SEP: &str = "\n\n";
/// Separator between list items and between blocks of one item.
const ITEM_SEP: &str = "\n";

impl Document {
    /// The article as plain text, exactly as described in the module documentation.
    pub fn plain_text(&self) -> String {
        let mut out = String::with_capacity(self.text_len_chars());
        write_blocks(&self.blocks, BLOCK_SEP, &mut out);
        out
    }

    /// The length of [`Document::plain_text`] in chars, computed without building it.
    pub fn text_len_chars(&self) -> usize {
        blocks_len(&self.blocks, BLOCK_SEP)
    }

    /// The URL of the first image in reading order (inside quotes and lists too), used
    /// as an article's lead image when the feed names none.
    pub fn first_image(&self) -> Option<&str> {
        let mut stack: Vec<&[Block]> = vec![&self.blocks];
        while let Some(blocks) = stack.pop() {
            let Some((first, rest)) = blocks.split_first() else {
                continue;
            };
            stack.push(rest);
            match first {
                Block::Image { url, .. } => return Some(url),
                Block::Quote(inner) => stack.push(inner),
                Block::List { items, .. } => stack.extend(items.iter().rev().map(Vec::as_slice)),
                _ => {}
            }
        }
        None
    }

    /// Whether the document has no blocks at all.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

impl Block {
    /// This block's contribution to [`Document::plain_text`].
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        write_block(self, &mut out);
        out
    }

    /// The length of [`Block::plain_text`] in chars.
    pub fn text_len_chars(&self) -> usize {
        match self {
            Block::Heading { spans, .. } | Block::Paragraph(spans) => {
                spans.iter().map(|s| s.text.chars().count()).sum()
            }
            Block::Quote(blocks) => blocks_len(blocks, BLOCK_SEP),
            Block::List { items, .. } => {
                let sep = items.len().saturating_sub(1) * ITEM_SEP.len();
                sep + items.iter().map(|i| blocks_len(i, ITEM_SEP)).sum::<usize>()
            }
            Block::Preformatted(text) => text.chars().count(),
            Block::Image { alt, .. } => image_label(alt).chars().count(),
            Block::Rule => RULE_TEXT.len(),
        }
    }
}

/// The plain-text form of a rule.
const RULE_TEXT: &str = "---";

/// The plain-text (and rendered) form of an image.
pub(crate) fn image_label(alt: &str) -> String {
    if alt.is_empty() {
        "[image]".to_owned()
    } else {
        format!("[image: {alt}]")
    }
}

/// Char length of `blocks` joined by `sep` (an ASCII separator).
pub(crate) fn blocks_len(blocks: &[Block], sep: &str) -> usize {
    let seps = blocks.len().saturating_sub(1) * sep.len();
    seps + blocks.iter().map(Block::text_len_chars).sum::<usize>()
}

fn write_blocks(blocks: &[Block], sep: &str, out: &mut String) {
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        write_block(block, out);
    }
}

fn write_block(block: &Block, out: &mut String) {
    match block {
        Block::Heading { spans, .. } | Block::Paragraph(spans) => {
            for span in spans {
                out.push_str(&span.text);
            }
        }
        Block::Quote(blocks) => write_blocks(blocks, BLOCK_SEP, out),
        Block::List { items, .. } => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(ITEM_SEP);
                }
                write_blocks(item, ITEM_SEP, out);
            }
        }
        Block::Preformatted(text) => out.push_str(text),
        Block::Image { alt, .. } => out.push_str(&image_label(alt)),
        Block::Rule => out.push_str(RULE_TEXT),
    }
}
