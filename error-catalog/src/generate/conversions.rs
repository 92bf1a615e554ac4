//! Code ↔ enum conversions (`From`, `FromStr`), with code → variant going
//! through the perfect-hash table computed in `crate::hash`.

use super::{ident, int_code, rt, str_code, CatchAll, Gen};
use crate::hash::{self, Table};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

impl Gen<'_> {
    pub(super) fn conversions(&self) -> TokenStream {
        let rt = rt();
        let ty = &self.ty;
        let unknown = &self.unknown;
        let size = |t: &Table| Literal::usize_unsuffixed(t.slots.len());
        // The narrowest type holding every displacement.
        let disp = |t: &Table| {
            let b = Literal::usize_unsuffixed(t.disp.len());
            let d = t.disp.iter().map(|d| Literal::u32_unsuffixed(*d));
            let ty = match t.disp.iter().max() {
                Some(&max) if max > u32::from(u16::MAX) => quote!(u32),
                Some(&max) if max > u32::from(u8::MAX) => quote!(u16),
                _ => quote!(u8),
            };
            quote!(static DISP: [#ty; #b] = [#(#d),*];)
        };
        if self.is_int() {
            let codes: Vec<i64> = self
                .c
                .entries
                .iter()
                .filter_map(|e| int_code(&e.code))
                .collect();
            let table = match hash::int_table(&codes) {
                Ok(table) => table,
                Err(message) => return quote!(::core::compile_error!(#message);),
            };
            let (bshift, shift, m, disp) = (table.bshift, table.shift, size(&table), disp(&table));
            let slots = table.slots.iter().enumerate().map(|(s, slot)| match slot {
                Some(i) => {
                    let code = codes[*i as usize];
                    quote!((#code, #i))
                }
                None => {
                    let filler = hash::int_filler(&table, s);
                    quote!((#filler, 0))
                }
            });
            let table = quote! {
                static TABLE: [(i64, u32); #m] = [#(#slots),*];
                #disp
            };
            let probe = quote!(#rt::__private::probe_i64(&TABLE, &DISP, code, #bshift, #shift));
            // A derived enum need not be `Copy`.
            let known = if self.derive.is_some() {
                quote!(::core::clone::Clone::clone(&Self::ALL[index]))
            } else {
                quote!(Self::ALL[index])
            };
            if !self.has_catch_all() {
                let unknown_code =
                    quote!(#rt::UnknownCode::new(<Self as #rt::ErrorCode>::CATALOG, code));
                return quote! {
                    #[automatically_derived]
                    impl ::core::convert::TryFrom<i64> for #ty {
                        type Error = #rt::UnknownCode<i64>;
                        /// Fails for a code the enum does not define (it has no catch-all).
                        #[inline]
                        fn try_from(code: i64) -> ::core::result::Result<Self, Self::Error> {
                            #table
                            match #probe {
                                ::core::option::Option::Some(index) => ::core::result::Result::Ok(#known),
                                ::core::option::Option::None => ::core::result::Result::Err(#unknown_code),
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
                        type Err = #rt::UnknownCode<#rt::__private::String>;
                        /// Parses a decimal code the enum defines.
                        fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                            if let ::core::result::Result::Ok(code) = <i64 as ::core::str::FromStr>::from_str(text) {
                                if let ::core::result::Result::Ok(known) = <Self as ::core::convert::TryFrom<i64>>::try_from(code) {
                                    return ::core::result::Result::Ok(known);
                                }
                            }
                            ::core::result::Result::Err(#rt::UnknownCode::new(<Self as #rt::ErrorCode>::CATALOG, <#rt::__private::String as ::core::convert::From<&str>>::from(text)))
                        }
                    }
                };
            }
            let catch = self.catch(quote!(code));
            quote! {
                #[automatically_derived]
                impl ::core::convert::From<i64> for #ty {
                    /// Total: a code the catalog does not define becomes the catch-all.
                    #[inline]
                    fn from(code: i64) -> Self {
                        #table
                        match #probe {
                            ::core::option::Option::Some(index) => #known,
                            ::core::option::Option::None => #catch,
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
            let table = match hash::str_table(&codes) {
                Ok(table) => table,
                Err(message) => return quote!(::core::compile_error!(#message);),
            };
            let (bshift, shift, m, disp) = (table.bshift, table.shift, size(&table), disp(&table));
            let (seed, full) = (table.seed, table.full);
            let slots = table.slots.iter().map(|slot| match slot {
                Some(i) => {
                    let code = codes[*i as usize];
                    let (first, last) = hash::edges(code.as_bytes());
                    let middle = hash::middle(code.as_bytes());
                    let len = u32::try_from(code.len()).unwrap_or(u32::MAX);
                    quote!((#first, #middle, #last, #len, #i))
                }
                None => quote!((1, 0, 0, 0, 0)),
            });
            let n = Literal::usize_unsuffixed(codes.len());
            // The variant at an index, by a `match` that compiles to arithmetic
            // (cloning from `ALL` would branch on every variant).
            // `Enum::Variant`: rustc resolves `Self::Variant` by a linear search.
            let variants: Vec<Ident> = self.c.entries.iter().map(|e| ident(&e.name)).collect();
            let known = match variants.split_last() {
                // One code: a `match` with only `_` would trip clippy in `include!`d output.
                Some((last, [])) => quote!({ let _ = index; #ty::#last }),
                Some((last, rest)) => {
                    let indices = (0..rest.len()).map(Literal::usize_unsuffixed);
                    quote!(match index { #(#indices => #ty::#rest,)* _ => #ty::#last })
                }
                None => quote!(::core::clone::Clone::clone(&Self::ALL[index])),
            };
            let lookup = quote! {
                #[allow(deprecated)]
                impl #ty {
                    #[inline]
                    fn __error_code_lookup(code: &str) -> ::core::option::Option<usize> {
                        static TABLE: [(u64, u64, u64, u32, u32); #m] = [#(#slots),*];
                        static CODES: [&str; #n] = [#(#codes),*];
                        #disp
                        #rt::__private::probe_str(&TABLE, &DISP, &CODES, code, (#seed, #full), #bshift, #shift)
                    }

                    #[inline]
                    fn __error_code_known(index: usize) -> Self {
                        #known
                    }
                }
            };
            if !self.has_catch_all() {
                return quote! {
                    #lookup
                    #[automatically_derived]
                    impl<'a> ::core::convert::TryFrom<&'a str> for #ty {
                        type Error = #rt::UnknownCode<&'a str>;
                        /// Fails for a code the enum does not define (it has no catch-all).
                        #[inline]
                        fn try_from(code: &'a str) -> ::core::result::Result<Self, Self::Error> {
                            match Self::__error_code_lookup(code) {
                                ::core::option::Option::Some(index) => ::core::result::Result::Ok(Self::__error_code_known(index)),
                                ::core::option::Option::None => ::core::result::Result::Err(#rt::UnknownCode::new(<Self as #rt::ErrorCode>::CATALOG, code)),
                            }
                        }
                    }

                    #[automatically_derived]
                    impl ::core::convert::TryFrom<#rt::__private::String> for #ty {
                        type Error = #rt::UnknownCode<#rt::__private::String>;
                        /// Fails, keeping the text, for a code the enum does not define.
                        #[inline]
                        fn try_from(code: #rt::__private::String) -> ::core::result::Result<Self, Self::Error> {
                            match Self::__error_code_lookup(&code) {
                                ::core::option::Option::Some(index) => ::core::result::Result::Ok(Self::__error_code_known(index)),
                                ::core::option::Option::None => ::core::result::Result::Err(#rt::UnknownCode::new(<Self as #rt::ErrorCode>::CATALOG, code)),
                            }
                        }
                    }

                    #[automatically_derived]
                    impl ::core::convert::From<#ty> for #rt::__private::String {
                        #[inline]
                        fn from(value: #ty) -> #rt::__private::String {
                            <#rt::__private::String as ::core::convert::From<&str>>::from(value.code())
                        }
                    }

                    #[automatically_derived]
                    impl ::core::str::FromStr for #ty {
                        type Err = #rt::UnknownCode<#rt::__private::String>;
                        /// Fails, keeping the text, for a code the enum does not define.
                        fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                            <Self as ::core::convert::TryFrom<#rt::__private::String>>::try_from(<#rt::__private::String as ::core::convert::From<&str>>::from(text))
                        }
                    }
                };
            }
            let catch_str = self.catch(quote!(#rt::__private::String::from(code)));
            let catch_string = self.catch(quote!(code));
            let raw_string = if self.derive.and_then(|d| d.catch_all) == Some(CatchAll::BoxStr) {
                quote!(<#rt::__private::String as ::core::convert::From<_>>::from(raw))
            } else {
                quote!(raw)
            };
            quote! {
                #lookup

                #[automatically_derived]
                impl ::core::convert::From<&str> for #ty {
                    /// Total: a code the catalog does not define becomes the catch-all.
                    #[inline]
                    fn from(code: &str) -> Self {
                        match Self::__error_code_lookup(code) {
                            ::core::option::Option::Some(index) => Self::__error_code_known(index),
                            ::core::option::Option::None => #catch_str,
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<#rt::__private::String> for #ty {
                    /// Total; keeps the allocation for the catch-all.
                    #[inline]
                    fn from(code: #rt::__private::String) -> Self {
                        match Self::__error_code_lookup(&code) {
                            ::core::option::Option::Some(index) => Self::__error_code_known(index),
                            ::core::option::Option::None => #catch_string,
                        }
                    }
                }

                #[automatically_derived]
                impl ::core::convert::From<#ty> for #rt::__private::String {
                    #[inline]
                    fn from(value: #ty) -> #rt::__private::String {
                        match value {
                            #ty::#unknown(raw) => #raw_string,
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
}
