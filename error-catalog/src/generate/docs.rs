//! Doc comments of the generated enum and its variants, built from the
//! catalog's texts with Markdown neutralised.

use super::Context;
use crate::model::{Catalog, Code, Entry, Matcher};

/// Doc text with Markdown neutralised: vendor text must render as written and
/// must never open a code block (which rustdoc would run as a doctest).
fn md(text: &str) -> String {
    // One scan and one copy for plain text (the macro runs unoptimised).
    let special = |b: &u8| {
        matches!(
            b,
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'~'
        )
    };
    if !text.as_bytes().iter().any(special) && !super::needs_escape(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `text` as a Markdown code span. Backslashes are literal inside code spans,
/// so instead of escaping, the fence is one backtick longer than the longest
/// run inside (CommonMark), padded when the text touches a backtick. Control
/// characters become spaces.
pub fn code_span(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

pub(super) fn enum_doc(c: &Catalog, cx: &Context) -> String {
    let mut doc = match &c.doc {
        Some(d) => md(d),
        None => format!("Error codes of the {} catalog.", code_span(&c.name)),
    };
    if let Some(source) = &c.source {
        doc.push_str(&format!("\n\nSource: {}", md(source)));
    }
    doc.push_str(&format!(
        "\n\nGenerated from {}: {} codes; messages in {}.",
        code_span(&cx.display_path),
        c.entries.len(),
        c.languages.join(", ")
    ));
    if !c.success.is_empty() {
        let codes: Vec<String> = c
            .success
            .iter()
            .map(|s| code_span(&s.to_string()))
            .collect();
        doc.push_str(&format!(" Success: {}.", codes.join(", ")));
    }
    if let Some(parent) = &c.parent {
        doc.push_str(&format!(" A subset of {}.", code_span(parent)));
    }
    for cat in &c.categories {
        let range = match &cat.matcher {
            Matcher::Range(lo, hi) => format!("{lo}..={hi}"),
            Matcher::Prefix(p) => format!("prefix {}", code_span(p)),
        };
        let about = cat
            .doc
            .as_deref()
            .map(md)
            .map(|d| format!(": {d}"))
            .unwrap_or_default();
        doc.push_str(&format!(
            "\n\n- category {} ({range}){about}",
            code_span(&cat.name)
        ));
    }
    doc
}

pub(super) fn variant_doc(c: &Catalog, e: &Entry) -> String {
    let primary = e.message(&c.lang).unwrap_or("");
    // Pushed piece by piece: one doc per code, and the macro runs unoptimised.
    let mut doc = match &e.code {
        Code::Int(code) => format!("`{code}`"),
        Code::Str(_) => code_span(&e.code.to_string()),
    };
    doc.push_str(": ");
    doc.push_str(&md(primary));
    for m in e.messages.iter().filter(|m| m.lang != c.lang) {
        doc.push_str("\n\n");
        doc.push_str(&m.lang);
        doc.push_str(": ");
        doc.push_str(&md(&m.text));
    }
    let mut facts = Vec::new();
    if let Some(key) = &e.key {
        facts.push(format!("key {}", code_span(key)));
    }
    if let Some(http) = e.http {
        facts.push(format!("HTTP {http}"));
    }
    if e.retryable {
        facts.push("retryable".into());
    }
    if let Some(cat) = &e.category {
        facts.push(format!("category {}", code_span(cat)));
    }
    if !facts.is_empty() {
        doc.push_str(&format!("\n\n({})", facts.join("; ")));
    }
    for other in &e.other_messages {
        doc.push_str(&format!("\n\nAlso documented as: {}", md(other)));
    }
    if let Some(extra) = &e.doc {
        doc.push_str(&format!("\n\n{}", md(extra)));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_need_no_escapes() {
        assert_eq!(code_span("GW_CODE_012"), "`GW_CODE_012`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span("a\nb"), "`a b`");
    }

    #[test]
    fn markdown_is_neutralised_outside_code_spans() {
        assert_eq!(md("```rust\n*x*"), "\\`\\`\\`rust \\*x\\*");
    }
}
