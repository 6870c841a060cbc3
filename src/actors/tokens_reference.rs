//! The char-by-char tokenizer that the byte scan in [`super::tokens`] replaced, kept
//! for tests only: the differential test below feeds both random strings and asserts
//! every field of every token is the same.

use super::cues::{GIVEN_NAMES, TITLES, class_of};
use super::fast::{FNV_PRIME, word_basis, word_hash};
use super::fold::{is_apostrophe, is_combining};
use super::tokens::{Token, chars_of};

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "sen", "rep", "gen", "col", "prof", "hon", "st", "lt", "capt", "maj",
    "engr", "arc", "fr", "rev", "jr", "sr", "gov", "sgt", "brig", "alh", "no", "vs", "mt", "ft",
];

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Splits `text` (as `chars`) into words. The folded forms that differ from the text
/// (capitalised words, mostly) are written one after the other into `arena`, so no
/// word costs an allocation of its own.
pub fn tokenize<'a>(text: &'a str, chars: &[char], arena: &'a mut String) -> Vec<Token<'a>> {
    arena.clear();
    let mut tokens: Vec<Token<'a>> = Vec::with_capacity(chars.len() / 5);
    let basis = word_basis();
    // Tokens whose folded form is `arena[range]`: filled in once the arena is complete.
    let mut in_arena: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    let n = chars.len();
    let mut i = 0;
    let mut prev_end = 0;
    // The end of the word before and whether a full stop after it ends a sentence.
    let mut before: Option<(usize, bool)> = None;
    // The byte offset in `text` of `chars[i]`.
    let mut byte = 0;
    while i < n {
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
        let mut hyphenated = false;
        loop {
            // ASCII letters and digits, most of any text, take the short way.
            while end < n && chars[end].is_ascii_alphanumeric() {
                end += 1;
            }
            let Some(&c) = chars.get(end) else { break };
            if !c.is_ascii() && is_word(c) {
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
                hyphenated = true;
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
        // One pass for the facts about the word's letters, its length in bytes and,
        // when it is all ASCII (its folded form is then its lower case), its hash.
        let (mut letters, mut capitals, mut bytes, mut plain, mut ascii) =
            (0_usize, 0_usize, 0, true, true);
        let mut hash = basis;
        for &c in word {
            if let Ok(b) = u8::try_from(c)
                && b.is_ascii()
            {
                bytes += 1;
                hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
                if b.is_ascii_alphabetic() {
                    letters += 1;
                    if b.is_ascii_uppercase() {
                        capitals += 1;
                        plain = false;
                    }
                }
            } else {
                bytes += c.len_utf8();
                plain = false;
                ascii = false;
                if c.is_alphabetic() {
                    letters += 1;
                    capitals += usize::from(c.is_uppercase());
                }
            }
        }
        let cap = chars[start].is_uppercase();
        let acronym = letters >= 2 && capitals == letters;
        let byte_end = byte_start + bytes;
        // The folded word: the text's own bytes, or written to the arena.
        let same: Option<&'a str> = text.get(byte_start..byte_end).filter(|_| plain);
        let range = same.is_none().then(|| {
            let from = arena.len();
            match text.get(byte_start..byte_end) {
                // An ASCII word folds to its lower case.
                Some(bytes) if ascii => {
                    arena.push_str(bytes);
                    arena[from..].make_ascii_lowercase();
                }
                _ => {
                    for &c in word {
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
            let stop = chars.get(end) != Some(&'.')
                || !(end - start == 1 || folded.contains('.') || ABBREVIATIONS.contains(&folded));
            (hash, class_of(folded, hash), stop)
        };
        // An initial's full stop does not part it from the next word inside a name:
        // another initial follows (K. B. Yusuf), or the initial follows one, a given
        // name or a title (A. A. Adewole, Bala M. Bello). Not "Exhibit A. Tinubu", "an
        // A. Chinedu", "Group C. Moses Simon".
        let initial_dot = tokens
            .last()
            .is_some_and(|p: &Token<'_>| p.end - p.start == 1 && p.cap)
            && chars.get(prev_end) == Some(&'.');
        let after_initial = initial_dot
            && ((end - start == 1 && cap && chars.get(end) == Some(&'.'))
                || tokens.len().checked_sub(2).is_some_and(|k| {
                    let q = &tokens[k];
                    q.letter || GIVEN_NAMES.has(q) || TITLES.has(q)
                }));
        let gap = &chars[prev_end + usize::from(after_initial)..start];
        let joined = !tokens.is_empty()
            && (!gap.is_empty() || after_initial)
            && gap.len() <= 2
            && gap.iter().all(|&c| c == ' ' || c == '\u{a0}');
        let initial = sentence_start(chars, before, start);
        before = Some((end, stop));
        if after_initial && let Some(p) = tokens.last_mut() {
            p.letter = true;
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
            ascii: chars[start..end].iter().all(char::is_ascii),
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
    let arena: &'a String = arena;
    for (k, range) in in_arena {
        tokens[k].folded = arena.get(range).unwrap_or_default();
    }
    debug_assert!(tokens.iter().all(|t| t.hash == word_hash(t.folded)));
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
    let mut word = [0_u8; 10];
    for (b, c) in word.iter_mut().zip(&rest[..len]) {
        // ASCII lower case, counted above.
        *b = u8::try_from(*c).unwrap_or(0);
    }
    std::str::from_utf8(&word[..len]).is_ok_and(|w| super::cues::HYPHEN_SUFFIXES.contains(w))
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

#[cfg(test)]
mod tests {
    use super::super::tokens;
    use super::*;

    /// Pieces random texts are made of: single chars that sit at word boundaries
    /// (apostrophes, hyphens, full stops, quotes, spaces of both kinds, line breaks),
    /// letters outside ASCII (with a combining mark too), and words the rules look
    /// up (abbreviations, titles, given names, hyphen suffixes).
    const PIECES: &[&str] = &[
        "a",
        "b",
        "e",
        "s",
        "x",
        "z",
        "A",
        "B",
        "J",
        "S",
        "U",
        "Z",
        "0",
        "7",
        " ",
        " ",
        " ",
        ".",
        ".",
        "-",
        "’",
        "'",
        "‘",
        "`",
        "ʼ",
        "\n",
        "ẞ",
        "ß",
        "ọ̀",
        "é",
        "É",
        "\u{301}",
        "\u{a0}",
        "\u{2010}",
        "\u{2011}",
        "“",
        "”",
        "\"",
        "!",
        "?",
        ":",
        ";",
        "(",
        "—",
        "–",
        ",",
        "İ",
        "Æ",
        "Ǆ",
        "ǅ",
        "١",
        "Ⅻ",
        "Dr",
        "Mr",
        "dr",
        "St",
        "No",
        "U.S",
        "President",
        "said",
        "John",
        "Bala",
        "based",
        "led",
        "Abuja",
        "NNPC",
        "AbC",
        "al",
        "Sanwo",
        "Olu",
        "Governor",
        "of",
        "the",
    ];

    /// A tiny xorshift generator: the same strings on every run, no dependency.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    fn random_text(state: &mut u64) -> String {
        let len = next(state) % 24;
        let mut text = String::new();
        for _ in 0..len {
            let k = usize::try_from(next(state) >> 40).unwrap_or(0) % PIECES.len();
            text.push_str(PIECES[k]);
        }
        text
    }

    fn same_tokens(text: &str) {
        let chars = chars_of(text);
        assert_eq!(chars, text.chars().collect::<Vec<char>>(), "{text:?}");
        let (mut old_arena, mut new_arena) = (String::new(), String::new());
        let old = tokenize(text, &chars, &mut old_arena);
        let new = tokens::tokenize(text, &chars, &mut new_arena);
        // Debug prints every field.
        assert_eq!(format!("{old:?}"), format!("{new:?}"), "{text:?}");
    }

    #[test]
    fn the_byte_scan_gives_the_same_tokens_as_the_char_scan() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let count = std::env::var("TOKENS_DIFF_COUNT")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(5_000);
        for _ in 0..count {
            same_tokens(&random_text(&mut state));
        }
        for text in [
            "",
            "’s",
            "s’",
            "A. B. Cole and Exhibit A. Tinubu met Dr. O'Brien’s  aide in the U.S.",
            "Erdoğan’s envoy, Sanwo\u{2010}Olu and ẞTRASSE: “Ẹ kú àárọ̀.” Abuja-based",
        ] {
            same_tokens(text);
        }
    }
}
