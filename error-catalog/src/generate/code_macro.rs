//! The code-reference macro (`ebet_status!(4026)`) and the tokens a code is
//! written as in it, shared with the unknown-code report of the macro entry points.

use super::{push_lit, Context, Gen};
use crate::hash;
use crate::model::Code;
use crate::names::{is_keyword, to_snake_case};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::fmt::Write as _;

impl Gen<'_> {
    /// `ebet_status!(4026)` → `EbetStatus::InvalidSignature`; anything else
    /// goes to a proc macro that names the catalog and the nearest codes.
    pub(super) fn code_macro(&self, out: &mut String, cx: &Context) {
        let rt = self.rt;
        // Never raw: a keyword's macro name is a keyword too (skipped below).
        let ty = self.c.name.as_str();
        let mac = to_snake_case(ty);
        if is_keyword(&mac) {
            // Reported by the schema reader; the rest is still generated.
            return;
        }
        let (mut arms, mut known) = (String::new(), String::new());
        for e in &self.c.entries {
            let code = code_text(&e.code);
            let _ = writeln!(arms, "({code}) => {{ {} }};", self.path_of(e));
            let _ = write!(known, "{code} {},", e.name);
        }
        let mut doc = String::new();
        push_lit(
            &mut doc,
            &format!(
                "The variant of `{ty}` with the given code, as an expression or a pattern: `{mac}!(CODE)`. \
                 A code the catalog (`{}`) does not define is a compile error. `{ty}` must be in scope where it is used.",
                cx.display_path
            ),
        );
        let path = cx.display_path.as_str();
        let mut path_lit = String::new();
        push_lit(&mut path_lit, path);
        // rustc forbids reaching a macro-expanded `#[macro_export]` macro by an
        // absolute path (rust-lang/rust#52234), so the exported macro gets a
        // hidden unique name and the including module re-exports it by its
        // real name: `ebet_status!` there, `crate::path::ebet_status!` elsewhere
        // and `dep::path::ebet_status!` from other crates.
        let hidden = format!(
            "__{mac}_{:016x}",
            hash::name_hash(&format!("{path}\0{ty}\0{}", cx.call_site))
        );
        // Inside a function body the export is still wanted (the re-export
        // below is how users reach it); rustc's lint would reject it there.
        let _ = write!(
            out,
            r#"#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! {hidden} {{
{arms}($($other:tt)*) => {{
{rt}::__private::unknown_code!({ty} {path_lit} [{known}] $($other)*)
}};
}}
#[doc = {doc}]
#[allow(unused_imports)]
pub use {hidden} as {mac};
"#
        );
    }
}

/// A code as a user writes it in `ebet_status!(…)`: `-1` is two tokens.
fn code_text(code: &Code) -> String {
    match code {
        Code::Int(c) if *c < 0 => format!("- {}", c.unsigned_abs()),
        Code::Int(c) => c.to_string(),
        Code::Str(s) => {
            let mut out = String::new();
            push_lit(&mut out, s);
            out
        }
    }
}

/// [`code_text`] as tokens, for the unknown-code report.
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
