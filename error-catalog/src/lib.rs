//! Vendor error-code catalogs → Rust enums: the library behind
//! `error-runtime`'s macros (`include_catalog!`, `#[derive(ErrorCode)]`,
//! `include_mapping!`), `error-build` and the `errcat` command line.
//!
//! Kept free of `proc_macro`, so the macros, their tests and the other front
//! ends share one explicit pipeline: read (the file → a spanned tree) →
//! parse (the schema → the typed [`model`]) → validate (rules across
//! entries, collecting every mistake as a [`Diagnostic`](diagnostic::Diagnostic))
//! → [`generate`](generate::generate) (the model → Rust items).
//!
//! # The facade
//!
//! - The macro entry points, on `proc_macro2` tokens, each giving a
//!   [`generate::Output`] that the proc-macro shim lexes:
//!   [`include_catalog`], [`derive_error_code`], [`include_mapping`] and
//!   [`unknown_code`] (the code-reference macros' error).
//! - The pipeline without a macro: [`load::load`] and [`load::load_str`]
//!   give the model and every mistake ([`load::Loaded`]);
//!   [`generate::generate`] gives the items for a [`generate::Context`];
//!   [`expand_path`] and [`expand_str`] run all of it as the macro does
//!   (for `error-build`'s tests and the fuzz targets); [`runtime`] finds the
//!   runtime crate's path.
//! - [`diagnostic`]: the one mistake type, its rendering, and the schema's
//!   address that help texts name.
//! - [`mapping`]: vendor-to-own code mappings, loaded and checked.
//!
//! Everything else is private. `__unstable` (hidden) lends `errcat` and the
//! workspace's tests some internals (name rules, the TOML reader, the lookup
//! hash); it is not part of the API and changes without notice.

mod derive;
pub mod diagnostic;
mod expand;
mod fnv;
pub mod generate;
mod hash;
mod json;
pub mod load;
pub mod mapping;
pub mod model;
mod names;
mod parse;
mod placeholder;
pub mod runtime;
pub mod schema;
mod toml_doc;
mod validate;
mod value;

pub use derive::derive_error_code;
pub use expand::{expand_path, expand_str, include_catalog, unknown_code};
pub use mapping::include_mapping;

/// Internals lent to `errcat` (which writes and names catalogs as the reader
/// expects them) and to the workspace's tests and fuzz targets. Not part of
/// the API: no documentation, no stability, changed without notice.
#[doc(hidden)]
pub mod __unstable {
    pub use crate::generate::docs::code_span;
    pub use crate::parse::canonical_lang;

    /// The lookup tables' perfect hash (`crate::hash`).
    pub mod hash {
        pub use crate::hash::*;
    }
    /// Name rules (`crate::names`).
    pub mod names {
        pub use crate::names::*;
    }
    /// Placeholder syntax (`crate::placeholder`).
    pub mod placeholder {
        pub use crate::placeholder::*;
    }
    /// The spanned TOML reader (`crate::toml_doc`).
    pub mod toml_doc {
        pub use crate::toml_doc::*;
    }
    /// The spanned document tree (`crate::value`).
    pub mod value {
        pub use crate::value::*;
    }
}
