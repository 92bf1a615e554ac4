//! Every item `include_catalog!` emits, for an integer catalog
//! (tests/catalogs/int.toml) and its subset (tests/catalogs/subset.toml).

mod acme {
    error_runtime::include_catalog!("tests/catalogs/int.toml");
    error_runtime::include_catalog!("tests/catalogs/subset.toml");
}
use acme::{acme_reply, acme_status, AcmeReply, AcmeStatus};
use error_runtime::ErrorCode;

#[test]
fn codes_map_both_ways_including_extremes() {
    let cases = [
        (0, AcmeStatus::Ok),
        (200, AcmeStatus::Done),
        (-1, AcmeStatus::RecordMissing),
        (i64::MIN, AcmeStatus::Min),
        (i64::MAX, AcmeStatus::Max),
        (4026, AcmeStatus::InvalidSignature),
    ];
    for (code, variant) in cases {
        assert_eq!(AcmeStatus::from(code), variant);
        assert_eq!(variant.code(), code);
        assert_eq!(i64::from(variant), code);
        assert!(variant.is_known());
    }
}

#[test]
fn unknown_codes_keep_the_raw_value_in_the_renamed_catch_all() {
    for code in [9999, -2, i64::MIN + 1, i64::MAX - 1, 1] {
        let status = AcmeStatus::from(code);
        assert_eq!(status, AcmeStatus::Other(code));
        assert_eq!(status.code(), code);
        assert!(!status.is_known());
        assert_eq!(status.name(), "Other");
        assert_eq!(status.message(), "unknown AcmeStatus code");
        assert_eq!(status.http_status(), None);
        assert!(!status.is_retryable());
        assert!(!status.is_success());
        assert_eq!(status.key(), None);
        assert_eq!(status.arity(), 0);
    }
    // A code *named* Unknown is an ordinary variant when the catch-all is renamed.
    assert_eq!(AcmeStatus::from(1002), AcmeStatus::Unknown);
    assert!(AcmeStatus::Unknown.is_known());
    assert_eq!(AcmeStatus::Unknown.name(), "Unknown");
}

#[test]
fn all_is_every_known_variant_in_catalog_order() {
    let names: Vec<&str> = AcmeStatus::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(
        names,
        [
            "Ok",
            "Done",
            "RecordMissing",
            "Min",
            "Max",
            "SystemBusy",
            "Unknown",
            "ParamMissing",
            "InvalidSignature",
            "CardLimit",
            "LegacyError"
        ]
    );
    assert_eq!(<AcmeStatus as ErrorCode>::ALL, AcmeStatus::ALL);
}

#[test]
fn per_code_facts() {
    assert_eq!(AcmeStatus::InvalidSignature.key(), Some("sign_error"));
    assert_eq!(AcmeStatus::Ok.key(), None);
    assert_eq!(AcmeStatus::InvalidSignature.http_status(), Some(401));
    assert_eq!(AcmeStatus::Done.http_status(), None);
    assert!(AcmeStatus::SystemBusy.is_retryable());
    assert!(!AcmeStatus::InvalidSignature.is_retryable());
    assert!(AcmeStatus::Ok.is_success() && AcmeStatus::Done.is_success());
    assert!(!AcmeStatus::SystemBusy.is_success());
    assert_eq!(AcmeStatus::InvalidSignature.name(), "InvalidSignature");
    // The name derived from the key when `name` is omitted.
    assert_eq!(AcmeStatus::from(5000).name(), "LegacyError");
}

#[test]
fn categories_from_ranges_explicit_and_for_unknown_codes() {
    assert_eq!(AcmeStatus::SystemBusy.category(), Some("common"));
    // Explicit category wins over the range (4026 lies in `card`).
    assert_eq!(AcmeStatus::InvalidSignature.category(), Some("common"));
    assert_eq!(AcmeStatus::CardLimit.category(), Some("card"));
    assert_eq!(AcmeStatus::Ok.category(), None);
    // Unknown codes are placed by range too.
    assert_eq!(AcmeStatus::from(1500).category(), Some("common"));
    assert_eq!(AcmeStatus::from(4999).category(), Some("card"));
    assert_eq!(AcmeStatus::from(5001).category(), None);
}

#[test]
fn messages_in_every_language_with_fallbacks() {
    let s = AcmeStatus::InvalidSignature;
    assert_eq!(s.message(), "签名不对");
    for tag in ["zh-CN", "zh_CN", "zh-cn", "ZH_cn", "zh", "zh-TW", "zh-Hant"] {
        assert_eq!(s.message_in(tag), "签名不对", "{tag}");
    }
    for tag in ["en", "EN", "en_US", "en-GB", "en-US-x-private"] {
        assert_eq!(s.message_in(tag), "Invalid signature", "{tag}");
    }
    // Unknown tags, empty tags and codes without a translation fall back to `lang`.
    assert_eq!(s.message_in("fr"), "签名不对");
    assert_eq!(s.message_in(""), "签名不对");
    assert_eq!(AcmeStatus::Min.message_in("en"), "最小");
    assert_eq!(<AcmeStatus as ErrorCode>::LANGUAGES, ["zh-CN", "en"]);
    assert_eq!(<AcmeStatus as ErrorCode>::LANG, "zh-CN");
}

