//! Code generation: a validated [`Catalog`] → the enum and its impls.
//!
//! Per-variant facts live in `static` arrays indexed by the variant's position
//! (the catch-all's defaults at index N); code → variant probes a hash table
//! computed here. Every path is absolute and every list is in catalog order, so
//! the output is deterministic and immune to what the user has in scope.

mod code_macro;
mod conversions;
mod docs;
mod lints;
mod methods;
mod subset;
mod traits;

use crate::model::{Catalog, Code, CodeType};
use crate::names::is_keyword;
use docs::{enum_doc, variant_doc};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use std::path::PathBuf;

pub(crate) use code_macro::code_tokens;
pub use docs::code_span;

/// What the generator needs besides the catalog.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The catalog's path as written by the user (shown in the docs).
    pub display_path: String,
    /// Files whose edits must rebuild the including crate (absolute paths).
    pub tracked: Vec<PathBuf>,
    /// Where the catalog is included (`file:line:col` of the macro call), so a
    /// crate may include one catalog in several modules: it names the hidden
    /// exported macro, which lives at the crate root.
    pub call_site: String,
}

/// What `#[derive(ErrorCode)]` changes in the output: the enum is the
/// user's, so it is not emitted, nor is `Debug` (the user derives it with
/// `Clone` and `PartialEq`).
#[derive(Clone, Debug)]
pub struct Derive {
    /// The catch-all's payload; `None` when the enum has no catch-all, which
    /// makes the code conversions `TryFrom` instead of `From`.
    pub catch_all: Option<CatchAll>,
    /// The user's variants that no entry names (only in an enum with mistakes,
    /// which were reported): they take the catch-all's facts so that the
    /// generated `match`es stay exhaustive and no error cascades.
    pub unmatched: Vec<String>,
}

/// The payload type of a hand-written catch-all variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchAll {
    /// `Unknown(i64)`, integer codes.
    I64,
    /// `Unknown(String)`, string codes.
    String,
    /// `Unknown(Box<str>)`, string codes.
    BoxStr,
}

/// The runtime crate, named absolutely.
fn rt() -> TokenStream {
    quote!(::error_runtime)
}

/// Generates every item `include_catalog!` emits for `catalog`.
pub fn generate(catalog: &Catalog, cx: &Context) -> TokenStream {
    generate_items(catalog, cx, None)
}

/// Generates the items `#[derive(ErrorCode)]` adds to the user's enum, which
/// `catalog` describes (its `unknown` naming the catch-all, if any).
pub fn generate_derive(catalog: &Catalog, cx: &Context, derive: &Derive) -> TokenStream {
    generate_items(catalog, cx, Some(derive))
}

fn generate_items(catalog: &Catalog, cx: &Context, derive: Option<&Derive>) -> TokenStream {
    let g = Gen::new(catalog, derive);
    let rt = rt();
    let tracked = cx.tracked.iter().filter_map(|p| p.to_str()).map(|p| {
        quote!(
            const _: &[u8] = ::core::include_bytes!(#p);
        )
    });
    // A derived enum is the user's own.
    let enum_def = derive.is_none().then(|| g.enum_def(cx));
    let inherent = g.inherent();
    let conversions = g.conversions();
    let traits = g.traits();
    let code_macro = g.code_macro(cx);
    let subset = g.subset();
    let ty = &g.ty;
    let serde_kind = match (catalog.code_type, g.has_catch_all()) {
        (CodeType::Int, true) => quote!(int),
        (CodeType::Str, true) => quote!(str),
        (CodeType::Int, false) => quote!(try_int),
        (CodeType::Str, false) => quote!(try_str),
    };
    lints::allow_generated(quote! {
        #enum_def
        #inherent
        #conversions
        #traits
        #subset
        #rt::__private::impl_serde!(#serde_kind #ty);
        #code_macro
        #(#tracked)*
    })
}

struct Gen<'a> {
    c: &'a Catalog,
    ty: Ident,
    unknown: Ident,
    variants: Vec<Ident>,
    /// Number of known variants; the catch-all's index.
    n: usize,
    /// Set for `#[derive(ErrorCode)]`.
    derive: Option<&'a Derive>,
}

impl<'a> Gen<'a> {
    fn new(c: &'a Catalog, derive: Option<&'a Derive>) -> Self {
        Gen {
            c,
            ty: ident(&c.name),
            unknown: ident(&c.unknown),
            variants: c.entries.iter().map(|e| ident(&e.name)).collect(),
            n: c.entries.len(),
            derive,
        }
    }

