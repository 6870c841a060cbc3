//! The reader: the article's lines at the reading width, centred, only the ones on
//! screen styled and drawn. Actor mentions are highlighted by kind: each on-screen
//! piece of text is split where marks begin and end, found by binary search over the
//! marks sorted by offset, so the cost follows the screen, not the article.

use ratatui::Frame;
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{App, Mark, Reader, ReaderLine};
use super::super::theme::Theme;
use crate::actors::Kind;
use crate::document::Piece;

/// Draws the visible part of the open article.
pub fn render_reader(frame: &mut Frame<'_>, area: Rect, app: &App, reader: &Reader, theme: Theme) {
    if reader.article.is_none() {
        let line = Line::styled("  Opening…", theme.dim());
        frame.render_widget(Paragraph::new(vec![Line::raw(""), line]), area);
        return;
    }
    let width = u16::try_from(reader.width)
        .unwrap_or(area.width)
        .min(area.width);
    let left = area.x + (area.width - width) / 2;
    let text_area = Rect::new(left, area.y, width, area.height);
    let rows = usize::from(area.height);
    let lines: Vec<Line<'_>> = reader
        .lines
        .iter()
        .skip(reader.scroll)
        .take(rows)
        .map(|line| styled(line, reader, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), text_area);
    // A linked piece's first cell holds the whole piece, which the terminal prints over
    // the cells after it: under a popup (share, help, a report's form or dialogs) it
    // would print over the popup, so links are plain text while one is up.
    let popup = app.share.is_some()
        || app.help.is_some()
        || app.report.is_some()
        || app.drafts.is_some()
        || app.report_notice.is_some();
    if app.settings.hyperlinks && !popup {
        add_hyperlinks(frame.buffer_mut(), text_area, reader);
    }
}

/// Makes the link text and URLs on screen OSC 8 hyperlinks: each linked piece's first
/// cell carries the whole piece wrapped in the escape sequence, with its width forced to
/// the piece's, and the cells it covers are skipped. Only URLs of printable ASCII are
/// linked, so nothing from the feed can end the sequence early or inject another.
fn add_hyperlinks(buffer: &mut Buffer, area: Rect, reader: &Reader) {
    let links = reader.links();
    let visible = reader
        .lines
        .iter()
        .skip(reader.scroll)
        .take(usize::from(area.height));
    for (row, line) in (area.y..).zip(visible) {
        let ReaderLine::Body(line) = line else {
            continue;
        };
        let mut x = area.x;
        for piece in &line.pieces {
            let width = u16::try_from(crate::width::display_width(&piece.text)).unwrap_or(u16::MAX);
            let url = piece
                .link
                .and_then(|n| links.get(usize::try_from(n).ok()?.checked_sub(1)?))
                .filter(|u| u.bytes().all(|b| b.is_ascii_graphic()));
            if let (Some(url), Some(forced)) = (url, std::num::NonZeroU16::new(width))
                && x.saturating_add(width) <= area.right()
            {
                let symbol = format!("\x1b]8;;{url}\x1b\\{}\x1b]8;;\x1b\\", piece.text);
                buffer[(x, row)]
                    .set_symbol(&symbol)
                    .set_diff_option(CellDiffOption::ForcedWidth(forced));
                for dx in 1..width {
                    buffer[(x + dx, row)].set_diff_option(CellDiffOption::Skip);
                }
            }
            x = x.saturating_add(width);
        }
    }
}

fn styled<'a>(line: &'a ReaderLine, reader: &Reader, theme: Theme) -> Line<'a> {
    match line {
        ReaderLine::Title(text) => Line::styled(text.as_str(), theme.title()),
        ReaderLine::Meta(text) => Line::styled(text.as_str(), theme.dim()),
        ReaderLine::Legend => legend(theme, reader.width),
        ReaderLine::Rule(width) => Line::styled("─".repeat(*width), theme.dim()),
        ReaderLine::Blank => Line::raw(""),
        ReaderLine::Body(line) => {
            let mut spans = Vec::with_capacity(line.pieces.len());
            for piece in &line.pieces {
                highlight(piece, reader, theme, &mut spans);
            }
            Line::from(spans)
        }
    }
}

/// The legend under the byline: each kind in its style, then the discovered style.
/// The legend of the actors' styles, in words that fit `width` columns (57 wide, 40
/// at the narrowest reader).
fn legend(theme: Theme, width: usize) -> Line<'static> {
    let dim = theme.dim();
    let (org, found) = if width >= 57 {
        ("organisation", "found in the text")
    } else {
        ("org", "found in text")
    };
    Line::from(vec![
        Span::styled("Actors: ", dim),
        Span::styled("person", theme.actor(Kind::Person, false)),
        Span::styled(" · ", dim),
        Span::styled(org, theme.actor(Kind::Org, false)),
        Span::styled(" · ", dim),
        Span::styled("place", theme.actor(Kind::Place, false)),
        Span::styled(" · ", dim),
        Span::styled(found, theme.actor(Kind::Person, true)),
    ])
}

/// Pushes `piece` as spans: its own style, with the marks inside its source range
/// styled by kind (and the mention jumped to reversed).
fn highlight<'a>(piece: &'a Piece, reader: &Reader, theme: Theme, out: &mut Vec<Span<'a>>) {
    let base = theme.piece(piece);
    let Some(range) = piece.source.as_ref().filter(|_| !reader.marks.is_empty()) else {
        out.push(Span::styled(piece.text.as_str(), base));
        return;
    };
    let marks = &reader.marks;
    let first = marks.partition_point(|m| (m.end as usize) <= range.start);
    let mut done = 0; // chars of the piece already pushed
    let mut byte = 0; // and their bytes
    let text = piece.text.as_str();
    for m in marks[first..]
        .iter()
        .take_while(|m| (m.start as usize) < range.end)
    {
        let from = (m.start as usize).max(range.start) - range.start;
        let to = (m.end as usize).min(range.end) - range.start;
        if to <= done {
            continue;
        }
        let from = from.max(done);
        let a = byte + byte_len(&text[byte..], from - done);
        let b = a + byte_len(&text[a..], to - from);
        if a > byte {
            out.push(Span::styled(&text[byte..a], base));
        }
        out.push(Span::styled(
            &text[a..b],
            mark_style(m, reader, theme, base),
        ));
        (done, byte) = (to, b);
    }
    if byte < text.len() {
        out.push(Span::styled(&text[byte..], base));
    }
}

fn mark_style(
    m: &Mark,
    reader: &Reader,
    theme: Theme,
    base: ratatui::style::Style,
) -> ratatui::style::Style {
    let style = base.patch(theme.actor(m.kind, m.discovered));
    if reader.current == Some((m.start, m.end)) {
        style.patch(theme.current_mention())
    } else {
        style
    }
}

/// Bytes taken by the first `chars` chars of `text`.
fn byte_len(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}
