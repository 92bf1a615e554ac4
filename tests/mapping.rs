//! `include_mapping!`: two seed vendors (eBET's integer codes, MultiMarkets'
//! string codes) mapped onto one target catalog, catalogs/mappings/payment.toml,
//! by every rule kind (code, target given by code, category, default,
//! unknown, allow-success-mismatch). Every vendor code's target is written
//! out here, so a changed rule or a new vendor code fails a test.

mod vendors {
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml");
}
mod payment {
    error_runtime::include_catalog!("catalogs/mappings/payment.toml");
}
use payment::PaymentError::{self, *};
use vendors::{EbetStatus, MultiMarketsGatewayCode};

error_runtime::include_mapping!("catalogs/mappings/ebet_to_payment.toml");
error_runtime::include_mapping!("catalogs/mappings/multimarkets_to_payment.toml");

/// Every eBET code and its target, in catalog order.
const EBET: &[(i64, PaymentError)] = &[
    (-1, NotFound), // by the target's code, 2002
    (0, Pending),
    (200, Ok),
    (201, Duplicate),
    (202, NotFound),
    (203, InvalidRequest),
    (204, InvalidRequest),
    (205, InvalidRequest),
    (206, NotFound),
    (207, InvalidRequest),
    (208, NotFound),
    (209, Ok), // allow-success-mismatch
    (401, InvalidCredentials),
    (410, AuthFailed),
    (500, VendorFailure), // default
    (505, ServiceUnavailable),
    (1003, InsufficientFunds),
    (4003, ServiceUnavailable),
    (4025, InvalidRequest),
    (4026, AuthFailed),
    (4027, Forbidden),
    (4028, VendorFailure),
    (4029, VendorFailure),
    (4030, InvalidRequest),
    (4037, NotFound),
    (4038, RateLimited),
    (4202, VendorFailure),
    (5001, VendorFailure),
    (5002, InsufficientFunds),
    (5003, VendorFailure),
    (5005, VendorFailure),
    (5006, VendorFailure),
    (5009, VendorFailure),
    (5010, VendorFailure),
    (5011, AccountBlocked),
];

/// Every MultiMarkets gateway code and its target, in catalog order.
const MULTIMARKETS: &[(&str, PaymentError)] = &[
    ("G500", ServiceUnavailable), // category `system`
    ("GGATEWAY_CODE_001", AuthFailed),
    ("GGATEWAY_CODE_002", InvalidRequest), // category `gateway`
    ("GGATEWAY_CODE_003", InvalidRequest),
    ("GGATEWAY_CODE_004", InvalidRequest),
    ("GGATEWAY_CODE_005", AuthFailed),
    ("GGATEWAY_CODE_006", InvalidRequest),
    ("GGATEWAY_CODE_008", InvalidRequest),
    ("GGATEWAY_CODE_009", InvalidRequest),
    ("GGATEWAY_CODE_010", InvalidRequest),
    ("GGATEWAY_CODE_011", InvalidRequest),
    ("GGATEWAY_CODE_012", ServiceUnavailable), // by the target's code, 4002
    ("GGATEWAY_CODE_013", InvalidRequest),
    ("GGATEWAY_CODE_014", InvalidRequest),
    ("GGATEWAY_CODE_015", InvalidRequest),
    ("GGATEWAY_CODE_016", InvalidRequest),
    ("GGATEWAY_CODE_017", AuthFailed),
    ("GGATEWAY_CODE_101", InvalidCredentials),
    ("GGATEWAY_CODE_102", InvalidRequest),
    ("GGATEWAY_CODE_103", InvalidRequest),
    ("GGATEWAY_CODE_104", InvalidRequest),
    ("GGATEWAY_CODE_902", ServiceUnavailable), // a table rule without the flag
    ("GGATEWAY_CODE_201", InvalidRequest),
];

#[test]
fn every_ebet_code_maps_to_its_target() {
    let codes: Vec<i64> = EbetStatus::ALL.iter().map(|s| s.code()).collect();
    let listed: Vec<i64> = EBET.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, listed, "the table lists every code of ebet.toml");
    for (code, target) in EBET {
        assert_eq!(
            PaymentError::from(EbetStatus::from(*code)),
            *target,
            "{code}"
        );
    }
}

#[test]
fn every_multimarkets_code_maps_to_its_target() {
    let codes: Vec<&str> = MultiMarketsGatewayCode::ALL
        .iter()
        .map(|s| s.code())
        .collect();
    let listed: Vec<&str> = MULTIMARKETS.iter().map(|(code, _)| *code).collect();
    assert_eq!(
        codes, listed,
        "the table lists every code of multimarkets_gateway.toml"
    );
    for (code, target) in MULTIMARKETS {
        let vendor = MultiMarketsGatewayCode::from(*code);
        assert_eq!(PaymentError::from(vendor), *target, "{code}");
    }
}

#[test]
fn codes_the_vendors_do_not_define_go_to_unknown() {
    for code in [9999, 4031, i64::MIN, i64::MAX, 1] {
        assert_eq!(PaymentError::from(EbetStatus::from(code)), VendorUnknown);
    }
    for code in ["G501", "GGATEWAY_CODE_999", "", "g500"] {
        let vendor = MultiMarketsGatewayCode::from(code);
        assert_eq!(PaymentError::from(vendor), VendorUnknown, "{code:?}");
    }
}

#[test]
fn success_stays_success_except_where_the_mapping_says_so() {
    assert!(EbetStatus::Success.is_success());
    assert_eq!(PaymentError::from(EbetStatus::Success), Ok);
    assert!(PaymentError::from(EbetStatus::Success).is_success());
    // 209 is a failure for eBET, mapped to success with allow-success-mismatch.
    assert!(!EbetStatus::AlreadyRefunded.is_success());
    assert!(PaymentError::from(EbetStatus::AlreadyRefunded).is_success());
    for (code, target) in EBET.iter().filter(|(code, _)| *code != 209) {
        let vendor = EbetStatus::from(*code);
        assert_eq!(vendor.is_success(), target.is_success(), "{code}");
    }
    assert!(MULTIMARKETS.iter().all(|(_, target)| !target.is_success()));
}

#[test]
fn into_works_through_the_from_impl() {
    let target: PaymentError = EbetStatus::InvalidSignature.into();
    assert_eq!(target, AuthFailed);
    assert_eq!(target.code(), 1001);
}
