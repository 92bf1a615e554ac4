//! TOML text → the spanned document tree: a dependency-free reader of TOML
//! 1.1 (the version the `toml` crate reads), written for the macro, which runs
//! unoptimised: one pass over the bytes, no allocation per token. The `toml`
//! crate is its oracle in the tests (`tests/toml_oracle.rs`) and the fuzz
//! target `toml_doc`.
//!
//! Spans follow `toml`'s: a value's text, a key's text (with its quotes), a
//! table header's brackets for the table it defines, and for a table made
//! implicitly (by a header's or a dotted key's prefix) the key's first mention.

use crate::diagnostic::{Diagnostic, SCHEMA_DOCS};
use crate::fnv::FnvMap;
use crate::value::{Int, Key, Node, Span, Value};
use std::fmt::Write as _;

/// Deepest nesting of arrays and inline tables accepted: it bounds the
/// recursion, so hostile input gets an error instead of a stack overflow.
const MAX_DEPTH: usize = 128;

/// Parses a TOML document; a syntax error is one diagnostic at its position.
pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        // A byte-order mark is skipped (spans still count it).
        pos: if text.starts_with('\u{feff}') { 3 } else { 0 },
        depth: 0,
    };
    reader.document().map_err(|error| *error)
}

/// Boxed: errors are rare, and a small `Result` keeps the happy path cheap.
type Error = Box<Diagnostic>;

fn syntax(span: Span, message: impl Into<String>) -> Error {
    let message = message.into();
    Box::new(
        Diagnostic::new(span, format!("TOML syntax error: {message}"))
            .help(format!("fix the TOML syntax; {SCHEMA_DOCS} has the schema")),
    )
}

/// How a table came to be, which decides what may still add to it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The root, or made by a header's prefix: a header may still define it.
    Implicit,
    /// Defined by its own `[header]` (or `[[header]]` element).
    Header,
    /// Made by a dotted key's prefix: more dotted keys may add to it.
    Dotted,
    /// An inline table: closed.
    Inline,
}

/// A table under construction.
struct Table {
    span: Span,
    kind: Kind,
    entries: Vec<(Key, Item)>,
    /// Key → position in `entries`, once there are more than `SCAN` (a
    /// catalog's `codes` table has one entry per code).
    index: FnvMap<String, usize>,
    /// Whether a key moved (an implicit table defined later), so `entries`
    /// must be put back in source order.
    resorted: bool,
}

/// Tables up to this size are searched, not indexed.
const SCAN: usize = 8;

enum Item {
    Value(Node),
    Table(Box<Table>),
    /// `[[header]]` elements, with the span of the first header.
    Tables(Span, Vec<Table>),
}

impl Table {
    fn new(span: Span, kind: Kind) -> Self {
        Table {
            span,
            kind,
            entries: Vec::new(),
            index: FnvMap::default(),
            resorted: false,
        }
    }

