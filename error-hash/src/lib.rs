//! The hashes of the perfect-hash tables behind code → variant lookups.
//!
//! `error-catalog` hashes every code of a catalog while it generates the
//! enum and places each in a slot of its own; the generated code looks a code
//! up with `error-runtime`, which hashes it again. Both call this crate, so
//! the two sides cannot disagree on a hash or a slot. `no_std`, no
//! dependencies; every function is `#[inline(always)]`, as the lookups are a
//! handful of instructions.
//!
//! Not a stable API of its own: the hashes change when the generator and the
//! runtime change together.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// Spreads a displaced hash over the slot bits.
pub const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// The slot of hash `h` in a table of `2^(64 - shift)` slots, once its
/// bucket's displacement `d` is xored in: the top bits of a multiply.
#[inline(always)]
pub fn spread(h: u64, d: u64, shift: u32) -> usize {
    ((h ^ d).wrapping_mul(SPREAD) >> shift) as usize
}

/// The hash of an integer code.
#[inline(always)]
pub fn hash_i64(code: i64) -> u64 {
    (code as u64).wrapping_mul(SPREAD)
}

/// The first and last 8 bytes as little-endian words (4 and 4 for 4–7
/// bytes, three single bytes below): together with the length they are the
/// whole text up to 16 bytes.
#[inline(always)]
pub fn edges(s: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (s.first_chunk::<8>(), s.last_chunk::<8>()) {
        (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
    } else if let (Some(first), Some(last)) = (s.first_chunk::<4>(), s.last_chunk::<4>()) {
        (
            u64::from(u32::from_le_bytes(*first)),
            u64::from(u32::from_le_bytes(*last)),
        )
    } else if let (Some(&first), Some(&last)) = (s.first(), s.last()) {
        let middle = s[s.len() / 2];
        (
            u64::from(first) | u64::from(middle) << 8 | u64::from(last) << 16,
            0,
        )
    } else {
        (0, 0)
    }
}

/// The word at byte 8 of a text of at least 16 bytes (0 for shorter ones).
#[inline(always)]
pub fn middle(s: &[u8]) -> u64 {
    match s.get(8..).and_then(<[u8]>::first_chunk::<8>) {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// The hash of a string code from its [`edges`] `a` and `b` and length;
/// with `FULL`, every 8-byte word in between too (for tables where two codes
/// share their length and edges).
///
/// The length is added after the mix, not xored into an edge: `1000` and
/// `10000` have the same first edge, and last edges that differ in the bit
/// their lengths (4 and 5) differ in, so an xor made them one hash for every
/// seed and no table could hold both. Added after the mix, two codes whose
/// edges differ collide only for some seeds (the generator tries others), and
/// two whose edges agree differ by their lengths.
#[inline(always)]
pub fn hash_str<const FULL: bool>(s: &[u8], a: u64, b: u64, seed: u64) -> u64 {
    let n = s.len();
    let mut x = a ^ seed;
    if FULL && n > 16 {
        let mut at = 8;
        while at < n - 8 {
            let start = if at + 16 > n { n - 16 } else { at };
            if let Some(word) = s[start..].first_chunk::<8>() {
                x = mix(x, u64::from_le_bytes(*word));
            }
            at += 8;
        }
    }
    mix(x, b ^ seed.rotate_left(32)).wrapping_add(n as u64)
}

/// 64×64 → 128-bit multiply, folded.
#[inline(always)]
fn mix(x: u64, y: u64) -> u64 {
    let p = u128::from(x ^ 0xa076_1d64_78bd_642f) * u128::from(y ^ 0xe703_7ed1_a0b4_28db);
    (p as u64) ^ (p >> 64) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Codes no seed could tell apart before the length was kept out of
    /// the edges: an edge one bit off from its neighbour's, where the two
    /// lengths differ in that bit, or the same edges at two lengths.
    #[test]
    fn lengths_do_not_cancel_edges() {
        let pairs: [(&[u8], &[u8]); 4] = [
            (b"1000", b"10000"),
            (b"AAAAAAA@", b"AAAAAAAA@"),
            (b"AAAAAAAA", b"AAAAAAAAA"),
            (b"ab", b"aab"),
        ];
        for (x, y) in pairs {
            let same_for_every_seed = (0..8_u64).all(|seed| {
                let seed = seed.wrapping_mul(SPREAD);
                let (xa, xb) = edges(x);
                let (ya, yb) = edges(y);
                hash_str::<false>(x, xa, xb, seed) == hash_str::<false>(y, ya, yb, seed)
            });
            assert!(!same_for_every_seed, "{x:?} {y:?}");
        }
    }

    #[test]
    fn edges_cover_short_texts() {
        assert_eq!(edges(b""), (0, 0));
        assert_eq!(edges(b"abc"), (0x63_62_61, 0));
        assert_eq!(edges(b"abcd"), (0x6463_6261, 0x6463_6261));
        assert_eq!(
            edges(b"0123456789"),
            (
                u64::from_le_bytes(*b"01234567"),
                u64::from_le_bytes(*b"23456789")
            )
        );
        assert_eq!(
            middle(b"0123456789abcdef"),
            u64::from_le_bytes(*b"89abcdef")
        );
        assert_eq!(middle(b"0123456789abcde"), 0);
    }

    #[test]
    fn the_full_hash_reads_the_middle() {
        let (x, y) = (b"ACCOUNT_xxxx_ABCDEFGH", b"ACCOUNT_yyyy_ABCDEFGH");
        let (a, b) = edges(x);
        assert_eq!(edges(y), (a, b));
        assert_eq!(hash_str::<false>(x, a, b, 7), hash_str::<false>(y, a, b, 7));
        assert_ne!(hash_str::<true>(x, a, b, 7), hash_str::<true>(y, a, b, 7));
        assert_ne!(hash_i64(1), hash_i64(2));
        assert!(spread(hash_i64(1), 0, 60) < 16);
    }
}
