//! Edition 2021 (the workspace's), with the lints of 2024 denied, so
//! generated code is already compatible with them.
#![deny(warnings, missing_docs, rust_2018_idioms)]
#![deny(rust_2024_compatibility)]

#[path = "../../common.rs"]
pub mod common;
