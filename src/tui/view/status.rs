//! The status bar: on the left a message, a link number being typed, refresh progress
//! or the last refresh's outcome (failed feeds named); on the right the offline mark,
//! the reading position or the counts, and the help key.

use crate::width::display_width;
use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::action::{Action, Mode};
use super::super::app::{App, RefreshSummary};
use super::super::layout;
use super::super::strings::{self, thousands};
use super::super::theme::Theme;
use super::truncate;

/// Draws the status bar.
pub fn render_status(frame: &mut Frame<'_>, area: Rect, app: &App, theme: Theme) {
    let base = theme.status();
    let right = right_side(app);
    // One column of padding at each end and at least one between the two sides.
    let room = usize::from(area.width).saturating_sub(display_width(&right) + 3);
    let (left, error) = left_side(app);
    let left_style = if error {
        base.patch(theme.error())
    } else {
        base
    };
    let left = truncate(&left, room);
    let pad =
        usize::from(area.width).saturating_sub(display_width(&left) + display_width(&right) + 2);
    let line = Line::from(vec![
        Span::styled(format!(" {left}"), left_style),
        Span::styled(" ".repeat(pad), base),
        Span::styled(format!("{right} "), base),
    ]);
    frame.render_widget(Paragraph::new(line).style(base), area);
}

fn left_side(app: &App) -> (String, bool) {
    if let Some(input) = app.reader.as_ref().and_then(|r| r.link_input.as_ref()) {
        return (
            format!("Open link {input}_  (enter opens, esc cancels)"),
            false,
        );
    }
    if let Some(flash) = &app.flash {
        return (flash.text.clone(), flash.error);
    }
    if app.report.is_some() || app.drafts.is_some() || app.report_notice.is_some() {
        return (hints(app), false);
    }
    if let Some(p) = &app.refreshing {
        let mut text = if p.total == 0 {
            "Refreshing…".to_owned()
        } else {
            format!("Refreshing {}/{} feeds", p.done, p.total)
        };
        if p.new > 0 {
            let _ = write!(text, " · {} new", thousands(p.new as u64));
        }
        if !p.failed.is_empty() {
            let _ = write!(text, " · failed: {}", names(&p.failed));
        }
        return (text, false);
    }
    if let Some((done, total)) = app.actors_progress {
        return (
            format!("Finding actors {}/{}", thousands(done), thousands(total)),
            false,
        );
    }
    // A refresh that just ended says how it went, before any reminder about reports:
    // `R` with a draft waiting showed only the reminder, even when every feed failed.
    if let Some(last) = app
        .last_refresh
        .as_ref()
        .filter(|l| app.now.signed_duration_since(l.at) < RECENT)
    {
        return refresh_outcome(app, last);
    }
    if let Some((text, error)) = app.outbox_status.as_ref().or(app.send_status.as_ref()) {
        // A draft waiting is said too, before it and shortly: the line is about the
        // queue, and the draft went unmentioned for as long as a report waited.
        let text = match drafts_short(app) {
            Some(drafts) => format!("{drafts} · {text}"),
            None => text.clone(),
        };
        return (text, *error);
    }
    if let Some(reminder) = unsent(app) {
        return (reminder, false);
    }
    // Later, a refresh that failed in part is still said, shortly, but the keys come
    // back beside it.
    if let Some(last) = &app.last_refresh
        && (last.error.is_some() || !last.failed.is_empty())
    {
        let (short, _) = failures(app, last);
        return (format!("{short} · {}", hints(app)), true);
    }
    (hints(app), false)
}

/// How long the outcome of a refresh comes before reminders and key hints.
const RECENT: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// How many drafts wait in the outbox, and the key that resumes one.
fn drafts(app: &App) -> (usize, Option<String>) {
    let drafts = app
        .outbox
        .iter()
        .filter(|r| r.state == crate::report::ReportState::Draft)
        .count();
    let key = app
        .keymap
        .hint(list_or_reader(app), Action::Report)
        .map(|k| k.to_string());
    (drafts, key)
}

/// The drafts waiting, shortly, with the key that resumes one: "1 draft (r resumes)".
fn drafts_short(app: &App) -> Option<String> {
    let (drafts, key) = drafts(app);
    (drafts > 0).then(|| strings::drafts_short(drafts, key.as_deref()))
}

/// The reports not sent yet, if any: how many drafts (with the key that resumes one) and
/// how many queued.
fn unsent(app: &App) -> Option<String> {
    if app.outbox.is_empty() {
        return None;
    }
    let (drafts, key) = drafts(app);
    Some(strings::unsent(app.outbox.len(), drafts, key.as_deref()))
}

/// How the last refresh went, whole: what failed, with the feeds' errors last (the bar
/// cuts them first), and trouble sending reports and the reports not sent yet between.
fn refresh_outcome(app: &App, last: &RefreshSummary) -> (String, bool) {
    let at = last.at.with_timezone(&chrono::Local).format("%H:%M");
    let new = thousands(last.new as u64);
    let mut parts = Vec::new();
    let error = last.error.is_some() || !last.failed.is_empty();
    let details = if error {
        let (short, details) = failures(app, last);
        parts.push(short);
        details.map(|d| format!("{new} new at {at} — {d}"))
    } else {
        parts.push(format!(
            "Refreshed {} at {at} · {new} new",
            strings::count(last.total as u64, "feed")
        ));
        None
    };
    // Reports are sent right after a refresh: a send that failed is said too, not left
    // for a minute as "not sent yet".
    let report_trouble = app
        .outbox_status
        .as_ref()
        .or(app.send_status.as_ref())
        .filter(|(_, error)| *error);
    parts.extend(report_trouble.map(|(text, _)| text.clone()));
    parts.extend(unsent(app));
    parts.extend(details);
    (parts.join(" · "), error || report_trouble.is_some())
}