    fn find(&self, name: &str) -> Option<usize> {
        if self.entries.len() <= SCAN {
            let mut i = 0;
            while i < self.entries.len() {
                if self.entries[i].0.name == name {
                    return Some(i);
                }
                i += 1;
            }
            return None;
        }
        self.index.get(name).copied()
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut Item> {
        let i = self.find(name)?;
        Some(&mut self.entries[i].1)
    }

    fn insert(&mut self, key: Key, item: Item) -> &mut Item {
        let i = self.entries.len();
        if i == SCAN {
            for (j, (k, _)) in self.entries.iter().enumerate() {
                self.index.insert(k.name.clone(), j);
            }
        }
        if i >= SCAN {
            self.index.insert(key.name.clone(), i);
        }
        self.entries.push((key, item));
        &mut self.entries[i].1
    }

    fn into_node(mut self) -> Node {
        if self.resorted {
            self.entries.sort_by_key(|(key, _)| key.span.start);
        }
        let entries = self
            .entries
            .into_iter()
            .map(|(key, item)| (key, item.into_node()))
            .collect();
        Node {
            span: self.span,
            value: Value::Table(entries),
        }
    }
}

impl Item {
    fn into_node(self) -> Node {
        match self {
            Item::Value(node) => node,
            Item::Table(table) => table.into_node(),
            Item::Tables(span, tables) => Node {
                span,
                value: Value::Array(tables.into_iter().map(Table::into_node).collect()),
            },
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

fn err<T>(span: Span, message: impl Into<String>) -> Result<T, Error> {
    Err(syntax(span, message))
}

fn is_bare(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

fn duplicate(span: Span) -> Error {
    syntax(span, "duplicate key")
}

/// A `[codes.X]` table defined twice: the catalog's mistake, said as the
/// JSON reader's twin says it (`duplicate code 4026 … (first at 5:1)`), not
/// as a syntax error.
fn duplicate_code(key: &Key, first: Span) -> Error {
    let name = &key.name;
    let code = if crate::names::is_decimal(name) {
        name.clone()
    } else {
        format!("{name:?}")
    };
    let label = format!("[codes.{name}]");
    Box::new(crate::diagnostic::duplicate_code(
        key.span.clone(),
        &code,
        &label,
        &label,
        first,
    ))
}

impl<'a> Reader<'a> {
    // Direct indexing throughout: the macro runs unoptimised, where every
    // `get`/`copied`/iterator adapter is a call.
    fn peek(&self) -> Option<u8> {
        if self.pos < self.bytes.len() {
            Some(self.bytes[self.pos])
        } else {
            None
        }
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        if self.pos + offset < self.bytes.len() {
            Some(self.bytes[self.pos + offset])
        } else {
            None
        }
    }

    /// Whether the text at the position starts with the three bytes.
    fn at3(&self, three: &[u8; 3]) -> bool {
        self.pos + 3 <= self.bytes.len()
            && self.bytes[self.pos] == three[0]
            && self.bytes[self.pos + 1] == three[1]
            && self.bytes[self.pos + 2] == three[2]
    }

    fn here(&self) -> Span {
        self.pos..self.pos
    }

    /// An error at the current byte (or the end), naming what was expected.
    fn expected<T>(&self, what: &str) -> Result<T, Error> {
        let found = match self.peek() {
            None => "end of file".to_owned(),
            Some(b'\n') => "a line break".to_owned(),
            Some(_) => {
                let c = self.text[self.pos..].chars().next().unwrap_or('?');
                format!("`{}`", c.escape_debug())
            }
        };
        err(self.here(), format!("expected {what}, found {found}"))
    }

    fn skip_ws(&mut self) {
        while self.pos < self.bytes.len() && matches!(self.bytes[self.pos], b' ' | b'\t') {
            self.pos += 1;
        }
    }

    /// A comment, if one starts here, up to (not including) the line break.
    fn comment(&mut self) -> Result<(), Error> {
        if self.peek() != Some(b'#') {
            return Ok(());
        }
        self.pos += 1;
        while let Some(b) = self.peek() {
            match b {
                b'\n' => break,
                b'\r' if self.peek_at(1) == Some(b'\n') => break,
                b'\t' | 0x20..=0x7e | 0x80.. => self.pos += 1,
                _ => return err(self.pos..self.pos + 1, "invalid comment character"),
            }
        }
        Ok(())
    }

    /// A line break (or the end of the file).
    fn newline(&mut self) -> Result<bool, Error> {
        match self.peek() {
            Some(b'\n') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b'\r') if self.peek_at(1) == Some(b'\n') => {
                self.pos += 2;
                Ok(true)
            }
            Some(b'\r') => err(
                self.pos + 1..self.pos + 1,
                "carriage return must be followed by newline",
            ),
            _ => Ok(false),
        }
    }

    /// Whitespace, comments and line breaks (inside arrays and inline tables).
    fn skip_ws_comments_newlines(&mut self) -> Result<(), Error> {
        loop {
            self.skip_ws();
            self.comment()?;
            if !self.newline()? {
                return Ok(());
            }
        }
    }

    /// The rest of a line: whitespace, a comment, then a line break or the end.
    fn end_of_line(&mut self) -> Result<(), Error> {
        self.skip_ws();
        self.comment()?;
        if self.newline()? || self.peek().is_none() {
            Ok(())
        } else {
            self.expected("a line break")
        }
    }

    fn document(&mut self) -> Result<Node, Error> {
        let mut root = Table::new(0..0, Kind::Implicit);
        // The path of the table the current section adds to.
        let mut current: Vec<String> = Vec::new();
        loop {
            let table = section(&mut root, &current)?;
            if !self.section_body(table)? {
                break;
            }
            current = self.header(&mut root)?;
            self.end_of_line()?;
        }
        Ok(root.into_node())
    }

    /// The key/value lines of a section into `table`, up to the next header
    /// (`true`) or the end of the file (`false`).
    fn section_body(&mut self, table: &mut Table) -> Result<bool, Error> {
        loop {
            self.skip_ws();
            match self.peek() {
                None => return Ok(false),
                Some(b'[') => return Ok(true),
                Some(b'#' | b'\n' | b'\r') => self.end_of_line()?,
                Some(_) => {
                    self.key_value(table, false)?;
                    self.end_of_line()?;
                }
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`: defines the table and returns its path.
    fn header(&mut self, root: &mut Table) -> Result<Vec<String>, Error> {
        let start = self.pos;
        let array = self.peek_at(1) == Some(b'[');
        self.pos += if array { 2 } else { 1 };
        self.skip_ws();
        let keys = self.dotted_key()?;
        for _ in 0..if array { 2 } else { 1 } {
            if self.peek() != Some(b']') {
                return self.expected(if array { "`]]`" } else { "`]`" });
            }
            self.pos += 1;
        }
        let span = start..self.pos;
        let Some((last, prefix)) = keys.split_last() else {
            return self.expected("a key");
        };
        let mut table = root;
        for key in prefix {
            table = descend_for_header(table, key)?;
        }
        match table.get_mut(&last.name) {
            None if array => {
                let element = Table::new(span.clone(), Kind::Header);
                table.insert(last.clone(), Item::Tables(span, vec![element]));
            }
            None => {
                table.insert(
                    last.clone(),
                    Item::Table(Box::new(Table::new(span, Kind::Header))),
                );
            }
            Some(Item::Tables(_, tables)) if array => {
                tables.push(Table::new(span, Kind::Header));
            }
            Some(Item::Table(t)) if !array && t.kind == Kind::Implicit => {
                // Defined now: it takes the header's key and span.
                t.kind = Kind::Header;
                t.span = span;
                if let Some(i) = table.find(&last.name) {
                    table.entries[i].0.span = last.span.clone();
                    table.resorted = true;
                }
            }
            Some(_) => {
                let first = table
                    .find(&last.name)
                    .map(|i| table.entries[i].0.span.clone());
                return Err(match (prefix, first) {
                    ([codes], Some(first)) if codes.name == "codes" && !array => {
                        duplicate_code(last, first)
                    }
                    _ => duplicate(last.span.clone()),
                });
            }
        }
        Ok(keys.into_iter().map(|k| k.name).collect())
    }

    /// `key = value` into `table`; a dotted key makes or extends the tables
    /// of its prefix. In an inline table, line breaks and comments may come
    /// before and after the `=`.
    fn key_value(&mut self, table: &mut Table, inline: bool) -> Result<(), Error> {
        let keys = self.dotted_key()?;
        if inline {
            self.skip_ws_comments_newlines()?;
        }
        if self.peek() != Some(b'=') {
            return self.expected("`=`");
        }
        self.pos += 1;
        if inline {
            self.skip_ws_comments_newlines()?;
        } else {
            self.skip_ws();
        }
        let value = self.value()?;
        let Some((last, prefix)) = keys.split_last() else {
            return self.expected("a key");
        };
        let mut table = table;
        for key in prefix {
            table = descend_for_dotted_key(table, key)?;
        }
        if table.find(&last.name).is_some() {
            return Err(duplicate(last.span.clone()));
        }
        table.insert(last.clone(), value);
        Ok(())
    }

    /// `a . "b" . 'c'`, with the whitespace after it.
    fn dotted_key(&mut self) -> Result<Vec<Key>, Error> {
        let mut keys = vec![self.simple_key()?];
        loop {
            self.skip_ws();
            if self.peek() != Some(b'.') {
                return Ok(keys);
            }
            self.pos += 1;
            self.skip_ws();
            keys.push(self.simple_key()?);
        }
    }

    fn simple_key(&mut self) -> Result<Key, Error> {
        let start = self.pos;
        let name = match self.peek() {
            Some(b'"') => {
                if self.at3(b"\"\"\"") {
                    return err(self.here(), "multi-line strings are not allowed in keys");
                }
                self.basic_string()?
            }
            Some(b'\'') => {
                if self.at3(b"'''") {
                    return err(self.here(), "multi-line strings are not allowed in keys");
                }
                self.literal_string()?
            }
            Some(b) if is_bare(b) => {
                while self.pos < self.bytes.len() && is_bare(self.bytes[self.pos]) {
                    self.pos += 1;
                }
                self.text[start..self.pos].to_owned()
            }
            _ => return self.expected("a key"),
        };
        Ok(Key {
            name,
            span: start..self.pos,
        })
    }

    fn value(&mut self) -> Result<Item, Error> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b'"') if self.at3(b"\"\"\"") => Value::Str(self.ml_string(b'"')?),
            Some(b'"') => Value::Str(self.basic_string()?),
            Some(b'\'') if self.at3(b"'''") => Value::Str(self.ml_string(b'\'')?),
            Some(b'\'') => Value::Str(self.literal_string()?),
            Some(b'[') => return self.array().map(Item::Value),
            Some(b'{') => return self.inline_table().map(|t| Item::Table(Box::new(t))),
            Some(b't') if self.bytes[self.pos..].starts_with(b"true") => {
                self.pos += 4;
                Value::Bool(true)
            }
            Some(b'f') if self.bytes[self.pos..].starts_with(b"false") => {
                self.pos += 5;
                Value::Bool(false)
            }
            Some(b'0'..=b'9' | b'+' | b'-' | b'i' | b'n') => self.number_or_date()?,
            _ => return self.expected("a value"),
        };
        Ok(Item::Value(Node {
            span: start..self.pos,
            value,
        }))
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err(self.here(), "nested too deeply");
        }
        Ok(())
    }

    fn array(&mut self) -> Result<Node, Error> {
        let mut items = Vec::new();
        let span = self.list(b']', "`,` or `]`", |r| {
            items.push(r.value()?.into_node());
            Ok(())
        })?;
        Ok(Node {
            span,
            value: Value::Array(items),
        })
    }

    /// The items of `[…]` or `{…}`, the position on the opening bracket:
    /// each read by `item`, separated by commas (a trailing one allowed),
    /// with line breaks and comments between them, up to `close`. Returns
    /// the span from bracket to bracket.
    fn list(
        &mut self,
        close: u8,
        expected: &str,
        mut item: impl FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<Span, Error> {
        self.enter()?;
        let start = self.pos;
        self.pos += 1;
        loop {
            self.skip_ws_comments_newlines()?;
            if self.peek() == Some(close) {
                break;
            }
            item(self)?;
            self.skip_ws_comments_newlines()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(c) if c == close => break,
                _ => return self.expected(expected),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(start..self.pos)
    }

    /// `{ a = 1, b.c = 2 }`; TOML 1.1 allows line breaks, comments and a
    /// trailing comma inside.
    fn inline_table(&mut self) -> Result<Table, Error> {
        let mut table = Table::new(0..0, Kind::Inline);
        // Dotted keys inside make tables that are as closed as this one.
        table.span = self.list(b'}', "`,` or `}`", |r| r.key_value(&mut table, true))?;
        close(&mut table);
        Ok(table)
    }

    /// `"…"`: the position is on the opening quote.
    fn basic_string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            // Plain characters in one step.
            while self.pos < self.bytes.len() {
                let b = self.bytes[self.pos];
                if b == b'"' || b == b'\\' || (b < 0x20 && b != b'\t') || b == 0x7f {
                    break;
                }
                self.pos += 1;
            }
            match self.peek() {
                Some(b'"') => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.pos]);
                    self.escape(&mut out)?;
                    run = self.pos;
                }
                Some(b'\t' | 0x20..=0x7e | 0x80..) => self.pos += 1,
                None | Some(b'\n') => {
                    return err(self.here(), "invalid basic string, expected `\"`")
                }
                Some(_) => {
                    return Err(self.raw_control("invalid basic string", "an escape such as"))
                }
            }
        }
    }

    /// A control character (a CR without LF too) written raw inside a
    /// string, which TOML forbids; the position is on it.
    fn raw_control(&self, what: &str, fix: &str) -> Error {
        let b = self.bytes[self.pos];
        let escape = match b {
            b'\r' => "\\r".to_owned(),
            _ => format!("\\u{b:04X}"),
        };
        syntax(
            self.pos..self.pos + 1,
            format!("{what}: raw control character U+{b:04X}; write {fix} `{escape}`"),
        )
    }

    /// `\…` in a basic string: the position is on the backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            Some(b'b') => '\u{8}',
            Some(b'e') => '\u{1b}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'\\') => '\\',
            Some(b'"') => '"',
            Some(b @ (b'x' | b'u' | b'U')) => {
                let digits = match b {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = self.bytes.get(self.pos + 1..self.pos + 1 + digits);
                let value = hex
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
                    .and_then(char::from_u32);
                let Some(c) = value else {
                    let end = self.pos + 1 + digits;
                    let message = match hex
                        .map(|h| std::str::from_utf8(h).map(|h| u32::from_str_radix(h, 16)))
                    {
                        Some(Ok(Ok(0xd800..=0xdfff))) => format!(
                            "invalid unicode escape `{}`: a UTF-16 surrogate is not a character; \
                             write the character itself or `\\U` and its 8-digit code point",
                            &self.text[start..end]
                        ),
                        Some(Ok(Ok(_))) => format!(
                            "invalid unicode escape `{}`: beyond U+10FFFF",
                            &self.text[start..end]
                        ),
                        _ => format!("invalid unicode escape: expected {digits} hex digits"),
                    };
                    return err(start..self.pos + 1, &message);
                };
                self.pos += 1 + digits;
                out.push(c);
                return Ok(());
            }
            _ => return err(start..self.pos, "invalid escape sequence"),
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    /// `'…'`: the position is on the opening quote.
    fn literal_string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek() {
                Some(b'\'') => {
                    let s = self.text[start..self.pos].to_owned();
                    self.pos += 1;
                    return Ok(s);
                }
                Some(b'\t' | 0x20..=0x7e | 0x80..) => self.pos += 1,
                None | Some(b'\n') => {
                    return err(self.here(), "invalid literal string, expected `'`")
                }
                Some(_) => {
                    return Err(
                        self.raw_control("invalid literal string", "a basic string (\"…\") with")
                    )
                }
            }
        }
    }

    /// `"""…"""` (basic: a backslash escapes, and at the end of a line joins
    /// it to the next non-blank text) or `'''…'''` (literal). A line break
    /// right after the opening quotes is dropped; up to two quotes may end
    /// the content.
    fn ml_string(&mut self, quote: u8) -> Result<String, Error> {
        let basic = quote == b'"';
        let (what, fix) = if basic {
            ("invalid multi-line basic string", "an escape such as")
        } else {
            (
                "invalid multi-line literal string",
                "a basic string (\"\"\"…\"\"\") with",
            )
        };
        self.pos += 3;
        self.newline()?;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            match self.peek() {
                Some(q) if q == quote && self.at3(&[quote; 3]) => {
                    let mut quotes = 3;
                    while quotes < 5 && self.peek_at(quotes) == Some(quote) {
                        quotes += 1;
                    }
                    out.push_str(&self.text[run..self.pos + quotes - 3]);
                    self.pos += quotes;
                    return Ok(out);
                }
                Some(b'\\') if basic => {
                    out.push_str(&self.text[run..self.pos]);
                    if self.line_ending_backslash()? {
                        self.skip_ml_whitespace()?;
                    } else {
                        self.escape(&mut out)?;
                    }
                    run = self.pos;
                }
                Some(b'\r') => {
                    if self.peek_at(1) != Some(b'\n') {
                        return Err(self.raw_control(what, fix));
                    }
                    out.push_str(&self.text[run..self.pos]);
                    out.push('\n');
                    self.pos += 2;
                    run = self.pos;
                }
                Some(b'\t' | b'\n' | 0x20..=0x7e | 0x80..) => self.pos += 1,
                None => {
                    let q = char::from(quote);
                    return err(self.here(), format!("{what}, expected `{q}{q}{q}`"));
                }
                Some(_) => return Err(self.raw_control(what, fix)),
            }
        }
    }

    /// Whether the backslash here ends its line (only whitespace after it).
    fn line_ending_backslash(&self) -> Result<bool, Error> {
        let mut i = self.pos + 1;
        while let Some(b' ' | b'\t') = self.bytes.get(i) {
            i += 1;
        }
        Ok(matches!(
            (self.bytes.get(i), self.bytes.get(i + 1)),
            (Some(b'\n'), _) | (Some(b'\r'), Some(b'\n'))
        ))
    }

    fn skip_ml_whitespace(&mut self) -> Result<(), Error> {
        self.pos += 1;
        loop {
            self.skip_ws();
            if !self.newline()? {
                return Ok(());
            }
        }
    }

    /// An integer, a float or a date-time: the token runs to the next
    /// delimiter (a space may join a date to its time).
    fn number_or_date(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        while let Some(b) = self.peek() {
            let joins_time = b == b' '
                && self.pos - start == 10
                && self.peek_at(1).is_some_and(|d| d.is_ascii_digit())
                && is_date(&self.bytes[start..self.pos]);
            if !(b.is_ascii_alphanumeric()
                || matches!(b, b'+' | b'-' | b'_' | b'.' | b':')
                || joins_time)
            {
                break;
            }
            self.pos += 1;
        }
        let token = &self.text[start..self.pos];
        let span = start..self.pos;
        scalar(token).ok_or_else(|| syntax(span, format!("invalid value `{token}`")))
    }
}

