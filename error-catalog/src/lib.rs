//! Vendor error-code catalogs → Rust enums.
//!
//! Kept free of `proc_macro` so that the `include_catalog!` macro (and
//! `#[derive(ErrorCode)]`, which feeds the same pipeline from attributes), its tests
//! and other front ends (a `build.rs` API, a command line) can share one
//! explicit pipeline: [`load`](load::load) reads the file into a spanned tree ([`toml_doc`],
//! [`json`]), [`parse`] reads the schema into the typed [`model`], [`validate`]
//! checks it (collecting every mistake as a [`Diagnostic`](diagnostic::Diagnostic)),
//! and [`generate`] turns it into tokens. Nothing here uses `proc_macro`.

mod derive;
pub mod diagnostic;
mod expand;
mod fnv;
pub mod generate;
pub mod hash;
pub mod json;
pub mod load;
pub mod mapping;
pub mod model;
pub mod names;
pub mod parse;
pub mod placeholder;
pub mod runtime;
pub mod schema;
pub mod toml_doc;
pub mod validate;
pub mod value;

pub use derive::derive_error_code;
pub use expand::{expand_path, expand_str, include_catalog, include_catalog_output, unknown_code};
pub use mapping::include_mapping;
