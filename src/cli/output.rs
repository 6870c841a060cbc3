//! Printing for the CLI: JSON documents, article rows, the progress bar.
//!
//! Every string printed here came out of the store, where it was sanitised on the way
//! in; feed-supplied error text is cleaned again before printing as a second guard.

use std::io::{IsTerminal, Write};

use chrono::{DateTime, Local, Utc};
use serde::Serialize;

use super::CliError;
use crate::refresh::{FeedReport, FeedStatus};
use crate::sanitize::clean_line;
use crate::store::Headlines;

/// Prints `value` as one JSON document on stdout.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<(), CliError> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(|e| CliError::Failed(anyhow::Error::new(e).context("writing JSON")))?;
    writeln!(out).map_err(write_error)?;
    out.flush().map_err(write_error)
}

/// Maps a failed write to stdout (a closed pipe, say) to an error.
pub fn write_error(e: std::io::Error) -> CliError {
    CliError::Failed(anyhow::Error::new(e).context("writing to stdout"))
}

/// Prints `text` and a newline on stdout, reporting a failed write instead of
/// panicking as `println!` would (a closed pipe, a full disk).
pub fn say(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").map_err(write_error)
}

/// A date for people, in local time.
pub fn human_date(t: Option<DateTime<Utc>>) -> String {
    HumanDate(t).to_string()
}

/// A date for people, in local time ("2026-11-29 16:05"), or as many spaces when there
/// is none. Written field by field: a `format` string is parsed again for every call,
/// which was a tenth of printing a long search.
struct HumanDate(Option<DateTime<Utc>>);

impl std::fmt::Display for HumanDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::{Datelike, Timelike};
        match self.0 {
            None => f.write_str("                "),
            Some(t) => {
                let t = t.with_timezone(&Local);
                write!(
                    f,
                    "{:04}-{:02}-{:02} {:02}:{:02}",
                    t.year(),
                    t.month(),
                    t.day(),
                    t.hour(),
                    t.minute()
                )
            }
        }
    }
}

/// Prints article rows: id, date, marks, feed, title.
pub fn articles(rows: &Headlines) -> Result<(), CliError> {
    // Block-buffered: stdout is line-buffered, a write per row is slow on long lists.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // Row ids are positive, so the largest is the widest.
    let id_width = rows
        .iter()
        .map(|r| r.id)
        .max()
        .map_or(1, |id| id.to_string().len());
    for r in rows.iter() {
        writeln!(
            out,
            "{:>id_width$}  {}  {}{}  {}  {}",
            r.id,
            HumanDate(r.published),
            if r.read { ' ' } else { 'N' },
            if r.starred { '*' } else { ' ' },
            r.feed,
            r.title
        )
        .map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

/// Prints one line per feed result for people.
pub fn feed_reports(reports: &[FeedReport]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    for r in reports {
        let line = match r.status {
            FeedStatus::Ok => format!(
                "ok            {}: {} new, {} updated",
                r.name, r.new, r.updated
            ),
            FeedStatus::NotModified => format!("not modified  {}", r.name),
            FeedStatus::Error => format!(
                "error         {}: {}",
                r.name,
                clean_line(r.error.as_deref().unwrap_or("failed"))
            ),
        };
        writeln!(out, "{line}").map_err(write_error)?;
    }
    Ok(())
}

/// A progress bar on stderr, shown only when stderr is a terminal.
pub fn progress_bar(total: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} refreshing {pos}/{len} feeds {wide_msg}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
