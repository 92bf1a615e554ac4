//! The ten seed catalogs (`catalogs/*.toml`) checked against the vendor docs
//! they were made from (`seeds/000`–`004`).
//!
//! Every expected message below is copied from the seed doc itself, not from
//! the catalog, so a catalog that drifts from its doc fails here. The doc's
//! damaged rows are checked in their repaired form (see `catalogs/README.md`).

use error_runtime::ErrorCode;
use std::path::Path;

mod ebet {
    // The subset's parent must be in scope where the subset is included.
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/ebet_reply.toml");
}
mod ebet_client {
    error_runtime::include_catalog!("catalogs/ebet_client.toml");
}
mod upay_http {
    error_runtime::include_catalog!("catalogs/upay_http.toml");
}
mod upay_biz {
    error_runtime::include_catalog!("catalogs/upay_biz.toml");
}
mod mm_gateway {
    error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml");
}
mod mm_customer {
    error_runtime::include_catalog!("catalogs/multimarkets_customer.toml");
}
mod pay_wallet {
    error_runtime::include_catalog!("catalogs/pay_wallet.toml");
}
mod pay_wallet_http {
    error_runtime::include_catalog!("catalogs/pay_wallet_http.toml");
}
mod card_issuing {
    error_runtime::include_catalog!("catalogs/card_issuing.toml");
}

use card_issuing::{card_issuing_code, CardIssuingCode};
use ebet::{ebet_reply_status, ebet_status, EbetReplyStatus, EbetStatus};
use ebet_client::{ebet_client_error, EbetClientError};
use mm_customer::{multi_markets_customer_code, MultiMarketsCustomerCode};
use mm_gateway::{multi_markets_gateway_code, MultiMarketsGatewayCode};
use pay_wallet::{pay_wallet_code, PayWalletCode};
use pay_wallet_http::{pay_wallet_http_status, PayWalletHttpStatus};
use upay_biz::{upay_biz_code, UpayBizCode};
use upay_http::{upay_http_status, UpayHttpStatus};

/// The catalog files, exactly: a new catalog must be added here (and tested).
const CATALOG_FILES: [&str; 10] = [
    "card_issuing.toml",
    "ebet.toml",
    "ebet_client.toml",
    "ebet_reply.toml",
    "multimarkets_customer.toml",
    "multimarkets_gateway.toml",
    "pay_wallet.toml",
    "pay_wallet_http.toml",
    "upay_biz.toml",
    "upay_http.toml",
];

/// `code => Variant, "vendor text"`: the code maps to the variant and back,
/// and `message()` is the doc's text verbatim.
macro_rules! check_codes {
    ($enum:ident: $($code:expr => $variant:ident, $text:expr;)+) => {$(
        let status = $enum::from($code);
        assert_eq!(status, $enum::$variant, "code {:?}", $code);
        assert_eq!(status.code(), $code);
        assert!(status.is_known(), "code {:?}", $code);
        assert_eq!(status.message(), $text, "message of {:?}", $code);
    )+};
}

/// A Chinese catalog's code: the vendor's text under every zh tag, and an
/// English translation that is non-empty and differs from it.
fn assert_bilingual<E: ErrorCode>(status: &E) {
    let zh = status.message();
    for tag in ["zh-CN", "zh_CN", "zh"] {
        assert_eq!(status.message_in(tag), zh, "{status:?} in {tag}");
    }
    for tag in ["en", "en_US"] {
        let en = status.message_in(tag);
        assert!(!en.trim().is_empty(), "{status:?} has no {tag} text");
        assert_ne!(en, zh, "{status:?}: {tag} text is the Chinese text");
    }
}

fn catalog_path(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("catalogs")
        .join(file)
}

