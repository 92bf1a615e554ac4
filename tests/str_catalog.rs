//! Every item `include_catalog!` emits, for a string catalog
//! (tests/catalogs/str.toml) and its JSON twin (str.json).

mod gateway {
    error_runtime::include_catalog!("tests/catalogs/str.toml");
    error_runtime::include_catalog!("tests/catalogs/str.json");
}
use error_runtime::ErrorCode;
use gateway::{gateway_code, gateway_code_json, GatewayCode, GatewayCodeJson};

#[test]
fn exact_strings_map_both_ways() {
    assert_eq!(GatewayCode::from("00000"), GatewayCode::Success);
    assert_eq!(GatewayCode::from("0000"), GatewayCode::ShortZero);
    assert_eq!(
        GatewayCode::from("GW_CODE_012"),
        GatewayCode::GatewayTimeout
    );
    assert_eq!(GatewayCode::from("with space"), GatewayCode::WithSpace);
    assert_eq!(GatewayCode::Success.code(), "00000");
    assert_eq!(GatewayCode::ShortZero.code(), "0000");
    for near_miss in [
        "000",
        "000000",
        "gw_code_012",
        "GW_CODE_012 ",
        " 00000",
        "",
        "with  space",
    ] {
        let code = GatewayCode::from(near_miss);
        assert_eq!(
            code,
            GatewayCode::Unknown(near_miss.to_owned()),
            "{near_miss:?}"
        );
        assert_eq!(code.code(), near_miss);
        assert!(!code.is_known());
    }
    assert_eq!(
        GatewayCode::from(String::from("CU_001")),
        GatewayCode::CustomerMissing
    );
    assert_eq!(String::from(GatewayCode::CustomerMissing), "CU_001");
    assert_eq!(String::from(GatewayCode::from("X_9")), "X_9");
}

#[test]
fn facts_and_categories_by_prefix() {
    let t = GatewayCode::GatewayTimeout;
    assert_eq!(t.http_status(), Some(504));
    assert!(t.is_retryable());
    assert_eq!(t.key(), Some("gateway_timeout"));
    assert_eq!(t.category(), Some("gateway"));
    assert_eq!(GatewayCode::CustomerMissing.category(), Some("customer"));
    assert_eq!(GatewayCode::Success.category(), None);
    assert_eq!(GatewayCode::from("GW_NEW_CODE").category(), Some("gateway"));
    assert_eq!(GatewayCode::from("CU_").category(), Some("customer"));
    assert_eq!(GatewayCode::from("XX").category(), None);
    assert!(GatewayCode::Success.is_success());
    assert!(!GatewayCode::ShortZero.is_success());
    assert_eq!(GatewayCode::ALL.len(), 5);
    assert_eq!(GatewayCode::from("nope").name(), "Unknown");
}

#[test]
fn printf_placeholders() {
    let t = GatewayCode::GatewayTimeout;
    assert_eq!(t.arity(), 1);
    assert_eq!(t.render(&[&3000]), "Gateway timed out after 3000 ms");
    assert_eq!(t.render_in("zh", &[&3000]), "网关在 3000 毫秒后超时");
    assert_eq!(t.message_in("zh_CN"), "网关在 %d 毫秒后超时");
    let c = GatewayCode::CustomerMissing;
    assert_eq!(c.message(), "Customer %s does not exist (100%% sure)");
    assert_eq!(
        c.render(&[&"c-42"]),
        "Customer c-42 does not exist (100% sure)"
    );
    assert_eq!(c.render(&[]), "Customer %s does not exist (100% sure)");
    // No translation: every language falls back to `lang`.
    assert_eq!(c.message_in("zh-CN"), c.message());
}

#[test]
fn std_traits_and_serde() {
    assert_eq!(
        GatewayCode::GatewayTimeout.to_string(),
        "GW_CODE_012: Gateway timed out after %d ms"
    );
    assert_eq!(
        GatewayCode::from("Z").to_string(),
        "Z: unknown GatewayCode code"
    );
    assert_eq!("0000".parse::<GatewayCode>(), Ok(GatewayCode::ShortZero));
    assert_eq!(
        "anything".parse::<GatewayCode>(),
        Ok(GatewayCode::Unknown("anything".into()))
    );
    let cloned = GatewayCode::from("keep").clone();
    assert_eq!(cloned, GatewayCode::Unknown("keep".into()));
    assert_eq!(
        serde_json::to_string(&GatewayCode::ShortZero).unwrap(),
        "\"0000\""
    );
    assert_eq!(
        serde_json::to_string(&GatewayCode::from("new")).unwrap(),
        "\"new\""
    );
    assert_eq!(
        serde_json::from_str::<GatewayCode>("\"GW_CODE_012\"").unwrap(),
        GatewayCode::GatewayTimeout
    );
    assert_eq!(
        serde_json::from_str::<GatewayCode>("\"??\"").unwrap(),
        GatewayCode::Unknown("??".into())
    );
    // A vendor that sends a string code as a number.
    assert_eq!(
        serde_json::from_str::<GatewayCode>("0").unwrap(),
        GatewayCode::Unknown("0".into())
    );
    assert!(serde_json::from_str::<GatewayCode>("[]").is_err());
    assert_eq!(
        <GatewayCode as ErrorCode>::try_from_code("00000"),
        Some(GatewayCode::Success)
    );
    assert_eq!(ErrorCode::code(&GatewayCode::ShortZero), "0000");
}

#[test]
fn the_code_reference_macro_takes_string_codes() {
    assert_eq!(gateway_code!("GW_CODE_012"), GatewayCode::GatewayTimeout);
    let kind = |c: &GatewayCode| match c {
        gateway_code!("00000") => "ok",
        gateway_code!("0000") => "short",
        _ => "other",
    };
    assert_eq!(kind(&GatewayCode::from("00000")), "ok");
    assert_eq!(kind(&GatewayCode::from("0000")), "short");
    assert_eq!(kind(&GatewayCode::from("000")), "other");
}

#[test]
fn json_catalog_behaves_like_toml() {
    assert_eq!(GatewayCodeJson::ALL.len(), GatewayCode::ALL.len());
    for (t, j) in GatewayCode::ALL.iter().zip(GatewayCodeJson::ALL) {
        assert_eq!(t.code(), j.code());
        assert_eq!(t.name(), j.name());
        assert_eq!(t.message(), j.message());
        assert_eq!(t.message_in("zh"), j.message_in("zh"));
        assert_eq!(t.http_status(), j.http_status());
        assert_eq!(t.category(), j.category());
        assert_eq!(t.is_success(), j.is_success());
    }
    assert_eq!(gateway_code_json!("0000"), GatewayCodeJson::ShortZero);
}

mod elsewhere {
    use crate::gateway::GatewayCode;

    #[test]
    fn the_macro_is_usable_from_other_modules() {
        assert_eq!(
            crate::gateway::gateway_code!("0000"),
            GatewayCode::ShortZero
        );
    }
}
