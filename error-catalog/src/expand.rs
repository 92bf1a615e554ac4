//! The two macro entry points, on `proc_macro2` so they are unit-testable:
//! `include_catalog!("PATH")` and the code-reference macros' error path.

use crate::generate::{self, code_tokens, Context, Output};
use crate::model::Code;
use crate::{load, runtime};
use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;
use std::path::Path;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{bracketed, Ident, LitInt, LitStr, Token};

/// Expands `include_catalog!("PATH")`, the path relative to the invoking
/// crate's `CARGO_MANIFEST_DIR`; `call_site` is the macro call's
/// `file:line:col#n` (see [`Context::call_site`]).
pub fn include_catalog(input: TokenStream, call_site: &str) -> Output {
    let (lit, crate_path) = match syn::parse2::<Args>(input) {
        Ok(Args { path, crate_path }) => (path, crate_path),
        Err(e) => return Output::of_error(e.span(), &e.to_string()),
    };
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Output::of_error(
            lit.span(),
            "CARGO_MANIFEST_DIR is not set: include_catalog! must be compiled by cargo",
        );
    };
    let manifest_dir = Path::new(&manifest_dir);
    let crate_path = crate_path.or_else(|| runtime::detect(manifest_dir));
    expand_output(
        &lit.value(),
        manifest_dir,
        call_site,
        crate_path,
        lit.span(),
    )
}

/// `"PATH"` and the options: `, crate = PATH` (the runtime crate, renamed).
struct Args {
    path: LitStr,
    crate_path: Option<String>,
}

const USAGE: &str = "include_catalog! takes the catalog's path relative to the crate's Cargo.toml, then optionally the runtime crate's path: include_catalog!(\"catalogs/ebet.toml\") or include_catalog!(\"catalogs/ebet.toml\", crate = errs)";

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), USAGE))?;
        let mut crate_path = None;
        while !input.is_empty() {
            input
                .parse::<Token![,]>()
                .map_err(|e| syn::Error::new(e.span(), USAGE))?;
            if input.is_empty() {
                break;
            }
            let key = input.call(Ident::parse_any)?;
            if key != "crate" {
                let hint = crate::names::did_you_mean(&key.to_string(), &["crate"])
                    .map_or_else(String::new, |s| format!("did you mean `{s}`? "));
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown include_catalog! option `{key}`\n  help: {hint}the one option is `crate = PATH`, the runtime crate's path when Cargo.toml renames it"),
                ));
            }
            if crate_path.is_some() {
                return Err(syn::Error::new(
                    key.span(),
                    "`crate` is given twice\n  help: keep one `crate = PATH`",
                ));
            }
            input.parse::<Token![=]>()?;
            if input.peek(LitStr) {
                let lit: LitStr = input.parse()?;
                return Err(syn::Error::new(
                    lit.span(),
                    format!("`crate = …` takes a path, not a string\n  help: write it without quotes: crate = {}", lit.value()),
                ));
            }
            let rest = input.fork();
            let value = input.call(syn::Path::parse_mod_style).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected the runtime crate's path after `crate =`\n  help: write the name Cargo.toml gives error-runtime, e.g. crate = errs",
                )
            })?;
            let shown = {
                let mut text = String::new();
                let _ = rest.step(|cursor| {
                    let mut c = *cursor;
                    while let Some((tt, next)) = c.token_tree() {
                        if matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',') {
                            break;
                        }
                        text.push_str(&tt.to_string());
                        c = next;
                    }
                    Ok(((), c))
                });
                text
            };
            let span = value
                .segments
                .first()
                .map_or(key.span(), |s| s.ident.span());
            crate_path =
                Some(runtime::crate_path(&value, &shown).map_err(|m| syn::Error::new(span, m))?);
        }
        Ok(Args { path, crate_path })
    }
}

/// Loads, validates and generates the catalog at `manifest_dir/path`. Every
/// mistake becomes a `compile_error!` at `span`; the enum is still generated
/// from what could be read, so one mistake gives one error, not a cascade.
/// The runtime crate's path is found in `manifest_dir/Cargo.toml` (see
/// [`runtime::detect`]).
pub fn expand_path(path: &str, manifest_dir: &Path, call_site: &str, span: Span) -> TokenStream {
    let crate_path = runtime::detect(manifest_dir);
    expand_output(path, manifest_dir, call_site, crate_path, span).into_tokens()
}

fn expand_output(
    path: &str,
    manifest_dir: &Path,
    call_site: &str,
    crate_path: Option<String>,
    span: Span,
) -> Output {
    let full = manifest_dir.join(path);
    emit(&load::load(&full, path), path, call_site, crate_path, span)
}

