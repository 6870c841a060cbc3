//! Actors: the people, organisations and places an article names.
//!
//! [`Extractor::extract`] finds them in an article's title and plain text: gazetteer
//! actors by [`matcher`] (Aho-Corasick over every folded alias), others by
//! [`discover`] (cues around capitalised words), a surname after its full name
//! resolved to the same actor, and the quotes each one is given ([`quotes`]). It is
//! pure: no I/O, no UI. The store keeps its result per article, with the gazetteer's
//! [`Gazetteer::version`], and redoes it when the version changes.
//!
//! Offsets are `char` offsets into the plain text (see [`crate::document`]).

mod alias;
pub mod compiled;
mod context;
mod cues;
pub mod discover;
mod english;
pub(crate) mod fast;
pub mod fold;
pub mod gazetteer;
mod kinds;
mod lone;
mod marks;
pub mod matcher;
pub mod quotes;
mod same;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_cues;
pub mod tokens;
#[cfg(test)]
mod tokens_reference;

use fast::FastMap as HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use gazetteer::{Entry, Gazetteer, GazetteerError, Kind};

use matcher::{Hit, Matcher};
use tokens::Token;

/// One actor of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name (gazetteer) or the fullest form used (discovered).
    #[serde(rename = "n")]
    pub name: String,
    /// What it is.
    #[serde(rename = "k")]
    pub kind: Kind,
    /// The gazetteer's one line; empty for a discovered actor.
    #[serde(rename = "d", default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Found by discovery, not in the gazetteer.
    #[serde(rename = "x", default, skip_serializing_if = "std::ops::Not::not")]
    pub discovered: bool,
    /// Mentions in the text, as `[start, end)` char offsets, in order.
    #[serde(rename = "m", default)]
    pub mentions: Vec<(u32, u32)>,
    /// Mentions in the title, as char offsets into the title.
    #[serde(rename = "t", default, skip_serializing_if = "Vec::is_empty")]
    pub title_mentions: Vec<(u32, u32)>,
}

impl Actor {
    /// Mentions in the title and the text together.
    pub fn mention_count(&self) -> usize {
        self.mentions.len() + self.title_mentions.len()
    }
}

/// A quote: `text` (at `start..end` of the plain text) said by `speaker`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker's name, as in [`Actor::name`].
    #[serde(rename = "s")]
    pub speaker: String,
    /// The quoted words.
    #[serde(rename = "q")]
    pub text: String,
    /// First char.
    #[serde(rename = "a")]
    pub start: u32,
    /// One past the last.
    #[serde(rename = "b")]
    pub end: u32,
}

/// What [`Extractor::extract`] found in one article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Extraction {
    /// Most prominent first: in the title, then most mentioned, then first mentioned.
    #[serde(rename = "a", default)]
    pub actors: Vec<Actor>,
    /// In text order.
    #[serde(rename = "q", default)]
    pub quotes: Vec<Quote>,
}

/// The gazetteer compiled for matching.
#[derive(Debug)]
pub struct Extractor {
    version: i64,
    known: compiled::Known,
    matcher: Matcher,
}

/// A mention while extracting: `start..end` of actor `actor` (an index into `Work`).
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    actor: usize,
}

/// Which part of an article [`Extractor::mentions`] reads.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// The text: every discovered name counts.
    Body,
    /// The title, read after the text, whose `known` actors were in `works` then.
    /// Headlines capitalise freely, so a discovered name counts only if the body has
    /// it or it stands on its own words.
    Title { known: usize },
}

#[derive(Debug)]
struct Work {
    key: String,
    name: String,
    kind: Kind,
    description: String,
    discovered: bool,
}