/// The table the current section adds to, at `path` from the root (made by
/// the header that set the path).
fn section<'t>(table: &'t mut Table, path: &[String]) -> Result<&'t mut Table, Error> {
    let Some((first, rest)) = path.split_first() else {
        return Ok(table);
    };
    let child = table
        .find(first)
        .and_then(|i| child_mut(&mut table.entries[i].1));
    match child {
        Some(t) => section(t, rest),
        None => err(0..0, "a header's path is not a table"),
    }
}

/// The table an item is, or the last element of an array of tables.
fn child_mut(item: &mut Item) -> Option<&mut Table> {
    match item {
        Item::Table(t) => Some(t),
        Item::Tables(_, tables) => tables.last_mut(),
        Item::Value(_) => None,
    }
}

/// One step of a header's path: into (or making) a table that headers may
/// still extend; the last `[[array]]` element for an array of tables.
fn descend_for_header<'t>(table: &'t mut Table, key: &Key) -> Result<&'t mut Table, Error> {
    let item = match table.find(&key.name) {
        None => {
            let made = Table::new(key.span.clone(), Kind::Implicit);
            table.insert(key.clone(), Item::Table(Box::new(made)))
        }
        Some(i) => match &mut table.entries[i].1 {
            Item::Table(t) if t.kind == Kind::Inline => return Err(duplicate(key.span.clone())),
            item => item,
        },
    };
    child_mut(item).ok_or_else(|| duplicate(key.span.clone()))
}

