//! Words with their positions and the facts discovery and quote attribution need:
//! capitalised or not, first in a sentence or not, what separates a word from the one
//! before it.

use super::cues::{GIVEN_NAMES, TITLES, class_of};
use super::fast::{FNV_PRIME, word_basis, word_hash};
use super::fold::{is_apostrophe, is_combining};

/// One word of the text.
#[allow(clippy::struct_excessive_bools)] // independent facts about one word
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// First char.
    pub start: usize,
    /// One past the last char (a possessive `’s` is not part of the word).
    pub end: usize,
    /// Folded form: the text's own bytes when folding changes nothing (most words),
    /// else a slice of the caller's arena.
    pub folded: &'a str,
    /// [`word_hash`] of `folded`, computed once for every table the word is looked
    /// up in.
    pub hash: u64,
    /// The word lists `folded` is in ([`super::cues::Words`]).
    pub class: u32,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Every letter a capital, at least two letters.
    pub acronym: bool,
    /// First word of a sentence.
    pub initial: bool,
    /// Only plain spaces (one or two) separate it from the word before.
    pub joined: bool,
    /// Followed by a possessive `’s` or a bare `’`.
    pub possessive: bool,
    /// Has a hyphen inside (Trump-Putin, Sanwo-Olu).
    pub hyphenated: bool,
    /// In a line whose words are mostly capitalised (a headline, a list of links),
    /// where capitals say nothing about names.
    pub title_case: bool,
    /// One capital letter and a full stop joined to the next word of a name: an initial
    /// (A. A. Adewole), never the article "A".
    pub letter: bool,
    /// Every char of the word is ASCII: its folded form is the text lower-cased.
    pub ascii: bool,
}

/// Whether `word` (folded) is an abbreviation whose full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "dr" | "mr"
            | "mrs"
            | "ms"
            | "sen"
            | "rep"
            | "gen"
            | "col"
            | "prof"
            | "hon"
            | "st"
            | "lt"
            | "capt"
            | "maj"
            | "engr"
            | "arc"
            | "fr"
            | "rev"
            | "jr"
            | "sr"
            | "gov"
            | "sgt"
            | "brig"
            | "alh"
            | "no"
            | "vs"
            | "mt"
            | "ft"
    )
}

fn is_word(c: char) -> bool {
    // Curly quotes and dashes, most of the chars past ASCII in news text, are in
    // General Punctuation, which has no letter or digit: no look-up in the Unicode
    // tables for them.
    !matches!(c, '\u{2000}'..='\u{206f}') && (c.is_alphanumeric() || is_combining(c))
}

impl<'a> Token<'a> {
    /// The folded word.
    pub fn word(&self) -> &'a str {
        self.folded
    }

    /// The folded word with its hash, as a key of a [`super::fast::HashedSet`].
    pub fn hashed(&self) -> super::fast::Hashed<'a> {
        super::fast::Hashed {
            word: self.folded,
            hash: self.hash,
        }
    }
}

/// Bits of [`ASCII_CLASS`] and [`gap_class`]. `UPPER` is the bit that lower-cases an
/// ASCII capital when OR-ed in, so a capital is folded without a branch.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const LOWER: u8 = 4;
/// May join two words into one (O'Brien, Sanwo-Olu, U.S): an apostrophe, a hyphen or
/// a full stop.
const JOINER: u8 = 8;
/// A plain or a no-break space: only these may part two joined words.
const SPACE: u8 = 0x10;
const UPPER: u8 = 0x20;
/// Passed over when looking back for the end of a sentence: spaces, opening quotes and
/// brackets, dashes (see [`sentence_start`]).
const OPENER: u8 = 0x40;
const NEWLINE: u8 = 0x80;
const WORD: u8 = LETTER | DIGIT;

/// The class of each byte. Bytes past ASCII are 0: the scan reads their char from
/// `chars`.
static ASCII_CLASS: [u8; 256] = ascii_classes();

