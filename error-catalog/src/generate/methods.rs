//! The inherent `impl` of the generated enum: `ALL`, `code`, `message`,
//! `render` and the other per-variant facts, read from static arrays.

use super::{facts, push_code, push_doc, push_lit, push_opt_str, raw_name, Gen, ALLOW};
use crate::model::{Matcher, PlaceholderStyle};
use crate::placeholder::{self, Piece};
use std::fmt::Write as _;

/// The public methods of the inherent `impl`, which the `ErrorCode` trait
/// mirrors.
const PUBLIC_METHODS: [&str; 13] = [
    "code",
    "message",
    "message_in",
    "name",
    "key",
    "is_success",
    "is_known",
    "http_status",
    "is_retryable",
    "category",
    "arity",
    "render",
    "render_in",
];

/// What the inherent `impl`'s template takes, each computed by one
/// function below: per-variant data (array contents, or a constant when no
/// entry has the fact) and the few bodies that depend on the catalog.
struct Facts {
    is_known: String,
    code_ty: &'static str,
    code_body: String,
    codes: String,
    langs: usize,
    messages: String,
    names: String,
    key: String,
    http: String,
    retryable: String,
    is_success: String,
    category: String,
    arity: String,
    render_in: String,
}

impl Gen<'_> {
    /// The per-variant data and bodies of the inherent `impl`.
    fn facts(&self) -> Facts {
        let c = self.c;
        let (code_ty, raw_code) = if self.is_int() {
            ("::core::primitive::i64", "*raw")
        } else {
            // `String` and `Box<str>` catch-alls alike.
            (
                "&::core::primitive::str",
                "::core::convert::AsRef::<::core::primitive::str>::as_ref(raw)",
            )
        };
        let mut codes = String::new();
        for e in &c.entries {
            push_code(&mut codes, &e.code);
            codes.push(',');
        }
        let mut names = String::new();
        for e in &c.entries {
            push_lit(&mut names, &e.name);
            names.push(',');
        }
        push_lit(&mut names, &c.unknown);
        let (arity, render_in) = self.templates();
        Facts {
            is_known: if self.has_catch_all() {
                format!("self.__error_code_index() != {}", self.n)
            } else {
                "true".to_owned()
            },
            code_ty,
            code_body: self.split("CODES[known.__error_code_index()]", raw_code),
            codes,
            langs: c.languages.len(),
            messages: self.messages(),
            names,
            key: facts(
                self,
                "::core::option::Option<&::core::primitive::str>",
                &c.entries,
                |out, e| push_opt_str(out, e.key.as_deref()),
                c.entries.iter().any(|e| e.key.is_some()),
                "::core::option::Option::None",
            ),
            http: self.http(),
            retryable: facts(
                self,
                "::core::primitive::bool",
                &c.entries,
                |out, e| out.push_str(if e.retryable { "true" } else { "false" }),
                c.entries.iter().any(|e| e.retryable),
                "false",
            ),
            is_success: self.is_success(),
            category: self.category(),
            arity,
            render_in,
        }
    }

    /// The text placed for the catch-all in the message tables.
    fn unknown_text(&self) -> String {
        let mut text = String::new();
        push_lit(&mut text, &format!("unknown {} code", self.c.name));
        text
    }

    /// `MESSAGES`' rows, one per language, the catch-all's text last.
    fn messages(&self) -> String {
        let c = self.c;
        let unknown_text = self.unknown_text();
        let mut messages = String::new();
        for lang in &c.languages {
            messages.push('[');
            for e in &c.entries {
                push_lit(&mut messages, e.text_in(lang, &c.lang));
                messages.push(',');
            }
            let _ = write!(messages, "{unknown_text}],");
        }
        messages
    }

    /// `http_status`'s body. Statuses are 100..=599, so 0 stands for none:
    /// a plain `u16` array type-checks much faster than one of
    /// `Option::Some(…)` calls.
    fn http(&self) -> String {
        let c = self.c;
        if c.entries.iter().all(|e| e.http.is_none()) {
            return "::core::option::Option::None".to_owned();
        }
        let mut statuses = String::new();
        for e in &c.entries {
            let _ = write!(statuses, "{},", e.http.unwrap_or(0));
        }
        format!(
            "static FACTS: [::core::primitive::u16; {}] = [{statuses}0];\n\
             match FACTS[self.__error_code_index()] {{ 0 => ::core::option::Option::None, status => ::core::option::Option::Some(status) }}",
            self.n + 1
        )
    }

    /// `is_success`'s body: by index, so that a catch-all holding a success
    /// code is one.
    fn is_success(&self) -> String {
        let c = self.c;
        let success: Vec<String> = c
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| c.success.contains(&e.code))
            .map(|(i, _)| i.to_string())
            .collect();
        if success.is_empty() {
            "false".to_owned()
        } else {
            format!(
                "::core::matches!(self.__error_code_index(), {})",
                success.join(" | ")
            )
        }
    }

    /// `arity`'s and `__error_code_render`'s bodies, from every message
    /// parsed into pieces. Without placeholders every message is one literal
    /// of arity 0: nothing to parse (a char-by-char pass over every text).
    fn templates(&self) -> (String, String) {
        let c = self.c;
        if c.placeholders == PlaceholderStyle::None {
            let render =
                "let _ = args;\n::core::convert::From::from(self.__error_code_message(lang))";
            return ("0".to_owned(), render.to_owned());
        }
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
            "::core::primitive::usize",
            &arity_values,
            |out, a| {
                let _ = write!(out, "{a}");
            },
            arity_values.iter().any(|a| *a > 0),
            "0",
        );
        (arity, self.render(&templates))
    }

    /// `__error_code_render`'s body: the pieces of every message, per
    /// language, rendered by the runtime.
    fn render(&self, templates: &[Vec<Vec<Piece>>]) -> String {
        let rt = self.rt;
        let unknown_text = self.unknown_text();
        let mut per_lang = String::new();
        for entries in templates {
            per_lang.push('[');
            for pieces in entries {
                per_lang.push_str("&[");
                for p in pieces {
                    match p {
                        Piece::Lit(text) => {
                            let _ = write!(per_lang, "{rt}::__private::Piece::Lit(");
                            push_lit(&mut per_lang, text);
                            per_lang.push_str("),");
                        }
                        Piece::Arg { index, raw } => {
                            let _ = write!(per_lang, "{rt}::__private::Piece::Arg({index}, ");
                            push_lit(&mut per_lang, raw);
                            per_lang.push_str("),");
                        }
                    }
                }
                per_lang.push_str("],");
            }
            let _ = write!(per_lang, "&[{rt}::__private::Piece::Lit({unknown_text})]],");
        }
        format!(
            "static TEMPLATES: [[&[{rt}::__private::Piece]; {}]; {}] = [{per_lang}];\n\
             {rt}::__private::render(TEMPLATES[lang][self.__error_code_index()], args)",
            self.n + 1,
            templates.len()
        )
    }

    /// The inherent `impl`. Over 80 lines on purpose: the template is the
    /// output's shape, method by method as `tests/golden/ebet.rs` shows it,
    /// and reads best whole; what fills it comes from [`Gen::facts`].
    pub(super) fn inherent(&self, out: &mut String) {
        let rt = self.rt;
        let n = self.n;
        let n1 = n + 1;
        let Facts {
            is_known,
            code_ty,
            code_body,
            codes,
            langs,
            messages,
            names,
            key,
            http,
            retryable,
            is_success,
            category,
            arity,
            render_in,
        } = self.facts();
        let all = self.all();
        let index = self.index_fn();

        let mut block = String::new();
        let _ = write!(
            block,
            r#"#[allow(deprecated)]
{ALLOW}impl {ty} {{
{all}

{index}

/// The vendor's code (the raw value for the catch-all).
#[inline]
#[must_use]
pub fn code(&self) -> {code_ty} {{
static CODES: [{code_ty}; {n}] = [{codes}];
{code_body}
}}

/// The vendor's message in the catalog's own language.
#[inline]
#[must_use]
pub fn message(&self) -> &'static ::core::primitive::str {{
self.__error_code_message(0)
}}

/// The message in `lang` (`"zh_CN"`, `"zh-CN"` and `"zh"` all match
/// `zh-CN`, case-insensitively); the catalog's own language when
/// there is no text in `lang`.
#[inline]
#[must_use]
pub fn message_in(&self, lang: &::core::primitive::str) -> &'static ::core::primitive::str {{
self.__error_code_message({rt}::__private::lang_index(lang, <Self as {rt}::ErrorCode>::LANGUAGES))
}}

