//! `#[derive(ErrorCode)]` with string codes: inline with each catch-all type
//! (`String`, `Box<str>`, none), several languages, printf placeholders,
//! prefix categories; bound to a string catalog with a `String` catch-all; only
//! a catch-all, whose type makes the codes strings.

use error_runtime::{ErrorCode, UnknownCode};

/// Inline, `String` catch-all: `From<&str>` and `From<String>` are total.
#[derive(Debug, Clone, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(
    lang = "en",
    success = ["00000"],
    placeholders = "printf",
    categories(gateway(prefix = "GW_", doc = "Upstream errors"), customer(prefix = "CU_")),
)]
enum Upstream {
    #[code("00000", message = "Success")]
    Success,
    #[code("0000", message = "Four zeros are not five")]
    ShortZero,
    #[code("GW_CODE_012", message(en = "Upstream timed out after %d ms", zh-CN = "网关在 %d 毫秒后超时"), key = "gateway_timeout", http = 504, retryable)]
    GatewayTimeout,
    #[code(
        "CU_001",
        message = "Customer %s does not exist (100%% sure)",
        http = 404
    )]
    CustomerMissing,
    #[code("with space", message = "A code with a space", category = "customer")]
    WithSpace,
    Unknown(String),
}

#[test]
fn string_codes_are_exact() {
    assert_eq!(Upstream::from("00000"), Upstream::Success);
    assert_eq!(Upstream::from("0000"), Upstream::ShortZero);
    assert_eq!(Upstream::from("000"), Upstream::Unknown("000".into()));
    assert_eq!(
        Upstream::from("gw_code_012"),
        Upstream::Unknown("gw_code_012".into())
    );
    assert_eq!(
        Upstream::from(String::from("with space")),
        Upstream::WithSpace
    );
    assert_eq!(
        Upstream::from(String::from("new")),
        Upstream::Unknown("new".into())
    );
    assert_eq!(String::from(Upstream::GatewayTimeout), "GW_CODE_012");
    assert_eq!(String::from(Upstream::Unknown("raw".into())), "raw");
    assert_eq!(Upstream::Unknown("raw".into()).code(), "raw");
    assert_eq!("CU_001".parse::<Upstream>(), Ok(Upstream::CustomerMissing));
    assert_eq!(
        Upstream::try_from_code("x"),
        Some(Upstream::Unknown("x".into()))
    );
    assert_eq!(upstream!("GW_CODE_012"), Upstream::GatewayTimeout);
    assert_eq!(Upstream::ALL.len(), 5);
    assert_eq!(Upstream::ALL[4], Upstream::WithSpace);
}

#[test]
fn string_messages_placeholders_and_facts() {
    assert_eq!(<Upstream as ErrorCode>::LANGUAGES, &["en", "zh-CN"]);
    assert_eq!(
        Upstream::GatewayTimeout.message_in("zh"),
        "网关在 %d 毫秒后超时"
    );
    assert_eq!(
        Upstream::GatewayTimeout.render(&[&30]),
        "Upstream timed out after 30 ms"
    );
    assert_eq!(
        Upstream::GatewayTimeout.render_in("zh_CN", &[&30]),
        "网关在 30 毫秒后超时"
    );
    assert_eq!(
        Upstream::CustomerMissing.render(&[&"bob"]),
        "Customer bob does not exist (100% sure)"
    );
    assert_eq!(Upstream::CustomerMissing.arity(), 1);
    assert_eq!(
        Upstream::GatewayTimeout.to_string(),
        "GW_CODE_012: Upstream timed out after %d ms"
    );
    assert!(Upstream::Success.is_success() && !Upstream::ShortZero.is_success());
    assert_eq!(Upstream::GatewayTimeout.key(), Some("gateway_timeout"));
    assert_eq!(Upstream::GatewayTimeout.http_status(), Some(504));
    assert!(Upstream::GatewayTimeout.is_retryable());
    assert_eq!(Upstream::GatewayTimeout.category(), Some("gateway"));
    assert_eq!(Upstream::WithSpace.category(), Some("customer"));
    assert_eq!(
        Upstream::Unknown("CU_9".into()).category(),
        Some("customer")
    );
    assert_eq!(Upstream::Unknown("XX".into()).category(), None);
    assert_eq!(
        Upstream::Unknown("XX".into()).to_string(),
        "XX: unknown Upstream code"
    );
}

#[test]
fn string_serde() {
    assert_eq!(
        serde_json::to_string(&Upstream::ShortZero).unwrap(),
        "\"0000\""
    );
    let read: Upstream = serde_json::from_str("\"CU_001\"").unwrap();
    assert_eq!(read, Upstream::CustomerMissing);
    let read: Upstream = serde_json::from_str("42").unwrap();
    assert_eq!(read, Upstream::Unknown("42".into()));
}

/// Inline, `Box<str>` catch-all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(lang = "en", categories(auth(prefix = "A")))]
enum Boxed {
    #[code("A1", message = "auth one")]
    A1,
    Raw(Box<str>),
}

