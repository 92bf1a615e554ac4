//! Perfect-hash tables computed while generating, so that code → variant is a
//! hash, one slot load and one comparison at run time, with no loop, no
//! set-up and no dependency. The runtime side is
//! `error_runtime::__private::{probe_i64, probe_str}`; both take the hashes
//! and the slot function from `error-hash`.
//!
//! Small catalogs get a single-level table: a displacement searched until
//! every code has a slot of its own. Larger ones get hash-and-displace: the
//! top bits of the hash pick a bucket whose displacement, searched here
//! bucket by bucket (largest first), places all its codes in free slots.

pub use error_hash::{edges, hash_i64, middle};
use error_hash::{hash_str, spread};

/// Largest single-level table tried, in bytes (it should stay in L1).
const SINGLE_LEVEL_BYTES: usize = 16 * 1024;

/// Displacements tried per single-level table size.
const SINGLE_LEVEL_TRIES: u32 = 2048;

/// Displacements tried per bucket before the table is doubled.
const BUCKET_TRIES: u32 = 1 << 20;

/// A table in slot order: `slots[i]` is the index of the code stored there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Displacement per bucket (one entry for a single-level table).
    pub disp: Vec<u32>,
    /// Right shift giving the bucket of a hash.
    pub bshift: u32,
    /// Right shift giving the slot (64 − log2 of the table size).
    pub shift: u32,
    /// Code index per slot, `None` for empty slots.
    pub slots: Vec<Option<u32>>,
    /// String tables: the hash seed.
    pub seed: u64,
    /// String tables: whether the hash reads every word (two codes share
    /// their length and first and last 8 bytes).
    pub full: bool,
}

impl Table {
    /// The slot of hash `h`; identical to the runtime's.
    pub fn slot(&self, h: u64) -> usize {
        slot(h, &self.disp, self.bshift, self.shift)
    }
}

fn slot(h: u64, disp: &[u32], bshift: u32, shift: u32) -> usize {
    spread(
        h,
        u64::from(disp[(h >> bshift) as usize & (disp.len() - 1)]),
        shift,
    )
}

/// FNV-1a over the bytes with a final fold: a stable name hash (the
/// code-reference macros' hidden names), not used by lookups.
pub fn name_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 32)
}

/// The hash of a string code, as the runtime computes it.
pub fn hash_code_str(s: &str, seed: u64, full: bool) -> u64 {
    let s = s.as_bytes();
    let (a, b) = edges(s);
    if full {
        hash_str::<true>(s, a, b, seed)
    } else {
        hash_str::<false>(s, a, b, seed)
    }
}

/// The table for integer codes (distinct, as validation guarantees).
pub fn int_table(codes: &[i64]) -> Result<Table, String> {
    let hashes: Vec<u64> = codes.iter().map(|&c| hash_i64(c)).collect();
    place(&hashes, 16).ok_or_else(|| format!("no perfect hash found for {} codes", codes.len()))
}

/// The table for string codes (distinct): the first seed, first without
/// and then with `full`, under which no two codes share a hash.
pub fn str_table(codes: &[&str]) -> Result<Table, String> {
    let edges_shared = {
        let mut keys: Vec<(usize, u64, u64)> = codes
            .iter()
            .map(|c| {
                let (a, b) = edges(c.as_bytes());
                (c.len(), a, b)
            })
            .collect();
        keys.sort_unstable();
        keys.windows(2).any(|w| w[0] == w[1])
    };
    for full in [false, true] {
        if full != edges_shared {
            continue;
        }
        let mut seed = 0_u64;
        for _ in 0..64 {
            seed = splitmix(seed);
            let hashes: Vec<u64> = codes.iter().map(|c| hash_code_str(c, seed, full)).collect();
            let mut sorted = hashes.clone();
            sorted.sort_unstable();
            if sorted.windows(2).any(|w| w[0] == w[1]) {
                continue;
            }
            if let Some(table) = place(&hashes, 32) {
                return Ok(Table {
                    seed,
                    full,
                    ..table
                });
            }
        }
    }
    Err(format!("no perfect hash found for {} codes", codes.len()))
}

/// Places distinct hashes in a table with one slot per hash; `entry` is a
/// slot's size in bytes. `None` only if the search gives up, which distinct
/// hashes make practically impossible.
fn place(hashes: &[u64], entry: usize) -> Option<Table> {
    let n = hashes.len();
    let mut size = n.next_power_of_two().max(2);
    // Single level: the smallest table, up to L1-sized, with a displacement
    // that gives every code its own slot.
    while size * entry <= SINGLE_LEVEL_BYTES {
        let shift = 64 - size.trailing_zeros();
        let mut used = vec![false; size];
        for d in 0..SINGLE_LEVEL_TRIES {
            used.fill(false);
            let disp = [d];
            let free = hashes.iter().all(|&h| {
                let s = slot(h, &disp, 63, shift);
                !std::mem::replace(&mut used[s], true)
            });
            if free {
                return Some(table(hashes, vec![d], 63, shift));
            }
        }
        size *= 2;
    }
    // Hash and displace, at most 80% full, about four codes per bucket.
    let mut size = n.next_power_of_two().max(2);
    if n * 5 > size * 4 {
        size *= 2;
    }
    let buckets = (n / 4).max(1).next_power_of_two();
    let bshift = 64 - buckets.trailing_zeros().max(1);
    for _ in 0..8 {
        if let Some(disp) = displace(hashes, size, buckets, bshift) {
            return Some(table(hashes, disp, bshift, 64 - size.trailing_zeros()));
        }
        size *= 2;
    }
    None
}

