//! Mapping files in `errcat check` and `errcat doc`: the same checks as
//! `include_mapping!`, the coverage of the vendor's codes by rule kind, and
//! the mapping as a Markdown table.

use crate::doc::{code_span, code_text, escape};
use error_catalog::mapping::{Mapping, Route, Rule};
use error_catalog::model::Entry;
use serde::Serialize;
use std::fmt::Write as _;

/// A mapping's coverage in `errcat check --format json`.
#[derive(Serialize)]
pub struct JsonCoverage {
    file: String,
    from: String,
    to: String,
    codes: usize,
    by_code: usize,
    by_category: usize,
    by_default: usize,
    /// The vendor codes that fall to `default`, in catalog order: after a
    /// vendor update, its new codes are among them unless a rule names them.
    default_codes: Vec<String>,
    /// The target of codes the vendor catalog does not define.
    unknown: Option<String>,
}

impl JsonCoverage {
    /// The coverage of a mapping without mistakes.
    pub fn new(m: &Mapping) -> Self {
        let by = m.coverage();
        JsonCoverage {
            file: m.display_path.clone(),
            from: m.from.name.clone(),
            to: m.to.name.clone(),
            codes: m.from.entries.len(),
            by_code: by.by_code.len(),
            by_category: by.by_category.len(),
            by_default: by.by_default.len(),
            default_codes: by
                .by_default
                .iter()
                .map(|i| code_text(&m.from.entries[*i].code))
                .collect(),
            unknown: target(m, &m.unknown).map(|e| e.name.clone()),
        }
    }
}

/// `errcat check`'s summary of a mapping: how each vendor code is mapped,
/// every code that falls to `default` listed by name.
pub fn coverage(m: &Mapping) -> String {
    let by = m.coverage();
    let mut out = format!(
        "{}: {} -> {}: {} codes: {} by code, {} by category, {} by default",
        m.display_path,
        m.from.name,
        m.to.name,
        m.from.entries.len(),
        by.by_code.len(),
        by.by_category.len(),
        by.by_default.len(),
    );
    if let Some(e) = target(m, &m.unknown) {
        let _ = write!(out, "; codes {} does not define: {}", m.from.name, e.name);
    }
    out.push('\n');
    if !by.by_default.is_empty() {
        let default = by
            .by_default
            .first()
            .and_then(|i| target(m, &m.routes[*i]))
            .map_or("", |e| e.name.as_str());
        let _ = writeln!(out, "  to default ({default}):");
        for i in &by.by_default {
            let e = &m.from.entries[*i];
            let _ = writeln!(out, "    {} {}", code_text(&e.code), e.name);
        }
    }
    out
}

/// `errcat doc` of a mapping: one row per vendor code (its message, target
/// and rule), then the row of the codes the vendor does not define.
pub fn reference(m: &Mapping) -> String {
    let mut md = format!("# `{}` → `{}`\n\n", m.from.name, m.to.name);
    if let Some(doc) = &m.doc {
        let _ = writeln!(md, "{}\n", escape(doc));
    }
    let by = m.coverage();
    let _ = writeln!(
        md,
        "Mapping {}: {} vendor codes, {} by code, {} by category, {} by default.\n",
        code_span(&m.display_path),
        m.from.entries.len(),
        by.by_code.len(),
        by.by_category.len(),
        by.by_default.len()
    );
    let lang = &m.from.lang;
    let _ = writeln!(
        md,
        "| vendor code | vendor name | vendor message ({lang}) | target | rule |\n| --- | --- | --- | --- | --- |"
    );
    for (e, route) in m.from.entries.iter().zip(&m.routes) {
        let _ = writeln!(
            md,
            "| {} | `{}` | {} | {} | {} |",
            code_span(&code_text(&e.code)),
            e.name,
            escape(e.text_in(lang, lang)),
            target_cell(m, route),
            rule(&route.rule)
        );
    }
    let _ = writeln!(
        md,
        "| any other | `{}(…)` | | {} | {} |",
        m.from.unknown,
        target_cell(m, &m.unknown),
        rule(&m.unknown.rule)
    );
    md
}

fn target<'m>(m: &'m Mapping, route: &Route) -> Option<&'m Entry> {
    route.target.map(|t| &m.to.entries[t])
}

/// `` `AuthFailed` (`1001`) ``.
fn target_cell(m: &Mapping, route: &Route) -> String {
    target(m, route).map_or_else(String::new, |e| {
        format!("`{}` ({})", e.name, code_span(&code_text(&e.code)))
    })
}

fn rule(rule: &Rule) -> String {
    match rule {
        Rule::Code => "code".into(),
        Rule::Category(name) => format!("category {}", code_span(name)),
        Rule::Default => "default".into(),
        Rule::Unknown => "unknown".into(),
        Rule::Uncovered => "none".into(),
    }
}
