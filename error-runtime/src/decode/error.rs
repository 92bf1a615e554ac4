//! [`ApiError`]: what a reply that is not a success says, and why.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::ErrorCode;

/// Why a reply decoded to an error.
///
/// [`code`](ApiError::code) is `Some` for every [`Vendor`](Self::Vendor) and
/// [`Data`](Self::Data) error, and for a [`Malformed`](Self::Malformed) body
/// whose code was read before the body went wrong (trailing garbage, a cut
/// body): whether to trust it then is the caller's call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A well-formed reply whose code is not one of the catalog's success
    /// codes: the vendor's error (or a code the catalog does not know, kept in
    /// the catch-all variant).
    Vendor,
    /// A success code whose `data` does not decode into the requested type;
    /// [`data_error`](ApiError::data_error) says why.
    Data,
    /// The body is not an envelope with one usable code.
    Malformed(Malformed),
}

/// What is wrong with a malformed body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Malformed {
    /// The body is empty or only whitespace.
    Empty,
    /// Not JSON: at byte `offset` (of the body as given) something else was expected.
    Syntax {
        /// Byte offset of the first byte that does not fit.
        offset: usize,
        /// What would have fit.
        expected: &'static str,
    },
    /// The body ends inside a JSON value (a cut-off reply).
    Truncated,
    /// The body is JSON, but not an object.
    NotAnObject(ValueKind),
    /// Bytes other than whitespace follow the object, from byte `offset`.
    TrailingData {
        /// Byte offset where they start.
        offset: usize,
    },
    /// The object has no code member.
    MissingCode {
        /// The envelope's code field.
        field: &'static str,
    },
    /// The code member is neither a number nor a string.
    CodeType {
        /// The envelope's code field.
        field: &'static str,
        /// What it holds instead.
        found: ValueKind,
    },
    /// A member the reply is read from (the code, or `data` of a success
    /// reply) appears more than once: which one the server meant is unknown.
    DuplicateKey {
        /// The repeated field.
        field: &'static str,
    },
    /// The code is a number or string that the catalog's code type cannot
    /// hold: for an integer catalog, a fraction, an exponent, a number beyond
    /// `i64`, or a string that is not a decimal integer.
    /// [`raw_code`](ApiError::raw_code) has its text.
    InvalidCode,
    /// The code is not one of the enum's and the enum has no catch-all
    /// variant (a hand-written enum); [`raw_code`](ApiError::raw_code) has its text.
    UnknownCode,
}

impl From<Malformed> for ErrorKind {
    fn from(why: Malformed) -> Self {
        ErrorKind::Malformed(why)
    }
}

/// The kinds of JSON value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// A reply that is not a success, from [`decode`](crate::decode): the
/// vendor's typed code, what the server said, and for a malformed body what
/// was wrong and how it began.
///
/// Nothing readable is dropped: a code read before the body went wrong is
/// kept ([`code`](Self::code)), a code the enum cannot hold keeps its text
/// ([`raw_code`](Self::raw_code)), and the server's message is decoded
/// lossily ([`server_message`](Self::server_message)). One pointer, so a
/// `Result<T, ApiError<E>>` is small; the code's text and the server's
/// message live in the same allocation when they are short (64 bytes
/// together), so a vendor's error reply costs one allocation.
///
/// `Display` gives the catalog, the code with the catalog's message, and the
/// server's message (quoted, so a hostile message cannot forge log lines):
/// `EbetStatus 4026: 签名不对; server: "sign error"`.
pub struct ApiError<E>(Box<Inner<E>>);

struct Inner<E> {
    kind: ErrorKind,
    code: Option<E>,
    texts: Texts,
    data_error: Option<serde_json::Error>,
    body: Option<Excerpt>,
}

/// The texts an error keeps, the code's as sent and the server's message,
/// in one buffer: inside the error's own allocation when they are short
/// (most are), so a vendor's error reply costs one allocation, not three.
/// The bytes are UTF-8: [`ApiError::new`] is given text only.
struct Texts {
    bytes: Bytes,
    /// The code's text is `bytes[..code]`, when there is one.
    code: Option<usize>,
    /// Whether the rest, `bytes[code..]`, is the server's message.
    message: bool,
}

/// How many bytes of text an error keeps without an allocation of its own.
const INLINE: usize = 64;

