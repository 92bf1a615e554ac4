//! Code generation: a validated [`Catalog`] → the enum and its impls.
//!
//! Per-variant facts live in `static` arrays indexed by the variant's position
//! (the catch-all's defaults at index N); code → variant probes a hash table
//! computed here. Every path is absolute and every list is in catalog order, so
//! the output is deterministic and immune to what the user has in scope.
//!
//! The items are written as Rust source text and lexed once: building tens of
//! thousands of tokens one by one through the compiler's proc-macro bridge
//! costs more than all the rest of the macro. Every token then has the call
//! site's span, as `quote!` would give them.

mod code_macro;
mod conversions;
pub(crate) mod docs;
mod methods;
mod subset;
mod traits;

use crate::model::{Catalog, Code, CodeType};
use crate::names::is_keyword;
use docs::{code_reference_doc, enum_doc, variant_doc};
use proc_macro2::TokenStream;
use std::fmt::Write as _;
use std::path::PathBuf;

pub(crate) use code_macro::code_tokens;

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
    /// The runtime crate's path in generated code (`#[catalog(crate = …)]`,
    /// `include_catalog!(…, crate = …)`); `::error_runtime` when `None`.
    pub crate_path: Option<String>,
}

impl Context {
    /// The context `include_catalog!` builds for a catalog: `display` is the
    /// path as the user wrote it, `files` every file the loader read (those
    /// that exist are tracked), `call_site` where it is included, and the
    /// runtime crate's path (`None` for `::error_runtime`).
    pub fn new(
        display: &str,
        files: &[PathBuf],
        call_site: &str,
        crate_path: Option<String>,
    ) -> Self {
        Context {
            display_path: display.to_owned(),
            tracked: files.iter().filter(|f| f.is_file()).cloned().collect(),
            call_site: call_site.to_owned(),
            crate_path,
        }
    }
}

/// What `#[derive(ErrorCode)]` changes in the output: the enum is the
/// user's, so it is not emitted, nor is `Debug` (the user derives it with
/// `Clone` and `PartialEq`).
#[derive(Clone, Debug)]
pub(crate) struct Derive {
    /// The catch-all's payload; `None` when the enum has no catch-all, which
    /// makes the code conversions `TryFrom` instead of `From`.
    pub(crate) catch_all: Option<CatchAll>,
    /// The user's variants that no entry names (only in an enum with mistakes,
    /// which were reported): they take the catch-all's facts so that the
    /// generated `match`es stay exhaustive and no error cascades.
    pub(crate) unmatched: Vec<String>,
    /// `#[catalog(inherent = false)]` makes this false: the public methods
    /// and `ALL` are then the `ErrorCode` trait's alone, so that the enum's
    /// own methods of the same names do not clash with them.
    pub(crate) inherent: bool,
}

/// The payload type of a hand-written catch-all variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CatchAll {
    /// `Unknown(i64)`, integer codes.
    I64,
    /// `Unknown(String)`, string codes.
    String,
    /// `Unknown(Box<str>)`, string codes.
    BoxStr,
}

/// The note of a variant deprecated without one (`deprecated = true`): the
/// enum's macro takes every deprecation with a note.
const DEPRECATED: &str = "deprecated in the catalog";

/// The runtime crate's path in generated code unless the user names another
/// (a crate that renames `error-runtime` in its `Cargo.toml`).
pub(crate) const DEFAULT_CRATE: &str = "::error_runtime";

/// The lint allows every top-level `impl` and `pub enum` carries. A macro's
/// output is exempt from clippy, but the same items written to a file by a
/// build script and `include!`d are linted like hand-written code, so they
/// allow what is inherent to generated code: hash tables of long literals,
/// lookups over hundreds of codes in one function, and vendor text in docs
/// (neutralised, not Markdown to be fixed).
const ALLOW: &str =
    "#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]\n";

