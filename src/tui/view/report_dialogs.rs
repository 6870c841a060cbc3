//! The small boxes around the report form: "keep the draft / discard / cancel" when a
//! changed form is closed, the chooser of drafts to resume (headline and date), and the
//! notice after a report was queued with no SMTP server. Key labels come from the live
//! keymap; headlines are cleaned before they are drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::super::action::{Action, Mode};
use super::super::app::App;
use super::super::strings;
use super::super::theme::Theme;
use super::{fit, truncate};

fn key(app: &App, mode: Mode, action: Action) -> String {
    app.keymap
        .keys_for(mode, action)
        .first()
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width.saturating_sub(2));
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    )
}

fn draw(frame: &mut Frame<'_>, rect: Rect, title: &str, footer: String, lines: Vec<Line<'_>>) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "))
        .title_bottom(Line::from(footer).right_aligned());
    // A blank column each side, so a wide character underneath never straddles the border.
    let margin = Rect::new(
        rect.x.saturating_sub(1),
        rect.y,
        rect.width + 2,
        rect.height,
    )
    .intersection(frame.area());
    super::clear_popup(frame, margin);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}

/// Draws whichever report box is open over `area`.
pub fn render_report_dialogs(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    if app.report.as_ref().is_some_and(|f| f.confirm_close) {
        render_confirm(frame, area, app, theme);
    } else if app.report.is_none() && app.drafts.is_some() {
        render_chooser(frame, area, app, theme);
    } else if app.report.is_none()
        && let Some(notice) = &app.report_notice
    {
        let mail = key(app, Mode::ReportSent, Action::MailReport);
        let close = key(app, Mode::ReportSent, Action::Back);
        let lines = vec![Line::raw(crate::sanitize::clean(&notice.text).into_owned())];
        let footer = format!(" {mail} mail program · {close} closes ");
        draw(frame, centered(area, 64, 7), "Report queued", footer, lines);
    }
}

fn render_confirm(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let m = Mode::ReportConfirm;
    let row = |action: Action, text: &'static str| {
        Line::from(vec![
            Span::styled(format!("  {:>5}  ", key(app, m, action)), theme.badge()),
            Span::raw(text),
        ])
    };
    // While saves fail, keeping means trying again: the form stays until one works.
    let not_saved = app.report.as_ref().is_some_and(|f| f.save_error.is_some());
    let keep = if not_saved {
        "Save again, then keep (NOT saved yet)"
    } else {
        "Keep the draft (resume it with r)"
    };
    let lines = vec![
        Line::raw(" This report has changes. Close it?"),
        Line::raw(""),
        row(Action::KeepDraft, keep),
        row(Action::DiscardDraft, "Discard it for good"),
        row(Action::Back, "Cancel: back to the form"),
    ];
    draw(
        frame,
        centered(area, 50, 7),
        "Close the report",
        String::new(),
        lines,
    );
}

fn render_chooser(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let Some(chooser) = &app.drafts else {
        return;
    };
    let m = Mode::ReportDrafts;
    let width = area.width.saturating_sub(4).min(70);
    let inner = usize::from(width.saturating_sub(2));
    let shown = chooser
        .drafts
        .len()
        .min(usize::from(area.height.saturating_sub(8)));
    let mut lines = vec![Line::raw(" Drafts waiting in the outbox:"), Line::raw("")];
    for (i, d) in chooser.drafts.iter().take(shown).enumerate() {
        let when = strings::relative_time(app.now, d.updated, app.settings.local_dates);
        let headline = crate::sanitize::clean_line(&d.headline);
        let headline = if headline.is_empty() {
            "(no headline yet)".to_owned()
        } else {
            headline
        };
        // Two cells before the headline, two between, one after the age.
        let room = inner.saturating_sub(when.chars().count() + 5);
        let text = format!("  {}  {when} ", fit(&truncate(&headline, room), room));
        lines.push(if i == chooser.selected {
            Line::styled(text, theme.selected())
        } else {
            Line::raw(text)
        });
    }
    let new = "  + New report".to_owned();
    lines.push(if chooser.selected >= chooser.drafts.len() {
        Line::styled(fit(&new, inner), theme.selected())
    } else {
        Line::raw(new)
    });
    let footer: Vec<String> = [
        (Action::Open, "opens"),
        (Action::NewReport, "new report"),
        (Action::Back, "closes"),
    ]
    .into_iter()
    .filter_map(|(action, what)| {
        let k = key(app, m, action);
        (!k.is_empty()).then(|| format!("{k} {what}"))
    })
    .collect();
    let footer = format!(" {} ", footer.join(" · "));
    let height = u16::try_from(lines.len() + 2).unwrap_or(10);
    draw(
        frame,
        centered(area, width, height),
        "Resume a report",
        footer,
        lines,
    );
}
