//! Proc macros of `error-runtime`: a thin shim over `error-catalog`, which
//! holds the parsing, validation and code generation. Use them through
//! `error_runtime`, which re-exports them.

use error_catalog::generate::{Part, UNLEXABLE};
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

/// Generates `impl From<Vendor> for Target` from a mapping file: a shim over
/// `error_catalog::mapping`, used as `error_runtime::include_mapping!`, whose
/// documentation is the manual.
#[proc_macro]
pub fn include_mapping(input: TokenStream) -> TokenStream {
    error_catalog::include_mapping(input.into()).into()
}

/// Implements `error_runtime::ErrorCode` and everything `include_catalog!`
/// generates except the enum itself for an enum written by hand.
///
/// Two forms:
///
/// ```text
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
/// #[catalog(lang = "en", success = [0], placeholders = "java",
///           categories(request(range = [1000, 1999], doc = "Bad requests")))]
/// enum Acme {
///     #[code(0, message = "OK")]
///     Ok,
///     #[code(1001, message(en = "System error", zh-CN = "系统错误"), http = 500, retryable)]
///     System,
///     #[code(1002, message = "Field {0} is missing", key = "missing_field", category = "request")]
///     MissingField,
///     Unknown(i64), // optional catch-all
/// }
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
/// #[catalog(file = "catalogs/ebet.toml")] // relative to CARGO_MANIFEST_DIR
/// enum Ebet { Success, InvalidSignature, /* one per code of the file */ Unknown(i64) }
/// ```
///
/// Attribute grammar (the keys and values of a catalog file, see
/// `catalogs/README.md`):
///
/// ```text
/// #[catalog(file = "PATH")]                                  bound form: nothing else
/// #[catalog(lang = "TAG"                                     required (inline form)
///           , success = [CODE, …]                            codes meaning success
///           , placeholders = "none" | "java" | "printf"
///           , envelope(code = "…", message = ["…", …], data = "…")
///           , categories(NAME(range = [LO, HI] | prefix = "…", doc = "…"), …))]
/// #[code(CODE                                                integer or string literal, first
///        , message = "TEXT" | message(TAG = "TEXT", …)       TAG as `en`, `zh-CN`, `es-419`
///        , key = "…", http = STATUS, retryable | retryable = BOOL, category = "NAME")]
/// ```
///
/// - Inline form: every unit variant has one `#[code]`; the codes are all
///   integer or all string literals (the first one decides); `ALL` is in
///   declaration order. Variant and enum names follow the catalog rules (ASCII
///   UpperCamelCase; the macro's snake_case name may not be a keyword). A raw
///   identifier is its name without `r#` (`r#Type` is `Type`; `r#type` is not
///   UpperCamelCase). Explicit discriminants (`A = 1`) are allowed and are not
///   codes. Mistakes are reported at the offending variant or attribute token,
///   all in one build, one error each, and the rest is still generated.
/// - Variants: one unit variant per code. The one tuple variant, if any, is
///   the catch-all: `(i64)` for integer codes, `(String)` or `(Box<str>)` for
///   string codes; any name but `ALL` (the generated constant). With it,
///   `From<i64>`/`From<&str>`/`From<String>` are total; without it, `TryFrom`
///   is emitted instead (error `error_runtime::UnknownCode`), `FromStr` fails
///   on an unknown code and deserializing one is an error. The catch-all's
///   type must be the codes' (the first `#[code]`'s, or the file's); an enum
///   with only a catch-all is an empty catalog whose code type is the
///   catch-all's (`Unknown(String)`: string codes), every code converting to it.
///   Struct variants, tuple variants of other arity and generic enums are
///   errors.
/// - Bound form: the unit variants are the file's names, one to one (a
///   variant the file lacks and a code without a variant are one error naming
///   them all, comparing `r#Type` as `Type`); codes, messages and everything
///   else come from the file; `ALL` is in file order. Editing the file rebuilds the crate. A subset file's
///   conversions to its parent enum are `include_catalog!`'s alone.
/// - Emitted: the inherent methods and `ALL`, the code conversions, `FromStr`,
///   `Display`, `Error`, `error_runtime::ErrorCode`, serde (feature `serde`)
///   and the code-reference macro (snake_case of the enum's name, expanding
///   to `Enum::Variant`). Not emitted: the enum's own derives. `Debug`,
///   `Clone` and `PartialEq` are required (the `ErrorCode` trait's bounds;
///   rustc reports a missing one at the derive, suggesting it), `Copy`, `Eq`
///   and `Hash` are recommended. Variant docs and `#[deprecated]` are the
///   user's too: a bound file's `doc` and `deprecated` do not reach the enum.
/// - `CATALOG` and the texts of the catch-all (`unknown Acme code`) name the
///   enum; everything else of a bound enum equals `include_catalog!` of its file.
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
