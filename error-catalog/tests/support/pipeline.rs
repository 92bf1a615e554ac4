//! The property `include_catalog!` holds on any catalog text, shared by the
//! `catalog` fuzz target (`fuzz/fuzz_targets/catalog.rs` includes this file)
//! and the proptest that always runs (`tests/fuzz_pipeline.rs`).
//!
//! The text is expanded as a TOML and as a JSON catalog
//! ([`error_catalog::expand_str`], the macro's own steps). Neither panics, and
//! for each:
//! - the generated source text lexes (the macro would otherwise emit its
//!   "does not lex" error instead of the items);
//! - the expansion, rendered to a string, parses as a `syn::File`;
//! - its top-level `::core::compile_error!`s are exactly the mistakes the
//!   loader reports, in order, each naming `file:line:col`: a catalog
//!   without mistakes expands to no error, and no mistake goes unreported;
//! - when a model could be read, the enum it names is among the items (the
//!   skeleton that keeps one mistake from cascading into unknown-type
//!   errors); when none could, the errors are all there is, and there is one;
//! - expanding twice gives the same string.

use error_catalog::generate::Part;
use error_catalog::load::load_str;
use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::{Item, LitStr};

/// The call site the expansion names (in the hidden macro's name).
const CALL_SITE: &str = "src/lib.rs:1:1";

/// Checks the property for `text` as a TOML and as a JSON catalog; the
/// error says which part failed, for which format.
pub fn check(text: &str) -> Result<(), String> {
    check_format(text, "fuzz.toml", false)?;
    check_format(text, "fuzz.json", true)
}

fn check_format(text: &str, display: &str, is_json: bool) -> Result<(), String> {
    let rendered = render(text, display, is_json)?;
    if render(text, display, is_json)? != rendered {
        return Err(format!("{display}: two expansions of one text differ"));
    }
    let file = syn::parse_file(&rendered)
        .map_err(|e| format!("{display}: the expansion is not a Rust file: {e}"))?;
    let loaded = load_str(text, display, is_json);
    let errors = file
        .items
        .iter()
        .filter_map(|item| compile_error(item, display))
        .collect::<Result<Vec<String>, String>>()?;
    let rendered: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    if errors != rendered {
        return Err(format!(
            "{display}: the expansion's errors are not the loader's:\n{errors:#?}\nvs\n{rendered:#?}"
        ));
    }
    for (error, located) in errors.iter().zip(&loaded.diagnostics) {
        let placed = located.file == display && located.line.is_some() && located.col.is_some();
        if !placed || *error != located.to_string() {
            return Err(format!(
                "{display}: the error does not name file:line:col: {error}"
            ));
        }
    }
    match &loaded.catalog {
        Some(catalog) => {
            let name = catalog.name.trim_start_matches("r#");
            // Written by the runtime's `catalog_enum!`, or a derive's own.
            let defined_by_macro = |item: &syn::ItemMacro| {
                item.mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "catalog_enum")
                    && item
                        .mac
                        .tokens
                        .to_string()
                        .contains(&format!("enum {name} "))
            };
            let has_enum = file.items.iter().any(|item| match item {
                Item::Enum(e) => e.ident.unraw() == name,
                Item::Macro(m) => defined_by_macro(m),
                _ => false,
            });
            if !has_enum {
                return Err(format!("{display}: no `enum {name}` in the expansion"));
            }
        }
        None if loaded.diagnostics.is_empty() => {
            return Err(format!(
                "{display}: no model and no error: the macro expands to nothing"
            ));
        }
        None if file.items.len() != errors.len() => {
            return Err(format!("{display}: no model, yet items besides the errors"));
        }
        None => {}
    }
    Ok(())
}

/// The message of a top-level `compile_error!`, which must be called by its
/// absolute path; `None` for any other item.
fn compile_error(item: &Item, display: &str) -> Option<Result<String, String>> {
    let Item::Macro(item) = item else { return None };
    let path = &item.mac.path;
    if path.segments.last()?.ident != "compile_error" {
        return None;
    }
    let absolute = path.leading_colon.is_some()
        && path.segments.len() == 2
        && path.segments[0].ident == "core";
    Some(match syn::parse2::<LitStr>(item.mac.tokens.clone()) {
        Ok(message) if absolute => Ok(message.value()),
        Ok(_) => Err(format!(
            "{display}: compile_error! not called as ::core::compile_error!"
        )),
        Err(e) => Err(format!("{display}: compile_error! without a message: {e}")),
    })
}

/// The expansion as a string, each piece of generated text lexed as the
/// proc macro lexes it.
fn render(text: &str, display: &str, is_json: bool) -> Result<String, String> {
    let mut tokens = TokenStream::new();
    for part in error_catalog::expand_str(text, display, is_json, CALL_SITE).into_parts() {
        match part {
            Part::Tokens(part) => tokens.extend(part),
            Part::Text(source) => tokens.extend(
                source
                    .parse::<TokenStream>()
                    .map_err(|e| format!("{display}: generated text that does not lex: {e}"))?,
            ),
        }
    }
    Ok(tokens.to_string())
}
