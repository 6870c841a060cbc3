//! Tokenizing of span text for the layout engine: words, breakable spaces and hard
//! breaks, with char offsets into the plain text.
//!
//! It must count offsets exactly as `Document::plain_text` lays the text out: one per
//! char, spaces and newlines included.

use std::borrow::Cow;

use super::{Frag, Part, PieceKind, Span, Token};

/// Splits spans into words, spaces and breaks, each part carrying its char offset in
/// the plain text, with a `[n]` marker part after the last word of each link.
pub(super) fn tokenize(
    spans: &[Span],
    start: usize,
    kind: PieceKind,
    bold: bool,
) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut word: Vec<Part<'_>> = Vec::new();
    let mut offset = start;
    for (i, span) in spans.iter().enumerate() {
        let style = Frag {
            kind: if span.style.code() {
                PieceKind::Code
            } else {
                kind
            },
            bold: bold || span.style.bold(),
            italic: span.style.italic(),
            link: span.link,
        };
        let mut part_start = 0;
        let mut part_offset = offset;
        for (byte, c) in span.text.char_indices() {
            if c == ' ' || c == '\n' {
                if byte > part_start {
                    word.push((
                        style,
                        Cow::Borrowed(&span.text[part_start..byte]),
                        Some(part_offset),
                    ));
                }
                if !word.is_empty() {
                    tokens.push(Token::Word(std::mem::take(&mut word)));
                }
                tokens.push(if c == ' ' {
                    Token::Space(style, offset)
                } else {
                    Token::Break
                });
                part_start = byte + 1;
                part_offset = offset + 1;
            }
            offset += 1;
        }
        if span.text.len() > part_start {
            word.push((
                style,
                Cow::Borrowed(&span.text[part_start..]),
                Some(part_offset),
            ));
        }
        if let Some(n) = span.link
            && spans.get(i + 1).and_then(|s| s.link) != Some(n)
        {
            let marker = Frag {
                link: Some(n),
                ..Frag::decoration(PieceKind::LinkMarker)
            };
            word.push((marker, Cow::Owned(format!("[{n}]")), None));
        }
    }
    if !word.is_empty() {
        tokens.push(Token::Word(word));
    }
    tokens
}
