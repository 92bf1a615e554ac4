//! A dependency-free JSON reader that builds the spanned tree of
//! [`crate::value`], so JSON catalogs get the same positioned diagnostics as TOML.
//!
//! It reads the JSON of RFC 8259 with these deliberate departures, each for
//! what a catalog is:
//!
//! - `null` is a syntax error: no catalog field takes it, and "remove the
//!   field" is the fix to say.
//! - A leading byte-order mark is skipped (RFC 8259 lets a parser ignore it;
//!   editors on some systems write one).
//! - An unpaired UTF-16 surrogate escape (`"\uD800"`) is an error: a Rust
//!   string cannot hold it (RFC 8259 admits it, with unpredictable results).
//! - Arrays and objects nest at most 128 deep (RFC 8259 lets a parser set
//!   limits), so hostile input gets an error instead of a stack overflow.
//! - Object members keep their order and their duplicates (RFC 8259 leaves
//!   duplicate names undefined): the catalog reader reports a duplicate
//!   where it is written instead of keeping the last one silently.
//! - An integer beyond `i64` is kept as written, so that the validator can
//!   say "out of range" at it.

use crate::diagnostic::Diagnostic;
use crate::value::{Int, Key, Node, Span, Value};

/// Deepest nesting of arrays and objects accepted: it bounds the recursion, so
/// hostile input gets an error instead of a stack overflow.
const MAX_DEPTH: usize = 128;

/// Parses a JSON document into a spanned tree.
///
/// Spans are byte ranges into `text`, a leading byte-order mark is skipped, and
/// object members keep source order and duplicates.
///
/// # Errors
///
/// The first syntax error; `null` is one too, as no catalog field takes it.
pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    read(text).map_err(|e| *e)
}

fn read(text: &str) -> Result<Node, Error> {
    let mut parser = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    if text.starts_with('\u{FEFF}') {
        parser.pos = '\u{FEFF}'.len_utf8();
    }
    parser.skip_whitespace();
    if parser.peek().is_none() {
        let end = parser.pos;
        return Err(syntax("empty file: expected a JSON object", end..end));
    }
    let node = parser.value("a value")?;
    parser.skip_whitespace();
    if parser.peek().is_some() {
        return Err(parser.unexpected("the end of the file after the JSON document"));
    }
    Ok(node)
}

/// Boxed: errors are rare, and a small `Result` keeps the happy path cheap.
type Error = Box<Diagnostic>;

/// A syntax error: what was expected and what was found, lowercase, at
/// `span`. The caller adds the help, which names its own schema.
fn syntax(message: impl Into<String>, span: Span) -> Error {
    Box::new(Diagnostic::new(
        span,
        format!("JSON syntax error: {}", message.into()),
    ))
}