enum Bytes {
    Inline { len: usize, buf: [u8; INLINE] },
    Heap(Vec<u8>),
}

impl Texts {
    /// No code text, no message.
    const NONE: Texts = Texts {
        bytes: Bytes::Inline {
            len: 0,
            buf: [0; INLINE],
        },
        code: None,
        message: false,
    };

    /// Keeps `code` and `message` (UTF-8 each). Filled where the texts
    /// already are, in the error's box: a `Texts` built aside and moved in
    /// was read back in wide loads of its narrow stores, a
    /// store-forwarding stall per error.
    fn keep(&mut self, code: Option<&[u8]>, message: Option<&[u8]>) {
        let (first, rest) = (code.unwrap_or_default(), message.unwrap_or_default());
        let len = first.len() + rest.len();
        match &mut self.bytes {
            Bytes::Inline { len: used, buf } if len <= INLINE => {
                buf[..first.len()].copy_from_slice(first);
                buf[first.len()..len].copy_from_slice(rest);
                *used = len;
            }
            bytes => *bytes = Bytes::Heap([first, rest].concat()),
        }
        self.code = code.map(<[u8]>::len);
        self.message = message.is_some();
    }

    fn bytes(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Inline { len, buf } => &buf[..*len],
            Bytes::Heap(text) => text,
        }
    }

    fn code(&self) -> Option<&str> {
        self.code.map(|end| as_text(&self.bytes()[..end]))
    }

    fn message(&self) -> Option<&str> {
        let start = self.code.unwrap_or_default();
        self.message.then(|| as_text(&self.bytes()[start..]))
    }
}

/// Bytes kept from whole UTF-8 texts, so the fallback never shows (and
/// checking keeps `unsafe` out for the cost of a scan of a short text, paid
/// when the text is read, not when the error is made).
fn as_text(bytes: &[u8]) -> &str {
    core::str::from_utf8(bytes).unwrap_or_default()
}

/// The start of a body, for malformed replies.
struct Excerpt {
    text: String,
    /// Whether `text` is only the body's start (not `text.len() < len`:
    /// each invalid byte became a 3-byte U+FFFD).
    cut: bool,
    len: usize,
}

/// How much of a body an error keeps.
pub(super) const BODY_PREFIX: usize = 256;

impl<E: ErrorCode> ApiError<E> {
    /// An error keeping the code's text and the server's message, each
    /// UTF-8 (else [`raw_code`](Self::raw_code) and
    /// [`server_message`](Self::server_message) would read empty).
    pub(super) fn new(
        kind: ErrorKind,
        code: Option<E>,
        raw_code: Option<&[u8]>,
        server_message: Option<&[u8]>,
    ) -> Self {
        let mut inner = Box::new(Inner {
            kind,
            code,
            texts: Texts::NONE,
            data_error: None,
            body: None,
        });
        inner.texts.keep(raw_code, server_message);
        ApiError(inner)
    }

    /// Keeps the first [`BODY_PREFIX`] bytes of `body`, cut at a character boundary.
    pub(super) fn with_body(mut self, body: &[u8]) -> Self {
        let mut cut = body.len().min(BODY_PREFIX);
        while cut < body.len() && cut > 0 && body[cut] & 0xC0 == 0x80 {
            cut -= 1;
        }
        self.0.body = Some(Excerpt {
            text: String::from_utf8_lossy(&body[..cut]).into_owned(),
            cut: cut < body.len(),
            len: body.len(),
        });
        self
    }

    pub(super) fn with_data_error(mut self, error: serde_json::Error) -> Self {
        self.0.data_error = Some(error);
        self
    }

    /// Why this is an error.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The vendor's code; `None` only when no usable code could be read.
    #[must_use]
    pub fn code(&self) -> Option<&E> {
        self.0.code.as_ref()
    }

    /// The vendor's code, by value.
    #[must_use]
    pub fn into_code(self) -> Option<E> {
        self.0.code
    }

    /// The code's text when the server did not send it as a plain JSON
    /// integer in `i64` range: a string (`"4026"`, `"04026"`, every code of a
    /// string catalog), a fraction or exponent (`1e20`), a number beyond
    /// `i64` (`99999999999999999999`); also any code the enum cannot hold
    /// ([`Malformed::InvalidCode`], [`Malformed::UnknownCode`]).
    #[must_use]
    pub fn raw_code(&self) -> Option<&str> {
        self.0.texts.code()
    }

