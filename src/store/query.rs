//! The read path: lists (metadata only, never bodies), one article with its body, full-
//! text search, and the read/starred flags.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params_from_iter, types::Value};
use serde::Serialize;

use super::{ArticleId, FeedId, Store, StoreError, codec, from_unix, to_unix};
use crate::document::Document;

/// Which articles a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Only this feed.
    pub feed: Option<FeedId>,
    /// Only unread articles.
    pub unread: bool,
    /// Only starred articles.
    pub starred: bool,
    /// Only this section (the feed's section, else the article's first category).
    pub section: Option<String>,
    /// Only articles naming this actor.
    pub actor: Option<super::ActorId>,
    /// At most this many.
    pub limit: Option<usize>,
}

/// A list row, as `list --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    /// What `read`, `share` and `actors` take.
    pub id: ArticleId,
    /// The feed's name.
    pub feed: String,
    /// The feed's section, else the article's first category.
    pub section: Option<String>,
    /// Title.
    pub title: String,
    /// Web page.
    pub url: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Publication time (RFC 3339), when known.
    pub published: Option<DateTime<Utc>>,
    /// Read flag.
    pub read: bool,
    /// Starred flag.
    pub starred: bool,
}

/// One article with its body.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// List fields.
    pub summary: ArticleSummary,
    /// The feed it came from.
    pub feed_id: FeedId,
    /// Categories.
    pub categories: Vec<String>,
    /// Lead image.
    pub image_url: Option<String>,
    /// When it was first stored.
    pub first_seen: DateTime<Utc>,
    /// The body.
    pub document: Document,
}

pub(super) const SUMMARY_COLUMNS: &str = "a.id, f.name, coalesce(f.section, a.section), a.title, a.url, \
    a.author, a.published, coalesce(s.read, 0), coalesce(s.starred, 0)";
pub(super) const SUMMARY_FROM: &str = "FROM articles a JOIN feeds f ON f.id = a.feed_id \
    LEFT JOIN article_state s ON s.article_id = a.id";

pub(super) fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: r.get(0)?,
        feed: r.get(1)?,
        section: r.get(2)?,
        title: r.get(3)?,
        url: r.get(4)?,
        author: r.get(5)?,
        published: r.get::<_, Option<i64>>(6)?.and_then(from_unix),
        read: r.get(7)?,
        starred: r.get(8)?,
    })
}

impl Store {
    /// Articles newest first (by publication date, else first seen), without bodies.
    pub fn list(&self, filter: &ListFilter) -> Result<Vec<ArticleSummary>, StoreError> {
        let mut sql = format!("SELECT {SUMMARY_COLUMNS} {SUMMARY_FROM} WHERE 1");
        let mut args: Vec<Value> = Vec::new();
        push_filter(&mut sql, &mut args, filter);
        push_order(&mut sql, &mut args, filter.limit);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), summary_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Articles matching `query` (every word, the last one as a prefix), newest first.
    pub fn search(
        &self,
        query: &str,
        filter: &ListFilter,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        let Some(fts) = self.fts_query(query)? else {
            return Ok(Vec::new());
        };
        let from = search_from(SUMMARY_FROM, filter.limit.is_some());
        let mut args = vec![Value::Text(fts)];
        if filter.limit.is_some() {
            let mut sql = format!("SELECT {SUMMARY_COLUMNS} {from}");
            push_filter(&mut sql, &mut args, filter);
            push_order(&mut sql, &mut args, filter.limit);
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params_from_iter(args), summary_from_row)?;
            return Ok(rows.collect::<Result<_, _>>()?);
        }
        // Every match: read them in the index's order and sort here. SQLite's sorter
        // copies whole rows and, past its small memory budget (the page cache), spills
        // them to a temporary file; a common word's 16,000 matches took twice as long.
        let mut sql = format!("SELECT {SUMMARY_COLUMNS}, a.sort_time {from}");
        push_filter(&mut sql, &mut args, filter);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let sort_time = stmt.column_index("sort_time")?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            Ok((r.get::<_, i64>(sort_time)?, summary_from_row(r)?))
        })?;
        let mut rows = rows.collect::<Result<Vec<_>, _>>()?;
        rows.sort_unstable_by(|(t1, a1), (t2, a2)| (t2, a2.id).cmp(&(t1, a1.id)));
        Ok(rows.into_iter().map(|(_, summary)| summary).collect())
    }

    /// One article with its body, or `None` if there is no such id.
    pub fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, a.feed_id, a.categories, a.image_url, a.first_seen, \
             b.document {SUMMARY_FROM} LEFT JOIN bodies b ON b.article_id = a.id WHERE a.id = ?1"
        );
        let row = self
            .conn
            .query_row(&sql, [id], |r| {
                Ok((
                    summary_from_row(r)?,
                    r.get::<_, FeedId>(9)?,
                    r.get::<_, String>(10)?,
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, i64>(12)?,
                    r.get::<_, Option<Vec<u8>>>(13)?,
                ))
            })
            .optional()?;
        let Some((summary, feed_id, categories, image_url, first_seen, blob)) = row else {
            return Ok(None);
        };
        let document = match blob {
            Some(b) => codec::decode(&b)?,
            None => Document::default(),
        };
        Ok(Some(Article {
            summary,
            feed_id,
            categories: serde_json::from_str(&categories).unwrap_or_default(),
            image_url,
            first_seen: from_unix(first_seen).unwrap_or_default(),
            document,
        }))
    }

    /// Marks an article read or unread; `false` if there is no such article.
    pub fn set_read(&self, id: ArticleId, read: bool) -> Result<bool, StoreError> {
        self.set_flag(id, "read", read)
    }

    /// Marks `ids` read in one transaction; returns how many were not read before.
    pub fn set_read_many(&self, ids: &[ArticleId]) -> Result<usize, StoreError> {
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )?;
        let now = to_unix(Utc::now());
        let mut changed = 0;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO article_state (article_id, read, changed) \
                 SELECT id, 1, ?2 FROM articles WHERE id = ?1 \
                 ON CONFLICT (article_id) DO UPDATE SET read = 1, changed = excluded.changed \
                 WHERE read = 0",
            )?;
            for id in ids {
                changed += stmt.execute(rusqlite::params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Stars or unstars an article; `false` if there is no such article.
    pub fn set_starred(&self, id: ArticleId, starred: bool) -> Result<bool, StoreError> {
        self.set_flag(id, "starred", starred)
    }

    fn set_flag(&self, id: ArticleId, column: &str, on: bool) -> Result<bool, StoreError> {
        // `column` is one of two literals above, never user input.
        let sql = format!(
            "INSERT INTO article_state (article_id, {column}, changed) \
             SELECT id, ?2, ?3 FROM articles WHERE id = ?1 \
             ON CONFLICT (article_id) DO UPDATE SET {column} = excluded.{column}, changed = excluded.changed"
        );
        let n = self
            .conn
            .execute(&sql, rusqlite::params![id, on, to_unix(Utc::now())])?;
        Ok(n > 0)
    }

    /// SQLite's `data_version`: it changes when another connection commits.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?)
    }

    /// Whether the cache holds any article (cheaper than counting them).
    pub fn has_articles(&self) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM articles)", [], |r| r.get(0))?)
    }

    /// Number of articles in the cache.
    pub fn article_count(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
        Ok(n.try_into().unwrap_or(0))
    }
}

