//! The big catalogs, generated at test time rather than committed (they
//! are megabytes): `tests/ui.rs` writes them to `CARGO_TARGET_TMPDIR`
//! (`target/tmp`, which a trybuild case reaches as `../../../tmp/`) before
//! the cases build, and the pass cases include this file to know what to
//! expect. Deterministic: the same bytes on every run, so an unchanged file
//! is not rewritten and does not rebuild the case.

use error_catalog::toml_doc::quote;
use std::path::Path;

/// The big message's length in bytes: 1 MiB.
pub const MESSAGE_BYTES: usize = 1 << 20;
/// The big catalog's number of codes.
pub const CODES: usize = 65_536;

/// A 1 MiB message: every awkward character (quotes, backslash, CR/LF, NUL,
/// a direction control, braces, a comment end, a code fence), repeated and
/// padded with `x` to exactly [`MESSAGE_BYTES`].
pub fn big_message() -> String {
    const PIECE: &str = "签名不对 \"quoted\" \\ {0} */ ```rust\n😀\r\n\t\u{202e}\0 ";
    let mut text = String::with_capacity(MESSAGE_BYTES);
    while text.len() + PIECE.len() <= MESSAGE_BYTES {
        text.push_str(PIECE);
    }
    while text.len() < MESSAGE_BYTES {
        text.push('x');
    }
    text
}

/// The code of the big catalog's `i`th entry: sparse, negative ones first.
pub fn code_of(i: usize) -> i64 {
    i as i64 * 37 - 1_000_000
}

/// The message of the big catalog's `i`th entry.
pub fn message_of(i: usize) -> String {
    format!("message {i}: \"{}\"", code_of(i))
}

/// One code whose message (and so its doc) is [`big_message`].
pub fn big_message_toml() -> String {
    format!(
        "[catalog]\nname = \"AdvBigMessage\"\nlang = \"zh-CN\"\n\n[codes.1]\nname = \"Huge\"\nmessage = {}\n",
        quote(&big_message())
    )
}

/// [`CODES`] codes, each with its own name and message.
pub fn big_catalog_toml() -> String {
    let mut out = String::from("[catalog]\nname = \"AdvBigCatalog\"\nlang = \"en\"\n");
    for i in 0..CODES {
        out.push_str(&format!(
            "\n[codes.{}]\nname = \"Code{i}\"\nmessage = {}\n",
            code_of(i),
            quote(&message_of(i))
        ));
    }
    out
}

/// Writes both catalogs into `dir`, leaving a file with the same bytes alone.
pub fn write(dir: &Path) {
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