    /// The server's message (the envelope's first message field holding a
    /// string), invalid UTF-8 replaced by U+FFFD.
    #[must_use]
    pub fn server_message(&self) -> Option<&str> {
        self.0.texts.message()
    }

    /// The catalog's own message for the code, in the catalog's language;
    /// `None` when there is no code or the catalog does not define it. Other
    /// languages: `err.code().map(|c| c.message_in("en"))`.
    #[must_use]
    pub fn vendor_message(&self) -> Option<&'static str> {
        self.code()
            .filter(|code| code.is_known())
            .map(ErrorCode::message)
    }

    /// Why `data` did not decode ([`ErrorKind::Data`] only).
    #[must_use]
    pub fn data_error(&self) -> Option<&serde_json::Error> {
        self.0.data_error.as_ref()
    }

    /// The first 256 bytes of the body (cut at a character boundary, invalid
    /// UTF-8 replaced), for [`Malformed`](ErrorKind::Malformed) and
    /// [`Data`](ErrorKind::Data) errors.
    #[must_use]
    pub fn body(&self) -> Option<&str> {
        self.0.body.as_ref().map(|b| b.text.as_str())
    }
}

impl<E: ErrorCode> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.0;
        // `E`'s Display is `code: catalog message`.
        match (inner.kind, &inner.code, inner.texts.code()) {
            (ErrorKind::Malformed(why), code, raw) => {
                write!(f, "malformed {} reply: {why}", E::CATALOG)?;
                match (code, raw) {
                    (Some(code), _) => write!(f, "; code {code}")?,
                    (None, Some(raw)) => write!(f, "; code {raw:?}")?,
                    (None, None) => {}
                }
            }
            (_, Some(code), _) => write!(f, "{} {code}", E::CATALOG)?,
            (_, None, _) => write!(f, "{} reply without a code", E::CATALOG)?,
        }
        if let Some(message) = inner.texts.message() {
            write!(f, "; server: {message:?}")?;
        }
        if let Some(error) = &inner.data_error {
            write!(f, "; data did not decode: {error}")?;
        }
        if let Some(body) = &inner.body {
            write!(f, "; body: {:?}", body.text)?;
            if body.cut {
                write!(f, "… ({} bytes)", body.len)?;
            }
        }
        Ok(())
    }
}

impl<E: ErrorCode> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.0;
        f.debug_struct("ApiError")
            .field("kind", &inner.kind)
            .field("code", &inner.code)
            .field("raw_code", &self.raw_code())
            .field("server_message", &self.server_message())
            .field("data_error", &inner.data_error)
            .field("body", &inner.body.as_ref().map(|b| &b.text))
            .finish()
    }
}

impl<E: ErrorCode> core::error::Error for ApiError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.0
            .data_error
            .as_ref()
            .map(|e| e as &(dyn core::error::Error + 'static))
    }
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Malformed::Empty => f.write_str("the body is empty"),
            Malformed::Syntax { offset, expected } => {
                write!(f, "not JSON: expected {expected} at byte {offset}")
            }
            Malformed::Truncated => f.write_str("the body ends inside a JSON value"),
            Malformed::NotAnObject(kind) => write!(f, "the body is {kind}, not an object"),
            Malformed::TrailingData { offset } => {
                write!(f, "more data after the JSON object, from byte {offset}")
            }
            Malformed::MissingCode { field } => write!(f, "no `{field}` member"),
            Malformed::CodeType { field, found } => {
                write!(f, "`{field}` is {found}, not a number or string")
            }
            Malformed::DuplicateKey { field } => write!(f, "`{field}` appears more than once"),
            Malformed::InvalidCode => f.write_str("the code is not one the catalog can hold"),
            Malformed::UnknownCode => f.write_str("the code is not one of the enum's"),
        }
    }
}

impl fmt::Display for ValueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValueKind::Null => "null",
            ValueKind::Bool => "a boolean",
            ValueKind::Number => "a number",
            ValueKind::String => "a string",
            ValueKind::Array => "an array",
            ValueKind::Object => "an object",
        })
    }
}
