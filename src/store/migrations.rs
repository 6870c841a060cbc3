//! Schema migrations, versioned with `PRAGMA user_version`.
//!
//! `MIGRATIONS[n]` takes a database from version `n` to `n + 1`. A migration is never
//! edited once released: a change to the schema is a new entry at the end, and the tests
//! run the whole chain from every earlier version.

use rusqlite::Connection;

use super::StoreError;

/// Every migration, in order; the schema version is `MIGRATIONS.len()`.
pub const MIGRATIONS: &[&str] = &[
    // 0 → 1: feeds, articles (list metadata), bodies, read/starred state, full-text index.
    // The index is contentless (the text lives once, in `bodies`) and keeps no positions
    // (`detail = none`): search is words and prefixes, never phrases, and this makes the
    // index a fraction of the size and indexing much faster.
    "
    CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        name          TEXT NOT NULL,
        section       TEXT,
        source        TEXT NOT NULL CHECK (source IN ('config', 'store', 'sample')),
        title         TEXT,
        site_url      TEXT,
        etag          TEXT,
        last_modified TEXT,
        last_attempt  INTEGER,
        last_success  INTEGER,
        last_error    TEXT,
        http_status   INTEGER,
        retry_after   INTEGER,
        created       INTEGER NOT NULL
    );
    CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key          TEXT NOT NULL,
        url          TEXT,
        title        TEXT NOT NULL,
        author       TEXT,
        section      TEXT,
        categories   TEXT NOT NULL DEFAULT '[]',
        image_url    TEXT,
        published    INTEGER,
        updated      INTEGER,
        first_seen   INTEGER NOT NULL,
        sort_time    INTEGER NOT NULL,
        content_hash INTEGER NOT NULL,
        UNIQUE (feed_id, key)
    );
    CREATE INDEX articles_by_time ON articles (sort_time DESC, id DESC);
    CREATE INDEX articles_by_feed_time ON articles (feed_id, sort_time DESC);
    CREATE TABLE bodies (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        document   BLOB NOT NULL
    );
    CREATE TABLE article_state (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        read       INTEGER NOT NULL DEFAULT 0,
        starred    INTEGER NOT NULL DEFAULT 0,
        changed    INTEGER NOT NULL
    );
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text,
        content = '', contentless_delete = 1, detail = none,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    -- Refreshes write many small segments; merging 16 at a time rather than 4 keeps
    -- ingest fast at a small cost to search.
    INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16);
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_fts WHERE rowid = old.id;
    END;
    ",
    // 1 → 2: actors. Each article's extraction (mentions and quotes, JSON) with the
    // gazetteer version it was made with, so a changed gazetteer is redone; and the
    // actor index, which links an actor to every article naming it.
    "
    CREATE TABLE actors (
        id          INTEGER PRIMARY KEY,
        key         TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('person', 'org', 'place')),
        description TEXT NOT NULL DEFAULT '',
        discovered  INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE article_actors (
        actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        mentions   INTEGER NOT NULL,
        PRIMARY KEY (actor_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_actors_by_article ON article_actors (article_id);
    CREATE TABLE extractions (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version    INTEGER NOT NULL,
        data       BLOB NOT NULL
    );
    ",
    // 2 → 3: the highest article id given before a feed was removed, so that its ids
    // are never given again to other stories (SQLite reuses the highest ids once their
    // rows are gone; scripts keep ids).
    "
    CREATE TABLE id_floor (
        name  TEXT PRIMARY KEY,
        floor INTEGER NOT NULL
    ) WITHOUT ROWID;
    ",
    // 3 → 4: the name and section a subscription was given (`feeds add`, `import`),
    // kept while the config lists the same feed under its own, and restored when it
    // no longer does.
    "
    ALTER TABLE feeds ADD COLUMN own_name TEXT;
    ALTER TABLE feeds ADD COLUMN own_section TEXT;
    UPDATE feeds SET own_name = name, own_section = section WHERE source = 'store';
    ",
    // 4 → 5: an article dated in the future is placed as of when it was first stored,
    // not above every story until that date comes (a feed could pin itself to the top);
    // a subscription made without a name (named after its host) takes the feed's own
    // title at its first refresh.
    "
    UPDATE articles SET sort_time = first_seen WHERE sort_time > unixepoch();
    ALTER TABLE feeds ADD COLUMN auto_name INTEGER NOT NULL DEFAULT 0;
    ",
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// Brings `conn` up to [`current_version`], one transaction per step. A database newer
/// than this build is refused rather than misread.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    apply(conn, MIGRATIONS).map_err(|e| match e {
        ChainError::TooNew { found, supported } => StoreError::TooNew { found, supported },
        ChainError::Sqlite(e) => e.into(),
    })
}

