//! Ordinary English words (`assets/english_words.txt`, from Debian's wamerican list):
//! what a lone capitalised word mid-sentence is when it is not a name (Martial, Patch,
//! Internet). The list is embedded, one folded word a line; the first lookup of a
//! process builds an open-addressing table over it (about 64,000 words, a few
//! milliseconds, no copy of the words).

use std::sync::LazyLock;

use super::fast::{FNV_BASIS, FNV_PRIME, Slots, fnv1a_from};

const WORDS: &str = include_str!("../../assets/english_words.txt");

/// Each word as a byte range of [`WORDS`], the table of their hashes, and a Bloom
/// filter of 2^20 bits (128 KiB, two bits a word) in front of the table: the typo test
/// probes a few hundred words that are not there, and the filter answers most of them
/// from the cache instead of a read into the 1 MiB table and the text.
struct English {
    words: Vec<(u32, u32)>,
    slots: Slots,
    bloom: Vec<u64>,
}

const BLOOM_BITS: u64 = 1 << 20;

/// The filter's two bits for `hash`, as (word index, bit) pairs.
fn bloom_bits(hash: u64) -> [(usize, u64); 2] {
    let bit = |h: u64| {
        let h = h & (BLOOM_BITS - 1);
        // Below 2^20: the conversion cannot fail.
        (usize::try_from(h >> 6).unwrap_or(0), 1_u64 << (h & 63))
    };
    [bit(hash >> 24), bit(hash >> 44)]
}

static ENGLISH: LazyLock<English> = LazyLock::new(|| {
    let mut words = Vec::with_capacity(70_000);
    let mut hashes = Vec::with_capacity(70_000);
    // One pass over the bytes: each line's range and hash.
    let (mut start, mut hash) = (0_u32, FNV_BASIS);
    for (at, &b) in (0_u32..).zip(WORDS.as_bytes()) {
        if b == b'\n' {
            words.push((start, at));
            hashes.push(hash);
            (start, hash) = (at + 1, FNV_BASIS);
        } else {
            hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    let mut bloom = vec![0_u64; (BLOOM_BITS / 64) as usize];
    for &hash in &hashes {
        for (word, bit) in bloom_bits(hash) {
            bloom[word] |= bit;
        }
    }
    English {
        slots: Slots::new(&hashes),
        words,
        bloom,
    }
});

/// Whether the word made of `parts`, one after the other (whose FNV-1a hash is
/// `hash`), is in the list. Parts, so a variant is never built unless its hash is
/// found.
fn contains(parts: [&[u8]; 3], hash: u64) -> bool {
    let english = &*ENGLISH;
    if !bloom_bits(hash)
        .iter()
        .all(|&(word, bit)| english.bloom.get(word).is_some_and(|w| w & bit != 0))
    {
        return false;
    }
    let bytes = WORDS.as_bytes();
    let len = parts.iter().map(|p| p.len()).sum::<usize>();
    english
        .slots
        .find(hash, |i| {
            let Some(mut word) = english
                .words
                .get(i)
                .and_then(|&(from, to)| bytes.get(from as usize..to as usize))
            else {
                return false;
            };
            if word.len() != len {
                return false;
            }
            for part in parts {
                let Some((head, rest)) = word.split_at_checked(part.len()) else {
                    return false;
                };
                if head != part {
                    return false;
                }
                word = rest;
            }
            true
        })
        .is_some()
}

/// Whether the whole word `w` is in the list.
fn contains_word(w: &[u8]) -> bool {
    contains([w, &[], &[]], fnv1a_from(FNV_BASIS, w))
}

/// Whether the folded word `word` is an ordinary English word, in American or British
/// spelling (the list is American: honour, organise, centre, defence are found as
/// honor, organize, center, defense).
pub fn is_english(word: &str) -> bool {
    contains_word(word.as_bytes()) || american(word).is_some_and(|a| contains_word(a.as_bytes()))
}

/// The American spelling of a British one, if `word` has a British ending: -our,
/// -ise/-ised/-ising/-isation, -tre, -ence, -ogue.
fn american(word: &str) -> Option<String> {
    const ENDINGS: [(&str, &str); 11] = [
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("tre", "ter"),
        ("ence", "ense"),
        ("ogue", "og"),
    ];
    ENDINGS.iter().find_map(|(british, american)| {
        word.strip_suffix(british)
            .filter(|stem| stem.len() >= 2)
            .map(|stem| format!("{stem}{american}"))
    })
}

/// Whether the folded word `word` is an English word with one letter left out or two
/// letters swapped (Fomerly, Goverment, Presdient): a typo, not a name.
pub fn typo(word: &str) -> bool {
    let w = word.as_bytes();
    // Three-letter words are one letter away from too many others: Ade (aide), Obi
    // (obit).
    if w.len() < 4 {
        return false;
    }
    // A letter left out at `i`: the hash of the part before it is shared.
    let mut prefix = FNV_BASIS;
    for i in 0..=w.len() {
        for letter in b'a'..=b'z' {
            let hash = fnv1a_from(
                (prefix ^ u64::from(letter)).wrapping_mul(FNV_PRIME),
                &w[i..],
            );
            if contains([&w[..i], &[letter], &w[i..]], hash) {
                return true;
            }
        }
        if let Some(&b) = w.get(i) {
            prefix = (prefix ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    let mut swapped = w.to_vec();
    for i in 1..w.len() {
        swapped.swap(i - 1, i);
        if contains_word(&swapped) {
            return true;
        }
        swapped.swap(i - 1, i);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_names_are_not() {
        let mut count = 0;
        for w in WORDS.lines() {
            assert!(is_english(w), "{w}");
            count += 1;
        }
        assert!(count > 60_000, "{count}");
        for w in [
            "martial",
            "patch",
            "son",
            "internet",
            "cafe",
            "a",
            "zygote",
            "honour",
            "favour",
            "organisation",
            "centre",
            "defence",
            "labour",
            "catalogue",
        ] {
            assert!(is_english(w), "{w}");
        }
        for w in [
            "lukaku", "cloudera", "tinubu", "", "zzzz", "martia", "patchx", "café",
        ] {
            assert!(!is_english(w), "{w}");
        }
    }

    #[test]
    fn a_typo_is_one_missing_letter_or_two_swapped() {
        for w in [
            "fomerly",
            "goverment",
            "presdient",
            "ormerly",
            "formerl",
            "prsident",
        ] {
            assert!(typo(w), "{w}");
        }
        for w in [
            "lukaku",
            "cloudera",
            "tinubu",
            "ezenwafor",
            "kane",
            "ade",
            "obi",
        ] {
            assert!(!typo(w), "{w}");
        }
    }
}
