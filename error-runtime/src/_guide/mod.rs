//! The manual: how to write a catalog, what it generates, and every decision
//! a user relies on, with examples that run as doctests.
//!
//! Nothing here is code; the pages are modules so that they live in this
//! crate's documentation (on docs.rs beside the API), in the style of
//! `clap::_derive`. Start with the crate page's example, then:
//!
//! - [`catalog`]: the catalog file, field by field: code types, placeholders,
//!   categories, subsets, names, files and encodings. Every help text of a
//!   catalog mistake points here.
//! - [`generated`]: what [`include_catalog!`](crate::include_catalog)
//!   generates: the enum, its methods and traits, the code-reference macro
//!   (`ebet_status!(4026)`) and how to import it, language fallback,
//!   placeholders, serde, `no_std`, editions and a renamed runtime.
//! - [`derive`](mod@derive): [`#[derive(ErrorCode)]`](derive@crate::ErrorCode) for an enum
//!   you write yourself, codes inline or bound to a catalog file.
//! - [`decoding`]: [`decode`](crate::decode) of a vendor's reply: which codes
//!   and messages are read, and what a broken reply gives.
//! - [`build_script`]: the same code written to `OUT_DIR` by a `build.rs`
//!   (crate `error-build`), for those who want a file to read.
//! - [`mistakes`]: what a catalog mistake looks like, and the promise behind it.

#[doc = include_str!("catalog.md")]
pub mod catalog {}

#[doc = include_str!("generated.md")]
pub mod generated {}

#[doc = include_str!("derive.md")]
pub mod derive {}

#[doc = include_str!("decoding.md")]
pub mod decoding {}

#[doc = include_str!("build_script.md")]
pub mod build_script {}

#[doc = include_str!("mistakes.md")]
pub mod mistakes {}