pub(super) fn push_filter(sql: &mut String, args: &mut Vec<Value>, filter: &ListFilter) {
    if let Some(feed) = filter.feed {
        sql.push_str(" AND a.feed_id = ?");
        args.push(Value::Integer(feed.0));
    }
    if filter.unread {
        sql.push_str(" AND coalesce(s.read, 0) = 0");
    }
    if filter.starred {
        sql.push_str(" AND coalesce(s.starred, 0) = 1");
    }
    if let Some(section) = &filter.section {
        // The feed's section, else the article's: `coalesce(f.section, a.section) = ?`
        // said so too, but walked every article in time order with two lookups each
        // (0.2 s on 50,000 articles, for each section tab); split in two, SQLite takes
        // the feeds with that section by their index and reads the rest once (6 ms).
        sql.push_str(
            " AND (a.feed_id IN (SELECT id FROM feeds WHERE section = ?) \
             OR (a.section = ? AND a.feed_id IN (SELECT id FROM feeds WHERE section IS NULL)))",
        );
        args.push(Value::Text(section.clone()));
        args.push(Value::Text(section.clone()));
    }
    if let Some(actor) = filter.actor {
        sql.push_str(" AND a.id IN (SELECT article_id FROM article_actors WHERE actor_id = ?)");
        args.push(Value::Integer(actor.0));
    }
}

