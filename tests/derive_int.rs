//! `#[derive(ErrorCode)]` with integer codes: the inline form (with and
//! without a catch-all, several languages, placeholders, categories, envelope,
//! raw identifiers, discriminants, only a catch-all) and the bound form without
//! a catch-all and with raw identifiers.

use error_runtime::{ErrorCode, UnknownCode};

/// Inline, with a catch-all: `From<i64>` is total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(
    lang = "zh-CN",
    success = [0, 200],
    placeholders = "java",
    envelope(code = "status", message = ["msg", "message"], data = "payload"),
    categories(common(range = [1000, 1999], doc = "Common errors"), card(range = [4000, 4999])),
)]
enum Acme {
    /// Declared first, but any order works.
    #[code(1003, message(zh-CN = "参数 {0} 不能为空", en = "Parameter {0} can''t be empty"), http = 400)]
    ParamMissing,
    #[code(0, message(zh-CN = "成功", en = "OK"))]
    Ok,
    #[code(200, message = "完成")]
    Done,
    #[code(-1, message(en = "Record does not exist", zh-CN = "记录不存在"), key = "record_missing", http = 404)]
    RecordMissing,
    #[code(1001, message(zh-CN = "系统繁忙", en = "System busy", es-419 = "Sistema ocupado"), http = 503, retryable)]
    SystemBusy,
    #[code(
        4026,
        message = "签名不对",
        key = "sign_error",
        http = 401,
        retryable = false,
        category = "card"
    )]
    InvalidSignature,
    #[code(-9223372036854775808, message = "最小")]
    Min,
    #[code(9_223_372_036_854_775_807, message = "最大")]
    Max,
    /// Codes the enum does not define.
    Other(i64),
}

#[test]
fn inline_codes_and_conversions() {
    assert_eq!(Acme::from(1001_i64), Acme::SystemBusy);
    assert_eq!(Acme::from(-1_i64), Acme::RecordMissing);
    assert_eq!(Acme::from(i64::MIN), Acme::Min);
    assert_eq!(Acme::from(i64::MAX), Acme::Max);
    assert_eq!(Acme::from(7_i64), Acme::Other(7));
    assert_eq!(i64::from(Acme::Other(7)), 7);
    assert_eq!(i64::from(Acme::InvalidSignature), 4026);
    assert_eq!(Acme::Other(7).code(), 7);
    assert_eq!("4026".parse::<Acme>(), Ok(Acme::InvalidSignature));
    assert_eq!("-5".parse::<Acme>(), Ok(Acme::Other(-5)));
    assert!("x".parse::<Acme>().is_err());
    assert_eq!(Acme::try_from_code(9), Some(Acme::Other(9)));
    assert_eq!(acme!(-1), Acme::RecordMissing);
    assert!(matches!(Acme::from(4026_i64), acme!(4026)));
    // Catalog order is declaration order in the inline form.
    assert_eq!(
        Acme::ALL,
        &[
            Acme::ParamMissing,
            Acme::Ok,
            Acme::Done,
            Acme::RecordMissing,
            Acme::SystemBusy,
            Acme::InvalidSignature,
            Acme::Min,
            Acme::Max,
        ]
    );
    assert_eq!(<Acme as ErrorCode>::ALL, Acme::ALL);
}

#[test]
fn inline_messages_in_every_language() {
    assert_eq!(<Acme as ErrorCode>::LANG, "zh-CN");
    assert_eq!(<Acme as ErrorCode>::LANGUAGES, &["zh-CN", "en", "es-419"]);
    assert_eq!(Acme::SystemBusy.message(), "系统繁忙");
    assert_eq!(Acme::SystemBusy.message_in("en_US"), "System busy");
    assert_eq!(Acme::SystemBusy.message_in("es"), "Sistema ocupado");
    assert_eq!(Acme::SystemBusy.message_in("fr"), "系统繁忙");
    // The catalog's own language comes first whatever order they are written in.
    assert_eq!(Acme::RecordMissing.message(), "记录不存在");
    assert_eq!(
        Acme::RecordMissing.message_in("en"),
        "Record does not exist"
    );
    // No translation: the catalog's language.
    assert_eq!(Acme::Done.message_in("en"), "完成");
    assert_eq!(Acme::InvalidSignature.to_string(), "4026: 签名不对");
    assert_eq!(Acme::Other(7).to_string(), "7: unknown Acme code");
    assert_eq!(Acme::Other(7).message_in("en"), "unknown Acme code");
}