/// What `include_catalog!` expands to for a catalog given as text (TOML, or
/// JSON when `is_json`) named `display`: the same steps as [`expand_path`]
/// without the file system, so a subset's parent cannot be resolved (that is
/// reported). For fuzzing and tests, which feed the macro's exact pipeline
/// arbitrary text.
pub fn expand_str(text: &str, display: &str, is_json: bool, call_site: &str) -> Output {
    emit(
        &load::load_str(text, display, is_json),
        display,
        call_site,
        None,
        Span::call_site(),
    )
}

/// One `compile_error!` at `span` per mistake, then the items generated from
/// whatever could be read.
fn emit(
    loaded: &load::Loaded,
    display: &str,
    call_site: &str,
    crate_path: Option<String>,
    span: Span,
) -> Output {
    let mut out = Output::default();
    for located in &loaded.diagnostics {
        out.error(span, &located.to_string());
    }
    if let Some(catalog) = &loaded.catalog {
        let cx = Context::new(display, &loaded.files, call_site, crate_path);
        out.append(generate::generate(catalog, &cx));
    }
    out
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
        Some(code) if kind_differs(&code, &call.known) => {
            let written = shown.replace(' ', "");
            let (kind, fix) = match &code {
                Code::Int(_) => ("strings", format!("`{mac}!(\"{written}\")`")),
                Code::Str(text) => match text.parse::<i64>() {
                    Ok(value) => ("integers", format!("`{mac}!({value})`")),
                    Err(_) => ("integers", format!("an integer code, e.g. `{mac}!({})`", code_tokens(&call.known[0].0).to_string().replace(' ', ""))),
                },
            };
            format!(
                "the codes of `{}` ({}) are {kind}, and `{written}` is not one: write {fix}",
                call.ty,
                call.path.value()
            )
        }
        Some(code) => {
            let near = crate::names::nearest(&code, call.known.iter().map(|(c, _)| c), 3);
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

/// Whether `code` is of the other kind than the catalog's codes (an integer
/// for a string catalog, or the reverse).
fn kind_differs(code: &Code, known: &[(Code, Ident)]) -> bool {
    known.first().is_some_and(|(first, _)| {
        matches!(
            (code, first),
            (Code::Int(_), Code::Str(_)) | (Code::Str(_), Code::Int(_))
        )
    })
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
    fn crate_option_mistakes_are_one_error_each() {
        let message = |input: TokenStream| match syn::parse2::<Args>(input) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        };
        let ok = syn::parse2::<Args>(quote!("a.toml", crate = errs,)).unwrap();
        assert_eq!(ok.crate_path.as_deref(), Some("::errs"));
        let ok = syn::parse2::<Args>(quote!("a.toml", crate = crate::rt)).unwrap();
        assert_eq!(ok.crate_path.as_deref(), Some("crate::rt"));
        for (input, says) in [
            (
                quote!("a.toml", crate = errs, crate = errs),
                "`crate` is given twice",
            ),
            (
                quote!("a.toml", crate = 1),
                "expected the runtime crate's path",
            ),
            (
                quote!("a.toml", crate = "errs"),
                "takes a path, not a string",
            ),
            (quote!("a.toml", crate = self::rt), "starting with `self`"),
            (
                quote!("a.toml", crate = errs::<u8>),
                "expected the runtime crate's path",
            ),
            (quote!("a.toml", krate = errs), "did you mean `crate`?"),
            (
                quote!("a.toml" crate = errs),
                "include_catalog! takes the catalog's path",
            ),
            (quote!(a), "include_catalog! takes the catalog's path"),
        ] {
            let text = message(input);
            assert!(text.contains(says), "{says}: {text}");
        }
    }

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
        assert!(text.contains("write the code as `e!(-2)`"), "{text}"); // The other kind of code says what kind the catalog's are.
        let text = unknown_code(quote!(LumapayCode "c.toml" ["0001" A,] 0001)).to_string();
        assert!(
            text.contains(
                "are strings, and `0001` is not one: write `lumapay_code!(\\\"0001\\\")`"
            ),
            "{text}"
        );
        let text = unknown_code(quote!(E "c.toml" [1 A,] "04026")).to_string();
        assert!(
            text.contains("are integers, and `\\\"04026\\\"` is not one: write `e!(4026)`"),
            "{text}"
        );
        let text = unknown_code(quote!(E "c.toml" [1 A,] "x")).to_string();
        assert!(
            text.contains("write an integer code, e.g. `e!(1)`"),
            "{text}"
        );
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
