//! Feed rows: which feeds exist, where they came from, and how their last fetch went.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::{FeedId, Store, StoreError, from_unix, to_unix};
use crate::feed::fetch::Validators;

/// Where a feed was declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedSource {
    /// In the config file (or the built-in default).
    Config,
    /// Added with `feeds add` or `import`, kept in the store.
    Store,
    /// The bundled sample edition.
    Sample,
}

impl FeedSource {
    fn as_str(self) -> &'static str {
        match self {
            FeedSource::Config => "config",
            FeedSource::Store => "store",
            FeedSource::Sample => "sample",
        }
    }

    fn parse(s: &str) -> FeedSource {
        match s {
            "store" => FeedSource::Store,
            "sample" => FeedSource::Sample,
            _ => FeedSource::Config,
        }
    }
}

/// A feed and its fetch status.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedRow {
    /// Row id.
    pub id: FeedId,
    /// The feed URL.
    pub url: String,
    /// Display name.
    pub name: String,
    /// Optional section.
    pub section: Option<String>,
    /// Where it was declared.
    pub source: FeedSource,
    /// The feed's own title, once fetched.
    pub title: Option<String>,
    /// Validators for the next conditional GET.
    pub validators: Validators,
    /// Last successful fetch (200 or 304).
    pub last_success: Option<DateTime<Utc>>,
    /// Last error, cleared by a success.
    pub last_error: Option<String>,
    /// HTTP status of the last attempt.
    pub http_status: Option<u16>,
    /// Do not fetch before this time (Retry-After).
    pub retry_after: Option<DateTime<Utc>>,
    /// Articles in the cache.
    pub articles: u64,
}

const FEED_COLUMNS: &str = "f.id, f.url, f.name, f.section, f.source, f.title, f.etag, \
    f.last_modified, f.last_success, f.last_error, f.http_status, f.retry_after, \
    (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)";

fn feed_from_row(r: &Row<'_>) -> rusqlite::Result<FeedRow> {
    let source: String = r.get(4)?;
    Ok(FeedRow {
        id: r.get(0)?,
        url: r.get(1)?,
        name: r.get(2)?,
        section: r.get(3)?,
        source: FeedSource::parse(&source),
        title: r.get(5)?,
        validators: Validators {
            etag: r.get(6)?,
            last_modified: r.get(7)?,
        },
        last_success: r.get::<_, Option<i64>>(8)?.and_then(from_unix),
        last_error: r.get(9)?,
        http_status: r.get::<_, Option<u16>>(10)?,
        retry_after: r.get::<_, Option<i64>>(11)?.and_then(from_unix),
        articles: r.get::<_, i64>(12)?.try_into().unwrap_or(0),
    })
}