/// What a macro expands to, in order: tokens (the `compile_error!`s of the
/// mistakes), and Rust source text still to be lexed (the generated items).
/// Every entry point returns one: the proc-macro shim lexes the text with
/// the compiler's own lexer ([`Output::into_parts`]), since `proc_macro2`
/// would first run its own, unoptimised in a proc macro, over the text;
/// everything else takes [`Output::into_tokens`].
#[derive(Clone, Debug, Default)]
pub struct Output {
    parts: Vec<Part>,
}

/// One piece of an [`Output`].
#[derive(Clone, Debug)]
pub enum Part {
    /// Tokens, as they are.
    Tokens(TokenStream),
    /// Rust source text that lexes (built from escaped literals and
    /// validated names); its tokens take the call site's span.
    Text(String),
}

impl Output {
    /// An expansion that is one error: the macro's input could not be read.
    pub(crate) fn of_error(span: proc_macro2::Span, message: &str) -> Self {
        let mut out = Output::default();
        out.error(span, message);
        out
    }

    /// Appends `::core::compile_error!(message);` at `span`: how every
    /// mistake reaches the compiler.
    pub(crate) fn error(&mut self, span: proc_macro2::Span, message: &str) {
        self.push_tokens(quote::quote_spanned!(span=> ::core::compile_error!(#message);));
    }

    /// Appends generated Rust source text (it lexes: built from escaped
    /// literals and validated names).
    pub(crate) fn push_text(&mut self, text: String) {
        if !text.is_empty() {
            self.parts.push(Part::Text(text));
        }
    }

    /// Appends tokens.
    pub(crate) fn push_tokens(&mut self, tokens: TokenStream) {
        if !tokens.is_empty() {
            self.parts.push(Part::Tokens(tokens));
        }
    }

    /// Appends `other`'s pieces.
    pub(crate) fn append(&mut self, other: Output) {
        self.parts.extend(other.parts);
    }

    /// The pieces, in order.
    pub fn into_parts(self) -> Vec<Part> {
        self.parts
    }

    /// Everything as one token stream, the text lexed by `proc_macro2`.
    pub fn into_tokens(self) -> TokenStream {
        let mut out = TokenStream::new();
        for part in self.parts {
            match part {
                Part::Tokens(tokens) => out.extend(tokens),
                Part::Text(text) => out.extend(lex(&text)),
            }
        }
        out
    }
}

/// Generates every item `include_catalog!` emits for `catalog`, as one
/// piece of text ([`Output::into_tokens`] for tokens).
pub fn generate(catalog: &Catalog, cx: &Context) -> Output {
    items(catalog, cx, None)
}

/// The one generator, of [`generate`] and of `#[derive(ErrorCode)]`: with
/// `derive`, the items the derive adds to the user's enum, which `catalog`
/// describes (its `unknown` naming the catch-all, if any).
pub(crate) fn items(catalog: &Catalog, cx: &Context, derive: Option<&Derive>) -> Output {
    let g = Gen::new(catalog, cx, derive);
    let rt = g.rt;
    let mut out = String::with_capacity(256 * catalog.entries.len() + 16_384);
    // A derived enum is the user's own.
    if derive.is_none() {
        g.enum_def(&mut out, cx);
    }
    g.inherent(&mut out);
    g.traits(&mut out);
    g.subset(&mut out);
    let serde_kind = match (catalog.code_type, g.has_catch_all()) {
        (CodeType::Int, true) => "int",
        (CodeType::Str, true) => "str",
        (CodeType::Int, false) => "try_int",
        (CodeType::Str, false) => "try_str",
    };
    let _ = writeln!(
        out,
        "{rt}::__private::impl_serde!({serde_kind} {});",
        g.name
    );
    g.code_macro(&mut out, cx);
    for path in cx.tracked.iter().filter_map(|p| p.to_str()) {
        out.push_str("const _: &[::core::primitive::u8] = ::core::include_bytes!(");
        push_lit(&mut out, path);
        out.push_str(");\n");
    }
    let mut conversions = String::new();
    g.conversions(&mut conversions);
    out.push_str(&g.call_api(conversions));
    let mut output = Output::default();
    output.push_text(out);
    output
}

/// What stands for generated text that does not lex (it always lexes):
/// an error instead of a panic in the compiler.
pub const UNLEXABLE: &str = "::core::compile_error!(\"error-catalog generated text that does not lex; please report this catalog\");";

/// Generated text → tokens.
fn lex(text: &str) -> TokenStream {
    text.parse()
        .unwrap_or_else(|_| UNLEXABLE.parse().unwrap_or_default())
}

struct Gen<'a> {
    c: &'a Catalog,
    /// The enum's name as a type: raw for a derived enum named like a
    /// keyword (`r#try`, reported, yet its impls still compile).
    name: std::borrow::Cow<'a, str>,
    /// Number of known variants; the catch-all's index.
    n: usize,
    /// Set for `#[derive(ErrorCode)]`.
    derive: Option<&'a Derive>,
    /// The runtime crate's path.
    rt: &'a str,
}

impl<'a> Gen<'a> {
    fn new(c: &'a Catalog, cx: &'a Context, derive: Option<&'a Derive>) -> Self {
        Gen {
            c,
            name: raw_name(&c.name),
            n: c.entries.len(),
            derive,
            rt: cx.crate_path.as_deref().unwrap_or(DEFAULT_CRATE),
        }
    }

    /// `Enum::Variant`, written `Enum::r#type` for a derived enum's keyword
    /// variant (reported, yet the generated code must still lex). `Self::`
    /// is avoided: rustc resolves it by a linear search of the variants.
    fn path_of(&self, e: &crate::model::Entry) -> String {
        format!("{}::{}", self.name, raw_name(&e.name))
    }

    /// The name of the public method `name` (or of `ALL`) in the generated
    /// inherent `impl`: hidden for a derived enum without inherent methods,
    /// whose trait impl calls it.
    fn api(&self, name: &str) -> String {
        match self.derive {
            Some(d) if !d.inherent && name == "ALL" => "__ERROR_CODE_ALL".to_owned(),
            Some(d) if !d.inherent => format!("__error_code_api_{name}"),
            _ => name.to_owned(),
        }
    }

    /// Whether the enum has a catch-all (a derived enum may have none).
    fn has_catch_all(&self) -> bool {
        self.derive.is_none_or(|d| d.catch_all.is_some())
    }

    /// The catch-all holding `raw` (an `i64`, a `String`, or for string codes
    /// anything a `Box<str>` can be made from).
    fn catch(&self, raw: &str) -> String {
        let unknown = raw_name(&self.c.unknown);
        match self.derive.and_then(|d| d.catch_all) {
            Some(CatchAll::BoxStr) => {
                format!("Self::{unknown}(::core::convert::From::from({raw}))")
            }
            _ => format!("Self::{unknown}({raw})"),
        }
    }

    fn is_int(&self) -> bool {
        self.c.code_type == CodeType::Int
    }

    /// The enum, through the runtime's `catalog_enum!`, which also defines
    /// `ALL` and the tag read (`__error_code_tag`) that no other type can
    /// reach: the generated text holds no `unsafe`. Each variant has the
    /// fixed shape the macro matches fast: its doc attribute, then its
    /// deprecation, or an empty doc line for a current variant.
    fn enum_def(&self, out: &mut String, cx: &Context) {
        let c = self.c;
        let rt = self.rt;
        let _ = if self.is_int() {
            writeln!(
                out,
                "{rt}::__private::catalog_enum! {{\n\
                 [::core::clone::Clone, ::core::marker::Copy] [::core::primitive::i64] [0]"
            )
        } else {
            writeln!(
                out,
                "{rt}::__private::catalog_enum! {{\n\
                 [::core::clone::Clone] [{rt}::__private::String] [{rt}::__private::String::new()]"
            )
        };
        push_doc(out, &enum_doc(c, cx));
        let mac = crate::names::to_snake_case(&c.name);
        if !crate::names::is_keyword(&mac) {
            let (before, after) = code_reference_doc(c, &mac);
            out.push_str("#[doc = ::core::concat!(");
            push_lit(out, &before);
            out.push_str(", ::core::module_path!(), ");
            push_lit(out, &after);
            out.push_str(")]\n");
        }
        let _ = writeln!(out, "pub enum {} {{", self.name);
        for e in &c.entries {
            push_doc(out, &variant_doc(c, e));
            match e.deprecated.as_deref() {
                Some(note) => {
                    out.push_str("#[deprecated = ");
                    push_lit(out, if note.is_empty() { DEPRECATED } else { note });
                    out.push_str("]\n");
                }
                None => out.push_str("#[doc = \"\"]\n"),
            }
            out.push_str(&e.name);
            out.push_str(",\n");
        }
        out.push_str("}\n");
        push_doc(out, self.unknown_doc());
        let _ = writeln!(out, "{};", c.unknown);
        push_doc(
            out,
            &format!(
                "Every known variant of `{}`, in catalog order ({} codes).",
                c.name, self.n
            ),
        );
        out.push_str("ALL;\n}\n");
    }

    fn unknown_doc(&self) -> &'static str {
        if self.is_int() {
            "A code this catalog does not define, with the raw value as received. \
             Constructed from a code the catalog defines, it is that code's variant in every \
             respect but `match`: `==`, `Hash` and every method answer as `from(code)` does."
        } else {
            "A code this catalog does not define, with the raw text as received. \
             Constructed from a code the catalog defines, it is that code's variant in every \
             respect but `match`: `==`, `Hash` and every method answer as `from(code)` does."
        }
    }

    /// `known` (of `index`, the position) for a known code, also one that
    /// the catch-all holds; else `raw` of the catch-all's `raw`, or
    /// `fallback` for a derived enum's unmatched variant.
    fn by_position(&self, known: &str, raw: &str, fallback: &str) -> String {
        let (n, unknown) = (self.n, raw_name(&self.c.unknown));
        if !self.has_catch_all() {
            return format!("{{ let index = self.__error_code_index(); {known} }}");
        }
        let only_catch_all = n == 0 && self.derive.is_none_or(|d| d.unmatched.is_empty());
        let other = if only_catch_all {
            String::new()
        } else {
            format!(", _ => {fallback}")
        };
        let catch_all = format!("match self {{ Self::{unknown}(raw) => {raw}{other} }}");
        if n == 0 {
            return catch_all;
        }
        format!("{{ let index = self.__error_code_index(); if index < {n} {{ {known} }} else {{ {catch_all} }} }}")
    }

    /// The type the catch-all's payload is looked up as.
    fn raw_param_ty(&self) -> &'static str {
        if self.is_int() {
            "::core::primitive::i64"
        } else {
            "&::core::primitive::str"
        }
    }

