//! Hashing the short words the extractor looks up at every token: FNV-1a is a few
//! instructions a byte, where the standard `SipHash` costs tens of nanoseconds a
//! lookup, and each word of a text is hashed once ([`word_hash`]).
//!
//! The per-article maps and sets hold words from the feed, which an attacker writes.
//! From FNV's public basis, words that collide in all 64 bits can be made offline (a
//! birthday search, then chained into thousands, since FNV-1a extends a collision
//! with any common suffix), and no mixing after the fact parts them: one article of
//! such words would make every set it fills quadratic. So words are hashed from a
//! basis chosen at random per process ([`word_basis`]), where such collisions do not
//! carry over, and the hasher mixes the result with a second random key before a map
//! sees it ([`keyed`]), so that crafted low bits do not pile into one bucket either.
//! The static tables ([`Slots`]) are built in each process from our own lists with the
//! same basis, and are at most half full, so a probe from a crafted word still stops
//! within the short runs they have.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a's starting value.
pub const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a's multiplier.
pub const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a, 64-bit, continued from `hash` over `bytes`. A `const fn`, so a hash of the
/// bundled files is computed when the crate is compiled.
pub const fn fnv1a_from(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    hash
}

/// This process's basis for [`word_hash`]: FNV-1a's public basis, changed by a value
/// random per process.
static WORD_BASIS: LazyLock<u64> =
    LazyLock::new(|| FNV_BASIS ^ RandomState::new().hash_one(0x0064_646d_5f77_6f72_u64));

/// Where this process's word hashes start: read it once before hashing many words.
pub fn word_basis() -> u64 {
    *WORD_BASIS
}

/// This process's key for [`keyed`].
static KEY: LazyLock<u64> =
    LazyLock::new(|| RandomState::new().hash_one(0x0064_646d_5f6b_6579_u64));

/// `hash` mixed with this process's random key, every bit of the result depending on
/// every bit of `hash` (a multiply and a shift: a nanosecond).
pub fn keyed(hash: u64) -> u64 {
    let x = (hash ^ *KEY).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

/// FNV-1a, 64-bit, from this process's [`word_basis`] and keyed when finished
/// ([`keyed`]).
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(word_basis())
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        keyed(self.0)
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a_from(self.0, bytes);
    }

    /// A whole `u64` in one FNV step: a [`Hashed`] key's hash is not hashed again byte
    /// by byte.
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(FNV_PRIME);
    }
}

/// A map keyed by words.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set of words.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A word with its [`word_hash`], as a set's key: the set takes the hash it has (one
/// step of [`Fnv`]) and compares the words, so a token's word is never hashed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hashed<'a> {
    pub word: &'a str,
    pub hash: u64,
}

impl Hashed<'_> {
    /// `word` and its hash.
    pub fn of(word: &str) -> Hashed<'_> {
        Hashed {
            word,
            hash: word_hash(word),
        }
    }
}

impl std::hash::Hash for Hashed<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// A set of words keyed by their precomputed hashes.
pub type HashedSet<'a> = HashSet<Hashed<'a>, BuildHasherDefault<Fnv>>;

/// FNV-1a of a word from this process's [`word_basis`]: the hash [`WordTable`], the
/// matcher's first-word table and the per-article sets use, computed once per word of
/// the text.
pub fn word_hash(word: &str) -> u64 {
    fnv1a_from(word_basis(), word.as_bytes())
}

/// Open addressing by hash over a list of items. A slot holds an item's index + 1 (0 is
/// empty) and the high half of its hash, so a probe passes other words without
/// reading them: most words looked up are in no table. The length is a power of two,
/// at least twice the number of items, so a probe always ends at an empty slot. Items
/// past the `u32::MAX - 1`th are left out (no gazetteer comes near: the matcher's own
/// offsets are `u32`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slots(Vec<u64>);

