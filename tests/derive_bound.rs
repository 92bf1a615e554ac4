//! `#[derive(ErrorCode)]` bound to a catalog file behaves exactly like
//! `include_catalog!` of the same file: same codes, messages in every language,
//! facts, rendering, conversions and `ALL` order (the file's, not the order the
//! variants are declared in). Only `CATALOG` differs: it is the enum's name.

use error_runtime::ErrorCode;

mod included {
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml");
}
use included::{EbetStatus, MultiMarketsGatewayCode};

/// ebet.toml, variants declared in alphabetical order (the file's is different).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(file = "catalogs/ebet.toml")]
enum Ebet {
    AccountFrozen,
    AlreadyRefunded,
    ApiQuotaExhausted,
    CannotWithdrawInGame,
    ChannelNotFound,
    ChannelServerMaintenance,
    CurrencyNotAllowedForChannel,
    DataTypeError,
    DuplicateTopUpRequestId,
    FeatureUnavailable,
    GameNotOpen,
    InsufficientBalance,
    InvalidCredentials,
    InvalidParameter,
    InvalidSignature,
    InvalidToken,
    IpNotAllowed,
    RecordNotFound,
    RefundAmountMismatch,
    SeqNoNotFound,
    SubChannelNotFound,
    Success,
    SystemBusy,
    SystemError,
    TooManyRequests,
    TopUpAmountTooSmall,
    TopUpAmountZero,
    TopUpFailed,
    TopUpIdEmpty,
    TopUpInProgress,
    TopUpRecordNotFound,
    TrialPlayerCannotTopUp,
    UserNotFound,
    WalletNotEnabled,
    WithdrawalFailed,
    Unknown(i64),
}

/// multimarkets_gateway.toml (string codes, printf placeholders), with a
/// `Box<str>` catch-all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, error_runtime::ErrorCode)]
#[catalog(file = "catalogs/multimarkets_gateway.toml")]
enum Gateway {
    Other(Box<str>),
    InterfaceNotOpen,
    ServiceTimeout,
    InterfaceParametersAbnormal,
    UnsupportedFileFormat,
    DataAbnormal,
    InvalidAccountInformation,
    LoginInformationExpired,
    RequestTypeNotSupported,
    IllegalRequestParameters,
    RequestExpired,
    DownstreamEmptyResult,
    DownstreamServiceUnavailable,
    DownstreamServiceAbnormal,
    DownstreamInterfaceNotFound,
    RequestHeaderEmpty,
    BusinessTypeEmpty,
    RequestParameterEmpty,
    LoginExpired,
    GlobalLinkFlagEmpty,
    CompanyIdEmpty,
    InvalidBusinessType,
    TokenEmpty,
    SystemAbnormality,
}

#[path = "support/same_answers.rs"]
mod same_answers;
use same_answers::assert_same_answers;

/// Every fact of every known variant, through the shared trait, in `ALL` order.
fn assert_same<A: ErrorCode, B: ErrorCode>() {
    assert_eq!(A::LANG, B::LANG);
    assert_eq!(A::LANGUAGES, B::LANGUAGES);
    assert_eq!(A::ENVELOPE, B::ENVELOPE);
    assert_eq!(A::ALL.len(), B::ALL.len());
    for (a, b) in A::ALL.iter().zip(B::ALL) {
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
        assert_same_answers(a, b);
    }
}

#[test]
fn ebet_equals_include_catalog() {
    assert_same::<Ebet, EbetStatus>();
    assert_eq!(Ebet::ALL.len(), 35);
    // File order, not declaration order.
    assert_eq!(Ebet::ALL[0], Ebet::TopUpRecordNotFound);
    assert_eq!(Ebet::ALL[2], Ebet::Success);
    for code in (-20..5000).chain([i64::MIN, i64::MAX]) {
        let (a, b) = (Ebet::from(code), EbetStatus::from(code));
        assert_eq!(a.code(), b.code());
        assert_eq!(a.is_known(), b.is_known());
        assert_eq!(a.category(), b.category());
        // The catch-all's texts name the enum.
        if a.is_known() {
            assert_eq!(a.name(), b.name());
            assert_eq!(a.to_string(), b.to_string());
        } else {
            assert_eq!((a.name(), b.name()), ("Unknown", "Unknown"));
            assert_eq!(a.to_string(), format!("{code}: unknown Ebet code"));
            assert_eq!(b.to_string(), format!("{code}: unknown EbetStatus code"));
        }
        assert_eq!(i64::from(a), i64::from(b));
        assert_eq!(
            Ebet::try_from_code(code).map(|e| e.name()),
            EbetStatus::try_from_code(code).map(|e| e.name())
        );
    }
    assert_eq!(Ebet::from(9999_i64), Ebet::Unknown(9999));
    assert_eq!("4026".parse::<Ebet>(), Ok(Ebet::InvalidSignature));
    assert_eq!(
        "x".parse::<Ebet>().unwrap_err(),
        "x".parse::<EbetStatus>().unwrap_err()
    );
    assert_eq!(ebet!(4026), Ebet::InvalidSignature);
    assert_eq!(<Ebet as ErrorCode>::CATALOG, "Ebet");
    assert_eq!(<EbetStatus as ErrorCode>::CATALOG, "EbetStatus");
}

