//! The two macro entry points, on `proc_macro2` so they are unit-testable:
//! `include_catalog!("PATH")` and the code-reference macros' error path.

use crate::generate::{self, code_tokens, Output};
use crate::load;
use crate::model::Code;
use crate::validate::nearest;
use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;
use std::path::Path;
use syn::parse::{Parse, ParseStream};
use syn::{bracketed, Ident, LitInt, LitStr, Token};

/// Expands `include_catalog!("PATH")`, the path relative to the invoking
/// crate's `CARGO_MANIFEST_DIR`; `call_site` is the macro call's
/// `file:line:col` (see [`generate::Context::call_site`](crate::generate::Context::call_site)).
pub fn include_catalog(input: TokenStream, call_site: &str) -> TokenStream {
    include_catalog_output(input, call_site).into_tokens()
}

/// [`include_catalog`], with the bulk of the items as text for the proc macro
/// to lex with the compiler's lexer (see [`Output`]).
pub fn include_catalog_output(input: TokenStream, call_site: &str) -> Output {
    let lit: LitStr = match syn::parse2(input) {
        Ok(lit) => lit,
        Err(_) => {
            return Output::from(error(
                Span::call_site(),
                "include_catalog! takes one string literal: the catalog's path relative to the crate's Cargo.toml, e.g. include_catalog!(\"catalogs/ebet.toml\")",
            ))
        }
    };
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Output::from(error(
            lit.span(),
            "CARGO_MANIFEST_DIR is not set: include_catalog! must be compiled by cargo",
        ));
    };
    expand_output(
        &lit.value(),
        Path::new(&manifest_dir),
        call_site,
        lit.span(),
    )
}

/// Loads, validates and generates the catalog at `manifest_dir/path`. Every
/// mistake becomes a `compile_error!` at `span`; the enum is still generated
/// from what could be read, so one mistake gives one error, not a cascade.
pub fn expand_path(path: &str, manifest_dir: &Path, call_site: &str, span: Span) -> TokenStream {
    expand_output(path, manifest_dir, call_site, span).into_tokens()
}

fn expand_output(path: &str, manifest_dir: &Path, call_site: &str, span: Span) -> Output {
    let full = manifest_dir.join(path);
    let loaded = load::load(&full, path);
    let mut out = Output::from(
        loaded
            .errors
            .iter()
            .map(|e| error(span, e))
            .collect::<TokenStream>(),
    );
    if let Some(catalog) = &loaded.catalog {
        let cx = loaded.context(path, call_site);
        out.append(generate::generate_output(catalog, &cx));
    }
    out
}