impl Slots {
    /// Slots for items whose hashes are `hashes`, in order.
    pub fn new(hashes: &[u64]) -> Slots {
        let mut slots = vec![0_u64; (hashes.len() * 2).next_power_of_two().max(16)];
        let mask = slots.len() - 1;
        for (i, &hash) in hashes.iter().enumerate() {
            let Ok(index) = u32::try_from(i + 1) else {
                break;
            };
            let mut h = low(hash);
            while slots[h & mask] != 0 {
                h = h.wrapping_add(1);
            }
            slots[h & mask] = (hash & !0xffff_ffff) | u64::from(index);
        }
        Slots(slots)
    }

    /// The first item with hash `hash` for which `is` holds.
    #[inline] // a few instructions a probe, at every word of a text
    pub fn find(&self, hash: u64, mut is: impl FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.0.len().checked_sub(1)?;
        let mut h = low(hash);
        loop {
            let slot = self.0[h & mask];
            let index = usize::try_from(slot & 0xffff_ffff).ok()?.checked_sub(1)?;
            if slot >> 32 == hash >> 32 && is(index) {
                return Some(index);
            }
            h = h.wrapping_add(1);
        }
    }
}

/// Where a hash's probe starts (before the mask).
fn low(hash: u64) -> usize {
    // Truncating is the point: the mask keeps the low bits.
    #[allow(clippy::cast_possible_truncation)]
    let h = hash as usize;
    h
}

/// A read-only map from words to a `u32`, probed with a hash the caller already has
/// (each token's, computed once), so a word is never hashed twice.
#[derive(Debug)]
pub struct WordTable {
    /// The words and their values.
    keys: Vec<(Box<str>, u32)>,
    slots: Slots,
}

impl WordTable {
    /// A table of `pairs`; a word given twice gets its values OR-ed together.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, u32)>) -> WordTable {
        let mut index: FastMap<&'a str, usize> = FastMap::default();
        let mut keys: Vec<(Box<str>, u32)> = Vec::new();
        for (word, value) in pairs {
            if let Some(&i) = index.get(word) {
                keys[i].1 |= value;
            } else {
                index.insert(word, keys.len());
                keys.push((word.into(), value));
            }
        }
        let hashes: Vec<u64> = keys.iter().map(|(word, _)| word_hash(word)).collect();
        WordTable {
            slots: Slots::new(&hashes),
            keys,
        }
    }

    /// Every value, for tests.
    #[cfg(test)]
    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        self.keys.iter().map(|(_, value)| *value)
    }

    /// The value of `word`, whose [`word_hash`] is `hash`; 0 when it is not there.
    pub fn get(&self, word: &str, hash: u64) -> u32 {
        let found = self.slots.find(hash, |i| {
            self.keys.get(i).is_some_and(|(key, _)| **key == *word)
        });
        found
            .and_then(|i| self.keys.get(i))
            .map_or(0, |(_, value)| *value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_table_finds_its_words_and_nothing_else() {
        let table = WordTable::new([("said", 1), ("told", 2), ("said", 4), ("", 8)]);
        let get = |w: &str| table.get(w, word_hash(w));
        assert_eq!(get("said"), 5);
        assert_eq!(get("told"), 2);
        assert_eq!(get(""), 8);
        assert_eq!(get("sai"), 0);
        assert_eq!(get("saidx"), 0);
    }

    /// A word's hash cannot be worked out from FNV's public basis, so words made to
    /// collide from it do not collide here: they stay apart in a set's buckets.
    #[test]
    fn word_hashes_start_from_a_basis_of_this_process() {
        assert_ne!(word_basis(), FNV_BASIS);
        assert_ne!(word_hash("peace"), fnv1a_from(FNV_BASIS, b"peace"));
        assert_eq!(word_hash("peace"), fnv1a_from(word_basis(), b"peace"));
        let mut set: HashedSet<'_> = HashedSet::default();
        assert!(set.insert(Hashed::of("peace")));
        assert!(!set.insert(Hashed::of("peace")));
        assert!(set.insert(Hashed::of("Peace")));
    }
}
