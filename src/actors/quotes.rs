//! Who said what: direct quotes attributed to their speakers (“…,” Zelenskyy said; X
//! told reporters “…”; “…,” he said), reported speech (Rubio remarked that …) and
//! "according to X".

use super::cues::{PRONOUNS, REPORT_VERBS, SPEECH_VERBS};
use super::gazetteer::Kind;
use super::tokens::Token;

/// An actor's mention, as quote attribution sees it.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The actor's index.
    pub actor: usize,
    /// Its kind.
    pub kind: Kind,
}

/// A quote found: `start..end` in chars, said by actor `speaker`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The actor's index.
    pub speaker: usize,
    /// First char of the quoted words.
    pub start: usize,
    /// One past the last.
    pub end: usize,
}

const ADVERBS: &[&str] = &[
    "also",
    "later",
    "previously",
    "repeatedly",
    "further",
    "again",
    "then",
    "reportedly",
    "publicly",
    "separately",
    "once",
    "earlier",
    "recently",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
];

struct Cx<'a> {
    chars: &'a [char],
    tokens: &'a [Token<'a>],
    mentions: &'a [Placed],
    /// Direct quotes' char ranges (with their marks).
    quoted: Vec<(usize, usize)>,
}

impl Cx<'_> {
    fn in_quote(&self, pos: usize) -> bool {
        // Quotes are in order and do not overlap: the last one opening before `pos`.
        let i = self.quoted.partition_point(|&(s, _)| s < pos);
        i > 0 && pos < self.quoted[i - 1].1
    }

    fn mention_at(&self, start: usize) -> Option<&Placed> {
        let i = self.mentions.partition_point(|m| m.start < start);
        self.mentions.get(i).filter(|m| m.start == start)
    }

    /// The first token at or after `pos`.
    fn token_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.start < pos);
        (i < self.tokens.len()).then_some(i)
    }

    /// The sentence start at or before `pos`.
    fn sentence_start(&self, pos: usize) -> usize {
        let mut j = pos;
        while j > 0 {
            let c = self.chars[j - 1];
            if c == '\n' {
                return j;
            }
            if matches!(c, '.' | '!' | '?')
                && self.chars.get(j).is_some_and(|c| c.is_whitespace())
                && !self.in_quote(j - 1)
                && !abbreviation_before(self.chars, j - 1)
            {
                return j;
            }
            j -= 1;
        }
        0
    }

    /// The sentence end at or after `pos` (before its full stop).
    fn sentence_end(&self, pos: usize) -> usize {
        let mut j = pos;
        while j < self.chars.len() {
            let c = self.chars[j];
            if c == '\n' {
                return j;
            }
            if matches!(c, '.' | '!' | '?')
                && self.chars.get(j + 1).is_none_or(|c| c.is_whitespace())
                && !abbreviation_before(self.chars, j)
            {
                return j;
            }
            j += 1;
        }
        self.chars.len()
    }

    /// A person mention that reads as a sentence's or clause's subject: after a sentence
    /// start or a comma, followed by a verb-like lower-case word.
    fn subject_like(&self, m: &Placed) -> bool {
        if m.kind != Kind::Person || self.in_quote(m.start) {
            return false;
        }
        let mut j = m.start;
        while j > 0 && self.chars[j - 1] == ' ' {
            j -= 1;
        }
        let opens = j == 0
            || matches!(self.chars[j - 1], ',' | '\n' | '.' | '“' | '"' | ';' | ':')
            || self.sentence_start(m.start) == m.start;
        let next = self.token_at(m.end);
        let verb_like = next.is_some_and(|k| {
            let t = &self.tokens[k];
            !t.cap
                && t.start - m.end <= 4
                && !matches!(t.word(), "and" | "or")
                && !self.chars[m.end..t.start].contains(&',')
        });
        opens && verb_like
    }

    /// Who "he" or "she" at `pos` is: the latest subject-like person before it.
    fn resolve_pronoun(&self, pos: usize) -> Option<usize> {
        let before = self.mentions[..self.mentions.partition_point(|m| m.start < pos)]
            .iter()
            .filter(|m| m.end <= pos);
        before
            .clone()
            .rev()
            .find(|m| self.subject_like(m))
            .or_else(|| {
                before
                    .rev()
                    .find(|m| m.kind == Kind::Person && !self.in_quote(m.start))
            })
            .map(|m| m.actor)
    }

    /// The speaker named at token `k`: a mention (after any title words), or a pronoun.
    fn speaker_at_token(&self, k: usize, person_only: bool) -> Option<(usize, usize)> {
        let mut k = k;
        // Skip title words: "Defense Minister Rustem Umerov said".
        while let Some(t) = self.tokens.get(k) {
            if self.mention_at(t.start).is_some() || PRONOUNS.has(t) {
                break;
            }
            if !t.cap || k > 0 && !t.joined {
                return None;
            }
            k += 1;
        }
        let t = self.tokens.get(k)?;
        if let Some(m) = self.mention_at(t.start) {
            if person_only && m.kind != Kind::Person {
                return None;
            }
            let after = self.token_at(m.end).unwrap_or(self.tokens.len());
            return Some((m.actor, after));
        }
        if PRONOUNS.has(t) {
            return Some((self.resolve_pronoun(t.start)?, k + 1));
        }
        None
    }
}

