//! Code → variant and variant → code/message, per catalog: the enum that
//! `include_catalog!` generates against its competitors, on 1,024 lookups
//! (80% known, 20% unknown, random order). Each lookup is a call to an
//! `#[inline(never)]` function with a `black_box`ed argument and result;
//! `floor` is the same loop calling an identity function; `eq` compares
//! each input's variant with the next one's.

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use error_codes_bench as b;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::hint::black_box;

fn run<I: Copy, O>(
    g: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    inputs: &[I],
    f: impl Fn(I) -> O,
) {
    g.bench_function(id, |bench| {
        bench.iter(|| {
            for &input in inputs {
                black_box(f(black_box(input)));
            }
        });
    });
}

fn group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Elements(b::ebet::INPUTS.len() as u64));
    g
}

/// Variant → code and → message, ours against a plain `match`.
macro_rules! variant_to {
    ($c:ident, $m:ident) => {{
        use b::$m as m;
        let ours = m::INPUTS.map(m::ours);
        let ours: Vec<&m::Ours> = ours.iter().collect();
        let plain = m::INPUTS.map(m::plain);
        let plain: Vec<&m::Plain> = plain.iter().collect();
        let mut g = group($c, concat!("to_code/", stringify!($m)));
        run(&mut g, "ours", &ours, m::ours_code);
        run(&mut g, "match", &plain, m::plain_code);
        g.finish();
        let mut g = group($c, concat!("to_message/", stringify!($m)));
        run(&mut g, "ours", &ours, m::ours_message);
        run(&mut g, "match", &plain, m::plain_message);
        g.finish();
        // Each input against the next: mostly different variants, some equal.
        let ours_pairs: Vec<_> = ours
            .iter()
            .zip(ours.iter().cycle().skip(1))
            .map(|(a, b)| (*a, *b))
            .collect();
        let plain_pairs: Vec<_> = plain
            .iter()
            .zip(plain.iter().cycle().skip(1))
            .map(|(a, b)| (*a, *b))
            .collect();
        let mut g = group($c, concat!("eq/", stringify!($m)));
        run(&mut g, "ours", &ours_pairs, m::ours_eq);
        run(&mut g, "derived", &plain_pairs, m::plain_eq);
        g.finish();
    }};
}

/// Code → variant and variant → code/message for an integer catalog.
macro_rules! int_catalog {
    ($c:ident, $m:ident) => {{
        use b::$m as m;
        let std_map: HashMap<i64, m::Plain> = m::PAIRS.iter().copied().collect();
        let fx_map: FxHashMap<i64, m::Plain> = m::PAIRS.iter().copied().collect();
        let mut g = group($c, concat!("from_code/", stringify!($m)));
        run(&mut g, "floor", &m::INPUTS, m::floor);
        run(&mut g, "ours", &m::INPUTS, m::ours);
        run(&mut g, "match", &m::INPUTS, m::plain);
        run(&mut g, "num_enum", &m::INPUTS, m::num_enum);
        run(&mut g, "phf", &m::INPUTS, m::phf);
        run(&mut g, "std_hashmap", &m::INPUTS, |code| {
            m::std_map(&std_map, code)
        });
        run(&mut g, "fx_hashmap", &m::INPUTS, |code| {
            m::fx_map(&fx_map, code)
        });
        g.finish();
        variant_to!($c, $m);
    }};
}

/// Code → variant and variant → code/message for a string catalog.
macro_rules! str_catalog {
    ($c:ident, $m:ident) => {{
        use b::$m as m;
        let std_map: HashMap<&str, m::Plain> = m::PAIRS.iter().cloned().collect();
        let fx_map: FxHashMap<&str, m::Plain> = m::PAIRS.iter().cloned().collect();
        let flagged: Vec<(&str, bool)> = m::INPUTS.iter().copied().zip(m::KNOWN).collect();
        let mut g = group($c, concat!("from_code/", stringify!($m)));
        run(&mut g, "floor", &m::INPUTS, m::floor);
        run(&mut g, "floor_alloc", &flagged, m::floor_alloc);
        run(&mut g, "floor_inline", &flagged, m::floor_inline);
        run(&mut g, "ours", &m::INPUTS, m::ours);
        run(&mut g, "ours_lookup", &m::INPUTS, m::ours_lookup);
        run(&mut g, "match", &m::INPUTS, m::plain);
        run(&mut g, "strum", &m::INPUTS, m::strum);
        run(&mut g, "strum_phf", &m::INPUTS, m::strum_phf);
        run(&mut g, "phf", &m::INPUTS, m::phf);
        run(&mut g, "std_hashmap", &m::INPUTS, |code| {
            m::std_map(&std_map, code)
        });
        run(&mut g, "fx_hashmap", &m::INPUTS, |code| {
            m::fx_map(&fx_map, code)
        });
        g.finish();
        variant_to!($c, $m);
    }};
}

fn lookups(c: &mut Criterion) {
    int_catalog!(c, ebet);
    int_catalog!(c, int40);
    int_catalog!(c, int250);
    int_catalog!(c, int10k);
    str_catalog!(c, mm_gateway);
    str_catalog!(c, mm_customer);
    str_catalog!(c, str200);
    str_catalog!(c, str5000);
}

criterion_group!(benches, lookups);
criterion_main!(benches);
