//! The inherent `impl` of the generated enum: `ALL`, `code`, `message`,
//! `render` and the other per-variant facts, read from static arrays.

use super::{code_lit, facts, opt_str, rt, Gen};
use crate::model::{Matcher, PlaceholderStyle};
use crate::placeholder::{self, Piece};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

impl Gen<'_> {
    pub(super) fn inherent(&self) -> TokenStream {
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
        let other_indices = self.other_indices();
        let is_known = if self.has_catch_all() {
            quote!(!::core::matches!(self, Self::#unknown(_)))
        } else {
            quote!(true)
        };
        let unknown_text = format!("unknown {} code", c.name);

        let codes = c.entries.iter().map(|e| code_lit(&e.code));
        let (code_ty, code_elem, raw_code) = if self.is_int() {
            (quote!(i64), quote!(i64), quote!(*raw))
        } else {
            // `String` and `Box<str>` catch-alls alike.
            (
                quote!(&str),
                quote!(&str),
                quote!(::core::convert::AsRef::<str>::as_ref(raw)),
            )
        };
        let code_body = self.split(quote!(CODES[known.__error_code_index()]), raw_code);

        let langs = c.languages.len();
        let langs_lit = Literal::usize_unsuffixed(langs);
        let messages = c.languages.iter().map(|lang| {
            let texts = c.entries.iter().map(|e| e.text_in(lang, &c.lang));
            quote!([#(#texts,)* #unknown_text])
        });
        let names = c.entries.iter().map(|e| e.name.as_str());
        let unknown_name = c.unknown.as_str();

        let key = facts(
            self,
            quote!(::core::option::Option<&str>),
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
            c.entries.iter().map(|e| {
                let retryable = e.retryable;
                quote!(#retryable)
            }),
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
                        let text = e.text_in(lang, &c.lang);
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
                        #other_indices
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
                    #is_known
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
}
