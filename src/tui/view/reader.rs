//! The reader: the article's lines at the reading width, centred, only the ones on
//! screen styled and drawn.

use ratatui::Frame;
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::super::app::{App, Reader, ReaderLine};
use super::super::theme::Theme;

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
        .map(|line| styled(line, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), text_area);
    if app.settings.hyperlinks {
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
            let width = u16::try_from(piece.text.width()).unwrap_or(u16::MAX);
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

fn styled(line: &ReaderLine, theme: Theme) -> Line<'_> {
    match line {
        ReaderLine::Title(text) => Line::styled(text.as_str(), theme.title()),
        ReaderLine::Meta(text) => Line::styled(text.as_str(), theme.dim()),
        ReaderLine::Rule(width) => Line::styled("─".repeat(*width), theme.dim()),
        ReaderLine::Blank => Line::raw(""),
        ReaderLine::Body(line) => Line::from(
            line.pieces
                .iter()
                .map(|p| Span::styled(p.text.as_str(), theme.piece(p)))
                .collect::<Vec<_>>(),
        ),
    }
}
