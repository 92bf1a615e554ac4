//! The code-reference macro (`ebet_status!(4026)`) and the tokens a code is
//! written as in it, shared with `crate::expand`'s unknown-code report.

use super::{rt, Context, Gen};
use crate::hash;
use crate::model::Code;
use crate::names::to_snake_case;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

impl Gen<'_> {
    /// `ebet_status!(4026)` → `EbetStatus::InvalidSignature`; anything else
    /// goes to a proc macro that names the catalog and the nearest codes.
    pub(super) fn code_macro(&self, cx: &Context) -> TokenStream {
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
            hash::hash_str(&format!("{path}\0{}\0{}", self.c.name, cx.call_site))
        );
        // Inside a function body the export is still wanted (the re-export
        // below is how users reach it); rustc's lint would reject it there.
        quote! {
            #[doc(hidden)]
            #[macro_export]
            #[allow(non_local_definitions)]
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
