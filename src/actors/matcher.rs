//! Finding gazetteer actors in a text, leftmost-longest, whole words only.
//!
//! Every alias is split into folded words by the same tokenizer as the text. A match
//! can only start where a word starts, so instead of an automaton over every byte the
//! matcher keys each alias by its first word: at each word of the text one hash lookup
//! gives the aliases that could start there, longest first, and the first whose words,
//! separators and capitals all fit wins. This is the leftmost-longest whole-word match
//! an Aho-Corasick automaton over the aliases would give, and reads each word once. See
//! DESIGN notes in `BENCHMARKS.md` (Actors).
//!
//! The compiled form is a handful of flat arrays (every word in one string, index
//! ranges into it, an open-addressing table of first words), so that
//! [`super::compiled`] can keep it in a cache file and read it back without an
//! allocation per alias.

use std::ops::Range;

use super::alias::{article_variant, capitals, words_of};
use super::fast::{self, FastMap, FastSet, Hashed, HashedSet};
use super::fold::fold;
use super::gazetteer::{Entry, GazetteerError};
use super::tokens::Token;

/// A range of `u32` indexes: bytes of [`Matcher::text`], or items of another array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) start: u32,
    pub(super) end: u32,
}

impl Span {
    pub(super) fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub(super) fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }
}

/// One way an alias can be read: as a name of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Target {
    pub(super) entry: u32,
    pub(super) weak: bool,
    /// Bit `i` set: the alias's letter `i` must be a capital in the text (letters past
    /// the 64th are not checked).
    pub(super) capitals: u64,
}

/// An alias as words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Alias {
    /// Its folded words after the first: items of `words`.
    pub(super) rest: Span,
    /// The folded separators before each of those words (items of `words`, as many),
    /// or an empty span when they are all one space, as in nearly every alias.
    pub(super) gaps: Span,
    /// The entries it names: items of `targets`.
    pub(super) targets: Span,
    /// [`second_hash`] of its second word (0 for a one-word alias): most candidates at a
    /// first word are told apart by one integer comparison, not a string's.
    pub(super) second: u32,
}

/// A first word of aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct First {
    /// The folded word: bytes of `text`.
    pub(super) word: Span,
    /// The aliases that start with it, most words first: items of `order`.
    pub(super) aliases: Span,
    /// Some alias starting with it can start with a lower-case letter (al-Shabaab):
    /// only these are tried at a lower-case word, which most words are.
    pub(super) lower: bool,
}

/// A hit before the weak-alias rule: its char span, the alias's targets, and which of
/// them (bit `k`: target `k`) the text's capitals fit.
#[derive(Debug, Clone, Copy)]
struct RawHit {
    start: usize,
    end: usize,
    targets: Span,
    fit: u32,
}

/// The compiled gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matcher {
    /// Every folded word and separator, one after the other.
    pub(super) text: String,
    /// Words and separators: byte ranges of `text`.
    pub(super) words: Vec<Span>,
    pub(super) aliases: Vec<Alias>,
    /// Alias indexes, grouped by first word.
    pub(super) order: Vec<u32>,
    pub(super) firsts: Vec<First>,
    /// `firsts` by the hash of their words; rebuilt, never read from a file.
    pub(super) table: fast::Slots,
    pub(super) targets: Vec<Target>,
    /// Each entry's context phrases: items of `phrases`.
    pub(super) contexts: Vec<Span>,
    /// A context phrase: items of `words`.
    pub(super) phrases: Vec<Span>,
}

/// A gazetteer actor found in the text: `start..end` in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The entry's index in the gazetteer.
    pub entry: u32,
    /// Found by a weak alias (with evidence from the rest of the article).
    pub weak: bool,
}

/// An alias while compiling.
struct Draft {
    first: String,
    rest: Vec<String>,
    gaps: Vec<String>,
    targets: Vec<Target>,
}

/// A word's 32-bit hash, never 0, from its [`fast::word_hash`].
fn second_hash(hash: u64) -> u32 {
    // Folding the halves together; truncation is intended.
    #[allow(clippy::cast_possible_truncation)]
    let h = (hash ^ (hash >> 32)) as u32;
    h.max(1)
}

