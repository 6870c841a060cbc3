//! The CPU half of storing a feed, done before the write transaction and off the writer
//! thread: encoding bodies, fingerprinting articles, and reducing each text to the set
//! of words the search index needs. Refreshes run this on many cores at once, so the
//! single writer only does SQL.

use std::hash::BuildHasherDefault;

use super::{StoreError, codec};
use crate::actors::Extractor;
use crate::actors::fast::{Hashed, HashedSet, fnv1a_from, word_basis};
use crate::actors::fold::is_combining;
use crate::feed::{NewArticle, ParsedFeed};

/// An article ready to write: its list fields, and its document and text already turned
/// into what the tables hold (the document itself is not kept, so a feed waiting for
/// the writer holds a third of the memory).
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedArticle {
    /// Identity within its feed.
    pub key: String,
    /// Web page.
    pub url: Option<String>,
    /// Title.
    pub title: String,
    /// Author.
    pub author: Option<String>,
    /// First category, used as its section.
    pub section: Option<String>,
    /// Lead image.
    pub image_url: Option<String>,
    /// Publication time.
    pub published: Option<chrono::DateTime<chrono::Utc>>,
    /// Update time.
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
    /// Its document, encoded for the `bodies` table.
    pub body: Vec<u8>,
    /// A fingerprint of everything stored, so an unchanged article costs no write.
    pub hash: i64,
    /// Its categories as a JSON array.
    pub categories: String,
    /// Every distinct word of its text once, for the search index. The index keeps no
    /// positions (`detail = none`), so the set of words is all it needs, and handing it
    /// a third of the words makes indexing — the writer's main cost — that much faster.
    pub index_text: String,
    /// Its actors and quotes, when an extractor was given.
    pub actors: Option<super::PreparedExtraction>,
}

/// A feed ready to write: its articles newest first, at most `max_per_feed` of them
/// (more would be expired at once).
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedFeed {
    /// The feed's own title.
    pub title: Option<String>,
    /// The feed's web site.
    pub site_url: Option<String>,
    /// The articles.
    pub articles: Vec<PreparedArticle>,
}