impl Extractor {
    /// Compiles `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Result<Extractor, GazetteerError> {
        let matcher = Matcher::new(&gazetteer.entries)?;
        Ok(Extractor {
            version: gazetteer.version,
            known: compiled::Known::new(gazetteer)?,
            matcher,
        })
    }

    /// The bundled gazetteer and the user's file.
    pub fn load(user_file: Option<&std::path::Path>) -> Result<Extractor, GazetteerError> {
        Extractor::new(&Gazetteer::load(user_file)?)
    }

    /// The version stored with each extraction.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// How many actors the gazetteer knows.
    pub fn entry_count(&self) -> usize {
        self.known.len()
    }

    /// The canonical names of the gazetteer's actors.
    pub fn entry_names(&self) -> impl Iterator<Item = &str> {
        (0..self.known.len()).map(|i| self.known.name(to_u32(i)))
    }

    /// Finds the actors and quotes of an article.
    pub fn extract(&self, title: &str, text: &str) -> Extraction {
        self.extract_with(title, text, |_, _| {})
    }

    /// [`Extractor::extract`], also handing the text's words to `on_words` once they are
    /// split (the search index takes its word set from them, instead of splitting the
    /// text again).
    pub fn extract_with(
        &self,
        title: &str,
        text: &str,
        on_words: impl FnOnce(&[char], &[tokens::Token<'_>]),
    ) -> Extraction {
        let chars = tokens::chars_of(text);
        let mut works: Vec<Work> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::default();
        let mut arena = String::new();
        let tokens = tokens::tokenize(text, &chars, &mut arena);
        on_words(&chars, &tokens);
        let text_marks = marks::find(text);
        let mut body = self.mentions(
            &chars,
            &tokens,
            &text_marks.url,
            &mut works,
            &mut index,
            Part::Body,
        );
        // The title: gazetteer actors, discovered ones the body confirms, and those
        // whose own words say what they are (see [`kinds::stands_in_title`]).
        let title_chars = tokens::chars_of(title);
        let known = works.len();
        let mut title_arena = String::new();
        let title_tokens = tokens::tokenize(title, &title_chars, &mut title_arena);
        let title_marks = marks::find(title);
        let mut title_mentions = self.mentions(
            &title_chars,
            &title_tokens,
            &title_marks.url,
            &mut works,
            &mut index,
            Part::Title { known },
        );
        // "the Central Bank of Kenya (CBK)": the acronym is the same actor; so is
        // "the TJN" after the Tax Justice Network.
        let mut same = same::acronyms_defined(&chars, &body, &works);
        same::acronyms_of_names(&body, &works, &mut same);
        if !same.is_empty() {
            for m in body.iter_mut().chain(title_mentions.iter_mut()) {
                if let Some(&(_, to)) = same.iter().find(|(from, _)| *from == m.actor) {
                    m.actor = to;
                }
            }
        }
        let quotes = quotes_of(&chars, &tokens, &text_marks.quotes, &body, &works);
        // Each actor's mentions, in text order, gathered in one pass.
        let span = |m: &Mention| (to_u32(m.start), to_u32(m.end));
        let mut in_body: Vec<Vec<(u32, u32)>> = vec![Vec::new(); works.len()];
        for m in &body {
            in_body[m.actor].push(span(m));
        }
        let mut in_title: Vec<Vec<(u32, u32)>> = vec![Vec::new(); works.len()];
        for m in &title_mentions {
            in_title[m.actor].push(span(m));
        }
        let mut actors: Vec<(Actor, u32)> = works
            .into_iter()
            .zip(in_body.into_iter().zip(in_title))
            .map(|(w, (mentions, title_mentions))| {
                let first = mentions.first().map_or(u32::MAX, |m| m.0);
                let actor = Actor {
                    name: w.name,
                    kind: w.kind,
                    description: w.description,
                    discovered: w.discovered,
                    mentions,
                    title_mentions,
                };
                (actor, first)
            })
            .filter(|(a, _)| a.mention_count() > 0)
            .collect();
        actors.sort_by(|(a, fa), (b, fb)| {
            (b.title_mentions.is_empty(), a.mention_count(), fb)
                .cmp(&(a.title_mentions.is_empty(), b.mention_count(), fa))
                .reverse()
        });
        Extraction {
            actors: actors.into_iter().map(|(a, _)| a).collect(),
            quotes,
        }
    }

    /// Mentions in `chars`, adding actors to `works`. `part` says which names
    /// discovery may add. `url_marks` are the char offsets of the marks a URL has
    /// ([`marks::Marks::url`]).
    fn mentions(
        &self,
        chars: &[char],
        tokens: &[Token<'_>],
        url_marks: &[usize],
        works: &mut Vec<Work>,
        index: &mut HashMap<String, usize>,
        part: Part,
    ) -> Vec<Mention> {
        let urls = marks::url_ranges(chars, url_marks);
        let blocked = matcher::blocked_tokens(tokens, &urls);
        let mut hits = self.matcher.find(chars, tokens, &blocked);
        self.drop_other_people(tokens, &mut hits);
        let mut out: Vec<Mention> = Vec::with_capacity(hits.len());
        // By hit: inside a discovered name, which stands for it.
        let mut absorbed = vec![false; hits.len()];
        {
            // The folded name being looked up: one buffer for all.
            let mut key = String::new();
            let mut found = self.discovered(chars, tokens, &hits, &blocked, part);
            if let Part::Title { known } = part {
                // A headline's name with no cue of its own counts when the body has it.
                found.retain(|(range, _, stands)| {
                    *stands || {
                        fold::fold_into(&chars[range.clone()], &mut key);
                        index.get(key.as_str()).is_some_and(|&i| i < known)
                    }
                });
            }
            found.sort_by_key(|(range, _, _)| range.start);
            // Hits are in text order too: one sweep finds those each name covers.
            let mut h = 0;
            for (range, kind, _) in found {
                while h < hits.len() && hits[h].start < range.start {
                    h += 1;
                }
                for (k, hit) in hits[h..]
                    .iter()
                    .enumerate()
                    .take_while(|(_, hit)| hit.start < range.end)
                {
                    if hit.end <= range.end {
                        absorbed[h + k] = true;
                    }
                }
                let actor = intern_discovered(works, index, &chars[range.clone()], kind, &mut key);
                out.push(Mention {
                    start: range.start,
                    end: range.end,
                    actor,
                });
            }
        }
        for (hit, _) in hits
            .iter()
            .zip(&absorbed)
            .filter(|(_, absorbed)| !**absorbed)
        {
            let actor = self.intern_entry(works, index, hit);
            out.push(Mention {
                start: hit.start,
                end: hit.end,
                actor,
            });
        }
        out.sort_by_key(|m| m.start);
        same::resolve_surnames(tokens, works, &mut out);
        out
    }

    /// Drops one-word person hits that are a namesake's name: a known surname after
    /// another given name (Oluwadare Adesina is not Akinwumi Adesina), or a weak one
    /// before another name (Abiodun Alamutu is not Dapo Abiodun); and one-word place
    /// hits after a given name, a surname (Aminu Gwarzo).
    fn drop_other_people(&self, tokens: &[Token<'_>], hits: &mut Vec<Hit>) {
        let name_word = |t: &Token<'_>, key: &str| {
            let w = t.word();
            t.cap
                && !t.acronym
                && (!t.initial || cues::GIVEN_NAMES.has(t))
                && !cues::TITLES.has(t)
                && !cues::ORG_WORDS.has(t)
                && !cues::PLACE_WORDS.has(t)
                && !cues::DEMONYMS.has(t)
                && !cues::NEVER.has(t)
                && !key.split([' ', '-']).any(|part| part == w)
        };
        let mut k = 0;
        let mut covered = vec![false; tokens.len()];
        let mut at = Vec::with_capacity(hits.len());
        // Person hits on the second half of a double-barrelled name whose first half no
        // hit covers: Bianca Odumegu-Ojukwu is not Chukwuemeka Odumegwu Ojukwu (Trump in
        // Trump-Putin is a hit of its own).
        let mut barrelled = Vec::with_capacity(hits.len());
        let mut previous_end = 0;
        for h in hits.iter() {
            while k < tokens.len() && tokens[k].end <= h.start {
                k += 1;
            }
            let one = tokens
                .get(k)
                .is_some_and(|t| t.start == h.start && t.end == h.end);
            at.push(one.then_some(k));
            barrelled.push(tokens.get(k).is_some_and(|t| {
                t.hyphenated
                    && t.cap
                    && t.start < h.start
                    && h.end <= t.end
                    && previous_end <= t.start
                    && self.known.kind(h.entry) == Kind::Person
            }));
            previous_end = h.end;
            let mut j = k;
            while j < tokens.len() && tokens[j].start < h.end {
                covered[j] = true;
                j += 1;
            }
        }
        let mut i = 0;
        hits.retain(|h| {
            let (token, barrelled) = (at[i], barrelled[i]);
            i += 1;
            let Some(k) = token else { return !barrelled };
            let t = &tokens[k];
            // A surname that is also a town: Aminu Gwarzo, Mohammed Gumel.
            if self.known.kind(h.entry) == Kind::Place {
                return !(k > 0
                    && t.joined
                    && !covered[k - 1]
                    && tokens[k - 1].cap
                    && !tokens[k - 1].possessive
                    && cues::GIVEN_NAMES.has(&tokens[k - 1]));
            }
            if self.known.kind(h.entry) != Kind::Person {
                return true;
            }
            let key = self.known.key(h.entry);
            let before = k > 0
                && t.joined
                && !tokens[k - 1].possessive
                && !covered[k - 1]
                && name_word(&tokens[k - 1], key);
            let after = h.weak
                && !t.possessive
                && tokens.get(k + 1).is_some_and(|n| {
                    n.joined && !covered[k + 1] && !n.initial && name_word(n, key)
                });
            !(before || after)
        });
    }

    fn intern_entry(
        &self,
        works: &mut Vec<Work>,
        index: &mut HashMap<String, usize>,
        hit: &Hit,
    ) -> usize {
        let (k, e) = (&self.known, hit.entry);
        if let Some(&i) = index.get(k.key(e)) {
            return i;
        }
        works.push(Work {
            key: k.key(e).to_string(),
            name: k.name(e).to_string(),
            kind: k.kind(e),
            description: k.description(e).to_string(),
            discovered: false,
        });
        index.insert(k.key(e).to_string(), works.len() - 1);
        works.len() - 1
    }

    /// Discovered actors' spans and kinds, and whether a headline's name stands on its
    /// own words ([`kinds::stands_in_title`]; always false in the body).
    fn discovered(
        &self,
        chars: &[char],
        tokens: &[Token<'_>],
        hits: &[Hit],
        in_url: &[bool],
        part: Part,
    ) -> Vec<(Range<usize>, Kind, bool)> {
        let mut gaz = vec![None; tokens.len()];
        let mut blocked = in_url.to_vec();
        let mut h = 0;
        for (i, t) in tokens.iter().enumerate() {
            while h < hits.len() && hits[h].end <= t.start {
                h += 1;
            }
            if let Some(hit) = hits.get(h).filter(|hit| hit.start < t.end) {
                if hit.start <= t.start && hit.end >= t.end {
                    gaz[i] = Some(self.known.kind(hit.entry));
                } else {
                    blocked[i] = true;
                }
            }
        }
        let named = |t: &&Token<'_>| t.cap && !t.initial;
        // Sized for every such word at once: growing it rehashes each word again.
        let mut capitalised = fast::HashedSet::with_capacity_and_hasher(
            tokens.iter().filter(named).count(),
            std::hash::BuildHasherDefault::default(),
        );
        capitalised.extend(tokens.iter().filter(named).map(Token::hashed));
        let cx = discover::Context {
            chars,
            tokens,
            gazetteer: &gaz,
            blocked: &blocked,
            capitalised: &capitalised,
            english: lone::reads_as_english(tokens),
        };
        discover::discover(&cx)
            .into_iter()
            .map(|c| {
                let stands = matches!(part, Part::Title { .. }) && kinds::stands_in_title(&cx, &c);
                (
                    tokens[c.first].start..tokens[c.last - 1].end,
                    c.kind,
                    stands,
                )
            })
            .collect()
    }
}

/// The quotes in `chars`, their speakers among `works`.
fn quotes_of(
    chars: &[char],
    tokens: &[Token<'_>],
    quote_marks: &[(usize, char)],
    body: &[Mention],
    works: &[Work],
) -> Vec<Quote> {
    let placed: Vec<quotes::Placed> = body
        .iter()
        .map(|m| quotes::Placed {
            start: m.start,
            end: m.end,
            actor: m.actor,
            kind: works[m.actor].kind,
        })
        .collect();
    quotes::find(chars, tokens, quote_marks, &placed)
        .into_iter()
        .map(|q| Quote {
            speaker: works[q.speaker].name.clone(),
            text: chars[q.start..q.end].iter().collect(),
            start: to_u32(q.start),
            end: to_u32(q.end),
        })
        .collect()
}

/// The discovered actor named `text` (merged with one of the same folded name). `key`
/// is a buffer for the folded name: most names are mentioned again, and a name already
/// known costs no allocation.
fn intern_discovered(
    works: &mut Vec<Work>,
    index: &mut HashMap<String, usize>,
    text: &[char],
    kind: Kind,
    key: &mut String,
) -> usize {
    fold::fold_into(text, key);
    if let Some(&i) = index.get(key.as_str()) {
        // A person cue beats a guess of place from a preposition (not an organisation's
        // cue: frontman for Midnight Shine, then Midnight Shine CDs).
        if works[i].discovered && kind == Kind::Person && works[i].kind == Kind::Place {
            works[i].kind = kind;
        }
        return i;
    }
    works.push(Work {
        key: key.clone(),
        name: text.iter().collect(),
        kind,
        description: String::new(),
        discovered: true,
    });
    index.insert(key.clone(), works.len() - 1);
    works.len() - 1
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