/// A cursor over the text. `pos` only ever moves over ASCII bytes or whole
/// runs of characters, so it always sits on a character boundary.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// The text in `span`; every span built here lies on character boundaries.
    fn slice(&self, span: Span) -> &'a str {
        self.text.get(span).unwrap_or_default()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// What is at `pos`, for a message, with the span of that character.
    fn found_at(&self, pos: usize) -> (String, Span) {
        match self.text.get(pos..).and_then(|rest| rest.chars().next()) {
            None => ("end of file".to_owned(), pos..pos),
            Some(c) => (describe(c), pos..pos + c.len_utf8()),
        }
    }

    /// "expected …, found …" pointing at the current character.
    fn unexpected(&self, expected: &str) -> Error {
        let (found, span) = self.found_at(self.pos);
        syntax(format!("expected {expected}, found {found}"), span)
    }

    /// A value at the current position; `expected` names it in the error when
    /// none starts here.
    fn value(&mut self, expected: &str) -> Result<Node, Error> {
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                let (text, span) = self.string()?;
                Ok(Node {
                    span,
                    value: Value::Str(text),
                })
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b) if b.is_ascii_alphabetic() => self.word(expected),
            _ => Err(self.unexpected(expected)),
        }
    }

    /// Counts one more level of nesting at the opening bracket.
    fn enter(&mut self) -> Result<(), Error> {
        if self.depth == MAX_DEPTH {
            return Err(syntax(
                format!("expected at most {MAX_DEPTH} nested arrays and objects, found more"),
                self.pos..self.pos + 1,
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn object(&mut self) -> Result<Node, Error> {
        let start = self.pos;
        self.enter()?;
        self.pos += 1;
        self.skip_whitespace();
        let mut members = Vec::new();
        if self.peek() != Some(b'}') {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.unexpected(if members.is_empty() {
                        "a string key or `}`"
                    } else {
                        "a string key after `,`"
                    }));
                }
                let (name, span) = self.string()?;
                self.skip_whitespace();
                if self.peek() != Some(b':') {
                    return Err(self.unexpected("`:` after the object key"));
                }
                self.pos += 1;
                self.skip_whitespace();
                let value = self.value("a value after `:`")?;
                members.push((Key { name, span }, value));
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.skip_whitespace();
                    }
                    Some(b'}') => break,
                    _ => return Err(self.unexpected("`,` or `}` after an object member")),
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Node {
            span: start..self.pos,
            value: Value::Table(members),
        })
    }

    fn array(&mut self) -> Result<Node, Error> {
        let start = self.pos;
        self.enter()?;
        self.pos += 1;
        self.skip_whitespace();
        let mut elements = Vec::new();
        if self.peek() != Some(b']') {
            loop {
                elements.push(self.value(if elements.is_empty() {
                    "a value or `]`"
                } else {
                    "a value after `,`"
                })?);
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.skip_whitespace();
                    }
                    Some(b']') => break,
                    _ => return Err(self.unexpected("`,` or `]` after an array element")),
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Node {
            span: start..self.pos,
            value: Value::Array(elements),
        })
    }

    /// `true`, `false`, or a misspelling of a literal. The whole alphanumeric
    /// run is read so `trueish` or `NaN` is reported as one word.
    fn word(&mut self, expected: &str) -> Result<Node, Error> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.pos += 1;
        }
        let span = start..self.pos;
        let value = match self.slice(span.clone()) {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => {
                return Err(syntax(
                    "`null` is not allowed in a catalog; remove the field",
                    span,
                ))
            }
            word => return Err(syntax(format!("expected {expected}, found `{word}`"), span)),
        };
        Ok(Node { span, value })
    }

    /// A number, validated against the RFC 8259 grammar
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Node, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    self.skip_digits();
                    let span = start..self.pos;
                    return Err(syntax(
                        format!(
                            "expected a number without leading zeros, found `{}`",
                            self.slice(span.clone())
                        ),
                        span,
                    ));
                }
            }
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return Err(self.unexpected("a digit after `-`")),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.digits("a digit after `.`")?;
            integer = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.digits("a digit in the exponent")?;
            integer = false;
        }
        let span = start..self.pos;
        let literal = self.slice(span.clone());
        let value = if integer {
            // The grammar is checked, so the parse fails only out of range.
            Value::Int(match literal.parse() {
                Ok(n) => Int::Fits(n),
                Err(_) => Int::Overflow(literal.to_owned()),
            })
        } else {
            Value::Float(literal.to_owned())
        };
        Ok(Node { span, value })
    }

    fn skip_digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }

    /// One or more digits.
    fn digits(&mut self, expected: &str) -> Result<(), Error> {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.unexpected(expected));
        }
        self.skip_digits();
        Ok(())
    }

    /// The string whose opening quote is at the current position, unescaped,
    /// with its span including the quotes.
    fn string(&mut self) -> Result<(String, Span), Error> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy plain runs whole; they end at ASCII bytes, so on boundaries.
            let run = self.pos;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.pos += 1;
            }
            out.push_str(self.slice(run..self.pos));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok((out, start..self.pos));
                }
                Some(b'\\') => out.push(self.escape()?),
                Some(byte) => {
                    let escape = match byte {
                        b'\n' => "\\n".to_owned(),
                        b'\r' => "\\r".to_owned(),
                        b'\t' => "\\t".to_owned(),
                        _ => format!("\\u{byte:04x}"),
                    };
                    return Err(syntax(
                        format!(
                            "expected an escape such as `{escape}`, \
                             found raw control character U+{byte:04X} in a string"
                        ),
                        self.pos..self.pos + 1,
                    ));
                }
                None => {
                    return Err(syntax(
                        "unterminated string: expected a closing `\"`, found end of file",
                        start..start + 1,
                    ))
                }
            }
        }
    }

    /// The escape whose backslash is at the current position.
    fn escape(&mut self) -> Result<char, Error> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape(start);
            }
            _ => {
                let (found, span) = self.found_at(self.pos);
                return Err(syntax(
                    format!(
                        "expected one of `\"`, `\\`, `/`, `b`, `f`, `n`, `r`, `t`, `u` \
                         after `\\` in a string, found {found}"
                    ),
                    start..span.end,
                ));
            }
        };
        self.pos += 1;
        Ok(c)
    }

    /// The rest of a `\u` escape starting at `start`; a UTF-16 surrogate pair
    /// is written as two such escapes and joined here.
    fn unicode_escape(&mut self, start: usize) -> Result<char, Error> {
        let high = self.hex4(start)?;
        if let Some(c) = char::from_u32(high) {
            return Ok(c);
        }
        // Only surrogates are not chars; a pair must start with a high one.
        if high >= 0xDC00 {
            return Err(self.unpaired(start, "a `\\uD800`-`\\uDBFF` escape before it"));
        }
        let low_start = self.pos;
        if self.text.as_bytes().get(low_start..low_start + 2) != Some(b"\\u") {
            return Err(self.unpaired(start, "a `\\uDC00`-`\\uDFFF` escape after it"));
        }
        self.pos += 2;
        let low = self.hex4(low_start)?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(self.unpaired(start, "a `\\uDC00`-`\\uDFFF` escape after it"));
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            .ok_or_else(|| self.unpaired(start, "a valid surrogate pair"))
    }

    /// The four hex digits of the `\u` escape starting at `start`.
    fn hex4(&mut self, start: usize) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(digit) = self.peek().and_then(|b| char::from(b).to_digit(16)) else {
                let (found, span) = self.found_at(self.pos);
                return Err(syntax(
                    format!("expected 4 hex digits after `\\u`, found {found}"),
                    start..span.end,
                ));
            };
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// A lone surrogate escape (six bytes at `start`).
    fn unpaired(&self, start: usize, expected: &str) -> Error {
        let span = start..start + 6;
        syntax(
            format!(
                "unpaired surrogate `{}`: expected {expected}",
                self.slice(span.clone())
            ),
            span,
        )
    }
}