/// One step of a dotted key's prefix: into (or making) a table made by dotted
/// keys (of this section, or of the inline table being read).
fn descend_for_dotted_key<'t>(table: &'t mut Table, key: &Key) -> Result<&'t mut Table, Error> {
    let item = match table.find(&key.name) {
        None => {
            let made = Table::new(key.span.clone(), Kind::Dotted);
            table.insert(key.clone(), Item::Table(Box::new(made)))
        }
        // A table a header's prefix made takes dotted keys too, and is then
        // closed to headers.
        Some(i) => match &mut table.entries[i].1 {
            Item::Table(t) if matches!(t.kind, Kind::Dotted | Kind::Implicit) => {
                t.kind = Kind::Dotted;
                &mut table.entries[i].1
            }
            _ => return Err(duplicate(key.span.clone())),
        },
    };
    child_mut(item).ok_or_else(|| duplicate(key.span.clone()))
}

/// Marks an inline table and the tables its dotted keys made as closed.
fn close(table: &mut Table) {
    table.kind = Kind::Inline;
    for (_, item) in &mut table.entries {
        if let Item::Table(t) = item {
            close(t);
        }
    }
}

/// `YYYY-MM-DD`.
fn is_date(b: &[u8]) -> bool {
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
}

/// A number or date-time token → its value; `None` if it is neither.
fn scalar(token: &str) -> Option<Value> {
    let b = token.as_bytes();
    if b.len() >= 5 && b[4] == b'-' && b[..4].iter().all(u8::is_ascii_digit) {
        return datetime(token).then_some(Value::Datetime);
    }
    if b.len() >= 3 && b[2] == b':' {
        return time(b).then_some(Value::Datetime);
    }
    let (sign, rest) = match b.first() {
        Some(b'+' | b'-') => (&token[..1], &token[1..]),
        _ => ("", token),
    };
    if matches!(rest, "inf" | "nan") {
        return Some(Value::Float(token.to_owned()));
    }
    let radix = match rest.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        if !sign.is_empty() {
            return None;
        }
        let digits = digits(&rest[2..], |c| c.is_digit(radix))?;
        return Some(Value::Int(int(&digits, radix, token)));
    }
    let rest_b = rest.as_bytes();
    let int_end = rest_b
        .iter()
        .position(|&c| c == b'.' || c == b'e' || c == b'E')
        .unwrap_or(rest.len());
    let int_part = digits(&rest[..int_end], |c| c.is_ascii_digit())?;
    // No leading zeros.
    if int_part.len() > 1 && int_part.starts_with('0') {
        return None;
    }
    if int_end == rest.len() {
        let text = format!("{sign}{int_part}");
        return Some(Value::Int(int(&text, 10, &text)));
    }
    let mut float = format!("{sign}{int_part}");
    let mut tail = &rest[int_end..];
    if let Some(frac) = tail.strip_prefix('.') {
        let end = frac.find(['e', 'E']).unwrap_or(frac.len());
        float.push('.');
        float.push_str(&digits(&frac[..end], |c| c.is_ascii_digit())?);
        tail = &frac[end..];
    }
    if !tail.is_empty() {
        let exp = &tail[1..];
        float.push_str(&tail[..1]);
        let (exp_sign, exp_digits) = match exp.as_bytes().first() {
            Some(b'+' | b'-') => exp.split_at(1),
            _ => ("", exp),
        };
        float.push_str(exp_sign);
        float.push_str(&digits(exp_digits, |c| c.is_ascii_digit())?);
    }
    Some(Value::Float(float))
}

