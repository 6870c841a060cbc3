//! Actors in the cache: each article's extraction (mentions and quotes, with the
//! gazetteer version it was made with), and the actor index that links an actor to
//! every article naming it.

use rusqlite::{Connection, OptionalExtension, params};

use super::{ArticleId, Store, StoreError, codec};
use crate::actors::{Extraction, Kind, fold::fold};

/// An actor's row id in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorId(pub i64);

impl rusqlite::ToSql for ActorId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

/// An actor as the index knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedActor {
    /// Row id.
    pub id: ActorId,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: Kind,
    /// Articles that name it (within the period asked for).
    pub articles: u64,
    /// Mentions across those articles.
    pub mentions: u64,
}

/// An article's extraction encoded for the store, made off the writer thread.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedExtraction {
    /// The gazetteer version it was made with.
    pub version: i64,
    /// The [`Extraction`] as JSON.
    pub data: Vec<u8>,
    /// Per actor: folded key, name, kind, description, discovered, mention count.
    pub actors: Vec<(String, String, Kind, String, bool, u32)>,
}

impl PreparedExtraction {
    /// Encodes `x`, made with gazetteer `version`.
    pub fn new(version: i64, x: &Extraction) -> Result<PreparedExtraction, StoreError> {
        let data = serde_json::to_vec(x).map_err(|e| StoreError::Encode(e.to_string()))?;
        let actors = x
            .actors
            .iter()
            .map(|a| {
                (
                    fold(&a.name),
                    a.name.clone(),
                    a.kind,
                    a.description.clone(),
                    a.discovered,
                    u32::try_from(a.mention_count()).unwrap_or(u32::MAX),
                )
            })
            .collect();
        Ok(PreparedExtraction {
            version,
            data,
            actors,
        })
    }
}

/// Writes `x` as article `id`'s extraction, replacing any earlier one.
pub(super) fn write(
    tx: &Connection,
    id: ArticleId,
    x: &PreparedExtraction,
) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM article_actors WHERE article_id = ?1")?
        .execute([id])?;
    // Looked up first and written only when new or changed. An upsert of every actor
    // of every article (INSERT … ON CONFLICT DO UPDATE … RETURNING, on a table with a
    // CHECK) made SQLite keep a statement journal: each one copied the actor table's
    // 64 KiB pages to a temporary file, 156 MB in a cold refresh of 100 feeds.
    let mut find = tx.prepare_cached(
        "SELECT id, name, kind, description, discovered FROM actors WHERE key = ?1",
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO actors (key, name, kind, description, discovered) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut update = tx.prepare_cached(
        "UPDATE actors SET name = ?2, kind = ?3, description = ?4, discovered = ?5 WHERE id = ?1",
    )?;
    // An upsert, not INSERT OR REPLACE: REPLACE on a table with an index makes SQLite
    // keep a statement journal, a copy of every 64 KiB page the statement touches (1 GB
    // of temporary-file writes in a cold refresh of 10,000 articles). Two names that
    // fold to one key are one actor: their mentions add up.
    let mut link = tx.prepare_cached(
        "INSERT INTO article_actors (actor_id, article_id, mentions) VALUES (?1, ?2, ?3) \
         ON CONFLICT (actor_id, article_id) DO UPDATE SET mentions = mentions + excluded.mentions",
    )?;
    for (key, name, kind, description, discovered, mentions) in &x.actors {
        let stored = find
            .query_row([key], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, bool>(4)?,
                ))
            })
            .optional()?;
        let actor = match stored {
            None => {
                insert.execute(params![key, name, kind.as_str(), description, discovered])?;
                tx.last_insert_rowid()
            }
            Some((actor, old_name, old_kind, old_description, old_discovered)) => {
                // A discovered actor never overwrites a gazetteer one of the same name.
                let changed = (
                    &old_name,
                    old_kind.as_str(),
                    &old_description,
                    old_discovered,
                ) != (name, kind.as_str(), description, *discovered);
                if changed && old_discovered >= *discovered {
                    update.execute(params![actor, name, kind.as_str(), description, discovered])?;
                }
                actor
            }
        };
        link.execute(params![actor, id, mentions])?;
    }
    tx.prepare_cached(
        "INSERT INTO extractions (article_id, version, data) VALUES (?1, ?2, ?3) \
         ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, data = excluded.data",
    )?
    .execute(params![id, x.version, x.data])?;
    Ok(())
}

/// An article whose extraction is missing or was made with another gazetteer.
#[derive(Debug)]
pub struct StaleArticle {
    /// Its id.
    pub id: ArticleId,
    /// Its title.
    pub title: String,
    /// Its stored body, decoded by [`StaleArticle::text`] (on whichever thread
    /// extracts it).
    body: Option<Vec<u8>>,
    /// Where it sits in the newest-first order, to continue after it.
    pub cursor: (i64, i64),
}

