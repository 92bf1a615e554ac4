//! One pass over the top-level JSON object of a reply, recording where the
//! envelope's members are. Nested values are skipped by a loop with an explicit
//! stack (one byte per open bracket), so depth costs memory in proportion to
//! the body, never call stack.
//!
//! Outside strings the grammar is JSON's. Inside strings the scanner is
//! lenient (any byte but an unescaped `"`; an escape is a `\` and the next
//! byte), so a message with invalid UTF-8 or a raw control character still
//! reads; `data` is checked strictly by `serde_json` when it is decoded.
//!
//! `data` may be read in place instead of skipped: the caller's [`InPlace`]
//! decodes it where it stands and says where it ended, so a success reply's
//! payload is read once.

use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::ops::Range;

use super::error::{Malformed, ValueKind};
use super::text::{lossy, unescape};
use crate::Envelope;

/// A member's value: where it is in the body, and what it is.
#[derive(Clone, Debug)]
pub(super) struct Value {
    /// The value's bytes; for a string, its contents without the quotes.
    pub range: Range<usize>,
    pub kind: ValueKind,
    /// Whether the value is a string with a backslash escape in it.
    pub escaped: bool,
}

impl Value {
    /// The value's text: a string's contents with escapes decoded, a
    /// number as written; invalid UTF-8 replaced.
    #[inline]
    pub fn text<'b>(&self, body: &'b [u8]) -> Cow<'b, str> {
        let raw = &body[self.range.clone()];
        if self.escaped {
            unescape(raw)
        } else {
            lossy(raw)
        }
    }

    /// [`text`](Self::text) as bytes, for an error to keep: the body's own
    /// bytes when they are the text (no escape; ASCII, checked without a
    /// call, or else valid UTF-8).
    #[inline]
    pub fn utf8<'b>(&self, body: &'b [u8]) -> Cow<'b, [u8]> {
        let raw = &body[self.range.clone()];
        if !self.escaped && (raw.is_ascii() || core::str::from_utf8(raw).is_ok()) {
            return Cow::Borrowed(raw);
        }
        Cow::Owned(self.text(body).into_owned().into_bytes())
    }
}

/// What one scan found; members seen before a syntax error are kept.
#[derive(Debug, Default)]
pub(super) struct Scan {
    pub code: Option<Value>,
    pub code_repeated: bool,
    /// The server's message: of the members holding a string, the one of
    /// the envelope's earliest message field, the first of them if repeated.
    /// With its field's index in the envelope.
    message: Option<(usize, Value)>,
    pub data: Option<Value>,
    pub data_repeated: bool,
    /// The first thing wrong with the body's syntax.
    pub error: Option<Malformed>,
}

impl Scan {
    /// The server's message: the first of the envelope's message fields,
    /// in the envelope's order, that holds a string.
    pub fn message(&self) -> Option<&Value> {
        self.message.as_ref().map(|(_, value)| value)
    }
}

/// Reads the first `data` member in place: called with the scan so far and
/// the offset of the value's first byte, it returns the offset just past
/// the value once it has decoded it, or `None` to have it skipped (and
/// decoded later from its range, if at all).
pub(super) type InPlace<'a> = dyn FnMut(&Scan, usize) -> Option<usize> + 'a;