impl Store {
    /// Makes sure a feed with `url` exists, updating its name and section when it comes
    /// from the config (the config is the authority for its own feeds).
    pub fn ensure_feed(
        &self,
        url: &str,
        name: &str,
        section: Option<&str>,
        source: FeedSource,
    ) -> Result<FeedId, StoreError> {
        match self.feed_change(url, name, section, source)? {
            (Some(id), None) => Ok(id),
            (Some(id), Some(written)) => {
                // A subscription made now keeps the name it is given, to come back to
                // when a config that lists the feed under another no longer does.
                self.conn.execute(
                    "UPDATE feeds SET name = ?2, section = ?3, source = ?4, \
                     own_name = CASE WHEN ?5 THEN ?2 ELSE own_name END, \
                     own_section = CASE WHEN ?5 THEN ?3 ELSE own_section END WHERE id = ?1",
                    params![
                        id,
                        name,
                        section,
                        written.as_str(),
                        source == FeedSource::Store
                    ],
                )?;
                Ok(id)
            }
            (None, _) => {
                self.conn.execute(
                    "INSERT INTO feeds (url, name, section, source, created, own_name, \
                     own_section) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        url,
                        name,
                        section,
                        source.as_str(),
                        to_unix(Utc::now()),
                        (source == FeedSource::Store).then_some(name),
                        section.filter(|_| source == FeedSource::Store)
                    ],
                )?;
                Ok(FeedId(self.conn.last_insert_rowid()))
            }
        }
    }

    /// The row of the feed at `url`, if any, and the source [`Store::ensure_feed`] would
    /// write it with, if it writes it. The config's feeds take its name and section;
    /// `feeds add` of a feed the config no longer lists (or of the sample's URL) makes
    /// it the store's, under the name given now. A feed the user subscribed to stays
    /// the store's when the config lists it too, so that it is still followed once the
    /// config no longer does. A row is written only when that changes it: every
    /// refresh ensures every configured feed.
    fn feed_change(
        &self,
        url: &str,
        name: &str,
        section: Option<&str>,
        source: FeedSource,
    ) -> Result<(Option<FeedId>, Option<FeedSource>), StoreError> {
        let existing: Option<(FeedId, String, String, Option<String>)> = self
            .conn
            .prepare_cached("SELECT id, source, name, section FROM feeds WHERE url = ?1")?
            .query_row([url], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let Some((id, old, old_name, old_section)) = existing else {
            return Ok((None, Some(source)));
        };
        let old = FeedSource::parse(&old);
        let adopt = source == FeedSource::Config
            || (source == FeedSource::Store && old != FeedSource::Store);
        let source = match (old, source) {
            (FeedSource::Store, FeedSource::Config) => FeedSource::Store,
            _ => source,
        };
        let same = old == source && old_name == name && old_section.as_deref() == section;
        Ok((Some(id), (adopt && !same).then_some(source)))
    }

    /// [`Store::ensure_feed`] for many feeds `(url, name, section)`: read first, and
    /// when some row must be written, all in one transaction (a first refresh of a
    /// hundred feeds made a hundred commits before its first request). The transaction
    /// takes the write lock at its start, so it waits for a refresh storing a feed in
    /// another process instead of failing: a read transaction that later writes gets
    /// "database is locked" at once, without SQLite's busy wait.
    pub fn ensure_feeds<'a>(
        &self,
        feeds: impl IntoIterator<Item = (&'a str, &'a str, Option<&'a str>)>,
        source: FeedSource,
    ) -> Result<Vec<FeedId>, StoreError> {
        let feeds: Vec<_> = feeds.into_iter().collect();
        let mut ids = Vec::with_capacity(feeds.len());
        for &(url, name, section) in &feeds {
            if let (Some(id), None) = self.feed_change(url, name, section, source)? {
                ids.push(id);
                continue;
            }
            let tx = rusqlite::Transaction::new_unchecked(
                &self.conn,
                rusqlite::TransactionBehavior::Immediate,
            )?;
            let ids = feeds
                .iter()
                .map(|&(url, name, section)| self.ensure_feed(url, name, section, source))
                .collect::<Result<_, _>>()?;
            tx.commit()?;
            return Ok(ids);
        }
        Ok(ids)
    }

    /// Gives each subscription the config does not list (`listed`) back the name and
    /// section it was subscribed under, where the config had renamed it.
    pub fn restore_own_names(&self, listed: &[FeedId]) -> Result<(), StoreError> {
        // The subscriptions the config renamed and no longer lists.
        const RENAMED: &str = "source = 'store' AND own_name IS NOT NULL \
             AND id NOT IN (SELECT value FROM json_each(?1)) \
             AND (name IS NOT own_name OR section IS NOT own_section)";
        let listed = serde_json::to_string(&listed.iter().map(|f| f.0).collect::<Vec<_>>())
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        // Read first: most calls have nothing to restore, and a write would wait for a
        // refresh in another process holding the lock.
        let renamed: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM feeds WHERE {RENAMED}"))?
            .query_row([&listed], |r| r.get(0))?;
        if renamed > 0 {
            self.conn
                .prepare_cached(&format!(
                    "UPDATE feeds SET name = own_name, section = own_section WHERE {RENAMED}"
                ))?
                .execute([&listed])?;
        }
        Ok(())
    }

    /// Every feed in the store, by name.
    pub fn feeds(&self) -> Result<Vec<FeedRow>, StoreError> {
        let sql =
            format!("SELECT {FEED_COLUMNS} FROM feeds f ORDER BY f.name COLLATE NOCASE, f.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map([], feed_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The feed with this id.
    pub fn feed(&self, id: FeedId) -> Result<Option<FeedRow>, StoreError> {
        let sql = format!("SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?1");
        Ok(self.conn.query_row(&sql, [id], feed_from_row).optional()?)
    }

    /// The feed with this URL.
    pub fn feed_by_url(&self, url: &str) -> Result<Option<FeedRow>, StoreError> {
        let sql = format!("SELECT {FEED_COLUMNS} FROM feeds f WHERE f.url = ?1");
        Ok(self.conn.query_row(&sql, [url], feed_from_row).optional()?)
    }

    /// Unfollows a feed: its articles go, but the starred ones, which stay (a star
    /// keeps a story, as retention never removes one), with the feed row they need,
    /// marked as a feed no config lists, so it is never fetched again. Returns how many
    /// articles went and how many starred ones stayed. The highest article id given so
    /// far is kept, so that no later article gets one of the removed ids (scripts keep
    /// ids).
    pub fn remove_feed(&self, id: FeedId) -> Result<(u64, u64), StoreError> {
        // One transaction, taking the write lock first: a refresh in another process
        // cannot add an article between the floor and the delete.
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )?;
        raise_id_floor(&tx)?;
        let removed = tx.execute(
            "DELETE FROM articles WHERE feed_id = ?1 AND id NOT IN \
             (SELECT article_id FROM article_state WHERE starred = 1)",
            [id],
        )?;
        let kept: i64 = tx.query_row(
            "SELECT count(*) FROM articles WHERE feed_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if kept == 0 {
            tx.execute("DELETE FROM feeds WHERE id = ?1", [id])?;
        } else {
            // As a feed dropped from the config: listed nowhere, so followed by none.
            tx.execute(
                "UPDATE feeds SET source = 'config', etag = NULL, last_modified = NULL \
                 WHERE id = ?1",
                [id],
            )?;
        }
        tx.commit()?;
        Ok((removed as u64, u64::try_from(kept).unwrap_or(0)))
    }

    /// Removes a feed's articles but the starred ones, and the feed itself once none is
    /// left (a config feed now listed at another URL under its name, the sample edition
    /// once real stories came); `true` if anything went.
    pub fn remove_keeping_starred(&self, id: FeedId) -> Result<bool, StoreError> {
        // Read first: once only starred stories are left, there is nothing to do, and
        // this runs whenever the feed list is read.
        let (unstarred, total): (i64, i64) = self
            .conn
            .prepare_cached(
                "SELECT count(*) FILTER (WHERE coalesce(s.starred, 0) = 0), count(*) \
                 FROM articles a LEFT JOIN article_state s ON s.article_id = a.id \
                 WHERE a.feed_id = ?1",
            )?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if unstarred == 0 && total > 0 {
            return Ok(false);
        }
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )?;
        raise_id_floor(&tx)?;
        tx.execute(
            "DELETE FROM articles WHERE feed_id = ?1 AND id NOT IN \
             (SELECT article_id FROM article_state WHERE starred = 1)",
            [id],
        )?;
        tx.execute(
            "DELETE FROM feeds WHERE id = ?1 \
             AND NOT EXISTS (SELECT 1 FROM articles WHERE feed_id = ?1)",
            [id],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Records a fetch that failed; nothing cached is touched.
    pub fn record_failure(
        &self,
        id: FeedId,
        error: &str,
        http_status: Option<u16>,
        retry_after: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE feeds SET last_attempt = ?2, last_error = ?3, http_status = ?4, \
             retry_after = ?5 WHERE id = ?1",
            // Error text can quote the server (a parser's snippet): cleaned like feed text.
            params![
                id,
                to_unix(Utc::now()),
                crate::sanitize::clean_line(error),
                http_status,
                retry_after.map(to_unix)
            ],
        )?;
        Ok(())
    }

    /// Records a 304: one small update, no articles read or written.
    pub fn record_not_modified(&self, id: FeedId) -> Result<(), StoreError> {
        let now = to_unix(Utc::now());
        self.conn.execute(
            "UPDATE feeds SET last_attempt = ?2, last_success = ?2, last_error = NULL, \
             http_status = 304, retry_after = NULL WHERE id = ?1",
            params![id, now],
        )?;
        Ok(())
    }
}

/// Keeps the highest article id given so far before articles are deleted (a feed
/// removed, retention), so that no later article gets one of theirs: scripts keep ids.
pub(super) fn raise_id_floor(conn: &rusqlite::Connection) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO id_floor (name, floor) \
         SELECT 'articles', top FROM (SELECT max(id) AS top FROM articles) \
         WHERE top IS NOT NULL \
         ON CONFLICT (name) DO UPDATE SET floor = max(floor, excluded.floor)",
    )?
    .execute([])?;
    Ok(())
}

