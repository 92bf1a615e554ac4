//! Open-addressing tables computed while generating, so that code → variant is
//! a multiply, a shift and (almost always) one probe at run time, with no set-up
//! and no dependency. The runtime side is `error_runtime::__private::{probe_i64,
//! probe_str, hash_str}`; `hash_str` here must stay identical to it (a test in
//! `tests/` checks both on the same inputs).

/// Marks an empty slot in a generated table.
pub const EMPTY: u32 = u32::MAX;

/// A table in slot order: `slots[i]` is the index of the entry stored there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Multiplier of the slot function.
    pub mul: u64,
    /// Right shift of the slot function (64 − log2 of the table size).
    pub shift: u32,
    /// Entry index per slot, `None` for empty slots.
    pub slots: Vec<Option<u32>>,
}

/// FNV-1a over the bytes, then a multiply to spread the high bits: the slot of
/// a string code is `hash_str(code) * mul >> shift`.
pub fn hash_str(code: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in code.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 32)
}

/// The table for integer codes (keys are the codes' bit patterns as `u64`).
pub fn int_table(codes: &[i64]) -> Table {
    let keys: Vec<u64> = codes.iter().map(|&c| c as u64).collect();
    build(&keys)
}

/// The table for string codes.
pub fn str_table(codes: &[&str]) -> Table {
    let keys: Vec<u64> = codes.iter().map(|c| hash_str(c)).collect();
    build(&keys)
}

/// Tries a fixed sequence of odd multipliers (deterministic: same catalog, same
/// table) and keeps the one with the fewest extra probes.
fn build(keys: &[u64]) -> Table {
    let size = (keys.len() * 2).next_power_of_two().max(2);
    let bits = size.trailing_zeros();
    let shift = 64 - bits;
    let mut best: Option<(usize, Table)> = None;
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..32 {
        state = splitmix(state);
        let mul = state | 1;
        let mut slots = vec![None; size];
        let mut cost = 0;
        for (index, key) in keys.iter().enumerate() {
            let mut slot = (key.wrapping_mul(mul) >> shift) as usize;
            while slots[slot].is_some() {
                slot = (slot + 1) & (size - 1);
                cost += 1;
            }
            slots[slot] = u32::try_from(index).ok();
        }
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            let done = cost == 0;
            best = Some((cost, Table { mul, shift, slots }));
            if done {
                break;
            }
        }
    }
    best.map(|(_, table)| table).unwrap_or(Table {
        mul: 1,
        shift,
        slots: vec![None; size],
    })
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

    fn find(table: &Table, key: u64, codes: &[u64]) -> Option<u32> {
        let mask = table.slots.len() - 1;
        let mut slot = (key.wrapping_mul(table.mul) >> table.shift) as usize;
        loop {
            let index = table.slots[slot]?;
            if codes[index as usize] == key {
                return Some(index);
            }
            slot = (slot + 1) & mask;
        }
    }

    #[test]
    fn every_code_is_found_and_others_are_not() {
        let codes: Vec<i64> = (0..1000)
            .map(|i| i * 7919 - 3_000_000)
            .chain([i64::MIN, i64::MAX, -1, 0])
            .collect();
        let table = int_table(&codes);
        let keys: Vec<u64> = codes.iter().map(|&c| c as u64).collect();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(find(&table, *k, &keys), Some(i as u32));
        }
        assert_eq!(find(&table, 5, &keys), None);
        assert!(table.slots.iter().filter(|s| s.is_none()).count() >= table.slots.len() / 2);
    }

    #[test]
    fn empty_and_deterministic() {
        assert_eq!(int_table(&[]).slots, vec![None, None]);
        assert_eq!(str_table(&["a", "b"]), str_table(&["a", "b"]));
        assert_ne!(hash_str("0000"), hash_str("00000"));
    }
}
