//! Card issuing (seeds/004, `catalogs/card_issuing.toml`): decodes responses
//! (`code = 0` means success, the HTTP status is generally 200) with
//! `error_runtime::decode` into the card or an `ApiError<CardIssuingCode>`, and
//! prints each code with its category from the doc's Error Code Ranges table,
//! whether to retry, and what to do.
//!
//! The doc names only the `code` field; the bodies here add `message`/`data`.
//!
//! Run with `cargo run --example card_issuing`.

mod card {
    error_runtime::include_catalog!("catalogs/card_issuing.toml");
}
use card::{card_issuing_code, CardIssuingCode};
use error_runtime::{decode, ApiError, ErrorKind};

/// The `data` of a successful card query.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Card {
    card_id: String,
    status: String,
}

/// What the caller should do: by code first, then by the code's range.
fn advice(code: CardIssuingCode) -> &'static str {
    match code {
        card_issuing_code!(0) => "done",
        card_issuing_code!(1007) => "refresh the Access-Token and resend",
        // Parameter errors: the server's message names the snake_case field.
        card_issuing_code!(1004) | card_issuing_code!(2007) | card_issuing_code!(4010) => {
            "fix the field named in the server's message"
        }
        card_issuing_code!(4016) => "ask for a new PIN (6 digits, no runs or repeats)",
        c if c.is_retryable() => "back off, then retry",
        c => match c.category() {
            Some("common_auth_pci") => "check credentials and merchant setup",
            Some("cardholder") => "fix the cardholder data or KYC",
            Some("account_transfer") => "check balances and the transfer",
            Some("card_transaction_privacy") => "check the card's state",
            _ => "outside every documented range: log and alert",
        },
    }
}

fn print_error(error: &ApiError<CardIssuingCode>) {
    let Some(&c) = error.code().filter(|_| error.kind() == ErrorKind::Vendor) else {
        println!("    ?  {error}");
        return;
    };
    let known = if c.is_known() {
        ""
    } else {
        " (not in the catalog)"
    };
    println!("{:>5}  {}{known}", c.code(), c.name());
    if let Some(vendor) = error.vendor_message() {
        println!("       vendor:   {vendor}");
    }
    if let Some(message) = error.server_message() {
        println!("       server:   {message}");
    }
    println!(
        "       category: {}  retryable: {}",
        c.category().unwrap_or("-"),
        c.is_retryable()
    );
    println!("       ->  {}", advice(c));
}

fn main() {
    let bodies = [
        r#"{"code": 0, "message": "Success", "data": {"cardId": "9f1c", "status": "ACTIVE"}}"#,
        r#"{"code": 1004, "message": "card_holder_id Invalid request parameter", "data": null}"#,
        r#"{"code": "1009", "message": "Operation too frequent, please try again later"}"#,
        r#"{"code": 3002, "message": "Insufficient cardholder account balance"}"#,
        r#"{"code": 4016, "message": "Invalid PIN format. Must be 6 digits without three identical or consecutive digits (e.g. 111111, 123456, 654321)."}"#,
        r#"{"code": 2999, "message": "a cardholder code newer than the doc"}"#,
        r#"{"code": 18446744073709551616, "message": "out of range"}"#,
    ];
    for text in bodies {
        match decode::<Card, CardIssuingCode>(text.as_bytes()) {
            Ok(card) => println!("    0  success: card {} is {}", card.card_id, card.status),
            Err(error) => print_error(&error),
        }
    }
}
