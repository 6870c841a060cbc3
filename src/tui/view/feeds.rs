//! The feeds overlay: each followed feed, its stories, when it last refreshed and,
//! for one that failed, its whole error, wrapped to the box.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::action::{Action, Mode};
use super::super::app::{App, wrap};
use super::super::strings::{relative_time, thousands};
use super::super::theme::Theme;
use crate::sanitize::clean_line;
use crate::store::FeedRow;

/// What a line of the overlay is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The chosen feed's name.
    Chosen,
    Name,
    Plain,
    Error,
    Dim,
}

/// The overlay's box in `area`, its title, its lines wrapped to the box, and the lines
/// the chosen feed takes.
fn layout(app: &App, area: Rect) -> (Rect, String, Vec<(Kind, String)>, std::ops::Range<usize>) {
    let width = area.width.saturating_sub(4).min(84);
    let height = area.height.saturating_sub(2);
    let rect = Rect::new(area.x + (area.width - width) / 2, area.y + 1, width, height);
    let text_w = usize::from(width.saturating_sub(2));
    let mut lines: Vec<(Kind, String)> = Vec::new();
    // How many lines are pushed so far, readable while `push` holds `lines`.
    let count = std::cell::Cell::new(0);
    let mut push = |kind: Kind, indent: &str, text: &str| {
        let room = text_w.saturating_sub(indent.len()).max(1);
        for part in wrap(text, room) {
            lines.push((kind, format!("{indent}{part}")));
        }
        count.set(lines.len());
    };
    let mut chosen = 0..0;
    let overlay = app.feeds.as_ref();
    let feeds = overlay.and_then(|o| o.feeds.as_deref());
    let title = match feeds {
        Some(feeds) => {
            let failed = feeds.iter().filter(|f| f.last_error.is_some()).count();
            if failed > 0 {
                format!(" Feeds: {} · {failed} failing ", feeds.len())
            } else {
                format!(" Feeds: {} ", feeds.len())
            }
        }
        None => " Feeds ".to_owned(),
    };
    if let Some(error) = overlay.and_then(|o| o.error.as_deref()) {
        push(Kind::Error, "", error);
    }
    match feeds {
        None => push(Kind::Dim, "", "Reading the feeds…"),
        Some([]) => push(
            Kind::Plain,
            "",
            "No feeds. Add one with `ddm-reader feeds add URL`, or in the config file.",
        ),
        Some(feeds) => {
            let selected = overlay.map_or(0, |o| o.selected);
            for (i, feed) in feeds.iter().enumerate() {
                if i > 0 {
                    push(Kind::Plain, "", "");
                }
                let start = count.get();
                feed_lines(app, feed, i == selected, &mut push);
                if i == selected {
                    chosen = start..count.get();
                }
            }
        }
    }
    (rect, title, lines, chosen)
}

/// The lines of one feed.
fn feed_lines(app: &App, feed: &FeedRow, chosen: bool, push: &mut impl FnMut(Kind, &str, &str)) {
    let name = match &feed.section {
        Some(section) => format!("{} · {}", clean_line(&feed.name), clean_line(section)),
        None => clean_line(&feed.name),
    };
    if chosen {
        push(Kind::Chosen, "▸ ", &name);
    } else {
        push(Kind::Name, "  ", &name);
    }
    let stories = match feed.articles {
        1 => "1 story".to_owned(),
        n => format!("{} stories", thousands(n)),
    };
    let when = |t| relative_time(app.now, t, app.settings.local_dates);
    let status = match (&feed.last_error, feed.last_success) {
        (None, Some(t)) => format!("{stories} · refreshed {}", when(t)),
        (None, None) => format!("{stories} · never refreshed"),
        (Some(_), Some(t)) => format!("{stories} · failing; last refreshed {}", when(t)),
        (Some(_), None) => format!("{stories} · failing; never refreshed"),
    };
    // During a refresh the rows are those from before it: say which feeds it has done.
    let status = match &app.refreshing {
        Some(progress) if progress.finished.contains(&feed.url) => {
            format!("{status} · done in this refresh")
        }
        Some(_) => format!("{status} · waiting in this refresh"),
        None => status,
    };
    push(Kind::Plain, "    ", &status);
    if let Some(error) = &feed.last_error {
        let error = match feed.http_status {
            Some(code) if !error.contains(&code.to_string()) => {
                format!("{} (HTTP {code})", clean_line(error))
            }
            _ => clean_line(error),
        };
        push(Kind::Error, "    ", &format!("✗ {error}"));
    }
    if let Some(until) = feed.retry_after.filter(|t| *t > app.now) {
        let at = until.with_timezone(&chrono::Local).format("%H:%M");
        push(
            Kind::Plain,
            "    ",
            &format!("The server asked for a pause: the next try is after {at}"),
        );
    }
    push(
        Kind::Dim,
        "    ",
        &clean_line(&crate::feed::shown_url(&feed.url)),
    );
}

/// How far the overlay scrolls at most at the terminal's size.
pub fn max_scroll(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let (rect, _, lines, _) = layout(app, area);
    lines
        .len()
        .saturating_sub(usize::from(rect.height.saturating_sub(2)))
}

/// The scroll that shows the chosen feed whole (its top, when it is taller than the
/// box), moving as little as can be from where the overlay is.
pub fn scroll_to_selected(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let (rect, _, _, chosen) = layout(app, area);
    let room = usize::from(rect.height.saturating_sub(2)).max(1);
    let at = app.feeds.as_ref().map_or(0, |f| f.scroll);
    if chosen.start < at {
        chosen.start
    } else if chosen.end > at + room {
        chosen.end.saturating_sub(room).min(chosen.start)
    } else {
        at
    }
}

/// Draws the overlay over `area`.
pub fn render_feeds(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let (rect, title, lines, _) = layout(app, area);
    let scroll = app.feeds.as_ref().map_or(0, |f| f.scroll).min(
        lines
            .len()
            .saturating_sub(usize::from(rect.height.saturating_sub(2))),
    );
    let lines: Vec<Line<'_>> = lines
        .into_iter()
        .skip(scroll)
        .map(|(kind, text)| {
            let style = match kind {
                Kind::Chosen => theme.selected(),
                Kind::Name => theme.title(),
                Kind::Plain => Style::new(),
                Kind::Error => theme.error(),
                Kind::Dim => theme.dim(),
            };
            Line::styled(text, style)
        })
        .collect();
    let mut hints = Vec::new();
    if let Some(k) = app.keymap.hint(Mode::Feeds, Action::Open) {
        hints.push(format!("{k} shows its stories"));
    }
    if let Some(k) = app.keymap.hint(Mode::Feeds, Action::Back) {
        hints.push(format!("{k} closes"));
    }
    if let Some(k) = app.keymap.hint(Mode::Feeds, Action::Refresh) {
        hints.push(format!("{k} refreshes"));
    }
    let hint = if hints.is_empty() {
        String::new()
    } else {
        format!(" {} ", hints.join(" · "))
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .title_bottom(Line::from(hint).right_aligned());
    super::clear_popup(frame, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