#[test]
fn inline_placeholders() {
    assert_eq!(Acme::ParamMissing.arity(), 1);
    assert_eq!(Acme::Ok.arity(), 0);
    assert_eq!(Acme::ParamMissing.render(&[&"name"]), "参数 name 不能为空");
    assert_eq!(
        Acme::ParamMissing.render_in("en", &[&"name", &"extra"]),
        "Parameter name can't be empty"
    );
    assert_eq!(Acme::ParamMissing.render(&[]), "参数 {0} 不能为空");
    // `message()` is verbatim.
    assert_eq!(
        Acme::ParamMissing.message_in("en"),
        "Parameter {0} can''t be empty"
    );
}

#[test]
fn inline_facts() {
    assert!(Acme::Ok.is_success() && Acme::Done.is_success());
    assert!(!Acme::SystemBusy.is_success() && !Acme::Other(7).is_success());
    assert!(Acme::Ok.is_known() && !Acme::Other(7).is_known());
    assert_eq!(Acme::ParamMissing.http_status(), Some(400));
    assert_eq!(Acme::Ok.http_status(), None);
    assert!(Acme::SystemBusy.is_retryable());
    assert!(!Acme::InvalidSignature.is_retryable());
    assert_eq!(Acme::RecordMissing.key(), Some("record_missing"));
    assert_eq!(Acme::Ok.key(), None);
    assert_eq!(Acme::SystemBusy.name(), "SystemBusy");
    assert_eq!(Acme::Other(7).name(), "Other");
    // Given on the code, found from the ranges, also for unknown codes.
    assert_eq!(Acme::InvalidSignature.category(), Some("card"));
    assert_eq!(Acme::SystemBusy.category(), Some("common"));
    assert_eq!(Acme::Other(4999).category(), Some("card"));
    assert_eq!(Acme::Other(5000).category(), None);
    let envelope = <Acme as ErrorCode>::ENVELOPE;
    assert_eq!(
        (envelope.code, envelope.message, envelope.data),
        ("status", &["msg", "message"][..], "payload")
    );
}

#[test]
fn inline_serde() {
    assert_eq!(
        serde_json::to_string(&Acme::InvalidSignature).unwrap(),
        "4026"
    );
    assert_eq!(serde_json::to_string(&Acme::Other(-3)).unwrap(), "-3");
    let read: Acme = serde_json::from_str("\"4026\"").unwrap();
    assert_eq!(read, Acme::InvalidSignature);
    let read: Acme = serde_json::from_str("12345").unwrap();
    assert_eq!(read, Acme::Other(12345));
}

/// Inline, no catch-all: `TryFrom<i64>` instead of `From<i64>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Closed {
    #[code(1, message = "one")]
    One,
    #[code(2, message = "two")]
    Two,
}

#[test]
fn no_catch_all_gives_try_from() {
    assert_eq!(Closed::try_from(2_i64), Ok(Closed::Two));
    let error = Closed::try_from(3_i64).unwrap_err();
    assert_eq!(error, UnknownCode::new("Closed", 3));
    assert_eq!((error.catalog(), *error.code()), ("Closed", 3));
    assert_eq!(error.to_string(), "`3` is not a code of Closed");
    assert_eq!(Closed::try_from_code(1), Some(Closed::One));
    assert_eq!(Closed::try_from_code(3), None);
    assert_eq!("1".parse::<Closed>(), Ok(Closed::One));
    assert_eq!("3".parse::<Closed>().unwrap_err().into_code(), "3");
    assert_eq!("x".parse::<Closed>().unwrap_err().into_code(), "x");
    assert_eq!(i64::from(Closed::Two), 2);
    assert!(Closed::One.is_known());
    assert_eq!(serde_json::from_str::<Closed>("2").unwrap(), Closed::Two);
    let error = serde_json::from_str::<Closed>("3").unwrap_err();
    assert!(
        error.to_string().contains("`3` is not a code of Closed"),
        "{error}"
    );
    assert_eq!(closed!(2), Closed::Two);
}

