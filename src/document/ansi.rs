//! The CLI print of a [`Document`]: [`Document::render_lines`] joined into one string,
//! optionally styled with hand-written SGR sequences.
//!
//! This module owns the mapping from [`PieceKind`] and style flags to SGR codes. It
//! adds no other escape sequence, and every styled piece is closed with a reset so no
//! style can leak past its piece, its line, or the output.

use std::fmt::Write as _;

use super::{Document, Piece, PieceKind};

/// SGR reset.
const RESET: &str = "\x1b[0m";

impl Document {
    /// The document laid out at `width` columns as terminal text, lines joined with
    /// `"\n"` (no trailing newline). With `color`, pieces are styled with SGR codes.
    pub fn to_ansi(&self, width: usize, color: bool) -> String {
        let mut out = String::new();
        for (i, line) in self.render_lines(width).iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            for piece in &line.pieces {
                let codes = if color {
                    sgr_codes(piece)
                } else {
                    String::new()
                };
                if codes.is_empty() {
                    out.push_str(&piece.text);
                } else {
                    let _ = write!(out, "\x1b[{codes}m{}{RESET}", piece.text);
                }
            }
        }
        out
    }
}

/// The `;`-separated SGR parameters for `piece`, empty for unstyled text.
fn sgr_codes(piece: &Piece) -> String {
    let mut codes: Vec<&str> = Vec::new();
    match piece.kind {
        PieceKind::Heading(1) => codes.push("4"),
        PieceKind::Body | PieceKind::Indent | PieceKind::Heading(_) => {}
        PieceKind::Code | PieceKind::Pre => codes.push("33"),
        PieceKind::Image => codes.extend(["3", "35"]),
        PieceKind::QuoteMarker | PieceKind::Rule => codes.push("2"),
        PieceKind::Bullet | PieceKind::LinkUrl => codes.push("36"),
        PieceKind::LinkMarker => codes.extend(["4", "36"]),
        PieceKind::LinksHeading => codes.push("1"),
    }
    if piece.bold {
        codes.push("1");
    }
    if piece.italic {
        codes.push("3");
    }
    if piece.link.is_some() && matches!(piece.kind, PieceKind::Body | PieceKind::Heading(_)) {
        codes.push("4");
    }
    codes.join(";")
}