const fn ascii_classes() -> [u8; 256] {
    let mut table = [0_u8; 256];
    let mut b: u8 = 0;
    while b < 0x80 {
        let i = b as usize;
        table[i] = if b.is_ascii_uppercase() {
            LETTER | UPPER
        } else if b.is_ascii_lowercase() {
            LETTER | LOWER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            match b {
                b' ' => SPACE | OPENER,
                b'\'' => JOINER | OPENER,
                b'"' | b'(' | b'[' => OPENER,
                b'`' | b'-' | b'.' => JOINER,
                b'\n' => NEWLINE,
                _ => 0,
            }
        };
        b += 1;
    }
    table
}

/// The class of a char past ASCII between two words: the bits of [`ASCII_CLASS`] that
/// the facts about gaps read.
fn gap_class(c: char) -> u8 {
    match c {
        '\u{a0}' => SPACE | OPENER,
        '“' | '‘' | '—' | '–' => OPENER,
        _ => 0,
    }
}

/// The run of ASCII letters and digits at the start of `rest`: its length, `hash`
/// continued over it lower-cased, and the classes of its bytes OR-ed together.
fn ascii_run(rest: &[u8], mut hash: u64) -> (usize, u64, u8) {
    let mut seen = 0;
    let mut len = 0;
    for &b in rest {
        let class = ASCII_CLASS[usize::from(b)];
        if class & WORD == 0 {
            break;
        }
        hash = (hash ^ u64::from(b | (class & UPPER))).wrapping_mul(FNV_PRIME);
        seen |= class;
        len += 1;
    }
    (len, hash, seen)
}

