//! Finding gazetteer actors in a text, leftmost-longest, whole words only.
//!
//! Every alias is split into folded words by the same tokenizer as the text. A match
//! can only start where a word starts, so instead of an automaton over every byte the
//! matcher keys each alias by its first word: at each word of the text one hash lookup
//! gives the aliases that could start there, longest first, and the first whose words,
//! separators and capitals all fit wins. This is the leftmost-longest whole-word match
//! an Aho-Corasick automaton over the aliases would give, but it is built in about a
//! millisecond (the automaton took 16 ms for 7,000 aliases and cannot be cached) and
//! reads each word once. See DESIGN notes in `BENCHMARKS.md` (Actors).

use std::ops::Range;

use super::fast::{FastMap, FastSet};
use super::fold::fold;
use super::gazetteer::{Entry, GazetteerError};
use super::tokens::{Token, tokenize};

/// One way an alias can be read: as a name of an entry.
#[derive(Debug, Clone)]
struct Target {
    entry: u32,
    weak: bool,
    /// Bit `i` set: the alias's letter `i` must be a capital in the text (letters past
    /// the 64th are not checked).
    capitals: u64,
}

/// An alias as words.
#[derive(Debug)]
struct Alias {
    /// Folded words after the first.
    rest: Vec<Box<str>>,
    /// Folded separators before each word of `rest`; empty when they are all one
    /// space, as in nearly every alias.
    gaps: Vec<Box<str>>,
    targets: Vec<Target>,
}

/// A hit before the weak-alias rule: its char span and the entries it may be.
type RawHit<'a> = (usize, usize, Vec<&'a Target>);

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Matcher {
    /// First word → aliases starting with it, most words first.
    by_first: FastMap<Box<str>, Vec<u32>>,
    /// First words of aliases that can start with a lower-case letter (al-Shabaab):
    /// the only ones looked up for a lower-case word, which most words are.
    lower_first: FastSet<Box<str>>,
    aliases: Vec<Alias>,
    /// Each entry's context phrases, as folded words.
    context: Vec<Vec<Vec<Box<str>>>>,
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
}

/// An alias's folded first word, its other words, and the separators before them.
type Words = (Box<str>, Vec<Box<str>>, Vec<Box<str>>);

/// An alias split into folded words and the folded separators between them.
fn words_of(alias: &str) -> Option<Words> {
    let alias = alias.trim();
    // Most aliases are letters and single spaces: no need for the tokenizer.
    if !alias.is_empty()
        && !alias.contains("  ")
        && alias
            .chars()
            .all(|c| c == ' ' || (c.is_alphabetic() && !super::fold::is_combining(c)))
    {
        let folded = fold(alias);
        let mut words = folded.split(' ').map(Box::<str>::from);
        let first = words.next()?;
        return Some((first, words.collect(), Vec::new()));
    }
    let chars: Vec<char> = alias.chars().collect();
    let tokens = tokenize(alias, &chars);
    let (first, rest) = tokens.split_first()?;
    let mut words: Vec<Box<str>> = Vec::with_capacity(rest.len());
    let mut gaps: Vec<Box<str>> = Vec::with_capacity(rest.len());
    let mut prev = first.end;
    for t in rest {
        gaps.push(fold(&chars[prev..t.start].iter().collect::<String>()).into());
        words.push(t.word().into());
        prev = t.end;
    }
    if gaps.iter().all(|g| &**g == " ") {
        gaps.clear();
    }
    Some((first.word().into(), words, gaps))
}