/// Loads a seed catalog through the library, failing on any validation error.
fn load_model(file: &str) -> error_catalog::model::Catalog {
    let display = format!("catalogs/{file}");
    let loaded = error_catalog::load::load(&catalog_path(file), &display);
    assert!(
        loaded.diagnostics.is_empty(),
        "{display}:\n{}",
        loaded.rendered()
    );
    loaded
        .catalog
        .unwrap_or_else(|| panic!("{display}: no catalog"))
}

#[test]
fn counts_match_counts_txt() {
    let actual = [
        ("ebet.toml", EbetStatus::ALL.len()),
        ("ebet_reply.toml", EbetReplyStatus::ALL.len()),
        ("ebet_client.toml", EbetClientError::ALL.len()),
        ("upay_http.toml", UpayHttpStatus::ALL.len()),
        ("upay_biz.toml", UpayBizCode::ALL.len()),
        (
            "multimarkets_gateway.toml",
            MultiMarketsGatewayCode::ALL.len(),
        ),
        (
            "multimarkets_customer.toml",
            MultiMarketsCustomerCode::ALL.len(),
        ),
        ("pay_wallet.toml", PayWalletCode::ALL.len()),
        ("pay_wallet_http.toml", PayWalletHttpStatus::ALL.len()),
        ("card_issuing.toml", CardIssuingCode::ALL.len()),
    ];
    let expected: Vec<(String, usize)> = include_str!("../catalogs/COUNTS.txt")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (file, count) = line.split_once(' ').expect("`file count` lines");
            let count = count.trim().parse().expect("a count");
            (file.to_owned(), count)
        })
        .collect();
    assert_eq!(expected.len(), actual.len(), "COUNTS.txt: {expected:?}");
    for (file, count) in actual {
        let listed = expected.iter().find(|(f, _)| f == file);
        assert_eq!(listed.map(|(_, c)| *c), Some(count), "{file}");
    }
    // The sum the catalogs README states.
    assert_eq!(expected.iter().map(|(_, c)| c).sum::<usize>(), 636);
}

#[test]
fn every_catalog_file_passes_the_validator_and_is_tested_here() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .expect("catalogs/ is readable")
        .map(|entry| entry.expect("a directory entry").file_name())
        .filter_map(|name| name.into_string().ok())
        .filter(|name| name.ends_with(".toml") || name.ends_with(".json"))
        .collect();
    found.sort();
    assert_eq!(found, CATALOG_FILES, "catalog files without a test here?");
    for file in CATALOG_FILES {
        let model = load_model(file);
        assert!(!model.entries.is_empty(), "{file}");
    }
}

#[test]
fn repeated_codes_keep_their_other_texts() {
    let other = |file: &str, code: error_catalog::model::Code| {
        let model = load_model(file);
        let entry = model.entries.iter().find(|e| e.code == code);
        entry.map(|e| e.other_messages.clone())
    };
    let s = |code: &str| error_catalog::model::Code::Str(code.to_owned());
    // seeds/002: `GGATEWAY_CODE_011=Invalid account information ... AY_CODE_902=…`
    assert_eq!(
        other("multimarkets_gateway.toml", s("GGATEWAY_CODE_011")),
        Some(vec!["Invalid account information".to_owned()])
    );
    assert_eq!(
        other("multimarkets_gateway.toml", s("GGATEWAY_CODE_016")),
        Some(vec![
            "The current interface parameters are abnormal, please check and try again".to_owned()
        ])
    );
    // An identical repeat is merged.
    assert_eq!(
        other("multimarkets_gateway.toml", s("GGATEWAY_CODE_017")),
        Some(vec![])
    );
    assert_eq!(
        other("multimarkets_customer.toml", s("USCUSTOMER_API_0000117")),
        Some(vec![
            "The customer account has positions, and the account cannot be closed".to_owned()
        ])
    );
    // seeds/003: the error example `{"code": -1, "message": "failed", …}`.
    assert_eq!(
        other("pay_wallet.toml", error_catalog::model::Code::Int(-1)),
        Some(vec!["failed".to_owned()])
    );
}

