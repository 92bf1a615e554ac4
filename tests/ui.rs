//! Compile-fail tests: every kind of catalog mistake (`error_runtime::_guide::mistakes`) is a
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

use error_catalog::__unstable::toml_doc::quote;
use std::path::Path;

#[test]
fn ui() {
    write(Path::new(env!("CARGO_TARGET_TMPDIR")));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

/// One code whose message (and so its doc) is [`adv_big::big_message`];
/// its `{0}`s are text (`placeholders = "none"`), so `render` gives it back.
fn big_message_toml() -> String {
    format!(
        "[catalog]\nname = \"AdvBigMessage\"\nlang = \"zh-CN\"\nplaceholders = \"none\"\n\n[codes.1]\nname = \"Huge\"\nmessage = {}\n",
        quote(&adv_big::big_message())
    )
}

/// [`adv_big::CODES`] codes, each with its own name and message.
fn big_catalog_toml() -> String {
    let mut out = String::from("[catalog]\nname = \"AdvBigCatalog\"\nlang = \"en\"\n");
    for i in 0..adv_big::CODES {
        out.push_str(&format!(
            "\n[codes.{}]\nname = \"Code{i}\"\nmessage = {}\n",
            adv_big::code_of(i),
            quote(&adv_big::message_of(i))
        ));
    }
    out
}

/// Writes both catalogs into `dir`, leaving a file with the same bytes alone.
fn write(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in [
        ("adv_big_message.toml", big_message_toml()),
        ("adv_big_catalog.toml", big_catalog_toml()),
    ] {
        let path = dir.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
            std::fs::write(&path, text).unwrap();
        }
    }
}
