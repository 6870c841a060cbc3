//! Words with their positions and the facts discovery and quote attribution need:
//! capitalised or not, first in a sentence or not, what separates a word from the one
//! before it.

use std::borrow::Cow;

use super::fold::{is_apostrophe, is_combining};

/// One word of the text.
#[allow(clippy::struct_excessive_bools)] // independent facts about one word
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// First char.
    pub start: usize,
    /// One past the last char (a possessive `’s` is not part of the word).
    pub end: usize,
    /// Folded form: borrowed from the text when folding changes nothing (most words).
    pub folded: Cow<'a, str>,
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
    /// In a line whose words are mostly capitalised (a headline, a list of links),
    /// where capitals say nothing about names.
    pub title_case: bool,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "sen", "rep", "gen", "col", "prof", "hon", "st", "lt", "capt", "maj",
    "engr", "arc", "fr", "rev", "jr", "sr", "gov", "sgt", "brig", "alh", "no", "vs", "mt", "ft",
];

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

impl Token<'_> {
    /// The folded word.
    pub fn word(&self) -> &str {
        &self.folded
    }
}

/// Splits `text` (as `chars`) into words.
pub fn tokenize<'a>(text: &'a str, chars: &[char]) -> Vec<Token<'a>> {
    let mut tokens: Vec<Token<'a>> = Vec::with_capacity(chars.len() / 5);
    let mut i = 0;
    let mut prev_end = 0;
    // The byte offset in `text` of `chars[i]`.
    let mut byte = 0;
    while i < chars.len() {
        let c = chars[i];
        if !(c.is_ascii_alphanumeric() || !c.is_ascii() && is_word(c)) {
            byte += c.len_utf8();
            i += 1;
            continue;
        }
        let start = i;
        let byte_start = byte;
        let mut end = i;
        let mut possessive = false;
        while end < chars.len() {
            let c = chars[end];
            if is_word(c) {
                end += 1;
                continue;
            }
            let next = chars.get(end + 1).copied();
            if is_apostrophe(c) {
                let after = chars.get(end + 2).copied();
                if matches!(next, Some('s' | 'S')) && !after.is_some_and(is_word) {
                    possessive = true;
                    break;
                }
                if next.is_some_and(is_word) {
                    end += 1;
                    continue;
                }
                possessive = end > start && matches!(chars[end - 1], 's' | 'S');
                break;
            }
            if matches!(c, '-' | '\u{2010}' | '\u{2011}')
                && next.is_some_and(char::is_alphanumeric)
                && !adjective_suffix(&chars[end + 1..])
            {
                end += 1;
                continue;
            }
            // U.S, U.K: a dot between single letters.
            if c == '.'
                && next.is_some_and(char::is_alphabetic)
                && (end - start == 1 || chars[end - 2] == '.')
            {
                end += 1;
                continue;
            }
            break;
        }
        let word = &chars[start..end];
        // One pass for the facts about the word's letters and its length in bytes.
        let (mut letters, mut capitals, mut bytes, mut plain) = (0_usize, 0_usize, 0, true);
        for &c in word {
            if c.is_ascii() {
                bytes += 1;
                if c.is_ascii_alphabetic() {
                    letters += 1;
                    if c.is_ascii_uppercase() {
                        capitals += 1;
                        plain = false;
                    }
                }
            } else {
                bytes += c.len_utf8();
                plain = false;
                if c.is_alphabetic() {
                    letters += 1;
                    capitals += usize::from(c.is_uppercase());
                }
            }
        }
        let cap = chars[start].is_uppercase();
        let acronym = letters >= 2 && capitals == letters;
        let byte_end = byte_start + bytes;
        let folded = match text.get(byte_start..byte_end) {
            Some(same) if plain => Cow::Borrowed(same),
            _ => {
                let mut folded = String::with_capacity(word.len());
                for &c in word {
                    super::fold::fold_char(c, &mut folded);
                }
                Cow::Owned(folded)
            }
        };
        let gap = &chars[prev_end..start];
        let joined = !tokens.is_empty()
            && !gap.is_empty()
            && gap.len() <= 2
            && gap.iter().all(|&c| c == ' ' || c == '\u{a0}');
        let initial = sentence_start(chars, &tokens, start);
        tokens.push(Token {
            start,
            end,
            folded,
            cap,
            acronym,
            initial,
            joined,
            possessive,
            title_case: false,
        });
        prev_end = end;
        let next = end.max(start + 1);
        byte = if next == end {
            byte_end
        } else {
            byte_start + chars[start].len_utf8()
        };
        i = next;
    }
    mark_title_case_lines(chars, &mut tokens);
    tokens
}

/// Whether `rest` (the text after a hyphen) opens with a lower-case suffix that makes
/// the compound an adjective (Ehie-led, Abuja-based): the word ends before the hyphen.
fn adjective_suffix(rest: &[char]) -> bool {
    let len = rest.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if len == 0 || len > 10 || rest.get(len).is_some_and(|&c| is_word(c)) {
        return false;
    }
    let word: String = rest[..len].iter().collect();
    super::cues::HYPHEN_SUFFIXES.contains(word.as_str())
}

/// Marks the words of lines in which most words (of four or more) are capitalised.
fn mark_title_case_lines(chars: &[char], tokens: &mut [Token<'_>]) {
    let mut first = 0;
    while first < tokens.len() {
        let mut last = first + 1;
        while last < tokens.len()
            && !chars[tokens[last - 1].end..tokens[last].start].contains(&'\n')
        {
            last += 1;
        }
        let line = &mut tokens[first..last];
        let caps = line.iter().filter(|t| t.cap).count();
        if line.len() >= 4 && caps * 10 >= line.len() * 7 {
            for t in line.iter_mut() {
                t.title_case = true;
            }
        }
        first = last;
    }
}

/// Whether the word at `start` opens a sentence.
fn sentence_start(chars: &[char], tokens: &[Token<'_>], start: usize) -> bool {
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
            // Not after an abbreviation (Dr.) or an initial (J.).
            return match tokens.last() {
                Some(t) if t.end == j - 1 => {
                    let len = t.end - t.start;
                    !(len == 1 || t.folded.contains('.') || ABBREVIATIONS.contains(&t.word()))
                }
                _ => true,
            };
        }
        return false;
    }
    true
}
