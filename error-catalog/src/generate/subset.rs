//! Conversions between a subset catalog's enum and its parent's: `From` into
//! the parent, `TryFrom` back.

use super::{Gen, ALLOW};
use std::fmt::Write as _;

impl Gen<'_> {
    pub(super) fn subset(&self, out: &mut String) {
        let rt = self.rt;
        let Some(parent) = &self.c.parent else {
            return;
        };
        let ty = &self.name;
        let unknown = &self.c.unknown;
        let from_raw = if self.is_int() {
            format!("<{parent} as ::core::convert::From<::core::primitive::i64>>::from(raw)")
        } else {
            format!("<{parent} as ::core::convert::From<{rt}::__private::String>>::from(raw)")
        };
        let (mut arms, mut back) = (String::new(), String::new());
        for e in &self.c.entries {
            let v = &e.name;
            let _ = writeln!(arms, "{ty}::{v} => {parent}::{v},");
            let _ = writeln!(
                back,
                "{parent}::{v} => ::core::result::Result::Ok({ty}::{v}),"
            );
        }
        let _ = write!(
            out,
            r#"#[automatically_derived]
#[allow(deprecated)]
{ALLOW}impl ::core::convert::From<{ty}> for {parent} {{
/// Every code of the subset is a code of the parent.
fn from(value: {ty}) -> Self {{
match value {{
{arms}{ty}::{unknown}(raw) => {from_raw},
}}
}}
}}

#[automatically_derived]
#[allow(deprecated)]
{ALLOW}impl ::core::convert::TryFrom<{parent}> for {ty} {{
type Error = {parent};
/// Fails, giving the value back, for parent codes outside the subset.
fn try_from(value: {parent}) -> ::core::result::Result<Self, {parent}> {{
match value {{
{back}other => ::core::result::Result::Err(other),
}}
}}
}}
"#
        );
    }
}
