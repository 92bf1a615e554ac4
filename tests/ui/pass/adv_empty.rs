// Catalogs without codes: the enum is its catch-all; every code maps to it.
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_empty_int.toml");
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_empty_str.toml");
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_empty_catch_all.json");

/// The derive on an enum that is only its catch-all: an empty string catalog.
#[derive(Debug, Clone, PartialEq, error_runtime::ErrorCode)]
#[catalog(lang = "en")]
enum Nothing {
    Unknown(String),
}

fn main() {
    assert!(EmptyInt::ALL.is_empty());
    for code in [i64::MIN, -1, 0, 1, 4026, i64::MAX] {
        let status = EmptyInt::from(code);
        assert_eq!(status, EmptyInt::Unknown(code));
        assert_eq!(status.code(), code);
        assert!(!status.is_known());
        assert!(!status.is_success());
        assert_eq!(status.message(), "unknown EmptyInt code");
        assert_eq!(status.message_in("fr"), "unknown EmptyInt code");
        assert_eq!(status.name(), "Unknown");
        assert_eq!(status.key(), None);
        assert_eq!(status.http_status(), None);
        assert_eq!(status.category(), None);
        assert_eq!(status.arity(), 0);
        assert_eq!(i64::from(status), code);
    }
    assert_eq!("12".parse::<EmptyInt>(), Ok(EmptyInt::Unknown(12)));
    assert!("x".parse::<EmptyInt>().is_err());

    assert!(EmptyStr::ALL.is_empty());
    for code in ["", "0", "4026", "签名"] {
        let status = EmptyStr::from(code);
        assert_eq!(status, EmptyStr::Unknown(code.to_owned()));
        assert_eq!(status.code(), code);
        assert!(!status.is_known());
        assert_eq!(String::from(status.clone()), code);
        assert_eq!(status.to_string(), format!("{code}: unknown EmptyStr code"));
    }

    assert!(EmptyOther::ALL.is_empty());
    assert_eq!(EmptyOther::from(7), EmptyOther::Other(7));
    assert_eq!(EmptyOther::from(7).name(), "Other");
    assert_eq!(EmptyOther::from(i64::MIN).category(), Some("all"));
    assert_eq!(<EmptyOther as error_runtime::ErrorCode>::ALL.len(), 0);
    assert_eq!(
        <EmptyOther as error_runtime::ErrorCode>::try_from_code(3),
        Some(EmptyOther::Other(3))
    );

    assert!(Nothing::ALL.is_empty());
    assert_eq!(Nothing::from("x"), Nothing::Unknown("x".into()));
    assert_eq!(Nothing::from("x").code(), "x");
    assert!(!Nothing::from("").is_known());
}