impl Matcher {
    /// Compiles `entries`.
    pub fn new(entries: &[Entry]) -> Result<Matcher, GazetteerError> {
        let mut index: FastMap<String, u32> = FastMap::with_capacity_and_hasher(
            entries.len() * 3,
            std::hash::BuildHasherDefault::default(),
        );
        let mut aliases: Vec<Alias> = Vec::with_capacity(entries.len() * 3);
        let mut by_first: FastMap<Box<str>, Vec<u32>> = FastMap::with_capacity_and_hasher(
            entries.len() * 3,
            std::hash::BuildHasherDefault::default(),
        );
        for (i, entry) in entries.iter().enumerate() {
            let entry_id = u32::try_from(i).map_err(|_| GazetteerError::Invalid {
                path: "the gazetteer".into(),
                message: "too many entries".into(),
            })?;
            let strong = std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .map(|a| (a, false));
            let weak = entry.weak.iter().map(|a| (a, true));
            for (alias, weak) in strong.chain(weak) {
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
                    aliases.push(Alias {
                        rest,
                        gaps,
                        targets: Vec::new(),
                    });
                    let id = u32::try_from(aliases.len() - 1).unwrap_or(u32::MAX);
                    by_first.entry(first).or_default().push(id);
                    index.insert(folded, id);
                    id
                };
                let targets = &mut aliases[slot as usize].targets;
                if !targets.iter().any(|t| t.entry == entry_id) {
                    targets.push(Target {
                        entry: entry_id,
                        weak,
                        capitals: capitals(alias),
                    });
                }
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&a| std::cmp::Reverse(aliases[a as usize].rest.len()));
        }
        let lower_first = by_first
            .iter()
            .filter(|(_, list)| {
                list.iter().any(|&a| {
                    aliases[a as usize]
                        .targets
                        .iter()
                        .any(|t| t.capitals & 1 == 0)
                })
            })
            .map(|(first, _)| first.clone())
            .collect();
        let context = entries
            .iter()
            .map(|e| {
                e.context
                    .iter()
                    .filter_map(|w| {
                        words_of(w).map(|(first, mut rest, _)| {
                            rest.insert(0, first);
                            rest
                        })
                    })
                    .collect()
            })
            .collect();
        Ok(Matcher {
            by_first,
            lower_first,
            aliases,
            context,
        })
    }

    /// Every gazetteer actor in `chars` (its words `tokens`), in order, none
    /// overlapping, none in a `blocked` token (a URL).
    pub fn find(&self, chars: &[char], tokens: &[Token<'_>], blocked: &[bool]) -> Vec<Hit> {
        let mut raw: Vec<RawHit<'_>> = Vec::new();
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
            if t.folded.contains('-') {
                self.hyphen_parts(chars, t, &mut raw);
            }
            i += 1;
        }
        self.resolve(raw, tokens)
    }

    /// The longest alias starting at token `i`: how many words it takes, and the hit.
    fn longest_at(
        &self,
        chars: &[char],
        tokens: &[Token<'_>],
        blocked: &[bool],
        i: usize,
    ) -> Option<(usize, RawHit<'_>)> {
        let word = tokens[i].word();
        if !tokens[i].cap && !self.lower_first.contains(word) {
            return None;
        }
        let candidates = self.by_first.get(word)?;
        'alias: for &a in candidates {
            let alias = &self.aliases[a as usize];
            let last = i + alias.rest.len();
            if last >= tokens.len() {
                continue;
            }
            for (k, word) in alias.rest.iter().enumerate() {
                let gap = alias.gaps.get(k).map_or(" ", |g| &**g);
                let (prev, t) = (&tokens[i + k], &tokens[i + k + 1]);
                if blocked[i + k + 1]
                    || *t.folded != **word
                    || !gap_fits(&chars[prev.end..t.start], gap)
                {
                    continue 'alias;
                }
            }
            let span = tokens[i].start..tokens[last].end;
            let fits = fitting(&alias.targets, &chars[span.clone()]);
            if !fits.is_empty() {
                return Some((alias.rest.len() + 1, (span.start, span.end, fits)));
            }
        }
        None
    }

    /// One-word aliases among the parts of a hyphenated word.
    fn hyphen_parts<'a>(&'a self, chars: &[char], t: &Token<'_>, raw: &mut Vec<RawHit<'a>>) {
        let mut start = t.start;
        for part in t.folded.split('-') {
            let len = chars[start..t.end]
                .iter()
                .position(|&c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
                .unwrap_or(t.end - start);
            if let Some(candidates) = self.by_first.get(part) {
                for &a in candidates {
                    let alias = &self.aliases[a as usize];
                    if !alias.rest.is_empty() {
                        continue;
                    }
                    let fits = fitting(&alias.targets, &chars[start..start + len]);
                    if !fits.is_empty() {
                        raw.push((start, start + len, fits));
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

    /// Applies the weak-alias rule and picks one entry per hit.
    fn resolve(&self, raw: Vec<RawHit<'_>>, tokens: &[Token<'_>]) -> Vec<Hit> {
        let strong: FastSet<u32> = raw
            .iter()
            .flat_map(|(_, _, ts)| ts.iter().filter(|t| !t.weak).map(|t| t.entry))
            .collect();
        let mut context_cache: FastMap<u32, bool> = FastMap::default();
        let mut evidence = |entry: u32| {
            strong.contains(&entry)
                || *context_cache.entry(entry).or_insert_with(|| {
                    self.context
                        .get(entry as usize)
                        .is_some_and(|phrases| phrases.iter().any(|p| contains_phrase(tokens, p)))
                })
        };
        let mut hits = Vec::with_capacity(raw.len());
        for (start, end, targets) in raw {
            let strong_targets: Vec<u32> = targets
                .iter()
                .filter(|t| !t.weak)
                .map(|t| t.entry)
                .collect();
            let entry = if let [only] = strong_targets.as_slice() {
                Some(*only)
            } else {
                targets.iter().map(|t| t.entry).find(|&e| evidence(e))
            };
            if let Some(entry) = entry {
                hits.push(Hit { start, end, entry });
            }
        }
        hits
    }
}

/// The targets whose capitals the matched text `span` has.
fn fitting<'a>(targets: &'a [Target], span: &[char]) -> Vec<&'a Target> {
    // Bit i: letter i of the text is a capital; letters the text lacks count as capitals.
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
    targets
        .iter()
        .filter(|t| t.capitals & !upper == 0)
        .collect()
}

/// Whether the text between two words is the alias's separator (folded).
fn gap_fits(text: &[char], gap: &str) -> bool {
    if gap == " " {
        return matches!(text, [' ' | '\u{a0}']);
    }
    let mut folded = String::with_capacity(text.len());
    for &c in text {
        super::fold::fold_char(c, &mut folded);
    }
    folded == gap
}

/// Whether the words `phrase` appear in a row in `tokens`.
fn contains_phrase(tokens: &[Token<'_>], phrase: &[Box<str>]) -> bool {
    !phrase.is_empty()
        && tokens
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(t, p)| *t.folded == **p))
}

/// Letter indexes of the capitals the text must have for `alias`: every letter of a
/// short acronym (US is not "us"), else the capitals that start a word (WhatsApp
/// matches "Whatsapp", INEC matches "Inec", Turkey never matches "turkey").
fn capitals(alias: &str) -> u64 {
    let (mut all_upper, mut word_starts, mut letters) = (0_u64, 0_u64, 0_u32);
    let mut prev: Option<char> = None;
    for c in alias.chars() {
        if c.is_alphabetic() {
            if letters < 64 && c.is_uppercase() {
                all_upper |= 1 << letters;
                if prev.is_none_or(|p| !p.is_alphabetic()) {
                    word_starts |= 1 << letters;
                }
            }
            letters += 1;
        }
        prev = Some(c);
    }
    let short_acronym = letters <= 3 && all_upper.count_ones() == letters;
    if short_acronym {
        all_upper
    } else {
        word_starts
    }
}

/// Char ranges → which tokens fall in them.
pub fn blocked_tokens(tokens: &[Token<'_>], ranges: &[Range<usize>]) -> Vec<bool> {
    tokens
        .iter()
        .map(|t| ranges.iter().any(|u| u.start < t.end && t.start < u.end))
        .collect()
}
