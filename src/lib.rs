//! ddm-reader: a fast, offline-first terminal news reader for Diaspora Digital Media.
//!
//! Module map (data flows top to bottom):
//! - [`config`], [`paths`], [`logging`]: settings, file locations, the log file.
//! - [`feed`]: fetch (the only network code), decode, parse and normalise feeds.
//! - [`document`]: article HTML as blocks that any front end can wrap and print.
//! - [`sanitize`]: the character policy for everything that came from the network.
//! - [`actors`]: the people, organisations and places an article names, and its quotes.
//! - [`store`]: the SQLite cache every front end reads and writes.
//! - [`refresh`]: fetch → parse → normalise → store for many feeds at once.
//! - [`opml`], [`sample`]: feed lists in and out; the bundled sample edition.
//! - [`open`]: opening links in the browser, never through a shell.
//! - [`share`], [`clipboard`]: share links and QR codes (pure); copying a link (OSC 52 and
//!   the system clipboard helpers).
//! - [`report`]: citizen reports: drafts, the outbox, metadata stripping, sending.
//! - [`tui`]: the terminal reader (ratatui + crossterm), the default front end.
//! - [`cli`]: the command-line front end (the contract scripts rely on).
//! - [`errors`]: an error and its causes as one line.
//! - [`files`]: writing the files people name (exports) safely.

/// `eprintln!` that never panics: with stderr closed (`2>&1 | head`) the line is
/// dropped, where `eprintln!` would end the program with a panic (exit 101).
macro_rules! say_err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

pub mod actor_index;
pub mod actors;
pub mod cli;
pub mod clipboard;
pub mod config;
pub mod document;
pub mod errors;
pub mod feed;
pub mod files;
pub mod logging;
pub mod open;
pub mod opml;
pub mod paths;
pub mod refresh;
pub mod report;
pub mod sample;
pub mod sanitize;
pub mod share;
pub mod store;
pub mod tui;
pub mod width;