    /// Whether the enum has a catch-all (a derived enum may have none).
    fn has_catch_all(&self) -> bool {
        self.derive.is_none_or(|d| d.catch_all.is_some())
    }

    /// The catch-all holding `raw` (an `i64`, a `String`, or for string codes
    /// anything a `Box<str>` can be made from).
    fn catch(&self, raw: TokenStream) -> TokenStream {
        let unknown = &self.unknown;
        match self.derive.and_then(|d| d.catch_all) {
            Some(CatchAll::BoxStr) => quote!(Self::#unknown(::core::convert::From::from(#raw))),
            _ => quote!(Self::#unknown(#raw)),
        }
    }

    /// The arms of `__error_code_index` after the known variants: the
    /// catch-all and any unmatched variants of a derived enum, all at `n`.
    fn other_indices(&self) -> TokenStream {
        let n = Literal::usize_unsuffixed(self.n);
        let unknown = &self.unknown;
        let catch_all = self
            .has_catch_all()
            .then(|| quote!(Self::#unknown(_) => #n,));
        let unmatched = self
            .derive
            .map_or(&[][..], |d| &d.unmatched)
            .iter()
            .map(|v| ident(v));
        // Braces match any kind of variant, including misshapen ones (reported).
        quote!(#catch_all #(Self::#unmatched { .. } => #n,)*)
    }

    fn is_int(&self) -> bool {
        self.c.code_type == CodeType::Int
    }

    /// The payload type of the catch-all.
    fn raw_ty(&self) -> TokenStream {
        let rt = rt();
        if self.is_int() {
            quote!(i64)
        } else {
            quote!(#rt::__private::String)
        }
    }

    fn enum_def(&self, cx: &Context) -> TokenStream {
        let Gen { ty, unknown, .. } = self;
        let doc = enum_doc(self.c, cx);
        let variants = self.c.entries.iter().zip(&self.variants).map(|(e, v)| {
            let doc = variant_doc(self.c, e);
            let deprecated = e.deprecated.as_ref().map(|note| {
                if note.is_empty() {
                    quote!(#[deprecated])
                } else {
                    quote!(#[deprecated = #note])
                }
            });
            quote!(#[doc = #doc] #deprecated #v,)
        });
        let raw_ty = self.raw_ty();
        let unknown_doc = if self.is_int() {
            "A code this catalog does not define, with the raw value as received."
        } else {
            "A code this catalog does not define, with the raw text as received."
        };
        let copy = self.is_int().then(|| quote!(::core::marker::Copy,));
        quote! {
            #[doc = #doc]
            #[derive(::core::clone::Clone, #copy ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
            pub enum #ty {
                #(#variants)*
                #[doc = #unknown_doc]
                #unknown(#raw_ty),
            }
        }
    }

    /// `match self { known… => expr, Self::Unknown(raw) => unknown }`, without
    /// an unreachable arm when the catalog is empty (and a derived enum has
    /// no unmatched variant to take it).
    fn split(&self, known: TokenStream, raw: TokenStream) -> TokenStream {
        let unknown = &self.unknown;
        let unmatched = self.derive.is_some_and(|d| !d.unmatched.is_empty());
        if !self.has_catch_all() {
            quote!({ let known = self; #known })
        } else if self.n == 0 && !unmatched {
            quote!(match self { Self::#unknown(raw) => #raw })
        } else {
            quote!(match self { Self::#unknown(raw) => #raw, known => #known })
        }
    }
}

/// Per-variant facts: a static array when any entry has one, else a constant.
fn facts(
    g: &Gen<'_>,
    elem: TokenStream,
    values: impl Iterator<Item = TokenStream>,
    any: bool,
    default: TokenStream,
) -> TokenStream {
    if !any {
        return default;
    }
    let n1 = Literal::usize_unsuffixed(g.n + 1);
    quote! {
        static FACTS: [#elem; #n1] = [#(#values,)* #default];
        FACTS[self.__error_code_index()]
    }
}

/// A name as an identifier. Catalog names are never keywords, but a derived
/// enum's variants are the user's (`r#type`, reported yet still matched).
fn ident(name: &str) -> Ident {
    if is_keyword(name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

fn opt_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn int_code(code: &Code) -> Option<i64> {
    match code {
        Code::Int(c) => Some(*c),
        Code::Str(_) => None,
    }
}

fn str_code(code: &Code) -> Option<&str> {
    match code {
        Code::Str(c) => Some(c),
        Code::Int(_) => None,
    }
}

/// A code as a value in an array.
fn code_lit(code: &Code) -> TokenStream {
    match code {
        Code::Int(c) => quote!(#c),
        Code::Str(s) => quote!(#s),
    }
}
