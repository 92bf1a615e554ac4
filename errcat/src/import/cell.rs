//! Clean cell text: what a reader of the rendered page sees. Markdown inline
//! markup is resolved by pulldown-cmark itself (links → their text, emphasis,
//! code spans, backslash escapes, entities); inline HTML tags are dropped,
//! `<br>` read as a space. The text is what `message()` gives users, so no
//! markup stays in it (a code span's backticks neither).

use super::doc::Cell;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The clean text of one Markdown cell or line (inline markup only: block
/// markup at its start, such as `1.` or `- `, is read as text).
pub fn markdown(raw: &str) -> Cell {
    let raw = raw.trim();
    let guarded = guard_block_markup(raw);
    let mut text = String::new();
    let mut struck_depth = 0usize;
    let mut outside_strike = false;
    for event in Parser::new_ext(&guarded, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Strikethrough) => struck_depth += 1,
            Event::End(TagEnd::Strikethrough) => struck_depth -= 1,
            Event::Text(t) | Event::Code(t) => {
                outside_strike |= struck_depth == 0 && !t.trim().is_empty();
                text.push_str(&t);
            }
            Event::InlineHtml(tag) | Event::Html(tag) if is_break(&tag) => text.push(' '),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    let text = squeeze(&text);
    Cell {
        struck: !outside_strike && !text.is_empty(),
        text,
    }
}

/// Runs of whitespace (also `&nbsp;` and the ideographic space are kept:
/// only ASCII whitespace is squeezed, as browsers do) as one space, trimmed.
pub fn squeeze(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each line squeezed, empty lines dropped: paragraphs of a list item stay
/// apart.
pub fn squeeze_lines(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(squeeze)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

fn is_break(tag: &str) -> bool {
    let tag = tag.trim().to_ascii_lowercase();
    tag.starts_with("<br")
}

/// A cell is inline content: a leading `#`, `>`, `-`, `+`, `*` (with a space)
/// or `1.` would make the parser read a heading, quote or list item and drop
/// that character, so it is escaped.
fn guard_block_markup(raw: &str) -> String {
    let digits = raw.len() - raw.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &raw[digits..];
    let after = |s: &str| s.chars().nth(1).is_none_or(|c| c == ' ' || c == '\t');
    if digits > 0 && rest.starts_with(['.', ')']) && after(rest) {
        format!("{}\\{rest}", &raw[..digits])
    } else if raw.starts_with('>')
        || (raw.starts_with('#')
            && raw
                .trim_start_matches('#')
                .chars()
                .next()
                .is_none_or(|c| c == ' ' || c == '\t'))
        || (raw.starts_with(['-', '+', '*']) && after(raw))
    {
        format!("\\{raw}")
    } else {
        raw.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_removed() {
        let text = |raw: &str| markdown(raw).text;
        assert_eq!(text("[401](#auth)"), "401");
        assert_eq!(text("**GET** `/v1/orders` \\_id"), "GET /v1/orders _id");
        assert_eq!(text("`` a`b ``"), "a`b");
        assert_eq!(
            text("Order price exceeds <a href=\"https://x\">the limit</a>"),
            "Order price exceeds the limit"
        );
        assert_eq!(text("a<br>b&amp;c"), "a b&c");
        assert_eq!(text("-1"), "-1");
        assert_eq!(text("1. first"), "1. first");
        assert_eq!(text("# not a heading"), "# not a heading");
        assert_eq!(text("- dash"), "- dash");
        assert!(markdown("~~10018~~").struck);
        assert!(!markdown("~~10018~~ back").struck);
        assert_eq!(text("~~10018~~"), "10018");
    }
}