/// Why a migration chain could not run.
#[derive(Debug)]
pub(crate) enum ChainError {
    /// The database was written by a newer build: its version, and the highest known.
    TooNew {
        /// The database's `user_version`.
        found: i64,
        /// The chain's length.
        supported: i64,
    },
    /// SQLite failed.
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for ChainError {
    fn from(e: rusqlite::Error) -> Self {
        ChainError::Sqlite(e)
    }
}

/// Runs `chain` (entry `n` takes version `n` to `n + 1`, kept in `PRAGMA user_version`)
/// from the database's version to the end, one IMMEDIATE transaction per step: the
/// cache's and the outbox's schemas both go this way.
pub(crate) fn apply(conn: &mut Connection, chain: &[&str]) -> Result<(), ChainError> {
    let supported = i64::try_from(chain.len()).unwrap_or(i64::MAX);
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > supported {
        return Err(ChainError::TooNew {
            found: version,
            supported,
        });
    }
    for (from, sql) in (0_i64..)
        .zip(chain.iter())
        .skip(usize::try_from(version).unwrap_or(0))
    {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now <= from {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", from + 1)?;
        }
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_from_every_earlier_version() {
        for start in 0..MIGRATIONS.len() {
            let mut conn = Connection::open_in_memory().unwrap();
            for sql in &MIGRATIONS[..start] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", i64::try_from(start).unwrap())
                .unwrap();
            migrate(&mut conn).unwrap();
            let v: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, current_version(), "from {start}");
            let ok: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
            // Migrating again is a no-op.
            migrate(&mut conn).unwrap();
        }
    }

    /// A subscription from before version 4 keeps its name to come back to.
    #[test]
    fn subscriptions_keep_their_own_name_from_version_4() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..3] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 3).unwrap();
        conn.execute_batch(
            "INSERT INTO feeds (url, name, section, source, created) VALUES
                ('https://a.example/', 'Mine', 'News', 'store', 0),
                ('https://b.example/', 'Theirs', NULL, 'config', 0);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let own: Vec<(Option<String>, Option<String>)> = conn
            .prepare("SELECT own_name, own_section FROM feeds ORDER BY url")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            own,
            [
                (Some("Mine".to_owned()), Some("News".to_owned())),
                (None, None)
            ]
        );
    }

    /// A story stored dated in the future before version 5, still ahead, is placed as
    /// of when it was first stored; the others keep their place.
    #[test]
    fn future_dates_stop_pinning_stories_from_version_5() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        conn.execute_batch(
            "INSERT INTO feeds (id, url, name, source, created) VALUES
                (1, 'https://a.example/', 'A', 'config', 0);
             INSERT INTO articles (id, feed_id, key, title, categories, published,
                 first_seen, sort_time, content_hash) VALUES
                (1, 1, 'past', 'Past', '[]', 100, 500, 100, 0),
                (2, 1, 'ahead', 'Ahead', '[]', 4000000000, 600, 4000000000, 0),
                (3, 1, 'was-ahead', 'Was ahead', '[]', 1000, 600, 1000, 0);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let sort: Vec<(i64, i64)> = conn
            .prepare("SELECT published, sort_time FROM articles ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        // Dated ahead when stored, and that date now past: by its date, as any story.
        assert_eq!(sort, [(100, 100), (4_000_000_000, 600), (1000, 1000)]);
    }

    #[test]
    fn refuses_a_newer_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", current_version() + 1)
            .unwrap();
        assert!(matches!(migrate(&mut conn), Err(StoreError::TooNew { .. })));
    }
}
