//! A fast hasher for the short words the extractor looks up at every token: FNV-1a is a
//! few instructions a byte, where the standard `SipHash` costs tens of nanoseconds a
//! lookup. These tables are built from our own data, so no flooding defence is needed.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

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

/// FNV-1a, 64-bit.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(FNV_BASIS)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a_from(self.0, bytes);
    }
}

/// A map keyed by words.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set of words.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
