//! The enum as written: its unit variants (one per code), its catch-all, and
//! the `#[catalog]` arguments, with every mistake of shape reported.
//!
//! Names are kept without their `r#`: `r#Type` is the variant `Type` of the
//! catalog, and the generator writes a keyword raw again where it needs one.

use super::attr::{self, Spans};
use super::Errors;
use crate::generate::{CatchAll, Output};
use crate::model::CodeType;
use crate::names::GENERATED_ITEMS;
use crate::value::{Key, Node, Span as At};
use proc_macro2::{Ident, Span};
use syn::ext::IdentExt;
use syn::{Attribute, DataEnum, Fields, GenericArgument, PathArguments, Type};

/// A unit variant and its `#[code(…)]`, if it has one.
pub(super) struct Unit<'a> {
    pub(super) ident: Ident,
    pub(super) code: Option<&'a Attribute>,
    /// Whether an explicit discriminant (`A = 1`) is written, which is not a code.
    pub(super) discriminant: bool,
}

/// The one tuple variant that keeps codes the enum lacks.
struct CatchAllField {
    ident: Ident,
    /// Where the field's type is written.
    span: Span,
    /// The type's last path segment and its one generic argument (`Box<str>`).
    last: Option<Ident>,
    arg: Option<Ident>,
}

pub(super) struct Shape<'a> {
    /// Every variant's name, in declaration order.
    pub(super) variants: Vec<Ident>,
    /// The unit variants, in declaration order.
    pub(super) units: Vec<Unit<'a>>,
    catch_all: Option<CatchAllField>,
}

impl<'a> Shape<'a> {
    pub(super) fn read(ty: &Ident, data: &'a DataEnum, errors: &mut Errors) -> Self {
        let mut shape = Shape {
            variants: Vec::new(),
            units: Vec::new(),
            catch_all: None,
        };
        for v in &data.variants {
            let ident = v.ident.unraw();
            shape.variants.push(ident.clone());
            for misplaced in v.attrs.iter().filter(|a| a.path().is_ident("catalog")) {
                errors.at(
                    path_span(misplaced),
                    format!("#[catalog] belongs on the enum, not on the variant `{ident}`\n  help: move it above `enum {ty}`; a variant takes #[code(…)]"),
                );
            }
            let mut codes = v.attrs.iter().filter(|a| a.path().is_ident("code"));
            let code = codes.next();
            for again in codes {
                errors.at(
                    path_span(again),
                    format!("variant `{ident}` has a second #[code]\n  help: one #[code(…)] per variant: each variant is one code"),
                );
            }
            match &v.fields {
                Fields::Unit => shape.units.push(Unit {
                    ident: ident.clone(),
                    code,
                    discriminant: v.discriminant.is_some(),
                }),
                Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                    if let Some(code) = code {
                        errors.at(
                            path_span(code),
                            format!("the catch-all `{ident}` takes no #[code]: it holds every code that `{ty}` does not define\n  help: remove the #[code], or make `{ident}` a unit variant"),
                        );
                    }
                    if let Some(first) = &shape.catch_all {
                        errors.at(
                            ident.span(),
                            format!("`{ty}` has two catch-all variants, `{}` and `{ident}`\n  help: keep one tuple variant for the codes `{ty}` does not define; the other variants are unit variants, one per code", first.ident),
                        );
                        continue;
                    }
                    if GENERATED_ITEMS.contains(&ident.to_string().as_str()) {
                        errors.at(
                            ident.span(),
                            format!("the catch-all `{ident}` collides with the generated `{ty}::{ident}`\n  help: name the catch-all differently, e.g. `Unknown`"),
                        );
                    }
                    let field = &fields.unnamed[0];
                    let (last, arg, span) = type_name(&field.ty).unwrap_or((None, None, ident.span()));
                    shape.catch_all = Some(CatchAllField {
                        ident: ident.clone(),
                        span,
                        last,
                        arg,
                    });
                }
                _ => errors.at(
                    ident.span(),
                    format!("variant `{ident}` of `{ty}` must be a unit variant (one code) or the catch-all, a tuple variant with the raw code such as `{ident}(i64)`"),
                ),
            }
        }
        shape
    }

    /// The name of the catch-all variant, whatever its type.
    pub(super) fn catch_all_name(&self) -> Option<&Ident> {
        self.catch_all.as_ref().map(|c| &c.ident)
    }

    /// The code type the catch-all's field gives, if it is one of the catch-all types.
    pub(super) fn catch_all_code_type(&self) -> Option<CodeType> {
        let c = self.catch_all.as_ref()?;
        let last = c.last.as_ref()?;
        [CodeType::Int, CodeType::Str]
            .into_iter()
            .find(|t| catch_all_kind(*t, last, c.arg.as_ref()).is_some())
    }

    /// The catch-all and its payload for `code_type`; a payload of another
    /// type is reported (into `out`, saying `why` the codes are of that type
    /// and, if there is one, the `other` fix) and the variant then counts as
    /// no catch-all.
    pub(super) fn catch_all(
        &self,
        code_type: CodeType,
        why: &str,
        other: Option<&str>,
        out: &mut Output,
    ) -> Option<(Ident, CatchAll)> {
        let c = self.catch_all.as_ref()?;
        let kind = c
            .last
            .as_ref()
            .and_then(|last| catch_all_kind(code_type, last, c.arg.as_ref()));
        if kind.is_none() {
            let ident = &c.ident;
            let field = match code_type {
                CodeType::Int => "i64",
                CodeType::Str => "String",
            };
            // The other fix only when the field is the other code type's.
            let other = other
                .filter(|_| self.catch_all_code_type().is_some())
                .map(|o| format!(", or {o}"))
                .unwrap_or_default();
            out.error(
                c.span,
                &format!(
                    "the catch-all `{ident}` keeps the raw code, so its field must be {}: {why}\n  help: write `{ident}({field})`{other}",
                    catch_all_type(code_type),
                ),
            );
        }
        kind.map(|k| (c.ident.clone(), k))
    }
}