/// One displacement per bucket, placing the largest buckets first.
fn displace(hashes: &[u64], size: usize, buckets: usize, bshift: u32) -> Option<Vec<u32>> {
    let shift = 64 - size.trailing_zeros();
    let mut members = vec![Vec::new(); buckets];
    for &h in hashes {
        members[(h >> bshift) as usize & (buckets - 1)].push(h);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
    let mut used = vec![false; size];
    let mut disp = vec![0; buckets];
    let mut slots = Vec::new();
    for b in order {
        if members[b].is_empty() {
            break;
        }
        let found = (0..BUCKET_TRIES).find(|&d| {
            slots.clear();
            for &h in &members[b] {
                let s = spread(h, u64::from(d), shift);
                if used[s] || slots.contains(&s) {
                    return false;
                }
                slots.push(s);
            }
            true
        })?;
        for &s in &slots {
            used[s] = true;
        }
        disp[b] = found;
    }
    Some(disp)
}

fn table(hashes: &[u64], disp: Vec<u32>, bshift: u32, shift: u32) -> Table {
    let mut table = Table {
        disp,
        bshift,
        shift,
        slots: vec![None; 1 << (64 - shift)],
        seed: 0,
        full: false,
    };
    for (index, &h) in hashes.iter().enumerate() {
        let s = table.slot(h);
        table.slots[s] = u32::try_from(index).ok();
    }
    table
}

/// For an empty slot of an integer table: a key that hashes elsewhere, so
/// that looking it up there finds no match.
pub fn int_filler(table: &Table, slot: usize) -> i64 {
    (0..)
        .find(|&k| table.slot(hash_i64(k)) != slot)
        .unwrap_or_default()
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_int(table: &Table, codes: &[i64], code: i64) -> Option<u32> {
        let s = table.slot(hash_i64(code));
        let index = table.slots[s]?;
        (codes[index as usize] == code).then_some(index)
    }

    #[test]
    fn every_code_is_found_and_others_are_not() {
        for codes in [
            (0..40).map(|i| i * 3 - 10).collect::<Vec<i64>>(),
            (0..1000)
                .map(|i| i * 7919 - 3_000_000)
                .chain([i64::MIN, i64::MAX, -1, 0])
                .collect(),
        ] {
            let table = int_table(&codes).unwrap();
            for (i, &c) in codes.iter().enumerate() {
                assert_eq!(find_int(&table, &codes, c), Some(i as u32));
            }
            assert_eq!(find_int(&table, &codes, 4), None);
            assert!(table.slots.len() * 16 <= SINGLE_LEVEL_BYTES.max(codes.len() * 64));
        }
    }

    #[test]
    fn small_catalogs_are_single_level_and_large_ones_displaced() {
        let small: Vec<i64> = (0..40).map(|i| i * 1000 + 7).collect();
        assert_eq!(int_table(&small).unwrap().disp.len(), 1);
        let large: Vec<i64> = (0..10_000).map(|i| i * 37 - 99).collect();
        let table = int_table(&large).unwrap();
        assert!(table.disp.len() > 1);
        assert!(table.slots.len() <= 16_384);
    }

    #[test]
    fn shared_edges_switch_to_the_full_hash() {
        let codes = ["ACCOUNT_xxxx_ABCDEFGH", "ACCOUNT_yyyy_ABCDEFGH", "E1"];
        let table = str_table(&codes).unwrap();
        assert!(table.full);
        let slots: Vec<usize> = codes
            .iter()
            .map(|c| table.slot(hash_code_str(c, table.seed, true)))
            .collect();
        assert!(slots[0] != slots[1] && slots[1] != slots[2] && slots[0] != slots[2]);
        assert!(!str_table(&["a", "b"]).unwrap().full);
    }

    /// Digit codes of every length side by side (a string catalog of a
    /// vendor's numbers, `0`, `1000`, `10000`, `05009`): neighbours one digit
    /// longer share edges up to a bit, which no seed could once separate.
    #[test]
    fn digit_codes_of_every_length_get_a_table() {
        let mut codes: Vec<String> = (0..3_000).map(|i: u32| i.to_string()).collect();
        codes.extend((0..3_000).map(|i: u32| (i * 10).to_string()));
        codes.extend((0..1_000).map(|i: u32| format!("{i:05}")));
        codes.sort();
        codes.dedup();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        for n in [2, 16, 135, codes.len()] {
            assert!(str_table(&codes[..n]).is_ok(), "{n} codes");
        }
    }

    #[test]
    fn empty_and_deterministic() {
        assert_eq!(int_table(&[]).unwrap().slots, vec![None, None]);
        assert_eq!(str_table(&["a", "b"]), str_table(&["a", "b"]));
        assert_ne!(
            hash_code_str("0000", 1, false),
            hash_code_str("00000", 1, false)
        );
    }

    #[test]
    fn fillers_hash_elsewhere() {
        let codes: Vec<i64> = (0..100).collect();
        let table = int_table(&codes).unwrap();
        for (s, slot) in table.slots.iter().enumerate() {
            if slot.is_none() {
                assert_ne!(table.slot(hash_i64(int_filler(&table, s))), s);
            }
        }
    }
}
