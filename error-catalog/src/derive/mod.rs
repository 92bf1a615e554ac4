//! `#[derive(ErrorCode)]`: a hand-written enum → the same items as
//! `include_catalog!` minus the enum itself.
//!
//! Both forms end in the typed [`Catalog`] that the generator takes. The
//! inline form reads the `#[catalog]`/`#[code]` attributes into the catalog
//! document tree ([`attr`]) and runs the catalog file's own schema reader and
//! validator on it ([`inline`]); the bound form loads the file as
//! `include_catalog!` does and matches the variants to its names ([`bound`]).

mod attr;
mod bound;
mod inline;
mod shape;

use crate::diagnostic::Diagnostic;
use crate::generate::{self, Context, Derive, Output};
use crate::model::Catalog;
use crate::names::GENERATED_ITEMS;
use crate::runtime;
use crate::value::{Key, Node, Value};
use attr::Spans;
use proc_macro2::{Ident, Span, TokenStream};
use shape::Shape;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput};

/// Expands `#[derive(ErrorCode)]` on `input` (the item the derive is on);
/// `call_site` as for [`include_catalog`](crate::include_catalog).
pub fn derive_error_code(input: TokenStream, call_site: &str) -> Output {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(e) => return Output::of_error(e.span(), &e.to_string()),
    };
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(s) => return Output::of_error(s.struct_token.span, NOT_ENUM),
        Data::Union(u) => return Output::of_error(u.union_token.span, NOT_ENUM),
    };
    if let Some(lt) = input.generics.lt_token {
        return Output::of_error(
            lt.span,
            "#[derive(ErrorCode)] cannot be used on a generic enum: its variants are the codes of one catalog\n  help: remove the generic parameters",
        );
    }
    // `r#Acme` is the enum `Acme` (see `shape`).
    let ty = input.ident.unraw();
    if data.variants.is_empty() {
        return Output::of_error(
            ty.span(),
            "#[derive(ErrorCode)] needs variants: one unit variant per code",
        );
    }
    let mut errors = Errors::default();
    for misplaced in input.attrs.iter().filter(|a| a.path().is_ident("code")) {
        errors.at(
            shape::path_span(misplaced),
            "#[code] belongs on a variant: each variant is one code\n  help: move it onto the variant it describes; the enum takes #[catalog(…)]",
        );
    }
    let shape = Shape::read(&ty, data, &mut errors);
    let mut spans = Spans::default();
    let catalog_args = shape::catalog_args(&input.attrs, &mut spans, &mut errors);
    let Some((attr_span, args)) = catalog_args else {
        errors.at(
            ty.span(),
            "#[derive(ErrorCode)] needs a #[catalog(…)] attribute on the enum\n  help: write #[catalog(lang = \"en\")] and #[code(CODE, message = \"…\")] on each variant, or #[catalog(file = \"catalogs/vendor.toml\")] to take the codes from a catalog file",
        );
        return errors.into_output();
    };
    let (crate_args, args): (Vec<_>, Vec<_>) =
        args.into_iter().partition(|(k, _)| k.name == "crate");
    let crate_path = crate_option(&crate_args, &spans, &mut errors);
    let (inherent_args, args): (Vec<_>, Vec<_>) =
        args.into_iter().partition(|(k, _)| k.name == "inherent");
    let inherent = inherent_option(&inherent_args, &spans, &mut errors);
    let form = match args.iter().find(|(k, _)| k.name == "file") {
        Some((_, file)) => bound::read(&ty, &shape, file, &args, &spans, &mut errors),
        None => inline::read(&ty, &shape, attr_span, args, &mut spans, &mut errors),
    };
    let mut out = errors.into_output();
    // A catch-all named like a generated item (reported) would shadow it in
    // the generated code, each use another error: nothing is generated.
    let collides = shape
        .catch_all_name()
        .is_some_and(|name| GENERATED_ITEMS.contains(&name.to_string().as_str()));
    if let Some(form) = form.filter(|_| !collides) {
        let cx = Context {
            call_site: call_site.to_owned(),
            crate_path: crate_path.or_else(|| {
                std::env::var_os("CARGO_MANIFEST_DIR")
                    .and_then(|dir| runtime::detect(std::path::Path::new(&dir)))
            }),
            ..form.cx.clone()
        };
        emit(&ty, &shape, form, &cx, inherent, &mut out);
    }
    out
}

