//! The share menu (a small box: the title, then a row per target with its key from the
//! live keymap) and its QR code, which takes the whole screen: black on white whatever
//! the theme, so a phone can read it; with `NO_COLOR`, the half blocks alone, drawn for
//! a light-on-dark terminal.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::action::{Action, Mode};
use super::super::app::{App, QrLink, QrView, ShareMenu};
use super::super::layout;
use super::super::theme::Theme;
use super::{fit, truncate};
use crate::share::ShareTarget;
use crate::share::qr::Ink;

/// Draws the share menu, or its QR code, over `area`.
pub fn render_share(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let Some(menu) = &app.share else {
        return;
    };
    match &menu.qr {
        Some(qr) => render_qr(frame, area, app, qr),
        None => render_menu(frame, area, app, menu, theme),
    }
}

/// The first key bound to `action` in the share menu, for labels.
fn key(app: &App, action: Action) -> String {
    app.keymap
        .keys_for(Mode::Share, action)
        .first()
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn render_menu(frame: &mut Frame<'_>, area: Rect, app: &App, menu: &ShareMenu, theme: Theme) {
    let rows = u16::try_from(ShareTarget::ALL.len()).unwrap_or(9);
    let width = area.width.saturating_sub(4).min(50);
    let height = (rows + 4).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    );
    let inner = usize::from(width.saturating_sub(2));
    let key_w = ShareTarget::ALL
        .iter()
        .map(|t| key(app, Action::for_share_target(*t)).chars().count())
        .max()
        .unwrap_or(1);
    let mut lines = vec![
        // One cell short of the border on the right, as on the left.
        Line::styled(
            truncate(&format!(" {}", menu.title), inner.saturating_sub(1)),
            theme.title(),
        ),
        Line::raw(""),
    ];
    for (i, target) in ShareTarget::ALL.iter().enumerate() {
        let k = key(app, Action::for_share_target(*target));
        let row = Line::from(vec![
            Span::styled(format!("  {k:>key_w$}  "), theme.badge()),
            Span::raw(fit(target.label(), inner.saturating_sub(key_w + 4))),
        ]);
        lines.push(if i == menu.selected {
            row.patch_style(theme.selected())
        } else {
            row
        });
    }
    let close = key(app, Action::Back);
    let pick = key(app, Action::Open);
    let footer = match (close.is_empty(), pick.is_empty()) {
        (false, false) => format!(" {pick} picks · {close} closes "),
        (false, true) => format!(" {close} closes "),
        _ => String::new(),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Share ")
        .title_bottom(Line::from(footer).right_aligned());
    // A blank column each side, so a wide character of the screen underneath can never
    // straddle the border.
    let x = rect.x.saturating_sub(1).max(area.x);
    let margin = Rect::new(
        x,
        rect.y,
        (rect.right() + 1).min(area.right()) - x,
        rect.height,
    );
    super::clear_popup(frame, margin);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

fn render_qr(frame: &mut Frame<'_>, area: Rect, app: &App, qr: &QrView) {
    let color = app.settings.color;
    // Dark modules need a light ground: explicit black on white, not the theme's.
    let paper = if color {
        Style::new().fg(Color::Black).bg(Color::White)
    } else {
        Style::new()
    };
    super::clear_popup(frame, area);
    frame.render_widget(Block::default().style(paper), area);
    let (link, code) = qr.shown();
    let caption = match qr.showing {
        QrLink::WhatsApp => "Scan with your phone to share on WhatsApp",
        QrLink::Article => "Scan with your phone to open the article",
    };
    let mut hints = Vec::new();
    let switch = key(app, Action::ShareQr);
    if !switch.is_empty() {
        let other = match qr.showing {
            QrLink::WhatsApp => "article link",
            QrLink::Article => "WhatsApp link",
        };
        hints.push(format!("{switch} {other}"));
    }
    for (action, label) in [(Action::ShareCopy, "copy link"), (Action::Back, "back")] {
        let k = key(app, action);
        if !k.is_empty() {
            hints.push(format!("{k} {label}"));
        }
    }
    let row = |y: u16| Rect::new(area.x, area.y + y, area.width, 1);
    let centered = |text: String| {
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .style(paper)
    };
    frame.render_widget(centered(caption.to_owned()), row(0));
    let bottom = area.height.saturating_sub(1);
    frame.render_widget(centered(hints.join(" · ")), row(bottom));

    let Some(code) = code else {
        let text = "This link is too long for a QR code";
        frame.render_widget(centered(text.to_owned()), row(area.height / 2));
        return;
    };
    let body = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(2),
    );
    if let Some(quiet) = layout::qr_quiet_zone((area.width, area.height), code.width()) {
        let polarity = if color { Ink::Dark } else { Ink::Light };
        render_code(frame, body, &code.lines(quiet, polarity), paper);
    } else {
        let (cols, rows) = code.text_size(2);
        // All the room there is: a WhatsApp link runs to 250 characters and more (a
        // headline in Arabic, over 1,500), and a link cut short is no use to copy by
        // hand; the notes come first, so the link never pushes them off.
        let rect = Rect::new(
            body.x + 2,
            body.y + 1,
            body.width.saturating_sub(4),
            body.height.saturating_sub(1),
        );
        let width = usize::from(rect.width);
        let mut lines = crate::width::wrap(
            &format!(
                "The QR code needs a window of {cols}×{} at least (this one is {}×{}).",
                rows + 2,
                area.width,
                area.height
            ),
            width,
        );
        let size = (area.width, area.height);
        if qr.showing == QrLink::WhatsApp && qr.other_fits(size) && !switch.is_empty() {
            lines.extend(crate::width::wrap(
                &format!("{switch} shows the shorter article link, which fits."),
                width,
            ));
        }
        lines.extend(crate::width::wrap(
            &format!("Enlarge the window, or copy the link: {link}"),
            width,
        ));
        let room = usize::from(rect.height);
        if lines.len() > room && room > 1 {
            // Cut, and said: the copy key takes it whole.
            lines.truncate(room - 1);
            let copy = key(app, Action::ShareCopy);
            let how = if copy.is_empty() {
                "(the link is cut here)".to_owned()
            } else {
                format!("(the link is cut here: {copy} copies it whole)")
            };
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && crate::width::display_width(last) + 1 > width {
                    last.pop();
                }
                last.push('…');
            }
            lines.push(how);
        }
        let text: Vec<Line<'_>> = lines.into_iter().map(Line::raw).collect();
        frame.render_widget(Paragraph::new(text).style(paper), rect);
    }
}

/// Draws the code's lines centred in `area`.
fn render_code(frame: &mut Frame<'_>, area: Rect, lines: &[String], paper: Style) {
    let cols = lines.first().map_or(0, |l| l.chars().count());
    let cols = u16::try_from(cols).unwrap_or(area.width).min(area.width);
    let rows = u16::try_from(lines.len())
        .unwrap_or(area.height)
        .min(area.height);
    let rect = Rect::new(
        area.x + (area.width - cols) / 2,
        area.y + (area.height - rows) / 2,
        cols,
        rows,
    );
    let text: Vec<Line<'_>> = lines.iter().map(|l| Line::raw(l.as_str())).collect();
    frame.render_widget(Paragraph::new(text).style(paper), rect);
}