/// Splits `text` (as `chars`) into words. The folded forms that differ from the text
/// (capitalised words, mostly) are written one after the other into `arena`, so no
/// word costs an allocation of its own.
///
/// The scan reads the bytes of `text`, counting chars as it goes (offsets are char
/// offsets): ASCII letters and digits, most of any text, are classed by a table and
/// hashed in the same pass, and the chars between two words are classed as they are
/// passed over, for the facts that depend on them (joined, first of a sentence, first
/// of a line). Chars past ASCII and the chars at a word's end that may join it to the
/// next (apostrophes, hyphens, full stops) are read from `chars`.
pub fn tokenize<'a>(text: &'a str, chars: &[char], arena: &'a mut String) -> Vec<Token<'a>> {
    arena.clear();
    // The capitalised words, a few bytes in every forty: room for them from the start.
    arena.reserve(text.len() / 8);
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token<'a>> = Vec::with_capacity(chars.len() / 5);
    let basis = word_basis();
    // Tokens whose folded form is `arena[range]`: filled in once the arena is complete.
    let mut in_arena: Vec<(usize, std::ops::Range<usize>)> = Vec::with_capacity(chars.len() / 20);
    let mut prev_end = 0;
    // The end of the word before and whether a full stop after it ends a sentence.
    let mut before: Option<(usize, bool)> = None;
    // The first word of the current line.
    let mut line = 0;
    // The scan's place: byte `p` of `text`, which is `chars[i]`.
    let (mut p, mut i) = (0, 0);
    'scan: loop {
        // The chars since the last word: their classes AND-ed and OR-ed together, and
        // how many are spaces.
        let (mut gap_all, mut gap_any, mut gap_spaces) = (u8::MAX, 0_u8, 0_usize);
        loop {
            let Some(&b) = bytes.get(p) else {
                break 'scan;
            };
            let class = if b < 0x80 {
                let class = ASCII_CLASS[usize::from(b)];
                if class & WORD != 0 {
                    break;
                }
                p += 1;
                class
            } else {
                let Some(&c) = chars.get(i) else {
                    break 'scan;
                };
                if is_word(c) {
                    break;
                }
                p += c.len_utf8();
                gap_class(c)
            };
            i += 1;
            gap_all &= class;
            gap_any |= class;
            gap_spaces += usize::from(class & SPACE != 0);
        }
        let (start, byte_start) = (i, p);
        // The hash of the word's bytes lower-cased (its folded form's hash when it is
        // all ASCII), and the classes of its ASCII letters OR-ed together.
        let mut hash = basis;
        let mut seen = 0_u8;
        let mut ascii = true;
        let mut possessive = false;
        let mut hyphenated = false;
        loop {
            let (len, run_hash, run_seen) = ascii_run(bytes.get(p..).unwrap_or_default(), hash);
            p += len;
            i += len;
            hash = run_hash;
            seen |= run_seen;
            // Most words end at a space or a comma.
            if bytes
                .get(p)
                .is_none_or(|&b| b < 0x80 && ASCII_CLASS[usize::from(b)] & JOINER == 0)
            {
                break;
            }
            let Some(&c) = chars.get(i) else { break };
            let join = if !c.is_ascii() && is_word(c) {
                true
            } else if is_apostrophe(c) {
                let next = chars.get(i + 1).copied();
                let after = chars.get(i + 2).copied();
                if matches!(next, Some('s' | 'S')) && !after.is_some_and(is_word) {
                    possessive = true;
                    break;
                }
                if !next.is_some_and(is_word) {
                    possessive = i > start && matches!(chars.get(i - 1), Some('s' | 'S'));
                    break;
                }
                true
            } else if matches!(c, '-' | '\u{2010}' | '\u{2011}')
                && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
                && !adjective_suffix(chars.get(i + 1..).unwrap_or_default())
            {
                hyphenated = true;
                true
            } else {
                // U.S, U.K: a dot between single letters.
                c == '.'
                    && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
                    && (i - start == 1 || chars.get(i - 2) == Some(&'.'))
            };
            if !join {
                break;
            }
            // The joining char is part of the word: an ASCII one (an apostrophe, a
            // hyphen, a full stop) is hashed as it is, any other makes the word fold
            // char by char.
            if let Ok(b) = u8::try_from(c)
                && b.is_ascii()
            {
                hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            } else {
                ascii = false;
            }
            p += c.len_utf8();
            i += 1;
        }
        let end = i;
        if end == start {
            // Only when `chars` are not the chars of `text`: move on all the same.
            p += 1;
            i += 1;
            continue;
        }
        let word = || chars.get(start..end).unwrap_or_default();
        let cap = match bytes.get(byte_start) {
            Some(&b) if b < 0x80 => ASCII_CLASS[usize::from(b)] & UPPER != 0,
            _ => word().first().is_some_and(|c| c.is_uppercase()),
        };
        let acronym = if ascii {
            // No lower-case letter: every letter is a capital.
            seen & LOWER == 0
                && bytes
                    .get(byte_start..p)
                    .unwrap_or_default()
                    .iter()
                    .filter(|b| b.is_ascii_alphabetic())
                    .count()
                    >= 2
        } else {
            let (mut letters, mut capitals) = (0_usize, 0_usize);
            for c in word().iter().filter(|c| c.is_alphabetic()) {
                letters += 1;
                capitals += usize::from(c.is_uppercase());
            }
            letters >= 2 && capitals == letters
        };
        // The folded word: the text's own bytes, or written to the arena.
        let own = text.get(byte_start..p);
        let same: Option<&'a str> = own.filter(|_| ascii && seen & UPPER == 0);
        let range = same.is_none().then(|| {
            let from = arena.len();
            match own {
                // An ASCII word folds to its lower case.
                Some(own) if ascii => {
                    arena.push_str(own);
                    arena[from..].make_ascii_lowercase();
                }
                _ => {
                    for &c in word() {
                        super::fold::fold_char(c, arena);
                    }
                }
            }
            from..arena.len()
        });
        let (hash, class, stop) = {
            let folded = match &range {
                Some(range) => arena.get(range.clone()).unwrap_or_default(),
                None => same.unwrap_or_default(),
            };
            let hash = if ascii { hash } else { word_hash(folded) };
            // Whether a full stop right after this word ends a sentence: not after an
            // abbreviation (Dr.) or an initial (J.).
            let stop = bytes.get(p) != Some(&b'.')
                || !(end - start == 1 || folded.contains('.') || is_abbreviation(folded));
            (hash, class_of(folded, hash), stop)
        };
        // An initial's full stop does not part it from the next word inside a name:
        // another initial follows (K. B. Yusuf), or the initial follows one, a given
        // name or a title (A. A. Adewole, Bala M. Bello). Not "Exhibit A. Tinubu", "an
        // A. Chinedu", "Group C. Moses Simon".
        let initial_dot = chars.get(prev_end) == Some(&'.')
            && tokens
                .last()
                .is_some_and(|t: &Token<'_>| t.end - t.start == 1 && t.cap);
        let after_initial = initial_dot
            && ((end - start == 1 && cap && bytes.get(p) == Some(&b'.'))
                || tokens.len().checked_sub(2).is_some_and(|k| {
                    let q = &tokens[k];
                    q.letter || GIVEN_NAMES.has(q) || TITLES.has(q)
                }));
        // The chars between the two words, but for an initial's full stop: one or two
        // spaces.
        let gap = start - prev_end - usize::from(after_initial);
        let joined =
            !tokens.is_empty() && (gap > 0 || after_initial) && gap <= 2 && gap_spaces == gap;
        // Only spaces, opening quotes and dashes since the word before: not the first
        // of a sentence (the first of the text is).
        let initial = if gap_all & OPENER != 0 {
            tokens.is_empty()
        } else {
            sentence_start(chars, before, start)
        };
        before = Some((end, stop));
        if after_initial && let Some(t) = tokens.last_mut() {
            t.letter = true;
        }
        if gap_any & NEWLINE != 0 {
            mark_title_case_line(tokens.get_mut(line..).unwrap_or_default());
            line = tokens.len();
        }
        // A word in the arena gets its slice once the arena is complete.
        let folded = match range {
            Some(range) => {
                in_arena.push((tokens.len(), range));
                ""
            }
            None => same.unwrap_or_default(),
        };
        tokens.push(Token {
            start,
            end,
            folded,
            hash,
            class,
            cap,
            acronym,
            initial,
            joined,
            possessive,
            hyphenated,
            title_case: false,
            letter: false,
            ascii,
        });
        prev_end = end;
    }
    mark_title_case_line(tokens.get_mut(line..).unwrap_or_default());
    let arena: &'a String = arena;
    for (k, range) in in_arena {
        tokens[k].folded = arena.get(range).unwrap_or_default();
    }
    debug_assert!(tokens.iter().all(|t| t.hash == word_hash(t.folded)));
    tokens
}

