//! The catalog TOML reader (`error_catalog::__unstable::toml_doc`) on arbitrary text,
//! against the `toml` crate: besides never panicking, both accept or both
//! reject, and when both accept they read the same tree, spans included
//! (error-catalog/tests/support/toml_oracle.rs, the comparison this target
//! shares with the proptest `toml_oracle`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../error-catalog/tests/support/toml_oracle.rs"]
mod toml_oracle;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(failure) = toml_oracle::compare(text) {
        panic!("{failure}");
    }
});
