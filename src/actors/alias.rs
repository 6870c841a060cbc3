//! How an alias is spelled, read once when the gazetteer is compiled: its folded words
//! and the separators between them, the capitals a text must have to match it, and the
//! other spelling of an Arabic article (El Fasher, El-Fasher).

use super::fold::fold;
use super::tokens::tokenize;

/// An alias's folded first word, its other words, and the separators before them.
pub(super) type Words = (String, Vec<String>, Vec<String>);

/// An alias split into folded words and the folded separators between them.
pub(super) fn words_of(alias: &str) -> Option<Words> {
    let alias = alias.trim();
    // Most aliases are letters and single spaces: no need for the tokenizer.
    if !alias.is_empty()
        && !alias.contains("  ")
        && alias
            .chars()
            .all(|c| c == ' ' || (c.is_alphabetic() && !super::fold::is_combining(c)))
    {
        let folded = fold(alias);
        let mut words = folded.split(' ').map(str::to_string);
        let first = words.next()?;
        return Some((first, words.collect(), Vec::new()));
    }
    let chars = super::tokens::chars_of(alias);
    let mut arena = String::new();
    let tokens = tokenize(alias, &chars, &mut arena);
    let (first, rest) = tokens.split_first()?;
    let mut words: Vec<String> = Vec::with_capacity(rest.len());
    let mut gaps: Vec<String> = Vec::with_capacity(rest.len());
    let mut prev = first.end;
    for t in rest {
        gaps.push(fold(&chars[prev..t.start].iter().collect::<String>()));
        words.push(t.word().to_string());
        prev = t.end;
    }
    if gaps.iter().all(|g| g == " ") {
        gaps.clear();
    }
    Some((first.word().to_string(), words, gaps))
}

/// The other spelling of an Arabic article in `alias`: El Fasher ↔ El-Fasher, Al-Qaeda ↔
/// Al Qaeda (the first article only).
pub(super) fn article_variant(alias: &str) -> Option<String> {
    let bytes = alias.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let at_word = i == 0 || bytes[i - 1] == b' ';
        let article = matches!(&bytes[i..i + 2], b"al" | b"Al" | b"el" | b"El");
        let next = bytes.get(i + 3).is_some_and(u8::is_ascii_alphabetic);
        if !(at_word && article && next) {
            return None;
        }
        let joiner = match bytes[i + 2] {
            b'-' => " ",
            b' ' => "-",
            _ => return None,
        };
        Some(format!("{}{joiner}{}", &alias[..i + 2], &alias[i + 3..]))
    })
}

/// Letter indexes of the capitals the text must have for `alias`: every letter of a
/// short acronym (US is not "us"), else the capitals that start a word (WhatsApp
/// matches "Whatsapp", INEC matches "Inec", Turkey never matches "turkey"). An Arabic
/// article's capital is a matter of style (al-Qaeda, Al-Qaeda), so it is not required.
pub(super) fn capitals(alias: &str) -> u64 {
    let (mut all_upper, mut word_starts, mut letters) = (0_u64, 0_u64, 0_u32);
    let mut prev: Option<char> = None;
    for (i, c) in alias.char_indices() {
        if c.is_alphabetic() {
            if letters < 64 && c.is_uppercase() {
                all_upper |= 1 << letters;
                let article = alias.get(i..i + 3).is_some_and(|a| {
                    a.eq_ignore_ascii_case("al-") || a.eq_ignore_ascii_case("el-")
                });
                if prev.is_none_or(|p| !p.is_alphabetic()) && !article {
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
