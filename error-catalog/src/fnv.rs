//! FNV-1a for the lookup tables of reading and validation: their keys are
//! short, and the macro runs unoptimised, where SipHash is slow. Only used for
//! lookups, so the (fixed) hash never decides any order.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` hashed with [`Fnv`].
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The FNV-1a hasher.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        let mut i = 0;
        while i < bytes.len() {
            h ^= u64::from(bytes[i]);
            h = h.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
