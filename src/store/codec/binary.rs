//! The stored form of a [`Document`] since body encoding 3: a compact binary layout,
//! before compression.
//!
//! JSON was a quarter of the cost of storing a body (escaping every char of the text,
//! field names for every span), for a form no one reads but this module. The layout:
//!
//! ```text
//! document := count block*  count text*          (blocks, then link targets)
//! block    := 0 level spans | 1 spans | 2 count block* | 3 ordered count (count block*)*
//!           | 4 text | 5 text text (alt, url) | 6
//! spans    := count (text style link)*            (link: 0 for none, else its number)
//! text     := count byte*                         (UTF-8)
//! count    := unsigned LEB128 varint
//! ```
//!
//! Decoding trusts nothing: the cache is a file anyone can damage. Every count is
//! checked against the bytes left before anything is allocated, nesting is bounded,
//! and text must be valid UTF-8.

use crate::document::{Block, Document, Span, SpanStyle};

/// Deepest nesting of quotes and lists decoded. Documents are built far shallower
/// ([`crate::document::from_html`] flattens past its own bound); this only keeps a
/// damaged body from exhausting the stack.
const MAX_DEPTH: usize = 200;

const HEADING: u8 = 0;
const PARAGRAPH: u8 = 1;
const QUOTE: u8 = 2;
const LIST: u8 = 3;
const PREFORMATTED: u8 = 4;
const IMAGE: u8 = 5;
const RULE: u8 = 6;

/// Appends `doc`'s binary form to `out`.
pub fn write(doc: &Document, out: &mut Vec<u8>) {
    write_blocks(&doc.blocks, out);
    write_count(doc.links.len(), out);
    for link in &doc.links {
        write_text(link, out);
    }
}

fn write_blocks(blocks: &[Block], out: &mut Vec<u8>) {
    write_count(blocks.len(), out);
    for block in blocks {
        match block {
            Block::Heading { level, spans } => {
                out.extend_from_slice(&[HEADING, *level]);
                write_spans(spans, out);
            }
            Block::Paragraph(spans) => {
                out.push(PARAGRAPH);
                write_spans(spans, out);
            }
            Block::Quote(inner) => {
                out.push(QUOTE);
                write_blocks(inner, out);
            }
            Block::List { ordered, items } => {
                out.extend_from_slice(&[LIST, u8::from(*ordered)]);
                write_count(items.len(), out);
                for item in items {
                    write_blocks(item, out);
                }
            }
            Block::Preformatted(text) => {
                out.push(PREFORMATTED);
                write_text(text, out);
            }
            Block::Image { alt, url } => {
                out.push(IMAGE);
                write_text(alt, out);
                write_text(url, out);
            }
            Block::Rule => out.push(RULE),
        }
    }
}

fn write_spans(spans: &[Span], out: &mut Vec<u8>) {
    write_count(spans.len(), out);
    for span in spans {
        write_text(&span.text, out);
        out.push(span.style.bits());
        write_count(span.link.map_or(0, |n| n as usize + 1), out);
    }
}

fn write_text(text: &str, out: &mut Vec<u8>) {
    write_count(text.len(), out);
    out.extend_from_slice(text.as_bytes());
}

fn write_count(mut n: usize, out: &mut Vec<u8>) {
    // Seven bits at a time, low first, the high bit set on all but the last.
    while n >= 0x80 {
        out.push(u8::try_from(n & 0x7f).unwrap_or(0) | 0x80);
        n >>= 7;
    }
    out.push(u8::try_from(n).unwrap_or(0));
}

