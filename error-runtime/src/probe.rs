//! Code → index lookups in the tables that `error-catalog` computes while
//! generating (`error_catalog::hash`, which must compute exactly the same
//! hashes and slots; tests in `tests/properties.rs` check both copies).
//!
//! A table is a perfect hash: every known code has a slot of its own, so a
//! lookup is a hash, (for large catalogs) one displacement load, one slot
//! load and one comparison, with no loop and no branch on the table's
//! contents. An empty slot holds a key that cannot hash to it, so the
//! comparison alone tells a known code from an unknown one.

/// Spreads the displaced hash over the slot bits; fixed, shared with the generator.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// The slot of hash `h`: its bucket's displacement (`disp` has one entry for
/// small catalogs, which the compiler folds to a constant), xored in, then
/// the top bits of a multiply.
/// Displacements are stored in the narrowest of `u8`, `u16` and `u32` that
/// holds them, to keep the displacement array in L1.
#[inline(always)]
fn slot<D: Copy + Into<u64>, const B: usize>(
    h: u64,
    disp: &[D; B],
    bshift: u32,
    shift: u32,
) -> usize {
    let d: u64 = disp[(h >> bshift) as usize & (B - 1)].into();
    ((h ^ d).wrapping_mul(SPREAD) >> shift) as usize
}

/// Looks an integer code up: its index in catalog order, or `None`.
#[inline(always)]
pub fn probe_i64<D: Copy + Into<u64>, const M: usize, const B: usize>(
    table: &[(i64, u32); M],
    disp: &[D; B],
    code: i64,
    bshift: u32,
    shift: u32,
) -> Option<usize> {
    let (key, index) = table[slot(hash_i64(code), disp, bshift, shift) & (M - 1)];
    if key == code {
        Some(index as usize)
    } else {
        None
    }
}

/// The hash of an integer code.
#[inline(always)]
pub fn hash_i64(code: i64) -> u64 {
    (code as u64).wrapping_mul(SPREAD)
}

/// Looks a string code up: its index in catalog order, or `None`. A slot is
/// `(first word, word at byte 8, last word, length, index)`: with the length
/// they settle codes of up to 24 bytes without reading any text; `codes`
/// (in catalog order) holds the rest of longer ones. An empty slot is
/// `(1, 0, 0, 0, 0)`: only the empty text has length 0, and its first word
/// is 0. `full` (chosen by the generator when two codes share length and
/// edge words) also hashes the middle.
#[inline(always)]
pub fn probe_str<D: Copy + Into<u64>, const M: usize, const B: usize>(
    table: &[(u64, u64, u64, u32, u32); M],
    disp: &[D; B],
    codes: &[&str],
    code: &str,
    (seed, full): (u64, bool),
    bshift: u32,
    shift: u32,
) -> Option<usize> {
    let bytes = code.as_bytes();
    let (a, b) = edges(bytes);
    // `full` is a literal at every call site: the branch folds away.
    let h = if full {
        hash_str::<true>(bytes, a, b, seed)
    } else {
        hash_str::<false>(bytes, a, b, seed)
    };
    let (ka, km, kb, len, index) = table[slot(h, disp, bshift, shift) & (M - 1)];
    let n = bytes.len();
    let found = len as usize == n
        && ka == a
        && kb == b
        && (n <= 16 || km == middle(bytes))
        && (n <= 24
            || codes
                .get(index as usize)
                .is_some_and(|key| bytes[16..n - 8] == key.as_bytes()[16..n - 8]));
    if found {
        Some(index as usize)
    } else {
        None
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

/// The hash of a string code from its edge words and length; with `FULL`,
/// every 8-byte word in between too.
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
    mix(x, b ^ (n as u64) ^ seed.rotate_left(32))
}

/// 64×64 → 128-bit multiply, folded.
#[inline(always)]
fn mix(x: u64, y: u64) -> u64 {
    let p = u128::from(x ^ 0xa076_1d64_78bd_642f) * u128::from(y ^ 0xe703_7ed1_a0b4_28db);
    (p as u64) ^ (p >> 64) as u64
}
