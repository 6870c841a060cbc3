//! The accumulator behind [`super::from_html`]: open containers, the paragraph being
//! filled, whitespace collapsing and link numbering.
//!
//! It knows nothing of tags or of the tokenizer; `html.rs` translates tokens into the
//! calls here. It must only ever receive text that already went through
//! [`crate::sanitize`], and it never recurses, so hostile nesting cannot overflow the
//! stack.

use std::collections::HashMap;

use super::{Block, Document, Span, SpanStyle};

mod frames;

/// Distinct link targets numbered in one document; the text of links to others stays
/// plain (a news article has tens).
pub(crate) const MAX_LINKS: usize = 1000;
/// Text kept of one document, in bytes; the rest is left out, and a note says so. A
/// news story is tens of kilobytes: past this, a feed's "article" (hostile, or a whole
/// book) made every later step, the reader's layout above all, take gigabytes.
pub(crate) const MAX_TEXT: usize = 1 << 20;
/// What a block or a span counts against [`MAX_TEXT`] besides its text.
const BOOKKEEPING: usize = 32;
/// The note that ends a document cut at [`MAX_TEXT`].
pub(crate) const CUT_NOTE: &str = "[The rest of this article is not shown: it is longer than 1 MiB of text. Open it in the browser to read it all.]";
/// Deepest nesting of quotes, lists and list items kept as structure; deeper levels
/// are flattened into their parent. Keeps rendering and serde recursion bounded.
const MAX_DEPTH: usize = 24;

/// An open container element.
enum Frame {
    Quote(Vec<Block>),
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    Item(Vec<Block>),
}

/// What the inline content being collected becomes when it ends.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum InlineKind {
    Paragraph,
    Heading(u8),
}

/// Builds a [`Document`] from a flat stream of structural events.
pub(crate) struct Builder {
    root: Vec<Block>,
    frames: Vec<Frame>,
    /// Container starts ignored because of [`MAX_DEPTH`], so their ends are ignored too.
    overflow: usize,
    spans: Vec<Span>,
    kind: InlineKind,
    /// A collapsed whitespace run waiting for the next word, with the style and link
    /// in force where it was seen (a space joins a link only if both sides are in it).
    pending_space: Option<(SpanStyle, Option<u32>)>,
    pub(crate) style: SpanStyle,
    /// The link the next words belong to; numbered lazily so an `<a>` with no text
    /// (around an image, say) does not consume a reference number.
    link_url: Option<String>,
    link_id: Option<u32>,
    links: Vec<String>,
    link_ids: HashMap<String, u32>,
    pre: Option<String>,
    /// Never read; see [`Builder::span`].
    scratch: String,
    /// Bytes of text still to keep ([`MAX_TEXT`]).
    budget: usize,
    /// Text was left out.
    cut: bool,
}

impl Builder {
    pub(crate) fn new() -> Self {
        Builder {
            root: Vec::new(),
            frames: Vec::new(),
            overflow: 0,
            spans: Vec::new(),
            kind: InlineKind::Paragraph,
            pending_space: None,
            style: SpanStyle::PLAIN,
            link_url: None,
            link_id: None,
            links: Vec::new(),
            link_ids: HashMap::new(),
            pre: None,
            scratch: String::new(),
            budget: MAX_TEXT,
            cut: false,
        }
    }

    /// Takes `cost` bytes from the budget (the bookkeeping of a block or a span, which
    /// a page of a million empty ones would otherwise pile up); `false`, and the
    /// document cut, once it is spent.
    fn charge(&mut self, cost: usize) -> bool {
        if let Some(left) = self.budget.checked_sub(cost) {
            self.budget = left;
            true
        } else {
            self.budget = 0;
            self.cut = true;
            false
        }
    }

