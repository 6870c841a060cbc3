//! Finding gazetteer actors in a text: one Aho-Corasick automaton over every folded
//! alias, leftmost-longest, then checks the automaton cannot make — whole words, the
//! alias's capitals, not inside a URL — and the weak-alias rule.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use super::fold::{Folded, fold, is_combining};
use super::gazetteer::{Entry, GazetteerError};

/// One way a pattern can be read: as an alias of an entry.
#[derive(Debug, Clone)]
struct Target {
    entry: u32,
    weak: bool,
    /// Indexes, among the alias's letters, of those that must be capitals in the text.
    capitals: Vec<u16>,
}

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Matcher {
    ac: AhoCorasick,
    targets: Vec<Vec<Target>>,
    /// Each entry's context words, folded.
    context: Vec<Vec<String>>,
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

impl Matcher {
    /// Compiles `entries`.
    pub fn new(entries: &[Entry]) -> Result<Matcher, GazetteerError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let strong = std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .map(|a| (a, false));
            let weak = entry.weak.iter().map(|a| (a, true));
            for (alias, weak) in strong.chain(weak) {
                let folded = fold(alias.trim());
                if folded.chars().count() < 2 && !weak {
                    continue;
                }
                if folded.is_empty() {
                    continue;
                }
                let slot = *index.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
                    targets.push(Vec::new());
                    patterns.len() - 1
                });
                let entry = u32::try_from(i).unwrap_or(u32::MAX);
                if targets[slot].iter().any(|t| t.entry == entry) {
                    continue;
                }
                targets[slot].push(Target {
                    entry,
                    weak,
                    capitals: capitals(alias),
                });
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .map_err(|e| GazetteerError::Invalid {
                path: "the gazetteer".into(),
                message: e.to_string(),
            })?;
        let context = entries
            .iter()
            .map(|e| e.context.iter().map(|w| fold(w)).collect())
            .collect();
        Ok(Matcher {
            ac,
            targets,
            context,
        })
    }

    /// Every gazetteer actor in `chars` (folded as `folded`), in order, none
    /// overlapping and none inside `urls` (char ranges).
    pub fn find(&self, chars: &[char], folded: &Folded, urls: &[Range<usize>]) -> Vec<Hit> {
        let hay = folded.text.as_str();
        let mut raw: Vec<(usize, usize, Vec<&Target>)> = Vec::new();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(first) = self.ac.find(Input::new(hay).range(pos..)) else {
                break;
            };
            let mut candidate = Some(first);
            let mut accepted = None;
            while let Some(m) = candidate {
                if let Some(found) =
                    self.check(m.pattern().as_usize(), m.range(), chars, folded, urls)
                {
                    accepted = Some((m.end(), found));
                    break;
                }
                // The longest alias did not fit; a shorter one at the same place may.
                candidate = (m.len() > 1)
                    .then(|| {
                        self.ac.find(
                            Input::new(hay)
                                .range(m.start()..m.end() - 1)
                                .anchored(Anchored::Yes),
                        )
                    })
                    .flatten();
            }
            match accepted {
                Some((end, found)) => {
                    raw.push(found);
                    pos = end;
                }
                None => {
                    pos = first.start()
                        + hay[first.start()..]
                            .chars()
                            .next()
                            .map_or(1, char::len_utf8);
                }
            }
        }
        self.resolve(raw, folded)
    }

    /// The targets of pattern `pattern` that accept the text at folded `range`.
    fn check(
        &self,
        pattern: usize,
        range: Range<usize>,
        chars: &[char],
        folded: &Folded,
        urls: &[Range<usize>],
    ) -> Option<(usize, usize, Vec<&Target>)> {
        let start = folded.orig(range.start);
        let end = folded.orig(range.end);
        if start >= end || end > chars.len() {
            return None;
        }
        let is_word = |c: char| c.is_alphanumeric() || is_combining(c);
        if start > 0 && is_word(chars[start - 1]) {
            return None;
        }
        if end < chars.len() && is_word(chars[end]) {
            return None;
        }
        if urls.iter().any(|u| u.contains(&start)) {
            return None;
        }
        let letters: Vec<bool> = chars[start..end]
            .iter()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.is_uppercase())
            .collect();
        let fits: Vec<&Target> = self.targets[pattern]
            .iter()
            .filter(|t| {
                t.capitals
                    .iter()
                    .all(|&i| letters.get(usize::from(i)).copied().unwrap_or(true))
            })
            .collect();
        (!fits.is_empty()).then_some((start, end, fits))
    }

    /// Applies the weak-alias rule and picks one entry per hit.
    fn resolve(&self, raw: Vec<(usize, usize, Vec<&Target>)>, folded: &Folded) -> Vec<Hit> {
        let strong: std::collections::HashSet<u32> = raw
            .iter()
            .flat_map(|(_, _, ts)| ts.iter().filter(|t| !t.weak).map(|t| t.entry))
            .collect();
        let mut context_cache: HashMap<u32, bool> = HashMap::new();
        let mut evidence = |entry: u32| {
            strong.contains(&entry)
                || *context_cache.entry(entry).or_insert_with(|| {
                    self.context
                        .get(entry as usize)
                        .is_some_and(|words| words.iter().any(|w| contains_word(&folded.text, w)))
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
                let mut with_evidence = targets.iter().map(|t| t.entry).filter(|&e| evidence(e));
                with_evidence.next()
            };
            if let Some(entry) = entry {
                hits.push(Hit { start, end, entry });
            }
        }
        hits
    }
}

/// Letter indexes of the capitals the text must have for `alias`: every letter of a
/// short acronym (US is not "us"), else the capitals that start a word (WhatsApp
/// matches "Whatsapp", INEC matches "Inec", Turkey never matches "turkey").
fn capitals(alias: &str) -> Vec<u16> {
    let letters: Vec<(bool, bool)> = {
        let mut prev: Option<char> = None;
        alias
            .chars()
            .filter_map(|c| {
                let starts = prev.is_none_or(|p| !p.is_alphabetic());
                prev = Some(c);
                c.is_alphabetic().then_some((c.is_uppercase(), starts))
            })
            .collect()
    };
    let short_acronym = letters.len() <= 3 && letters.iter().all(|(upper, _)| *upper);
    letters
        .iter()
        .enumerate()
        .filter(|(_, (upper, starts))| *upper && (short_acronym || *starts))
        .map(|(i, _)| u16::try_from(i).unwrap_or(u16::MAX))
        .collect()
}

/// Whether folded `hay` holds folded `word` as a whole word.
pub fn contains_word(hay: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
