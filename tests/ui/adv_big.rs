//! The big catalogs' contents, generated at test time rather than committed
//! (they are megabytes): `tests/ui.rs` writes them to `CARGO_TARGET_TMPDIR`
//! (`target/tmp`, which a trybuild case reaches as `../../../tmp/`) before
//! the cases build, and the pass cases include this file to know what to
//! expect. Deterministic: the same bytes on every run, so an unchanged file
//! is not rewritten and does not rebuild the case. Plain `std` only: the
//! cases include it, and what they use trybuild builds twice.

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