/// Prepares `parsed` for [`super::Store::store_refresh`], finding each article's
/// actors with `extractor` when given (without one they are found later, in the
/// background, like after a gazetteer change).
pub fn prepare(
    parsed: ParsedFeed,
    max_per_feed: u32,
    extractor: Option<&Extractor>,
) -> Result<PreparedFeed, StoreError> {
    let ParsedFeed {
        title,
        site_url,
        mut articles,
    } = parsed;
    articles.sort_by_key(|a| std::cmp::Reverse(a.published));
    articles.truncate(max_per_feed as usize);
    let articles = articles
        .into_iter()
        .map(|article| {
            // With an extractor, the index's word set comes from the words it splits
            // anyway; without one, from a split of its own.
            let mut index_text = None;
            let actors = extractor
                .map(|x| {
                    let found = x.extract_with(&article.title, &article.text, |chars, tokens| {
                        index_text = Some(index_words(chars, tokens));
                    });
                    super::PreparedExtraction::new(x.version(), &found)
                })
                .transpose()?;
            let index_text = index_text.unwrap_or_else(|| distinct_words(&article.text));
            Ok(PreparedArticle {
                actors,
                body: codec::encode(&article.document)?,
                hash: content_hash(&article),
                categories: serde_json::to_string(&article.categories)
                    .map_err(|e| StoreError::Encode(e.to_string()))?,
                index_text,
                section: article.categories.into_iter().next(),
                key: article.key,
                url: article.url,
                title: article.title,
                author: article.author,
                image_url: article.image_url,
                published: article.published,
                updated: article.updated,
            })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(PreparedFeed {
        title,
        site_url,
        articles,
    })
}

/// The distinct words of `text`, in first-seen order, separated by spaces. A word is a
/// run of alphanumeric characters and combining marks, which the index's tokenizer
/// keeps inside a word (and strips with the other diacritics): split at a mark,
/// "Erdog\u{306}an" or Yoruba's "Ọ\u{300}ṣun" were never found as `erdogan` or `osun`.
///
/// This runs over every article a refresh stores, so it scans bytes (ASCII is tested
/// through a table; only other characters are decoded) and hashes each word as it is
/// scanned, for a set that takes that hash as it is ([`Hashed`], keyed per process):
/// with the standard `SipHash` set and a per-character split it was a tenth of a cold
/// refresh's CPU, and hashing each word again after the scan still cost a third of it.
///
/// The words come from the feed, so they are hashed from the basis random per process
/// that the extractor's sets use ([`word_basis`]): words made offline to collide from
/// FNV's public basis would turn the set quadratic.
fn distinct_words(text: &str) -> String {
    let basis = word_basis();
    // Case-sensitive on purpose: no allocation per word, and "Peace" beside "peace" only
    // gives the index one token twice.
    let mut seen: HashedSet<'_> =
        HashedSet::with_capacity_and_hasher(512, BuildHasherDefault::default());
    let mut out = String::with_capacity(text.len() / 2);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (alnum, len) = word_char_at(text, i);
        if !alnum {
            i += len;
            continue;
        }
        let start = i;
        let mut hash = basis;
        while let Some(&b) = bytes.get(i) {
            let len = if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                1
            } else {
                match word_char_at(text, i) {
                    (true, len) => len,
                    (false, _) => break,
                }
            };
            hash = fnv1a_from(hash, bytes.get(i..i + len).unwrap_or_default());
            i += len;
        }
        let word = text.get(start..i).unwrap_or_default();
        if seen.insert(Hashed { word, hash }) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// [`distinct_words`] from the extractor's words: each distinct word once, as the text
/// writes it, which the index's tokenizer splits (at an apostrophe, a hyphen, a full
/// stop inside "O'Brien", "Sanwo-Olu", "U.S") into exactly the tokens the text gives it.
/// An ASCII word is told apart by its folded form, its lower case, as the tokenizer
/// folds it ("Peace" and "peace" are one token), so the index gets fewer; any other by
/// its own chars, since the extractor's folding ("ß" to "ss") is not the tokenizer's.
fn index_words(chars: &[char], tokens: &[crate::actors::tokens::Token<'_>]) -> String {
    let mut seen: HashedSet<'_> =
        HashedSet::with_capacity_and_hasher(512, BuildHasherDefault::default());
    // std's set, keyed at random per process: words from a feed cannot be made to
    // collide in it.
    let mut wide: std::collections::HashSet<&[char]> = std::collections::HashSet::new();
    let mut out = String::with_capacity(tokens.len() * 4);
    for t in tokens {
        let new = if t.ascii {
            seen.insert(t.hashed())
        } else {
            chars.get(t.start..t.end).is_some_and(|w| wide.insert(w))
        };
        if !new {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if t.ascii {
            out.push_str(t.folded);
        } else {
            out.extend(chars.get(t.start..t.end).unwrap_or_default());
        }
    }
    out
}

/// Whether the character at byte `i` (a character boundary) is alphanumeric, and its
/// length: ASCII is tested directly, only other characters are decoded.
#[inline]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
        _ => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
    }
}

/// Whether `c` belongs in a word for the index (and in a search's words).
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// FNV-1a over every stored field, each followed by a separator so that text moved
/// from one field to the next changes the hash.
fn content_hash(a: &NewArticle) -> i64 {
    let published = a.published.map_or(0, |d| d.timestamp()).to_le_bytes();
    let updated = a.updated.map_or(0, |d| d.timestamp()).to_le_bytes();
    let mut fields: Vec<&[u8]> = vec![
        a.title.as_bytes(),
        a.url.as_deref().unwrap_or("").as_bytes(),
        a.author.as_deref().unwrap_or("").as_bytes(),
    ];
    fields.extend(a.categories.iter().map(String::as_bytes));
    fields.extend([
        a.image_url.as_deref().unwrap_or("").as_bytes(),
        &published,
        &updated,
    ]);
    fields.push(a.text.as_bytes());
    // The document's links are not in the text.
    fields.extend(a.document.links.iter().map(String::as_bytes));
    let parts: Vec<&[u8]> = fields
        .into_iter()
        .flat_map(|f| [f, b"\x1f".as_slice()])
        .collect();
    i64::from_ne_bytes(crate::feed::fnv1a(&parts).to_ne_bytes())
}

#[cfg(test)]
mod tests {
    use super::distinct_words;

    /// The plain definition: split on every character that is neither alphanumeric nor
    /// a combining mark.
    fn reference(text: &str) -> String {
        let mut seen = std::collections::HashSet::new();
        text.split(|c: char| !super::is_word_char(c))
            .filter(|w| !w.is_empty() && seen.insert(*w))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn distinct_words_split_like_the_plain_definition() {
        let pieces = [
            "a", "Z", "9", " ", "-", "’", "é", "Ğ", "ß", "٣", "中", "😀", "\u{301}", "\n", "_",
            "peace", "Erdoğan", "\u{a0}", "x",
        ];
        for text in crate::store::tests::random_texts(&pieces, 3000, 24) {
            assert_eq!(distinct_words(&text), reference(&text), "{text:?}");
        }
    }

    /// The words of `text` each as its own one-word tokenizer would give them (both
    /// ways of building the index's text are split at non-word chars and lower-cased by
    /// it).
    fn tokens(text: &str) -> std::collections::BTreeSet<String> {
        text.split(|c: char| !super::is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// The index's terms for `texts`, from SQLite's own tokenizer (the schema's).
    fn indexed(texts: &[&str]) -> Vec<String> {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(
            "CREATE VIRTUAL TABLE f USING fts5(text, content = '', detail = none,
                 tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row');",
        )
        .unwrap();
        for t in texts {
            db.execute("INSERT INTO f (text) VALUES (?1)", [t]).unwrap();
        }
        let mut q = db.prepare("SELECT term FROM v ORDER BY term").unwrap();
        q.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn the_extractors_words_give_the_index_the_texts_tokens() {
        let x = crate::actors::Extractor::load(None).unwrap();
        let words = |text: &str| {
            let mut out = String::new();
            x.extract_with("", text, |chars, tokens| {
                out = super::index_words(chars, tokens);
            });
            out
        };
        let pieces = [
            "Peace",
            "peace",
            "PEACE",
            " ",
            "-",
            "’",
            "'",
            "’s",
            ".",
            "U.S",
            "O'Brien",
            "Sanwo-Olu",
            "é",
            "Erdoğan",
            "Erdog\u{306}an",
            "Straße",
            "STRASSE",
            "ß",
            "٣",
            "中文",
            "😀",
            "\u{301}",
            "\n",
            "_",
            "x",
            "9",
            "\u{a0}",
            "“",
            "”",
            "A.",
            "—",
        ];
        for text in crate::store::tests::random_texts(&pieces, 2000, 24) {
            let w = words(&text);
            assert_eq!(tokens(&w), tokens(&text), "{text:?} gave {w:?}");
        }
        // And by SQLite's tokenizer itself, on text with every kind of word.
        let text = "Peace talks: peace, PEACE and Erdoğan’s envoy met O'Brien in the U.S. \
                    Sanwo-Olu, Straße and STRASSE, Erdog\u{306}an, O\u{323}\u{300}s\u{323}un, \
                    中文 ٣ 2025 — “quoted” A. B. Cole.";
        assert_eq!(indexed(&[&words(text)]), indexed(&[text]));
        // Fewer words for the index: one per spelling that folds alike.
        assert!(words("Peace peace PEACE").split(' ').count() == 1);
    }

    #[test]
    fn distinct_words_keep_each_spelling_once() {
        assert_eq!(
            distinct_words("Peace talks: peace, talks and Erdoğan’s envoy — Erdoğan."),
            "Peace talks peace and Erdoğan s envoy"
        );
    }
}