/// Appends `s` to `text`: where it now stands, in bytes.
pub(super) fn append(text: &mut String, s: &str) -> Result<Span, GazetteerError> {
    let start = to_u32(text.len())?;
    text.push_str(s);
    Ok(Span {
        start,
        end: to_u32(text.len())?,
    })
}

fn to_u32(n: usize) -> Result<u32, GazetteerError> {
    u32::try_from(n).map_err(|_| GazetteerError::Invalid {
        path: "the gazetteer".into(),
        message: "too large to compile".into(),
    })
}

impl Matcher {
    /// Compiles `entries`.
    pub fn new(entries: &[Entry]) -> Result<Matcher, GazetteerError> {
        let mut index: FastMap<String, usize> = FastMap::default();
        let mut drafts: Vec<Draft> = Vec::with_capacity(entries.len() * 3);
        for (i, entry) in entries.iter().enumerate() {
            let entry_id = to_u32(i)?;
            let strong = std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .map(|a| (a.as_str(), false));
            // "National Democratic Congress (Ghana)" is also named without its
            // disambiguator, where the article gives evidence for it.
            let bare = entry
                .name
                .strip_suffix(')')
                .and_then(|n| n.rsplit_once(" ("))
                .map(|(bare, _)| (bare, true));
            let weak = entry.weak.iter().map(|a| (a.as_str(), true)).chain(bare);
            let with_variants = strong.chain(weak).flat_map(|(alias, weak)| {
                let variant = article_variant(alias).map(|v| (std::borrow::Cow::Owned(v), weak));
                std::iter::once((std::borrow::Cow::Borrowed(alias), weak)).chain(variant)
            });
            for (alias, weak) in with_variants {
                let alias: &str = &alias;
                let folded = fold(alias.trim());
                if !weak && folded.chars().count() < 2 {
                    continue;
                }
                let slot = if let Some(&slot) = index.get(&folded) {
                    slot
                } else {
                    let Some((first, rest, gaps)) = words_of(alias) else {
                        continue;
                    };
                    drafts.push(Draft {
                        first,
                        rest,
                        gaps,
                        targets: Vec::new(),
                    });
                    index.insert(folded, drafts.len() - 1);
                    drafts.len() - 1
                };
                let targets = &mut drafts[slot].targets;
                if !targets.iter().any(|t| t.entry == entry_id) {
                    targets.push(Target {
                        entry: entry_id,
                        weak,
                        capitals: capitals(alias),
                    });
                }
            }
        }
        let mut m = Matcher {
            text: String::new(),
            words: Vec::new(),
            aliases: Vec::with_capacity(drafts.len()),
            order: Vec::with_capacity(drafts.len()),
            firsts: Vec::new(),
            table: fast::Slots::default(),
            targets: Vec::new(),
            contexts: Vec::with_capacity(entries.len()),
            phrases: Vec::new(),
        };
        let mut by_first: FastMap<&str, Vec<u32>> = FastMap::default();
        for (a, draft) in drafts.iter().enumerate() {
            let rest = m.push_words(draft.rest.iter().map(String::as_str))?;
            let gaps = m.push_words(draft.gaps.iter().map(String::as_str))?;
            let start = to_u32(m.targets.len())?;
            // At most 32 entries per alias: the fitting ones are a 32-bit mask.
            m.targets.extend(draft.targets.iter().take(32));
            let targets = Span {
                start,
                end: to_u32(m.targets.len())?,
            };
            m.aliases.push(Alias {
                rest,
                gaps,
                targets,
                // Filled in by `build_table`, with this process's word hash.
                second: 0,
            });
            by_first.entry(&draft.first).or_default().push(to_u32(a)?);
        }
        // Sorted, so that the same gazetteer always compiles to the same bytes.
        let mut firsts: Vec<(&str, Vec<u32>)> = by_first.into_iter().collect();
        firsts.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (word, mut list) in firsts {
            list.sort_by_key(|&a| std::cmp::Reverse(m.aliases[a as usize].rest.len()));
            let lower = list.iter().any(|&a| {
                m.targets[m.aliases[a as usize].targets.range()]
                    .iter()
                    .any(|t| t.capitals & 1 == 0)
            });
            let start = to_u32(m.order.len())?;
            m.order.extend_from_slice(&list);
            let aliases = Span {
                start,
                end: to_u32(m.order.len())?,
            };
            let word = m.push_text(word)?;
            m.firsts.push(First {
                word,
                aliases,
                lower,
            });
        }
        m.build_table();
        for e in entries {
            let start = to_u32(m.phrases.len())?;
            for phrase in &e.context {
                if let Some((first, rest, _)) = words_of(phrase) {
                    let words =
                        std::iter::once(first.as_str()).chain(rest.iter().map(String::as_str));
                    let span = m.push_words(words)?;
                    m.phrases.push(span);
                }
            }
            let end = to_u32(m.phrases.len())?;
            m.contexts.push(Span { start, end });
        }
        Ok(m)
    }

