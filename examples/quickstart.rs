//! The product in one page: a vendor's error table (catalogs/ebet.toml) becomes
//! a typed enum at compile time.
//!
//! Run with `cargo run --example quickstart`.

use error_runtime::ErrorCode;

mod ebet {
    // Emits `enum EbetStatus` and the `ebet_status!` code-reference macro.
    error_runtime::include_catalog!("catalogs/ebet.toml");
}
use ebet::{ebet_status, EbetStatus};

/// A vendor reply, with the status decoded straight into the enum by serde.
#[derive(serde::Deserialize)]
struct Reply {
    status: EbetStatus,
    msg: String,
}

fn main() {
    // Codes convert totally: a known code is a variant, any other code is kept.
    let status = EbetStatus::from(4026_i64);
    assert_eq!(status, EbetStatus::InvalidSignature);
    println!("{:<22} {}", "code:", status.code());
    println!("{:<22} {}", "name:", status.name());
    println!("{:<22} {}", "message (vendor, zh):", status.message());
    println!(
        "{:<22} {}",
        "message_in(\"en_US\"):",
        status.message_in("en_US")
    );
    println!("{:<22} {}", "Display:", status);
    println!("{:<22} {:?}", "unknown 9999:", EbetStatus::from(9999_i64));

    // Match on codes by number; `ebet_status!(4099)` would not compile.
    let advice = |s: EbetStatus| match s {
        ebet_status!(200) => "done",
        ebet_status!(4026) => "check the signing key",
        s if s.is_retryable() => "retry later",
        s if !s.is_known() => "unknown code: log it and alert",
        _ => "give up",
    };

    println!();
    for body in [
        r#"{"status": 200, "msg": "ok"}"#,
        r#"{"status": 4026, "msg": "sign error"}"#,
        r#"{"status": 4003, "msg": "busy"}"#,
        r#"{"status": 7777, "msg": "new vendor code"}"#,
    ] {
        let reply: Reply = serde_json::from_str(body).expect("well-formed reply");
        let s = reply.status;
        println!(
            "{:>5} {:<26} en: {:<38} server: {:<16} -> {}",
            s.code(),
            s.name(),
            s.message_in("en"),
            reply.msg,
            advice(s)
        );
    }

    println!();
    println!(
        "{} knows {} codes in {:?}",
        EbetStatus::CATALOG,
        EbetStatus::ALL.len(),
        EbetStatus::LANGUAGES
    );
}
