//! `#[derive(ErrorCode)]` with integer codes, inline and bound.

use error_runtime::ErrorCode;

/// Inline, with a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(lang = "en", success = [0], placeholders = "java")]
enum Acme {
    #[code(0, message = "OK")]
    Ok,
    #[code(1001, message(en = "System error", zh-CN = "系统错误"), http = 500, retryable)]
    System,
    #[code(-1, message = "Field {0} is missing", key = "missing_field")]
    MissingField,
    Unknown(i64),
}

#[test]
fn inline_with_catch_all() {
    assert_eq!(Acme::from(1001_i64), Acme::System);
    assert_eq!(Acme::from(7_i64), Acme::Unknown(7));
    assert_eq!(Acme::System.message_in("zh_CN"), "系统错误");
    assert_eq!(Acme::MissingField.render(&[&"name"]), "Field name is missing");
    assert_eq!(Acme::ALL, &[Acme::Ok, Acme::System, Acme::MissingField]);
    assert!(Acme::Ok.is_success());
    assert_eq!(acme!(-1), Acme::MissingField);
    assert_eq!(<Acme as ErrorCode>::CATALOG, "Acme");
}