/// A refresh's failures: shortly ("2 of 9 feeds failed (F: details)", "Refresh failed:
/// …"), and each failed feed's error when some failed.
fn failures(app: &App, last: &RefreshSummary) -> (String, Option<String>) {
    if let Some(error) = &last.error {
        return (format!("Refresh failed: {error}"), None);
    }
    if last.failed.is_empty() {
        return (String::new(), None);
    }
    // The key of the feeds overlay, which has each error whole: the bar can only cut
    // them.
    let failed = if last.failed.len() == last.total {
        format!("{} failed", strings::count(last.total as u64, "feed"))
    } else {
        format!(
            "{} of {} failed",
            last.failed.len(),
            strings::count(last.total as u64, "feed")
        )
    };
    let details_key = app
        .keymap
        .hint(list_or_reader(app), Action::Feeds)
        .map(|k| format!(" ({k}: details)"))
        .unwrap_or_default();
    let details: Vec<String> = last
        .failed
        .iter()
        .map(|(name, error)| format!("{name}: {error}"))
        .collect();
    (format!("{failed}{details_key}"), Some(details.join("; ")))
}

/// The keymap of the screen under the status bar's hints: the reader's or the list's.
fn list_or_reader(app: &App) -> Mode {
    if app.reader.is_some() {
        Mode::Reader
    } else {
        Mode::List
    }
}

/// The main keys of the screen, from the live keymap.
fn hints(app: &App) -> String {
    let back = app.list_goes_back();
    let list_keys = [
        (Action::Open, "open"),
        (Action::Search, "search"),
        (Action::Refresh, "refresh"),
        (Action::NextTab, "section"),
        (Action::Quit, if back { "back" } else { "quit" }),
    ];
    let (mode, actions): (Mode, &[(Action, &str)]) = if app.report.is_some() {
        (
            Mode::Report,
            &[
                (Action::SubmitReport, "send"),
                (Action::NextField, "next field"),
                (Action::Toggle, "switch"),
                (Action::EditInEditor, "editor"),
                (Action::CloseForm, "close"),
            ],
        )
    } else if app.drafts.is_some() {
        (
            Mode::ReportDrafts,
            &[
                (Action::Open, "resume"),
                (Action::NewReport, "new report"),
                (Action::Back, "close"),
            ],
        )
    } else if app.report_notice.is_some() {
        (
            Mode::ReportSent,
            &[
                (Action::MailReport, "mail program"),
                (Action::Back, "close"),
            ],
        )
    } else if app.actors_panel.is_some() && app.reader.is_some() {
        (
            Mode::Actors,
            &[
                (Action::Down, "next actor"),
                (Action::NextMention, "mention"),
                (Action::MoreOnActor, "more on"),
                (Action::AddActor, "add"),
                (Action::Back, "close"),
            ],
        )
    } else if app.reader.is_some() {
        (
            Mode::Reader,
            &[
                (Action::Back, "back"),
                (Action::NextArticle, "next"),
                (Action::Actors, "actors"),
                (Action::OpenInBrowser, "browser"),
                (Action::ToggleStar, "star"),
                (Action::Share, "share"),
            ],
        )
    } else {
        (Mode::List, &list_keys)
    };
    let mut parts: Vec<String> = actions
        .iter()
        .filter_map(|(action, label)| {
            // Only the list's own quit key goes back; the global one (Ctrl-c) quits.
            let key = if back && mode == Mode::List && *action == Action::Quit {
                app.keymap
                    .keys_for(Mode::List, Action::Quit)
                    .into_iter()
                    .next()
            } else {
                app.keymap.hint(mode, *action)
            };
            key.map(|k| format!("{k} {label}"))
        })
        .collect();
    if mode == Mode::Reader && app.reader.as_ref().is_some_and(|r| !r.links().is_empty()) {
        parts.push("1… link".to_owned());
    }
    parts.join(" · ")
}

fn right_side(app: &App) -> String {
    let mut parts = Vec::new();
    if app.settings.offline {
        parts.push("OFFLINE".to_owned());
    }
    if let Some(reader) = app.reader.as_ref().filter(|_| app.report.is_none()) {
        // With the actors panel open, the text has fewer rows.
        let height = if app.actors_panel.is_some() {
            usize::from(app.actors_reader_area().height)
        } else {
            layout::body_height(app.size, false)
        };
        parts.push(format!("{}%", reader.percent(height)));
    } else if let Some((total, unread)) = app.counts.filter(|_| app.report.is_none()) {
        let shown = if app.list.len() as u64 == total {
            String::new()
        } else {
            format!("{} shown · ", thousands(app.list.len() as u64))
        };
        parts.push(format!(
            "{shown}{} · {} unread",
            strings::count(total, "article"),
            thousands(unread)
        ));
    }
    if let Some(key) = app
        .keymap
        .hint(app.mode(), Action::Help)
        .or_else(|| app.keymap.hint(Mode::Global, Action::Help))
    {
        parts.push(format!("{key} help"));
    }
    parts.join("  ")
}

fn names(failed: &[(String, String)]) -> String {
    failed
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
