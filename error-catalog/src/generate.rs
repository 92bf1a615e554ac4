//! Code generation: a validated [`Catalog`] → the enum and its impls.
//!
//! Per-variant facts live in `static` arrays indexed by the variant's position
//! (the catch-all's defaults at index N); code → variant probes a hash table
//! computed here. Every path is absolute and every list is in catalog order, so
//! the output is deterministic and immune to what the user has in scope.

use crate::hash::{self, Table, EMPTY};
use crate::model::{Catalog, Code, CodeType, Entry, Matcher, PlaceholderStyle};
use crate::names::to_snake_case;
use crate::placeholder::{self, Piece};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use std::path::PathBuf;

/// What the generator needs besides the catalog.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The catalog's path as written by the user (shown in the docs).
    pub display_path: String,
    /// Files whose edits must rebuild the including crate (absolute paths).
    pub tracked: Vec<PathBuf>,
}

/// The runtime crate, named absolutely.
fn rt() -> TokenStream {
    quote!(::error_runtime)
}

/// Generates every item `include_catalog!` emits for `catalog`.
pub fn generate(catalog: &Catalog, cx: &Context) -> TokenStream {
    let g = Gen::new(catalog);
    let rt = rt();
    let tracked = cx.tracked.iter().filter_map(|p| p.to_str()).map(|p| {
        quote!(
            const _: &[u8] = ::core::include_bytes!(#p);
        )
    });
    let enum_def = g.enum_def(cx);
    let inherent = g.inherent();
    let conversions = g.conversions();
    let traits = g.traits();
    let code_macro = g.code_macro(cx);
    let subset = g.subset();
    let ty = &g.ty;
    let serde_kind = match catalog.code_type {
        CodeType::Int => quote!(int),
        CodeType::Str => quote!(str),
    };
    quote! {
        #enum_def
        #inherent
        #conversions
        #traits
        #subset
        #rt::__private::impl_serde!(#serde_kind #ty);
        #code_macro
        #(#tracked)*
    }
}

struct Gen<'a> {
    c: &'a Catalog,
    ty: Ident,
    unknown: Ident,
    variants: Vec<Ident>,
    /// Number of known variants; the catch-all's index.
    n: usize,
}

