//! A format-neutral document tree with byte spans, produced by both the TOML and
//! the JSON reader so that schema reading and diagnostics are written once.

use core::ops::Range;

/// Byte range in the catalog text.
pub type Span = Range<usize>;

/// A value with the span of its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Where the value is written.
    pub span: Span,
    /// The value itself.
    pub value: Value,
}

/// A table key with the span of its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    /// The key, unescaped.
    pub name: String,
    /// Where the key is written.
    pub span: Span,
}

/// An integer as written: readers keep out-of-range literals so that the
/// validator can say "out of range" instead of a generic syntax error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    /// Fits in `i64`.
    Fits(i64),
    /// Does not fit in `i64`; the literal's text.
    Overflow(String),
}

/// A document value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A string.
    Str(String),
    /// An integer.
    Int(Int),
    /// A floating-point number, as written.
    Float(String),
    /// A boolean.
    Bool(bool),
    /// An array.
    Array(Vec<Node>),
    /// A table; entries in source order, duplicates kept (JSON allows them).
    Table(Vec<(Key, Node)>),
    /// A TOML date or time, which no catalog field takes.
    Datetime,
}

impl Node {
    /// A table's entries, in source order; `None` for any other value.
    pub fn entries(&self) -> Option<&[(Key, Node)]> {
        match &self.value {
            Value::Table(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of a table's first entry named `name`; `None` if it has
    /// none or is not a table.
    pub fn get(&self, name: &str) -> Option<&Node> {
        find(self.entries()?, name)
    }
}

/// The value of the first of `entries` named `name`.
pub fn find<'n>(entries: &'n [(Key, Node)], name: &str) -> Option<&'n Node> {
    entries.iter().find(|(k, _)| k.name == name).map(|(_, n)| n)
}

impl Value {
    /// The value's kind, for "expected X, found Y" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Str(_) => "a string",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a float",
            Value::Bool(_) => "a boolean",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
            Value::Datetime => "a date-time",
        }
    }
}
