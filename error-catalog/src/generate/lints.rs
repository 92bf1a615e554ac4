//! Lint levels for the generated items. A macro's output is exempt from
//! clippy, but the same items written to a file by a build script and
//! `include!`d are linted like hand-written code, so they carry the allows
//! for what is inherent to generated code: hash tables of long literals,
//! lookups over hundreds of codes in one function, and vendor text in docs
//! (neutralised, not Markdown to be fixed).

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

/// Puts the allows on every top-level `impl` and `pub enum` item of `items`.
pub(super) fn allow_generated(items: TokenStream) -> TokenStream {
    let allow = quote! {
        #[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
    };
    let tokens: Vec<TokenTree> = items.into_iter().collect();
    let mut out = TokenStream::new();
    for (i, token) in tokens.iter().enumerate() {
        let starts_item = match token {
            TokenTree::Ident(id) if id == "impl" => true,
            TokenTree::Ident(id) if id == "pub" => {
                matches!(tokens.get(i + 1), Some(TokenTree::Ident(next)) if next == "enum")
            }
            _ => false,
        };
        if starts_item {
            out.extend(allow.clone());
        }
        out.extend([token.clone()]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_go_on_impls_and_the_enum_only() {
        let items = quote! {
            #[doc = "x"] pub enum E { A }
            #[automatically_derived] impl Clone for E { fn clone(&self) -> Self { *self } }
            impl E { fn f() { let impl_ = 1; } }
            pub use m as n;
            macro_rules! m { () => { impl X {} } }
        };
        let out = allow_generated(items).to_string();
        let allow = "# [allow (clippy :: unreadable_literal , clippy :: too_many_lines , clippy :: doc_markdown)]";
        assert_eq!(out.matches(allow).count(), 3, "{out}");
        assert!(out.contains(&format!("{allow} pub enum E")), "{out}");
        assert!(
            out.contains(&format!("# [automatically_derived] {allow} impl Clone")),
            "{out}"
        );
        assert!(out.contains("pub use m as n"), "{out}");
        assert!(!out.contains(&format!("{allow} impl X")), "{out}");
    }
}
