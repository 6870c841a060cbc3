//! The write path of a refresh: one transaction per feed that inserts new articles,
//! updates changed ones in place (their id and read/starred state kept), indexes them
//! for search, and applies retention.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::{ArticleId, FeedId, PreparedFeed, Store, StoreError, to_unix};
use crate::feed::fetch::Validators;

/// How long and how many articles are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Articles first stored longer ago than this many days go (starred ones stay).
    pub days: u32,
    /// At most this many articles per feed, newest first (starred ones stay).
    pub max_per_feed: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            days: 90,
            max_per_feed: 2000,
        }
    }
}

/// What one feed's refresh changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RefreshCounts {
    /// Articles seen for the first time.
    pub new: usize,
    /// Articles already cached whose content changed.
    pub updated: usize,
    /// Articles removed by retention.
    pub expired: usize,
}

impl Store {
    /// Stores one fetched feed in a single transaction: articles, feed title, validators
    /// and status, then retention. A crash at any point leaves the previous state.
    pub fn store_refresh(
        &mut self,
        feed: FeedId,
        prepared: &PreparedFeed,
        validators: &Validators,
        http_status: u16,
        now: DateTime<Utc>,
        retention: Retention,
    ) -> Result<RefreshCounts, StoreError> {
        let now_s = to_unix(now);
        let mut counts = RefreshCounts::default();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut seen: Vec<i64> = Vec::with_capacity(prepared.articles.len());
        let mut new_ids: std::collections::HashSet<i64> = std::collections::HashSet::new();
        let mut to_index = Vec::with_capacity(prepared.articles.len());
        {
            let mut find = tx.prepare_cached(
                "SELECT id, content_hash FROM articles WHERE feed_id = ?1 AND key = ?2",
            )?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO articles (id, feed_id, key, url, title, author, section, \
                 categories, image_url, published, updated, first_seen, sort_time, \
                 content_hash) \
                 VALUES (?14, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?;
            // The next new article's id, when the highest ids given so far went with a
            // removed feed: never an id a script may still hold for another story.
            // Otherwise NULL, and SQLite gives the highest id + 1.
            let mut next_id: Option<i64> = tx
                .prepare_cached(
                    "SELECT floor + 1 FROM id_floor WHERE name = 'articles' \
                     AND floor > coalesce((SELECT max(id) FROM articles), 0)",
                )?
                .query_row([], |r| r.get(0))
                .optional()?;
            let mut update = tx.prepare_cached(
                "UPDATE articles SET url = ?2, title = ?3, author = ?4, section = ?5, \
                 categories = ?6, image_url = ?7, published = ?8, updated = ?9, \
                 sort_time = CASE WHEN ?8 IS NULL OR ?8 > ?11 THEN first_seen ELSE ?8 END, \
                 content_hash = ?10 WHERE id = ?1",
            )?;
            // An upsert, not INSERT OR REPLACE: REPLACE deletes first, and each such
            // statement makes the full-text index flush a segment of its own.
            let mut body = tx.prepare_cached(
                "INSERT INTO bodies (article_id, document) VALUES (?1, ?2) \
                 ON CONFLICT (article_id) DO UPDATE SET document = excluded.document",
            )?;
            let mut unindex = tx.prepare_cached("DELETE FROM article_fts WHERE rowid = ?1")?;
            let mut index = tx.prepare_cached(
                "INSERT INTO article_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
            )?;
            // Oldest first, so a newer story gets the higher id: lists break ties of
            // time by id, newest first (stories dated ahead all sort as of now).
            for article in prepared.articles.iter().rev() {
                let published = article.published.map(to_unix);
                let existing: Option<(ArticleId, i64)> = find
                    .query_row(params![feed, article.key], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                let (id, is_update) = match existing {
                    Some((id, old)) if old == article.hash => {
                        seen.push(id.0);
                        continue;
                    }
                    Some((id, _)) => {
                        update.execute(params![
                            id,
                            article.url,
                            article.title,
                            article.author,
                            article.section,
                            article.categories,
                            article.image_url,
                            published,
                            article.updated.map(to_unix),
                            article.hash,
                            now_s,
                        ])?;
                        counts.updated += 1;
                        (id, true)
                    }
                    None => {
                        insert.execute(params![
                            feed,
                            article.key,
                            article.url,
                            article.title,
                            article.author,
                            article.section,
                            article.categories,
                            article.image_url,
                            published,
                            article.updated.map(to_unix),
                            now_s,
                            // Dated in the future: placed as of now, not pinned
                            // above every story until that date.
                            published.map_or(now_s, |p| p.min(now_s)),
                            article.hash,
                            next_id.take(),
                        ])?;
                        counts.new += 1;
                        let id = tx.last_insert_rowid();
                        new_ids.insert(id);
                        (ArticleId(id), false)
                    }
                };
                seen.push(id.0);
                body.execute(params![id, article.body])?;
                if let Some(actors) = &article.actors {
                    super::actors::write(&tx, id, actors)?;
                }
                to_index.push((id, article, is_update));
            }
            // The full-text index last, in one run: FTS5 writes what it holds in memory
            // to disk whenever a later statement opens a savepoint (any statement with a
            // foreign key, trigger or REPLACE does), so indexing between the other writes
            // would flush a segment per article; here it flushes once per feed.
            for (id, article, is_update) in to_index {
                if is_update {
                    unindex.execute([id])?;
                }
                index.execute(params![id, article.title, article.index_text])?;
            }
        }
        tx.execute(
            "UPDATE feeds SET title = coalesce(?2, title), site_url = coalesce(?3, site_url), \
             etag = ?4, last_modified = ?5, last_attempt = ?6, last_success = ?6, \
             last_error = NULL, http_status = ?7, retry_after = NULL WHERE id = ?1",
            params![
                feed,
                prepared.title,
                prepared.site_url,
                validators.etag,
                validators.last_modified,
                now_s,
                http_status
            ],
        )?;
        super::feeds::name_after_title(&tx, feed, prepared.title.as_deref())?;
        let expired = expire(&tx, feed, &seen, now_s, retention)?;
        // A new article older than the newest `max_per_feed` the feed already has goes
        // as it comes: it is neither new nor expired (counted, it showed as new at every
        // fetch of a feed that still lists it).
        let came_and_went = expired.iter().filter(|id| new_ids.contains(id)).count();
        counts.new -= came_and_went;
        counts.expired = expired.len() - came_and_went;
        tx.commit()?;
        Ok(counts)
    }

    /// Applies retention to every feed at once; a refresh applies it to each feed it
    /// stores, so this is for a cache no refresh touches (and for tests).
    pub fn apply_retention(
        &mut self,
        now: DateTime<Utc>,
        retention: Retention,
    ) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let feeds: Vec<FeedId> = {
            let mut stmt = tx.prepare("SELECT id FROM feeds")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        let mut total = 0;
        for feed in feeds {
            total += expire(&tx, feed, &[], to_unix(now), retention)?.len();
        }
        tx.commit()?;
        Ok(total)
    }
}

/// Deletes a feed's articles that are past retention: first stored more than `days` ago
/// (unless still in the feed right now, or they would come straight back as new), or
/// beyond the newest `max_per_feed`. Starred articles are never deleted.
///
/// The articles due are found first and deleted only if there are any. A DELETE on
/// `articles` cascades and fires the index trigger, so SQLite opens a statement journal
/// for it even when it deletes nothing, and the full-text index then writes its pending
/// segment inside that statement: every page the segment touched was copied to the
/// journal too (9 MB of temporary-file writes in a cold refresh of 100 feeds).
fn expire(
    tx: &rusqlite::Transaction<'_>,
    feed: FeedId,
    seen: &[i64],
    now: i64,
    retention: Retention,
) -> Result<Vec<i64>, StoreError> {
    let cutoff = now - i64::from(retention.days) * 86_400;
    let seen_json = serde_json::to_string(seen).map_err(|e| StoreError::Encode(e.to_string()))?;
    let mut due: Vec<i64> = tx
        .prepare_cached(
            "SELECT id FROM articles WHERE feed_id = ?1 AND first_seen < ?2 \
             AND id NOT IN (SELECT value FROM json_each(?3)) \
             AND id NOT IN (SELECT article_id FROM article_state WHERE starred = 1)",
        )?
        .query_map(params![feed, cutoff, seen_json], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    // The newest `max_per_feed` of what the age rule keeps stay.
    let by_age = serde_json::to_string(&due).map_err(|e| StoreError::Encode(e.to_string()))?;
    let beyond_count = tx
        .prepare_cached(
            "SELECT a.id FROM articles a LEFT JOIN article_state s ON s.article_id = a.id \
             WHERE a.feed_id = ?1 AND coalesce(s.starred, 0) = 0 \
             AND a.id NOT IN (SELECT value FROM json_each(?3)) \
             ORDER BY a.sort_time DESC, a.id DESC LIMIT -1 OFFSET ?2",
        )?
        .query_map(params![feed, retention.max_per_feed, by_age], |r| {
            r.get::<_, i64>(0)
        })?
        .collect::<Result<Vec<_>, _>>()?;
    due.extend(beyond_count);
    if due.is_empty() {
        return Ok(due);
    }
    let due_json = serde_json::to_string(&due).map_err(|e| StoreError::Encode(e.to_string()))?;
    // The highest id may be among them: it is never given again.
    super::feeds::raise_id_floor(tx)?;
    tx.execute(
        "DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?1))",
        [due_json],
    )?;
    Ok(due)
}