#[test]
fn java_placeholders_render_in_every_language() {
    let p = AcmeStatus::ParamMissing;
    assert_eq!(p.arity(), 1);
    assert_eq!(p.message_in("en"), "Parameter {0} can''t be empty");
    assert_eq!(p.render(&[&"user_id"]), "参数 user_id 不能为空");
    assert_eq!(
        p.render_in("en_US", &[&"user_id"]),
        "Parameter user_id can't be empty"
    );
    let c = AcmeStatus::CardLimit;
    assert_eq!(c.arity(), 2);
    assert_eq!(
        c.render_in("en", &[&"*1234", &500]),
        "Card *1234 is over its limit of 500"
    );
    // Missing arguments stay as written; extra ones are ignored.
    assert_eq!(
        c.render_in("en", &[&"*1234"]),
        "Card *1234 is over its limit of {1}"
    );
    assert_eq!(AcmeStatus::Ok.render(&[&1, &2]), "成功");
    assert_eq!(AcmeStatus::from(77).render(&[]), "unknown AcmeStatus code");
}

#[test]
fn std_traits() {
    assert_eq!(AcmeStatus::InvalidSignature.to_string(), "4026: 签名不对");
    assert_eq!(
        AcmeStatus::from(-7).to_string(),
        "-7: unknown AcmeStatus code"
    );
    assert_eq!(
        "4026".parse::<AcmeStatus>(),
        Ok(AcmeStatus::InvalidSignature)
    );
    assert_eq!(
        "-9223372036854775808".parse::<AcmeStatus>(),
        Ok(AcmeStatus::Min)
    );
    assert_eq!("12".parse::<AcmeStatus>(), Ok(AcmeStatus::Other(12)));
    assert!("x".parse::<AcmeStatus>().is_err());
    assert!("9223372036854775808".parse::<AcmeStatus>().is_err());
    let e: &dyn std::error::Error = &AcmeStatus::SystemBusy;
    assert_eq!(e.to_string(), "1001: 系统繁忙，请稍后再试");
    let copy = AcmeStatus::Done;
    let again = copy; // Copy
    assert_eq!(copy, again);
    let set: std::collections::HashSet<AcmeStatus> = AcmeStatus::ALL.iter().copied().collect();
    assert_eq!(set.len(), AcmeStatus::ALL.len());
    assert_eq!(format!("{:?}", AcmeStatus::Other(5)), "Other(5)");
}

