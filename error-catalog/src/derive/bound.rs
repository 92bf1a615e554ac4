//! The bound form: `#[catalog(file = "catalogs/ebet.toml")]`. The file is
//! loaded as `include_catalog!` loads it (same diagnostics, same rebuild
//! tracking) and its names must be the enum's unit variants, one to one.

use super::attr::Spans;
use super::shape::{path_span, Shape};
use super::{Errors, Form};
use crate::generate::Context;
use crate::load;
use crate::model::{Catalog, CodeType, Envelope, PlaceholderStyle};
use crate::names::{is_keyword, to_snake_case};
use crate::value::{Key, Node, Value};
use proc_macro2::{Ident, Span};
use std::path::Path;

pub(super) fn read(
    ty: &Ident,
    shape: &Shape<'_>,
    file: &Node,
    args: &[(Key, Node)],
    spans: &Spans,
    errors: &mut Errors,
) -> Option<Form> {
    let at = spans.get(&file.span).unwrap_or_else(|| ty.span());
    inline_settings(shape, args, at, spans, errors);
    let Value::Str(path) = &file.value else {
        if !spans.is_broken(&file.span) {
            errors.at(
                at,
                format!("`file` must be a string, found {}\n  help: write the catalog's path relative to the crate's Cargo.toml, e.g. file = \"catalogs/ebet.toml\"", file.value.kind()),
            );
        }
        return None;
    };
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        errors.at(
            at,
            "CARGO_MANIFEST_DIR is not set: #[catalog(file = …)] must be compiled by cargo",
        );
        return None;
    };
    let loaded = load::load(&Path::new(&manifest_dir).join(path), path);
    for located in &loaded.diagnostics {
        errors.at(at, located.to_string());
    }
    let mac = to_snake_case(&ty.to_string());
    if is_keyword(&mac) {
        // The inline form gets this from the schema reader, which reads its
        // name. The rest is still generated, without the macro.
        errors.at(
            ty.span(),
            format!("the code-reference macro of `{ty}` would be named `{mac}!`, a Rust keyword\n  help: choose a longer enum name, e.g. `{ty}Status`"),
        );
    }
    let mut catalog = match loaded.catalog {
        Some(mut catalog) => {
            agree(ty, shape, &mut catalog, path, at, errors);
            catalog
        }
        // The file's mistakes were reported; the user's calls of the
        // generated methods must not add "no method" errors to them.
        None => skeleton(ty, shape),
    };
    // The parent enum of a subset file is named by the file, not by this
    // derive: From/TryFrom between them are include_catalog!'s alone.
    catalog.parent = None;
    let cx = Context::new(path, &loaded.files, "", None);
    let kind = match catalog.code_type {
        CodeType::Int => "integers",
        CodeType::Str => "strings",
    };
    Some(Form {
        catalog,
        cx,
        code_type_why: format!("the codes of {path} are {kind}"),
        other_fix: None,
    })
}

/// What the file gives, also written on the enum (`at` when a key has no
/// span of its own): every `#[catalog]` key but one `file`, and `#[code]`s.
fn inline_settings(
    shape: &Shape<'_>,
    args: &[(Key, Node)],
    at: Span,
    spans: &Spans,
    errors: &mut Errors,
) {
    let mut files = 0;
    for (k, _) in args {
        let message = if k.name != "file" {
            format!("`{}` comes from the catalog file when #[catalog] names a `file`\n  help: remove `{}` here, or set it in the file", k.name, k.name)
        } else if files > 0 {
            "`file` is given twice\n  help: an enum is bound to one catalog file".to_owned()
        } else {
            files += 1;
            continue;
        };
        errors.at(spans.get(&k.span).unwrap_or(at), message);
    }
    for unit in &shape.units {
        if let Some(code) = unit.code {
            errors.at(
                path_span(code),
                format!("`{}` takes its code from the catalog file\n  help: remove the #[code], or drop `file` from #[catalog] to give every code inline", unit.ident),
            );
        }
    }
}

/// An empty catalog for an enum whose file could not be read: every unit
/// variant is unmatched and takes the catch-all's facts.
fn skeleton(ty: &Ident, shape: &Shape<'_>) -> Catalog {
    Catalog {
        name: ty.to_string(),
        lang: "en".into(),
        languages: vec!["en".into()],
        doc: None,
        source: None,
        code_type: shape.catch_all_code_type().unwrap_or(CodeType::Int),
        success: Vec::new(),
        placeholders: PlaceholderStyle::None,
        unknown: String::new(),
        parent: None,
        envelope: Envelope::default(),
        categories: Vec::new(),
        entries: Vec::new(),
    }
}

/// Reports, as one error, every unit variant the file lacks and every code of
/// the file without a variant; the latter leave the model so the rest compiles.
fn agree(
    ty: &Ident,
    shape: &Shape<'_>,
    catalog: &mut Catalog,
    path: &str,
    at: Span,
    errors: &mut Errors,
) {
    let units: Vec<String> = shape.units.iter().map(|u| u.ident.to_string()).collect();
    let extra: Vec<String> = units
        .iter()
        .filter(|u| !catalog.entries.iter().any(|e| &e.name == *u))
        .map(|u| format!("`{u}`"))
        .collect();
    let missing: Vec<String> = catalog
        .entries
        .iter()
        .filter(|e| !units.contains(&e.name))
        .map(|e| format!("`{}` ({})", e.name, e.code))
        .collect();
    if extra.is_empty() && missing.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    if !extra.is_empty() {
        parts.push(format!("variants not in the file: {}", extra.join(", ")));
    }
    if !missing.is_empty() {
        parts.push(format!(
            "codes of the file without a variant: {}",
            missing.join(", ")
        ));
    }
    errors.at(
        at,
        format!(
            "`{ty}` and {path} disagree: {}\n  help: `{ty}` needs one unit variant per code of the file, named as the file names it (plus an optional catch-all such as `Unknown(i64)`)",
            parts.join("; ")
        ),
    );
    catalog.entries.retain(|e| units.contains(&e.name));
    let entries = &catalog.entries;
    catalog
        .success
        .retain(|code| entries.iter().any(|e| &e.code == code));
}
