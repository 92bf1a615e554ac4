//! Payment wallet (seeds/003, `catalogs/pay_wallet.toml` + `pay_wallet_http.toml`):
//! decodes responses in the doc's envelope `{"code": 0, "message": "suucess",
//! "data": {}}` into the typed `PayWalletCode`, types the HTTP status with
//! `PayWalletHttpStatus`, and prints both bilingually with what to do.
//!
//! Run with `cargo run --example pay_wallet`.

mod wallet {
    error_runtime::include_catalog!("catalogs/pay_wallet.toml");
    error_runtime::include_catalog!("catalogs/pay_wallet_http.toml");
}
use wallet::{pay_wallet_code, pay_wallet_http_status, PayWalletCode, PayWalletHttpStatus};

/// The doc's envelope; serde reads the bare code into the enum.
#[derive(serde::Deserialize)]
struct Envelope {
    code: PayWalletCode,
    message: String,
    data: Option<serde_json::Value>,
}

fn advice(code: PayWalletCode) -> &'static str {
    match code {
        pay_wallet_code!(0) => "done",
        pay_wallet_code!(10001) | pay_wallet_code!(100035) => {
            "check the wallet ID and that it belongs to this X-API-KEY"
        }
        pay_wallet_code!(401) => "send the X-API-KEY header",
        pay_wallet_code!(10007) => "initiate the refund again",
        pay_wallet_code!(100027) => "query the refund status again later",
        pay_wallet_code!(-1) => "the vendor's own `unknown`: contact them with the request",
        c if c.is_retryable() => "back off, then retry",
        PayWalletCode::Other(_) => "code not in the catalog: log the raw body and alert",
        _ => "fail the request and show the message",
    }
}

fn print_http(status: PayWalletHttpStatus) {
    let retry = match status {
        pay_wallet_http_status!(200) => "",
        pay_wallet_http_status!(401) => "  (fix the API key or signature)",
        s if s.is_retryable() => "  (retry later)",
        _ => "",
    };
    println!(
        "HTTP {} {:?} {}: {} / {}{retry}",
        status.code(),
        status.key().unwrap_or("?"),
        status.name(),
        status.message(),
        status.message_in("en")
    );
}

fn print_body(body: &Envelope) {
    let c = body.code;
    let key = c.key().unwrap_or("-");
    println!("  {:>7}  {}  (key {key})", c.code(), c.name());
    if c.is_known() {
        println!("           zh-CN:  {}", c.message());
        println!("           en:     {}", c.message_in("en_US"));
    }
    println!("           server: {}", body.message);
    if let Some(data) = body.data.as_ref().filter(|d| !d.is_null()) {
        println!("           data:   {data}");
    }
    println!(
        "           retryable: {}  ->  {}",
        c.is_retryable(),
        advice(c)
    );
}

fn main() {
    let responses = [
        (
            200,
            r#"{"code": 0, "message": "suucess", "data": {"walletId": "w_8812"}}"#,
        ),
        (
            402,
            r#"{"code": 10001, "message": "对应id的钱包对象不存在", "data": null}"#,
        ),
        (
            402,
            r#"{"code": "100027", "message": "退款状态未明，请稍后查询", "data": null}"#,
        ),
        (
            401,
            r#"{"code": 401, "message": "X-API-KEY为空", "data": null}"#,
        ),
        (402, r#"{"code": -1, "message": "failed", "data": null}"#),
        (
            402,
            r#"{"code": 100033, "message": "新的错误", "data": null}"#,
        ),
        (503, ""),
    ];
    for (http, text) in responses {
        print_http(PayWalletHttpStatus::from(i64::from(http)));
        if text.is_empty() {
            continue;
        }
        match serde_json::from_str::<Envelope>(text) {
            Ok(body) => print_body(&body),
            Err(error) => println!("  undecodable body {text}: {error}"),
        }
    }

    // The vendor uses the key `wallet_not_exist` for two codes; the enum keeps both apart.
    let (a, b) = (pay_wallet_code!(10001), pay_wallet_code!(100035));
    println!(
        "\n{a:?} and {b:?} share the key {:?}",
        a.key().unwrap_or("-")
    );
}
