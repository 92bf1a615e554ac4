//! The inline form: `#[catalog(lang = …)]` and one `#[code(CODE, …)]` per
//! variant, assembled into the document a catalog file would be and read by
//! the catalog's own schema reader and validator.

use super::attr::{self, Spans};
use super::shape::{path_span, Shape, Unit};
use super::{Errors, Form};
use crate::generate::Context;
use crate::model::{Catalog, CodeType};
use crate::names::did_you_mean;
use crate::value::{Int, Key, Node, Span as At, Value};
use crate::{parse, validate};
use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{LitBool, Token};

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
) -> Option<Form> {
    // First: synthetic spans are numbered in the order they are added, and
    // diagnostics are reported in the order of their spans.
    let name = Node {
        span: spans.add(ty.span()),
        value: Value::Str(ty.to_string()),
    };
    let (args, meant) = known_keys(args, CATALOG_KEYS, "#[catalog]", spans, errors);
    // A misspelt `file` was reported: the enum was meant to be bound to a
    // file, so neither `lang` nor any #[code] is missing, and the codes are
    // unknown (every variant gets the catch-all's facts, see `Derive`).
    let meant_file = meant.iter().any(|m| m == "file");
    let units = if meant_file {
        &[][..]
    } else {
        &shape.units[..]
    };
    if meant_file || meant.iter().any(|m| m == "lang") {
        // A misspelt `lang` was reported: not also "missing `lang`" here.
        spans.mark_broken(&catalog_at);
    }
    let codes = read_codes(ty, units, &catalog_at, spans, errors);
    // Without a #[code], a catch-all's field tells (an empty catalog).
    let code_type = codes
        .first
        .as_ref()
        .map(|(kind, _, _)| *kind)
        .or_else(|| shape.catch_all_code_type())
        .unwrap_or(CodeType::Int);
    let (why, other_fix) = match &codes.first {
        Some(first) => (
            code_type_why(ty, first),
            Some(match first.0 {
                CodeType::Int => "write every code as a string literal",
                CodeType::Str => "write every code as an integer literal",
            }),
        ),
        None => (
            format!("without a #[code], the codes of `{ty}` are integers"),
            None,
        ),
    };
    let root = document(name, catalog_at, args, codes.entries, code_type);
    let catalog = check(ty, shape, &root, &codes.misspelt, spans, errors);
    // An invalid enum name (`r#try`, `acme`) was reported; the enum is the
    // user's, so its impls are still generated and its uses add no errors.
    Some(Form {
        catalog,
        cx: Context {
            display_path: DISPLAY.into(),
            ..Context::default()
        },
        code_type_why: why,
        other_fix,
    })
}

/// The `#[code]` attributes, read as a catalog file's `[codes]` table.
#[derive(Default)]
struct Codes {
    /// `[codes.CODE]` tables, in variant order.
    entries: Vec<(Key, Node)>,
    /// Per code (by its position): the keys misspelt ones meant, already reported.
    misspelt: Vec<(usize, Vec<String>)>,
    /// The first code's type and text, and its variant: the codes' type.
    first: Option<(CodeType, String, Ident)>,
}