/// Bound to tests/catalogs/int.toml (whose code 1002 is named `Unknown`), no catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(file = "tests/catalogs/int.toml")]
enum BoundInt {
    Unknown,
    Ok,
    Done,
    RecordMissing,
    Min,
    Max,
    SystemBusy,
    ParamMissing,
    InvalidSignature,
    CardLimit,
    LegacyError,
}

#[test]
fn bound_without_catch_all() {
    assert_eq!(BoundInt::try_from(1002_i64), Ok(BoundInt::Unknown));
    assert!(BoundInt::try_from(1_i64).is_err());
    assert_eq!(BoundInt::ALL[0], BoundInt::Ok);
    assert_eq!(BoundInt::ALL.len(), 11);
    assert_eq!(
        BoundInt::InvalidSignature.message_in("en"),
        "Invalid signature"
    );
    assert_eq!(
        BoundInt::ParamMissing.render_in("en", &[&"id"]),
        "Parameter id can't be empty"
    );
    assert_eq!(<BoundInt as ErrorCode>::ENVELOPE.code, "status");
    assert!(BoundInt::Done.is_success());
    assert_eq!(BoundInt::SystemBusy.category(), Some("common"));
}

/// Raw identifiers are the names without `r#`, in both forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum r#Raw {
    #[code(1, message = "type")]
    r#Type,
    #[code(2, message = "match")]
    r#Match,
    r#Unknown(i64),
}

/// tests/catalogs/int.toml names code 1002 `Unknown`: here it is written `r#Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(file = "tests/catalogs/int.toml")]
enum r#RawBound {
    r#Unknown,
    r#Ok,
    Done,
    RecordMissing,
    Min,
    Max,
    SystemBusy,
    ParamMissing,
    InvalidSignature,
    CardLimit,
    LegacyError,
    r#Other(i64),
}

#[test]
fn raw_identifiers() {
    assert_eq!(Raw::from(2_i64), Raw::Match);
    assert_eq!(Raw::from(3_i64), Raw::Unknown(3));
    assert_eq!((Raw::Type.name(), Raw::Type.code()), ("Type", 1));
    assert_eq!(<Raw as ErrorCode>::CATALOG, "Raw");
    assert_eq!(raw!(2), Raw::Match);
    assert_eq!(RawBound::from(1002_i64), RawBound::Unknown);
    assert_eq!(RawBound::from(7_i64), RawBound::Other(7));
    assert_eq!(RawBound::Ok.name(), "Ok");
    assert_eq!(raw_bound!(0), RawBound::Ok);
}

/// Explicit discriminants are the user's: the codes are the #[code]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
#[repr(u8)]
enum Discriminants {
    #[code(100, message = "hundred")]
    A = 1,
    #[code(200, message = "two hundred")]
    B = 2,
}

#[test]
fn discriminants_are_not_codes() {
    assert_eq!((Discriminants::B.code(), Discriminants::B as u8), (200, 2));
    assert_eq!(Discriminants::try_from(100_i64), Ok(Discriminants::A));
    assert!(Discriminants::try_from(1_i64).is_err());
}

/// Only a catch-all: an empty integer catalog, every code kept raw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum OnlyRaw {
    Unknown(i64),
}

#[test]
fn catch_all_only_is_an_empty_catalog() {
    assert!(OnlyRaw::ALL.is_empty());
    assert_eq!(OnlyRaw::from(5_i64), OnlyRaw::Unknown(5));
    assert_eq!(OnlyRaw::Unknown(5).code(), 5);
    assert!(!OnlyRaw::Unknown(5).is_known());
    assert_eq!(OnlyRaw::Unknown(5).message(), "unknown OnlyRaw code");
}

/// A hand-written catch-all holding a code the enum defines: the generated
/// methods answer as `from(code)` does; `==` is the enum's own derive.
#[test]
fn inline_catch_all_of_a_known_code() {
    let held = Acme::Other(4026);
    assert_eq!(held.name(), "InvalidSignature");
    assert_eq!(held.message(), Acme::InvalidSignature.message());
    assert!(held.is_known() && Acme::Other(0).is_success());
    assert_eq!(held.http_status(), Some(401));
    assert_eq!(held.key(), Some("sign_error"));
    assert_eq!(held.category(), Some("card"));
    assert_ne!(held, Acme::InvalidSignature);
}
