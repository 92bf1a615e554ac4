//! Payment wallet (seeds/003, `catalogs/pay_wallet.toml` + `pay_wallet_http.toml`):
//! decodes responses in the doc's envelope `{"code": 0, "message": "suucess",
//! "data": {}}` (the catalog's `[catalog.envelope]`) with `error_runtime::decode`
//! into the wallet or an `ApiError<PayWalletCode>`, types the HTTP status with
//! `PayWalletHttpStatus`, and prints both bilingually with what to do.
//!
//! Run with `cargo run --example pay_wallet`.

mod wallet {
    error_runtime::include_catalog!("catalogs/pay_wallet.toml");
    error_runtime::include_catalog!("catalogs/pay_wallet_http.toml");
}
use error_runtime::{decode, ApiError, ErrorKind};
use wallet::{pay_wallet_code, pay_wallet_http_status, PayWalletCode, PayWalletHttpStatus};

/// The `data` of a successful wallet query.
#[derive(serde::Deserialize)]
struct Wallet {
    #[serde(rename = "walletId")]
    wallet_id: String,
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

fn print_error(error: &ApiError<PayWalletCode>) {
    let Some(&c) = error.code().filter(|_| error.kind() == ErrorKind::Vendor) else {
        println!("  {error}");
        return;
    };
    let key = c.key().unwrap_or("-");
    println!("  {:>7}  {}  (key {key})", c.code(), c.name());
    if c.is_known() {
        println!("           zh-CN:  {}", c.message());
        println!("           en:     {}", c.message_in("en_US"));
    }
    if let Some(message) = error.server_message() {
        println!("           server: {message}");
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
        match decode::<Wallet, PayWalletCode>(text.as_bytes()) {
            Ok(wallet) => println!("        0  success: wallet {}", wallet.wallet_id),
            Err(error) => print_error(&error),
        }
    }

    // The vendor uses the key `wallet_not_exist` for two codes; the enum keeps both apart.
    let (a, b) = (pay_wallet_code!(10001), pay_wallet_code!(100035));
    println!(
        "\n{a:?} and {b:?} share the key {:?}",
        a.key().unwrap_or("-")
    );
}