#[test]
fn ebet_status_against_seed_000_table_1() {
    check_codes! { EbetStatus:
        -1 => TopUpRecordNotFound, "充值纪录不存";
        0 => TopUpInProgress, "充值中";
        200 => Success, "成功";
        203 => TopUpIdEmpty, "充值 ID 不能为空";
        4003 => SystemBusy, "系统繁忙，请稍后再试";
        4026 => InvalidSignature, "签名不对";
        4038 => TooManyRequests, "频繁请求";
        5002 => WithdrawalFailed, "余额不足，取款失败(或该帐号已被冻结、禁止取款)";
        5009 => GameNotOpen, "该游戏未开放（目前仅未申请正式老虎机会出现此错误代码）";
        5011 => AccountFrozen, "这个帐号被冻结，无法进行此操作";
    }
    for status in EbetStatus::ALL {
        assert_bilingual(status);
    }
    let sig = ebet_status!(4026);
    assert_eq!(sig, EbetStatus::InvalidSignature);
    assert_eq!(sig.message_in("en"), "Invalid signature");
    assert_eq!(sig.message_in("en_US"), "Invalid signature");
    assert_eq!(sig.to_string(), "4026: 签名不对");

    assert!(EbetStatus::Success.is_success());
    let successes: Vec<_> = EbetStatus::ALL.iter().filter(|s| s.is_success()).collect();
    assert_eq!(successes, [&EbetStatus::Success], "0 (充值中) is pending");
    assert!(ebet_status!(4003).is_retryable() && ebet_status!(4038).is_retryable());
    assert!(!ebet_status!(505).is_retryable() && !ebet_status!(4026).is_retryable());
    assert_eq!(
        ebet_status!(401).http_status(),
        None,
        "the doc ties no HTTP"
    );

    assert_eq!(EbetStatus::from(9999_i64), EbetStatus::Unknown(9999));
    assert_eq!(EbetStatus::from(4099_i64).code(), 4099);
}

#[test]
fn ebet_reply_status_is_a_subset_of_ebet_status() {
    check_codes! { EbetReplyStatus:
        200 => Success, "成功";
        206 => SeqNoNotFound, "seqNo 不存在";
        410 => InvalidToken, "无效的Token";
        4026 => InvalidSignature, "签名不对";
        4027 => IpNotAllowed, "IP 不允许";
        5003 => SubChannelNotFound, "子渠道不存在";
    }
    assert!(ebet_reply_status!(200).is_success());
    assert_eq!(
        ebet_reply_status!(4026).message_in("en"),
        "Invalid signature"
    );
    assert_eq!(
        EbetStatus::from(EbetReplyStatus::InvalidSignature),
        EbetStatus::InvalidSignature
    );
    assert_eq!(
        EbetStatus::from(EbetReplyStatus::Success),
        EbetStatus::Success
    );
    for reply in EbetReplyStatus::ALL {
        let parent = EbetStatus::from(*reply);
        assert_eq!(parent.code(), reply.code());
        assert_eq!(parent.name(), reply.name());
        assert_eq!(parent.message(), reply.message());
        assert_eq!(parent.message_in("en"), reply.message_in("en"));
        assert_eq!(parent.is_retryable(), reply.is_retryable());
        assert_eq!(EbetReplyStatus::try_from(parent), Ok(*reply));
        assert_bilingual(reply);
    }
    // Codes of table 1 that table 2 does not suggest.
    assert_eq!(
        EbetReplyStatus::try_from(EbetStatus::TopUpInProgress),
        Err(EbetStatus::TopUpInProgress)
    );
    assert_eq!(
        EbetReplyStatus::from(5001_i64),
        EbetReplyStatus::Unknown(5001)
    );
    assert_eq!(
        EbetStatus::from(EbetReplyStatus::Unknown(7777)),
        EbetStatus::Unknown(7777)
    );
}

