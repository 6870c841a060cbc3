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
    // `DDM_READER_LOG` gets the config's check: a misspelt level would be taken for a
    // module's name and log nothing. A bad one is said (stderr, before any screen is
    // drawn) and the config's level stands.
    let from_env = std::env::var("DDM_READER_LOG")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .filter(|v| match crate::config::log_filter_problem(v) {
            Some(problem) => {
                say_err!("ddm-reader: DDM_READER_LOG: {problem}; using [log] level \"{level}\"");
                false
            }
            None => true,
        });
    let filter = from_env
        .and_then(|v| EnvFilter::try_new(v).ok())
        .or_else(|| EnvFilter::try_new(level).ok())
        .unwrap_or_else(|| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(Mutex::new(f))
        .with_ansi(false)
        .try_init();
}