/// Whether `rest` (the text after a hyphen) opens with a lower-case suffix that makes
/// the compound an adjective (Ehie-led, Abuja-based): the word ends before the hyphen.
fn adjective_suffix(rest: &[char]) -> bool {
    let len = rest.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if len == 0 || len > 10 || rest.get(len).is_some_and(|&c| is_word(c)) {
        return false;
    }
    let mut word = [0_u8; 10];
    for (b, c) in word.iter_mut().zip(&rest[..len]) {
        // ASCII lower case, counted above.
        *b = u8::try_from(*c).unwrap_or(0);
    }
    std::str::from_utf8(&word[..len]).is_ok_and(|w| super::cues::HYPHEN_SUFFIXES.contains(w))
}

/// Marks the words of `line` (the words between two line breaks) when most of them
/// (of four or more) are capitalised.
fn mark_title_case_line(line: &mut [Token<'_>]) {
    let caps = line.iter().filter(|t| t.cap).count();
    if line.len() >= 4 && caps * 10 >= line.len() * 7 {
        for t in line.iter_mut() {
            t.title_case = true;
        }
    }
}

/// Whether the word at `start` opens a sentence. `before` is the end of the word
/// before it and whether a full stop after that word ends a sentence.
fn sentence_start(chars: &[char], before: Option<(usize, bool)>, start: usize) -> bool {
    let mut j = start;
    while j > 0 {
        let c = chars[j - 1];
        if c == ' ' || c == '\u{a0}' || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '—' | '–')
        {
            j -= 1;
            continue;
        }
        if c == '\n' || matches!(c, '!' | '?' | ':' | ';' | '”') {
            return c != '”' || j < 2 || matches!(chars[j - 2], '.' | '!' | '?');
        }
        if c == '.' {
            return match before {
                Some((end, stop)) if end == j - 1 => stop,
                _ => true,
            };
        }
        return false;
    }
    true
}

