//! The citizen-report form, drawn over the body: a label column, one-line fields as
//! windows of their text, "what happened" in a bordered box that wraps like the widget
//! does, switches, the attachment list with sizes, and each field's messages under it.
//! The terminal cursor is put in the focused text field. Text from the outbox or a feed
//! (the related article) is cleaned before it is drawn.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::app::{App, FormField, ReportForm};
use super::super::layout::{self, REPORT_LABEL};
use super::super::strings;
use super::super::theme::Theme;
use super::super::widget::TextField;
use super::{fit, truncate};
use crate::tui::app::report_size_label;

/// Lines of one part of the form, where the cursor goes in them, and which of them
/// belong to the focused field.
struct Part<'a> {
    lines: Vec<Line<'a>>,
    cursor: Option<(usize, usize)>,
    /// Where the field being laid out starts (every field ends with its messages).
    field_start: usize,
    /// The focused field's lines.
    focus: Option<std::ops::Range<usize>>,
}

impl<'a> Part<'a> {
    fn new() -> Part<'a> {
        Part {
            lines: Vec::new(),
            cursor: None,
            field_start: 0,
            focus: None,
        }
    }

    /// The first line shown when only `room` lines fit: 0, or further down so that the
    /// focused field is on screen (the form's last fields at 60 × 15).
    fn scroll(&self, room: usize) -> usize {
        let Some(focus) = &self.focus else {
            return 0;
        };
        let past = focus.end.saturating_sub(room);
        past.min(focus.start)
            .min(self.lines.len().saturating_sub(room))
    }
}

