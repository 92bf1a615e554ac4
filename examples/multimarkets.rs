//! MultiMarkets (seeds/002, `catalogs/multimarkets_gateway.toml` +
//! `multimarkets_customer.toml`): decodes replies with `error_runtime::decode`
//! whose string codes come from either the gateway (`G500`, `GGATEWAY_CODE_…`)
//! or the customer service (`US500`, `USCUSTOMER_API_…`), and prints each as a
//! typed error with its category, placeholders and what to do.
//!
//! The doc lists only error codes and shows no envelope: the replies here use
//! `{"code", "msg", "data"}` (the catalog's default field names). It names no
//! success code either, so the catalogs have none and `decode` answers every
//! reply with an `ApiError`; a reply with `"code": null` is malformed. Once the
//! live API shows its success code, add it to the catalog (`success = [...]`).
//!
//! Run with `cargo run --example multimarkets`.

use error_runtime::{decode, ErrorCode, ErrorKind};

mod mm {
    error_runtime::include_catalog!("catalogs/multimarkets_gateway.toml");
    error_runtime::include_catalog!("catalogs/multimarkets_customer.toml");
}
use mm::{multi_markets_customer_code, multi_markets_gateway_code};
use mm::{MultiMarketsCustomerCode, MultiMarketsGatewayCode};

fn gateway_advice(code: &MultiMarketsGatewayCode) -> &'static str {
    match code {
        multi_markets_gateway_code!("GGATEWAY_CODE_005")
        | multi_markets_gateway_code!("GGATEWAY_CODE_017") => "log in again for a new token",
        multi_markets_gateway_code!("GGATEWAY_CODE_001") => "send the token header",
        multi_markets_gateway_code!("GGATEWAY_CODE_014") => "re-sign with a fresh timestamp",
        c if c.is_retryable() => "back off, then retry",
        c if c.category() == Some("gateway") => "fix the request; contact support if it persists",
        _ => "not in the catalog (note: doc codes carry a G prefix): log and alert",
    }
}

fn customer_advice(code: &MultiMarketsCustomerCode) -> &'static str {
    match code {
        multi_markets_customer_code!("USCUSTOMER_API_0000102")
        | multi_markets_customer_code!("USCUSTOMER_API_0000112") => "ask for the credentials again",
        multi_markets_customer_code!("USCUSTOMER_API_0000134") => "lock the withdrawal form",
        c if c.is_retryable() => "back off, then retry",
        _ => "show the message to the customer",
    }
}

/// Prints any catalog's code the same way, through the shared trait.
fn print_code<E: ErrorCode>(code: &E, server: Option<&str>, advice: &str) {
    println!("  {}  {}  [{}]", code.code(), code.name(), E::CATALOG);
    if code.is_known() {
        println!("      vendor:   {}", code.message());
    }
    if let Some(msg) = server {
        println!("      server:   {msg}");
    }
    println!(
        "      category: {:?}  placeholders: {}  retryable: {}",
        code.category(),
        code.arity(),
        code.is_retryable()
    );
    println!("      ->  {advice}");
}

fn main() {
    let bodies = [
        r#"{"code": null, "msg": "success", "data": {"token": "eyJ…"}}"#, // no code: malformed
        r#"{"code": "GGATEWAY_CODE_005", "msg": "Login information has expired, please log in again"}"#,
        r#"{"code": "GGATEWAY_CODE_102", "msg": "Data abnormal, please try again later"}"#,
        r#"{"code": "USCUSTOMER_API_0000134", "msg": "The fund password has been entered incorrectly 5 times in a row. Please try again after 2 hours or contact customer service"}"#,
        r#"{"code": "USCUSTOMER_API_0000102", "msg": "Account or password is incorrect"}"#,
        r#"{"code": "GATEWAY_CODE_005", "msg": "same code without the G prefix"}"#,
        r#"{"code": 500, "msg": "an integer code"}"#,
        r#"{"code": ["GGATEWAY_CODE_005"]}"#,
    ];
    for body in bodies {
        // Read with the gateway's catalog first; an unknown `US…` code is the customer service's.
        let error = match decode::<serde_json::Value, MultiMarketsGatewayCode>(body.as_bytes()) {
            Ok(data) => {
                println!("  success, data: {data}");
                continue;
            }
            Err(error) => error,
        };
        let server = error.server_message();
        match error.code().filter(|_| error.kind() == ErrorKind::Vendor) {
            None => println!("  ?  {error}"),
            Some(code) if code.is_known() || !code.code().starts_with("US") => {
                print_code(code, server, gateway_advice(code));
            }
            Some(code) => {
                let code = MultiMarketsCustomerCode::from(code.code());
                print_code(&code, server, customer_advice(&code));
            }
        }
    }
}