impl<'a> Gen<'a> {
    fn new(c: &'a Catalog) -> Self {
        Gen {
            c,
            ty: ident(&c.name),
            unknown: ident(&c.unknown),
            variants: c.entries.iter().map(|e| ident(&e.name)).collect(),
            n: c.entries.len(),
        }
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
    /// an unreachable arm when the catalog is empty.
    fn split(&self, known: TokenStream, raw: TokenStream) -> TokenStream {
        let unknown = &self.unknown;
        if self.n == 0 {
            quote!(match self { Self::#unknown(raw) => #raw })
        } else {
            quote!(match self { Self::#unknown(raw) => #raw, known => #known })
        }
    }

    fn inherent(&self) -> TokenStream {
        let rt = rt();
        let Gen {
            ty,
            unknown,
            variants,
            n,
            ..
        } = self;
        let c = self.c;
        let indices = (0..*n).map(Literal::usize_unsuffixed);
        let n_lit = Literal::usize_unsuffixed(*n);
        let n1 = Literal::usize_unsuffixed(n + 1);
        let unknown_text = format!("unknown {} code", c.name);

        let codes = c.entries.iter().map(|e| code_lit(&e.code));
        let (code_ty, code_elem, raw_code) = if self.is_int() {
            (quote!(i64), quote!(i64), quote!(*raw))
        } else {
            (quote!(&str), quote!(&str), quote!(raw.as_str()))
        };
        let code_body = self.split(quote!(CODES[known.__error_code_index()]), raw_code);

        let langs = c.languages.len();
        let langs_lit = Literal::usize_unsuffixed(langs);
        let messages = c.languages.iter().map(|lang| {
            let texts = c
                .entries
                .iter()
                .map(|e| e.message(lang).or_else(|| e.message(&c.lang)).unwrap_or(""));
            quote!([#(#texts,)* #unknown_text])
        });
        let names = c.entries.iter().map(|e| e.name.as_str());
        let unknown_name = c.unknown.as_str();

        let key = facts(
            self,
            quote!(::core::option::Option<&'static str>),
            c.entries.iter().map(|e| opt_str(e.key.as_deref())),
            c.entries.iter().any(|e| e.key.is_some()),
            quote!(::core::option::Option::None),
        );
        let http = facts(
            self,
            quote!(::core::option::Option<u16>),
            c.entries.iter().map(|e| match e.http {
                Some(s) => quote!(::core::option::Option::Some(#s)),
                None => quote!(::core::option::Option::None),
            }),
            c.entries.iter().any(|e| e.http.is_some()),
            quote!(::core::option::Option::None),
        );
        let retryable = facts(
            self,
            quote!(bool),
            c.entries
                .iter()
                .map(|e| e.retryable.then(|| quote!(true)).unwrap_or(quote!(false))),
            c.entries.iter().any(|e| e.retryable),
            quote!(false),
        );
        let success: Vec<&Ident> = c
            .entries
            .iter()
            .zip(variants)
            .filter(|(e, _)| c.success.contains(&e.code))
            .map(|(_, v)| v)
            .collect();
        let is_success = if success.is_empty() {
            quote!(false)
        } else {
            quote!(::core::matches!(self, #(Self::#success)|*))
        };
        let category = self.category();

        let templates: Vec<Vec<Vec<Piece>>> = c
            .languages
            .iter()
            .map(|lang| {
                c.entries
                    .iter()
                    .map(|e| {
                        let text = e.message(lang).or_else(|| e.message(&c.lang)).unwrap_or("");
                        placeholder::parse(c.placeholders, text)
                            .unwrap_or_else(|_| vec![Piece::Lit(text.to_owned())])
                    })
                    .collect()
            })
            .collect();
        let arity_values: Vec<usize> = templates.first().map_or_else(Vec::new, |t| {
            t.iter().map(|p| placeholder::arity(p)).collect()
        });
        let arity = facts(
            self,
            quote!(usize),
            arity_values.iter().map(|a| quote!(#a)),
            arity_values.iter().any(|a| *a > 0),
            quote!(0),
        );
        let render_in = if c.placeholders == PlaceholderStyle::None {
            quote! {
                let _ = args;
                #rt::__private::String::from(self.__error_code_message(lang))
            }
        } else {
            let per_lang = templates.iter().map(|entries| {
                let per_entry = entries.iter().map(|pieces| {
                    let pieces = pieces.iter().map(|p| match p {
                        Piece::Lit(text) => quote!(#rt::__private::Piece::Lit(#text)),
                        Piece::Arg { index, raw } => {
                            quote!(#rt::__private::Piece::Arg(#index, #raw))
                        }
                    });
                    quote!(&[#(#pieces),*])
                });
                quote!([#(#per_entry,)* &[#rt::__private::Piece::Lit(#unknown_text)]])
            });
            quote! {
                static TEMPLATES: [[&[#rt::__private::Piece]; #n1]; #langs_lit] = [#(#per_lang),*];
                #rt::__private::render(TEMPLATES[lang][self.__error_code_index()], args)
            }
        };
        let all_doc = format!(
            "Every known variant of `{}`, in catalog order ({} codes).",
            c.name, n
        );

        quote! {
            #[allow(deprecated)]
            impl #ty {
                #[doc = #all_doc]
                pub const ALL: &'static [Self] = &[#(Self::#variants),*];

                /// The variant's position in `ALL`; the catch-all comes last.
                #[inline]
                fn __error_code_index(&self) -> usize {
                    match self {
                        #(Self::#variants => #indices,)*
                        Self::#unknown(_) => #n_lit,
                    }
                }

                /// The vendor's code (the raw value for the catch-all).
                #[inline]
                #[must_use]
                pub fn code(&self) -> #code_ty {
                    static CODES: [#code_elem; #n_lit] = [#(#codes),*];
                    #code_body
                }

                /// The vendor's message in the catalog's own language.
                #[inline]
                #[must_use]
                pub fn message(&self) -> &'static str {
                    self.__error_code_message(0)
                }

                /// The message in `lang` (`"zh_CN"`, `"zh-CN"` and `"zh"` all match
                /// `zh-CN`, case-insensitively); the catalog's own language when
                /// there is no text in `lang`.
                #[inline]
                #[must_use]
                pub fn message_in(&self, lang: &str) -> &'static str {
                    self.__error_code_message(#rt::__private::lang_index(lang, <Self as #rt::ErrorCode>::LANGUAGES))
                }

                #[inline]
                fn __error_code_message(&self, lang: usize) -> &'static str {
                    static MESSAGES: [[&str; #n1]; #langs_lit] = [#(#messages),*];
                    MESSAGES[lang][self.__error_code_index()]
                }

                /// The variant's name.
                #[inline]
                #[must_use]
                pub fn name(&self) -> &'static str {
                    static NAMES: [&str; #n1] = [#(#names,)* #unknown_name];
                    NAMES[self.__error_code_index()]
                }

                /// The vendor's symbolic name for the code, if the catalog gives one.
                #[inline]
                #[must_use]
                pub fn key(&self) -> ::core::option::Option<&'static str> {
                    #key
                }

                /// Whether the code means success.
                #[inline]
                #[must_use]
                pub fn is_success(&self) -> bool {
                    #is_success
                }

                /// Whether the catalog defines the code (false for the catch-all).
                #[inline]
                #[must_use]
                pub fn is_known(&self) -> bool {
                    !::core::matches!(self, Self::#unknown(_))
                }

                /// The HTTP status that goes with the code, if the catalog gives one.
                #[inline]
                #[must_use]
                pub fn http_status(&self) -> ::core::option::Option<u16> {
                    #http
                }

                /// Whether retrying the request may succeed.
                #[inline]
                #[must_use]
                pub fn is_retryable(&self) -> bool {
                    #retryable
                }

                /// The code's category: given in the catalog, or the first range or
                /// prefix that holds the code (also for codes the catalog does not define).
                #[inline]
                #[must_use]
                pub fn category(&self) -> ::core::option::Option<&'static str> {
                    #category
                }

                /// How many arguments the message's placeholders take.
                #[inline]
                #[must_use]
                pub fn arity(&self) -> usize {
                    #arity
                }

                /// The message with its placeholders filled from `args`; a missing
                /// argument leaves its placeholder as written, extra ones are ignored.
                #[must_use]
                pub fn render(&self, args: &[&dyn ::core::fmt::Display]) -> #rt::__private::String {
                    self.__error_code_render(0, args)
                }

                /// [`render`](Self::render) in `lang`, with the fallbacks of `message_in`.
                #[must_use]
                pub fn render_in(&self, lang: &str, args: &[&dyn ::core::fmt::Display]) -> #rt::__private::String {
                    self.__error_code_render(#rt::__private::lang_index(lang, <Self as #rt::ErrorCode>::LANGUAGES), args)
                }

                fn __error_code_render(&self, lang: usize, args: &[&dyn ::core::fmt::Display]) -> #rt::__private::String {
                    #render_in
                }
            }
        }
    }

    fn category(&self) -> TokenStream {
        let c = self.c;
        if c.categories.is_empty() {
            return quote!(::core::option::Option::None);
        }
        let known = c.entries.iter().map(|e| opt_str(e.category.as_deref()));
        let n1 = Literal::usize_unsuffixed(self.n + 1);
        let checks = c.categories.iter().map(|cat| {
            let name = cat.name.as_str();
            let test = match &cat.matcher {
                Matcher::Range(lo, hi) => quote!(*raw >= #lo && *raw <= #hi),
                Matcher::Prefix(prefix) => quote!(raw.starts_with(#prefix)),
            };
            quote!(if #test { return ::core::option::Option::Some(#name); })
        });
        let body = self.split(
            quote!(CATEGORIES[known.__error_code_index()]),
            quote!({ #(#checks)* ::core::option::Option::None }),
        );
        quote! {
            static CATEGORIES: [::core::option::Option<&str>; #n1] = [#(#known,)* ::core::option::Option::None];
            #body
        }
    }

    fn conversions(&self) -> TokenStream {
        let rt = rt();
        let ty = &self.ty;
        let unknown = &self.unknown;
        let size = |t: &Table| Literal::usize_unsuffixed(t.slots.len());
        if self.is_int() {
            let codes: Vec<i64> = self
                .c
                .entries
                .iter()
                .filter_map(|e| int_code(&e.code))
                .collect();
            let table = hash::int_table(&codes);
            let (mul, shift, m) = (table.mul, table.shift, size(&table));
            let slots = table.slots.iter().map(|s| match s {
                Some(i) => {
                    let code = codes[*i as usize];
                    quote!((#code, #i))
                }
                None => quote!((0, #EMPTY)),
            });
            quote! {
                #[automatically_derived]
                impl ::core::convert::From<i64> for #ty {
                    /// Total: a code the catalog does not define becomes the catch-all.
                    #[inline]
                    fn from(code: i64) -> Self {
                        static TABLE: [(i64, u32); #m] = [#(#slots),*];
                        match #rt::__private::probe_i64(&TABLE, code, #mul, #shift) {
                            ::core::option::Option::Some(index) => Self::ALL[index],
                            ::core::option::Option::None => Self::#unknown(code),
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<#ty> for i64 {
                    #[inline]
                    fn from(value: #ty) -> i64 {
                        value.code()
                    }
                }

                #[automatically_derived]
                impl ::core::str::FromStr for #ty {
                    type Err = ::core::num::ParseIntError;
                    /// Parses a decimal code; any `i64` is accepted.
                    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                        match <i64 as ::core::str::FromStr>::from_str(text) {
                            ::core::result::Result::Ok(code) => ::core::result::Result::Ok(<Self as ::core::convert::From<i64>>::from(code)),
                            ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                        }
                    }
                }
            }
        } else {
            let codes: Vec<&str> = self
                .c
                .entries
                .iter()
                .filter_map(|e| str_code(&e.code))
                .collect();
            let table = hash::str_table(&codes);
            let (mul, shift, m) = (table.mul, table.shift, size(&table));
            let slots = table.slots.iter().map(|s| match s {
                Some(i) => {
                    let code = codes[*i as usize];
                    quote!((#code, #i))
                }
                None => quote!(("", #EMPTY)),
            });
            quote! {
                impl #ty {
                    #[inline]
                    fn __error_code_lookup(code: &str) -> ::core::option::Option<usize> {
                        static TABLE: [(&str, u32); #m] = [#(#slots),*];
                        #rt::__private::probe_str(&TABLE, code, #mul, #shift)
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<&str> for #ty {
                    /// Total: a code the catalog does not define becomes the catch-all.
                    #[inline]
                    fn from(code: &str) -> Self {
                        match Self::__error_code_lookup(code) {
                            ::core::option::Option::Some(index) => ::core::clone::Clone::clone(&Self::ALL[index]),
                            ::core::option::Option::None => Self::#unknown(#rt::__private::String::from(code)),
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<#rt::__private::String> for #ty {
                    /// Total; keeps the allocation for the catch-all.
                    #[inline]
                    fn from(code: #rt::__private::String) -> Self {
                        match Self::__error_code_lookup(&code) {
                            ::core::option::Option::Some(index) => ::core::clone::Clone::clone(&Self::ALL[index]),
                            ::core::option::Option::None => Self::#unknown(code),
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<#ty> for #rt::__private::String {
                    #[inline]
                    fn from(value: #ty) -> #rt::__private::String {
                        match value {
                            #ty::#unknown(raw) => raw,
                            known => #rt::__private::String::from(known.code()),
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::str::FromStr for #ty {
                    type Err = ::core::convert::Infallible;
                    /// Never fails: every string is a code, known or not.
                    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                        ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(text))
                    }
                }
            }
        }
    }

    fn traits(&self) -> TokenStream {
        let rt = rt();
        let c = self.c;
        let ty = &self.ty;
        let name = c.name.as_str();
        let lang = c.lang.as_str();
        let languages = c.languages.iter().map(String::as_str);
        let env_code = c.envelope.code.as_str();
        let env_message = c.envelope.message.iter().map(String::as_str);
        let env_data = c.envelope.data.as_str();
        let (code_assoc, from_code) = if self.is_int() {
            (
                quote!(i64),
                quote!(<Self as ::core::convert::From<i64>>::from(code)),
            )
        } else {
            (
                quote!(&'a str),
                quote!(<Self as ::core::convert::From<&str>>::from(code)),
            )
        };
        let unknown = &self.unknown;
        let unknown_name = c.unknown.as_str();
        quote! {
            // Written out rather than derived: the derive is a match with one arm
            // per code, which dominates type-checking of large catalogs.
            #[automatically_derived]
            impl ::core::fmt::Debug for #ty {
                /// The variant's name; the catch-all with its raw code: `Unknown(9999)`.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match self {
                        Self::#unknown(raw) => ::core::fmt::Formatter::debug_tuple(f, #unknown_name).field(raw).finish(),
                        known => ::core::fmt::Formatter::write_str(f, known.name()),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ty {
                /// `code: message`, the message in the catalog's own language.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::write!(f, "{}: {}", self.code(), self.message())
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #ty {}

            #[automatically_derived]
            impl #rt::ErrorCode for #ty {
                type Code<'a> = #code_assoc;
                const CATALOG: &'static str = #name;
                const LANG: &'static str = #lang;
                const LANGUAGES: &'static [&'static str] = &[#(#languages),*];
                const ALL: &'static [Self] = Self::ALL;
                const ENVELOPE: #rt::Envelope = #rt::Envelope {
                    code: #env_code,
                    message: &[#(#env_message),*],
                    data: #env_data,
                };
                #[inline]
                fn code(&self) -> Self::Code<'_> { Self::code(self) }
                #[inline]
                fn from_code(code: Self::Code<'_>) -> Self { #from_code }
                #[inline]
                fn message(&self) -> &'static str { Self::message(self) }
                #[inline]
                fn message_in(&self, lang: &str) -> &'static str { Self::message_in(self, lang) }
                #[inline]
                fn name(&self) -> &'static str { Self::name(self) }
                #[inline]
                fn key(&self) -> ::core::option::Option<&'static str> { Self::key(self) }
                #[inline]
                fn is_success(&self) -> bool { Self::is_success(self) }
                #[inline]
                fn is_known(&self) -> bool { Self::is_known(self) }
                #[inline]
                fn http_status(&self) -> ::core::option::Option<u16> { Self::http_status(self) }
                #[inline]
                fn is_retryable(&self) -> bool { Self::is_retryable(self) }
                #[inline]
                fn category(&self) -> ::core::option::Option<&'static str> { Self::category(self) }
                #[inline]
                fn arity(&self) -> usize { Self::arity(self) }
                fn render_in(&self, lang: &str, args: &[&dyn ::core::fmt::Display]) -> #rt::__private::String {
                    Self::render_in(self, lang, args)
                }
            }
        }
    }

    /// `ebet_status!(4026)` → `EbetStatus::InvalidSignature`; anything else
    /// goes to a proc macro that names the catalog and the nearest codes.
    fn code_macro(&self, cx: &Context) -> TokenStream {
        let rt = rt();
        let ty = &self.ty;
        let mac = format_ident!("{}", to_snake_case(&self.c.name));
        let arms = self.c.entries.iter().zip(&self.variants).map(|(e, v)| {
            let pattern = code_tokens(&e.code);
            quote!((#pattern) => { #ty::#v };)
        });
        let known = self.c.entries.iter().zip(&self.variants).map(|(e, v)| {
            let code = code_tokens(&e.code);
            quote!(#code #v,)
        });
        let doc = format!(
            "The variant of `{}` with the given code, as an expression or a pattern: `{}!(CODE)`. \
             A code the catalog (`{}`) does not define is a compile error. `{}` must be in scope where it is used.",
            self.c.name, mac, cx.display_path, self.c.name
        );
        let path = cx.display_path.as_str();
        // rustc forbids reaching a macro-expanded `#[macro_export]` macro by an
        // absolute path (rust-lang/rust#52234), so the exported macro gets a
        // hidden unique name and the including module re-exports it by its
        // real name: `ebet_status!` there, `crate::path::ebet_status!` elsewhere
        // and `dep::path::ebet_status!` from other crates.
        let hidden = format_ident!(
            "__{}_{:016x}",
            mac,
            hash::hash_str(&format!("{path}\0{}", self.c.name))
        );
        quote! {
            #[doc(hidden)]
            #[macro_export]
            macro_rules! #hidden {
                #(#arms)*
                ($($other:tt)*) => {
                    #rt::__private::unknown_code!(#ty #path [#(#known)*] $($other)*)
                };
            }
            #[doc = #doc]
            #[allow(unused_imports)]
            pub use #hidden as #mac;
        }
    }

    fn subset(&self) -> TokenStream {
        let Some(parent) = &self.c.parent else {
            return TokenStream::new();
        };
        let rt = rt();
        let ty = &self.ty;
        let unknown = &self.unknown;
        let parent_ty = ident(&parent.name);
        let variants = &self.variants;
        let from_raw = if self.is_int() {
            quote!(<#parent_ty as ::core::convert::From<i64>>::from(raw))
        } else {
            quote!(<#parent_ty as ::core::convert::From<#rt::__private::String>>::from(raw))
        };
        let arms = variants.iter().map(|v| quote!(#ty::#v => #parent_ty::#v,));
        let back = variants
            .iter()
            .map(|v| quote!(#parent_ty::#v => ::core::result::Result::Ok(#ty::#v),));
        quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::convert::From<#ty> for #parent_ty {
                /// Every code of the subset is a code of the parent.
                fn from(value: #ty) -> Self {
                    match value {
                        #(#arms)*
                        #ty::#unknown(raw) => #from_raw,
                    }
                }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::convert::TryFrom<#parent_ty> for #ty {
                type Error = #parent_ty;
                /// Fails, giving the value back, for parent codes outside the subset.
                fn try_from(value: #parent_ty) -> ::core::result::Result<Self, #parent_ty> {
                    match value {
                        #(#back)*
                        other => ::core::result::Result::Err(other),
                    }
                }
            }
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

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
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

/// A code as the tokens a user writes in `ebet_status!(…)`: `-1` is two tokens.
pub(crate) fn code_tokens(code: &Code) -> TokenStream {
    match code {
        Code::Int(c) if *c < 0 => {
            let abs = Literal::u64_unsuffixed(c.unsigned_abs());
            quote!(- #abs)
        }
        Code::Int(c) => {
            let lit = Literal::u64_unsuffixed(c.unsigned_abs());
            quote!(#lit)
        }
        Code::Str(s) => {
            let lit = Literal::string(s);
            quote!(#lit)
        }
    }
}

/// Doc text with Markdown neutralised: vendor text must render as written and
/// must never open a code block (which rustdoc would run as a doctest).
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn enum_doc(c: &Catalog, cx: &Context) -> String {
    let mut doc = match &c.doc {
        Some(d) => md(d),
        None => format!("Error codes of the `{}` catalog.", c.name),
    };
    if let Some(source) = &c.source {
        doc.push_str(&format!("\n\nSource: {}", md(source)));
    }
    doc.push_str(&format!(
        "\n\nGenerated from `{}`: {} codes; messages in {}.",
        md(&cx.display_path),
        c.entries.len(),
        c.languages.join(", ")
    ));
    if !c.success.is_empty() {
        let codes: Vec<String> = c
            .success
            .iter()
            .map(|s| format!("`{}`", md(&s.to_string())))
            .collect();
        doc.push_str(&format!(" Success: {}.", codes.join(", ")));
    }
    if let Some(parent) = &c.parent {
        doc.push_str(&format!(" A subset of `{}`.", parent.name));
    }
    for cat in &c.categories {
        let range = match &cat.matcher {
            Matcher::Range(lo, hi) => format!("{lo}..={hi}"),
            Matcher::Prefix(p) => format!("prefix {}", md(p)),
        };
        let about = cat
            .doc
            .as_deref()
            .map(md)
            .map(|d| format!(": {d}"))
            .unwrap_or_default();
        doc.push_str(&format!("\n\n- category `{}` ({range}){about}", cat.name));
    }
    doc
}

fn variant_doc(c: &Catalog, e: &Entry) -> String {
    let primary = e.message(&c.lang).unwrap_or("");
    let mut doc = format!("`{}`: {}", md(&e.code.to_string()), md(primary));
    for m in e.messages.iter().filter(|m| m.lang != c.lang) {
        doc.push_str(&format!("\n\n{}: {}", m.lang, md(&m.text)));
    }
    let mut facts = Vec::new();
    if let Some(key) = &e.key {
        facts.push(format!("key {}", md(key)));
    }
    if let Some(http) = e.http {
        facts.push(format!("HTTP {http}"));
    }
    if e.retryable {
        facts.push("retryable".into());
    }
    if let Some(cat) = &e.category {
        facts.push(format!("category {}", md(cat)));
    }
    if !facts.is_empty() {
        doc.push_str(&format!("\n\n({})", facts.join("; ")));
    }
    for other in &e.other_messages {
        doc.push_str(&format!("\n\nAlso documented as: {}", md(other)));
    }
    if let Some(extra) = &e.doc {
        doc.push_str(&format!("\n\n{}", md(extra)));
    }
    doc
}
