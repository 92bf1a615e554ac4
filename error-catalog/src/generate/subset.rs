//! Conversions between a subset catalog's enum and its parent's: `From` into
//! the parent, `TryFrom` back.

use super::{ident, rt, Gen};
use proc_macro2::TokenStream;
use quote::quote;

impl Gen<'_> {
    pub(super) fn subset(&self) -> TokenStream {
        let Some(parent) = &self.c.parent else {
            return TokenStream::new();
        };
        let rt = rt();
        let ty = &self.ty;
        let unknown = &self.unknown;
        let parent_ty = ident(parent);
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
