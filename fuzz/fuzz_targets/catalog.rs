//! `include_catalog!`'s pipeline (load, parse, validate, generate) on
//! arbitrary text, as a TOML and as a JSON catalog: besides never panicking,
//! the expansion parses as a Rust file whose `compile_error!`s are exactly
//! the reported mistakes (see error-catalog/tests/support/pipeline.rs, the
//! property this target shares with the proptest `fuzz_pipeline`).
//!
//! One target for both formats: a catalog's format is its file's extension,
//! not its content, so each input is fed to both readers (a reader rejects
//! the other format at its first byte, so this costs little), and the seeds
//! are the catalogs as they are, without a format byte for mutations to flip.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../error-catalog/tests/support/pipeline.rs"]
mod pipeline;

fuzz_target!(|data: &[u8]| {
    // A catalog that is not UTF-8 is rejected before any of this; the lossy
    // text keeps mutated bytes useful.
    let text = String::from_utf8_lossy(data);
    if let Err(failure) = pipeline::check(&text) {
        panic!("{failure}\n--- input:\n{text}");
    }
});
