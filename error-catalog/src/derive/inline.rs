//! The inline form: `#[catalog(lang = …)]` and one `#[code(CODE, …)]` per
//! variant, assembled into the document a catalog file would be and read by
//! the catalog's own schema reader and validator.

use super::attr::{self, Spans};
use super::shape::{path_span, Shape};
use super::{Errors, Form};
use crate::generate::Context;
use crate::model::CodeType;
use crate::names::did_you_mean;
use crate::value::{Int, Key, Node, Span as At, Value};
use crate::{parse, validate};
use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::Token;

/// `#[catalog(…)]` keys of the inline form (`categories` becomes the file's
/// top-level `[categories.*]`); `file` selects the bound form.
const CATALOG_KEYS: &[&str] = &[
    "lang",
    "success",
    "placeholders",
    "envelope",
    "categories",
    "file",
];
/// `#[code(CODE, …)]` keys.
const CODE_KEYS: &[&str] = &["message", "key", "http", "retryable", "category"];

/// Shown as the catalog's path in the code-reference macro's messages.
const DISPLAY: &str = "its #[code] attributes";

pub(super) fn read(
    ty: &Ident,
    shape: &Shape<'_>,
    catalog_at: At,
    args: Vec<(Key, Node)>,
    spans: &mut Spans,
    errors: &mut Errors,
) -> Form {
    let mut catalog = vec![(
        key("name", catalog_at.clone()),
        Node {
            span: spans.add(ty.span()),
            value: Value::Str(ty.to_string()),
        },
    )];
    let mut top = Vec::new();
    let (args, meant) = known_keys(args, CATALOG_KEYS, "#[catalog]", spans, errors);
    if meant.iter().any(|m| m == "lang") {
        // A misspelt `lang` was reported: not also "missing `lang`" here.
        spans.mark_broken(&catalog_at);
    }
    for (k, node) in args {
        if k.name == "categories" {
            top.push((k, node));
        } else {
            catalog.push((k, node));
        }
    }

    let mut codes = Vec::new();
    // Per code (by its position): the keys misspelt ones meant, already reported.
    let mut misspelt: Vec<(usize, Vec<String>)> = Vec::new();
    let mut first: Option<(CodeType, String, Ident)> = None;
    for unit in &shape.units {
        let Some(code_attr) = unit.code else {
            errors.at(
                unit.ident.span(),
                format!("variant `{}` has no #[code]\n  help: add #[code(CODE, message = \"…\")] with the vendor's code and text; a variant for codes `{ty}` does not define is a tuple variant such as `{}(i64)`", unit.ident, unit.ident),
            );
            continue;
        };
        let mut syntax = Vec::new();
        let parsed = code_attr
            .parse_args_with(|input: ParseStream<'_>| code_args(input, spans, &mut syntax));
        for e in &syntax {
            errors.syn(e);
        }
        let (code, fields) = match parsed {
            Ok(parsed) => parsed,
            Err(e) => {
                errors.syn(&e);
                continue;
            }
        };
        let Some((kind, text)) = code_text(&code.value) else {
            errors.at(
                spans
                    .get(&code.span)
                    .unwrap_or_else(|| path_span(code_attr)),
                format!(
                    "the code of `{}` must be an integer or a string literal, found {}",
                    unit.ident,
                    code.value.kind()
                ),
            );
            continue;
        };
        match &first {
            None => first = Some((kind, text.clone(), unit.ident.clone())),
            Some((expected, first_code, first_variant)) if *expected != kind => {
                let (is, was) = match expected {
                    CodeType::Int => ("integers", first_code.clone()),
                    CodeType::Str => ("strings", format!("{first_code:?}")),
                };
                errors.at(
                    spans.get(&code.span).unwrap_or_else(|| unit.ident.span()),
                    format!("code of the wrong type: the codes of `{ty}` are {is} (the first, on `{first_variant}`, is {was})\n  help: write every code as an integer literal, or every code as a string literal"),
                );
                continue;
            }
            Some(_) => {}
        }
        let mut entry = vec![(
            key("name", code.span.clone()),
            Node {
                span: spans.add(unit.ident.span()),
                value: Value::Str(unit.ident.to_string()),
            },
        )];
        let (fields, meant) = known_keys(fields, CODE_KEYS, "#[code]", spans, errors);
        entry.extend(fields);
        misspelt.push((code.span.start, meant));
        codes.push((
            Key {
                name: text,
                span: code.span.clone(),
            },
            Node {
                span: code.span,
                value: Value::Table(entry),
            },
        ));
    }
    let code_type = first.map_or(CodeType::Int, |(kind, _, _)| kind);
    catalog.push((
        key("code-type", catalog_at.clone()),
        Node {
            span: catalog_at.clone(),
            value: Value::Str(
                match code_type {
                    CodeType::Int => "integer",
                    CodeType::Str => "string",
                }
                .into(),
            ),
        },
    ));
    top.push((
        key("catalog", catalog_at.clone()),
        Node {
            span: catalog_at.clone(),
            value: Value::Table(catalog),
        },
    ));
    top.push((
        key("codes", catalog_at.clone()),
        Node {
            span: catalog_at.clone(),
            value: Value::Table(codes),
        },
    ));
    let root = Node {
        span: catalog_at,
        value: Value::Table(top),
    };

    let mut diags = Vec::new();
    let mut parsed = parse::parse(&root, None, &mut diags);
    for (spans, entry) in parsed.spans.iter_mut().zip(&parsed.catalog.entries) {
        spans.label = format!("variant `{}`", entry.name);
        if let Some((_, meant)) = misspelt.iter().find(|(at, _)| *at == entry.span.start) {
            spans.misspelt.extend(meant.iter().cloned());
        }
    }
    // The validator keeps variant names clear of the catch-all's; without one
    // (an empty name matches nothing) there is nothing to keep clear of.
    parsed.catalog.unknown = shape
        .catch_all_name()
        .map_or_else(String::new, ToString::to_string);
    let catalog = validate::validate(parsed, None, &mut diags);
    errors.diagnostics(diags, spans, ty.span());
    let cx = Context {
        display_path: DISPLAY.into(),
        ..Context::default()
    };
    (!catalog.name.is_empty()).then_some((catalog, cx))
}

/// `#[code(CODE, key = value, …)]`.
fn code_args(
    input: ParseStream<'_>,
    spans: &mut Spans,
    syntax: &mut Vec<syn::Error>,
) -> syn::Result<(Node, Vec<(Key, Node)>)> {
    if input.is_empty() || input.peek(Ident::peek_any) {
        return Err(input.error(
            "#[code] takes the code first: #[code(4026, message = \"…\")] or #[code(\"E01\", message = \"…\")]",
        ));
    }
    let code = attr::value(input, spans)?;
    if input.is_empty() {
        return Ok((code, Vec::new()));
    }
    input.parse::<Token![,]>()?;
    Ok((code, attr::items(input, spans, syntax)))
}

/// A code literal's type and text as a catalog file writes its key.
fn code_text(value: &Value) -> Option<(CodeType, String)> {
    match value {
        Value::Int(Int::Fits(v)) => Some((CodeType::Int, v.to_string())),
        Value::Int(Int::Overflow(text)) => Some((CodeType::Int, text.clone())),
        Value::Str(s) => Some((CodeType::Str, s.clone())),
        _ => None,
    }
}

/// The items whose keys `attribute` takes; the others are reported, with a
/// did-you-mean, and dropped. Also returns the keys the misspelt ones meant.
fn known_keys(
    items: Vec<(Key, Node)>,
    allowed: &[&str],
    attribute: &str,
    spans: &Spans,
    errors: &mut Errors,
) -> (Vec<(Key, Node)>, Vec<String>) {
    let mut kept = Vec::new();
    let mut meant = Vec::new();
    for (k, node) in items {
        if allowed.contains(&k.name.as_str()) {
            kept.push((k, node));
            continue;
        }
        let help = match (k.name.as_str(), did_you_mean(&k.name, allowed)) {
            ("name", _) => "the enum's and the variants' own names are used".to_owned(),
            ("doc" | "source" | "deprecated", _) => {
                "write it on the enum or the variant itself (a doc comment, #[deprecated])"
                    .to_owned()
            }
            ("unknown", _) => {
                "the catch-all is the enum's tuple variant, e.g. `Unknown(i64)`".to_owned()
            }
            ("code-type", _) => "the code literals set it: integers or strings".to_owned(),
            (_, Some(s)) => {
                meant.push(s.to_owned());
                format!("did you mean `{s}`?")
            }
            (_, None) => format!("known keys: {}", allowed.join(", ")),
        };
        errors.at(
            spans
                .get(&k.span)
                .unwrap_or_else(proc_macro2::Span::call_site),
            format!("unknown {attribute} key `{}`\n  help: {help}", k.name),
        );
    }
    (kept, meant)
}

fn key(name: &str, span: At) -> Key {
    Key {
        name: name.into(),
        span,
    }
}