/// Draws the form over `area` (the body between the header and the status bar).
pub fn render_report_form(frame: &mut Frame<'_>, area: Rect, app: &App, form: &ReportForm) {
    let theme = Theme::new(app.settings.color);
    let size = (area.width, app.size.1);
    let field_w = layout::report_field_width(size);
    let body_w = layout::report_body_width(size);
    let mut top = Part::new();
    let saved = if form.submitting {
        "queueing…"
    } else if form.save_error.is_some() {
        "NOT SAVED"
    } else if form.unsaved() {
        "saving…"
    } else if form.id.is_some() {
        "draft saved"
    } else {
        "new draft"
    };
    let width = usize::from(area.width);
    let title = " Citizen report";
    top.lines.push(Line::from(vec![
        Span::styled(title, theme.title()),
        Span::styled(
            format!("{saved:>w$} ", w = width.saturating_sub(title.len() + 1)),
            theme.dim(),
        ),
    ]));
    if let Some(article) = &form.article {
        let text = crate::sanitize::clean_line(&article.title);
        top.lines.push(Line::from(vec![
            Span::styled(fit(" About", usize::from(REPORT_LABEL)), theme.dim()),
            Span::raw(truncate(&text, field_w)),
        ]));
    }
    text_row(
        &mut top,
        form,
        FormField::Headline,
        "Headline",
        &form.headline,
        field_w,
        theme,
    );
    let editor = app
        .keymap
        .hint(
            crate::tui::action::Mode::Report,
            crate::tui::action::Action::EditInEditor,
        )
        .map(|k| format!("  ({k}: edit in your editor)"))
        .unwrap_or_default();
    top.lines.push(Line::from(vec![
        field_label(form, FormField::Body, "What happened", theme),
        Span::styled(editor, theme.dim()),
    ]));

    let mut bottom = Part::new();
    messages(&mut bottom, form, FormField::Body, theme);
    text_row(
        &mut bottom,
        form,
        FormField::Where,
        "Where",
        &form.location,
        field_w,
        theme,
    );
    text_row(
        &mut bottom,
        form,
        FormField::When,
        "When",
        &form.when,
        field_w,
        theme,
    );
    bottom.lines.push(Line::from(vec![
        Span::raw(" ".repeat(usize::from(REPORT_LABEL))),
        Span::styled(
            format!("Name and contact: {}", strings::ANONYMOUS),
            theme.dim(),
        ),
    ]));
    text_row(
        &mut bottom,
        form,
        FormField::Name,
        "Name",
        &form.name,
        field_w,
        theme,
    );
    text_row(
        &mut bottom,
        form,
        FormField::Contact,
        "Contact",
        &form.contact,
        field_w,
        theme,
    );
    switch(
        &mut bottom,
        form.consent,
        "I agree to be contacted",
        form.focus == FormField::Consent,
        theme,
        field_label(form, FormField::Consent, "Consent", theme),
    );
    messages(&mut bottom, form, FormField::Consent, theme);
    line_field(
        &mut bottom,
        form,
        FormField::AttachPath,
        &form.attach_input,
        field_w,
        theme,
        field_label(form, FormField::AttachPath, "Attach", theme),
    );
    if form.focus == FormField::AttachPath {
        let hint = if form.completions.is_empty() {
            "type a file's path: tab completes, enter adds it".to_owned()
        } else {
            form.completions.join("  ")
        };
        bottom.lines.push(Line::from(vec![
            Span::raw(" ".repeat(usize::from(REPORT_LABEL))),
            Span::styled(truncate(&hint, field_w), theme.dim()),
        ]));
    }
    messages(&mut bottom, form, FormField::AttachPath, theme);
    for (i, a) in form.attachments.iter().enumerate() {
        let size = report_size_label(a.size.as_ref());
        let name = crate::sanitize::clean_line(&a.path.display().to_string());
        let room = field_w.saturating_sub(size.chars().count() + 2);
        let row = format!("{}  {size}", fit(&name, room));
        let style = if form.focus == FormField::AttachList && i == form.attach_selected {
            theme.selected()
        } else {
            Style::new()
        };
        let pad = if i == 0 { " Files" } else { "" };
        bottom.lines.push(Line::from(vec![
            Span::styled(fit(pad, usize::from(REPORT_LABEL)), theme.dim()),
            Span::styled(row, style),
        ]));
    }
    if form.focus == FormField::AttachList {
        bottom.lines.push(Line::from(vec![
            Span::raw(" ".repeat(usize::from(REPORT_LABEL))),
            Span::styled("delete removes the highlighted file", theme.dim()),
        ]));
    }
    messages(&mut bottom, form, FormField::AttachList, theme);
    switch(
        &mut bottom,
        form.keep_metadata,
        "Keep photo metadata",
        form.focus == FormField::KeepMetadata,
        theme,
        field_label(form, FormField::KeepMetadata, "Metadata", theme),
    );
    bottom.lines.push(Line::from(vec![
        Span::raw(" ".repeat(usize::from(REPORT_LABEL))),
        Span::styled(strings::METADATA_NOTE, theme.dim()),
    ]));
    messages(&mut bottom, form, FormField::KeepMetadata, theme);

    super::clear_popup(frame, area);
    let fixed = top.lines.len() + bottom.lines.len();
    let box_h = usize::from(area.height).saturating_sub(fixed).max(3);
    let top_h = u16::try_from(top.lines.len()).unwrap_or(0).min(area.height);
    let box_y = area.y + top_h;
    let box_h = u16::try_from(box_h)
        .unwrap_or(3)
        .min(area.bottom().saturating_sub(box_y));
    let bottom_y = box_y + box_h;
    let top_cursor = top.cursor;
    // What does not fit under the box scrolls, so the focused field is always seen.
    let skip = bottom.scroll(usize::from(area.bottom().saturating_sub(bottom_y)));
    let bottom_cursor = bottom
        .cursor
        .and_then(|(row, col)| Some((row.checked_sub(skip)?, col)));
    bottom.lines.drain(..skip);
    frame.render_widget(
        Paragraph::new(top.lines),
        Rect::new(area.x, area.y, area.width, top_h),
    );
    let box_rect = Rect::new(area.x + 1, box_y, area.width.saturating_sub(2), box_h);
    let body_cursor = render_body(frame, box_rect, form, body_w, theme);
    let bottom_rect = Rect::new(
        area.x,
        bottom_y,
        area.width,
        area.bottom().saturating_sub(bottom_y),
    );
    frame.render_widget(Paragraph::new(bottom.lines), bottom_rect);
    if app.help.is_some() || form.confirm_close || app.share.is_some() {
        return;
    }
    let at = |rect: Rect, (row, col): (usize, usize)| {
        let row = u16::try_from(row).ok().filter(|r| *r < rect.height)?;
        let col = u16::try_from(col).unwrap_or(0);
        Some(Position::new(
            (rect.x + col).min(rect.right().saturating_sub(1)),
            rect.y + row,
        ))
    };
    let top_rect = Rect::new(area.x, area.y, area.width, top_h);
    let cursor = match form.focus {
        FormField::Body => body_cursor,
        _ => top_cursor
            .and_then(|c| at(top_rect, c))
            .or_else(|| bottom_cursor.and_then(|c| at(bottom_rect, c))),
    };
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

/// A field's label, highlighted when the field has the focus.
fn field_label<'a>(form: &ReportForm, field: FormField, text: &str, theme: Theme) -> Span<'a> {
    let style = if form.focus == field {
        theme.badge()
    } else {
        theme.title()
    };
    Span::styled(fit(&format!(" {text}"), usize::from(REPORT_LABEL)), style)
}

/// A labelled one-line field followed by its messages.
fn text_row(
    part: &mut Part<'_>,
    form: &ReportForm,
    field: FormField,
    name: &str,
    input: &TextField,
    width: usize,
    theme: Theme,
) {
    line_field(
        part,
        form,
        field,
        input,
        width,
        theme,
        field_label(form, field, name, theme),
    );
    messages(part, form, field, theme);
}

fn line_field<'a>(
    part: &mut Part<'a>,
    form: &ReportForm,
    field: FormField,
    input: &TextField,
    width: usize,
    theme: Theme,
    label: Span<'a>,
) {
    let (shown, col) = input.window(width);
    let style = if form.focus == field {
        theme.selected()
    } else {
        theme.dim()
    };
    if form.focus == field {
        part.cursor = Some((part.lines.len(), usize::from(REPORT_LABEL) + col));
    }
    let text = if shown.is_empty() && form.focus != field {
        "·".to_owned()
    } else {
        shown
    };
    part.lines.push(Line::from(vec![
        label,
        Span::styled(fit(&text, width), style),
    ]));
}

