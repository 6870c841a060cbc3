//! Where ddm-reader keeps its files: XDG locations, overridden by `--config` /
//! `--data-dir` and `DDM_READER_CONFIG` / `DDM_READER_DATA_DIR` (clap reads the
//! variables, so the flags win over them).

use std::path::{Path, PathBuf};

/// The files one run uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The config file.
    pub config: PathBuf,
    /// Whether the config file was named explicitly (a missing one is then an error).
    pub config_explicit: bool,
    /// The data directory: cache, outbox, log.
    pub data_dir: PathBuf,
}

/// Why no location could be found.
#[derive(Debug, thiserror::Error)]
#[error("cannot find a home directory for the {0}; set --{1} (or DDM_READER_{2})")]
pub struct PathsError(&'static str, &'static str, &'static str);

impl Paths {
    /// Resolves the locations from the explicit choices, else the XDG defaults.
    pub fn resolve(config: Option<&Path>, data_dir: Option<&Path>) -> Result<Paths, PathsError> {
        let dirs = directories::ProjectDirs::from("", "", "ddm-reader");
        let config_explicit = config.is_some();
        let config = match config {
            Some(p) => p.to_path_buf(),
            None => dirs
                .as_ref()
                .map(|d| d.config_dir().join("config.toml"))
                .ok_or(PathsError("config file", "config", "CONFIG"))?,
        };
        let data_dir = match data_dir {
            Some(p) => p.to_path_buf(),
            None => dirs
                .as_ref()
                .map(|d| d.data_dir().to_path_buf())
                .ok_or(PathsError("data directory", "data-dir", "DATA_DIR"))?,
        };
        Ok(Paths {
            config,
            config_explicit,
            data_dir,
        })
    }

    /// The SQLite cache.
    pub fn cache(&self) -> PathBuf {
        self.data_dir.join(crate::store::CACHE_FILE)
    }

    /// The outbox of citizen reports (kept apart from the cache).
    pub fn outbox(&self) -> PathBuf {
        self.data_dir.join(crate::report::OUTBOX_FILE)
    }

    /// The user's gazetteer: `[actors] file`, relative to the config file's folder, or
    /// `actors.toml` beside the config file.
    pub fn actors_file(&self, configured: Option<&Path>) -> PathBuf {
        let dir = self.config.parent().unwrap_or(Path::new("."));
        match configured {
            Some(p) if p.is_absolute() => p.to_path_buf(),
            Some(p) => dir.join(p),
            None => dir.join("actors.toml"),
        }
    }

    /// The compiled gazetteer, kept between runs.
    pub fn compiled_actors(&self) -> PathBuf {
        self.data_dir.join(crate::actors::compiled::CACHE_FILE)
    }

    /// The log file.
    pub fn log_file(&self) -> PathBuf {
        self.data_dir.join("ddm-reader.log")
    }
}
