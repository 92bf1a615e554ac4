//! The library without the macro: loading and generating the test catalogs
//! (../tests/catalogs) is deterministic — same file, same model, same tokens,
//! even across separate loads (fresh hash maps, if any are used inside) — and
//! the TOML and JSON forms of one catalog give the same model.
//!
//! The output must also parse as a Rust file (`syn::File`) and hold the
//! expected items.

use error_catalog::generate::{generate, Context};
use error_catalog::load::{load, Loaded};
use error_catalog::model::Catalog;
use proc_macro2::TokenStream;
use std::path::{Path, PathBuf};

const CATALOGS: [&str; 4] = ["int.toml", "str.toml", "str.json", "subset.toml"];

fn path(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/catalogs")
        .join(file)
}

/// Loads a test catalog, which must have no mistakes.
fn load_ok(file: &str) -> (Catalog, Loaded) {
    let display = format!("tests/catalogs/{file}");
    let loaded = load(&path(file), &display);
    assert!(
        loaded.diagnostics.is_empty(),
        "{file}: unexpected errors:\n{}",
        loaded.rendered()
    );
    let catalog = loaded
        .catalog
        .clone()
        .unwrap_or_else(|| panic!("{file}: no catalog"));
    (catalog, loaded)
}

/// The context `include_catalog!` would build for the file.
fn context(file: &str, loaded: &Loaded) -> Context {
    Context {
        display_path: format!("tests/catalogs/{file}"),
        tracked: loaded.files.clone(),
        call_site: format!("tests/{file}.rs:1:1"),
        crate_path: None,
    }
}

fn tokens(file: &str) -> TokenStream {
    let (catalog, loaded) = load_ok(file);
    generate(&catalog, &context(file, &loaded)).into_tokens()
}

#[test]
fn generating_twice_gives_the_same_tokens() {
    for file in CATALOGS {
        let (catalog, loaded) = load_ok(file);
        let cx = context(file, &loaded);
        let first = generate(&catalog, &cx).into_tokens().to_string();
        let second = generate(&catalog, &cx).into_tokens().to_string();
        assert_eq!(first, second, "{file}: same model, different tokens");
        // A context built afresh, as the macro does on every expansion.
        let third = generate(&catalog, &context(file, &loaded))
            .into_tokens()
            .to_string();
        assert_eq!(first, third, "{file}: equal contexts, different tokens");
        // And with the default context (no path, nothing tracked).
        let bare = Context::default();
        assert_eq!(
            generate(&catalog, &bare).into_tokens().to_string(),
            generate(&catalog, &bare).into_tokens().to_string(),
            "{file}: default context"
        );
    }
}

#[test]
fn loading_twice_gives_the_same_model_and_tokens() {
    for file in CATALOGS {
        let (a, loaded_a) = load_ok(file);
        let (b, loaded_b) = load_ok(file);
        assert_eq!(a, b, "{file}: two loads, different models");
        assert_eq!(loaded_a.files, loaded_b.files, "{file}: tracked files");
        assert_eq!(
            tokens(file).to_string(),
            tokens(file).to_string(),
            "{file}: two loads, different tokens"
        );
    }
}

#[test]
fn a_subset_tracks_its_parent() {
    let (_, loaded) = load_ok("subset.toml");
    let names: Vec<_> = loaded
        .files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["subset.toml", "int.toml"]);
    // Editing either file rebuilds the including crate: both are `include_bytes!`ed.
    let (catalog, loaded) = load_ok("subset.toml");
    let tokens = generate(&catalog, &context("subset.toml", &loaded))
        .into_tokens()
        .to_string();
    for file in &loaded.files {
        let tracked = format!("include_bytes ! ({:?})", file.to_str().unwrap());
        assert!(tokens.contains(&tracked), "{tracked} missing");
    }
}