#[test]
fn serde_is_the_bare_code() {
    assert_eq!(
        serde_json::to_string(&AcmeStatus::InvalidSignature).unwrap(),
        "4026"
    );
    assert_eq!(serde_json::to_string(&AcmeStatus::Other(-3)).unwrap(), "-3");
    assert_eq!(
        serde_json::from_str::<AcmeStatus>("4026").unwrap(),
        AcmeStatus::InvalidSignature
    );
    assert_eq!(
        serde_json::from_str::<AcmeStatus>("-9223372036854775808").unwrap(),
        AcmeStatus::Min
    );
    assert_eq!(
        serde_json::from_str::<AcmeStatus>("31337").unwrap(),
        AcmeStatus::Other(31337)
    );
    // A code sent as a numeric string is accepted.
    assert_eq!(
        serde_json::from_str::<AcmeStatus>("\"4026\"").unwrap(),
        AcmeStatus::InvalidSignature
    );
    assert!(serde_json::from_str::<AcmeStatus>("18446744073709551615").is_err());
    assert!(serde_json::from_str::<AcmeStatus>("1.5").is_err());
    assert!(serde_json::from_str::<AcmeStatus>("\"abc\"").is_err());
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Reply {
        status: AcmeStatus,
    }
    let reply: Reply = serde_json::from_str(r#"{"status":1001}"#).unwrap();
    assert_eq!(reply.status, AcmeStatus::SystemBusy);
    assert_eq!(serde_json::to_string(&reply).unwrap(), r#"{"status":1001}"#);
}

#[test]
fn the_error_code_trait_serves_generic_code() {
    fn describe<E: ErrorCode>(e: &E) -> String {
        format!(
            "{}::{} {} [{}]",
            E::CATALOG,
            e.name(),
            e.code(),
            e.message_in("en")
        )
    }
    assert_eq!(
        describe(&AcmeStatus::InvalidSignature),
        "AcmeStatus::InvalidSignature 4026 [Invalid signature]"
    );
    assert_eq!(describe(&AcmeReply::Ok), "AcmeReply::Ok 0 [OK]");
    assert_eq!(
        <AcmeStatus as ErrorCode>::try_from_code(-1),
        Some(AcmeStatus::RecordMissing)
    );
    let env = <AcmeStatus as ErrorCode>::ENVELOPE;
    assert_eq!(
        (env.code, env.message, env.data),
        ("status", &["msg"][..], "payload")
    );
    let s = AcmeStatus::CardLimit;
    assert_eq!(ErrorCode::render(&s, &[&1, &2]), "卡 1 超过限额 2");
    assert_eq!(
        ErrorCode::render_in(&s, "en", &[&1, &2]),
        "Card 1 is over its limit of 2"
    );
    assert_eq!(ErrorCode::category(&s), Some("card"));
    assert_eq!(
        ErrorCode::http_status(&AcmeStatus::InvalidSignature),
        Some(401)
    );
    assert!(ErrorCode::is_retryable(&AcmeStatus::SystemBusy));
    assert!(ErrorCode::is_success(&AcmeStatus::Ok) && ErrorCode::is_known(&AcmeStatus::Ok));
    assert_eq!(ErrorCode::arity(&s), 2);
    assert_eq!(
        ErrorCode::key(&AcmeStatus::RecordMissing),
        Some("record_missing")
    );
}

#[test]
fn the_code_reference_macro_works_as_expression_and_pattern() {
    assert_eq!(acme_status!(4026), AcmeStatus::InvalidSignature);
    assert_eq!(acme_status!(-1), AcmeStatus::RecordMissing);
    assert_eq!(acme_status!(-9223372036854775808), AcmeStatus::Min);
    assert_eq!(acme_status!(9223372036854775807), AcmeStatus::Max);
    let pick = |s: AcmeStatus| match s {
        acme_status!(4026) => "signature",
        acme_status!(0) | acme_status!(200) => "fine",
        _ => "other",
    };
    assert_eq!(pick(AcmeStatus::from(4026)), "signature");
    assert_eq!(pick(AcmeStatus::from(200)), "fine");
    assert_eq!(pick(AcmeStatus::from(1)), "other");
    assert_eq!(acme_reply!(1001), AcmeReply::SystemBusy);
}

#[test]
fn deprecated_codes_still_work() {
    #[allow(deprecated)]
    let legacy = AcmeStatus::LegacyError;
    assert_eq!(AcmeStatus::from(5000), legacy);
    assert_eq!(legacy.message(), "旧错误");
}

#[test]
fn subset_catalog_converts_both_ways() {
    assert_eq!(
        AcmeReply::ALL,
        [
            AcmeReply::Ok,
            AcmeReply::SystemBusy,
            AcmeReply::InvalidSignature
        ]
    );
    // Names and messages come from the parent.
    assert_eq!(AcmeReply::SystemBusy.message(), "系统繁忙，请稍后再试");
    assert_eq!(
        AcmeReply::SystemBusy.message_in("en"),
        "System busy, try again later"
    );
    assert!(AcmeReply::SystemBusy.is_retryable());
    assert_eq!(AcmeReply::InvalidSignature.http_status(), Some(401));
    // Success codes: the parent's, restricted to the subset.
    assert!(AcmeReply::Ok.is_success());
    assert_eq!(AcmeReply::from(200), AcmeReply::Unknown(200));
    assert_eq!(
        AcmeStatus::from(AcmeReply::InvalidSignature),
        AcmeStatus::InvalidSignature
    );
    assert_eq!(
        AcmeStatus::from(AcmeReply::from(4026)),
        AcmeStatus::InvalidSignature
    );
    // A subset's unknown code may still be known to the parent.
    assert_eq!(AcmeStatus::from(AcmeReply::from(200)), AcmeStatus::Done);
    assert_eq!(AcmeStatus::from(AcmeReply::from(31)), AcmeStatus::Other(31));
    assert_eq!(
        AcmeReply::try_from(AcmeStatus::SystemBusy),
        Ok(AcmeReply::SystemBusy)
    );
    assert_eq!(AcmeReply::try_from(AcmeStatus::Done), Err(AcmeStatus::Done));
    assert_eq!(
        AcmeReply::try_from(AcmeStatus::Other(9)),
        Err(AcmeStatus::Other(9))
    );
    // Subset categories are the parent's.
    assert_eq!(AcmeReply::from(1999).category(), Some("common"));
}

/// One crate may include the same catalog in several modules: each gets its
/// own enum and its own code-reference macro (which names the enum in scope
/// where it is used, so it is used here).
mod again {
    error_runtime::include_catalog!("tests/catalogs/int.toml");

    #[test]
    fn a_catalog_can_be_included_twice_in_one_crate() {
        assert_eq!(acme_status!(4026), AcmeStatus::InvalidSignature);
        assert_eq!(acme_status!(4026).code(), super::acme_status!(4026).code());
        assert_eq!(AcmeStatus::ALL.len(), super::AcmeStatus::ALL.len());
    }
}
