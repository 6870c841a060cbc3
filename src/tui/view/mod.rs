//! Drawing: `render(&App, &mut Frame)` reads the state and draws it; it changes
//! nothing. Generic over the backend, so tests draw the production screens into a
//! `TestBackend`. Only the rows on screen are built, whatever the list's length.

mod actors;
pub mod feeds;
mod header;
pub mod help;
mod list;
mod reader;
mod report;
mod report_dialogs;
mod share;
mod status;

use crate::width::display_width;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::app::App;
use super::layout;
use super::strings;
use super::theme::Theme;

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame<'_>) {
    let area = frame.area();
    let theme = Theme::new(app.settings.color).with_truecolor(app.settings.truecolor);
    if layout::too_small((area.width, area.height)) {
        render_too_small(frame, area, theme);
        return;
    }
    let header = Rect::new(area.x, area.y, area.width, 1);
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let search = app.search.is_some() && app.reader.is_none();
    let body_height = area.height.saturating_sub(2 + u16::from(search));
    let body = Rect::new(area.x, area.y + layout::BODY_TOP, area.width, body_height);
    header::render_header(frame, header, app, theme);
    match (&app.reader, app.actors_panel) {
        (Some(r), Some(panel)) => {
            let (text, side) = layout::actors_split((area.width, area.height), r.width);
            reader::render_reader(frame, text, app, r, theme);
            actors::render_actors(frame, side, r, panel, theme);
        }
        (Some(r), None) => reader::render_reader(frame, body, app, r, theme),
        (None, _) => list::render_list(frame, body, app, theme),
    }
    if let Some(form) = &app.report {
        let full = Rect::new(area.x, body.y, area.width, area.height.saturating_sub(2));
        report::render_report_form(frame, full, app, form);
    }
    if search && app.report.is_none() {
        let line = Rect::new(area.x, status.y - 1, area.width, 1);
        list::render_search(frame, line, app, theme);
    }
    status::render_status(frame, status, app, theme);
    report_dialogs::render_report_dialogs(frame, area, app, theme);
    share::render_share(frame, area, app, theme);
    if app.feeds.is_some() {
        feeds::render_feeds(frame, area, app, theme);
    }
    if app.help.is_some() {
        help::render_help(frame, area, app, theme);
    }
}

/// Clears `area` for a popup. A wide character (CJK, an emoji) just left of it covers
/// the popup's first column: ratatui skips drawing a cell that a wide character covers,
/// so the popup's border there was never drawn and the character stayed over it. Such
/// a character is blanked.
pub(super) fn clear_popup(frame: &mut Frame<'_>, area: Rect) {
    frame.render_widget(ratatui::widgets::Clear, area);
    let Some(left) = area.x.checked_sub(1) else {
        return;
    };
    let buffer = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        if let Some(cell) = buffer.cell_mut((left, y))
            && display_width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}

fn render_too_small(frame: &mut Frame<'_>, area: Rect, theme: Theme) {
    let (w, h) = layout::MIN_SIZE;
    let size = format!("{}×{}; the reader needs {w}×{h}", area.width, area.height);
    // Wrapped: the window is narrow by definition, and the numbers are the point.
    let width = usize::from(area.width);
    let mut lines: Vec<Line<'_>> = crate::tui::app::wrap(strings::TOO_SMALL, width)
        .into_iter()
        .map(|l| Line::styled(l, theme.error()))
        .collect();
    lines.extend(
        crate::tui::app::wrap(&size, width)
            .into_iter()
            .map(Line::raw),
    );
    let needed = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let paragraph = Paragraph::new(lines).alignment(Alignment::Center);
    let top = area.height.saturating_sub(needed) / 2;
    let text = Rect::new(
        area.x,
        area.y + top,
        area.width,
        area.height.saturating_sub(top),
    );
    frame.render_widget(paragraph, text);
}

/// `text` cut to `width` columns, with `…` when something was cut.
pub(super) fn truncate(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    // Grapheme by grapheme, as drawn: "☀️" (sun + U+FE0F) is two cells, never split.
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(text, true) {
        let w = display_width(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `text` padded with spaces (or cut) to exactly `width` columns.
pub(super) fn fit(text: &str, width: usize) -> String {
    let mut out = truncate(text, width);
    let w = display_width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

#[cfg(test)]
mod tests {
    use super::{clear_popup, display_width, fit, truncate};

    #[test]
    fn cutting_keeps_to_the_width_as_drawn() {
        for text in [
            "☀️☀️☀️☀️",
            "الاستقلال والسلام",
            "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
        ] {
            for width in 1..8 {
                let cut = truncate(text, width);
                assert!(display_width(&cut) <= width.max(1), "{cut:?} at {width}");
                assert_eq!(
                    display_width(&fit(text, width)),
                    width,
                    "{text:?} at {width}"
                );
            }
        }
        assert_eq!(truncate("☀️☀️☀️☀️", 5), "☀️☀️…");
    }

    /// A wide character half under a popup's left border is blanked, so the border is
    /// drawn (the terminal showed the character over it, and no border).
    #[test]
    fn a_popup_border_is_not_hidden_by_a_wide_character() {
        use ratatui::backend::TestBackend;
        use ratatui::layout::Rect;
        use ratatui::widgets::{Block, Borders, Paragraph};
        let mut terminal = ratatui::Terminal::new(TestBackend::new(12, 3)).unwrap();
        terminal
            .draw(|f| {
                f.render_widget(Paragraph::new("abc記事efgh"), f.area());
                let popup = Rect::new(4, 0, 6, 3);
                clear_popup(f, popup);
                f.render_widget(Block::default().borders(Borders::ALL), popup);
            })
            .unwrap();
        let buffer = terminal.backend().buffer();
        assert_eq!(buffer[(3, 0)].symbol(), " ");
        assert_eq!(buffer[(4, 0)].symbol(), "┌");
        assert_eq!(buffer[(4, 1)].symbol(), "│");
    }
}
