//! Where things go on screen, shared by `update` (page sizes, mouse hits) and `view`
//! (drawing), so the two can never disagree.

use ratatui::layout::Rect;

/// The smallest terminal the reader draws in; smaller gets a "too small" message.
pub const MIN_SIZE: (u16, u16) = (60, 15);
/// The first row of the list or reader (under the header).
pub const BODY_TOP: u16 = 1;

/// Rows for the list or the reader text: all but the header, the status bar and, while
/// a search is shown, its line.
pub fn body_height((_, rows): (u16, u16), search: bool) -> usize {
    usize::from(rows.saturating_sub(2 + u16::from(search))).max(1)
}

/// The reader's text width: the configured width, narrower in a narrow terminal.
pub fn reader_width((columns, _): (u16, u16), configured: u16) -> usize {
    usize::from(configured.min(columns.saturating_sub(4)).max(20))
}

/// Columns of the actors panel when it stands at the right of the reader.
pub const ACTORS_PANEL_WIDTH: u16 = 42;

/// The body split between the reader and the actors panel: the panel at the right when
/// the reading column (`text` wide) still fits beside it, else at the bottom, taking
/// half the rows. Returns (reader, panel).
pub fn actors_split(size: (u16, u16), text: usize) -> (Rect, Rect) {
    let height = u16::try_from(body_height(size, false)).unwrap_or(u16::MAX);
    let body = Rect::new(0, BODY_TOP, size.0, height);
    let text = u16::try_from(text).unwrap_or(u16::MAX);
    if body.width >= text.saturating_add(ACTORS_PANEL_WIDTH + 2) {
        let reader = Rect::new(body.x, body.y, body.width - ACTORS_PANEL_WIDTH, body.height);
        let panel = Rect::new(reader.right(), body.y, ACTORS_PANEL_WIDTH, body.height);
        return (reader, panel);
    }
    let panel_h = (body.height / 2).max(8).min(body.height.saturating_sub(4));
    let reader = Rect::new(body.x, body.y, body.width, body.height - panel_h);
    let panel = Rect::new(body.x, reader.bottom(), body.width, panel_h);
    (reader, panel)
}

/// Whether the terminal is too small to draw in.
pub fn too_small((columns, rows): (u16, u16)) -> bool {
    columns < MIN_SIZE.0 || rows < MIN_SIZE.1
}

/// The quiet zone (in modules) a QR code `modules` wide gets when it fills a screen of
/// `size` (one row kept above it for a caption and one below for keys): the standard
/// four modules if they fit, else two; `None` when even that does not fit.
pub fn qr_quiet_zone((columns, rows): (u16, u16), modules: usize) -> Option<usize> {
    let (columns, rows) = (usize::from(columns), usize::from(rows.saturating_sub(2)));
    [crate::share::qr::QUIET, 2].into_iter().find(|quiet| {
        let side = modules + 2 * quiet;
        side <= columns && side.div_ceil(2) <= rows
    })
}

/// Columns of the report form's labels ("What happened" and a space or two).
pub const REPORT_LABEL: u16 = 15;

/// The text width of the report's "what happened" box: the screen less a margin and a
/// border on each side.
pub fn report_body_width((columns, _): (u16, u16)) -> usize {
    usize::from(columns.saturating_sub(4)).max(1)
}

/// The width of the report form's one-line fields.
pub fn report_field_width((columns, _): (u16, u16)) -> usize {
    usize::from(columns.saturating_sub(REPORT_LABEL + 2)).max(1)
}
