//! The build.rs API writes the same code as `include_catalog!`: for every
//! shipped catalog, the formatted file and the macro's expansion (same path,
//! same call site) parse to token-identical `syn::File`s.
//!
//! Two spellings the formatter chooses are made canonical on both sides
//! first, as neither changes a token's meaning: how a string literal is
//! written (`quote!` writes doc comments as raw strings `r" …"`, a `///`
//! comment reads back as `" …"`), optional commas (prettyplease ends lists
//! it breaks over lines with one, and writes match arms its way) and a
//! match arm's body `{ expr }` for `expr` (it braces long arm bodies).
//! This is done on the syntax tree, where `(x,)`, a tuple, stays apart
//! from `(x)`.

use proc_macro2::Span;
use quote::ToTokens;
use std::path::{Path, PathBuf};
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn shipped() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(workspace().join("catalogs"))
        .expect("catalogs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("toml" | "json")
            )
        })
        .map(|p| format!("catalogs/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

#[test]
fn build_output_is_token_identical_to_the_macros() {
    let catalogs = shipped();
    assert!(catalogs.len() >= 10, "{catalogs:?}");
    for path in &catalogs {
        let call_site = format!("src/lib.rs:1:1#{path}");
        let expanded =
            error_catalog::expand_path(path, &workspace(), &call_site, Span::call_site());
        let from_macro: syn::File = syn::parse2(expanded).expect("macro output parses");
        let generated = error_build::generate(path, &workspace(), &call_site)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let from_build: syn::File = syn::parse_file(&generated.code).expect("build output parses");
        let (build, mac) = (canonical(from_build), canonical(from_macro));
        if let Some(at) = build.bytes().zip(mac.bytes()).position(|(a, b)| a != b) {
            let from = build[..at]
                .char_indices()
                .rev()
                .nth(200)
                .map_or(0, |(i, _)| i);
            panic!(
                "{path}: build output differs at byte {at}:\n  build: {}\n  macro: {}",
                build[from..].chars().take(300).collect::<String>(),
                mac[from..].chars().take(300).collect::<String>(),
            );
        }
        assert_eq!(build.len(), mac.len(), "{path}: one output is longer");
        // Formatted: one item attribute per line, bodies indented.
        assert!(
            generated.code.lines().count() > 100,
            "{path}: not formatted"
        );
        assert!(
            generated.code.contains("\n    pub fn code(&self)"),
            "{path}: not formatted"
        );
    }
}

/// Respells string literals from their value and drops the trailing
/// comma of lists (call and method arguments, arrays, struct literals,
/// tuples of two or more, match arms), in the syntax tree where a tuple
/// `(x,)` is told apart from a call `f(x,)`.
struct Canonical;

fn drop_trailing<T, P>(list: &mut Punctuated<T, P>) {
    list.pop_punct();
}

impl VisitMut for Canonical {
    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        *lit = syn::LitStr::new(&lit.value(), lit.span());
    }
    fn visit_expr_call_mut(&mut self, e: &mut syn::ExprCall) {
        visit_mut::visit_expr_call_mut(self, e);
        drop_trailing(&mut e.args);
    }
    fn visit_expr_method_call_mut(&mut self, e: &mut syn::ExprMethodCall) {
        visit_mut::visit_expr_method_call_mut(self, e);
        drop_trailing(&mut e.args);
    }
    fn visit_expr_array_mut(&mut self, e: &mut syn::ExprArray) {
        visit_mut::visit_expr_array_mut(self, e);
        drop_trailing(&mut e.elems);
    }
    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, e);
        drop_trailing(&mut e.fields);
    }
    fn visit_expr_tuple_mut(&mut self, e: &mut syn::ExprTuple) {
        visit_mut::visit_expr_tuple_mut(self, e);
        if e.elems.len() > 1 {
            drop_trailing(&mut e.elems);
        }
    }
    fn visit_type_tuple_mut(&mut self, t: &mut syn::TypeTuple) {
        visit_mut::visit_type_tuple_mut(self, t);
        // `(T,)`, a one-element tuple type, keeps its comma.
        if t.elems.len() > 1 {
            drop_trailing(&mut t.elems);
        }
    }
    fn visit_signature_mut(&mut self, sig: &mut syn::Signature) {
        visit_mut::visit_signature_mut(self, sig);
        drop_trailing(&mut sig.inputs);
    }
    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        visit_mut::visit_item_enum_mut(self, item);
        drop_trailing(&mut item.variants);
    }
    fn visit_fields_named_mut(&mut self, fields: &mut syn::FieldsNamed) {
        visit_mut::visit_fields_named_mut(self, fields);
        drop_trailing(&mut fields.named);
    }
    fn visit_fields_unnamed_mut(&mut self, fields: &mut syn::FieldsUnnamed) {
        visit_mut::visit_fields_unnamed_mut(self, fields);
        drop_trailing(&mut fields.unnamed);
    }
    fn visit_generics_mut(&mut self, generics: &mut syn::Generics) {
        visit_mut::visit_generics_mut(self, generics);
        drop_trailing(&mut generics.params);
    }
    fn visit_use_group_mut(&mut self, group: &mut syn::UseGroup) {
        visit_mut::visit_use_group_mut(self, group);
        drop_trailing(&mut group.items);
    }
    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        visit_mut::visit_arm_mut(self, arm);
        // `=> { expr }` is `=> expr` (prettyplease braces long arm bodies).
        if let syn::Expr::Block(block) = &*arm.body {
            if let (None, true, [syn::Stmt::Expr(expr, None)]) = (
                &block.label,
                block.attrs.is_empty(),
                block.block.stmts.as_slice(),
            ) {
                let expr = expr.clone();
                *arm.body = expr;
            }
        }
        // Commas between arms are required unless the body is a block.
        arm.comma = None;
    }
}

/// The file's tokens after [`Canonical`].
fn canonical(mut file: syn::File) -> String {
    Canonical.visit_file_mut(&mut file);
    file.to_token_stream().to_string()
}

#[test]
fn canonical_form_only_respells() {
    let file = |text: &str| canonical(syn::parse_file(text).expect("parses"));
    let reference = "#[doc = \" x\"] const A: [u8; 2] = [1, 2]; fn f() -> (u8,) { g((1,)) }";
    let respelled = "#[doc = r\" x\"] const A: [u8; 2] = [1, 2,]; fn f() -> (u8,) { g((1,),) }";
    assert_eq!(file(respelled), file(reference));
    // A different text, a dropped element or a lost tuple comma still differ.
    for other in [
        "#[doc = \" y\"] const A: [u8; 2] = [1, 2]; fn f() -> (u8,) { g((1,)) }",
        "#[doc = \" x\"] const A: [u8; 2] = [1]; fn f() -> (u8,) { g((1,)) }",
        "#[doc = \" x\"] const A: [u8; 2] = [1, 2]; fn f() -> (u8,) { g((1)) }",
    ] {
        assert_ne!(file(other), file(reference), "{other}");
    }
}