#[test]
fn ebet_client_error_against_seed_000_table_3() {
    check_codes! { EbetClientError:
        1001 => BaccWarningPayouting, "bacc_warning_payouting";
        1009 => BaccWarningMaximumLength, "bacc_warning_maxium_length";
        1013 => BetLimit, "g_betLimit";
        1043 => WarningTouristAccountNoUse, "warning_tourist_account_no_use";
        1079 => FriendRiskLimitLessThan1, "friend_risk_limit_less_then_1";
        4000 => RequestVerifyError, "ERROR_REQUEST_VERIFY";
        4029 => ServerTouristAccountNoUse, "warning_tourist_account_no_use";
        4071 => FriendRentErrorOccurWhenSetPlanType, "friend_rent_error_occur_when_set_planType";
    }
    // The key is the vendor's message key; 1043 and 4029 share one.
    assert_eq!(
        ebet_client_error!(1043).key(),
        Some("warning_tourist_account_no_use")
    );
    assert_eq!(
        ebet_client_error!(1043).key(),
        ebet_client_error!(4029).key()
    );
    // A different code space from EbetStatus: 4026 is not a client code.
    assert_eq!(
        EbetClientError::from(4026_i64),
        EbetClientError::Unknown(4026)
    );
    assert_eq!(ebet_client_error!(4027).message(), "ERROR_CASH_NOT_ENOUGH");
    assert!(EbetClientError::ALL.iter().all(|e| !e.is_success()));
    // Codes the doc skips.
    assert!(!EbetClientError::from(1017_i64).is_known());
    assert!(!EbetClientError::from(4003_i64).is_known());
}

#[test]
fn upay_http_status_against_seed_001() {
    // The table has two rows, both checked.
    check_codes! { UpayHttpStatus:
        0 => Success, "Success";
        500 => ServiceError, "Service Error";
    }
    assert!(upay_http_status!(0).is_success());
    assert!(!upay_http_status!(500).is_success());
    assert_eq!(upay_http_status!(500).http_status(), Some(500));
    assert_eq!(
        upay_http_status!(0).http_status(),
        None,
        "0 is no HTTP status"
    );
    assert_eq!(UpayHttpStatus::from(200_i64), UpayHttpStatus::Unknown(200));
}

#[test]
fn upay_biz_code_against_seed_001() {
    check_codes! { UpayBizCode:
        0 => Success, "Success";
        401 => Unauthorized, "Unauthorized";
        500 => ServiceError, "Service deviation";
        900 => FrequentOperation, "Frequent operation";
        1001 => OperationInProgress, "Running, please do not operate frequently";
        1002 => OperationFailed, "Operation faild";
        10017 => HandheldPassportFrontPhotoMissing,
            "Handheld protector (front) photo does not exist or photo has expired";
        10021 => IncompleteCustomerInformation, "Incomplete customer information 0";
        10026 => CardNotFound, "Card does not exist";
        10078 => CardRateCardNotFound, "Card does not exist";
        10094 => PhoneAreaCodeFormatError,
            "Phone area code format error, must start with '+' and can only have one '+'";
        10107 => ThreeDsConfirmationFailed, "3DS confirmation failed";
        10145 => IncorrectWithdrawalAmount,
            "incorrect withdrawal amount, withdrawal amount must be greater than 0";
        10157 => OrderNotFound, "Order does not exist";
        10300 => NamedParameterEmpty, "Parameter ''{0}'' cannot be empty";
    }
    // `101073DS confirmation failed` is code 10107 + "3DS…", not code 101073.
    assert_eq!(UpayBizCode::from(101073_i64), UpayBizCode::Unknown(101073));
    assert!(upay_biz_code!(0).is_success());
    assert!(!upay_biz_code!(500).is_success());
    assert_eq!(upay_biz_code!(401).http_status(), None);
    for retry in [900, 1001, 10142, 10149] {
        assert!(UpayBizCode::from(retry).is_retryable(), "{retry}");
    }
    assert!(!upay_biz_code!(1002).is_retryable());
    // Java placeholders: {0}, {1}; '' is a quote; a lone quote is literal.
    let range = upay_biz_code!(10083);
    assert_eq!(range.arity(), 2);
    assert_eq!(
        range.render(&[&10, &500]),
        "Incorrect recharge amount range, minimum recharge amount is: 10, \
         maximum recharge amount is: 500"
    );
    assert_eq!(
        upay_biz_code!(10300).render(&[&"cardNo"]),
        "Parameter 'cardNo' cannot be empty"
    );
    assert_eq!(upay_biz_code!(10021).arity(), 0);
    assert_eq!(upay_biz_code!(10094).arity(), 0);
}

