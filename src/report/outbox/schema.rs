//! The outbox file itself: created private (mode 0600), and its schema migrations,
//! versioned with `PRAGMA user_version` as the cache's are.

use std::fs::File;
use std::path::Path;

use rusqlite::Connection;

use crate::report::ReportError;

/// Every migration, in order; `MIGRATIONS[n]` takes the outbox from version `n` to `n+1`.
const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE reports (
        id            INTEGER PRIMARY KEY,
        state         TEXT NOT NULL
                      CHECK (state IN ('draft', 'queued', 'sending', 'sent', 'failed')),
        headline      TEXT NOT NULL,
        body          TEXT NOT NULL,
        location      TEXT NOT NULL,
        happened      TEXT NOT NULL,
        name          TEXT NOT NULL,
        contact       TEXT NOT NULL,
        consent       INTEGER NOT NULL,
        keep_metadata INTEGER NOT NULL,
        paths         TEXT NOT NULL,     -- JSON array of the attachment paths as typed
        article_id    INTEGER,
        article_title TEXT,
        article_url   TEXT,
        created       INTEGER NOT NULL,
        updated       INTEGER NOT NULL,
        queued        INTEGER,
        attempts      INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT,
        next_try      INTEGER,
        message_id    TEXT,
        sent          INTEGER
    );
    CREATE TABLE attachments (
        report_id        INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        name             TEXT NOT NULL,
        content_type     TEXT NOT NULL,
        metadata_removed INTEGER NOT NULL,
        data             BLOB NOT NULL,
        PRIMARY KEY (report_id, position)
    );
",
    "
    -- The highest report id ever given: a discarded report's id is never given again,
    -- so an id a script or a reader noted always means the same report.
    CREATE TABLE id_floor (
        name  TEXT PRIMARY KEY,
        floor INTEGER NOT NULL
    ) WITHOUT ROWID;
",
];

/// Creates `path` with mode 0600 if it does not exist, and narrows it to 0600 if it does.
pub(super) fn create_private(path: &Path) -> Result<(), ReportError> {
    open_private(path).map(drop)
}

pub(super) fn open_private(path: &Path) -> Result<File, ReportError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path).map_err(|source| ReportError::Io {
        what: "cannot open",
        path: path.to_path_buf(),
        source,
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o600);
        file.set_permissions(private)
            .map_err(|source| ReportError::Io {
                what: "cannot make private (mode 0600)",
                path: path.to_path_buf(),
                source,
            })?;
    }
    Ok(file)
}

/// Brings the outbox up to the current schema, one transaction per step (the cache's
/// chain runner, [`crate::store::migrations::apply`]).
pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), ReportError> {
    use crate::store::migrations::{ChainError, apply};
    apply(conn, MIGRATIONS).map_err(|e| match e {
        ChainError::TooNew { found, supported } => ReportError::TooNew {
            path: path.to_path_buf(),
            found,
            supported,
        },
        ChainError::Sqlite(source) => ReportError::Outbox {
            path: path.to_path_buf(),
            source,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every earlier version of the outbox comes up to this one, its reports kept.
    #[test]
    fn migrates_from_every_earlier_version() {
        for start in 0..MIGRATIONS.len() {
            let mut conn = Connection::open_in_memory().unwrap();
            for sql in &MIGRATIONS[..start] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", i64::try_from(start).unwrap())
                .unwrap();
            if start > 0 {
                conn.execute(
                    "INSERT INTO reports (state, headline, body, location, happened, name,
                        contact, consent, keep_metadata, paths, created, updated)
                     VALUES ('queued', 'Kept', '', '', '', '', '', 0, 0, '[]', 1, 1)",
                    [],
                )
                .unwrap();
            }
            migrate(&mut conn, Path::new("outbox.sqlite")).unwrap();
            let v: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, i64::try_from(MIGRATIONS.len()).unwrap(), "from {start}");
            let kept: i64 = conn
                .query_row(
                    "SELECT count(*) FROM reports WHERE headline = 'Kept'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(kept, i64::from(start > 0), "from {start}");
            migrate(&mut conn, Path::new("outbox.sqlite")).unwrap();
        }
    }
}