#[inline]
fn __error_code_message(&self, lang: ::core::primitive::usize) -> &'static ::core::primitive::str {{
static MESSAGES: [[&::core::primitive::str; {n1}]; {langs}] = [{messages}];
MESSAGES[lang][self.__error_code_index()]
}}

/// The variant's name.
#[inline]
#[must_use]
pub fn name(&self) -> &'static ::core::primitive::str {{
static NAMES: [&::core::primitive::str; {n1}] = [{names}];
NAMES[self.__error_code_index()]
}}

/// The vendor's symbolic name for the code, if the catalog gives one.
#[inline]
#[must_use]
pub fn key(&self) -> ::core::option::Option<&'static ::core::primitive::str> {{
{key}
}}

/// Whether the code means success.
#[inline]
#[must_use]
pub fn is_success(&self) -> ::core::primitive::bool {{
{is_success}
}}

/// Whether the catalog defines the code (false for the catch-all holding
/// a code the catalog does not define).
#[inline]
#[must_use]
pub fn is_known(&self) -> ::core::primitive::bool {{
{is_known}
}}

/// The HTTP status that goes with the code, if the catalog gives one.
#[inline]
#[must_use]
pub fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {{
{http}
}}

/// Whether retrying the request may succeed.
#[inline]
#[must_use]
pub fn is_retryable(&self) -> ::core::primitive::bool {{
{retryable}
}}