#[test]
fn multimarkets_gateway_code_against_seed_002() {
    check_codes! { MultiMarketsGatewayCode:
        "G500" => SystemAbnormality, "System abnormality";
        "GGATEWAY_CODE_001" => TokenEmpty, "TOKEN information is empty";
        "GGATEWAY_CODE_005" => LoginExpired, "Login information has expired, please log in again";
        "GGATEWAY_CODE_011" => DownstreamServiceAbnormal,
            "Downstream service abnormality, please contact customer service";
        "GGATEWAY_CODE_012" => DownstreamServiceUnavailable, "Downstream service is unavailable";
        "GGATEWAY_CODE_016" => RequestTypeNotSupported,
            "The current interface does not support this request type";
        "GGATEWAY_CODE_017" => LoginInformationExpired,
            "Login information has expired, please log in again";
        "GGATEWAY_CODE_102" => DataAbnormal, "Data abnormal, please try again later";
        "GGATEWAY_CODE_103" => UnsupportedFileFormat,
            "The current upload file format is not supported, please upload a file in %s format";
        "GGATEWAY_CODE_902" => ServiceTimeout, "Service timeout, please contact customer service";
        "GGATEWAY_CODE_201" => InterfaceNotOpen,
            "Current interface is not open, please contact customer service";
    }
    // The doc's broken key `GGATEWAY_ CODE_012` is repaired, not kept.
    assert_eq!(
        multi_markets_gateway_code!("GGATEWAY_CODE_012"),
        MultiMarketsGatewayCode::DownstreamServiceUnavailable
    );
    let broken = MultiMarketsGatewayCode::from("GGATEWAY_ CODE_012");
    assert_eq!(
        broken,
        MultiMarketsGatewayCode::Unknown("GGATEWAY_ CODE_012".to_owned())
    );
    assert!(!multi_markets_gateway_code!("GGATEWAY_CODE_012").is_retryable());
    assert!(multi_markets_gateway_code!("GGATEWAY_CODE_102").is_retryable());
    // Categories by prefix, also for codes the doc does not list.
    assert_eq!(
        multi_markets_gateway_code!("G500").category(),
        Some("system")
    );
    assert_eq!(
        multi_markets_gateway_code!("GGATEWAY_CODE_001").category(),
        Some("gateway")
    );
    assert_eq!(
        MultiMarketsGatewayCode::from("GGATEWAY_CODE_999").category(),
        Some("gateway")
    );
    assert_eq!(
        MultiMarketsGatewayCode::from("GATEWAY_CODE_001").category(),
        None
    );
    assert_eq!(
        multi_markets_gateway_code!("GGATEWAY_CODE_103").render(&[&"png"]),
        "The current upload file format is not supported, please upload a file in png format"
    );
    assert!(MultiMarketsGatewayCode::ALL.iter().all(|c| !c.is_success()));
}