/// Every unit variant's `#[code]`; a variant without one is reported, once
/// for all when none has one (the codes were never written here).
fn read_codes(
    ty: &Ident,
    units: &[Unit<'_>],
    catalog_at: &At,
    spans: &mut Spans,
    errors: &mut Errors,
) -> Codes {
    let mut codes = Codes::default();
    let any_code = units.iter().any(|u| u.code.is_some());
    if !units.is_empty() && !any_code {
        errors.at(
            spans.get(catalog_at).unwrap_or_else(|| ty.span()),
            format!("no variant of `{ty}` has a #[code]\n  help: give each unit variant its code and text, #[code(CODE, message = \"…\")], or take them from a catalog file with #[catalog(file = \"catalogs/vendor.toml\")]"),
        );
    }
    for unit in units {
        let Some(code_attr) = unit.code else {
            if any_code {
                let ident = &unit.ident;
                let discriminant = if unit.discriminant {
                    " (its discriminant is not read as the code)"
                } else {
                    ""
                };
                errors.at(
                    ident.span(),
                    format!("variant `{ident}` has no #[code]{discriminant}\n  help: add #[code(CODE, message = \"…\")] with the vendor's code and text; a variant for codes `{ty}` does not define is a tuple variant such as `{ident}(i64)`"),
                );
            }
            continue;
        };
        code_entry(ty, unit, code_attr, &mut codes, spans, errors);
    }
    codes
}

/// One `#[code(CODE, …)]` as a `[codes.CODE]` table named after its variant.
fn code_entry(
    ty: &Ident,
    unit: &Unit<'_>,
    code_attr: &syn::Attribute,
    codes: &mut Codes,
    spans: &mut Spans,
    errors: &mut Errors,
) {
    let mut syntax = Vec::new();
    let parsed =
        code_attr.parse_args_with(|input: ParseStream<'_>| code_args(input, spans, &mut syntax));
    for e in &syntax {
        errors.syn(e);
    }
    let (code, fields) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => return errors.syn(&e),
    };
    let Some((kind, text)) = code_text(&code.value) else {
        return errors.at(
            spans
                .get(&code.span)
                .unwrap_or_else(|| path_span(code_attr)),
            format!(
                "the code of `{}` must be an integer or a string literal, found {}\n  help: write the vendor's code as it is sent, e.g. #[code(4026, …)] or #[code(\"E01\", …)]",
                unit.ident,
                code.value.kind()
            ),
        );
    };
    match &codes.first {
        None => codes.first = Some((kind, text.clone(), unit.ident.clone())),
        Some(first) if first.0 != kind => {
            return errors.at(
                spans.get(&code.span).unwrap_or_else(|| unit.ident.span()),
                format!("code of the wrong type: {}\n  help: write every code as an integer literal, or every code as a string literal", code_type_why(ty, first)),
            );
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
    codes.misspelt.push((code.span.start, meant));
    codes.entries.push((
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

/// The document a catalog file would be: `[catalog]` (the enum's name, the
/// `#[catalog]` keys, the codes' type), `[categories.*]` and `[codes.*]`.
fn document(
    name: Node,
    at: At,
    args: Vec<(Key, Node)>,
    codes: Vec<(Key, Node)>,
    code_type: CodeType,
) -> Node {
    let table = |name: &str, value: Value| {
        (
            key(name, at.clone()),
            Node {
                span: at.clone(),
                value,
            },
        )
    };
    let mut catalog = vec![(key("name", at.clone()), name)];
    let mut top = Vec::new();
    for (k, node) in args {
        if k.name == "categories" {
            top.push((k, node));
        } else {
            catalog.push((k, node));
        }
    }
    let code_type = match code_type {
        CodeType::Int => "integer",
        CodeType::Str => "string",
    };
    catalog.push(table("code-type", Value::Str(code_type.into())));
    top.push(table("catalog", Value::Table(catalog)));
    top.push(table("codes", Value::Table(codes)));
    Node {
        span: at,
        value: Value::Table(top),
    }
}

/// The document through the catalog's schema reader and validator, their
/// findings reported at the attributes' tokens, each entry labelled by its
/// variant.
fn check(
    ty: &Ident,
    shape: &Shape<'_>,
    root: &Node,
    misspelt: &[(usize, Vec<String>)],
    spans: &Spans,
    errors: &mut Errors,
) -> Catalog {
    let mut diags = Vec::new();
    let mut parsed = parse::parse(root, None, &mut diags);
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
    catalog
}

/// Why the codes are of the first code's type, e.g. "the codes of `Acme`
/// are integers (the first, on `Ok`, is 0)".
fn code_type_why(ty: &Ident, (kind, code, variant): &(CodeType, String, Ident)) -> String {
    let (are, first) = match kind {
        CodeType::Int => ("integers", code.clone()),
        CodeType::Str => ("strings", format!("{code:?}")),
    };
    format!("the codes of `{ty}` are {are} (the first, on `{variant}`, is {first})")
}

/// `#[code(CODE, key = value, …)]`.
fn code_args(
    input: ParseStream<'_>,
    spans: &mut Spans,
    syntax: &mut Vec<syn::Error>,
) -> syn::Result<(Node, Vec<(Key, Node)>)> {
    // `true` is an identifier token too, but a value: reported as a wrong code.
    if input.is_empty() || (input.peek(Ident::peek_any) && !input.peek(LitBool)) {
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
        // A catalog path under any key means `file`, however it is spelt.
        let names_a_file = allowed.contains(&"file")
            && matches!(&node.value, Value::Str(v) if v.ends_with(".toml") || v.ends_with(".json"));
        let suggestion = did_you_mean(&k.name, allowed).or(names_a_file.then_some("file"));
        let help = match (k.name.as_str(), suggestion) {
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
