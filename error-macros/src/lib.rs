//! Proc macros of `error-runtime`: a thin shim over `error-catalog`, which
//! holds the parsing, validation and code generation. Use them through
//! `error_runtime`, which re-exports them.

use error_catalog::generate::{Output, Part, UNLEXABLE};
use proc_macro::TokenStream;
use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

/// (Defined in `error-macros`, the proc-macro crate behind `error-runtime`:
/// depend on `error-runtime` and call it as `error_runtime::include_catalog!`,
/// documented there with its guide, `error_runtime::_guide`.)
#[proc_macro]
pub fn include_catalog(input: TokenStream) -> TokenStream {
    let site = call_site(&input.to_string());
    tokens(error_catalog::include_catalog(input.into(), &site))
}

/// Generates `impl From<Vendor> for Target` from a mapping file: a shim over
/// `error_catalog::mapping`, used as `error_runtime::include_mapping!`, whose
/// documentation is the manual.
#[proc_macro]
pub fn include_mapping(input: TokenStream) -> TokenStream {
    tokens(error_catalog::include_mapping(input.into()))
}

/// (Defined in `error-macros`, the proc-macro crate behind `error-runtime`:
/// depend on `error-runtime` and derive `error_runtime::ErrorCode`, documented
/// there with its guide, `error_runtime::_guide::derive`.)
#[proc_macro_derive(ErrorCode, attributes(catalog, code))]
pub fn derive_error_code(input: TokenStream) -> TokenStream {
    tokens(error_catalog::derive_error_code(
        input.into(),
        &call_site(""),
    ))
}

/// An expansion as the compiler's tokens: the generated text is lexed by the
/// compiler's lexer (`proc_macro2` would first run its own, unoptimised in a
/// proc macro, over the text to validate it).
fn tokens(output: Output) -> TokenStream {
    let mut tokens = TokenStream::new();
    for part in output.into_parts() {
        tokens.extend(match part {
            Part::Tokens(part) => TokenStream::from(part),
            Part::Text(text) => text
                .parse()
                .unwrap_or_else(|_| UNLEXABLE.parse().unwrap_or_default()),
        });
    }
    tokens
}

/// `file:line:col#n` of the macro call, which names the hidden exported
/// macro (see `error_catalog::Context::call_site`). `n` counts the
/// earlier expansions of the same `input` at the same place only: calls made
/// through one `macro_rules!` share its call site, and this tells them apart,
/// while an unrelated expansion, anywhere, changes nothing (a process-wide
/// count renamed every later catalog, changing the crate's exported
/// metadata). Deterministic, as rustc expands in order.
fn call_site(input: &str) -> String {
    static SEEN: Mutex<BTreeMap<String, usize>> = Mutex::new(BTreeMap::new());
    let span = proc_macro::Span::call_site();
    let site = format!("{}:{}:{}", span.file(), span.line(), span.column());
    let mut seen = SEEN.lock().unwrap_or_else(PoisonError::into_inner);
    let count = seen.entry(format!("{site}\0{input}")).or_insert(0);
    let nth = *count;
    *count += 1;
    format!("{site}#{nth}")
}

/// The error of a code-reference macro given a code its catalog lacks.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_code(input: TokenStream) -> TokenStream {
    error_catalog::unknown_code(input.into()).into()
}
