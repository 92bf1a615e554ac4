//! The catalog as typed data: what the schema reader produces and the code
//! generator consumes. Every list is in catalog (source) order, so generation
//! is deterministic.

use crate::value::Span;
use core::fmt;

/// Whether the catalog's codes are integers or exact strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeType {
    /// `i64` codes.
    Int,
    /// String codes, compared exactly (`"0000"` and `"00000"` differ).
    Str,
}

/// One vendor code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A code of an integer catalog.
    Int(i64),
    /// A code of a string catalog.
    Str(String),
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(code) => write!(f, "{code}"),
            Code::Str(code) => write!(f, "{code:?}"),
        }
    }
}

/// How placeholders are written in the messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceholderStyle {
    /// No placeholders: messages are plain text.
    None,
    /// Java `MessageFormat`: `{0}`, `''` for a literal quote.
    Java,
    /// C `printf`: `%s`, `%d`, `%%` for a literal percent sign.
    Printf,
}

/// Field names of the vendor's response envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The field holding the code.
    pub code: String,
    /// The fields that may hold the server's message, tried in order.
    pub message: Vec<String>,
    /// The field holding the payload.
    pub data: String,
}

impl Default for Envelope {
    fn default() -> Self {
        Envelope {
            code: "code".into(),
            message: vec!["message".into(), "msg".into()],
            data: "data".into(),
        }
    }
}

/// How a category selects its codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Matcher {
    /// Integer codes in `lo..=hi`.
    Range(i64, i64),
    /// String codes starting with the prefix.
    Prefix(String),
}

impl Matcher {
    /// Whether `code` falls in this category.
    pub fn matches(&self, code: &Code) -> bool {
        match (self, code) {
            (Matcher::Range(lo, hi), Code::Int(c)) => (lo..=hi).contains(&c),
            (Matcher::Prefix(p), Code::Str(c)) => c.starts_with(p.as_str()),
            _ => false,
        }
    }
}

/// A named group of codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// The category's name, as `category()` returns it.
    pub name: String,
    /// What the category holds.
    pub doc: Option<String>,
    /// Which codes it holds.
    pub matcher: Matcher,
}

/// A message in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Canonical BCP 47 tag (`zh-CN`).
    pub lang: String,
    /// The text, verbatim.
    pub text: String,
}

/// One code of the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The code.
    pub code: Code,
    /// Where the code's key is written (for diagnostics).
    pub span: Span,
    /// The variant name.
    pub name: String,
    /// The vendor's symbolic name.
    pub key: Option<String>,
    /// The messages, the catalog's own language first.
    pub messages: Vec<Message>,
    /// Other texts the vendor gives for the same code (kept for the docs).
    pub other_messages: Vec<String>,
    /// HTTP status that goes with the code.
    pub http: Option<u16>,
    /// Whether retrying the request may succeed.
    pub retryable: bool,
    /// The category's name, given or found from the ranges and prefixes.
    pub category: Option<String>,
    /// Deprecation note.
    pub deprecated: Option<String>,
    /// Extra documentation.
    pub doc: Option<String>,
}

impl Entry {
    /// The message in `lang` (a canonical tag), if the entry has one.
    pub fn message(&self, lang: &str) -> Option<&str> {
        self.messages
            .iter()
            .find(|m| m.lang == lang)
            .map(|m| m.text.as_str())
    }

    /// The message in `lang`, else in the catalog's own language `primary`:
    /// what `message_in` answers.
    pub fn text_in(&self, lang: &str, primary: &str) -> &str {
        self.message(lang)
            .or_else(|| self.message(primary))
            .unwrap_or("")
    }
}

/// A whole catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// The enum's name.
    pub name: String,
    /// The language of the vendor's own texts (canonical BCP 47).
    pub lang: String,
    /// Every language any message is in: `lang` first, then in order of
    /// appearance (filled in by validation).
    pub languages: Vec<String>,
    /// The enum's documentation.
    pub doc: Option<String>,
    /// Where the codes come from.
    pub source: Option<String>,
    /// Integer or string codes.
    pub code_type: CodeType,
    /// Codes that mean success.
    pub success: Vec<Code>,
    /// Placeholder style of the messages.
    pub placeholders: PlaceholderStyle,
    /// The catch-all variant's name.
    pub unknown: String,
    /// For a subset, the parent enum's name (it must be in scope where the
    /// subset is included).
    pub parent: Option<String>,
    /// Response envelope field names.
    pub envelope: Envelope,
    /// Named code groups.
    pub categories: Vec<Category>,
    /// The codes.
    pub entries: Vec<Entry>,
}
