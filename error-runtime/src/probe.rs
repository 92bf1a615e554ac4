//! Code → index lookups in the tables that `error-catalog` computes while
//! generating, with the same hashes and slot function (`error-hash`, one
//! copy for both).
//!
//! A table is a perfect hash: every known code has a slot of its own, so a
//! lookup is a hash, (for large catalogs) one displacement load, one slot
//! load and one comparison, with no loop and no branch on the table's
//! contents. An empty slot holds a key that cannot hash to it, so the
//! comparison alone tells a known code from an unknown one.

use error_hash::{edges, hash_i64, hash_str, middle};

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
    error_hash::spread(h, disp[(h >> bshift) as usize & (B - 1)].into(), shift)
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
