//! Vendor error-code catalogs → Rust enums.
//!
//! The pipeline is explicit and shared by the `include_catalog!` macro, the
//! `build.rs` API and the `errcat` command line:
//! [`load`](load::load) reads the file into a spanned tree ([`toml_doc`],
//! [`json`]), [`parse`] reads the schema into the typed [`model`], [`validate`]
//! checks it (collecting every mistake as a [`Diagnostic`](diagnostic::Diagnostic)),
//! and [`generate`] turns it into tokens. Nothing here uses `proc_macro`.

pub mod diagnostic;
mod expand;
pub mod generate;
pub mod hash;
pub mod json;
pub mod load;
pub mod model;
pub mod names;
pub mod parse;
pub mod placeholder;
pub mod toml_doc;
pub mod validate;
pub mod value;

pub use expand::{expand_path, include_catalog, unknown_code};