/// The code's category: given in the catalog, or the first range or
/// prefix that holds the code (also for codes the catalog does not define).
#[inline]
#[must_use]
pub fn category(&self) -> ::core::option::Option<&'static ::core::primitive::str> {{
{category}
}}

/// How many arguments the message's placeholders take.
#[inline]
#[must_use]
pub fn arity(&self) -> ::core::primitive::usize {{
{arity}
}}

/// The message with its placeholders filled from `args`; a missing
/// argument leaves its placeholder as written, extra ones are ignored.
#[must_use]
pub fn render(&self, args: &[&dyn ::core::fmt::Display]) -> {rt}::__private::String {{
self.__error_code_render(0, args)
}}

/// [`render`](Self::render) in `lang`, with the fallbacks of `message_in`.
#[must_use]
pub fn render_in(&self, lang: &::core::primitive::str, args: &[&dyn ::core::fmt::Display]) -> {rt}::__private::String {{
self.__error_code_render({rt}::__private::lang_index(lang, <Self as {rt}::ErrorCode>::LANGUAGES), args)
}}

fn __error_code_render(&self, lang: ::core::primitive::usize, args: &[&dyn ::core::fmt::Display]) -> {rt}::__private::String {{
{render_in}
}}
}}
"#,
            ty = self.name,
        );
        out.push_str(&self.hide_api(block));
    }

    /// `text` calling the public items by their names in the inherent
    /// `impl` (see `api`): `Self::code(self…`, `self.code()`, `Self::ALL`.
    pub(super) fn call_api(&self, text: String) -> String {
        if self.derive.is_none_or(|d| d.inherent) {
            return text;
        }
        let mut text = text.replace("Self::ALL", "Self::__ERROR_CODE_ALL");
        for name in PUBLIC_METHODS {
            let api = self.api(name);
            text = text
                .replace(&format!("Self::{name}(self"), &format!("Self::{api}(self"))
                .replace(&format!(".{name}()"), &format!(".{api}()"));
        }
        text
    }

    /// The inherent `impl` with its public items hidden when the derived
    /// enum opted out of them (`api` names them for their callers).
    fn hide_api(&self, block: String) -> String {
        if self.derive.is_none_or(|d| d.inherent) {
            return block;
        }
        let mut block = block.replace("pub const ALL:", "const __ERROR_CODE_ALL:");
        for name in PUBLIC_METHODS {
            block = block.replace(
                &format!("pub fn {name}("),
                &format!("fn {}(", self.api(name)),
            );
        }
        block
    }

    /// A derived enum's `ALL` (a generated enum's is `catalog_enum!`'s).
    /// Variants are written `Enum::Variant`, not `Self::Variant`: rustc
    /// resolves `Self::Variant` by a linear search of the variants.
    fn all(&self) -> String {
        if self.derive.is_none() {
            return String::new();
        }
        let c = self.c;
        let mut doc = String::new();
        push_doc(
            &mut doc,
            &format!(
                "Every known variant of `{}`, in catalog order ({} codes).",
                c.name, self.n
            ),
        );
        let mut all = String::new();
        for e in &c.entries {
            let _ = write!(all, "{},", self.path_of(e));
        }
        format!("{doc}pub const ALL: &'static [Self] = &[{all}];")
    }

    /// `__error_code_index`: the variant's position in `ALL`, `n` for the
    /// catch-all holding a code the catalog lacks (and for a derived enum's
    /// unmatched variants). A catch-all holding a known code takes that
    /// code's position, so that every method agrees with `from(code)`.
    fn index_fn(&self) -> String {
        let n = self.n;
        let doc = "/// The variant's position in `ALL`; the catch-all comes last.\n#[inline]\n";
        let unknown = raw_name(&self.c.unknown);
        let canonical = format!(
            "/// The catch-all's position: its code's, or `{n}` for a code the catalog lacks.\n\
             #[inline(never)]\n\
             fn __error_code_catch_all(raw: {}) -> ::core::primitive::usize {{\n\
             ::core::option::Option::unwrap_or(Self::__error_code_lookup(raw), {n})\n}}\n",
            self.raw_param_ty(),
        );
        let raw = if self.is_int() { "*raw" } else { "raw" };
        if self.derive.is_none() {
            // The tag is the position (`catalog_enum!`): one load, instead
            // of a `match` of one arm per code, which dominated
            // type-checking and borrow-checking of large catalogs.
            let body = if n == 0 {
                format!(
                    "match self {{ Self::{unknown}(raw) => Self::__error_code_catch_all({raw}) }}"
                )
            } else {
                format!(
                    "let tag = self.__error_code_tag();\n\
                     if tag < {n} {{ return tag; }}\n\
                     match self {{ Self::{unknown}(raw) => Self::__error_code_catch_all({raw}), _ => {n} }}"
                )
            };
            return format!("{canonical}{doc}fn __error_code_index(&self) -> ::core::primitive::usize {{\n{body}\n}}");
        }
        let mut arms = String::new();
        for (i, e) in self.c.entries.iter().enumerate() {
            let _ = writeln!(arms, "{} => {i},", self.path_of(e));
        }
        let canonical = if self.has_catch_all() {
            let _ = writeln!(
                arms,
                "Self::{unknown}(raw) => Self::__error_code_catch_all({raw}),"
            );
            canonical
        } else {
            String::new()
        };
        // Braces match any kind of variant, including misshapen ones (reported).
        for v in self.derive.map_or(&[][..], |d| &d.unmatched) {
            let _ = writeln!(arms, "Self::{} {{ .. }} => {n},", raw_name(v));
        }
        format!("{canonical}{doc}fn __error_code_index(&self) -> ::core::primitive::usize {{\nmatch self {{\n{arms}}}\n}}")
    }

    fn category(&self) -> String {
        let c = self.c;
        if c.categories.is_empty() {
            return "::core::option::Option::None".to_owned();
        }
        let mut known = String::new();
        for e in &c.entries {
            push_opt_str(&mut known, e.category.as_deref());
            known.push(',');
        }
        let mut checks = String::from("{ ");
        for cat in &c.categories {
            match &cat.matcher {
                Matcher::Range(lo, hi) => {
                    let _ = write!(checks, "if *raw >= {lo} && *raw <= {hi}");
                }
                Matcher::Prefix(prefix) => {
                    checks.push_str("if raw.starts_with(");
                    push_lit(&mut checks, prefix);
                    checks.push(')');
                }
            }
            checks.push_str(" { return ::core::option::Option::Some(");
            push_lit(&mut checks, &cat.name);
            checks.push_str("); } ");
        }
        checks.push_str("::core::option::Option::None }");
        let body = self.by_position("CATEGORIES[index]", &checks, "::core::option::Option::None");
        format!(
            "static CATEGORIES: [::core::option::Option<&::core::primitive::str>; {}] = [{known}::core::option::Option::None];\n{body}",
            self.n + 1
        )
    }
}
