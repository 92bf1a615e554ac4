//! One pass over the top-level JSON object of a reply, recording where the
//! envelope's members are. Nested values are skipped by a loop with an explicit
//! stack (one byte per open bracket), so depth costs memory in proportion to
//! the body, never call stack.
//!
//! Outside strings the grammar is JSON's. Inside strings the scanner is
//! lenient (any byte but an unescaped `"`; an escape is a `\` and the next
//! byte), so a message with invalid UTF-8 or a raw control character still
//! reads; `data` is checked strictly by `serde_json` when it is decoded.

use alloc::vec::Vec;
use core::ops::Range;

use super::error::{Malformed, ValueKind};
use super::text::unescape;
use crate::Envelope;

/// A member's value: where it is in the body, and what it is.
#[derive(Clone, Debug)]
pub(super) struct Value {
    /// The value's bytes; for a string, its contents without the quotes.
    pub range: Range<usize>,
    pub kind: ValueKind,
}

/// What one scan found; members seen before a syntax error are kept.
#[derive(Debug, Default)]
pub(super) struct Scan {
    pub code: Option<Value>,
    pub code_repeated: bool,
    /// Per message field of the envelope: its first member holding a
    /// string, else its last member.
    pub messages: Vec<Option<Value>>,
    pub data: Option<Value>,
    pub data_repeated: bool,
    /// The first thing wrong with the body's syntax.
    pub error: Option<Malformed>,
}

