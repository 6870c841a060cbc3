//! What a virtualised list needs: the ordered ids of a whole view (cheap, 8 bytes an
//! article), the rows of one window of them, the sections present and the unread count.
//!
//! The TUI keeps only ids for 50,000 articles and asks for the summaries of the rows it
//! is about to show, so memory and first-frame time do not grow with the cache.

use rusqlite::{params_from_iter, types::Value};

use super::query::{
    SUMMARY_COLUMNS, SUMMARY_FROM, push_filter, push_order, search_from, summary_from_row,
};
use super::{ArticleId, ArticleSummary, ListFilter, Store, StoreError};

impl Store {
    /// The ids of the articles `filter` selects, newest first, as `list` orders them
    /// (at most `filter.limit`).
    pub fn list_ids(&self, filter: &ListFilter) -> Result<Vec<ArticleId>, StoreError> {
        // Join only what the filter needs: the plain list is then a walk of one index.
        let mut sql = String::from("SELECT a.id FROM articles a");
        if filter.unread || filter.starred {
            sql.push_str(" LEFT JOIN article_state s ON s.article_id = a.id");
        }
        sql.push_str(" WHERE 1");
        let mut args: Vec<Value> = Vec::new();
        push_filter(&mut sql, &mut args, filter);
        push_order(&mut sql, &mut args, filter.limit);
        self.ids(&sql, args)
    }

    /// The ids of the articles matching `query` within `filter`, newest first.
    pub fn search_ids(
        &self,
        query: &str,
        filter: &ListFilter,
    ) -> Result<Vec<ArticleId>, StoreError> {
        let Some(fts) = self.fts_query(query)? else {
            return Ok(Vec::new());
        };
        let mut sql = format!("SELECT a.id {}", search_from(SUMMARY_FROM, false));
        let mut args = vec![Value::Text(fts)];
        push_filter(&mut sql, &mut args, filter);
        push_order(&mut sql, &mut args, None);
        self.ids(&sql, args)
    }

    fn ids(&self, sql: &str, args: Vec<Value>) -> Result<Vec<ArticleId>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params_from_iter(args), |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The list rows of `ids`, in the order given; ids no longer in the cache are left out.
    pub fn summaries(&self, ids: &[ArticleId]) -> Result<Vec<ArticleSummary>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; ids.len()].join(",");
        let sql = format!("SELECT {SUMMARY_COLUMNS} {SUMMARY_FROM} WHERE a.id IN ({marks})");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(ids.iter().map(|i| i.0)), summary_from_row)?;
        let mut found: std::collections::HashMap<ArticleId, ArticleSummary> = rows
            .map(|r| r.map(|s| (s.id, s)))
            .collect::<Result<_, _>>()?;
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    /// The sections present (the feed's section, else the article's first category),
    /// the most used first.
    pub fn sections(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(f.section, a.section) AS s, count(*) AS n \
             FROM articles a JOIN feeds f ON f.id = a.feed_id \
             WHERE s IS NOT NULL AND s <> '' GROUP BY s ORDER BY n DESC, s",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?.try_into().unwrap_or(0),
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Articles in the cache, and how many of them are unread.
    pub fn counts(&self) -> Result<(u64, u64), StoreError> {
        let (total, read): (i64, i64) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles), \
                    (SELECT count(*) FROM article_state WHERE read = 1)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let total = u64::try_from(total).unwrap_or(0);
        Ok((
            total,
            total.saturating_sub(u64::try_from(read).unwrap_or(0)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::seeded_store;

    #[test]
    fn ids_then_summaries_give_the_list_in_order() {
        let (store, _) = seeded_store(5);
        let filter = ListFilter::default();
        let ids = store.list_ids(&filter).unwrap();
        let listed: Vec<ArticleId> = store.list(&filter).unwrap().iter().map(|s| s.id).collect();
        assert_eq!(ids, listed);
        let window = store.summaries(&[ids[3], ids[1]]).unwrap();
        assert_eq!(
            window.iter().map(|s| s.id).collect::<Vec<_>>(),
            vec![ids[3], ids[1]]
        );
        assert!(store.summaries(&[ArticleId(999_999)]).unwrap().is_empty());
    }

    #[test]
    fn list_ids_match_list_under_every_filter() {
        let (store, _) = seeded_store(6);
        let ids = store.list_ids(&ListFilter::default()).unwrap();
        store.set_read(ids[1], true).unwrap();
        store.set_starred(ids[2], true).unwrap();
        for filter in [
            ListFilter {
                unread: true,
                ..ListFilter::default()
            },
            ListFilter {
                starred: true,
                ..ListFilter::default()
            },
            ListFilter {
                section: Some("News".into()),
                ..ListFilter::default()
            },
            ListFilter {
                section: Some("Sport".into()),
                ..ListFilter::default()
            },
            ListFilter {
                limit: Some(2),
                ..ListFilter::default()
            },
        ] {
            let listed: Vec<ArticleId> =
                store.list(&filter).unwrap().iter().map(|s| s.id).collect();
            assert_eq!(store.list_ids(&filter).unwrap(), listed, "{filter:?}");
        }
    }

    #[test]
    fn counts_follow_the_read_flag() {
        let (store, _) = seeded_store(4);
        let ids = store.list_ids(&ListFilter::default()).unwrap();
        assert_eq!(store.counts().unwrap(), (4, 4));
        store.set_read(ids[0], true).unwrap();
        assert_eq!(store.counts().unwrap(), (4, 3));
        let unread = ListFilter {
            unread: true,
            ..ListFilter::default()
        };
        assert_eq!(store.list_ids(&unread).unwrap().len(), 3);
    }
}
