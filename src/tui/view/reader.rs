//! The reader: the article's lines at the reading width, centred, only the ones on
//! screen styled and drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{App, Reader, ReaderLine};
use super::super::theme::Theme;

/// Draws the visible part of the open article.
pub fn render_reader(frame: &mut Frame<'_>, area: Rect, _app: &App, reader: &Reader, theme: Theme) {
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