/// The longest name a feed takes from its title, in characters.
const MAX_TITLE_NAME: usize = 80;

/// Names a subscription made without a name (so far named after its host, see
/// [`Store::mark_named_after_host`]) after the feed's own title at its first refresh
/// (a feed without a title keeps the host's name): `feeds add URL` then `fetch` lists "Debian News", not "www.debian.org". The
/// name is told apart from every other feed's by number, as `feeds add` does; it is
/// the subscription's own from then on. Runs inside the refresh's transaction.
pub(super) fn name_after_title(
    tx: &rusqlite::Connection,
    feed: FeedId,
    title: Option<&str>,
) -> Result<(), StoreError> {
    let unnamed: bool = tx
        .prepare_cached("SELECT auto_name FROM feeds WHERE id = ?1")?
        .query_row([feed], |r| r.get(0))
        .optional()?
        .unwrap_or(false);
    if !unnamed {
        return Ok(());
    }
    let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else {
        // A feed without a title keeps its host's name, for good: a title it gains
        // months later does not rename it under the user.
        tx.prepare_cached("UPDATE feeds SET auto_name = 0 WHERE id = ?1")?
            .execute([feed])?;
        return Ok(());
    };
    let taken: std::collections::HashSet<String> = tx
        .prepare("SELECT name FROM feeds WHERE id != ?1")?
        .query_map([feed], |r| r.get::<_, String>(0))?
        .map(|name| name.map(|n| crate::config::feed_name_key(&n)))
        .collect::<Result<_, _>>()?;
    let mut base: String = title.chars().take(MAX_TITLE_NAME).collect();
    if title.chars().count() > MAX_TITLE_NAME {
        base.push('…');
    }
    let mut name = base.clone();
    for n in 2.. {
        if !taken.contains(&crate::config::feed_name_key(&name)) {
            break;
        }
        name = format!("{base} ({n})");
    }
    // The config may list the feed under a name of its own meanwhile: that stays shown,
    // and the title becomes the name to come back to.
    tx.prepare_cached(
        "UPDATE feeds SET name = CASE WHEN name IS own_name THEN ?2 ELSE name END, \
         own_name = ?2, auto_name = 0 WHERE id = ?1",
    )?
    .execute(params![feed, name])?;
    Ok(())
}