    /// `match self { known… => expr, Self::Unknown(raw) => unknown }`, without
    /// an unreachable arm when the catalog is empty (a derived enum with
    /// unmatched variants, already reported, still needs the `known` arm).
    fn split(&self, known: &str, raw: &str) -> String {
        let unknown = raw_name(&self.c.unknown);
        if !self.has_catch_all() {
            format!("{{ let known = self; {known} }}")
        } else if self.n == 0 && self.derive.is_none_or(|d| d.unmatched.is_empty()) {
            format!("match self {{ Self::{unknown}(raw) => {raw} }}")
        } else {
            format!("match self {{ Self::{unknown}(raw) => {raw}, known => {known} }}")
        }
    }
}

/// Per-variant facts: a static array when any entry has one, else a constant.
fn facts<T>(
    g: &Gen<'_>,
    elem: &str,
    values: &[T],
    value: impl Fn(&mut String, &T),
    any: bool,
    default: &str,
) -> String {
    if !any {
        return default.to_owned();
    }
    let mut out = format!("static FACTS: [{elem}; {}] = [", g.n + 1);
    for v in values {
        value(&mut out, v);
        out.push(',');
    }
    let _ = write!(out, "{default}];\nFACTS[self.__error_code_index()]");
    out
}

/// A name as code. Catalog names are never keywords, but a derived enum and
/// its variants are the user's: `r#type`, reported yet still matched.
fn raw_name(name: &str) -> std::borrow::Cow<'_, str> {
    if is_keyword(name) {
        format!("r#{name}").into()
    } else {
        name.into()
    }
}

