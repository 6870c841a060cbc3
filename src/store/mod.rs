//! The SQLite cache: feeds, articles, bodies, read/starred state and the search index.
//!
//! `Store` owns one `rusqlite::Connection` (WAL, foreign keys, a busy timeout so a second
//! process waits for the lock instead of failing). Its methods are plain sync functions;
//! async callers run them on a blocking thread. Lists never load bodies: bodies live in
//! their own table and are read one at a time. Nothing here knows about HTTP or terminals.

mod actors;
mod articles;
mod browse;
mod checkpoint;
pub mod codec;
mod feeds;
mod headlines;
pub mod migrations;
mod prepare;
mod query;

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

pub use actors::{ActorId, IndexedActor, PreparedExtraction, StaleArticle};
pub use articles::{RefreshCounts, Retention};
pub use checkpoint::Checkpointer;
pub use feeds::{FeedRow, FeedSource};
pub use headlines::{Headline, Headlines};
pub use prepare::{PreparedArticle, PreparedFeed, prepare};
pub use query::{Article, ArticleSummary, ListFilter};

/// How long a writer waits for another process's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// The cache file's name inside the data directory.
pub const CACHE_FILE: &str = "cache.sqlite";

/// A feed's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FeedId(pub i64);

/// An article's row id: what `read`, `share` and `actors` take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ArticleId(pub i64);

macro_rules! sql_newtype {
    ($t:ident) => {
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($t)
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}
sql_newtype!(FeedId);
sql_newtype!(ArticleId);

/// What can go wrong with the cache.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error.
    #[error("cache database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The data directory could not be created.
    #[error("cannot create the data directory {path}: {source}")]
    CreateDir {
        /// The directory.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The cache was written by a newer ddm-reader.
    #[error(
        "the cache has schema version {found}, newer than this ddm-reader supports ({supported}); upgrade ddm-reader"
    )]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Version this build knows.
        supported: i64,
    },
    /// A thread could not be started; `.0` names it ("the checkpoint thread").
    #[error("cannot start {0}: {1}")]
    Thread(&'static str, std::io::Error),
    /// The cache cannot be used as it is, and what the user can do about it.
    #[error("{error}; {hint}")]
    Unusable {
        /// What SQLite said.
        error: Box<StoreError>,
        /// The way forward.
        hint: String,
    },
    /// An article could not be put in the cache's form (too large, say).
    #[error("cannot store the article: {0}")]
    Encode(String),
    /// A thread of the refresh stopped unexpectedly.
    #[error("internal error: {0}")]
    Internal(String),
    /// A stored body could not be decoded.
    #[error("the cache holds damaged data: {0}")]
    Corrupt(String),
}

/// The cache.
pub struct Store {
    conn: Connection,
}

impl StoreError {
    /// What the user can do when opening the cache at `path` failed this way: a damaged
    /// file is moved aside (a new one is built; citizen reports are in another file),
    /// a directory that cannot be written is given write access.
    fn way_forward(&self, path: &Path) -> Option<String> {
        let StoreError::Sqlite(e) = self else {
            return None;
        };
        match e.sqlite_error_code()? {
            rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase => {
                Some(format!(
                    "the cache file is damaged: move {} aside, with its -wal and -shm files \
                     if there are any, and ddm-reader builds a new one at the next refresh \
                     (its stars and read marks stay in the old file; citizen reports are \
                     kept apart, in outbox.sqlite)",
                    path.display()
                ))
            }
            rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen => {
                let dir = path.parent().unwrap_or(path);
                Some(format!(
                    "the cache needs to write in {} even to read (its log lives beside it): \
                     give yourself write access there, or point --data-dir elsewhere",
                    dir.display()
                ))
            }
            _ => None,
        }
    }
}

impl Store {
    /// Opens (creating if needed) the cache at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_inner(path).map_err(|e| match e.way_forward(path) {
            Some(hint) => StoreError::Unusable {
                error: Box::new(e),
                hint,
            },
            None => e,
        })
    }

    fn open_inner(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        Store::setup(conn)
    }

    /// An empty cache in memory, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Bodies average a few KiB: 64 KiB pages pack many per page with little waste
        // (4 KiB pages left most of each page empty). Takes effect only when the file
        // is created.
        conn.pragma_update(None, "page_size", 65536)?;
        // WAL lets readers (the TUI) go on while a writer (a cron `fetch`) commits;
        // NORMAL sync is crash-safe in WAL mode (a power cut may lose the last commit,
        // never consistency).
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// Sets how much of the file SQLite keeps in memory on this connection, in KiB
    /// (its default is 2,000). A pass over the whole cache wants more: bodies of many
    /// feeds interleave in time order, and with a small cache each 64 KiB page is read
    /// again for every body on it.
    pub fn set_page_cache_kib(&self, kib: i64) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "cache_size", -kib)?;
        Ok(())
    }

    /// The page cache's size on this connection, in KiB.
    pub fn page_cache_kib(&self) -> Result<i64, StoreError> {
        let size: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        // Negative: KiB; positive: pages.
        Ok(if size < 0 {
            -size
        } else {
            size.saturating_mul(
                self.conn
                    .query_row("PRAGMA page_size", [], |r| r.get::<_, i64>(0))?,
            ) / 1024
        })
    }

    /// Runs SQLite's own consistency check; `Ok("ok")` when the file is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

pub(crate) fn to_unix(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

pub(crate) fn from_unix(secs: i64) -> Option<DateTime<Utc>> {
    Utc.timestamp_opt(secs, 0).single()
}

#[cfg(test)]
pub(crate) mod tests;