#[test]
fn multimarkets_customer_code_against_seed_002() {
    check_codes! { MultiMarketsCustomerCode:
        "US500" => SystemAbnormality, "System abnormality";
        "USCUSTOMER_API_0000005" => DataAbnormality, "Data abnormality, please try again later";
        "USCUSTOMER_API_0000107" => EmailExists, "The email already exists";
        "USCUSTOMER_API_0000116" => CustomerGroupAssetMismatch,
            "The company asset information does not match";
        "USCUSTOMER_API_0000123" => NewPasswordSameAsOld,
            "The new password cannot be the same as the old password Same";
        "USCUSTOMER_API_0000304" => CustomerGroupHasCustomers,
            "The default customer group cannot be deleted";
        "USCUSTOMER_API_0000603" => CustomerKycInfoNotFound,
            "The KYC certification information of this customer was not found";
        "USCUSTOMER_API_00011002" => ApiApplicationLimitExceeded,
            "The number of API applications has exceeded the upper limit Limited";
        "USCUSTOMER_API_0001029" => PermissionDenied, "No permission, access denied";
    }
    // Repaired keys of the page: `USCUSTOMER_API_00001 07`, `USCUS TOMER_API_0000603`.
    assert!(!MultiMarketsCustomerCode::from("USCUSTOMER_API_00001 07").is_known());
    assert!(!MultiMarketsCustomerCode::from("USCUS TOMER_API_0000603").is_known());
    let locked = multi_markets_customer_code!("USCUSTOMER_API_0000134");
    assert!(locked.is_retryable());
    assert_eq!(locked.arity(), 2);
    assert_eq!(
        locked.render(&[&5, &2]),
        "The fund password has been entered incorrectly 5 times in a row. \
         Please try again after 2 hours or contact customer service"
    );
    assert!(multi_markets_customer_code!("USCUSTOMER_API_0000512").is_retryable());
    assert!(!multi_markets_customer_code!("USCUSTOMER_API_0000004").is_retryable());
    assert_eq!(
        multi_markets_customer_code!("US500").category(),
        Some("system")
    );
    assert_eq!(
        multi_markets_customer_code!("USCUSTOMER_API_0000107").category(),
        Some("customer")
    );
}

#[test]
fn pay_wallet_code_against_seed_003() {
    check_codes! { PayWalletCode:
        0 => Success, "suucess";
        10001 => WalletNotExist, "对应id的钱包对象不存在";
        10007 => RefundRetry, "退款失败，需要重新发起退款";
        100022 => QueryRightError,
            "支付渠道查询权限错误,请登录支付宝在线人工窗口，免费签约账务明细接口和交易查询接口";
        100027 => RefundPending, "退款状态未明，请稍后查询";
        401 => ApiKeyRequired, "X-API-KEY为空";
        100035 => WalletNotExistUnderApiKey, "该钱包不属于该X-API-KEY之下";
        -1 => Unknown, "未知错误,请联系管理员或者开发人员";
        100053 => GetRandomKeyTimeOut, "获取随机因子超时";
    }
    for code in PayWalletCode::ALL {
        assert_bilingual(code);
    }
    // Two codes share the symbolic name `wallet_not_exist`.
    assert_eq!(pay_wallet_code!(10001).key(), Some("wallet_not_exist"));
    assert_eq!(
        pay_wallet_code!(10001).key(),
        pay_wallet_code!(100035).key()
    );
    assert_ne!(pay_wallet_code!(10001), pay_wallet_code!(100035));
    assert_eq!(
        pay_wallet_code!(100049).key(),
        Some("should_be_list_after_the_first_slashl")
    );
    assert_eq!(pay_wallet_code!(401).key(), Some("api_key_require"));
    // -1 is the vendor's `unknown`; the catch-all is `Other`.
    assert_eq!(pay_wallet_code!(-1).key(), Some("unknown"));
    assert!(pay_wallet_code!(-1).is_known());
    assert_eq!(
        PayWalletCode::from(100033_i64),
        PayWalletCode::Other(100033)
    );
    assert_eq!(PayWalletCode::from(10010_i64), PayWalletCode::Other(10010));
    assert!(pay_wallet_code!(0).is_success());
    assert!(!pay_wallet_code!(-1).is_success());
    for retry in [10007, 100027, 100031, 100032] {
        assert!(PayWalletCode::from(retry).is_retryable(), "{retry}");
    }
    assert!(!pay_wallet_code!(100045).is_retryable());
}