/// Which envelope field a top-level key names.
#[derive(Clone, Copy)]
enum Field {
    Code,
    /// The index of the message field in the envelope.
    Message(usize),
    Data,
    Other,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Scans `body` for the envelope's members into `scan` (empty). Filled in
/// place rather than returned: the returned `Scan`, copied out in 16-byte
/// moves of fields written a byte or a word at a time, stalled on
/// store-forwarding (a tenth of the scan's time for a short reply).
pub(super) fn scan(body: &[u8], envelope: &Envelope, scan: &mut Scan, in_place: &mut InPlace<'_>) {
    let mut p = Parser {
        body,
        pos: if body.starts_with(BOM) { BOM.len() } else { 0 },
        stack: Vec::new(),
    };
    if let Err(error) = p.object(envelope, scan, in_place) {
        scan.error = Some(error);
    }
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
    fn object(&mut self, envelope: &Envelope, scan: &mut Scan, in_place: &mut InPlace<'_>) -> Step {
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
                let (key, escaped) = self.string()?;
                let field = self.field(&key, escaped, envelope);
                self.ws();
                self.expect(b':', "`:`")?;
                self.ws();
                let value = match field {
                    Field::Data if scan.data.is_none() => self.data(scan, in_place)?,
                    _ => self.value()?,
                };
                record(field, value, scan);
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

    /// The envelope field a top-level key names.
    fn field(&self, key: &Range<usize>, escaped: bool, envelope: &Envelope) -> Field {
        let raw = &self.body[key.clone()];
        // Keys are compared as text, so an escaped key (`"co\u0064e"`) matches too.
        let key = if escaped {
            Cow::Owned(unescape(raw).into_owned().into_bytes())
        } else {
            Cow::Borrowed(raw)
        };
        let is = |name: &str| same(&key, name.as_bytes());
        if is(envelope.code) {
            Field::Code
        } else if let Some(i) = envelope.message.iter().position(|name| is(name)) {
            Field::Message(i)
        } else if is(envelope.data) {
            Field::Data
        } else {
            Field::Other
        }
    }

    /// The first `data` member's value: read in place if `in_place` takes
    /// it, else skipped.
    fn data(&mut self, scan: &Scan, in_place: &mut InPlace<'_>) -> Step<Value> {
        let start = self.pos;
        let Some(end) = in_place(scan, start) else {
            return self.value();
        };
        self.pos = end;
        let kind = kind_of(self.body[start]).unwrap_or(ValueKind::Null);
        // As `value` gives it: a string's range is its contents.
        let range = match kind {
            ValueKind::String => start + 1..end - 1,
            _ => start..end,
        };
        // Read already: whether it holds an escape matters to no one.
        Ok(Value {
            range,
            kind,
            escaped: false,
        })
    }

    /// Any JSON value at `self.pos`. Inlined: returned through memory, its
    /// `Value` (a `Result` packed byte by byte) cost a store-forwarding stall
    /// per member, a tenth of a short reply's time.
    #[inline(always)]
    fn value(&mut self) -> Step<Value> {
        let start = self.pos;
        let first = self.peek();
        match first {
            Some(b'"') => {
                let (range, escaped) = self.string()?;
                return Ok(Value {
                    range,
                    kind: ValueKind::String,
                    escaped,
                });
            }
            Some(b'{' | b'[') => self.nested()?,
            _ => self.scalar()?,
        }
        let kind = first.and_then(kind_of).unwrap_or(ValueKind::Null);
        Ok(Value {
            range: start..self.pos,
            kind,
            escaped: false,
        })
    }

    /// A number, `true`, `false` or `null` at `self.pos`.
    fn scalar(&mut self) -> Step {
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => {
                self.number()?;
                // Only a delimiter shows a number is whole: `40` may be a cut `4026`.
                if self.pos == self.body.len() {
                    return Err(Malformed::Truncated);
                }
                Ok(())
            }
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            _ => Err(self.unexpected("a JSON value")),
        }
    }

    /// An object or array at `self.pos`, skipped by a loop over `self.stack`.
    fn nested(&mut self) -> Step {
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
                    self.string()?;
                }
                _ => self.scalar()?,
            }
            // A value ended: close containers until one goes on with `,`.
            loop {
                let Some(&object) = self.stack.last() else {
                    return Ok(());
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

    /// A string at `self.pos` (on its `"`): its contents' range, and whether
    /// they hold a backslash escape.
    fn string(&mut self) -> Step<(Range<usize>, bool)> {
        let start = self.pos + 1;
        let Some((end, escaped)) = string_end(self.body, start) else {
            self.pos = self.body.len();
            return Err(Malformed::Truncated);
        };
        self.pos = end + 1;
        Ok((start..end, escaped))
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

/// Where the string whose contents start at `start` ends (its closing `"`),
/// and whether it holds a backslash escape; `None` when the body ends first.
/// Its own function, with a loop that only looks for the two bytes that
/// matter: inlined into the scan's loop, the index lived on the stack and
/// each byte waited for its store.
#[inline(never)]
fn string_end(body: &[u8], start: usize) -> Option<(usize, bool)> {
    let mut i = start;
    let mut escaped = false;
    loop {
        i += body
            .get(i..)?
            .iter()
            .position(|&b| b == b'"' || b == b'\\')?;
        if body[i] == b'"' {
            return Some((i, escaped));
        }
        // An escape is the `\` and the byte after it, whatever that is.
        escaped = true;
        i += 2;
    }
}

/// Whether two keys are the same bytes, compared by a loop: keys are a few
/// bytes, and `==` on slices calls `memcmp` whenever the lengths match (a
/// twelfth of a short error reply's time).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Files a top-level member under the envelope field its key names.
fn record(field: Field, value: Value, scan: &mut Scan) {
    match field {
        Field::Code => {
            scan.code_repeated |= scan.code.is_some();
            scan.code.get_or_insert(value);
        }
        // A repeated field counts once (its first string), a non-string
        // (`null`) never hides a string, and an earlier field beats a later one.
        Field::Message(i) if value.kind == ValueKind::String => {
            if scan.message.as_ref().is_none_or(|(best, _)| i < *best) {
                scan.message = Some((i, value));
            }
        }
        Field::Data => {
            scan.data_repeated |= scan.data.is_some();
            scan.data.get_or_insert(value);
        }
        Field::Message(_) | Field::Other => {}
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
