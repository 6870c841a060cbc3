//! Ordinary English words (`assets/english_words.txt`, from Debian's wamerican list):
//! what a lone capitalised word mid-sentence is when it is not a name (Martial, Patch,
//! Internet). The list is embedded, one folded word a line; the first lookup of a
//! process builds an open-addressing table over it (about 64,000 words, a few
//! milliseconds, no copy of the words).

use std::sync::LazyLock;

use super::fast::Slots;

const WORDS: &str = include_str!("../../assets/english_words.txt");

/// Each word as a byte range of [`WORDS`], the table of their hashes, and a Bloom
/// filter of 2^20 bits (128 KiB, two bits a word) in front of the table: the typo test
/// probes a few hundred words that are not there, and the filter answers most of them
/// from the cache instead of a read into the 1 MiB table and the text. A word's two
/// bits are in one 64-bit block, so a probe is one read.
///
/// Both are keyed by [`poly`], not by the FNV-1a of the other tables: the polynomial
/// hash of a word with a letter put in or two letters swapped follows from the word's
/// own in a few instructions, where FNV-1a would be run again over the rest of the
/// word for each of the typo test's variants.
struct English {
    words: Vec<(u32, u32)>,
    slots: Slots,
    bloom: Vec<u64>,
}

const BLOOM_BITS: u64 = 1 << 20;

/// The base of [`poly`]: odd, so no byte's weight vanishes modulo 2^64.
const POLY_BASE: u64 = 0xa076_1d64_78bd_642f;

/// The polynomial hash of `bytes`: each byte times [`POLY_BASE`] to the power of the
/// number of bytes after it, modulo 2^64.
fn poly(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |h: u64, &b| {
        h.wrapping_mul(POLY_BASE).wrapping_add(u64::from(b))
    })
}

/// The hash the table and the filter take for a word whose [`poly`] is `poly`: its
/// high bits mixed into its low ones, which depend on the low bits of the bytes alone.
fn spread(poly: u64) -> u64 {
    let x = (poly ^ (poly >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

/// The filter's block for `hash` ([`spread`]) and the two bits in it.
fn bloom_bits(hash: u64) -> (usize, u64) {
    let block = (hash >> 24) & (BLOOM_BITS / 64 - 1);
    let bits = (1_u64 << ((hash >> 44) & 63)) | (1_u64 << ((hash >> 52) & 63));
    // Below 2^14: the conversion cannot fail.
    (usize::try_from(block).unwrap_or(0), bits)
}

static ENGLISH: LazyLock<English> = LazyLock::new(|| {
    let mut words = Vec::with_capacity(70_000);
    let mut hashes = Vec::with_capacity(70_000);
    let mut bloom = vec![0_u64; (BLOOM_BITS / 64) as usize];
    // One pass over the bytes: each line's range and hash.
    let (mut start, mut polynomial) = (0_u32, 0_u64);
    for (at, &b) in (0_u32..).zip(WORDS.as_bytes()) {
        if b == b'\n' {
            let hash = spread(polynomial);
            words.push((start, at));
            hashes.push(hash);
            let (block, bits) = bloom_bits(hash);
            bloom[block] |= bits;
            (start, polynomial) = (at + 1, 0);
        } else {
            polynomial = polynomial
                .wrapping_mul(POLY_BASE)
                .wrapping_add(u64::from(b));
        }
    }
    English {
        slots: Slots::new(&hashes),
        words,
        bloom,
    }
});

impl English {
    /// Whether the filter lets a word whose [`poly`] is `poly` through: false for most
    /// words that are not in the list, true for every word that is.
    #[inline] // a few instructions, at each of the typo test's variants
    fn may_contain(&self, poly: u64) -> bool {
        let (block, bits) = bloom_bits(spread(poly));
        self.bloom.get(block).is_some_and(|b| b & bits == bits)
    }

    /// Whether the word made of `parts`, one after the other (whose [`poly`] is
    /// `poly`), is in the list. Parts, so a variant is never built to be looked up.
    fn contains(&self, parts: [&[u8]; 3], poly: u64) -> bool {
        if !self.may_contain(poly) {
            return false;
        }
        let hash = spread(poly);
        let bytes = WORDS.as_bytes();
        let len = parts.iter().map(|p| p.len()).sum::<usize>();
        self.slots
            .find(hash, |i| {
                let Some(mut word) = self
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
}

/// Whether the whole word `w` is in the list.
fn contains_word(w: &[u8]) -> bool {
    ENGLISH.contains([w, &[], &[]], poly(w))
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
    let english = &*ENGLISH;
    let n = w.len();
    // `power[k]` is the weight in [`poly`] of a byte with `k` bytes after it.
    let mut power = Vec::with_capacity(n + 2);
    power.push(1_u64);
    for k in 1..=n + 1 {
        power.push(power[k - 1].wrapping_mul(POLY_BASE));
    }
    let whole = poly(w);
    // A letter left out at `i`: the hash of the part before it is shared.
    let mut prefix_poly = 0_u64;
    for i in 0..=n {
        // The variant's polynomial: the part before `i` moved up a place, the letter,
        // the rest as it is in the word.
        let rest = whole.wrapping_sub(prefix_poly.wrapping_mul(power[n - i]));
        let mut variant = prefix_poly
            .wrapping_mul(power[n - i + 1])
            .wrapping_add(rest)
            .wrapping_add(u64::from(b'a').wrapping_mul(power[n - i]));
        for letter in b'a'..=b'z' {
            // The filter inlined, the call only for the few variants it lets through.
            if english.may_contain(variant)
                && english.contains([&w[..i], &[letter], &w[i..]], variant)
            {
                return true;
            }
            variant = variant.wrapping_add(power[n - i]);
        }
        if let Some(&b) = w.get(i) {
            prefix_poly = prefix_poly
                .wrapping_mul(POLY_BASE)
                .wrapping_add(u64::from(b));
        }
    }
    for i in 1..n {
        // Bytes `i - 1` and `i` trade their weights.
        let (a, b) = (u64::from(w[i - 1]), u64::from(w[i]));
        let (high, low) = (power[n - i], power[n - 1 - i]);
        let variant = whole
            .wrapping_sub(a.wrapping_mul(high))
            .wrapping_sub(b.wrapping_mul(low))
            .wrapping_add(b.wrapping_mul(high))
            .wrapping_add(a.wrapping_mul(low));
        // The swapped pair as a part of its own: no copy of the word is made.
        if english.may_contain(variant)
            && english.contains([&w[..i - 1], &[w[i], w[i - 1]], &w[i + 1..]], variant)
        {
            return true;
        }
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
    fn every_word_with_a_letter_left_out_or_two_swapped_is_a_typo() {
        // The filter's hash of each variant is derived from the word's: any slip there
        // would let a real typo through.
        for w in WORDS.lines().step_by(97).filter(|w| w.len() >= 5) {
            let w = w.as_bytes();
            for i in 0..w.len() {
                let mut left_out = w.to_vec();
                left_out.remove(i);
                let left_out = String::from_utf8(left_out).expect("ASCII");
                assert!(typo(&left_out), "{left_out}");
                if i > 0 {
                    let mut swapped = w.to_vec();
                    swapped.swap(i - 1, i);
                    let swapped = String::from_utf8(swapped).expect("ASCII");
                    assert!(typo(&swapped), "{swapped}");
                }
            }
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
