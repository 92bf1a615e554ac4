//! eBET (seeds/000, `catalogs/ebet.toml` + `ebet_reply.toml`): decodes eBET
//! replies into the typed `EbetStatus`, prints each status in the vendor's
//! Chinese and in English with what to do about it, then answers an eBET
//! callback with a code from its suggested reply table (`EbetReplyStatus`).
//!
//! The doc shows no response envelope; the replies here use `status`/`msg`.
//!
//! Run with `cargo run --example ebet`.

use serde::{Deserialize, Serialize};

mod ebet {
    // The subset's parent must be in scope where the subset is included.
    error_runtime::include_catalog!("catalogs/ebet.toml");
    error_runtime::include_catalog!("catalogs/ebet_reply.toml");
}
use ebet::{ebet_reply_status, ebet_status, EbetReplyStatus, EbetStatus};

/// A reply of the eBET API; serde reads the bare code into the enum.
#[derive(Deserialize)]
struct Reply {
    status: EbetStatus,
    #[serde(default)]
    msg: Option<String>,
    #[serde(default)]
    data: Option<serde_json::Value>,
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

fn print_reply(reply: &Reply) {
    let s = reply.status;
    println!("{:>5}  {}", s.code(), s.name());
    if s.is_known() {
        println!("       zh-CN:  {}", s.message());
        println!("       en:     {}", s.message_in("en"));
    }
    if let Some(msg) = &reply.msg {
        println!("       server: {msg}");
    }
    if let Some(data) = reply.data.as_ref().filter(|_| s.is_success()) {
        println!("       data:   {data}");
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
    ];
    println!("== eBET API replies");
    for body in bodies {
        match serde_json::from_str::<Reply>(body) {
            Ok(reply) => print_reply(&reply),
            Err(error) => println!("  ?    undecodable reply {body}: {error}"),
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
