//! Where things go on screen, shared by `update` (page sizes, mouse hits) and `view`
//! (drawing), so the two can never disagree.

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
