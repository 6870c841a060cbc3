//! The article list: one row per article on screen (unread mark, star, title, section,
//! relative time), built only for the visible window; and the search line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{App, Tab};
use super::super::theme::Theme;
use super::{fit, truncate};

/// Draws the visible rows of the list.
pub fn render_list(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let list = &app.list;
    if list.is_empty() {
        let text = if list.loaded {
            empty_message(app)
        } else {
            "Loading…".to_owned()
        };
        let line = Line::styled(format!("  {text}"), theme.dim());
        frame.render_widget(Paragraph::new(vec![Line::raw(""), line]), area);
        return;
    }
    let width = usize::from(area.width);
    let section_w = if width >= 100 { 18 } else { 12 };
    let time_w = 8;
    let title_w = width.saturating_sub(4 + 1 + section_w + 1 + time_w + 1);
    let rows = usize::from(area.height);
    let mut lines = Vec::with_capacity(rows);
    for index in list.offset..(list.offset + rows).min(list.len()) {
        let selected = index == list.selected;
        let line = match list.row(index) {
            Some(row) => {
                let title_style = if row.read {
                    Style::new()
                } else {
                    theme.unread()
                };
                let time = row
                    .published
                    .map(|t| {
                        super::super::strings::relative_time(app.now, t, app.settings.local_dates)
                    })
                    .unwrap_or_default();
                let section = row.section.as_deref().unwrap_or(&row.feed);
                Line::from(vec![
                    Span::styled(if row.read { "  " } else { " ●" }, theme.mark()),
                    Span::styled(if row.starred { "★ " } else { "  " }, theme.mark()),
                    Span::styled(fit(&row.title, title_w), title_style),
                    Span::raw(" "),
                    Span::styled(fit(section, section_w), theme.dim()),
                    Span::raw(" "),
                    Span::styled(format!("{time:>time_w$} "), theme.dim()),
                ])
            }
            None => Line::styled(fit("    …", width), theme.dim()),
        };
        lines.push(if selected {
            line.patch_style(theme.selected())
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn empty_message(app: &App) -> String {
    if let Some(search) = app.search.as_ref().filter(|s| !s.query.trim().is_empty()) {
        let query = truncate(search.query.trim(), 40);
        let unread = if app.unread_only { "unread " } else { "" };
        let place = search_scope(app).map_or_else(String::new, |s| format!(" {s}"));
        return format!("No {unread}articles{place} match “{query}”.");
    }
    let refresh = app
        .keymap
        .hint(
            super::super::action::Mode::List,
            super::super::action::Action::Refresh,
        )
        .map_or_else(String::new, |k| format!(" Press {k} to refresh."));
    match app.tabs.get(app.tab) {
        Some(Tab::Starred) => "No starred articles: * on an article stars it.".to_owned(),
        Some(Tab::Unread) => "Nothing unread.".to_owned(),
        _ if app.unread_only => "Nothing unread here.".to_owned(),
        _ => format!("No articles yet.{refresh}"),
    }
}

/// Draws the search line: the query and the number of results.
pub fn render_search(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let Some(search) = &app.search else {
        return;
    };
    let count = if search.query.trim().is_empty() {
        String::new()
    } else if app.list.loaded {
        format!(
            "  {} found{}{}",
            super::super::strings::thousands(app.list.len() as u64),
            search_scope(app).map_or_else(String::new, |s| format!(" {s}")),
            if app.unread_only { ", unread only" } else { "" }
        )
    } else {
        "  searching…".to_owned()
    };
    let cursor = if search.editing { "▏" } else { "" };
    let room = usize::from(area.width).saturating_sub(10 + count.chars().count());
    let query = truncate_left(&search.query, room);
    let line = Line::from(vec![
        Span::styled(" Search: ", theme.badge()),
        Span::raw(query),
        Span::raw(cursor),
        Span::styled(count, theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// Where a search looks when not in every story: the list on show ("in “Sport”",
/// "naming Tinubu"). A search on a section tab said only "No articles match", though
/// `ddm-reader search` found some elsewhere.
fn search_scope(app: &App) -> Option<String> {
    if let Some(actor) = &app.more_on {
        return Some(format!("naming {}", truncate(actor, 30)));
    }
    if let Some((_, feed)) = &app.feed_view {
        return Some(format!("in “{}”", truncate(feed, 30)));
    }
    match app.tabs.get(app.tab) {
        Some(Tab::All) | None => None,
        Some(tab) => Some(format!("in “{}”", truncate(tab.label(), 30))),
    }
}

/// The end of `text` that fits in `width` columns (what is being typed stays visible).
fn truncate_left(text: &str, width: usize) -> String {
    let mut used = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        start = i;
    }
    text.get(start..).unwrap_or("").to_owned()
}