#[test]
fn string_catalog_equals_include_catalog() {
    assert_same::<Gateway, MultiMarketsGatewayCode>();
    assert_eq!(Gateway::ALL[0], Gateway::SystemAbnormality);
    for code in MultiMarketsGatewayCode::ALL
        .iter()
        .map(|c| c.code())
        .chain(["", "G999", "GGATEWAY_CODE_999", "ggateway_code_012"])
    {
        let (a, b) = (Gateway::from(code), MultiMarketsGatewayCode::from(code));
        assert_eq!(a.code(), b.code());
        assert_eq!(a.is_known(), b.is_known());
        assert_eq!(a.category(), b.category());
        if a.is_known() {
            assert_eq!(a.name(), b.name());
            assert_eq!(a.to_string(), b.to_string());
        } else {
            // The catch-all is the user's `Other`, the generated one `Unknown`.
            assert_eq!((a.name(), b.name()), ("Other", "Unknown"));
        }
        assert_eq!(
            String::from(Gateway::from(code.to_owned())),
            String::from(MultiMarketsGatewayCode::from(code.to_owned()))
        );
    }
    assert_eq!(Gateway::from("G999"), Gateway::Other("G999".into()));
    assert_eq!(
        gateway!("GGATEWAY_CODE_012"),
        Gateway::DownstreamServiceUnavailable
    );
}

#[test]
fn serde_equals_include_catalog() {
    for json in ["4026", "\"4026\"", "9999", "200"] {
        let a: Ebet = serde_json::from_str(json).unwrap();
        let b: EbetStatus = serde_json::from_str(json).unwrap();
        assert_eq!(a.code(), b.code());
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
    }
    let a: Gateway = serde_json::from_str("\"GGATEWAY_CODE_012\"").unwrap();
    assert_eq!(a, Gateway::DownstreamServiceUnavailable);
    assert_eq!(serde_json::to_string(&a).unwrap(), "\"GGATEWAY_CODE_012\"");
}

mod properties {
    //! For any code, the bound enums and the included ones agree.

    use super::{Ebet, EbetStatus, Gateway, MultiMarketsGatewayCode};
    use proptest::prelude::*;

    /// Any `i64`, with the catalog's codes and their neighbours drawn often.
    fn int_code() -> impl Strategy<Value = i64> {
        let codes: Vec<i64> = EbetStatus::ALL.iter().map(EbetStatus::code).collect();
        prop_oneof![
            any::<i64>(),
            prop::sample::select(codes.clone()),
            prop::sample::select(codes)
                .prop_flat_map(|c| c.saturating_sub(2)..=c.saturating_add(2)),
        ]
    }

    /// Any string, with the catalog's codes and near misses drawn often.
    fn str_code() -> impl Strategy<Value = String> {
        let codes: Vec<String> = MultiMarketsGatewayCode::ALL
            .iter()
            .map(|c| c.code().to_owned())
            .collect();
        prop_oneof![
            any::<String>(),
            prop::sample::select(codes.clone()),
            (prop::sample::select(codes), any::<char>()).prop_map(|(c, x)| format!("{c}{x}")),
        ]
    }

    proptest! {
        #[test]
        fn any_integer_code_agrees(code in int_code()) {
            let (a, b) = (Ebet::from(code), EbetStatus::from(code));
            prop_assert_eq!(a.code(), b.code());
            prop_assert_eq!(a.is_known(), b.is_known());
            prop_assert_eq!(a.category(), b.category());
            prop_assert_eq!(a.is_success(), b.is_success());
            prop_assert_eq!(a.message_in("en"), b.message_in("en").replace("EbetStatus", "Ebet"));
            if a.is_known() {
                prop_assert_eq!(a.name(), b.name());
                prop_assert_eq!(Ebet::ALL.iter().position(|v| *v == a), EbetStatus::ALL.iter().position(|v| *v == b));
            }
        }

        #[test]
        fn any_string_code_agrees(code in str_code()) {
            let (a, b) = (Gateway::from(code.as_str()), MultiMarketsGatewayCode::from(code.as_str()));
            prop_assert_eq!(a.code(), b.code());
            prop_assert_eq!(a.is_known(), b.is_known());
            prop_assert_eq!(a.category(), b.category());
            prop_assert_eq!(String::from(Gateway::from(code.clone())), code);
            if a.is_known() {
                prop_assert_eq!(a.name(), b.name());
                prop_assert_eq!(a.message_in("zh"), b.message_in("zh"));
            }
        }
    }
}
