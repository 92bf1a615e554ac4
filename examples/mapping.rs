//! Two vendors, one vocabulary: replies of eBET (integer codes,
//! `catalogs/ebet.toml`) and of the MultiMarkets gateway (string codes,
//! `catalogs/multimarkets_gateway.toml`) are decoded with their own catalogs,
//! then turned into the platform's own `PaymentError`
//! (`catalogs/mappings/payment.toml`) by the two checked mappings in
//! `catalogs/mappings/`, and handled by one `match` that knows no vendor.
//!
//! `include_mapping!` emits `impl From<EbetStatus> for PaymentError` and
//! `impl From<MultiMarketsGatewayCode> for PaymentError`; a mapping naming a
//! code or a target that its catalog lacks does not compile.
//!
//! Run with `cargo run --example mapping`.

use error_runtime::{decode, decode_with, ApiError, Envelope, ErrorCode};
use serde::de::IgnoredAny;

mod vendors {
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml");
}
mod payment {
    error_runtime::include_catalog!("catalogs/mappings/payment.toml");
}
use payment::{payment_error, PaymentError};
use vendors::{EbetStatus, MultiMarketsGatewayCode};

// Both enums are in scope here, as the mappings require.
error_runtime::include_mapping!("catalogs/mappings/ebet_to_payment.toml");
error_runtime::include_mapping!("catalogs/mappings/multimarkets_to_payment.toml");

/// eBET's replies use `status`/`msg`/`data` (its doc names no envelope).
const EBET: Envelope = Envelope {
    code: "status",
    message: &["msg"],
    data: "data",
};

/// A vendor's reply in the platform's vocabulary: a reply without a
/// readable code is a vendor failure too.
fn outcome<E>(reply: Result<IgnoredAny, ApiError<E>>) -> PaymentError
where
    E: ErrorCode,
    PaymentError: From<E>,
{
    match reply {
        Ok(_) => payment_error!(0),
        Err(error) => match error.code() {
            Some(code) => PaymentError::from(code.clone()),
            None => PaymentError::VendorFailure,
        },
    }
}

/// What the platform does: one decision per outcome, whichever vendor answered.
fn handle(outcome: PaymentError) -> &'static str {
    match outcome {
        PaymentError::Ok => "book the payment",
        PaymentError::Pending => "poll again in a minute",
        PaymentError::AuthFailed | PaymentError::InvalidCredentials => {
            "refresh the vendor credentials, then retry once"
        }
        PaymentError::InsufficientFunds => "ask the customer for another payment method",
        PaymentError::InvalidRequest | PaymentError::NotFound | PaymentError::Duplicate => {
            "fix the request: a bug on our side"
        }
        e if e.is_retryable() => "retry with backoff",
        PaymentError::VendorUnknown => "undocumented vendor code: alert the integration team",
        _ => "fail the payment, show the customer our message",
    }
}

fn main() {
    let ebet = [
        r#"{"status": 200, "msg": "success", "data": {"balance": 10}}"#,
        r#"{"status": 4026, "msg": "sign error"}"#,
        r#"{"status": 5002, "msg": "withdraw failed"}"#,
        r#"{"status": 4038, "msg": "too many requests"}"#,
        r#"{"status": 209, "msg": "already refunded"}"#,
        r#"{"status": 7777, "msg": "new in production"}"#,
    ];
    let multimarkets = [
        r#"{"code": "GGATEWAY_CODE_005", "msg": "login expired"}"#,
        r#"{"code": "G500", "msg": "system abnormality"}"#,
        r#"{"code": "GGATEWAY_CODE_015", "msg": "illegal parameters"}"#,
        r#"{"code": "GGATEWAY_CODE_777", "msg": "?"}"#,
    ];
    println!("eBET");
    for body in ebet {
        let reply = decode_with::<IgnoredAny, EbetStatus>(body.as_bytes(), &EBET);
        let vendor = reply.as_ref().err().and_then(|e| e.code().copied());
        let ours = outcome(reply);
        report(
            vendor.map_or_else(|| "success".into(), |c| c.code().to_string()),
            ours,
        );
    }
    println!("MultiMarkets");
    for body in multimarkets {
        let reply = decode::<IgnoredAny, MultiMarketsGatewayCode>(body.as_bytes());
        let vendor = reply.as_ref().err().and_then(|e| e.code().cloned());
        let ours = outcome(reply);
        report(
            vendor.map_or_else(String::new, |c| c.code().to_owned()),
            ours,
        );
    }
}

fn report(vendor: String, ours: PaymentError) {
    println!(
        "  {vendor:>18} -> {:<20} {:>4} HTTP {}: {}",
        ours.name(),
        ours.code(),
        ours.http_status().unwrap_or(500),
        handle(ours)
    );
}
