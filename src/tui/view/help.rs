//! The help overlay, generated from the live keymap: the keys of the screen underneath,
//! the ones that work everywhere, then the share menu's. A rebinding in the config shows
//! up here at once.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::action::{Action, Mode};
use super::super::app::App;
use super::super::keymap::{Key, KeyCode, Keymap};
use super::super::theme::Theme;

/// What an action does in `mode`, where that differs from its general help.
fn help_in(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (Mode::Share, Action::Down) => "Highlight the next target",
        (Mode::Share, Action::Up) => "Highlight the previous target",
        (Mode::Share, Action::Top) => "Highlight the first target",
        (Mode::Share, Action::Bottom) => "Highlight the last target",
        (Mode::Share, Action::Open) => "Share to the highlighted target",
        (Mode::Share, Action::Back) => "Close (from the QR code: back to the menu)",
        (Mode::Actors, Action::Down) => "Select the next actor",
        (Mode::Actors, Action::Up) => "Select the previous actor",
        (Mode::Actors, Action::Top) => "Select the first actor",
        (Mode::Actors, Action::Bottom) => "Select the last actor",
        (Mode::Actors, Action::Back) => "Close the actors panel",
        (Mode::ReportConfirm, Action::Back | Action::CloseForm) => "Back to the form",
        (Mode::ReportDrafts, Action::Down) => "Highlight the next row",
        (Mode::ReportDrafts, Action::Up) => "Highlight the previous row",
        (Mode::ReportDrafts, Action::Top) => "Highlight the newest draft",
        (Mode::ReportDrafts, Action::Bottom) => "Highlight “New report”",
        (Mode::ReportDrafts, Action::Open) => "Resume the highlighted draft (or start anew)",
        (Mode::ReportDrafts, Action::Back) => "Close without choosing",
        (Mode::Reader, Action::Down) => "Scroll down",
        (Mode::Reader, Action::Up) => "Scroll up",
        (Mode::List, Action::Down) => "Next article",
        (Mode::List, Action::Up) => "Previous article",
        _ => action.help(),
    }
}

/// The overlay's lines for the screen in `under` (list, reader or share menu).
pub fn help_lines(keymap: &Keymap, under: Mode) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // In the report form a printable key is typed into the field, whatever it is bound
    // to: of the keys that work everywhere, only those with Ctrl or Alt (or no letter)
    // are listed there.
    // In the drafts chooser no letter or digit acts but its own.
    let typing = matches!(under, Mode::Report | Mode::ReportConfirm);
    let unlettered = under == Mode::ReportDrafts;
    let section = |title: &str, mode: Mode, out: &mut Vec<(String, String)>| {
        let mut bindings = keymap.describe(mode);
        if (typing || unlettered) && mode == Mode::Global {
            for (_, keys) in &mut bindings {
                keys.retain(|k| match k.code {
                    _ if k.ctrl || k.alt => true,
                    KeyCode::Char(c) => unlettered && !c.is_alphanumeric(),
                    _ => true,
                });
            }
            bindings.retain(|(_, keys)| !keys.is_empty());
        }
        if bindings.is_empty() {
            return;
        }
        // The share menu's targets first, then how to move in it.
        bindings.sort_by_key(|(action, _)| action.share_target().is_none());
        out.push((title.to_owned(), String::new()));
        for (action, keys) in bindings {
            let keys: Vec<String> = keys.iter().map(Key::to_string).collect();
            out.push((keys.join(", "), help_in(mode, action).to_owned()));
        }
        out.push((String::new(), String::new()));
    };
    match under {
        Mode::Share => section("In the share menu", Mode::Share, &mut out),
        Mode::Feeds => section("In the feeds overlay", Mode::Feeds, &mut out),
        Mode::Report | Mode::ReportConfirm => {
            section("In the report form", Mode::Report, &mut out);
            // Keys the fields take before the keymap is asked.
            let at = out.len().saturating_sub(1);
            for (i, (keys, text)) in [
                (
                    "letters, enter…",
                    "Typed into the focused field (enter: a new line in “what happened”)",
                ),
                ("enter", "In the attachment path: attach the file typed"),
                (
                    "up, down",
                    "In the files: highlight the previous / next file",
                ),
                (
                    "delete, backspace",
                    "In the files: remove the highlighted file",
                ),
            ]
            .into_iter()
            .enumerate()
            {
                out.insert(at + i, (keys.to_owned(), text.to_owned()));
            }
            section("Closing a changed report", Mode::ReportConfirm, &mut out);
            section("After queueing without SMTP", Mode::ReportSent, &mut out);
        }
        Mode::ReportDrafts | Mode::ReportSent => {
            section("Choosing a draft", Mode::ReportDrafts, &mut out);
            section("After queueing without SMTP", Mode::ReportSent, &mut out);
        }
        Mode::Reader | Mode::Actors => {
            if under == Mode::Actors {
                section("In the actors panel", Mode::Actors, &mut out);
            }
            section("In the reader", Mode::Reader, &mut out);
            out.insert(
                out.len().saturating_sub(1),
                (
                    "1, 2, … enter".to_owned(),
                    "Open link by its number".to_owned(),
                ),
            );
            if under == Mode::Reader {
                let title = keymap.hint(Mode::Reader, Action::Actors).map_or_else(
                    || "In the actors panel".to_owned(),
                    |k| format!("In the actors panel ({k})"),
                );
                section(&title, Mode::Actors, &mut out);
            }
        }
        _ => {
            section("In the list", Mode::List, &mut out);
            section("While typing a search", Mode::Search, &mut out);
        }
    }
    section("Everywhere", Mode::Global, &mut out);
    if matches!(under, Mode::List | Mode::Reader) {
        out.push((
            String::new(),
            "Mouse: the wheel scrolls, a click selects, a second click opens".to_owned(),
        ));
        out.push((String::new(), String::new()));
        let title = keymap.hint(under, Action::Share).map_or_else(
            || "In the share menu".to_owned(),
            |k| format!("In the share menu ({k})"),
        );
        section(&title, Mode::Share, &mut out);
    }
    while out
        .last()
        .is_some_and(|(k, v)| k.is_empty() && v.is_empty())
    {
        out.pop();
    }
    out
}