/// Digits with single underscores between them, the underscores removed.
fn digits(text: &str, is_digit: impl Fn(char) -> bool) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut last_digit = false;
    for c in text.chars() {
        if c == '_' && last_digit {
            last_digit = false;
        } else if is_digit(c) {
            out.push(c);
            last_digit = true;
        } else {
            return None;
        }
    }
    last_digit.then_some(out)
}

/// An integer that may not fit: `shown` is how an out-of-range one is reported.
fn int(digits: &str, radix: u32, shown: &str) -> Int {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Int::Fits(v),
        Err(_) => Int::Overflow(shown.replace('_', "")),
    }
}

/// `date`, `dateTtime`, `date time`, with an optional offset after a time.
fn datetime(token: &str) -> bool {
    let b = token.as_bytes();
    if b.len() < 10 || !is_date(&b[..10]) || !valid_date(&b[..10]) {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return false;
    }
    let rest = &b[11..];
    let (time_part, offset) = match rest
        .iter()
        .position(|&c| matches!(c, b'Z' | b'z' | b'+' | b'-'))
    {
        Some(i) => rest.split_at(i),
        None => (rest, &b""[..]),
    };
    time(time_part) && (offset.is_empty() || offset_ok(offset))
}

fn num(b: &[u8]) -> u32 {
    b.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0'))
}