impl Store {
    /// Marks subscriptions that were given no name, and are named after their host for
    /// now, to take their feed's title at their next refresh ([`name_after_title`]).
    pub fn mark_named_after_host(&self, feeds: &[FeedId]) -> Result<(), StoreError> {
        if feeds.is_empty() {
            return Ok(());
        }
        // One statement, so one commit: an import of thousands of untitled outlines
        // made as many.
        let ids = serde_json::to_string(&feeds.iter().map(|f| f.0).collect::<Vec<_>>())
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        self.conn
            .prepare_cached(
                "UPDATE feeds SET auto_name = 1 WHERE source = 'store' \
                 AND id IN (SELECT value FROM json_each(?1))",
            )?
            .execute([ids])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_and_flag(store: &Store, feed: FeedId) -> (String, bool) {
        store
            .conn
            .query_row(
                "SELECT name, auto_name FROM feeds WHERE id = ?1",
                [feed],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    }

    /// An unnamed subscription takes its title once; one without a title keeps its
    /// host's name for good; a name the config gave it meanwhile stays shown.
    #[test]
    fn an_unnamed_feed_is_named_after_its_title_once() {
        let store = Store::open_in_memory().unwrap();
        let add = |url: &str| {
            let id = store
                .ensure_feed(url, "example.org", None, FeedSource::Store)
                .unwrap();
            store.mark_named_after_host(&[id]).unwrap();
            id
        };
        let titled = add("https://example.org/a");
        name_after_title(&store.conn, titled, Some("Debian News")).unwrap();
        assert_eq!(name_and_flag(&store, titled), ("Debian News".into(), false));
        name_after_title(&store.conn, titled, Some("Renamed")).unwrap();
        assert_eq!(name_and_flag(&store, titled).0, "Debian News");

        let untitled = add("https://example.org/b");
        name_after_title(&store.conn, untitled, None).unwrap();
        assert_eq!(
            name_and_flag(&store, untitled),
            ("example.org".into(), false)
        );
        name_after_title(&store.conn, untitled, Some("Late title")).unwrap();
        assert_eq!(name_and_flag(&store, untitled).0, "example.org");

        // The config lists it under a name of its own before its first refresh.
        let listed = add("https://example.org/c");
        store
            .ensure_feed("https://example.org/c", "Mine", None, FeedSource::Config)
            .unwrap();
        name_after_title(&store.conn, listed, Some("Debian News")).unwrap();
        assert_eq!(name_and_flag(&store, listed).0, "Mine");
    }
}
