//! Folding text for matching: lower case, no diacritics, one apostrophe. The folded
//! string keeps a map back to the original text's `char` offsets, so a match found in
//! the folded text is reported where it stands in the article.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Letters with diacritics and their base letter, grouped by base. Lower case only: the
/// input is lower-cased first.
const DIACRITICS: &[(&str, char)] = &[
    ("àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", 'a'),
    ("çćĉċč", 'c'),
    ("ďḍḏ", 'd'),
    ("èéêëēĕėęěȅȇẹẻẽếềểễệɛ", 'e'),
    ("ĝğġģǧ", 'g'),
    ("ĥħḥ", 'h'),
    ("ìíîïĩīĭįǐȉȋịỉı", 'i'),
    ("ĵ", 'j'),
    ("ķḳ", 'k'),
    ("ĺļľŀḷ", 'l'),
    ("ñńņňṅṇ", 'n'),
    ("òóôõöōŏőǒȍȏọỏốồổỗộớờởỡợơɔ", 'o'),
    ("ŕŗřṛ", 'r'),
    ("śŝşšșṣ", 's'),
    ("ţťțṭ", 't'),
    ("ùúûüũūŭůűųǔưụủứừửữự", 'u'),
    ("ŵ", 'w'),
    ("ýÿŷỳỵỷỹ", 'y'),
    ("źżžẓ", 'z'),
    ("øǿ", 'o'),
    ("đð", 'd'),
    ("ł", 'l'),
];

static FOLD: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    DIACRITICS
        .iter()
        .flat_map(|(from, to)| from.chars().map(move |c| (c, *to)))
        .collect()
});

/// Whether `c` is a combining mark (dropped by folding, part of the word it marks).
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// Whether `c` is any of the apostrophes news text uses.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | '′')
}

/// Appends the folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_apostrophe(c) {
        out.push('\'');
        return;
    }
    if is_combining(c) {
        return;
    }
    match c {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => out.push(' '),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        'ß' | 'ẞ' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'þ' | 'Þ' => out.push_str("th"),
        _ => {
            for lower in c.to_lowercase() {
                if is_combining(lower) {
                    continue;
                }
                out.push(FOLD.get(&lower).copied().unwrap_or(lower));
            }
        }
    }
}

/// Folds a short string (an alias, a context word).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A text folded for matching, with the way back to the original.
#[derive(Debug)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the `char` offset in the original of the character it
    /// came from; one more entry at the end holds the original's length in chars.
    map: Vec<u32>,
}

impl Folded {
    /// Folds `chars`, the original text as characters.
    pub fn new(chars: &[char]) -> Folded {
        let mut text = String::with_capacity(chars.len() + chars.len() / 8);
        let mut map = Vec::with_capacity(chars.len() + chars.len() / 8 + 1);
        for (i, &c) in chars.iter().enumerate() {
            let before = text.len();
            fold_char(c, &mut text);
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            map.resize(map.len() + (text.len() - before), index);
        }
        map.push(u32::try_from(chars.len()).unwrap_or(u32::MAX));
        Folded { text, map }
    }

    /// The original `char` offset of folded byte `byte` (the end maps to the length).
    pub fn orig(&self, byte: usize) -> usize {
        self.map.get(byte).map_or(0, |&i| i as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_apostrophes() {
        assert_eq!(fold("Erdoğan’s"), "erdogan's");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("DOLMABAHÇE"), "dolmabahce");
        assert_eq!(fold("Ṣẹgun Ọ̀bá"), "segun oba");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn maps_folded_bytes_back_to_chars() {
        let chars: Vec<char> = "Ça Ẹ́ x".chars().collect();
        let f = Folded::new(&chars);
        assert_eq!(f.text, "ca e x");
        let x = f.text.find('x').unwrap();
        assert_eq!(chars[f.orig(x)], 'x');
        assert_eq!(f.orig(f.text.len()), chars.len());
    }
}