/// `text` as a Rust string literal, invisible characters spelt `\u{..}`
/// (the value is the same): rustc and clippy reject some of them raw in a
/// literal, which bites a `build.rs` output file if not a macro's tokens.
pub(crate) fn push_lit(out: &mut String, text: &str) {
    out.push('"');
    // Most texts need no escape: one scan and one copy (the macro runs
    // unoptimised, where a push per character is slow).
    if !needs_escape(text) {
        out.push_str(text);
        out.push('"');
        return;
    }
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The explicit text-direction controls (embeddings, overrides, isolates),
/// which rustc denies raw in literals and comments
/// (`text_direction_codepoint_in_*`): they make source read out of order.
pub(super) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Invisible format characters: the direction controls and marks, zero-width
/// spaces and joiners, soft hyphen, word joiner and invisible operators, BOM,
/// interlinear annotation (clippy's `invisible_characters` denies some).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

/// Whether `text` holds a quote, a backslash, a control character (C0, DEL,
/// C1) or an invisible one (whose UTF-8 starts with one of five lead bytes).
pub(super) fn needs_escape(text: &str) -> bool {
    // An indexed loop: the macro runs unoptimised, where an iterator
    // adapter per byte costs several times as much (10,000-code catalogs).
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x20 || b == b'"' || b == b'\\' || b == 0x7f {
            return true;
        }
        if matches!(b, 0xc2 | 0xd8 | 0xe1 | 0xe2 | 0xef) {
            // A lead byte: `i` is a char boundary.
            if let Some(c) = text[i..].chars().next() {
                if c.is_control() || is_invisible(c) {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

/// `#[doc = "text"]` on its own line.
fn push_doc(out: &mut String, text: &str) {
    out.push_str("#[doc = ");
    push_lit(out, text);
    out.push_str("]\n");
}

fn push_opt_str(out: &mut String, value: Option<&str>) {
    match value {
        Some(s) => {
            out.push_str("::core::option::Option::Some(");
            push_lit(out, s);
            out.push(')');
        }
        None => out.push_str("::core::option::Option::None"),
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

/// A code as Rust source (an integer or a string literal).
fn push_code(out: &mut String, code: &Code) {
    match code {
        Code::Int(c) => {
            let _ = write!(out, "{c}");
        }
        Code::Str(s) => push_lit(out, s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(text: &str) -> String {
        let mut out = String::new();
        push_lit(&mut out, text);
        out
    }

    #[test]
    fn literals_spell_out_controls_and_invisible_characters() {
        assert_eq!(lit("签名 é \u{a0} 😀"), "\"签名 é \u{a0} 😀\"");
        assert_eq!(lit("a\"\\\n\r\t\0"), r#""a\"\\\n\r\t\u{0}""#);
        assert_eq!(
            lit("\u{85}\u{202e}x\u{2069}"),
            r#""\u{85}\u{202e}x\u{2069}""#
        );
        assert_eq!(
            lit("\u{200b}\u{ad}\u{2060}\u{feff}👨\u{200d}👩"),
            r#""\u{200b}\u{ad}\u{2060}\u{feff}👨\u{200d}👩""#
        );
        // Every literal lexes back to the text.
        for text in ["\u{202e}\u{0}\"", "\u{ad}", "x\u{fffb}"] {
            let token: proc_macro2::Literal = lit(text).parse().unwrap();
            let parsed: syn::LitStr = syn::parse2(quote::quote!(#token)).unwrap();
            assert_eq!(parsed.value(), text);
        }
    }
}