/// A found character as shown in a message: quoted when visible, as a code
/// point when it would print as nothing (controls, odd spaces, a stray BOM).
fn describe(c: char) -> String {
    if c.is_control() || c.is_whitespace() || c == '\u{FEFF}' {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(span: Span, value: Value) -> Node {
        Node { span, value }
    }

    fn key(name: &str, span: Span) -> Key {
        Key {
            name: name.to_owned(),
            span,
        }
    }

    fn value(text: &str) -> Value {
        match parse(text) {
            Ok(node) => node.value,
            Err(e) => panic!("{text:?} failed: {e:?}"),
        }
    }

    fn string(text: &str) -> String {
        match value(text) {
            Value::Str(s) => s,
            other => panic!("{text:?} is not a string: {other:?}"),
        }
    }

    #[track_caller]
    fn assert_error(text: &str, message: &str, span: Span) {
        match parse(text) {
            Ok(node) => panic!("{text:?} parsed as {node:?}"),
            Err(e) => {
                assert!(
                    e.message.contains(message),
                    "{text:?}: {:?} lacks {message:?}",
                    e.message
                );
                assert_eq!(e.span, Some(span), "{text:?}: {:?}", e.message);
            }
        }
    }

    #[test]
    fn spans_of_nested_keys_and_values() {
        let text = r#"{"a": {"bc": [1, "x\n"]}, "d": true}"#;
        let inner_array = node(
            13..23,
            Value::Array(vec![
                node(14..15, Value::Int(Int::Fits(1))),
                node(17..22, Value::Str("x\n".into())),
            ]),
        );
        let expected = node(
            0..36,
            Value::Table(vec![
                (
                    key("a", 1..4),
                    node(6..24, Value::Table(vec![(key("bc", 7..11), inner_array)])),
                ),
                (key("d", 26..29), node(31..35, Value::Bool(true))),
            ]),
        );
        assert_eq!(parse(text), Ok(expected));
    }

    #[test]
    fn empty_containers_and_whitespace() {
        assert_eq!(
            parse(" \t\r\n{ }\n"),
            Ok(node(4..7, Value::Table(Vec::new())))
        );
        assert_eq!(parse("[\n]"), Ok(node(0..3, Value::Array(Vec::new()))));
        assert_eq!(parse("false"), Ok(node(0..5, Value::Bool(false))));
    }

    #[test]
    fn duplicate_keys_are_kept_in_order() {
        let Value::Table(members) = value(r#"{"k": 1, "j": 2, "k": 3}"#) else {
            panic!("not a table");
        };
        let names: Vec<_> = members.iter().map(|(k, _)| k.name.as_str()).collect();
        assert_eq!(names, ["k", "j", "k"]);
        assert_eq!(members[2].0.span, 17..20);
        assert_eq!(members[2].1, node(22..23, Value::Int(Int::Fits(3))));
    }

    #[test]
    fn integers_fit_i64_or_overflow() {
        let fits = |n: i64| Value::Int(Int::Fits(n));
        let overflow = |s: &str| Value::Int(Int::Overflow(s.into()));
        assert_eq!(value("9223372036854775807"), fits(i64::MAX));
        assert_eq!(value("-9223372036854775808"), fits(i64::MIN));
        assert_eq!(
            value("9223372036854775808"),
            overflow("9223372036854775808")
        );
        assert_eq!(
            value("-9223372036854775809"),
            overflow("-9223372036854775809")
        );
        assert_eq!(value("0"), fits(0));
        assert_eq!(value("-0"), fits(0));
        assert_eq!(value("4026"), fits(4026));
    }

    #[test]
    fn floats_keep_their_text() {
        for text in ["1.5", "-0.0", "0.25", "1e10", "2E-3", "1.0e+2", "-7e0"] {
            assert_eq!(value(text), Value::Float(text.into()), "{text}");
        }
        assert_eq!(
            parse("[1.5]").map(|n| n.value),
            Ok(Value::Array(vec![node(1..4, Value::Float("1.5".into()))]))
        );
    }

    #[test]
    fn escapes_and_surrogate_pairs() {
        assert_eq!(
            string(r#""\" \\ \/ \b \f \n \r \t""#),
            "\" \\ / \u{8} \u{c} \n \r \t"
        );
        assert_eq!(string(r#""\u00e9\u00C9\u0041""#), "éÉA");
        assert_eq!(string(r#""\ud83d\ude00""#), "😀");
        assert_eq!(string(r#""a\uD834\uDD1Eb""#), "a𝄞b");
        assert_eq!(string("\"raw é 😀 \u{7f}\""), "raw é 😀 \u{7f}");
        assert_eq!(string(r#""\u0000""#), "\0");
        assert_eq!(parse(r#""\u00e9""#), Ok(node(0..8, Value::Str("é".into()))));
    }

    #[test]
    fn byte_order_mark_is_skipped() {
        let text = "\u{FEFF}{\"a\": 1}";
        assert_eq!(
            parse(text),
            Ok(node(
                3..11,
                Value::Table(vec![(
                    key("a", 4..7),
                    node(9..10, Value::Int(Int::Fits(1)))
                )])
            ))
        );
        // Only at the very start.
        assert_error(" \u{FEFF}{}", "expected a value, found U+FEFF", 1..4);
    }

    #[test]
    fn empty_input() {
        assert_error("", "empty file: expected a JSON object", 0..0);
        assert_error(" \n ", "empty file: expected a JSON object", 3..3);
        assert_error("\u{FEFF}", "empty file: expected a JSON object", 3..3);
    }

    #[test]
    fn null_is_rejected() {
        let message = "`null` is not allowed in a catalog; remove the field";
        assert_error("null", message, 0..4);
        assert_error(r#"{"a": null}"#, message, 6..10);
        assert_error("[1, null]", message, 4..8);
    }

    #[test]
    fn literals_and_stray_characters() {
        assert_error("True", "expected a value, found `True`", 0..4);
        assert_error("[nulls]", "expected a value or `]`, found `nulls`", 1..6);
        assert_error(
            r#"{"a": NaN}"#,
            "expected a value after `:`, found `NaN`",
            6..9,
        );
        assert_error("'a'", "expected a value, found `'`", 0..1);
        assert_error("“a”", "expected a value, found `“`", 0..3);
    }

    #[test]
    fn number_grammar_is_strict() {
        assert_error(
            "01",
            "expected a number without leading zeros, found `01`",
            0..2,
        );
        assert_error("[-007]", "leading zeros, found `-007`", 1..5);
        assert_error("+1", "expected a value, found `+`", 0..1);
        assert_error(".5", "expected a value, found `.`", 0..1);
        assert_error("-", "expected a digit after `-`, found end of file", 1..1);
        assert_error("-a", "expected a digit after `-`, found `a`", 1..2);
        assert_error("1.", "expected a digit after `.`, found end of file", 2..2);
        assert_error("[1.e5]", "expected a digit after `.`, found `e`", 3..4);
        assert_error(
            "1e",
            "expected a digit in the exponent, found end of file",
            2..2,
        );
        assert_error("1e+]", "expected a digit in the exponent, found `]`", 3..4);
        assert_error("1.2.3", "expected the end of the file", 3..4);
        assert_error("0x10", "after the JSON document, found `x`", 1..2);
    }

    #[test]
    fn string_errors_point_at_the_escape() {
        assert_error(r#""a\qb""#, "after `\\` in a string, found `q`", 2..4);
        assert_error(r#""\"#, "after `\\` in a string, found end of file", 1..2);
        assert_error(
            r#""\u12G4""#,
            "expected 4 hex digits after `\\u`, found `G`",
            1..6,
        );
        assert_error(
            r#""\u12"#,
            "expected 4 hex digits after `\\u`, found end of file",
            1..5,
        );
        assert_error(
            r#""x\ud83d""#,
            "unpaired surrogate `\\ud83d`: expected a `\\uDC00`-`\\uDFFF` escape after it",
            2..8,
        );
        assert_error(r#""\uD83Dx""#, "unpaired surrogate `\\uD83D`", 1..7);
        assert_error(r#""\uD83D\n""#, "unpaired surrogate `\\uD83D`", 1..7);
        assert_error(r#""\uD83D\u0041""#, "unpaired surrogate `\\uD83D`", 1..7);
        assert_error(r#""\uD83D\uD83D""#, "unpaired surrogate `\\uD83D`", 1..7);
        assert_error(
            r#""\uD83D\uZ""#,
            "expected 4 hex digits after `\\u`, found `Z`",
            7..10,
        );
        assert_error(
            r#""\ude00""#,
            "unpaired surrogate `\\ude00`: expected a `\\uD800`-`\\uDBFF` escape before it",
            1..7,
        );
    }

    #[test]
    fn raw_control_characters_and_unterminated_strings() {
        assert_error(
            "\"a\nb\"",
            "expected an escape such as `\\n`, found raw control character U+000A",
            2..3,
        );
        assert_error("\"\t\"", "such as `\\t`", 1..2);
        assert_error(
            "\"\u{1}\"",
            "such as `\\u0001`, found raw control character U+0001",
            1..2,
        );
        assert_error(
            r#"{"a": "b"#,
            "unterminated string: expected a closing `\"`, found end of file",
            6..7,
        );
        assert_error(r#"{"a"#, "unterminated string", 1..2);
    }

    #[test]
    fn structure_errors() {
        assert_error(
            r#"{"a": 1]"#,
            "expected `,` or `}` after an object member, found `]`",
            7..8,
        );
        assert_error(
            r#"{"a": 1 "b": 2}"#,
            "expected `,` or `}` after an object member, found `\"`",
            8..9,
        );
        assert_error(
            r#"{"a": 1,}"#,
            "expected a string key after `,`, found `}`",
            8..9,
        );
        assert_error("{a: 1}", "expected a string key or `}`, found `a`", 1..2);
        assert_error("{1: 1}", "expected a string key or `}`, found `1`", 1..2);
        assert_error(
            r#"{"a" 1}"#,
            "expected `:` after the object key, found `1`",
            5..6,
        );
        assert_error(r#"{"a":}"#, "expected a value after `:`, found `}`", 5..6);
        assert_error(
            "[1 2]",
            "expected `,` or `]` after an array element, found `2`",
            3..4,
        );
        assert_error("[1,]", "expected a value after `,`, found `]`", 3..4);
        assert_error("[,]", "expected a value or `]`, found `,`", 1..2);
        assert_error("[1}", "after an array element, found `}`", 2..3);
        assert_error("{", "expected a string key or `}`, found end of file", 1..1);
        assert_error("[", "expected a value or `]`, found end of file", 1..1);
        assert_error(
            r#"{"a": [1"#,
            "after an array element, found end of file",
            8..8,
        );
        assert_error(
            "{} {}",
            "expected the end of the file after the JSON document, found `{`",
            3..4,
        );
        assert_error("{}\u{0}", "after the JSON document, found U+0000", 2..3);
        assert_error("{}\u{a0}", "after the JSON document, found U+00A0", 2..4);
    }

    #[test]
    fn nesting_depth_is_limited() {
        let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert_error(
            &nested(MAX_DEPTH + 1),
            "expected at most 128 nested arrays and objects, found more",
            128..129,
        );
        // Objects and arrays count together.
        let mixed = |depth: usize| "{\"a\":[".repeat(depth / 2) + &"]}".repeat(depth / 2);
        assert!(parse(&mixed(MAX_DEPTH)).is_ok());
        let too_deep = mixed(MAX_DEPTH + 2);
        assert_error(&too_deep, "nested arrays and objects", 64 * 6..64 * 6 + 1);
        // Far too deep still fails cleanly rather than overflowing the stack.
        assert!(parse(&"[".repeat(1_000_000)).is_err());
    }

    /// Every span of a parsed tree lies on character boundaries of `text`.
    fn check_spans(text: &str, node: &Node) {
        assert!(text.get(node.span.clone()).is_some(), "{node:?}");
        match &node.value {
            Value::Array(elements) => elements.iter().for_each(|e| check_spans(text, e)),
            Value::Table(members) => {
                for (key, value) in members {
                    assert!(text
                        .get(key.span.clone())
                        .is_some_and(|k| k.starts_with('"')));
                    check_spans(text, value);
                }
            }
            _ => {}
        }
    }

    fn check(text: &str) {
        match parse(text) {
            Ok(node) => check_spans(text, &node),
            Err(e) => {
                assert!(
                    e.span.clone().is_some_and(|span| text.get(span).is_some()),
                    "{text:?}: {e:?}"
                );
                assert!(!e.message.is_empty());
            }
        }
    }

    /// xorshift64: deterministic, no crates.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn random_input_never_panics() {
        const PIECES: &[&str] = &[
            "{", "}", "[", "]", "\"", "\\", ":", ",", " ", "\n", "u", "d", "8", "3", "0", "1", "-",
            "+", ".", "e", "E", "a", "true", "null", "\\u", "\\ud83d", "\\ude00", "é", "😀",
            "\u{FEFF}", "\u{1}", "\"k\":",
        ];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for _ in 0..400 {
            let len = next(&mut state) % 40;
            let bytes: Vec<u8> = (0..len)
                .map(|_| next(&mut state).to_le_bytes()[0])
                .collect();
            check(&String::from_utf8_lossy(&bytes));

            let len = next(&mut state) % 40;
            let text: String = (0..len)
                .map(|_| PIECES[(next(&mut state) % PIECES.len() as u64) as usize])
                .collect();
            check(&text);
        }
    }

    #[test]
    fn every_prefix_of_a_document_is_handled() {
        let text = "\u{FEFF}{\"codes\": {\"4026\": {\"name\": \"Sign\\u00e9\\ud83d\\ude00 é\", \
                    \"retry\": [true, false, -1.5e3, 9223372036854775808]}}}";
        assert!(parse(text).is_ok());
        for end in (0..text.len()).filter(|&end| text.is_char_boundary(end)) {
            let prefix = &text[..end];
            assert!(parse(prefix).is_err(), "{prefix:?}");
            check(prefix);
        }
    }
}