/// One row of the overlay: a section title, or a key and (a line of) what it does.
enum Row {
    Title(String),
    Key(String, String),
}

/// The overlay's box in `area`, its rows (descriptions wrapped to the box), and the
/// width of the key column.
fn layout(app: &App, area: Rect) -> (Rect, Vec<Row>, usize) {
    let under = if app.feeds.is_some() {
        Mode::Feeds
    } else if app.share.is_some() {
        Mode::Share
    } else if app.report.is_some() {
        Mode::Report
    } else if app.drafts.is_some() || app.report_notice.is_some() {
        Mode::ReportDrafts
    } else if app.actors_panel.is_some() && app.reader.is_some() {
        Mode::Actors
    } else if app.reader.is_some() {
        Mode::Reader
    } else {
        Mode::List
    };
    let entries = help_lines(&app.keymap, under);
    let key_w = entries
        .iter()
        .map(|(k, v)| if v.is_empty() { 0 } else { k.chars().count() })
        .max()
        .unwrap_or(10)
        .min(28);
    let width = area.width.saturating_sub(4).min(84);
    let height = area.height.saturating_sub(2);
    let rect = Rect::new(area.x + (area.width - width) / 2, area.y + 1, width, height);
    // A description longer than the box goes on under itself, past the keys.
    let text_w = usize::from(width.saturating_sub(2)).saturating_sub(key_w + 4);
    let mut rows = Vec::with_capacity(entries.len());
    for (k, v) in entries {
        if v.is_empty() {
            rows.push(Row::Title(k));
            continue;
        }
        for (i, part) in crate::tui::app::wrap(&v, text_w).into_iter().enumerate() {
            let key = if i == 0 { k.clone() } else { String::new() };
            rows.push(Row::Key(key, part));
        }
    }
    (rect, rows, key_w)
}

/// How far the overlay scrolls at most at the terminal's size: the app keeps its place
/// within it, so paging back up after the end moves at once.
pub fn max_scroll(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let (rect, rows, _) = layout(app, area);
    rows.len()
        .saturating_sub(usize::from(rect.height.saturating_sub(2)))
}

/// Draws the overlay over `area`.
pub fn render_help(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let (rect, rows, key_w) = layout(app, area);
    let scroll = app.help.unwrap_or(0).min(
        rows.len()
            .saturating_sub(usize::from(rect.height.saturating_sub(2))),
    );
    let lines: Vec<Line<'_>> = rows
        .into_iter()
        .skip(scroll)
        .map(|row| match row {
            Row::Title(title) => Line::styled(title, theme.title()),
            Row::Key(key, text) => Line::from(vec![
                Span::styled(format!("  {key:<key_w$}  "), theme.badge()),
                Span::raw(text),
            ]),
        })
        .collect();
    let close = app
        .keymap
        .hint(Mode::Help, Action::Back)
        .map_or_else(String::new, |k| format!(" {k} closes "));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Keys ")
        .title_bottom(Line::from(close).right_aligned());
    super::clear_popup(frame, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::KeysConfig;

    #[test]
    fn the_form_help_lists_no_key_that_would_be_typed() {
        let keymap = Keymap::build(&KeysConfig::new()).unwrap();
        let form = help_lines(&keymap, Mode::Report);
        let everywhere = form.iter().position(|(k, _)| k == "Everywhere").unwrap();
        let keys: Vec<&str> = form[everywhere + 1..]
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert!(keys.iter().any(|k| k.contains("ctrl-c")), "{keys:?}");
        assert!(!keys.iter().any(|k| *k == "R" || *k == "?"), "{keys:?}");
        // Elsewhere they are listed.
        let list = help_lines(&keymap, Mode::List);
        assert!(list.iter().any(|(k, _)| k == "R"));
    }

    #[test]
    fn the_drafts_chooser_help_lists_no_letter_it_ignores() {
        let keymap = Keymap::build(&KeysConfig::new()).unwrap();
        let chooser = help_lines(&keymap, Mode::ReportDrafts);
        let everywhere = chooser.iter().position(|(k, _)| k == "Everywhere").unwrap();
        let keys: Vec<&str> = chooser[everywhere + 1..]
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["?", "ctrl-c"]);
    }

    #[test]
    fn the_form_help_lists_the_keys_of_the_files_and_of_the_mail_program() {
        let keymap = Keymap::build(&KeysConfig::new()).unwrap();
        for under in [Mode::Report, Mode::ReportConfirm] {
            let form = help_lines(&keymap, under);
            let find = |key: &str| {
                let found = form.iter().find(|(k, _)| k == key);
                found.map(|(_, v)| v.clone()).unwrap_or_default()
            };
            assert!(find("delete, backspace").contains("remove the highlighted file"));
            assert!(find("m").contains("mail program"));
            assert!(find("f1").contains("help"));
        }
    }
}