fn abbreviation_before(chars: &[char], dot: usize) -> bool {
    // "U.S." and single initials: a letter right before, and a dot or a word start two before.
    dot >= 1 && chars[dot - 1].is_alphabetic() && (dot < 2 || !chars[dot - 2].is_alphanumeric())
        || [
            "Dr", "Mr", "Mrs", "Ms", "Sen", "Gen", "Prof", "Hon", "St", "Rep", "Gov",
        ]
        .iter()
        .any(|a| {
            let n = a.chars().count();
            dot >= n
                && chars[dot - n..dot].iter().copied().eq(a.chars())
                && (dot == n || !chars[dot - n - 1].is_alphanumeric())
        })
}

/// Every attributed quote, in text order. `marks` are the quotation marks of `chars`
/// and their offsets, in order (see `marks.rs`).
pub fn find(
    chars: &[char],
    tokens: &[Token<'_>],
    marks: &[(usize, char)],
    mentions: &[Placed],
) -> Vec<Found> {
    let pairs = quote_pairs(marks);
    let cx = Cx {
        chars,
        tokens,
        mentions,
        quoted: pairs.clone(),
    };
    let mut out = Vec::new();
    for &(open, close) in &pairs {
        let (start, end) = trim(chars, open + 1, close);
        let words = chars[start..end]
            .split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .count();
        if words < 3 {
            continue;
        }
        if let Some(speaker) = speaker_after(&cx, close).or_else(|| speaker_before(&cx, open)) {
            out.push(Found {
                speaker,
                start,
                end,
            });
        }
    }
    reported(&cx, &mut out);
    according_to(&cx, &mut out);
    out.sort_by_key(|q| q.start);
    out.dedup_by_key(|q| q.start);
    out
}

/// Matching quotation marks: “…” and "…". An unclosed mark closes at the paragraph end.
fn quote_pairs(marks: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<usize> = None;
    for &(i, c) in marks {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i),
            ('”' | '"', Some(o)) => {
                pairs.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    pairs
}

/// The quoted words without surrounding spaces or a closing comma.
fn trim(chars: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && (chars[end - 1].is_whitespace() || chars[end - 1] == ',') {
        end -= 1;
    }
    (start, end)
}

/// “…,” Zelenskyy said / “…,” said Zelenskyy / “…,” he said.
fn speaker_after(cx: &Cx<'_>, close: usize) -> Option<usize> {
    let k = cx.token_at(close + 1)?;
    let t = &cx.tokens[k];
    let gap = &cx.chars[close + 1..t.start];
    if gap.len() > 3 || gap.iter().any(|c| matches!(c, '.' | '\n')) {
        return None;
    }
    if SPEECH_VERBS.has(t) {
        return cx.speaker_at_token(k + 1, false).map(|(a, _)| a);
    }
    let (actor, after) = cx.speaker_at_token(k, false)?;
    cx.tokens
        .get(after)
        .filter(|v| SPEECH_VERBS.has(v))
        .map(|_| actor)
}

/// X told reporters “…” / he stated, “…” / Trump suggested … “…”.
fn speaker_before(cx: &Cx<'_>, open: usize) -> Option<usize> {
    let from = cx.sentence_start(open);
    let first = cx.token_at(from).unwrap_or(cx.tokens.len());
    let verbs: Vec<usize> = (first..cx.token_at(open).unwrap_or(cx.tokens.len()))
        .filter(|&k| {
            let t = &cx.tokens[k];
            t.start >= from && t.end <= open && !cx.in_quote(t.start) && SPEECH_VERBS.has(t)
        })
        .collect();
    let &verb = verbs.last()?;
    // The subject before the verb: the sentence's first mention, or a pronoun.
    let verb_start = cx.tokens[verb].start;
    let subject = (0..verb)
        .rev()
        .take_while(|&k| cx.tokens[k].start >= from)
        .find_map(|k| {
            let t = &cx.tokens[k];
            if cx.in_quote(t.start) {
                return None;
            }
            if PRONOUNS.has(t) {
                return cx.resolve_pronoun(t.start);
            }
            None
        });
    let first_mention = cx
        .mentions
        .iter()
        .find(|m| m.start >= from && m.end <= verb_start && !cx.in_quote(m.start))
        .map(|m| m.actor);
    first_mention
        .or(subject)
        .or_else(|| cx.speaker_at_token(verb + 1, false).map(|(a, _)| a))
}

/// Rubio remarked that … (to the end of the sentence).
fn reported(cx: &Cx<'_>, out: &mut Vec<Found>) {
    for k in 1..cx.tokens.len().saturating_sub(1) {
        let t = &cx.tokens[k];
        if cx.tokens[k + 1].folded != "that" || !REPORT_VERBS.has(t) {
            continue;
        }
        if cx.in_quote(t.start) {
            continue;
        }
        let Some(speaker) = subject_of(cx, k) else {
            continue;
        };
        let start = cx.tokens[k + 1].end + 1;
        let end = cx.sentence_end(start);
        let (start, end) = trim(cx.chars, start.min(end), end);
        if end > start && !out.iter().any(|q| q.start < end && start < q.end) {
            out.push(Found {
                speaker,
                start,
                end,
            });
        }
    }
}

/// The subject of the verb at token `verb`: the mention or pronoun right before it
/// (adverbs skipped), else, after an aside between commas, the sentence's first person.
fn subject_of(cx: &Cx<'_>, verb: usize) -> Option<usize> {
    let mut k = verb;
    while k > 0 && ADVERBS.contains(&cx.tokens[k - 1].word()) {
        k -= 1;
    }
    let prev = &cx.tokens[k.checked_sub(1)?];
    let between = &cx.chars[prev.end..cx.tokens[k].start];
    if between.contains(&',') {
        let from = cx.sentence_start(prev.start);
        return cx
            .mentions
            .iter()
            .find(|m| m.start >= from && m.end <= prev.end && m.kind == Kind::Person)
            .map(|m| m.actor);
    }
    if PRONOUNS.has(prev) {
        return cx.resolve_pronoun(prev.start);
    }
    cx.mentions
        .iter()
        .find(|m| m.end >= prev.end && m.start <= prev.start && m.kind == Kind::Person)
        .map(|m| m.actor)
}

/// "According to X, …" and "…, according to X."
fn according_to(cx: &Cx<'_>, out: &mut Vec<Found>) {
    for k in 0..cx.tokens.len().saturating_sub(2) {
        if cx.tokens[k].folded != "according" || cx.tokens[k + 1].folded != "to" {
            continue;
        }
        let Some((speaker, after)) = cx.speaker_at_token(k + 2, false) else {
            continue;
        };
        let sentence = cx.sentence_start(cx.tokens[k].start);
        let (start, end) = if cx.tokens[k].start <= sentence + 1 {
            // According to X, the rest.
            let Some(next) = cx.tokens.get(after) else {
                continue;
            };
            (next.start, cx.sentence_end(next.start))
        } else {
            (sentence, cx.tokens[k].start)
        };
        let (start, end) = trim(cx.chars, start, end);
        if end > start && !out.iter().any(|q| q.start < end && start < q.end) {
            out.push(Found {
                speaker,
                start,
                end,
            });
        }
    }
}
