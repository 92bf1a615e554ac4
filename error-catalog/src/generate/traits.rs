//! Standard and runtime trait impls of the generated enum: `Debug`,
//! `Display`, `Error` and `error_runtime::ErrorCode`.

use super::{push_lit, Gen, ALLOW};
use std::fmt::Write as _;

impl Gen<'_> {
    /// The four trait impls. Over 80 lines on purpose: most of it is the
    /// template, the output's shape as `tests/golden/ebet.rs` shows it,
    /// which reads best whole (split into snippet helpers, it would hide
    /// what is generated).
    pub(super) fn traits(&self, out: &mut String) {
        let rt = self.rt;
        let c = self.c;
        let ty = &self.name;
        let lit = |text: &str| {
            let mut s = String::new();
            push_lit(&mut s, text);
            s
        };
        let list = |items: &[String]| {
            let mut s = String::new();
            for item in items {
                push_lit(&mut s, item);
                s.push(',');
            }
            s
        };
        let name = lit(&c.name);
        let lang = lit(&c.lang);
        let languages = list(&c.languages);
        let env_code = lit(&c.envelope.code);
        let env_message = list(&c.envelope.message);
        let env_data = lit(&c.envelope.data);
        let (code_assoc, source) = if self.is_int() {
            ("::core::primitive::i64", "::core::primitive::i64")
        } else {
            ("&'a ::core::primitive::str", "&::core::primitive::str")
        };
        let from_code = if self.has_catch_all() {
            format!("::core::option::Option::Some(<Self as ::core::convert::From<{source}>>::from(code))")
        } else {
            format!("::core::result::Result::ok(<Self as ::core::convert::TryFrom<{source}>>::try_from(code))")
        };
        // A derived enum's Debug is the user's own. Written out rather than
        // derived: the derive is a match with one arm per code, which
        // dominates type-checking of large catalogs.
        if self.derive.is_none() {
            let _ = write!(
                out,
                r#"#[automatically_derived]
{ALLOW}impl ::core::fmt::Debug for {ty} {{
/// The variant's name; the catch-all with its raw code: `Unknown(9999)`.
fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
match self {{
Self::{unknown}(raw) => ::core::fmt::Formatter::debug_tuple(f, {unknown_name}).field(raw).finish(),
known => ::core::fmt::Formatter::write_str(f, known.name()),
}}
}}
}}
"#,
                unknown = c.unknown,
                unknown_name = lit(&c.unknown),
            );
        }
        if self.derive.is_none() {
            self.equality(out);
        }
        // The associated type is named through the trait: `Self::Code` is
        // ambiguous with a variant named `Code` (a future-incompatibility error).
        let mut block = String::new();
        let _ = write!(
            block,
            r#"#[automatically_derived]
{ALLOW}impl ::core::fmt::Display for {ty} {{
/// `code: message`, the message in the catalog's own language.
fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
::core::write!(f, "{{}}: {{}}", self.code(), self.message())
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::error::Error for {ty} {{}}

#[automatically_derived]
{ALLOW}impl {rt}::ErrorCode for {ty} {{
type Code<'a> = {code_assoc};
const CATALOG: &'static ::core::primitive::str = {name};
const LANG: &'static ::core::primitive::str = {lang};
const LANGUAGES: &'static [&'static ::core::primitive::str] = &[{languages}];
const ALL: &'static [Self] = Self::ALL;
const ENVELOPE: {rt}::Envelope = {rt}::Envelope {{
code: {env_code},
message: &[{env_message}],
data: {env_data},
}};
#[inline]
fn code(&self) -> <Self as {rt}::ErrorCode>::Code<'_> {{ Self::code(self) }}
#[inline]
fn try_from_code(code: <Self as {rt}::ErrorCode>::Code<'_>) -> ::core::option::Option<Self> {{ {from_code} }}
#[inline]
fn message(&self) -> &'static ::core::primitive::str {{ Self::message(self) }}
#[inline]
fn message_in(&self, lang: &::core::primitive::str) -> &'static ::core::primitive::str {{ Self::message_in(self, lang) }}
#[inline]
fn name(&self) -> &'static ::core::primitive::str {{ Self::name(self) }}
#[inline]
fn key(&self) -> ::core::option::Option<&'static ::core::primitive::str> {{ Self::key(self) }}
#[inline]
fn is_success(&self) -> ::core::primitive::bool {{ Self::is_success(self) }}
#[inline]
fn is_known(&self) -> ::core::primitive::bool {{ Self::is_known(self) }}
#[inline]
fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {{ Self::http_status(self) }}
#[inline]
fn is_retryable(&self) -> ::core::primitive::bool {{ Self::is_retryable(self) }}
#[inline]
fn category(&self) -> ::core::option::Option<&'static ::core::primitive::str> {{ Self::category(self) }}
#[inline]
fn arity(&self) -> ::core::primitive::usize {{ Self::arity(self) }}
fn render_in(&self, lang: &::core::primitive::str, args: &[&dyn ::core::fmt::Display]) -> {rt}::__private::String {{
Self::render_in(self, lang, args)
}}
}}
"#
        );
        out.push_str(&self.call_api(block));
    }

    /// `PartialEq`, `Eq` and `Hash` by code, as `from(code)` reads it: the
    /// catch-all holding a known code equals that code's variant. Two known
    /// variants compare their tags (codes are distinct); otherwise the codes
    /// compare, with no lookup. `Hash` hashes the code.
    fn equality(&self, out: &mut String) {
        let (ty, n) = (&self.name, self.n);
        let eq = if n == 0 {
            "self.code() == other.code()".to_owned()
        } else {
            format!(
                "let (tag, other_tag) = (self.__error_code_tag(), other.__error_code_tag());\n\
                 if tag < {n} && other_tag < {n} {{ tag == other_tag }} else {{ self.code() == other.code() }}"
            )
        };
        let hash = "::core::hash::Hash::hash(&self.code(), state);";
        let _ = write!(
            out,
            r#"#[automatically_derived]
{ALLOW}impl ::core::cmp::PartialEq for {ty} {{
/// Equal codes, as `from(code)` reads them: `Unknown(c)` of a code `c` the
/// catalog defines equals that code's variant.
#[inline]
fn eq(&self, other: &Self) -> ::core::primitive::bool {{
{eq}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::cmp::Eq for {ty} {{}}

#[automatically_derived]
{ALLOW}impl ::core::hash::Hash for {ty} {{
/// Hashes what `==` compares: the code.
#[inline]
fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {{
{hash}
}}
}}
"#
        );
    }
}
