//! Proc macros of `error-runtime`: a thin shim over `error-catalog`, which
//! holds the parsing, validation and code generation. Use them through
//! `error_runtime`, which re-exports them.

use proc_macro::TokenStream;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Generates an error-code enum from a catalog file.
///
/// `include_catalog!("catalogs/ebet.toml")` reads the TOML or JSON catalog at
/// that path (relative to the invoking crate's `CARGO_MANIFEST_DIR`) and emits
/// the enum named in its `[catalog] name`, its methods and trait impls, and the
/// code-reference macro. Editing the catalog rebuilds the crate. Every catalog
/// mistake is a compile error naming `file:line:col`, the entry and the fix.
#[proc_macro]
pub fn include_catalog(input: TokenStream) -> TokenStream {
    // Calls made through a user's `macro_rules!` share one call site; the count
    // of expansions so far (deterministic: rustc expands in order) tells them apart.
    static EXPANSIONS: AtomicUsize = AtomicUsize::new(0);
    let nth = EXPANSIONS.fetch_add(1, Ordering::Relaxed);
    let site = proc_macro::Span::call_site();
    let call_site = format!("{}:{}:{}#{nth}", site.file(), site.line(), site.column());
    error_catalog::include_catalog(input.into(), &call_site).into()
}

/// The error of a code-reference macro given a code its catalog lacks.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_code(input: TokenStream) -> TokenStream {
    error_catalog::unknown_code(input.into()).into()
}
