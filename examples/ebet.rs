//! eBET (seeds/000, `catalogs/ebet.toml` + `ebet_reply.toml`): decodes eBET
//! replies with `error_runtime::decode_with` into the payload or an
//! `ApiError<EbetStatus>`, prints each status in the vendor's Chinese and in
//! English with what to do about it, then answers an eBET callback with a code
//! from its suggested reply table (`EbetReplyStatus`).
//!
//! The doc shows no response envelope, so the catalog sets none; the replies
//! here use `status`/`msg`/`data`, given at the call (`decode_with`).
//!
//! Run with `cargo run --example ebet`.

use error_runtime::{decode_with, ApiError, Envelope, ErrorKind};
use serde::{Deserialize, Serialize};

mod ebet {
    // The subset's parent must be in scope where the subset is included.
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/ebet_reply.toml");
}
use ebet::{ebet_reply_status, ebet_status, EbetReplyStatus, EbetStatus};

/// The envelope these replies use (the catalog's default is `code`/`message`/`data`).
const REPLY: Envelope = Envelope {
    code: "status",
    message: &["msg"],
    data: "data",
};

/// The payload of a successful balance query.
#[derive(Deserialize)]
struct Balance {
    balance: f64,
}

/// What we send back when eBET calls our wallet: only suggested codes fit.
#[derive(Serialize)]
struct CallbackReply {
    status: EbetReplyStatus,
    msg: &'static str,
}

/// What the caller should do; `ebet_status!(4099)` would not compile.
fn advice(status: EbetStatus) -> &'static str {
    match status {
        ebet_status!(200) => "done",
        ebet_status!(0) => "top-up still processing: query its status again later",
        ebet_status!(201) => "duplicate request ID: look up the first request, do not resend",
        ebet_status!(1003) | ebet_status!(5002) => "tell the player the balance is too low",
        ebet_status!(4026) => "check the signing key and the signed string",
        ebet_status!(4027) => "ask eBET to whitelist this server's IP",
        ebet_status!(401) | ebet_status!(410) => "log in again for a new token",
        s if s.is_retryable() => "back off, then retry",
        s if !s.is_known() => "code not in the catalog: log the raw reply and alert",
        _ => "fail the request and show the message",
    }
}

fn print_error(error: &ApiError<EbetStatus>) {
    let Some(&s) = error.code().filter(|_| error.kind() == ErrorKind::Vendor) else {
        // Malformed: what was wrong, whatever could be read, and the body's start.
        println!("  ?    {error}");
        return;
    };
    println!("{:>5}  {}", s.code(), s.name());
    if s.is_known() {
        println!("       zh-CN:  {}", s.message());
        println!("       en:     {}", s.message_in("en"));
    }
    if let Some(msg) = error.server_message() {
        println!("       server: {msg}");
    }
    println!("       retryable: {}  ->  {}", s.is_retryable(), advice(s));
}

fn main() {
    let bodies = [
        r#"{"status": 200, "msg": "success", "data": {"balance": 1200.5}}"#,
        r#"{"status": 4026, "msg": "sign error", "data": null}"#,
        r#"{"status": "4038", "msg": "too many requests"}"#, // code sent as a string
        r#"{"status": 5002, "msg": "withdraw failed"}"#,
        r#"{"status": 0, "msg": "processing"}"#,
        r#"{"status": 7301, "msg": "a code newer than the doc"}"#,
        r#"{"status": "OK", "msg": "not a code"}"#,
        r#"{"status": 4026, "msg": "first"} {"status": 200}"#, // two replies glued together
    ];
    println!("== eBET API replies");
    for body in bodies {
        // `Option`: a success without `data` is fine too.
        match decode_with::<Option<Balance>, EbetStatus>(body.as_bytes(), &REPLY) {
            Ok(Some(reply)) => println!("  200  success, balance {}", reply.balance),
            Ok(None) => println!("  200  success, no data"),
            Err(error) => print_error(&error),
        }
    }

    println!("\n== answering an eBET callback");
    let reply = CallbackReply {
        status: ebet_reply_status!(1003),
        msg: "insufficient balance",
    };
    let json = serde_json::to_string(&reply).expect("a reply always serializes");
    let parent = EbetStatus::from(reply.status);
    println!("sent {json}  ({:?} = {})", parent, parent.message_in("en"));
    // A status outside the suggested table is refused, and given back.
    if let Err(status) = EbetReplyStatus::try_from(EbetStatus::TopUpInProgress) {
        println!("{status} is not a suggested reply code");
    }
    println!(
        "the suggested table has {} of the {} status codes",
        EbetReplyStatus::ALL.len(),
        EbetStatus::ALL.len()
    );
}
