//! `#[derive(ErrorCode)]` on enums written by hand, in both forms:
//!
//! - inline: the codes, messages (several languages) and facts on the variants;
//! - bound: the variants named after a catalog file's codes, everything else
//!   taken from the file (a variant the file lacks, or a code of the file
//!   without a variant, is a compile error).
//!
//! Run with `cargo run --example derive`.

use error_runtime::{ErrorCode, UnknownCode};

/// A payment gateway's codes, kept in our own enum with our own methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCode)]
#[catalog(lang = "en", success = [0], placeholders = "java")]
enum Payment {
    #[code(0, message(en = "OK", zh-CN = "成功"))]
    Ok,
    #[code(1001, message(en = "System busy", zh-CN = "系统繁忙"), http = 503, retryable)]
    Busy,
    #[code(
        2001,
        message = "Card {0} declined: {1}",
        key = "card_declined",
        http = 402
    )]
    Declined,
    /// Any code this enum does not define, kept as received.
    Unknown(i64),
}

impl Payment {
    /// Our own method next to the generated ones.
    fn should_alert(self) -> bool {
        !self.is_success() && !self.is_retryable()
    }
}

/// A closed set of string codes: no catch-all, so `TryFrom` instead of `From`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCode)]
#[catalog(lang = "en")]
enum Region {
    #[code("EU", message = "Europe")]
    Europe,
    #[code("US", message = "United States")]
    UnitedStates,
}

/// eBET's status table (catalogs/ebet.toml): the variants are the file's
/// names; codes, messages and `ALL` order come from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCode)]
#[catalog(file = "catalogs/ebet.toml")]
enum Ebet {
    TopUpRecordNotFound,
    TopUpInProgress,
    Success,
    DuplicateTopUpRequestId,
    ChannelNotFound,
    TopUpIdEmpty,
    TopUpAmountZero,
    TopUpAmountTooSmall,
    SeqNoNotFound,
    RefundAmountMismatch,
    RecordNotFound,
    AlreadyRefunded,
    InvalidCredentials,
    InvalidToken,
    SystemError,
    ChannelServerMaintenance,
    InsufficientBalance,
    SystemBusy,
    InvalidParameter,
    InvalidSignature,
    IpNotAllowed,
    TrialPlayerCannotTopUp,
    FeatureUnavailable,
    DataTypeError,
    UserNotFound,
    TooManyRequests,
    ApiQuotaExhausted,
    TopUpFailed,
    WithdrawalFailed,
    SubChannelNotFound,
    WalletNotEnabled,
    CannotWithdrawInGame,
    GameNotOpen,
    CurrencyNotAllowedForChannel,
    AccountFrozen,
    Unknown(i64),
}

/// Generic code over the shared trait works for derived enums too.
fn describe<E: ErrorCode>(e: &E) -> String {
    format!("[{}] {} {}", E::CATALOG, e.code(), e.message_in("en"))
}

fn main() {
    // Inline form.
    let declined = Payment::from(2001_i64);
    assert_eq!(declined, payment!(2001));
    println!("{}", declined.render(&[&"*1234", &"insufficient funds"]));
    println!(
        "{:?} -> {}",
        Payment::Busy,
        Payment::Busy.message_in("zh_CN")
    );
    println!(
        "{:?}, retryable: {}",
        Payment::from(7_i64),
        Payment::Busy.is_retryable()
    );
    assert_eq!(Payment::from(7_i64), Payment::Unknown(7));
    assert!(declined.should_alert() && !Payment::Busy.should_alert());
    assert_eq!(declined.http_status(), Some(402));

    // No catch-all: an unknown code is an error value.
    assert_eq!(Region::try_from("EU"), Ok(Region::Europe));
    let error: UnknownCode<&str> = Region::try_from("CN").unwrap_err();
    println!("{error}");

    // Bound form: the same as include_catalog!("catalogs/ebet.toml").
    let status = Ebet::from(4026_i64);
    assert_eq!(status, Ebet::InvalidSignature);
    println!("{status} / {}", status.message_in("en"));
    println!("{}", describe(&status));
    println!("first in catalog order: {:?}", Ebet::ALL[0]);
    match Ebet::from(200_i64) {
        ebet!(200) => println!("success"),
        other => println!("failed: {other}"),
    }
}
