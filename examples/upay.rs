//! UPay (seeds/001, `catalogs/upay_biz.toml` + `upay_http.toml`): decodes card
//! API responses with `error_runtime::decode` into the card or an
//! `ApiError<UpayBizCode>`, prints each code with the vendor's text, its
//! placeholders and what to do, and types a failed HTTP response with
//! `UpayHttpStatus`.
//!
//! The doc lists the codes only; the bodies here use `{"code", "message", "data"}`.
//!
//! Run with `cargo run --example upay`.

mod upay {
    error_runtime::include_catalog!("catalogs/upay_biz.toml");
    error_runtime::include_catalog!("catalogs/upay_http.toml");
}
use error_runtime::{decode, ApiError, ErrorKind};
use upay::{upay_biz_code, UpayBizCode, UpayHttpStatus};

/// The `data` of a successful card request.
#[derive(serde::Deserialize)]
struct Card {
    #[serde(rename = "cardId")]
    card_id: String,
}

/// What the caller should do; a code the catalog lacks in `upay_biz_code!` does not compile.
fn advice(code: &UpayBizCode) -> &'static str {
    match code {
        upay_biz_code!(0) => "done",
        upay_biz_code!(401) | upay_biz_code!(403) => "check the API key and its permissions",
        upay_biz_code!(10082) => "top up the merchant account first",
        upay_biz_code!(10083) => "ask for an amount inside the range the server names",
        upay_biz_code!(10107) => "ask the cardholder to complete 3DS again",
        upay_biz_code!(10111) | upay_biz_code!(10114) => "re-create the card opening order",
        c if c.is_retryable() => "back off, then retry",
        c if !c.is_known() => "code not in the catalog: log the raw body and alert",
        _ => "fail the request and show the message",
    }
}

fn print_error(error: &ApiError<UpayBizCode>) {
    let Some(c) = error.code().filter(|_| error.kind() == ErrorKind::Vendor) else {
        println!("     ?  {error}");
        return;
    };
    println!("{:>6}  {}", c.code(), c.name());
    if let Some(vendor) = error.vendor_message() {
        println!("        vendor: {vendor}");
    }
    if c.arity() > 0 {
        println!(
            "        (template with {} argument(s); the server fills them)",
            c.arity()
        );
    }
    if let Some(message) = error.server_message() {
        println!("        server: {message}");
    }
    println!("        retryable: {}  ->  {}", c.is_retryable(), advice(c));
}

fn main() {
    // (HTTP status, body) as the client would see them.
    let responses = [
        (
            200,
            r#"{"code": 0, "message": "Success", "data": {"cardId": "C1029"}}"#,
        ),
        (
            200,
            r#"{"code": 10082, "message": "Insufficient account balance", "data": null}"#,
        ),
        (
            200,
            r#"{"code": "10083", "message": "Incorrect recharge amount range, minimum recharge amount is: 10, maximum recharge amount is: 5000"}"#,
        ),
        (
            200,
            r#"{"code": 10107, "message": "3DS confirmation failed"}"#,
        ),
        (200, r#"{"code": 900, "message": "Frequent operation"}"#),
        (
            200,
            r#"{"code": 10999, "message": "a code newer than the doc"}"#,
        ),
        (200, r#"{"code": null, "message": "no code"}"#),
        (500, "<html>upstream error</html>"),
    ];
    for (http, text) in responses {
        if http != 200 {
            let status = UpayHttpStatus::from(i64::from(http));
            println!(
                "  HTTP {}  {}: {} (http_status {:?}); retry later",
                status.code(),
                status.name(),
                status.message(),
                status.http_status()
            );
        }
        match decode::<Card, UpayBizCode>(text.as_bytes()) {
            Ok(card) => println!("     0  success: card {}", card.card_id),
            Err(error) => print_error(&error),
        }
    }

    // The catalog keeps the Java templates; render them for your own messages.
    let range = upay_biz_code!(10083);
    println!("\n{}", range.render(&[&"10.00", &"5000.00"]));
    println!("{}", upay_biz_code!(10300).render(&[&"cardNo"]));
}
