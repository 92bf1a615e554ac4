//! The trait every generated enum implements.

use alloc::string::String;
use core::fmt;

/// Field names of a vendor's response envelope (`{"code": …, "message": …, "data": …}`),
/// from the catalog's `[catalog.envelope]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The field holding the code.
    pub code: &'static str,
    /// The fields that may hold the server's message, tried in order.
    pub message: &'static [&'static str],
    /// The field holding the payload.
    pub data: &'static str,
}

/// A vendor error code: implemented by every enum that `include_catalog!`
/// generates, so generic code can take any catalog.
/// The methods mirror the enum's inherent ones.
pub trait ErrorCode: Sized + Clone + fmt::Debug + fmt::Display + PartialEq + 'static {
    /// The code's type: `i64` for integer catalogs, `&str` for string catalogs.
    type Code<'a>: Copy + fmt::Display + fmt::Debug + PartialEq + CodeValue<'a>
    where
        Self: 'a;
    /// The catalog's (and the enum's) name.
    const CATALOG: &'static str;
    /// The language of the vendor's own texts (BCP 47).
    const LANG: &'static str;
    /// Every language the messages are in, `LANG` first.
    const LANGUAGES: &'static [&'static str];
    /// Every known variant, in catalog order.
    const ALL: &'static [Self];
    /// The response envelope's field names.
    const ENVELOPE: Envelope;

    /// The vendor's code (the raw value for a code the catalog lacks).
    fn code(&self) -> Self::Code<'_>;
    /// The variant for a code: always `Some` when the enum has a catch-all
    /// variant (an unknown code becomes it, raw value kept); `None` for an
    /// unknown code of a hand-written enum without one.
    fn try_from_code(code: Self::Code<'_>) -> Option<Self>;
    /// The message in the catalog's own language.
    fn message(&self) -> &'static str;
    /// The message in `lang`, falling back as [`match_language`](crate::match_language) does.
    fn message_in(&self, lang: &str) -> &'static str;
    /// The variant's name.
    fn name(&self) -> &'static str;
    /// The vendor's symbolic name, if the catalog gives one.
    fn key(&self) -> Option<&'static str>;
    /// Whether the code means success.
    fn is_success(&self) -> bool;
    /// Whether the catalog defines the code.
    fn is_known(&self) -> bool;
    /// The HTTP status that goes with the code.
    fn http_status(&self) -> Option<u16>;
    /// Whether retrying may succeed.
    fn is_retryable(&self) -> bool;
    /// The code's category.
    fn category(&self) -> Option<&'static str>;
    /// How many arguments the message's placeholders take.
    fn arity(&self) -> usize;
    /// The message in `lang` with its placeholders filled from `args`.
    fn render_in(&self, lang: &str, args: &[&dyn fmt::Display]) -> String;
    /// The message with its placeholders filled from `args`.
    fn render(&self, args: &[&dyn fmt::Display]) -> String {
        self.render_in(Self::LANG, args)
    }
}

/// A catalog's code type (`i64` or `&str`), as read from a reply's code
/// member: `int` is its value when it is a decimal integer in `i64` range,
/// `text` its text (a string's contents, or a JSON number as written).
/// Sealed: catalogs have integer or string codes only.
pub trait CodeValue<'a>: Sized + sealed::Sealed {
    /// The code, or `None` when this code type cannot hold it.
    fn from_reply(int: Option<i64>, text: &'a str) -> Option<Self>;
}

impl CodeValue<'_> for i64 {
    fn from_reply(int: Option<i64>, _text: &str) -> Option<Self> {
        int
    }
}

impl<'a> CodeValue<'a> for &'a str {
    fn from_reply(_int: Option<i64>, text: &'a str) -> Option<Self> {
        Some(text)
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for i64 {}
    impl Sealed for &str {}
}
