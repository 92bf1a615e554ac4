//! Code ↔ enum conversions (`From`, `FromStr`), with code → variant going
//! through the perfect-hash table computed in `crate::hash`. Written as text
//! like the other items: the tables hold tens of thousands of literals.

use super::{int_code, push_lit, raw_name, str_code, CatchAll, Gen, ALLOW};
use crate::hash::{self, Table};
use std::fmt::Write as _;

impl Gen<'_> {
    pub(super) fn conversions(&self, out: &mut String) {
        if self.is_int() {
            self.int_conversions(out);
        } else {
            self.str_conversions(out);
        }
    }

    /// The integer code conversions: the hidden lookup, then `TryFrom`
    /// or (with a catch-all) total `From`, and `FromStr`.
    fn int_conversions(&self, out: &mut String) {
        if !self.int_lookup(out) {
            return;
        }
        let ty = &self.name;
        let _ = write!(
            out,
            r#"#[automatically_derived]
{ALLOW}impl ::core::convert::From<{ty}> for ::core::primitive::i64 {{
#[inline]
fn from(value: {ty}) -> ::core::primitive::i64 {{
value.code()
}}
}}
"#
        );
        if self.has_catch_all() {
            self.int_total(out);
        } else {
            self.int_try(out);
        }
    }

    /// `__error_code_lookup`: code → position through the perfect hash;
    /// false (a `compile_error!` written) when no table could be built.
    fn int_lookup(&self, out: &mut String) -> bool {
        let rt = self.rt;
        let ty = &self.name;
        let codes: Vec<i64> = self
            .c
            .entries
            .iter()
            .filter_map(|e| int_code(&e.code))
            .collect();
        let table = match hash::int_table(&codes) {
            Ok(table) => table,
            Err(message) => {
                compile_error(out, &message);
                return false;
            }
        };
        let mut statics = String::with_capacity(24 * table.slots.len() + 8 * table.disp.len());
        let _ = write!(
            statics,
            "static TABLE: [(::core::primitive::i64, ::core::primitive::u32); {}] = [",
            table.slots.len()
        );
        for (s, slot) in table.slots.iter().enumerate() {
            let _ = match slot {
                Some(i) => write!(statics, "({}i64, {i}u32),", codes[*i as usize]),
                None => write!(statics, "({}i64, 0),", hash::int_filler(&table, s)),
            };
        }
        close_list(&mut statics);
        disp(&mut statics, &table);
        let _ = write!(
            out,
            "#[allow(deprecated)]\n{ALLOW}impl {ty} {{\n\
             /// The position of `code` in `ALL`, if the catalog defines it.\n#[inline]\n\
             fn __error_code_lookup(code: ::core::primitive::i64) -> ::core::option::Option<::core::primitive::usize> {{\n\
             {statics}{rt}::__private::probe_i64(&TABLE, &DISP, code, {}u32, {}u32)\n}}\n}}\n",
            table.bshift, table.shift
        );
        true
    }

    /// The variant at `index`: a derived enum need not be `Copy`.
    fn int_known(&self) -> &'static str {
        if self.derive.is_some() {
            "::core::clone::Clone::clone(&Self::ALL[index])"
        } else {
            "Self::ALL[index]"
        }
    }

    /// Without a catch-all: `TryFrom<i64>`, and `FromStr` for the codes
    /// the enum defines.
    fn int_try(&self, out: &mut String) {
        let (rt, ty, known) = (self.rt, &self.name, self.int_known());
        let probe = "Self::__error_code_lookup(code)";
        let _ = write!(
            out,
            r#"#[automatically_derived]
{ALLOW}impl ::core::convert::TryFrom<::core::primitive::i64> for {ty} {{
type Error = {rt}::UnknownCode<::core::primitive::i64>;
/// Fails for a code the enum does not define (it has no catch-all).
#[inline]
fn try_from(code: ::core::primitive::i64) -> ::core::result::Result<Self, <Self as ::core::convert::TryFrom<::core::primitive::i64>>::Error> {{
match {probe} {{
::core::option::Option::Some(index) => ::core::result::Result::Ok({known}),
::core::option::Option::None => ::core::result::Result::Err({rt}::UnknownCode::new(<Self as {rt}::ErrorCode>::CATALOG, code)),
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::str::FromStr for {ty} {{
type Err = {rt}::UnknownCode<{rt}::__private::String>;
/// Parses a decimal code the enum defines.
fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {{
if let ::core::result::Result::Ok(code) = <::core::primitive::i64 as ::core::str::FromStr>::from_str(text) {{
if let ::core::result::Result::Ok(known) = <Self as ::core::convert::TryFrom<::core::primitive::i64>>::try_from(code) {{
return ::core::result::Result::Ok(known);
}}
}}
::core::result::Result::Err({rt}::UnknownCode::new(<Self as {rt}::ErrorCode>::CATALOG, <{rt}::__private::String as ::core::convert::From<&::core::primitive::str>>::from(text)))
}}
}}
"#
        );
    }

    /// With a catch-all: total `From<i64>`, and `FromStr` for any `i64`.
    fn int_total(&self, out: &mut String) {
        let (ty, known) = (&self.name, self.int_known());
        let probe = "Self::__error_code_lookup(code)";
        let catch = self.catch("code");
        let _ = write!(
            out,
            r#"#[automatically_derived]
{ALLOW}impl ::core::convert::From<::core::primitive::i64> for {ty} {{
/// Total: a code the catalog does not define becomes the catch-all.
#[inline]
fn from(code: ::core::primitive::i64) -> Self {{
match {probe} {{
::core::option::Option::Some(index) => {known},
::core::option::Option::None => {catch},
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::str::FromStr for {ty} {{
type Err = ::core::num::ParseIntError;
/// Parses a decimal code; any `i64` is accepted.
fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {{
match <::core::primitive::i64 as ::core::str::FromStr>::from_str(text) {{
::core::result::Result::Ok(code) => ::core::result::Result::Ok(<Self as ::core::convert::From<::core::primitive::i64>>::from(code)),
::core::result::Result::Err(error) => ::core::result::Result::Err(error),
}}
}}
}}
"#
        );
    }

    /// The string code conversions: the hidden lookup, then `TryFrom`
    /// or (with a catch-all) total `From`, and `FromStr`.
    fn str_conversions(&self, out: &mut String) {
        if !self.str_lookup(out) {
            return;
        }
        if self.has_catch_all() {
            self.str_total(out);
        } else {
            self.str_try(out);
        }
    }

    /// `__error_code_lookup` (code → position through the perfect hash)
    /// and `__error_code_known` (position → variant); false (a
    /// `compile_error!` written) when no table could be built.
    fn str_lookup(&self, out: &mut String) -> bool {
        let rt = self.rt;
        let ty = &self.name;
        let codes: Vec<&str> = self
            .c
            .entries
            .iter()
            .filter_map(|e| str_code(&e.code))
            .collect();
        let table = match hash::str_table(&codes) {
            Ok(table) => table,
            Err(message) => {
                compile_error(out, &message);
                return false;
            }
        };
        let _ = write!(
            out,
            "#[allow(deprecated)]\n{ALLOW}impl {ty} {{\n#[inline]\n\
             fn __error_code_lookup(code: &::core::primitive::str) -> ::core::option::Option<::core::primitive::usize> {{\n\
             static TABLE: [(::core::primitive::u64, ::core::primitive::u64, ::core::primitive::u64, ::core::primitive::u32, ::core::primitive::u32); {}] = [",
            table.slots.len()
        );
        for slot in &table.slots {
            let _ = match slot {
                Some(i) => {
                    let code = codes[*i as usize].as_bytes();
                    let (first, last) = hash::edges(code);
                    let middle = hash::middle(code);
                    let len = u32::try_from(code.len()).unwrap_or(u32::MAX);
                    write!(
                        out,
                        "({first}u64, {middle}u64, {last}u64, {len}u32, {i}u32),"
                    )
                }
                None => write!(out, "(1, 0, 0, 0, 0),"),
            };
        }
        close_list(out);
        let _ = write!(
            out,
            "static CODES: [&::core::primitive::str; {}] = [",
            codes.len()
        );
        for code in &codes {
            push_lit(out, code);
            out.push(',');
        }
        close_list(out);
        disp(out, &table);
        let _ = write!(
            out,
            "{rt}::__private::probe_str(&TABLE, &DISP, &CODES, code, ({}u64, {}), {}u32, {}u32)\n}}\n\n\
             #[inline]\nfn __error_code_known(index: ::core::primitive::usize) -> Self {{\n",
            table.seed, table.full, table.bshift, table.shift
        );
        // The variant at an index, by a `match` that compiles to arithmetic
        // (cloning from `ALL` would branch on every variant).
        // `Enum::Variant`: rustc resolves `Self::Variant` by a linear search.
        match self.c.entries.split_last() {
            // One code: a `match` with only `_` would trip clippy in `include!`d output.
            Some((last, [])) => {
                let _ = write!(out, "{{ let _ = index; {} }}", self.path_of(last));
            }
            Some((last, rest)) => {
                out.push_str("match index {");
                for (index, e) in rest.iter().enumerate() {
                    let _ = write!(out, "{index} => {},", self.path_of(e));
                }
                let _ = write!(out, "_ => {} }}", self.path_of(last));
            }
            None => out.push_str("::core::clone::Clone::clone(&Self::ALL[index])"),
        }
        out.push_str("\n}\n}\n\n");
        true
    }

    /// Without a catch-all: `TryFrom<&str>`, `TryFrom<String>` and
    /// `FromStr` for the codes the enum defines.
    fn str_try(&self, out: &mut String) {
        let (rt, ty) = (self.rt, &self.name);
        let _ = write!(
            out,
            r#"#[automatically_derived]
{ALLOW}impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for {ty} {{
type Error = {rt}::UnknownCode<&'a ::core::primitive::str>;
/// Fails for a code the enum does not define (it has no catch-all).
#[inline]
fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::convert::TryFrom<&'a ::core::primitive::str>>::Error> {{
match Self::__error_code_lookup(code) {{
::core::option::Option::Some(index) => ::core::result::Result::Ok(Self::__error_code_known(index)),
::core::option::Option::None => ::core::result::Result::Err({rt}::UnknownCode::new(<Self as {rt}::ErrorCode>::CATALOG, code)),
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::convert::TryFrom<{rt}::__private::String> for {ty} {{
type Error = {rt}::UnknownCode<{rt}::__private::String>;
/// Fails, keeping the text, for a code the enum does not define.
#[inline]
fn try_from(code: {rt}::__private::String) -> ::core::result::Result<Self, <Self as ::core::convert::TryFrom<{rt}::__private::String>>::Error> {{
match Self::__error_code_lookup(&code) {{
::core::option::Option::Some(index) => ::core::result::Result::Ok(Self::__error_code_known(index)),
::core::option::Option::None => ::core::result::Result::Err({rt}::UnknownCode::new(<Self as {rt}::ErrorCode>::CATALOG, code)),
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::convert::From<{ty}> for {rt}::__private::String {{
#[inline]
fn from(value: {ty}) -> {rt}::__private::String {{
<{rt}::__private::String as ::core::convert::From<&::core::primitive::str>>::from(value.code())
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::str::FromStr for {ty} {{
type Err = {rt}::UnknownCode<{rt}::__private::String>;
/// Fails, keeping the text, for a code the enum does not define.
fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {{
<Self as ::core::convert::TryFrom<{rt}::__private::String>>::try_from(<{rt}::__private::String as ::core::convert::From<&::core::primitive::str>>::from(text))
}}
}}
"#
        );
    }

    /// With a catch-all: total `From<&str>` and `From<String>`, and
    /// `FromStr` that never fails.
    fn str_total(&self, out: &mut String) {
        let (rt, ty) = (self.rt, &self.name);
        // `From::from`, the type inferred from the catch-all's payload (a
        // `Box<str>` one converts the `&str` itself): under
        // `no_implicit_prelude`, `String::from` would not resolve.
        let catch_str = if self.derive.and_then(|d| d.catch_all) == Some(CatchAll::BoxStr) {
            self.catch("code")
        } else {
            self.catch("::core::convert::From::from(code)")
        };
        let catch_string = self.catch("code");
        let raw_string = if self.derive.and_then(|d| d.catch_all) == Some(CatchAll::BoxStr) {
            format!("<{rt}::__private::String as ::core::convert::From<_>>::from(raw)")
        } else {
            "raw".to_owned()
        };
        let unknown = raw_name(&self.c.unknown);
        let _ = write!(
            out,
            r#"#[automatically_derived]
{ALLOW}impl ::core::convert::From<&::core::primitive::str> for {ty} {{
/// Total: a code the catalog does not define becomes the catch-all.
#[inline]
fn from(code: &::core::primitive::str) -> Self {{
match Self::__error_code_lookup(code) {{
::core::option::Option::Some(index) => Self::__error_code_known(index),
::core::option::Option::None => {catch_str},
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::convert::From<{rt}::__private::String> for {ty} {{
/// Total; keeps the allocation for the catch-all.
#[inline]
fn from(code: {rt}::__private::String) -> Self {{
match Self::__error_code_lookup(&code) {{
::core::option::Option::Some(index) => Self::__error_code_known(index),
::core::option::Option::None => {catch_string},
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::convert::From<{ty}> for {rt}::__private::String {{
#[inline]
fn from(value: {ty}) -> {rt}::__private::String {{
match value {{
{ty}::{unknown}(raw) => {raw_string},
known => ::core::convert::From::from(known.code()),
}}
}}
}}

#[automatically_derived]
{ALLOW}impl ::core::str::FromStr for {ty} {{
type Err = ::core::convert::Infallible;
/// Never fails: every string is a code, known or not.
fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {{
::core::result::Result::Ok(<Self as ::core::convert::From<&::core::primitive::str>>::from(text))
}}
}}
"#
        );
    }
}

/// `static DISP`, in the narrowest type holding every displacement.
fn disp(out: &mut String, t: &Table) {
    let ty = match t.disp.iter().max() {
        Some(&max) if max > u32::from(u16::MAX) => "::core::primitive::u32",
        Some(&max) if max > u32::from(u8::MAX) => "::core::primitive::u16",
        _ => "::core::primitive::u8",
    };
    let _ = write!(out, "static DISP: [{ty}; {}] = [", t.disp.len());
    for d in &t.disp {
        let _ = write!(out, "{d},");
    }
    close_list(out);
}

/// Ends an array literal written as `item,` per item, without a trailing
/// comma, the tokens `quote!` wrote.
fn close_list(out: &mut String) {
    if out.ends_with(',') {
        out.pop();
    }
    out.push_str("];\n");
}

/// The generator's failure to build a table, reported where the catalog is
/// included.
fn compile_error(out: &mut String, message: &str) {
    out.push_str("::core::compile_error!(");
    push_lit(out, message);
    out.push_str(");\n");
}
