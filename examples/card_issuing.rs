//! Card issuing (seeds/004, `catalogs/card_issuing.toml`): decodes responses
//! (`code = 0` means success, the HTTP status is generally 200) into the typed
//! `CardIssuingCode`, and prints each code with its category from the doc's
//! Error Code Ranges table, whether to retry, and what to do.
//!
//! The doc names only the `code` field; the bodies here add `message`/`data`.
//!
//! Run with `cargo run --example card_issuing`.

mod card {
    error_runtime::include_catalog!("catalogs/card_issuing.toml");
}
use card::{card_issuing_code, CardIssuingCode};

/// A response body; serde reads the bare code into the enum.
#[derive(serde::Deserialize)]
struct Body {
    code: CardIssuingCode,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    data: Option<serde_json::Value>,
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

fn print_body(body: &Body) {
    let c = body.code;
    let known = if c.is_known() {
        ""
    } else {
        " (not in the catalog)"
    };
    println!("{:>5}  {}{known}", c.code(), c.name());
    if c.is_known() {
        println!("       vendor:   {}", c.message());
    }
    if let Some(message) = &body.message {
        println!("       server:   {message}");
    }
    if let Some(data) = body.data.as_ref().filter(|d| !d.is_null()) {
        println!("       data:     {data}");
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
        match serde_json::from_str::<Body>(text) {
            Ok(body) => print_body(&body),
            Err(error) => println!("    ?  undecodable body {text}: {error}"),
        }
    }
}