#[test]
fn pay_wallet_http_status_against_seed_003() {
    check_codes! { PayWalletHttpStatus:
        200 => Ok, "请求成功，正常响应";
        400 => BadRequest, "请求错误，检查是否缺失参数，参数格式不正确等";
        401 => Unauthorized, "认证失败，检查是否提供正确的API Key及数字签名";
        402 => RequestFailed, "请求失败，一般由业务错误引起";
        403 => Forbidden, "调用接口超过并发限制";
        404 => NotFound, "请求的资源不存在";
        500 => InternalServerError, "服务器出错，重试或联系客户经理";
        504 => GatewayTimeout, "服务器出错，重试或联系客户经理";
    }
    for status in PayWalletHttpStatus::ALL {
        assert_bilingual(status);
        let code = u16::try_from(status.code()).expect("an HTTP status");
        assert_eq!(status.http_status(), Some(code), "{status:?}");
    }
    assert!(pay_wallet_http_status!(200).is_success());
    assert_eq!(pay_wallet_http_status!(400).key(), Some("Bad Request"));
    // `500, 502, 503, 504 - Server Errors` is one row: four codes, one text.
    for code in [500, 502, 503, 504] {
        let status = PayWalletHttpStatus::from(code);
        assert!(status.is_known() && status.is_retryable(), "{code}");
        assert_eq!(status.key(), Some("Server Errors"));
        assert_eq!(status.message(), "服务器出错，重试或联系客户经理");
    }
    assert!(!pay_wallet_http_status!(404).is_retryable());
    assert_eq!(
        PayWalletHttpStatus::from(501_i64),
        PayWalletHttpStatus::Unknown(501)
    );
}

#[test]
fn card_issuing_code_against_seed_004() {
    check_codes! { CardIssuingCode:
        0 => Success, "Success";
        1001 => SystemError, "System error, please try again later";
        1009 => TooFrequent, "Operation too frequent, please try again later";
        1022 => MerchantStatusAbnormal, "Merchant status is abnormal, please contact administrator";
        2007 => InvalidAddressCharacters,
            "Please use English letters, numbers, spaces, or common address symbols (e.g. - / #).";
        2011 => CardholderUniqueNumberMismatch, "Cardholder unique number mismatch";
        3008 => InsufficientBalance, "Insufficient account balance";
        4016 => InvalidPinFormat,
            "Invalid PIN format. Must be 6 digits without three identical or consecutive \
             digits (e.g. 111111, 123456, 654321).";
        4019 => CvvDecryptionFailed, "CVV decryption failed, check encryption method and key";
    }
    assert!(card_issuing_code!(0).is_success());
    assert!(
        CardIssuingCode::ALL
            .iter()
            .filter(|c| c.is_success())
            .count()
            == 1
    );
    assert!(card_issuing_code!(1001).is_retryable());
    assert!(card_issuing_code!(1009).is_retryable());
    assert!(!card_issuing_code!(1002).is_retryable());
    // The doc's Error Code Ranges table, as categories.
    let cases = [
        (card_issuing_code!(1003), Some("common_auth_pci")),
        (card_issuing_code!(2002), Some("cardholder")),
        (card_issuing_code!(3001), Some("account_transfer")),
        (card_issuing_code!(4004), Some("card_transaction_privacy")),
        (card_issuing_code!(0), None),
        (CardIssuingCode::from(2999_i64), Some("cardholder")),
        (CardIssuingCode::from(5000_i64), None),
    ];
    for (code, category) in cases {
        assert_eq!(code.category(), category, "{code:?}");
    }
    assert_eq!(
        CardIssuingCode::from(2999_i64),
        CardIssuingCode::Unknown(2999)
    );
    assert_eq!(card_issuing_code!(1001).http_status(), None);
}