    /// Fills [`Matcher::table`] from `firsts`, and each alias's [`Alias::second`]. Both
    /// hold word hashes, whose basis is random per process ([`fast::word_basis`]), so
    /// they are never read from a file; and a probe always meets an empty slot.
    pub(super) fn build_table(&mut self) {
        let hashes: Vec<u64> = self
            .firsts
            .iter()
            .map(|f| fast::word_hash(&self.text[f.word.range()]))
            .collect();
        self.table = fast::Slots::new(&hashes);
        for alias in &mut self.aliases {
            alias.second = self
                .words
                .get(alias.rest.start as usize)
                .filter(|_| alias.rest.len() > 0)
                .map_or(0, |w| second_hash(fast::word_hash(&self.text[w.range()])));
        }
    }

    /// Appends `s` to the text.
    fn push_text(&mut self, s: &str) -> Result<Span, GazetteerError> {
        append(&mut self.text, s)
    }

    /// Appends words, one after the other in `words`.
    fn push_words<'a>(
        &mut self,
        words: impl Iterator<Item = &'a str>,
    ) -> Result<Span, GazetteerError> {
        let start = to_u32(self.words.len())?;
        for w in words {
            let span = self.push_text(w)?;
            self.words.push(span);
        }
        Ok(Span {
            start,
            end: to_u32(self.words.len())?,
        })
    }

    /// Item `i` of `words`.
    fn word(&self, i: usize) -> &str {
        &self.text[self.words[i].range()]
    }

    /// The aliases starting with the folded word whose [`fast::word_hash`] is `hash`
    /// and for which `is_word` holds.
    fn first(&self, hash: u64, is_word: impl Fn(&str) -> bool) -> Option<&First> {
        let found = self.table.find(hash, |i| {
            self.firsts
                .get(i)
                .is_some_and(|f| is_word(&self.text[f.word.range()]))
        });
        self.firsts.get(found?)
    }

    /// The aliases starting with the folded `word`.
    fn first_of(&self, word: &str) -> Option<&First> {
        self.first(fast::word_hash(word), |w| w == word)
    }

    /// Every gazetteer actor in `chars` (its words `tokens`), in order, none
    /// overlapping, none in a `blocked` token (a URL).
    pub fn find(&self, chars: &[char], tokens: &[Token<'_>], blocked: &[bool]) -> Vec<Hit> {
        let mut raw: Vec<RawHit> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if blocked[i] {
                i += 1;
                continue;
            }
            if let Some((words, found)) = self.longest_at(chars, tokens, blocked, i) {
                raw.push(found);
                i += words;
                continue;
            }
            // Trump-Putin, Russia-backed: the parts of a hyphenated word.
            let t = &tokens[i];
            if t.hyphenated {
                self.hyphen_parts(chars, t, &mut raw);
            }
            i += 1;
        }
        self.resolve(&raw, tokens)
    }

    /// The longest alias starting at token `i`: how many words it takes, and the hit.
    fn longest_at(
        &self,
        chars: &[char],
        tokens: &[Token<'_>],
        blocked: &[bool],
        i: usize,
    ) -> Option<(usize, RawHit)> {
        let t0 = &tokens[i];
        let exact = self.first(t0.hash, |w| w == t0.word());
        // People’s in a text, Peoples in the gazetteer: a possessive may stand for a
        // plural (the New Nigeria People’s Party); the longer match of the two wins.
        let plural = (t0.possessive && t0.cap)
            .then(|| {
                let plural = |w: &str| is_plural(w, t0.word());
                self.first(fast::fnv1a_from(t0.hash, b"s"), plural)
            })
            .flatten();
        let a = exact.and_then(|f| self.longest_in(f, false, chars, tokens, blocked, i));
        let b = plural.and_then(|f| self.longest_in(f, true, chars, tokens, blocked, i));
        match (a, b) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// The longest alias of `first` at token `i`; `first_plural` when the token's
    /// possessive was read as a plural to find it.
    fn longest_in(
        &self,
        first: &First,
        first_plural: bool,
        chars: &[char],
        tokens: &[Token<'_>],
        blocked: &[bool],
        i: usize,
    ) -> Option<(usize, RawHit)> {
        let t0 = &tokens[i];
        if !t0.cap && !first.lower {
            return None;
        }
        // A possessive second word may be read as a plural: no quick filter then.
        let second = tokens
            .get(i + 1)
            .filter(|t| !t.possessive)
            .map_or(0, |t| second_hash(t.hash));
        'alias: for &a in &self.order[first.aliases.range()] {
            let alias = self.aliases[a as usize];
            let n = alias.rest.len();
            if i + n >= tokens.len()
                || (n > 0 && second != 0 && alias.second != second && !first_plural)
            {
                continue;
            }
            let mut plural = first_plural;
            // The token of the alias's latest word.
            let mut at = i;
            for k in 0..n {
                let word = self.word(alias.rest.start as usize + k);
                let gap = if alias.gaps.len() == n {
                    self.word(alias.gaps.start as usize + k)
                } else {
                    " "
                };
                let prev = &tokens[at];
                // After a possessive read as a plural (People’s) or a plural's bare
                // apostrophe (Governors’ Forum), the apostrophe and s are not the gap.
                let after = prev.end + possessive_len(chars, prev, plural);
                at += 1;
                if after > prev.end && tokens.get(at).is_some_and(|t| t.start < after) {
                    at += 1; // the s of ’s
                }
                let Some(t) = tokens.get(at) else {
                    continue 'alias;
                };
                plural = *t.folded != *word;
                // A gap written with the apostrophe (Governors' Forum) fits as it is.
                let gap_ok = after <= t.start && gap_fits(&chars[after..t.start], gap)
                    || after > prev.end && gap_fits(&chars[prev.end..t.start], gap);
                if blocked[at]
                    || (plural && !(t.possessive && is_plural(word, t.word())))
                    || !gap_ok
                {
                    continue 'alias;
                }
            }
            let span = tokens[i].start..tokens[at].end;
            let fit = self.fitting(alias.targets, &chars[span.clone()]);
            if fit != 0 {
                let hit = RawHit {
                    start: span.start,
                    end: span.end,
                    targets: alias.targets,
                    fit,
                };
                return Some((at - i + 1, hit));
            }
        }
        None
    }

    /// One-word aliases among the parts of a hyphenated word.
    fn hyphen_parts(&self, chars: &[char], t: &Token<'_>, raw: &mut Vec<RawHit>) {
        let mut start = t.start;
        for part in t.folded.split('-') {
            let len = chars[start..t.end]
                .iter()
                .position(|&c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
                .unwrap_or(t.end - start);
            if let Some(first) = self.first_of(part) {
                for &a in &self.order[first.aliases.range()] {
                    let alias = self.aliases[a as usize];
                    if alias.rest.len() != 0 {
                        continue;
                    }
                    let fit = self.fitting(alias.targets, &chars[start..start + len]);
                    if fit != 0 {
                        raw.push(RawHit {
                            start,
                            end: start + len,
                            targets: alias.targets,
                            fit,
                        });
                        break;
                    }
                }
            }
            start += len + 1;
            if start >= t.end {
                break;
            }
        }
    }

    /// Which of `targets` (bit `k`: the `k`th) the capitals of the matched text fit.
    fn fitting(&self, targets: Span, span: &[char]) -> u32 {
        // Bit i: letter i of the text is a capital; letters the text lacks count as
        // capitals.
        let mut upper = u64::MAX;
        for (i, c) in span
            .iter()
            .filter(|c| c.is_alphabetic())
            .take(64)
            .enumerate()
        {
            if !c.is_uppercase() {
                upper &= !(1 << i);
            }
        }
        let mut fit = 0;
        for (k, t) in self.targets[targets.range()].iter().enumerate() {
            if t.capitals & !upper == 0 {
                fit |= 1 << k;
            }
        }
        fit
    }

    /// The targets of a raw hit that fit.
    fn fitting_targets(&self, hit: &RawHit) -> impl Iterator<Item = &Target> {
        self.targets[hit.targets.range()]
            .iter()
            .enumerate()
            .filter(move |(k, _)| hit.fit & (1 << k) != 0)
            .map(|(_, t)| t)
    }

    /// Applies the weak-alias rule and picks one entry per hit.
    fn resolve(&self, raw: &[RawHit], tokens: &[Token<'_>]) -> Vec<Hit> {
        let strong: FastSet<u32> = raw
            .iter()
            .flat_map(|h| self.fitting_targets(h).filter(|t| !t.weak).map(|t| t.entry))
            .collect();
        let mut context_cache: FastMap<u32, bool> = FastMap::default();
        // The text's words, made the first time a weak alias needs its context.
        let mut words: Option<HashedSet<'_>> = None;
        let mut evidence = |entry: u32| {
            strong.contains(&entry)
                || *context_cache.entry(entry).or_insert_with(|| {
                    let words =
                        words.get_or_insert_with(|| tokens.iter().map(Token::hashed).collect());
                    self.contexts.get(entry as usize).is_some_and(|phrases| {
                        self.phrases[phrases.range()]
                            .iter()
                            .any(|&p| self.contains_phrase(tokens, words, p))
                    })
                })
        };
        let mut hits = Vec::with_capacity(raw.len());
        for hit in raw {
            let mut strong_targets = self.fitting_targets(hit).filter(|t| !t.weak);
            let entry = match (strong_targets.next(), strong_targets.next()) {
                (Some(only), None) => Some((only.entry, false)),
                _ => self
                    .fitting_targets(hit)
                    .find(|t| evidence(t.entry))
                    .map(|t| (t.entry, t.weak)),
            };
            if let Some((entry, weak)) = entry {
                hits.push(Hit {
                    start: hit.start,
                    end: hit.end,
                    entry,
                    weak,
                });
            }
        }
        hits
    }

    /// Whether the words `phrase` (items of `words`) appear in a row in `tokens`, whose
    /// words are `in_text`.
    fn contains_phrase(&self, tokens: &[Token<'_>], in_text: &HashedSet<'_>, phrase: Span) -> bool {
        let phrase = phrase.range();
        if phrase.is_empty()
            || !phrase
                .clone()
                .all(|p| in_text.contains(&Hashed::of(self.word(p))))
        {
            return false;
        }
        phrase.len() == 1
            || tokens.windows(phrase.len()).any(|w| {
                w.iter()
                    .zip(phrase.clone())
                    .all(|(t, p)| *t.folded == *self.word(p))
            })
    }
}

/// Whether `word` is `stem` and an s.
fn is_plural(word: &str, stem: &str) -> bool {
    word.len() == stem.len() + 1 && word.starts_with(stem) && word.ends_with('s')
}

/// How many chars after the possessive word `t` belong to it when matching: ’s after
/// a word read as a plural, a bare ’ after a word ending in s; else none.
fn possessive_len(chars: &[char], t: &Token<'_>, plural: bool) -> usize {
    if !t.possessive
        || !chars
            .get(t.end)
            .is_some_and(|&c| super::fold::is_apostrophe(c))
    {
        return 0;
    }
    let s_after = chars
        .get(t.end + 1)
        .is_some_and(|&c| matches!(c, 's' | 'S'));
    match (plural, s_after) {
        (true, true) => 2,
        (false, false) if t.word().ends_with('s') => 1,
        _ => 0,
    }
}

/// Whether the text between two words is the alias's separator (folded).
fn gap_fits(text: &[char], gap: &str) -> bool {
    if gap == " " {
        return matches!(text, [' ' | '\u{a0}']);
    }
    let mut folded = String::with_capacity(text.len());
    super::fold::fold_into(text, &mut folded);
    folded == gap
}

/// Char ranges → which tokens fall in them.
pub fn blocked_tokens(tokens: &[Token<'_>], ranges: &[Range<usize>]) -> Vec<bool> {
    tokens
        .iter()
        .map(|t| ranges.iter().any(|u| u.start < t.end && t.start < u.end))
        .collect()
}