impl StaleArticle {
    /// Its plain text.
    pub fn text(&self) -> Result<String, StoreError> {
        Ok(match &self.body {
            Some(b) => codec::decode(b)?.plain_text(),
            None => String::new(),
        })
    }
}

impl Store {
    /// Article `id`'s stored extraction and the gazetteer version it was made with.
    pub fn extraction(&self, id: ArticleId) -> Result<Option<(i64, Extraction)>, StoreError> {
        let row: Option<(i64, Vec<u8>)> = self
            .conn
            .prepare_cached("SELECT version, data FROM extractions WHERE article_id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(v, data)| {
            serde_json::from_slice(&data)
                .map(|x| (v, x))
                .map_err(|e| StoreError::Corrupt(format!("article {}'s actors: {e}", id.0)))
        })
        .transpose()
    }

    /// How many articles need extracting again for gazetteer `version`.
    pub fn stale_extraction_count(&self, version: i64) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM articles a LEFT JOIN extractions e ON e.article_id = a.id \
             WHERE e.version IS NOT ?1",
            [version],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Up to `limit` articles whose extraction is not for gazetteer `version`, newest
    /// first (what a reader is likely to open), after `after` (a previous batch's last
    /// [`StaleArticle::cursor`]) so each batch reads on from where the last one stopped.
    pub fn stale_extractions(
        &self,
        version: i64,
        limit: usize,
        after: Option<(i64, i64)>,
    ) -> Result<Vec<StaleArticle>, StoreError> {
        let (time, id) = after.unwrap_or((i64::MAX, i64::MAX));
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, b.document, a.sort_time FROM articles a \
             LEFT JOIN extractions e ON e.article_id = a.id \
             LEFT JOIN bodies b ON b.article_id = a.id \
             WHERE e.version IS NOT ?1 AND (a.sort_time, a.id) < (?3, ?4) \
             ORDER BY a.sort_time DESC, a.id DESC LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![version, limit, time, id], |r| {
            let id: ArticleId = r.get(0)?;
            Ok(StaleArticle {
                id,
                title: r.get(1)?,
                body: r.get(2)?,
                cursor: (r.get(3)?, id.0),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores many extractions in one transaction.
    /// Takes `&self` so a reader's connection can store what it had to extract.
    pub fn save_extractions(
        &self,
        batch: &[(ArticleId, PreparedExtraction)],
    ) -> Result<(), StoreError> {
        // Immediate: the write lock from the start, so no other writer can slip in
        // between this transaction's first read and its first write.
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = self.save_in_transaction(batch);
        match result {
            Ok(()) => self.conn.execute_batch("COMMIT")?,
            Err(_) => {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
        }
        result
    }

    fn save_in_transaction(
        &self,
        batch: &[(ArticleId, PreparedExtraction)],
    ) -> Result<(), StoreError> {
        let tx = &self.conn;
        for (id, x) in batch {
            // The article may have been expired since it was read.
            let exists: bool = tx
                .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
                .exists([id])?;
            if exists {
                write(tx, *id, x)?;
            }
        }
        Ok(())
    }

    /// Drops index rows for actors no article names any more.
    pub fn prune_actors(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "DELETE FROM actors WHERE NOT EXISTS \
             (SELECT 1 FROM article_actors aa WHERE aa.actor_id = actors.id)",
            [],
        )?)
    }

    /// The actor called `name` (any case, with or without diacritics).
    pub fn actor_by_name(&self, name: &str) -> Result<Option<IndexedActor>, StoreError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT a.id, a.name, a.kind, count(aa.article_id), coalesce(sum(aa.mentions), 0) \
                 FROM actors a LEFT JOIN article_actors aa ON aa.actor_id = a.id \
                 WHERE a.key = ?1 GROUP BY a.id",
            )?
            .query_row([fold(name.trim())], indexed_from_row)
            .optional()?)
    }

    /// The `n` actors named in the most articles first stored or published since
    /// `since` (unix seconds), with their article and mention counts.
    pub fn top_actors(&self, since: i64, n: usize) -> Result<Vec<IndexedActor>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT x.id, x.name, x.kind, count(*) AS articles, sum(aa.mentions) AS mentions \
             FROM article_actors aa JOIN articles a ON a.id = aa.article_id \
             JOIN actors x ON x.id = aa.actor_id \
             WHERE a.sort_time >= ?1 GROUP BY x.id \
             ORDER BY articles DESC, mentions DESC, x.name LIMIT ?2",
        )?;
        let rows = stmt.query_map(
            params![since, i64::try_from(n).unwrap_or(i64::MAX)],
            indexed_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn indexed_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<IndexedActor> {
    let kind: String = r.get(2)?;
    Ok(IndexedActor {
        id: ActorId(r.get(0)?),
        name: r.get(1)?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Org),
        articles: r.get::<_, i64>(3)?.try_into().unwrap_or(0),
        mentions: r.get::<_, i64>(4)?.try_into().unwrap_or(0),
    })
}