/// The items for the user's enum `ty`, described by `form`: its catch-all
/// checked against the codes' type (a mismatch reported into `out`), and
/// its variants that no entry names given the catch-all's facts.
fn emit(ty: &Ident, shape: &Shape<'_>, form: Form, cx: &Context, inherent: bool, out: &mut Output) {
    let Form {
        mut catalog,
        code_type_why,
        other_fix,
        ..
    } = form;
    catalog.name = ty.to_string();
    let catch_all = shape.catch_all(catalog.code_type, &code_type_why, other_fix, out);
    catalog.unknown = match &catch_all {
        Some((name, _)) => name.to_string(),
        // Never emitted without a catch-all; any valid name will do.
        None => "Unknown".into(),
    };
    let known: Vec<&str> = catalog.entries.iter().map(|e| e.name.as_str()).collect();
    let unmatched = shape
        .variants
        .iter()
        .filter(|v| catch_all.as_ref().is_none_or(|(name, _)| name != *v))
        .map(ToString::to_string)
        .filter(|v| !known.contains(&v.as_str()))
        .collect();
    let derive = Derive {
        catch_all: catch_all.map(|(_, ty)| ty),
        unmatched,
        inherent,
    };
    out.append(generate::items(&catalog, cx, Some(&derive)));
}

/// `#[catalog(crate = "PATH")]`: the runtime crate's path, once, as a string
/// (serde's `#[serde(crate = "…")]`); each mistake is reported at its value.
fn crate_option(args: &[(Key, Node)], spans: &Spans, errors: &mut Errors) -> Option<String> {
    let mut found = None;
    for (i, (key, node)) in args.iter().enumerate() {
        let at = value_span(spans, key, node);
        if i > 0 {
            errors.at(
                spans.get(&key.span).unwrap_or(at),
                "`crate` is given twice\n  help: keep one crate = \"PATH\"",
            );
            continue;
        }
        match &node.value {
            Value::Str(text) => match runtime::crate_path_str(text) {
                Ok(path) => found = Some(path),
                Err(message) => errors.at(at, message),
            },
            _ if spans.is_broken(&node.span) => {}
            other => errors.at(
                at,
                format!("`crate` must be a string, found {}\n  help: write the runtime crate's path in quotes, e.g. crate = \"errs\"", other.kind()),
            ),
        }
    }
    found
}

/// Where an option's value is written (its key's span if the value has none).
fn value_span(spans: &Spans, key: &Key, node: &Node) -> Span {
    spans
        .get(&node.span)
        .or_else(|| spans.get(&key.span))
        .unwrap_or_else(Span::call_site)
}

/// `inherent = BOOL` (default `true`): whether the enum gets the inherent
/// methods and `ALL`, or the `ErrorCode` trait's alone.
fn inherent_option(args: &[(Key, Node)], spans: &Spans, errors: &mut Errors) -> bool {
    let mut inherent = true;
    for (i, (key, node)) in args.iter().enumerate() {
        let at = value_span(spans, key, node);
        match &node.value {
            _ if i > 0 => errors.at(
                spans.get(&key.span).unwrap_or(at),
                "`inherent` is given twice\n  help: keep one inherent = false",
            ),
            Value::Bool(value) => inherent = *value,
            _ if spans.is_broken(&node.span) => {}
            other => errors.at(
                at,
                format!("`inherent` must be a boolean, found {}\n  help: write inherent = false for the trait's methods alone", other.kind()),
            ),
        }
    }
    inherent
}

const NOT_ENUM: &str = "#[derive(ErrorCode)] works on enums only: one unit variant per code, and optionally a catch-all such as `Unknown(i64)`";

/// The mistakes found so far, each at a token.
#[derive(Default)]
struct Errors(Vec<(Span, Diagnostic)>);

impl Errors {
    fn at(&mut self, span: Span, message: impl Into<String>) {
        self.0.push((span, Diagnostic::file(message)));
    }

    fn syn(&mut self, error: &syn::Error) {
        self.at(error.span(), error.to_string());
    }

    /// The schema reader's and validator's findings, at the tokens they point
    /// at (in source order), rendered without the entry label and the first
    /// entry's position: the token already shows them.
    fn diagnostics(&mut self, mut diags: Vec<Diagnostic>, spans: &Spans, fallback: Span) {
        diags.sort_by_key(|d| d.span.as_ref().map(|s| s.start));
        for d in diags {
            if d.span.as_ref().is_some_and(|s| spans.is_broken(s)) {
                continue;
            }
            let span = d.span.as_ref().and_then(|s| spans.get(s));
            self.0.push((span.unwrap_or(fallback), d));
        }
    }

    fn into_output(self) -> Output {
        let mut out = Output::default();
        for (span, diagnostic) in &self.0 {
            out.error(*span, &diagnostic.to_string());
        }
        out
    }
}

/// What one form produces: the model (named after the catalog until the
/// caller renames it) and the generator's context.
struct Form {
    catalog: Catalog,
    cx: Context,
    /// Why the codes are of their type, for a catch-all of another type.
    code_type_why: String,
    /// The other way to agree with such a catch-all, if there is one.
    other_fix: Option<&'static str>,
}
