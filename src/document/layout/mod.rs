//! The layout engine behind [`Document::render_lines`]: word wrapping, prefixes
//! (quote bars, bullets, hanging indents), link markers and the links section.
//!
//! It owns the invariant that no line exceeds the width and that every sourced piece
//! is an exact char range of [`Document::plain_text`]; offsets here must follow the
//! separators defined in `mod.rs` and nothing else.

use crate::width::display_width;
use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

mod words;

use super::{
    BLOCK_SEP, Block, Document, ITEM_SEP, Line, Piece, PieceKind, Span, blocks_len, image_label,
};

/// Widest a rule is drawn, however wide the screen.
const RULE_MAX: usize = 40;

/// Lays out `doc` at `width` columns (already at least [`super::MIN_WIDTH`]).
pub(crate) fn render(doc: &Document, width: usize) -> Vec<Line> {
    let mut r = Renderer {
        width,
        ..Renderer::default()
    };
    r.blocks(&doc.blocks, 0, BLOCK_SEP);
    if !doc.links.is_empty() {
        if !r.lines.is_empty() {
            r.lines.push(Line::default());
        }
        r.start_line();
        r.push(&Frag::decoration(PieceKind::LinksHeading), "Links:", None);
        r.finish_line();
        for (i, url) in doc.links.iter().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let marker = format!("[{n}] ");
            let style = Frag {
                link: Some(n),
                ..Frag::decoration(PieceKind::LinkUrl)
            };
            r.prefix.push(Seg {
                text: " ".repeat(display_width(&marker)),
                kind: PieceKind::Indent,
                first: Some((marker, PieceKind::LinkMarker)),
            });
            r.start_line();
            r.place_word(&[(style, Cow::Borrowed(url.as_str()), None)]);
            r.finish_line();
            r.prefix.pop();
        }
    }
    r.lines
}

/// A prefix segment applied to every line of a nested context.
struct Seg {
    /// Shown on every line (quote bar, hanging indent).
    text: String,
    kind: PieceKind,
    /// Shown instead of `text` on the first line only (bullet, number).
    first: Option<(String, PieceKind)>,
}

/// Style of a piece of content, without its text.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Frag {
    kind: PieceKind,
    bold: bool,
    italic: bool,
    link: Option<u32>,
}

impl Frag {
    fn decoration(kind: PieceKind) -> Frag {
        Frag {
            kind,
            bold: false,
            italic: false,
            link: None,
        }
    }
}

/// A word part: style, text, and the char offset of its first char if it is sourced.
type Part<'s> = (Frag, Cow<'s, str>, Option<usize>);

/// One unit of flowing text.
enum Token<'s> {
    /// Parts with no break opportunity between them.
    Word(Vec<Part<'s>>),
    /// A breakable space, with its char offset.
    Space(Frag, usize),
    /// A hard line break.
    Break,
}

#[derive(Default)]
struct Renderer {
    width: usize,
    lines: Vec<Line>,
    prefix: Vec<Seg>,
    list_depth: usize,
    /// The line being filled and the content width used on it.
    current: Option<(Line, usize)>,
    prefix_width: usize,
}

impl Renderer {
    fn blocks(&mut self, blocks: &[Block], mut offset: usize, sep: &str) {
        for (i, block) in blocks.iter().enumerate() {
            if i > 0 {
                if sep == BLOCK_SEP {
                    self.blank_line();
                }
                offset += sep.len();
            }
            self.block(block, offset);
            offset += block.text_len_chars();
        }
    }

