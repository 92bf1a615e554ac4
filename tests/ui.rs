//! Compile-fail tests: every catalog mistake of PRODUCT.md "Bad input" is a
//! compile error at the macro call naming `file:line:col`, the entry and a fix,
//! pinned in `tests/ui/fail/*.stderr`; `derive_*.rs` are the mistakes of
//! `#[derive(ErrorCode)]`, spanned at the offending variant or attribute token
//! (file mistakes of the bound form at its `file`). Each case has one mistake (except
//! `three_mistakes.rs`), so its `.stderr` also proves there is no cascade.
//!
//! trybuild builds each case in `target/tests/trybuild/error-codes/`, which is
//! the CARGO_MANIFEST_DIR the macro sees: catalogs are referred to as
//! `../../../../tests/ui/catalogs/NAME.toml`. The `map_*` cases are the
//! mistakes of `include_mapping!`, their mapping files in `tests/ui/mappings/`
//! (the catalogs they name are the seed `catalogs/` and `catalogs/mappings/payment.toml`).
//!
//! `tests/ui/pass/*.rs` must build and run. The big catalogs of `adv_big_*`
//! are generated first, into `CARGO_TARGET_TMPDIR` (`../../../tmp/` from
//! where the cases build): see `tests/ui/adv_big.rs`.

#[path = "ui/adv_big.rs"]
mod adv_big;

#[test]
fn ui() {
    adv_big::write(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
