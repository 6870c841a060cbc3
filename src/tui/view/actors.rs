//! The actors panel (right of the reader when the terminal is wide, else under it): the
//! article's actors most prominent first, each with its kind's mark, name, mention
//! count and description, and the quotes of the selected one (its keys are in the
//! status bar).

use crate::width::display_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::app::{ActorsPanel, Reader, wrap};
use super::super::theme::Theme;
use super::{fit, truncate};
use crate::actors::{Actor, Extraction, Kind};

/// The mark before an actor's name: a shape per kind, so kinds differ without colour.
pub fn kind_mark(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "●",
        Kind::Org => "■",
        Kind::Place => "▲",
    }
}

/// Quotes shown under the selected actor, and lines per quote.
const QUOTES: usize = 4;
const QUOTE_LINES: usize = 3;

/// Draws the panel in `area`.
pub fn render_actors(
    frame: &mut Frame<'_>,
    area: Rect,
    reader: &Reader,
    panel: ActorsPanel,
    theme: Theme,
) {
    let inner = usize::from(area.width.saturating_sub(2));
    let (lines, selected_at) = match reader.actors.as_deref() {
        None => (vec![Line::styled(" Finding actors…", theme.dim())], 0),
        Some(x) if x.actors.is_empty() => (
            vec![Line::styled(
                " No actors found in this article.",
                theme.dim(),
            )],
            0,
        ),
        Some(x) => actor_lines(x, panel.selected, inner, theme),
    };
    // Scroll so the selected actor's block starts on screen, a row of context above.
    let rows = usize::from(area.height.saturating_sub(2));
    let scroll = if selected_at + 4 > rows {
        selected_at
            .saturating_sub(1)
            .min(lines.len().saturating_sub(rows))
    } else {
        0
    };
    let count = reader.actors.as_ref().map_or(0, |x| x.actors.len());
    let title = if count > 0 {
        format!(" Actors · {count} ")
    } else {
        " Actors ".to_owned()
    };
    // Its keys are in the status bar.
    let block = Block::default().borders(Borders::ALL).title(title);
    super::clear_popup(frame, area);
    let scroll = u16::try_from(scroll).unwrap_or(0);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}

/// The lines of every actor, and the line where the selected one starts.
fn actor_lines(
    x: &Extraction,
    selected: usize,
    inner: usize,
    theme: Theme,
) -> (Vec<Line<'static>>, usize) {
    let mut lines = Vec::new();
    let mut selected_at = 0;
    for (i, actor) in x.actors.iter().enumerate() {
        if i == selected {
            selected_at = lines.len();
        }
        lines.push(name_row(actor, i == selected, inner, theme));
        let description = if actor.discovered {
            "found in the text"
        } else {
            actor.description.as_str()
        };
        if !description.is_empty() {
            let text = truncate(description, inner.saturating_sub(4));
            lines.push(Line::styled(format!("    {text}"), theme.dim()));
        }
        if i == selected {
            quote_lines(x, actor, inner, &mut lines);
        }
    }
    (lines, selected_at)
}

fn name_row(actor: &Actor, selected: bool, inner: usize, theme: Theme) -> Line<'static> {
    let count = format!(" {}", actor.mention_count());
    let name_w = inner.saturating_sub(3 + display_width(&count) + 1);
    let style = theme.actor(actor.kind, actor.discovered);
    let row = Line::from(vec![
        Span::styled(format!(" {} ", kind_mark(actor.kind)), style),
        Span::styled(fit(&actor.name, name_w), style),
        Span::styled(count, theme.dim()),
        Span::raw(" "),
    ]);
    if selected {
        row.patch_style(theme.selected())
    } else {
        row
    }
}

fn quote_lines(x: &Extraction, actor: &Actor, inner: usize, lines: &mut Vec<Line<'static>>) {
    let width = inner.saturating_sub(5).max(10);
    let mut shown: Vec<&str> = Vec::new();
    for quote in x.quotes.iter().filter(|q| q.speaker == actor.name) {
        // The same words quoted again (a repeated pull quote) are shown once.
        if shown.contains(&quote.text.as_str()) {
            continue;
        }
        if shown.len() == QUOTES {
            break;
        }
        shown.push(&quote.text);
        let mut wrapped = wrap(&format!("“{}”", quote.text), width);
        if wrapped.len() > QUOTE_LINES {
            wrapped.truncate(QUOTE_LINES);
            if let Some(last) = wrapped.last_mut() {
                *last = format!("{}…", truncate(last, width.saturating_sub(1)));
            }
        }
        for line in wrapped {
            lines.push(Line::raw(format!("     {line}")));
        }
    }
}
