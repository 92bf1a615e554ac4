//! The error of an enum without a catch-all variant given a code it lacks.

use core::fmt;

/// A code that an enum without a catch-all variant does not define: the error
/// of the `TryFrom` and `FromStr` impls that `#[derive(ErrorCode)]` emits for
/// such an enum (an enum with a catch-all gets total `From` impls instead).
/// Keeps the code as given.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode<C> {
    catalog: &'static str,
    code: C,
}

impl<C> UnknownCode<C> {
    /// `code` is not a code of the enum named `catalog`.
    pub const fn new(catalog: &'static str, code: C) -> Self {
        UnknownCode { catalog, code }
    }

    /// The enum's name ([`ErrorCode::CATALOG`](crate::ErrorCode::CATALOG)).
    pub const fn catalog(&self) -> &'static str {
        self.catalog
    }

    /// The code as given (for `FromStr`, the text).
    pub const fn code(&self) -> &C {
        &self.code
    }

    /// The code as given, by value.
    pub fn into_code(self) -> C {
        self.code
    }
}

impl<C: fmt::Display> fmt::Display for UnknownCode<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a code of {}", self.code, self.catalog)
    }
}

impl<C: fmt::Debug + fmt::Display> core::error::Error for UnknownCode<C> {}