    /// `text` as far as the budget goes, which it then uses up; empty once it is spent.
    fn within_budget<'t>(&mut self, text: &'t str) -> &'t str {
        if text.len() <= self.budget {
            self.budget -= text.len();
            return text;
        }
        let mut end = self.budget;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        self.budget = 0;
        self.cut = true;
        &text[..end]
    }

    /// Appends text, collapsing ASCII whitespace runs to one space as a browser does
    /// (a no-break space is content and is kept).
    pub(crate) fn text(&mut self, text: &str) {
        if self.pre.is_some() {
            let text = self.within_budget(text);
            if let Some(pre) = &mut self.pre {
                pre.push_str(text);
            }
            return;
        }
        let body = text.trim_start_matches(is_html_space);
        if body.len() < text.len() {
            self.space();
        }
        let trimmed = body.trim_end_matches(is_html_space);
        if trimmed.is_empty() {
            return;
        }
        // Charged for what is kept: the indentation between tags costs nothing.
        let trimmed = self.within_budget(trimmed);
        if trimmed.is_empty() {
            return;
        }
        // Style and link are constant within one text token, so the whole run goes
        // into one span: collapse it straight into that span's string.
        let link = self.current_link();
        let out = self.target(self.style, link);
        out.reserve(trimmed.len());
        // Fast path: with no control byte (a branch-free, vectorized test) and no double
        // space, the text is already collapsed.
        let bytes = trimmed.as_bytes();
        #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, so it vectorizes
        let has_control = bytes.iter().fold(false, |acc, &b| acc | (b < b' '));
        if !has_control && !trimmed.contains("  ") {
            out.push_str(trimmed);
            if trimmed.len() < body.len() {
                self.space();
            }
            return;
        }
        // A byte loop (ASCII whitespace is never part of a multi-byte char) that copies
        // whole runs, breaking a run only at whitespace other than a single space.
        let (mut run, mut i) = (0, 0);
        while i < bytes.len() {
            if !is_space_byte(bytes[i]) {
                i += 1;
                continue;
            }
            let ws = i;
            while i < bytes.len() && is_space_byte(bytes[i]) {
                i += 1;
            }
            if i - ws > 1 || bytes[ws] != b' ' {
                out.push_str(&trimmed[run..ws]);
                out.push(' ');
                run = i;
            }
        }
        out.push_str(&trimmed[run..]);
        if trimmed.len() < body.len() {
            self.space();
        }
    }

    /// Notes a collapsible space; dropped at the start of a line or paragraph.
    pub(crate) fn space(&mut self) {
        if self.pending_space.is_none()
            && self.spans.last().is_some_and(|s| !s.text.ends_with('\n'))
        {
            self.pending_space = Some((self.style, self.link_id));
        }
    }

    /// Appends a non-empty run of non-space text with an explicit style.
    pub(crate) fn word(&mut self, word: &str, style: SpanStyle, link: Option<u32>) {
        let word = self.within_budget(word);
        if !word.is_empty() {
            self.target(style, link).push_str(word);
        }
    }

    /// The string of a span with `style` and `link` at the end of the paragraph, after
    /// emitting any pending space; appending to it appends to the paragraph.
    fn target(&mut self, style: SpanStyle, link: Option<u32>) -> &mut String {
        if let Some((space_style, space_link)) = self.pending_space.take() {
            let shared_link = if space_link == link { link } else { None };
            self.span(space_style.intersect(style), shared_link)
                .push(' ');
        }
        self.span(style, link)
    }

    fn span(&mut self, style: SpanStyle, link: Option<u32>) -> &mut String {
        if !self
            .spans
            .last()
            .is_some_and(|s| s.style == style && s.link == link)
        {
            // Past the budget, the text goes nowhere rather than into a span of
            // another style.
            if !self.charge(BOOKKEEPING) {
                self.scratch.clear();
                return &mut self.scratch;
            }
            self.spans.push(Span {
                text: String::new(),
                style,
                link,
            });
        }
        match self.spans.last_mut() {
            Some(last) => &mut last.text,
            // Unreachable: a span was just pushed. A throwaway string keeps this total.
            None => &mut self.scratch,
        }
    }

    /// Whether the paragraph being filled has any text yet.
    pub(crate) fn has_inline(&self) -> bool {
        !self.spans.is_empty()
    }

    /// A `<br>`: a hard line break, or a paragraph break when doubled, since feeds
    /// commonly separate paragraphs with `<br><br>`.
    pub(crate) fn line_break(&mut self) {
        if let Some(pre) = &mut self.pre {
            pre.push('\n');
            return;
        }
        self.pending_space = None;
        let Some(last) = self.spans.last_mut() else {
            return;
        };
        if last.text.ends_with('\n') && self.kind == InlineKind::Paragraph {
            self.end_inline();
        } else {
            last.text.push('\n');
        }
    }

    /// Ends the current paragraph or heading, emitting it unless it is empty.
    pub(crate) fn end_inline(&mut self) {
        self.pending_space = None;
        // Trailing breaks and spaces carry no content; strip them span by span.
        while let Some(last) = self.spans.last_mut() {
            let kept = last.text.trim_end_matches([' ', '\n']).len();
            last.text.truncate(kept);
            if !last.text.is_empty() {
                break;
            }
            self.spans.pop();
        }
        if self.spans.is_empty() {
            return;
        }
        let spans = std::mem::take(&mut self.spans);
        let block = match self.kind {
            InlineKind::Paragraph => Block::Paragraph(spans),
            InlineKind::Heading(level) => Block::Heading { level, spans },
        };
        self.push_block(block);
    }

    /// Ends the current inline content and switches what the next one becomes.
    pub(crate) fn set_kind(&mut self, kind: InlineKind) {
        self.end_inline();
        self.kind = kind;
    }

    /// Appends a finished block to the innermost open container.
    pub(crate) fn push_block(&mut self, block: Block) {
        // Text blocks are paid for by their spans as they fill; what comes whole is
        // paid for here.
        let cost = match &block {
            Block::Image { alt, url } => Some(BOOKKEEPING + alt.len() + url.len()),
            Block::Rule => Some(BOOKKEEPING),
            _ => None,
        };
        if cost.is_some_and(|cost| !self.charge(cost)) {
            return;
        }
        match self.frames.last_mut() {
            None => self.root.push(block),
            Some(Frame::Quote(blocks) | Frame::Item(blocks)) => blocks.push(block),
            // Content directly inside `<ul>` (no `<li>`) becomes an item of its own.
            Some(Frame::List { items, .. }) => items.push(vec![block]),
        }
    }

    /// Sets the link target for the following text (`None` ends the link).
    pub(crate) fn set_link(&mut self, url: Option<String>) {
        self.link_url = url;
        self.link_id = None;
    }

    fn current_link(&mut self) -> Option<u32> {
        if self.link_id.is_none()
            && let Some(url) = self.link_url.take()
        {
            let next = u32::try_from(self.links.len() + 1).unwrap_or(u32::MAX);
            // Past the cap, a new target's text stays plain: a page of a million links
            // (hostile, or a sitemap) made the reader lay out a million references.
            if self.links.len() >= MAX_LINKS && !self.link_ids.contains_key(&url) {
                return None;
            }
            let id = *self.link_ids.entry(url).or_insert_with_key(|url| {
                self.links.push(url.clone());
                next
            });
            self.link_id = Some(id);
        }
        self.link_id
    }

    /// Starts `<pre>`; nested `<pre>` continue the same block.
    pub(crate) fn start_pre(&mut self) {
        if self.pre.is_none() {
            self.end_inline();
            self.pre = Some(String::new());
        }
    }

    /// Ends `<pre>`, emitting its text with tabs expanded so that display columns and
    /// char offsets stay in step.
    pub(crate) fn end_pre(&mut self) {
        let Some(raw) = self.pre.take() else { return };
        // As in HTML, a newline right after `<pre>` is not content.
        let raw = raw.strip_prefix('\n').unwrap_or(&raw);
        let mut text = String::with_capacity(raw.len());
        let mut column = 0;
        for c in raw.trim_end().chars() {
            match c {
                '\t' => {
                    let n = 8 - column % 8;
                    text.extend(std::iter::repeat_n(' ', n));
                    column += n;
                }
                '\n' => {
                    text.push(c);
                    column = 0;
                }
                _ => {
                    text.push(c);
                    column += 1;
                }
            }
        }
        if !text.trim().is_empty() {
            self.push_block(Block::Preformatted(text));
        }
    }

    /// Whether text currently goes into a `<pre>` block.
    pub(crate) fn in_pre(&self) -> bool {
        self.pre.is_some()
    }

    /// Flushes everything still open and returns the document.
    pub(crate) fn finish(mut self) -> Document {
        self.end_pre();
        self.end_inline();
        while !self.frames.is_empty() {
            self.pop_frame();
        }
        if self.cut {
            self.root.push(Block::Paragraph(vec![Span {
                text: CUT_NOTE.to_owned(),
                style: SpanStyle::ITALIC,
                link: None,
            }]));
        }
        Document {
            blocks: self.root,
            links: self.links,
        }
    }
}

/// HTML's ASCII whitespace, the only whitespace a browser collapses.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// [`is_html_space`] for one byte of UTF-8.
fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}
