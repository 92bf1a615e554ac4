//! A checked mapping → `impl ::core::convert::From<Vendor> for Target`: one
//! `match` over the vendor's variants (the compiler makes it a jump table),
//! codes with the same target sharing an arm, the catch-all going to the
//! `unknown` target. Only `::core` paths and the two enums' names, which the
//! call site has in scope; arms in vendor catalog order, so the output is
//! deterministic.

use super::{Mapping, Rule};
use crate::fnv::FnvMap;
use crate::generate::{push_lit, Output};
use std::fmt::Write as _;
use std::path::PathBuf;

/// The items `include_mapping!` emits for `mapping`, as text to lex (see
/// [`Output`]); `tracked` are the files whose edits must rebuild the crate
/// (absolute paths).
pub fn generate(mapping: &Mapping, tracked: &[PathBuf]) -> Output {
    let mut out = Output::default();
    out.push_text(items(mapping, tracked));
    out
}

fn items(m: &Mapping, tracked: &[PathBuf]) -> String {
    let (from, to) = (&m.from.name, &m.to.name);
    // Target index → the vendor variants sent there, in order of first use.
    let mut arms: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut arm_of: FnvMap<usize, usize> = FnvMap::default();
    for (route, entry) in m.routes.iter().zip(&m.from.entries) {
        let Some(target) = route.target else { continue };
        let arm = *arm_of.entry(target).or_insert_with(|| {
            arms.push((target, Vec::new()));
            arms.len() - 1
        });
        arms[arm].1.push(&entry.name);
    }
    let mut body = String::new();
    for (target, variants) in &arms {
        let patterns: Vec<String> = variants.iter().map(|v| format!("{from}::{v}")).collect();
        let _ = writeln!(
            body,
            "{} => {to}::{},",
            patterns.join(" | "),
            m.to.entries[*target].name
        );
    }
    let complete =
        m.routes.len() == m.from.entries.len() && m.routes.iter().all(|r| r.target.is_some());
    // A rule with a mistake (reported by its compile_error!) has no target:
    // the arm that stands in for it never runs, the crate does not build.
    let (lints, last) = match m.unknown.target {
        Some(target) if complete => (
            "",
            format!(
                "{from}::{}(_) => {to}::{},",
                m.from.unknown, m.to.entries[target].name
            ),
        ),
        _ => (
            "#[allow(unreachable_patterns)]\n",
            "_ => ::core::unreachable!(),".to_owned(),
        ),
    };
    // Either enum's variants may be deprecated; a call in a function body
    // implements for types from outside it (a non-local definition).
    let mut out = String::new();
    out.push_str("#[doc = ");
    push_lit(&mut out, &impl_doc(m));
    let _ = write!(
        out,
        "]\n#[automatically_derived]\n#[allow(deprecated, non_local_definitions, clippy::too_many_lines)]\n{lints}\
         impl ::core::convert::From<{from}> for {to} {{\n\
         #[doc = \"The `{to}` this `{from}` code maps to.\"]\n\
         #[inline]\n\
         fn from(code: {from}) -> Self {{\nmatch code {{\n{body}{last}\n}}\n}}\n}}\n"
    );
    for path in tracked.iter().filter_map(|p| p.to_str()) {
        out.push_str("const _: &[::core::primitive::u8] = ::core::include_bytes!(");
        push_lit(&mut out, path);
        out.push_str(");\n");
    }
    out
}

/// The impl's documentation: where the mapping is written, its rules' counts.
fn impl_doc(m: &Mapping) -> String {
    let by = m.coverage();
    let unknown = match (&m.unknown.rule, m.unknown.target) {
        (Rule::Unknown | Rule::Default, Some(t)) => format!("`{}`", m.to.entries[t].name),
        _ => "(none)".to_owned(),
    };
    let mut doc = format!(
        "Maps every `{}` code onto `{}` as `{}` says: {} by code, {} by category, {} by `default`; codes the vendor catalog does not define go to {unknown}.",
        m.from.name,
        m.to.name,
        m.display_path,
        by.by_code.len(),
        by.by_category.len(),
        by.by_default.len(),
    );
    if let Some(extra) = &m.doc {
        doc.push_str("\n\n");
        doc.push_str(extra);
    }
    doc
}
