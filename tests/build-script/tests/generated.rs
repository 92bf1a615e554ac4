//! The build.rs-generated enums behave as the macro's do, and their
//! code-reference macros work from another crate (this test).

use build_script::ebet::{
    ebet_reply_status, ebet_status, is_bad_signature, EbetReplyStatus, EbetStatus,
};
use build_script::multimarkets::{multi_markets_gateway_code, MultiMarketsGatewayCode};
use build_script::upay::{upay_biz_code, UpayBizCode};
use error_runtime::ErrorCode;

#[test]
fn integer_catalog() {
    let status = EbetStatus::from(4026_i64);
    assert_eq!(status, EbetStatus::InvalidSignature);
    assert_eq!(status, ebet_status!(4026));
    assert!(is_bad_signature(&status));
    assert_eq!(status.message(), "签名不对");
    assert_eq!(status.message_in("en_US"), "Invalid signature");
    assert_eq!(EbetStatus::from(9999_i64), EbetStatus::Unknown(9999));
    assert!(EbetStatus::from(200_i64).is_success());
    assert_eq!(status.to_string(), "4026: 签名不对");
    assert_eq!(EbetStatus::ALL.len(), 35);
    assert!(matches!(EbetStatus::from(-1_i64), ebet_status!(-1)));
    assert_eq!(<EbetStatus as ErrorCode>::CATALOG, "EbetStatus");
}

#[test]
fn subset_converts_to_and_from_its_parent() {
    let reply = EbetReplyStatus::from(410_i64);
    assert_eq!(reply, ebet_reply_status!(410));
    assert_eq!(EbetStatus::from(reply), EbetStatus::InvalidToken);
    assert_eq!(
        EbetReplyStatus::try_from(EbetStatus::InvalidToken),
        Ok(reply)
    );
    assert!(EbetReplyStatus::try_from(EbetStatus::TopUpIdEmpty).is_err());
    assert_eq!(reply.message_in("en"), "Invalid token");
}

#[test]
fn placeholders_render() {
    let code = UpayBizCode::from(10022_i64);
    assert_eq!(code, upay_biz_code!(10022));
    assert_eq!(code.arity(), 1);
    assert_eq!(
        code.render(&[&"cardNo"]),
        "Extension parameter cardNo cannot be empty"
    );
}

#[test]
fn string_catalog_with_categories() {
    let code = MultiMarketsGatewayCode::from("GGATEWAY_CODE_001");
    assert_eq!(code, multi_markets_gateway_code!("GGATEWAY_CODE_001"));
    assert_eq!(code.category(), Some("gateway"));
    assert_eq!(
        MultiMarketsGatewayCode::from("NOPE"),
        MultiMarketsGatewayCode::Unknown("NOPE".into())
    );
    let json = serde_json::to_string(&code).unwrap();
    assert_eq!(json, "\"GGATEWAY_CODE_001\"");
}

#[test]
fn every_shipped_catalog_has_its_codes() {
    use build_script::{card_issuing, ebet, multimarkets, pay_wallet, upay};
    let counts: Vec<(&str, usize)> = include_str!("../../../catalogs/COUNTS.txt")
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(file, n)| (file, n.parse().expect("count")))
        .collect();
    let generated = [
        (
            "card_issuing.toml",
            card_issuing::CardIssuingCode::ALL.len(),
        ),
        ("ebet.toml", ebet::EbetStatus::ALL.len()),
        ("ebet_client.toml", ebet::EbetClientError::ALL.len()),
        ("ebet_reply.toml", ebet::EbetReplyStatus::ALL.len()),
        (
            "multimarkets_customer.toml",
            multimarkets::MultiMarketsCustomerCode::ALL.len(),
        ),
        (
            "multimarkets_gateway.toml",
            multimarkets::MultiMarketsGatewayCode::ALL.len(),
        ),
        ("pay_wallet.toml", pay_wallet::PayWalletCode::ALL.len()),
        (
            "pay_wallet_http.toml",
            pay_wallet::PayWalletHttpStatus::ALL.len(),
        ),
        ("upay_biz.toml", upay::UpayBizCode::ALL.len()),
        ("upay_http.toml", upay::UpayHttpStatus::ALL.len()),
    ];
    for (file, len) in generated {
        let expected = counts.iter().find(|(f, _)| *f == file).map(|(_, n)| *n);
        assert_eq!(Some(len), expected, "{file}");
    }
    assert_eq!(
        counts.len(),
        generated.len(),
        "a shipped catalog is not generated here"
    );
}

/// Cargo keeps what the build script printed in `output`, beside `OUT_DIR`.
#[test]
fn every_file_read_is_tracked_for_rebuilds() {
    let output = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/../output"))
        .expect("the build script's recorded output");
    let tracked: Vec<&str> = output
        .lines()
        .filter_map(|l| l.strip_prefix("cargo:rerun-if-changed="))
        .map(|p| p.rsplit('/').next().unwrap_or(p))
        .collect();
    // The subset is followed by its parent, read again for it.
    assert_eq!(
        tracked,
        [
            "card_issuing.toml",
            "ebet.toml",
            "ebet_client.toml",
            "ebet_reply.toml",
            "ebet.toml",
            "multimarkets_customer.toml",
            "multimarkets_gateway.toml",
            "pay_wallet.toml",
            "pay_wallet_http.toml",
            "upay_biz.toml",
            "upay_http.toml",
            "adv_text.toml",
        ]
    );
}