fn switch<'a>(
    part: &mut Part<'a>,
    on: bool,
    text: &'a str,
    focus: bool,
    theme: Theme,
    label: Span<'a>,
) {
    let mark = if on { "[x] " } else { "[ ] " };
    let style = if focus {
        theme.selected()
    } else {
        Style::new()
    };
    part.lines.push(Line::from(vec![
        label,
        Span::styled(mark, style),
        Span::styled(text, style),
    ]));
}

fn messages(part: &mut Part<'_>, form: &ReportForm, field: FormField, theme: Theme) {
    add_messages(part, form, field, theme);
    if form.focus == field {
        part.focus = Some(part.field_start..part.lines.len());
    }
    part.field_start = part.lines.len();
}

fn add_messages(part: &mut Part<'_>, form: &ReportForm, field: FormField, theme: Theme) {
    for (e, error) in form.messages(field) {
        let (mark, style) = if error {
            ("! ", theme.error())
        } else {
            ("· ", theme.dim())
        };
        let text = crate::sanitize::clean_line(&e.to_string());
        part.lines.push(Line::from(vec![
            Span::raw(" ".repeat(usize::from(REPORT_LABEL))),
            Span::styled(format!("{mark}{text}"), style),
        ]));
    }
}

/// Draws "what happened" in its box, scrolled so the cursor shows; returns where the
/// cursor goes.
fn render_body(
    frame: &mut Frame<'_>,
    rect: Rect,
    form: &ReportForm,
    width: usize,
    theme: Theme,
) -> Option<Position> {
    let border = if form.focus == FormField::Body {
        theme.badge()
    } else {
        theme.dim()
    };
    let block = Block::default().borders(Borders::ALL).border_style(border);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let rows = usize::from(inner.height);
    let text = form.body.text();
    let lines = form.body.lines(width);
    let (row, col) = form.body.cursor_position(width);
    let scroll = row.saturating_sub(rows.saturating_sub(1));
    let shown: Vec<Line<'_>> = lines
        .iter()
        .skip(scroll)
        .take(rows)
        .map(|l| Line::raw(text[l.start..l.end].replace('\t', " ")))
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
    let x = inner.x
        + u16::try_from(col)
            .unwrap_or(0)
            .min(inner.width.saturating_sub(1));
    let y = inner.y + u16::try_from(row - scroll).ok()?;
    (y < inner.bottom()).then(|| Position::new(x, y))
}