fn error(span: Span, message: &str) -> TokenStream {
    quote_spanned!(span=> ::core::compile_error!(#message);)
}

/// Input of the code-reference macros' fallback arm:
/// `Enum "path" [code Variant, …] user tokens…`.
struct UnknownCode {
    ty: Ident,
    path: LitStr,
    known: Vec<(Code, Ident)>,
    rest: TokenStream,
}

impl Parse for UnknownCode {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let ty = input.parse()?;
        let path = input.parse()?;
        let content;
        bracketed!(content in input);
        let mut known = Vec::new();
        while !content.is_empty() {
            let code = parse_code(&content)?;
            let variant: Ident = content.parse()?;
            content.parse::<Token![,]>()?;
            known.push((code, variant));
        }
        Ok(UnknownCode {
            ty,
            path,
            known,
            rest: input.parse()?,
        })
    }
}

fn parse_code(input: ParseStream<'_>) -> syn::Result<Code> {
    if input.peek(LitStr) {
        return Ok(Code::Str(input.parse::<LitStr>()?.value()));
    }
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    let lit: LitInt = input.parse()?;
    let text = if negative {
        format!("-{}", lit.base10_digits())
    } else {
        lit.base10_digits().to_owned()
    };
    text.parse()
        .map(Code::Int)
        .map_err(|_| syn::Error::new(lit.span(), "code out of range for i64"))
}

/// The error for `ebet_status!(4099)`: names the catalog and the nearest codes.
pub fn unknown_code(input: TokenStream) -> TokenStream {
    let Ok(call) = syn::parse2::<UnknownCode>(input) else {
        return quote_spanned!(Span::call_site()=> ::core::compile_error!("malformed code-reference macro input"));
    };
    let span = call
        .rest
        .clone()
        .into_iter()
        .next()
        .map_or(Span::call_site(), |t| t.span());
    let shown = call.rest.to_string();
    let target = syn::parse2::<CodeOnly>(call.rest).ok().map(|c| c.0);
    let mac = crate::names::to_snake_case(&call.ty.to_string());
    let message = match target {
        None => format!(
            "`{mac}!` takes one code of `{}` ({}), e.g. `{mac}!({})`; found `{shown}`",
            call.ty,
            call.path.value(),
            call.known.first().map_or_else(
                || "0".to_owned(),
                |(c, _)| code_tokens(c).to_string().replace(' ', "")
            ),
        ),
        // `0x1` or `1i64` for a known code `1`: macro_rules matches literals as written.
        Some(code) if call.known.iter().any(|(k, _)| *k == code) => format!(
            "write the code as `{mac}!({})`: the code-reference macro matches the code exactly as the catalog writes it",
            code_tokens(&code).to_string().replace(' ', "")
        ),
        Some(code) => {
            let near = nearest(&code, call.known.iter().map(|(c, _)| c), 3);
            let near: Vec<String> = near
                .iter()
                .filter_map(|c| {
                    call.known
                        .iter()
                        .find(|(k, _)| k == *c)
                        .map(|(k, v)| format!("{k} ({v})"))
                })
                .collect();
            let hint = if near.is_empty() {
                "the catalog defines no codes".to_owned()
            } else {
                format!("nearest codes: {}", near.join(", "))
            };
            format!(
                "{code} is not a code of `{}` ({}); {hint}",
                call.ty,
                call.path.value()
            )
        }
    };
    // A bare macro call (no `;`, no block) is valid as an expression and as a pattern.
    quote_spanned!(span=> ::core::compile_error!(#message))
}

struct CodeOnly(Code);

impl Parse for CodeOnly {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let code = parse_code(input)?;
        if !input.is_empty() {
            return Err(input.error("expected one code"));
        }
        Ok(CodeOnly(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn unknown_code_suggests_nearest() {
        let out = unknown_code(
            quote!(EbetStatus "catalogs/ebet.toml" [4025 BadParams, 4026 InvalidSignature, -1 NoRecord,] 4027),
        );
        let text = out.to_string();
        assert!(
            text.contains("4027 is not a code of `EbetStatus` (catalogs/ebet.toml)"),
            "{text}"
        );
        assert!(
            text.contains(
                "nearest codes: 4026 (InvalidSignature), 4025 (BadParams), -1 (NoRecord)"
            ),
            "{text}"
        );
        let text = unknown_code(quote!(E "c.toml" ["A1" A,] "A2")).to_string();
        assert!(text.contains("\\\"A2\\\" is not a code of `E`"), "{text}");
        let text = unknown_code(quote!(E "c.toml" [1 A,] foo bar)).to_string();
        assert!(text.contains("takes one code"), "{text}");
        let text = unknown_code(quote!(E "c.toml" [1 A, -2 B,] 0x1)).to_string();
        assert!(text.contains("write the code as `e!(1)`"), "{text}");
        let text = unknown_code(quote!(E "c.toml" [1 A, -2 B,] -2i64)).to_string();
        assert!(text.contains("write the code as `e!(-2)`"), "{text}");
    }

    #[test]
    fn an_absolute_path_ignores_the_manifest_dir() {
        let dir = std::env::temp_dir().join(format!("error-catalog-abs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("abs.toml");
        std::fs::write(&file, "[catalog]\nname = \"Abs\"\nlang = \"en\"\n").unwrap();
        let path = file.to_str().unwrap();
        let text =
            expand_path(path, Path::new("/no/such/crate"), "t", Span::call_site()).to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!text.contains("compile_error"), "{text}");
        assert!(text.contains("pub enum Abs"), "{text}");
    }
}
