//! Headlines: the rows `list` and `search` print for people (id, date, marks, feed,
//! title) and nothing else.
//!
//! A common word matches a third of a 50,000-article cache. Building an
//! [`ArticleSummary`](super::ArticleSummary) for each match (five strings, a join on
//! `feeds`) took more time than SQLite's search itself, so this path reads only the
//! printed columns, keeps every title in one buffer and names feeds by index.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::params_from_iter;
use rusqlite::types::{Type, Value};

use super::query::{push_filter, push_order, search_from};
use super::{ArticleId, ListFilter, Store, StoreError, from_unix};

/// Headlines in display order, newest first.
#[derive(Debug, Default)]
pub struct Headlines {
    feeds: Vec<String>,
    titles: String,
    rows: Vec<Row>,
}

#[derive(Debug)]
struct Row {
    id: ArticleId,
    sort_time: i64,
    published: Option<i64>,
    feed: usize,
    title_start: usize,
    title_end: usize,
    read: bool,
    starred: bool,
}

/// One headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headline<'a> {
    /// What `read` takes.
    pub id: ArticleId,
    /// Publication time, when known.
    pub published: Option<DateTime<Utc>>,
    /// Read flag.
    pub read: bool,
    /// Starred flag.
    pub starred: bool,
    /// The feed's name.
    pub feed: &'a str,
    /// Title.
    pub title: &'a str,
}

impl Headlines {
    /// How many there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The headlines, newest first.
    pub fn iter(&self) -> impl Iterator<Item = Headline<'_>> + '_ {
        self.rows.iter().map(|r| Headline {
            id: r.id,
            published: r.published.and_then(from_unix),
            read: r.read,
            starred: r.starred,
            feed: self.feeds.get(r.feed).map_or("", String::as_str),
            title: self.titles.get(r.title_start..r.title_end).unwrap_or(""),
        })
    }
}

const COLUMNS: &str = "a.id, a.feed_id, a.title, a.published, coalesce(s.read, 0), \
    coalesce(s.starred, 0), a.sort_time";

impl Store {
    /// The headlines of [`Store::list`], same filter, same order.
    pub fn list_headlines(&self, filter: &ListFilter) -> Result<Headlines, StoreError> {
        let mut sql = format!("SELECT {COLUMNS} FROM articles a{JOINS}");
        sql.push_str(" WHERE 1");
        let mut args = Vec::new();
        push_filter(&mut sql, &mut args, filter);
        push_order(&mut sql, &mut args, filter.limit);
        self.headlines(&sql, args, false)
    }

    /// The headlines of [`Store::search`], same query, filter and order.
    pub fn search_headlines(
        &self,
        query: &str,
        filter: &ListFilter,
    ) -> Result<Headlines, StoreError> {
        let Some(fts) = self.fts_query(query)? else {
            return Ok(Headlines::default());
        };
        let limited = filter.limit.is_some();
        let from = search_from(&format!("FROM articles a{JOINS}"), limited);
        let mut sql = format!("SELECT {COLUMNS} {from}");
        let mut args = vec![Value::Text(fts)];
        push_filter(&mut sql, &mut args, filter);
        if limited {
            push_order(&mut sql, &mut args, filter.limit);
        }
        // Without a limit, the matches come in the index's order and are sorted here,
        // as `Store::search` does.
        self.headlines(&sql, args, !limited)
    }

    fn headlines(&self, sql: &str, args: Vec<Value>, sort: bool) -> Result<Headlines, StoreError> {
        // One snapshot for the feeds and the articles, so a feed another process adds
        // between the two reads cannot leave its articles without a name.
        let snapshot = self.conn.unchecked_transaction()?;
        let mut out = Headlines::default();
        let mut feed_index: HashMap<i64, usize> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached("SELECT id, name FROM feeds")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                feed_index.insert(r.get(0)?, out.feeds.len());
                out.feeds.push(r.get(1)?);
            }
        }
        {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query(params_from_iter(args))?;
            while let Some(r) = rows.next()? {
                let feed_id: i64 = r.get(1)?;
                let title_start = out.titles.len();
                let title = r.get_ref(2)?.as_str().map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(2, Type::Text, Box::new(e))
                })?;
                out.titles.push_str(title);
                out.rows.push(Row {
                    id: r.get(0)?,
                    sort_time: r.get(6)?,
                    published: r.get(3)?,
                    // Foreign keys make a missing feed impossible; an empty name if not.
                    feed: feed_index.get(&feed_id).copied().unwrap_or(usize::MAX),
                    title_start,
                    title_end: out.titles.len(),
                    read: r.get(4)?,
                    starred: r.get(5)?,
                });
            }
        }
        snapshot.commit()?;
        if sort {
            out.rows
                .sort_unstable_by_key(|r| std::cmp::Reverse((r.sort_time, r.id)));
        }
        Ok(out)
    }
}

/// The join beyond `articles a` that every filter may need: `s`, for the read and
/// starred marks.
const JOINS: &str = " LEFT JOIN article_state s ON s.article_id = a.id";