/// The index of the word after `tokens[i]`, past the "s" of its possessive (the "s"
/// is a word of its own: Cloudera's CEO, Lukaku's striker).
pub fn after_possessive(tokens: &[Token<'_>], i: usize) -> usize {
    let s = tokens[i].possessive && tokens.get(i + 1).is_some_and(|n| n.folded == "s");
    i + 1 + usize::from(s)
}

/// The chars of `text`, in a vector allocated at its exact length (collecting guesses
/// a quarter of the bytes and grows from there).
///
/// The end of a run of ASCII is found eight bytes at a time, the run is widened byte by
/// byte, which the compiler vectorises, and only the chars past ASCII are decoded.
pub fn chars_of(text: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(text.chars().count());
    let bytes = text.as_bytes();
    let mut p = 0;
    while p < bytes.len() {
        let mut end = p;
        while let Some(eight) = bytes.get(end..end + 8)
            && u64::from_le_bytes(eight.try_into().unwrap_or_default()) & super::marks::HI == 0
        {
            end += 8;
        }
        while bytes.get(end).is_some_and(u8::is_ascii) {
            end += 1;
        }
        chars.extend(bytes[p..end].iter().copied().map(char::from));
        // A char past ASCII starts at `end`, or the text ends there.
        let next = text.get(end..).and_then(|rest| rest.chars().next());
        p = end + next.map_or(1, char::len_utf8);
        chars.extend(next);
    }
    chars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_of_is_the_chars_of_the_text() {
        let texts = [
            "",
            "a",
            "plain ASCII, longer than eight bytes at a time",
            "“Ẹ kú àárọ̀,” ó sọ. \"We’re here\" — 5:30 p.m. ÀÌ/ÉÈ ‘a’ 日本語のテキスト。",
        ];
        for text in texts {
            for (skip, _) in text.char_indices() {
                let part = &text[skip..];
                assert_eq!(chars_of(part), part.chars().collect::<Vec<_>>(), "{part:?}");
            }
        }
    }

    #[test]
    fn general_punctuation_has_no_word_char() {
        for c in ('\u{2000}'..='\u{206f}').chain(['’', '“', '—']) {
            assert!(!(c.is_alphanumeric() || is_combining(c)), "{c:?}");
            assert!(!is_word(c), "{c:?}");
        }
    }

    #[test]
    fn each_word_is_folded_hashed_and_classed_once_and_right() {
        let text = "Dr. O'Brien met Erdoğan’s envoy, Sanwo\u{2010}Olu and ẞTRASSE in the U.S. \
                    President Ọ̀bá said: “Ẹ kú àárọ̀.” Governors’ Forum; Abuja-based NNPC.";
        let chars = chars_of(text);
        let mut arena = String::new();
        let tokens = tokenize(text, &chars, &mut arena);
        let words: Vec<&str> = tokens.iter().map(Token::word).collect();
        assert_eq!(
            words,
            [
                // The s of a possessive is a word of its own, after the name.
                "dr",
                "o'brien",
                "met",
                "erdogan",
                "s",
                "envoy",
                "sanwo-olu",
                "and",
                "sstrasse",
                "in",
                "the",
                "u.s",
                "president",
                "oba",
                "said",
                "e",
                "ku",
                "aaro",
                "governors",
                "forum",
                "abuja",
                "based",
                "nnpc"
            ]
        );
        for t in &tokens {
            let chars_of_word: String = chars[t.start..t.end].iter().collect();
            assert_eq!(t.hash, word_hash(t.folded), "{chars_of_word}");
            assert_eq!(t.class, class_of(t.folded, t.hash), "{chars_of_word}");
            assert_eq!(t.hyphenated, t.folded.contains('-'), "{chars_of_word}");
        }
        let by_word = |w: &str| tokens.iter().find(|t| t.word() == w).expect("a word");
        assert!(super::super::cues::TITLES.has(by_word("president")));
        assert!(super::super::cues::SPEECH_VERBS.has(by_word("said")));
        // A full stop after an abbreviation (Dr., U.S.) does not end a sentence; one
        // inside closing quotes does.
        assert!(!by_word("o'brien").initial && !by_word("president").initial);
        assert!(by_word("governors").initial && by_word("dr").initial);
        assert!(by_word("erdogan").possessive && by_word("governors").possessive);
        assert!(by_word("nnpc").acronym && by_word("sanwo-olu").hyphenated);
    }
}