#[test]
fn box_str_catch_all() {
    assert_eq!(Boxed::from("A1"), Boxed::A1);
    assert_eq!(Boxed::from("A2"), Boxed::Raw("A2".into()));
    assert_eq!(Boxed::from(String::from("B")), Boxed::Raw("B".into()));
    assert_eq!(Boxed::Raw("A2".into()).code(), "A2");
    assert_eq!(Boxed::Raw("A2".into()).category(), Some("auth"));
    assert_eq!(String::from(Boxed::Raw("B".into())), "B");
    assert_eq!(String::from(Boxed::A1), "A1");
    assert_eq!("zz".parse::<Boxed>(), Ok(Boxed::Raw("zz".into())));
    let read: Boxed = serde_json::from_str("\"Q\"").unwrap();
    assert_eq!(read, Boxed::Raw("Q".into()));
    assert_eq!(Boxed::try_from_code("A1"), Some(Boxed::A1));
}

/// Inline, no catch-all: `TryFrom<&str>` and `TryFrom<String>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum ClosedStr {
    #[code("E1", message = "first")]
    E1,
    #[code("E2", message = "second")]
    E2,
}

#[test]
fn no_catch_all_gives_try_from() {
    assert_eq!(ClosedStr::try_from("E2"), Ok(ClosedStr::E2));
    assert_eq!(
        ClosedStr::try_from("E3"),
        Err(UnknownCode::new("ClosedStr", "E3"))
    );
    assert_eq!(ClosedStr::try_from(String::from("E1")), Ok(ClosedStr::E1));
    let error = ClosedStr::try_from(String::from("E9")).unwrap_err();
    assert_eq!(error.to_string(), "`E9` is not a code of ClosedStr");
    assert_eq!(error.into_code(), "E9");
    assert_eq!("E1".parse::<ClosedStr>(), Ok(ClosedStr::E1));
    assert_eq!("e1".parse::<ClosedStr>().unwrap_err().into_code(), "e1");
    assert_eq!(ClosedStr::try_from_code("E3"), None);
    assert_eq!(String::from(ClosedStr::E2), "E2");
    assert!(serde_json::from_str::<ClosedStr>("\"E3\"").is_err());
    assert_eq!(
        serde_json::from_str::<ClosedStr>("\"E1\"").unwrap(),
        ClosedStr::E1
    );
}

/// Bound to tests/catalogs/str.toml with a `String` catch-all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(file = "tests/catalogs/str.toml")]
enum BoundStr {
    WithSpace,
    CustomerMissing,
    GatewayTimeout,
    ShortZero,
    Success,
    Unknown(String),
}

#[test]
fn bound_string_catalog() {
    assert_eq!(BoundStr::ALL[0], BoundStr::Success);
    assert_eq!(BoundStr::from("0000"), BoundStr::ShortZero);
    assert_eq!(BoundStr::from("nope"), BoundStr::Unknown("nope".into()));
    assert_eq!(
        BoundStr::GatewayTimeout.render_in("zh", &[&5]),
        "网关在 5 毫秒后超时"
    );
    assert_eq!(BoundStr::CustomerMissing.category(), Some("customer"));
    assert!(BoundStr::Success.is_success());
    assert_eq!(bound_str!("CU_001"), BoundStr::CustomerMissing);
}

/// Only a `String` catch-all and no #[code]: its type makes this an empty
/// string catalog (not an integer one with a mistyped catch-all).
#[derive(Debug, Clone, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum OnlyRawStr {
    Unknown(String),
}

/// The same with a `Box<str>` catch-all.
#[derive(Debug, Clone, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum OnlyRawBox {
    Raw(Box<str>),
}

#[test]
fn catch_all_only_is_an_empty_string_catalog() {
    assert!(OnlyRawStr::ALL.is_empty());
    assert_eq!(OnlyRawStr::from("E1"), OnlyRawStr::Unknown("E1".into()));
    assert_eq!(OnlyRawStr::from(String::from("E2")).code(), "E2");
    assert_eq!(
        "E3".parse::<OnlyRawStr>(),
        Ok(OnlyRawStr::Unknown("E3".into()))
    );
    assert!(!OnlyRawStr::Unknown("E1".into()).is_known());
    assert_eq!(OnlyRawBox::from("E1"), OnlyRawBox::Raw("E1".into()));
    assert_eq!(OnlyRawBox::from("E1").code(), "E1");
}

/// One string code: the known variant comes without an index `match`.
#[derive(Debug, Clone, PartialEq, Eq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Single {
    #[code("ONLY", message = "The only code")]
    Only,
    Unknown(String),
}

#[test]
fn single_string_code() {
    assert_eq!(Single::from("ONLY"), Single::Only);
    assert_eq!(Single::from("ONLY "), Single::Unknown("ONLY ".into()));
    assert_eq!(Single::from(""), Single::Unknown(String::new()));
}