    fn block(&mut self, block: &Block, start: usize) {
        match block {
            Block::Paragraph(spans) => self.flow_spans(spans, start, PieceKind::Body, false),
            Block::Heading { level, spans } => {
                self.flow_spans(spans, start, PieceKind::Heading(*level), true);
            }
            Block::Quote(blocks) => {
                self.prefix.push(Seg {
                    text: "│ ".into(),
                    kind: PieceKind::QuoteMarker,
                    first: None,
                });
                self.blocks(blocks, start, BLOCK_SEP);
                self.prefix.pop();
            }
            Block::List { ordered, items } => {
                let mut offset = start;
                for (i, item) in items.iter().enumerate() {
                    let bullet = if *ordered {
                        format!("{}. ", i + 1)
                    } else {
                        ["• ", "◦ ", "▪ "][self.list_depth % 3].to_owned()
                    };
                    let text = " ".repeat(display_width(&bullet));
                    self.prefix.push(Seg {
                        text,
                        kind: PieceKind::Indent,
                        first: Some((bullet, PieceKind::Bullet)),
                    });
                    self.list_depth += 1;
                    self.blocks(item, offset, ITEM_SEP);
                    self.list_depth -= 1;
                    if self.prefix.last().is_some_and(|s| s.first.is_some()) {
                        // An empty item still shows its bullet.
                        self.start_line();
                        self.finish_line();
                    }
                    self.prefix.pop();
                    offset += blocks_len(item, ITEM_SEP) + ITEM_SEP.len();
                }
            }
            Block::Preformatted(text) => {
                let style = Frag::decoration(PieceKind::Pre);
                let mut offset = start;
                for line in text.split('\n') {
                    self.start_line();
                    if !line.is_empty() {
                        self.place_word(&[(style, Cow::Borrowed(line), Some(offset))]);
                    }
                    self.finish_line();
                    offset += line.chars().count() + 1;
                }
            }
            Block::Image { alt, url } => {
                let label = image_label(alt);
                let span = Span {
                    text: label,
                    ..Span::default()
                };
                self.flow_spans(std::slice::from_ref(&span), start, PieceKind::Image, false);
                // The image's address, under its label: not part of the plain text.
                self.start_line();
                let style = Frag::decoration(PieceKind::LinkUrl);
                self.place_word(&[(style, Cow::Borrowed(url.as_str()), None)]);
                self.finish_line();
            }
            Block::Rule => {
                self.start_line();
                let n = (self.width - self.prefix_width).min(RULE_MAX);
                self.push(&Frag::decoration(PieceKind::Rule), &"─".repeat(n), None);
                self.finish_line();
            }
        }
    }

    /// Wraps spans word by word, adding a `[n]` marker after each link's text.
    fn flow_spans(&mut self, spans: &[Span], start: usize, kind: PieceKind, bold: bool) {
        self.flow(&words::tokenize(spans, start, kind, bold));
    }

