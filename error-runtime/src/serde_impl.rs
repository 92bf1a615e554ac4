//! `Serialize`/`Deserialize` for generated enums, as the bare code. Generated
//! code calls [`impl_serde!`](crate::__private::impl_serde), which is empty when
//! the `serde` feature is off, so catalogs compile either way.

use alloc::string::{String, ToString};
use core::fmt;
use serde::de::{Deserializer, Error, Visitor};

/// Reads an integer code; a numeric string (`"4026"`) is accepted too, from
/// self-describing formats (JSON); a compact one (bincode) has no
/// `deserialize_any` and is read as the `i64` it was written as.
pub fn deserialize_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    struct Int;
    impl Visitor<'_> for Int {
        type Value = i64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an integer error code")
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(|_| E::custom("error code out of range for i64"))
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<i64, E> {
            v.parse()
                .map_err(|_| E::custom("error code is not a decimal integer"))
        }
    }
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(Int)
    } else {
        deserializer.deserialize_i64(Int)
    }
}

/// Reads a string code; an integer is accepted and kept as its decimal text,
/// from self-describing formats; a compact one is read as the string it was
/// written as.
pub fn deserialize_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct Text;
    impl Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string error code")
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<String, E> {
            Ok(v.into())
        }
        fn visit_string<E: Error>(self, v: String) -> Result<String, E> {
            Ok(v)
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(Text)
    } else {
        deserializer.deserialize_string(Text)
    }
}

/// Implements `Serialize` and `Deserialize` for a generated enum; `try_int` and
/// `try_str` are for enums without a catch-all, whose deserialization fails on
/// a code they lack.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    (int $ty:ident) => {
        $crate::__impl_serde!(@serialize $ty serialize_i64);
        $crate::__impl_serde!(@total $ty deserialize_i64 ::core::primitive::i64);
    };
    (str $ty:ident) => {
        $crate::__impl_serde!(@serialize $ty serialize_str);
        $crate::__impl_serde!(@total $ty deserialize_string $crate::__private::String);
    };
    (try_int $ty:ident) => {
        $crate::__impl_serde!(@serialize $ty serialize_i64);
        $crate::__impl_serde!(@try $ty deserialize_i64 ::core::primitive::i64);
    };
    (try_str $ty:ident) => {
        $crate::__impl_serde!(@serialize $ty serialize_str);
        $crate::__impl_serde!(@try $ty deserialize_string $crate::__private::String);
    };
    (@serialize $ty:ident $method:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.$method($crate::ErrorCode::code(self))
            }
        }
    };
    // A catch-all keeps any code: `From`.
    (@total $ty:ident $read:ident $code:ty) => {
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::core::result::Result::map(
                    $crate::__private::$read(deserializer),
                    <$ty as ::core::convert::From<$code>>::from,
                )
            }
        }
    };
    // No catch-all: a code the enum lacks is a deserialization error.
    (@try $ty:ident $read:ident $code:ty) => {
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                match $crate::__private::$read(deserializer) {
                    ::core::result::Result::Ok(code) => ::core::result::Result::map_err(
                        <$ty as ::core::convert::TryFrom<$code>>::try_from(code),
                        <D::Error as $crate::__private::serde::de::Error>::custom,
                    ),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }
    };
}
