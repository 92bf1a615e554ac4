//! Generated enums in a format that is not self-describing (bincode,
//! postcard): such formats refuse `deserialize_any`, so a code must be read
//! with the type it was written as (`i64`, `str`).

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
}
mod gateway {
    error_runtime::include_catalog!("tests/catalogs/str.toml");
}

use acme::AcmeStatus;
use gateway::GatewayCode;
use serde::de::value::Error;
use serde::de::{Deserialize, Deserializer, Error as _, Visitor};

/// A compact format's reader holding one value: it reads it only as the
/// type asked for, as bincode does.
enum Compact {
    I64(i64),
    Str(&'static str),
}

impl<'de> Deserializer<'de> for Compact {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(Error::custom("deserialize_any is not supported"))
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Compact::I64(v) => visitor.visit_i64(v),
            Compact::Str(_) => Err(Error::custom("not an i64")),
        }
    }
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Compact::Str(v) => visitor.visit_str(v),
            Compact::I64(_) => Err(Error::custom("not a str")),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }
    fn is_human_readable(&self) -> bool {
        false
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct
        enum identifier ignored_any
    }
}

#[test]
fn codes_read_back_from_a_compact_format() {
    assert_eq!(
        AcmeStatus::deserialize(Compact::I64(4026)),
        Ok(AcmeStatus::InvalidSignature)
    );
    assert_eq!(
        AcmeStatus::deserialize(Compact::I64(-3)),
        Ok(AcmeStatus::Other(-3))
    );
    assert_eq!(
        GatewayCode::deserialize(Compact::Str("GW_CODE_012")),
        Ok(GatewayCode::from("GW_CODE_012"))
    );
}
