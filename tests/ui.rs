//! Compile-fail tests: every catalog mistake of PRODUCT.md "Bad input" is a
//! compile error at the macro call naming `file:line:col`, the entry and a fix,
//! pinned in `tests/ui/fail/*.stderr`; `derive_*.rs` are the mistakes of
//! `#[derive(ErrorCode)]`, spanned at the offending variant or attribute token
//! (file mistakes of the bound form at its `file`). Each case has one mistake (except
//! `three_mistakes.rs`), so its `.stderr` also proves there is no cascade.
//!
//! trybuild builds each case in `target/tests/trybuild/error-codes/`, which is
//! the CARGO_MANIFEST_DIR the macro sees: catalogs are referred to as
//! `../../../../tests/ui/catalogs/NAME.toml`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