/// What went wrong reading a body, for the error message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// It ends inside a value.
    Truncated,
    /// A count larger than the bytes that follow could hold.
    BadCount,
    /// An unknown block tag.
    BadTag(u8),
    /// A list's numbered flag that is neither 0 nor 1.
    BadFlag(u8),
    /// Quotes and lists nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Text that is not UTF-8.
    NotUtf8,
    /// Bytes left over after the document.
    Trailing,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Truncated => f.write_str("it ends early"),
            ReadError::BadCount => f.write_str("a count is larger than what follows"),
            ReadError::BadTag(t) => write!(f, "unknown block tag {t}"),
            ReadError::BadFlag(v) => write!(f, "a list flag of {v}"),
            ReadError::TooDeep => write!(f, "blocks nested deeper than {MAX_DEPTH}"),
            ReadError::NotUtf8 => f.write_str("text that is not UTF-8"),
            ReadError::Trailing => f.write_str("bytes after the document"),
        }
    }
}

/// Reads what [`write`] wrote, all of `bytes`.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let mut r = Reader { bytes, pos: 0 };
    let blocks = r.blocks(0)?;
    let n = r.count(1)?;
    let mut links = Vec::with_capacity(n);
    for _ in 0..n {
        links.push(r.text()?);
    }
    if r.pos != bytes.len() {
        return Err(ReadError::Trailing);
    }
    Ok(Document { blocks, links })
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, ReadError> {
        let b = *self.bytes.get(self.pos).ok_or(ReadError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<usize, ReadError> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f)
                .checked_shl(shift)
                .ok_or(ReadError::BadCount)?;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(ReadError::BadCount)
    }

    /// A count of items that each take at least `min_size` bytes, so a damaged count
    /// cannot ask for more memory than the body's own size.
    fn count(&mut self, min_size: usize) -> Result<usize, ReadError> {
        let n = self.varint()?;
        let left = self.bytes.len() - self.pos;
        if n.checked_mul(min_size).is_none_or(|need| need > left) {
            return Err(ReadError::BadCount);
        }
        Ok(n)
    }

    fn text(&mut self) -> Result<String, ReadError> {
        let n = self.count(1)?;
        let raw = self
            .bytes
            .get(self.pos..self.pos + n)
            .ok_or(ReadError::Truncated)?;
        self.pos += n;
        std::str::from_utf8(raw)
            .map(str::to_owned)
            .map_err(|_| ReadError::NotUtf8)
    }

    fn blocks(&mut self, depth: usize) -> Result<Vec<Block>, ReadError> {
        if depth > MAX_DEPTH {
            return Err(ReadError::TooDeep);
        }
        let n = self.count(1)?;
        let mut blocks = Vec::with_capacity(n);
        for _ in 0..n {
            let block = match self.byte()? {
                HEADING => {
                    let level = self.byte()?;
                    Block::Heading {
                        level,
                        spans: self.spans()?,
                    }
                }
                PARAGRAPH => Block::Paragraph(self.spans()?),
                QUOTE => Block::Quote(self.blocks(depth + 1)?),
                LIST => {
                    let ordered = match self.byte()? {
                        0 => false,
                        1 => true,
                        other => return Err(ReadError::BadFlag(other)),
                    };
                    let n = self.count(1)?;
                    let mut items = Vec::with_capacity(n);
                    for _ in 0..n {
                        items.push(self.blocks(depth + 1)?);
                    }
                    Block::List { ordered, items }
                }
                PREFORMATTED => Block::Preformatted(self.text()?),
                IMAGE => {
                    let alt = self.text()?;
                    let url = self.text()?;
                    Block::Image { alt, url }
                }
                RULE => Block::Rule,
                tag => return Err(ReadError::BadTag(tag)),
            };
            blocks.push(block);
        }
        Ok(blocks)
    }

    fn spans(&mut self) -> Result<Vec<Span>, ReadError> {
        // A span is at least its text's length, its style and its link: three bytes.
        let n = self.count(3)?;
        let mut spans = Vec::with_capacity(n);
        for _ in 0..n {
            let text = self.text()?;
            let style = SpanStyle::from_bits(self.byte()?);
            let link = match self.varint()? {
                0 => None,
                n => Some(u32::try_from(n - 1).map_err(|_| ReadError::BadCount)?),
            };
            spans.push(Span { text, style, link });
        }
        Ok(spans)
    }
}