impl Scan {
    /// The server's message: the first of the envelope's message fields,
    /// in the envelope's order, that holds a string.
    pub fn message(&self) -> Option<&Value> {
        self.messages
            .iter()
            .flatten()
            .find(|v| v.kind == ValueKind::String)
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Scans `body` for the envelope's members.
pub(super) fn scan(body: &[u8], envelope: &Envelope) -> Scan {
    let mut scan = Scan {
        messages: alloc::vec![None; envelope.message.len()],
        ..Scan::default()
    };
    let mut p = Parser {
        body,
        pos: if body.starts_with(BOM) { BOM.len() } else { 0 },
        stack: Vec::new(),
    };
    if let Err(error) = p.object(envelope, &mut scan) {
        scan.error = Some(error);
    }
    scan
}

struct Parser<'a> {
    body: &'a [u8],
    pos: usize,
    /// Open containers of the value being skipped: `true` for an object.
    stack: Vec<bool>,
}

type Step<T = ()> = Result<T, Malformed>;

impl Parser<'_> {
    /// The top-level object, recording the envelope's members into `scan`.
    fn object(&mut self, envelope: &Envelope, scan: &mut Scan) -> Step {
        self.ws();
        match self.peek() {
            None => return Err(Malformed::Empty),
            Some(b'{') => self.pos += 1,
            Some(b) => {
                return Err(match kind_of(b) {
                    Some(kind) => Malformed::NotAnObject(kind),
                    None => self.unexpected("a JSON object"),
                })
            }
        }
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                if self.peek() != Some(b'"') {
                    return Err(self.unexpected("a key in double quotes"));
                }
                let key = self.string()?;
                self.ws();
                self.expect(b':', "`:`")?;
                self.ws();
                let value = self.value()?;
                self.record(&key, value, envelope, scan);
                self.ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.unexpected("`,` or `}`")),
                }
            }
        }
        self.ws();
        if self.pos < self.body.len() {
            return Err(Malformed::TrailingData { offset: self.pos });
        }
        Ok(())
    }

    /// Files a top-level member under the envelope field its key names.
    fn record(&self, key: &Range<usize>, value: Value, envelope: &Envelope, scan: &mut Scan) {
        let raw = &self.body[key.clone()];
        // Keys are compared as text, so an escaped key (`"co\u0064e"`) matches too.
        let is = |name: &str| {
            if raw.contains(&b'\\') {
                unescape(raw) == name
            } else {
                raw == name.as_bytes()
            }
        };
        if is(envelope.code) {
            scan.code_repeated |= scan.code.is_some();
            scan.code.get_or_insert(value);
        } else if let Some(i) = envelope.message.iter().position(|name| is(name)) {
            // A repeated field counts once, but a non-string (`null`) before
            // a string must not hide the server's text.
            if let Some(slot) = scan.messages.get_mut(i) {
                if slot.as_ref().is_none_or(|v| v.kind != ValueKind::String) {
                    *slot = Some(value);
                }
            }
        } else if is(envelope.data) {
            scan.data_repeated |= scan.data.is_some();
            scan.data.get_or_insert(value);
        }
    }

    /// Any JSON value, nested ones by a loop over `self.stack`.
    fn value(&mut self) -> Step<Value> {
        let start = self.pos;
        let first = self.peek();
        self.stack.clear();
        loop {
            // A value starts here.
            self.ws();
            match self.peek() {
                Some(b'{' | b'[') => {
                    let object = self.peek() == Some(b'{');
                    self.pos += 1;
                    self.ws();
                    if self.peek() == Some(if object { b'}' } else { b']' }) {
                        self.pos += 1;
                    } else {
                        self.stack.push(object);
                        if object {
                            self.member_key()?;
                        }
                        continue;
                    }
                }
                Some(b'"') => {
                    let contents = self.string()?;
                    if self.stack.is_empty() {
                        return Ok(Value {
                            range: contents,
                            kind: ValueKind::String,
                        });
                    }
                }
                Some(b'-' | b'0'..=b'9') => {
                    self.number()?;
                    // Only a delimiter shows a number is whole: `40` may be a cut `4026`.
                    if self.pos == self.body.len() {
                        return Err(Malformed::Truncated);
                    }
                }
                Some(b't') => self.literal(b"true")?,
                Some(b'f') => self.literal(b"false")?,
                Some(b'n') => self.literal(b"null")?,
                _ => return Err(self.unexpected("a JSON value")),
            }
            // A value ended: close containers until one goes on with `,`.
            loop {
                let Some(&object) = self.stack.last() else {
                    let kind = first.and_then(kind_of).unwrap_or(ValueKind::Null);
                    return Ok(Value {
                        range: start..self.pos,
                        kind,
                    });
                };
                self.ws();
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if object {
                            self.ws();
                            self.member_key()?;
                        }
                        break;
                    }
                    Some(b'}') if object => {
                        self.pos += 1;
                        self.stack.pop();
                    }
                    Some(b']') if !object => {
                        self.pos += 1;
                        self.stack.pop();
                    }
                    _ => {
                        return Err(self.unexpected(if object {
                            "`,` or `}`"
                        } else {
                            "`,` or `]`"
                        }))
                    }
                }
            }
        }
    }

    /// `"key":` inside a nested object.
    fn member_key(&mut self) -> Step {
        self.ws();
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a key in double quotes"));
        }
        self.string()?;
        self.ws();
        self.expect(b':', "`:`")
    }

    /// A string at `self.pos` (on its `"`); returns its contents' range.
    fn string(&mut self) -> Step<Range<usize>> {
        let start = self.pos + 1;
        let mut i = start;
        loop {
            match self.body.get(i) {
                None => {
                    self.pos = self.body.len();
                    return Err(Malformed::Truncated);
                }
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(start..i);
                }
                Some(b'\\') => i += 2,
                Some(_) => i += 1,
            }
        }
    }

    /// A number as JSON writes it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Step {
        self.eat(b'-');
        if !self.eat(b'0') && self.digits() == 0 {
            return Err(self.unexpected("a digit"));
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(self.unexpected("a digit"));
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let n = self.body[self.pos..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        self.pos += n;
        n
    }

    fn literal(&mut self, word: &'static [u8]) -> Step {
        for &b in word {
            self.expect(b, "`true`, `false` or `null`")?;
        }
        Ok(())
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Step {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.peek() == Some(byte);
        self.pos += usize::from(hit);
        hit
    }

    fn peek(&self) -> Option<u8> {
        self.body.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// What is wrong at `self.pos`: the body ended, or a byte does not fit.
    fn unexpected(&self, expected: &'static str) -> Malformed {
        if self.pos >= self.body.len() {
            Malformed::Truncated
        } else {
            Malformed::Syntax {
                offset: self.pos,
                expected,
            }
        }
    }
}

/// The kind of JSON value a byte starts, if it starts one.
fn kind_of(byte: u8) -> Option<ValueKind> {
    Some(match byte {
        b'{' => ValueKind::Object,
        b'[' => ValueKind::Array,
        b'"' => ValueKind::String,
        b'-' | b'0'..=b'9' => ValueKind::Number,
        b't' | b'f' => ValueKind::Bool,
        b'n' => ValueKind::Null,
        _ => return None,
    })
}
