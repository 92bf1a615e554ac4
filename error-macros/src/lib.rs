//! Proc macros of `error-runtime`: a thin shim over `error-catalog`, which
//! holds the parsing, validation and code generation. Use them through
//! `error_runtime`, which re-exports them.

use error_catalog::generate::{Part, UNLEXABLE};
use proc_macro::TokenStream;
use std::sync::atomic::{AtomicUsize, Ordering};

/// (Defined in `error-macros`, the proc-macro crate behind `error-runtime`:
/// depend on `error-runtime` and call it as `error_runtime::include_catalog!`,
/// documented there with its guide, `error_runtime::_guide`.)
#[proc_macro]
pub fn include_catalog(input: TokenStream) -> TokenStream {
    let output = error_catalog::include_catalog_output(input.into(), &call_site());
    let mut tokens = TokenStream::new();
    for part in output.into_parts() {
        tokens.extend(match part {
            Part::Tokens(part) => TokenStream::from(part),
            // The compiler's lexer: `proc_macro2` would first run its own,
            // unoptimised in a proc macro, over the text to validate it.
            Part::Text(text) => text
                .parse()
                .unwrap_or_else(|_| UNLEXABLE.parse().unwrap_or_default()),
        });
    }
    tokens
}

/// (Defined in `error-macros`, the proc-macro crate behind `error-runtime`:
/// depend on `error-runtime` and derive `error_runtime::ErrorCode`, documented
/// there with its guide, `error_runtime::_guide::derive`.)
#[proc_macro_derive(ErrorCode, attributes(catalog, code))]
pub fn derive_error_code(input: TokenStream) -> TokenStream {
    error_catalog::derive_error_code(input.into(), &call_site()).into()
}

/// `file:line:col#n` of the macro call. Calls made through a user's
/// `macro_rules!` share one call site; the count of expansions so far
/// (deterministic: rustc expands in order) tells them apart.
fn call_site() -> String {
    static EXPANSIONS: AtomicUsize = AtomicUsize::new(0);
    let nth = EXPANSIONS.fetch_add(1, Ordering::Relaxed);
    let site = proc_macro::Span::call_site();
    format!("{}:{}:{}#{nth}", site.file(), site.line(), site.column())
}

/// The error of a code-reference macro given a code its catalog lacks.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_code(input: TokenStream) -> TokenStream {
    error_catalog::unknown_code(input.into()).into()
}
