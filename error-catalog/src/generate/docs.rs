//! Doc comments of the generated enum and its variants, built from the
//! catalog's texts with Markdown neutralised.

use super::Context;
use crate::model::{Catalog, Code, Entry, Matcher};

/// Vendor text as one inline run of doc Markdown that renders as written.
///
/// Each piece of text is placed after a prefix (`` `4026`: ``) or at the start
/// of a paragraph, and must neither start a block there (an indented or fenced
/// code block is a doctest) nor trip a rustdoc lint, which an `include!`d
/// `build.rs` output gets like hand-written docs. So: line breaks and control
/// characters become spaces (no line can start a block), leading whitespace
/// is dropped (no indented code block) and a leading list marker (`-`, `+`,
/// `1.`, `1)`) escaped; every ASCII punctuation character with a meaning
/// inline is backslash-escaped (`` ` `` `*` `_` `[` `]` `<` `>` `#` `|` `~`
/// `&` `\`: no code, emphasis, link, HTML, heading, table, strikethrough or
/// entity), and so is the `:` of `://` (no bare-URL lint); text-direction
/// controls are written as `U+202E` (rustc denies them raw in a comment).
fn md(text: &str) -> String {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    // The byte that would make the run a list item, if any.
    let marker = match text.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => Some(digits),
        Some(b'-' | b'+') if digits == 0 => Some(0),
        _ => None,
    };
    if marker.is_none() && is_plain(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in text.char_indices() {
        match c {
            // `marker` is the position of a list marker's `.`, `)`, `-` or `+`.
            c if marker == Some(i) || (c.is_ascii() && is_md_special(c as u8)) => {
                out.push('\\');
                out.push(c);
            }
            ':' if text[i..].starts_with("://") => out.push_str("\\:"),
            c => push_visible(&mut out, c),
        }
    }
    out
}

/// The ASCII characters with a meaning inline, which `md` backslash-escapes.
fn is_md_special(b: u8) -> bool {
    matches!(
        b,
        b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'~' | b'&'
    )
}

/// Whether `md` keeps `text` as it is. Indexed loops, one per check: the
/// macro runs unoptimised, where iterator adapters over every byte of
/// 10,000 messages cost a tenth of the expansion.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b if is_md_special(b) => return false,
            b':' if bytes[i + 1..].starts_with(b"//") => return false,
            _ => {}
        }
        i += 1;
    }
    !super::needs_escape(text)
}

/// `c`, with a control character as a space and a text-direction control
/// as its code point (`U+202E`), visibly.
fn push_visible(out: &mut String, c: char) {
    if c.is_control() {
        out.push(' ');
    } else if super::is_bidi_control(c) {
        out.push_str(&format!("U+{:04X}", u32::from(c)));
    } else {
        out.push(c);
    }
}

/// `text` as a Markdown code span. Backslashes are literal inside code spans,
/// so instead of escaping, the fence is one backtick longer than the longest
/// run inside (CommonMark), padded when the text touches a backtick. Control
/// characters become spaces, text-direction controls their code point.
pub fn code_span(text: &str) -> String {
    let mut visible = String::with_capacity(text.len());
    for c in text.chars() {
        push_visible(&mut visible, c);
    }
    let text = visible;
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

/// Where the generated API is documented, for the enum's page to point at.
const GENERATED_DOCS: &str = "[`error_runtime::_guide::generated`](https://docs.rs/error-runtime/latest/error_runtime/_guide/generated/)";

/// The enum's section on the code-reference macro, split around the
/// including module's path (`module_path!()`, filled in by the compiler):
/// rustdoc shows no page for the macro itself (it is re-exported from a
/// hidden name), so the enum's page is where users find it. `None` when the
/// catalog's macro is not generated (its name is a keyword).
pub(super) fn code_reference_doc(c: &Catalog, mac: &str) -> (String, String) {
    let ty = &c.name;
    let example = c.entries.first().map_or_else(
        || format!("`{mac}!(CODE)` is the variant of `{ty}` with that code"),
        |e| {
            let code = match &e.code {
                Code::Int(code) => code.to_string(),
                Code::Str(code) => format!("{code:?}"),
            };
            format!(
                "{} is `{ty}::{}`",
                code_span(&format!("{mac}!({code})")),
                e.name
            )
        },
    );
    let before = format!(
        "\n# Referring to a code\n\n{example}, as an expression and as a pattern \
         (`match status {{ {mac}!(…) => …, _ => … }}`); a code the catalog does not define is a \
         compile error naming the nearest codes. The macro `{mac}!` is an item of the module \
         that includes the catalog, beside this enum. Import both where you use them: `use "
    );
    let after = format!(
        "::{{{ty}, {mac}}};` (in the including crate, `crate::` in place of the crate's name). \
         What the enum offers, and every decision it follows: {GENERATED_DOCS}."
    );
    (before, after)
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
        assert_eq!(code_span("a\u{202e}b"), "`aU+202Eb`");
    }

    #[test]
    fn markdown_is_neutralised_outside_code_spans() {
        assert_eq!(md("```rust\n*x*"), "\\`\\`\\`rust \\*x\\*");
        assert_eq!(md("&amp; [x] <b>"), "\\&amp; \\[x\\] \\<b\\>");
    }

    #[test]
    fn no_text_starts_a_block() {
        // An indented code block would be a doctest.
        assert_eq!(md("    assert!(false);"), "assert!(false);");
        assert_eq!(md("\t\n  panic!()\n    x"), "panic!()     x");
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(md("+ item"), "\\+ item");
        assert_eq!(md("12. item"), "12\\. item");
        assert_eq!(md("1) item"), "1\\) item");
        assert_eq!(md("1.5 - 2"), "1\\.5 - 2");
        assert_eq!(md("a - b. 1) c"), "a - b. 1) c");
    }

    #[test]
    fn no_text_trips_a_rustdoc_lint() {
        assert_eq!(
            md("see https://x.example/a?b"),
            "see https\\://x.example/a?b"
        );
        assert_eq!(md("\u{202e}evil\u{2069}"), "U+202EevilU+2069");
        // Other invisible characters are kept: the zero-width joiner of an emoji.
        assert_eq!(md("👨\u{200d}👩"), "👨\u{200d}👩");
    }
}