fn valid_date(b: &[u8]) -> bool {
    let (year, month, day) = (num(&b[..4]), num(&b[5..7]), num(&b[8..10]));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`.
fn time(b: &[u8]) -> bool {
    let two = |i: usize| {
        b.get(i..i + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if b.len() < 5 || !two(0) || b[2] != b':' || !two(3) || num(&b[..2]) > 23 || num(&b[3..5]) > 59
    {
        return false;
    }
    if b.len() == 5 {
        return true;
    }
    if b[5] != b':' || !two(6) || num(&b[6..8]) > 60 {
        return false;
    }
    match &b[8..] {
        [] => true,
        [b'.', frac @ ..] => !frac.is_empty() && frac.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// `Z`, `z` or `±HH:MM`.
fn offset_ok(b: &[u8]) -> bool {
    match b {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit())
                && num(&[*h1, *h2]) <= 23
                && num(&[*m1, *m2]) <= 59
        }
        _ => false,
    }
}

/// `text` as a TOML basic string: `"` and `\` escaped, control characters
/// as escapes (the writer of what this module reads, for `errcat import`
/// and tests that write catalogs).
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_source_order_and_spans() {
        let text = "[codes.b]\nx = 1\n[codes.a]\ny = 99999999999999999999999\n";
        let root = parse(text).unwrap();
        let Value::Table(top) = &root.value else {
            panic!()
        };
        let Value::Table(codes) = &top[0].1.value else {
            panic!()
        };
        assert_eq!(codes[0].0.name, "b");
        assert_eq!(codes[1].0.name, "a");
        assert_eq!(&text[codes[1].0.span.clone()], "a");
        let Value::Table(a) = &codes[1].1.value else {
            panic!()
        };
        assert!(matches!(&a[0].1.value, Value::Int(Int::Overflow(_))));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = parse("[catalog]\nname = \n").unwrap_err();
        assert!(err.span.is_some());
        assert!(err.message.starts_with("TOML syntax error"));
        let err = parse("a = \"x\n").unwrap_err();
        assert_eq!(err.span, Some(6..6));
        assert_eq!(
            err.message,
            "TOML syntax error: invalid basic string, expected `\"`"
        );
        let err = parse("[a.b]\n[a.b]\n").unwrap_err();
        assert_eq!(err.span, Some(9..10));
        assert_eq!(err.message, "TOML syntax error: duplicate key");
        let err = parse("[codes.7]\n[codes.7]\n").unwrap_err();
        assert_eq!((err.span, err.first), (Some(17..18), Some(7..8)));
        assert_eq!(err.message, "duplicate code 7: [codes.7] has it too");
        let err = parse("[codes.E1]\n[codes.E1]\n").unwrap_err();
        assert_eq!(err.message, "duplicate code \"E1\": [codes.E1] has it too");
    }

    #[test]
    fn hostile_nesting_is_an_error() {
        let text = format!("a = {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse(&text).is_err());
    }
}