#[test]
fn the_output_parses_as_rust_and_holds_the_expected_items() {
    let expected: [(&str, &[&str]); 4] = [
        (
            "int.toml",
            &[
                "pub enum AcmeStatus",
                "macro_rules !",
                // The enum goes through the runtime's `catalog_enum!`, which
                // adds the catch-all (`Other`) holding the payload type given.
                "catalog_enum !",
                "[:: core :: primitive :: i64] [0]",
                "Other ;",
            ],
        ),
        ("str.toml", &["pub enum GatewayCode", "macro_rules !"]),
        ("str.json", &["pub enum GatewayCodeJson", "macro_rules !"]),
        (
            "subset.toml",
            &[
                "pub enum AcmeReply",
                "macro_rules !",
                "for AcmeStatus",
                "for AcmeReply",
            ],
        ),
    ];
    for (file, needles) in expected {
        let text = tokens(file).to_string();
        assert!(!text.trim().is_empty(), "{file}: empty output");
        for needle in needles {
            assert!(text.contains(needle), "{file}: no `{needle}` in the output");
        }
        // Exactly one enum per catalog, and no compile_error! (the catalogs are valid).
        assert_eq!(text.matches("pub enum ").count(), 1, "{file}");
        assert!(!text.contains("compile_error"), "{file}");
        let parsed = syn::parse2::<syn::File>(tokens(file))
            .unwrap_or_else(|e| panic!("{file}: output is not a Rust file: {e}"));
        assert!(
            parsed.items.len() > 5,
            "{file}: {} items",
            parsed.items.len()
        );
    }
}

/// Clears what legitimately differs between a TOML and a JSON file: the
/// byte spans of the entries.
fn without_spans(mut catalog: Catalog) -> Catalog {
    for entry in &mut catalog.entries {
        entry.span = 0..0;
    }
    catalog
}

#[test]
fn toml_and_json_give_the_same_model_apart_from_the_name() {
    let (toml, _) = load_ok("str.toml");
    let (json, _) = load_ok("str.json");
    assert_eq!(toml.name, "GatewayCode");
    assert_eq!(json.name, "GatewayCodeJson");
    let mut renamed = json.clone();
    renamed.name.clone_from(&toml.name);
    assert_eq!(without_spans(toml.clone()), without_spans(renamed.clone()));

    // Hence the same code, given the same context.
    let cx = Context {
        display_path: "tests/catalogs/str.toml".into(),
        tracked: Vec::new(),
        call_site: "tests/str.rs:1:1".into(),
        crate_path: None,
    };
    assert_eq!(
        generate(&toml, &cx).into_tokens().to_string(),
        generate(&renamed, &cx).into_tokens().to_string()
    );
}

/// Built by a build script and `include!`d, the items are linted like
/// hand-written code: every impl (the conversions' hash tables included)
/// and the enum carry the allows for what is inherent to generated code.
#[test]
fn every_impl_and_the_enum_allow_the_generated_code_lints() {
    let expected = ["unreadable_literal", "too_many_lines", "doc_markdown"];
    let allows = |attrs: &[syn::Attribute]| {
        attrs.iter().any(|a| {
            let lints = a.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            );
            a.path().is_ident("allow")
                && lints.is_ok_and(|lints| {
                    lints
                        .iter()
                        .map(|p| p.segments.last().unwrap().ident.to_string())
                        .eq(expected)
                })
        })
    };
    for file in CATALOGS {
        let parsed = syn::parse2::<syn::File>(tokens(file))
            .unwrap_or_else(|e| panic!("{file}: output is not a Rust file: {e}"));
        let mut checked = 0;
        for (i, item) in parsed.items.iter().enumerate() {
            let attrs = match item {
                syn::Item::Impl(item) => &item.attrs,
                syn::Item::Enum(item) => &item.attrs,
                _ => continue,
            };
            assert!(allows(attrs), "{file}: item {i} without the allows");
            checked += 1;
        }
        assert!(checked > 5, "{file}: {checked} impls and enums");
    }
}