/// The FROM and WHERE of a search over `from` (a FROM clause on `articles a` and its
/// joins), its one parameter the FTS5 query. With a limit, walk the articles newest
/// first and keep those in the match set, so a common word stops at the limit instead
/// of fetching and sorting every match; without one, reading the matches in storage
/// order and sorting them is faster.
pub(super) fn search_from(from: &str, limited: bool) -> String {
    if limited {
        let from = from.replacen("articles a", "articles a INDEXED BY articles_by_time", 1);
        format!("{from} WHERE a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
    } else {
        let from = from.replacen(
            "FROM articles a",
            "FROM article_fts x JOIN articles a ON a.id = x.rowid",
            1,
        );
        format!("{from} WHERE article_fts MATCH ?")
    }
}

/// Newest first, and at most `limit`. No LIMIT clause without a limit: with one (even
/// -1) SQLite keeps sorted rows in a temporary B-tree, several times slower than its
/// sorter for the thousands of matches a common word has.
pub(super) fn push_order(sql: &mut String, args: &mut Vec<Value>, limit: Option<usize>) {
    sql.push_str(" ORDER BY a.sort_time DESC, a.id DESC");
    if let Some(limit) = limit {
        sql.push_str(" LIMIT ?");
        args.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
}

impl Store {
    /// Turns what a person typed into a safe FTS5 query: each term quoted (so `-`, `:`,
    /// `"` and `OR` are just text), all required, the last one matched as a prefix so
    /// results appear while typing.
    ///
    /// The terms are what SQLite's own tokenizer (the index's, on a temporary table)
    /// makes of the input, each quoted on its own. A quoted string the tokenizer splits
    /// in two is a phrase, which an index without positions refuses ("phrase queries
    /// are not supported"), and no split of our own agrees with it everywhere: it keeps
    /// some combining marks inside a word and parts at others (U+0329, common in
    /// Yoruba typing), and parts at vowel signs Rust calls letters. `Russia's` is
    /// `russia` and `s`, `Ọ̀ṣun` is `osun`, as in the index.
    pub(super) fn fts_query(&self, input: &str) -> Result<Option<String>, StoreError> {
        // ASCII, most of what is typed, the tokenizer splits at every char that is not
        // a letter or a digit and lower-cases: done here, without the table (making it
        // costs a search about a millisecond).
        if input.is_ascii() {
            let terms: Vec<String> = input
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            return Ok(quoted_terms(&terms));
        }
        Ok(quoted_terms(&self.tokenized(input)?))
    }

    /// What SQLite's tokenizer (the index's) makes of `input`, in order.
    fn tokenized(&self, input: &str) -> Result<Vec<String>, StoreError> {
        // What ingest drops (a soft hyphen) is dropped here too.
        let input = crate::sanitize::clean(input);
        self.conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_words USING fts5(
                 w, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_terms
                 USING fts5vocab(temp, query_words, instance);
             DELETE FROM temp.query_words;",
        )?;
        self.conn
            .prepare_cached("INSERT INTO temp.query_words (rowid, w) VALUES (1, ?1)")?
            .execute([input.as_ref()])?;
        let terms = self
            .conn
            .prepare_cached("SELECT term FROM temp.query_terms ORDER BY offset")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(terms)
    }
}

/// `terms` quoted, space-separated (all required), the last as a prefix.
fn quoted_terms(terms: &[String]) -> Option<String> {
    // A word given twice is asked for once: a pasted paragraph repeats "the" and "of"
    // dozens of times, and each repeat cost a pass over its list of articles.
    let mut seen = std::collections::HashSet::new();
    let (last, rest) = terms.split_last()?;
    let terms: Vec<&String> = rest
        .iter()
        .filter(|t| seen.insert(t.as_str()))
        .chain([last])
        .collect();
    let last = terms.len() - 1;
    let mut q = String::new();
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            q.push(' ');
        }
        q.push('"');
        q.push_str(&t.replace('"', ""));
        q.push('"');
        if i == last {
            q.push('*');
        }
    }
    Some(q)
}

#[cfg(test)]
mod tests {
    use crate::store::Store;

    #[test]
    pub(super) fn fts_query_is_sqlites_own_terms_quoted_and_prefixed() {
        let store = Store::open_in_memory().unwrap();
        let q = |s: &str| store.fts_query(s).unwrap();
        assert_eq!(q("peace talks").as_deref(), Some("\"peace\" \"talks\"*"));
        assert_eq!(
            q("a-b \"OR\" c:").as_deref(),
            Some("\"a\" \"b\" \"or\" \"c\"*")
        );
        assert_eq!(q("  -- "), None);
        assert_eq!(q("Russia's").as_deref(), Some("\"russia\" \"s\"*"));
        // A word given twice is asked for once; the last stays a prefix.
        assert_eq!(
            q("the war of the war").as_deref(),
            Some("\"the\" \"war\" \"of\" \"war\"*")
        );
        // Marks SQLite keeps in a word (and strips), a soft hyphen dropped.
        assert_eq!(
            q("O\u{323}\u{300}s\u{323}un Ni\u{ad}ge").as_deref(),
            Some("\"osun\" \"nige\"*")
        );
    }

    #[test]
    fn the_ascii_split_is_the_tokenizers() {
        let store = Store::open_in_memory().unwrap();
        let pieces = [
            "Peace", "a", "Z9", " ", "-", "'", "\"", "OR", "*", "(", "_", "x.y", "^",
        ];
        for text in crate::store::tests::random_texts(&pieces, 500, 12) {
            let fast = store.fts_query(&text).unwrap();
            let sqlite = super::quoted_terms(&store.tokenized(&text).unwrap());
            assert_eq!(fast, sqlite, "{text:?}");
        }
    }

    #[test]
    fn no_typed_query_is_refused_by_the_index() {
        // Marks SQLite parts a word at (U+0329, U+0313, U+20D7), vowel signs, harakat:
        // as one quoted word each, these were phrases the index refused.
        let store = Store::open_in_memory().unwrap();
        for typed in [
            "s\u{329}un",
            "\u{1f10}\u{313}\u{342}",
            "x\u{20d7}",
            "भारत",
            "\u{645}\u{64f}\u{62d}\u{64e}\u{645}\u{651}\u{64e}\u{62f}",
            "O'Brien U.S. e-mail",
            "中文 😀 \u{e000}x",
        ] {
            let filter = crate::store::ListFilter::default();
            assert!(store.search(typed, &filter).is_ok(), "{typed:?}");
            assert!(store.search_ids(typed, &filter).is_ok(), "{typed:?}");
        }
    }
}
