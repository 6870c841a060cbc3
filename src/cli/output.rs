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

/// `n` and its noun: "1 feed", "2 feeds" (nouns whose plural takes an `s`).
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    match n.into() {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
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
    // Each line is put together by hand: through `write!` the formatting machinery was
    // a tenth of a 16,000-line search.
    let mut line = Vec::with_capacity(256);
    for r in rows.iter() {
        line.clear();
        push_number(&mut line, r.id.0, id_width);
        line.extend_from_slice(b"  ");
        push_date(&mut line, r.published);
        line.extend_from_slice(if r.read { b"   " } else { b"  N" });
        line.extend_from_slice(if r.starred { b"*  " } else { b"   " });
        line.extend_from_slice(r.feed.as_bytes());
        line.extend_from_slice(b"  ");
        line.extend_from_slice(r.title.as_bytes());
        line.push(b'\n');
        out.write_all(&line).map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

/// Appends `n` right-aligned in `width` columns, as `{n:>width$}` would.
fn push_number(line: &mut Vec<u8>, n: i64, width: usize) {
    let Ok(mut n) = u64::try_from(n) else {
        line.extend_from_slice(format!("{n:>width$}").as_bytes());
        return;
    };
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    for slot in digits.iter_mut().rev() {
        *slot = b'0' + u8::try_from(n % 10).unwrap_or(0);
        start -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = digits.get(start..).unwrap_or_default();
    line.resize(line.len() + width.saturating_sub(digits.len()), b' ');
    line.extend_from_slice(digits);
}

/// Appends [`HumanDate`]'s text for `t`, written by hand for the years it can be.
fn push_date(line: &mut Vec<u8>, t: Option<DateTime<Utc>>) {
    use chrono::{Datelike, Timelike};
    let Some(local) = t.map(|t| t.with_timezone(&Local)) else {
        line.extend_from_slice(b"                ");
        return;
    };
    let Ok(year @ 0..=9999) = u32::try_from(local.year()) else {
        line.extend_from_slice(HumanDate(t).to_string().as_bytes());
        return;
    };
    let two = |line: &mut Vec<u8>, n: u32| {
        line.push(b'0' + u8::try_from(n / 10 % 10).unwrap_or(0));
        line.push(b'0' + u8::try_from(n % 10).unwrap_or(0));
    };
    two(line, year / 100);
    two(line, year);
    line.push(b'-');
    two(line, local.month());
    line.push(b'-');
    two(line, local.day());
    line.push(b' ');
    two(line, local.hour());
    line.push(b':');
    two(line, local.minute());
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

#[cfg(test)]
mod tests {
    use super::{HumanDate, push_date, push_number};
    use chrono::{TimeZone, Utc};

    #[test]
    fn lines_by_hand_match_the_formatted_ones() {
        for (n, width) in [
            (0, 1),
            (1, 1),
            (7, 5),
            (42, 2),
            (12_345, 8),
            (i64::MAX, 3),
            (-4, 4),
            (i64::MIN, 2),
        ] {
            let mut line = Vec::new();
            push_number(&mut line, n, width);
            assert_eq!(String::from_utf8(line).unwrap(), format!("{n:>width$}"));
        }
        let dates = [
            None,
            Some(Utc.with_ymd_and_hms(2026, 11, 29, 16, 5, 0).unwrap()),
            Some(Utc.with_ymd_and_hms(1999, 1, 2, 3, 4, 59).unwrap()),
            Some(Utc.with_ymd_and_hms(31, 12, 31, 23, 59, 0).unwrap()),
            Some(Utc.with_ymd_and_hms(12_000, 6, 1, 0, 0, 0).unwrap()),
            Some(Utc.with_ymd_and_hms(0, 7, 1, 0, 0, 0).unwrap()),
            Some(Utc.with_ymd_and_hms(-44, 3, 15, 12, 0, 0).unwrap()),
            Some(Utc.timestamp_opt(0, 0).unwrap()),
        ];
        for t in dates {
            let mut line = Vec::new();
            push_date(&mut line, t);
            assert_eq!(String::from_utf8(line).unwrap(), HumanDate(t).to_string());
        }
    }
}
