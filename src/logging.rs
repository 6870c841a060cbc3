//! Logging with `tracing` to `<data dir>/ddm-reader.log`, never to stdout or stderr
//! (stdout carries results; a TUI owns the terminal).

use std::fs::OpenOptions;
use std::path::Path;
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

/// Starts logging to `file` at `level` (a tracing filter; `DDM_READER_LOG` overrides
/// it). A log that cannot be opened is not fatal: the program runs without one.
pub fn init(file: &Path, level: &str) {
    if let Some(dir) = file.parent()
        && std::fs::create_dir_all(dir).is_err()
    {
        return;
    }
    let Ok(f) = OpenOptions::new().create(true).append(true).open(file) else {
        return;
    };
    let filter = EnvFilter::try_from_env("DDM_READER_LOG")
        .or_else(|_| EnvFilter::try_new(level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(Mutex::new(f))
        .with_ansi(false)
        .try_init();
}