    fn flow(&mut self, tokens: &[Token<'_>]) {
        let mut pending: Option<(Frag, usize)> = None;
        for token in tokens {
            match token {
                Token::Break => {
                    self.start_line();
                    self.finish_line();
                    pending = None;
                }
                Token::Space(style, offset) => {
                    if self.used() > 0 {
                        pending = pending.or(Some((*style, *offset)));
                    }
                }
                Token::Word(parts) => {
                    let width: usize = parts.iter().map(|p| display_width(&p.1)).sum();
                    self.start_line();
                    let avail = self.width - self.prefix_width;
                    let used = self.used();
                    let space = usize::from(pending.is_some() && used > 0);
                    if used + space + width <= avail {
                        if let (Some((style, offset)), 1) = (pending, space) {
                            self.push(&style, " ", Some(offset));
                        }
                    } else if used > 0 {
                        self.finish_line();
                        self.start_line();
                    }
                    self.place_word(parts);
                    pending = None;
                }
            }
        }
        if self.current.is_some() {
            self.finish_line();
        }
    }

    /// Places a word on the current line, breaking it wherever a column would
    /// overflow (only an over-long word reaches that).
    fn place_word(&mut self, parts: &[Part<'_>]) {
        let width: usize = parts.iter().map(|p| display_width(&p.1)).sum();
        if self.used() + width <= self.width - self.prefix_width {
            for (style, text, source) in parts {
                self.push(style, text, *source);
            }
            return;
        }
        for (style, text, source) in parts {
            let mut seg = String::new();
            // A running width: measuring `seg` afresh for every char is quadratic on a
            // long run of zero-width chars (combining marks), which never overflows.
            let mut seg_w = 0;
            let mut prev: Option<char> = None;
            let mut seg_start = *source;
            for (i, c) in text.chars().enumerate() {
                seg.push(c);
                let c_w = width_step(prev, c);
                prev = Some(c);
                seg_w += c_w;
                let avail = self.width - self.prefix_width;
                if self.used() + seg_w > avail && seg.len() > c.len_utf8() {
                    seg.pop();
                    self.push(style, &seg, seg_start);
                    self.finish_line();
                    self.start_line();
                    seg.clear();
                    seg.push(c);
                    seg_w = c_w;
                    seg_start = source.map(|s| s + i);
                } else if self.used() + seg_w > avail && self.used() > 0 {
                    self.finish_line();
                    self.start_line();
                }
            }
            if !seg.is_empty() {
                self.push(style, &seg, seg_start);
            }
        }
    }

    /// Content width used on the current line.
    fn used(&self) -> usize {
        self.current.as_ref().map_or(0, |(_, used)| *used)
    }

    /// Appends a piece to the current line, merging it into the previous piece when
    /// it continues the same source text in the same style.
    fn push(&mut self, style: &Frag, text: &str, source: Option<usize>) {
        self.start_line();
        let Some((line, used)) = &mut self.current else {
            return;
        };
        *used += display_width(text);
        let len = text.chars().count();
        if let Some(last) = line.pieces.last_mut()
            && let (Some(prev), Some(start)) = (&mut last.source, source)
            && prev.end == start
            && (last.kind, last.bold, last.italic, last.link)
                == (style.kind, style.bold, style.italic, style.link)
        {
            last.text.push_str(text);
            prev.end += len;
            return;
        }
        line.pieces.push(Piece {
            text: text.to_owned(),
            kind: style.kind,
            bold: style.bold,
            italic: style.italic,
            link: style.link,
            source: source.map(|s| s..s + len),
        });
    }

    /// Starts a line with the prefix decorations, unless one is already open.
    fn start_line(&mut self) {
        if self.current.is_some() {
            return;
        }
        let (pieces, width) = self.prefix_pieces(true);
        self.prefix_width = width;
        self.current = Some((Line { pieces }, 0));
    }

    fn finish_line(&mut self) {
        if let Some((line, _)) = self.current.take() {
            self.lines.push(line);
        }
    }

    /// A separator line between blocks, showing only the quote bars in force.
    fn blank_line(&mut self) {
        self.finish_line();
        let (mut pieces, _) = self.prefix_pieces(false);
        while let Some(last) = pieces.last_mut() {
            let kept = last.text.trim_end().len();
            last.text.truncate(kept);
            if !last.text.is_empty() {
                break;
            }
            pieces.pop();
        }
        self.lines.push(Line { pieces });
    }

    /// The prefix decorations, consuming first-line bullets when `first`. Deep
    /// nesting stops adding decorations at half the width so text always has room.
    fn prefix_pieces(&mut self, first: bool) -> (Vec<Piece>, usize) {
        let max = self.width / 2;
        let mut width = 0;
        let mut pieces = Vec::new();
        for seg in &mut self.prefix {
            let (text, kind) = match seg.first.take() {
                Some(bullet) if first => bullet,
                bullet => {
                    seg.first = bullet;
                    (seg.text.clone(), seg.kind)
                }
            };
            let w = display_width(&text);
            if width + w > max {
                break;
            }
            width += w;
            pieces.push(Piece {
                source: None,
                text,
                ..piece_style(Frag::decoration(kind))
            });
        }
        (pieces, width)
    }
}

fn piece_style(f: Frag) -> Piece {
    Piece {
        text: String::new(),
        kind: f.kind,
        bold: f.bold,
        italic: f.italic,
        link: f.link,
        source: None,
    }
}

/// How much `c` adds to a line's width after `prev`. Looking at the pair catches the
/// sequences that widen their base (an emoji followed by U+FE0F becomes 2 columns); the
/// larger of that and `c`'s own width never counts a line narrower than it is.
fn width_step(prev: Option<char>, c: char) -> usize {
    let own = UnicodeWidthChar::width(c).unwrap_or(0);
    let Some(p) = prev else { return own };
    let mut pair = String::with_capacity(8);
    pair.push(p);
    pair.push(c);
    let delta = pair
        .width()
        .saturating_sub(UnicodeWidthChar::width(p).unwrap_or(0));
    own.max(delta)
}
