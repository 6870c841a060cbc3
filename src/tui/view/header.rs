//! The header line: the outlet's name, then the tabs (scrolled so the selected one is
//! always visible), and a badge for the sample edition; in a "More on" list, its title
//! in place of the tabs.

use crate::sanitize::clean_line;
use crate::width::display_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::App;
use super::super::strings;
use super::super::theme::Theme;

/// The widest a tab's name is drawn, in columns.
const MAX_TAB: usize = 32;

/// Draws the header.
pub fn render_header(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let brand = format!(" {} ", app.settings.outlet);
    let mut spans = vec![Span::styled(brand.clone(), theme.brand())];
    let mut used = display_width(&brand);
    if app.sample {
        let badge = format!(" {} ", strings::SAMPLE);
        used += display_width(&badge);
        spans.push(Span::styled(badge, theme.badge()));
    }
    if let Some(reader) = &app.reader {
        let position = app
            .list
            .index_of(reader.id)
            .map(|i| {
                // Grouped as the status bar's counts are (16,152).
                let of = |n: usize| strings::thousands(u64::try_from(n).unwrap_or(u64::MAX));
                format!(" Article {} of {}", of(i + 1), of(app.list.len()))
            })
            .unwrap_or_default();
        spans.push(Span::styled(position, theme.dim()));
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    // "More on" an actor, or one feed's stories: a title and the way back, no tabs.
    let stories = app.list.loaded.then(|| app.list.len());
    let view = match (&app.more_on, &app.feed_view) {
        (Some(name), _) => Some(strings::more_on(name, stories)),
        (None, Some((_, name))) => Some(strings::feed_view(&clean_line(name), stories)),
        (None, None) => None,
    };
    if let Some(view) = view {
        spans.push(Span::styled(format!(" {view}"), theme.title()));
        if let Some(k) = app.keymap.hint(
            super::super::action::Mode::List,
            super::super::action::Action::Back,
        ) {
            spans.push(Span::styled(format!(" · {k} back"), theme.dim()));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    let room = usize::from(area.width).saturating_sub(used + 1);
    // A section name can be a whole sentence (WordPress categories are free text): each
    // tab is cut to fit beside the scroll marks, and to a width that leaves others in
    // view.
    let longest = room.saturating_sub(4).clamp(4, MAX_TAB);
    let labels: Vec<String> = app
        .tabs
        .iter()
        .map(|t| format!(" {} ", super::truncate(t.label(), longest)))
        .collect();
    // Skip tabs from the left until the selected one fits.
    let mut first = 0;
    while first < app.tab
        && labels[first..=app.tab]
            .iter()
            .map(|l| display_width(l) + 1)
            .sum::<usize>()
            > room
    {
        first += 1;
    }
    if first > 0 {
        spans.push(Span::styled("‹", theme.dim()));
    } else {
        spans.push(Span::raw(" "));
    }
    let mut width = 1;
    for (i, label) in labels.iter().enumerate().skip(first) {
        if width + display_width(label) + 1 > room {
            spans.push(Span::styled("›", theme.dim()));
            break;
        }
        let style = if i == app.tab {
            theme.tab_selected()
        } else {
            theme.tab()
        };
        spans.push(Span::styled(label.clone(), style));
        spans.push(Span::raw(" "));
        width += display_width(label) + 1;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
