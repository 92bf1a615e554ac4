//! Edition 2018, with the lints of 2021 and 2024 denied, so generated code
//! is already compatible with them.
#![deny(warnings, missing_docs, rust_2018_idioms)]
#![deny(rust_2021_compatibility, rust_2024_compatibility)]

#[path = "../../common.rs"]
pub mod common;