/// `a::b::Last<Arg>`: the last segment, its one type argument, and where the
/// last segment is written; `None` for types that are not paths.
fn type_name(ty: &Type) -> Option<(Option<Ident>, Option<Ident>, Span)> {
    let path = match ty {
        Type::Path(path) => path,
        Type::Reference(r) => return Some((None, None, r.and_token.span)),
        _ => return None,
    };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    let arg = match &last.arguments {
        PathArguments::None => None,
        PathArguments::AngleBracketed(args) if args.args.len() == 1 => match &args.args[0] {
            // `Box<str>` or `Box<core::primitive::str>`, as `i64` may be written
            // `core::primitive::i64` where a user type is named `i64`.
            GenericArgument::Type(Type::Path(inner)) if inner.qself.is_none() => {
                let segment = inner.path.segments.last()?;
                Some(segment.ident.clone()).filter(|_| segment.arguments.is_none())
            }
            _ => return Some((None, None, last.ident.span())),
        },
        _ => return Some((None, None, last.ident.span())),
    };
    Some((Some(last.ident.clone()), arg, last.ident.span()))
}

/// Where an attribute's name is written.
pub(super) fn path_span(attr: &Attribute) -> Span {
    attr.path()
        .segments
        .first()
        .map_or_else(|| attr.pound_token.span, |s| s.ident.span())
}

/// The arguments of every `#[catalog(…)]` on the enum, in order, and the
/// position of the first attribute's name; `None` without one.
pub(super) fn catalog_args(
    attrs: &[Attribute],
    spans: &mut Spans,
    errors: &mut Errors,
) -> Option<(At, Vec<(Key, Node)>)> {
    let mut found: Option<(At, Vec<(Key, Node)>)> = None;
    for a in attrs.iter().filter(|a| a.path().is_ident("catalog")) {
        let at = spans.add(path_span(a));
        let mut syntax = Vec::new();
        let parsed = a.parse_args_with(|input: syn::parse::ParseStream<'_>| {
            Ok(attr::items(input, spans, &mut syntax))
        });
        for e in &syntax {
            errors.syn(e);
        }
        let items = parsed.unwrap_or_else(|e| {
            errors.syn(&e);
            // Reported: not also "missing `lang`" at this attribute.
            spans.mark_broken(&at);
            Vec::new()
        });
        match &mut found {
            Some((_, all)) => all.extend(items),
            None => found = Some((at, items)),
        }
    }
    found
}

/// The catch-all type a code type needs, as users write it.
fn catch_all_type(code_type: CodeType) -> &'static str {
    match code_type {
        CodeType::Int => "`i64`",
        CodeType::Str => "`String` or `Box<str>`",
    }
}

/// Whether `ty` is the catch-all payload for `code_type`.
fn catch_all_kind(code_type: CodeType, last: &Ident, arg: Option<&Ident>) -> Option<CatchAll> {
    match (
        code_type,
        last.to_string().as_str(),
        arg.map(ToString::to_string),
    ) {
        (CodeType::Int, "i64", None) => Some(CatchAll::I64),
        (CodeType::Str, "String", None) => Some(CatchAll::String),
        (CodeType::Str, "Box", Some(arg)) if arg == "str" => Some(CatchAll::BoxStr),
        _ => None,
    }
}
